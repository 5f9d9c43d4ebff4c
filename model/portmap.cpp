#include "portmap.h"

#include "rules/workloadtraits.h"
#include "sensitive.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace tfi {

namespace {

bool inEnvironment(const QString &objectEnvironment, const QString &environment)
{
    return objectEnvironment.isEmpty() || objectEnvironment == environment;
}

// Objects of the environment itself win over the shared ones of the same name.
template<typename T>
QList<const T *> preferSpecific(const QList<const T *> &candidates, const QString &environment)
{
    QList<const T *> specific;
    for (const T *candidate : candidates) {
        if (!environment.isEmpty() && candidate->environment == environment)
            specific.append(candidate);
    }
    return specific.isEmpty() ? candidates : specific;
}

const Container *mainContainer(const Workload &workload)
{
    for (const Container &container : workload.containers) {
        if (!container.init)
            return &container;
    }
    return nullptr;
}

QString nodeId(const QString &kind, const QString &name)
{
    return kind + u':' + name;
}

// "shop/web:2.0.1" for "registry.example.com/shop/web:2.0.1"; a digest is shortened.
QString imageTag(const QString &image)
{
    QString text = redactText(image.trimmed());
    const qsizetype slash = text.lastIndexOf(u'/');
    if (slash >= 0)
        text = text.mid(slash + 1);
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0)
        text = text.left(at) + u'@' + text.mid(at + 1).section(u':', -1).left(12);
    return text;
}

QString dotQuoted(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            escaped += u'\\';
        if (c == u'\n') {
            escaped += QStringLiteral("\\n");
            continue;
        }
        if (c == u'\r')
            continue;
        escaped += c;
    }
    escaped += u'"';
    return escaped;
}

bool isWebEntry(const Workload &workload)
{
    if ((workload.kind == WorkloadKind::Procfile || workload.kind == WorkloadKind::RenderService) &&
        workload.processType == u"web")
        return true;
    if (workload.kind == WorkloadKind::FlyProcess) {
        const Container *container = mainContainer(workload);
        return container && !container->ports.isEmpty();
    }
    return false;
}

class PortMapBuilder
{
public:
    PortMapBuilder(const AuditResult &result, const QString &environment)
        : m_result(result), m_model(result.model), m_environment(environment)
    {
        m_map.environment = environment;
    }

    PortMap build()
    {
        addWorkloads();
        addConnections();
        attachFindings();
        return std::move(m_map);
    }

private:
    const ProcessEntry *processOf(qsizetype workloadIndex, const Workload &workload) const
    {
        // buildProcesses() lists the workloads one to one, in order.
        if (workloadIndex < m_result.processes.size()) {
            const ProcessEntry &entry = m_result.processes.at(workloadIndex);
            if (entry.name == workload.name && entry.environment == workload.environment &&
                entry.location == workload.location)
                return &entry;
        }
        for (const ProcessEntry &entry : m_result.processes) {
            if (entry.name == workload.name && entry.environment == workload.environment &&
                entry.location == workload.location)
                return &entry;
        }
        return nullptr;
    }

    void addWorkloads()
    {
        // Shared workloads give way to an environment's own workload of the same kind and name.
        QSet<QString> specific;
        for (const Workload &workload : m_model.workloads) {
            if (!m_environment.isEmpty() && workload.environment == m_environment)
                specific.insert(nodeId(workloadKindKey(workload.kind), workload.name));
        }
        for (qsizetype i = 0; i < m_model.workloads.size(); ++i) {
            const Workload &workload = m_model.workloads.at(i);
            if (!inEnvironment(workload.environment, m_environment))
                continue;
            PortMapNode node;
            node.kind = workloadKindKey(workload.kind);
            node.name = workload.name;
            node.id = nodeId(node.kind, node.name);
            if (m_nodeIndex.contains(node.id) ||
                (workload.environment.isEmpty() && specific.contains(node.id)))
                continue;
            node.location = workload.location;
            node.replicas = workload.replicas;
            if (const ProcessEntry *entry = processOf(i, workload)) {
                node.image = imageTag(entry->image);
                node.ports = entry->ports;
            } else if (const Container *container = mainContainer(workload)) {
                node.image = imageTag(container->image);
            }
            node.entryPoint = isWebEntry(workload);
            for (const ProcessPort &port : std::as_const(node.ports))
                node.entryPoint = node.entryPoint || port.publishedPort > 0;
            addNode(node, &workload);
        }
    }

