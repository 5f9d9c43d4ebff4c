#include "../sensitive.h"
#include "buildinputs.h"
#include "factorrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace tfi {

namespace {

using namespace buildinputs;

constexpr int buildReleaseRunFactor = 5;
constexpr int maxCredits = 10;

enum BuildReleaseRunRule
{
    MutableImageTag,
    BuildAtRuntime,
    EnvironmentInImage,
    NoReleaseIdentity
};

// Which Compose files describe a deployed environment and which a developer's machine.
class ComposePlaces
{
public:
    explicit ComposePlaces(const DeploymentModel &model)
    {
        bool composeDeploys = false;
        for (const ComposeFileInfo &file : model.composeFiles) {
            m_files.insert(file.path, &file);
            const QString environment = composeFileEnvironment(file);
            if (!environment.isEmpty() && !isDevEnvironment(environment) && file.role != u"override")
                composeDeploys = true;
        }
        // A repository that deploys with Kubernetes, Helm, fly, Render or Heroku keeps its plain
        // docker-compose.yml for running the app locally.
        bool otherTargets = !model.helmCharts.isEmpty() || !model.appJsonFiles.isEmpty();
        for (const Workload &workload : model.workloads) {
            if (workload.format != SourceFormat::Compose && workload.format != SourceFormat::Dockerfile)
                otherTargets = true;
        }
        m_baseIsLocal = otherTargets && !composeDeploys;
    }

    const ComposeFileInfo *file(const QString &path) const { return m_files.value(path); }

    // True when a value written in this Compose file only runs on a developer's machine.
    bool isDevFile(const QString &path) const
    {
        const ComposeFileInfo *info = file(path);
        if (!info)
            return false;
        if (info->role == u"override")
            return true;
        const QString environment = composeFileEnvironment(*info);
        if (!environment.isEmpty())
            return isDevEnvironment(environment);
        return m_baseIsLocal;
    }

private:
    QHash<QString, const ComposeFileInfo *> m_files;
    bool m_baseIsLocal = false;
};

// A container image some deploy manifest runs.
struct DeployedImage
{
    QString workload;
    QString container;
    QString environment;
    SourceFormat format = SourceFormat::Kubernetes;
    QString image;
    Location location;
    const Workload *owner = nullptr;
};

// The images that deployed processes run. Development environments (a Compose override, a dev
// overlay) are left out: moving tags are how people work there.
QList<DeployedImage> deployedImages(const DeploymentModel &model, const ComposePlaces &compose)
{
    QList<DeployedImage> images;
    for (const Workload &workload : model.workloads) {
        // Examples, tests and vendored charts describe someone else's deploys.
        if (isDevEnvironment(workload.environment) || isOutsideTheApp(workload.location.path, false))
            continue;
        if (workload.format == SourceFormat::Compose) {
            // With `build:`, `image:` names what the build produces.
            if (!workload.buildContext.isEmpty() || workload.containers.isEmpty() ||
                compose.isDevFile(workload.containers.first().imageLocation.path) ||
                compose.isDevFile(workload.location.path))
                continue;
        } else if (workload.format != SourceFormat::Kubernetes && workload.format != SourceFormat::FlyToml &&
                   workload.format != SourceFormat::RenderYaml) {
            continue;
        }
        for (const Container &container : workload.containers) {
            if (container.image.trimmed().isEmpty())
                continue;
            images.append({workload.name, container.name, workload.environment, workload.format,
                           container.image,
                           container.imageLocation.isValid() ? container.imageLocation : container.location,
                           &workload});
        }
    }
    return images;
}

// Findings that the same line gives in several environments (a base manifest that every overlay
// renders, a Procfile run with several dotenv files) are reported once, for all environments.
class FindingCollector
{
public:
    void add(const RuleInfo &rule, const Location &location, const QString &message,
             const FindingScope &scope, const QString &subject)
    {
        const QString key = locationKey(rule, location) + u'|' + QString::number(location.column) + u'|' +
                            scope.workload + u'|' + subject;
        const auto existing = m_index.constFind(key);
        if (existing != m_index.constEnd()) {
            Pending &pending = m_pending[*existing];
            if (pending.scope.environment != scope.environment)
                pending.scope.environment.clear();
            return;
        }
        m_index.insert(key, m_pending.size());
        m_pending.append({&rule, location, message, scope, subject});
        m_locations.insert(locationKey(rule, location));
    }

