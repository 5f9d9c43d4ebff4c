#include "pdfreport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextObjectInterface>
#include <QTextTable>

#include <functional>
#include <limits>

namespace tfi {

namespace {

// SVG drawn as vector graphics inside the document, through QSvgRenderer.
constexpr int svgObjectType = QTextFormat::UserObject + 1;
constexpr int svgDataProperty = QTextFormat::UserProperty + 1;
constexpr int svgSizeProperty = QTextFormat::UserProperty + 2;

class SvgTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return format.property(svgSizeProperty).toSizeF();
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        QSvgRenderer renderer(format.property(svgDataProperty).toByteArray());
        if (renderer.isValid())
            renderer.render(painter, rect);
    }
};

// Document units are CSS pixels (96 per inch); the painter scales them to the PDF's resolution.
constexpr qreal documentDpi = 96.0;
constexpr qreal headingKeepTogether = 90.0; // a heading this close to the page end moves to the next page

const QStringList &sansFamilies()
{
    static const QStringList families = {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                                         QStringLiteral("Liberation Sans"), QStringLiteral("Helvetica"),
                                         QStringLiteral("Arial")};
    return families;
}

const QStringList &monoFamilies()
{
    static const QStringList families = {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono"),
                                         QStringLiteral("Liberation Mono"), QStringLiteral("Courier New")};
    return families;
}

QColor toneForeground(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Good:
        return QColor(0x1b, 0x5e, 0x20);
    case ReportTone::Notice:
        return QColor(0x0d, 0x47, 0xa1);
    case ReportTone::Warning:
        return QColor(0x8a, 0x53, 0x00);
    case ReportTone::Bad:
        return QColor(0xb7, 0x1c, 0x1c);
    case ReportTone::Muted:
        return QColor(0x66, 0x66, 0x66);
    case ReportTone::Plain:
        break;
    }
    return QColor(0x1f, 0x1f, 0x1f);
}

QColor toneBackground(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Good:
        return QColor(0xe8, 0xf5, 0xe9);
    case ReportTone::Notice:
        return QColor(0xe3, 0xf2, 0xfd);
    case ReportTone::Warning:
        return QColor(0xff, 0xf4, 0xd6);
    case ReportTone::Bad:
        return QColor(0xfd, 0xec, 0xea);
    case ReportTone::Muted:
    case ReportTone::Plain:
        break;
    }
    return {};
}

ReportTone severityTone(Severity severity)
{
    return severity == Severity::Error     ? ReportTone::Bad
           : severity == Severity::Warning ? ReportTone::Warning
                                           : ReportTone::Notice;
}

qint64 tableRowKey(int table, int row)
{
    return (qint64(table) << 32) | qint64(row);
}

// Builds the QTextDocument for one layout pass.
class PdfDocumentBuilder
{
public:
    PdfDocumentBuilder(QTextDocument &document, const ReportDocument &report, QSizeF pageSize)
        : m_document(document), m_report(report), m_pageSize(pageSize), m_cursor(&document)
    {}

    // `tocPages`: the page of each section (from the previous pass); `breakBefore`: sections
    // whose heading must start a new page; `rowBreaks`: table rows (tableRowKey) that must start
    // a new page rather than be cut in two.
    void build(const QList<int> &tocPages, const QSet<int> &breakBefore, const QSet<qint64> &rowBreaks)
    {
        m_rowBreaks = rowBreaks;
        m_tables = 0;
        m_headingPositions.clear();
        // One edit block: the layout runs once at the end, not after every insertion.
        m_cursor.beginEditBlock();
        cover();
        toc(tocPages);
        for (qsizetype index = 0; index < m_report.sections.size(); ++index)
            section(m_report.sections.at(index), breakBefore.contains(int(index)));
        m_cursor.endEditBlock();
    }

    const QList<int> &headingPositions() const { return m_headingPositions; }

private:
    QTextCharFormat text(qreal points = 9.5, ReportTone tone = ReportTone::Plain, bool bold = false) const
    {
        QTextCharFormat format;
        format.setFontFamilies(sansFamilies());
        format.setFontPointSize(points);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        format.setForeground(toneForeground(tone));
        return format;
    }

