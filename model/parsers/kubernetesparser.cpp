#include "kubernetesparser.h"

#include "../yamlutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tfi {

namespace {

QString keyName(const char *key)
{
    return QString::fromUtf8(key);
}

} // namespace

YamlEntry yamlEntry(const YAML::Node &map, const char *name)
{
    if (!yamlIsMap(map))
        return {};
    for (const auto &item : map) {
        if (item.first.IsDefined() && item.first.IsScalar() && item.first.Scalar() == name)
            return {item.first, item.second};
    }
    return {};
}

void YamlFieldReader::warn(const Location &location, const QString &message)
{
    m_diagnostics.append({location, DiagnosticSeverity::Warning, message});
}

std::optional<int> YamlFieldReader::readInt(const YAML::Node &map, const char *key, Location *location)
{
    const YamlEntry entry = yamlEntry(map, key);
    if (!entry.isSet())
        return std::nullopt;
    const std::optional<int> value = yamlInt(entry.value);
    if (!value) {
        warn(at(entry), QCoreApplication::translate("tfi::YamlFieldReader",
                                                    "\"%1\" should be a whole number; the value was ignored")
                            .arg(keyName(key)));
        return std::nullopt;
    }
    if (location)
        *location = at(entry);
    return value;
}

std::optional<bool> YamlFieldReader::readBool(const YAML::Node &map, const char *key, Location *location)
{
    const YamlEntry entry = yamlEntry(map, key);
    if (!entry.isSet())
        return std::nullopt;
    const std::optional<bool> value = yamlBool(entry.value);
    if (!value) {
        warn(at(entry), QCoreApplication::translate("tfi::YamlFieldReader",
                                                    "\"%1\" should be true or false; the value was ignored")
                            .arg(keyName(key)));
        return std::nullopt;
    }
    if (location)
        *location = at(entry);
    return value;
}

QString YamlFieldReader::readString(const YAML::Node &map, const char *key, Location *location)
{
    const YamlEntry entry = yamlEntry(map, key);
    if (!entry.isSet())
        return {};
    if (!entry.value.IsScalar()) {
        warn(at(entry), QCoreApplication::translate("tfi::YamlFieldReader",
                                                    "\"%1\" should be a single value; it was ignored")
                            .arg(keyName(key)));
        return {};
    }
    if (location)
        *location = at(entry);
    return yamlString(entry.value);
}

QMap<QString, QString> YamlFieldReader::readStringMap(const YAML::Node &map, const char *key)
{
    return yamlStringMap(readMap(map, key));
}

QStringList YamlFieldReader::readStringList(const YAML::Node &map, const char *key, Location *location)
{
    const YamlEntry entry = yamlEntry(map, key);
    if (!entry.isSet())
        return {};
    if (location)
        *location = at(entry);
    if (entry.value.IsScalar()) {
        warn(at(entry), QCoreApplication::translate(
                            "tfi::YamlFieldReader",
                            "\"%1\" should be a list of strings; it was read as a single element")
                            .arg(keyName(key)));
        return {yamlString(entry.value)};
    }
    if (!entry.value.IsSequence()) {
        warn(at(entry), QCoreApplication::translate("tfi::YamlFieldReader",
                                                    "\"%1\" should be a list of strings; it was ignored")
                            .arg(keyName(key)));
        return {};
    }
    QStringList result;
    for (const auto &item : entry.value) {
        if (item.IsScalar()) {
            result.append(yamlString(item));
        } else {
            warn(at(item), QCoreApplication::translate("tfi::YamlFieldReader",
                                                       "an entry of \"%1\" is not a string and was ignored")
                               .arg(keyName(key)));
        }
    }
    return result;
}

