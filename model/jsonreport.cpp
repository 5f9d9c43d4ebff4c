#include "jsonreport.h"

#include "factors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tfi {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue intOrNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue portOrNull(int port)
{
    return port > 0 ? QJsonValue(port) : QJsonValue(QJsonValue::Null);
}

QJsonObject repositoryJson(const RepositoryInfo &info)
{
    return {
        {QStringLiteral("root"), info.root},
        {QStringLiteral("revision"), stringOrNull(info.revision)},
        {QStringLiteral("ref"), stringOrNull(info.ref)},
        {QStringLiteral("source"), info.fromCommit ? QStringLiteral("commit") : QStringLiteral("worktree")},
        {QStringLiteral("dirty"), info.dirty},
    };
}

QJsonObject findingJson(const Finding &finding)
{
    QJsonValue history = QJsonValue::Null;
    if (finding.history) {
        history = QJsonObject{
            {QStringLiteral("commit"), finding.history->commit},
            {QStringLiteral("date"), finding.history->date.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("presentAtRevision"), finding.history->presentAtRevision},
        };
    }
    QJsonValue suppressed = QJsonValue::Null;
    if (finding.suppressed) {
        suppressed = QJsonObject{
            {QStringLiteral("reason"), finding.suppressed->reason},
            {QStringLiteral("source"), finding.suppressed->source},
            {QStringLiteral("location"), locationToJson(finding.suppressed->location)},
        };
    }
    return {
        {QStringLiteral("id"), finding.id},
        {QStringLiteral("rule"), finding.rule},
        {QStringLiteral("factor"), finding.factor},
        {QStringLiteral("severity"), severityKey(finding.severity)},
        {QStringLiteral("title"), finding.title},
        {QStringLiteral("message"), finding.message},
        {QStringLiteral("remediation"), finding.remediation},
        {QStringLiteral("location"), locationToJson(finding.location)},
        {QStringLiteral("environment"), stringOrNull(finding.environment)},
        {QStringLiteral("workload"), stringOrNull(finding.workload)},
        {QStringLiteral("history"), history},
        {QStringLiteral("suppressed"), suppressed},
    };
}

QJsonArray environmentsJson(const QList<EnvironmentInfo> &environments)
{
    QJsonArray array;
    for (const EnvironmentInfo &environment : environments) {
        QJsonArray sources;
        for (const EnvironmentSource &source : environment.sources)
            sources.append(
                QJsonObject{{QStringLiteral("path"), source.path}, {QStringLiteral("kind"), source.kind}});
        array.append(QJsonObject{
            {QStringLiteral("name"), environment.name},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(environment.aliases)},
            {QStringLiteral("sources"), sources},
        });
    }
    return array;
}

QJsonArray variablesJson(const QList<VariableRow> &rows)
{
    QJsonArray array;
    for (const VariableRow &row : rows) {
        QJsonObject values;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            const VariableCell &cell = it.value();
            values.insert(it.key(), QJsonObject{
                                        {QStringLiteral("kind"), valueKindKey(cell.kind)},
                                        {QStringLiteral("display"), cell.display},
                                        {QStringLiteral("sensitive"), cell.sensitive},
                                        {QStringLiteral("digest"), stringOrNull(cell.digest)},
                                        {QStringLiteral("location"), locationToJson(cell.location)},
                                    });
        }
        array.append(QJsonObject{
            {QStringLiteral("name"), row.name},
            {QStringLiteral("workload"), stringOrNull(row.workload)},
            {QStringLiteral("status"), variableStatusKey(row.status)},
            {QStringLiteral("values"), values},
        });
    }
    return array;
}

QJsonArray processesJson(const QList<ProcessEntry> &processes)
{
    QJsonArray array;
    for (const ProcessEntry &process : processes) {
        QJsonArray ports;
        for (const ProcessPort &port : process.ports) {
            ports.append(QJsonObject{
                {QStringLiteral("name"), stringOrNull(port.name)},
                {QStringLiteral("protocol"), port.protocol},
                {QStringLiteral("containerPort"), portOrNull(port.containerPort)},
                {QStringLiteral("servicePort"), portOrNull(port.servicePort)},
                {QStringLiteral("publishedPort"), portOrNull(port.publishedPort)},
                {QStringLiteral("location"), locationToJson(port.location)},
            });
        }
        array.append(QJsonObject{
            {QStringLiteral("name"), process.name},
            {QStringLiteral("environment"), stringOrNull(process.environment)},
            {QStringLiteral("kind"), workloadKindKey(process.kind)},
            {QStringLiteral("location"), locationToJson(process.location)},
            {QStringLiteral("image"), stringOrNull(process.image)},
            {QStringLiteral("command"), stringOrNull(process.command)},
            {QStringLiteral("replicas"), intOrNull(process.replicas)},
            {QStringLiteral("ports"), ports},
        });
    }
    return array;
}

