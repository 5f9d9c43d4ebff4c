#include "buildinputs.h"
#include "factorrules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMap>
#include <QPair>
#include <QSet>

#include <optional>

namespace tfi {

namespace {

using namespace buildinputs;

constexpr int codebaseFactor = 1;

enum CodebaseRule
{
    NotVersionControlled,
    CopiesPerEnvironment,
    MultipleDeployables,
    DirtyWorktree
};

// Other version control systems leave their metadata in the tree; the loader reads git only.
bool hasOtherVersionControl(const RepoSnapshot &snapshot)
{
    static const QStringList markers = {QStringLiteral(".hg/"), QStringLiteral(".svn/"),
                                        QStringLiteral(".bzr/"), QStringLiteral("_darcs/"),
                                        QStringLiteral("CVS/")};
    for (const SourceFile &file : snapshot.files()) {
        for (const QString &marker : markers) {
            if (file.path.startsWith(marker))
                return true;
        }
        if (file.path == u".fslckout" || file.path == u"_FOSSIL_")
            return true;
    }
    return false;
}

// --- near-identical copies of the app per environment ----------------------------------------

// A directory name split into the environment it names and the rest: "app-prod" -> ("app", "prod").
struct EnvironmentName
{
    QString stem; // the other words, lower case, joined with '-'
    QString environment;
};

std::optional<EnvironmentName> splitEnvironmentName(const QString &name)
{
    const QStringList words = nameWords(name);
    EnvironmentName result;
    QStringList rest;
    for (const QString &word : words) {
        const QString environment = environmentOfWord(word);
        if (!environment.isEmpty() && result.environment.isEmpty())
            result.environment = environment;
        else
            rest.append(word.toLower());
    }
    if (result.environment.isEmpty() || rest.isEmpty())
        return std::nullopt; // "prod/" alone is an environment's config directory, not a copy of an app
    result.stem = rest.join(u'-');
    return result;
}

// Files that make a directory an app rather than configuration: source code and build files.
bool isAppFile(const QString &relativePath)
{
    static const QSet<QString> extensions = {
        QStringLiteral("py"),    QStringLiteral("js"),   QStringLiteral("mjs"), QStringLiteral("cjs"),
        QStringLiteral("ts"),    QStringLiteral("tsx"),  QStringLiteral("jsx"), QStringLiteral("go"),
        QStringLiteral("rb"),    QStringLiteral("java"), QStringLiteral("kt"),  QStringLiteral("scala"),
        QStringLiteral("php"),   QStringLiteral("rs"),   QStringLiteral("cs"),  QStringLiteral("fs"),
        QStringLiteral("ex"),    QStringLiteral("exs"),  QStringLiteral("erl"), QStringLiteral("clj"),
        QStringLiteral("swift"), QStringLiteral("c"),    QStringLiteral("cc"),  QStringLiteral("cpp"),
        QStringLiteral("lua"),   QStringLiteral("dart"), QStringLiteral("vue"), QStringLiteral("svelte"),
    };
    static const QSet<QString> buildFiles = {
        QStringLiteral("package.json"),     QStringLiteral("requirements.txt"),
        QStringLiteral("pyproject.toml"),   QStringLiteral("Pipfile"),
        QStringLiteral("go.mod"),           QStringLiteral("Gemfile"),
        QStringLiteral("pom.xml"),          QStringLiteral("build.gradle"),
        QStringLiteral("build.gradle.kts"), QStringLiteral("composer.json"),
        QStringLiteral("Cargo.toml"),       QStringLiteral("mix.exs"),
        QStringLiteral("Procfile"),
    };
    const QString name = fileNameOfPath(relativePath);
    if (buildFiles.contains(name) || name == u"Dockerfile" || name.startsWith(u"Dockerfile."))
        return true;
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 && extensions.contains(name.mid(dot + 1).toLower());
}

QByteArray contentKey(const SourceFile &file)
{
    if (!file.blobId.isEmpty())
        return file.blobId;
    if (file.isText())
        return QCryptographicHash::hash(file.content, QCryptographicHash::Sha1);
    return QByteArray::number(int(file.kind)) + ':' + QByteArray::number(file.size);
}

struct DirectoryFiles
{
    QString path;
    QString environment; // empty for the directory without an environment word ("app/" next to "app-prod/")
    QMap<QString, QByteArray> files; // relative path -> content key
};

struct CopyComparison
{
    int common = 0;
    int identical = 0;
    bool appFiles = false;
    QString firstIdentical; // relative path of the first identical app file, else of the first common file
};

CopyComparison compareCopies(const DirectoryFiles &a, const DirectoryFiles &b)
{
    CopyComparison result;
    QString firstCommon;
    for (auto it = a.files.cbegin(); it != a.files.cend(); ++it) {
        const auto other = b.files.constFind(it.key());
        if (other == b.files.cend())
            continue;
        ++result.common;
        if (firstCommon.isEmpty())
            firstCommon = it.key();
        const bool app = isAppFile(it.key());
        result.appFiles = result.appFiles || app;
        if (*other == it.value()) {
            ++result.identical;
            if (result.firstIdentical.isEmpty() && app)
                result.firstIdentical = it.key();
        }
    }
    if (result.firstIdentical.isEmpty())
        result.firstIdentical = firstCommon;
    return result;
}

// Two directories are copies of one app when most of their files share a relative path, at least
// half of those are byte-identical, and the shared files include code or build files.
bool areCopies(const DirectoryFiles &a, const DirectoryFiles &b, const CopyComparison &comparison)
{
    const int unionSize = int(a.files.size() + b.files.size()) - comparison.common;
    return comparison.common >= 2 && comparison.appFiles && unionSize > 0 &&
           comparison.common * 10 >= unionSize * 6 && comparison.identical * 2 >= comparison.common;
}

void checkCopiesPerEnvironment(RuleContext &context, const RepoSnapshot &snapshot, const RuleInfo &rule)
{
    constexpr qsizetype maxFilesPerDirectory = 5000;
    QSet<QString> directories;
    for (const SourceFile &file : snapshot.files()) {
        for (QString directory = directoryOfPath(file.path); !directory.isEmpty();
             directory = directoryOfPath(directory)) {
            if (directories.contains(directory))
                break;
            directories.insert(directory);
        }
    }
    // Group "<parent>/<stem>" -> the directories that differ from it by an environment word.
    QMap<QString, QList<DirectoryFiles>> groups;
    QHash<QString, QString> groupOfDirectory;
    for (const QString &directory : std::as_const(directories)) {
        if (isOutsideTheApp(directory + u"/x", false))
            continue;
        const std::optional<EnvironmentName> name = splitEnvironmentName(fileNameOfPath(directory));
        if (!name)
            continue;
        const QString parent = directoryOfPath(directory);
        const QString key = parent + u'/' + name->stem;
        groups[key].append({directory, name->environment, {}});
        groupOfDirectory.insert(directory, key);
    }
    if (groups.isEmpty())
        return;
    // The plain directory next to them ("app/" beside "app-staging/") belongs to the group too.
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const QString key = it.key();
        const qsizetype slash = key.lastIndexOf(u'/');
        const QString parent = key.left(slash);
        const QString stem = key.mid(slash + 1);
        for (const QString &directory : std::as_const(directories)) {
            if (directoryOfPath(directory) != parent || groupOfDirectory.contains(directory))
                continue;
            if (nameWords(fileNameOfPath(directory)).join(u'-').toLower() == stem) {
                it->append({directory, QString(), {}});
                groupOfDirectory.insert(directory, key);
            }
        }
    }
    QHash<QString, QPair<QString, qsizetype>> memberIndex; // directory -> (group, index)
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it->size() < 2)
            continue;
        for (qsizetype i = 0; i < it->size(); ++i)
            memberIndex.insert(it->at(i).path, {it.key(), i});
    }
    if (memberIndex.isEmpty())
        return;
    for (const SourceFile &file : snapshot.files()) {
        for (QString directory = directoryOfPath(file.path); !directory.isEmpty();
             directory = directoryOfPath(directory)) {
            const auto member = memberIndex.constFind(directory);
            if (member == memberIndex.cend())
                continue;
            DirectoryFiles &entry = groups[member->first][member->second];
            if (entry.files.size() < maxFilesPerDirectory)
                entry.files.insert(file.path.mid(directory.size() + 1), contentKey(file));
        }
    }

    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QList<DirectoryFiles> &members = *it;
        if (members.size() < 2)
            continue;
        // The members that are copies of some other member, in path order.
        QMap<QString, qsizetype> copies;
        int identical = 0;
        int common = 0;
        QString evidence;
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j) {
                if (members.at(i).environment == members.at(j).environment)
                    continue;
                const CopyComparison comparison = compareCopies(members.at(i), members.at(j));
                if (!areCopies(members.at(i), members.at(j), comparison))
                    continue;
                copies.insert(members.at(i).path, i);
                copies.insert(members.at(j).path, j);
                if (comparison.common > common) {
                    common = comparison.common;
                    identical = comparison.identical;
                    const QString later = std::max(members.at(i).path, members.at(j).path);
                    evidence = later + u'/' + comparison.firstIdentical;
                }
            }
        }
        if (copies.size() < 2)
            continue;
        QStringList names;
        for (auto copy = copies.cbegin(); copy != copies.cend(); ++copy)
            names.append(copy.key() + u'/');
        context.report(
            rule, {evidence, 0, 0},
            QCoreApplication::translate("tfi::Rules",
                                        "%1 look like copies of one app, one per environment: they share "
                                        "%n file(s), %2 of them identical",
                                        nullptr, common)
                .arg(names.join(QStringLiteral(", ")))
                .arg(identical),
            {}, it.key());
    }
}