    QTextCharFormat mono(qreal points = 8.0, ReportTone tone = ReportTone::Plain) const
    {
        QTextCharFormat format = text(points, tone);
        format.setFontFamilies(monoFamilies());
        format.setFontFixedPitch(true);
        return format;
    }

    QTextBlockFormat blockFormat(qreal top = 0, qreal bottom = 4) const
    {
        QTextBlockFormat format;
        format.setTopMargin(top);
        format.setBottomMargin(bottom);
        format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        return format;
    }

    // A new block after the current one (the document starts with one empty block).
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat)
    {
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_first = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }

    // Line breaks inside one text stay inside its block (a new block would be a new list item).
    static QString inBlock(QString content)
    {
        content.replace(u'\n', QChar::LineSeparator);
        return content;
    }

    void paragraph(const QString &content, const QTextCharFormat &format, qreal top = 0, qreal bottom = 5)
    {
        newBlock(blockFormat(top, bottom), format);
        m_cursor.insertText(inBlock(content), format);
    }

    void pageBreak()
    {
        QTextBlockFormat format = blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        newBlock(format, text());
    }

    QTextTableFormat tableFormat(int headerRows, bool borders = true) const
    {
        QTextTableFormat format;
        format.setHeaderRowCount(headerRows);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setCellSpacing(0);
        format.setCellPadding(3);
        format.setBorderCollapse(true);
        format.setBorder(borders ? 0.6 : 0);
        format.setBorderBrush(QColor(0xc8, 0xc8, 0xc8));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setTopMargin(4);
        format.setBottomMargin(8);
        return format;
    }

    void cellText(QTextTable *table, int row, int column, const QString &content,
                  const QTextCharFormat &format, const QColor &background = {},
                  Qt::Alignment alignment = Qt::AlignLeft)
    {
        QTextTableCell cell = table->cellAt(row, column);
        if (background.isValid()) {
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBackground(background);
            cell.setFormat(cellFormat);
        }
        QTextCursor cursor = cell.firstCursorPosition();
        QTextBlockFormat block = blockFormat(0, 0);
        block.setAlignment(alignment);
        cursor.setBlockFormat(block);
        cursor.insertText(inBlock(content), format);
    }

    // Inserts one logical table, cut into parts where an earlier pass found a row cut in two by a
    // page boundary: each later part starts a page and repeats the header rows. `fillRow` fills
    // the table row `row` with the body row `bodyRow`; `fillHeader` the header rows.
    void logicalTable(int bodyRows, int columns, const QTextTableFormat &format,
                      const std::function<void(QTextTable *)> &fillHeader,
                      const std::function<void(QTextTable *, int row, int bodyRow)> &fillRow)
    {
        const int ordinal = m_tables++;
        const int headerRows = format.headerRowCount();
        QList<int> starts{0};
        for (int bodyRow = 1; bodyRow < bodyRows; ++bodyRow) {
            if (m_rowBreaks.contains(tableRowKey(ordinal, bodyRow)))
                starts.append(bodyRow);
        }
        for (qsizetype part = 0; part < starts.size(); ++part) {
            const int first = starts.at(part);
            const int last = part + 1 < starts.size() ? starts.at(part + 1) : bodyRows;
            QTextTableFormat partFormat = format;
            if (part > 0 || m_rowBreaks.contains(tableRowKey(ordinal, 0)))
                partFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextTable *table = m_cursor.insertTable(headerRows + last - first, columns, partFormat);
            table->setProperty("ordinal", ordinal);
            table->setProperty("firstBodyRow", first);
            if (headerRows > 0 && fillHeader)
                fillHeader(table);
            for (int bodyRow = first; bodyRow < last; ++bodyRow)
                fillRow(table, headerRows + bodyRow - first, bodyRow);
            m_cursor = table->lastCursorPosition();
            m_cursor.movePosition(QTextCursor::NextBlock);
        }
    }

    void cover()
    {
        newBlock(blockFormat(0, 0), text());
        paragraph(m_report.title, text(26, ReportTone::Plain, true), m_pageSize.height() * 0.18, 6);
        paragraph(m_report.repositoryName, text(18, ReportTone::Plain), 0, 4);
        paragraph(m_report.subtitle, text(9, ReportTone::Muted), 0, 30);
        paragraph(m_report.scoreLabel, text(11, ReportTone::Muted), 0, 0);
        paragraph(m_report.scoreText, text(34, ReportTone::Plain, true), 0, 24);
        facts(m_report.cover);
    }

    void facts(const ReportFacts &facts)
    {
        if (facts.isEmpty())
            return;
        QTextTableFormat format = tableFormat(0, false);
        format.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 24), QTextLength(QTextLength::PercentageLength, 76)});
        logicalTable(int(facts.size()), 2, format, {}, [&](QTextTable *table, int row, int bodyRow) {
            cellText(table, row, 0, facts.at(bodyRow).first, text(9, ReportTone::Muted));
            cellText(table, row, 1, facts.at(bodyRow).second, text(9));
        });
    }

    void toc(const QList<int> &pages)
    {
        pageBreak();
        m_cursor.insertText(m_report.tocTitle, text(18, ReportTone::Plain, true));
        QTextTableFormat format = tableFormat(0, false);
        format.setCellPadding(2);
        format.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
        logicalTable(int(m_report.sections.size()), 2, format, {},
                     [&](QTextTable *table, int row, int index) {
                         const ReportSection &section = m_report.sections.at(index);
                         const bool chapter = section.level == 1;
                         const QString page =
                             index < pages.size() ? QString::number(pages.at(index)) : QStringLiteral("00");
                         QTextCharFormat entry = text(chapter ? 10.5 : 9.5, ReportTone::Plain, chapter);
                         entry.setAnchor(true);
                         entry.setAnchorHref(u'#' + section.anchor);
                         QTextTableCell cell = table->cellAt(row, 0);
                         QTextCursor cursor = cell.firstCursorPosition();
                         QTextBlockFormat block = blockFormat(chapter && index > 0 ? 5 : 0, 0);
                         block.setLeftMargin(chapter ? 0 : 18);
                         cursor.setBlockFormat(block);
                         cursor.insertText(section.title, entry);
                         cellText(table, row, 1, page, text(chapter ? 10.5 : 9.5, ReportTone::Plain, chapter),
                                  {}, Qt::AlignRight);
                     });
    }

    void section(const ReportSection &section, bool forceBreak)
    {
        const bool chapter = section.level == 1;
        QTextBlockFormat format = blockFormat(chapter ? 0 : 14, chapter ? 10 : 4);
        if (chapter || forceBreak)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCharFormat heading = text(chapter ? 18 : 13, ReportTone::Plain, true);
        heading.setAnchor(true);
        heading.setAnchorNames({section.anchor});
        newBlock(format, heading);
        m_headingPositions.append(m_cursor.block().position());
        m_cursor.insertText(section.title, heading);
        for (const ReportBlock &block : section.blocks)
            this->block(block);
    }

    void table(const ReportTable &table)
    {
        if (table.header.isEmpty())
            return;
        const int columns = int(table.header.size());
        const auto header = [&](QTextTable *textTable) {
            for (int column = 0; column < columns; ++column)
                cellText(textTable, 0, column, table.header.at(column), text(8.5, ReportTone::Plain, true),
                         QColor(0xee, 0xee, 0xee));
        };
        logicalTable(int(table.rows.size()), columns, tableFormat(1), header,
                     [&](QTextTable *textTable, int row, int bodyRow) {
                         const QList<ReportCell> &cells = table.rows.at(bodyRow);
                         for (int column = 0; column < columns && column < cells.size(); ++column) {
                             const ReportCell &cell = cells.at(column);
                             cellText(textTable, row, column, cell.text,
                                      cell.code ? mono(8, cell.tone) : text(8.5, cell.tone),
                                      toneBackground(cell.tone));
                         }
                     });
    }

    void snippet(const ReportSnippet &snippet)
    {
        QTextTableFormat format = tableFormat(0);
        format.setBackground(QColor(0xf6, 0xf6, 0xf6));
        format.setCellPadding(4);
        format.setTopMargin(2);
        format.setBottomMargin(4);
        logicalTable(1, 1, format, {}, [&](QTextTable *table, int row, int) {
            QTextCursor cursor = table->cellAt(row, 0).firstCursorPosition();
            const int width = int(QString::number(snippet.firstLine + snippet.lines.size()).size());
            for (qsizetype i = 0; i < snippet.lines.size(); ++i) {
                const int number = snippet.firstLine + int(i);
                QTextBlockFormat block;
                if (number == snippet.line)
                    block.setBackground(QColor(0xff, 0xf1, 0xb8));
                if (i > 0)
                    cursor.insertBlock(block);
                else
                    cursor.setBlockFormat(block);
                cursor.insertText(QString::number(number).rightJustified(width) + QStringLiteral("  "),
                                  mono(7.5, ReportTone::Muted));
                cursor.insertText(snippet.lines.at(i), mono(7.5));
            }
        });
    }

    void finding(const ReportFindingEntry &finding)
    {
        const ReportTone tone =
            finding.suppression.isEmpty() ? severityTone(finding.severity) : ReportTone::Muted;
        QTextBlockFormat head = blockFormat(8, 1);
        head.setLeftMargin(0);
        newBlock(head, text());
        m_cursor.insertText(finding.severityLabel.toUpper() + QStringLiteral("  "), text(8, tone, true));
        m_cursor.insertText(finding.title, text(10, ReportTone::Plain, true));
        QStringList meta;
        if (!finding.location.isEmpty())
            meta.append(finding.location);
        if (!finding.scope.isEmpty())
            meta.append(finding.scope);
        meta.append(finding.rule);
        paragraph(meta.join(QStringLiteral("  ·  ")), text(8, ReportTone::Muted), 0, 2);
        paragraph(finding.message, text(9.5), 0, 2);
        if (!finding.history.isEmpty())
            paragraph(QCoreApplication::translate("tfi::Report", "History: %1").arg(finding.history),
                      text(8.5, ReportTone::Muted), 0, 2);
        if (!finding.suppression.isEmpty())
            paragraph(QCoreApplication::translate("tfi::Report", "Suppressed: %1").arg(finding.suppression),
                      text(8.5, ReportTone::Muted), 0, 2);
        if (finding.snippet)
            snippet(*finding.snippet);
    }

    void image(const ReportBlock &block)
    {
        QSizeF size = block.svgSize.isEmpty() ? QSizeF(640, 400) : block.svgSize;
        const qreal maxWidth = m_pageSize.width();
        const qreal maxHeight = m_pageSize.height() * 0.8;
        if (size.width() > maxWidth)
            size *= maxWidth / size.width();
        if (size.height() > maxHeight)
            size *= maxHeight / size.height();
        QTextBlockFormat format = blockFormat(6, 2);
        format.setAlignment(Qt::AlignHCenter);
        newBlock(format, text());
        QTextCharFormat object;
        object.setObjectType(svgObjectType);
        object.setProperty(svgDataProperty, block.svg);
        object.setProperty(svgSizeProperty, size);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        QTextBlockFormat caption = blockFormat(0, 8);
        caption.setAlignment(Qt::AlignHCenter);
        newBlock(caption, text(8.5, ReportTone::Muted));
        m_cursor.insertText(block.text, text(8.5, ReportTone::Muted));
    }

    void block(const ReportBlock &block)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Paragraph:
            paragraph(block.text, text(9.5, block.tone), 2, 5);
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
        case ReportBlock::Kind::Bullets: {
            if (!block.text.isEmpty())
                paragraph(block.text, text(10, ReportTone::Plain, true), 8, 3);
            QTextListFormat list;
            list.setStyle(QTextListFormat::ListDisc);
            list.setIndent(1);
            QTextList *textList = nullptr;
            for (const QString &bullet : block.bullets) {
                newBlock(blockFormat(0, 2), text(9.5));
                if (textList)
                    textList->add(m_cursor.block());
                else
                    textList = m_cursor.createList(list);
                m_cursor.insertText(inBlock(bullet.trimmed()), text(9.5));
            }
            // The next block must not continue the list.
            newBlock(blockFormat(0, 2), text());
            break;
        }
        case ReportBlock::Kind::Image:
            image(block);
            break;
        }
    }

    QTextDocument &m_document;
    const ReportDocument &m_report;
    QSizeF m_pageSize;
    QTextCursor m_cursor;
    bool m_first = true;
    QList<int> m_headingPositions;
    QSet<qint64> m_rowBreaks;
    int m_tables = 0;
};