    bool reported(const RuleInfo &rule, const Location &location) const
    {
        return m_locations.contains(locationKey(rule, location));
    }

    void flush(RuleContext &context)
    {
        for (const Pending &pending : std::as_const(m_pending))
            context.report(*pending.rule, pending.location, pending.message, pending.scope, pending.subject);
        m_pending.clear();
        m_index.clear();
        m_locations.clear();
    }

private:
    static QString locationKey(const RuleInfo &rule, const Location &location)
    {
        return QString::fromLatin1(rule.id) + u'|' + location.path + u'|' + QString::number(location.line);
    }

    struct Pending
    {
        const RuleInfo *rule;
        Location location;
        QString message;
        FindingScope scope;
        QString subject;
    };
    QList<Pending> m_pending;
    QHash<QString, qsizetype> m_index;
    QSet<QString> m_locations;
};

// Kustomize `images:` entries that set the tag or digest of an image the manifests name.
const KustomizeImage *kustomizeOverride(const DeploymentModel &model, const QString &imageName)
{
    for (const KustomizationInfo &kustomization : model.kustomizations) {
        for (const KustomizeImage &image : kustomization.images) {
            if (image.name == imageName && (!image.newTag.isEmpty() || !image.digest.isEmpty()))
                return &image;
        }
    }
    return nullptr;
}

// A label or annotation that names the running version: app.kubernetes.io/version, an OCI
// version or revision label, or any value that is a git commit id.
bool hasReleaseLabel(const Workload &workload)
{
    static const QSet<QString> versionKeys = {QStringLiteral("app.kubernetes.io/version"),
                                              QStringLiteral("version"),
                                              QStringLiteral("app.version"),
                                              QStringLiteral("org.opencontainers.image.version"),
                                              QStringLiteral("org.opencontainers.image.revision"),
                                              QStringLiteral("helm.sh/chart")};
    for (const QMap<QString, QString> *map :
         {&workload.labels, &workload.podLabels, &workload.annotations, &workload.podAnnotations}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it) {
            if (versionKeys.contains(it.key()) || looksLikeGitSha(it.value()))
                return true;
        }
    }
    return false;
}

QString processLabel(const DeployedImage &deployed)
{
    if (deployed.container.isEmpty() || deployed.container == deployed.workload)
        return deployed.workload;
    return QCoreApplication::translate("tfi::Rules", "container %1 of %2")
        .arg(deployed.container, deployed.workload);
}

bool isKustomizationFile(const QString &path)
{
    const QString name = fileNameOfPath(path);
    return name == u"kustomization.yaml" || name == u"kustomization.yml" || name == u"Kustomization";
}

