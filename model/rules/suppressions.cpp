#include "suppressions.h"

#include "../yamlutil.h"
#include "factorrules.h"

#include <QCoreApplication>

namespace tfi {

namespace {

bool hasEquivalent(const RuleInfo *rule, const QString &tool, const QString &check)
{
    if (!rule)
        return false;
    const QString wanted = tool + u':' + check;
    const QString anyOfTool = tool + QStringLiteral(":*");
    for (const char *equivalent : rule->equivalents) {
        const QLatin1String text(equivalent);
        if (text == wanted || text == anyOfTool)
            return true;
    }
    return false;
}

struct AnnotationSource
{
    QString name;
    QString path;
    QMap<QString, QString> annotations;
};

QList<AnnotationSource> annotationSources(const DeploymentModel &model)
{
    QList<AnnotationSource> sources;
    for (const Workload &workload : model.workloads) {
        QMap<QString, QString> annotations = workload.annotations;
        annotations.insert(workload.podAnnotations);
        sources.append({workload.name, workload.location.path, annotations});
    }
    for (const ServiceDef &service : model.services)
        sources.append({service.name, service.location.path, service.annotations});
    for (const IngressDef &ingress : model.ingresses)
        sources.append({ingress.name, ingress.location.path, ingress.annotations});
    return sources;
}

std::optional<SuppressionInfo> suppressedByAnnotation(const Finding &finding, const RuleInfo *rule,
                                                      const QList<AnnotationSource> &sources)
{
    if (finding.workload.isEmpty())
        return std::nullopt;
    for (const AnnotationSource &source : sources) {
        if (source.name != finding.workload || source.path != finding.location.path)
            continue;
        for (auto it = source.annotations.cbegin(); it != source.annotations.cend(); ++it) {
            const QString &key = it.key();
            if (key == u"kube-score/ignore") {
                const QStringList checks = it.value().split(u',', Qt::SkipEmptyParts);
                for (const QString &check : checks) {
                    if (hasEquivalent(rule, QStringLiteral("kube-score"), check.trimmed()))
                        return SuppressionInfo{
                            QCoreApplication::translate("tfi::Suppressions", "kube-score/ignore: %1")
                                .arg(check.trimmed()),
                            QStringLiteral("kube-score"),
                            source.path.isEmpty() ? Location{} : Location{source.path, 0, 0}};
                }
            } else if (key.startsWith(u"polaris.fairwinds.com/") && key.endsWith(u"-exempt") &&
                       it.value().trimmed().toLower() == u"true") {
                const QString check = key.mid(22, key.size() - 22 - 7);
                if (hasEquivalent(rule, QStringLiteral("polaris"), check))
                    return SuppressionInfo{
                        QCoreApplication::translate("tfi::Suppressions", "exempt from Polaris check %1")
                            .arg(check),
                        QStringLiteral("polaris"), Location{source.path, 0, 0}};
            } else if (key == u"polaris.fairwinds.com/exempt" && it.value().trimmed().toLower() == u"true") {
                if (rule && !rule->equivalents.isEmpty())
                    return SuppressionInfo{
                        QCoreApplication::translate("tfi::Suppressions", "exempt from every Polaris check"),
                        QStringLiteral("polaris"), Location{source.path, 0, 0}};
            } else if (key.startsWith(u"ignore-check.kube-linter.io/")) {
                const QString check = key.mid(28);
                if (hasEquivalent(rule, QStringLiteral("kube-linter"), check))
                    return SuppressionInfo{
                        it.value().isEmpty()
                            ? QCoreApplication::translate("tfi::Suppressions", "kube-linter check %1 ignored")
                                  .arg(check)
                            : it.value(),
                        QStringLiteral("kube-linter"), Location{source.path, 0, 0}};
            }
        }
    }
    return std::nullopt;
}

} // namespace

const RuleInfo &expiredSuppressionRule()
{
    static const RuleInfo rule{
        "codebase.expired-suppression",
        1,
        Severity::Info,
        QT_TRANSLATE_NOOP("tfi::Rules", "A suppression has expired"),
        QT_TRANSLATE_NOOP(
            "tfi::Rules",
            "Suppressions with an expiry date are promises to fix something by then. Once the date has "
            "passed the suppression no longer applies, so the finding it hid is reported again."),
        QT_TRANSLATE_NOOP(
            "tfi::Rules",
            "Fix the finding, or extend the expiry in .twelve-factor.yml with a reason that still holds."),
        {},
        {},
    };
    return rule;
}

QRegularExpression globToRegularExpression(const QString &glob)
{
    QString pattern;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                const bool slashFollows = i + 2 < glob.size() && glob.at(i + 2) == u'/';
                pattern += slashFollows ? QStringLiteral("(?:.*/)?") : QStringLiteral(".*");
                i += slashFollows ? 2 : 1;
            } else {
                pattern += QStringLiteral("[^/]*");
            }
        } else if (c == u'?') {
            pattern += QStringLiteral("[^/]");
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

QList<SuppressionRule> loadSuppressionFile(const RepoSnapshot &snapshot, Diagnostics &diagnostics)
{
    QList<SuppressionRule> rules;
    const SourceFile *file = snapshot.find(QStringLiteral(".twelve-factor.yml"));
    if (!file)
        file = snapshot.find(QStringLiteral(".twelve-factor.yaml"));
    if (!file || !file->isText())
        return rules;
    const auto documents = loadYamlDocuments(*file, ParseLimits{}, diagnostics);
    for (const YamlDocument &document : documents) {
        const YAML::Node list = yamlChild(document.root, "suppressions");
        if (!list.IsDefined())
            continue;
        if (!yamlIsSeq(list)) {
            diagnostics.append(
                {document.at(list), DiagnosticSeverity::Error,
                 QCoreApplication::translate("tfi::Suppressions", "\"suppressions\" must be a list")});
            continue;
        }
        for (const YAML::Node &entry : list) {
            const Location location = document.at(entry);
            if (!yamlIsMap(entry)) {
                diagnostics.append(
                    {location, DiagnosticSeverity::Error,
                     QCoreApplication::translate("tfi::Suppressions", "a suppression must be a mapping")});
                continue;
            }
            SuppressionRule rule;
            rule.location = location;
            rule.rule = yamlString(yamlChild(entry, "rule")).trimmed();
            rule.pathGlob = yamlString(yamlChild(entry, "path")).trimmed();
            rule.fingerprint = yamlString(yamlChild(entry, "fingerprint")).trimmed();
            rule.reason = yamlString(yamlChild(entry, "reason")).trimmed();
            if (rule.rule.isEmpty()) {
                diagnostics.append(
                    {location, DiagnosticSeverity::Error,
                     QCoreApplication::translate("tfi::Suppressions",
                                                 "suppression without a rule; use \"*\" for every rule")});
                continue;
            }
            if (rule.reason.isEmpty()) {
                diagnostics.append({location, DiagnosticSeverity::Error,
                                    QCoreApplication::translate(
                                        "tfi::Suppressions", "suppression of %1 has no reason; it is ignored")
                                        .arg(rule.rule)});
                continue;
            }
            const QString expires = yamlString(yamlChild(entry, "expires")).trimmed();
            if (!expires.isEmpty()) {
                const QDate date = QDate::fromString(expires, Qt::ISODate);
                if (!date.isValid()) {
                    diagnostics.append({document.at(yamlChild(entry, "expires")), DiagnosticSeverity::Error,
                                        QCoreApplication::translate(
                                            "tfi::Suppressions",
                                            "\"%1\" is not a date (YYYY-MM-DD); the suppression is ignored")
                                            .arg(expires)});
                    continue;
                }
                rule.expires = date;
            }
            if (!rule.pathGlob.isEmpty())
                rule.pathPattern = globToRegularExpression(rule.pathGlob);
            rules.append(rule);
        }
    }
    return rules;
}

void applySuppressions(QList<Finding> &findings, const QList<SuppressionRule> &fileRules,
                       RuleContext &context, const QDate &today, Diagnostics &diagnostics)
{
    static const QRegularExpression inlinePattern(
        QStringLiteral(R"(twelve-factor:\s*ignore\s+([\w.*-]+)(?:\s+--\s*(.*\S))?)"));
    static const QRegularExpression hadolintPattern(
        QStringLiteral(R"(#\s*hadolint\s+(?:global\s+)?ignore=([\w,\s]+))"));
    const QList<AnnotationSource> sources = annotationSources(context.model());
    QSet<QString> reportedInline;

    for (Finding &finding : findings) {
        if (finding.suppressed)
            continue;
        const RuleInfo *rule = ruleById(finding.rule);
        for (const SuppressionRule &entry : fileRules) {
            if (entry.expires && *entry.expires < today)
                continue;
            if (entry.rule != u"*" && entry.rule != finding.rule)
                continue;
            if (!entry.pathGlob.isEmpty() && !entry.pathPattern.match(finding.location.path).hasMatch())
                continue;
            if (!entry.fingerprint.isEmpty() && entry.fingerprint != finding.id)
                continue;
            finding.suppressed =
                SuppressionInfo{entry.reason, QStringLiteral(".twelve-factor.yml"), entry.location};
            break;
        }
        if (finding.suppressed || !finding.location.isValid() || finding.location.line < 1)
            continue;

        const QStringList &lines = context.lines(finding.location.path);
        const int index = finding.location.line - 1;
        for (const int candidate : {index, index - 1}) {
            if (candidate < 0 || candidate >= lines.size())
                continue;
            const QString &line = lines.at(candidate);
            const auto match = inlinePattern.match(line);
            if (match.hasMatch() && (match.captured(1) == finding.rule || match.captured(1) == u"*")) {
                if (match.captured(2).isEmpty()) {
                    const QString key = finding.location.path + u':' + QString::number(candidate);
                    if (!reportedInline.contains(key)) {
                        reportedInline.insert(key);
                        diagnostics.append(
                            {{finding.location.path, candidate + 1, 0},
                             DiagnosticSeverity::Warning,
                             QCoreApplication::translate(
                                 "tfi::Suppressions",
                                 "inline suppression of %1 has no reason (\"-- reason\"); it is ignored")
                                 .arg(match.captured(1))});
                    }
                } else {
                    finding.suppressed = SuppressionInfo{match.captured(2),
                                                         QStringLiteral("inline"),
                                                         {finding.location.path, candidate + 1, 0}};
                    break;
                }
            }
            if (candidate == index && line.contains(u"gitleaks:allow") &&
                hasEquivalent(rule, QStringLiteral("gitleaks"), QStringLiteral("*"))) {
                finding.suppressed =
                    SuppressionInfo{QCoreApplication::translate("tfi::Suppressions", "gitleaks:allow"),
                                    QStringLiteral("gitleaks"),
                                    {finding.location.path, candidate + 1, 0}};
                break;
            }
            const auto hadolint = hadolintPattern.match(line);
            if (candidate == index - 1 && hadolint.hasMatch()) {
                const QStringList checks = hadolint.captured(1).split(u',', Qt::SkipEmptyParts);
                for (const QString &check : checks) {
                    if (hasEquivalent(rule, QStringLiteral("hadolint"), check.trimmed())) {
                        finding.suppressed = SuppressionInfo{
                            QCoreApplication::translate("tfi::Suppressions", "hadolint ignore=%1")
                                .arg(check.trimmed()),
                            QStringLiteral("hadolint"),
                            {finding.location.path, candidate + 1, 0}};
                        break;
                    }
                }
            }
            if (finding.suppressed)
                break;
        }
        if (!finding.suppressed)
            finding.suppressed = suppressedByAnnotation(finding, rule, sources);
    }

    for (const SuppressionRule &entry : fileRules) {
        if (entry.expires && *entry.expires < today) {
            context.report(
                expiredSuppressionRule(), entry.location,
                QCoreApplication::translate("tfi::Suppressions",
                                            "the suppression of %1 expired on %2 and no longer applies")
                    .arg(entry.rule, entry.expires->toString(Qt::ISODate)),
                {}, entry.rule + u'|' + entry.pathGlob + u'|' + entry.fingerprint);
        }
    }
}

} // namespace tfi