// --- several deployables -----------------------------------------------------------------------

QString displayDirectory(const QString &directory)
{
    return directory.isEmpty() ? QCoreApplication::translate("tfi::Rules", "(repository root)")
                               : directory + u'/';
}

// Leaf kustomizations: the ones that no other kustomization builds on are overlays; a base is
// one that references no other kustomization directory.
QList<const KustomizationInfo *> kustomizeBases(const DeploymentModel &model)
{
    QSet<QString> kustomizationDirectories;
    for (const KustomizationInfo &kustomization : model.kustomizations)
        kustomizationDirectories.insert(kustomization.directory);
    QList<const KustomizationInfo *> bases;
    for (const KustomizationInfo &kustomization : model.kustomizations) {
        if (kustomization.isComponent || isOutsideTheApp(kustomization.path, false))
            continue;
        bool buildsOnAnother = false;
        for (const KustomizeRef &resource : kustomization.resources) {
            if (kustomizationDirectories.contains(resolveRepoPath(kustomization.directory, resource.value))) {
                buildsOnAnother = true;
                break;
            }
        }
        if (!buildsOnAnother)
            bases.append(&kustomization);
    }
    return bases;
}

struct Deployable
{
    QString directory;
    Location location; // the file that makes it deployable
};

// Files that say "an app lives here": the dependency manifest of its language.
bool isDependencyManifest(const QString &fileName)
{
    static const QSet<QString> names = {QStringLiteral("package.json"),   QStringLiteral("requirements.txt"),
                                        QStringLiteral("pyproject.toml"), QStringLiteral("Pipfile"),
                                        QStringLiteral("setup.py"),       QStringLiteral("go.mod"),
                                        QStringLiteral("Gemfile"),        QStringLiteral("pom.xml"),
                                        QStringLiteral("build.gradle"),   QStringLiteral("build.gradle.kts"),
                                        QStringLiteral("composer.json"),  QStringLiteral("Cargo.toml"),
                                        QStringLiteral("mix.exs"),        QStringLiteral("deno.json"),
                                        QStringLiteral("build.sbt")};
    return names.contains(fileName) || fileName.endsWith(u".csproj") || fileName.endsWith(u".fsproj");
}