YAML::Node YamlFieldReader::readSeq(const YAML::Node &map, const char *key)
{
    const YamlEntry entry = yamlEntry(map, key);
    if (!entry.isSet())
        return YAML::Node(YAML::NodeType::Undefined);
    if (!entry.value.IsSequence()) {
        warn(at(entry),
             QCoreApplication::translate("tfi::YamlFieldReader", "\"%1\" should be a list; it was ignored")
                 .arg(keyName(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return entry.value;
}

YAML::Node YamlFieldReader::readMap(const YAML::Node &map, const char *key)
{
    const YamlEntry entry = yamlEntry(map, key);
    if (!entry.isSet())
        return YAML::Node(YAML::NodeType::Undefined);
    if (!entry.value.IsMap()) {
        warn(at(entry),
             QCoreApplication::translate("tfi::YamlFieldReader", "\"%1\" should be a mapping; it was ignored")
                 .arg(keyName(key)));
        return YAML::Node(YAML::NodeType::Undefined);
    }
    return entry.value;
}

void YamlFieldReader::readPortReference(const YAML::Node &map, const char *key, int &number, QString &name)
{
    const YamlEntry entry = yamlEntry(map, key);
    if (!entry.isSet())
        return;
    if (!entry.value.IsScalar()) {
        warn(at(entry), QCoreApplication::translate("tfi::YamlFieldReader",
                                                    "\"%1\" should be a port number or name; it was ignored")
                            .arg(keyName(key)));
        return;
    }
    if (const std::optional<int> value = yamlInt(entry.value))
        number = *value;
    else
        name = yamlString(entry.value).trimmed();
}

std::optional<int> YamlFieldReader::readPortNumber(const YAML::Node &map, const char *key, Location *location)
{
    Location where;
    const std::optional<int> value = readInt(map, key, &where);
    if (!value)
        return std::nullopt;
    if (*value < 1 || *value > 65535) {
        warn(where, QCoreApplication::translate("tfi::YamlFieldReader",
                                                "\"%1\" is outside the port range 1-65535; it was ignored")
                        .arg(keyName(key)));
        return std::nullopt;
    }
    if (location)
        *location = where;
    return value;
}

namespace {

// `List` documents may nest; real ones do not, hostile ones might.
constexpr int maxListDepth = 8;

// Kubernetes decodes manifests as YAML 1.1 into JSON: a plain 8080 or true is not a string,
// and string fields (env values, ConfigMap data) reject it.
bool isPlainNonString(const YAML::Node &node)
{
    if (!yamlIsScalar(node) || node.Tag() != "?")
        return false;
    static const QRegularExpression nonString(
        QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)?\\.?[0-9]+(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o?[0-7]+"
                       "|true|false|yes|no|on|off|y|n|~|null|[-+]?\\.inf|\\.nan)$"),
        QRegularExpression::CaseInsensitiveOption);
    return nonString.match(QString::fromStdString(node.Scalar())).hasMatch();
}

// Expands $(NAME) references to variables defined earlier in the same container, the way the
// kubelet does: $$ escapes, unknown references stay as written. Sets *referenced when a
// reference named an earlier variable.
QString expandReferences(const QString &value, const QList<EnvVar> &earlier, bool *referenced)
{
    *referenced = false;
    if (!value.contains(u'$'))
        return value;
    QString result;
    result.reserve(value.size());
    qsizetype i = 0;
    while (i < value.size()) {
        const QChar c = value.at(i);
        if (c != u'$' || i + 1 >= value.size()) {
            result.append(c);
            ++i;
            continue;
        }
        const QChar next = value.at(i + 1);
        if (next == u'$') {
            result.append(u'$');
            i += 2;
            continue;
        }
        const qsizetype close = next == u'(' ? value.indexOf(u')', i + 2) : -1;
        if (close < 0) {
            result.append(c);
            ++i;
            continue;
        }
        const QString name = value.mid(i + 2, close - i - 2);
        const EnvVar *target = nullptr;
        for (auto it = earlier.crbegin(); it != earlier.crend(); ++it) {
            if (it->name == name) {
                target = &*it;
                break;
            }
        }
        if (target) {
            *referenced = true;
            const bool resolvable =
                target->kind == ValueKind::Literal || target->kind == ValueKind::Interpolated;
            result.append(resolvable ? target->value : value.mid(i, close - i + 1));
        } else {
            result.append(value.mid(i, close - i + 1));
        }
        i = close + 1;
    }
    return result;
}

struct Metadata
{
    QString kind;
    QString name;
    QString namespaceName;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    Location location; // metadata.name, else the start of the object
};

// Reads the objects of one YAML document.
class ManifestReader : private YamlFieldReader
{
public:
    ManifestReader(const YamlDocument &document, DeploymentModel &out)
        : YamlFieldReader(document, out.diagnostics), m_out(out)
    {}

    void readObject(const YAML::Node &object, int listDepth);

private:
    Metadata readMetadata(const YAML::Node &object, const QString &kind);
    void readWorkload(const YAML::Node &object, const Metadata &metadata, WorkloadKind kind);
    void readPodTemplate(const YAML::Node &owner, const Metadata &metadata, Workload &workload);
    void readPodSpec(const YAML::Node &podSpec, Workload &workload);
    Volume readVolume(const YAML::Node &node);
    void readContainers(const YAML::Node &podSpec, const char *key, bool init, Workload &workload);
    Container readContainer(const YAML::Node &node, bool init, const QList<Volume> &volumes);
    void readEnv(const YAML::Node &container, Container &result);
    void readEnvFrom(const YAML::Node &container, Container &result);
    void readPorts(const YAML::Node &container, Container &result);
    void readProbe(const YAML::Node &container, const char *key, Probe::Kind kind, Container &result);
    void readVolumeMounts(const YAML::Node &container, const QList<Volume> &volumes, Container &result);
    void readPreStop(const YAML::Node &container, Container &result);

    void readService(const YAML::Node &object, const Metadata &metadata);
    void readConfigMap(const YAML::Node &object, const Metadata &metadata);
    void readSecret(const YAML::Node &object, const Metadata &metadata);
    void readIngress(const YAML::Node &object, const Metadata &metadata);
    IngressBackend readIngressBackend(const YAML::Node &backend, const Location &location);
    void readHpa(const YAML::Node &object, const Metadata &metadata);
    void readPdb(const YAML::Node &object, const Metadata &metadata);

    DeploymentModel &m_out;
};

Metadata ManifestReader::readMetadata(const YAML::Node &object, const QString &kind)
{
    Metadata metadata;
    metadata.kind = kind;
    const YAML::Node node = readMap(object, "metadata");
    Location nameLocation;
    metadata.name = readString(node, "name", &nameLocation);
    if (metadata.name.isEmpty())
        metadata.name = readString(node, "generateName", &nameLocation);
    metadata.location = nameLocation.isValid() ? nameLocation : at(object);
    metadata.namespaceName = readString(node, "namespace");
    metadata.labels = readStringMap(node, "labels");
    metadata.annotations = readStringMap(node, "annotations");
    if (metadata.name.isEmpty()) {
        warn(metadata.location,
             QCoreApplication::translate("tfi::KubernetesParser", "the %1 has no metadata.name").arg(kind));
    }
    return metadata;
}

void ManifestReader::readObject(const YAML::Node &object, int listDepth)
{
    if (!yamlIsMap(object))
        return;
    const QString apiVersion = yamlString(yamlChild(object, "apiVersion"));
    const QString kind = yamlString(yamlChild(object, "kind"));
    if (apiVersion.isEmpty() || kind.isEmpty())
        return;

    if (kind == u"List") {
        if (listDepth >= maxListDepth) {
            warn(at(object),
                 QCoreApplication::translate("tfi::KubernetesParser",
                                             "List objects nest too deeply; the inner ones were skipped"));
            return;
        }
        const YAML::Node items = readSeq(object, "items");
        if (items.IsDefined()) {
            for (const auto &item : items)
                readObject(item, listDepth + 1);
        }
        return;
    }

    static const QHash<QString, WorkloadKind> workloadKinds = {
        {QStringLiteral("Deployment"), WorkloadKind::Deployment},
        {QStringLiteral("StatefulSet"), WorkloadKind::StatefulSet},
        {QStringLiteral("DaemonSet"), WorkloadKind::DaemonSet},
        {QStringLiteral("ReplicaSet"), WorkloadKind::ReplicaSet},
        {QStringLiteral("Job"), WorkloadKind::Job},
        {QStringLiteral("CronJob"), WorkloadKind::CronJob},
        {QStringLiteral("Pod"), WorkloadKind::Pod},
    };
    if (const auto it = workloadKinds.constFind(kind); it != workloadKinds.constEnd()) {
        readWorkload(object, readMetadata(object, kind), it.value());
    } else if (kind == u"Service") {
        readService(object, readMetadata(object, kind));
    } else if (kind == u"ConfigMap") {
        readConfigMap(object, readMetadata(object, kind));
    } else if (kind == u"Secret") {
        readSecret(object, readMetadata(object, kind));
    } else if (kind == u"Ingress") {
        readIngress(object, readMetadata(object, kind));
    } else if (kind == u"HorizontalPodAutoscaler") {
        readHpa(object, readMetadata(object, kind));
    } else if (kind == u"PodDisruptionBudget") {
        readPdb(object, readMetadata(object, kind));
    }
    // Anything else (Kustomization, Component, CRDs, RBAC, ...) says nothing about processes.
}

void ManifestReader::readWorkload(const YAML::Node &object, const Metadata &metadata, WorkloadKind kind)
{
    Workload workload;
    workload.name = metadata.name;
    workload.kind = kind;
    workload.format = SourceFormat::Kubernetes;
    workload.namespaceName = metadata.namespaceName;
    workload.labels = metadata.labels;
    workload.annotations = metadata.annotations;
    workload.location = metadata.location;

    const YAML::Node spec = readMap(object, "spec");
    if (kind == WorkloadKind::Pod) {
        workload.podLabels = metadata.labels;
        workload.podAnnotations = metadata.annotations;
        readPodSpec(spec, workload);
        m_out.workloads.append(std::move(workload));
        return;
    }

    if (kind == WorkloadKind::Deployment || kind == WorkloadKind::StatefulSet ||
        kind == WorkloadKind::ReplicaSet)
        workload.replicas = readInt(spec, "replicas", &workload.replicasLocation);
    workload.selector = readStringMap(readMap(spec, "selector"), "matchLabels");

    YAML::Node templateOwner = spec;
    if (kind == WorkloadKind::CronJob) {
        workload.schedule = readString(spec, "schedule");
        workload.startingDeadlineSeconds = readInt(spec, "startingDeadlineSeconds");
        workload.successfulJobsHistoryLimit = readInt(spec, "successfulJobsHistoryLimit");
        workload.failedJobsHistoryLimit = readInt(spec, "failedJobsHistoryLimit");
        workload.concurrencyPolicy = readString(spec, "concurrencyPolicy");
        templateOwner = readMap(readMap(spec, "jobTemplate"), "spec");
    }
    if (kind == WorkloadKind::Job || kind == WorkloadKind::CronJob) {
        workload.activeDeadlineSeconds = readInt(templateOwner, "activeDeadlineSeconds");
        if (workload.selector.isEmpty())
            workload.selector = readStringMap(readMap(templateOwner, "selector"), "matchLabels");
    }
    readPodTemplate(templateOwner, metadata, workload);

    if (kind == WorkloadKind::StatefulSet) {
        const YAML::Node claims = readSeq(spec, "volumeClaimTemplates");
        if (claims.IsDefined()) {
            for (const auto &claim : claims) {
                const YAML::Node claimMetadata = readMap(claim, "metadata");
                Volume volume;
                volume.kind = Volume::Kind::Pvc;
                volume.name = readString(claimMetadata, "name", &volume.location);
                volume.source = volume.name;
                if (!volume.location.isValid())
                    volume.location = at(claim);
                if (volume.name.isEmpty()) {
                    warn(volume.location,
                         QCoreApplication::translate(
                             "tfi::KubernetesParser",
                             "a volume claim template has no metadata.name and was ignored"));
                    continue;
                }
                workload.volumes.append(volume);
            }
            // Mounts of claim templates are resolved once the templates are known.
            for (Container &container : workload.containers) {
                for (VolumeMount &mount : container.volumeMounts) {
                    for (const Volume &volume : std::as_const(workload.volumes)) {
                        if (volume.name == mount.name)
                            mount.kind = volume.kind;
                    }
                }
            }
        }
    }

    if (kind == WorkloadKind::Job) {
        AdminTask task;
        task.kind = AdminTask::Kind::KubernetesJob;
        task.name = workload.name;
        task.location = workload.location;
        for (const Container &container : std::as_const(workload.containers)) {
            if (!container.init) {
                task.command = (container.command + container.args).join(u' ');
                break;
            }
        }
        m_out.adminTasks.append(task);
    }
    m_out.workloads.append(std::move(workload));
}

void ManifestReader::readPodTemplate(const YAML::Node &owner, const Metadata &metadata, Workload &workload)
{
    const YAML::Node podTemplate = readMap(owner, "template");
    const YAML::Node podSpec = readMap(podTemplate, "spec");
    if (!podSpec.IsDefined()) {
        warn(metadata.location,
             QCoreApplication::translate("tfi::KubernetesParser",
                                         "the %1 \"%2\" has no pod template (spec.template.spec)")
                 .arg(metadata.kind, metadata.name));
        return;
    }
    const YAML::Node podMetadata = readMap(podTemplate, "metadata");
    workload.podLabels = readStringMap(podMetadata, "labels");
    workload.podAnnotations = readStringMap(podMetadata, "annotations");
    readPodSpec(podSpec, workload);
}

void ManifestReader::readPodSpec(const YAML::Node &podSpec, Workload &workload)
{
    if (!yamlIsMap(podSpec))
        return;
    workload.serviceAccount = readString(podSpec, "serviceAccountName");
    if (workload.serviceAccount.isEmpty())
        workload.serviceAccount = readString(podSpec, "serviceAccount");
    if (const std::optional<bool> hostNetwork =
            readBool(podSpec, "hostNetwork", &workload.hostNetworkLocation))
        workload.hostNetwork = *hostNetwork;
    workload.terminationGracePeriodSeconds =
        readInt(podSpec, "terminationGracePeriodSeconds", &workload.gracePeriodLocation);

    const YAML::Node volumes = readSeq(podSpec, "volumes");
    if (volumes.IsDefined()) {
        for (const auto &node : volumes) {
            if (!yamlIsMap(node)) {
                warn(at(node),
                     QCoreApplication::translate("tfi::KubernetesParser",
                                                 "a volume entry is not a mapping and was ignored"));
                continue;
            }
            Volume volume = readVolume(node);
            if (volume.name.isEmpty()) {
                warn(volume.location, QCoreApplication::translate("tfi::KubernetesParser",
                                                                  "a volume has no name and was ignored"));
                continue;
            }
            workload.volumes.append(volume);
        }
    }
    readContainers(podSpec, "initContainers", true, workload);
    readContainers(podSpec, "containers", false, workload);
}

Volume ManifestReader::readVolume(const YAML::Node &node)
{
    Volume volume;
    volume.name = readString(node, "name", &volume.location);
    if (!volume.location.isValid())
        volume.location = at(node);
    if (const YAML::Node emptyDir = yamlEntry(node, "emptyDir").value; emptyDir.IsDefined()) {
        volume.kind = Volume::Kind::EmptyDir;
        volume.medium = readString(emptyDir, "medium");
    } else if (const YAML::Node hostPath = readMap(node, "hostPath"); hostPath.IsDefined()) {
        volume.kind = Volume::Kind::HostPath;
        volume.source = readString(hostPath, "path");
    } else if (const YAML::Node claim = readMap(node, "persistentVolumeClaim"); claim.IsDefined()) {
        volume.kind = Volume::Kind::Pvc;
        volume.source = readString(claim, "claimName");
    } else if (const YAML::Node configMap = readMap(node, "configMap"); configMap.IsDefined()) {
        volume.kind = Volume::Kind::ConfigMap;
        volume.source = readString(configMap, "name");
    } else if (const YAML::Node secret = readMap(node, "secret"); secret.IsDefined()) {
        volume.kind = Volume::Kind::Secret;
        volume.source = readString(secret, "secretName");
    } else if (yamlEntry(node, "projected").isSet()) {
        volume.kind = Volume::Kind::Projected;
    } else {
        volume.kind = Volume::Kind::Other;
    }
    return volume;
}

void ManifestReader::readContainers(const YAML::Node &podSpec, const char *key, bool init, Workload &workload)
{
    const YAML::Node containers = readSeq(podSpec, key);
    if (!containers.IsDefined())
        return;
    for (const auto &node : containers) {
        if (!yamlIsMap(node)) {
            warn(at(node), QCoreApplication::translate("tfi::KubernetesParser",
                                                       "an entry of \"%1\" is not a mapping and was ignored")
                               .arg(keyName(key)));
            continue;
        }
        workload.containers.append(readContainer(node, init, workload.volumes));
    }
}

Container ManifestReader::readContainer(const YAML::Node &node, bool init, const QList<Volume> &volumes)
{
    Container container;
    container.init = init;
    container.name = readString(node, "name", &container.location);
    if (!container.location.isValid())
        container.location = at(node);
    if (container.name.isEmpty()) {
        warn(container.location,
             QCoreApplication::translate("tfi::KubernetesParser", "a container has no name"));
    }
    container.image = readString(node, "image", &container.imageLocation);
    Location argsLocation;
    container.command = readStringList(node, "command", &container.commandLocation);
    container.args = readStringList(node, "args", &argsLocation);
    if (!container.commandLocation.isValid())
        container.commandLocation = argsLocation;

    readEnvFrom(node, container);
    readEnv(node, container);
    readPorts(node, container);
    readProbe(node, "readinessProbe", Probe::Kind::Readiness, container);
    readProbe(node, "livenessProbe", Probe::Kind::Liveness, container);
    readProbe(node, "startupProbe", Probe::Kind::Startup, container);

    const YamlEntry resources = yamlEntry(node, "resources");
    if (resources.isSet()) {
        const YAML::Node resourcesMap = readMap(node, "resources");
        container.resources.location = at(resources);
        container.resources.requests = readStringMap(resourcesMap, "requests");
        container.resources.limits = readStringMap(resourcesMap, "limits");
    }
    readVolumeMounts(node, volumes, container);
    readPreStop(node, container);
    return container;
}

void ManifestReader::readEnv(const YAML::Node &container, Container &result)
{
    const YAML::Node env = readSeq(container, "env");
    if (!env.IsDefined())
        return;
    for (const auto &item : env) {
        if (!yamlIsMap(item)) {
            warn(at(item), QCoreApplication::translate("tfi::KubernetesParser",
                                                       "an env entry is not a mapping and was ignored"));
            continue;
        }
        EnvVar var;
        var.name = readString(item, "name", &var.location);
        if (var.name.isEmpty()) {
            warn(at(item), QCoreApplication::translate("tfi::KubernetesParser",
                                                       "an env entry has no name and was ignored"));
            continue;
        }

        const YamlEntry value = yamlEntry(item, "value");
        const YAML::Node valueFrom = readMap(item, "valueFrom");
        if (value.isSet()) {
            if (!value.value.IsScalar()) {
                warn(at(value), QCoreApplication::translate("tfi::KubernetesParser",
                                                            "the value of environment variable %1 is not a "
                                                            "string; it was ignored")
                                    .arg(var.name));
            } else {
                if (isPlainNonString(value.value)) {
                    warn(at(value),
                         QCoreApplication::translate("tfi::KubernetesParser",
                                                     "the value of environment variable %1 is an "
                                                     "unquoted number or boolean, which Kubernetes "
                                                     "rejects; quote it")
                             .arg(var.name));
                }
                bool referenced = false;
                var.value = expandReferences(yamlString(value.value), result.env, &referenced);
                if (referenced)
                    var.kind = ValueKind::Interpolated;
            }
        } else if (valueFrom.IsDefined()) {
            if (const YAML::Node ref = readMap(valueFrom, "secretKeyRef"); ref.IsDefined()) {
                var.kind = ValueKind::SecretRef;
                var.refName = readString(ref, "name");
                var.refKey = readString(ref, "key");
                var.optional = readBool(ref, "optional").value_or(false);
            } else if (const YAML::Node mapRef = readMap(valueFrom, "configMapKeyRef"); mapRef.IsDefined()) {
                var.kind = ValueKind::ConfigMapRef;
                var.refName = readString(mapRef, "name");
                var.refKey = readString(mapRef, "key");
                var.optional = readBool(mapRef, "optional").value_or(false);
            } else if (const YAML::Node field = readMap(valueFrom, "fieldRef"); field.IsDefined()) {
                var.kind = ValueKind::FieldRef;
                var.refName = readString(field, "fieldPath");
            } else if (const YAML::Node resource = readMap(valueFrom, "resourceFieldRef");
                       resource.IsDefined()) {
                var.kind = ValueKind::FieldRef;
                var.refName = readString(resource, "resource");
                var.refKey = readString(resource, "containerName");
            } else {
                var.kind = ValueKind::Unset;
                warn(var.location,
                     QCoreApplication::translate("tfi::KubernetesParser",
                                                 "valueFrom of environment variable %1 names no "
                                                 "known source")
                         .arg(var.name));
            }
        }
        result.env.append(var);
    }
}

void ManifestReader::readEnvFrom(const YAML::Node &container, Container &result)
{
    const YAML::Node envFrom = readSeq(container, "envFrom");
    if (!envFrom.IsDefined())
        return;
    for (const auto &item : envFrom) {
        EnvFromRef ref;
        YamlEntry source = yamlEntry(item, "configMapRef");
        ref.kind = EnvFromRef::Kind::ConfigMap;
        if (!source.isSet()) {
            source = yamlEntry(item, "secretRef");
            ref.kind = EnvFromRef::Kind::Secret;
        }
        if (!source.isSet() || !source.value.IsMap()) {
            warn(at(item), QCoreApplication::translate("tfi::KubernetesParser",
                                                       "an envFrom entry names neither a configMapRef nor a "
                                                       "secretRef and was ignored"));
            continue;
        }
        ref.name = readString(source.value, "name");
        ref.optional = readBool(source.value, "optional").value_or(false);
        ref.prefix = readString(item, "prefix");
        ref.location = at(source);
        result.envFrom.append(ref);
    }
}

void ManifestReader::readPorts(const YAML::Node &container, Container &result)
{
    const YAML::Node ports = readSeq(container, "ports");
    if (!ports.IsDefined())
        return;
    for (const auto &item : ports) {
        if (!yamlIsMap(item)) {
            warn(at(item), QCoreApplication::translate("tfi::KubernetesParser",
                                                       "a port entry is not a mapping and was ignored"));
            continue;
        }
        PortSpec port;
        const std::optional<int> number = readPortNumber(item, "containerPort", &port.location);
        if (!number)
            continue;
        port.containerPort = *number;
        port.name = readString(item, "name");
        const QString protocol = readString(item, "protocol");
        if (!protocol.isEmpty())
            port.protocol = protocol;
        if (const std::optional<int> hostPort = readPortNumber(item, "hostPort")) {
            port.publishedPort = *hostPort;
            port.isHostPort = true;
        }
        port.hostIp = readString(item, "hostIP");
        result.ports.append(port);
    }
}

void ManifestReader::readProbe(const YAML::Node &container, const char *key, Probe::Kind kind,
                               Container &result)
{
    const YamlEntry entry = yamlEntry(container, key);
    if (!entry.isSet())
        return;
    const YAML::Node node = readMap(container, key);
    if (!node.IsDefined())
        return;
    Probe probe;
    probe.kind = kind;
    probe.location = at(entry);
    if (const YAML::Node http = readMap(node, "httpGet"); http.IsDefined()) {
        probe.action = Probe::Action::Http;
        readPortReference(http, "port", probe.port, probe.portName);
        probe.path = readString(http, "path");
    } else if (const YAML::Node tcp = readMap(node, "tcpSocket"); tcp.IsDefined()) {
        probe.action = Probe::Action::Tcp;
        readPortReference(tcp, "port", probe.port, probe.portName);
    } else if (const YAML::Node exec = readMap(node, "exec"); exec.IsDefined()) {
        probe.action = Probe::Action::Exec;
        probe.command = readStringList(exec, "command");
    } else if (const YAML::Node grpc = readMap(node, "grpc"); grpc.IsDefined()) {
        probe.action = Probe::Action::Grpc;
        probe.port = readPortNumber(grpc, "port").value_or(0);
    }
    result.probes.append(probe);
}

void ManifestReader::readVolumeMounts(const YAML::Node &container, const QList<Volume> &volumes,
                                      Container &result)
{
    const YAML::Node mounts = readSeq(container, "volumeMounts");
    if (!mounts.IsDefined())
        return;
    for (const auto &item : mounts) {
        if (!yamlIsMap(item)) {
            warn(at(item),
                 QCoreApplication::translate("tfi::KubernetesParser",
                                             "a volumeMounts entry is not a mapping and was ignored"));
            continue;
        }
        VolumeMount mount;
        mount.name = readString(item, "name", &mount.location);
        if (!mount.location.isValid())
            mount.location = at(item);
        mount.mountPath = readString(item, "mountPath");
        mount.readOnly = readBool(item, "readOnly").value_or(false);
        for (const Volume &volume : volumes) {
            if (volume.name == mount.name)
                mount.kind = volume.kind;
        }
        result.volumeMounts.append(mount);
    }
}

void ManifestReader::readPreStop(const YAML::Node &container, Container &result)
{
    const YAML::Node lifecycle = readMap(container, "lifecycle");
    const YamlEntry preStop = yamlEntry(lifecycle, "preStop");
    if (!preStop.isSet())
        return;
    const YAML::Node handler = readMap(lifecycle, "preStop");
    if (!handler.IsDefined())
        return;
    result.preStopLocation = at(preStop);
    if (const YAML::Node exec = readMap(handler, "exec"); exec.IsDefined()) {
        result.preStop = readStringList(exec, "command");
    } else if (const YAML::Node http = readMap(handler, "httpGet"); http.IsDefined()) {
        result.preStop = {QStringLiteral("httpGet %1").arg(readString(http, "path"))};
    } else if (const YAML::Node sleep = readMap(handler, "sleep"); sleep.IsDefined()) {
        if (const std::optional<int> seconds = readInt(sleep, "seconds"))
            result.preStop = {QStringLiteral("sleep %1").arg(*seconds)};
    }
}

void ManifestReader::readService(const YAML::Node &object, const Metadata &metadata)
{
    ServiceDef service;
    service.name = metadata.name;
    service.namespaceName = metadata.namespaceName;
    service.annotations = metadata.annotations;
    service.location = metadata.location;
    const YAML::Node spec = readMap(object, "spec");
    const QString type = readString(spec, "type");
    if (!type.isEmpty())
        service.type = type;
    service.selector = readStringMap(spec, "selector");
    service.sessionAffinity = readString(spec, "sessionAffinity", &service.sessionAffinityLocation);
    service.externalName = readString(spec, "externalName");

    const YAML::Node ports = readSeq(spec, "ports");
    if (ports.IsDefined()) {
        for (const auto &item : ports) {
            if (!yamlIsMap(item)) {
                warn(at(item),
                     QCoreApplication::translate("tfi::KubernetesParser",
                                                 "a Service port entry is not a mapping and was ignored"));
                continue;
            }
            ServicePort port;
            const std::optional<int> number = readPortNumber(item, "port", &port.location);
            if (!number)
                continue;
            port.port = *number;
            port.name = readString(item, "name");
            const QString protocol = readString(item, "protocol");
            if (!protocol.isEmpty())
                port.protocol = protocol;
            readPortReference(item, "targetPort", port.targetPort, port.targetPortName);
            if (port.targetPort == 0 && port.targetPortName.isEmpty())
                port.targetPort = port.port;
            port.nodePort = readPortNumber(item, "nodePort").value_or(0);
            service.ports.append(port);
        }
    }
    m_out.services.append(std::move(service));
}

void ManifestReader::readConfigMap(const YAML::Node &object, const Metadata &metadata)
{
    ConfigObject config;
    config.kind = ConfigObject::Kind::ConfigMap;
    config.name = metadata.name;
    config.namespaceName = metadata.namespaceName;
    config.annotations = metadata.annotations;
    config.location = metadata.location;
    const YAML::Node data = readMap(object, "data");
    if (data.IsDefined()) {
        for (const auto &item : data) {
            if (!item.first.IsScalar())
                continue;
            ConfigEntry entry;
            entry.key = yamlString(item.first);
            entry.location = at(item.first);
            if (item.second.IsScalar()) {
                if (isPlainNonString(item.second)) {
                    warn(entry.location,
                         QCoreApplication::translate("tfi::KubernetesParser",
                                                     "the value of ConfigMap key %1 is an unquoted "
                                                     "number or boolean, which Kubernetes rejects; "
                                                     "quote it")
                             .arg(entry.key));
                }
                entry.value = yamlString(item.second);
            } else if (!item.second.IsNull()) {
                warn(entry.location,
                     QCoreApplication::translate("tfi::KubernetesParser",
                                                 "the value of ConfigMap key %1 is not a string; "
                                                 "it was ignored")
                         .arg(entry.key));
                continue;
            }
            config.entries.append(entry);
        }
    }
    const YAML::Node binaryData = readMap(object, "binaryData");
    if (binaryData.IsDefined()) {
        for (const auto &item : binaryData) {
            if (!item.first.IsScalar())
                continue;
            ConfigEntry entry;
            entry.key = yamlString(item.first);
            entry.location = at(item.first);
            config.entries.append(entry);
        }
    }
    m_out.configObjects.append(std::move(config));
}

void ManifestReader::readSecret(const YAML::Node &object, const Metadata &metadata)
{
    ConfigObject secret;
    secret.kind = ConfigObject::Kind::Secret;
    secret.name = metadata.name;
    secret.namespaceName = metadata.namespaceName;
    secret.annotations = metadata.annotations;
    secret.location = metadata.location;
    secret.secretType = readString(object, "type");
    if (secret.secretType.isEmpty())
        secret.secretType = QStringLiteral("Opaque");

    const YAML::Node data = readMap(object, "data");
    if (data.IsDefined()) {
        for (const auto &item : data) {
            if (!item.first.IsScalar())
                continue;
            ConfigEntry entry;
            entry.key = yamlString(item.first);
            entry.location = at(item.first);
            entry.fromBase64 = true;
            if (!item.second.IsScalar() && !item.second.IsNull()) {
                warn(entry.location, QCoreApplication::translate("tfi::KubernetesParser",
                                                                 "the data of Secret key %1 is not a string")
                                         .arg(entry.key));
                secret.entries.append(entry);
                continue;
            }
            // Line breaks inside the encoding are allowed (folded long values).
            QByteArray encoded = yamlString(item.second).toLatin1();
            encoded.removeIf([](char c) { return c == '\n' || c == '\r' || c == ' ' || c == '\t'; });
            const auto decoded =
                QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                entry.value = QString::fromUtf8(decoded.decoded);
            else
                warn(entry.location,
                     QCoreApplication::translate("tfi::KubernetesParser",
                                                 "the data of Secret key %1 is not valid base64")
                         .arg(entry.key));
            secret.entries.append(entry);
        }
    }
    const YAML::Node stringData = readMap(object, "stringData");
    if (stringData.IsDefined()) {
        for (const auto &item : stringData) {
            if (!item.first.IsScalar())
                continue;
            ConfigEntry entry;
            entry.key = yamlString(item.first);
            entry.location = at(item.first);
            if (!item.second.IsScalar() && !item.second.IsNull()) {
                warn(entry.location,
                     QCoreApplication::translate("tfi::KubernetesParser",
                                                 "the stringData of Secret key %1 is not a string")
                         .arg(entry.key));
            } else {
                entry.value = yamlString(item.second);
            }
            secret.entries.append(entry);
        }
    }
    m_out.configObjects.append(std::move(secret));
}

IngressBackend ManifestReader::readIngressBackend(const YAML::Node &backend, const Location &location)
{
    IngressBackend result;
    result.location = location;
    if (const YAML::Node service = readMap(backend, "service"); service.IsDefined()) {
        // networking.k8s.io/v1
        result.serviceName = readString(service, "name");
        const YAML::Node port = readMap(service, "port");
        result.servicePort = readPortNumber(port, "number").value_or(0);
        result.servicePortName = readString(port, "name");
    } else {
        // extensions/v1beta1 and networking.k8s.io/v1beta1
        result.serviceName = readString(backend, "serviceName");
        readPortReference(backend, "servicePort", result.servicePort, result.servicePortName);
    }
    return result;
}

void ManifestReader::readIngress(const YAML::Node &object, const Metadata &metadata)
{
    IngressDef ingress;
    ingress.name = metadata.name;
    ingress.namespaceName = metadata.namespaceName;
    ingress.annotations = metadata.annotations;
    ingress.location = metadata.location;
    const YAML::Node spec = readMap(object, "spec");

    for (const char *key : {"defaultBackend", "backend"}) {
        const YamlEntry entry = yamlEntry(spec, key);
        if (!entry.isSet())
            continue;
        const YAML::Node backend = readMap(spec, key);
        if (backend.IsDefined()) {
            IngressBackend result = readIngressBackend(backend, at(entry));
            if (!result.serviceName.isEmpty())
                ingress.backends.append(result);
        }
    }

    const YAML::Node rules = readSeq(spec, "rules");
    if (rules.IsDefined()) {
        for (const auto &rule : rules) {
            const QString host = readString(rule, "host");
            const YAML::Node paths = readSeq(readMap(rule, "http"), "paths");
            if (!paths.IsDefined())
                continue;
            for (const auto &path : paths) {
                const YamlEntry backendEntry = yamlEntry(path, "backend");
                const YAML::Node backend = readMap(path, "backend");
                if (!backend.IsDefined()) {
                    warn(at(path), QCoreApplication::translate("tfi::KubernetesParser",
                                                               "an Ingress path has no backend"));
                    continue;
                }
                IngressBackend result = readIngressBackend(backend, at(backendEntry));
                if (result.serviceName.isEmpty())
                    continue; // a resource backend: no Service behind it
                result.host = host;
                result.path = readString(path, "path");
                ingress.backends.append(result);
            }
        }
    }
    m_out.ingresses.append(std::move(ingress));
}

void ManifestReader::readHpa(const YAML::Node &object, const Metadata &metadata)
{
    HpaDef hpa;
    hpa.name = metadata.name;
    hpa.namespaceName = metadata.namespaceName;
    hpa.location = metadata.location;
    const YAML::Node spec = readMap(object, "spec");
    const YAML::Node target = readMap(spec, "scaleTargetRef");
    hpa.targetKind = readString(target, "kind");
    hpa.targetName = readString(target, "name");
    hpa.minReplicas = readInt(spec, "minReplicas");
    hpa.maxReplicas = readInt(spec, "maxReplicas").value_or(0);
    m_out.hpas.append(std::move(hpa));
}

void ManifestReader::readPdb(const YAML::Node &object, const Metadata &metadata)
{
    PdbDef pdb;
    pdb.name = metadata.name;
    pdb.namespaceName = metadata.namespaceName;
    pdb.location = metadata.location;
    const YAML::Node spec = readMap(object, "spec");
    pdb.selector = readStringMap(readMap(spec, "selector"), "matchLabels");
    pdb.minAvailable = readString(spec, "minAvailable");
    pdb.maxUnavailable = readString(spec, "maxUnavailable");
    m_out.pdbs.append(std::move(pdb));
}

} // namespace

void parseKubernetesYaml(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    const std::vector<YamlDocument> documents = loadYamlDocuments(file, context.limits, out.diagnostics);
    parseKubernetesDocuments(documents, context, QString(), out);
}

void parseKubernetesDocuments(const std::vector<YamlDocument> &documents, const ParseContext & /*context*/,
                              const QString &environment, DeploymentModel &out)
{
    const qsizetype workloadsBefore = out.workloads.size();
    const qsizetype servicesBefore = out.services.size();
    const qsizetype configObjectsBefore = out.configObjects.size();
    const qsizetype ingressesBefore = out.ingresses.size();
    const qsizetype hpasBefore = out.hpas.size();
    const qsizetype pdbsBefore = out.pdbs.size();
    const qsizetype adminTasksBefore = out.adminTasks.size();
    for (const YamlDocument &document : documents) {
        try {
            ManifestReader reader(document, out);
            reader.readObject(document.root, 0);
        } catch (const std::exception &error) {
            // yaml-cpp can still throw on odd nodes (e.g. conversions); keep the other documents.
            out.diagnostics.append(
                {document.at(document.root), DiagnosticSeverity::Error,
                 QCoreApplication::translate("tfi::KubernetesParser", "could not read the document: %1")
                     .arg(QString::fromLocal8Bit(error.what()))});
        }
    }
    if (environment.isEmpty())
        return;
    for (qsizetype i = workloadsBefore; i < out.workloads.size(); ++i)
        out.workloads[i].environment = environment;
    for (qsizetype i = servicesBefore; i < out.services.size(); ++i)
        out.services[i].environment = environment;
    for (qsizetype i = configObjectsBefore; i < out.configObjects.size(); ++i)
        out.configObjects[i].environment = environment;
    for (qsizetype i = ingressesBefore; i < out.ingresses.size(); ++i)
        out.ingresses[i].environment = environment;
    for (qsizetype i = hpasBefore; i < out.hpas.size(); ++i)
        out.hpas[i].environment = environment;
    for (qsizetype i = pdbsBefore; i < out.pdbs.size(); ++i)
        out.pdbs[i].environment = environment;
    for (qsizetype i = adminTasksBefore; i < out.adminTasks.size(); ++i)
        out.adminTasks[i].environment = environment;
}

} // namespace tfi
