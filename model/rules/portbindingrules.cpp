#include "../portmap.h"
#include "factorrules.h"
#include "workloadtraits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <optional>

// VII. Port binding: export services via port binding. The app is self-contained and serves
// by binding a port it is told about; the platform routes to that port.

namespace tfi {

namespace {

constexpr int Factor = 7;

enum RuleIndex
{
    PlatformPortIgnored,
    ServiceTargetPort,
    ProbePort,
    ExposeMismatch,
    HostPort,
    HostNetwork,
    AppServer,
    PublishedPortConflict,
    ServiceSelectsNothing,
    UndefinedPortName,
    PortVariableUnused,
    ConnectionPort
};

const RuleInfo &rule(RuleIndex index)
{
    return portBindingRules().at(index);
}

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

bool refersToPortVariable(const QString &text)
{
    static const QRegularExpression portVariable(QStringLiteral(R"(\$\{?PORT\b|%PORT%)"));
    return portVariable.match(text).hasMatch();
}

// A port number the command line binds literally: `--port 8000`, `-p 3000`, `-b 0.0.0.0:8000`,
// `runserver 0.0.0.0:8000`, `--server.port=8080`.
std::optional<int> literalBoundPort(const QString &command)
{
    static const QRegularExpression flagged(QStringLiteral(
        R"((?:^|\s)(?:--port|--http-port|--listen-port|--server\.port|-Dserver\.port|-p)(?:=|\s+)(\d{2,5})(?=\s|$|;|&|["']))"));
    static const QRegularExpression hostPort(QStringLiteral(
        R"((?:^|[\s="'])(?:0\.0\.0\.0|127\.0\.0\.1|localhost|\[::\]|\*)?:(\d{2,5})(?=\s|$|;|&|["']))"));
    for (const QRegularExpression *pattern : {&flagged, &hostPort}) {
        const QRegularExpressionMatch match = pattern->match(command);
        if (match.hasMatch()) {
            const int port = match.captured(1).toInt();
            if (port > 0 && port <= 65535)
                return port;
        }
    }
    return std::nullopt;
}

// Servers that listen on a fixed default port when the command names none.
QString fixedDefaultServer(const QString &command)
{
    static const QRegularExpression server(QStringLiteral(
        R"((?:^|[\s;&/])(uvicorn|hypercorn|daphne|flask\s+run|manage\.py\s+runserver)(?=\s|$))"));
    const QRegularExpressionMatch match = server.match(command);
    return match.hasMatch() ? match.captured(1).section(u' ', -1) : QString();
}

// Programs whose listening port is decided in the app's code.
bool runsAppCode(const QString &command)
{
    static const QRegularExpression launcher(QStringLiteral(
        R"(^(?:exec\s+)?(?:node|nodemon|npm|yarn|pnpm|bun|deno|python3?|java|go|\.?/?bin/[\w.-]+|\./[\w.-]+)(?:\s|$))"));
    return launcher.match(command.trimmed()).hasMatch();
}

struct SourceEvidence
{
    Location readsPort;   // where the code reads PORT from the environment
    Location fixedListen; // where the code listens on a literal port
    int fixedPort = 0;
};

SourceEvidence scanSources(RuleContext &context)
{
    SourceEvidence evidence;
    const RepoSnapshot *snapshot = context.snapshot();
    if (!snapshot)
        return evidence;
    static const QRegularExpression readsPort(QStringLiteral(
        R"(process\.env\.PORT\b|process\.env\[\s*['"]PORT['"]\s*\]|environ(?:\.get)?\s*[(\[]\s*['"]PORT['"]|)"
        R"(getenv\(\s*['"]PORT['"]|ENV(?:\.fetch)?\s*[(\[]\s*['"]PORT['"]|Getenv\(\s*"PORT"|getenv\(\s*"PORT"|)"
        R"(Deno\.env\.get\(\s*['"]PORT['"]|env\(\s*['"]PORT['"]|\$\{PORT\b|\$PORT\b)"));
    static const QRegularExpression listens(
        QStringLiteral(R"re(\.listen\(\s*(\d{2,5})\s*[,)]|\.run\([^)]*\bport\s*=\s*(\d{2,5})\b|)re"
                       R"re(Listen(?:AndServe(?:TLS)?)?\(\s*"[^"]*:(\d{2,5})"|\.Run\(\s*":(\d{2,5})"|)re"
                       R"re(^server\.port\s*[=:]\s*(\d{2,5})\s*$)re"));
    int scanned = 0;
    for (const SourceFile &file : snapshot->files()) {
        const bool properties = file.isText() && file.path.endsWith(u"application.properties");
        const bool manifest = file.isText() && file.fileName() == u"package.json";
        if (!properties && !manifest && !traits::isApplicationSource(file))
            continue;
        if (++scanned > 5000)
            break;
        const QStringList &lines = context.lines(file.path);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.size() > 2000)
                continue;
            if (!evidence.readsPort.isValid() && readsPort.match(line).hasMatch())
                evidence.readsPort = {file.path, int(i) + 1, 0};
            if (!evidence.fixedListen.isValid() && !manifest) {
                const QRegularExpressionMatch match = listens.match(line.trimmed());
                if (match.hasMatch()) {
                    for (int group = 1; group <= match.lastCapturedIndex(); ++group) {
                        if (!match.captured(group).isEmpty()) {
                            evidence.fixedPort = match.captured(group).toInt();
                            evidence.fixedListen = {file.path, int(i) + 1,
                                                    int(line.indexOf(line.trimmed())) + 1};
                            break;
                        }
                    }
                }
            }
        }
        if (evidence.readsPort.isValid())
            break; // the code takes its port from the environment
    }
    return evidence;
}

QString envValue(const Container &container, const QString &name)
{
    for (const EnvVar &var : container.env) {
        if (var.name == name && var.kind == ValueKind::Literal)
            return var.value.trimmed();
    }
    return {};
}

QString portList(const QList<int> &ports)
{
    QStringList texts;
    for (const int port : ports)
        texts.append(QString::number(port));
    return texts.join(QStringLiteral(", "));
}

class PortBindingCheck
{
public:
    explicit PortBindingCheck(RuleContext &context) : m_context(context), m_model(context.model()) {}

