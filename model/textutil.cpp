#include "textutil.h"

#include <QHash>

#include <cmath>

namespace tfi {

QByteArray normalizedText(const QByteArray &content)
{
    QByteArray text = content;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (text.contains('\r')) {
        text.replace("\r\n", "\n");
        text.replace('\r', '\n');
    }
    return text;
}

QString decodedText(const QByteArray &content)
{
    return QString::fromUtf8(normalizedText(content));
}

QStringList textLines(const QByteArray &content)
{
    QStringList lines = decodedText(content).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList splitShellWords(const QString &commandLine)
{
    QStringList words;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && quote == u'"' && i + 1 < commandLine.size()) {
                current.append(commandLine.at(++i));
            } else {
                current.append(c);
            }
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < commandLine.size()) {
            current.append(commandLine.at(++i));
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(current);
            current.clear();
            inWord = false;
        } else {
            current.append(c);
            inWord = true;
        }
    }
    if (inWord)
        words.append(current);
    return words;
}

double shannonEntropy(const QString &text)
{
    if (text.isEmpty())
        return 0.0;
    QHash<char16_t, int> counts;
    for (const QChar c : text)
        ++counts[c.unicode()];
    double entropy = 0.0;
    const double length = double(text.size());
    for (const int count : std::as_const(counts)) {
        const double p = count / length;
        entropy -= p * std::log2(p);
    }
    return entropy;
}

} // namespace tfi
