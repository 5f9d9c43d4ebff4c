#pragma once

#include "auditresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace tfi {

// SARIF 2.1.0: one run whose driver lists every rule of the catalogue (descriptions and help),
// and one result per finding with level, message, a repository-relative artifact location with
// region, partialFingerprints, and suppressions with their justification.
QJsonObject reportToSarif(const AuditResult &result);
QByteArray reportToSarifText(const AuditResult &result);

} // namespace tfi
