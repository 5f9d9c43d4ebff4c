#include "cli.h"

#include "audit.h"
#include "checkliststate.h"
#include "envdiff.h"
#include "environments.h"
#include "examples.h"
#include "factors.h"
#include "graphlayout.h"
#include "htmlreport.h"
#include "jsonreport.h"
#include "markdownreport.h"
#include "pdfreport.h"
#include "portmap.h"
#include "sarifreport.h"
#include "sensitive.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace tfi {

namespace {

void printError(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << QStringLiteral(": ") << message << Qt::endl;
}

const QStringList &knownFormats()
{
    static const QStringList formats = {
        QStringLiteral("json"),     QStringLiteral("text"), QStringLiteral("sarif"), QStringLiteral("html"),
        QStringLiteral("markdown"), QStringLiteral("pdf"),  QStringLiteral("dot")};
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
    static const char *numerals[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                     "VII", "VIII", "IX",  "X",  "XI", "XII"};
    return number >= 1 && number <= 12 ? QString::fromLatin1(numerals[number - 1]) : QString::number(number);
}

QByteArray textSummary(const AuditResult &result)
{
    QString text;
    QTextStream out(&text);
    const RepositoryInfo &repository = result.repository;
    QString revision = repository.revision.isEmpty()
                           ? QCoreApplication::translate("tfi::Cli", "not a git repository")
                           : repository.revision.left(12);
    if (repository.dirty)
        revision = QCoreApplication::translate("tfi::Cli", "%1, with uncommitted changes").arg(revision);
    out << QCoreApplication::translate("tfi::Cli", "Twelve-Factor Inspector %1")
               .arg(QStringLiteral(TFI_VERSION))
        << u'\n';
    out << QCoreApplication::translate("tfi::Cli", "Repository: %1 (%2)").arg(repository.root, revision)
        << u'\n';
    out << QCoreApplication::translate("tfi::Cli", "Overall score: %1")
               .arg(result.score ? QString::number(*result.score)
                                 : QCoreApplication::translate("tfi::Cli", "not scored"))
        << QStringLiteral("\n\n");
    for (const FactorResult &factor : result.factors) {
        out << QStringLiteral("  ") << romanNumeral(factor.number).leftJustified(5)
            << factorTitle(factor.number).leftJustified(22)
            << factorStatusKey(factor.status).leftJustified(16)
            << (factor.score ? QString::number(*factor.score) : QStringLiteral("-")).rightJustified(4)
            << QStringLiteral("  ")
            << QCoreApplication::translate("tfi::Cli", "%n finding(s)", nullptr, factor.findings) << u'\n';
    }
    int dangling = 0;
    for (const Connection &connection : result.model.connections) {
        if (!connection.resolved)
            ++dangling;
    }
    out << u'\n'
        << QCoreApplication::translate("tfi::Cli", "%n process(es)", nullptr, int(result.processes.size()))
        << QStringLiteral(", ")
        << QCoreApplication::translate("tfi::Cli", "%n connection(s)", nullptr,
                                       int(result.model.connections.size()))
        << QStringLiteral(" (") << QCoreApplication::translate("tfi::Cli", "%n dangling", nullptr, dangling)
        << QStringLiteral("), ")
        << QCoreApplication::translate("tfi::Cli", "%n variable(s)", nullptr, int(result.variables.size()))
        << u'\n';
    out << QCoreApplication::translate("tfi::Cli",
                                       "Findings: %1 errors, %2 warnings, %3 infos, %4 suppressed")
               .arg(result.count(Severity::Error))
               .arg(result.count(Severity::Warning))
               .arg(result.count(Severity::Info))
               .arg(result.suppressedCount())
        << u'\n';
    for (const Finding &finding : result.findings) {
        if (finding.suppressed)
            continue;
        out << QStringLiteral("  ") << severityKey(finding.severity).leftJustified(8) << finding.location.path
            << u':' << finding.location.line << QStringLiteral("  ") << finding.rule << QStringLiteral("  ")
            << finding.message << u'\n';
    }
    if (!result.diagnostics.isEmpty()) {
        out << QCoreApplication::translate("tfi::Cli", "%n file(s) could not be read completely:", nullptr,
                                           int(result.diagnostics.size()))
            << u'\n';
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

// The port map as Graphviz DOT: one environment, or every environment as a cluster.
// Returns a null array and prints why when the environment is unknown.
QByteArray portMapDot(const AuditResult &result, const QString &environment)
{
    const QStringList environments = portMapEnvironments(result);
    if (environment.isEmpty()) {
        QList<PortMap> maps;
        for (const QString &name : environments)
            maps.append(buildPortMap(result, name));
        return portMapsToDot(maps).toUtf8();
    }
    QString wanted = canonicalEnvironmentName(environment);
    for (const EnvironmentInfo &info : result.environments) {
        if (info.name == environment || info.aliases.contains(environment))
            wanted = info.name;
    }
    if (!environments.contains(wanted)) {
        printError(QCoreApplication::translate("tfi::Cli", "no environment \"%1\"; the repository has %2")
                       .arg(environment, environments.join(QStringLiteral(", "))));
        return {};
    }
    return portMapToDot(buildPortMap(result, wanted)).toUtf8();
}

bool parsePositive(const QCommandLineParser &parser, const QString &option, qint64 &target)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value <= 0) {
        printError(QCoreApplication::translate("tfi::Cli", "--%1 needs a positive number, not \"%2\"")
                       .arg(option, parser.value(option)));
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
        printError(
            QCoreApplication::translate("tfi::Cli", "cannot write %1: %2").arg(path, output.errorString()));
        return false;
    }
    output.write(bytes);
    if (!output.commit()) {
        printError(
            QCoreApplication::translate("tfi::Cli", "cannot write %1: %2").arg(path, output.errorString()));
        return false;
    }
    return true;
}

int runAuditCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "tfi::Cli", "Audits a repository's deploy manifests against the twelve-factor methodology."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("audit"),
                                 QCoreApplication::translate("tfi::Cli", "The audit command."));
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QCoreApplication::translate("tfi::Cli", "Any path inside the repository, or a plain directory."));
    parser.addOptions({
        {QStringLiteral("rev"),
         QCoreApplication::translate(
             "tfi::Cli", "Audit this revision (branch, tag, commit id, HEAD~N) from git objects."),
         QStringLiteral("rev")},
        {QStringLiteral("format"),
         QCoreApplication::translate("tfi::Cli",
                                     "Report format: json, text, sarif, html, markdown, pdf or dot."),
         QStringLiteral("format"), QStringLiteral("json")},
        {QStringLiteral("output"),
         QCoreApplication::translate("tfi::Cli", "Write the report to this file instead of standard output."),
         QStringLiteral("file")},
        {QStringLiteral("fail-on"),
         QCoreApplication::translate(
             "tfi::Cli",
             "Exit with 1 when a finding at or above this severity (error, warning, info) is present."),
         QStringLiteral("severity")},
        {QStringLiteral("max-file-size"),
         QCoreApplication::translate("tfi::Cli", "Skip files larger than this many bytes (default 8388608)."),
         QStringLiteral("bytes")},
        {QStringLiteral("max-yaml-depth"),
         QCoreApplication::translate("tfi::Cli", "Reject YAML nested deeper than this (default 200)."),
         QStringLiteral("levels")},
        {QStringLiteral("max-yaml-documents"),
         QCoreApplication::translate("tfi::Cli",
                                     "Read at most this many documents per YAML file (default 10000)."),
         QStringLiteral("count")},
        {QStringLiteral("max-yaml-aliases"),
         QCoreApplication::translate("tfi::Cli",
                                     "Reject YAML documents with more aliases than this (default 10000)."),
         QStringLiteral("count")},
        {QStringLiteral("history-limit"),
         QCoreApplication::translate(
             "tfi::Cli",
             "Scan at most this many commits of history for secrets (default 10000; 0 turns the scan off)."),
         QStringLiteral("commits")},
        {QStringLiteral("digest-key"),
         QCoreApplication::translate("tfi::Cli", "Key for value digests, so digests compare across runs "
                                                 "(default: random per run, or $TFI_DIGEST_KEY)."),
         QStringLiteral("key")},
        {QStringLiteral("env"),
         QCoreApplication::translate("tfi::Cli", "With --format dot: the port map of this environment only "
                                                 "(default: every environment, one cluster each)."),
         QStringLiteral("name")},
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
        printError(positional.size() < 2 ? QCoreApplication::translate("tfi::Cli", "audit needs a path")
                                         : QCoreApplication::translate("tfi::Cli", "audit takes one path"));
        return ExitUsage;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!knownFormats().contains(format)) {
        printError(QCoreApplication::translate("tfi::Cli", "unknown format \"%1\"; use one of %2")
                       .arg(format, knownFormats().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    if (format != u"json" && format != u"text" && format != u"sarif" && format != u"dot" &&
        format != u"html" && format != u"markdown" && format != u"pdf") {
        printError(QCoreApplication::translate("tfi::Cli", "the %1 format is not supported yet").arg(format));
        return ExitUsage;
    }
    const QString outputPath = parser.value(QStringLiteral("output"));
    if (format == u"pdf" && (outputPath.isEmpty() || outputPath == u"-") && ::isatty(fileno(stdout))) {
        printError(QCoreApplication::translate(
            "tfi::Cli", "the pdf format writes binary data; use --output FILE or redirect standard output"));
        return ExitUsage;
    }
    std::optional<Severity> failOn;
    if (parser.isSet(QStringLiteral("fail-on"))) {
        failOn = parseSeverity(parser.value(QStringLiteral("fail-on")));
        if (!failOn) {
            printError(
                QCoreApplication::translate("tfi::Cli", "--fail-on takes error, warning or info, not \"%1\"")
                    .arg(parser.value(QStringLiteral("fail-on"))));
            return ExitUsage;
        }
    }
    AuditOptions options;
    options.path = positional.at(1);
    options.revision = parser.value(QStringLiteral("rev"));
    if (!parsePositive(parser, QStringLiteral("max-file-size"), options.limits.maxFileSize) ||
        !parsePositive(parser, QStringLiteral("max-yaml-depth"), options.limits.maxYamlDepth) ||
        !parsePositive(parser, QStringLiteral("max-yaml-documents"), options.limits.maxYamlDocuments) ||
        !parsePositive(parser, QStringLiteral("max-yaml-aliases"), options.limits.maxYamlAliases))
        return ExitUsage;
    if (parser.isSet(QStringLiteral("history-limit"))) {
        bool ok = false;
        options.historyLimit = parser.value(QStringLiteral("history-limit")).toInt(&ok);
        if (!ok || options.historyLimit < 0) {
            printError(QCoreApplication::translate("tfi::Cli",
                                                   "--history-limit needs a number of commits, not \"%1\"")
                           .arg(parser.value(QStringLiteral("history-limit"))));
            return ExitUsage;
        }
    }
    QString digestKey = parser.value(QStringLiteral("digest-key"));
    if (digestKey.isEmpty())
        digestKey = qEnvironmentVariable("TFI_DIGEST_KEY");
    if (!digestKey.isEmpty())
        setDigestKey(digestKey.toUtf8());

    LoadError error;
    AuditResultPtr result = runAudit(options, error);
    if (!result) {
        printError(error.message);
        return ExitUsage;
    }
    // The checklist as the user ticked it off in the application, in every report.
    const ChecklistState checklistState = ChecklistStore().load(repositoryIdentity(result->repository));
    if (!checklistState.isEmpty()) {
        auto withState = std::make_shared<AuditResult>(*result);
        withState->checklist = applyChecklistState(result->checklist, checklistState);
        result = withState;
    }
    if (format == u"dot") {
        const QByteArray dot = portMapDot(*result, parser.value(QStringLiteral("env")));
        if (dot.isNull() || !writeOutput(parser.value(QStringLiteral("output")), dot))
            return ExitUsage;
        return failOn && reachesThreshold(*result, *failOn) ? ExitFindings : ExitOk;
    }
    if (format == u"html" || format == u"markdown" || format == u"pdf") {
        ReportOptions reportOptions;
        reportOptions.language = QLocale().name();
        reportOptions.portMapSvg = portMapPictures(*result);
        reportOptions.checklist = checklistState;
        QByteArray document;
        if (format == u"pdf") {
            // Fonts need a QGuiApplication; main() makes one when the pdf format is asked for.
            QString pdfError;
            QBuffer buffer(&document);
            if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ||
                !buffer.open(QIODevice::WriteOnly) ||
                !writePdfReport(*result, reportOptions, &buffer, &pdfError)) {
                printError(
                    QCoreApplication::translate("tfi::Cli", "cannot write the PDF report: %1").arg(pdfError));
                return ExitUsage;
            }
        } else {
            document = format == u"html" ? reportToHtml(*result, reportOptions)
                                         : reportToMarkdown(*result, reportOptions);
        }
        if (!writeOutput(outputPath, document))
            return ExitUsage;
        return failOn && reachesThreshold(*result, *failOn) ? ExitFindings : ExitOk;
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

QString clipped(const QString &text, int width)
{
    QString single = text;
    single.replace(u'\n', u' ');
    return single.size() <= width ? single : single.left(width - 1) + QChar(0x2026);
}

// Prints rows of cells as columns, each as wide as its widest cell (capped).
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    constexpr int maxWidth = 40;
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::min(maxWidth, std::max(widths.at(i), int(row.at(i).size())));
        }
    }
    for (const QStringList &row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype i = 0; i < row.size(); ++i)
            line += clipped(row.at(i), maxWidth).leftJustified(widths.at(i) + 2);
        out << line.trimmed().prepend(QStringLiteral("  ")) << u'\n';
    }
}