    void run()
    {
        checkPlatformPorts();
        checkServiceTargetPorts();
        checkProbePorts();
        checkExposeAgreement();
        checkHostBindings();
        checkAppServers();
        checkPublishedPortConflicts();
        checkServiceSelectors();
        checkIngressPortNames();
        checkPortVariables();
        checkConnectionPorts();
        if (!m_applicable)
            m_context.setNotApplicableReason(
                Factor,
                QCoreApplication::translate("tfi::Rules", "no process in this repository serves a port"));
    }

private:
    void applicable()
    {
        m_applicable = true;
        m_context.markApplicable(Factor);
    }
    // Workloads repeat per environment; say each good thing once.
    void credit(int factor, const QString &text, const Location &location)
    {
        const QString key = text + u'|' + location.path + u'|' + QString::number(location.line);
        if (m_credited.contains(key))
            return;
        m_credited.insert(key);
        m_context.credit(factor, text, location);
    }
    void checkPlatformPorts();
    void checkHerokuStyleWeb(const Workload &workload, const Container &container, bool render);
    void checkFlyProcess(const Workload &workload, const Container &container);
    void checkServiceTargetPorts();
    void checkProbePorts();
    void checkExposeAgreement();
    void checkHostBindings();
    void checkAppServers();
    void checkPublishedPortConflicts();
    void checkServiceSelectors();
    void checkIngressPortNames();
    void checkPortVariables();
    void checkConnectionPorts();
    const DockerfileInfo *dockerfile(const QString &path) const;
    const SourceEvidence &sources()
    {
        if (!m_sources)
            m_sources = scanSources(m_context);
        return *m_sources;
    }

