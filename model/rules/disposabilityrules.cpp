#include "factorrules.h"

#include "../endpoint.h"
#include "runtimetraits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace tfi {

namespace {

constexpr int factorNumber = 9;
constexpr int longGraceSeconds = 300;
constexpr int startupSleepSeconds = 5;
constexpr int maxCodeCredits = 3;
constexpr qint64 maxScannedFileSize = 512 * 1024;

enum RuleIndex
{
    MissingReadinessProbe,
    MissingLivenessProbe,
    ShellFormCommand,
    NoGracePeriod,
    LongGracePeriod,
    KillStopSignal,
    StopSignalMismatch,
    NoHealthcheck,
    StartupSleep,
    StartupDependencyWait,
};

// "SIGTERM", "term", "15" -> "TERM"
QString normalizedSignal(const QString &signal)
{
    QString name = signal.trimmed().toUpper();
    if (name.startsWith(u"SIG"))
        name = name.mid(3);
    static const QHash<QString, QString> numbers = {
        {QStringLiteral("1"), QStringLiteral("HUP")},   {QStringLiteral("2"), QStringLiteral("INT")},
        {QStringLiteral("3"), QStringLiteral("QUIT")},  {QStringLiteral("9"), QStringLiteral("KILL")},
        {QStringLiteral("15"), QStringLiteral("TERM")}, {QStringLiteral("28"), QStringLiteral("WINCH")},
    };
    return numbers.value(name, name);
}

// The last part of an image reference without tag or digest: "nginx" for "docker.io/library/nginx:1.25".
QString imageRepositoryName(const QString &image)
{
    QString name = image.trimmed().toLower();
    if (const qsizetype at = name.indexOf(u'@'); at >= 0)
        name = name.left(at);
    name = name.mid(name.lastIndexOf(u'/') + 1);
    if (const qsizetype colon = name.indexOf(u':'); colon >= 0)
        name = name.left(colon);
    return name;
}

QString imageTag(const QString &image)
{
    QString reference = image.trimmed().toLower();
    if (const qsizetype at = reference.indexOf(u'@'); at >= 0)
        reference = reference.left(at);
    const QString last = reference.mid(reference.lastIndexOf(u'/') + 1);
    const qsizetype colon = last.indexOf(u':');
    return colon < 0 ? QString() : last.mid(colon + 1);
}

struct GracefulServer
{
    QString server; // what the image runs, for the message
    QString signal; // normalised graceful stop signal
};

// Servers whose graceful stop is not SIGTERM; their official images set STOPSIGNAL accordingly.
std::optional<GracefulServer> gracefulServerOf(const QString &image)
{
    const QString name = imageRepositoryName(image);
    if (name.isEmpty())
        return std::nullopt;
    if (name.startsWith(u"nginx") || name == u"openresty")
        return GracefulServer{QStringLiteral("nginx"), QStringLiteral("QUIT")};
    if ((name == u"php" && imageTag(image).contains(u"fpm")) || name == u"php-fpm")
        return GracefulServer{QStringLiteral("php-fpm"), QStringLiteral("QUIT")};
    if (name == u"httpd")
        return GracefulServer{QStringLiteral("Apache httpd"), QStringLiteral("WINCH")};
    return std::nullopt;
}

// The external image the final stage runs on, following FROM <earlier stage>.
QString runtimeBaseImage(const DockerfileInfo &dockerfile)
{
    qsizetype index = dockerfile.stages.size() - 1;
    for (int guard = 0; index >= 0 && guard < 1000; ++guard) {
        const int base = dockerfile.stages.at(index).baseStage;
        if (base < 0 || base >= index)
            break;
        index = base;
    }
    return index >= 0 ? dockerfile.stages.at(index).baseImage : QString();
}

const DockerfileInfo *dockerfileAt(const DeploymentModel &model, const QString &path)
{
    if (path.isEmpty())
        return nullptr;
    for (const DockerfileInfo &dockerfile : model.dockerfiles) {
        if (dockerfile.path == path)
            return &dockerfile;
    }
    return nullptr;
}

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

bool hasProbe(const Container &container, Probe::Kind kind)
{
    for (const Probe &probe : container.probes) {
        if (probe.kind == kind)
            return true;
    }
    return false;
}

bool selectsPod(const ServiceDef &service, const Workload &workload)
{
    if (service.selector.isEmpty() || workload.podLabels.isEmpty())
        return false;
    if (!service.namespaceName.isEmpty() && !workload.namespaceName.isEmpty() &&
        service.namespaceName != workload.namespaceName)
        return false;
    for (auto it = service.selector.cbegin(); it != service.selector.cend(); ++it) {
        if (workload.podLabels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

// A program that waits for another service before the app starts.
struct StartupMatch
{
    qsizetype offset = -1;
    QString what; // the matched command, for the message
    int seconds = 0;
};

std::optional<StartupMatch> dependencyWaitIn(const QString &text)
{
    static const QRegularExpression wait(QStringLiteral(
        R"(\bwait-for-it(?:\.sh)?\b|\bwait-for(?:\.sh)?(?=\s)|\bdockerize\b[^\n;&|]*\s-wait\b|\bwait4x\b|)"
        R"(\b(?:until|while)\s+!?\s*(?:nc|pg_isready|mysqladmin|redis-cli|curl|wget|nslookup|getent|mongosh?|)"
        R"(timeout|python[0-9.]*\s+manage\.py\s+(?:wait_for_db|check))\b)"));
    const QRegularExpressionMatch match = wait.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return StartupMatch{match.capturedStart(), match.captured().simplified(), 0};
}

std::optional<StartupMatch> fixedSleepIn(const QString &text)
{
    static const QRegularExpression sleep(QStringLiteral(
        R"((?:^|[;&|(\n]|\bthen|\bdo)\s*(sleep\s+([0-9]+)(?:\.[0-9]+)?([smh]?))(?=\s|$|[;&|)]))"));
    const QRegularExpressionMatch match = sleep.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    int seconds = match.captured(2).toInt();
    const QString unit = match.captured(3);
    if (unit == u"m")
        seconds *= 60;
    else if (unit == u"h")
        seconds *= 3600;
    return StartupMatch{match.capturedStart(1), match.captured(1), seconds};
}

bool isLoop(const QString &text)
{
    static const QRegularExpression loop(QStringLiteral(R"(\b(?:while|until|for)\b[\s\S]*\bdo\b)"));
    return loop.match(text).hasMatch();
}

bool isCodeFile(const QString &path)
{
    static const QSet<QString> extensions = {
        QStringLiteral("py"),   QStringLiteral("js"), QStringLiteral("mjs"), QStringLiteral("cjs"),
        QStringLiteral("ts"),   QStringLiteral("go"), QStringLiteral("rb"),  QStringLiteral("sh"),
        QStringLiteral("java"), QStringLiteral("kt"), QStringLiteral("ex"),  QStringLiteral("exs"),
    };
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot > path.lastIndexOf(u'/') && extensions.contains(path.mid(dot + 1).toLower());
}

class DisposabilityCheck
{
public:
    DisposabilityCheck(RuleContext &context)
        : m_context(context), m_model(context.model()), m_places(context.model()),
          m_rules(disposabilityRules()), m_findings(context)
    {}

    void run()
    {
        bool applicable = !m_model.dockerfiles.isEmpty();
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            if (runtime::isLongRunning(*workload))
                applicable = true;
        }
        if (!applicable) {
            m_context.setNotApplicableReason(
                factorNumber,
                QCoreApplication::translate(
                    "tfi::Rules", "the repository declares no long-running process and no container image"));
            return;
        }
        m_context.markApplicable(factorNumber);
        checkProbes();
        checkShellForm();
        checkGracePeriods();
        checkStopSignals();
        checkHealthchecks();
        checkStartup();
        creditPreStopAndInit();
        creditSignalHandlingInCode();
    }

private:
    const RuleInfo &rule(RuleIndex index) const { return m_rules.at(index); }

    FindingScope scopeOf(const Workload &workload) const
    {
        return {workload.name, workload.environment, workload.format};
    }

    void checkProbes()
    {
        for (const Workload &workload : m_model.workloads) {
            if (workload.format != SourceFormat::Kubernetes ||
                !runtime::isLongRunningKubernetes(workload.kind) || m_places.isDevWorkload(workload))
                continue;
            bool targeted = false;
            for (const ServiceDef &service : m_model.services)
                targeted = targeted || selectsPod(service, workload);
            QList<const Container *> main;
            bool anyPorts = false;
            for (const Container &container : workload.containers) {
                if (container.init)
                    continue;
                main.append(&container);
                anyPorts = anyPorts || !container.ports.isEmpty();
            }
            for (qsizetype i = 0; i < main.size(); ++i) {
                const Container &container = *main.at(i);
                // Containers that serve traffic need readiness; sidecars without ports do not.
                const bool serving = !container.ports.isEmpty() || (!anyPorts && targeted && i == 0);
                const bool primary = serving || i == 0;
                const Location location =
                    container.location.isValid() ? container.location : workload.location;
                if (serving && !hasProbe(container, Probe::Kind::Readiness)) {
                    m_findings.add(
                        rule(MissingReadinessProbe), location,
                        QCoreApplication::translate(
                            "tfi::Rules",
                            "Container \"%1\" of %2 (%3) has no readinessProbe, so it receives traffic "
                            "before it can serve and during its shutdown.")
                            .arg(container.name, workload.name, workload.location.path),
                        scopeOf(workload), container.name);
                }
                if (primary && !hasProbe(container, Probe::Kind::Liveness)) {
                    m_findings.add(
                        rule(MissingLivenessProbe), location,
                        QCoreApplication::translate(
                            "tfi::Rules",
                            "Container \"%1\" of %2 (%3) has no livenessProbe, so a hung process is "
                            "never restarted.")
                            .arg(container.name, workload.name, workload.location.path),
                        scopeOf(workload), container.name);
                }
            }
        }
    }

    void reportShellForm(const Location &location, const QString &message, const FindingScope &scope,
                         const QString &subject)
    {
        m_findings.add(rule(ShellFormCommand), location, message, scope, subject);
    }

    static bool shellKeepsSignals(const QString &script)
    {
        static const QRegularExpression trap(QStringLiteral(R"(\btrap\b)"));
        return runtime::execsProgram(script) || trap.match(script).hasMatch();
    }

    void checkShellForm()
    {
        for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
            if (runtime::isDevPath(dockerfile.path))
                continue;
            const FindingScope scope{workloadNameFor(dockerfile), QString(), SourceFormat::Dockerfile};
            const auto check = [&](const QStringList &words, bool shellForm, const Location &location,
                                   const QString &instruction) {
                if (words.isEmpty() || !location.isValid() || runtime::isOversizedCommand(words))
                    return false;
                const std::optional<QString> script =
                    shellForm ? std::optional<QString>(words.join(u' ')) : runtime::shellScriptOf(words);
                if (!script || shellKeepsSignals(*script))
                    return false;
                reportShellForm(location,
                                QCoreApplication::translate(
                                    "tfi::Rules",
                                    "%1 in %2 runs through a shell without exec, so the shell is PID 1 and "
                                    "SIGTERM never reaches the app.")
                                    .arg(instruction, dockerfile.path),
                                scope, instruction);
                return true;
            };
            const bool entrypointReported =
                check(dockerfile.entrypoint, dockerfile.entrypointShellForm, dockerfile.entrypointLocation,
                      QStringLiteral("ENTRYPOINT"));
            // A shell-form ENTRYPOINT ignores CMD altogether.
            if (!entrypointReported && !(dockerfile.entrypointShellForm && !dockerfile.entrypoint.isEmpty()))
                check(dockerfile.cmd, dockerfile.cmdShellForm, dockerfile.cmdLocation, QStringLiteral("CMD"));
        }
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            // Procfile and render commands are run by the platform; Dockerfiles are read above.
            if (!runtime::isLongRunning(*workload) || workload->format == SourceFormat::Procfile ||
                workload->format == SourceFormat::RenderYaml || workload->format == SourceFormat::Dockerfile)
                continue;
            for (const Container &container : workload->containers) {
                const QStringList words = container.command + container.args;
                if (container.init || container.commandIsShellForm || runtime::isOversizedCommand(words))
                    continue;
                const std::optional<QString> script = runtime::shellScriptOf(words);
                if (!script || shellKeepsSignals(*script))
                    continue;
                const Location location =
                    container.commandLocation.isValid() ? container.commandLocation : container.location;
                if (m_places.isDevValue(*workload, location))
                    continue;
                reportShellForm(
                    location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "Container \"%1\" of %2 (%3) runs its command through \"%4 -c\" without exec, "
                        "so the shell is PID 1 and SIGTERM never reaches the app.")
                        .arg(container.name, workload->name, location.path,
                             runtime::programName(words.first())),
                    scopeOf(*workload), container.name);
            }
        }
    }

