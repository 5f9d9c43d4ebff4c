#include "modelbuilder.h"

#include "endpoint.h"
#include "environments.h"
#include "formatdetect.h"
#include "parsers/appjsonparser.h"
#include "parsers/composeparser.h"
#include "parsers/dockerfileparser.h"
#include "parsers/dotenvparser.h"
#include "parsers/flytomlparser.h"
#include "parsers/helmparser.h"
#include "parsers/kubernetesparser.h"
#include "parsers/kustomizationparser.h"
#include "parsers/procfileparser.h"
#include "parsers/renderyamlparser.h"
#include "sensitive.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

#include <exception>

using namespace Qt::StringLiterals;

namespace tfi {

namespace {

struct ParseJob
{
    const SourceFile *file = nullptr;
    DetectedFile detected;
};

DeploymentModel parseOne(const ParseJob &job, const ParseContext &context)
{
    DeploymentModel out;
    const SourceFile &file = *job.file;
    try {
        switch (job.detected.role) {
        case FileRole::KubernetesYaml:
            parseKubernetesYaml(file, context, out);
            break;
        case FileRole::Kustomization:
            parseKustomization(file, context, out);
            break;
        case FileRole::HelmChart:
            parseHelmChartFile(file, context, out);
            break;
        case FileRole::HelmValues:
            parseHelmValues(file, job.detected.chartDirectory, context, out);
            break;
        case FileRole::HelmTemplate:
            parseHelmTemplate(file, job.detected.chartDirectory, context, out);
            break;
        case FileRole::Compose:
            parseCompose(file, context, out);
            break;
        case FileRole::Procfile:
            parseProcfile(file, context, out);
            break;
        case FileRole::Dockerfile:
            parseDockerfile(file, context, out);
            break;
        case FileRole::Dotenv:
            parseDotenv(file, context, out);
            break;
        case FileRole::AppJson:
            parseAppJson(file, context, out);
            break;
        case FileRole::FlyToml:
            parseFlyToml(file, context, out);
            break;
        case FileRole::RenderYaml:
            parseRenderYaml(file, context, out);
            break;
        case FileRole::None:
            break;
        }
    } catch (const std::exception &error) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::ModelBuilder", "could not parse this file: %1")
                 .arg(QString::fromLocal8Bit(error.what()))});
    } catch (...) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::ModelBuilder", "could not parse this file")});
    }
    return out;
}

QThreadPool &parsePool()
{
    // yaml-cpp recurses; the depth pre-check bounds it, and a large stack is the second guard.
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        created->setStackSize(32 * 1024 * 1024);
        created->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return created;
    }();
    return *pool;
}

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

// Helm chart files are known only once all paths are: list them on their chart.
void attachHelmFiles(DeploymentModel &model, const QList<ParseJob> &jobs)
{
    for (HelmChartInfo &chart : model.helmCharts) {
        for (const ParseJob &job : jobs) {
            if (job.detected.chartDirectory != chart.directory)
                continue;
            if (job.detected.role == FileRole::HelmValues)
                chart.valuesFiles.append(job.file->path);
            else if (job.detected.role == FileRole::HelmTemplate)
                chart.templateFiles.append(job.file->path);
        }
        const QString prefix = chart.directory.isEmpty() ? QString() : chart.directory + u'/';
        for (const AdminTask &task : std::as_const(model.adminTasks)) {
            if (task.kind == AdminTask::Kind::HelmHook && task.location.path.startsWith(prefix))
                chart.hooks.append(task);
        }
    }
}

// Patch files hold partial objects: changes to a base, not workloads of their own. The
// environment layer reads them when it renders an overlay.
QSet<QString> kustomizePatchFiles(const QList<KustomizationInfo> &kustomizations)
{
    QSet<QString> patchFiles;
    for (const KustomizationInfo &kustomization : kustomizations) {
        for (const KustomizeRef &patch : kustomization.patchFiles) {
            const QString path = resolveRepoPath(kustomization.directory, patch.value);
            if (!path.isEmpty())
                patchFiles.insert(path);
        }
    }
    return patchFiles;
}

int composeFilePrecedence(const QString &path)
{
    // The order in which `docker compose` looks for its default files.
    static const QStringList names = {u"compose.yaml"_qs, u"compose.yml"_qs, u"docker-compose.yaml"_qs,
                                      u"docker-compose.yml"_qs};
    const QString name = path.section(u'/', -1).remove(QStringLiteral(".override"));
    const qsizetype index = names.indexOf(name);
    return index < 0 ? int(names.size()) : int(index);
}

