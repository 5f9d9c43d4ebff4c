#include "factorrules.h"

#include "runtimetraits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace tfi {

namespace {

constexpr int factorNumber = 11;
constexpr qint64 maxScannedFileSize = 512 * 1024;
constexpr int maxFindingsPerFile = 3;
constexpr int maxCodeFindings = 20;
constexpr int maxCredits = 5;

enum RuleIndex
{
    FileLoggingInCode,
    FileAppender,
    RedirectToFile,
    LogVolume,
    LogrotateInImage,
};

QString extensionOf(const QString &path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    return dot > path.lastIndexOf(u'/') ? path.mid(dot + 1).toLower() : QString();
}

QString fileNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

// A path a process writes logs to: under /var/log, a log or logs directory, or a *.log file.
bool isLogPath(const QString &path)
{
    static const QRegularExpression logPath(QStringLiteral(R"(^/var/log(/|$)|(^|/)logs?(/|$)|\.log$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return logPath.match(path).hasMatch();
}

bool isLogDirectory(const QString &mountPath)
{
    static const QRegularExpression logDirectory(QStringLiteral(R"(^/var/log(/|$)|(^|/)logs?/?$)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    return logDirectory.match(mountPath).hasMatch();
}

// Images that read other processes' log files to ship them: mounting logs is their job.
bool isLogShipper(const QString &image)
{
    static const QRegularExpression shipper(
        QStringLiteral(
            R"((fluentd|fluent-bit|filebeat|promtail|vector|logstash|datadog/agent|otel/opentelemetry-)"
            R"(collector|splunk|grafana/alloy|loggly|newrelic-infrastructure))"),
        QRegularExpression::CaseInsensitiveOption);
    return shipper.match(image).hasMatch();
}

struct Match
{
    int line = 0; // 1-based
    int column = 0;
    QString what;
};

class LogsCheck
{
public:
    explicit LogsCheck(RuleContext &context)
        : m_context(context), m_model(context.model()), m_places(context.model()), m_rules(logsRules()),
          m_findings(context)
    {}

    void run()
    {
        checkCode();
        checkCommands();
        checkVolumes();
        checkImages();
        creditEnvironment();
        bool applicable = !m_model.dockerfiles.isEmpty() || m_sawLoggingSetup;
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            if (runtime::isLongRunning(*workload))
                applicable = true;
        }
        if (applicable)
            m_context.markApplicable(factorNumber);
        else
            m_context.setNotApplicableReason(
                factorNumber,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "the repository declares no process and no logging configuration to judge"));
    }

private:
    const RuleInfo &rule(RuleIndex index) const { return m_rules.at(index); }

    void credit(const QString &text, const Location &location)
    {
        m_sawLoggingSetup = true;
        if (m_credits >= maxCredits || m_creditTexts.contains(text))
            return;
        m_creditTexts.insert(text);
        ++m_credits;
        m_context.credit(factorNumber, text, location);
    }

    // ---- application code and logging configuration

    static QList<Match> matchesIn(const QStringList &lines, const QRegularExpression &pattern,
                                  const QRegularExpression *skipLine = nullptr)
    {
        QList<Match> found;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.size() > runtime::maxScannedLineLength)
                continue;
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(u'#') || trimmed.startsWith(u"//") || trimmed.startsWith(u'*'))
                continue;
            if (skipLine && skipLine->match(line).hasMatch())
                continue;
            const QRegularExpressionMatch match = pattern.match(line);
            if (match.hasMatch())
                found.append({int(i) + 1, int(match.capturedStart()) + 1, match.captured().trimmed()});
        }
        return found;
    }

