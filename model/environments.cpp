#include "environments.h"

#include "helmrender.h"
#include "kustomize.h"
#include "parsers/composeparser.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

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

    // In promotion order (dev, test, staging, prod), the rest by name after them.
    QList<EnvironmentInfo> take()
    {
        const auto rank = [](const QString &name) {
            static const QStringList order = {u"dev"_s, u"test"_s, u"staging"_s, u"prod"_s};
            const qsizetype index = order.indexOf(name);
            return index < 0 ? order.size() : index;
        };
        std::stable_sort(m_environments.begin(), m_environments.end(),
                         [&](const EnvironmentInfo &a, const EnvironmentInfo &b) {
                             return rank(a.name) != rank(b.name) ? rank(a.name) < rank(b.name)
                                                                 : a.name < b.name;
                         });
        return std::move(m_environments);
    }
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
            const QString name =
                registry.add(QStringLiteral("dev"), override->path, QStringLiteral("compose-override"));
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
        if (workload.format == SourceFormat::Compose && workload.environment.isEmpty() &&
            projectsWithDev.contains(directoryOf(workload.location.path)))
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
                const bool known = canonical == u"dev" || canonical == u"staging" || canonical == u"prod" ||
                                   canonical == u"test";
                name = known && workload.platformApp.contains(u'-') ? suffix : QStringLiteral("fly");
            }
            workload.environment = registry.add(name, workload.location.path, QStringLiteral("fly.toml"));
        } else if (workload.format == SourceFormat::RenderYaml) {
            workload.environment =
                registry.add(QStringLiteral("render"), workload.location.path, QStringLiteral("render.yaml"));
        }
    }
}

// Helm: each chart rendered once per environment that has a values file, or once with its
// values.yaml when none has.
void helmEnvironments(DeploymentModel &model, EnvironmentRegistry &registry, const ParseContext &context)
{
    QList<Workload> added;
    Diagnostics diagnostics;
    QSet<QString> seenDiagnostics;
    for (const HelmChartInfo &chart : std::as_const(model.helmCharts)) {
        QList<HelmValuesFile> values;
        QStringList environments;
        for (const HelmValuesFile &file : std::as_const(model.helmValues)) {
            if (file.chartDirectory != chart.directory)
                continue;
            values.append(file);
            if (file.environmentHint.isEmpty())
                continue;
            const QString name = registry.add(file.environmentHint, file.path, QStringLiteral("helm-values"));
            if (!name.isEmpty() && !environments.contains(name))
                environments.append(name);
        }
        if (environments.isEmpty())
            environments.append(QString());
        for (const QString &environment : std::as_const(environments)) {
            DeploymentModel rendered = renderHelmEnvironment(chart, values, environment, context);
            added.append(rendered.workloads);
            // Template problems repeat in every environment; report each once.
            for (const Diagnostic &diagnostic : std::as_const(rendered.diagnostics)) {
                const QString key = diagnostic.location.path + u':' +
                                    QString::number(diagnostic.location.line) + u':' + diagnostic.message;
                if (!seenDiagnostics.contains(key)) {
                    seenDiagnostics.insert(key);
                    diagnostics.append(diagnostic);
                }
            }
        }
    }
    model.workloads.append(added);
    model.diagnostics.append(diagnostics);
}

// The kustomization of a directory, if it has one.
const KustomizationInfo *kustomizationIn(const DeploymentModel &model, const QString &directory)
{
    for (const KustomizationInfo &kustomization : model.kustomizations) {
        if (kustomization.directory == directory)
            return &kustomization;
    }
    return nullptr;
}

// Every file an overlay builds on, through resources, bases and components, recursively.
void collectConsumedFiles(const DeploymentModel &model, const KustomizationInfo &kustomization,
                          QSet<QString> &files, QSet<QString> &visited)
{
    if (visited.contains(kustomization.directory) || visited.size() > 200)
        return;
    visited.insert(kustomization.directory);
    for (const QList<KustomizeRef> *refs : {&kustomization.resources, &kustomization.components}) {
        for (const KustomizeRef &ref : *refs) {
            const QString path = resolveRepoPath(kustomization.directory, ref.value);
            if (path.isEmpty())
                continue;
            if (const KustomizationInfo *nested = kustomizationIn(model, path))
                collectConsumedFiles(model, *nested, files, visited);
            else
                files.insert(path);
        }
    }
}

