#include "markdownreport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tfi {

namespace {

constexpr int topPriorityItems = 10;

enum class Context
{
    Text,
    TableCell
};

QString code(const QString &text, Context context = Context::Text)
{
    QString single = text;
    single.replace(u'\n', u' ');
    // A code span cannot hold its own fence character reliably; fall back to escaped text.
    if (single.contains(u'`') || single.isEmpty())
        return markdownEscaped(single);
    if (context == Context::TableCell)
        single.replace(u'|', QStringLiteral("\\|"));
    return u'`' + single + u'`';
}

QString cellText(const ReportCell &cell)
{
    return cell.code ? code(cell.text, Context::TableCell) : markdownEscaped(cell.text);
}

QString toneMark(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Bad:
        return QStringLiteral("🔴");
    case ReportTone::Warning:
        return QStringLiteral("🟠");
    case ReportTone::Notice:
        return QStringLiteral("🔵");
    case ReportTone::Good:
        return QStringLiteral("🟢");
    case ReportTone::Muted:
        return QStringLiteral("⚪");
    case ReportTone::Plain:
        return {};
    }
    return {};
}

ReportTone severityTone(Severity severity)
{
    return severity == Severity::Error     ? ReportTone::Bad
           : severity == Severity::Warning ? ReportTone::Warning
                                           : ReportTone::Notice;
}

QString scoreBar(const QString &score)
{
    bool ok = false;
    const int value = score.toInt(&ok);
    if (!ok)
        return {};
    const int filled = std::clamp((value + 5) / 10, 0, 10);
    return QString(filled, QChar(0x2588)) + QString(10 - filled, QChar(0x2591));
}

class MarkdownWriter
{
public:
    QString md;

    void table(const ReportTable &table, int maxRows = -1)
    {
        md += u'|';
        for (const QString &header : table.header)
            md += u' ' + markdownEscaped(header) + QStringLiteral(" |");
        md += QStringLiteral("\n|");
        for (qsizetype i = 0; i < table.header.size(); ++i)
            md += QStringLiteral(" --- |");
        md += u'\n';
        qsizetype shown = 0;
        for (const QList<ReportCell> &row : table.rows) {
            if (maxRows >= 0 && shown == maxRows)
                break;
            ++shown;
            md += u'|';
            for (const ReportCell &cell : row) {
                const QString mark = toneMark(cell.tone);
                md += u' ' + (mark.isEmpty() || cell.code ? QString() : mark + u' ') + cellText(cell) +
                      QStringLiteral(" |");
            }
            md += u'\n';
        }
        if (shown < table.rows.size())
            md += u'\n' +
                  markdownEscaped(QCoreApplication::translate("tfi::Report", "… and %n more.", nullptr,
                                                              int(table.rows.size() - shown))) +
                  u'\n';
        md += u'\n';
    }

    void snippet(const ReportSnippet &snippet)
    {
        int longestRun = 0;
        for (const QString &line : snippet.lines) {
            int run = 0;
            for (const QChar c : line) {
                run = c == u'`' ? run + 1 : 0;
                longestRun = std::max(longestRun, run);
            }
        }
        const QString fence(std::max(3, longestRun + 1), u'`');
        md += fence + QStringLiteral("text\n");
        const int width = int(QString::number(snippet.firstLine + snippet.lines.size()).size());
        for (qsizetype i = 0; i < snippet.lines.size(); ++i) {
            const int number = snippet.firstLine + int(i);
            md += (number == snippet.line ? u'>' : u' ') + QString::number(number).rightJustified(width) +
                  QStringLiteral("  ") + snippet.lines.at(i) + u'\n';
        }
        md += fence + QStringLiteral("\n\n");
    }

