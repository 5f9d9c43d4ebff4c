#pragma once

#include "auditresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace tfi {

// The report as the contract in shared/docs/report-format.md (schema version 1) defines it.
QJsonObject reportToJson(const AuditResult &result);
QByteArray reportToJsonText(const AuditResult &result);

QJsonValue locationToJson(const Location &location);

} // namespace tfi