    void addNode(const PortMapNode &node, const Workload *workload = nullptr)
    {
        m_nodeIndex.insert(node.id, m_map.nodes.size());
        m_map.nodes.append(node);
        m_nodeWorkloads.append(workload);
    }

    PortMapNode &node(const QString &id) { return m_map.nodes[m_nodeIndex.value(id)]; }

    // The node a connection starts from.
    QString sourceNode(const Connection &connection)
    {
        if (connection.via == u"ingress") {
            const QString id = nodeId(QStringLiteral("ingress"), connection.from);
            if (!m_nodeIndex.contains(id)) {
                PortMapNode ingress;
                ingress.id = id;
                ingress.name = connection.from;
                ingress.kind = QStringLiteral("ingress");
                ingress.entryPoint = true;
                for (const IngressDef &definition : m_model.ingresses) {
                    if (definition.name == connection.from &&
                        inEnvironment(definition.environment, m_environment))
                        ingress.location = definition.location;
                }
                if (!ingress.location.isValid())
                    ingress.location = connection.location;
                addNode(ingress);
            }
            return id;
        }
        // Two processes of one name (a Procfile web and a Compose web): the environment and the
        // file that set the variable tell them apart.
        QString best;
        int bestScore = -1;
        for (qsizetype i = 0; i < m_map.nodes.size(); ++i) {
            const Workload *workload = m_nodeWorkloads.at(i);
            if (!workload || workload->name != connection.from)
                continue;
            const int score = (workload->location.path == connection.location.path ? 2 : 0) +
                              (workload->environment == connection.environment ? 1 : 0);
            if (score > bestScore) {
                best = m_map.nodes.at(i).id;
                bestScore = score;
            }
        }
        return best;
    }

    QString nodeOfWorkload(const Workload *workload) const
    {
        for (qsizetype i = 0; i < m_nodeWorkloads.size(); ++i) {
            if (m_nodeWorkloads.at(i) == workload)
                return m_map.nodes.at(i).id;
        }
        // A shared workload shadowed by the environment's own one of the same kind and name.
        const QString id = nodeId(workloadKindKey(workload->kind), workload->name);
        return m_nodeIndex.contains(id) ? id : QString();
    }

    QString ensureNode(const QString &kind, const QString &name, const Location &location)
    {
        const QString id = nodeId(kind, name);
        if (!m_nodeIndex.contains(id)) {
            PortMapNode extra;
            extra.id = id;
            extra.name = name;
            extra.kind = kind;
            extra.location = location;
            extra.missing = kind == u"missing";
            addNode(extra);
        }
        return id;
    }

    void addConnections()
    {
        QList<PortMapEdge> dependencies; // depends_on / links, kept where no other edge joins the pair
        QSet<QString> joined;
        // A shared workload's connection gives way to the same connection of the environment's own one.
        QSet<QString> specific;
        for (const Connection &connection : m_model.connections) {
            if (!m_environment.isEmpty() && connection.environment == m_environment)
                specific.insert(connection.from + u'\x1f' + connection.to + u'\x1f' + connection.via);
        }
        for (const Connection &connection : m_model.connections) {
            if (connection.environment != m_environment &&
                !(connection.environment.isEmpty() || m_environment.isEmpty()))
                continue;
            if (connection.environment.isEmpty() &&
                specific.contains(connection.from + u'\x1f' + connection.to + u'\x1f' + connection.via))
                continue;
            const QString from = sourceNode(connection);
            if (from.isEmpty())
                continue;
            QStringList targets;
            const bool portMismatch = connectionMissesPort(m_model, connection);
            if (connection.resolved) {
                const ConnectionTarget target = resolveConnectionTarget(m_model, connection);
                for (const Workload *workload : target.workloads) {
                    const QString id = nodeOfWorkload(workload);
                    if (!id.isEmpty() && !targets.contains(id))
                        targets.append(id);
                }
                if (targets.isEmpty() && !target.services.isEmpty())
                    targets.append(ensureNode(QStringLiteral("service"), target.services.first()->name,
                                              target.services.first()->location));
                if (targets.isEmpty() && target.addon)
                    targets.append(
                        ensureNode(QStringLiteral("external"), target.addon->name, target.addon->location));
                if (targets.isEmpty())
                    targets.append(
                        ensureNode(QStringLiteral("external"), connection.to, connection.location));
            } else {
                targets.append(ensureNode(QStringLiteral("missing"), connection.to, connection.location));
            }
            for (const QString &to : std::as_const(targets)) {
                PortMapEdge edge;
                edge.from = from;
                edge.to = to;
                edge.port = connection.port;
                edge.via = connection.via;
                edge.resolved = connection.resolved;
                edge.location = connection.location;
                edge.portMismatch = portMismatch;
                const QString pair = from + u'\x1f' + to;
                if (connection.via == u"depends_on" || connection.via == u"links") {
                    dependencies.append(edge);
                    continue;
                }
                joined.insert(pair);
                if (connection.via == u"ingress") {
                    // The Ingress stands at the edge, not the process behind it (unless it is published too).
                    PortMapNode &target = node(to);
                    target.entryPoint =
                        std::any_of(target.ports.cbegin(), target.ports.cend(),
                                    [](const ProcessPort &port) { return port.publishedPort > 0; });
                }
                m_map.edges.append(edge);
            }
        }
        for (const PortMapEdge &edge : std::as_const(dependencies)) {
            const QString pair = edge.from + u'\x1f' + edge.to;
            if (joined.contains(pair))
                continue;
            joined.insert(pair);
            m_map.edges.append(edge);
        }
    }

