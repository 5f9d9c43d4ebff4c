#include "environments.h"

#include "parsers/composeparser.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace tfi {

namespace {

QString directoryOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

// Collects environments by canonical name, keeping the names the repository used as aliases.
class EnvironmentRegistry
{
public:
    QString add(const QString &name, const QString &sourcePath, const QString &kind)
    {
        const QString canonical = canonicalEnvironmentName(name);
        if (canonical.isEmpty())
            return {};
        auto it = m_index.constFind(canonical);
        if (it == m_index.constEnd()) {
            EnvironmentInfo info;
            info.name = canonical;
            it = m_index.insert(canonical, m_environments.size());
            m_environments.append(info);
        }
        EnvironmentInfo &info = m_environments[*it];
        const QString original = name.trimmed();
        if (original != canonical && !info.aliases.contains(original))
            info.aliases.append(original);
        bool known = false;
        for (const EnvironmentSource &source : std::as_const(info.sources))
            known |= source.path == sourcePath && source.kind == kind;
        if (!known)
            info.sources.append({sourcePath, kind});
        return canonical;
    }

    QList<EnvironmentInfo> take() { return std::move(m_environments); }
    bool isEmpty() const { return m_environments.isEmpty(); }

private:
    QList<EnvironmentInfo> m_environments;
    QHash<QString, qsizetype> m_index;
};

// Compose: the base plus its override is the default dev environment; compose.<env>.yaml layers
// an environment on the base.
void composeEnvironments(DeploymentModel &model, EnvironmentRegistry &registry)
{
    QMap<QString, QList<const ComposeFileInfo *>> projects;
    for (const ComposeFileInfo &file : std::as_const(model.composeFiles))
        projects[file.projectDirectory].append(&file);

    QList<Workload> added;
    QSet<QString> projectsWithDev;
    for (auto it = projects.cbegin(); it != projects.cend(); ++it) {
        const ComposeFileInfo *base = nullptr;
        const ComposeFileInfo *override = nullptr;
        QList<const ComposeFileInfo *> variants;
        for (const ComposeFileInfo *file : it.value()) {
            if (file->role == u"base")
                base = base ? base : file;
            else if (file->role == u"override")
                override = override ? override : file;
            else
                variants.append(file);
        }
        if (override) {
            const QString name = registry.add(QStringLiteral("dev"), override->path, QStringLiteral("compose-override"));
            if (base)
                registry.add(QStringLiteral("dev"), base->path, QStringLiteral("compose"));
            projectsWithDev.insert(it.key());
            Q_UNUSED(name);
        }
        for (const ComposeFileInfo *variant : std::as_const(variants)) {
            const QString name = registry.add(variant->role, variant->path, QStringLiteral("compose"));
            if (name.isEmpty())
                continue;
            if (base)
                registry.add(variant->role, base->path, QStringLiteral("compose"));
            QList<ComposeFileInfo> files;
            if (base)
                files.append(*base);
            files.append(*variant);
            added.append(mergeComposeFiles(files, name));
        }
    }
    // The builder merged base + override already; those services are the dev environment.
    for (Workload &workload : model.workloads) {
        if (workload.format == SourceFormat::Compose && workload.environment.isEmpty()
            && projectsWithDev.contains(directoryOf(workload.location.path)))
            workload.environment = QStringLiteral("dev");
    }
    model.workloads.append(added);
}

// A process described once (Procfile, app.json) with its config per environment in dotenv
// files or app.json environments: one copy per environment, with that environment's values.
void configEnvironments(DeploymentModel &model, EnvironmentRegistry &registry)
{
    QList<Workload> added;
    QList<qsizetype> replaced;
    for (qsizetype i = 0; i < model.workloads.size(); ++i) {
        const Workload &workload = model.workloads.at(i);
        if (workload.kind != WorkloadKind::Procfile && workload.kind != WorkloadKind::HerokuFormation)
            continue;
        if (!workload.environment.isEmpty() || workload.containers.isEmpty())
            continue;
        const QString directory = directoryOf(workload.location.path);
        QMap<QString, QList<EnvVar>> perEnvironment;
        QMap<QString, std::optional<int>> replicas;
        for (const DotenvFile &dotenv : std::as_const(model.dotenvFiles)) {
            if (dotenv.environmentHint.isEmpty() || directoryOf(dotenv.path) != directory)
                continue;
            const QString name = registry.add(dotenv.environmentHint, dotenv.path,
                                              dotenv.isTemplate ? QStringLiteral("dotenv-template")
                                                                : QStringLiteral("dotenv"));
            // A committed file wins over a template that stands in for a git-ignored one.
            if (dotenv.isTemplate && perEnvironment.contains(name))
                continue;
            perEnvironment[name] = dotenv.entries;
        }
        for (const PlatformEnvironment &platform : std::as_const(model.platformEnvironments)) {
            if (directoryOf(platform.sourcePath) != directory)
                continue;
            const QString name = registry.add(platform.name, platform.sourcePath, QStringLiteral("app.json"));
            perEnvironment[name].append(platform.env);
            if (platform.formation.contains(workload.processType))
                replicas[name] = platform.formation.value(workload.processType);
        }
        if (perEnvironment.isEmpty())
            continue;
        for (auto it = perEnvironment.cbegin(); it != perEnvironment.cend(); ++it) {
            Workload copy = workload;
            copy.environment = it.key();
            if (replicas.contains(it.key()))
                copy.replicas = replicas.value(it.key());
            QList<EnvVar> &env = copy.containers.first().env;
            for (const EnvVar &var : it.value()) {
                env.removeIf([&](const EnvVar &existing) { return existing.name == var.name; });
                env.append(var);
            }
            added.append(copy);
        }
        replaced.append(i);
    }
    for (auto it = replaced.crbegin(); it != replaced.crend(); ++it)
        model.workloads.removeAt(*it);
    model.workloads.append(added);
}

// fly.toml and render.yaml each describe one deployment target.
void platformEnvironments(DeploymentModel &model, EnvironmentRegistry &registry)
{
    static const QRegularExpression flyName(QStringLiteral(R"(^fly\.([\w-]+)\.toml$)"));
    for (Workload &workload : model.workloads) {
        if (!workload.environment.isEmpty())
            continue;
        if (workload.format == SourceFormat::FlyToml) {
            const QString fileName = workload.location.path.section(u'/', -1);
            const auto match = flyName.match(fileName);
            QString name = match.hasMatch() ? match.captured(1) : QString();
            if (name.isEmpty()) {
                // An app called "shop-staging" names its environment; otherwise the target is "fly".
                const QString suffix = workload.platformApp.section(u'-', -1);
                const QString canonical = canonicalEnvironmentName(suffix);
                const bool known = canonical == u"dev" || canonical == u"staging" || canonical == u"prod"
                                   || canonical == u"test";
                name = known && workload.platformApp.contains(u'-') ? suffix : QStringLiteral("fly");
            }
            workload.environment = registry.add(name, workload.location.path, QStringLiteral("fly.toml"));
        } else if (workload.format == SourceFormat::RenderYaml) {
            workload.environment = registry.add(QStringLiteral("render"), workload.location.path,
                                                QStringLiteral("render.yaml"));
        }
    }
}

// Helm values files name environments; rendering their values into workloads is done where
// the chart's templates are mapped.
void helmEnvironments(const DeploymentModel &model, EnvironmentRegistry &registry)
{
    for (const HelmValuesFile &values : model.helmValues) {
        if (!values.environmentHint.isEmpty())
            registry.add(values.environmentHint, values.path, QStringLiteral("helm-values"));
    }
}

} // namespace

