#include "reportsections.h"

#include "modelbuilder.h"
#include "sensitive.h"

#include <QSet>

namespace tfi {

namespace {

bool selects(const QMap<QString, QString> &selector, const QMap<QString, QString> &labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

QString commandText(const Container &container)
{
    QStringList words = container.command;
    words.append(container.args);
    return redactText(words.join(u' '));
}

QString valueDisplay(const ResolvedEnvVar &env)
{
    switch (env.var.kind) {
    case ValueKind::SecretRef:
        if (env.resolved)
            return maskedValue(env.value);
        return env.var.refKey.isEmpty() ? env.var.refName : env.var.refName + u'/' + env.var.refKey;
    case ValueKind::ConfigMapRef:
        if (env.resolved)
            return displayValue(env.var.name, env.value, env.sensitive);
        return env.var.refName + u'/' + env.var.refKey;
    case ValueKind::FieldRef:
        return env.var.refName;
    case ValueKind::Unset:
        return {};
    case ValueKind::Literal:
    case ValueKind::Interpolated:
        return displayValue(env.var.name, env.resolved ? env.value : env.var.value, env.sensitive);
    }
    return {};
}

} // namespace

QString defaultEnvironmentName()
{
    return QStringLiteral("default");
}

QList<ProcessEntry> buildProcesses(const DeploymentModel &model)
{
    QList<ProcessEntry> processes;
    for (const Workload &workload : model.workloads) {
        ProcessEntry entry;
        entry.name = workload.name;
        entry.environment = workload.environment;
        entry.kind = workload.kind;
        entry.location = workload.location;
        entry.replicas = workload.replicas;
        const Container *main = nullptr;
        for (const Container &container : workload.containers) {
            if (!container.init) {
                main = &container;
                break;
            }
        }
        if (main) {
            entry.image = main->image;
            entry.command = commandText(*main);
        }
        QList<const ServiceDef *> services;
        for (const ServiceDef &service : model.services) {
            if (service.environment == workload.environment &&
                service.namespaceName == workload.namespaceName &&
                selects(service.selector, workload.podLabels))
                services.append(&service);
        }
        for (const Container &container : workload.containers) {
            if (container.init)
                continue;
            for (const PortSpec &port : container.ports) {
                ProcessPort processPort;
                processPort.name = port.name.isEmpty() ? QString() : port.name;
                processPort.protocol = port.protocol;
                processPort.containerPort = port.containerPort;
                processPort.publishedPort = port.publishedPort;
                processPort.location = port.location;
                for (const ServiceDef *service : std::as_const(services)) {
                    for (const ServicePort &servicePort : service->ports) {
                        const bool byName =
                            !servicePort.targetPortName.isEmpty() && servicePort.targetPortName == port.name;
                        const bool byNumber = servicePort.targetPortName.isEmpty() &&
                                              servicePort.targetPort == port.containerPort;
                        if (!byName && !byNumber)
                            continue;
                        processPort.servicePort = servicePort.port;
                        if (servicePort.nodePort > 0)
                            processPort.publishedPort = servicePort.nodePort;
                        processPort.location = servicePort.location;
                    }
                }
                entry.ports.append(processPort);
            }
        }
        processes.append(entry);
    }
    return processes;
}

QList<VariableRow> buildVariables(const DeploymentModel &model)
{
    QList<VariableRow> rows;
    QHash<QString, qsizetype> rowIndex; // workload|name -> row
    QHash<QString, QSet<QString>> environmentsOfWorkload;
    for (const Workload &workload : model.workloads) {
        const QString environment =
            workload.environment.isEmpty() ? defaultEnvironmentName() : workload.environment;
        environmentsOfWorkload[workload.name].insert(environment);
        for (const Container &container : workload.containers) {
            for (const ResolvedEnvVar &env : effectiveEnvironment(model, workload, container)) {
                const QString key = workload.name + u'\x1f' + env.var.name;
                auto it = rowIndex.constFind(key);
                if (it == rowIndex.constEnd()) {
                    VariableRow row;
                    row.name = env.var.name;
                    row.workload = workload.name;
                    it = rowIndex.insert(key, rows.size());
                    rows.append(row);
                }
                VariableRow &row = rows[*it];
                if (row.values.contains(environment))
                    continue; // the first container that sets it stands for the workload
                VariableCell cell;
                cell.kind = env.var.kind;
                cell.sensitive = env.sensitive;
                cell.display = valueDisplay(env);
                cell.digest = env.resolved ? valueDigest(env.value) : QString();
                cell.location = env.valueLocation.isValid() ? env.valueLocation : env.var.location;
                row.values.insert(environment, cell);
            }
        }
    }
    for (VariableRow &row : rows) {
        const QSet<QString> environments = environmentsOfWorkload.value(row.workload);
        if (row.values.size() < environments.size()) {
            row.status = VariableStatus::Missing;
            continue;
        }
        QSet<QString> distinct;
        for (const VariableCell &cell : std::as_const(row.values))
            distinct.insert(cell.digest.isEmpty() ? valueKindKey(cell.kind) + u':' + cell.display
                                                  : cell.digest);
        row.status = distinct.size() > 1 ? VariableStatus::Differs : VariableStatus::Same;
    }
    return rows;
}

} // namespace tfi
