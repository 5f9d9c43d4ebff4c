#include "auditresult.h"

namespace tfi {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString factorStatusKey(FactorStatus status)
{
    switch (status) {
    case FactorStatus::Pass:
        return QStringLiteral("pass");
    case FactorStatus::Warn:
        return QStringLiteral("warn");
    case FactorStatus::Fail:
        return QStringLiteral("fail");
    case FactorStatus::NotApplicable:
        return QStringLiteral("not-applicable");
    case FactorStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString variableStatusKey(VariableStatus status)
{
    switch (status) {
    case VariableStatus::Same:
        return QStringLiteral("same");
    case VariableStatus::Differs:
        return QStringLiteral("differs");
    case VariableStatus::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

int AuditResult::count(Severity severity) const
{
    int total = 0;
    for (const Finding &finding : findings) {
        if (!finding.suppressed && finding.severity == severity)
            ++total;
    }
    return total;
}

int AuditResult::suppressedCount() const
{
    int total = 0;
    for (const Finding &finding : findings) {
        if (finding.suppressed)
            ++total;
    }
    return total;
}

} // namespace tfi