    void finding(const ReportFindingEntry &finding)
    {
        md += QStringLiteral("%1 **%2 · %3**  \n")
                  .arg(toneMark(finding.suppression.isEmpty() ? severityTone(finding.severity)
                                                              : ReportTone::Muted),
                       markdownEscaped(finding.severityLabel), markdownEscaped(finding.title));
        QStringList meta;
        if (!finding.location.isEmpty())
            meta.append(code(finding.location));
        if (!finding.scope.isEmpty())
            meta.append(markdownEscaped(finding.scope));
        meta.append(code(finding.rule));
        md += meta.join(QStringLiteral(" · ")) + QStringLiteral("  \n");
        md += markdownEscaped(finding.message) + u'\n';
        if (!finding.history.isEmpty())
            md += QStringLiteral("  \n_%1_\n")
                      .arg(markdownEscaped(
                          QCoreApplication::translate("tfi::Report", "History: %1").arg(finding.history)));
        if (!finding.suppression.isEmpty())
            md += QStringLiteral("  \n_%1_\n")
                      .arg(markdownEscaped(QCoreApplication::translate("tfi::Report", "Suppressed: %1")
                                               .arg(finding.suppression)));
        md += u'\n';
        if (finding.snippet)
            snippet(*finding.snippet);
    }

    void block(const ReportBlock &block, bool allowFold)
    {
        const bool fold = allowFold && block.foldable;
        if (fold)
            md += QStringLiteral("<details><summary>%1</summary>\n\n").arg(block.foldSummary.toHtmlEscaped());
        switch (block.kind) {
        case ReportBlock::Kind::Paragraph:
            md += markdownEscaped(block.text) + QStringLiteral("\n\n");
            break;
        case ReportBlock::Kind::Facts:
            for (const auto &[label, value] : block.facts)
                md += QStringLiteral("- **%1:** %2\n").arg(markdownEscaped(label), markdownEscaped(value));
            md += u'\n';
            break;
        case ReportBlock::Kind::Table:
            table(block.table);
            break;
        case ReportBlock::Kind::Findings:
            for (const ReportFindingEntry &entry : block.findings)
                finding(entry);
            break;
        case ReportBlock::Kind::Bullets:
            if (!block.text.isEmpty())
                md += QStringLiteral("**%1**\n\n").arg(markdownEscaped(block.text));
            for (const QString &bullet : block.bullets)
                md += QStringLiteral("- ") + markdownEscaped(bullet) + u'\n';
            md += u'\n';
            break;
        case ReportBlock::Kind::Image:
            // Pull-request comments drop data: images; the HTML and PDF reports carry the picture.
            md +=
                QStringLiteral("_%1_\n\n")
                    .arg(markdownEscaped(QCoreApplication::translate(
                                             "tfi::Report", "%1: see the HTML or PDF report for the picture.")
                                             .arg(block.text)));
            break;
        }
        if (fold)
            md += QStringLiteral("</details>\n\n");
    }

    void summary(const ReportDocument &document, const ReportSection &section)
    {
        md += QStringLiteral("### %1\n\n").arg(markdownEscaped(section.title));
        for (const ReportBlock &block : section.blocks) {
            if (block.kind == ReportBlock::Kind::Paragraph) {
                this->block(block, false);
            } else if (block.kind == ReportBlock::Kind::Table && block.table.header.size() == 3) {
                // Priority groups: the top items unfolded, the rest behind a fold.
                if (block.table.rows.size() <= topPriorityItems) {
                    table(block.table);
                } else {
                    table(block.table, topPriorityItems);
                    ReportBlock rest = block;
                    rest.table.rows = block.table.rows.mid(topPriorityItems);
                    md += QStringLiteral("<details><summary>%1</summary>\n\n")
                              .arg(block.foldSummary.toHtmlEscaped());
                    table(rest.table);
                    md += QStringLiteral("</details>\n\n");
                }
            } else if (block.kind == ReportBlock::Kind::Table && block.table.header.size() == 4) {
                // The factor overview, with a bar standing in for the chart.
                ReportTable overview = block.table;
                overview.header.insert(3, QString());
                for (QList<ReportCell> &row : overview.rows)
                    row.insert(3, ReportCell{scoreBar(row.at(2).text)});
                table(overview);
            } else if (block.kind == ReportBlock::Kind::Table) {
                table(block.table);
            }
        }
        Q_UNUSED(document);
    }
};

} // namespace

