#include "auditfixture.h"

#include "audit.h"

namespace tfi::test {

AuditResultPtr auditFiles(const QMap<QString, QByteArray> &files)
{
    ScratchRepo repo;
    repo.write(files);
    repo.commit(QStringLiteral("fixture"));
    AuditOptions options;
    options.path = repo.root();
    LoadError error;
    AuditResultPtr result = runAudit(options, error);
    if (!result)
        qWarning("audit failed: %s", qPrintable(error.message));
    return result;
}

QList<Finding> findingsOf(const AuditResult &result, const QString &rule)
{
    QList<Finding> found;
    for (const Finding &finding : result.findings) {
        if (finding.rule == rule && !finding.suppressed)
            found.append(finding);
    }
    return found;
}

QList<Finding> allFindingsOf(const AuditResult &result, const QString &rule)
{
    QList<Finding> found;
    for (const Finding &finding : result.findings) {
        if (finding.rule == rule)
            found.append(finding);
    }
    return found;
}

} // namespace tfi::test