    void attachFindings()
    {
        QHash<QString, QList<qsizetype>> nodesByName;
        for (qsizetype i = 0; i < m_map.nodes.size(); ++i)
            nodesByName[m_map.nodes.at(i).name].append(i);
        for (const Finding &finding : m_result.findings) {
            if (!inEnvironment(finding.environment, m_environment))
                continue;
            for (PortMapEdge &edge : m_map.edges) {
                if (edge.location.isValid() && edge.location.path == finding.location.path &&
                    edge.location.line == finding.location.line && !edge.findingIds.contains(finding.id))
                    edge.findingIds.append(finding.id);
            }
            if (finding.workload.isEmpty())
                continue;
            const QList<qsizetype> candidates = nodesByName.value(finding.workload);
            // Two processes of one name (a Procfile web and a Compose web): the file tells them apart.
            QList<qsizetype> chosen;
            for (const qsizetype i : candidates) {
                if (m_map.nodes.at(i).location.path == finding.location.path)
                    chosen.append(i);
            }
            if (chosen.isEmpty())
                chosen = candidates;
            for (const qsizetype i : std::as_const(chosen)) {
                if (!m_map.nodes.at(i).findingIds.contains(finding.id))
                    m_map.nodes[i].findingIds.append(finding.id);
            }
        }
        // A missing target has no findings of its own: it shows those of the references to it.
        for (const PortMapEdge &edge : std::as_const(m_map.edges)) {
            PortMapNode &target = node(edge.to);
            if (!target.missing)
                continue;
            for (const QString &id : edge.findingIds) {
                if (!target.findingIds.contains(id))
                    target.findingIds.append(id);
            }
        }
    }

    const AuditResult &m_result;
    const DeploymentModel &m_model;
    QString m_environment;
    PortMap m_map;
    QHash<QString, qsizetype> m_nodeIndex;
    QList<const Workload *> m_nodeWorkloads; // parallel to m_map.nodes
};

QString nodeAttributes(const PortMapNode &node)
{
    QStringList attributes;
    attributes.append(u"label=" + dotQuoted(portMapNodeLines(node).join(u'\n')));
    QString style = QStringLiteral("rounded");
    if (node.missing) {
        style += QStringLiteral(",dashed");
        attributes.append(QStringLiteral("color=\"#c62828\""));
        attributes.append(QStringLiteral("fontcolor=\"#c62828\""));
    } else if (node.entryPoint) {
        style += QStringLiteral(",bold");
    }
    attributes.append(u"style=" + dotQuoted(style));
    if (node.kind == u"ingress" || node.kind == u"external")
        attributes.append(QStringLiteral("shape=box3d"));
    return attributes.join(QStringLiteral(", "));
}