    RuleContext &m_context;
    const DeploymentModel &m_model;
    std::optional<SourceEvidence> m_sources;
    bool m_applicable = false;
    QSet<QString> m_credited;
};

const DockerfileInfo *PortBindingCheck::dockerfile(const QString &path) const
{
    if (path.isEmpty())
        return nullptr;
    for (const DockerfileInfo &info : m_model.dockerfiles) {
        if (info.path == path)
            return &info;
    }
    return nullptr;
}

void PortBindingCheck::checkPlatformPorts()
{
    for (const Workload &workload : m_model.workloads) {
        if (workload.containers.isEmpty())
            continue;
        const Container &container = workload.containers.first();
        if (workload.kind == WorkloadKind::Procfile && workload.processType == u"web")
            checkHerokuStyleWeb(workload, container, false);
        else if (workload.kind == WorkloadKind::RenderService && workload.processType == u"web")
            checkHerokuStyleWeb(workload, container, true);
        else if (workload.kind == WorkloadKind::FlyProcess && !container.ports.isEmpty())
            checkFlyProcess(workload, container);
    }
}

// Heroku (and Dokku, foreman) and Render give a web process its port in $PORT.
void PortBindingCheck::checkHerokuStyleWeb(const Workload &workload, const Container &container, bool render)
{
    applicable();
    const QString command = (container.command + container.args).join(u' ');
    const Location location =
        container.commandLocation.isValid() ? container.commandLocation : workload.location;
    const FindingScope scope{workload.name, workload.environment, workload.format};
    if (command.trimmed().isEmpty())
        return; // a Render Docker service runs its image's CMD
    if (refersToPortVariable(command)) {
        credit(Factor,
               QCoreApplication::translate("tfi::Rules", "%1 binds the port the platform gives it in $PORT")
                   .arg(workload.name),
               location);
        return;
    }
    const QString platform = render ? QStringLiteral("Render") : QStringLiteral("Heroku");
    if (const std::optional<int> port = literalBoundPort(command)) {
        // A PORT config var with the same number keeps the port in config.
        if (envValue(container, QStringLiteral("PORT")) == QString::number(*port))
            return;
        Finding &finding =
            m_context.report(rule(PlatformPortIgnored), location,
                             QCoreApplication::translate(
                                 "tfi::Rules", "the %1 process listens on port %2 written into its command "
                                               "instead of the port %3 gives it in $PORT")
                                 .arg(workload.name)
                                 .arg(*port)
                                 .arg(platform),
                             scope, QString::number(*port));
        // Render also detects the port a service opens, so this works there; it is still config in code.
        if (render)
            finding.severity = Severity::Info;
        return;
    }
    const QString server = fixedDefaultServer(command);
    if (!server.isEmpty()) {
        if (!envValue(container, QStringLiteral("UVICORN_PORT")).isEmpty())
            return;
        Finding &finding =
            m_context.report(rule(PlatformPortIgnored), location,
                             QCoreApplication::translate(
                                 "tfi::Rules", "the %1 process starts %2 without a port, so it listens "
                                               "on the server's default port instead of the "
                                               "port %3 gives it in $PORT")
                                 .arg(workload.name, server, platform),
                             scope, server);
        if (render)
            finding.severity = Severity::Info;
        return;
    }
    if (!runsAppCode(command))
        return;
    const SourceEvidence &evidence = sources();
    if (evidence.readsPort.isValid()) {
        credit(Factor,
               QCoreApplication::translate("tfi::Rules", "the code of %1 reads its port from $PORT")
                   .arg(workload.name),
               evidence.readsPort);
    } else if (evidence.fixedListen.isValid()) {
        Finding &finding =
            m_context.report(rule(PlatformPortIgnored), evidence.fixedListen,
                             QCoreApplication::translate(
                                 "tfi::Rules", "the %1 process runs code that listens on the fixed port "
                                               "%2 and never reads the port %3 gives it in "
                                               "$PORT")
                                 .arg(workload.name)
                                 .arg(evidence.fixedPort)
                                 .arg(platform),
                             scope, QString::number(evidence.fixedPort));
        if (render)
            finding.severity = Severity::Info;
    }
}

// Fly routes to internal_port; the process must listen there.
void PortBindingCheck::checkFlyProcess(const Workload &workload, const Container &container)
{
    applicable();
    QList<int> internalPorts;
    for (const PortSpec &port : container.ports) {
        if (!internalPorts.contains(port.containerPort))
            internalPorts.append(port.containerPort);
    }
    QString command = (container.command + container.args).join(u' ');
    Location location =
        container.commandLocation.isValid() ? container.commandLocation : container.argsLocation;
    if (command.trimmed().isEmpty()) {
        if (const DockerfileInfo *info = dockerfile(workload.dockerfilePath)) {
            command = (info->entrypoint + info->cmd).join(u' ');
            location = info->cmd.isEmpty() ? info->entrypointLocation : info->cmdLocation;
        }
    }
    const FindingScope scope{workload.name, workload.environment, workload.format};
    std::optional<int> bound;
    if (refersToPortVariable(command)) {
        const QString value = envValue(container, QStringLiteral("PORT"));
        if (value.isEmpty())
            return;
        bound = value.toInt();
        for (const EnvVar &var : container.env) {
            if (var.name == u"PORT")
                location = var.location;
        }
    } else {
        bound = literalBoundPort(command);
    }
    if (!bound || !location.isValid())
        return;
    if (internalPorts.contains(*bound)) {
        credit(Factor,
               QCoreApplication::translate("tfi::Rules",
                                           "%1 listens on %2, the internal_port fly.toml routes to")
                   .arg(workload.name)
                   .arg(*bound),
               location);
        return;
    }
    m_context.report(
        rule(PlatformPortIgnored), location,
        QCoreApplication::translate(
            "tfi::Rules",
            "the fly process %1 listens on port %2, but fly.toml routes its traffic to internal_port %3")
            .arg(workload.name)
            .arg(*bound)
            .arg(portList(internalPorts)),
        scope, QString::number(*bound));
}

void PortBindingCheck::checkServiceTargetPorts()
{
    for (const ServiceDef &service : m_model.services) {
        if (service.selector.isEmpty() || service.type == u"ExternalName")
            continue;
        applicable();
        QStringList workloads;
        QList<int> numbers;
        QSet<QString> names;
        for (const Workload &workload : m_model.workloads) {
            if (!traits::serviceSelects(service, workload))
                continue;
            workloads.append(workload.name);
            for (const Container &container : workload.containers) {
                if (container.init)
                    continue;
                for (const PortSpec &port : container.ports) {
                    if (!numbers.contains(port.containerPort))
                        numbers.append(port.containerPort);
                    if (!port.name.isEmpty())
                        names.insert(port.name);
                }
            }
        }
        if (workloads.isEmpty())
            continue; // a Service without pods here is another check's concern
        const FindingScope scope{service.name, service.environment, SourceFormat::Kubernetes};
        const QString selected = workloads.join(QStringLiteral(", "));
        bool allDeclared = !service.ports.isEmpty();
        for (const ServicePort &port : service.ports) {
            if (!port.targetPortName.isEmpty()) {
                if (names.contains(port.targetPortName))
                    continue;
                allDeclared = false;
                Finding &finding = m_context.report(
                    rule(ServiceTargetPort), port.location,
                    QCoreApplication::translate("tfi::Rules", "the Service %1 sends port %2 to the container "
                                                              "port named %3, which no container of %4 "
                                                              "defines; the Service has no endpoints for it")
                        .arg(service.name)
                        .arg(port.port)
                        .arg(port.targetPortName, selected),
                    scope, port.targetPortName);
                finding.severity = Severity::Error;
                continue;
            }
            if (numbers.isEmpty()) {
                allDeclared = false;
                continue; // undeclared container ports still work; nothing to compare with
            }
            if (numbers.contains(port.targetPort))
                continue;
            allDeclared = false;
            m_context.report(rule(ServiceTargetPort), port.location,
                             QCoreApplication::translate(
                                 "tfi::Rules",
                                 "the Service %1 sends port %2 to container port %3, but %4 declares only %5")
                                 .arg(service.name)
                                 .arg(port.port)
                                 .arg(port.targetPort)
                                 .arg(selected, portList(numbers)),
                             scope, QString::number(port.targetPort));
        }
        if (allDeclared)
            credit(
                Factor,
                QCoreApplication::translate("tfi::Rules", "the Service %1 routes to ports that %2 declares")
                    .arg(service.name, selected),
                service.location);
    }
}

void PortBindingCheck::checkProbePorts()
{
    for (const Workload &workload : m_model.workloads) {
        if (!traits::isKubernetesWorkload(workload))
            continue;
        for (const Container &container : workload.containers) {
            if (container.init)
                continue;
            QList<int> numbers;
            QSet<QString> names;
            for (const PortSpec &port : container.ports) {
                numbers.append(port.containerPort);
                if (!port.name.isEmpty())
                    names.insert(port.name);
            }
            for (const Probe &probe : container.probes) {
                if (probe.action != Probe::Action::Http && probe.action != Probe::Action::Tcp &&
                    probe.action != Probe::Action::Grpc)
                    continue;
                const QString kind = probe.kind == Probe::Kind::Liveness  ? QStringLiteral("livenessProbe")
                                     : probe.kind == Probe::Kind::Startup ? QStringLiteral("startupProbe")
                                                                          : QStringLiteral("readinessProbe");
                const FindingScope scope{workload.name, workload.environment, workload.format};
                if (!probe.portName.isEmpty()) {
                    applicable();
                    if (names.contains(probe.portName))
                        continue;
                    Finding &finding =
                        m_context.report(rule(ProbePort), probe.location,
                                         QCoreApplication::translate(
                                             "tfi::Rules", "the %1 of container %2 in %3 checks the port "
                                                           "named %4, which the container does not "
                                                           "define; the probe always fails")
                                             .arg(kind, container.name, workload.name, probe.portName),
                                         scope, kind + u':' + probe.portName);
                    finding.severity = Severity::Error;
                } else if (probe.port > 0 && !numbers.isEmpty()) {
                    applicable();
                    if (numbers.contains(probe.port))
                        continue;
                    m_context.report(
                        rule(ProbePort), probe.location,
                        QCoreApplication::translate(
                            "tfi::Rules",
                            "the %1 of container %2 in %3 checks port %4, which the container does "
                            "not declare (it declares %5)")
                            .arg(kind, container.name, workload.name)
                            .arg(probe.port)
                            .arg(portList(numbers)),
                        scope, kind + u':' + QString::number(probe.port));
                }
            }
        }
    }
}

void PortBindingCheck::checkExposeAgreement()
{
    for (const Workload &workload : m_model.workloads) {
        const bool compose = workload.format == SourceFormat::Compose && !workload.buildContext.isEmpty();
        const bool fly = workload.kind == WorkloadKind::FlyProcess;
        if ((!compose && !fly) || workload.containers.isEmpty())
            continue;
        const DockerfileInfo *info = dockerfile(workload.dockerfilePath);
        if (!info || info->expose.isEmpty() || info->stages.isEmpty())
            continue;
        // EXPOSE is read from the final stage; a build target may stop earlier.
        if (!workload.buildTarget.isEmpty() && workload.buildTarget != info->stages.last().name)
            continue;
        const Container &container = workload.containers.first();
        if (container.ports.isEmpty())
            continue;
        applicable();
        QList<int> exposed;
        for (const PortSpec &port : info->expose)
            exposed.append(port.containerPort);
        QList<int> used;
        for (const PortSpec &port : container.ports) {
            if (!used.contains(port.containerPort))
                used.append(port.containerPort);
        }
        bool agree = false;
        for (const int port : used)
            agree = agree || exposed.contains(port);
        if (agree)
            continue;
        m_context.report(rule(ExposeMismatch), container.ports.first().location,
                         QCoreApplication::translate(
                             "tfi::Rules", "%1 sends traffic to container port %2, but %3 EXPOSEs only %4")
                             .arg(workload.name, portList(used), info->path, portList(exposed)),
                         {workload.name, workload.environment, workload.format}, portList(used));
    }
}

void PortBindingCheck::checkHostBindings()
{
    for (const Workload &workload : m_model.workloads) {
        // Node agents (DaemonSets) bind the host by design; development setups are not deployed.
        if (!traits::isKubernetesWorkload(workload) || workload.kind == WorkloadKind::DaemonSet ||
            traits::isDevWorkload(workload))
            continue;
        const FindingScope scope{workload.name, workload.environment, workload.format};
        if (workload.hostNetwork) {
            applicable();
            m_context.report(
                rule(HostNetwork), workload.hostNetworkLocation,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "%1 runs in the node's network namespace (hostNetwork: true) instead of binding "
                    "its own port behind a Service")
                    .arg(workload.name),
                scope, QStringLiteral("hostNetwork"));
        }
        for (const Container &container : workload.containers) {
            for (const PortSpec &port : container.ports) {
                if (!port.isHostPort)
                    continue;
                applicable();
                m_context.report(
                    rule(HostPort), port.location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "container %1 of %2 takes port %3 of its node (hostPort) for container port %4")
                        .arg(container.name, workload.name)
                        .arg(port.publishedPort)
                        .arg(port.containerPort),
                    scope, container.name + u':' + QString::number(port.publishedPort));
            }
        }
    }
}