void checkMultipleDeployables(RuleContext &context, const RuleInfo &rule)
{
    const DeploymentModel &model = context.model();
    QSet<QString> appDirectories; // directories holding a dependency manifest
    if (const RepoSnapshot *snapshot = context.snapshot()) {
        for (const SourceFile &file : snapshot->files()) {
            if (isDependencyManifest(file.fileName()) && !isOutsideTheApp(file.path, false))
                appDirectories.insert(file.directory());
        }
    }
    // Apps that are built: a Dockerfile, a Procfile or a fly.toml, counted once per app they build.
    // The app is the nearest directory up with a dependency manifest (docker/php/Dockerfile builds
    // the app at the root); without one, the file's own directory (an image of its own).
    QMap<QString, Deployable> built;
    const auto addBuilt = [&](const QString &path) {
        if (isOutsideTheApp(path, false))
            return;
        QString app = directoryOfPath(path);
        for (const QString &ancestor : selfAndAncestors(app)) {
            if (appDirectories.contains(ancestor)) {
                app = ancestor;
                break;
            }
        }
        if (!built.contains(app))
            built.insert(app, {app, {path, 0, 0}});
    };
    for (const DockerfileInfo &dockerfile : model.dockerfiles) {
        if (!isDevDockerfile(dockerfile.path))
            addBuilt(dockerfile.path);
    }
    for (const Workload &workload : model.workloads) {
        if (workload.format == SourceFormat::Procfile || workload.format == SourceFormat::FlyToml)
            addBuilt(workload.location.path);
    }

    QList<Deployable> deployables = built.values();
    const char *listMessage = QT_TRANSLATE_N_NOOP(
        "tfi::Rules", "this repository holds %n deployable app(s): %1. Each is a codebase "
                      "of its own in the twelve-factor sense");
    if (deployables.size() == 1)
        return; // one built app, however many ways it is deployed
    if (deployables.isEmpty()) {
        // Nothing is built here: count what is deployed, by the way the repository describes it
        // most often (one app described by a chart and a kustomize base is still one app).
        QList<Deployable> charts;
        for (const HelmChartInfo &chart : model.helmCharts) {
            if (!isOutsideTheApp(chart.location.path, false))
                charts.append({chart.directory, chart.location});
        }
        QList<Deployable> bases;
        for (const KustomizationInfo *base : kustomizeBases(model))
            bases.append({base->directory, base->location});
        QMap<QString, Deployable> projects;
        for (const ComposeFileInfo &file : model.composeFiles) {
            if (file.role == u"base" && !isOutsideTheApp(file.path, false) &&
                !projects.contains(file.projectDirectory))
                projects.insert(file.projectDirectory, {file.projectDirectory, file.location});
        }
        deployables = charts;
        listMessage = QT_TRANSLATE_N_NOOP("tfi::Rules", "this repository deploys %n Helm chart(s): %1");
        if (bases.size() > deployables.size()) {
            deployables = bases;
            listMessage =
                QT_TRANSLATE_N_NOOP("tfi::Rules", "this repository deploys %n kustomize base(s): %1");
        }
        if (projects.size() > deployables.size()) {
            deployables = projects.values();
            listMessage =
                QT_TRANSLATE_N_NOOP("tfi::Rules", "this repository deploys %n Compose project(s): %1");
        }
        if (deployables.size() < 2)
            return;
    }
    std::sort(deployables.begin(), deployables.end(),
              [](const Deployable &a, const Deployable &b) { return a.directory < b.directory; });
    constexpr qsizetype shown = 12;
    QStringList names;
    for (qsizetype i = 0; i < deployables.size() && i < shown; ++i)
        names.append(displayDirectory(deployables.at(i).directory));
    QString list = names.join(QStringLiteral(", "));
    if (deployables.size() > shown)
        list = QCoreApplication::translate("tfi::Rules", "%1 and %2 more")
                   .arg(list)
                   .arg(deployables.size() - shown);
    context.report(
        rule, deployables.first().location,
        QCoreApplication::translate("tfi::Rules", listMessage, nullptr, int(deployables.size())).arg(list),
        {}, QStringLiteral("deployables"));
}

} // namespace

