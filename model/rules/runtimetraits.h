#pragma once

// How processes run and where a value lives: what the disposability, dev/prod parity, logs and
// admin processes rules share. Header-only so the rule files stay the only sources.

#include "../deploymentmodel.h"
#include "../environments.h"
#include "../reposnapshot.h"
#include "../textutil.h"
#include "rule.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace tfi::runtime {

// Longer lines are no hand-written command or code; pattern checks skip them so that hostile
// files cannot make a regular expression run for long.
constexpr qsizetype maxScannedLineLength = 4096;

// Names of places that are not production: local machines, tests, CI.
inline bool isDevWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("dev"),     QStringLiteral("develop"),  QStringLiteral("development"),
        QStringLiteral("local"),   QStringLiteral("test"),     QStringLiteral("tests"),
        QStringLiteral("testing"), QStringLiteral("ci"),       QStringLiteral("e2e"),
        QStringLiteral("debug"),   QStringLiteral("localdev"), QStringLiteral("devel"),
        QStringLiteral("sandbox"), QStringLiteral("example"),  QStringLiteral("examples"),
        QStringLiteral("sample"),
    };
    return words.contains(word.toLower());
}

inline bool isDevEnvironmentName(const QString &environment)
{
    return !environment.isEmpty() && (isDevEnvironment(environment) || isDevWord(environment));
}

// A directory or a word of the file name names a non-production place:
// "docker-compose.dev.yml", "overlays/local/", "values-test.yaml", ".env.development".
inline bool isDevPath(const QString &path)
{
    static const QRegularExpression separators(QStringLiteral("[/._-]+"));
    const QStringList words = path.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (isDevWord(word))
            return true;
    }
    return false;
}