// Kustomize: every root kustomization that builds on a base is an environment, rendered natively.
void kustomizeEnvironments(DeploymentModel &model, EnvironmentRegistry &registry, const ParseContext &context)
{
    QSet<QString> referenced;
    for (const KustomizationInfo &kustomization : std::as_const(model.kustomizations)) {
        for (const QList<KustomizeRef> *refs : {&kustomization.resources, &kustomization.components}) {
            for (const KustomizeRef &ref : *refs)
                referenced.insert(resolveRepoPath(kustomization.directory, ref.value));
        }
    }
    DeploymentModel rendered;
    QSet<QString> consumed;
    for (const KustomizationInfo &kustomization : std::as_const(model.kustomizations)) {
        if (kustomization.isComponent || referenced.contains(kustomization.directory))
            continue;
        bool buildsOnBase = false;
        for (const KustomizeRef &ref : kustomization.resources)
            buildsOnBase |=
                kustomizationIn(model, resolveRepoPath(kustomization.directory, ref.value)) != nullptr;
        if (!buildsOnBase)
            continue;
        const QString name = registry.add(kustomization.directory.section(u'/', -1), kustomization.path,
                                          QStringLiteral("kustomize-overlay"));
        if (name.isEmpty())
            continue;
        rendered.append(renderKustomizeEnvironment(kustomization.directory, name, context));
        QSet<QString> visited;
        collectConsumedFiles(model, kustomization, consumed, visited);
    }
    if (consumed.isEmpty() && rendered.workloads.isEmpty())
        return;
    // The base exists only as what the overlays make of it.
    const auto baseOnly = [&](const auto &object) {
        return object.environment.isEmpty() && consumed.contains(object.location.path);
    };
    model.workloads.removeIf(baseOnly);
    model.services.removeIf(baseOnly);
    model.configObjects.removeIf(baseOnly);
    model.ingresses.removeIf(baseOnly);
    model.hpas.removeIf(baseOnly);
    model.pdbs.removeIf(baseOnly);
    // Rendering re-reads the base files; report their problems once.
    QSet<QString> known;
    for (const Diagnostic &diagnostic : std::as_const(model.diagnostics))
        known.insert(diagnostic.location.path + u':' + QString::number(diagnostic.location.line) + u':' +
                     diagnostic.message);
    Diagnostics fresh;
    for (const Diagnostic &diagnostic : std::as_const(rendered.diagnostics)) {
        const QString key = diagnostic.location.path + u':' + QString::number(diagnostic.location.line) +
                            u':' + diagnostic.message;
        if (!known.contains(key)) {
            known.insert(key);
            fresh.append(diagnostic);
        }
    }
    rendered.diagnostics = fresh;
    model.append(std::move(rendered));
}

} // namespace

QString canonicalEnvironmentName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("dev"), QStringLiteral("dev")},
        {QStringLiteral("development"), QStringLiteral("dev")},
        {QStringLiteral("local"), QStringLiteral("dev")},
        {QStringLiteral("develop"), QStringLiteral("dev")},
        {QStringLiteral("stage"), QStringLiteral("staging")},
        {QStringLiteral("staging"), QStringLiteral("staging")},
        {QStringLiteral("stg"), QStringLiteral("staging")},
        {QStringLiteral("prod"), QStringLiteral("prod")},
        {QStringLiteral("production"), QStringLiteral("prod")},
        {QStringLiteral("prd"), QStringLiteral("prod")},
        {QStringLiteral("live"), QStringLiteral("prod")},
        {QStringLiteral("test"), QStringLiteral("test")},
        {QStringLiteral("testing"), QStringLiteral("test")},
        {QStringLiteral("ci"), QStringLiteral("test")},
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
    return name == u"prod" || name.startsWith(u"prod-") || name.startsWith(u"production-") ||
           name.endsWith(u"-prod");
}

QList<EnvironmentInfo> applyEnvironments(DeploymentModel &model, const ParseContext &context)
{
    EnvironmentRegistry registry;
    kustomizeEnvironments(model, registry, context);
    composeEnvironments(model, registry);
    configEnvironments(model, registry);
    platformEnvironments(model, registry);
    helmEnvironments(model, registry, context);
    return registry.take();
}

} // namespace tfi