// The default Compose environment of each project: the base file Compose would pick, plus
// its override file.
void addComposeWorkloads(DeploymentModel &model)
{
    QMap<QString, const ComposeFileInfo *> bases;
    QMap<QString, const ComposeFileInfo *> overrides;
    for (const ComposeFileInfo &file : std::as_const(model.composeFiles)) {
        auto &chosen = file.role == u"base" ? bases : file.role == u"override" ? overrides : bases;
        if (file.role != u"base" && file.role != u"override")
            continue;
        const ComposeFileInfo *&current = chosen[file.projectDirectory];
        if (!current || composeFilePrecedence(file.path) < composeFilePrecedence(current->path))
            current = &file;
    }
    QSet<QString> projects;
    for (auto it = bases.cbegin(); it != bases.cend(); ++it)
        projects.insert(it.key());
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        projects.insert(it.key());
    QList<Workload> workloads;
    for (const QString &project : std::as_const(projects)) {
        QList<ComposeFileInfo> files;
        if (const ComposeFileInfo *base = bases.value(project))
            files.append(*base);
        if (const ComposeFileInfo *override = overrides.value(project))
            files.append(*override);
        workloads.append(mergeComposeFiles(files, QString()));
    }
    std::sort(workloads.begin(), workloads.end(), [](const Workload &a, const Workload &b) {
        return a.location.path != b.location.path ? a.location.path < b.location.path
                                                  : a.location.line < b.location.line;
    });
    model.workloads.append(workloads);
}

// Heroku: app.json's formation sets the scale of the Procfile's process types, and its env
// vars are the app's config vars.
void joinProcfileWithAppJson(DeploymentModel &model)
{
    QHash<QString, QList<qsizetype>> procfileByDirectory;
    for (qsizetype i = 0; i < model.workloads.size(); ++i) {
        if (model.workloads.at(i).kind == WorkloadKind::Procfile)
            procfileByDirectory[directoryOf(model.workloads.at(i).location.path)].append(i);
    }
    QList<qsizetype> joined;
    for (qsizetype i = 0; i < model.workloads.size(); ++i) {
        const Workload &formation = model.workloads.at(i);
        if (formation.kind != WorkloadKind::HerokuFormation)
            continue;
        const auto procfile = procfileByDirectory.constFind(directoryOf(formation.location.path));
        if (procfile == procfileByDirectory.constEnd())
            continue;
        for (const qsizetype index : *procfile) {
            Workload &process = model.workloads[index];
            if (process.name == formation.name && formation.replicas) {
                process.replicas = formation.replicas;
                process.replicasLocation = formation.replicasLocation;
            }
        }
        joined.append(i);
    }
    // Config vars apply to every process type of the app.
    for (const AppJsonInfo &app : std::as_const(model.appJsonFiles)) {
        const auto procfile = procfileByDirectory.constFind(directoryOf(app.path));
        if (procfile == procfileByDirectory.constEnd())
            continue;
        for (const qsizetype index : *procfile) {
            if (!model.workloads[index].containers.isEmpty())
                model.workloads[index].containers.first().env.append(app.env);
        }
    }
    for (auto it = joined.crbegin(); it != joined.crend(); ++it)
        model.workloads.removeAt(*it);
}

// A Dockerfile says how the app runs when nothing else in the repository does.
void addDockerfileWorkloads(DeploymentModel &model, const QString &repositoryName)
{
    if (!model.workloads.isEmpty())
        return;
    for (const DockerfileInfo &dockerfile : std::as_const(model.dockerfiles)) {
        Workload workload;
        const QString directory = directoryOf(dockerfile.path);
        workload.name = directory.isEmpty() ? repositoryName : directory.section(u'/', -1);
        workload.kind = WorkloadKind::Dockerfile;
        workload.format = SourceFormat::Dockerfile;
        workload.location = {dockerfile.path, 1, 0};
        if (!dockerfile.stages.isEmpty())
            workload.location = dockerfile.stages.last().location;
        workload.stopSignal = dockerfile.stopSignal;
        workload.stopSignalLocation = dockerfile.stopSignalLocation;
        workload.dockerfilePath = dockerfile.path;
        Container container;
        container.name = workload.name;
        container.command = dockerfile.entrypoint;
        container.args = dockerfile.cmd;
        container.commandIsShellForm =
            dockerfile.entrypoint.isEmpty() ? dockerfile.cmdShellForm : dockerfile.entrypointShellForm;
        container.commandLocation =
            dockerfile.entrypoint.isEmpty() ? dockerfile.cmdLocation : dockerfile.entrypointLocation;
        container.env = dockerfile.env;
        container.ports = dockerfile.expose;
        if (dockerfile.healthcheck)
            container.probes.append(*dockerfile.healthcheck);
        container.location = workload.location;
        workload.containers.append(container);
        model.workloads.append(workload);
    }
}