void PortBindingCheck::checkAppServers()
{
    static const QRegularExpression appServer(QStringLiteral(
        R"(^(tomcat|tomee|jboss|jboss-eap[\w.-]*|wildfly|jetty|payara(-server[\w-]*)?|glassfish|open-liberty|)"
        R"(websphere-liberty|weblogic)$)"));
    for (const DockerfileInfo &info : m_model.dockerfiles) {
        if (info.stages.isEmpty())
            continue;
        const int finalStage = int(info.stages.size()) - 1;
        int stage = finalStage;
        for (int hops = 0; hops < 64 && info.stages.at(stage).baseStage >= 0 &&
                           info.stages.at(stage).baseStage < info.stages.size();
             ++hops)
            stage = info.stages.at(stage).baseStage;
        const QString server = traits::imageBaseName(info.stages.at(stage).baseImage);
        if (!appServer.match(server).hasMatch())
            continue;
        applicable();
        for (const DockerInstruction &instruction : info.instructions) {
            if (instruction.stage != finalStage ||
                (instruction.keyword != u"COPY" && instruction.keyword != u"ADD"))
                continue;
            const QStringList words = instruction.execForm
                                          ? instruction.execArgs
                                          : instruction.arguments.split(u' ', Qt::SkipEmptyParts);
            QStringList operands;
            for (const QString &word : words) {
                if (!word.startsWith(u"--"))
                    operands.append(word);
            }
            if (operands.size() < 2)
                continue;
            const QString destination = operands.last();
            const QStringList sources = operands.mid(0, operands.size() - 1);
            QString war;
            for (const QString &source : sources) {
                if (source.endsWith(u".war", Qt::CaseInsensitive) ||
                    source.endsWith(u".ear", Qt::CaseInsensitive))
                    war = source.section(u'/', -1);
            }
            const bool deployDirectory =
                destination.contains(u"webapps") || destination.contains(u"deployments") ||
                destination.contains(u"dropins") || destination.contains(u"autodeploy");
            if (war.isEmpty() && !(deployDirectory && destination.endsWith(u".war")))
                continue;
            if (war.isEmpty())
                war = destination.section(u'/', -1);
            m_context.report(
                rule(AppServer), instruction.location,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "%1 deploys %2 into the %3 app server instead of running a self-contained process "
                    "that binds its own port")
                    .arg(info.path, war, server),
                {{}, {}, SourceFormat::Dockerfile}, war);
        }
    }
}

