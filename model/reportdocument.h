#pragma once

#include "auditresult.h"
#include "checkliststate.h"

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace tfi {

struct ReportOptions
{
    ChecklistState checklist; // may be empty
    QString language;         // informational: the language the texts were translated to
    // The port map of one environment as SVG; may be empty (then the report has no port maps).
    std::function<QByteArray(const QString &environment)> portMapSvg;
};

// The report once, in a format-neutral shape that the HTML, Markdown and PDF writers render.
// Every text in it is already safe to show: masked displays, redacted evidence lines.

enum class ReportTone
{
    Plain,
    Good,
    Notice,
    Warning,
    Bad,
    Muted
};

struct ReportCell
{
    QString text;
    ReportTone tone = ReportTone::Plain;
    bool code = false; // a value or a name: monospace
};

struct ReportTable
{
    QStringList header;
    QList<QList<ReportCell>> rows;
};

// Lines of a file around a finding, already redacted.
struct ReportSnippet
{
    QString path;
    int line = 0;      // the evidence line
    int firstLine = 0; // number of lines.first()
    QStringList lines;
};

struct ReportFindingEntry
{
    QString id;
    Severity severity = Severity::Warning;
    QString severityLabel; // translated
    QString title;
    QString message;
    QString rule;
    QString location; // "path:line", or empty
    QString scope;    // "workload web, environment prod", or empty
    QString history;  // where a secret was introduced, or empty
    QString remediation;
    QString suppression; // reason and source, for suppressed findings
    std::optional<ReportSnippet> snippet;
};

using ReportFacts = QList<std::pair<QString, QString>>; // label, value

struct ReportBlock
{
    enum class Kind
    {
        Paragraph,
        Facts,
        Table,
        Findings,
        Bullets,
        Image // SVG, drawn as vector graphics where the format allows
    };
    Kind kind = Kind::Paragraph;
    QString text; // Paragraph; the caption of an Image
    ReportTone tone = ReportTone::Plain;
    ReportFacts facts;
    ReportTable table;
    QList<ReportFindingEntry> findings;
    QStringList bullets;
    QByteArray svg;
    QSizeF svgSize; // natural size in CSS pixels
    // A long list: HTML and Markdown fold it behind `foldSummary`.
    bool foldable = false;
    QString foldSummary;
};

struct ReportSection
{
    enum class Role
    {
        Summary, // shown first and unfolded in Markdown
        Factor,
        EnvDiff,
        PortMap,
        Checklist,
        Appendix
    };
    Role role = Role::Factor;
    int level = 1; // 1: chapter (starts a page in the PDF), 2: a part of the chapter above
    QString anchor;
    QString title;
    QString statusLine; // factor sections: "fail, score 20, 3 findings"
    ReportTone tone = ReportTone::Plain;
    QList<ReportBlock> blocks;
};

struct ReportDocument
{
    QString title;          // "Twelve-factor audit"
    QString repositoryName; // the root directory's name
    QString subtitle;       // the repository root
    ReportFacts cover;      // revision, ref, date, tool version
    std::optional<int> score;
    QString scoreLabel; // "Overall score" / "42 / 100"
    QString scoreText;
    QString toolLine; // "Twelve-Factor Inspector 0.1.0"
    QString dateText; // when the audit finished, ISO date
    QString tocTitle;
    QList<ReportSection> sections;
};

ReportDocument buildReportDocument(const AuditResult &result, const ReportOptions &options);

// The twelve factor scores as a horizontal bar chart, self-contained SVG (no external fonts or
// images); `size` receives its natural size.
QByteArray factorScoreChartSvg(const AuditResult &result, QSizeF *size = nullptr);

// The translated label of a tone-carrying status, used by every writer.
QString factorStatusLabel(FactorStatus status);
QString severityLabel(Severity severity);

} // namespace tfi