QString edgeAttributes(const PortMapEdge &edge, qsizetype index)
{
    QStringList attributes;
    attributes.append(u"id=" + dotQuoted(u"e" + QString::number(index)));
    attributes.append(u"label=" + dotQuoted(portMapEdgeLabel(edge)));
    if (!edge.resolved || edge.portMismatch) {
        attributes.append(QStringLiteral("style=dashed"));
        attributes.append(QStringLiteral("color=\"#c62828\""));
        attributes.append(QStringLiteral("fontcolor=\"#c62828\""));
    } else if (edge.via == u"depends_on" || edge.via == u"links") {
        attributes.append(QStringLiteral("style=dotted"));
    }
    return attributes.join(QStringLiteral(", "));
}

void writeMapBody(QString &out, const PortMap &map, const QString &prefix, const QString &indent)
{
    QStringList entries;
    QStringList missing;
    const QSet<QString> targets = portMapEdgeTargets(map);
    for (const PortMapNode &node : map.nodes) {
        out += indent + dotQuoted(prefix + node.id) + QStringLiteral(" [") + nodeAttributes(node) +
               QStringLiteral("];\n");
        if (node.entryPoint && !targets.contains(node.id))
            entries.append(dotQuoted(prefix + node.id));
        else if (node.missing)
            missing.append(dotQuoted(prefix + node.id));
    }
    // Entry points stand at the edge of the picture, dangling targets at the other.
    if (!entries.isEmpty())
        out += indent + QStringLiteral("{ rank=source; ") + entries.join(QStringLiteral("; ")) +
               QStringLiteral("; }\n");
    if (!missing.isEmpty())
        out += indent + QStringLiteral("{ rank=sink; ") + missing.join(QStringLiteral("; ")) +
               QStringLiteral("; }\n");
    for (qsizetype i = 0; i < map.edges.size(); ++i) {
        const PortMapEdge &edge = map.edges.at(i);
        out += indent + dotQuoted(prefix + edge.from) + QStringLiteral(" -> ") + dotQuoted(prefix + edge.to) +
               QStringLiteral(" [") + edgeAttributes(edge, i) + QStringLiteral("];\n");
    }
}

const QString graphDefaults =
    QStringLiteral("  graph [rankdir=LR, nodesep=0.4, ranksep=0.9, fontname=\"Helvetica\"];\n"
                   "  node [shape=box, fontname=\"Helvetica\", fontsize=10];\n"
                   "  edge [fontname=\"Helvetica\", fontsize=9];\n");

} // namespace

QStringList portMapEnvironments(const AuditResult &result)
{
    QStringList environments;
    for (const EnvironmentInfo &environment : result.environments)
        environments.append(environment.name);
    if (environments.isEmpty())
        environments.append(QString());
    return environments;
}

PortMap buildPortMap(const AuditResult &result, const QString &environment)
{
    return PortMapBuilder(result, environment).build();
}

QStringList portMapNodeLines(const PortMapNode &node)
{
    QStringList lines{node.name};
    if (node.missing)
        lines.append(QCoreApplication::translate("tfi::PortMap", "not defined"));
    else
        lines.append(node.kind);
    if (!node.image.isEmpty())
        lines.append(node.image);
    if (node.replicas)
        lines.append(QCoreApplication::translate("tfi::PortMap", "%n replica(s)", nullptr, *node.replicas));
    for (const ProcessPort &port : node.ports) {
        QString chain;
        if (port.publishedPort > 0)
            chain += QString::number(port.publishedPort) + QStringLiteral(" \u2192 ");
        if (port.servicePort > 0)
            chain += QString::number(port.servicePort) + QStringLiteral(" \u2192 ");
        if (!port.name.isEmpty())
            chain += port.name + u'/';
        chain += QString::number(port.containerPort);
        if (port.protocol.compare(u"TCP", Qt::CaseInsensitive) != 0)
            chain += u'/' + port.protocol.toLower();
        lines.append(chain);
    }
    return lines;
}

QSet<QString> portMapEdgeTargets(const PortMap &map)
{
    QSet<QString> targets;
    for (const PortMapEdge &edge : map.edges)
        targets.insert(edge.to);
    return targets;
}

QString portMapEdgeLabel(const PortMapEdge &edge)
{
    if (edge.port <= 0)
        return edge.via;
    return QCoreApplication::translate("tfi::PortMap", "%1 :%2").arg(edge.via).arg(edge.port);
}

