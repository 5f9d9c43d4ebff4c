#include "factorrules.h"

#include "../endpoint.h"
#include "../environments.h"
#include "../modelbuilder.h"
#include "runtimetraits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tfi {

namespace {

constexpr int factorNumber = 10;

enum RuleIndex
{
    BackingServiceKindDiffers,
    BackingServiceVersionDiffers,
    ImageTagDrift,
    HealthChecksDiffer,
    ResourcesDiffer,
    DebugInProduction,
    DebugLogLevel,
    VariableMissingInEnvironment,
    TemplateVariableNotDeployed,
    SecretSharedWithProduction,
};

QString locationKey(const Location &location)
{
    return location.path + u'|' + QString::number(location.line) + u'|' + QString::number(location.column);
}

// Repository (registry and path, lower case) and tag of an image reference.
std::pair<QString, QString> splitImage(const QString &image)
{
    QString reference = image.trimmed().toLower();
    if (const qsizetype at = reference.indexOf(u'@'); at >= 0)
        reference = reference.left(at);
    const qsizetype slash = reference.lastIndexOf(u'/');
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon > slash)
        return {reference.left(colon), reference.mid(colon + 1)};
    return {reference, QString()};
}

// The leading number of a version-like tag: 16 for "16.2-alpine", 7 for "v7"; -1 otherwise.
int majorOf(const QString &tag)
{
    static const QRegularExpression version(QStringLiteral(R"(^v?([0-9]+)(?:[.\-_]|$))"));
    const QRegularExpressionMatch match = version.match(tag);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

struct Version
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    friend auto operator<=>(const Version &, const Version &) = default;
};

