#include "dockerfileparser.h"

#include "../textutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

// Reads a Dockerfile the way BuildKit's Dockerfile frontend does: parser directives, line
// continuations with the escape character, heredocs, builder flags, JSON (exec) or shell form,
// then the per-stage image configuration (ENV, ARG, EXPOSE, CMD, ENTRYPOINT, ...) with
// FROM <earlier stage> inheriting that stage's configuration.

namespace tfi {

namespace {

// Beyond this many problems (hostile or binary input) one summary stands for the rest.
constexpr int maxReportedProblems = 100;
// EXPOSE ranges are expanded up to this many ports per stage.
constexpr int maxExposedPorts = 1024;
// Nested ${a:-${b:-...}} deeper than this is kept as written.
constexpr int maxExpansionDepth = 16;
// Copying inherited state between stages is bounded so that long FROM chains stay linear.
constexpr qsizetype maxInheritedItems = 50000;
// Beyond this many stages an earlier stage's settings are released once the next stage starts.
constexpr qsizetype maxTrackedStages = 1000;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\v' || c == u'\f' || c == u'\r';
}

bool isSpace(QChar c)
{
    return isBlank(c) || c == u'\n' || c.isSpace();
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isNameStart(QChar c)
{
    return isAsciiLetter(c) || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || isAsciiDigit(c);
}

qsizetype skipBlanks(const QString &text, qsizetype pos)
{
    while (pos < text.size() && isBlank(text.at(pos)))
        ++pos;
    return pos;
}

bool isCommentLine(const QString &line)
{
    const qsizetype pos = skipBlanks(line, 0);
    return pos < line.size() && line.at(pos) == u'#';
}

bool isBlankLine(const QString &line)
{
    return skipBlanks(line, 0) == line.size();
}

// A name that is safe to repeat in a message: a short identifier, never a value.
bool isPrintableName(const QString &text)
{
    if (text.isEmpty() || text.size() > 40)
        return false;
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return isNameChar(c) || c == u'-' || c == u'.'; });
}

bool looksBinary(const QByteArray &content)
{
    if (content.contains('\0'))
        return true;
    const QString sample = QString::fromUtf8(content.left(8192));
    qsizetype suspicious = 0;
    for (const QChar c : sample) {
        if (c == QChar::ReplacementCharacter || (c.unicode() < 0x20 && !isSpace(c)))
            ++suspicious;
    }
    return !sample.isEmpty() && suspicious * 10 > sample.size();
}

// One instruction after continuation lines are joined: the text and where each joined piece
// came from, so that any offset in the text maps back to a file line and column.
struct LogicalLine
{
    struct Piece
    {
        qsizetype offset; // where the piece starts in `text`
        int line;
        int column; // column of that first character in the file
    };
    QString text;
    QList<Piece> pieces;

    Location at(const QString &path, qsizetype offset) const
    {
        auto it = std::upper_bound(pieces.cbegin(), pieces.cend(), offset,
                                   [](qsizetype value, const Piece &piece) { return value < piece.offset; });
        if (it != pieces.cbegin())
            --it;
        return {path, it->line, it->column + int(offset - it->offset)};
    }
};

struct Word
{
    QString text; // quotes and escapes kept as written
    qsizetype offset = 0;
};

// BuildKit's parseWords: whitespace-separated words, quotes and escapes kept raw.
QList<Word> splitRawWords(const QString &text, qsizetype from, QChar escape)
{
    QList<Word> words;
    QString word;
    qsizetype start = -1;
    QChar quote;
    bool blankOk = false;
    auto flush = [&] {
        if (start >= 0 && (blankOk || !word.isEmpty()))
            words.append({word, start});
        word.clear();
        start = -1;
        blankOk = false;
    };
    for (qsizetype pos = from; pos < text.size(); ++pos) {
        QChar c = text.at(pos);
        if (quote.isNull()) {
            if (isSpace(c)) {
                flush();
                continue;
            }
            if (start < 0)
                start = pos;
            if (c == u'\'' || c == u'"') {
                quote = c;
                blankOk = true;
            } else if (c == escape) {
                if (pos + 1 == text.size())
                    continue;
                word.append(c);
                c = text.at(++pos);
            }
            word.append(c);
            continue;
        }
        if (c == quote) {
            quote = QChar();
        } else if (c == escape && quote != u'\'') {
            if (pos + 1 == text.size())
                continue;
            word.append(c);
            c = text.at(++pos);
        }
        word.append(c);
    }
    flush();
    return words;
}

// Whitespace-separated words without any quote handling (FROM, EXPOSE, VOLUME shell form).
QList<Word> splitFields(const QString &text, qsizetype from)
{
    QList<Word> words;
    qsizetype pos = from;
    while (pos < text.size()) {
        while (pos < text.size() && isSpace(text.at(pos)))
            ++pos;
        const qsizetype start = pos;
        while (pos < text.size() && !isSpace(text.at(pos)))
            ++pos;
        if (pos > start)
            words.append({text.mid(start, pos - start), start});
    }
    return words;
}

// A variable as the expansion sees it: an ENV value, an ARG default, or declared without one.
struct VarValue
{
    QString value;
    bool known = false;   // false: an ARG without default, or an ENV holding unresolved references
    bool fromEnv = false; // ENV wins over ARG of the same name
};

using Variables = QHash<QString, VarValue>;

struct Expansion
{
    QString value;
    bool substituted = false; // some $VAR was referenced
    QStringList unresolved;   // variables with no known value, kept as written in `value`
};

// BuildKit's shell word processing: quote removal, escapes, $VAR / ${VAR} / ${VAR:-x} and
// friends. References without a known value stay as written and are listed as unresolved.
class WordExpander
{
public:
    WordExpander(QChar escape, const Variables &variables) : m_escape(escape), m_variables(variables) {}

