#include "factorrules.h"
#include "workloadtraits.h"

#include "../modelbuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

// VI. Processes: execute the app as one or more stateless processes. Anything that must
// outlive a request lives in a backing service, never on the process's disk or in its memory.

namespace tfi {

namespace {

constexpr int Factor = 6;

enum RuleIndex
{
    HostPath,
    StatefulVolume,
    EmptyDirStore,
    SessionAffinity,
    LocalUploads,
    InMemorySessions
};

const RuleInfo &rule(RuleIndex index)
{
    return processesRules().at(index);
}

bool isUploadPath(const QString &path)
{
    static const QRegularExpression upload(
        QStringLiteral(R"((^|/)(uploads?|media|user[-_]?(content|files|uploads)|attachments)(/|$))"),
        QRegularExpression::CaseInsensitiveOption);
    return upload.match(path).hasMatch();
}

// A directory where an app keeps data it expects to find again.
bool isDataPath(const QString &path)
{
    static const QRegularExpression data(
        QStringLiteral(
            R"((^|/)(data|storage|db|database|state|files|sqlite|persist\w*)(/|$)|^/var/lib(/|$))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scratch(
        QStringLiteral(R"(tmp|temp|cache|/run(/|$)|log|sock|shm|scratch)"),
        QRegularExpression::CaseInsensitiveOption);
    return data.match(path).hasMatch() && !scratch.match(path).hasMatch();
}

// A bind source that names a single configuration or certificate file rather than a directory.
bool isFileSource(const QString &source)
{
    static const QRegularExpression file(
        QStringLiteral(
            R"(\.(conf|cfg|ini|ya?ml|json|toml|xml|properties|env|pem|crt|key|sh|lua|js|py|rb|txt|html|sock)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return file.match(source).hasMatch();
}

bool usesObjectStorage(const Container &container)
{
    static const QRegularExpression storage(
        QStringLiteral(
            R"((^|_)(S3|BUCKET|GCS|AZURE_STORAGE|MINIO|CLOUDINARY|DEFAULT_FILE_STORAGE|STORAGES|FILE_STORAGE|)"
            R"(ACTIVE_STORAGE_SERVICE|STORAGE_BACKEND)(_|$))"),
        QRegularExpression::CaseInsensitiveOption);
    for (const EnvVar &var : container.env) {
        if (storage.match(var.name).hasMatch())
            return true;
    }
    return false;
}

bool isLocalPathValue(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty() || text.contains(u"://") || text.contains(u'$'))
        return false;
    static const QRegularExpression path(QStringLiteral(R"(^(/|\./|\.\./)?[\w.@-]+(/[\w.@-]*)*$)"));
    return path.match(text).hasMatch();
}

QString containerLabel(const Workload &workload, const Container &container)
{
    if (workload.containers.size() > 1 && !container.name.isEmpty())
        return QCoreApplication::translate("tfi::Rules", "%1 (container %2)")
            .arg(workload.name, container.name);
    return workload.name;
}

class ProcessesCheck
{
public:
    explicit ProcessesCheck(RuleContext &context) : m_context(context), m_model(context.model())
    {
        for (const ComposeFileInfo &file : m_model.composeFiles)
            m_composeRoles.insert(file.path, file.role);
    }

    void run()
    {
        if (m_model.workloads.isEmpty() && m_model.dockerfiles.isEmpty()) {
            m_context.setNotApplicableReason(
                Factor, QCoreApplication::translate("tfi::Rules", "the repository declares no processes"));
        } else {
            m_context.markApplicable(Factor);
        }
        checkKubernetesVolumes();
        checkComposeVolumes();
        checkSqlite();
        checkSessionAffinity();
        checkUploadSettings();
        checkInMemorySessions();
    }

private:
    void checkKubernetesVolumes();
    void checkComposeVolumes();
    void checkComposeMounts(const Workload &service, bool deployed);
    void checkSqlite();
    void checkSessionAffinity();
    // `message` names the object (%1) and the setting (%2).
    void reportAffinityAnnotations(const QMap<QString, QString> &annotations, const Location &objectLocation,
                                   const QString &objectName, const QString &message,
                                   const FindingScope &scope);
    void checkUploadSettings();
    void checkInMemorySessions();
    void checkExpressSession(const QString &path, const QStringList &lines);

    RuleContext &m_context;
    const DeploymentModel &m_model;
    QHash<QString, QString> m_composeRoles; // compose file path -> role
};

void ProcessesCheck::checkKubernetesVolumes()
{
    for (const Workload &workload : m_model.workloads) {
        if (!traits::isKubernetesWorkload(workload) || traits::isDevWorkload(workload))
            continue;
        const FindingScope scope{workload.name, workload.environment, workload.format};
        const bool nodeAgent = workload.kind == WorkloadKind::DaemonSet;
        const bool interchangeable =
            workload.kind == WorkloadKind::Deployment || workload.kind == WorkloadKind::ReplicaSet;
        // Jobs and CronJobs run to completion: their volumes are scratch space or inputs.
        const bool longRunning = interchangeable || workload.kind == WorkloadKind::StatefulSet ||
                                 workload.kind == WorkloadKind::Pod;
        QHash<QString, int> mountCounts;
        for (const Container &container : workload.containers) {
            for (const VolumeMount &mount : container.volumeMounts)
                ++mountCounts[mount.name];
        }
        // Node agents read the node's files by design.
        if (!nodeAgent) {
            for (const Volume &volume : workload.volumes) {
                if (volume.kind != Volume::Kind::HostPath || !mountCounts.contains(volume.name))
                    continue;
                m_context.report(
                    rule(HostPath), volume.location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 mounts the node directory %2 (hostPath volume %3); its files stay on "
                        "whichever node the pod ran on")
                        .arg(workload.name, volume.source, volume.name),
                    scope, volume.name);
            }
        }
        for (const Container &container : workload.containers) {
            if (!longRunning || container.init || !traits::isAppContainer(workload, container))
                continue;
            for (const VolumeMount &mount : container.volumeMounts) {
                if (mount.readOnly)
                    continue;
                const QString label = containerLabel(workload, container);
                if (isUploadPath(mount.mountPath) && mount.kind != Volume::Kind::ConfigMap &&
                    mount.kind != Volume::Kind::Secret && mount.kind != Volume::Kind::Projected) {
                    if (!usesObjectStorage(container))
                        m_context.report(
                            rule(LocalUploads), mount.location,
                            QCoreApplication::translate(
                                "tfi::Rules",
                                "%1 stores uploads on a volume mounted at %2 instead of in object "
                                "storage")
                                .arg(label, mount.mountPath),
                            scope, container.name + u':' + mount.mountPath);
                    continue;
                }
                if (mount.kind == Volume::Kind::Pvc && interchangeable) {
                    QString claim = mount.name;
                    for (const Volume &volume : workload.volumes) {
                        if (volume.name == mount.name && !volume.source.isEmpty())
                            claim = volume.source;
                    }
                    m_context.report(
                        rule(StatefulVolume), mount.location,
                        QCoreApplication::translate(
                            "tfi::Rules",
                            "%1 keeps data on the PersistentVolumeClaim %2 mounted at %3, but the "
                            "replicas of a Deployment are meant to be interchangeable and "
                            "disposable")
                            .arg(label, claim, mount.mountPath),
                        scope, container.name + u':' + mount.mountPath);
                } else if (mount.kind == Volume::Kind::EmptyDir && !nodeAgent &&
                           mountCounts.value(mount.name) == 1 && isDataPath(mount.mountPath)) {
                    m_context.report(
                        rule(EmptyDirStore), mount.location,
                        QCoreApplication::translate(
                            "tfi::Rules",
                            "%1 keeps data in the emptyDir volume %2 at %3; it is lost when the pod "
                            "goes and is not shared with other replicas")
                            .arg(label, mount.name, mount.mountPath),
                        scope, container.name + u':' + mount.mountPath);
                }
            }
        }
    }
}

void ProcessesCheck::checkComposeVolumes()
{
    // Compose environments other than the default one (compose.prod.yaml layered on the base)
    // describe deployments. The default environment (base plus override) usually runs on a
    // laptop: judge only what its base file sets, with less weight, and only for services no
    // deployed environment judges already.
    QSet<QString> deployedServices;
    for (const Workload &workload : m_model.workloads) {
        if (workload.format == SourceFormat::Compose && !traits::isDevWorkload(workload))
            deployedServices.insert(workload.location.path + u'|' + workload.name);
    }
    for (const Workload &workload : m_model.workloads) {
        if (workload.format != SourceFormat::Compose || traits::isDevPath(workload.location.path))
            continue;
        const bool deployed = !traits::isDevWorkload(workload);
        if (!deployed && deployedServices.contains(workload.location.path + u'|' + workload.name))
            continue;
        checkComposeMounts(workload, deployed);
    }
}

void ProcessesCheck::checkComposeMounts(const Workload &service, bool deployed)
{
    if (service.containers.isEmpty())
        return;
    const Container &container = service.containers.first();
    if (!traits::isAppContainer(service, container))
        return;
    const FindingScope scope{service.name, service.environment, SourceFormat::Compose};
    for (const VolumeMount &mount : container.volumeMounts) {
        if (mount.readOnly || !mount.location.isValid())
            continue;
        if (!deployed && traits::isDevComposeRole(m_composeRoles.value(mount.location.path)))
            continue;
        const bool bind = mount.kind == Volume::Kind::Bind;
        const bool named = mount.kind == Volume::Kind::Named && !mount.name.isEmpty();
        if (!bind && !named)
            continue;
        Finding *finding = nullptr;
        if (isUploadPath(mount.mountPath)) {
            if (!usesObjectStorage(container))
                finding = &m_context.report(
                    rule(LocalUploads), mount.location,
                    QCoreApplication::translate(
                        "tfi::Rules", "%1 stores uploads on the volume %2 mounted at %3 instead of in "
                                      "object storage")
                        .arg(service.name, mount.name, mount.mountPath),
                    scope, mount.mountPath);
        } else if (isDataPath(mount.mountPath)) {
            finding = &m_context.report(
                rule(StatefulVolume), mount.location,
                QCoreApplication::translate(
                    "tfi::Rules", "%1 keeps data in the volume %2 mounted at %3; a second instance would "
                                  "not see it")
                    .arg(service.name, mount.name, mount.mountPath),
                scope, mount.mountPath);
        } else if (deployed && bind && !isFileSource(mount.name) && !mount.name.endsWith(u"docker.sock")) {
            finding = &m_context.report(
                rule(HostPath), mount.location,
                QCoreApplication::translate(
                    "tfi::Rules", "%1 bind-mounts the host directory %2 at %3, which ties it to one "
                                  "machine")
                    .arg(service.name, mount.name, mount.mountPath),
                scope, mount.mountPath);
        }
        // The default Compose environment often only runs on a laptop: say it with less weight.
        if (finding && !deployed)
            finding->severity = Severity::Info;
    }
}

void ProcessesCheck::checkSqlite()
{
    for (const Workload &workload : m_model.workloads) {
        if (traits::isDevWorkload(workload) || workload.kind == WorkloadKind::Dockerfile)
            continue;
        for (const Container &container : workload.containers) {
            if (container.init || !traits::isAppContainer(workload, container))
                continue;
            // A volume under the file is a deliberate single-node design (LiteFS, a PVC); the
            // volume rules judge that.
            bool mountsVolume = false;
            for (const VolumeMount &mount : container.volumeMounts)
                mountsVolume =
                    mountsVolume || mount.kind == Volume::Kind::Pvc || mount.kind == Volume::Kind::Named;
            if (mountsVolume)
                continue;
            for (const ResolvedEnvVar &env : effectiveEnvironment(m_model, workload, container)) {
                if (!env.resolved || !env.value.trimmed().startsWith(u"sqlite", Qt::CaseInsensitive) ||
                    !env.value.contains(u':'))
                    continue;
                const Location location = env.valueLocation.isValid() ? env.valueLocation : env.var.location;
                m_context.report(
                    rule(StatefulVolume), location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 keeps its database in a local SQLite file (%2); each process gets its own "
                        "copy and loses it on restart")
                        .arg(containerLabel(workload, container), env.var.name),
                    {workload.name, workload.environment, workload.format}, env.var.name);
            }
        }
    }
}

void ProcessesCheck::reportAffinityAnnotations(const QMap<QString, QString> &annotations,
                                               const Location &objectLocation, const QString &objectName,
                                               const QString &message, const FindingScope &scope)
{
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        const QString &key = it.key();
        const QString value = it.value().trimmed().toLower();
        bool sticky = false;
        if (key.endsWith(u"/affinity") || key == u"haproxy.org/cookie-persistence")
            sticky = !value.isEmpty() && value != u"false" && value != u"none";
        else if (key.startsWith(u"traefik.") && (key.endsWith(u".sticky") || key.endsWith(u".sticky.cookie")))
            sticky = value == u"true";
        else if (key == u"alb.ingress.kubernetes.io/target-group-attributes")
            sticky = value.contains(u"stickiness.enabled=true");
        if (!sticky)
            continue;
        const Location location =
            traits::findKeyLocation(m_context.lines(objectLocation.path), objectLocation, key);
        m_context.report(rule(SessionAffinity), location, message.arg(objectName, key), scope, key);
    }
}

void ProcessesCheck::checkSessionAffinity()
{
    for (const ServiceDef &service : m_model.services) {
        if (traits::isDevPath(service.location.path))
            continue;
        const FindingScope scope{service.name, service.environment, SourceFormat::Kubernetes};
        if (service.sessionAffinity == u"ClientIP") {
            m_context.report(
                rule(SessionAffinity),
                service.sessionAffinityLocation.isValid() ? service.sessionAffinityLocation
                                                          : service.location,
                QCoreApplication::translate(
                    "tfi::Rules", "the Service %1 pins each client to one pod (sessionAffinity: ClientIP)")
                    .arg(service.name),
                scope, QStringLiteral("sessionAffinity"));
        }
        reportAffinityAnnotations(
            service.annotations, service.location, service.name,
            QCoreApplication::translate("tfi::Rules", "the Service %1 pins each client to one pod (%2)"),
            scope);
    }
    for (const IngressDef &ingress : m_model.ingresses) {
        if (traits::isDevPath(ingress.location.path))
            continue;
        reportAffinityAnnotations(
            ingress.annotations, ingress.location, ingress.name,
            QCoreApplication::translate("tfi::Rules", "the Ingress %1 pins each client to one pod (%2)"),
            {ingress.name, ingress.environment, SourceFormat::Kubernetes});
    }
    // Traefik labels on Compose services configure a deployed router, even in the base file.
    for (const Workload &workload : m_model.workloads) {
        if (workload.format != SourceFormat::Compose || traits::isDevPath(workload.location.path))
            continue;
        QMap<QString, QString> sticky;
        for (auto it = workload.labels.cbegin(); it != workload.labels.cend(); ++it) {
            if (it.key().startsWith(u"traefik."))
                sticky.insert(it.key(), it.value());
        }
        reportAffinityAnnotations(
            sticky, workload.location, workload.name,
            QCoreApplication::translate("tfi::Rules",
                                        "the Compose service %1 pins each client to one container (%2)"),
            {workload.name, workload.environment, workload.format});
    }
}

void ProcessesCheck::checkUploadSettings()
{
    static const QRegularExpression uploadSetting(
        QStringLiteral(R"(^(MEDIA_ROOT|(\w+_)?UPLOADS?_(DIR|PATH|FOLDER|ROOT|DIRECTORY|LOCATION))$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const Workload &workload : m_model.workloads) {
        if (traits::isDevWorkload(workload) || workload.kind == WorkloadKind::Dockerfile)
            continue;
        for (const Container &container : workload.containers) {
            if (container.init || !traits::isAppContainer(workload, container) ||
                usesObjectStorage(container))
                continue;
            for (const EnvVar &var : container.env) {
                if (var.kind != ValueKind::Literal || !uploadSetting.match(var.name).hasMatch() ||
                    !isLocalPathValue(var.value))
                    continue;
                // A mounted upload volume is reported with its mount; the setting adds nothing.
                bool mounted = false;
                for (const VolumeMount &mount : container.volumeMounts)
                    mounted = mounted || (isUploadPath(mount.mountPath) && !mount.readOnly);
                if (mounted && traits::isKubernetesWorkload(workload))
                    continue;
                m_context.report(rule(LocalUploads), var.location,
                                 QCoreApplication::translate(
                                     "tfi::Rules",
                                     "%1 stores uploaded files on local disk: %2 points at the local path %3")
                                     .arg(containerLabel(workload, container), var.name, var.value.trimmed()),
                                 {workload.name, workload.environment, workload.format}, var.name);
            }
        }
    }
    // fly.toml [mounts] at an upload path: a volume of one machine.
    for (const Workload &workload : m_model.workloads) {
        if (workload.kind != WorkloadKind::FlyProcess || traits::isDevWorkload(workload))
            continue;
        for (const Container &container : workload.containers) {
            if (usesObjectStorage(container))
                continue;
            for (const VolumeMount &mount : container.volumeMounts) {
                if (isUploadPath(mount.mountPath))
                    m_context.report(
                        rule(LocalUploads), mount.location,
                        QCoreApplication::translate(
                            "tfi::Rules",
                            "%1 stores uploads on the fly volume %2 mounted at %3; each machine has "
                            "its own volume")
                            .arg(workload.name, mount.name, mount.mountPath),
                        {workload.name, workload.environment, workload.format}, mount.mountPath);
            }
        }
    }
}

void ProcessesCheck::checkExpressSession(const QString &path, const QStringList &lines)
{
    static const QRegularExpression sessionCall(QStringLiteral(R"(\bsession\(\s*(\{|$))"));
    static const QRegularExpression memoryStore(QStringLiteral(R"(\bnew\s+(\w+\.)?MemoryStore\s*\()"));
    static const QRegularExpression storeOption(QStringLiteral(R"(\bstore\s*:|\bstore\s*[,}])"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.size() > 2000)
            continue;
        const QRegularExpressionMatch memory = memoryStore.match(line);
        if (memory.hasMatch()) {
            m_context.report(rule(InMemorySessions), {path, int(i) + 1, int(memory.capturedStart()) + 1},
                             QCoreApplication::translate(
                                 "tfi::Rules", "%1 keeps sessions in a MemoryStore inside the process")
                                 .arg(path),
                             {}, QStringLiteral("MemoryStore"));
            return;
        }
        const QRegularExpressionMatch call = sessionCall.match(line);
        if (!call.hasMatch())
            continue;
        // The options object: until the parentheses balance, within a bounded window.
        QString options;
        int depth = 0;
        bool started = false;
        for (qsizetype j = i; j < lines.size() && j < i + 40; ++j) {
            const QString text = j == i ? lines.at(j).mid(call.capturedStart()) : lines.at(j);
            options += text + u'\n';
            for (const QChar c : text) {
                if (c == u'(') {
                    ++depth;
                    started = true;
                } else if (c == u')') {
                    --depth;
                }
            }
            if (started && depth <= 0)
                break;
        }
        if (!options.contains(u'{') || storeOption.match(options).hasMatch())
            continue;
        m_context.report(
            rule(InMemorySessions), {path, int(i) + 1, int(call.capturedStart()) + 1},
            QCoreApplication::translate(
                "tfi::Rules",
                "%1 configures express-session without a store, so sessions live in the memory of one "
                "process")
                .arg(path),
            {}, QStringLiteral("express-session"));
        return;
    }
}

void ProcessesCheck::checkInMemorySessions()
{
    const RepoSnapshot *snapshot = m_context.snapshot();
    if (!snapshot)
        return;
    static const QRegularExpression pythonWeb(QStringLiteral(
        R"((^|\n)\s*(from|import)\s+(flask|fastapi|django|aiohttp|bottle|starlette|tornado|sanic|quart)\b)"));
    static const QRegularExpression jsWeb(QStringLiteral(
        R"(require\(\s*['"](express|fastify|koa|http)['"]\s*\)|from\s+['"](express|fastify|koa|http|@nestjs/[\w-]+)['"])"));
    static const QRegularExpression goWeb(QStringLiteral(R"("net/http")"));
    static const QRegularExpression pythonStore(QStringLiteral(
        R"(^(SESSIONS|sessions|_sessions|session_store|SESSION_STORE|_session_store|active_sessions|user_sessions)\s*)"
        R"((:[^=]+)?=\s*(\{\s*\}|dict\(\s*\))\s*(#.*)?$)"));
    static const QRegularExpression jsStore(QStringLiteral(
        R"(^(export\s+)?(const|let|var)\s+(sessions|sessionStore|SESSIONS|userSessions|activeSessions)\s*(:[^=]+)?)"
        R"(=\s*(\{\s*\}|new\s+Map(<[^>]*>)?\(\s*\))\s*;?\s*(//.*)?$)"));
    static const QRegularExpression goStore(
        QStringLiteral(R"(^var\s+(sessions|sessionStore)\s*=\s*(make\()?map\[)"));
    static const QRegularExpression cacheEngine(
        QStringLiteral(R"(^\s*SESSION_ENGINE\s*=\s*['"]django\.contrib\.sessions\.backends\.cache['"])"));

    bool anyCachesSetting = false;
    QList<Location> cacheEngines;
    int scanned = 0;
    for (const SourceFile &file : snapshot->files()) {
        if (!traits::isApplicationSource(file))
            continue;
        if (++scanned > 5000)
            break;
        const QString lower = file.path.toLower();
        const bool python = lower.endsWith(u".py");
        const bool javascript = lower.endsWith(u".js") || lower.endsWith(u".ts") || lower.endsWith(u".mjs") ||
                                lower.endsWith(u".cjs");
        const bool go = lower.endsWith(u".go");
        if (!python && !javascript && !go)
            continue;
        const QString content = QString::fromUtf8(file.content);
        const QStringList &lines = m_context.lines(file.path);
        if (javascript && content.contains(u"express-session"))
            checkExpressSession(file.path, lines);
        if (python && content.contains(u"CACHES"))
            anyCachesSetting = true;
        if (python && content.contains(u"SESSION_ENGINE")) {
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (cacheEngine.match(lines.at(i)).hasMatch()) {
                    // The cache backend decides: LocMemCache in this file, or Django's default.
                    if (content.contains(u"LocMemCache") || !content.contains(u"CACHES"))
                        cacheEngines.append({file.path, int(i) + 1, 1});
                }
            }
        }
        const QRegularExpression *store = python ? &pythonStore : javascript ? &jsStore : &goStore;
        const QRegularExpression *web = python ? &pythonWeb : javascript ? &jsWeb : &goWeb;
        if (!web->match(content).hasMatch())
            continue;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).size() > 500)
                continue;
            const QRegularExpressionMatch match = store->match(lines.at(i));
            if (!match.hasMatch())
                continue;
            const QString name = python       ? match.captured(1)
                                 : javascript ? match.captured(3)
                                              : match.captured(1);
            m_context.report(
                rule(InMemorySessions), {file.path, int(i) + 1, 1},
                QCoreApplication::translate(
                    "tfi::Rules",
                    "%1 keeps sessions in the module-level variable %2 of a web app; each process "
                    "has its own and loses them on restart")
                    .arg(file.path, name),
                {}, name);
            break;
        }
    }
    for (const Location &location : std::as_const(cacheEngines)) {
        // With CACHES set in another settings file the backend is unknown here.
        const QStringList &lines = m_context.lines(location.path);
        const QString content = lines.join(u'\n');
        if (!content.contains(u"LocMemCache") && anyCachesSetting)
            continue;
        m_context.report(rule(InMemorySessions), location,
                         QCoreApplication::translate(
                             "tfi::Rules",
                             "%1 keeps Django sessions in the cache, and the cache is the per-process local "
                             "memory cache")
                             .arg(location.path),
                         {}, QStringLiteral("SESSION_ENGINE"));
    }
}

} // namespace