QString canonicalEnvironmentName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("dev"), QStringLiteral("dev")},          {QStringLiteral("development"), QStringLiteral("dev")},
        {QStringLiteral("local"), QStringLiteral("dev")},        {QStringLiteral("develop"), QStringLiteral("dev")},
        {QStringLiteral("stage"), QStringLiteral("staging")},    {QStringLiteral("staging"), QStringLiteral("staging")},
        {QStringLiteral("stg"), QStringLiteral("staging")},      {QStringLiteral("prod"), QStringLiteral("prod")},
        {QStringLiteral("production"), QStringLiteral("prod")},  {QStringLiteral("prd"), QStringLiteral("prod")},
        {QStringLiteral("live"), QStringLiteral("prod")},        {QStringLiteral("test"), QStringLiteral("test")},
        {QStringLiteral("testing"), QStringLiteral("test")},     {QStringLiteral("ci"), QStringLiteral("test")},
    };
    return aliases.value(lower, lower);
}

bool isDevEnvironment(const QString &canonicalName)
{
    const QString name = canonicalEnvironmentName(canonicalName);
    return name == u"dev" || name == u"test" || name.startsWith(u"dev-") || name.startsWith(u"local");
}

bool isProdEnvironment(const QString &canonicalName)
{
    const QString name = canonicalEnvironmentName(canonicalName);
    return name == u"prod" || name.startsWith(u"prod-") || name.startsWith(u"production-") || name.endsWith(u"-prod");
}

QList<EnvironmentInfo> applyEnvironments(DeploymentModel &model, const ParseContext &context)
{
    Q_UNUSED(context);
    EnvironmentRegistry registry;
    composeEnvironments(model, registry);
    configEnvironments(model, registry);
    platformEnvironments(model, registry);
    helmEnvironments(model, registry);
    return registry.take();
}

} // namespace tfi