QJsonArray connectionsJson(const QList<Connection> &connections)
{
    QJsonArray array;
    for (const Connection &connection : connections) {
        array.append(QJsonObject{
            {QStringLiteral("from"), connection.from},
            {QStringLiteral("to"), connection.to},
            {QStringLiteral("port"), portOrNull(connection.port)},
            {QStringLiteral("via"), connection.via},
            {QStringLiteral("resolved"), connection.resolved},
            {QStringLiteral("environment"), stringOrNull(connection.environment)},
            {QStringLiteral("location"), locationToJson(connection.location)},
        });
    }
    return array;
}

QJsonArray checklistJson(const QList<ChecklistItem> &items)
{
    QJsonArray array;
    for (const ChecklistItem &item : items) {
        array.append(QJsonObject{
            {QStringLiteral("id"), item.id},
            {QStringLiteral("factor"), item.factor},
            {QStringLiteral("priority"), item.priority},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("findings"), QJsonArray::fromStringList(item.findings)},
            {QStringLiteral("done"), item.done},
        });
    }
    return array;
}

QJsonArray diagnosticsJson(const Diagnostics &diagnostics)
{
    QJsonArray array;
    for (const Diagnostic &diagnostic : diagnostics) {
        array.append(QJsonObject{
            {QStringLiteral("path"), stringOrNull(diagnostic.location.path)},
            {QStringLiteral("line"),
             diagnostic.location.line > 0 ? QJsonValue(diagnostic.location.line) : QJsonValue()},
            {QStringLiteral("severity"), diagnostic.severity == DiagnosticSeverity::Error
                                             ? QStringLiteral("error")
                                             : QStringLiteral("warning")},
            {QStringLiteral("message"), diagnostic.message},
        });
    }
    return array;
}

} // namespace

QJsonValue locationToJson(const Location &location)
{
    if (!location.isValid())
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("path"), location.path},
        {QStringLiteral("line"), location.line > 0 ? QJsonValue(location.line) : QJsonValue()},
        {QStringLiteral("column"), location.column > 0 ? QJsonValue(location.column) : QJsonValue()},
    };
}

QJsonObject reportToJson(const AuditResult &result)
{
    QJsonArray factors;
    for (const FactorResult &factor : result.factors) {
        factors.append(QJsonObject{
            {QStringLiteral("number"), factor.number},
            {QStringLiteral("key"), factorKey(factor.number)},
            {QStringLiteral("title"), factorTitle(factor.number)},
            {QStringLiteral("status"), factorStatusKey(factor.status)},
            {QStringLiteral("score"), intOrNull(factor.score)},
            {QStringLiteral("findings"), factor.findings},
        });
    }
    QJsonArray findings;
    for (const Finding &finding : result.findings)
        findings.append(findingJson(finding));

    return {
        {QStringLiteral("schemaVersion"), 1},
        {QStringLiteral("tool"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("twelve-factor-inspector")},
                     {QStringLiteral("version"), QStringLiteral(TFI_VERSION)}}},
        {QStringLiteral("repository"), repositoryJson(result.repository)},
        {QStringLiteral("summary"),
         QJsonObject{
             {QStringLiteral("score"), intOrNull(result.score)},
             {QStringLiteral("errors"), result.count(Severity::Error)},
             {QStringLiteral("warnings"), result.count(Severity::Warning)},
             {QStringLiteral("infos"), result.count(Severity::Info)},
             {QStringLiteral("suppressed"), result.suppressedCount()},
         }},
        {QStringLiteral("factors"), factors},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("environments"), environmentsJson(result.environments)},
        {QStringLiteral("variables"), variablesJson(result.variables)},
        {QStringLiteral("processes"), processesJson(result.processes)},
        {QStringLiteral("connections"), connectionsJson(result.model.connections)},
        {QStringLiteral("checklist"), checklistJson(result.checklist)},
        {QStringLiteral("diagnostics"), diagnosticsJson(result.diagnostics)},
    };
}

QByteArray reportToJsonText(const AuditResult &result)
{
    return QJsonDocument(reportToJson(result)).toJson(QJsonDocument::Indented);
}

} // namespace tfi