    Expansion expand(const QString &word, int depth = 0) const
    {
        Expansion result;
        qsizetype pos = 0;
        const qsizetype size = word.size();
        while (pos < size) {
            const QChar c = word.at(pos);
            if (c == u'\'') {
                const qsizetype end = word.indexOf(u'\'', pos + 1);
                const qsizetype stop = end < 0 ? size : end;
                result.value.append(QStringView(word).mid(pos + 1, stop - pos - 1));
                pos = end < 0 ? size : end + 1;
            } else if (c == u'"') {
                ++pos;
                while (pos < size && word.at(pos) != u'"') {
                    const QChar d = word.at(pos);
                    if (d == m_escape && pos + 1 < size) {
                        const QChar next = word.at(pos + 1);
                        if (next == u'"' || next == u'$' || next == m_escape) {
                            result.value.append(next);
                            pos += 2;
                            continue;
                        }
                    }
                    if (d == u'$') {
                        pos = expandVariable(word, pos, depth, result);
                        continue;
                    }
                    result.value.append(d);
                    ++pos;
                }
                ++pos; // the closing quote
            } else if (c == m_escape) {
                if (pos + 1 < size)
                    result.value.append(word.at(pos + 1));
                pos += 2;
            } else if (c == u'$') {
                pos = expandVariable(word, pos, depth, result);
            } else {
                result.value.append(c);
                ++pos;
            }
        }
        return result;
    }

private:
    std::optional<VarValue> lookup(const QString &name) const
    {
        const auto it = m_variables.constFind(name);
        if (it == m_variables.constEnd())
            return std::nullopt;
        return *it;
    }

    // Expands the reference at word[pos] == '$'; returns the position after it.
    qsizetype expandVariable(const QString &word, qsizetype pos, int depth, Expansion &result) const
    {
        const qsizetype size = word.size();
        if (pos + 1 >= size) {
            result.value.append(u'$');
            return pos + 1;
        }
        const QChar next = word.at(pos + 1);
        if (isNameStart(next)) {
            qsizetype end = pos + 2;
            while (end < size && isNameChar(word.at(end)))
                ++end;
            const QString name = word.mid(pos + 1, end - pos - 1);
            substitute(name, word.mid(pos, end - pos), result);
            return end;
        }
        if (next != u'{') {
            result.value.append(u'$');
            return pos + 1;
        }
        // ${...}: find the matching brace, counting nested ${.
        qsizetype end = pos + 2;
        int nesting = 1;
        while (end < size) {
            const QChar d = word.at(end);
            if (d == u'$' && end + 1 < size && word.at(end + 1) == u'{') {
                ++nesting;
                end += 2;
                continue;
            }
            if (d == u'}' && --nesting == 0)
                break;
            ++end;
        }
        const QString raw = word.mid(pos, std::min(end + 1, size) - pos);
        if (end >= size) { // unterminated: keep as written
            result.value.append(raw);
            result.substituted = true;
            return size;
        }
        const QString inner = word.mid(pos + 2, end - pos - 2);
        qsizetype nameEnd = 0;
        while (nameEnd < inner.size() && isNameChar(inner.at(nameEnd)))
            ++nameEnd;
        const QString name = inner.left(nameEnd);
        const QString rest = inner.mid(nameEnd);
        result.substituted = true;
        if (name.isEmpty() || depth >= maxExpansionDepth) {
            result.value.append(raw);
            result.unresolved.append(name.isEmpty() ? raw : name);
            return end + 1;
        }
        if (rest.isEmpty()) {
            substitute(name, raw, result);
            return end + 1;
        }
        const bool colon = rest.startsWith(u':');
        const QString op = rest.mid(colon ? 1 : 0, 1);
        const QString operand = rest.mid(colon ? 2 : 1);
        const std::optional<VarValue> variable = lookup(name);
        const bool known = variable && variable->known;
        const bool set = known && (!colon || !variable->value.isEmpty());
        auto appendOperand = [&] {
            const Expansion alternative = expand(operand, depth + 1);
            result.value.append(alternative.value);
            result.unresolved.append(alternative.unresolved);
        };
        if (op == u"-") {
            // An ARG without default may be given at build time; the default is the best guess.
            if (set) {
                result.value.append(variable->value);
            } else if (variable && variable->fromEnv && !known) { // set by ENV to something unknown
                result.value.append(raw);
                result.unresolved.append(name);
            } else {
                appendOperand();
            }
        } else if (op == u"+") {
            if (set)
                appendOperand();
            else if (!known) {
                result.value.append(raw);
                result.unresolved.append(name);
            }
        } else if (op == u"?") {
            if (set) {
                result.value.append(variable->value);
            } else {
                result.value.append(raw);
                result.unresolved.append(name);
            }
        } else { // pattern operations (#, %, /) are kept as written
            result.value.append(raw);
            result.unresolved.append(name);
        }
        return end + 1;
    }

    void substitute(const QString &name, const QString &raw, Expansion &result) const
    {
        result.substituted = true;
        const std::optional<VarValue> variable = lookup(name);
        if (variable && variable->known) {
            result.value.append(variable->value);
        } else {
            result.value.append(raw);
            result.unresolved.append(name);
        }
    }

    QChar m_escape;
    const Variables &m_variables;
};