void checkImageTags(RuleContext &context, const QList<RuleInfo> &rules, const QList<DeployedImage> &images)
{
    const DeploymentModel &model = context.model();
    FindingCollector findings;
    QSet<QString> credited;
    for (const DeployedImage &deployed : images) {
        const ImageReference reference = parseImageReference(deployed.image);
        if (reference.templated)
            continue;
        const FindingScope scope{deployed.workload, deployed.environment, deployed.format};
        const QString subject = deployed.container + u'|' + reference.name;
        // A manifest that no overlay rendered: a Kustomize `images:` entry elsewhere sets its tag.
        if (deployed.format == SourceFormat::Kubernetes && !isKustomizationFile(deployed.location.path) &&
            kustomizeOverride(model, reference.name))
            continue;
        if (isMutableTag(reference)) {
            const QString message =
                reference.tag.isEmpty()
                    ? QCoreApplication::translate(
                          "tfi::Rules",
                          "%1 (%2) runs %3 without a tag, so every pull may start a different image")
                          .arg(processLabel(deployed), deployed.location.path, reference.name)
                    : QCoreApplication::translate(
                          "tfi::Rules", "%1 (%2) runs %3:latest, so every pull may start a different image")
                          .arg(processLabel(deployed), deployed.location.path, reference.name);
            findings.add(rules.at(MutableImageTag), deployed.location, message, scope, subject);
            continue;
        }
        const bool pinned = !reference.digest.isEmpty() || isSemverTag(reference.tag);
        if (pinned) {
            if (credited.size() < maxCredits && !credited.contains(deployed.image)) {
                credited.insert(deployed.image);
                context.credit(
                    buildReleaseRunFactor,
                    !reference.digest.isEmpty()
                        ? QCoreApplication::translate("tfi::Rules", "%1 (%2) runs an image pinned by digest")
                              .arg(processLabel(deployed), deployed.location.path)
                        : QCoreApplication::translate("tfi::Rules", "%1 (%2) runs release %3 of %4")
                              .arg(processLabel(deployed), deployed.location.path, reference.tag,
                                   reference.name),
                    deployed.location);
            }
            continue;
        }
        // A tag named after a branch or an environment: the image changes under the same name.
        if (deployed.format != SourceFormat::Kubernetes && deployed.format != SourceFormat::Compose)
            continue;
        static const QSet<QString> branchWords = {
            QStringLiteral("main"),     QStringLiteral("master"),  QStringLiteral("trunk"),
            QStringLiteral("head"),     QStringLiteral("nightly"), QStringLiteral("snapshot"),
            QStringLiteral("edge"),     QStringLiteral("current"), QStringLiteral("latest"),
            QStringLiteral("unstable"),
        };
        const QStringList words = nameWords(reference.tag);
        const bool namesBranch =
            !words.isEmpty() && !isReleaseTag(reference.tag) &&
            std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
                return branchWords.contains(word.toLower()) || !environmentOfWord(word).isEmpty();
            });
        if (!namesBranch || hasReleaseLabel(*deployed.owner))
            continue;
        findings.add(
            rules.at(NoReleaseIdentity), deployed.location,
            QCoreApplication::translate(
                "tfi::Rules",
                "%1 (%2) runs %3:%4; the tag names a branch or an environment rather than a release, and "
                "no version label says which build runs")
                .arg(processLabel(deployed), deployed.location.path, reference.name, reference.tag),
            scope, subject);
    }

    // Overrides that set a moving tag, where no rendered workload reported them already.
    for (const KustomizationInfo &kustomization : model.kustomizations) {
        if (isDevEnvironment(environmentOfName(kustomization.directory.section(u'/', -1))) ||
            isOutsideTheApp(kustomization.path, false))
            continue;
        for (const KustomizeImage &image : kustomization.images) {
            if (!image.digest.isEmpty() || image.newTag.compare(u"latest", Qt::CaseInsensitive) != 0 ||
                findings.reported(rules.at(MutableImageTag), image.location))
                continue;
            const QString name = image.newName.isEmpty() ? image.name : image.newName;
            findings.add(rules.at(MutableImageTag), image.location,
                         QCoreApplication::translate(
                             "tfi::Rules",
                             "%1 sets the tag of %2 to latest, so every pull may start a different image")
                             .arg(kustomization.path, name),
                         {QString(), QString(), SourceFormat::Kustomization}, name);
        }
    }
    for (const HelmValuesFile &values : model.helmValues) {
        if (isDevEnvironment(values.environmentHint) || isOutsideTheApp(values.path, false))
            continue;
        for (const HelmValue &value : values.values) {
            const QString key = value.path.section(u'.', -1);
            const bool tagKey = key == u"tag" || key == u"imageTag";
            if (tagKey && value.value.compare(u"latest", Qt::CaseInsensitive) == 0) {
                findings.add(
                    rules.at(MutableImageTag), value.location,
                    QCoreApplication::translate(
                        "tfi::Rules", "%1 sets %2 to latest, so every pull may start a different image")
                        .arg(values.path, value.path),
                    {QString(), values.environmentHint, SourceFormat::HelmValues}, value.path);
            }
        }
    }
    findings.flush(context);
}