void PortBindingCheck::checkPublishedPortConflicts()
{
    struct Published
    {
        const Workload *workload;
        const PortSpec *port;
    };
    QMap<QString, QList<Published>> byProject;
    for (const Workload &workload : m_model.workloads) {
        if (workload.format != SourceFormat::Compose)
            continue;
        for (const Container &container : workload.containers) {
            for (const PortSpec &port : container.ports) {
                if (port.exposeOnly || port.publishedPort <= 0)
                    continue;
                applicable();
                byProject[directoryOf(workload.location.path) + u'|' + workload.environment].append(
                    {&workload, &port});
            }
        }
    }
    const auto wildcard = [](const QString &ip) {
        return ip.isEmpty() || ip == u"0.0.0.0" || ip == u"::" || ip == u"[::]";
    };
    const auto profilesMeet = [](const Workload &a, const Workload &b) {
        if (a.profiles.isEmpty() || b.profiles.isEmpty())
            return true;
        for (const QString &profile : a.profiles) {
            if (b.profiles.contains(profile))
                return true;
        }
        return false;
    };
    for (const QList<Published> &published : std::as_const(byProject)) {
        QSet<QString> reported;
        for (qsizetype i = 0; i < published.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j) {
                const Published &later = published.at(i);
                const Published &earlier = published.at(j);
                if (later.workload->name == earlier.workload->name ||
                    later.port->publishedPort != earlier.port->publishedPort ||
                    later.port->protocol.toUpper() != earlier.port->protocol.toUpper())
                    continue;
                const QString &ipA = later.port->hostIp;
                const QString &ipB = earlier.port->hostIp;
                if (!(wildcard(ipA) || wildcard(ipB) || ipA == ipB) ||
                    !profilesMeet(*later.workload, *earlier.workload))
                    continue;
                const QString subject = QString::number(later.port->publishedPort) + u'/' +
                                        later.port->protocol.toLower() + u'|' + earlier.workload->name;
                if (reported.contains(later.workload->name + u'|' + subject))
                    continue;
                reported.insert(later.workload->name + u'|' + subject);
                m_context.report(
                    rule(PublishedPortConflict), later.port->location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 and %2 both publish host port %3/%4; the second to start fails to bind it")
                        .arg(earlier.workload->name, later.workload->name)
                        .arg(later.port->publishedPort)
                        .arg(later.port->protocol.toLower()),
                    {later.workload->name, later.workload->environment, SourceFormat::Compose}, subject);
            }
        }
    }
    for (const Workload &workload : m_model.workloads) {
        if (!workload.containers.isEmpty() && !workload.containers.first().ports.isEmpty())
            applicable();
    }
}

} // namespace