// What a stage's image configuration holds after its instructions (and its base stage's).
struct StageState
{
    Variables variables; // ENV and ARG values visible to expansion
    QList<EnvVar> env;
    QHash<QString, qsizetype> envIndex;
    QList<EnvVar> args; // declared in this stage
    QList<PortSpec> expose;
    QSet<QString> exposedKeys; // "80/TCP"
    QStringList cmd;
    bool cmdShellForm = false;
    Location cmdLocation;
    bool cmdSetInStage = false;
    QStringList entrypoint;
    bool entrypointShellForm = false;
    Location entrypointLocation;
    QString user;
    Location userLocation;
    QString stopSignal;
    Location stopSignalLocation;
    std::optional<Probe> healthcheck;
    QStringList volumes;
    bool released = false; // dropped to bound memory; later stages cannot inherit from it

    qsizetype itemCount() const
    {
        return variables.size() + env.size() + args.size() + expose.size() + volumes.size() + cmd.size() +
               entrypoint.size();
    }
};

struct ParsedFlag
{
    QString text; // --name=value as BuildKit keeps it
    QString name;
};

struct Heredoc
{
    QString name;
    bool chomp = false;
};

// BuildKit's heredoc word: [fd]<<[-]WORD, with WORD possibly quoted.
std::optional<Heredoc> heredocFromWord(const QString &word)
{
    qsizetype pos = 0;
    while (pos < word.size() && isAsciiDigit(word.at(pos)))
        ++pos;
    if (!QStringView(word).mid(pos).startsWith(u"<<"))
        return std::nullopt;
    pos += 2;
    Heredoc heredoc;
    if (pos < word.size() && word.at(pos) == u'-') {
        heredoc.chomp = true;
        ++pos;
    }
    const QString name = word.mid(pos);
    if (name.isEmpty() || name.contains(u'<'))
        return std::nullopt;
    for (const QChar c : name) {
        if (c != u'\'' && c != u'"')
            heredoc.name.append(c);
    }
    if (heredoc.name.isEmpty())
        return std::nullopt;
    return heredoc;
}

QString stripLeadingTabs(const QString &line)
{
    qsizetype pos = 0;
    while (pos < line.size() && line.at(pos) == u'\t')
        ++pos;
    return line.mid(pos);
}

const QHash<QString, QStringList> &allowedFlags()
{
    static const QHash<QString, QStringList> flags = {
        {QStringLiteral("FROM"), {QStringLiteral("platform")}},
        {QStringLiteral("RUN"),
         {QStringLiteral("mount"), QStringLiteral("network"), QStringLiteral("security"),
          QStringLiteral("device")}},
        {QStringLiteral("COPY"),
         {QStringLiteral("from"), QStringLiteral("chown"), QStringLiteral("chmod"), QStringLiteral("link"),
          QStringLiteral("parents"), QStringLiteral("exclude")}},
        {QStringLiteral("ADD"),
         {QStringLiteral("chown"), QStringLiteral("chmod"), QStringLiteral("link"),
          QStringLiteral("keep-git-dir"), QStringLiteral("checksum"), QStringLiteral("exclude"),
          QStringLiteral("unpack")}},
        {QStringLiteral("HEALTHCHECK"),
         {QStringLiteral("interval"), QStringLiteral("timeout"), QStringLiteral("start-period"),
          QStringLiteral("start-interval"), QStringLiteral("retries")}},
    };
    return flags;
}

const QSet<QString> &knownInstructions()
{
    static const QSet<QString> keywords = {
        QStringLiteral("FROM"),       QStringLiteral("RUN"),         QStringLiteral("CMD"),
        QStringLiteral("LABEL"),      QStringLiteral("MAINTAINER"),  QStringLiteral("EXPOSE"),
        QStringLiteral("ENV"),        QStringLiteral("ADD"),         QStringLiteral("COPY"),
        QStringLiteral("ENTRYPOINT"), QStringLiteral("VOLUME"),      QStringLiteral("USER"),
        QStringLiteral("WORKDIR"),    QStringLiteral("ARG"),         QStringLiteral("ONBUILD"),
        QStringLiteral("STOPSIGNAL"), QStringLiteral("HEALTHCHECK"), QStringLiteral("SHELL"),
    };
    return keywords;
}

class DockerfileReader
{
public:
    DockerfileReader(const SourceFile &file, DockerfileInfo &info, Diagnostics &diagnostics)
        : m_path(file.path), m_info(info), m_diagnostics(diagnostics)
    {
        m_lines = decodedText(file.content).split(u'\n');
        if (!m_lines.isEmpty() && m_lines.last().isEmpty())
            m_lines.removeLast();
    }

    void read()
    {
        while (m_next < m_lines.size()) {
            LogicalLine line;
            if (nextLogicalLine(line))
                handleInstruction(line);
        }
        finish();
    }

private:
    // --- diagnostics -------------------------------------------------------------------------

    void report(const Location &location, DiagnosticSeverity severity, const QString &message)
    {
        if (++m_problems > maxReportedProblems)
            return;
        m_diagnostics.append({location, severity, message});
    }

    void error(const Location &location, const QString &message)
    {
        report(location, DiagnosticSeverity::Error, message);
    }

    void warning(const Location &location, const QString &message)
    {
        report(location, DiagnosticSeverity::Warning, message);
    }

    // --- lines -------------------------------------------------------------------------------