// --- building at run time ------------------------------------------------------------------

struct BuildStep
{
    QRegularExpression pattern;
    QString display; // what the message names, e.g. "pip install"
};

const QList<BuildStep> &buildSteps()
{
    static const QList<BuildStep> steps = {
        {QRegularExpression(
             QStringLiteral(R"((^|[\s;&|(])(pip[23]?(\.\d+)?|python[23]?(\.\d+)?\s+-m\s+pip)\s+install\b)")),
         QStringLiteral("pip install")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])npm\s+(install|ci|i)(\s|$|;|&))")),
         QStringLiteral("npm install")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])yarn\s+install\b)")),
         QStringLiteral("yarn install")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])pnpm\s+(install|i)(\s|$|;|&))")),
         QStringLiteral("pnpm install")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])bundle\s+install\b)")),
         QStringLiteral("bundle install")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])composer\s+install\b)")),
         QStringLiteral("composer install")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])poetry\s+install\b)")),
         QStringLiteral("poetry install")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])pipenv\s+install\b)")),
         QStringLiteral("pipenv install")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])go\s+run\b)")), QStringLiteral("go run")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])go\s+build\b)")), QStringLiteral("go build")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])cargo\s+(run|build)\b)")),
         QStringLiteral("cargo run")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])(\./)?mvnw?\s+.*\bspring-boot:run\b)")),
         QStringLiteral("mvn spring-boot:run")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])(\./)?gradlew?\s+.*\bbootRun\b)")),
         QStringLiteral("gradle bootRun")},
        {QRegularExpression(QStringLiteral(R"((^|[\s;&|(])mix\s+deps\.get\b)")),
         QStringLiteral("mix deps.get")},
    };
    return steps;
}

// The first build step a command runs, if any.
std::optional<QString> buildStepIn(const QString &command)
{
    for (const BuildStep &step : buildSteps()) {
        if (step.pattern.match(command).hasMatch())
            return step.display;
    }
    return std::nullopt;
}

struct RuntimeBuild
{
    QString step;
    Location location;
};

// Commands that start a development server (live reload, debug mode): whoever runs them is
// developing, not deploying.
bool startsDevelopmentServer(const QStringList &words)
{
    static const QRegularExpression devServer(QStringLiteral(
        R"(\b(runserver|nodemon|webpack-dev-server|ts-node-dev)\b|--reload\b|\b(npm|yarn|pnpm)\s+(run\s+)?dev\b|)"
        R"(\bflask\s+run\b|\bnext\s+dev\b|\bvite(\s|$)|--debug\b)"));
    return devServer.match(words.join(u' ')).hasMatch();
}

// A build step in what a container runs, with the line of the part (command or args) that holds it.
std::optional<RuntimeBuild> runtimeBuildIn(const Container &container)
{
    const QString command = container.command.join(u' ');
    const QString args = container.args.join(u' ');
    if (const std::optional<QString> step = buildStepIn(command))
        return RuntimeBuild{*step, container.commandLocation};
    if (const std::optional<QString> step = buildStepIn(args))
        return RuntimeBuild{*step, container.argsLocation.isValid() ? container.argsLocation
                                                                    : container.commandLocation};
    if (const std::optional<QString> step = buildStepIn(command + u' ' + args))
        return RuntimeBuild{*step, container.commandLocation};
    return std::nullopt;
}

