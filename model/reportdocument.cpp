#include "reportdocument.h"

#include "envdiff.h"
#include "factors.h"
#include "portmap.h"
#include "reportsections.h"
#include "rules/factorrules.h"
#include "secrets.h"
#include "sensitive.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace tfi {

namespace {

constexpr int snippetContext = 2; // lines shown before and after the evidence line
constexpr int foldFindingsAbove = 4;
constexpr int foldRowsAbove = 15;

// Hides every secret value the audit knows of in lines of files, on top of redactText():
// a YAML `value:` line says nothing about the name two lines up, so shape rules alone miss it.
class SnippetRedactor
{
public:
    explicit SnippetRedactor(const AuditResult &result) : m_result(result)
    {
        const DeploymentModel &model = result.model;
        for (const Workload &workload : model.workloads) {
            for (const Container &container : workload.containers)
                addVariables(container.env);
            addVariables(workload.buildArgs);
        }
        for (const ConfigObject &object : model.configObjects) {
            for (const ConfigEntry &entry : object.entries) {
                if (object.kind == ConfigObject::Kind::Secret || isSensitive(entry.key, entry.value)) {
                    addValue(entry.value);
                    addValue(QString::fromLatin1(entry.value.toUtf8().toBase64()));
                }
            }
        }
        for (const DockerfileInfo &dockerfile : model.dockerfiles) {
            addVariables(dockerfile.globalArgs);
            addVariables(dockerfile.env);
            addVariables(dockerfile.args);
        }
        for (const DotenvFile &file : model.dotenvFiles)
            addVariables(file.entries);
        for (const EnvGroup &group : model.envGroups)
            addVariables(group.vars);
        for (const PlatformEnvironment &environment : model.platformEnvironments)
            addVariables(environment.env);
        for (const AppJsonInfo &app : model.appJsonFiles)
            addVariables(app.env);
        for (const HelmValuesFile &file : model.helmValues) {
            for (const HelmValue &value : file.values) {
                if (isSensitive(value.path.section(u'.', -1), value.value))
                    addValue(value.value);
            }
        }
        // Longest first, so that a value containing another is replaced whole.
        std::sort(m_values.begin(), m_values.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    // Lines `first`..`last` (1-based) of a text file of the snapshot, redacted; empty when the
    // file is not in the snapshot (a history finding in a file that is gone).
    std::optional<ReportSnippet> snippet(const QString &path, int line)
    {
        if (!m_result.snapshot || path.isEmpty() || line <= 0)
            return std::nullopt;
        const SourceFile *file = m_result.snapshot->find(path);
        if (!file || !file->isText())
            return std::nullopt;
        const QStringList &lines = linesOf(*file);
        if (line > lines.size())
            return std::nullopt;
        ReportSnippet snippet;
        snippet.path = path;
        snippet.line = line;
        snippet.firstLine = std::max(1, line - snippetContext);
        const int last = std::min(int(lines.size()), line + snippetContext);
        for (int number = snippet.firstLine; number <= last; ++number)
            snippet.lines.append(lines.at(number - 1));
        return snippet;
    }

private:
    void addVariables(const QList<EnvVar> &variables)
    {
        for (const EnvVar &variable : variables) {
            if (isSensitive(variable.name, variable.value) || isSecretName(variable.name))
                addValue(variable.value);
        }
    }

    void addValue(const QString &value)
    {
        // Very short values would mask ordinary words; redactText() covers them by name.
        const QString trimmed = value.trimmed();
        if (trimmed.size() >= 4 && !m_seen.contains(trimmed)) {
            m_seen.insert(trimmed);
            m_values.append(trimmed);
        }
    }

    const QStringList &linesOf(const SourceFile &file)
    {
        auto it = m_lines.constFind(file.path);
        if (it != m_lines.constEnd())
            return *it;
        QString text = QString::fromUtf8(file.content);
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QStringList lines = text.split(u'\n');
        // What the detectors find in the file, masked token by token from where they point.
        for (const SecretMatch &match : scanTextForSecrets(file.path, file.content)) {
            if (match.line < 1 || match.line > lines.size() || match.column < 1)
                continue;
            QString &target = lines[match.line - 1];
            const qsizetype start = match.column - 1;
            if (start >= target.size())
                continue;
            qsizetype end = start;
            while (end < target.size() && !target.at(end).isSpace() && target.at(end) != u'"' &&
                   target.at(end) != u'\'' && target.at(end) != u',')
                ++end;
            if (end > start)
                target.replace(start, end - start, QStringLiteral("****"));
        }
        for (QString &line : lines) {
            for (const QString &value : std::as_const(m_values)) {
                if (line.contains(value))
                    line.replace(value, maskedValue(value));
            }
            line = redactText(line);
            line.replace(u'\t', QStringLiteral("    "));
        }
        return *m_lines.insert(file.path, lines);
    }

    const AuditResult &m_result;
    QStringList m_values;
    QSet<QString> m_seen;
    QHash<QString, QStringList> m_lines;
};

ReportTone toneOf(FactorStatus status)
{
    switch (status) {
    case FactorStatus::Pass:
        return ReportTone::Good;
    case FactorStatus::Warn:
        return ReportTone::Warning;
    case FactorStatus::Fail:
        return ReportTone::Bad;
    case FactorStatus::NotApplicable:
    case FactorStatus::Unknown:
        return ReportTone::Muted;
    }
    return ReportTone::Plain;
}

QString romanNumeral(int number)
{
    static const char *numerals[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                     "VII", "VIII", "IX",  "X",  "XI", "XII"};
    return number >= 1 && number <= 12 ? QString::fromLatin1(numerals[number - 1]) : QString::number(number);
}

QString factorHeading(int number)
{
    return QStringLiteral("%1. %2").arg(romanNumeral(number), factorTitle(number));
}

QString locationText(const Location &location)
{
    if (!location.isValid())
        return {};
    return location.line > 0 ? QStringLiteral("%1:%2").arg(location.path).arg(location.line) : location.path;
}

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm t")) : QString();
}

QString scoreText(const std::optional<int> &score)
{
    return score ? QCoreApplication::translate("tfi::Report", "%1 / 100").arg(*score)
                 : QCoreApplication::translate("tfi::Report", "not scored");
}

QString priorityLabel(int priority)
{
    switch (priority) {
    case 1:
        return QCoreApplication::translate("tfi::Report", "Priority 1: fix first");
    case 2:
        return QCoreApplication::translate("tfi::Report", "Priority 2: fix soon");
    default:
        return QCoreApplication::translate("tfi::Report", "Priority 3: worth improving");
    }
}

ReportFindingEntry findingEntry(const Finding &finding, SnippetRedactor &redactor)
{
    ReportFindingEntry entry;
    entry.id = finding.id;
    entry.severity = finding.severity;
    entry.severityLabel = severityLabel(finding.severity);
    entry.title = finding.title;
    entry.message = finding.message;
    entry.rule = finding.rule;
    entry.location = locationText(finding.location);
    if (!finding.workload.isEmpty() && !finding.environment.isEmpty())
        entry.scope = QCoreApplication::translate("tfi::Report", "workload %1 in %2")
                          .arg(finding.workload, finding.environment);
    else if (!finding.workload.isEmpty())
        entry.scope = QCoreApplication::translate("tfi::Report", "workload %1").arg(finding.workload);
    else if (!finding.environment.isEmpty())
        entry.scope = QCoreApplication::translate("tfi::Report", "environment %1").arg(finding.environment);
    if (finding.history) {
        const QString commit = finding.history->commit.left(12);
        const QString date = finding.history->date.date().toString(Qt::ISODate);
        entry.history = finding.history->presentAtRevision
                            ? QCoreApplication::translate("tfi::Report", "introduced in commit %1 on %2")
                                  .arg(commit, date)
                            : QCoreApplication::translate(
                                  "tfi::Report", "introduced in commit %1 on %2, removed since but still in "
                                                 "the history")
                                  .arg(commit, date);
    }
    entry.remediation = finding.remediation;
    if (finding.suppressed) {
        const QString where = locationText(finding.suppressed->location);
        entry.suppression = where.isEmpty()
                                ? QCoreApplication::translate("tfi::Report", "%1 (source: %2)")
                                      .arg(finding.suppressed->reason, finding.suppressed->source)
                                : QCoreApplication::translate("tfi::Report", "%1 (source: %2, %3)")
                                      .arg(finding.suppressed->reason, finding.suppressed->source, where);
    }
    entry.snippet = redactor.snippet(finding.location.path, finding.location.line);
    return entry;
}

ReportBlock paragraph(const QString &text, ReportTone tone = ReportTone::Plain)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = text;
    block.tone = tone;
    return block;
}

QString slug(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            result += c.toLower();
        else if (!result.endsWith(u'-'))
            result += u'-';
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    return result;
}

// The natural size of an SVG from its root width/height (or viewBox), in CSS pixels.
QSizeF svgNaturalSize(const QByteArray &svg)
{
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto length = [](QStringView text) {
            static const QRegularExpression number(
                QStringLiteral(R"(^\s*([0-9.]+)\s*(px|pt|mm|cm|in)?\s*$)"));
            const auto match = number.match(text);
            if (!match.hasMatch())
                return 0.0;
            const double value = match.captured(1).toDouble();
            const QString unit = match.captured(2);
            if (unit == u"pt")
                return value * 96.0 / 72.0;
            if (unit == u"mm")
                return value * 96.0 / 25.4;
            if (unit == u"cm")
                return value * 96.0 / 2.54;
            if (unit == u"in")
                return value * 96.0;
            return value;
        };
        QSizeF size(length(reader.attributes().value(QLatin1String("width"))),
                    length(reader.attributes().value(QLatin1String("height"))));
        if (size.isEmpty()) {
            const QStringList box = reader.attributes()
                                        .value(QLatin1String("viewBox"))
                                        .toString()
                                        .split(u' ', Qt::SkipEmptyParts);
            if (box.size() == 4)
                size = QSizeF(box.at(2).toDouble(), box.at(3).toDouble());
        }
        return size.isEmpty() ? QSizeF(640, 480) : size;
    }
    return {};
}