QString statusLabel(VariableStatus status)
{
    switch (status) {
    case VariableStatus::Same:
        return {};
    case VariableStatus::Differs:
        return QCoreApplication::translate("tfi::Cli", "differs");
    case VariableStatus::Missing:
        return QCoreApplication::translate("tfi::Cli", "missing");
    }
    return {};
}

int runDiffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "tfi::Cli", "Shows what each workload gets in each environment: variables, image, replicas, probes, "
                    "resources and backing services."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("diff"),
                                 QCoreApplication::translate("tfi::Cli", "The diff command."));
    parser.addPositionalArgument(
        QStringLiteral("path"),
        QCoreApplication::translate("tfi::Cli", "Any path inside the repository, or a plain directory."));
    parser.addOptions({
        {QStringLiteral("rev"),
         QCoreApplication::translate("tfi::Cli", "Compare at this revision instead of the working tree."),
         QStringLiteral("rev")},
        {QStringLiteral("workload"), QCoreApplication::translate("tfi::Cli", "Show only this workload."),
         QStringLiteral("name")},
        {QStringLiteral("env"),
         QCoreApplication::translate("tfi::Cli", "Show only these environments, comma-separated."),
         QStringLiteral("a,b")},
        {QStringLiteral("only-differences"),
         QCoreApplication::translate("tfi::Cli", "Hide rows that are the same in every environment.")},
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
        printError(QCoreApplication::translate("tfi::Cli", "diff needs exactly one path"));
        return ExitUsage;
    }
    AuditOptions options;
    options.path = positional.at(1);
    options.revision = parser.value(QStringLiteral("rev"));
    options.historyLimit = 0;
    LoadError error;
    const AuditResultPtr result = runAudit(options, error);
    if (!result) {
        printError(error.message);
        return ExitUsage;
    }
    const QString onlyWorkload = parser.value(QStringLiteral("workload"));
    QStringList wantedEnvironments;
    for (const QString &name : parser.value(QStringLiteral("env")).split(u',', Qt::SkipEmptyParts))
        wantedEnvironments.append(name.trimmed());
    const bool onlyDifferences = parser.isSet(QStringLiteral("only-differences"));

    QStringList workloads;
    for (const Workload &workload : result->model.workloads) {
        if (!workloads.contains(workload.name) && (onlyWorkload.isEmpty() || workload.name == onlyWorkload))
            workloads.append(workload.name);
    }
    if (!onlyWorkload.isEmpty() && workloads.isEmpty()) {
        printError(QCoreApplication::translate("tfi::Cli", "no workload is called \"%1\"").arg(onlyWorkload));
        return ExitUsage;
    }
    const QList<AttributeRow> attributes = compareWorkloadAttributes(*result);
    const QString dash = QString(QChar(0x2014));

    QString text;
    QTextStream out(&text);
    for (const QString &workload : std::as_const(workloads)) {
        QStringList environments = environmentsOf(*result, workload);
        if (!wantedEnvironments.isEmpty())
            environments.removeIf([&](const QString &name) { return !wantedEnvironments.contains(name); });
        if (environments.isEmpty())
            continue;
        out << workload << QStringLiteral("  (") << environments.join(QStringLiteral(", "))
            << QStringLiteral(")\n");
        QList<QStringList> rows;
        QStringList header{QCoreApplication::translate("tfi::Cli", "VARIABLE")};
        header.append(environments);
        header.append(QString());
        rows.append(header);
        for (const VariableRow &variable : result->variables) {
            if (variable.workload != workload || (onlyDifferences && variable.status == VariableStatus::Same))
                continue;
            QStringList row{variable.name};
            for (const QString &environment : std::as_const(environments)) {
                if (!variable.values.contains(environment)) {
                    row.append(dash);
                    continue;
                }
                const VariableCell &cell = variable.values.value(environment);
                QString display = cell.display.isEmpty() ? QStringLiteral("(%1)").arg(valueKindKey(cell.kind))
                                                         : cell.display;
                // Two environments sharing one secret is worth seeing without seeing the secret.
                if (cell.sensitive && !cell.digest.isEmpty()) {
                    for (const QString &other : std::as_const(environments)) {
                        if (other != environment && variable.values.value(other).digest == cell.digest) {
                            display +=
                                u' ' + QCoreApplication::translate("tfi::Cli", "(same as %1)").arg(other);
                            break;
                        }
                    }
                }
                row.append(display);
            }
            row.append(statusLabel(variable.status));
            rows.append(row);
        }
        for (const AttributeRow &attribute : attributes) {
            if (attribute.workload != workload ||
                (onlyDifferences && attribute.status == VariableStatus::Same))
                continue;
            QStringList row{u'[' + attributeLabel(attribute.attribute) + u']'};
            for (const QString &environment : std::as_const(environments)) {
                const auto it = attribute.values.constFind(environment);
                row.append(it == attribute.values.constEnd() || it->display.isEmpty() ? dash : it->display);
            }
            row.append(statusLabel(attribute.status));
            rows.append(row);
        }
        printTable(out, rows);
        out << u'\n';
    }
    out.flush();
    return writeOutput(QString(), text.toUtf8()) ? ExitOk : ExitUsage;
}