void checkBuildAtRuntime(RuleContext &context, const RuleInfo &rule, const ComposePlaces &compose)
{
    const DeploymentModel &model = context.model();
    FindingCollector findings;
    for (const Workload &workload : model.workloads) {
        // Dockerfiles are read below, once each, whatever runs them.
        if (workload.format == SourceFormat::Dockerfile || isDevEnvironment(workload.environment) ||
            isOutsideTheApp(workload.location.path, false))
            continue;
        const FindingScope scope{workload.name, workload.environment, workload.format};
        for (const Container &container : workload.containers) {
            const std::optional<RuntimeBuild> build = runtimeBuildIn(container);
            if (!build || !build->location.isValid())
                continue;
            if (workload.format == SourceFormat::Compose &&
                (compose.isDevFile(build->location.path) ||
                 startsDevelopmentServer(container.command + container.args)))
                continue;
            const QString name = container.name.isEmpty() || container.name == workload.name
                                     ? workload.name
                                     : QCoreApplication::translate("tfi::Rules", "container %1 of %2")
                                           .arg(container.name, workload.name);
            findings.add(
                rule, build->location,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "%1 (%2) runs %3 every time it starts, so each start may run different code than "
                    "the release that was tested")
                    .arg(name, build->location.path, build->step),
                scope, container.name + u'|' + build->step);
        }
        // Compose for a deployed environment (compose.prod.yaml) that builds on the host it deploys to,
        // unless it also names a released image to pull.
        if (workload.format == SourceFormat::Compose && !workload.buildContext.isEmpty() &&
            !workload.environment.isEmpty() && workload.buildLocation.isValid() &&
            !compose.isDevFile(workload.buildLocation.path)) {
            const ImageReference image = parseImageReference(
                workload.containers.isEmpty() ? QString() : workload.containers.first().image);
            if (!image.digest.isEmpty() || isReleaseTag(image.tag))
                continue;
            findings.add(
                rule, workload.buildLocation,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "service %1 builds its image on the %2 host when it is deployed (%3); build and tag "
                    "the image once, then deploy that image")
                    .arg(workload.name, workload.environment, workload.buildLocation.path),
                scope, QStringLiteral("build"));
        }
    }
    findings.flush(context);
    for (const DockerfileInfo &dockerfile : model.dockerfiles) {
        if (isDevDockerfile(dockerfile.path) || isOutsideTheApp(dockerfile.path, false))
            continue;
        const std::pair<const QStringList *, const Location *> parts[] = {
            {&dockerfile.entrypoint, &dockerfile.entrypointLocation},
            {&dockerfile.cmd, &dockerfile.cmdLocation}};
        for (const auto &[words, location] : parts) {
            const std::optional<QString> step = buildStepIn(words->join(u' '));
            if (!step || !location->isValid() ||
                startsDevelopmentServer(dockerfile.entrypoint + dockerfile.cmd))
                continue;
            const QString instruction =
                words == &dockerfile.cmd ? QStringLiteral("CMD") : QStringLiteral("ENTRYPOINT");
            context.report(
                rule, *location,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "the %1 of %2 runs %3 every time a container starts; do it in a RUN instruction "
                    "so the image holds the result")
                    .arg(instruction, dockerfile.path, *step),
                {workloadBuilding(model, dockerfile.path), QString(), SourceFormat::Dockerfile},
                instruction + u'|' + *step);
            break;
        }
    }
}

// --- configuration of one environment baked into the image ---------------------------------

// Variables that say which environment the process runs in. A mode such as NODE_ENV=production
// selects how the runtime behaves and is the same in every deployed environment; only other
// values tie the image to one environment.
bool isRuntimeModeVariable(const QString &name)
{
    static const QSet<QString> names = {QStringLiteral("NODE_ENV"),
                                        QStringLiteral("RAILS_ENV"),
                                        QStringLiteral("RACK_ENV"),
                                        QStringLiteral("MIX_ENV"),
                                        QStringLiteral("APP_ENV"),
                                        QStringLiteral("FLASK_ENV"),
                                        QStringLiteral("SYMFONY_ENV"),
                                        QStringLiteral("ASPNETCORE_ENVIRONMENT"),
                                        QStringLiteral("DOTNET_ENVIRONMENT"),
                                        QStringLiteral("GO_ENV"),
                                        QStringLiteral("DENO_ENV")};
    return names.contains(name);
}