ReportSection summarySection(const AuditResult &result, const QList<ChecklistItem> &checklist)
{
    ReportSection section;
    section.role = ReportSection::Role::Summary;
    section.anchor = QStringLiteral("summary");
    section.title = QCoreApplication::translate("tfi::Report", "Executive summary");

    const int errors = result.count(Severity::Error);
    const int warnings = result.count(Severity::Warning);
    const int infos = result.count(Severity::Info);
    const int suppressed = result.suppressedCount();
    section.blocks.append(
        paragraph(QCoreApplication::translate("tfi::Report", "Overall score %1. %2, %3 and %4; %5.")
                      .arg(scoreText(result.score),
                           QCoreApplication::translate("tfi::Report", "%n error(s)", nullptr, errors),
                           QCoreApplication::translate("tfi::Report", "%n warning(s)", nullptr, warnings),
                           QCoreApplication::translate("tfi::Report", "%n info finding(s)", nullptr, infos),
                           QCoreApplication::translate("tfi::Report", "%n suppressed", nullptr, suppressed)),
                  errors > 0     ? ReportTone::Bad
                  : warnings > 0 ? ReportTone::Warning
                                 : ReportTone::Good));

    ReportBlock counts;
    counts.kind = ReportBlock::Kind::Table;
    counts.table.header = {QCoreApplication::translate("tfi::Report", "Severity"),
                           QCoreApplication::translate("tfi::Report", "Findings")};
    counts.table.rows = {
        {{severityLabel(Severity::Error), ReportTone::Bad}, {QString::number(errors)}},
        {{severityLabel(Severity::Warning), ReportTone::Warning}, {QString::number(warnings)}},
        {{severityLabel(Severity::Info), ReportTone::Notice}, {QString::number(infos)}},
        {{QCoreApplication::translate("tfi::Report", "Suppressed"), ReportTone::Muted},
         {QString::number(suppressed)}},
    };
    section.blocks.append(counts);

    // Findings grouped by priority, as the checklist orders them: what to fix first.
    for (int priority = 1; priority <= 3; ++priority) {
        ReportBlock group;
        group.kind = ReportBlock::Kind::Table;
        group.table.header = {priorityLabel(priority), QCoreApplication::translate("tfi::Report", "Factor"),
                              QCoreApplication::translate("tfi::Report", "Findings")};
        for (const ChecklistItem &item : checklist) {
            if (item.priority != priority)
                continue;
            group.table.rows.append({{item.title, priority == 1 ? ReportTone::Bad : ReportTone::Plain},
                                     {factorHeading(item.factor)},
                                     {QString::number(item.findings.size())}});
        }
        if (group.table.rows.isEmpty())
            continue;
        group.foldable = group.table.rows.size() > foldRowsAbove;
        group.foldSummary = QCoreApplication::translate("tfi::Report", "%1: %n item(s)", nullptr,
                                                        int(group.table.rows.size()))
                                .arg(priorityLabel(priority));
        section.blocks.append(group);
    }
    if (checklist.isEmpty())
        section.blocks.append(
            paragraph(QCoreApplication::translate("tfi::Report", "Nothing needs fixing."), ReportTone::Good));

    ReportBlock chart;
    chart.kind = ReportBlock::Kind::Image;
    chart.svg = factorScoreChartSvg(result, &chart.svgSize);
    chart.text = QCoreApplication::translate("tfi::Report", "Score of each factor");
    section.blocks.append(chart);

    ReportBlock overview;
    overview.kind = ReportBlock::Kind::Table;
    overview.table.header = {QCoreApplication::translate("tfi::Report", "Factor"),
                             QCoreApplication::translate("tfi::Report", "Status"),
                             QCoreApplication::translate("tfi::Report", "Score"),
                             QCoreApplication::translate("tfi::Report", "Findings")};
    for (const FactorResult &factor : result.factors) {
        overview.table.rows.append({{factorHeading(factor.number)},
                                    {factorStatusLabel(factor.status), toneOf(factor.status)},
                                    {factor.score ? QString::number(*factor.score) : QStringLiteral("–")},
                                    {QString::number(factor.findings)}});
    }
    section.blocks.append(overview);
    return section;
}