std::optional<Version> versionOf(const QString &tag)
{
    static const QRegularExpression version(
        QStringLiteral(R"(^v?([0-9]+)\.([0-9]+)(?:\.([0-9]+))?(?:[-+].*)?$)"));
    const QRegularExpressionMatch match = version.match(tag);
    if (!match.hasMatch())
        return std::nullopt;
    return Version{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
}

// What a URL-valued setting points at: "postgres" for postgres://..., "sqlite" for sqlite:///...
QString backingKindOfValue(const QString &value)
{
    static const QRegularExpression scheme(QStringLiteral(R"(^\s*(?:jdbc:)?([A-Za-z][A-Za-z0-9+.-]*):)"));
    const QRegularExpressionMatch match = scheme.match(value);
    if (!match.hasMatch())
        return {};
    const QString rest = value.mid(match.capturedEnd());
    if (!rest.startsWith(u'/'))
        return {}; // "host:port" and times are not URLs
    const QString kind = backingServiceKind(match.captured(1));
    return kind == u"http" ? QString() : kind;
}

QString backingKindOfAddon(const PlatformAddon &addon)
{
    if (addon.kind == u"render-postgres")
        return QStringLiteral("postgres");
    const QString plan = addon.plan.toLower();
    static const QList<std::pair<QString, QString>> plans = {
        {QStringLiteral("postgres"), QStringLiteral("postgres")},
        {QStringLiteral("redis"), QStringLiteral("redis")},
        {QStringLiteral("jawsdb"), QStringLiteral("mysql")},
        {QStringLiteral("cleardb"), QStringLiteral("mysql")},
        {QStringLiteral("mysql"), QStringLiteral("mysql")},
        {QStringLiteral("mongo"), QStringLiteral("mongodb")},
        {QStringLiteral("cloudamqp"), QStringLiteral("rabbitmq")},
        {QStringLiteral("memcach"), QStringLiteral("memcached")},
        {QStringLiteral("kafka"), QStringLiteral("kafka")},
        {QStringLiteral("bonsai"), QStringLiteral("elasticsearch")},
        {QStringLiteral("searchbox"), QStringLiteral("elasticsearch")},
    };
    for (const auto &[word, kind] : plans) {
        if (plan.contains(word))
            return kind;
    }
    return {};
}

// Backing services that can stand in for one another; only those are compared by kind.
QString categoryOf(const QString &kind)
{
    if (kind == u"postgres" || kind == u"mysql" || kind == u"sqlite")
        return QStringLiteral("sql");
    if (kind == u"redis" || kind == u"memcached")
        return QStringLiteral("cache");
    if (kind == u"rabbitmq" || kind == u"kafka" || kind == u"nats")
        return QStringLiteral("queue");
    return kind;
}

struct BackingUse
{
    QString kind;
    int major = -1;
    QString label; // the image, or the variable name that holds the URL (never its value)
    Location location;
    bool dev = false;
    QString workload;
};

struct Setting
{
    QString name;
    QString value;
    Location location;
    QString workload;
    QString environment;
    std::optional<SourceFormat> format;
};

bool isTruthy(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == u"true" || v == u"1" || v == u"yes" || v == u"on";
}

enum class DebugKind
{
    None,
    DebugMode,
    VerboseLogs
};

DebugKind debugKindOf(const QString &name, const QString &value)
{
    static const QSet<QString> flags = {QStringLiteral("DEBUG"), QStringLiteral("APP_DEBUG"),
                                        QStringLiteral("DJANGO_DEBUG"), QStringLiteral("FLASK_DEBUG"),
                                        QStringLiteral("WP_DEBUG")};
    static const QSet<QString> modes = {QStringLiteral("NODE_ENV"),
                                        QStringLiteral("RAILS_ENV"),
                                        QStringLiteral("RACK_ENV"),
                                        QStringLiteral("FLASK_ENV"),
                                        QStringLiteral("APP_ENV"),
                                        QStringLiteral("DJANGO_ENV"),
                                        QStringLiteral("ASPNETCORE_ENVIRONMENT"),
                                        QStringLiteral("DOTNET_ENVIRONMENT"),
                                        QStringLiteral("MIX_ENV"),
                                        QStringLiteral("GO_ENV")};
    static const QSet<QString> levels = {QStringLiteral("LOG_LEVEL"), QStringLiteral("LOGLEVEL"),
                                         QStringLiteral("LOGGING_LEVEL"), QStringLiteral("APP_LOG_LEVEL")};
    const QString v = value.trimmed().toLower();
    if (flags.contains(name) && isTruthy(value))
        return DebugKind::DebugMode;
    if (modes.contains(name) && (v == u"development" || v == u"dev" || v == u"local"))
        return DebugKind::DebugMode;
    if (levels.contains(name) && (v == u"debug" || v == u"trace" || v == u"verbose"))
        return DebugKind::VerboseLogs;
    return DebugKind::None;
}

bool isModeVariable(const QString &name)
{
    return debugKindOf(name, QStringLiteral("true")) != DebugKind::None ||
           debugKindOf(name, QStringLiteral("development")) != DebugKind::None ||
           debugKindOf(name, QStringLiteral("debug")) != DebugKind::None;
}

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

bool isUnder(const QString &path, const QString &directory)
{
    return directory.isEmpty() || path == directory || path.startsWith(directory + u'/');
}

class DevProdParityCheck
{
public:
    explicit DevProdParityCheck(RuleContext &context)
        : m_context(context), m_model(context.model()), m_places(context.model()),
          m_rules(devProdParityRules()), m_findings(context)
    {}

    void run()
    {
        const QList<const Workload *> processes = runtime::allProcesses(m_model);
        if (processes.isEmpty() && m_model.dotenvFiles.isEmpty() && m_model.helmValues.isEmpty()) {
            m_context.setNotApplicableReason(
                factorNumber,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "the repository declares no processes or environment configuration to compare"));
            return;
        }
        m_context.markApplicable(factorNumber);
        checkBackingServices();
        checkImageTags();
        checkShapeAcrossEnvironments();
        checkDebugSettings();
        checkMissingVariables();
        checkSharedSecrets();
        checkTemplates();
    }

private:
    const RuleInfo &rule(RuleIndex index) const { return m_rules.at(index); }

    // ---- backing services

    QList<BackingUse> backingUses() const
    {
        QList<BackingUse> uses;
        QHash<QString, qsizetype> seen;
        const auto add = [&](BackingUse use) {
            if (use.kind.isEmpty() || !use.location.isValid())
                return;
            const QString key = use.kind + u'|' + locationKey(use.location);
            if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                // A line that a deployed environment shares with a development one is deployed.
                uses[*it].dev = uses[*it].dev && use.dev;
                return;
            }
            seen.insert(key, uses.size());
            uses.append(use);
        };
        // allProcesses lists the model's workloads first; the rest come from Compose environment files.
        const QList<const Workload *> processes = runtime::allProcesses(m_model);
        for (qsizetype index = 0; index < processes.size(); ++index) {
            const Workload *workload = processes.at(index);
            if (workload->format == SourceFormat::Dockerfile)
                continue;
            const bool inModel = index < m_model.workloads.size();
            for (const Container &container : workload->containers) {
                if (container.init)
                    continue;
                if (!container.image.isEmpty()) {
                    const Location location =
                        container.imageLocation.isValid() ? container.imageLocation : container.location;
                    add({backingServiceKind(container.image), majorOf(splitImage(container.image).second),
                         container.image, location, m_places.isDevValue(*workload, location),
                         workload->name});
                }
                const auto addValue = [&](const QString &name, const QString &value,
                                          const Location &location) {
                    add({backingKindOfValue(value), -1, name, location,
                         m_places.isDevValue(*workload, location), workload->name});
                };
                if (inModel) {
                    for (const ResolvedEnvVar &env : effectiveEnvironment(m_model, *workload, container)) {
                        if (env.resolved)
                            addValue(env.var.name, env.value,
                                     env.valueLocation.isValid() ? env.valueLocation : env.var.location);
                    }
                } else {
                    for (const EnvVar &var : container.env)
                        addValue(var.name, var.value, var.location);
                }
            }
        }
        for (const DotenvFile &file : m_model.dotenvFiles) {
            if (file.isTemplate)
                continue;
            for (const EnvVar &var : file.entries)
                add({backingKindOfValue(var.value),
                     -1,
                     var.name,
                     var.location,
                     m_places.isDevFile(file.path),
                     {}});
        }
        for (const PlatformAddon &addon : m_model.addons) {
            const QString kind = backingKindOfAddon(addon);
            const int major = addon.kind == u"render-postgres" ? majorOf(addon.plan) : -1;
            add({kind,
                 major,
                 addon.name.isEmpty() ? addon.plan : addon.name,
                 addon.location,
                 runtime::isDevEnvironmentName(addon.environment) || m_places.isDevFile(addon.location.path),
                 {}});
        }
        static const QRegularExpression subchart(QStringLiteral(
            R"(^(postgresql|postgresql-ha|mysql|mariadb|redis|mongodb|rabbitmq|kafka|memcached|)"
            R"(elasticsearch)\.enabled$)"));
        for (const HelmValuesFile &file : m_model.helmValues) {
            for (const HelmValue &value : file.values) {
                const QRegularExpressionMatch match = subchart.match(value.path);
                if (match.hasMatch() && isTruthy(value.value)) {
                    add({backingServiceKind(match.captured(1).section(u'-', 0, 0)),
                         -1,
                         match.captured(1),
                         value.location,
                         m_places.isDevFile(file.path),
                         {}});
                }
            }
        }
        return uses;
    }

    QString useText(const BackingUse &use) const
    {
        return QCoreApplication::translate("tfi::Rules", "%1 in %2").arg(use.label, use.location.path);
    }

    void checkBackingServices()
    {
        const QList<BackingUse> uses = backingUses();
        // Kinds: a development side that uses a different service than every deployed place.
        QMap<QString, QList<const BackingUse *>> byCategory;
        for (const BackingUse &use : uses)
            byCategory[categoryOf(use.kind)].append(&use);
        for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
            QSet<QString> devKinds, prodKinds;
            const BackingUse *firstProd = nullptr;
            for (const BackingUse *use : it.value()) {
                (use->dev ? devKinds : prodKinds).insert(use->kind);
                if (!use->dev && !firstProd)
                    firstProd = use;
            }
            if (devKinds.isEmpty() || prodKinds.isEmpty() || devKinds.intersects(prodKinds))
                continue;
            QStringList prodList(prodKinds.cbegin(), prodKinds.cend());
            prodList.sort();
            QSet<QString> reportedKinds;
            for (const BackingUse *use : it.value()) {
                if (!use->dev || reportedKinds.contains(use->kind))
                    continue;
                reportedKinds.insert(use->kind);
                m_findings.add(rule(BackingServiceKindDiffers), use->location,
                               QCoreApplication::translate(
                                   "tfi::Rules",
                                   "Development uses %1 (%2), but the deployed configuration uses %3 (%4).")
                                   .arg(use->kind, useText(*use), prodList.join(QStringLiteral(", ")),
                                        useText(*firstProd)),
                               {use->workload, QString(), std::nullopt}, use->kind);
            }
        }

        // Versions: the same service at different major versions.
        QMap<QString, QList<const BackingUse *>> byKind;
        for (const BackingUse &use : uses) {
            if (use.major >= 0)
                byKind[use.kind].append(&use);
        }
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            const BackingUse *reference = nullptr;
            for (const BackingUse *use : it.value()) {
                if (!use->dev && (!reference || use->major > reference->major))
                    reference = use;
            }
            if (!reference)
                continue;
            for (const BackingUse *use : it.value()) {
                if (use->major == reference->major)
                    continue;
                m_findings.add(rule(BackingServiceVersionDiffers), use->location,
                               QCoreApplication::translate("tfi::Rules", "%1 runs %2 %3, but %4 runs %2 %5.")
                                   .arg(useText(*use), it.key())
                                   .arg(use->major)
                                   .arg(useText(*reference))
                                   .arg(reference->major),
                               {use->workload, QString(), std::nullopt}, it.key());
            }
        }
    }

    // ---- application image tags

    struct TagUse
    {
        QString tag;
        Location location;
    };

    void checkImageTags()
    {
        QMap<QString, QList<TagUse>> byRepository;
        QSet<QString> kustomized;
        for (const KustomizationInfo &kustomization : m_model.kustomizations) {
            if (m_places.isDevFile(kustomization.path))
                continue;
            for (const KustomizeImage &image : kustomization.images) {
                const QString repository = (image.newName.isEmpty() ? image.name : image.newName).toLower();
                kustomized.insert(image.name.toLower());
                kustomized.insert(repository);
                if (!image.newTag.isEmpty() && image.digest.isEmpty())
                    byRepository[repository].append({image.newTag, image.location});
            }
        }
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            for (const Container &container : workload->containers) {
                if (container.init || container.image.isEmpty() || container.image.contains(u'@') ||
                    !backingServiceKind(container.image).isEmpty())
                    continue;
                const auto [repository, tag] = splitImage(container.image);
                const Location location =
                    container.imageLocation.isValid() ? container.imageLocation : container.location;
                // A base manifest's tag is a placeholder that the overlays replace.
                if (tag.isEmpty() || kustomized.contains(repository) ||
                    m_places.isDevValue(*workload, location))
                    continue;
                byRepository[repository].append({tag, location});
            }
        }
        collectHelmTags(byRepository);

        for (auto it = byRepository.cbegin(); it != byRepository.cend(); ++it) {
            QMap<Version, TagUse> versions; // one place per distinct version
            for (const TagUse &use : it.value()) {
                if (const std::optional<Version> version = versionOf(use.tag);
                    version && !versions.contains(*version))
                    versions.insert(*version, use);
            }
            if (versions.size() < 2)
                continue;
            const Version lowest = versions.firstKey();
            const Version highest = versions.lastKey();
            // Two versions are one promotion step (staging ahead of production); more is drift.
            if (versions.size() < 3 && highest.major - lowest.major < 2)
                continue;
            QStringList places;
            for (auto version = versions.cbegin(); version != versions.cend(); ++version)
                places.append(QCoreApplication::translate("tfi::Rules", "%1 in %2")
                                  .arg(version.value().tag, version.value().location.path));
            const TagUse &oldest = versions.first();
            m_findings.add(
                rule(ImageTagDrift), oldest.location,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "Image %1 is deployed at %2 different versions (%3); the environments have drifted "
                    "apart by more than one promotion step.")
                    .arg(it.key())
                    .arg(versions.size())
                    .arg(places.join(QStringLiteral("; "))),
                {}, it.key());
        }
    }

    void collectHelmTags(QMap<QString, QList<TagUse>> &byRepository) const
    {
        // values.yaml holds defaults that environment files override; prefer the environment files.
        QHash<QString, QList<std::pair<const HelmValuesFile *, TagUse>>> perChartRepository;
        for (const HelmValuesFile &file : m_model.helmValues) {
            if (m_places.isDevFile(file.path))
                continue;
            QHash<QString, QString> repositories; // prefix -> repository
            QHash<QString, TagUse> tags;          // prefix -> tag
            for (const HelmValue &value : file.values) {
                if (value.path == u"image.repository" || value.path.endsWith(u".image.repository"))
                    repositories.insert(value.path.chopped(int(QStringLiteral("repository").size())),
                                        value.value.toLower());
                else if (value.path == u"image.tag" || value.path.endsWith(u".image.tag"))
                    tags.insert(value.path.chopped(int(QStringLiteral("tag").size())),
                                {value.value, value.location});
            }
            for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
                const QString repository = repositories.value(it.key());
                if (!repository.isEmpty() && !it.value().tag.isEmpty() &&
                    backingServiceKind(repository).isEmpty())
                    perChartRepository[file.chartDirectory + u'|' + repository].append({&file, it.value()});
            }
        }
        for (auto it = perChartRepository.cbegin(); it != perChartRepository.cend(); ++it) {
            const bool hasEnvironmentFiles =
                std::any_of(it.value().cbegin(), it.value().cend(),
                            [](const auto &entry) { return !entry.first->environmentHint.isEmpty(); });
            for (const auto &[file, use] : it.value()) {
                if (hasEnvironmentFiles && file->environmentHint.isEmpty())
                    continue;
                byRepository[it.key().section(u'|', 1)].append(use);
            }
        }
    }

    // ---- probes and resources present in one environment only

    static bool hasHealthCheck(const Workload &workload)
    {
        if (!workload.healthCheckPath.isEmpty())
            return true;
        for (const Container &container : workload.containers) {
            for (const Probe &probe : container.probes) {
                if (!container.init && !probe.disabled)
                    return true;
            }
        }
        return false;
    }

    static bool hasResources(const Workload &workload)
    {
        for (const Container &container : workload.containers) {
            if (!container.init && !container.resources.isEmpty())
                return true;
        }
        return false;
    }

    static QString placeOf(const Workload &workload)
    {
        return workload.environment.isEmpty() ? workload.location.path : workload.environment;
    }

    void checkShapeAcrossEnvironments()
    {
        QMap<QString, QList<const Workload *>> groups;
        for (const Workload &workload : m_model.workloads) {
            const bool comparable = (workload.format == SourceFormat::Kubernetes &&
                                     runtime::isLongRunningKubernetes(workload.kind)) ||
                                    workload.format == SourceFormat::FlyToml ||
                                    workload.format == SourceFormat::RenderYaml;
            if (!comparable || m_places.isDevWorkload(workload))
                continue;
            const QString key = sourceFormatKey(workload.format) + u'|' + workloadKindKey(workload.kind) +
                                u'|' + workload.namespaceName + u'|' + workload.name;
            groups[key].append(&workload);
        }
        for (const QList<const Workload *> &group : std::as_const(groups)) {
            QSet<QString> places;
            for (const Workload *workload : group)
                places.insert(placeOf(*workload));
            if (places.size() < 2)
                continue;
            // Kubernetes probes are judged one by one under disposability.
            if (group.first()->format != SourceFormat::Kubernetes)
                compareShape(group, hasHealthCheck, HealthChecksDiffer);
            compareShape(group, hasResources, ResourcesDiffer);
        }
    }

    void compareShape(const QList<const Workload *> &group, bool (*has)(const Workload &), RuleIndex index)
    {
        const Workload *with = nullptr;
        for (const Workload *workload : group) {
            if (has(*workload)) {
                with = workload;
                break;
            }
        }
        if (!with)
            return;
        for (const Workload *workload : group) {
            if (has(*workload))
                continue;
            const QString message =
                index == HealthChecksDiffer
                    ? QCoreApplication::translate("tfi::Rules",
                                                  "%1 has no health check in %2, but has one in %3; the "
                                                  "environments behave differently "
                                                  "during deploys and failures.")
                          .arg(workload->name, placeOf(*workload), placeOf(*with))
                    : QCoreApplication::translate(
                          "tfi::Rules", "%1 sets no resource requests or limits in %2, but sets them in "
                                        "%3; the environments "
                                        "schedule and throttle it differently.")
                          .arg(workload->name, placeOf(*workload), placeOf(*with));
            m_findings.add(rule(index), workload->location, message,
                           {workload->name, workload->environment, workload->format}, placeOf(*workload));
        }
    }

    // ---- debug switches in deployed configuration

    QList<Setting> deployedSettings() const
    {
        QList<Setting> settings;
        QSet<QString> seen;
        const auto add = [&](Setting setting, bool dev) {
            if (dev || !setting.location.isValid() || setting.value.isEmpty())
                return;
            const QString key = setting.name + u'|' + locationKey(setting.location);
            if (seen.contains(key))
                return;
            seen.insert(key);
            settings.append(setting);
        };
        const QList<const Workload *> processes = runtime::allProcesses(m_model);
        for (qsizetype index = 0; index < processes.size(); ++index) {
            const Workload *workload = processes.at(index);
            const bool inModel = index < m_model.workloads.size();
            for (const Container &container : workload->containers) {
                if (container.init)
                    continue;
                if (inModel) {
                    for (const ResolvedEnvVar &env : effectiveEnvironment(m_model, *workload, container)) {
                        if (!env.resolved)
                            continue;
                        const Location location =
                            env.valueLocation.isValid() ? env.valueLocation : env.var.location;
                        add({env.var.name, env.value, location, workload->name, workload->environment,
                             workload->format},
                            m_places.isDevValue(*workload, location));
                    }
                } else {
                    for (const EnvVar &var : container.env) {
                        add({var.name, var.value, var.location, workload->name, workload->environment,
                             workload->format},
                            m_places.isDevValue(*workload, var.location));
                    }
                }
            }
        }
        for (const ConfigObject &object : m_model.configObjects) {
            if (object.kind != ConfigObject::Kind::ConfigMap)
                continue;
            const bool dev =
                runtime::isDevEnvironmentName(object.environment) || m_places.isDevFile(object.location.path);
            for (const ConfigEntry &entry : object.entries)
                add({entry.key,
                     entry.value,
                     entry.location,
                     {},
                     object.environment,
                     SourceFormat::Kubernetes},
                    dev);
        }
        for (const DotenvFile &file : m_model.dotenvFiles) {
            for (const EnvVar &var : file.entries)
                add({var.name, var.value, var.location, {}, file.environmentHint, SourceFormat::Dotenv},
                    m_places.isDevFile(file.path));
        }
        for (const AppJsonInfo &app : m_model.appJsonFiles) {
            for (const EnvVar &var : app.env)
                add({var.name, var.value, var.location, {}, {}, SourceFormat::AppJson},
                    m_places.isDevFile(app.path));
        }
        for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
            for (const EnvVar &var : dockerfile.env)
                add({var.name, var.value, var.location, {}, {}, SourceFormat::Dockerfile},
                    runtime::isDevPath(dockerfile.path));
        }
        static const QRegularExpression listName(QStringLiteral(R"(^(.*\[[0-9]+\])\.name$)"));
        for (const HelmValuesFile &file : m_model.helmValues) {
            const bool dev = m_places.isDevFile(file.path);
            QHash<QString, const HelmValue *> byPath;
            for (const HelmValue &value : file.values)
                byPath.insert(value.path, &value);
            for (const HelmValue &value : file.values) {
                if (const QRegularExpressionMatch match = listName.match(value.path); match.hasMatch()) {
                    // env: [{name: DEBUG, value: "true"}]
                    if (const HelmValue *item = byPath.value(match.captured(1) + QStringLiteral(".value")))
                        add({value.value,
                             item->value,
                             item->location,
                             {},
                             file.environmentHint,
                             SourceFormat::HelmValues},
                            dev);
                } else {
                    // env: {DEBUG: "true"}
                    add({value.path.section(u'.', -1),
                         value.value,
                         value.location,
                         {},
                         file.environmentHint,
                         SourceFormat::HelmValues},
                        dev);
                }
            }
        }
        return settings;
    }

    void checkDebugSettings()
    {
        for (const Setting &setting : deployedSettings()) {
            const DebugKind kind = debugKindOf(setting.name, setting.value);
            if (kind == DebugKind::None)
                continue;
            const RuleIndex index = kind == DebugKind::DebugMode ? DebugInProduction : DebugLogLevel;
            const QString shown = setting.value.trimmed();
            QString message;
            if (kind == DebugKind::DebugMode) {
                message =
                    setting.workload.isEmpty()
                        ? QCoreApplication::translate(
                              "tfi::Rules",
                              "%1=%2 in %3, which is deployed configuration: the app runs with development "
                              "behaviour (debug pages, verbose errors, unoptimised code).")
                              .arg(setting.name, shown, setting.location.path)
                        : QCoreApplication::translate(
                              "tfi::Rules",
                              "%1=%2 for %3 in %4, which is deployed configuration: the app runs with "
                              "development behaviour (debug pages, verbose errors, unoptimised code).")
                              .arg(setting.name, shown, setting.workload, setting.location.path);
            } else {
                message =
                    setting.workload.isEmpty()
                        ? QCoreApplication::translate(
                              "tfi::Rules",
                              "%1=%2 in %3, which is deployed configuration: debug logging is costly and may "
                              "write sensitive data to the logs.")
                              .arg(setting.name, shown, setting.location.path)
                        : QCoreApplication::translate(
                              "tfi::Rules",
                              "%1=%2 for %3 in %4, which is deployed configuration: debug logging is costly "
                              "and may write sensitive data to the logs.")
                              .arg(setting.name, shown, setting.workload, setting.location.path);
            }
            m_findings.add(rule(index), setting.location, message,
                           {setting.workload, setting.environment, setting.format}, setting.name);
        }
    }

    // ---- variables set in some environments only

    void checkMissingVariables()
    {
        QHash<QString, QHash<QString, const Workload *>>
            environmentsOf; // workload -> environment -> instance
        for (const Workload &workload : m_model.workloads) {
            const QString environment =
                workload.environment.isEmpty() ? QStringLiteral("default") : workload.environment;
            environmentsOf[workload.name].insert(environment, &workload);
        }
        for (const VariableRow &row : m_context.result().variables) {
            if (row.status != VariableStatus::Missing)
                continue;
            QStringList having;
            bool deployedHasIt = false;
            for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
                having.append(it.key());
                deployedHasIt = deployedHasIt || !runtime::isDevEnvironmentName(it.key());
            }
            if (!deployedHasIt)
                continue; // a development-only variable
            const QHash<QString, const Workload *> instances = environmentsOf.value(row.workload);
            for (auto it = instances.cbegin(); it != instances.cend(); ++it) {
                if (row.values.contains(it.key()) || runtime::isDevEnvironmentName(it.key()))
                    continue;
                const Workload &workload = *it.value();
                if (m_places.isDevWorkload(workload))
                    continue;
                m_findings.add(
                    rule(VariableMissingInEnvironment), workload.location,
                    QCoreApplication::translate("tfi::Rules", "%1 is set for %2 in %3 but not in %4.")
                        .arg(row.name, row.workload, having.join(QStringLiteral(", ")), it.key()),
                    {workload.name, workload.environment, workload.format}, row.name);
            }
        }
    }

    // ---- one secret value in production and in another environment

    void checkSharedSecrets()
    {
        for (const VariableRow &row : m_context.result().variables) {
            // Digests of the production secrets of this variable, by environment.
            QHash<QString, QString> productionByDigest;
            for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
                if (it->sensitive && !it->digest.isEmpty() && isProdEnvironment(it.key()))
                    productionByDigest.insert(it->digest, it.key());
            if (productionByDigest.isEmpty())
                continue;
            for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
                if (!it->sensitive || isProdEnvironment(it.key()) || !productionByDigest.contains(it->digest))
                    continue;
                m_findings.add(
                    rule(SecretSharedWithProduction), it->location,
                    QCoreApplication::translate("tfi::Rules",
                                                "%1 of %2 holds the same secret value in %3 as in %4, "
                                                "so whoever can read %3 holds a production credential.")
                        .arg(row.name, row.workload, it.key(), productionByDigest.value(it->digest)),
                    {row.workload, it.key(), std::nullopt}, row.name + u'@' + it.key());
            }
        }
    }

    // ---- .env.example keys that no deployment sets

    void checkTemplates()
    {
        // Variables that backing-service containers and Compose interpolation consume are not the app's.
        static const QRegularExpression imageVariable(QStringLiteral(
            R"(^(?:POSTGRES|PG|MYSQL|MARIADB|MONGO_INITDB|RABBITMQ_DEFAULT|REDIS|MINIO|COMPOSE|DOCKER)_)"));
        QSet<QString> consumedElsewhere;
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            for (const Container &container : workload->containers) {
                if (backingServiceKind(container.image).isEmpty())
                    continue;
                for (const EnvVar &var : container.env)
                    consumedElsewhere.insert(var.name);
            }
        }
        static const QRegularExpression interpolation(QStringLiteral(R"(\$\{?([A-Za-z_][A-Za-z0-9_]*))"));
        for (const ComposeFileInfo &file : m_model.composeFiles) {
            for (const QString &line : m_context.lines(file.path)) {
                QRegularExpressionMatchIterator it = interpolation.globalMatch(line);
                while (it.hasNext())
                    consumedElsewhere.insert(it.next().captured(1));
            }
        }

        for (const DotenvFile &templateFile : m_model.dotenvFiles) {
            if (!templateFile.isTemplate || runtime::isVendoredOrTestPath(templateFile.path))
                continue;
            const QString directory = directoryOf(templateFile.path);
            QList<const Workload *> deployed;
            bool open = false;
            QSet<QString> names;
            for (const Workload &workload : m_model.workloads) {
                if (m_places.isDevWorkload(workload) || workload.format == SourceFormat::Compose ||
                    workload.format == SourceFormat::Dockerfile || workload.format == SourceFormat::Procfile)
                    continue;
                const bool belongs =
                    directory.isEmpty() || workload.name == directory.section(u'/', -1) ||
                    isUnder(workload.location.path, directory) ||
                    (!workload.dockerfilePath.isEmpty() && isUnder(workload.dockerfilePath, directory));
                if (!belongs)
                    continue;
                bool backing = false;
                for (const Container &container : workload.containers)
                    backing = backing || (!container.init && !backingServiceKind(container.image).isEmpty());
                if (backing)
                    continue;
                // fly.toml never holds secrets (they are set with `fly secrets`): its environment is open.
                if (workload.format == SourceFormat::FlyToml)
                    open = true;
                deployed.append(&workload);
                for (const Container &container : workload.containers) {
                    for (const EnvFromRef &ref : container.envFrom) {
                        if (!refResolves(ref, workload))
                            open = true;
                    }
                    for (const ResolvedEnvVar &env : effectiveEnvironment(m_model, workload, container))
                        names.insert(env.var.name);
                    for (const EnvVar &var : container.env)
                        names.insert(var.name);
                }
            }
            if (deployed.isEmpty() || open)
                continue;
            bool shared = false;
            for (const EnvVar &var : templateFile.entries)
                shared = shared || names.contains(var.name);
            if (!shared)
                continue; // no evidence that these manifests deploy this template's app
            QStringList manifests;
            for (const Workload *workload : std::as_const(deployed)) {
                if (!manifests.contains(workload->location.path) && manifests.size() < 3)
                    manifests.append(workload->location.path);
            }
            for (const EnvVar &var : templateFile.entries) {
                if (names.contains(var.name) || consumedElsewhere.contains(var.name) ||
                    imageVariable.match(var.name).hasMatch() || isModeVariable(var.name))
                    continue;
                m_findings.add(
                    rule(TemplateVariableNotDeployed), var.location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 is declared in %2, but the deployed configuration (%3) does not set it.")
                        .arg(var.name, templateFile.path, manifests.join(QStringLiteral(", "))),
                    {}, var.name);
            }
        }
    }

    bool refResolves(const EnvFromRef &ref, const Workload &workload) const
    {
        if (ref.kind == EnvFromRef::Kind::EnvGroup) {
            return std::any_of(m_model.envGroups.cbegin(), m_model.envGroups.cend(),
                               [&](const EnvGroup &group) { return group.name == ref.name; });
        }
        if (ref.kind == EnvFromRef::Kind::EnvFile)
            return true;
        const ConfigObject::Kind kind =
            ref.kind == EnvFromRef::Kind::Secret ? ConfigObject::Kind::Secret : ConfigObject::Kind::ConfigMap;
        return std::any_of(m_model.configObjects.cbegin(), m_model.configObjects.cend(),
                           [&](const ConfigObject &object) {
                               return object.kind == kind && object.name == ref.name &&
                                      (object.namespaceName.isEmpty() || workload.namespaceName.isEmpty() ||
                                       object.namespaceName == workload.namespaceName);
                           });
    }

    RuleContext &m_context;
    const DeploymentModel &m_model;
    const runtime::PlaceClassifier m_places;
    const QList<RuleInfo> &m_rules;
    runtime::FindingCollector m_findings;
};

} // namespace