    // BuildKit: `# name=value` at the very top, until the first line that is not one.
    bool readDirective(const QString &raw, int lineNumber)
    {
        qsizetype pos = skipBlanks(raw, 0);
        if (pos >= raw.size() || raw.at(pos) != u'#')
            return false;
        pos = skipBlanks(raw, pos + 1);
        const qsizetype nameStart = pos;
        if (pos >= raw.size() || !isAsciiLetter(raw.at(pos)))
            return false;
        while (pos < raw.size() && (isAsciiLetter(raw.at(pos)) || isAsciiDigit(raw.at(pos))))
            ++pos;
        const QString name = raw.mid(nameStart, pos - nameStart).toLower();
        pos = skipBlanks(raw, pos);
        if (pos >= raw.size() || raw.at(pos) != u'=')
            return false;
        const QString value = raw.mid(pos + 1).trimmed();
        if (value.isEmpty())
            return false;
        if (name != u"syntax" && name != u"escape" && name != u"check")
            return false;
        const Location location{m_path, lineNumber, int(nameStart) + 1};
        if (m_info.directives.contains(name)) {
            error(location,
                  QCoreApplication::translate("tfi::DockerfileParser",
                                              "the parser directive %1 is given more than once; the "
                                              "first one applies")
                      .arg(name));
            return true;
        }
        if (name == u"escape") {
            if (value != u"\\" && value != u"`") {
                error(location,
                      QCoreApplication::translate(
                          "tfi::DockerfileParser",
                          "the escape directive must be a backslash or a backtick; the backslash applies"));
                return true;
            }
            m_escape = value.at(0);
        }
        m_info.directives.insert(name, value);
        return true;
    }

    // The text without a trailing escape character (and the blanks after it), and whether the
    // instruction goes on on the next line.
    std::pair<QString, bool> trimContinuation(const QString &text) const
    {
        qsizetype end = text.size();
        while (end > 0 && (text.at(end - 1) == u' ' || text.at(end - 1) == u'\t'))
            --end;
        if (end > 0 && text.at(end - 1) == m_escape)
            return {text.left(end - 1), true};
        return {text, false};
    }

    // Joins the next instruction's lines; false when only comments or blank lines were read.
    bool nextLogicalLine(LogicalLine &line)
    {
        const QString &raw = m_lines.at(m_next);
        const int lineNumber = int(++m_next);
        if (!m_directivesDone) {
            if (readDirective(raw, lineNumber))
                return false;
            m_directivesDone = true;
        }
        if (isCommentLine(raw) || isBlankLine(raw))
            return false;
        const qsizetype indent = skipBlanks(raw, 0);
        auto [text, continues] = trimContinuation(raw.mid(indent));
        line.text = text;
        line.pieces.append({0, lineNumber, int(indent) + 1});
        while (continues && m_next < m_lines.size()) {
            const QString &next = m_lines.at(m_next);
            const int nextNumber = int(++m_next);
            if (isCommentLine(next) || isBlankLine(next))
                continue;
            auto [piece, more] = trimContinuation(next);
            line.pieces.append({line.text.size(), nextNumber, 1});
            line.text.append(piece);
            continues = more;
        }
        return !line.text.trimmed().isEmpty();
    }

    // Reads the heredoc bodies that follow the instruction line.
    QString readHeredocs(const QList<Heredoc> &heredocs, const Location &location)
    {
        QString body;
        for (const Heredoc &heredoc : heredocs) {
            bool terminated = false;
            while (m_next < m_lines.size()) {
                const QString &raw = m_lines.at(m_next++);
                const QString candidate = heredoc.chomp ? stripLeadingTabs(raw) : raw;
                if (candidate == heredoc.name) {
                    terminated = true;
                    break;
                }
                body.append(candidate);
                body.append(u'\n');
            }
            if (!terminated) {
                error(location, isPrintableName(heredoc.name)
                                    ? QCoreApplication::translate("tfi::DockerfileParser",
                                                                  "the heredoc %1 is not terminated")
                                          .arg(heredoc.name)
                                    : QCoreApplication::translate("tfi::DockerfileParser",
                                                                  "a heredoc is not terminated"));
                break;
            }
        }
        return body;
    }

    // --- instructions ------------------------------------------------------------------------

    // BuildKit's extractBuilderFlags: leading --name[=value] words; returns where the arguments start.
    qsizetype extractFlags(const QString &text, qsizetype pos, QList<ParsedFlag> &flags) const
    {
        while (true) {
            while (pos < text.size() && isSpace(text.at(pos)))
                ++pos;
            if (pos + 1 >= text.size() || text.at(pos) != u'-' || text.at(pos + 1) != u'-')
                return pos;
            QString word;
            QChar quote;
            qsizetype end = pos;
            for (; end < text.size(); ++end) {
                const QChar c = text.at(end);
                if (quote.isNull()) {
                    if (isSpace(c))
                        break;
                    if (c == u'\'' || c == u'"') {
                        quote = c;
                        continue;
                    }
                } else if (c == quote) {
                    quote = QChar();
                    continue;
                }
                if (c == u'\\' && end + 1 < text.size()) {
                    word.append(text.at(++end));
                    continue;
                }
                word.append(c);
            }
            if (word == u"--")
                return end;
            const qsizetype equals = word.indexOf(u'=');
            flags.append({word, word.mid(2, equals < 0 ? -1 : equals - 2)});
            pos = end;
        }
    }