ReportSection factorSection(const AuditResult &result, const FactorResult &factor, SnippetRedactor &redactor)
{
    ReportSection section;
    section.role = ReportSection::Role::Factor;
    section.level = 2;
    section.anchor = QStringLiteral("factor-%1").arg(factor.number);
    section.title = factorHeading(factor.number);
    section.tone = toneOf(factor.status);
    section.statusLine =
        factor.score
            ? QCoreApplication::translate("tfi::Report", "Status: %1. Score: %2. %3.")
                  .arg(factorStatusLabel(factor.status), QString::number(*factor.score),
                       QCoreApplication::translate("tfi::Report", "%n finding(s)", nullptr, factor.findings))
            : QCoreApplication::translate("tfi::Report", "Status: %1. %2.")
                  .arg(factorStatusLabel(factor.status),
                       QCoreApplication::translate("tfi::Report", "%n finding(s)", nullptr, factor.findings));
    section.blocks.append(paragraph(section.statusLine, section.tone));
    if (!factor.reason.isEmpty())
        section.blocks.append(paragraph(factor.reason, ReportTone::Muted));

    QList<const Finding *> findings;
    for (const Finding &finding : result.findings) {
        if (finding.factor == factor.number && !finding.suppressed)
            findings.append(&finding);
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding *a, const Finding *b) { return int(a->severity) < int(b->severity); });
    if (!findings.isEmpty()) {
        ReportBlock block;
        block.kind = ReportBlock::Kind::Findings;
        for (const Finding *finding : std::as_const(findings))
            block.findings.append(findingEntry(*finding, redactor));
        block.foldable = block.findings.size() > foldFindingsAbove;
        block.foldSummary =
            QCoreApplication::translate("tfi::Report", "%n finding(s)", nullptr, int(block.findings.size()));
        section.blocks.append(block);

        // One remediation per rule, not one per place it shows.
        ReportBlock remediation;
        remediation.kind = ReportBlock::Kind::Bullets;
        remediation.text = QCoreApplication::translate("tfi::Report", "Remediation");
        QSet<QString> rules;
        for (const Finding *finding : std::as_const(findings)) {
            if (rules.contains(finding->rule) || finding->remediation.isEmpty())
                continue;
            rules.insert(finding->rule);
            remediation.bullets.append(QCoreApplication::translate("tfi::Report", "%1: %2")
                                           .arg(finding->title, finding->remediation));
        }
        if (!remediation.bullets.isEmpty())
            section.blocks.append(remediation);
    }

    ReportBlock credits;
    credits.kind = ReportBlock::Kind::Bullets;
    credits.text = QCoreApplication::translate("tfi::Report", "What already passes");
    for (const Credit &credit : result.credits) {
        if (credit.factor != factor.number)
            continue;
        const QString where = locationText(credit.location);
        credits.bullets.append(
            where.isEmpty() ? credit.text
                            : QCoreApplication::translate("tfi::Report", "%1 (%2)").arg(credit.text, where));
    }
    if (!credits.bullets.isEmpty()) {
        credits.tone = ReportTone::Good;
        section.blocks.append(credits);
    }
    return section;
}