QString composeDockerfilePath(const Workload &workload)
{
    if (workload.buildContext.isEmpty())
        return {};
    const QString projectDirectory = directoryOf(workload.buildLocation.path);
    const QString context = resolveRepoPath(projectDirectory, workload.buildContext);
    const QString dockerfile =
        workload.buildDockerfile.isEmpty() ? QStringLiteral("Dockerfile") : workload.buildDockerfile;
    return resolveRepoPath(context, dockerfile);
}

void addConnections(DeploymentModel &model)
{
    // Names a connection may resolve to, per environment.
    QHash<QString, QSet<QString>> providedNames;
    for (const Workload &workload : std::as_const(model.workloads)) {
        providedNames[workload.environment].insert(workload.name.toLower());
        for (const Dependency &link : workload.links) {
            const QString alias = link.name.section(u':', 1, 1);
            if (!alias.isEmpty())
                providedNames[workload.environment].insert(alias.toLower());
        }
    }
    for (const ServiceDef &service : std::as_const(model.services))
        providedNames[service.environment].insert(service.name.toLower());
    for (const PlatformAddon &addon : std::as_const(model.addons))
        providedNames[addon.environment].insert(addon.name.toLower());

    const auto isProvided = [&](const QString &environment, const QString &name) {
        const QString key = name.toLower();
        return providedNames.value(environment).contains(key) ||
               (!environment.isEmpty() && providedNames.value(QString()).contains(key));
    };

    for (Workload &workload : model.workloads) {
        if (workload.format == SourceFormat::Compose && workload.dockerfilePath.isEmpty())
            workload.dockerfilePath = composeDockerfilePath(workload);
        QSet<QString> seen;
        for (const Container &container : std::as_const(workload.containers)) {
            for (const ResolvedEnvVar &env : effectiveEnvironment(model, workload, container)) {
                if (!env.resolved)
                    continue;
                const auto endpoint = parseEndpoint(env.value);
                if (!endpoint || !endpoint->isClusterLocalName())
                    continue;
                const QString target = endpoint->serviceName();
                if (target == workload.name.toLower() && endpoint->scheme.startsWith(u"http"))
                    continue; // the app's own public URL, not a backing service
                const QString key = target + u'|' + env.var.name;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                Connection connection;
                connection.from = workload.name;
                connection.to = target;
                connection.port = endpoint->port;
                connection.via = env.var.name;
                connection.scheme = endpoint->scheme;
                connection.environment = workload.environment;
                connection.location = env.valueLocation.isValid() ? env.valueLocation : env.var.location;
                connection.resolved = isProvided(workload.environment, target);
                model.connections.append(connection);
            }
        }
        for (const auto &[dependencies, via] : {std::pair{&workload.dependsOn, QStringLiteral("depends_on")},
                                                std::pair{&workload.links, QStringLiteral("links")}}) {
            for (const Dependency &dependency : *dependencies) {
                Connection connection;
                connection.from = workload.name;
                connection.to = dependency.name.section(u':', 0, 0);
                connection.via = via;
                connection.environment = workload.environment;
                connection.location = dependency.location;
                connection.resolved = isProvided(workload.environment, connection.to);
                model.connections.append(connection);
            }
        }
    }
    for (const IngressDef &ingress : std::as_const(model.ingresses)) {
        for (const IngressBackend &backend : ingress.backends) {
            if (backend.serviceName.isEmpty())
                continue;
            Connection connection;
            connection.from = ingress.name;
            connection.to = backend.serviceName;
            connection.port = backend.servicePort;
            connection.via = QStringLiteral("ingress");
            connection.environment = ingress.environment;
            connection.location = backend.location;
            connection.resolved = isProvided(ingress.environment, backend.serviceName);
            model.connections.append(connection);
        }
    }
}

const ConfigObject *findConfigObject(const DeploymentModel &model, ConfigObject::Kind kind,
                                     const QString &name, const Workload &workload)
{
    const ConfigObject *fallback = nullptr;
    for (const ConfigObject &object : model.configObjects) {
        if (object.kind != kind || object.name != name)
            continue;
        if (object.environment != workload.environment && !object.environment.isEmpty())
            continue;
        if (object.namespaceName == workload.namespaceName)
            return &object;
        if (!fallback)
            fallback = &object;
    }
    return fallback;
}

} // namespace