    static bool runsBackingService(const Workload &workload)
    {
        for (const Container &container : workload.containers) {
            if (!container.init && !backingServiceKind(container.image).isEmpty())
                return true;
        }
        return false;
    }

    void checkGracePeriods()
    {
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            if (!runtime::isLongRunning(*workload) || !workload->terminationGracePeriodSeconds)
                continue;
            const Location location =
                workload->gracePeriodLocation.isValid() ? workload->gracePeriodLocation : workload->location;
            if (m_places.isDevValue(*workload, location))
                continue;
            const int seconds = *workload->terminationGracePeriodSeconds;
            if (seconds == 0) {
                m_findings.add(rule(NoGracePeriod), location,
                               QCoreApplication::translate(
                                   "tfi::Rules",
                                   "%1 (%2) is given no time to shut down: it is killed at once, dropping "
                                   "in-flight requests and jobs.")
                                   .arg(workload->name, location.path),
                               scopeOf(*workload), QStringLiteral("grace-period"));
            } else if (seconds > longGraceSeconds && !runsBackingService(*workload)) {
                m_findings.add(
                    rule(LongGracePeriod), location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 (%2) may take %3 seconds to stop; deploys and scale-downs wait that long "
                        "for a process that does not exit.")
                        .arg(workload->name, location.path)
                        .arg(seconds),
                    scopeOf(*workload), QStringLiteral("grace-period"));
            }
        }
    }

    QString workloadNameFor(const DockerfileInfo &dockerfile) const
    {
        for (const Workload &workload : m_model.workloads) {
            if (workload.dockerfilePath == dockerfile.path)
                return workload.name;
        }
        return {};
    }

    // The image a process runs: written, or the base of the Dockerfile it builds.
    QString imageOf(const Workload &workload) const
    {
        for (const Container &container : workload.containers) {
            if (!container.init && !container.image.isEmpty())
                return container.image;
        }
        if (const DockerfileInfo *dockerfile = dockerfileAt(m_model, workload.dockerfilePath))
            return runtimeBaseImage(*dockerfile);
        return {};
    }

    bool checkSignal(const QString &signal, const Location &location, const QString &image,
                     const QString &where, const FindingScope &scope)
    {
        const QString normalized = normalizedSignal(signal);
        if (normalized.isEmpty())
            return false;
        if (normalized == u"KILL") {
            m_findings.add(rule(KillStopSignal), location,
                           QCoreApplication::translate(
                               "tfi::Rules",
                               "%1 stops with SIGKILL, which cannot be caught: the process never gets to "
                               "finish its work or close its connections.")
                               .arg(where),
                           scope, QStringLiteral("stop-signal"));
            return true;
        }
        if (const std::optional<GracefulServer> server = gracefulServerOf(image);
            server && normalized != server->signal) {
            m_findings.add(rule(StopSignalMismatch), location,
                           QCoreApplication::translate(
                               "tfi::Rules",
                               "%1 runs %2 (%3) but stops it with SIG%4; %2 shuts down gracefully only on "
                               "SIG%5 and drops open connections otherwise.")
                               .arg(where, server->server, image, normalized, server->signal),
                           scope, QStringLiteral("stop-signal"));
            return true;
        }
        return false;
    }

    void checkStopSignals()
    {
        for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
            if (dockerfile.stopSignal.isEmpty() || runtime::isDevPath(dockerfile.path))
                continue;
            checkSignal(dockerfile.stopSignal, dockerfile.stopSignalLocation, runtimeBaseImage(dockerfile),
                        dockerfile.path, {workloadNameFor(dockerfile), QString(), SourceFormat::Dockerfile});
        }
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            if (workload->stopSignal.isEmpty() || workload->format == SourceFormat::Dockerfile ||
                !runtime::isLongRunning(*workload))
                continue;
            const Location location =
                workload->stopSignalLocation.isValid() ? workload->stopSignalLocation : workload->location;
            if (m_places.isDevValue(*workload, location))
                continue;
            const QString where =
                QCoreApplication::translate("tfi::Rules", "%1 (%2)").arg(workload->name, location.path);
            if (checkSignal(workload->stopSignal, location, imageOf(*workload), where, scopeOf(*workload)))
                continue;
            // Compose's stop_signal replaces the image's STOPSIGNAL: one of the two is wrong.
            const DockerfileInfo *dockerfile = dockerfileAt(m_model, workload->dockerfilePath);
            if (workload->format != SourceFormat::Compose || !dockerfile || dockerfile->stopSignal.isEmpty())
                continue;
            const QString own = normalizedSignal(workload->stopSignal);
            const QString image = normalizedSignal(dockerfile->stopSignal);
            if (own != image) {
                m_findings.add(rule(StopSignalMismatch), location,
                               QCoreApplication::translate(
                                   "tfi::Rules",
                                   "%1 stops with SIG%2, but its Dockerfile %3 declares STOPSIGNAL SIG%4 on "
                                   "line %5; the process is built for one of the two.")
                                   .arg(where, own, dockerfile->path, image)
                                   .arg(dockerfile->stopSignalLocation.line),
                               scopeOf(*workload), QStringLiteral("stop-signal"));
            }
        }
    }

    void checkHealthchecks()
    {
        for (const Workload &workload : m_model.workloads) {
            if (workload.format == SourceFormat::Compose) {
                if (workload.buildContext.isEmpty() || m_places.isDevWorkload(workload) ||
                    workload.containers.isEmpty())
                    continue;
                const Container &container = workload.containers.first();
                if (!container.probes.isEmpty())
                    continue; // a healthcheck, or one disabled on purpose
                const DockerfileInfo *dockerfile = dockerfileAt(m_model, workload.dockerfilePath);
                if (dockerfile && dockerfile->healthcheck)
                    continue;
                const bool serves =
                    !container.ports.isEmpty() || (dockerfile && !dockerfile->expose.isEmpty());
                if (!serves)
                    continue;
                m_findings.add(rule(NoHealthcheck), workload.location,
                               QCoreApplication::translate(
                                   "tfi::Rules",
                                   "Service %1 (%2) has no healthcheck in Compose and its image declares no "
                                   "HEALTHCHECK, so nothing notices when it stops answering.")
                                   .arg(workload.name, workload.location.path),
                               scopeOf(workload), QStringLiteral("healthcheck"));
            } else if (workload.format == SourceFormat::Dockerfile) {
                const DockerfileInfo *dockerfile = dockerfileAt(m_model, workload.dockerfilePath);
                if (!dockerfile || dockerfile->healthcheck || dockerfile->expose.isEmpty() ||
                    runtime::isDevPath(dockerfile->path))
                    continue;
                m_findings.add(
                    rule(NoHealthcheck), workload.location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "The image of %1 declares no HEALTHCHECK and nothing else in the repository "
                        "probes it, so nothing notices when it stops answering.")
                        .arg(dockerfile->path),
                    scopeOf(workload), QStringLiteral("healthcheck"));
            }
        }
    }

    void reportStartupText(const QString &text, const Location &location, bool wholeCommand,
                           const QString &where, const FindingScope &scope)
    {
        if (const std::optional<StartupMatch> wait = dependencyWaitIn(text)) {
            m_findings.add(rule(StartupDependencyWait), location,
                           QCoreApplication::translate(
                               "tfi::Rules",
                               "%1 polls for another service (%2) before the app starts, so a start can "
                               "take as long as that service is away.")
                               .arg(where, wait->what),
                           scope, QStringLiteral("wait"));
            return;
        }
        const std::optional<StartupMatch> sleep = fixedSleepIn(text);
        if (!sleep || sleep->seconds < startupSleepSeconds || isLoop(text))
            return;
        // `sleep 3600` alone keeps a debugging container alive; it delays nothing.
        if (wholeCommand && runtime::shellSegments(text).size() < 2)
            return;
        m_findings.add(rule(StartupSleep), location,
                       QCoreApplication::translate(
                           "tfi::Rules",
                           "%1 sleeps %2 seconds before the app starts (\"%3\"); every start, restart and "
                           "scale-up waits for it.")
                           .arg(where)
                           .arg(sleep->seconds)
                           .arg(sleep->what),
                       scope, QStringLiteral("sleep"));
    }

    void checkScript(const QString &path, const QString &where, const FindingScope &scope)
    {
        if (path.isEmpty() || m_places.isDevFile(path))
            return;
        const QList<runtime::ScriptLine> lines = runtime::startupLinesOfScript(m_context.lines(path));
        for (const runtime::ScriptLine &line : lines) {
            bool inLoop = false;
            for (const runtime::ScriptCondition &condition : line.conditions) {
                if (!condition.text.startsWith(u"if"))
                    inLoop = true;
                if (const std::optional<StartupMatch> wait = dependencyWaitIn(condition.text)) {
                    reportStartupText(condition.text, {path, condition.number, int(wait->offset) + 1}, false,
                                      where, scope);
                }
            }
            if (const std::optional<StartupMatch> wait = dependencyWaitIn(line.text)) {
                reportStartupText(line.text, {path, line.number, int(wait->offset) + 1}, false, where, scope);
                continue;
            }
            if (inLoop)
                continue;
            if (const std::optional<StartupMatch> sleep = fixedSleepIn(line.text))
                reportStartupText(line.text, {path, line.number, int(sleep->offset) + 1}, false, where,
                                  scope);
        }
    }

    void checkStartup()
    {
        const RepoSnapshot *snapshot = m_context.snapshot();
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            if (!runtime::isLongRunning(*workload) || workload->format == SourceFormat::Dockerfile)
                continue;
            for (const Container &container : workload->containers) {
                if (container.init)
                    continue;
                const runtime::CommandText command = runtime::commandTextOf(container);
                if (command.text.trimmed().isEmpty())
                    continue;
                const Location location =
                    container.commandLocation.isValid() ? container.commandLocation : container.location;
                if (m_places.isDevValue(*workload, location))
                    continue;
                const QString where =
                    QCoreApplication::translate("tfi::Rules", "%1 (%2)").arg(workload->name, location.path);
                reportStartupText(command.text, location, true, where, scopeOf(*workload));
                if (snapshot) {
                    const QStringList words =
                        command.viaShell ? splitShellWords(command.text) : command.words;
                    const QString near = workload->dockerfilePath.isEmpty()
                                             ? directoryOf(workload->location.path)
                                             : directoryOf(workload->dockerfilePath);
                    checkScript(runtime::scriptFileFor(words, near, *snapshot), where, scopeOf(*workload));
                }
            }
        }
        for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
            if (runtime::isDevPath(dockerfile.path))
                continue;
            const FindingScope scope{workloadNameFor(dockerfile), QString(), SourceFormat::Dockerfile};
            QStringList words;
            const auto look = [&](const QStringList &part, bool shellForm, const Location &location) {
                if (part.isEmpty() || !location.isValid() || runtime::isOversizedCommand(part))
                    return;
                const QString text =
                    shellForm ? part.join(u' ') : runtime::shellScriptOf(part).value_or(part.join(u' '));
                reportStartupText(text, location, true, dockerfile.path, scope);
                words.append(shellForm ? splitShellWords(text) : part);
            };
            look(dockerfile.entrypoint, dockerfile.entrypointShellForm, dockerfile.entrypointLocation);
            if (!(dockerfile.entrypointShellForm && !dockerfile.entrypoint.isEmpty()))
                look(dockerfile.cmd, dockerfile.cmdShellForm, dockerfile.cmdLocation);
            if (snapshot)
                checkScript(runtime::scriptFileFor(words, directoryOf(dockerfile.path), *snapshot),
                            dockerfile.path, scope);
        }
    }

    void creditPreStopAndInit()
    {
        QSet<QString> credited;
        for (const Workload &workload : m_model.workloads) {
            for (const Container &container : workload.containers) {
                if (container.init || container.preStop.isEmpty() || !container.preStopLocation.isValid())
                    continue;
                const QString key =
                    container.preStopLocation.path + u'|' + QString::number(container.preStopLocation.line);
                if (credited.contains(key))
                    continue;
                credited.insert(key);
                m_context.credit(
                    factorNumber,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "Container \"%1\" of %2 runs a preStop hook, so it stops taking work before "
                        "SIGTERM arrives.")
                        .arg(container.name, workload.name),
                    container.preStopLocation);
            }
        }
        static const QSet<QString> initPrograms = {QStringLiteral("tini"), QStringLiteral("dumb-init"),
                                                   QStringLiteral("catatonit"), QStringLiteral("s6-svscan")};
        for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
            if (dockerfile.entrypoint.isEmpty() || dockerfile.entrypointShellForm)
                continue;
            const QString program = runtime::programName(dockerfile.entrypoint.first());
            if (initPrograms.contains(program)) {
                m_context.credit(
                    factorNumber,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 starts the app under %2, which forwards signals and reaps children as "
                        "PID 1.")
                        .arg(dockerfile.path, program),
                    dockerfile.entrypointLocation);
            }
        }
    }

    void creditSignalHandlingInCode()
    {
        const RepoSnapshot *snapshot = m_context.snapshot();
        if (!snapshot)
            return;
        static const QRegularExpression handler(QStringLiteral(
            R"(signal\.signal\(\s*signal\.SIGTERM|loop\.add_signal_handler\(\s*signal\.SIGTERM|)"
            R"(process\.(?:on|once)\(\s*['"]SIGTERM['"]|signal\.Notify\([^)]*syscall\.SIGTERM|)"
            R"(^\s*trap\s+.+\s(?:SIG)?TERM\b|Signal\.trap\(\s*['"](?:SIG)?TERM['"]|)"
            R"(\btrap\(\s*['"](?:SIG)?TERM['"]|Runtime\.getRuntime\(\)\.addShutdownHook)"));
        int credits = 0;
        for (const SourceFile &file : snapshot->files()) {
            if (credits >= maxCodeCredits)
                break;
            if (!file.isText() || file.size > maxScannedFileSize || !isCodeFile(file.path) ||
                runtime::isVendoredOrTestPath(file.path))
                continue;
            const QStringList &lines = m_context.lines(file.path);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines.at(i).size() > runtime::maxScannedLineLength)
                    continue;
                const QRegularExpressionMatch match = handler.match(lines.at(i));
                if (!match.hasMatch())
                    continue;
                m_context.credit(
                    factorNumber,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 handles SIGTERM, so the process can finish its work and exit cleanly.")
                        .arg(file.path),
                    {file.path, int(i) + 1, int(match.capturedStart()) + 1});
                ++credits;
                break;
            }
        }
    }

    RuleContext &m_context;
    const DeploymentModel &m_model;
    const runtime::PlaceClassifier m_places;
    const QList<RuleInfo> &m_rules;
    runtime::FindingCollector m_findings;
};

} // namespace