void PortBindingCheck::checkServiceSelectors()
{
    for (const ServiceDef &service : m_model.services) {
        if (service.selector.isEmpty() || service.type == u"ExternalName")
            continue;
        QStringList labels;
        bool templated = false;
        for (auto it = service.selector.cbegin(); it != service.selector.cend(); ++it) {
            templated = templated || it.value().contains(u"{{") || it.value().contains(u'$');
            labels.append(it.key() + u'=' + it.value());
        }
        if (templated)
            continue;
        // Only where this repository deploys workloads beside the Service: else they come from elsewhere.
        bool workloadsHere = false;
        bool selects = false;
        for (const Workload &workload : m_model.workloads) {
            if (!traits::isKubernetesWorkload(workload) ||
                !traits::sameScope(service.namespaceName, service.environment, workload.namespaceName,
                                   workload.environment))
                continue;
            workloadsHere = true;
            selects = selects || traits::serviceSelects(service, workload);
        }
        if (!workloadsHere || selects)
            continue;
        applicable();
        const Location location = traits::findKeyLocation(m_context.lines(service.location.path),
                                                          service.location, QStringLiteral("selector"));
        m_context.report(rule(ServiceSelectsNothing), location,
                         QCoreApplication::translate(
                             "tfi::Rules", "the Service %1 selects pods labelled %2, but no workload "
                                           "in this repository has those labels; it has no endpoints")
                             .arg(service.name, labels.join(QStringLiteral(", "))),
                         {service.name, service.environment, SourceFormat::Kubernetes}, service.name);
    }
}

void PortBindingCheck::checkIngressPortNames()
{
    for (const IngressDef &ingress : m_model.ingresses) {
        for (const IngressBackend &backend : ingress.backends) {
            if (backend.servicePortName.isEmpty() || backend.serviceName.isEmpty())
                continue;
            QStringList names;
            bool found = false;
            for (const ServiceDef &service : m_model.services) {
                if (service.name != backend.serviceName ||
                    !traits::sameScope(service.namespaceName, service.environment, ingress.namespaceName,
                                       ingress.environment))
                    continue;
                found = true;
                for (const ServicePort &port : service.ports) {
                    if (!port.name.isEmpty() && !names.contains(port.name))
                        names.append(port.name);
                }
            }
            if (!found)
                continue; // a Service that does not exist is a dangling reference (factor IV)
            applicable();
            if (names.contains(backend.servicePortName))
                continue;
            Finding &finding = m_context.report(
                rule(UndefinedPortName), backend.location,
                QCoreApplication::translate("tfi::Rules",
                                            "the Ingress %1 routes to the port named %2 of the Service %3, "
                                            "which defines no port of that name (named ports: %4)")
                    .arg(ingress.name, backend.servicePortName, backend.serviceName,
                         names.isEmpty() ? QCoreApplication::translate("tfi::Rules", "none")
                                         : names.join(QStringLiteral(", "))),
                {ingress.name, ingress.environment, SourceFormat::Kubernetes},
                backend.serviceName + u':' + backend.servicePortName);
            finding.severity = Severity::Error;
        }
    }
}

// PORT in the environment says where the process listens; a command that binds a literal port
// leaves the variable dead, and whoever trusts it routes to nothing.
void PortBindingCheck::checkPortVariables()
{
    for (const Workload &workload : m_model.workloads) {
        // Heroku- and Render-style web processes and fly processes have their own check above.
        if (((workload.kind == WorkloadKind::Procfile || workload.kind == WorkloadKind::RenderService) &&
             workload.processType == u"web") ||
            workload.kind == WorkloadKind::FlyProcess)
            continue;
        for (const Container &container : workload.containers) {
            if (container.init)
                continue;
            const EnvVar *portVariable = nullptr;
            for (const EnvVar &var : container.env) {
                if (var.name == u"PORT" && var.kind == ValueKind::Literal)
                    portVariable = &var;
            }
            if (!portVariable)
                continue;
            bool numeric = false;
            const int value = portVariable->value.trimmed().toInt(&numeric);
            if (!numeric || value <= 0)
                continue;
            QString command = (container.command + container.args).join(u' ');
            if (command.trimmed().isEmpty()) {
                if (const DockerfileInfo *info = dockerfile(workload.dockerfilePath))
                    command = (info->entrypoint + info->cmd).join(u' ');
            }
            if (command.trimmed().isEmpty() || refersToPortVariable(command))
                continue;
            const std::optional<int> bound = literalBoundPort(command);
            if (!bound || *bound == value)
                continue;
            applicable();
            m_context.report(rule(PortVariableUnused), portVariable->location,
                             QCoreApplication::translate(
                                 "tfi::Rules", "%1 sets PORT to %2, but its command listens on port "
                                               "%3 written into it, so the variable is never used")
                                 .arg(workload.name)
                                 .arg(value)
                                 .arg(*bound),
                             {workload.name, workload.environment, workload.format},
                             container.name + u":PORT");
        }
    }
}