QString markdownEscaped(const QString &text)
{
    QString result;
    result.reserve(text.size() + 8);
    bool lineStart = true;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '~':
        case '!':
            result += u'\\';
            result += c;
            break;
        case '#':
        case '+':
        case '-':
        case '=':
            if (lineStart)
                result += u'\\';
            result += c;
            break;
        case '>':
            result += QStringLiteral("&gt;");
            break;
        case '<':
            result += QStringLiteral("&lt;");
            break;
        case '&':
            result += QStringLiteral("&amp;");
            break;
        case '\r':
            break;
        case '\n':
            result += u' ';
            break;
        default:
            result += c;
        }
        lineStart = false;
    }
    // An ordered-list marker at the start ("1. ") would turn the text into a list.
    static const QRegularExpression listMarker(QStringLiteral(R"(^\d+([.)]) )"));
    const QRegularExpressionMatch marker = listMarker.match(result);
    if (marker.hasMatch())
        result.insert(marker.capturedStart(1), u'\\');
    return result;
}

QByteArray reportDocumentToMarkdown(const ReportDocument &document)
{
    MarkdownWriter out;
    QString &md = out.md;
    md += QStringLiteral("## %1\n\n")
              .arg(markdownEscaped(QCoreApplication::translate("tfi::Report", "%1: %2")
                                       .arg(document.title, document.repositoryName)));
    md += QStringLiteral("**%1: %2**\n\n")
              .arg(markdownEscaped(document.scoreLabel), markdownEscaped(document.scoreText));
    QStringList facts;
    for (const auto &[label, value] : document.cover) {
        if (label != document.scoreLabel)
            facts.append(QStringLiteral("%1: %2").arg(markdownEscaped(label), markdownEscaped(value)));
    }
    md += facts.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");

    // The summary first, then every detail folded.
    for (const ReportSection &section : document.sections) {
        if (section.role == ReportSection::Role::Summary)
            out.summary(document, section);
    }
    for (qsizetype index = 0; index < document.sections.size(); ++index) {
        const ReportSection &section = document.sections.at(index);
        if (section.role == ReportSection::Role::Summary)
            continue;
        const bool hasParts =
            index + 1 < document.sections.size() && document.sections.at(index + 1).level == 2;
        if (section.level == 1 && hasParts) {
            md += QStringLiteral("### %1\n\n").arg(markdownEscaped(section.title));
            for (const ReportBlock &block : section.blocks)
                out.block(block, true);
            continue;
        }
        QString summary = QStringLiteral("<b>%1</b>").arg(section.title.toHtmlEscaped());
        if (!section.statusLine.isEmpty())
            summary += QStringLiteral(" · ") + section.statusLine.toHtmlEscaped();
        const QString mark = toneMark(section.tone);
        if (!mark.isEmpty())
            summary.prepend(mark + u' ');
        md += QStringLiteral("<details><summary>%1</summary>\n\n").arg(summary);
        for (const ReportBlock &block : section.blocks) {
            // The status line is already in the summary of the fold.
            if (block.kind == ReportBlock::Kind::Paragraph && block.text == section.statusLine)
                continue;
            out.block(block, false);
        }
        md += QStringLiteral("</details>\n\n");
    }
    md += QStringLiteral("<sub>%1 · %2</sub>\n")
              .arg(document.toolLine.toHtmlEscaped(), document.dateText.toHtmlEscaped());
    return md.toUtf8();
}

QByteArray reportToMarkdown(const AuditResult &result, const ReportOptions &options)
{
    return reportDocumentToMarkdown(buildReportDocument(result, options));
}

} // namespace tfi