// Vendored code, tests and fixtures: what a reviewer would not hold against the app itself.
inline bool isVendoredOrTestPath(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((^|/)(node_modules|vendor|third_party|thirdparty|\.venv|venv|env|site-packages|)"
            R"(dist|build|target|\.git|tests?|__tests__|spec|specs|testdata|fixtures?|examples?|)"
            R"(samples?|docs?|e2e|mocks?)/|(^|/)test_[^/]*$|_test\.[a-z]+$|\.(test|spec)\.[a-z]+$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(path).hasMatch();
}

// Kubernetes kinds that run until stopped; Jobs and CronJobs run to completion.
inline bool isLongRunningKubernetes(WorkloadKind kind)
{
    return kind == WorkloadKind::Deployment || kind == WorkloadKind::StatefulSet ||
           kind == WorkloadKind::DaemonSet || kind == WorkloadKind::ReplicaSet;
}

inline bool isLongRunning(const Workload &workload)
{
    switch (workload.kind) {
    case WorkloadKind::Job:
    case WorkloadKind::CronJob:
    case WorkloadKind::Pod:
        return false;
    case WorkloadKind::RenderService:
        return workload.processType != u"cron";
    default:
        return true;
    }
}

// Where a value lives: a development place (local, test, CI, a Compose override) or a place
// that is deployed. Compose's base file counts as development when the repository deploys
// with something else and has no Compose file of its own for a deployed environment.
class PlaceClassifier
{
public:
    explicit PlaceClassifier(const DeploymentModel &model)
    {
        bool composeDeploys = false;
        for (const ComposeFileInfo &file : model.composeFiles) {
            m_composeRoles.insert(file.path, file.role);
            if (file.role != u"base" && file.role != u"override" && !isDevWord(file.role) &&
                !isDevPath(file.path))
                composeDeploys = true;
        }
        for (const DotenvFile &file : model.dotenvFiles)
            m_dotenvFiles.insert(file.path, &file);
        bool otherTargets = !model.helmCharts.isEmpty() || !model.appJsonFiles.isEmpty();
        for (const Workload &workload : model.workloads) {
            if (workload.format != SourceFormat::Compose && workload.format != SourceFormat::Dockerfile &&
                !isDevPath(workload.location.path))
                otherTargets = true;
        }
        m_composeBaseIsLocal = otherTargets && !composeDeploys;
    }

    bool composeBaseIsLocal() const { return m_composeBaseIsLocal; }

    bool isDev(const Location &location) const { return isDevFile(location.path); }

    bool isDevFile(const QString &path) const
    {
        if (path.isEmpty())
            return false;
        if (isDevPath(path))
            return true;
        if (const auto role = m_composeRoles.constFind(path); role != m_composeRoles.constEnd()) {
            if (*role == u"override" || isDevWord(*role))
                return true;
            return *role == u"base" && m_composeBaseIsLocal;
        }
        if (const auto dotenv = m_dotenvFiles.constFind(path); dotenv != m_dotenvFiles.constEnd()) {
            // A plain .env is a developer's local file; templates are not deployed at all.
            const DotenvFile &file = **dotenv;
            return file.isTemplate || file.environmentHint.isEmpty() || isDevWord(file.environmentHint);
        }
        return false;
    }

    // Only files written for development (a Compose override, compose.dev.yaml, a dev directory),
    // not the Compose base file that a development environment shares: for behaviour of the app
    // itself, such as where it logs, which every environment inherits from the base.
    bool isDevOnlyFile(const QString &path) const
    {
        if (path.isEmpty())
            return false;
        if (isDevPath(path))
            return true;
        if (const auto role = m_composeRoles.constFind(path); role != m_composeRoles.constEnd())
            return *role == u"override" || isDevWord(*role);
        return isDevFile(path);
    }

    bool isDevWorkload(const Workload &workload) const
    {
        return isDevEnvironmentName(workload.environment) || isDevFile(workload.location.path);
    }

    // A value of a workload: where it is written decides (a Compose override adds to a base service).
    bool isDevValue(const Workload &workload, const Location &location) const
    {
        if (isDevEnvironmentName(workload.environment))
            return true;
        return location.isValid() ? isDevFile(location.path) : isDevWorkload(workload);
    }

private:
    QHash<QString, QString> m_composeRoles;
    QHash<QString, const DotenvFile *> m_dotenvFiles;
    bool m_composeBaseIsLocal = false;
};

// Every process the repository declares: the model's workloads (listed first), plus the services
// of Compose files for a named environment (compose.prod.yaml) that the environment layer has not
// merged into workloads of that environment.
inline QList<const Workload *> allProcesses(const DeploymentModel &model)
{
    QList<const Workload *> processes;
    QSet<QString> composeEnvironments;
    for (const Workload &workload : model.workloads) {
        processes.append(&workload);
        if (workload.format == SourceFormat::Compose && !workload.environment.isEmpty())
            composeEnvironments.insert(workload.environment);
    }
    for (const ComposeFileInfo &file : model.composeFiles) {
        if (file.role == u"base" || file.role == u"override" ||
            composeEnvironments.contains(canonicalEnvironmentName(file.role)))
            continue;
        for (const Workload &service : file.services)
            processes.append(&service);
    }
    return processes;
}

inline QString programName(const QString &word)
{
    return word.mid(word.lastIndexOf(u'/') + 1);
}

inline bool isShellProgram(const QString &word)
{
    static const QSet<QString> shells = {QStringLiteral("sh"),  QStringLiteral("bash"),
                                         QStringLiteral("ash"), QStringLiteral("dash"),
                                         QStringLiteral("zsh"), QStringLiteral("ksh")};
    return shells.contains(programName(word));
}

// The script of `sh -c "<script>"` (also `bash -ec`, `/bin/sh -c`), or nothing.
inline std::optional<QString> shellScriptOf(const QStringList &words)
{
    if (words.size() < 3 || !isShellProgram(words.first()))
        return std::nullopt;
    const QString &flag = words.at(1);
    if (!flag.startsWith(u'-') || flag.startsWith(u"--") || !flag.contains(u'c'))
        return std::nullopt;
    return words.at(2);
}

// What a container runs, as one text: the shell-form string, the script of `sh -c`, or the
// exec-form words joined.
struct CommandText
{
    QString text;
    bool viaShell = false; // a shell interprets the text
    QStringList words;     // command + args as written
};

// No real command is that long; checks leave such commands alone.
inline bool isOversizedCommand(const QStringList &words)
{
    qsizetype length = 0;
    for (const QString &word : words)
        length += word.size();
    return length > 16 * maxScannedLineLength;
}

inline CommandText commandTextOf(const Container &container)
{
    CommandText result;
    result.words = container.command + container.args;
    if (isOversizedCommand(result.words)) {
        result.words.clear();
        return result;
    }
    if (container.commandIsShellForm) {
        result.text = result.words.join(u' ');
        result.viaShell = true;
    } else if (const std::optional<QString> script = shellScriptOf(result.words)) {
        result.text = *script;
        result.viaShell = true;
    } else {
        result.text = result.words.join(u' ');
    }
    return result;
}

// A command string cut at the shell's list operators (&&, ||, ;, &, |, newlines), each part trimmed.
inline QStringList shellSegments(const QString &script)
{
    static const QRegularExpression separators(QStringLiteral(R"(\s*(?:&&|\|\||;|&|\||\n)\s*)"));
    QStringList segments;
    for (const QString &part : script.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            segments.append(trimmed);
    }
    return segments;
}

// `exec` in command position: the shell replaces itself with the program, which then gets signals.
inline bool execsProgram(const QString &script)
{
    static const QRegularExpression exec(QStringLiteral(R"((?:^|[;&|(\n]|\bthen|\bdo|\belse)\s*exec\s+\S)"));
    return exec.match(script).hasMatch();
}

// A script file of the repository that a command names (./docker-entrypoint.sh, /app/bin/start.sh),
// found by its name; prefers the one closest to `nearDirectory`. Empty when none is found.
inline QString scriptFileFor(const QStringList &words, const QString &nearDirectory,
                             const RepoSnapshot &snapshot)
{
    QStringList candidates;
    for (qsizetype i = 0; i < words.size() && i < 3; ++i) {
        const QString &word = words.at(i);
        if (word.startsWith(u'-') || word.contains(u' ') || isShellProgram(word))
            continue;
        const QString name = programName(word);
        if (name.isEmpty())
            continue;
        const bool scriptLike = name.endsWith(u".sh") || name.contains(u"entrypoint", Qt::CaseInsensitive) ||
                                word.startsWith(u"./") || word.startsWith(u"bin/");
        if (scriptLike)
            candidates.append(name);
    }
    QString best;
    int bestScore = -1;
    for (const QString &name : std::as_const(candidates)) {
        for (const SourceFile &file : snapshot.files()) {
            if (!file.isText() || file.size > 512 * 1024 || file.fileName() != name)
                continue;
            // The longer the shared directory prefix, the likelier it is the file the image copies.
            const QString directory = file.directory();
            int score = 0;
            if (!nearDirectory.isEmpty() &&
                (directory == nearDirectory || directory.startsWith(nearDirectory + u'/')))
                score = 1000 - int(directory.size());
            else if (nearDirectory.isEmpty())
                score = 1000 - int(directory.size());
            else
                score = 100 - int(directory.size());
            if (score > bestScore) {
                bestScore = score;
                best = file.path;
            }
        }
        if (!best.isEmpty())
            break;
    }
    return best;
}

// Lines of a shell script that run unconditionally at start: comments, `case` arms (entrypoints
// that dispatch on their first argument) and function bodies are left out.
struct ScriptCondition
{
    int number = 0; // 1-based
    QString text;
};

struct ScriptLine
{
    int number = 0; // 1-based
    QString text;
    QList<ScriptCondition> conditions; // the `if` / `while` / `until` lines it is nested in
};

inline QList<ScriptLine> startupLinesOfScript(const QStringList &lines)
{
    static const QRegularExpression caseStart(QStringLiteral(R"(^\s*case\b.*\bin\s*$|^\s*case\b)"));
    static const QRegularExpression caseEnd(QStringLiteral(R"(^\s*esac\b)"));
    static const QRegularExpression functionStart(
        QStringLiteral(R"(^\s*(?:function\s+[\w-]+|[\w-]+\s*\(\s*\))\s*\{?\s*$)"));
    static const QRegularExpression functionEnd(QStringLiteral(R"(^\s*\}\s*$)"));
    static const QRegularExpression blockStart(QStringLiteral(R"(^(?:if|while|until)\b)"));
    static const QRegularExpression blockEnd(QStringLiteral(R"(^(?:fi|done)\b|;\s*(?:fi|done)\s*$)"));
    QList<ScriptLine> result;
    QList<ScriptCondition> conditions;
    int caseDepth = 0;
    bool inFunction = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).size() > maxScannedLineLength)
            continue;
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        if (inFunction) {
            if (functionEnd.match(trimmed).hasMatch())
                inFunction = false;
            continue;
        }
        if (functionStart.match(trimmed).hasMatch()) {
            inFunction = true;
            continue;
        }
        if (caseStart.match(trimmed).hasMatch()) {
            ++caseDepth;
            continue;
        }
        if (caseEnd.match(trimmed).hasMatch()) {
            caseDepth = std::max(0, caseDepth - 1);
            continue;
        }
        if (caseDepth > 0)
            continue;
        const bool opens = blockStart.match(trimmed).hasMatch();
        const bool closes = blockEnd.match(trimmed).hasMatch();
        if (opens && !closes) {
            conditions.append({int(i) + 1, trimmed});
            continue;
        }
        result.append({int(i) + 1, lines.at(i), conditions});
        if (closes && !opens && !conditions.isEmpty())
            conditions.removeLast();
    }
    return result;
}