// What one layout pass found: the page of each heading, and the first place (in reading order)
// where a page boundary falls badly.
struct Measurement
{
    QList<int> pages;           // the page (1-based) of each section heading
    std::optional<int> heading; // a heading left alone at the foot of a page
    std::optional<qint64> row;  // a table row cut in two (tableRowKey)
};

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

Measurement measure(QTextDocument &document, const QList<int> &headingPositions, qreal pageHeight)
{
    Measurement measurement;
    qreal firstProblem = std::numeric_limits<qreal>::max();
    QAbstractTextDocumentLayout *documentLayout = document.documentLayout();
    for (qsizetype index = 0; index < headingPositions.size(); ++index) {
        const QTextBlock block = document.findBlock(headingPositions.at(index));
        const QRectF rect = documentLayout->blockBoundingRect(block);
        const int page = int(rect.top() / pageHeight);
        measurement.pages.append(page + 1);
        if ((page + 1) * pageHeight - rect.bottom() < headingKeepTogether && rect.top() < firstProblem) {
            firstProblem = rect.top();
            measurement.heading = int(index);
        }
    }
    QList<QTextTable *> tables;
    collectTables(document.rootFrame(), tables);
    for (QTextTable *table : std::as_const(tables)) {
        const int ordinal = table->property("ordinal").toInt();
        const int firstBodyRow = table->property("firstBodyRow").toInt();
        const int headerRows = table->format().headerRowCount();
        for (int row = headerRows; row < table->rows(); ++row) {
            qreal top = std::numeric_limits<qreal>::max();
            qreal bottom = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                const QTextBlock first = document.findBlock(cell.firstPosition());
                const QTextBlock last = document.findBlock(cell.lastPosition());
                top = std::min(top, documentLayout->blockBoundingRect(first).top());
                bottom = std::max(bottom, documentLayout->blockBoundingRect(last).bottom());
            }
            // A row taller than most of a page has to be cut anyway.
            if (bottom > top && bottom - top < pageHeight * 0.8 &&
                int(top / pageHeight) != int((bottom - 0.5) / pageHeight) && top < firstProblem) {
                firstProblem = top;
                measurement.heading.reset();
                measurement.row = tableRowKey(ordinal, firstBodyRow + row - headerRows);
            }
        }
    }
    if (measurement.heading)
        measurement.row.reset();
    return measurement;
}

