#include "rule.h"

#include "../textutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace tfi {

QString RuleInfo::translatedTitle() const
{
    return QCoreApplication::translate("tfi::Rules", title);
}

QString RuleInfo::translatedRationale() const
{
    return QCoreApplication::translate("tfi::Rules", rationale);
}

QString RuleInfo::translatedRemediation(std::optional<SourceFormat> format) const
{
    QString text = QCoreApplication::translate("tfi::Rules", remediation);
    if (format) {
        for (const RemediationExample &example : examples) {
            if (example.format == *format)
                return text + QStringLiteral("\n\n") +
                       QCoreApplication::translate("tfi::Rules", example.text);
        }
    }
    return text;
}

QString findingFingerprint(const QString &rule, const QString &path, const QString &workload,
                           const QString &environment, const QString &subject)
{
    const QString key =
        rule + u'\x1f' + path + u'\x1f' + workload + u'\x1f' + environment + u'\x1f' + subject;
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

RuleContext::RuleContext(const AuditResult &partial) : m_result(partial) {}

Finding &RuleContext::report(const RuleInfo &rule, const Location &location, const QString &message,
                             const FindingScope &scope, const QString &subject)
{
    Finding finding;
    finding.rule = QString::fromLatin1(rule.id);
    finding.factor = rule.factor;
    finding.severity = rule.severity;
    finding.title = rule.translatedTitle();
    finding.message = message;
    finding.remediation = rule.translatedRemediation(scope.format);
    finding.location = location;
    finding.workload = scope.workload;
    finding.environment = scope.environment;
    QString id = findingFingerprint(finding.rule, location.path, scope.workload, scope.environment, subject);
    // Two findings that share every part of the fingerprint are told apart by their order.
    for (int n = 2; m_ids.contains(id); ++n)
        id = findingFingerprint(finding.rule, location.path, scope.workload, scope.environment,
                                subject + u'#' + QString::number(n));
    m_ids.insert(id);
    finding.id = id;
    m_applicable.insert(rule.factor);
    m_findings.append(finding);
    return m_findings.last();
}

void RuleContext::credit(int factor, const QString &text, const Location &location)
{
    m_applicable.insert(factor);
    m_credits.append({factor, text, location});
}

void RuleContext::markApplicable(int factor)
{
    m_applicable.insert(factor);
}

void RuleContext::setNotApplicableReason(int factor, const QString &reason)
{
    m_notApplicableReasons.insert(factor, reason);
}

const QStringList &RuleContext::lines(const QString &path)
{
    auto it = m_lines.find(path);
    if (it == m_lines.end()) {
        const SourceFile *file = snapshot() ? snapshot()->find(path) : nullptr;
        it = m_lines.insert(path, file && file->isText() ? textLines(file->content) : QStringList());
    }
    return it.value();
}

} // namespace tfi