    void handleInstruction(const LogicalLine &line)
    {
        const QString &text = line.text;
        qsizetype pos = 0;
        while (pos < text.size() && isSpace(text.at(pos)))
            ++pos;
        const qsizetype keywordStart = pos;
        while (pos < text.size() && !isSpace(text.at(pos)))
            ++pos;
        const QString word = text.mid(keywordStart, pos - keywordStart);
        const QString keyword = word.toUpper();
        const Location location = line.at(m_path, keywordStart);

        QList<ParsedFlag> flags;
        qsizetype argsStart = extractFlags(text, pos, flags);
        while (argsStart < text.size() && isSpace(text.at(argsStart)))
            ++argsStart;
        qsizetype argsEnd = text.size();
        while (argsEnd > argsStart && isSpace(text.at(argsEnd - 1)))
            --argsEnd;

        DockerInstruction instruction;
        instruction.keyword = keyword;
        instruction.arguments = text.mid(argsStart, argsEnd - argsStart);
        for (const ParsedFlag &flag : std::as_const(flags))
            instruction.flags.append(flag.text);
        instruction.stage = int(m_info.stages.size()) - 1;
        instruction.location = location;

        const bool known = knownInstructions().contains(keyword);
        if (!known) {
            warning(
                location,
                isPrintableName(word)
                    ? QCoreApplication::translate("tfi::DockerfileParser", "unknown instruction %1").arg(word)
                    : QCoreApplication::translate("tfi::DockerfileParser",
                                                  "a line does not start with a known instruction"));
        }

        if (known)
            checkFlags(keyword, flags, location);

        // Exec form: the JSON array BuildKit accepts for these instructions.
        static const QSet<QString> jsonCapable = {
            QStringLiteral("CMD"),   QStringLiteral("ENTRYPOINT"), QStringLiteral("RUN"),
            QStringLiteral("SHELL"), QStringLiteral("VOLUME"),     QStringLiteral("COPY"),
            QStringLiteral("ADD"),
        };
        QString jsonText = instruction.arguments;
        if (keyword == u"HEALTHCHECK") {
            const QList<Word> words = splitFields(instruction.arguments, 0);
            if (!words.isEmpty() && words.first().text.compare(u"CMD", Qt::CaseInsensitive) == 0)
                jsonText = instruction.arguments.mid(words.first().offset + 3).trimmed();
            else
                jsonText.clear();
        }
        bool invalidJson = false;
        if (jsonCapable.contains(keyword) || keyword == u"HEALTHCHECK")
            parseExecForm(jsonText, instruction, invalidJson, location);

        // Heredocs follow the instruction line and must be consumed even when it is otherwise wrong.
        static const QSet<QString> heredocCapable = {QStringLiteral("RUN"), QStringLiteral("COPY"),
                                                     QStringLiteral("ADD")};
        if (heredocCapable.contains(keyword) && !instruction.execForm && !instruction.arguments.isEmpty() &&
            text.contains(u"<<")) {
            QList<Heredoc> heredocs;
            const QList<Word> words = splitRawWords(text, 0, u'\\');
            for (const Word &candidate : words) {
                if (auto heredoc = heredocFromWord(candidate.text))
                    heredocs.append(*heredoc);
            }
            if (!heredocs.isEmpty())
                instruction.heredoc = readHeredocs(heredocs, location);
        }

        if (invalidJson) {
            m_info.instructions.append(instruction);
            return;
        }

        if (instruction.arguments.isEmpty() && !instruction.execForm && known) {
            error(location,
                  QCoreApplication::translate("tfi::DockerfileParser", "%1 needs at least one argument")
                      .arg(keyword));
            m_info.instructions.append(instruction);
            return;
        }

        if (keyword == u"FROM") {
            handleFrom(line, argsStart, instruction);
            return;
        }
        m_info.instructions.append(instruction);
        if (!known)
            return;
        if (m_info.stages.isEmpty()) {
            if (keyword == u"ARG")
                handleArg(line, argsStart, nullptr);
            else
                error(location, QCoreApplication::translate("tfi::DockerfileParser",
                                                            "%1 comes before the first FROM instruction")
                                    .arg(keyword));
            return;
        }
        StageState &state = m_states.last();
        if (keyword == u"ENV")
            handleEnv(line, argsStart, state);
        else if (keyword == u"ARG")
            handleArg(line, argsStart, &state);
        else if (keyword == u"EXPOSE")
            handleExpose(line, argsStart, state);
        else if (keyword == u"CMD")
            handleCmd(instruction, state);
        else if (keyword == u"ENTRYPOINT")
            handleEntrypoint(instruction, state);
        else if (keyword == u"USER")
            handleUser(instruction, state);
        else if (keyword == u"STOPSIGNAL")
            handleStopSignal(instruction, state);
        else if (keyword == u"HEALTHCHECK")
            handleHealthcheck(instruction, state);
        else if (keyword == u"VOLUME")
            handleVolume(instruction, state);
        else if (keyword == u"SHELL" && !instruction.execForm)
            error(location, QCoreApplication::translate("tfi::DockerfileParser",
                                                        "SHELL must be written as a JSON array of strings"));
    }

    void checkFlags(const QString &keyword, const QList<ParsedFlag> &flags, const Location &location)
    {
        const QStringList allowed = allowedFlags().value(keyword);
        for (const ParsedFlag &flag : flags) {
            if (allowed.contains(flag.name))
                continue;
            warning(location,
                    isPrintableName(flag.name)
                        ? QCoreApplication::translate("tfi::DockerfileParser", "unknown flag --%1 for %2")
                              .arg(flag.name, keyword)
                        : QCoreApplication::translate("tfi::DockerfileParser", "unknown flag for %1")
                              .arg(keyword));
        }
    }