// Variables that pick a set of per-environment settings: any environment named there is baked in.
bool isEnvironmentSelector(const QString &name)
{
    static const QSet<QString> names = {QStringLiteral("SPRING_PROFILES_ACTIVE"),
                                        QStringLiteral("QUARKUS_PROFILE"),
                                        QStringLiteral("MICRONAUT_ENVIRONMENTS"),
                                        QStringLiteral("DJANGO_SETTINGS_MODULE"),
                                        QStringLiteral("DJANGO_CONFIGURATION"),
                                        QStringLiteral("FLASK_CONFIG"),
                                        QStringLiteral("APP_SETTINGS"),
                                        QStringLiteral("CONFIG_ENV"),
                                        QStringLiteral("ENVIRONMENT"),
                                        QStringLiteral("DEPLOY_ENV"),
                                        QStringLiteral("DEPLOYMENT_ENV"),
                                        QStringLiteral("APP_ENVIRONMENT"),
                                        QStringLiteral("TARGET_ENV"),
                                        QStringLiteral("STAGE")};
    // The app's own switch: SHOP_ENV, PAYMENTS_ENVIRONMENT. Not paths or tool settings that end the same way.
    static const QRegularExpression ownSwitch(
        QStringLiteral("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*_(ENV|ENVIRONMENT)$"));
    static const QSet<QString> notSwitches = {QStringLiteral("VIRTUAL_ENV"), QStringLiteral("BASH_ENV"),
                                              QStringLiteral("CONDA_DEFAULT_ENV"),
                                              QStringLiteral("PIPENV_ACTIVE_ENV")};
    return names.contains(name) || (ownSwitch.match(name).hasMatch() && !notSwitches.contains(name));
}

bool isTemplateWord(const QString &word)
{
    static const QSet<QString> words = {QStringLiteral("example"),  QStringLiteral("sample"),
                                        QStringLiteral("template"), QStringLiteral("dist"),
                                        QStringLiteral("defaults"), QStringLiteral("default"),
                                        QStringLiteral("tmpl"),     QStringLiteral("schema")};
    return words.contains(word.toLower());
}

// .env, .env.production, prod.env; not .env.example and other templates.
bool isDotenvSource(const QString &fileName)
{
    if (fileName == u".env")
        return true;
    const QStringList words = nameWords(fileName);
    if (std::any_of(words.cbegin(), words.cend(), isTemplateWord))
        return false;
    if (fileName.startsWith(u".env.") || fileName.startsWith(u".env-"))
        return true;
    return fileName.endsWith(u".env") && !environmentOfName(fileName.chopped(4)).isEmpty();
}

// config/production.json copied to a generic name (config.json): the build picks the environment.
bool isEnvironmentConfigRenamed(const QString &source, const QString &destination)
{
    static const QSet<QString> configExtensions = {
        QStringLiteral("json"), QStringLiteral("yaml"),  QStringLiteral("yml"), QStringLiteral("toml"),
        QStringLiteral("ini"),  QStringLiteral("conf"),  QStringLiteral("cfg"), QStringLiteral("properties"),
        QStringLiteral("xml"),  QStringLiteral("py"),    QStringLiteral("js"),  QStringLiteral("php"),
        QStringLiteral("rb"),   QStringLiteral("config")};
    const QString name = fileNameOfPath(source);
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0 || !configExtensions.contains(name.mid(dot + 1).toLower()))
        return false;
    const QStringList words = nameWords(name.left(dot));
    if (environmentOfName(name.left(dot)).isEmpty() ||
        std::any_of(words.cbegin(), words.cend(), isTemplateWord))
        return false;
    if (destination.endsWith(u'/') || destination == u"." || destination.contains(u'$'))
        return false;
    const QString target = fileNameOfPath(destination);
    return target.contains(u'.') && target != name && environmentOfName(target).isEmpty();
}

