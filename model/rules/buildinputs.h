#pragma once

// What goes into a build and a release: image references, environment names in paths and values,
// Dockerfile shell commands, and which directories hold the app rather than vendored code or tests.
// Shared by the codebase, dependencies and build-release-run rules; header-only so the rule files
// stay the only sources.

#include "../deploymentmodel.h"
#include "../textutil.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tfi::buildinputs {

// An image reference split into its parts: "ghcr.io/acme/web:1.4.2@sha256:..." ->
// name "ghcr.io/acme/web", tag "1.4.2", digest "sha256:...".
struct ImageReference
{
    QString name;
    QString tag;
    QString digest;
    bool templated = false; // holds ${VAR}, $VAR, {{ }} or similar: decided elsewhere
};

inline ImageReference parseImageReference(const QString &image)
{
    ImageReference reference;
    const QString text = image.trimmed();
    if (text.contains(u'$') || text.contains(u"{{") || text.contains(u'<') || text.contains(u' ')) {
        reference.templated = true;
        reference.name = text;
        return reference;
    }
    QString rest = text;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        reference.digest = rest.mid(at + 1);
        rest = rest.left(at);
    }
    // A colon after the last slash separates the tag; one before it belongs to a registry port.
    const qsizetype slash = rest.lastIndexOf(u'/');
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > slash) {
        reference.tag = rest.mid(colon + 1);
        rest = rest.left(colon);
    }
    reference.name = rest;
    return reference;
}

// Pulls a different image whenever the tag moves: no tag at all, or "latest".
inline bool isMutableTag(const ImageReference &reference)
{
    if (reference.templated || !reference.digest.isEmpty() || reference.name.isEmpty())
        return false;
    return reference.tag.isEmpty() || reference.tag.compare(u"latest", Qt::CaseInsensitive) == 0;
}

