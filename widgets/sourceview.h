#pragma once

#include <QPlainTextEdit>

namespace tfi {

class ManifestHighlighter;

// Read-only view of one repository file with line numbers, syntax highlighting and the evidence
// line highlighted. The text it is given must already be redacted.
class SourceView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);

    // Shows `text` (already redacted) of `path`, highlighting `line` (1-based, 0: none).
    void showSource(const QString &path, const QString &text, int line);
    QString path() const { return m_path; }
    int highlightedLine() const { return m_line; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class LineNumberArea;
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    void updateLineNumberArea(const QRect &rect, int dy);
    void markLine();

    LineNumberArea *m_lineNumbers;
    ManifestHighlighter *m_highlighter;
    QString m_path;
    int m_line = 0;
};

} // namespace tfi