QString portMapToDot(const PortMap &map)
{
    QString out = QStringLiteral("digraph portmap {\n");
    out += graphDefaults;
    if (!map.environment.isEmpty())
        out += QStringLiteral("  label=") + dotQuoted(map.environment) + QStringLiteral(";\n");
    writeMapBody(out, map, QString(), QStringLiteral("  "));
    out += QStringLiteral("}\n");
    return out;
}

QString portMapsToDot(const QList<PortMap> &maps)
{
    if (maps.size() == 1)
        return portMapToDot(maps.first());
    QString out = QStringLiteral("digraph portmap {\n");
    out += graphDefaults;
    for (qsizetype i = 0; i < maps.size(); ++i) {
        const PortMap &map = maps.at(i);
        out += QStringLiteral("  subgraph ") + dotQuoted(u"cluster_" + QString::number(i)) +
               QStringLiteral(" {\n    label=") + dotQuoted(map.environment) + QStringLiteral(";\n");
        // Node ids repeat across environments; the environment keeps them apart.
        writeMapBody(out, map, map.environment + u'/', QStringLiteral("    "));
        out += QStringLiteral("  }\n");
    }
    out += QStringLiteral("}\n");
    return out;
}

ConnectionTarget resolveConnectionTarget(const DeploymentModel &model, const Connection &connection)
{
    ConnectionTarget target;
    const QString &environment = connection.environment;
    QString name = connection.to;
    // A Compose link alias stands for the linked service.
    for (const Workload &workload : model.workloads) {
        if (!inEnvironment(workload.environment, environment))
            continue;
        for (const Dependency &link : workload.links) {
            if (link.name.section(u':', 1, 1).compare(name, Qt::CaseInsensitive) == 0)
                name = link.name.section(u':', 0, 0);
        }
    }
    QList<const Workload *> workloads;
    for (const Workload &workload : model.workloads) {
        if (inEnvironment(workload.environment, environment) &&
            workload.name.compare(name, Qt::CaseInsensitive) == 0)
            workloads.append(&workload);
    }
    QList<const ServiceDef *> services;
    for (const ServiceDef &service : model.services) {
        if (inEnvironment(service.environment, environment) &&
            service.name.compare(name, Qt::CaseInsensitive) == 0)
            services.append(&service);
    }
    target.services = preferSpecific(services, environment);
    for (const ServiceDef *service : std::as_const(target.services)) {
        for (const Workload &workload : model.workloads) {
            if (inEnvironment(workload.environment, environment) &&
                traits::serviceSelects(*service, workload) && !workloads.contains(&workload))
                workloads.append(&workload);
        }
    }
    target.workloads = preferSpecific(workloads, environment);
    for (const PlatformAddon &addon : model.addons) {
        if (inEnvironment(addon.environment, environment) &&
            addon.name.compare(name, Qt::CaseInsensitive) == 0)
            target.addon = &addon;
    }
    return target;
}

QList<int> servedPorts(const ConnectionTarget &target)
{
    QList<int> ports;
    if (!target.services.isEmpty()) {
        for (const ServiceDef *service : target.services) {
            for (const ServicePort &port : service->ports) {
                if (port.port > 0 && !ports.contains(port.port))
                    ports.append(port.port);
            }
        }
        return ports;
    }
    for (const Workload *workload : target.workloads) {
        for (const Container &container : workload->containers) {
            if (container.init)
                continue;
            for (const PortSpec &port : container.ports) {
                if (port.containerPort > 0 && !ports.contains(port.containerPort))
                    ports.append(port.containerPort);
            }
        }
    }
    return ports;
}

bool connectionMissesPort(const DeploymentModel &model, const Connection &connection)
{
    if (!connection.resolved || connection.port <= 0 || connection.via == u"depends_on" ||
        connection.via == u"links")
        return false;
    const ConnectionTarget target = resolveConnectionTarget(model, connection);
    if (!target.services.isEmpty()) {
        const QList<int> ports = servedPorts(target);
        return !ports.isEmpty() && !ports.contains(connection.port);
    }
    for (const Workload *workload : target.workloads) {
        if (workload->format != SourceFormat::Compose)
            continue;
        bool published = false;
        bool served = false;
        for (const Container &container : workload->containers) {
            for (const PortSpec &port : container.ports) {
                served = served || port.containerPort == connection.port;
                published = published || (!port.exposeOnly && port.publishedPort == connection.port);
            }
        }
        if (published && !served)
            return true;
    }
    return false;
}

} // namespace tfi