void PortBindingCheck::checkConnectionPorts()
{
    QHash<QString, const Workload *> workloads;
    for (const Workload &workload : m_model.workloads)
        workloads.insert(workload.name + u'|' + workload.environment, &workload);
    for (const Connection &connection : m_model.connections) {
        if (!connectionMissesPort(m_model, connection))
            continue;
        applicable();
        const ConnectionTarget target = resolveConnectionTarget(m_model, connection);
        const QList<int> served = servedPorts(target);
        const Workload *from = workloads.value(connection.from + u'|' + connection.environment);
        const FindingScope scope{connection.from, connection.environment,
                                 from ? std::optional<SourceFormat>(from->format)
                                      : std::optional<SourceFormat>(SourceFormat::Kubernetes)};
        QString message;
        if (connection.via == u"ingress")
            message =
                QCoreApplication::translate(
                    "tfi::Rules", "the Ingress %1 sends traffic to port %2 of the Service %3, which serves "
                                  "only %4")
                    .arg(connection.from)
                    .arg(connection.port)
                    .arg(connection.to, portList(served));
        else if (target.services.isEmpty())
            message =
                QCoreApplication::translate(
                    "tfi::Rules", "%1 reaches %2 on port %3 through %4, but that is the host port %2 is "
                                  "published on; other services reach it on its container port %5")
                    .arg(connection.from, connection.to)
                    .arg(connection.port)
                    .arg(connection.via, portList(served));
        else
            message =
                QCoreApplication::translate(
                    "tfi::Rules", "%1 reaches %2 on port %3 through %4, but the Service %2 serves only %5")
                    .arg(connection.from, connection.to)
                    .arg(connection.port)
                    .arg(connection.via, portList(served));
        m_context.report(rule(ConnectionPort), connection.location, message, scope,
                         connection.to + u'|' + connection.via + u'|' + QString::number(connection.port));
    }
}