QList<ReportSection> envDiffSections(const AuditResult &result)
{
    QList<ReportSection> sections;
    ReportSection chapter;
    chapter.role = ReportSection::Role::EnvDiff;
    chapter.anchor = QStringLiteral("env-diff");
    chapter.title = QCoreApplication::translate("tfi::Report", "Environment differences");
    QStringList environmentNames;
    for (const EnvironmentInfo &environment : result.environments)
        environmentNames.append(environment.name);
    chapter.blocks.append(paragraph(
        environmentNames.isEmpty()
            ? QCoreApplication::translate(
                  "tfi::Report", "The repository defines no environments; values are shown under %1.")
                  .arg(defaultEnvironmentName())
            : QCoreApplication::translate("tfi::Report", "Environments: %1. Highlighted rows differ between "
                                                         "environments or are missing in one of them.")
                  .arg(environmentNames.join(QStringLiteral(", ")))));
    sections.append(chapter);

    QStringList workloads;
    for (const VariableRow &row : result.variables) {
        if (!workloads.contains(row.workload))
            workloads.append(row.workload);
    }
    const QList<AttributeRow> attributes = compareWorkloadAttributes(result);
    for (const AttributeRow &row : attributes) {
        if (!workloads.contains(row.workload))
            workloads.append(row.workload);
    }
    const QString dash = QString(QChar(0x2014));
    for (const QString &workload : std::as_const(workloads)) {
        const QStringList environments = environmentsOf(result, workload);
        ReportSection section;
        section.role = ReportSection::Role::EnvDiff;
        section.level = 2;
        section.anchor = QStringLiteral("env-") + slug(workload);
        section.title = workload.isEmpty() ? QCoreApplication::translate("tfi::Report", "Shared") : workload;
        ReportBlock table;
        table.kind = ReportBlock::Kind::Table;
        table.table.header = {QCoreApplication::translate("tfi::Report", "Variable")};
        table.table.header.append(environments);
        table.table.header.append(QCoreApplication::translate("tfi::Report", "Status"));
        int differences = 0;
        for (const VariableRow &row : result.variables) {
            if (row.workload != workload)
                continue;
            const ReportTone rowTone = row.status == VariableStatus::Differs   ? ReportTone::Warning
                                       : row.status == VariableStatus::Missing ? ReportTone::Bad
                                                                               : ReportTone::Plain;
            if (row.status != VariableStatus::Same)
                ++differences;
            QList<ReportCell> cells{{row.name, ReportTone::Plain, true}};
            for (const QString &environment : environments) {
                const auto it = row.values.constFind(environment);
                if (it == row.values.constEnd()) {
                    cells.append({dash, ReportTone::Bad});
                    continue;
                }
                // VariableCell::display is already masked; nothing else of the value is shown.
                QString display =
                    it->display.isEmpty() ? QStringLiteral("(%1)").arg(valueKindKey(it->kind)) : it->display;
                if (it->sensitive && !it->digest.isEmpty()) {
                    for (const QString &other : environments) {
                        if (other != environment && row.values.value(other).digest == it->digest) {
                            display = QCoreApplication::translate("tfi::Report", "%1 (same secret as %2)")
                                          .arg(display, other);
                            break;
                        }
                    }
                }
                cells.append({display, rowTone, true});
            }
            cells.append({row.status == VariableStatus::Differs
                              ? QCoreApplication::translate("tfi::Report", "differs")
                          : row.status == VariableStatus::Missing
                              ? QCoreApplication::translate("tfi::Report", "missing")
                              : QCoreApplication::translate("tfi::Report", "same"),
                          rowTone});
            table.table.rows.append(cells);
        }
        for (const AttributeRow &row : attributes) {
            if (row.workload != workload)
                continue;
            const ReportTone rowTone =
                row.status == VariableStatus::Same ? ReportTone::Plain : ReportTone::Warning;
            if (row.status != VariableStatus::Same)
                ++differences;
            QList<ReportCell> cells{{attributeLabel(row.attribute), ReportTone::Muted}};
            for (const QString &environment : environments) {
                const auto it = row.values.constFind(environment);
                cells.append(
                    {it == row.values.constEnd() || it->display.isEmpty() ? dash : redactText(it->display),
                     rowTone});
            }
            cells.append({row.status == VariableStatus::Same
                              ? QCoreApplication::translate("tfi::Report", "same")
                              : QCoreApplication::translate("tfi::Report", "differs"),
                          rowTone});
            table.table.rows.append(cells);
        }
        if (table.table.rows.isEmpty())
            continue;
        section.statusLine =
            QCoreApplication::translate("tfi::Report", "%n difference(s)", nullptr, differences);
        section.tone = differences > 0 ? ReportTone::Warning : ReportTone::Good;
        table.foldable = table.table.rows.size() > foldRowsAbove;
        table.foldSummary =
            QCoreApplication::translate("tfi::Report", "%n row(s)", nullptr, int(table.table.rows.size()));
        section.blocks.append(paragraph(section.statusLine, section.tone));
        section.blocks.append(table);
        sections.append(section);
    }
    if (sections.size() == 1)
        sections.first().blocks.append(
            paragraph(QCoreApplication::translate("tfi::Report", "No environment variables were found."),
                      ReportTone::Muted));
    return sections;
}