    // BuildKit's parseJSON: a JSON array of strings is exec form; anything else is shell form,
    // except a valid array holding non-strings, which is an error.
    void parseExecForm(const QString &jsonText, DockerInstruction &instruction, bool &invalid,
                       const Location &location)
    {
        const QString trimmed = jsonText.trimmed();
        if (!trimmed.startsWith(u'['))
            return;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
            if (trimmed.endsWith(u']')) {
                warning(location,
                        QCoreApplication::translate("tfi::DockerfileParser",
                                                    "%1 looks like exec form but is not valid JSON; it "
                                                    "runs through a shell")
                            .arg(instruction.keyword));
            }
            return;
        }
        QStringList values;
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array) {
            if (!value.isString()) {
                error(location, QCoreApplication::translate("tfi::DockerfileParser",
                                                            "the JSON array of %1 must hold only strings")
                                    .arg(instruction.keyword));
                invalid = true;
                return;
            }
            values.append(value.toString());
        }
        instruction.execArgs = values;
        instruction.execForm = true;
    }

    void handleFrom(const LogicalLine &line, qsizetype argsStart, DockerInstruction &instruction)
    {
        const QList<Word> words = splitFields(line.text, argsStart);
        const Location &location = instruction.location;
        DockerStage stage;
        stage.location = location;
        if (words.size() == 3 && words.at(1).text.compare(u"AS", Qt::CaseInsensitive) == 0) {
            stage.name = words.at(2).text.toLower();
            const auto validName = [](const QString &name) {
                if (name.isEmpty() || !(name.at(0) >= u'a' && name.at(0) <= u'z'))
                    return false;
                return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
                    return (c >= u'a' && c <= u'z') || isAsciiDigit(c) || c == u'-' || c == u'_' || c == u'.';
                });
            };
            if (!validName(stage.name)) {
                error(
                    line.at(m_path, words.at(2).offset),
                    isPrintableName(words.at(2).text)
                        ? QCoreApplication::translate("tfi::DockerfileParser", "invalid build stage name %1")
                              .arg(words.at(2).text)
                        : QCoreApplication::translate("tfi::DockerfileParser", "invalid build stage name"));
            } else if (m_stageByName.contains(stage.name)) {
                error(line.at(m_path, words.at(2).offset),
                      QCoreApplication::translate("tfi::DockerfileParser",
                                                  "the build stage name %1 is used twice")
                          .arg(stage.name));
            }
        } else if (words.size() != 1) {
            error(location,
                  QCoreApplication::translate("tfi::DockerfileParser",
                                              "FROM needs an image, optionally followed by AS and a "
                                              "stage name"));
        }
        if (!words.isEmpty()) {
            const Expansion base = WordExpander(m_escape, m_globals).expand(words.first().text);
            stage.baseImage = base.value;
            for (const QString &name : base.unresolved) {
                if (isPrintableName(name)) {
                    warning(location, QCoreApplication::translate(
                                          "tfi::DockerfileParser",
                                          "FROM uses the variable %1, which has no default in a global ARG")
                                          .arg(name));
                }
            }
        }

        StageState state;
        const auto base = m_stageByName.constFind(stage.baseImage);
        if (base != m_stageByName.constEnd()) {
            stage.baseStage = *base;
            const StageState &parent = m_states.at(*base);
            m_inheritedItems += parent.itemCount();
            if (m_inheritedItems <= maxInheritedItems && !parent.released) {
                state = parent;
                state.args.clear();
                state.cmdSetInStage = false;
            } else if (!m_inheritanceCut) {
                m_inheritanceCut = true;
                warning(location,
                        QCoreApplication::translate("tfi::DockerfileParser",
                                                    "too many stages build on each other; this stage "
                                                    "does not inherit its base stage's settings"));
            }
        }
        if (!stage.name.isEmpty() && !m_stageByName.contains(stage.name))
            m_stageByName.insert(stage.name, int(m_info.stages.size()));
        instruction.stage = int(m_info.stages.size());
        if (m_states.size() >= maxTrackedStages) {
            m_states.last() = StageState();
            m_states.last().released = true;
        }
        m_info.stages.append(stage);
        m_states.append(state);
        m_info.instructions.append(instruction);
    }

    void handleEnv(const LogicalLine &line, qsizetype argsStart, StageState &state)
    {
        const QList<Word> words = splitRawWords(line.text, argsStart, m_escape);
        const Location location = line.at(m_path, argsStart);
        if (words.isEmpty())
            return;
        QList<std::pair<Word, QString>> pairs; // key word, raw value
        if (!words.first().text.contains(u'=')) {
            // Legacy `ENV name value`: everything after the first blank run is the value.
            const Word &key = words.first();
            const qsizetype valueStart = skipBlanks(line.text, key.offset + key.text.size());
            QString value = line.text.mid(valueStart);
            while (!value.isEmpty() && isSpace(value.back()))
                value.chop(1);
            if (valueStart >= line.text.size() || value.isEmpty()) {
                error(location,
                      isPrintableName(key.text)
                          ? QCoreApplication::translate("tfi::DockerfileParser", "ENV %1 has no value")
                                .arg(key.text)
                          : QCoreApplication::translate("tfi::DockerfileParser",
                                                        "ENV needs a name and a value"));
                return;
            }
            pairs.append({key, value});
        } else {
            for (const Word &word : words) {
                const qsizetype equals = word.text.indexOf(u'=');
                if (equals < 0) {
                    error(line.at(m_path, word.offset),
                          QCoreApplication::translate("tfi::DockerfileParser",
                                                      "ENV expects name=value pairs; an entry has no \"=\""));
                    continue;
                }
                pairs.append({{word.text.left(equals), word.offset}, word.text.mid(equals + 1)});
            }
        }
        // Every pair expands against the variables from before this instruction, as Docker does:
        // expand them all first, then apply.
        QList<std::pair<EnvVar, Expansion>> expanded;
        const WordExpander expander(m_escape, state.variables);
        for (const auto &[key, rawValue] : std::as_const(pairs)) {
            EnvVar variable;
            variable.name = expander.expand(key.text).value;
            variable.location = line.at(m_path, key.offset);
            if (variable.name.isEmpty()) {
                error(variable.location,
                      QCoreApplication::translate("tfi::DockerfileParser", "an ENV name is empty"));
                continue;
            }
            expanded.append({variable, expander.expand(rawValue)});
        }
        for (auto &[variable, value] : expanded) {
            const QString name = variable.name;
            variable.kind = value.substituted ? ValueKind::Interpolated : ValueKind::Literal;
            variable.value = value.value;
            const auto existing = state.envIndex.constFind(name);
            if (existing != state.envIndex.constEnd()) {
                state.env[*existing] = variable;
            } else {
                state.envIndex.insert(name, state.env.size());
                state.env.append(variable);
            }
            state.variables.insert(name, {value.value, value.unresolved.isEmpty(), true});
        }
    }

    // ARG in a stage (state) or before the first FROM (global, state == nullptr).
    void handleArg(const LogicalLine &line, qsizetype argsStart, StageState *state)
    {
        const QList<Word> words = splitRawWords(line.text, argsStart, m_escape);
        for (const Word &word : words) {
            const qsizetype equals = word.text.indexOf(u'=');
            EnvVar variable;
            variable.name = equals < 0 ? word.text : word.text.left(equals);
            variable.location = line.at(m_path, word.offset);
            if (variable.name.isEmpty()) {
                error(variable.location,
                      QCoreApplication::translate("tfi::DockerfileParser", "an ARG name is empty"));
                continue;
            }
            VarValue known;
            if (equals >= 0) {
                const Expansion value = WordExpander(m_escape, state ? state->variables : m_globals)
                                            .expand(word.text.mid(equals + 1));
                variable.kind = value.substituted ? ValueKind::Interpolated : ValueKind::Literal;
                variable.value = value.value;
                known = {value.value, value.unresolved.isEmpty(), false};
            } else if (const auto global = m_globals.constFind(variable.name);
                       state && global != m_globals.constEnd() && global->known) {
                // A stage redeclaring a global ARG without a value takes the global default.
                variable.kind = ValueKind::Literal;
                variable.value = global->value;
                known = {global->value, true, false};
            } else {
                variable.kind = ValueKind::Unset;
            }
            if (!state) {
                m_info.globalArgs.append(variable);
                m_globals.insert(variable.name, known);
                continue;
            }
            state->args.append(variable);
            const auto existing = state->variables.constFind(variable.name);
            if (existing == state->variables.constEnd() || !existing->fromEnv)
                state->variables.insert(variable.name, known);
        }
    }

    void handleExpose(const LogicalLine &line, qsizetype argsStart, StageState &state)
    {
        const QList<Word> words = splitFields(line.text, argsStart);
        const WordExpander expander(m_escape, state.variables);
        for (const Word &word : words) {
            const Location location = line.at(m_path, word.offset);
            const Expansion expanded = expander.expand(word.text);
            if (!expanded.unresolved.isEmpty()) {
                for (const QString &name : expanded.unresolved) {
                    warning(location, isPrintableName(name)
                                          ? QCoreApplication::translate(
                                                "tfi::DockerfileParser",
                                                "EXPOSE uses the variable %1, which has no known value")
                                                .arg(name)
                                          : QCoreApplication::translate(
                                                "tfi::DockerfileParser",
                                                "EXPOSE uses a variable that has no known value"));
                }
                continue;
            }
            const QList<Word> specs = splitFields(expanded.value, 0);
            for (const Word &spec : specs)
                addExposedPort(spec.text, word.text, location, state);
        }
    }

    void addExposedPort(const QString &spec, const QString &written, const Location &location,
                        StageState &state)
    {
        // [ip:][hostPort:]containerPort[/proto]; EXPOSE only keeps the container port.
        const qsizetype slash = spec.indexOf(u'/');
        QString portText = slash < 0 ? spec : spec.left(slash);
        const QString protocol = slash < 0 ? QStringLiteral("tcp") : spec.mid(slash + 1).toLower();
        const qsizetype colon = portText.lastIndexOf(u':');
        if (colon >= 0)
            portText = portText.mid(colon + 1);
        auto invalid = [&] {
            error(location,
                  isPrintableName(written)
                      ? QCoreApplication::translate("tfi::DockerfileParser", "invalid EXPOSE port %1")
                            .arg(written)
                      : QCoreApplication::translate("tfi::DockerfileParser", "invalid EXPOSE port"));
        };
        if (protocol != u"tcp" && protocol != u"udp" && protocol != u"sctp") {
            invalid();
            return;
        }
        const qsizetype dash = portText.indexOf(u'-');
        bool startOk = false;
        bool endOk = false;
        const uint start = (dash < 0 ? portText : portText.left(dash)).toUInt(&startOk);
        const uint end = dash < 0 ? start : portText.mid(dash + 1).toUInt(&endOk);
        if (dash < 0)
            endOk = startOk;
        if (!startOk || !endOk || start > 65535 || end > 65535 || end < start) {
            invalid();
            return;
        }
        for (uint port = start; port <= end; ++port) {
            const QString key = QString::number(port) + u'/' + protocol.toUpper();
            if (state.exposedKeys.contains(key))
                continue;
            if (state.expose.size() >= maxExposedPorts) {
                warning(location, QCoreApplication::translate(
                                      "tfi::DockerfileParser",
                                      "EXPOSE names more than %n port(s); the rest are left out", nullptr,
                                      maxExposedPorts));
                return;
            }
            PortSpec exposed;
            exposed.containerPort = int(port);
            exposed.protocol = protocol.toUpper();
            exposed.exposeOnly = true;
            exposed.location = location;
            state.exposedKeys.insert(key);
            state.expose.append(exposed);
        }
    }

    static void commandOf(const DockerInstruction &instruction, QStringList &command, bool &shellForm)
    {
        shellForm = !instruction.execForm;
        command = instruction.execForm ? instruction.execArgs : QStringList{instruction.arguments};
    }

    void handleCmd(const DockerInstruction &instruction, StageState &state)
    {
        commandOf(instruction, state.cmd, state.cmdShellForm);
        state.cmdLocation = instruction.location;
        state.cmdSetInStage = true;
    }

    void handleEntrypoint(const DockerInstruction &instruction, StageState &state)
    {
        commandOf(instruction, state.entrypoint, state.entrypointShellForm);
        state.entrypointLocation = instruction.location;
        // Docker: ENTRYPOINT drops a CMD inherited from the base, not one set in this stage.
        if (!state.cmdSetInStage) {
            state.cmd.clear();
            state.cmdShellForm = false;
            state.cmdLocation = Location();
        }
    }

    void handleUser(const DockerInstruction &instruction, StageState &state)
    {
        state.user = WordExpander(m_escape, state.variables).expand(instruction.arguments).value;
        state.userLocation = instruction.location;
    }

    void handleStopSignal(const DockerInstruction &instruction, StageState &state)
    {
        state.stopSignal = WordExpander(m_escape, state.variables).expand(instruction.arguments).value;
        state.stopSignalLocation = instruction.location;
    }

    void handleHealthcheck(const DockerInstruction &instruction, StageState &state)
    {
        const QList<Word> words = splitFields(instruction.arguments, 0);
        const QString type = words.isEmpty() ? QString() : words.first().text.toUpper();
        Probe probe;
        probe.kind = Probe::Kind::Healthcheck;
        probe.location = instruction.location;
        if (type == u"NONE") {
            if (words.size() > 1) {
                error(instruction.location,
                      QCoreApplication::translate("tfi::DockerfileParser",
                                                  "HEALTHCHECK NONE takes no arguments"));
            }
            probe.disabled = true;
            state.healthcheck = probe;
            return;
        }
        if (type != u"CMD") {
            error(instruction.location,
                  QCoreApplication::translate("tfi::DockerfileParser", "HEALTHCHECK needs CMD or NONE"));
            return;
        }
        probe.action = Probe::Action::Exec;
        if (instruction.execForm) {
            probe.command = instruction.execArgs;
        } else {
            const QString command = instruction.arguments.mid(words.first().offset + 3).trimmed();
            if (!command.isEmpty())
                probe.command = QStringList{command};
        }
        if (probe.command.isEmpty()) {
            error(instruction.location,
                  QCoreApplication::translate("tfi::DockerfileParser", "HEALTHCHECK CMD needs a command"));
            return;
        }
        state.healthcheck = probe;
    }

    void handleVolume(const DockerInstruction &instruction, StageState &state)
    {
        const WordExpander expander(m_escape, state.variables);
        QStringList paths;
        if (instruction.execForm) {
            paths = instruction.execArgs;
        } else {
            const QList<Word> words = splitFields(instruction.arguments, 0);
            for (const Word &word : words)
                paths.append(word.text);
        }
        for (const QString &path : std::as_const(paths)) {
            const QString expanded = expander.expand(path).value;
            if (!expanded.isEmpty() && !state.volumes.contains(expanded))
                state.volumes.append(expanded);
        }
    }

    void finish()
    {
        if (m_info.instructions.isEmpty()) {
            error({m_path, 1, 0},
                  QCoreApplication::translate("tfi::DockerfileParser", "the Dockerfile has no instructions"));
        } else if (m_info.stages.isEmpty()) {
            error({m_path, 1, 0}, QCoreApplication::translate("tfi::DockerfileParser",
                                                              "the Dockerfile has no FROM instruction"));
        }
        if (m_problems > maxReportedProblems) {
            m_diagnostics.append(
                {{m_path, 0, 0},
                 DiagnosticSeverity::Warning,
                 QCoreApplication::translate("tfi::DockerfileParser",
                                             "%n more problem(s) in this Dockerfile not reported", nullptr,
                                             m_problems - maxReportedProblems)});
        }
        if (m_states.isEmpty())
            return;
        const StageState &last = m_states.last();
        m_info.env = last.env;
        m_info.args = last.args;
        m_info.expose = last.expose;
        m_info.cmd = last.cmd;
        m_info.cmdShellForm = last.cmdShellForm;
        m_info.cmdLocation = last.cmdLocation;
        m_info.entrypoint = last.entrypoint;
        m_info.entrypointShellForm = last.entrypointShellForm;
        m_info.entrypointLocation = last.entrypointLocation;
        m_info.user = last.user;
        m_info.userLocation = last.userLocation;
        m_info.stopSignal = last.stopSignal;
        m_info.stopSignalLocation = last.stopSignalLocation;
        m_info.healthcheck = last.healthcheck;
        m_info.volumes = last.volumes;
    }

    QString m_path;
    DockerfileInfo &m_info;
    Diagnostics &m_diagnostics;
    QStringList m_lines;
    qsizetype m_next = 0;
    bool m_directivesDone = false;
    QChar m_escape = u'\\';
    int m_problems = 0;
    Variables m_globals;
    QHash<QString, int> m_stageByName;
    QList<StageState> m_states; // parallel to m_info.stages
    qsizetype m_inheritedItems = 0;
    bool m_inheritanceCut = false;
};

} // namespace

void parseDockerfile(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    if (!file.isText() || looksBinary(file.content)) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::DockerfileParser",
                                         "the file is not text and was not read as a Dockerfile")});
        return;
    }
    if (file.content.size() > context.limits.maxFileSize) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::DockerfileParser",
                                         "the Dockerfile is larger than the size limit and was "
                                         "not read")});
        return;
    }
    DockerfileInfo info;
    info.path = file.path;
    DockerfileReader(file, info, out.diagnostics).read();
    out.dockerfiles.append(std::move(info));
}

} // namespace tfi
