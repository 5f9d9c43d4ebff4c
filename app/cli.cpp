#include "cli.h"

#include "audit.h"
#include "factors.h"
#include "jsonreport.h"
#include "sarifreport.h"
#include "sensitive.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace tfi {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tfi::Cli", text, disambiguation, n);
}

void printError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << QStringLiteral(": ") << message << Qt::endl;
}

const QStringList &knownFormats()
{
    static const QStringList formats = {QStringLiteral("json"),     QStringLiteral("text"),
                                        QStringLiteral("sarif"),    QStringLiteral("html"),
                                        QStringLiteral("markdown"), QStringLiteral("pdf"),
                                        QStringLiteral("dot")};
    return formats;
}

std::optional<Severity> parseSeverity(const QString &text)
{
    if (text == u"error")
        return Severity::Error;
    if (text == u"warning")
        return Severity::Warning;
    if (text == u"info")
        return Severity::Info;
    return std::nullopt;
}

bool reachesThreshold(const AuditResult &result, Severity threshold)
{
    for (const Finding &finding : result.findings) {
        if (!finding.suppressed && int(finding.severity) <= int(threshold))
            return true;
    }
    return false;
}

QString romanNumeral(int number)
{
    static const char *numerals[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    return number >= 1 && number <= 12 ? QString::fromLatin1(numerals[number - 1]) : QString::number(number);
}

QByteArray textSummary(const AuditResult &result)
{
    QString text;
    QTextStream out(&text);
    const RepositoryInfo &repository = result.repository;
    QString revision = repository.revision.isEmpty() ? tr("not a git repository") : repository.revision.left(12);
    if (repository.dirty)
        revision = tr("%1, with uncommitted changes").arg(revision);
    out << tr("Twelve-Factor Inspector %1").arg(QStringLiteral(TFI_VERSION)) << u'\n';
    out << tr("Repository: %1 (%2)").arg(repository.root, revision) << u'\n';
    out << tr("Overall score: %1").arg(result.score ? QString::number(*result.score) : tr("not scored")) << QStringLiteral("\n\n");
    for (const FactorResult &factor : result.factors) {
        out << QStringLiteral("  ") << romanNumeral(factor.number).leftJustified(5) << factorTitle(factor.number).leftJustified(22)
            << factorStatusKey(factor.status).leftJustified(16)
            << (factor.score ? QString::number(*factor.score) : QStringLiteral("-")).rightJustified(4) << QStringLiteral("  ")
            << tr("%n finding(s)", nullptr, factor.findings) << u'\n';
    }
    int dangling = 0;
    for (const Connection &connection : result.model.connections) {
        if (!connection.resolved)
            ++dangling;
    }
    out << u'\n'
        << tr("%n process(es)", nullptr, int(result.processes.size())) << QStringLiteral(", ")
        << tr("%n connection(s)", nullptr, int(result.model.connections.size())) << QStringLiteral(" (")
        << tr("%n dangling", nullptr, dangling) << QStringLiteral("), ")
        << tr("%n variable(s)", nullptr, int(result.variables.size())) << u'\n';
    out << tr("Findings: %1 errors, %2 warnings, %3 infos, %4 suppressed")
               .arg(result.count(Severity::Error))
               .arg(result.count(Severity::Warning))
               .arg(result.count(Severity::Info))
               .arg(result.suppressedCount())
        << u'\n';
    for (const Finding &finding : result.findings) {
        if (finding.suppressed)
            continue;
        out << QStringLiteral("  ") << severityKey(finding.severity).leftJustified(8) << finding.location.path << u':'
            << finding.location.line << QStringLiteral("  ") << finding.rule << QStringLiteral("  ") << finding.message << u'\n';
    }
    if (!result.diagnostics.isEmpty()) {
        out << tr("%n file(s) could not be read completely:", nullptr, int(result.diagnostics.size())) << u'\n';
        for (const Diagnostic &diagnostic : result.diagnostics) {
            out << QStringLiteral("  ") << diagnostic.location.path;
            if (diagnostic.location.line > 0)
                out << u':' << diagnostic.location.line;
            out << QStringLiteral(": ") << diagnostic.message << u'\n';
        }
    }
    out.flush();
    return text.toUtf8();
}

bool parsePositive(const QCommandLineParser &parser, const QString &option, qint64 &target)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value <= 0) {
        printError(tr("--%1 needs a positive number, not \"%2\"").arg(option, parser.value(option)));
        return false;
    }
    target = value;
    return true;
}

bool parsePositive(const QCommandLineParser &parser, const QString &option, int &target)
{
    qint64 value = target;
    if (!parsePositive(parser, option, value))
        return false;
    target = int(std::min<qint64>(value, std::numeric_limits<int>::max()));
    return true;
}

bool writeOutput(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly))
            return false;
        return output.write(bytes) == bytes.size();
    }
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly)) {
        printError(tr("cannot write %1: %2").arg(path, output.errorString()));
        return false;
    }
    output.write(bytes);
    if (!output.commit()) {
        printError(tr("cannot write %1: %2").arg(path, output.errorString()));
        return false;
    }
    return true;
}

int runAuditCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Audits a repository's deploy manifests against the twelve-factor methodology."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("audit"), tr("The audit command."));
    parser.addPositionalArgument(QStringLiteral("path"), tr("Any path inside the repository, or a plain directory."));
    parser.addOptions({
        {QStringLiteral("rev"), tr("Audit this revision (branch, tag, commit id, HEAD~N) from git objects."),
         QStringLiteral("rev")},
        {QStringLiteral("format"), tr("Report format: json, text, sarif, html, markdown, pdf or dot."),
         QStringLiteral("format"), QStringLiteral("json")},
        {QStringLiteral("output"), tr("Write the report to this file instead of standard output."),
         QStringLiteral("file")},
        {QStringLiteral("fail-on"), tr("Exit with 1 when a finding at or above this severity (error, warning, info) is present."),
         QStringLiteral("severity")},
        {QStringLiteral("max-file-size"), tr("Skip files larger than this many bytes (default 8388608)."),
         QStringLiteral("bytes")},
        {QStringLiteral("max-yaml-depth"), tr("Reject YAML nested deeper than this (default 200)."),
         QStringLiteral("levels")},
        {QStringLiteral("max-yaml-documents"), tr("Read at most this many documents per YAML file (default 10000)."),
         QStringLiteral("count")},
        {QStringLiteral("max-yaml-aliases"), tr("Reject YAML documents with more aliases than this (default 10000)."),
         QStringLiteral("count")},
        {QStringLiteral("history-limit"),
         tr("Scan at most this many commits of history for secrets (default 10000; 0 turns the scan off)."),
         QStringLiteral("commits")},
        {QStringLiteral("digest-key"),
         tr("Key for value digests, so digests compare across runs (default: random per run, or $TFI_DIGEST_KEY)."),
         QStringLiteral("key")},
    });
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(positional.size() < 2 ? tr("audit needs a path") : tr("audit takes one path"));
        return ExitUsage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!knownFormats().contains(format)) {
        printError(tr("unknown format \"%1\"; use one of %2").arg(format, knownFormats().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    if (format != u"json" && format != u"text" && format != u"sarif") {
        printError(tr("the %1 format is not supported yet").arg(format));
        return ExitUsage;
    }
    std::optional<Severity> failOn;
    if (parser.isSet(QStringLiteral("fail-on"))) {
        failOn = parseSeverity(parser.value(QStringLiteral("fail-on")));
        if (!failOn) {
            printError(tr("--fail-on takes error, warning or info, not \"%1\"").arg(parser.value(QStringLiteral("fail-on"))));
            return ExitUsage;
        }
    }
    AuditOptions options;
    options.path = positional.at(1);
    options.revision = parser.value(QStringLiteral("rev"));
    if (!parsePositive(parser, QStringLiteral("max-file-size"), options.limits.maxFileSize)
        || !parsePositive(parser, QStringLiteral("max-yaml-depth"), options.limits.maxYamlDepth)
        || !parsePositive(parser, QStringLiteral("max-yaml-documents"), options.limits.maxYamlDocuments)
        || !parsePositive(parser, QStringLiteral("max-yaml-aliases"), options.limits.maxYamlAliases))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("history-limit"))) {
        bool ok = false;
        options.historyLimit = parser.value(QStringLiteral("history-limit")).toInt(&ok);
        if (!ok || options.historyLimit < 0) {
            printError(tr("--history-limit needs a number of commits, not \"%1\"").arg(parser.value(QStringLiteral("history-limit"))));
            return ExitUsage;
        }
    }
    QString digestKey = parser.value(QStringLiteral("digest-key"));
    if (digestKey.isEmpty())
        digestKey = qEnvironmentVariable("TFI_DIGEST_KEY");
    if (!digestKey.isEmpty())
        setDigestKey(digestKey.toUtf8());

    LoadError error;
    const AuditResultPtr result = runAudit(options, error);
    if (!result) {
        printError(error.message);
        return ExitUsage;
    }
    const QByteArray report = format == u"text"    ? textSummary(*result)
                              : format == u"sarif" ? reportToSarifText(*result)
                                                   : reportToJsonText(*result);
    if (!writeOutput(parser.value(QStringLiteral("output")), report))
        return ExitUsage;
    if (failOn && reachesThreshold(*result, *failOn))
        return ExitFindings;
    return ExitOk;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &command = arguments.at(1);
    return command == u"audit" || command == u"--help" || command == u"-h" || command == u"--version"
           || command == u"help";
}

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"audit")
        return runAuditCommand(arguments);
    if (command == u"--version") {
        QTextStream(stdout) << QStringLiteral("twelve-factor-inspector %1").arg(QStringLiteral(TFI_VERSION)) << Qt::endl;
        return ExitOk;
    }
    QTextStream(stdout) << tr("Usage: %1 audit PATH [--rev REV] [--format json|text] [--output FILE] "
                              "[--fail-on error|warning|info]\n"
                              "Run \"%1 audit --help\" for every option.")
                               .arg(QCoreApplication::applicationName())
                        << Qt::endl;
    return command == u"help" || command == u"--help" || command == u"-h" ? ExitOk : ExitUsage;
}

} // namespace tfi