// A tag that names one release: "1.4.2", "v2.3", "2024.05.01", "1.25-alpine", "build-1234", or a git sha.
inline bool isReleaseTag(const QString &tag)
{
    static const QRegularExpression version(QStringLiteral(R"(^v?\d+(\.\d+)*([.+_-][0-9a-z.+_-]*)?$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sha(
        QStringLiteral(R"((^|[._-])(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}$)"));
    static const QRegularExpression numbered(QStringLiteral(R"(^[a-z][a-z0-9]*[._-]v?\d+(\.\d+)*$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    return version.match(tag).hasMatch() || sha.match(tag).hasMatch() || numbered.match(tag).hasMatch();
}

// A semantic version tag, the strongest release identity short of a digest.
inline bool isSemverTag(const QString &tag)
{
    static const QRegularExpression semver(QStringLiteral(R"(^v?\d+\.\d+\.\d+([-+][0-9a-z.+-]+)?$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return semver.match(tag).hasMatch();
}

// A 7..40 hex digit git commit id.
inline bool looksLikeGitSha(const QString &text)
{
    static const QRegularExpression sha(
        QStringLiteral(R"(^(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}$)"));
    return sha.match(text.trimmed()).hasMatch();
}

// The canonical name of an environment word: "production" -> "prod", "stg" -> "staging";
// empty for words that name no environment.
inline QString environmentOfWord(const QString &word)
{
    static const QHash<QString, QString> words = {
        {QStringLiteral("dev"), QStringLiteral("dev")},
        {QStringLiteral("devel"), QStringLiteral("dev")},
        {QStringLiteral("develop"), QStringLiteral("dev")},
        {QStringLiteral("development"), QStringLiteral("dev")},
        {QStringLiteral("local"), QStringLiteral("local")},
        {QStringLiteral("test"), QStringLiteral("test")},
        {QStringLiteral("testing"), QStringLiteral("test")},
        {QStringLiteral("qa"), QStringLiteral("qa")},
        {QStringLiteral("uat"), QStringLiteral("uat")},
        {QStringLiteral("int"), QStringLiteral("integration")},
        {QStringLiteral("integration"), QStringLiteral("integration")},
        {QStringLiteral("stage"), QStringLiteral("staging")},
        {QStringLiteral("staging"), QStringLiteral("staging")},
        {QStringLiteral("stg"), QStringLiteral("staging")},
        {QStringLiteral("preprod"), QStringLiteral("preprod")},
        {QStringLiteral("preproduction"), QStringLiteral("preprod")},
        {QStringLiteral("prod"), QStringLiteral("prod")},
        {QStringLiteral("production"), QStringLiteral("prod")},
        {QStringLiteral("prd"), QStringLiteral("prod")},
        {QStringLiteral("live"), QStringLiteral("prod")},
        {QStringLiteral("sandbox"), QStringLiteral("sandbox")},
        {QStringLiteral("demo"), QStringLiteral("demo")},
    };
    return words.value(word.toLower());
}

// The words of a name, split at anything but letters and digits: "app-prod" -> app, prod.
inline QStringList nameWords(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9]+"));
    return name.split(separators, Qt::SkipEmptyParts);
}

// An environment on a developer's machine or in CI: dev, local, test, ci, debug, and names built
// on them ("dev-eu", "local_k3d").
inline bool isDevEnvironment(const QString &environment)
{
    for (const QString &word : nameWords(environment)) {
        const QString canonical = environmentOfWord(word);
        if (canonical == u"dev" || canonical == u"local" || canonical == u"test" ||
            word.compare(u"ci", Qt::CaseInsensitive) == 0 || word.compare(u"debug", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The environment the words of a file or directory name give: "docker-compose.prod.yml" -> prod.
inline QString environmentOfName(const QString &name)
{
    for (const QString &word : nameWords(name)) {
        const QString environment = environmentOfWord(word);
        if (!environment.isEmpty())
            return environment;
    }
    return {};
}

// The environment a Compose file is for: its role when it names one, else a directory name
// (deploy/prod/docker-compose.yml); empty for the plain base file.
inline QString composeFileEnvironment(const ComposeFileInfo &file)
{
    if (file.role != u"base" && file.role != u"override") {
        const QString environment = environmentOfName(file.role);
        return environment.isEmpty() ? file.role : environment;
    }
    const QStringList parts = file.path.split(u'/');
    for (qsizetype i = parts.size() - 2; i >= 0; --i) {
        const QString environment = environmentOfName(parts.at(i));
        if (!environment.isEmpty())
            return environment;
    }
    return {};
}

// A Dockerfile for a developer's machine or CI: Dockerfile.dev, dev.Dockerfile, .devcontainer/.
inline bool isDevDockerfile(const QString &path)
{
    const QStringList parts = path.split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i) == u".devcontainer" || isDevEnvironment(parts.at(i)))
            return true;
    }
    for (const QString &word : nameWords(parts.last())) {
        if (isDevEnvironment(word))
            return true;
    }
    return false;
}

// Directories whose content is not the app itself: dependencies checked in, tests, examples,
// documentation, editor and CI settings.
inline bool isVendoredOrTestDirectoryName(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("node_modules"),  QStringLiteral("bower_components"),
        QStringLiteral("jspm_packages"), QStringLiteral("vendor"),
        QStringLiteral("vendors"),       QStringLiteral("third_party"),
        QStringLiteral("third-party"),   QStringLiteral("thirdparty"),
        QStringLiteral("site-packages"), QStringLiteral("venv"),
        QStringLiteral(".venv"),         QStringLiteral(".tox"),
        QStringLiteral(".nox"),          QStringLiteral(".eggs"),
        QStringLiteral("__pycache__"),   QStringLiteral("test"),
        QStringLiteral("tests"),         QStringLiteral("testing"),
        QStringLiteral("__tests__"),     QStringLiteral("testdata"),
        QStringLiteral("test-data"),     QStringLiteral("spec"),
        QStringLiteral("specs"),         QStringLiteral("fixtures"),
        QStringLiteral("fixture"),       QStringLiteral("e2e"),
        QStringLiteral("mocks"),         QStringLiteral("example"),
        QStringLiteral("examples"),      QStringLiteral("sample"),
        QStringLiteral("samples"),       QStringLiteral("demo"),
        QStringLiteral("demos"),         QStringLiteral("docs"),
        QStringLiteral("doc"),           QStringLiteral("documentation"),
        QStringLiteral(".git"),          QStringLiteral(".github"),
        QStringLiteral(".gitlab"),       QStringLiteral(".circleci"),
        QStringLiteral(".devcontainer"), QStringLiteral(".vscode"),
        QStringLiteral(".idea"),
    };
    return names.contains(name.toLower());
}

// Directories of build output and developer tooling: code there is not what the app runs.
inline bool isToolingOrOutputDirectoryName(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("dist"),       QStringLiteral("build"), QStringLiteral("target"),
        QStringLiteral("out"),        QStringLiteral(".next"), QStringLiteral(".nuxt"),
        QStringLiteral("coverage"),   QStringLiteral(".yarn"), QStringLiteral(".cache"),
        QStringLiteral(".terraform"), QStringLiteral("hack"),  QStringLiteral("tools"),
        QStringLiteral("scripts"),    QStringLiteral("ci"),    QStringLiteral("benchmarks"),
        QStringLiteral("bench"),
    };
    return names.contains(name.toLower());
}

// Directories a web server hands to browsers as they are: scripts there run in the browser.
inline bool isWebAssetDirectoryName(const QString &name)
{
    static const QSet<QString> names = {QStringLiteral("static"), QStringLiteral("public"),
                                        QStringLiteral("assets"), QStringLiteral("wwwroot"),
                                        QStringLiteral("www"),    QStringLiteral("webroot")};
    return names.contains(name.toLower());
}

// True when a directory of the path (not the file name) holds vendored code, tests, examples or
// docs; with `alsoTooling`, also build output, developer tooling and web assets.
inline bool isOutsideTheApp(const QString &path, bool alsoTooling)
{
    const QStringList parts = path.split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (isVendoredOrTestDirectoryName(parts.at(i)) ||
            (alsoTooling && isToolingOrOutputDirectoryName(parts.at(i))))
            return true;
    }
    return false;
}

inline QString directoryOfPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

inline QString fileNameOfPath(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

// "a/b/c" -> "a/b", "a", ""; the directory itself first.
inline QStringList selfAndAncestors(const QString &directory)
{
    QStringList result;
    QString current = directory;
    while (true) {
        result.append(current);
        if (current.isEmpty())
            break;
        current = directoryOfPath(current);
    }
    return result;
}

// One simple command of a shell script: its words and the program they run.
struct ShellCommand
{
    QStringList words; // with leading `sudo`, `env` and VAR=value assignments removed
};

// Cuts a script into simple commands at &&, ||, ;, | and & (also when glued to a word), and drops
// the prefixes that do not change which program runs.
inline QList<ShellCommand> shellCommandsOf(const QString &script)
{
    static const QRegularExpression assignment(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_]*=)"));
    QList<ShellCommand> commands;
    ShellCommand current;
    const auto finish = [&] {
        while (!current.words.isEmpty()) {
            const QString &first = current.words.first();
            if (first == u"sudo" || first == u"env" || first == u"exec" || first == u"command" ||
                first == u"(" || first == u"{" || first == u"!" || assignment.match(first).hasMatch())
                current.words.removeFirst();
            else
                break;
        }
        if (!current.words.isEmpty())
            commands.append(current);
        current = {};
    };
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QStringList words = splitShellWords(line);
        for (QString word : words) {
            if (word == u"&&" || word == u"||" || word == u";" || word == u"|" || word == u"&") {
                finish();
                continue;
            }
            bool endsCommand = false;
            while (word.endsWith(u';') || word.endsWith(u"&&")) {
                word.chop(word.endsWith(u';') ? 1 : 2);
                endsCommand = true;
            }
            if (!word.isEmpty())
                current.words.append(word);
            if (endsCommand)
                finish();
        }
        finish();
    }
    return commands;
}

// The script a RUN instruction runs: the heredoc body, the exec-form words, or the shell text.
inline QString runScriptOf(const DockerInstruction &instruction)
{
    if (!instruction.heredoc.isEmpty())
        return instruction.heredoc;
    if (instruction.execForm) {
        QStringList quoted;
        for (const QString &word : instruction.execArgs)
            quoted.append(word.contains(u' ') ? u'\'' + word + u'\'' : word);
        return quoted.join(u' ');
    }
    return instruction.arguments;
}

// The line of a file, at or after `from`, where `word` appears as a whole word; `from` when not found.
inline Location locateWord(const QStringList &lines, const Location &from, const QString &word,
                           int window = 100)
{
    if (word.isEmpty())
        return from;
    const int first = std::max(from.line, 1);
    for (int line = first; line <= lines.size() && line < first + window; ++line) {
        const QString &text = lines.at(line - 1);
        qsizetype at = text.indexOf(word);
        while (at >= 0) {
            const qsizetype end = at + word.size();
            const bool startsWord = at == 0 || text.at(at - 1).isSpace() || text.at(at - 1) == u'"' ||
                                    text.at(at - 1) == u'\'' || text.at(at - 1) == u'[';
            const bool endsWord = end >= text.size() || text.at(end).isSpace() || text.at(end) == u'"' ||
                                  text.at(end) == u'\'' || text.at(end) == u';' || text.at(end) == u',' ||
                                  text.at(end) == u'\\';
            if (startsWord && endsWord)
                return {from.path, line, int(at) + 1};
            at = text.indexOf(word, at + 1);
        }
    }
    return from;
}

// The workload that builds a Dockerfile, for the finding's scope; empty when none does.
inline QString workloadBuilding(const DeploymentModel &model, const QString &dockerfilePath)
{
    QStringList names;
    for (const Workload &workload : model.workloads) {
        if (workload.dockerfilePath == dockerfilePath ||
            (workload.kind == WorkloadKind::Dockerfile && workload.location.path == dockerfilePath))
            names.append(workload.name);
    }
    names.sort();
    return names.isEmpty() ? QString() : names.first();
}

} // namespace tfi::buildinputs