void checkEnvironmentInImage(RuleContext &context, const RuleInfo &rule)
{
    const DeploymentModel &model = context.model();
    for (const DockerfileInfo &dockerfile : model.dockerfiles) {
        if (isDevDockerfile(dockerfile.path) || isOutsideTheApp(dockerfile.path, false))
            continue;
        const FindingScope scope{workloadBuilding(model, dockerfile.path), QString(),
                                 SourceFormat::Dockerfile};
        for (const EnvVar &var : dockerfile.env) {
            if (var.value.contains(u'$') || !var.location.isValid())
                continue;
            const QString environment = environmentOfName(var.value);
            if (environment.isEmpty())
                continue;
            const bool baked =
                isRuntimeModeVariable(var.name) ? environment != u"prod" : isEnvironmentSelector(var.name);
            if (!baked)
                continue;
            const QString shown = displayValue(var.name, var.value, isSensitive(var.name, var.value));
            context.report(
                rule, var.location,
                QCoreApplication::translate(
                    "tfi::Rules", "%1 sets %2=%3 in the image, so the image only fits the %4 environment")
                    .arg(dockerfile.path, var.name, shown, environment),
                scope, var.name);
        }
        const QStringList lines = context.lines(dockerfile.path);
        for (const DockerInstruction &instruction : dockerfile.instructions) {
            if (instruction.keyword != u"COPY" && instruction.keyword != u"ADD")
                continue;
            const bool fromStage =
                std::any_of(instruction.flags.cbegin(), instruction.flags.cend(),
                            [](const QString &flag) { return flag.startsWith(u"--from"); });
            if (fromStage || !instruction.heredoc.isEmpty())
                continue;
            const QStringList words =
                instruction.execForm ? instruction.execArgs : splitShellWords(instruction.arguments);
            if (words.size() < 2)
                continue;
            const QString destination = words.last();
            for (qsizetype i = 0; i + 1 < words.size(); ++i) {
                const QString &source = words.at(i);
                const QString name = fileNameOfPath(source);
                QString text;
                if (isDotenvSource(name))
                    text = QCoreApplication::translate("tfi::Rules",
                                                       "%1 copies %2 into the image, so its settings travel "
                                                       "with every deploy of the image")
                               .arg(dockerfile.path, source);
                else if (isEnvironmentConfigRenamed(source, destination))
                    text = QCoreApplication::translate(
                               "tfi::Rules",
                               "%1 copies %2 into the image as %3, so the build picks the environment")
                               .arg(dockerfile.path, source, destination);
                else
                    continue;
                context.report(rule, locateWord(lines, instruction.location, source), text, scope, source);
            }
        }
    }
}

} // namespace

