#include "envdiff.h"

#include "endpoint.h"
#include "modelbuilder.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QSet>

namespace tfi {

namespace {

QString environmentKey(const QString &environment)
{
    return environment.isEmpty() ? defaultEnvironmentName() : environment;
}

const Container *mainContainer(const Workload &workload)
{
    for (const Container &container : workload.containers) {
        if (!container.init)
            return &container;
    }
    return nullptr;
}

QString probesText(const Container &container)
{
    QStringList kinds;
    for (const Probe &probe : container.probes) {
        if (probe.disabled)
            continue;
        switch (probe.kind) {
        case Probe::Kind::Readiness:
            kinds.append(QStringLiteral("readiness"));
            break;
        case Probe::Kind::Liveness:
            kinds.append(QStringLiteral("liveness"));
            break;
        case Probe::Kind::Startup:
            kinds.append(QStringLiteral("startup"));
            break;
        case Probe::Kind::Healthcheck:
            kinds.append(QStringLiteral("healthcheck"));
            break;
        }
    }
    kinds.sort();
    return kinds.join(QStringLiteral(", "));
}

QString resourcesText(const Resources &resources)
{
    QStringList parts;
    for (auto it = resources.requests.cbegin(); it != resources.requests.cend(); ++it)
        parts.append(QStringLiteral("requests.%1=%2").arg(it.key(), it.value()));
    for (auto it = resources.limits.cbegin(); it != resources.limits.cend(); ++it)
        parts.append(QStringLiteral("limits.%1=%2").arg(it.key(), it.value()));
    return parts.join(QStringLiteral(", "));
}

// The backing services a workload reaches: kinds from URL schemes, with the image version of
// the service it names where one runs in the same environment.
QString backingText(const AuditResult &result, const Workload &workload)
{
    QSet<QString> kinds;
    for (const Container &container : workload.containers) {
        for (const ResolvedEnvVar &env : effectiveEnvironment(result.model, workload, container)) {
            if (!env.resolved)
                continue;
            const auto endpoint = parseEndpoint(env.value);
            QString kind = endpoint ? backingServiceKind(endpoint->scheme) : QString();
            if (kind.isEmpty() && env.value.startsWith(u"sqlite"))
                kind = QStringLiteral("sqlite");
            if (kind.isEmpty() || kind == u"http")
                continue;
            QString version;
            if (endpoint) {
                for (const Workload &target : result.model.workloads) {
                    if (target.environment != workload.environment || target.name != endpoint->serviceName())
                        continue;
                    if (const Container *targetContainer = mainContainer(target))
                        version = targetContainer->image.section(u':', 1).section(u'@', 0, 0);
                }
            }
            kinds.insert(version.isEmpty() ? kind : kind + u' ' + version);
        }
    }
    QStringList sorted(kinds.cbegin(), kinds.cend());
    sorted.sort();
    return sorted.join(QStringLiteral(", "));
}

} // namespace

QString attributeLabel(const QString &attribute)
{
    if (attribute == u"image")
        return QCoreApplication::translate("tfi::EnvDiff", "image");
    if (attribute == u"replicas")
        return QCoreApplication::translate("tfi::EnvDiff", "replicas");
    if (attribute == u"probes")
        return QCoreApplication::translate("tfi::EnvDiff", "probes");
    if (attribute == u"resources")
        return QCoreApplication::translate("tfi::EnvDiff", "resources");
    if (attribute == u"backing-services")
        return QCoreApplication::translate("tfi::EnvDiff", "backing services");
    return attribute;
}

QStringList environmentsOf(const AuditResult &result, const QString &workload)
{
    QSet<QString> present;
    for (const Workload &candidate : result.model.workloads) {
        if (candidate.name == workload)
            present.insert(environmentKey(candidate.environment));
    }
    QStringList ordered;
    for (const EnvironmentInfo &environment : result.environments) {
        if (present.remove(environment.name))
            ordered.append(environment.name);
    }
    QStringList rest(present.cbegin(), present.cend());
    rest.sort();
    return ordered + rest;
}

QList<AttributeRow> compareWorkloadAttributes(const AuditResult &result)
{
    QList<AttributeRow> rows;
    QHash<QString, qsizetype> index;
    const auto cell = [&](const QString &workload, const QString &attribute, const QString &environment,
                          const QString &display, const Location &location) {
        const QString key = workload + u'\x1f' + attribute;
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, rows.size());
            rows.append({workload, attribute, VariableStatus::Same, {}});
        }
        rows[*it].values.insert(environment, {display, location});
    };
    for (const Workload &workload : result.model.workloads) {
        const QString environment = environmentKey(workload.environment);
        const Container *container = mainContainer(workload);
        cell(workload.name, QStringLiteral("image"), environment, container ? container->image : QString(),
             container ? container->imageLocation : Location{});
        cell(workload.name, QStringLiteral("replicas"), environment,
             workload.replicas ? QString::number(*workload.replicas) : QString(), workload.replicasLocation);
        cell(workload.name, QStringLiteral("probes"), environment,
             container ? probesText(*container) : QString(),
             container && !container->probes.isEmpty() ? container->probes.first().location : Location{});
        cell(workload.name, QStringLiteral("resources"), environment,
             container ? resourcesText(container->resources) : QString(),
             container ? container->resources.location : Location{});
        cell(workload.name, QStringLiteral("backing-services"), environment, backingText(result, workload),
             {});
    }
    for (AttributeRow &row : rows) {
        QSet<QString> distinct;
        bool anyEmpty = false;
        bool anySet = false;
        for (const AttributeCell &value : std::as_const(row.values)) {
            distinct.insert(value.display);
            anyEmpty |= value.display.isEmpty();
            anySet |= !value.display.isEmpty();
        }
        row.status = anyEmpty && anySet    ? VariableStatus::Missing
                     : distinct.size() > 1 ? VariableStatus::Differs
                                           : VariableStatus::Same;
    }
    return rows;
}

} // namespace tfi