    // `logging.basicConfig(...)` calls, possibly over several lines, that pass filename=.
    static QList<Match> basicConfigWithFilename(const QStringList &lines)
    {
        static const QRegularExpression call(QStringLiteral(R"(\bbasicConfig\s*\()"));
        static const QRegularExpression filename(QStringLiteral(R"(\bfilename\s*=)"));
        QList<Match> found;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).size() > runtime::maxScannedLineLength)
                continue;
            const QRegularExpressionMatch start = call.match(lines.at(i));
            if (!start.hasMatch() || lines.at(i).trimmed().startsWith(u'#'))
                continue;
            int depth = 0;
            bool done = false;
            for (qsizetype j = i; j < lines.size() && j < i + 20 && !done; ++j) {
                const QString &line = lines.at(j);
                const qsizetype from = j == i ? start.capturedEnd() - 1 : 0;
                for (qsizetype k = from; k < line.size(); ++k) {
                    if (line.at(k) == u'(')
                        ++depth;
                    else if (line.at(k) == u')' && --depth == 0) {
                        done = true;
                        break;
                    }
                }
                const QString inside = j == i ? line.mid(from) : line;
                const QRegularExpressionMatch argument = filename.match(inside);
                if (argument.hasMatch()) {
                    found.append({int(j) + 1, int((j == i ? from : 0) + argument.capturedStart()) + 1,
                                  QStringLiteral("logging.basicConfig(filename=...)")});
                    break;
                }
            }
        }
        return found;
    }

    void reportCode(const QString &path, const QList<Match> &matches, int &perFile)
    {
        for (const Match &match : matches) {
            if (perFile >= maxFindingsPerFile || m_codeFindings >= maxCodeFindings)
                return;
            const Location location{path, match.line, match.column};
            ++perFile;
            ++m_codeFindings;
            m_sawLoggingSetup = true;
            m_findings.add(rule(FileLoggingInCode), location,
                           QCoreApplication::translate("tfi::Rules",
                                                       "%1 writes logs to a file (%2) instead of to stdout.")
                               .arg(path, match.what),
                           {}, match.what);
        }
    }

    void reportAppenders(const QString &path, const QList<Match> &matches)
    {
        for (const Match &match : matches) {
            const Location location{path, match.line, match.column};
            m_sawLoggingSetup = true;
            m_findings.add(
                rule(FileAppender), location,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "%1 sends logs to a file (%2); the process writes its logs to files instead of to "
                    "stdout.")
                    .arg(path, match.what),
                {}, match.what);
        }
    }

    void creditMatches(const QString &path, const QStringList &lines, const QRegularExpression &pattern,
                       const char *text)
    {
        const QList<Match> found = matchesIn(lines, pattern);
        if (!found.isEmpty())
            credit(QCoreApplication::translate("tfi::Rules", text).arg(path),
                   {path, found.first().line, found.first().column});
    }

    void checkPython(const QString &path, const QStringList &lines)
    {
        static const QRegularExpression handler(QStringLiteral(
            R"(\b(?:logging\.)?(?:handlers\.)?(?:Timed)?(?:Rotating)?FileHandler\b|\bWatchedFileHandler\b)"));
        static const QRegularExpression importLine(QStringLiteral(R"(^\s*(?:from|import)\s)"));
        static const QRegularExpression stdoutHandler(QStringLiteral(
            R"(StreamHandler\(\s*(?:sys\.)?std(?:out|err)|basicConfig\([^)]*stream\s*=\s*sys\.std)"));
        int perFile = 0;
        reportCode(path, basicConfigWithFilename(lines), perFile);
        reportCode(path, matchesIn(lines, handler, &importLine), perFile);
        creditMatches(path, lines, stdoutHandler,
                      QT_TRANSLATE_NOOP("tfi::Rules", "%1 sends its logs to a standard stream."));
    }

    void checkJavaScript(const QString &path, const QStringList &lines)
    {
        static const QRegularExpression winston(
            QStringLiteral(R"(\btransports\.(?:File|DailyRotateFile)\b)"));
        static const QRegularExpression pinoFile(QStringLiteral(
            R"(\bpino\.destination\(\s*(?:['"`](?!/dev/std)|\{[^}]*\bdest\s*:\s*['"`](?!/dev/std)))"));
        static const QRegularExpression rotating(QStringLiteral(R"(\btype\s*:\s*['"]rotating-file['"])"));
        static const QRegularExpression log4jsFile(
            QStringLiteral(R"(\btype\s*:\s*['"](?:file|dateFile|fileSync)['"])"));
        static const QRegularExpression console(QStringLiteral(R"(\btransports\.Console\b)"));
        int perFile = 0;
        reportCode(path, matchesIn(lines, winston), perFile);
        reportCode(path, matchesIn(lines, pinoFile), perFile);
        const QString text = lines.join(u'\n');
        if (text.contains(u"bunyan"))
            reportCode(path, matchesIn(lines, rotating), perFile);
        if (text.contains(u"log4js"))
            reportCode(path, matchesIn(lines, log4jsFile), perFile);
        creditMatches(path, lines, console,
                      QT_TRANSLATE_NOOP("tfi::Rules", "%1 sends its logs to the console (stdout)."));
    }

    void checkGo(const QString &path, const QStringList &lines)
    {
        static const QRegularExpression fileLogger(QStringLiteral(
            R"(\blumberjack\.Logger\s*\{|\bOutputPaths\s*:\s*\[\]string\s*\{\s*"(?!stdout|stderr)[^"]+")"));
        int perFile = 0;
        reportCode(path, matchesIn(lines, fileLogger), perFile);
    }

    void checkRuby(const QString &path, const QStringList &lines)
    {
        static const QRegularExpression fileLogger(QStringLiteral(
            R"(\bLogger\.new\(\s*(?:['"](?!/dev/std)[^'"]+['"]|Rails\.root|File\.(?:join|open)))"));
        static const QRegularExpression stdoutLogger(
            QStringLiteral(R"(\bLogger\.new\(\s*(?:STDOUT|\$stdout)\b)"));
        int perFile = 0;
        reportCode(path, matchesIn(lines, fileLogger), perFile);
        creditMatches(path, lines, stdoutLogger,
                      QT_TRANSLATE_NOOP("tfi::Rules", "%1 sends its logs to stdout."));
    }

    void checkLoggingConfig(const QString &path, const QStringList &lines)
    {
        const QString extension = extensionOf(path);
        if (extension == u"xml") {
            static const QRegularExpression appender(QStringLiteral(
                R"(<appender\b[^>]*\bclass\s*=\s*"[^"]*(?:RollingFile|DailyRollingFile|File)Appender"|)"
                R"(<(?:RollingRandomAccessFile|RandomAccessFile|RollingFile|File)(?=[\s>]))"));
            static const QRegularExpression console(QStringLiteral(R"(ConsoleAppender|<Console(?=[\s>]))"));
            reportAppenders(path, matchesIn(lines, appender));
            creditMatches(path, lines, console,
                          QT_TRANSLATE_NOOP("tfi::Rules", "%1 configures a console appender (stdout)."));
        } else if (extension == u"properties") {
            static const QRegularExpression appender(QStringLiteral(
                R"(^\s*log4j\.appender\.[\w.-]+\s*=\s*\S*FileAppender\s*$|)"
                R"(^\s*appender\.[\w-]+\.type\s*=\s*(?:RollingFile|File|RollingRandomAccessFile|RandomAccessFile)\s*$)"));
            reportAppenders(path, matchesIn(lines, appender));
        }
    }

    // Spring Boot: logging.file.name / logging.file.path (and the older logging.file).
    void checkSpringConfig(const QString &path, const QStringList &lines)
    {
        if (extensionOf(path) == u"properties") {
            static const QRegularExpression property(
                QStringLiteral(R"(^\s*logging\.(?:file(?:\.name|\.path)?|path)\s*[=:]\s*\S)"));
            QList<Match> found = matchesIn(lines, property);
            for (Match &match : found)
                match.what = QStringLiteral("logging.file");
            reportAppenders(path, found);
            return;
        }
        // YAML: a `file:` (with name/path) or `file.name:` key inside the top-level `logging:` block.
        static const QRegularExpression topLevel(QStringLiteral(R"(^\S)"));
        static const QRegularExpression inline_(
            QStringLiteral(R"(^\s+file(?:\.name|\.path)?\s*:\s*[^\s#{])"));
        static const QRegularExpression block(QStringLiteral(R"(^\s+file\s*:\s*(?:#.*)?$)"));
        static const QRegularExpression child(QStringLiteral(R"(^\s+(?:name|path)\s*:\s*[^\s#])"));
        bool inLogging = false;
        bool inFile = false;
        QList<Match> found;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.size() > runtime::maxScannedLineLength || line.trimmed().isEmpty() ||
                line.trimmed().startsWith(u'#'))
                continue;
            if (topLevel.match(line).hasMatch()) {
                inLogging = line.startsWith(u"logging:");
                inFile = false;
                continue;
            }
            if (!inLogging)
                continue;
            if (block.match(line).hasMatch()) {
                inFile = true;
            } else if (inline_.match(line).hasMatch() || (inFile && child.match(line).hasMatch())) {
                found.append({int(i) + 1, int(line.size() - line.trimmed().size()) + 1,
                              QStringLiteral("logging.file")});
                break;
            }
        }
        reportAppenders(path, found);
    }

    void checkCode()
    {
        const RepoSnapshot *snapshot = m_context.snapshot();
        if (!snapshot)
            return;
        static const QRegularExpression loggingConfigName(
            QStringLiteral(R"(^(?:log4j2?|logback)(?:[-.][\w-]+)?\.(?:xml|properties)$)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression springConfigName(
            QStringLiteral(R"(^application(?:-[\w-]+)?\.(?:properties|ya?ml)$)"));
        for (const SourceFile &file : snapshot->files()) {
            if (!file.isText() || file.size > maxScannedFileSize || runtime::isVendoredOrTestPath(file.path))
                continue;
            const QString name = fileNameOf(file.path);
            const QString extension = extensionOf(file.path);
            if (loggingConfigName.match(name).hasMatch()) {
                checkLoggingConfig(file.path, m_context.lines(file.path));
            } else if (springConfigName.match(name).hasMatch() && !runtime::isDevPath(file.path)) {
                checkSpringConfig(file.path, m_context.lines(file.path));
            } else if (extension == u"py") {
                checkPython(file.path, m_context.lines(file.path));
            } else if (extension == u"js" || extension == u"mjs" || extension == u"cjs" ||
                       extension == u"ts") {
                checkJavaScript(file.path, m_context.lines(file.path));
            } else if (extension == u"go") {
                checkGo(file.path, m_context.lines(file.path));
            } else if (extension == u"rb") {
                checkRuby(file.path, m_context.lines(file.path));
            }
        }
    }

    // ---- commands

    static std::optional<Match> redirectToFileIn(const QString &text)
    {
        static const QRegularExpression redirect(
            QStringLiteral(R"((?:^|[\s;&|(])(?:[0-9]?>>?|&>>?)\s*([^\s;&|<>()]+))"));
        QRegularExpressionMatchIterator it = redirect.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            QString target = match.captured(1);
            target.remove(u'"');
            target.remove(u'\'');
            if (target.startsWith(u'&') || target.startsWith(u"/dev/") || target.startsWith(u"/proc/"))
                continue;
            if (isLogPath(target))
                return Match{0, int(match.capturedStart(1)) + 1, match.captured().trimmed()};
        }
        return std::nullopt;
    }

    void reportRedirect(const QString &text, const Location &location, const QString &where,
                        const FindingScope &scope)
    {
        const std::optional<Match> redirect = redirectToFileIn(text);
        if (!redirect)
            return;
        m_sawLoggingSetup = true;
        m_findings.add(rule(RedirectToFile), location,
                       QCoreApplication::translate(
                           "tfi::Rules",
                           "%1 redirects the process output to a file (\"%2\"), so its logs never reach the "
                           "platform's log stream.")
                           .arg(where, redirect->what),
                       scope, redirect->what);
    }

    void checkScript(const QString &path, const QString &where, const FindingScope &scope)
    {
        if (path.isEmpty() || m_places.isDevOnlyFile(path))
            return;
        for (const runtime::ScriptLine &line : runtime::startupLinesOfScript(m_context.lines(path))) {
            const std::optional<Match> redirect = redirectToFileIn(line.text);
            const Location location{path, line.number, redirect ? redirect->column : 0};
            if (!redirect)
                continue;
            m_sawLoggingSetup = true;
            m_findings.add(
                rule(RedirectToFile), location,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "%1, the start script of %2, redirects the process output to a file (\"%3\"), so "
                    "its logs never reach the platform's log stream.")
                    .arg(path, where, redirect->what),
                scope, redirect->what);
        }
    }

    QString workloadNameFor(const DockerfileInfo &dockerfile) const
    {
        for (const Workload &workload : m_model.workloads) {
            if (workload.dockerfilePath == dockerfile.path)
                return workload.name;
        }
        return {};
    }

    void checkCommands()
    {
        const RepoSnapshot *snapshot = m_context.snapshot();
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            if (workload->format == SourceFormat::Dockerfile)
                continue;
            const FindingScope scope{workload->name, workload->environment, workload->format};
            for (const Container &container : workload->containers) {
                const runtime::CommandText command = runtime::commandTextOf(container);
                if (command.text.trimmed().isEmpty())
                    continue;
                Location location =
                    container.commandLocation.isValid() ? container.commandLocation : container.location;
                if (m_places.isDevOnlyFile(location.path))
                    continue;
                const QString where =
                    QCoreApplication::translate("tfi::Rules", "%1 (%2)").arg(workload->name, location.path);
                // A Procfile line is one line: point at the redirect itself.
                if (workload->format == SourceFormat::Procfile) {
                    if (const std::optional<Match> redirect = redirectToFileIn(command.text))
                        location.column += redirect->column - 1;
                }
                reportRedirect(command.text, location, where, scope);
                if (snapshot) {
                    const QStringList words =
                        command.viaShell ? splitShellWords(command.text) : command.words;
                    const QString near = workload->dockerfilePath.isEmpty()
                                             ? workload->location.path.section(u'/', 0, -2)
                                             : workload->dockerfilePath.section(u'/', 0, -2);
                    checkScript(runtime::scriptFileFor(words, near, *snapshot), where, scope);
                }
            }
        }
        for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
            if (runtime::isDevPath(dockerfile.path))
                continue;
            const FindingScope scope{workloadNameFor(dockerfile), QString(), SourceFormat::Dockerfile};
            QStringList words;
            const auto look = [&](const QStringList &part, bool shellForm, const Location &location) {
                if (part.isEmpty() || !location.isValid() || runtime::isOversizedCommand(part))
                    return;
                const QString text =
                    shellForm ? part.join(u' ') : runtime::shellScriptOf(part).value_or(part.join(u' '));
                reportRedirect(text, location, dockerfile.path, scope);
                words.append(shellForm ? splitShellWords(text) : part);
            };
            look(dockerfile.entrypoint, dockerfile.entrypointShellForm, dockerfile.entrypointLocation);
            if (!(dockerfile.entrypointShellForm && !dockerfile.entrypoint.isEmpty()))
                look(dockerfile.cmd, dockerfile.cmdShellForm, dockerfile.cmdLocation);
            if (snapshot)
                checkScript(runtime::scriptFileFor(words, dockerfile.path.section(u'/', 0, -2), *snapshot),
                            dockerfile.path, scope);
        }
    }

    // ---- volumes and images

    void checkVolumes()
    {
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            const FindingScope scope{workload->name, workload->environment, workload->format};
            for (const Container &container : workload->containers) {
                if (isLogShipper(container.image))
                    continue;
                for (const VolumeMount &mount : container.volumeMounts) {
                    if (mount.readOnly || !isLogDirectory(mount.mountPath))
                        continue;
                    // Node agents read the node's logs through a hostPath: that is log shipping.
                    if (workload->kind == WorkloadKind::DaemonSet && mount.kind == Volume::Kind::HostPath)
                        continue;
                    const Location location = mount.location.isValid() ? mount.location : container.location;
                    if (m_places.isDevOnlyFile(location.path))
                        continue;
                    m_findings.add(
                        rule(LogVolume), location,
                        QCoreApplication::translate(
                            "tfi::Rules",
                            "Container \"%1\" of %2 (%3) mounts a volume at %4, a sign that it writes "
                            "log files instead of a log stream.")
                            .arg(container.name, workload->name, location.path, mount.mountPath),
                        scope, mount.mountPath);
                }
            }
        }
    }

    void checkImages()
    {
        static const QRegularExpression installLogrotate(QStringLiteral(
            R"(\b(?:apt-get|apt|apk|yum|dnf|microdnf|zypper)\b[^;&|]*\b(?:install|add)\b[^;&|]*\blogrotate\b)"));
        static const QRegularExpression stdoutLink(
            QStringLiteral(R"(\bln\s+-\w*s\w*\s+/dev/std(?:out|err)\b)"));
        for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
            if (runtime::isDevPath(dockerfile.path))
                continue;
            const FindingScope scope{workloadNameFor(dockerfile), QString(), SourceFormat::Dockerfile};
            for (const DockerInstruction &instruction : dockerfile.instructions) {
                const QString text =
                    instruction.execForm ? instruction.execArgs.join(u' ') : instruction.arguments;
                if (instruction.keyword == u"RUN") {
                    const QString body = text + u'\n' + instruction.heredoc;
                    if (installLogrotate.match(body).hasMatch()) {
                        m_findings.add(rule(LogrotateInImage), instruction.location,
                                       QCoreApplication::translate(
                                           "tfi::Rules",
                                           "%1 installs logrotate, so the image expects to keep rotating log "
                                           "files on its own disk.")
                                           .arg(dockerfile.path),
                                       scope, QStringLiteral("logrotate"));
                    }
                    if (stdoutLink.match(body).hasMatch()) {
                        credit(QCoreApplication::translate("tfi::Rules",
                                                           "%1 links its log files to stdout and stderr.")
                                   .arg(dockerfile.path),
                               instruction.location);
                    }
                } else if ((instruction.keyword == u"COPY" || instruction.keyword == u"ADD") &&
                           text.contains(u"/etc/logrotate")) {
                    m_findings.add(rule(LogrotateInImage), instruction.location,
                                   QCoreApplication::translate(
                                       "tfi::Rules",
                                       "%1 copies a logrotate configuration into the image, so the image "
                                       "expects to keep rotating log files on its own disk.")
                                       .arg(dockerfile.path),
                                   scope, QStringLiteral("logrotate"));
                } else if (instruction.keyword == u"VOLUME") {
                    const QStringList paths =
                        instruction.execForm ? instruction.execArgs : text.split(u' ', Qt::SkipEmptyParts);
                    for (const QString &path : paths) {
                        if (!isLogDirectory(path))
                            continue;
                        m_findings.add(
                            rule(LogVolume), instruction.location,
                            QCoreApplication::translate(
                                "tfi::Rules",
                                "%1 declares a volume at %2, a sign that the process writes log files "
                                "instead of a log stream.")
                                .arg(dockerfile.path, path),
                            scope, path);
                    }
                }
            }
        }
    }

    void creditEnvironment()
    {
        static const QSet<QString> streamSwitches = {QStringLiteral("PYTHONUNBUFFERED"),
                                                     QStringLiteral("RAILS_LOG_TO_STDOUT")};
        const auto consider = [&](const EnvVar &var) {
            if (!streamSwitches.contains(var.name))
                return;
            const QString value = var.value.trimmed().toLower();
            if (value.isEmpty() || value == u"0" || value == u"false")
                return;
            credit(QCoreApplication::translate(
                       "tfi::Rules", "%1 is set, so the process writes its logs to stdout as they happen.")
                       .arg(var.name),
                   var.location);
        };
        for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
            for (const EnvVar &var : dockerfile.env)
                consider(var);
        }
        for (const Workload &workload : m_model.workloads) {
            for (const Container &container : workload.containers) {
                for (const EnvVar &var : container.env)
                    consider(var);
            }
        }
    }

    RuleContext &m_context;
    const DeploymentModel &m_model;
    const runtime::PlaceClassifier m_places;
    const QList<RuleInfo> &m_rules;
    runtime::FindingCollector m_findings;
    QSet<QString> m_creditTexts;
    int m_credits = 0;
    int m_codeFindings = 0;
    bool m_sawLoggingSetup = false;
};

} // namespace

