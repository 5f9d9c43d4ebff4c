#include "renderyamlparser.h"

#include "../textutil.h"
#include "../yamlutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tfi {

namespace {

// The key node of map[key], so that locations point at the key that sets a value.
YAML::Node keyNode(const YAML::Node &map, const char *key)
{
    if (!yamlIsMap(map))
        return YAML::Node(YAML::NodeType::Undefined);
    for (const auto &entry : map) {
        if (entry.first.IsScalar() && entry.first.Scalar() == key)
            return entry.first;
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

bool isAbsent(const YAML::Node &node)
{
    return !node.IsDefined() || node.IsNull();
}

class RenderYamlParser
{
    Q_DECLARE_TR_FUNCTIONS(tfi::RenderYamlParser)

public:
    RenderYamlParser(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
        : m_file(file), m_context(context), m_out(out)
    {}

    void parse();

private:
    Location at(const YAML::Node &node) const { return m_doc->at(node); }
    Location keyAt(const YAML::Node &map, const char *key) const { return at(keyNode(map, key)); }
    void warn(const Location &location, const QString &message)
    {
        m_out.diagnostics.append({location, DiagnosticSeverity::Warning, message});
    }

    // The scalar at map[key]; warns when it is there but not a scalar.
    QString scalarField(const YAML::Node &map, const char *key);
    // The sequence at map[key], or an undefined node; warns when it is there but not a sequence.
    YAML::Node sequenceField(const YAML::Node &map, const char *key);

    void readBlueprint(const YAML::Node &node, const QString &environment);
    void readProjects(const YAML::Node &root);
    void readService(const YAML::Node &service, const QString &environment);
    void readDatabase(const YAML::Node &database, const QString &environment);
    void readEnvGroup(const YAML::Node &group);
    // Reads envVars; fromGroup entries go to groups, or are reported when groups is null.
    void readEnvVars(const YAML::Node &map, QList<EnvVar> &vars, QList<EnvFromRef> *groups);

    const SourceFile &m_file;
    const ParseContext &m_context;
    DeploymentModel &m_out;
    const YamlDocument *m_doc = nullptr;
};

void RenderYamlParser::parse()
{
    if (m_file.kind == SourceFile::Kind::Binary || m_file.kind == SourceFile::Kind::LfsPointer) {
        warn({m_file.path, 0, 0},
             tr("render.yaml is not a text file (binary or a Git LFS pointer); skipped"));
        return;
    }
    if (!m_file.isText())
        return; // too large, a symlink or a submodule: the loader reports those

    const std::vector<YamlDocument> documents =
        loadYamlDocuments(m_file, m_context.limits, m_out.diagnostics);
    if (documents.empty())
        return;
    m_doc = &documents.front();
    if (documents.size() > 1)
        warn(documents[1].at(documents[1].root),
             tr("render.yaml holds more than one document; only the first was read"));

    const YAML::Node &root = m_doc->root;
    if (!yamlIsMap(root)) {
        m_out.diagnostics.append(
            {at(root), DiagnosticSeverity::Error, tr("the top level of render.yaml is not a mapping")});
        return;
    }
    readBlueprint(root, QString());
    readProjects(root);
}

QString RenderYamlParser::scalarField(const YAML::Node &map, const char *key)
{
    const YAML::Node node = yamlChild(map, key);
    if (isAbsent(node))
        return {};
    if (!yamlIsScalar(node)) {
        warn(keyAt(map, key), tr("\"%1\" should be a single value").arg(QString::fromUtf8(key)));
        return {};
    }
    return yamlString(node);
}

YAML::Node RenderYamlParser::sequenceField(const YAML::Node &map, const char *key)
{
    // Returned by value: assigning to an existing YAML::Node would rebind the node it refers to
    const YAML::Node sequence = yamlChild(map, key);
    if (yamlIsSeq(sequence))
        return sequence;
    if (!isAbsent(sequence))
        warn(keyAt(map, key), tr("\"%1\" should be a list").arg(QString::fromUtf8(key)));
    return YAML::Node(YAML::NodeType::Undefined);
}

void RenderYamlParser::readBlueprint(const YAML::Node &node, const QString &environment)
{
    const YAML::Node services = sequenceField(node, "services");
    if (services.IsDefined()) {
        for (const auto &service : services)
            readService(service, environment);
    }
    const YAML::Node databases = sequenceField(node, "databases");
    if (databases.IsDefined()) {
        for (const auto &database : databases)
            readDatabase(database, environment);
    }
    const YAML::Node groups = sequenceField(node, "envVarGroups");
    if (groups.IsDefined()) {
        for (const auto &group : groups)
            readEnvGroup(group);
    }
}

void RenderYamlParser::readProjects(const YAML::Node &root)
{
    // projects[].environments[] hold services, databases and env groups of their own
    const YAML::Node projects = sequenceField(root, "projects");
    if (!projects.IsDefined())
        return;
    for (const auto &project : projects) {
        if (!yamlIsMap(project)) {
            warn(at(project), tr("a project should be a mapping"));
            continue;
        }
        const YAML::Node environments = sequenceField(project, "environments");
        if (!environments.IsDefined())
            continue;
        for (const auto &environment : environments) {
            const QString name = yamlIsMap(environment) ? scalarField(environment, "name") : QString();
            if (name.isEmpty()) {
                warn(at(environment), tr("a project environment has no name"));
                continue;
            }
            readBlueprint(environment, name);
        }
    }
}

void RenderYamlParser::readService(const YAML::Node &service, const QString &environment)
{
    if (!yamlIsMap(service)) {
        warn(at(service), tr("a service should be a mapping"));
        return;
    }
    const QString name = scalarField(service, "name");
    const QString type = scalarField(service, "type");
    if (name.isEmpty()) {
        m_out.diagnostics.append(
            {at(service), DiagnosticSeverity::Error, tr("a service has no name; skipped")});
        return;
    }
    const Location nameLocation = keyAt(service, "name");
    if (type.isEmpty()) {
        m_out.diagnostics.append(
            {nameLocation, DiagnosticSeverity::Error, tr("service %1 has no type; skipped").arg(name)});
        return;
    }
    const QString plan = scalarField(service, "plan");

    if (type == u"keyvalue" || type == u"redis") {
        PlatformAddon addon;
        addon.kind = u"render-keyvalue"_s;
        addon.name = name;
        addon.plan = plan;
        addon.environment = environment;
        addon.location = nameLocation;
        m_out.addons.append(addon);
        return;
    }
    static const QStringList knownTypes = {u"web"_s, u"pserv"_s, u"worker"_s, u"cron"_s, u"static"_s};
    if (!knownTypes.contains(type))
        warn(keyAt(service, "type"), tr("service %1 has an unknown type").arg(name));

    Workload workload;
    workload.name = name;
    workload.kind = WorkloadKind::RenderService;
    workload.format = SourceFormat::RenderYaml;
    workload.environment = environment;
    workload.location = nameLocation;
    workload.processType = type;
    workload.runtime = scalarField(service, "runtime");
    if (workload.runtime.isEmpty())
        workload.runtime = scalarField(service, "env"); // the older name of runtime
    workload.region = scalarField(service, "region");

    Container container;
    container.name = name;
    container.location = nameLocation;
    if (!plan.isEmpty()) {
        container.resources.limits.insert(u"plan"_s, plan);
        container.resources.location = keyAt(service, "plan");
    }

    const YAML::Node instances = yamlChild(service, "numInstances");
    if (!isAbsent(instances)) {
        const std::optional<int> count = yamlInt(instances);
        if (count && *count >= 0) {
            workload.replicas = count;
            workload.replicasLocation = keyAt(service, "numInstances");
        } else {
            warn(keyAt(service, "numInstances"),
                 tr("numInstances of service %1 should be a whole number").arg(name));
        }
    }

    const YAML::Node scaling = yamlChild(service, "scaling");
    if (yamlIsMap(scaling)) {
        HpaDef autoscaling;
        autoscaling.name = name;
        autoscaling.environment = environment;
        autoscaling.targetKind = u"RenderService"_s;
        autoscaling.targetName = name;
        autoscaling.location = keyAt(service, "scaling");
        autoscaling.minReplicas = yamlInt(yamlChild(scaling, "minInstances"));
        const std::optional<int> maxInstances = yamlInt(yamlChild(scaling, "maxInstances"));
        if (maxInstances) {
            autoscaling.maxReplicas = *maxInstances;
            m_out.hpas.append(autoscaling);
        } else {
            warn(autoscaling.location,
                 tr("scaling of service %1 has no whole-number maxInstances").arg(name));
        }
    } else if (!isAbsent(scaling)) {
        warn(keyAt(service, "scaling"), tr("scaling of service %1 should be a mapping").arg(name));
    }

    workload.healthCheckPath = scalarField(service, "healthCheckPath");
    if (!workload.healthCheckPath.isEmpty())
        workload.healthCheckLocation = keyAt(service, "healthCheckPath");

    const QString startCommand = scalarField(service, "startCommand");
    if (!startCommand.trimmed().isEmpty()) {
        container.command = QStringList{startCommand};
        container.commandIsShellForm = true;
        container.commandLocation = keyAt(service, "startCommand");
    }
    const QString dockerCommand = scalarField(service, "dockerCommand");
    if (!dockerCommand.trimmed().isEmpty()) {
        container.args = splitShellWords(dockerCommand);
        if (container.commandLocation.isValid())
            container.argsLocation = keyAt(service, "dockerCommand");
        else
            container.commandLocation = keyAt(service, "dockerCommand");
    }

    const QString preDeploy = scalarField(service, "preDeployCommand");
    if (!preDeploy.trimmed().isEmpty()) {
        AdminTask task;
        task.kind = AdminTask::Kind::RenderPreDeploy;
        task.name = name;
        task.command = preDeploy;
        task.environment = environment;
        task.location = keyAt(service, "preDeployCommand");
        m_out.adminTasks.append(task);
    }

    workload.buildCommand = scalarField(service, "buildCommand");
    if (!workload.buildCommand.isEmpty())
        workload.buildCommandLocation = keyAt(service, "buildCommand");

    const bool isDocker = workload.runtime == u"docker";
    QString dockerfile = scalarField(service, "dockerfilePath");
    if (dockerfile.isEmpty() && isDocker)
        dockerfile = u"./Dockerfile"_s; // Render's default
    if (!dockerfile.isEmpty()) {
        // Blueprint paths are relative to the repository root
        workload.dockerfilePath = resolveRepoPath(QString(), dockerfile);
        if (workload.dockerfilePath.isEmpty())
            warn(keyAt(service, "dockerfilePath"),
                 tr("the dockerfilePath of service %1 leaves the repository").arg(name));
    }
    workload.buildContext = scalarField(service, "dockerContext");
    if (workload.buildContext.isEmpty() && isDocker)
        workload.buildContext = u"."_s;
    if (!workload.buildContext.isEmpty()) {
        workload.buildDockerfile = workload.dockerfilePath;
        // The line that asks for a Docker build: dockerContext, or else the runtime (or legacy env)
        for (const char *key : {"dockerContext", "runtime", "env"}) {
            if (keyNode(service, key).IsDefined()) {
                workload.buildLocation = keyAt(service, key);
                break;
            }
        }
    }

    const YAML::Node image = yamlChild(service, "image");
    if (yamlIsMap(image)) {
        container.image = scalarField(image, "url");
        if (container.image.isEmpty())
            warn(keyAt(service, "image"), tr("the image of service %1 has no url").arg(name));
        else
            container.imageLocation = keyAt(image, "url");
    } else if (!isAbsent(image)) {
        warn(keyAt(service, "image"), tr("the image of service %1 should be a mapping with a url").arg(name));
    }

    workload.schedule = scalarField(service, "schedule");
    if (type == u"cron" && workload.schedule.isEmpty())
        warn(nameLocation, tr("cron job %1 has no schedule").arg(name));

    const YAML::Node disk = yamlChild(service, "disk");
    if (yamlIsMap(disk)) {
        VolumeMount mount;
        mount.name = scalarField(disk, "name");
        mount.mountPath = scalarField(disk, "mountPath");
        mount.kind = Volume::Kind::Named;
        mount.location = keyAt(service, "disk");
        if (mount.name.isEmpty() || mount.mountPath.isEmpty()) {
            warn(mount.location, tr("the disk of service %1 needs a name and a mountPath").arg(name));
        } else {
            container.volumeMounts.append(mount);
            Volume volume;
            volume.name = mount.name;
            volume.kind = Volume::Kind::Named;
            volume.source = mount.name;
            volume.location = mount.location;
            workload.volumes.append(volume);
        }
    } else if (!isAbsent(disk)) {
        warn(keyAt(service, "disk"), tr("the disk of service %1 should be a mapping").arg(name));
    }

    readEnvVars(service, container.env, &container.envFrom);
    workload.containers.append(container);
    m_out.workloads.append(workload);
}

void RenderYamlParser::readDatabase(const YAML::Node &database, const QString &environment)
{
    if (!yamlIsMap(database)) {
        warn(at(database), tr("a database should be a mapping"));
        return;
    }
    PlatformAddon addon;
    addon.kind = u"render-postgres"_s;
    addon.name = scalarField(database, "name");
    addon.environment = environment;
    if (addon.name.isEmpty()) {
        warn(at(database), tr("a database has no name; skipped"));
        return;
    }
    addon.location = keyAt(database, "name");
    addon.plan = scalarField(database, "postgresMajorVersion");
    if (addon.plan.isEmpty())
        addon.plan = scalarField(database, "plan");
    m_out.addons.append(addon);
}

void RenderYamlParser::readEnvGroup(const YAML::Node &group)
{
    if (!yamlIsMap(group)) {
        warn(at(group), tr("an env var group should be a mapping"));
        return;
    }
    EnvGroup envGroup;
    envGroup.name = scalarField(group, "name");
    if (envGroup.name.isEmpty()) {
        warn(at(group), tr("an env var group has no name; skipped"));
        return;
    }
    envGroup.location = keyAt(group, "name");
    readEnvVars(group, envGroup.vars, nullptr);
    m_out.envGroups.append(envGroup);
}

void RenderYamlParser::readEnvVars(const YAML::Node &map, QList<EnvVar> &vars, QList<EnvFromRef> *groups)
{
    const YAML::Node entries = sequenceField(map, "envVars");
    if (!entries.IsDefined())
        return;
    for (const auto &entry : entries) {
        if (!yamlIsMap(entry)) {
            warn(at(entry), tr("an envVars entry should be a mapping"));
            continue;
        }
        const YAML::Node fromGroup = yamlChild(entry, "fromGroup");
        if (!isAbsent(fromGroup)) {
            if (!groups) {
                warn(keyAt(entry, "fromGroup"), tr("an env var group cannot include another group"));
            } else if (const QString groupName = yamlString(fromGroup); !groupName.isEmpty()) {
                EnvFromRef ref;
                ref.kind = EnvFromRef::Kind::EnvGroup;
                ref.name = groupName;
                ref.location = keyAt(entry, "fromGroup");
                groups->append(ref);
            } else {
                warn(keyAt(entry, "fromGroup"), tr("fromGroup should name an env var group"));
            }
            continue;
        }

        EnvVar var;
        var.name = scalarField(entry, "key");
        if (var.name.isEmpty()) {
            warn(at(entry), tr("an envVars entry has no key"));
            continue;
        }
        var.location = keyAt(entry, "key");

        const YAML::Node value = yamlChild(entry, "value");
        const YAML::Node fromDatabase = yamlChild(entry, "fromDatabase");
        const YAML::Node fromService = yamlChild(entry, "fromService");
        const YAML::Node generateValue = yamlChild(entry, "generateValue");
        const YAML::Node sync = yamlChild(entry, "sync");
        if (value.IsDefined()) {
            if (yamlIsScalar(value) || value.IsNull()) {
                var.value = yamlString(value);
            } else {
                warn(keyAt(entry, "value"), tr("the value of %1 should be a single value").arg(var.name));
                var.kind = ValueKind::Unset;
            }
        } else if (fromDatabase.IsDefined() || fromService.IsDefined()) {
            const bool isDatabase = fromDatabase.IsDefined();
            const YAML::Node &source = isDatabase ? fromDatabase : fromService;
            var.kind = ValueKind::Interpolated;
            if (!yamlIsMap(source)) {
                warn(keyAt(entry, isDatabase ? "fromDatabase" : "fromService"),
                     tr("the source of %1 should be a mapping with a name").arg(var.name));
                var.kind = ValueKind::Unset;
            } else {
                var.refName = scalarField(source, "name");
                var.refKey = scalarField(source, "property");
                if (var.refKey.isEmpty() && !isDatabase)
                    var.refKey = scalarField(source, "envVarKey");
                if (var.refName.isEmpty())
                    warn(var.location, tr("the source of %1 names no database or service").arg(var.name));
                if (var.refKey.isEmpty())
                    warn(var.location, tr("the source of %1 names no property").arg(var.name));
            }
        } else if (generateValue.IsDefined()) {
            const std::optional<bool> generate = yamlBool(generateValue);
            if (generate.value_or(false)) {
                var.kind = ValueKind::SecretRef;
                var.refName = u"generateValue"_s;
            } else {
                if (!generate)
                    warn(keyAt(entry, "generateValue"),
                         tr("generateValue of %1 should be true or false").arg(var.name));
                var.kind = ValueKind::Unset;
            }
        } else if (sync.IsDefined()) {
            if (yamlBool(sync) != std::optional<bool>(false))
                warn(keyAt(entry, "sync"),
                     tr("%1 has sync but no value; only \"sync: false\" is meaningful").arg(var.name));
            var.kind = ValueKind::Unset;
        } else {
            warn(var.location, tr("%1 has no value, source or generateValue").arg(var.name));
            var.kind = ValueKind::Unset;
        }
        vars.append(var);
    }
}

} // namespace

void parseRenderYaml(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    try {
        RenderYamlParser(file, context, out).parse();
    } catch (const std::exception &error) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::RenderYamlParser", "could not read render.yaml: %1")
                 .arg(QString::fromLocal8Bit(error.what()))});
    }
}

} // namespace tfi
