#pragma once

#include "auditresult.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The process/port map: per environment, the processes with their port chains and the
// connections between them, as a graph. No widgets and no Graphviz here (see graphlayout.h).

namespace tfi {

struct PortMapNode
{
    QString id; // unique within one map: "<kind>:<name>"
    QString name;
    QString kind; // workloadKindKey(), or "ingress", "service" (selecting nothing here), "external"
                  // (a platform add-on or a name provided outside the map), "missing"
    QString image;
    std::optional<int> replicas;
    QList<ProcessPort> ports;
    Location location;
    bool entryPoint = false; // reached from outside: published / nodePort / ingress / platform web
    bool missing = false;    // named by a connection, provided by nothing
    QStringList findingIds;
};

struct PortMapEdge
{
    QString from; // node ids
    QString to;
    int port = 0;
    QString via; // env var name, "depends_on", "links", "ingress"
    bool resolved = true;
    bool portMismatch = false; // the target serves other ports than this one
    Location location;
    QStringList findingIds;
};

struct PortMap
{
    QString environment;
    QList<PortMapNode> nodes;
    QList<PortMapEdge> edges;
};

QStringList
portMapEnvironments(const AuditResult &result); // in the result's environment order; {""} when none
// The map of one environment: its own processes plus those not tied to an environment.
PortMap buildPortMap(const AuditResult &result, const QString &environment);
QString portMapToDot(const PortMap &map); // valid Graphviz DOT, stable output, escaped labels
// Every map as one DOT graph, one cluster per environment.
QString portMapsToDot(const QList<PortMap> &maps);

// The node's label lines as the map shows them: name, kind, image tag, replicas, ports.
QStringList portMapNodeLines(const PortMapNode &node);
// The edge's label: the env var (or depends_on/ingress) and the port.
QString portMapEdgeLabel(const PortMapEdge &edge);
// The nodes some edge points at. Entry points that nothing points at stand at the edge of the
// picture (rank=source); a published database that the app connects to stays beside the app.
QSet<QString> portMapEdgeTargets(const PortMap &map);

// What a connection's target name stands for in the connection's environment. Shared by the
// port map and the port-binding rules so that both judge a connection the same way.
struct ConnectionTarget
{
    QList<const Workload *> workloads;  // the workload of that name, or the ones its Service selects
    QList<const ServiceDef *> services; // the Service of that name
    const PlatformAddon *addon = nullptr;
    bool isEmpty() const { return workloads.isEmpty() && services.isEmpty() && !addon; }
};
ConnectionTarget resolveConnectionTarget(const DeploymentModel &model, const Connection &connection);
// The ports a connection may reach the target on (Service ports, else container ports); empty
// when the target declares none.
QList<int> servedPorts(const ConnectionTarget &target);
// True when the connection names a port its target does not serve: a port that the Service it
// names does not have, or a Compose service's published host port that is not its container port.
// Compose services reach each other on any port, so undeclared ports are not judged.
bool connectionMissesPort(const DeploymentModel &model, const Connection &connection);

} // namespace tfi