const QList<RuleInfo> &logsRules()
{
    // Order matches RuleIndex.
    static const QList<RuleInfo> rules = {
        {
            "logs.file-logging-in-code",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The app writes its logs to a file"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "A twelve-factor app treats logs as an event stream: it writes them, unbuffered, to "
                "stdout and lets the execution environment route them. Log files live on a "
                "disposable container's disk, vanish with it, fill it up, and are invisible to the "
                "platform's log tools."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Log to stdout (or stderr) and leave collection, storage and rotation to the "
                              "platform."),
            {},
            {},
        },
        {
            "logs.file-appender",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The logging configuration writes to files"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Logs are a stream of events that the environment collects from stdout. A file or "
                "rolling-file appender keeps them on the container's own disk, where they are lost "
                "when the process is replaced and unseen by the platform's log routing."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Use a console appender that writes to stdout, and remove the file appenders (or "
                "keep them only in a local-development profile)."),
            {},
            {},
        },
        {
            "logs.redirect-to-file",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The start command redirects output to a log file"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "The process's stdout is its log stream, which the platform captures and routes. "
                "Redirecting it to a file in the start command hides every log line from the "
                "platform and leaves them on a disk that disappears with the container."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Remove the redirection and let the process write to stdout and stderr."),
            {{SourceFormat::Procfile, QT_TRANSLATE_NOOP("tfi::Rules", "web: gunicorn app:app")},
             {SourceFormat::Dockerfile, QT_TRANSLATE_NOOP("tfi::Rules", "CMD [\"gunicorn\", \"app:app\"]")},
             {SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules", "command: [\"gunicorn\", \"app:app\"]")}},
            {},
        },
        {
            "logs.log-volume",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "A volume is mounted for log files"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "An app that logs to stdout needs no place to keep log files. A volume at a log "
                "directory means the process writes files there, which the platform's log stream "
                "does not see and which someone has to collect and rotate."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Make the process log to stdout and drop the log volume; if a legacy program can "
                "only write files, link them to /dev/stdout in the image."),
            {{SourceFormat::Dockerfile,
              QT_TRANSLATE_NOOP("tfi::Rules", "RUN ln -sf /dev/stdout /var/log/app/access.log")}},
            {},
        },
        {
            "logs.logrotate-in-image",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "The image rotates its own log files"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Rotating logs is the environment's job: the app writes one stream to stdout and "
                "never concerns itself with storage. Installing or configuring logrotate in the "
                "image means it manages log files on its own disk."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Log to stdout, remove logrotate and its configuration from the image, and let the "
                "platform's log routing handle retention."),
            {},
            {},
        },
    };
    return rules;
}

void checkLogs(RuleContext &context)
{
    LogsCheck(context).run();
}

} // namespace tfi
