#include "factorrules.h"
#include "workloadtraits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

// VIII. Concurrency: scale out via the process model. Processes are first-class, scaled by
// running more of them, each doing one kind of work, with the resources they need declared.

namespace tfi {

namespace {

constexpr int Factor = 8;

enum RuleIndex
{
    SingleReplica,
    HpaWithReplicas,
    MultipleDaemons,
    MissingRequests
};

const RuleInfo &rule(RuleIndex index)
{
    return concurrencyRules().at(index);
}

bool isSleep(const QString &command)
{
    const QString program = command.trimmed().section(u' ', 0, 0);
    return program == u"sleep" || program.endsWith(u"/sleep");
}

// Removes quoted parts of a shell script so that operators inside strings do not count.
QString withoutQuotedText(const QString &script)
{
    QString result;
    result.reserve(script.size());
    QChar quote;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"')
                ++i;
            continue;
        }
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            result.append(u' ');
            continue;
        }
        result.append(c);
    }
    return result;
}

// True when the script sends a long-running command to the background with a single `&`
// (not `&&`, `>&`, `&>`, `|&`). `sleep ... &` followed by `wait` is a signal-handling idiom.
bool backgroundsACommand(const QString &script)
{
    const QString plain = withoutQuotedText(script);
    qsizetype commandStart = 0;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i);
        if (c == u';' || c == u'\n' || c == u'|') {
            commandStart = i + 1;
            continue;
        }
        if (c != u'&')
            continue;
        const QChar next = i + 1 < plain.size() ? plain.at(i + 1) : QChar();
        const QChar previous = i > 0 ? plain.at(i - 1) : QChar();
        if (next == u'&') {
            ++i;
            commandStart = i + 1;
            continue;
        }
        if (next == u'>' || previous == u'>' || previous == u'<' || previous == u'|')
            continue;
        if (!isSleep(plain.mid(commandStart, i - commandStart)))
            return true;
        commandStart = i + 1;
    }
    return false;
}

// A process manager or launcher that starts several long-running processes in one container.
QString processManagerIn(const QString &script)
{
    static const QRegularExpression manager(QStringLiteral(
        R"((?:^|[\s;&|(/])(supervisord|circusd|runsvdir|s6-svscan|(?:foreman|honcho|overmind|hivemind)\s+start|)"
        R"(concurrently|run-p|npm-run-all\s+(?:--parallel|-p))(?=\s|$|;|&|\)))"));
    const QRegularExpressionMatch match = manager.match(withoutQuotedText(script));
    if (!match.hasMatch())
        return {};
    return match.captured(1).section(u' ', 0, 0).section(u'\t', 0, 0);
}

bool isShellProgram(const QString &word)
{
    const QString program = word.section(u'/', -1);
    return program == u"sh" || program == u"bash" || program == u"ash" || program == u"dash" ||
           program == u"zsh";
}

struct CommandText
{
    QString script; // what a shell runs, or the program and its arguments joined
    bool isShell = false;
};

// What actually runs: a shell-form string, the script of `sh -c`, or an exec-form command line.
CommandText commandText(const QStringList &argv, bool shellForm)
{
    if (argv.isEmpty())
        return {};
    if (shellForm)
        return {argv.join(u' '), true};
    if (isShellProgram(argv.first())) {
        for (qsizetype i = 1; i + 1 < argv.size(); ++i) {
            const QString &flag = argv.at(i);
            if (flag.startsWith(u'-') && !flag.startsWith(u"--") && flag.contains(u'c'))
                return {argv.mid(i + 1).join(u' '), true};
        }
    }
    return {argv.join(u' '), false};
}

class ConcurrencyCheck
{
public:
    explicit ConcurrencyCheck(RuleContext &context) : m_context(context), m_model(context.model()) {}

    void run()
    {
        if (m_model.workloads.isEmpty() && m_model.dockerfiles.isEmpty()) {
            m_context.setNotApplicableReason(
                Factor,
                QCoreApplication::translate("tfi::Rules", "the repository declares no processes to scale"));
            return;
        }
        m_context.markApplicable(Factor);
        checkSingleReplicas();
        checkHpaWithReplicas();
        checkDaemons();
        checkResourceRequests();
        creditProcessTypes();
    }

private:
    void checkSingleReplicas();
    void checkHpaWithReplicas();
    void checkDaemons();
    void checkCommand(const CommandText &command, const Location &location, const FindingScope &scope,
                      const QString &name);
    void checkResourceRequests();
    void creditProcessTypes();
    bool hasLimitRange() const;
    bool scaledByHpa(const Workload &workload) const;
    bool kustomizeScalesUp(const Workload &workload) const;