const QList<RuleInfo> &buildReleaseRunRules()
{
    static const QList<RuleInfo> rules = {
        {
            "build-release-run.mutable-image-tag",
            buildReleaseRunFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A deploy runs an image by a tag that moves"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Build, release and run are separate stages: a release is one build combined with "
                "one config, and it never changes once made. An image without a tag, or tagged "
                "latest, is a different build whenever someone pushes, so restarting a process or "
                "adding a node can silently run code that was never released."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Deploy images by an immutable reference: a version tag the build writes once "
                              "(1.4.2, or the git commit), or better a digest."),
            {
                {SourceFormat::Kubernetes,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Kubernetes: image: ghcr.io/acme/web:1.4.2 (or "
                     "ghcr.io/acme/web@sha256:...), set per release by your pipeline or a Kustomize "
                     "images: entry.")},
                {SourceFormat::Kustomization,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Kustomize: images: - name: ghcr.io/acme/web newTag: \"1.4.2\" (kustomize edit "
                     "set image in the release job).")},
                {SourceFormat::HelmValues,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "Helm: leave image.tag empty to use the chart's appVersion, or set it per "
                                   "release with --set image.tag=1.4.2.")},
                {SourceFormat::Compose,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "Compose: image: postgres:16.2 instead of image: postgres.")},
                {SourceFormat::FlyToml,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "fly.toml: [build] image = \"registry.fly.io/web:1.4.2\", or deploy with fly "
                     "deploy --image at a fixed tag.")},
                {SourceFormat::RenderYaml,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "render.yaml: image: url: ghcr.io/acme/web:1.4.2 with a fixed tag.")},
            },
            {"kube-score:container-image-tag", "polaris:tagNotSpecified", "kube-linter:latest-tag"},
        },
        {
            "build-release-run.build-at-runtime",
            buildReleaseRunFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A process builds or installs code when it starts"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "The build stage turns code into an executable bundle; the run stage only starts it. "
                "Installing dependencies or compiling when a process starts makes every start a new, "
                "untested build: slower, fragile when a registry is down, and possibly different "
                "from what was released."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Move the install or compile step into the build (a RUN instruction in the "
                              "Dockerfile, or the platform's build command) and start the built artefact."),
            {
                {SourceFormat::Dockerfile,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "Dockerfile: RUN pip install -r requirements.txt, then CMD [\"gunicorn\", "
                                   "\"app:app\"].")},
                {SourceFormat::Procfile,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "Procfile: web: gunicorn app:app; the buildpack installs requirements.txt "
                                   "during the build.")},
                {SourceFormat::Kubernetes,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Kubernetes: build an image that already holds the dependencies and set command: "
                     "[\"node\", \"server.js\"].")},
                {SourceFormat::Compose,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Compose: deploy image: ghcr.io/acme/web:1.4.2 built by CI instead of build: in "
                     "the production file.")},
                {SourceFormat::FlyToml,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "fly.toml: install in the Dockerfile; [processes] only starts the app.")},
                {SourceFormat::RenderYaml,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "render.yaml: buildCommand: pip install -r requirements.txt, startCommand: "
                     "gunicorn app:app.")},
            },
            {},
        },
        {
            "build-release-run.environment-in-image",
            buildReleaseRunFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The image is built for one environment"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "One build is released to every environment; what differs is the config added at "
                "release. An image that names its environment (a settings profile, a copied "
                ".env.production) cannot be promoted from staging to production unchanged, so what "
                "runs in production is not what was tested."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Set the environment's settings at deploy time (environment variables from the "
                "manifest, a ConfigMap or the platform) and build one image for all environments."),
            {
                {SourceFormat::Dockerfile,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Dockerfile: drop ENV SPRING_PROFILES_ACTIVE=prod and COPY .env.production; set "
                     "SPRING_PROFILES_ACTIVE in the deployment's env instead.")},
            },
            {},
        },
        {
            "build-release-run.no-release-identity",
            buildReleaseRunFactor,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "Nothing says which release is running"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Every release should have a unique identifier, such as a version or a timestamp, "
                "that never changes. A tag named after a branch or an environment (main, staging) "
                "points at a different build after each push, so nobody can tell which build runs "
                "or roll back to the previous one."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Tag images with the version or the git commit, and record it on the workload "
                              "(app.kubernetes.io/version label or an OCI version label)."),
            {
                {SourceFormat::Kubernetes,
                 QT_TRANSLATE_NOOP("tfi::Rules", "Kubernetes: image: ghcr.io/acme/web:3f9c2ab and labels: "
                                                 "app.kubernetes.io/version: \"3f9c2ab\".")},
                {SourceFormat::Compose,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Compose: image: ghcr.io/acme/web:${RELEASE:?} with RELEASE set to the version "
                     "by the deploy job.")},
            },
            {},
        },
    };
    return rules;
}

void checkBuildReleaseRun(RuleContext &context)
{
    const QList<RuleInfo> &rules = buildReleaseRunRules();
    const DeploymentModel &model = context.model();
    if (model.workloads.isEmpty() && model.dockerfiles.isEmpty() && model.composeFiles.isEmpty() &&
        model.kustomizations.isEmpty() && model.helmValues.isEmpty()) {
        context.setNotApplicableReason(
            buildReleaseRunFactor,
            QCoreApplication::translate(
                "tfi::Rules", "the repository has no Dockerfile or deploy manifest that builds or runs "
                              "the app"));
        return;
    }
    context.markApplicable(buildReleaseRunFactor);
    const ComposePlaces compose(model);
    checkImageTags(context, rules, deployedImages(model, compose));
    checkBuildAtRuntime(context, rules.at(BuildAtRuntime), compose);
    checkEnvironmentInImage(context, rules.at(EnvironmentInImage));
}

} // namespace tfi