const QList<RuleInfo> &codebaseRules()
{
    static const QList<RuleInfo> rules = {
        {
            "codebase.not-version-controlled",
            codebaseFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The code is not under version control"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "A twelve-factor app is always tracked in a version control system: one codebase, "
                "many deploys. Every deploy is a commit of that codebase, which is what makes a "
                "release traceable and repeatable."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Put the code into a git repository and deploy from its commits. If this directory "
                "is an export of a repository, audit the repository itself."),
            {},
            {},
        },
        {
            "codebase.copies-per-environment",
            codebaseFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The app is copied once per environment"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "There is one codebase per app, and each environment is a deploy of it. Copies of "
                "the app per environment drift apart: a fix lands in one copy and not the others, "
                "and what runs in staging stops predicting what runs in production."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Keep one copy of the app and move what differs between environments into "
                "configuration: environment variables, a Kustomize overlay, a Helm values file or a "
                "Compose file per environment."),
            {
                {SourceFormat::Kustomization,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Kustomize: keep the manifests once in base/ and put what differs in "
                     "overlays/staging/ and overlays/prod/, which list ../../base as a resource.")},
                {SourceFormat::Compose,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Compose: one compose.yaml for the app, and compose.prod.yaml holding only the "
                     "settings production changes (docker compose -f compose.yaml -f "
                     "compose.prod.yaml up).")},
                {SourceFormat::HelmValues,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Helm: one chart, with values-staging.yaml and values-prod.yaml holding the "
                     "differences.")},
            },
            {},
        },
        {
            "codebase.multiple-deployables",
            codebaseFactor,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "The repository holds several deployable apps"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "The twelve-factor app has one codebase per app; several apps in one repository form "
                "a distributed system, where each component is an app of its own. A monorepo can "
                "work, but each app still needs its own build, release and deploy."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Make sure each app builds, releases and deploys on its own, with its own "
                "dependencies and version; shared code belongs in libraries the apps depend on."),
            {},
            {},
        },
        {
            "codebase.dirty-worktree",
            codebaseFactor,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "The audited working tree has uncommitted changes"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Every deploy is a commit of the codebase. A working tree with uncommitted changes is "
                "a state no commit holds, so nothing can be deployed from it as it stands, and the "
                "audit describes that state rather than a release."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Commit or stash the changes and audit again, or audit a commit with --rev."),
            {},
            {},
        },
    };
    return rules;
}