    RuleContext &m_context;
    const DeploymentModel &m_model;
    QSet<QString> m_reportedCommands; // "path:line" of commands already judged
};

bool ConcurrencyCheck::scaledByHpa(const Workload &workload) const
{
    for (const HpaDef &hpa : m_model.hpas) {
        if (hpa.targetKind == u"Deployment" && hpa.targetName == workload.name &&
            traits::sameScope(hpa.namespaceName, hpa.environment, workload.namespaceName,
                              workload.environment))
            return true;
    }
    return false;
}

bool ConcurrencyCheck::kustomizeScalesUp(const Workload &workload) const
{
    for (const KustomizationInfo &kustomization : m_model.kustomizations) {
        for (const KustomizeReplicas &replicas : kustomization.replicas) {
            if (replicas.name == workload.name && replicas.count > 1)
                return true;
        }
    }
    return false;
}

void ConcurrencyCheck::checkSingleReplicas()
{
    // Names of Kubernetes workloads laid out per environment (overlays): their environment-less
    // base is not what gets deployed.
    QSet<QString> perEnvironment;
    for (const Workload &workload : m_model.workloads) {
        if (traits::isKubernetesWorkload(workload) && !workload.environment.isEmpty())
            perEnvironment.insert(workload.name);
    }
    for (const Workload &workload : m_model.workloads) {
        if (workload.kind != WorkloadKind::Deployment || !traits::isKubernetesWorkload(workload) ||
            traits::isDevWorkload(workload))
            continue;
        if (workload.replicas && *workload.replicas != 1)
            continue;
        const bool prod = traits::isProdEnvironmentName(workload.environment);
        const bool unknownEnvironment =
            workload.environment.isEmpty() && !perEnvironment.contains(workload.name);
        if (!prod && !unknownEnvironment)
            continue;
        const ServiceDef *front = nullptr;
        for (const ServiceDef &service : m_model.services) {
            if (traits::serviceSelects(service, workload)) {
                front = &service;
                break;
            }
        }
        if (!front || scaledByHpa(workload) || kustomizeScalesUp(workload))
            continue;
        const Location location =
            workload.replicasLocation.isValid() ? workload.replicasLocation : workload.location;
        Finding &finding = m_context.report(
            rule(SingleReplica), location,
            QCoreApplication::translate(
                "tfi::Rules", "%1 serves traffic through the Service %2 but runs a single replica, and no "
                              "HorizontalPodAutoscaler scales it")
                .arg(workload.name, front->name),
            {workload.name, workload.environment, workload.format}, workload.name);
        // Without environments this may be the base that an overlay scales: say so with less weight.
        if (!prod)
            finding.severity = Severity::Info;
    }
}

void ConcurrencyCheck::checkHpaWithReplicas()
{
    for (const HpaDef &hpa : m_model.hpas) {
        if (hpa.targetKind != u"Deployment" && hpa.targetKind != u"StatefulSet")
            continue;
        for (const Workload &workload : m_model.workloads) {
            if (!traits::isKubernetesWorkload(workload) || workload.name != hpa.targetName ||
                !workload.replicas ||
                !traits::sameScope(hpa.namespaceName, hpa.environment, workload.namespaceName,
                                   workload.environment))
                continue;
            const bool kindMatches =
                (hpa.targetKind == u"Deployment" && workload.kind == WorkloadKind::Deployment) ||
                (hpa.targetKind == u"StatefulSet" && workload.kind == WorkloadKind::StatefulSet);
            if (!kindMatches)
                continue;
            m_context.report(
                rule(HpaWithReplicas), workload.replicasLocation,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "%1 sets replicas to %2 while the HorizontalPodAutoscaler %3 scales it; every "
                    "apply resets the replica count the autoscaler chose")
                    .arg(workload.name)
                    .arg(*workload.replicas)
                    .arg(hpa.name),
                {workload.name, workload.environment, workload.format}, hpa.name);
        }
    }
}

void ConcurrencyCheck::checkCommand(const CommandText &command, const Location &location,
                                    const FindingScope &scope, const QString &name)
{
    if (command.script.trimmed().isEmpty() || !location.isValid())
        return;
    const QString key = location.path + u':' + QString::number(location.line) + u':' + scope.environment;
    if (m_reportedCommands.contains(key))
        return;
    const QString manager =
        processManagerIn(command.isShell ? command.script : command.script.section(u' ', 0, 1));
    if (!manager.isEmpty()) {
        m_reportedCommands.insert(key);
        m_context.report(
            rule(MultipleDaemons), location,
            QCoreApplication::translate(
                "tfi::Rules", "%1 runs %2, which keeps several long-running processes in one container")
                .arg(name, manager),
            scope, manager);
        return;
    }
    if (command.isShell && backgroundsACommand(command.script)) {
        m_reportedCommands.insert(key);
        m_context.report(
            rule(MultipleDaemons), location,
            QCoreApplication::translate(
                "tfi::Rules",
                "%1 sends a process to the background with & and runs another in the same container")
                .arg(name),
            scope, QStringLiteral("&"));
    }
}

