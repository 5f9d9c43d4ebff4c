#include "ruleengine.h"

#include "../factors.h"
#include "factorrules.h"
#include "rule.h"
#include "suppressions.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <exception>

namespace tfi {

namespace {

int priorityOf(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return 1;
    case Severity::Warning:
        return 2;
    case Severity::Info:
        return 3;
    }
    return 3;
}

// One checklist item per rule and workload (or file): what to fix, not every place it shows.
QList<ChecklistItem> buildChecklist(const QList<Finding> &findings)
{
    QList<ChecklistItem> items;
    QHash<QString, qsizetype> byKey;
    for (const Finding &finding : findings) {
        if (finding.suppressed)
            continue;
        const QString scope = finding.workload.isEmpty() ? finding.location.path : finding.workload;
        const QString key = finding.rule + u'\x1f' + scope;
        auto it = byKey.constFind(key);
        if (it == byKey.constEnd()) {
            ChecklistItem item;
            item.id = QString::fromLatin1(
                QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
            item.factor = finding.factor;
            item.priority = priorityOf(finding.severity);
            item.title =
                scope.isEmpty()
                    ? finding.title
                    : QCoreApplication::translate("tfi::RuleEngine", "%1 (%2)").arg(finding.title, scope);
            it = byKey.insert(key, items.size());
            items.append(item);
        }
        ChecklistItem &item = items[*it];
        item.findings.append(finding.id);
        item.priority = std::min(item.priority, priorityOf(finding.severity));
    }
    std::stable_sort(items.begin(), items.end(), [](const ChecklistItem &a, const ChecklistItem &b) {
        return a.priority != b.priority ? a.priority < b.priority : a.factor < b.factor;
    });
    return items;
}

// A base line shared by several environments fires once per environment; report it once and
// name the environments, so that one fix is one finding.
QList<Finding> mergeAcrossEnvironments(const QList<Finding> &findings)
{
    QList<Finding> merged;
    QHash<QString, qsizetype> byKey; // findings that carry an environment
    QHash<qsizetype, QStringList> environments;
    for (const Finding &finding : findings) {
        if (finding.environment.isEmpty()) {
            merged.append(finding);
            continue;
        }
        const QString key = finding.rule + u'\x1f' + finding.location.path + u'\x1f' +
                            QString::number(finding.location.line) + u'\x1f' +
                            QString::number(finding.location.column) + u'\x1f' + finding.workload + u'\x1f' +
                            finding.message;
        const auto it = byKey.constFind(key);
        if (it != byKey.constEnd()) {
            environments[*it].append(finding.environment);
            continue;
        }
        byKey.insert(key, merged.size());
        environments[merged.size()].append(finding.environment);
        merged.append(finding);
    }
    for (auto it = environments.cbegin(); it != environments.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        Finding &finding = merged[it.key()];
        finding.message = QCoreApplication::translate("tfi::RuleEngine", "%1 (in %2)")
                              .arg(finding.message, it.value().join(QStringLiteral(", ")));
        finding.environment.clear();
        finding.id = findingFingerprint(finding.rule, finding.location.path, finding.workload, QString(),
                                        finding.id + u'|' + it.value().join(u','));
    }
    return merged;
}

} // namespace

int factorScore(int errors, int warnings, int infos)
{
    return std::max(0, 100 - 30 * errors - 10 * warnings - 2 * infos);
}

void applyRules(AuditResult &result, const RuleOptions &options)
{
    RuleContext context(result);
    for (const FactorRules &factor : allFactorRules()) {
        try {
            factor.check(context);
        } catch (const std::exception &error) {
            result.diagnostics.append(
                {{},
                 DiagnosticSeverity::Error,
                 QCoreApplication::translate("tfi::RuleEngine", "the rules of factor %1 stopped early: %2")
                     .arg(factor.factor)
                     .arg(QString::fromLocal8Bit(error.what()))});
        }
    }
    Diagnostics diagnostics;
    const QList<SuppressionRule> fileRules =
        result.snapshot ? loadSuppressionFile(*result.snapshot, diagnostics) : QList<SuppressionRule>{};
    QList<Finding> findings = mergeAcrossEnvironments(context.findings());
    const qsizetype reportedByRules = context.findings().size();
    applySuppressions(findings, fileRules, context, options.today, diagnostics);
    // applySuppressions reports expired suppressions into the context.
    for (qsizetype i = reportedByRules; i < context.findings().size(); ++i)
        findings.append(context.findings().at(i));
    result.diagnostics.append(context.diagnostics());
    result.diagnostics.append(diagnostics);

    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.factor != b.factor)
            return a.factor < b.factor;
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        if (a.location.path != b.location.path)
            return a.location.path < b.location.path;
        return a.location.line < b.location.line;
    });
    result.findings = findings;
    result.credits = context.credits();

    result.factors.clear();
    int scoreSum = 0;
    int scored = 0;
    for (const FactorInfo &info : factorCatalogue()) {
        FactorResult factor;
        factor.number = info.number;
        int errors = 0, warnings = 0, infos = 0;
        for (const Finding &finding : std::as_const(result.findings)) {
            if (finding.factor != info.number || finding.suppressed)
                continue;
            ++factor.findings;
            errors += finding.severity == Severity::Error;
            warnings += finding.severity == Severity::Warning;
            infos += finding.severity == Severity::Info;
        }
        if (!context.isApplicable(info.number)) {
            factor.status = FactorStatus::NotApplicable;
            factor.reason = context.notApplicableReason(info.number);
            if (factor.reason.isEmpty())
                factor.reason = QCoreApplication::translate(
                    "tfi::RuleEngine", "nothing in this repository gives this factor anything to judge");
        } else {
            factor.score = factorScore(errors, warnings, infos);
            factor.status = errors > 0     ? FactorStatus::Fail
                            : warnings > 0 ? FactorStatus::Warn
                                           : FactorStatus::Pass;
            scoreSum += *factor.score;
            ++scored;
        }
        result.factors.append(factor);
    }
    result.score =
        scored > 0 ? std::optional<int>(int(std::lround(double(scoreSum) / scored))) : std::nullopt;
    result.checklist = buildChecklist(result.findings);
}

} // namespace tfi
