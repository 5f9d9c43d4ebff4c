#include "sarifreport.h"

#include "factors.h"
#include "rules/factorrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace tfi {

namespace {

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return QStringLiteral("none");
}

// "config.hardcoded-secret" -> "ConfigHardcodedSecret", SARIF's reportingDescriptor.name.
QString ruleName(const QString &id)
{
    QString name;
    bool upper = true;
    for (const QChar c : id) {
        if (c == u'.' || c == u'-') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

QJsonObject ruleDescriptor(const RuleInfo &rule)
{
    const QString remediation = rule.translatedRemediation();
    return {
        {QStringLiteral("id"), QString::fromLatin1(rule.id)},
        {QStringLiteral("name"), ruleName(QString::fromLatin1(rule.id))},
        {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), rule.translatedTitle()}}},
        {QStringLiteral("fullDescription"),
         QJsonObject{{QStringLiteral("text"), rule.translatedRationale()}}},
        {QStringLiteral("help"),
         QJsonObject{{QStringLiteral("text"), remediation}, {QStringLiteral("markdown"), remediation}}},
        {QStringLiteral("defaultConfiguration"),
         QJsonObject{{QStringLiteral("level"), sarifLevel(rule.severity)}}},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("tags"),
              QJsonArray{QStringLiteral("twelve-factor"),
                         QStringLiteral("factor-%1-%2").arg(rule.factor).arg(factorKey(rule.factor))}},
             {QStringLiteral("factor"), rule.factor}}},
    };
}

QJsonArray locationsOf(const Finding &finding)
{
    if (!finding.location.isValid())
        return {};
    QJsonObject physical{{QStringLiteral("artifactLocation"),
                          QJsonObject{{QStringLiteral("uri"), QString::fromUtf8(QUrl::toPercentEncoding(
                                                                  finding.location.path, "/"))},
                                      {QStringLiteral("uriBaseId"), QStringLiteral("SRCROOT")}}}};
    if (finding.location.line > 0) {
        QJsonObject region{{QStringLiteral("startLine"), finding.location.line}};
        if (finding.location.column > 0)
            region.insert(QStringLiteral("startColumn"), finding.location.column);
        physical.insert(QStringLiteral("region"), region);
    }
    return QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"), physical}}};
}

} // namespace

QJsonObject reportToSarif(const AuditResult &result)
{
    const QList<const RuleInfo *> catalogue = ruleCatalogue();
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const RuleInfo *rule : catalogue) {
        ruleIndex.insert(QString::fromLatin1(rule->id), int(rules.size()));
        rules.append(ruleDescriptor(*rule));
    }

    QJsonArray results;
    for (const Finding &finding : result.findings) {
        QJsonObject properties{{QStringLiteral("factor"), finding.factor}};
        if (!finding.workload.isEmpty())
            properties.insert(QStringLiteral("workload"), finding.workload);
        if (!finding.environment.isEmpty())
            properties.insert(QStringLiteral("environment"), finding.environment);
        if (finding.history) {
            properties.insert(QStringLiteral("introducedIn"), finding.history->commit);
            properties.insert(QStringLiteral("presentAtRevision"), finding.history->presentAtRevision);
        }
        QJsonObject sarifResult{
            {QStringLiteral("ruleId"), finding.rule},
            {QStringLiteral("level"), sarifLevel(finding.severity)},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), finding.message}}},
            {QStringLiteral("partialFingerprints"),
             QJsonObject{{QStringLiteral("twelveFactorInspector/v1"), finding.id}}},
            {QStringLiteral("properties"), properties},
        };
        if (ruleIndex.contains(finding.rule))
            sarifResult.insert(QStringLiteral("ruleIndex"), ruleIndex.value(finding.rule));
        const QJsonArray locations = locationsOf(finding);
        if (!locations.isEmpty())
            sarifResult.insert(QStringLiteral("locations"), locations);
        if (finding.suppressed) {
            const bool external = finding.suppressed->source == u".twelve-factor.yml";
            sarifResult.insert(QStringLiteral("suppressions"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("kind"),
                                    external ? QStringLiteral("external") : QStringLiteral("inSource")},
                                   {QStringLiteral("status"), QStringLiteral("accepted")},
                                   {QStringLiteral("justification"), finding.suppressed->reason},
                                   {QStringLiteral("properties"),
                                    QJsonObject{{QStringLiteral("source"), finding.suppressed->source}}},
                               }});
        }
        results.append(sarifResult);
    }

    QJsonObject run{
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("driver"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("twelve-factor-inspector")},
                                  {QStringLiteral("version"), QStringLiteral(TFI_VERSION)},
                                  {QStringLiteral("semanticVersion"), QStringLiteral(TFI_VERSION)},
                                  {QStringLiteral("informationUri"), QStringLiteral("https://12factor.net/")},
                                  {QStringLiteral("rules"), rules}}}}},
        {QStringLiteral("originalUriBaseIds"),
         QJsonObject{{QStringLiteral("SRCROOT"),
                      QJsonObject{{QStringLiteral("uri"), QUrl::fromLocalFile(result.repository.root + u'/')
                                                              .toString(QUrl::FullyEncoded)}}}}},
        {QStringLiteral("results"), results},
        {QStringLiteral("columnKind"), QStringLiteral("unicodeCodePoints")},
    };
    if (!result.repository.revision.isEmpty()) {
        run.insert(QStringLiteral("versionControlProvenance"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("repositoryUri"),
                        QUrl::fromLocalFile(result.repository.root).toString(QUrl::FullyEncoded)},
                       {QStringLiteral("revisionId"), result.repository.revision},
                       {QStringLiteral("mappedTo"),
                        QJsonObject{{QStringLiteral("uriBaseId"), QStringLiteral("SRCROOT")}}},
                   }});
    }
    return {
        {QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
}

QByteArray reportToSarifText(const AuditResult &result)
{
    return QJsonDocument(reportToSarif(result)).toJson(QJsonDocument::Indented);
}

} // namespace tfi