void paintPageFurniture(QPainter &painter, const QRectF &page, const QMarginsF &margins, qreal dotsPerPoint,
                        const ReportDocument &report, int pageNumber, int pageCount)
{
    painter.save();
    QFont font;
    font.setFamilies(sansFamilies());
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const qreal left = margins.left();
    const qreal right = page.width() - margins.right();
    const qreal lineHeight = QFontMetricsF(font, painter.device()).height();
    const qreal headerBaseline = margins.top() - 10 * dotsPerPoint;
    const QRectF header(left, headerBaseline - lineHeight, right - left, lineHeight);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, report.repositoryName);
    painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, report.title);
    painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5 * dotsPerPoint));
    painter.drawLine(QPointF(left, headerBaseline + 3 * dotsPerPoint),
                     QPointF(right, headerBaseline + 3 * dotsPerPoint));
    const qreal footerTop = page.height() - margins.bottom() + 10 * dotsPerPoint;
    painter.drawLine(QPointF(left, footerTop - 3 * dotsPerPoint),
                     QPointF(right, footerTop - 3 * dotsPerPoint));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QRectF footer(left, footerTop, right - left, lineHeight);
    painter.drawText(
        footer, Qt::AlignLeft | Qt::AlignTop,
        QCoreApplication::translate("tfi::Report", "%1 · %2").arg(report.toolLine, report.dateText));
    painter.drawText(
        footer, Qt::AlignRight | Qt::AlignTop,
        QCoreApplication::translate("tfi::Report", "Page %1 of %2").arg(pageNumber).arg(pageCount));
    painter.restore();
}

} // namespace