QList<ReportSection> portMapSections(const AuditResult &result, const ReportOptions &options)
{
    QList<ReportSection> sections;
    if (!options.portMapSvg)
        return sections;
    ReportSection chapter;
    chapter.role = ReportSection::Role::PortMap;
    chapter.anchor = QStringLiteral("port-map");
    chapter.title = QCoreApplication::translate("tfi::Report", "Port map");
    chapter.blocks.append(paragraph(QCoreApplication::translate(
        "tfi::Report", "Which process listens on which port, and who connects to it, per environment.")));
    QList<ReportSection> maps;
    for (const QString &environment : portMapEnvironments(result)) {
        const QByteArray svg = options.portMapSvg(environment);
        if (svg.isEmpty())
            continue;
        // "" stands for a repository without environments.
        const QString name = environment.isEmpty() ? defaultEnvironmentName() : environment;
        ReportSection section;
        section.role = ReportSection::Role::PortMap;
        section.level = 2;
        section.anchor = QStringLiteral("port-map-") + slug(name);
        section.title = QCoreApplication::translate("tfi::Report", "Port map of %1").arg(name);
        ReportBlock image;
        image.kind = ReportBlock::Kind::Image;
        image.svg = svg;
        image.svgSize = svgNaturalSize(svg);
        image.text = section.title;
        section.blocks.append(image);
        maps.append(section);
    }
    if (maps.isEmpty())
        return {};
    sections.append(chapter);
    sections.append(maps);
    return sections;
}