void ConcurrencyCheck::checkDaemons()
{
    for (const Workload &workload : m_model.workloads) {
        const FindingScope scope{workload.name, workload.environment, workload.format};
        for (const Container &container : workload.containers) {
            if (container.init)
                continue;
            const QStringList argv = container.command + container.args;
            const QString name = workload.containers.size() > 1 && !container.name.isEmpty()
                                     ? QCoreApplication::translate("tfi::Rules", "%1 (container %2)")
                                           .arg(workload.name, container.name)
                                     : workload.name;
            const Location location =
                container.commandLocation.isValid() ? container.commandLocation : container.argsLocation;
            checkCommand(commandText(argv, container.commandIsShellForm), location, scope, name);
        }
    }
    for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
        const FindingScope scope{{}, {}, SourceFormat::Dockerfile};
        if (!dockerfile.entrypoint.isEmpty())
            checkCommand(commandText(dockerfile.entrypoint, dockerfile.entrypointShellForm),
                         dockerfile.entrypointLocation, scope, dockerfile.path);
        if (!dockerfile.cmd.isEmpty())
            checkCommand(commandText(dockerfile.cmd, dockerfile.cmdShellForm), dockerfile.cmdLocation, scope,
                         dockerfile.path);
    }
}

bool ConcurrencyCheck::hasLimitRange() const
{
    const RepoSnapshot *snapshot = m_context.snapshot();
    if (!snapshot)
        return false;
    static const QRegularExpression limitRange(QStringLiteral(R"((^|\n)kind:\s*["']?LimitRange\b)"));
    for (const SourceFile &file : snapshot->files()) {
        if (!file.isText() || !(file.path.endsWith(u".yaml") || file.path.endsWith(u".yml")))
            continue;
        if (file.content.contains("LimitRange") &&
            limitRange.match(QString::fromUtf8(file.content)).hasMatch())
            return true;
    }
    return false;
}

void ConcurrencyCheck::checkResourceRequests()
{
    bool limitRangeKnown = false;
    bool limitRange = false;
    for (const Workload &workload : m_model.workloads) {
        if (!traits::isKubernetesWorkload(workload) || traits::isDevWorkload(workload))
            continue;
        for (const Container &container : workload.containers) {
            if (container.init)
                continue;
            // Kubernetes takes a missing request from the limit.
            const auto declares = [&](const QString &resource) {
                return container.resources.requests.contains(resource) ||
                       container.resources.limits.contains(resource);
            };
            const bool cpu = declares(QStringLiteral("cpu"));
            const bool memory = declares(QStringLiteral("memory"));
            if (cpu && memory)
                continue;
            if (!limitRangeKnown) {
                limitRange = hasLimitRange();
                limitRangeKnown = true;
            }
            if (limitRange)
                return; // the namespace gives defaults
            const Location location =
                container.resources.location.isValid() ? container.resources.location : container.location;
            QString message;
            if (!cpu && !memory)
                message = QCoreApplication::translate("tfi::Rules",
                                                      "container %1 of %2 requests neither CPU nor memory");
            else if (!cpu)
                message = QCoreApplication::translate("tfi::Rules", "container %1 of %2 requests no CPU");
            else
                message = QCoreApplication::translate("tfi::Rules", "container %1 of %2 requests no memory");
            m_context.report(rule(MissingRequests), location, message.arg(container.name, workload.name),
                             {workload.name, workload.environment, workload.format}, container.name);
        }
    }
}

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

void ConcurrencyCheck::creditProcessTypes()
{
    // Process types declared side by side in one file (Procfile, fly.toml, render.yaml) or one
    // Compose project, and Kubernetes workloads that run one image as several processes.
    QMap<QString, QStringList> byFile;
    QMap<QString, Location> firstLocation;
    QMap<QString, QStringList> byImage;
    QMap<QString, Location> imageLocation;
    for (const Workload &workload : m_model.workloads) {
        QString key;
        switch (workload.kind) {
        case WorkloadKind::Procfile:
        case WorkloadKind::FlyProcess:
        case WorkloadKind::RenderService:
            key = workload.location.path;
            break;
        case WorkloadKind::ComposeService:
            if (!workload.containers.isEmpty() &&
                traits::isAppContainer(workload, workload.containers.first()))
                key = directoryOf(workload.location.path) + QStringLiteral("/compose");
            break;
        case WorkloadKind::Deployment:
        case WorkloadKind::StatefulSet:
            for (const Container &container : workload.containers) {
                if (container.init || container.image.isEmpty())
                    continue;
                const QString image = traits::imageBaseName(container.image);
                if (!byImage[image].contains(workload.name))
                    byImage[image].append(workload.name);
                if (!imageLocation.contains(image))
                    imageLocation.insert(image, workload.location);
                break;
            }
            break;
        default:
            break;
        }
        if (key.isEmpty())
            continue;
        if (!byFile[key].contains(workload.name))
            byFile[key].append(workload.name);
        if (!firstLocation.contains(key))
            firstLocation.insert(key, workload.location);
    }
    for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        const Location location = firstLocation.value(it.key());
        m_context.credit(Factor,
                         QCoreApplication::translate(
                             "tfi::Rules", "%1 declares separate process types that scale independently: %2")
                             .arg(location.path, it.value().join(QStringLiteral(", "))),
                         location);
    }
    for (auto it = byImage.cbegin(); it != byImage.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        m_context.credit(
            Factor,
            QCoreApplication::translate(
                "tfi::Rules", "the image %1 runs as separate workloads that scale independently: %2")
                .arg(it.key(), it.value().join(QStringLiteral(", "))),
            imageLocation.value(it.key()));
    }
}

} // namespace