const QList<RuleInfo> &disposabilityRules()
{
    // Order matches RuleIndex.
    static const QList<RuleInfo> rules = {
        {
            "disposability.missing-readiness-probe",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A container that serves traffic has no readiness probe"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Disposable processes start and stop at any moment: on every deploy, scale-up and "
                "node drain. A readiness probe tells the platform when a new process can take "
                "requests and when a stopping one should get no more, so starts and stops lose "
                "no traffic."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Add a readinessProbe that checks the app can serve (an HTTP health endpoint, or a "
                "TCP check of its port)."),
            {{SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "readinessProbe:\n  httpGet:\n    path: /healthz\n    port: http\n"
                                "  periodSeconds: 5")}},
            {"kube-score:pod-probes", "polaris:readinessProbeMissing", "kube-linter:no-readiness-probe"},
        },
        {
            "disposability.missing-liveness-probe",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "A long-running container has no liveness probe"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "A disposable process can be thrown away and replaced at any time. A liveness probe "
                "lets the platform do that for a process that hangs without exiting, instead of "
                "leaving it stuck until someone notices."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Add a livenessProbe that fails only when the process itself is stuck; do not make "
                "it depend on backing services, or their outage restarts every replica."),
            {{SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules", "livenessProbe:\n  httpGet:\n    path: /livez\n    port: http\n"
                                              "  periodSeconds: 10\n  failureThreshold: 3")}},
            {"kube-score:pod-probes", "polaris:livenessProbeMissing", "kube-linter:no-liveness-probe"},
        },
        {
            "disposability.shell-form-command",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The process runs under a shell that does not pass on SIGTERM"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Processes shut down gracefully when they receive SIGTERM. When a command runs as "
                "\"sh -c ...\" (Dockerfile shell form, or an explicit shell), the shell is PID 1: it "
                "does not forward the signal, so the app is killed after the grace period instead "
                "of finishing its requests."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Run the program directly in exec form, or end the shell script with \"exec\" so the "
                "app replaces the shell and receives signals itself."),
            {{SourceFormat::Dockerfile,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "CMD [\"gunicorn\", \"app:app\", \"--bind\", \"0.0.0.0:8000\"]")},
             {SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "command: [\"sh\", \"-c\", \"./prepare.sh && exec gunicorn app:app\"]")},
             {SourceFormat::Compose,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "command: [\"sh\", \"-c\", \"./prepare.sh && exec npm start\"]")}},
            {"hadolint:DL3025"},
        },
        {
            "disposability.no-grace-period",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The process gets no time to shut down"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Disposability means a process can be stopped at any time without losing work. A "
                "grace period of zero kills it at once, so in-flight requests fail and jobs are cut "
                "off half done."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Give the process a grace period a little longer than its longest request or job "
                "step (the platform default of about 10 to 30 seconds suits most web processes)."),
            {{SourceFormat::Kubernetes, QT_TRANSLATE_NOOP("tfi::Rules", "terminationGracePeriodSeconds: 30")},
             {SourceFormat::Compose, QT_TRANSLATE_NOOP("tfi::Rules", "stop_grace_period: 30s")},
             {SourceFormat::FlyToml, QT_TRANSLATE_NOOP("tfi::Rules", "kill_timeout = 30")}},
            {},
        },
        {
            "disposability.long-grace-period",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "The process may take more than five minutes to stop"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Disposable processes shut down quickly. A very long grace period hides a process "
                "that does not exit on SIGTERM and makes every deploy, rollback and scale-down wait "
                "for it."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Make the process stop within seconds on SIGTERM (finish or hand back the current "
                "work) and lower the grace period; move long work into jobs that can be resumed."),
            {{SourceFormat::Kubernetes, QT_TRANSLATE_NOOP("tfi::Rules", "terminationGracePeriodSeconds: 60")},
             {SourceFormat::Compose, QT_TRANSLATE_NOOP("tfi::Rules", "stop_grace_period: 60s")},
             {SourceFormat::FlyToml, QT_TRANSLATE_NOOP("tfi::Rules", "kill_timeout = 60")}},
            {},
        },
        {
            "disposability.kill-stop-signal",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The process is stopped with SIGKILL"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "A disposable process shuts down gracefully when asked to. SIGKILL cannot be caught, "
                "so a process stopped with it never finishes its requests, releases its locks or "
                "returns its jobs to the queue."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Remove the stop signal setting so SIGTERM is used, or use the signal the program "
                "documents for a graceful stop."),
            {{SourceFormat::Dockerfile, QT_TRANSLATE_NOOP("tfi::Rules", "STOPSIGNAL SIGTERM")},
             {SourceFormat::Compose, QT_TRANSLATE_NOOP("tfi::Rules", "stop_signal: SIGTERM")},
             {SourceFormat::FlyToml, QT_TRANSLATE_NOOP("tfi::Rules", "kill_signal = \"SIGTERM\"")}},
            {},
        },
        {
            "disposability.stop-signal-mismatch",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The stop signal does not match what the program expects"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Graceful shutdown only works when the process gets the signal it treats as \"finish "
                "and exit\". Some servers use another signal than SIGTERM (nginx and php-fpm: "
                "SIGQUIT; Apache httpd: SIGWINCH), and a Compose stop_signal that disagrees with the "
                "image's STOPSIGNAL means one of them is wrong."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Use the program's graceful stop signal, and set it in one place (the image's "
                              "STOPSIGNAL) so every platform sends the same one."),
            {{SourceFormat::Dockerfile,
              QT_TRANSLATE_NOOP("tfi::Rules", "FROM nginx:1.27\nSTOPSIGNAL SIGQUIT")},
             {SourceFormat::Compose, QT_TRANSLATE_NOOP("tfi::Rules", "stop_signal: SIGQUIT  # nginx")},
             {SourceFormat::FlyToml, QT_TRANSLATE_NOOP("tfi::Rules", "kill_signal = \"SIGQUIT\"  # nginx")}},
            {},
        },
        {
            "disposability.no-healthcheck",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "Nothing checks that the service still answers"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Disposable processes are replaced when they go bad, which needs something to notice "
                "that they did. Without a healthcheck a service that hangs but does not exit stays "
                "\"running\", and dependants that wait for it to be healthy cannot."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Add a HEALTHCHECK to the image, or a healthcheck to the Compose service, that "
                              "calls a cheap health endpoint."),
            {{SourceFormat::Dockerfile,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "HEALTHCHECK --interval=30s --timeout=3s CMD [\"curl\", \"-fsS\", "
                                "\"http://localhost:8000/healthz\"]")},
             {SourceFormat::Compose,
              QT_TRANSLATE_NOOP("tfi::Rules", "healthcheck:\n  test: [\"CMD\", \"curl\", \"-fsS\", "
                                              "\"http://localhost:8000/healthz\"]\n  interval: 30s")}},
            {},
        },
        {
            "disposability.startup-sleep",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The process sleeps before it starts"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Disposable processes start fast, so that scaling out, restarting a crashed process "
                "and deploying take seconds. A fixed sleep before the app starts slows every one of "
                "those and usually papers over an ordering problem that it does not solve."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Remove the sleep; let the app retry its connections with backoff, and use a "
                              "readiness probe or healthcheck to hold traffic until it is ready."),
            {{SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "command: [\"gunicorn\", \"app:app\"]\nreadinessProbe:\n  httpGet:\n"
                                "    path: /healthz\n    port: 8000")},
             {SourceFormat::Compose,
              QT_TRANSLATE_NOOP("tfi::Rules", "depends_on:\n  db:\n    condition: service_healthy")},
             {SourceFormat::Procfile, QT_TRANSLATE_NOOP("tfi::Rules", "web: gunicorn app:app")}},
            {},
        },
        {
            "disposability.startup-dependency-wait",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "The process waits for another service before it starts"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Disposable processes start fast and cope with backing services that come and go. "
                "Polling for a database or broker before starting (wait-for-it, dockerize -wait, an "
                "until loop) makes start time depend on another service and hides the app's own "
                "lack of reconnect logic."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Start the app at once and let it retry its connections with backoff; in Compose, "
                "order start-up with depends_on and a healthcheck instead of a wait script."),
            {{SourceFormat::Compose,
              QT_TRANSLATE_NOOP("tfi::Rules", "depends_on:\n  db:\n    condition: service_healthy")},
             {SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "Retry the connection in the app and gate traffic with a readinessProbe.")}},
            {},
        },
    };
    return rules;
}

void checkDisposability(RuleContext &context)
{
    DisposabilityCheck(context).run();
}

} // namespace tfi
