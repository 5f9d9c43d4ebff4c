#include "htmlreport.h"

#include <QCoreApplication>

namespace tfi {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString toneClass(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Plain:
        return {};
    case ReportTone::Good:
        return QStringLiteral("good");
    case ReportTone::Notice:
        return QStringLiteral("notice");
    case ReportTone::Warning:
        return QStringLiteral("warning");
    case ReportTone::Bad:
        return QStringLiteral("bad");
    case ReportTone::Muted:
        return QStringLiteral("muted");
    }
    return {};
}

QString classAttribute(const QString &classes)
{
    const QString trimmed = classes.simplified();
    return trimmed.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(trimmed);
}

const QString &styleSheet()
{
    static const QString css = QStringLiteral(R"(
:root { --bad: #b71c1c; --bad-bg: #fdecea; --warning: #8a5300; --warning-bg: #fff4d6;
        --good: #1b5e20; --good-bg: #e8f5e9; --notice: #0d47a1; --notice-bg: #e3f2fd;
        --muted: #666666; --line: #d8d8d8; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 15px;
       line-height: 1.45; color: #1f1f1f; max-width: 1000px; margin: 0 auto; padding: 24px; }
code, pre, .code { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 13px; }
h1 { font-size: 30px; margin: 0 0 4px; }
h2 { font-size: 23px; border-bottom: 2px solid #333333; padding-bottom: 4px; margin-top: 40px; }
h3 { font-size: 18px; margin-top: 28px; }
h4 { font-size: 15px; margin: 0 0 4px; }
a { color: #0d47a1; }
.cover { border: 1px solid var(--line); border-radius: 8px; padding: 24px; margin-bottom: 24px; }
.cover .subtitle { color: var(--muted); margin: 0 0 16px; word-break: break-all; }
.score { font-size: 40px; font-weight: bold; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; word-break: break-all; }
nav.toc ol { padding-left: 22px; }
nav.toc li { margin: 2px 0; }
table { border-collapse: collapse; width: 100%; margin: 10px 0 16px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #f2f2f2; }
td.good { background: var(--good-bg); color: var(--good); }
td.bad { background: var(--bad-bg); color: var(--bad); }
td.warning { background: var(--warning-bg); color: var(--warning); }
td.notice { background: var(--notice-bg); color: var(--notice); }
td.muted { color: var(--muted); }
p.good { color: var(--good); } p.bad { color: var(--bad); } p.warning { color: var(--warning); }
p.notice { color: var(--notice); } p.muted { color: var(--muted); }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 12px; font-weight: bold;
         text-transform: uppercase; margin-right: 6px; }
.badge.bad { background: var(--bad); color: #ffffff; }
.badge.warning { background: #ef8f00; color: #ffffff; }
.badge.notice { background: var(--notice); color: #ffffff; }
.badge.good { background: var(--good); color: #ffffff; }
.badge.muted { background: #9e9e9e; color: #ffffff; }
article.finding { border-left: 4px solid var(--line); padding: 6px 12px; margin: 10px 0;
                  break-inside: avoid; }
article.finding.bad { border-color: var(--bad); }
article.finding.warning { border-color: #ef8f00; }
article.finding.notice { border-color: var(--notice); }
article.finding p { margin: 4px 0; }
article.finding p, li, td { white-space: pre-line; }
.meta, .history, .suppression { color: var(--muted); font-size: 13px; }
pre.snippet { background: #f6f6f6; border: 1px solid var(--line); padding: 6px 0; overflow-x: auto;
              white-space: pre-wrap; margin: 6px 0; }
pre.snippet .line { display: block; padding: 0 8px; }
pre.snippet .line.hit { background: #fff1b8; }
pre.snippet .ln { display: inline-block; min-width: 3em; color: #888888; user-select: none; }
figure { margin: 12px 0; }
figure svg, figure img { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 13px; }
details { margin: 8px 0; }
summary { cursor: pointer; font-weight: bold; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line);
         padding-top: 8px; }
@media print {
  @page { margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.toc a, a { color: inherit; text-decoration: none; }
  section.chapter { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, pre.snippet, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  summary { display: none; }
  .cover { border: none; }
}
)");
    return css;
}

// Opens folded lists before printing, so that paper shows everything.
const QString &printScript()
{
    static const QString script =
        QStringLiteral("window.addEventListener('beforeprint', function () { "
                       "document.querySelectorAll('details').forEach(function (d) { d.open = true; }); });");
    return script;
}

class HtmlWriter
{
public:
    QString html;

    void facts(const ReportFacts &facts)
    {
        html += QStringLiteral("<dl class=\"facts\">");
        for (const auto &[label, value] : facts)
            html += QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(escaped(label), escaped(value));
        html += QStringLiteral("</dl>\n");
    }

    void table(const ReportTable &table)
    {
        html += QStringLiteral("<table><thead><tr>");
        for (const QString &header : table.header)
            html += QStringLiteral("<th>%1</th>").arg(escaped(header));
        html += QStringLiteral("</tr></thead><tbody>\n");
        for (const QList<ReportCell> &row : table.rows) {
            html += QStringLiteral("<tr>");
            for (const ReportCell &cell : row) {
                const QString text = cell.code ? QStringLiteral("<code>%1</code>").arg(escaped(cell.text))
                                               : escaped(cell.text);
                html += QStringLiteral("<td%1>%2</td>").arg(classAttribute(toneClass(cell.tone)), text);
            }
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody></table>\n");
    }

    void snippet(const ReportSnippet &snippet)
    {
        html += QStringLiteral("<pre class=\"snippet\">");
        for (qsizetype i = 0; i < snippet.lines.size(); ++i) {
            const int number = snippet.firstLine + int(i);
            html += QStringLiteral("<span class=\"line%1\"><span class=\"ln\">%2</span>%3</span>")
                        .arg(number == snippet.line ? QStringLiteral(" hit") : QString())
                        .arg(number)
                        .arg(escaped(snippet.lines.at(i)));
        }
        html += QStringLiteral("</pre>\n");
    }

    void finding(const ReportFindingEntry &finding)
    {
        const QString tone = toneClass(finding.suppression.isEmpty()
                                           ? (finding.severity == Severity::Error     ? ReportTone::Bad
                                              : finding.severity == Severity::Warning ? ReportTone::Warning
                                                                                      : ReportTone::Notice)
                                           : ReportTone::Muted);
        html +=
            QStringLiteral("<article class=\"finding %1\" id=\"finding-%2\">").arg(tone, escaped(finding.id));
        html += QStringLiteral("<h4><span class=\"badge %1\">%2</span>%3</h4>")
                    .arg(tone, escaped(finding.severityLabel), escaped(finding.title));
        QStringList meta;
        if (!finding.location.isEmpty())
            meta.append(QStringLiteral("<code>%1</code>").arg(escaped(finding.location)));
        if (!finding.scope.isEmpty())
            meta.append(escaped(finding.scope));
        meta.append(QStringLiteral("<code>%1</code>").arg(escaped(finding.rule)));
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(meta.join(QStringLiteral(" · ")));
        html += QStringLiteral("<p>%1</p>").arg(escaped(finding.message));
        if (!finding.history.isEmpty())
            html += QStringLiteral("<p class=\"history\">%1</p>")
                        .arg(escaped(
                            QCoreApplication::translate("tfi::Report", "History: %1").arg(finding.history)));
        if (!finding.suppression.isEmpty())
            html += QStringLiteral("<p class=\"suppression\">%1</p>")
                        .arg(escaped(QCoreApplication::translate("tfi::Report", "Suppressed: %1")
                                         .arg(finding.suppression)));
        if (finding.snippet)
            snippet(*finding.snippet);
        html += QStringLiteral("</article>\n");
    }

    void image(const ReportBlock &block)
    {
        html += QStringLiteral("<figure>");
        QByteArray svg = block.svg;
        // Our own chart goes inline; SVG from elsewhere (DOCTYPE, comments) goes in as a data: image.
        if (svg.startsWith("<svg ")) {
            html += QString::fromUtf8(svg);
        } else {
            html += QStringLiteral("<img alt=\"%1\" width=\"%2\" src=\"data:image/svg+xml;base64,%3\"/>")
                        .arg(escaped(block.text))
                        .arg(qRound(block.svgSize.width()))
                        .arg(QString::fromLatin1(svg.toBase64()));
        }
        html += QStringLiteral("<figcaption>%1</figcaption></figure>\n").arg(escaped(block.text));
    }

    void block(const ReportBlock &block)
    {
        if (block.foldable)
            html += QStringLiteral("<details><summary>%1</summary>\n").arg(escaped(block.foldSummary));
        switch (block.kind) {
        case ReportBlock::Kind::Paragraph:
            html += QStringLiteral("<p%1>%2</p>\n")
                        .arg(classAttribute(toneClass(block.tone)), escaped(block.text));
            break;
        case ReportBlock::Kind::Facts:
            facts(block.facts);
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
                html += QStringLiteral("<h4>%1</h4>").arg(escaped(block.text));
            html += QStringLiteral("<ul%1>").arg(classAttribute(toneClass(block.tone)));
            for (const QString &bullet : block.bullets)
                html += QStringLiteral("<li>%1</li>").arg(escaped(bullet));
            html += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::Kind::Image:
            image(block);
            break;
        }
        if (block.foldable)
            html += QStringLiteral("</details>\n");
    }
};

} // namespace

QByteArray reportDocumentToHtml(const ReportDocument &document, const QString &language)
{
    HtmlWriter out;
    QString &html = out.html;
    const QString lang = language.isEmpty() ? QStringLiteral("en") : language.section(u'_', 0, 0);
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">\n<head>\n"
                       "<meta charset=\"utf-8\"/>\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                       "<meta name=\"generator\" content=\"%2\"/>\n"
                       "<title>%3</title>\n<style>%4</style>\n<script>%5</script>\n</head>\n<body>\n")
            .arg(escaped(lang), escaped(document.toolLine),
                 escaped(QCoreApplication::translate("tfi::Report", "%1: %2")
                             .arg(document.title, document.repositoryName)),
                 styleSheet(), printScript());

    // 1. Cover
    html += QStringLiteral("<header class=\"cover\" id=\"cover\"><h1>%1</h1><p class=\"subtitle\">%2</p>")
                .arg(escaped(QCoreApplication::translate("tfi::Report", "%1: %2")
                                 .arg(document.title, document.repositoryName)),
                     escaped(document.subtitle));
    html += QStringLiteral("<div class=\"score\">%1</div>").arg(escaped(document.scoreText));
    out.facts(document.cover);
    html += QStringLiteral("</header>\n");

    // Table of contents
    html += QStringLiteral("<nav class=\"toc\"><h2>%1</h2><ol>").arg(escaped(document.tocTitle));
    bool nested = false;
    bool open = false;
    for (const ReportSection &section : document.sections) {
        const QString link =
            QStringLiteral("<a href=\"#%1\">%2</a>").arg(escaped(section.anchor), escaped(section.title));
        if (section.level == 1) {
            if (nested)
                html += QStringLiteral("</ol>");
            if (open)
                html += QStringLiteral("</li>");
            nested = false;
            html += QStringLiteral("<li>") + link;
            open = true;
        } else {
            if (!nested)
                html += QStringLiteral("<ol>");
            nested = true;
            html += QStringLiteral("<li>%1</li>").arg(link);
        }
    }
    if (nested)
        html += QStringLiteral("</ol>");
    if (open)
        html += QStringLiteral("</li>");
    html += QStringLiteral("</ol></nav>\n");

    bool inChapter = false;
    for (const ReportSection &section : document.sections) {
        if (section.level == 1) {
            if (inChapter)
                html += QStringLiteral("</section>\n");
            html += QStringLiteral("<section class=\"chapter\" id=\"%1\"><h2>%2</h2>\n")
                        .arg(escaped(section.anchor), escaped(section.title));
            inChapter = true;
        } else {
            html += QStringLiteral("<section id=\"%1\"><h3>%2</h3>\n")
                        .arg(escaped(section.anchor), escaped(section.title));
        }
        for (const ReportBlock &block : section.blocks)
            out.block(block);
        if (section.level != 1)
            html += QStringLiteral("</section>\n");
    }
    if (inChapter)
        html += QStringLiteral("</section>\n");
    html += QStringLiteral("<footer>%1 · %2</footer>\n</body>\n</html>\n")
                .arg(escaped(document.toolLine), escaped(document.dateText));
    return html.toUtf8();
}

QByteArray reportToHtml(const AuditResult &result, const ReportOptions &options)
{
    return reportDocumentToHtml(buildReportDocument(result, options), options.language);
}

} // namespace tfi