const QList<RuleInfo> &devProdParityRules()
{
    // Order matches RuleIndex.
    static const QList<RuleInfo> rules = {
        {
            "dev-prod-parity.backing-service-kind-differs",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "Development uses a different backing service than production"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "The twelve-factor developer resists using a lighter backing service locally (SQLite "
                "for PostgreSQL, memcached for Redis). Adapters hide the differences only until a "
                "query, lock or data type behaves differently, and then code that passed every "
                "local test fails in production."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Run the same kind of backing service in development as in production; containers "
                "make that cheap."),
            {{SourceFormat::Compose,
              QT_TRANSLATE_NOOP("tfi::Rules", "db:\n  image: postgres:16\nweb:\n  environment:\n"
                                              "    DATABASE_URL: postgres://app@db:5432/app")},
             {SourceFormat::Dotenv,
              QT_TRANSLATE_NOOP("tfi::Rules", "DATABASE_URL=postgres://app@localhost:5432/app")}},
            {},
        },
        {
            "dev-prod-parity.backing-service-version-differs",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A backing service runs at different major versions"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Every deploy of the app (developer machines, staging, production) should use the "
                "same type and version of each backing service. Major versions change behaviour "
                "and syntax, so a difference lets bugs through that only one environment shows."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Pin the same major version everywhere, and upgrade all environments together, "
                              "development first."),
            {{SourceFormat::Compose, QT_TRANSLATE_NOOP("tfi::Rules", "db:\n  image: postgres:16-alpine")},
             {SourceFormat::Kubernetes, QT_TRANSLATE_NOOP("tfi::Rules", "image: postgres:16.4")}},
            {},
        },
        {
            "dev-prod-parity.image-tag-drift",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "Environments run versions of the app that have drifted apart"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Dev/prod parity keeps the time gap small: code written today is deployed within "
                "hours or days. One environment ahead of another is a normal promotion step; three "
                "different versions, or major versions apart, mean environments that are no longer "
                "promoted through."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Promote the same image through the environments in order, and retire or update "
                "environments that are left behind."),
            {},
            {},
        },
        {
            "dev-prod-parity.health-checks-differ",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A health check exists in one environment only"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Environments that differ in how the platform checks a process behave differently "
                "during deploys and failures: one waits for the app to be ready, the other routes "
                "traffic at once. Parity makes staging a rehearsal of production."),
            QT_TRANSLATE_NOOP("tfi::Rules", "Declare the same health check in every environment."),
            {{SourceFormat::RenderYaml, QT_TRANSLATE_NOOP("tfi::Rules", "healthCheckPath: /healthz")},
             {SourceFormat::FlyToml,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "[[http_service.checks]]\n  path = \"/healthz\"\n  interval = \"15s\"")}},
            {},
        },
        {
            "dev-prod-parity.resources-differ",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "Resource requests or limits exist in one environment only"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Sizes may differ between environments, but whether a process has requests and "
                "limits at all changes how it is scheduled, throttled and killed. A process that is "
                "unbounded in one environment hides out-of-memory and CPU problems until it reaches "
                "the other."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Set requests and limits in every environment; let the sizes differ, not their "
                              "presence."),
            {{SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules", "resources:\n  requests:\n    cpu: 100m\n    memory: 256Mi\n"
                                              "  limits:\n    memory: 256Mi")}},
            {},
        },
        {
            "dev-prod-parity.debug-in-production",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "Deployed configuration turns on development mode"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Parity means the same code runs the same way everywhere, with differences only in "
                "config such as hosts and credentials. A debug or development mode in deployed "
                "configuration changes behaviour itself: it exposes stack traces and debug pages, "
                "disables caches and optimisations, and often leaks secrets."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Set the production mode in deployed configuration and keep debug switches in "
                              "development-only files (a Compose override, a local .env)."),
            {{SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules", "env:\n  - name: NODE_ENV\n    value: production")},
             {SourceFormat::Compose,
              QT_TRANSLATE_NOOP("tfi::Rules", "# docker-compose.override.yml (development only)\n"
                                              "services:\n  web:\n    environment:\n      DEBUG: \"1\"")}},
            {},
        },
        {
            "dev-prod-parity.debug-log-level",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "Deployed configuration logs at debug level"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "A debug log level is a development setting. In a deployed environment it costs "
                "throughput and storage, buries the events that matter and tends to write request "
                "bodies, tokens and personal data into the logs."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Log at info (or warning) in deployed environments and raise the level only while "
                "investigating."),
            {{SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules", "env:\n  - name: LOG_LEVEL\n    value: info")}},
            {},
        },
        {
            "dev-prod-parity.variable-missing-in-environment",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "A variable is set in some environments only"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Config varies between deploys in its values, not in its shape. A variable that one "
                "deployed environment sets and another lacks makes the app take a different code "
                "path there, so what was tested is not what runs."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Set the variable in every environment of the workload (with that environment's "
                "value), or remove it where it is not needed any more."),
            {},
            {},
        },
        {
            "dev-prod-parity.template-variable-not-deployed",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "A variable of the .env template is not set by the deployment"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "The .env template lists the config the app reads. A variable that developers set "
                "from it but the deployment manifests never set means production runs on the app's "
                "built-in default where development runs on an explicit value."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Set the variable in the deployment's config (a ConfigMap, Secret or the "
                              "platform's config vars), or drop it from the template if the app no longer "
                              "reads it."),
            {{SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "env:\n  - name: CACHE_TTL\n    valueFrom:\n      configMapKeyRef:\n"
                                "        name: app-config\n        key: CACHE_TTL")}},
            {},
        },
        {
            "dev-prod-parity.secret-shared-with-production",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A production secret is used in another environment too"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Environments are kept apart so that a mistake or a leak in one stays there. A secret "
                "that production shares with staging or development is only as safe as the least "
                "guarded of them, and rotating it breaks them all at once."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Give every environment its own credentials, and rotate the production secret, "
                              "since it has been readable wherever the other environment is."),
            {},
            {},
        },
    };
    return rules;
}

void checkDevProdParity(RuleContext &context)
{
    DevProdParityCheck(context).run();
}

} // namespace tfi