ReportSection checklistSection(const QList<ChecklistItem> &items, const ReportOptions &options)
{
    ReportSection section;
    section.role = ReportSection::Role::Checklist;
    section.anchor = QStringLiteral("checklist");
    section.title = QCoreApplication::translate("tfi::Report", "Remediation checklist");
    int done = 0;
    for (const ChecklistItem &item : items)
        done += item.done ? 1 : 0;
    section.statusLine =
        QCoreApplication::translate("tfi::Report", "%1 of %n item(s) done", nullptr, int(items.size()))
            .arg(done);
    section.blocks.append(paragraph(section.statusLine));
    if (items.isEmpty())
        return section;
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.table.header = {QCoreApplication::translate("tfi::Report", "Done"),
                          QCoreApplication::translate("tfi::Report", "Priority"),
                          QCoreApplication::translate("tfi::Report", "Item"),
                          QCoreApplication::translate("tfi::Report", "Factor"),
                          QCoreApplication::translate("tfi::Report", "Note")};
    for (const ChecklistItem &item : items) {
        const ChecklistEntryState state = options.checklist.value(item.id);
        table.table.rows.append({{item.done ? QStringLiteral("☑") : QStringLiteral("☐"),
                                  item.done ? ReportTone::Good : ReportTone::Plain},
                                 {QString::number(item.priority)},
                                 {item.title, item.done ? ReportTone::Muted : ReportTone::Plain},
                                 {factorHeading(item.factor)},
                                 {redactText(state.note)}});
    }
    table.foldable = table.table.rows.size() > foldRowsAbove;
    table.foldSummary = section.statusLine;
    section.blocks.append(table);
    return section;
}

QList<ReportSection> appendixSections(const AuditResult &result, SnippetRedactor &redactor)
{
    QList<ReportSection> sections;
    ReportSection chapter;
    chapter.role = ReportSection::Role::Appendix;
    chapter.anchor = QStringLiteral("appendix");
    chapter.title = QCoreApplication::translate("tfi::Report", "Appendix");
    ReportBlock about;
    about.kind = ReportBlock::Kind::Facts;
    about.facts = {
        {QCoreApplication::translate("tfi::Report", "Files read"),
         result.snapshot ? QString::number(result.snapshot->files().size()) : QStringLiteral("0")},
        {QCoreApplication::translate("tfi::Report", "History scanned"),
         result.historyLimit > 0
             ? QCoreApplication::translate("tfi::Report", "up to %n commit(s)", nullptr, result.historyLimit)
             : QCoreApplication::translate("tfi::Report", "no")},
        {QCoreApplication::translate("tfi::Report", "Started"), dateText(result.startedAt)},
        {QCoreApplication::translate("tfi::Report", "Finished"), dateText(result.finishedAt)},
    };
    chapter.blocks.append(about);
    sections.append(chapter);

    ReportSection suppressed;
    suppressed.role = ReportSection::Role::Appendix;
    suppressed.level = 2;
    suppressed.anchor = QStringLiteral("suppressed");
    suppressed.title = QCoreApplication::translate("tfi::Report", "Suppressed findings");
    ReportBlock findings;
    findings.kind = ReportBlock::Kind::Findings;
    for (const Finding &finding : result.findings) {
        if (finding.suppressed)
            findings.findings.append(findingEntry(finding, redactor));
    }
    if (findings.findings.isEmpty()) {
        suppressed.blocks.append(paragraph(
            QCoreApplication::translate("tfi::Report", "No finding was suppressed."), ReportTone::Muted));
    } else {
        findings.foldable = findings.findings.size() > foldFindingsAbove;
        findings.foldSummary = QCoreApplication::translate("tfi::Report", "%n suppressed finding(s)", nullptr,
                                                           int(findings.findings.size()));
        suppressed.blocks.append(findings);
    }
    sections.append(suppressed);

    ReportSection diagnostics;
    diagnostics.role = ReportSection::Role::Appendix;
    diagnostics.level = 2;
    diagnostics.anchor = QStringLiteral("diagnostics");
    diagnostics.title = QCoreApplication::translate("tfi::Report", "Diagnostics");
    if (result.diagnostics.isEmpty()) {
        diagnostics.blocks.append(paragraph(
            QCoreApplication::translate("tfi::Report", "Every file could be read."), ReportTone::Good));
    } else {
        diagnostics.blocks.append(paragraph(QCoreApplication::translate(
            "tfi::Report", "%n file(s) could not be read completely; the rest of the audit went on.", nullptr,
            int(result.diagnostics.size()))));
        ReportBlock table;
        table.kind = ReportBlock::Kind::Table;
        table.table.header = {QCoreApplication::translate("tfi::Report", "Location"),
                              QCoreApplication::translate("tfi::Report", "Severity"),
                              QCoreApplication::translate("tfi::Report", "Message")};
        for (const Diagnostic &diagnostic : result.diagnostics) {
            const bool error = diagnostic.severity == DiagnosticSeverity::Error;
            table.table.rows.append(
                {{locationText(diagnostic.location), ReportTone::Plain, true},
                 {error ? severityLabel(Severity::Error) : severityLabel(Severity::Warning),
                  error ? ReportTone::Bad : ReportTone::Warning},
                 // Parser messages can quote the text they choked on.
                 {redactText(diagnostic.message)}});
        }
        table.foldable = table.table.rows.size() > foldRowsAbove;
        table.foldSummary = QCoreApplication::translate("tfi::Report", "%n diagnostic(s)", nullptr,
                                                        int(table.table.rows.size()));
        diagnostics.blocks.append(table);
    }
    sections.append(diagnostics);
    return sections;
}

} // namespace