// Collects findings so that one rule reports one place once: a base manifest, a shared fly.toml
// key or an entrypoint script that several workloads or environments share gives one finding.
// When the environments that share it differ, the finding names none of them.
class FindingCollector
{
public:
    explicit FindingCollector(RuleContext &context) : m_context(context) {}
    FindingCollector(const FindingCollector &) = delete;
    FindingCollector &operator=(const FindingCollector &) = delete;
    ~FindingCollector() { flush(); }

    // False when the rule already reported this place.
    bool add(const RuleInfo &rule, const Location &location, const QString &message,
             const FindingScope &scope, const QString &subject)
    {
        const QString key = QString::fromLatin1(rule.id) + u'|' + location.path + u'|' +
                            QString::number(location.line) + u'|' + QString::number(location.column);
        if (const auto it = m_index.constFind(key); it != m_index.constEnd()) {
            Pending &pending = m_pending[*it];
            if (pending.scope.environment != scope.environment)
                pending.scope.environment.clear();
            return false;
        }
        m_index.insert(key, m_pending.size());
        m_pending.append({&rule, location, message, scope, subject});
        return true;
    }

    bool contains(const RuleInfo &rule, const Location &location) const
    {
        return m_index.contains(QString::fromLatin1(rule.id) + u'|' + location.path + u'|' +
                                QString::number(location.line) + u'|' + QString::number(location.column));
    }

    void flush()
    {
        for (const Pending &pending : std::as_const(m_pending))
            m_context.report(*pending.rule, pending.location, pending.message, pending.scope,
                             pending.subject);
        m_pending.clear();
        m_index.clear();
    }

private:
    struct Pending
    {
        const RuleInfo *rule;
        Location location;
        QString message;
        FindingScope scope;
        QString subject;
    };
    RuleContext &m_context;
    QList<Pending> m_pending;
    QHash<QString, qsizetype> m_index;
};

} // namespace tfi::runtime