QPageSize::PageSizeId pageSizeForTerritory(QLocale::Territory territory)
{
    switch (territory) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

bool writePdfReport(const AuditResult &result, const ReportOptions &options, QIODevice *out, QString *error)
{
    if (!out || !out->isWritable()) {
        if (error)
            *error = QCoreApplication::translate("tfi::Report", "the output is not open for writing");
        return false;
    }
    const ReportDocument report = buildReportDocument(result, options);

    QPdfWriter writer(out);
    writer.setResolution(1200);
    writer.setTitle(
        QCoreApplication::translate("tfi::Report", "%1: %2").arg(report.title, report.repositoryName));
    writer.setCreator(report.toolLine);
    const QMarginsF marginsMm(18, 22, 18, 20);
    QPageLayout pageLayout(QPageSize(pageSizeForTerritory(QLocale().territory())), QPageLayout::Portrait,
                           marginsMm, QPageLayout::Millimeter);
    pageLayout.setMode(QPageLayout::FullPageMode);
    if (!writer.setPageLayout(pageLayout)) {
        if (error)
            *error = QCoreApplication::translate("tfi::Report", "the page layout is not supported");
        return false;
    }

    const qreal dpi = writer.resolution();
    const qreal scale = dpi / documentDpi;
    const QRectF pageRect(QPointF(0, 0), pageLayout.fullRectPoints().size() * (dpi / 72.0));
    const QMarginsF margins = pageLayout.marginsPoints() * (dpi / 72.0);
    const QRectF bodyRect = pageRect.marginsRemoved(margins);
    const QSizeF documentPageSize = bodyRect.size() / scale;

    SvgTextObject svgHandler;
    QTextDocument document;
    QList<int> tocPages;
    QSet<int> breakBefore;
    QSet<qint64> rowBreaks;
    // Lay out, fix the first bad page boundary (a heading alone at the foot of a page, a table row
    // cut in two) and lay out again: what comes before a fix never moves. A last pass puts the
    // final page numbers into the table of contents.
    constexpr int maxPasses = 60;
    for (int pass = 0; pass < maxPasses; ++pass) {
        const bool mayFix = pass < maxPasses - 2; // the last passes only settle the page numbers
        document.clear();
        document.setUseDesignMetrics(true);
        document.setDocumentMargin(0);
        document.setPageSize(documentPageSize);
        QFont defaultFont;
        defaultFont.setFamilies(sansFamilies());
        defaultFont.setPointSizeF(9.5);
        document.setDefaultFont(defaultFont);
        document.documentLayout()->registerHandler(svgObjectType, &svgHandler);
        PdfDocumentBuilder builder(document, report, documentPageSize);
        builder.build(tocPages, breakBefore, rowBreaks);
        const Measurement measured = measure(document, builder.headingPositions(), documentPageSize.height());
        if (mayFix && measured.heading && !breakBefore.contains(*measured.heading)) {
            breakBefore.insert(*measured.heading);
            continue;
        }
        if (mayFix && measured.row && !rowBreaks.contains(*measured.row)) {
            rowBreaks.insert(*measured.row);
            continue;
        }
        if (measured.pages == tocPages)
            break;
        tocPages = measured.pages;
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("tfi::Report", "cannot start the PDF");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const int pageCount = document.pageCount();
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0 && !writer.newPage()) {
            if (error)
                *error = QCoreApplication::translate("tfi::Report", "cannot add a page to the PDF");
            painter.end();
            return false;
        }
        painter.save();
        painter.translate(bodyRect.topLeft());
        painter.scale(scale, scale);
        const QRectF clip(0, page * documentPageSize.height(), documentPageSize.width(),
                          documentPageSize.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // A line that starts exactly at the next page's top touches this page's clip; drawn clipped
        // it would be invisible but still in the PDF's text, on the wrong page.
        context.clip = clip.adjusted(0, 0.5, 0, -0.5);
        context.palette.setColor(QPalette::Text, QColor(0x1f, 0x1f, 0x1f));
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintPageFurniture(painter, pageRect, margins, dpi / 72.0, report, page + 1, pageCount);
    }
    if (!painter.end()) {
        if (error)
            *error = QCoreApplication::translate("tfi::Report", "cannot finish the PDF");
        return false;
    }
    return true;
}

} // namespace tfi

#include "pdfreport.moc"