const QList<RuleInfo> &portBindingRules()
{
    static const QList<RuleInfo> rules = {
        {"port-binding.platform-port-ignored",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A web process ignores the port the platform assigns"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "A twelve-factor app exports its service by binding to a port it is told about, and "
             "the platform routes requests to that port. Heroku and Render hand the port to the web "
             "process in $PORT, fly.toml names it as internal_port; a process that listens "
             "elsewhere is never reached and the release fails its boot check."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Bind the web process to the port from the environment ($PORT) or to the port the "
                           "platform manifest routes to."),
         {{SourceFormat::Procfile,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Write the port as the variable: `web: gunicorn app:app --bind 0.0.0.0:$PORT` or "
               "`web: uvicorn app:app --host 0.0.0.0 --port $PORT`.")},
          {SourceFormat::RenderYaml,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Use `startCommand: gunicorn app:app --bind 0.0.0.0:$PORT`, or set the PORT env var "
               "to the port the command binds.")},
          {SourceFormat::FlyToml,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Make `internal_port` in [http_service] the port the process listens on, or have "
               "the process read it from an [env] PORT that matches.")}},
         {}},
        {"port-binding.service-target-port",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A Service targets a port its pods do not declare"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Port binding works when the port the process listens on, the port the container "
             "declares and the port the router sends to are the same. A Service whose targetPort "
             "names no port of its pods routes requests nowhere: a named targetPort that no "
             "container defines gives the Service no endpoints at all."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Point targetPort at a containerPort the selected pods declare, preferably by its name."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Name the container port (`ports: [{name: http, containerPort: 8080}]`) and use "
                             "`targetPort: http` in the Service.")}},
         {}},
        {"port-binding.probe-port",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A probe checks a port the container does not declare"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "The ports a process binds are part of its contract with the platform. A probe aimed "
             "at a port the container does not declare is usually a typo or a stale number: a "
             "probe on a port name the container does not define always fails, and the platform "
             "keeps restarting or withholding a healthy process."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Aim probes at a port the container declares, by name where it has one."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Use `httpGet: {path: /healthz, port: http}` with `http` defined in the container's "
               "ports, or declare the probe's port in `ports`.")}},
         {"kube-linter:liveness-port", "kube-linter:readiness-port", "kube-linter:startup-port"}},
        {"port-binding.expose-mismatch",
         Factor,
         Severity::Info,
         QT_TRANSLATE_NOOP("tfi::Rules", "The Dockerfile EXPOSEs other ports than the manifest uses"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "The port an app binds should be stated once and agree everywhere it is written down. "
             "When the image says it listens on one port and the manifest routes to another, one "
             "of them is stale, and the next reader or platform that trusts the wrong one sends "
             "traffic nowhere."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Make EXPOSE name the port the process binds and route to that port, or drop the stale "
             "declaration."),
         {{SourceFormat::Compose,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Publish the exposed port, e.g. `ports: [\"8080:8080\"]` for `EXPOSE 8080`, or fix "
               "EXPOSE.")},
          {SourceFormat::FlyToml,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Set `internal_port` to the port the Dockerfile EXPOSEs, or fix EXPOSE.")}},
         {}},
        {"port-binding.host-port",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A container takes a port of its node"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "A twelve-factor process binds its own port and lets the routing layer expose it. A "
             "hostPort ties each replica to a port of the node it lands on: two replicas cannot "
             "share a node, scaling out stalls when ports run out, and the node's address becomes "
             "part of the app's contract."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Remove hostPort and expose the container port through a Service or Ingress."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Delete `hostPort` from the container port and add a Service with `targetPort` set "
               "to the container port.")}},
         {"polaris:hostPortSet"}},
        {"port-binding.host-network",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A workload shares the node's network"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "With hostNetwork a process binds ports directly on the node instead of on its own "
             "address. Its port is no longer its own: replicas collide on one node, it can reach "
             "every service on the node's loopback, and the platform cannot route to it like any "
             "other process."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Remove hostNetwork and expose the process's port through a Service; keep host "
                           "networking for node agents (DaemonSets) that need it."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Delete `hostNetwork: true` from the pod spec and add a Service.")}},
         {"polaris:hostNetworkSet", "kube-linter:host-network"}},
        {"port-binding.app-server",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "The app is deployed into an app server"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "A twelve-factor app is self-contained: it brings its web server as a library and binds "
             "a port itself. Dropping a WAR into Tomcat, JBoss or Jetty makes the server, its "
             "configuration and its port part of the environment instead of the app."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Package the app with an embedded server (Spring Boot, Quarkus, Micronaut, embedded "
             "Jetty or Tomcat) and run it as one process that binds its port."),
         {{SourceFormat::Dockerfile,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Build an executable JAR and run it on a JRE base image: `FROM "
                             "eclipse-temurin:21-jre`, `COPY app.jar /app.jar`, `CMD [\"java\", \"-jar\", "
                             "\"/app.jar\"]`.")}},
         {}},
        {"port-binding.published-port-conflict",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "Two services publish the same host port"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Each process binds a port of its own, and each published port belongs to one "
             "process. When two services of one Compose project publish the same host port, only "
             "the first to start gets it and the other fails."),
         QT_TRANSLATE_NOOP("tfi::Rules", "Publish each service on a host port of its own."),
         {{SourceFormat::Compose,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Change one mapping, e.g. `\"8081:8080\"`, or drop `ports:` from services that "
                             "only other services reach.")}},
         {}},
        {"port-binding.service-selects-nothing",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A Service selects no workload"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "A Service is how a process's bound port is exported to the others. A Service whose "
             "selector matches no pod has no endpoints: everything that connects to it fails, "
             "usually because a label was renamed on one side only."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Make the Service's selector match the pod template labels of the workload it "
                           "fronts, or remove the stale Service."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Copy the labels from `spec.template.metadata.labels` of the Deployment into the "
               "Service's `spec.selector`.")}},
         {}},
        {"port-binding.undefined-port-name",
         Factor,
         Severity::Error,
         QT_TRANSLATE_NOOP("tfi::Rules", "A named port is never defined"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Naming ports keeps the chain from router to process in one place, but only when "
             "the name exists. An Ingress that routes to a port name its Service does not define "
             "has no backend, and every request gets an error."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Use a port name the Service defines, or give the Service's port that name."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Name the Service port (`ports: [{name: http, port: 80, targetPort: http}]`) and "
               "refer to it as `service: {name: web, port: {name: http}}`.")}},
         {}},
        {"port-binding.port-variable-unused",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "PORT is set but the process does not use it"),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "A twelve-factor process takes the port to bind from its config. When PORT is set "
                           "but the command binds a literal port, the config says one thing and the process "
                           "does another: whoever reads PORT to route traffic sends it to a port nobody "
                           "listens on."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Bind the port from the variable ($PORT), or drop the stale PORT setting."),
         {{SourceFormat::Compose,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Write `command: gunicorn app:app --bind 0.0.0.0:${PORT}` so the command uses "
                             "the configured port.")},
          {SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Use `args: [\"--port\", \"$(PORT)\"]` so the container binds the port its env "
                             "names.")}},
         {}},
        {"port-binding.connection-port",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A connection uses a port its target does not serve"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Processes find each other through the ports they export. A connection string that "
             "names a port the Service does not have, or a Compose service's host-side published "
             "port instead of its container port, reaches nothing inside the deployment."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Connect to the port the target exports: the Service's port, or the Compose "
                           "service's container port."),
         {{SourceFormat::Compose,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "With `ports: [\"5433:5432\"]` other services still connect to `db:5432`; the "
                             "5433 is for the host only.")},
          {SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP("tfi::Rules", "Use the Service's `port` in the URL, not the container's "
                                           "targetPort or a nodePort.")}},
         {}},
    };
    return rules;
}

void checkPortBinding(RuleContext &context)
{
    PortBindingCheck(context).run();
}

} // namespace tfi