void checkCodebase(RuleContext &context)
{
    const QList<RuleInfo> &rules = codebaseRules();
    context.markApplicable(codebaseFactor);
    const RepositoryInfo &repository = context.repository();
    const RepoSnapshot *snapshot = context.snapshot();

    if (!repository.isGitRepository) {
        if (!snapshot || !hasOtherVersionControl(*snapshot)) {
            context.report(rules.at(NotVersionControlled), {},
                           QCoreApplication::translate(
                               "tfi::Rules",
                               "%1 is not a git repository, so there is no commit that a deploy could name")
                               .arg(repository.root),
                           {}, QStringLiteral("repository"));
        }
    } else if (repository.dirty && !repository.fromCommit) {
        const QString message =
            repository.revision.isEmpty()
                ? QCoreApplication::translate(
                      "tfi::Rules",
                      "the working tree has uncommitted changes and the repository has no commit yet")
                : QCoreApplication::translate(
                      "tfi::Rules",
                      "the working tree has uncommitted changes; the audit read them, not commit %1")
                      .arg(repository.revision.left(12));
        context.report(rules.at(DirtyWorktree), {}, message, {}, QStringLiteral("worktree"));
    }

    if (snapshot)
        checkCopiesPerEnvironment(context, *snapshot, rules.at(CopiesPerEnvironment));
    checkMultipleDeployables(context, rules.at(MultipleDeployables));
}

} // namespace tfi
