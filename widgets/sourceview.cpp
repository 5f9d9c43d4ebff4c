#include "sourceview.h"

#include "syntaxhighlighter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

namespace tfi {

class SourceView::LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(SourceView *view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return {m_view->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintLineNumbers(event); }

private:
    SourceView *m_view;
};

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent), m_lineNumbers(new LineNumberArea(this)),
      m_highlighter(new ManifestHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateLineNumberArea);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void SourceView::showSource(const QString &path, const QString &text, int line)
{
    m_path = path;
    m_line = line;
    m_highlighter->setLanguage(ManifestHighlighter::languageForPath(path));
    setPlainText(text);
    markLine();
    if (line > 0) {
        const QTextBlock block = document()->findBlockByLineNumber(line - 1);
        QTextCursor cursor(block);
        setTextCursor(cursor);
        centerCursor();
    }
}

void SourceView::markLine()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_line > 0) {
        QTextEdit::ExtraSelection selection;
        QColor colour = palette().color(QPalette::Highlight);
        colour.setAlpha(70);
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selection.cursor = QTextCursor(document()->findBlockByLineNumber(m_line - 1));
        selections.append(selection);
    }
    setExtraSelections(selections);
}

int SourceView::lineNumberAreaWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    return 12 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_lineNumbers->setGeometry(
        QRect(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height()));
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        markLine();
        m_highlighter->rehighlight();
    }
}

void SourceView::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void SourceView::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        const int number = block.blockNumber() + 1;
        QFont font = painter.font();
        font.setBold(number == m_line);
        painter.setFont(font);
        painter.setPen(number == m_line ? palette().color(QPalette::Text)
                                        : palette().color(QPalette::PlaceholderText));
        painter.drawText(0, top, m_lineNumbers->width() - 6, height, Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(number));
        block = block.next();
        top += height;
    }
}

} // namespace tfi
