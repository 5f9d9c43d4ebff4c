#include "dotenvparser.h"

#include "../textutil.h"

#include <QCoreApplication>

namespace tfi {

namespace {

// Beyond this many malformed lines (binary or hostile input) one summary stands for the rest.
constexpr int maxReportedProblems = 100;

bool isKeyStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

bool isKeyChar(QChar c)
{
    return isKeyStart(c) || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

class DotenvReader
{
public:
    DotenvReader(const QString &path, const QString &text, Diagnostics &diagnostics)
        : m_path(path), m_text(text), m_diagnostics(diagnostics)
    {}

    QList<EnvVar> read()
    {
        while (m_pos < m_text.size())
            readLine();
        if (m_problems > maxReportedProblems) {
            m_diagnostics.append(
                {{m_path, m_line, 0},
                 DiagnosticSeverity::Warning,
                 QCoreApplication::translate("tfi::DotenvParser", "%1 more malformed lines were not reported")
                     .arg(m_problems - maxReportedProblems)});
        }
        return m_entries;
    }

private:
    QChar at(qsizetype pos) const { return pos < m_text.size() ? m_text.at(pos) : QChar(); }

    qsizetype lineEnd(qsizetype from) const
    {
        const qsizetype end = m_text.indexOf(u'\n', from);
        return end < 0 ? m_text.size() : end;
    }

    // Moves to the start of the next line.
    void nextLine()
    {
        const qsizetype end = lineEnd(m_pos);
        m_pos = end + 1;
        ++m_line;
    }

    void problem(int line, const QString &message)
    {
        ++m_problems;
        if (m_problems <= maxReportedProblems)
            m_diagnostics.append({{m_path, line, 0}, DiagnosticSeverity::Warning, message});
    }

    void skipBlanks()
    {
        while (m_pos < m_text.size() && isBlank(m_text.at(m_pos)))
            ++m_pos;
    }

    // True when only blanks or a comment remain on the current line.
    bool restOfLineIsEmpty(qsizetype pos) const
    {
        while (pos < m_text.size() && isBlank(m_text.at(pos)))
            ++pos;
        return pos >= m_text.size() || m_text.at(pos) == u'\n' || m_text.at(pos) == u'#';
    }

    void readLine()
    {
        const qsizetype lineStart = m_pos;
        skipBlanks();
        if (m_pos >= m_text.size() || at(m_pos) == u'\n' || at(m_pos) == u'#') {
            nextLine();
            return;
        }
        if (m_text.mid(m_pos, 6) == u"export" && isBlank(at(m_pos + 6))) {
            m_pos += 6;
            skipBlanks();
        }
        const int keyLine = m_line;
        const int keyColumn = int(m_pos - lineStart) + 1;
        const qsizetype keyStart = m_pos;
        if (at(m_pos) == u'=') {
            problem(keyLine, QCoreApplication::translate("tfi::DotenvParser",
                                                         "the line has a value but no variable name"));
            nextLine();
            return;
        }
        if (!isKeyStart(at(m_pos))) {
            problem(keyLine, QCoreApplication::translate("tfi::DotenvParser",
                                                         "the line does not start with a variable name"));
            nextLine();
            return;
        }
        while (m_pos < m_text.size() && isKeyChar(m_text.at(m_pos)))
            ++m_pos;
        EnvVar entry;
        entry.name = m_text.mid(keyStart, m_pos - keyStart);
        entry.location = {m_path, keyLine, keyColumn};
        skipBlanks();
        if (m_pos >= m_text.size() || at(m_pos) == u'\n' || at(m_pos) == u'#') {
            entry.kind = ValueKind::Unset;
            m_entries.append(entry);
            nextLine();
            return;
        }
        if (at(m_pos) != u'=') {
            problem(keyLine,
                    QCoreApplication::translate(
                        "tfi::DotenvParser", "the variable name \"%1\" is followed by text that is not \"=\"")
                        .arg(entry.name));
            nextLine();
            return;
        }
        ++m_pos;
        skipBlanks();
        const QChar first = at(m_pos);
        if (first == u'"' || first == u'\'' || first == u'`') {
            if (!readQuoted(first, entry.value)) {
                problem(keyLine,
                        QCoreApplication::translate("tfi::DotenvParser",
                                                    "the value of %1 opens a quote that is never closed")
                            .arg(entry.name));
                m_pos = lineStart;
                m_line = keyLine;
                nextLine();
                return;
            }
            if (!restOfLineIsEmpty(m_pos))
                problem(m_line, QCoreApplication::translate("tfi::DotenvParser",
                                                            "unexpected text after the closing quote of %1")
                                    .arg(entry.name));
            m_entries.append(entry);
            nextLine();
            return;
        }
        entry.value = readUnquoted();
        m_entries.append(entry);
        nextLine();
    }

    QString readUnquoted()
    {
        const qsizetype end = lineEnd(m_pos);
        qsizetype valueEnd = end;
        for (qsizetype i = m_pos; i < end; ++i) {
            // " #" starts a comment; "a#b" is part of the value
            if (m_text.at(i) == u'#' && i > m_pos && isBlank(m_text.at(i - 1))) {
                valueEnd = i;
                break;
            }
        }
        const QString value = m_text.mid(m_pos, valueEnd - m_pos).trimmed();
        m_pos = end;
        return value;
    }

    // Reads a quoted value that may span lines; leaves m_pos after the closing quote.
    bool readQuoted(QChar quote, QString &value)
    {
        const int quoteIndex = quote == u'"' ? 0 : quote == u'\'' ? 1 : 2;
        // A quote that found no closing quote up to the end leaves none for later openings either.
        if (m_unclosedFrom[quoteIndex] >= 0 && m_pos >= m_unclosedFrom[quoteIndex])
            return false;
        const qsizetype open = m_pos;
        qsizetype pos = m_pos + 1;
        int line = m_line;
        QString result;
        while (pos < m_text.size()) {
            const QChar c = m_text.at(pos);
            if (c == quote) {
                value = result;
                m_pos = pos + 1;
                m_line = line;
                return true;
            }
            if (c == u'\n')
                ++line;
            if (c == u'\\' && quote == u'"' && pos + 1 < m_text.size()) {
                const QChar next = m_text.at(pos + 1);
                if (next == u'n')
                    result.append(u'\n');
                else if (next == u't')
                    result.append(u'\t');
                else if (next == u'r')
                    result.append(u'\r');
                else if (next == u'"' || next == u'\\')
                    result.append(next);
                else {
                    result.append(c);
                    result.append(next);
                }
                if (next == u'\n')
                    ++line;
                pos += 2;
                continue;
            }
            result.append(c);
            ++pos;
        }
        m_unclosedFrom[quoteIndex] = open;
        return false;
    }

    const QString &m_path;
    const QString &m_text;
    Diagnostics &m_diagnostics;
    QList<EnvVar> m_entries;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_problems = 0;
    qsizetype m_unclosedFrom[3] = {-1, -1, -1};
};

const QStringList &templateSuffixes()
{
    static const QStringList suffixes = {
        QStringLiteral(".example"), QStringLiteral(".sample"),   QStringLiteral(".template"),
        QStringLiteral(".dist"),    QStringLiteral(".tpl"),      QStringLiteral("-sample"),
        QStringLiteral("-example"), QStringLiteral("-template"), QStringLiteral("-dist"),
    };
    return suffixes;
}

QString baseName(const QString &fileName)
{
    const qsizetype slash = fileName.lastIndexOf(u'/');
    return slash < 0 ? fileName : fileName.mid(slash + 1);
}

// "prod" from .env.prod, prod.env, .env.prod.example; "production" from .env.production.local.
QString environmentHint(const QString &fileName)
{
    QString name = baseName(fileName).toLower();
    for (const QString &suffix : templateSuffixes()) {
        if (name.endsWith(suffix) && name.size() > suffix.size()) {
            name.chop(suffix.size());
            break;
        }
    }
    if (name.endsWith(u".local"))
        name.chop(6);
    if (name == u".env" || name == u"env")
        return {};
    if (name.startsWith(u".env."))
        return name.mid(5);
    if (name.startsWith(u".env-") || name.startsWith(u".env_"))
        return name.mid(5);
    if (name.endsWith(u".env")) {
        name.chop(4);
        return name.startsWith(u'.') ? name.mid(1) : name;
    }
    return {};
}

} // namespace

void parseDotenv(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    if (!file.isText()) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Warning,
             QCoreApplication::translate("tfi::DotenvParser",
                                         "the dotenv file is not a readable text file; skipped")});
        return;
    }
    if (file.size > context.limits.maxFileSize) {
        out.diagnostics.append({{file.path, 0, 0},
                                DiagnosticSeverity::Warning,
                                QCoreApplication::translate(
                                    "tfi::DotenvParser", "the dotenv file is larger than %1 bytes; skipped")
                                    .arg(context.limits.maxFileSize)});
        return;
    }
    DotenvFile dotenv;
    dotenv.path = file.path;
    dotenv.isTemplate = isDotenvTemplateName(file.fileName());
    dotenv.environmentHint = environmentHint(file.fileName());
    dotenv.entries = parseDotenvEntries(file.path, file.content, out.diagnostics);
    if (dotenv.isTemplate) {
        for (EnvVar &entry : dotenv.entries) {
            if (entry.value.isEmpty())
                entry.kind = ValueKind::Unset;
        }
    }
    out.dotenvFiles.append(dotenv);
}

QList<EnvVar> parseDotenvEntries(const QString &path, const QByteArray &content, Diagnostics &diagnostics)
{
    const QString text = decodedText(content);
    return DotenvReader(path, text, diagnostics).read();
}

bool isDotenvTemplateName(const QString &fileName)
{
    const QString name = baseName(fileName).toLower();
    for (const QString &suffix : templateSuffixes()) {
        if (name.endsWith(suffix) && name.size() > suffix.size())
            return true;
    }
    return false;
}

} // namespace tfi