const QList<RuleInfo> &processesRules()
{
    static const QList<RuleInfo> rules = {
        {"processes.host-path",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A process depends on a directory of its host"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Twelve-factor processes share nothing with the machine they run on, so the platform "
             "can start them anywhere. A host directory mounted into the process ties it to one "
             "node: what it writes there stays behind when the process moves, and another node "
             "starts without it."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Keep persistent data in a backing service (database, object storage) and use "
                           "ConfigMaps, Secrets or the image for files the process reads."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Replace the `hostPath` volume with a backing service, or an `emptyDir` for scratch "
               "space.")},
          {SourceFormat::Compose,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Drop the bind mount from the deployed Compose file; keep source mounts in "
                             "compose.override.yaml for development.")}},
         {"kube-linter:writable-host-mount"}},
        {"processes.stateful-volume",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A stateless process keeps state on a volume"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Twelve-factor processes are stateless and share nothing: any data that must persist "
             "lives in a stateful backing service. An app process that writes to a volume or a local "
             "SQLite file cannot be scaled out or replaced freely, because each copy sees different "
             "data and a ReadWriteOnce claim attaches to one node only."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Move the data into a database or object storage that all processes reach through "
                           "config; run data stores that need volumes as StatefulSets or managed services."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Remove the persistentVolumeClaim from the Deployment and point the app at a backing "
               "service, e.g. `DATABASE_URL` from a Secret.")},
          {SourceFormat::Compose,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Let the app service write to the database service instead of a mounted data "
                             "directory.")}},
         {}},
        {"processes.emptydir-store",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "An emptyDir volume is used as a data store"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "A process's local disk is a scratch space for a single transaction, never a store. "
             "An emptyDir lives only as long as its pod and belongs to one replica, so data kept in "
             "it disappears on every rollout and is invisible to the other replicas."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Store the data in a backing service; keep emptyDir for temporary files and caches "
             "(/tmp, /var/cache)."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Mount the emptyDir at a scratch path such as /tmp, and write lasting data to a "
                             "database or bucket.")}},
         {}},
        {"processes.session-affinity",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "Requests are pinned to one process with sticky sessions"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Sticky sessions exist to hide state that a process keeps in memory between requests. "
             "Twelve-factor processes keep session state in a backing service, so any process can "
             "answer any request and one can be restarted without logging users out."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Keep session data in a store such as Redis or the database, then remove the affinity "
             "setting."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Remove `sessionAffinity: ClientIP` from the Service or the affinity annotation from "
               "the Ingress once sessions live in a shared store.")},
          {SourceFormat::Compose,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Remove the `loadbalancer.sticky` Traefik label once sessions live in a shared "
                             "store.")}},
         {}},
        {"processes.local-uploads",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "Uploaded files are stored on local disk"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "A file a user uploads must outlive the process that received it and be visible to "
             "every other process. Written to a local directory or volume, it vanishes on restart "
             "or is served by only one replica."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Store uploads in object storage (S3, GCS, Azure Blob) configured through the "
                           "environment."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Drop the uploads volume and configure a storage backend, e.g. django-storages or "
               "Active Storage with an S3 bucket named in config.")},
          {SourceFormat::FlyToml,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Use Tigris or another object store instead of a [mounts] volume for uploads.")}},
         {}},
        {"processes.in-memory-sessions",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "Sessions are kept in process memory"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "A process may cache data in memory for one request, never assume it will be there for "
             "the next. Sessions kept in process memory are lost on every restart and missing on "
             "every other process, which forces sticky sessions and breaks scaling."),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "Keep sessions in a shared store (Redis, Memcached, the database) or in signed "
                           "cookies."),
         {},
         {}},
    };
    return rules;
}

void checkProcesses(RuleContext &context)
{
    ProcessesCheck(context).run();
}

} // namespace tfi
