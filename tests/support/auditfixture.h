#pragma once

#include "auditresult.h"
#include "scratchrepo.h"

#include <QMap>

namespace tfi::test {

// Commits `files` into a fresh scratch repository and audits its working tree.
// Fails the current test (QVERIFY) through a null result when the audit cannot run.
AuditResultPtr auditFiles(const QMap<QString, QByteArray> &files);

// The unsuppressed findings of one rule.
QList<Finding> findingsOf(const AuditResult &result, const QString &rule);
// Every finding of one rule, suppressed or not.
QList<Finding> allFindingsOf(const AuditResult &result, const QString &rule);

} // namespace tfi::test