// examples: lists the bundled workshop examples; examples materialize NAME DIR writes one as a
// git repository with its history and prints its path.
int runExamplesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "tfi::Cli", "Lists the bundled workshop examples, or writes one as a git repository with its "
                    "history."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("examples"),
                                 QCoreApplication::translate("tfi::Cli", "The examples command."));
    parser.addPositionalArgument(
        QStringLiteral("materialize"),
        QCoreApplication::translate("tfi::Cli", "Write the example NAME into a new directory under DIR."),
        QStringLiteral("[materialize NAME DIR]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 1) {
        QList<QStringList> rows;
        for (const ExampleInfo &example : bundledExamples())
            rows.append({example.name, example.title});
        QString text;
        QTextStream out(&text);
        printTable(out, rows);
        out.flush();
        return writeOutput(QString(), text.toUtf8()) ? ExitOk : ExitUsage;
    }
    if (positional.size() != 4 || positional.at(1) != u"materialize") {
        printError(
            QCoreApplication::translate("tfi::Cli", "use: examples, or examples materialize NAME DIR"));
        return ExitUsage;
    }
    QString error;
    const QString path = materializeExample(positional.at(2), positional.at(3), &error);
    if (path.isEmpty()) {
        printError(error);
        return ExitUsage;
    }
    QTextStream(stdout) << path << Qt::endl;
    return ExitOk;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &command = arguments.at(1);
    return command == u"audit" || command == u"diff" || command == u"examples" || command == u"--help" ||
           command == u"-h" || command == u"--version" || command == u"help";
}

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"audit")
        return runAuditCommand(arguments);
    if (command == u"diff")
        return runDiffCommand(arguments);
    if (command == u"examples")
        return runExamplesCommand(arguments);
    if (command == u"--version") {
        QTextStream(stdout) << QStringLiteral("twelve-factor-inspector %1").arg(QStringLiteral(TFI_VERSION))
                            << Qt::endl;
        return ExitOk;
    }
    QTextStream(stdout)
        << QCoreApplication::translate(
               "tfi::Cli",
               "Usage: %1 audit PATH [--rev REV] [--format json|text] [--output FILE] "
               "[--fail-on error|warning|info]\n"
               "       %1 diff PATH [--rev REV] [--workload NAME] [--env A,B] [--only-differences]\n"
               "       %1 examples [materialize NAME DIR]\n"
               "Run \"%1 audit --help\" for every option.")
               .arg(QCoreApplication::applicationName())
        << Qt::endl;
    return command == u"help" || command == u"--help" || command == u"-h" ? ExitOk : ExitUsage;
}

} // namespace tfi