QString factorStatusLabel(FactorStatus status)
{
    switch (status) {
    case FactorStatus::Pass:
        return QCoreApplication::translate("tfi::Report", "pass");
    case FactorStatus::Warn:
        return QCoreApplication::translate("tfi::Report", "warning");
    case FactorStatus::Fail:
        return QCoreApplication::translate("tfi::Report", "fail");
    case FactorStatus::NotApplicable:
        return QCoreApplication::translate("tfi::Report", "not applicable");
    case FactorStatus::Unknown:
        return QCoreApplication::translate("tfi::Report", "unknown");
    }
    return {};
}

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("tfi::Report", "error");
    case Severity::Warning:
        return QCoreApplication::translate("tfi::Report", "warning");
    case Severity::Info:
        return QCoreApplication::translate("tfi::Report", "info");
    }
    return {};
}

QByteArray factorScoreChartSvg(const AuditResult &result, QSizeF *size)
{
    // Labels are as long as the language makes them ("X. Gleichheit von Entwicklung und Produktion");
    // about 7 units per character of 12-unit DejaVu Sans, without a font database (CLI runs have none).
    qsizetype longestLabel = 0;
    for (int number = 1; number <= 12; ++number)
        longestLabel = qMax(longestLabel, factorHeading(number).size());
    const int labelWidth = qMax(200, int(longestLabel) * 7 + 16);
    constexpr int valueWidth = 90;
    const int width = labelWidth + 350 + valueWidth;
    constexpr int rowHeight = 24;
    constexpr int top = 8;
    constexpr int axisHeight = 22;
    const int barWidth = width - labelWidth - valueWidth;
    const int height = top + 12 * rowHeight + axisHeight;
    QString svg;
    svg += QStringLiteral(
               R"(<svg xmlns="http://www.w3.org/2000/svg" width="%1" height="%2" viewBox="0 0 %1 %2" )"
               R"(font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">)")
               .arg(width)
               .arg(height);
    svg += QStringLiteral("<title>%1</title>")
               .arg(QCoreApplication::translate("tfi::Report", "Score of each factor").toHtmlEscaped());
    const int bottom = top + 12 * rowHeight;
    for (int tick = 0; tick <= 100; tick += 25) {
        const double x = labelWidth + barWidth * tick / 100.0;
        svg += QStringLiteral(R"(<line x1="%1" y1="%2" x2="%1" y2="%3" stroke="#d0d0d0" stroke-width="1"/>)")
                   .arg(x)
                   .arg(top)
                   .arg(bottom);
        svg += QStringLiteral(R"(<text x="%1" y="%2" text-anchor="middle" fill="#555555">%3</text>)")
                   .arg(x)
                   .arg(bottom + 16)
                   .arg(tick);
    }
    for (int index = 0; index < 12; ++index) {
        const int number = index + 1;
        FactorResult factor;
        factor.number = number;
        if (index < result.factors.size())
            factor = result.factors.at(index);
        const int y = top + index * rowHeight;
        svg += QStringLiteral(R"(<text x="%1" y="%2" text-anchor="end" fill="#222222">%3</text>)")
                   .arg(labelWidth - 8)
                   .arg(y + 16)
                   .arg(factorHeading(number).toHtmlEscaped());
        QString colour = QStringLiteral("#9e9e9e");
        if (factor.status == FactorStatus::Pass)
            colour = QStringLiteral("#2e7d32");
        else if (factor.status == FactorStatus::Warn)
            colour = QStringLiteral("#ef8f00");
        else if (factor.status == FactorStatus::Fail)
            colour = QStringLiteral("#c62828");
        const int score = factor.score.value_or(0);
        const double barLength = barWidth * std::clamp(score, 0, 100) / 100.0;
        if (factor.score && barLength > 0)
            svg += QStringLiteral(R"(<rect x="%1" y="%2" width="%3" height="%4" rx="2" fill="%5"/>)")
                       .arg(labelWidth)
                       .arg(y + 4)
                       .arg(barLength)
                       .arg(rowHeight - 8)
                       .arg(colour);
        const QString value = factor.score ? QString::number(score) : factorStatusLabel(factor.status);
        svg += QStringLiteral(R"(<text x="%1" y="%2" fill="%3">%4</text>)")
                   .arg(labelWidth + barLength + 6)
                   .arg(y + 16)
                   .arg(factor.score ? QStringLiteral("#222222") : colour)
                   .arg(value.toHtmlEscaped());
    }
    svg += QStringLiteral(R"(<line x1="%1" y1="%2" x2="%1" y2="%3" stroke="#555555" stroke-width="1"/>)")
               .arg(labelWidth)
               .arg(top)
               .arg(bottom);
    svg += QStringLiteral("</svg>");
    if (size)
        *size = QSizeF(width, height);
    return svg.toUtf8();
}

ReportDocument buildReportDocument(const AuditResult &result, const ReportOptions &options)
{
    ReportDocument document;
    const RepositoryInfo &repository = result.repository;
    document.title = QCoreApplication::translate("tfi::Report", "Twelve-factor audit");
    document.repositoryName = QDir(repository.root).dirName();
    if (document.repositoryName.isEmpty())
        document.repositoryName = repository.root;
    document.subtitle = repository.root;
    document.score = result.score;
    document.scoreLabel = QCoreApplication::translate("tfi::Report", "Overall score");
    document.scoreText = scoreText(result.score);
    document.toolLine = QCoreApplication::translate("tfi::Report", "Twelve-Factor Inspector %1")
                            .arg(QStringLiteral(TFI_VERSION));
    document.dateText = dateText(result.finishedAt.isValid() ? result.finishedAt : result.startedAt);
    document.tocTitle = QCoreApplication::translate("tfi::Report", "Contents");

    QString revision = repository.revision.isEmpty()
                           ? QCoreApplication::translate("tfi::Report", "not a git repository")
                           : repository.revision;
    if (repository.dirty)
        revision = QCoreApplication::translate("tfi::Report", "%1, with uncommitted changes").arg(revision);
    document.cover = {
        {QCoreApplication::translate("tfi::Report", "Repository"), repository.root},
        {QCoreApplication::translate("tfi::Report", "Revision"), revision},
        {QCoreApplication::translate("tfi::Report", "Ref"),
         repository.ref.isEmpty() ? QString(QChar(0x2014)) : repository.ref},
        {QCoreApplication::translate("tfi::Report", "Source"),
         repository.fromCommit ? QCoreApplication::translate("tfi::Report", "git objects of the revision")
                               : QCoreApplication::translate("tfi::Report", "working tree")},
        {QCoreApplication::translate("tfi::Report", "Date"), document.dateText},
        {QCoreApplication::translate("tfi::Report", "Tool version"), QStringLiteral(TFI_VERSION)},
        {document.scoreLabel, document.scoreText},
    };
    if (!options.language.isEmpty() && options.language != u"C")
        document.cover.append({QCoreApplication::translate("tfi::Report", "Language"), options.language});

    const QList<ChecklistItem> checklist = applyChecklistState(result.checklist, options.checklist);
    SnippetRedactor redactor(result);

    document.sections.append(summarySection(result, checklist));

    ReportSection factors;
    factors.role = ReportSection::Role::Factor;
    factors.anchor = QStringLiteral("factors");
    factors.title = QCoreApplication::translate("tfi::Report", "The twelve factors");
    factors.blocks.append(paragraph(QCoreApplication::translate(
        "tfi::Report",
        "Each factor with its status, the findings with the lines they were seen at, what to do "
        "about them, and what the repository already does right.")));
    document.sections.append(factors);
    for (const FactorResult &factor : result.factors)
        document.sections.append(factorSection(result, factor, redactor));

    document.sections.append(envDiffSections(result));
    document.sections.append(portMapSections(result, options));
    document.sections.append(checklistSection(checklist, options));
    document.sections.append(appendixSections(result, redactor));
    return document;
}

} // namespace tfi