const QList<RuleInfo> &concurrencyRules()
{
    static const QList<RuleInfo> rules = {
        {"concurrency.single-replica",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A web workload runs a single replica"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "A twelve-factor app handles more load by running more copies of a process, not by "
             "growing one. A process that serves traffic as a single replica cannot absorb a peak, "
             "and every restart, rollout or node drain takes it offline."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Run at least two replicas of processes that serve traffic in production, or let a "
             "HorizontalPodAutoscaler scale them."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "In the Deployment, set `spec.replicas: 2` or more, or add a HorizontalPodAutoscaler "
               "with `scaleTargetRef` naming the Deployment and `minReplicas: 2`.")}},
         {"polaris:deploymentMissingReplicas", "kube-linter:minimum-three-replicas"}},
        {"concurrency.hpa-with-replicas",
         Factor,
         Severity::Info,
         QT_TRANSLATE_NOOP("tfi::Rules", "A workload scaled by an autoscaler also fixes its replica count"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "When an autoscaler owns the number of processes, the manifest should not also pin it. "
             "Each apply of a manifest that sets replicas scales the workload back to that number, "
             "undoing what the autoscaler decided under load."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Remove `spec.replicas` from workloads that a HorizontalPodAutoscaler targets and set "
             "the range with the autoscaler's minReplicas and maxReplicas."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Delete the `replicas:` line of the Deployment; keep `minReplicas` in the "
                             "HorizontalPodAutoscaler.")}},
         {"kube-score:deployment-targeted-by-hpa-does-not-have-replicas-configured"}},
        {"concurrency.multiple-daemons",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "Several long-running processes share one container"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Twelve-factor apps give each type of work its own process type so that each can be "
             "scaled, restarted and observed on its own. A process manager or a shell that "
             "backgrounds one program and runs another hides processes from the platform: they "
             "scale together, crash silently and log through one stream."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Run one process per container and declare each kind of work as its own process type, "
             "service or workload."),
         {{SourceFormat::Procfile,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Give each program its own line: `web: gunicorn app:app` and `worker: celery -A app "
               "worker`.")},
          {SourceFormat::Compose,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Split the service in two that share the build: `web` with the server command and "
               "`worker` with the worker command.")},
          {SourceFormat::Dockerfile,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Let CMD start one program in the foreground (exec form, e.g. `CMD [\"gunicorn\", "
               "\"app:app\"]`) and run other programs from their own containers.")},
          {SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Run each program in its own container or Deployment instead of `sh -c \"a & b\"`.")}},
         {}},
        {"concurrency.missing-resource-requests",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A container does not request CPU or memory"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Scaling out means the platform places many processes side by side. Without resource "
             "requests the scheduler cannot tell how many fit on a node, so processes get "
             "overpacked, starve each other and get evicted under load, and autoscaling on "
             "utilisation has nothing to measure against."),
         QT_TRANSLATE_NOOP("tfi::Rules", "Declare CPU and memory requests for every container."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Add `resources: {requests: {cpu: 100m, memory: 128Mi}}` to the container, sized "
               "from what it uses.")}},
         {"kube-score:container-resources", "polaris:cpuRequestsMissing", "polaris:memoryRequestsMissing",
          "kube-linter:unset-cpu-requirements", "kube-linter:unset-memory-requirements"}},
    };
    return rules;
}

void checkConcurrency(RuleContext &context)
{
    ConcurrencyCheck(context).run();
}

} // namespace tfi