QList<ResolvedEnvVar> effectiveEnvironment(const DeploymentModel &model, const Workload &workload,
                                           const Container &container)
{
    QList<ResolvedEnvVar> result;
    QHash<QString, qsizetype> byName;
    const auto put = [&](ResolvedEnvVar entry) {
        entry.sensitive = entry.sensitive || isSensitive(entry.var.name, entry.value);
        const auto existing = byName.constFind(entry.var.name);
        if (existing != byName.constEnd()) {
            result[*existing] = entry;
        } else {
            byName.insert(entry.var.name, result.size());
            result.append(entry);
        }
    };
    for (const EnvFromRef &from : container.envFrom) {
        if (from.kind != EnvFromRef::Kind::ConfigMap && from.kind != EnvFromRef::Kind::Secret)
            continue;
        const bool secret = from.kind == EnvFromRef::Kind::Secret;
        const ConfigObject *object = findConfigObject(
            model, secret ? ConfigObject::Kind::Secret : ConfigObject::Kind::ConfigMap, from.name, workload);
        if (!object)
            continue;
        for (const ConfigEntry &entry : object->entries) {
            ResolvedEnvVar resolved;
            resolved.var.name = from.prefix + entry.key;
            resolved.var.kind = secret ? ValueKind::SecretRef : ValueKind::ConfigMapRef;
            resolved.var.refName = from.name;
            resolved.var.refKey = entry.key;
            resolved.var.location = from.location;
            resolved.value = entry.value;
            resolved.resolved = true;
            resolved.sensitive = secret;
            resolved.valueLocation = entry.location;
            put(resolved);
        }
    }
    for (const EnvVar &var : container.env) {
        ResolvedEnvVar resolved;
        resolved.var = var;
        resolved.valueLocation = var.location;
        switch (var.kind) {
        case ValueKind::Literal:
            resolved.value = var.value;
            resolved.resolved = true;
            break;
        case ValueKind::Interpolated:
            resolved.value = var.value;
            resolved.resolved = var.refName.isEmpty() && !var.value.isEmpty();
            break;
        case ValueKind::SecretRef:
        case ValueKind::ConfigMapRef: {
            const bool secret = var.kind == ValueKind::SecretRef;
            resolved.sensitive = secret;
            const ConfigObject *object =
                findConfigObject(model, secret ? ConfigObject::Kind::Secret : ConfigObject::Kind::ConfigMap,
                                 var.refName, workload);
            if (object) {
                for (const ConfigEntry &entry : object->entries) {
                    if (entry.key == var.refKey) {
                        resolved.value = entry.value;
                        resolved.resolved = true;
                        resolved.valueLocation = entry.location;
                        break;
                    }
                }
            }
            break;
        }
        case ValueKind::FieldRef:
        case ValueKind::Unset:
            break;
        }
        put(resolved);
    }
    return result;
}

DeploymentModel buildDeploymentModel(const RepoSnapshot &snapshot, const BuildOptions &options,
                                     QList<EnvironmentInfo> *environments)
{
    QSet<QString> chartDirectories;
    for (const SourceFile &file : snapshot.files()) {
        if (file.isText() && file.fileName() == u"Chart.yaml")
            chartDirectories.insert(file.directory());
    }
    QList<ParseJob> kustomizationJobs;
    QList<ParseJob> jobs;
    for (const SourceFile &file : snapshot.files()) {
        const DetectedFile detected = detectFile(file, chartDirectories);
        if (detected.role == FileRole::Kustomization)
            kustomizationJobs.append({&file, detected});
        else if (detected.role != FileRole::None)
            jobs.append({&file, detected});
    }

    const ParseContext context{snapshot, options.limits};
    std::atomic_int done = 0;
    const int total = int(kustomizationJobs.size() + jobs.size());
    const std::function<DeploymentModel(const ParseJob &)> parse = [&](const ParseJob &job) {
        if (options.cancelled && options.cancelled->load(std::memory_order_relaxed))
            return DeploymentModel{};
        DeploymentModel fragment = parseOne(job, context);
        const int finished = ++done;
        if (options.progress)
            options.progress(finished, total, job.file->path);
        return fragment;
    };
    const auto parseAll = [&](const QList<ParseJob> &list) {
        DeploymentModel merged;
        QList<DeploymentModel> fragments = QtConcurrent::blockingMapped(&parsePool(), list, parse);
        for (DeploymentModel &fragment : fragments)
            merged.append(std::move(fragment));
        return merged;
    };

    // Kustomizations first: they say which YAML files are patches rather than manifests.
    DeploymentModel model = parseAll(kustomizationJobs);
    const QSet<QString> patchFiles = kustomizePatchFiles(model.kustomizations);
    jobs.removeIf([&](const ParseJob &job) {
        return job.detected.role == FileRole::KubernetesYaml && patchFiles.contains(job.file->path);
    });
    model.append(parseAll(jobs));

    attachHelmFiles(model, jobs);
    addComposeWorkloads(model);
    joinProcfileWithAppJson(model);
    const QList<EnvironmentInfo> found = applyEnvironments(model, context);
    if (environments)
        *environments = found;
    addDockerfileWorkloads(model, QFileInfo(snapshot.info().root).fileName());
    addConnections(model);
    return model;
}

} // namespace tfi
