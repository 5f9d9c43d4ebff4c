#include "helmrender.h"

#include "environments.h"
#include "textutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>
#include <exception>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace tfi {

namespace {

// Bounds that keep hostile templates and values from exhausting the stack, memory or time.
constexpr int maxBlockDepth = 64;                       // nested if/with/range/define blocks
constexpr int maxExpressionDepth = 32;                  // nested parentheses in one action
constexpr int maxYamlDepth = 100;                       // toYaml nesting
constexpr qsizetype maxRenderedChars = 2 * 1024 * 1024; // output of one template
constexpr qsizetype maxRenderedFragments = 200 * 1000;  // pieces of output of one template
constexpr qint64 maxEvaluationSteps = 4 * 1000 * 1000;  // range iterations and values visited

// ---------------------------------------------------------------------------------------------
// Values

struct ValueEntry
{
    QString value;
    Location location;
    int layer = 0; // position of the values file in the merge order
};

struct ValueChild
{
    QString key;  // the map key, or the list index
    QString path; // the child's flattened path
};

QString joinedPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// Flattened values after Helm's merge: a later file wins per key, and a list or scalar in a later
// file replaces whatever an earlier file had at that path (maps merge key by key).
class MergedValues
{
public:
    void apply(const HelmValuesFile &file, int layer)
    {
        QSet<QString> roots;
        for (const HelmValue &value : file.values) {
            // A list is replaced as a whole: its root is the path up to the outermost index.
            const qsizetype bracket = value.path.indexOf(u'[');
            roots.insert(bracket > 0 ? value.path.left(bracket) : value.path);
        }
        for (const QString &root : std::as_const(roots))
            clearFor(root);
        for (const HelmValue &value : file.values)
            m_entries.insert(value.path, {value.value, value.location, layer});
    }

    const ValueEntry *scalar(const QString &path) const
    {
        const auto it = m_entries.constFind(path);
        return it == m_entries.constEnd() ? nullptr : &it.value();
    }

    // The first entry inside a map or list (its earliest key in sort order), for the provenance of
    // a collection whose own line the flattened values do not record.
    const ValueEntry *firstInside(const QString &path) const
    {
        const ValueEntry *best = nullptr;
        const QStringList prefixes = {path + u'.', path + u'['};
        for (const QString &prefix : prefixes) {
            const auto it = m_entries.lowerBound(prefix);
            if (it != m_entries.cend() && it.key().startsWith(prefix)) {
                if (!best || it->location.line < best->location.line)
                    best = &it.value();
            }
        }
        return best;
    }

    bool isCollection(const QString &path) const
    {
        if (path.isEmpty())
            return !m_entries.isEmpty();
        return hasPrefix(path + u'.') || hasPrefix(path + u'[');
    }

    // The direct children of a map (in key order, as Go's range and toYaml visit them) or of a list
    // (by index). *visited counts the entries looked at.
    QList<ValueChild> children(const QString &path, bool *isList, qint64 *visited) const
    {
        QList<ValueChild> result;
        *isList = !path.isEmpty() && hasPrefix(path + u'[');
        if (*isList) {
            const QString prefix = path + u'[';
            QSet<qint64> seen;
            QList<qint64> indexes;
            for (auto it = m_entries.lowerBound(prefix);
                 it != m_entries.cend() && it.key().startsWith(prefix); ++it) {
                ++*visited;
                const qsizetype close = it.key().indexOf(u']', prefix.size());
                bool ok = false;
                const qint64 index =
                    close < 0
                        ? -1
                        : QStringView(it.key()).mid(prefix.size(), close - prefix.size()).toLongLong(&ok);
                if (ok && !seen.contains(index)) {
                    seen.insert(index);
                    indexes.append(index);
                }
            }
            std::sort(indexes.begin(), indexes.end());
            for (const qint64 index : std::as_const(indexes))
                result.append({QString::number(index), path + u'[' + QString::number(index) + u']'});
            return result;
        }
        const QString prefix = path.isEmpty() ? QString() : path + u'.';
        QSet<QString> seen;
        for (auto it = m_entries.lowerBound(prefix); it != m_entries.cend() && it.key().startsWith(prefix);
             ++it) {
            ++*visited;
            const QStringView rest = QStringView(it.key()).mid(prefix.size());
            qsizetype end = 0;
            while (end < rest.size() && rest.at(end) != u'.' && rest.at(end) != u'[')
                ++end;
            const QString key = rest.left(end).toString();
            if (!key.isEmpty() && !seen.contains(key)) {
                seen.insert(key);
                result.append({key, prefix + key});
            }
        }
        std::sort(result.begin(), result.end(),
                  [](const ValueChild &a, const ValueChild &b) { return a.key < b.key; });
        return result;
    }

private:
    bool hasPrefix(const QString &prefix) const
    {
        const auto it = m_entries.lowerBound(prefix);
        return it != m_entries.cend() && it.key().startsWith(prefix);
    }

    void removePrefix(const QString &prefix)
    {
        auto it = m_entries.lowerBound(prefix);
        while (it != m_entries.end() && it.key().startsWith(prefix))
            it = m_entries.erase(it);
    }

    // Makes room for a later file's value at root: the earlier value there and below it goes, and
    // so does a scalar or list at any of its ancestors (a map replaces them).
    void clearFor(const QString &root)
    {
        m_entries.remove(root);
        removePrefix(root + u'.');
        removePrefix(root + u'[');
        for (qsizetype dot = root.indexOf(u'.'); dot > 0; dot = root.indexOf(u'.', dot + 1)) {
            const QString ancestor = root.left(dot);
            m_entries.remove(ancestor);
            removePrefix(ancestor + u'[');
        }
    }

    QMap<QString, ValueEntry> m_entries;
};

struct ChartFacts
{
    QString name;
    QString version;
    QString appVersion;
    Location nameLocation;
    Location versionLocation;
    Location appVersionLocation;
};

// The chart's fields with the Chart.yaml lines that set them (HelmChartInfo keeps only the name's).
ChartFacts chartFacts(const HelmChartInfo &chart, const ParseContext &context)
{
    ChartFacts facts{chart.name,     chart.version,  chart.appVersion,
                     chart.location, chart.location, chart.location};
    const QString path = chart.directory.isEmpty() ? u"Chart.yaml"_s : chart.directory + u"/Chart.yaml"_s;
    const SourceFile *file = context.files.find(path);
    if (!file || !file->isText() || file->size > context.limits.maxFileSize)
        return facts;
    static const QRegularExpression key(QStringLiteral("^(name|version|appVersion)\\s*:"));
    const QStringList lines = textLines(file->content);
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QRegularExpressionMatch match = key.match(lines.at(index));
        if (!match.hasMatch())
            continue;
        const Location location{path, int(index) + 1, 1};
        if (match.captured(1) == u"name")
            facts.nameLocation = location;
        else if (match.captured(1) == u"version")
            facts.versionLocation = location;
        else
            facts.appVersionLocation = location;
    }
    return facts;
}

// ---------------------------------------------------------------------------------------------
// Rendered text with provenance

struct Provenance
{
    enum class Source
    {
        Template,
        Values,
        Chart,
        Unresolved
    };
    Source source = Source::Template;
    // Template: the first character; Values, Chart: the line that set the value; Unresolved: the action.
    Location location;
    int layer = -1;         // Values: the file's position in the merge order
    QString expression;     // Unresolved: the action, e.g. ".Values.sentry.dsn | quote"
    bool undefined = false; // Unresolved: a value the environment does not define (not an unknowable one)
};

// A piece of rendered output: "\n" alone, or text without a newline.
struct Fragment
{
    QString text;
    Provenance provenance;
};
using Fragments = QList<Fragment>;

void appendText(Fragments &out, const QString &text, const Provenance &provenance)
{
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = text.indexOf(u'\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline;
        if (end > start)
            out.append({text.mid(start, end - start), provenance});
        if (newline < 0)
            break;
        out.append({u"\n"_s, provenance});
        start = newline + 1;
    }
}

QString joined(const Fragments &fragments)
{
    QString text;
    for (const Fragment &fragment : fragments)
        text += fragment.text;
    return text;
}

bool hasUnresolved(const Fragments &fragments)
{
    return std::any_of(fragments.cbegin(), fragments.cend(), [](const Fragment &fragment) {
        return fragment.provenance.source == Provenance::Source::Unresolved;
    });
}

int provenanceRank(const Provenance &provenance)
{
    switch (provenance.source) {
    case Provenance::Source::Values:
        return provenance.layer;
    case Provenance::Source::Chart:
        return -1;
    default:
        return INT_MIN;
    }
}

// The provenance that set a value last: the latest values file, then Chart.yaml, then the template.
Provenance mainProvenance(const Fragments &fragments, const Provenance &fallback)
{
    const Fragment *best = nullptr;
    for (const Fragment &fragment : fragments) {
        if (provenanceRank(fragment.provenance) == INT_MIN)
            continue;
        if (!best || provenanceRank(fragment.provenance) >= provenanceRank(best->provenance))
            best = &fragment;
    }
    if (best)
        return best->provenance;
    return fragments.isEmpty() ? fallback : fragments.first().provenance;
}

// A value during evaluation.
struct TValue
{
    enum class Kind
    {
        Undefined,  // a .Values path no values file sets
        Text,       // a string, with where each part came from
        Collection, // a values map or list
        Root,       // the top-level context `.` / `$`
        Unknown,    // release-dependent or beyond this renderer (include, .Release.Name, lookup ...)
    };
    Kind kind = Kind::Unknown;
    Fragments fragments; // Text
    QString path;        // Collection: the values path ("" is .Values itself)
    QString padding;     // Undefined, Unknown: what indent/nindent put before it
};

TValue kindValue(TValue::Kind kind)
{
    TValue value;
    value.kind = kind;
    return value;
}

TValue textValue(const QString &text, const Provenance &provenance)
{
    TValue value;
    value.kind = TValue::Kind::Text;
    appendText(value.fragments, text, provenance);
    if (value.fragments.isEmpty())
        value.fragments.append({QString(), provenance}); // keeps the provenance of an empty string
    return value;
}

TValue collectionValue(const QString &path)
{
    TValue value;
    value.kind = TValue::Kind::Collection;
    value.path = path;
    return value;
}

bool isResolvedText(const TValue &value)
{
    return value.kind == TValue::Kind::Text && !hasUnresolved(value.fragments);
}

enum class Truth
{
    False,
    True,
    Unknown
};

// Go's notion of empty, which `if`, `with`, `default` and `empty` share. The flattened values lose
// YAML types, so "false" and "0" count as the typed false and zero they almost always are.
Truth emptiness(const TValue &value)
{
    switch (value.kind) {
    case TValue::Kind::Undefined:
        return Truth::True;
    case TValue::Kind::Collection:
    case TValue::Kind::Root:
        return Truth::False;
    case TValue::Kind::Unknown:
        return Truth::Unknown;
    case TValue::Kind::Text:
        break;
    }
    if (hasUnresolved(value.fragments))
        return Truth::Unknown;
    const QString text = joined(value.fragments);
    return text.isEmpty() || text == u"false" || text == u"0" ? Truth::True : Truth::False;
}

Truth truthOf(const TValue &value)
{
    switch (emptiness(value)) {
    case Truth::True:
        return Truth::False;
    case Truth::False:
        return Truth::True;
    case Truth::Unknown:
        break;
    }
    return Truth::Unknown;
}

QString goQuoted(const QString &text)
{
    QString quoted = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            quoted += u'\\' + QString(c);
        else if (c == u'\n')
            quoted += u"\\n";
        else if (c == u'\t')
            quoted += u"\\t";
        else
            quoted += c;
    }
    return quoted + u'"';
}

// ---------------------------------------------------------------------------------------------
// Template source, lexing and parsing

class TemplateSource
{
public:
    TemplateSource(const QString &path, const QString &text) : m_path(path), m_text(text)
    {
        m_lineStarts.append(0);
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (m_text.at(i) == u'\n')
                m_lineStarts.append(i + 1);
        }
    }

    const QString &path() const { return m_path; }
    const QString &text() const { return m_text; }

    Location at(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
        const qsizetype line = it - m_lineStarts.cbegin();
        return {m_path, int(line), int(offset - m_lineStarts.at(line - 1)) + 1};
    }

private:
    QString m_path;
    QString m_text;
    QList<qsizetype> m_lineStarts;
};

struct Action
{
    QString text;         // between the delimiters, without trim markers, trimmed
    qsizetype offset = 0; // of the opening "{{"
};

struct TemplateNode
{
    enum class Type
    {
        Text,
        Output,
        If,
        With,
        Range,
        Assign
    };
    Type type = Type::Text;
    qsizetype start = 0; // Text: its range in the file
    qsizetype end = 0;
    Action action;         // Output, Assign: the action; blocks: the header
    QString pipeline;      // blocks, Assign: the pipeline after the keyword and declarations
    QStringList variables; // range, with, Assign: the declared variables
    std::vector<TemplateNode> body;
    std::vector<TemplateNode> elseBody;
};

QString firstWord(const QString &text)
{
    qsizetype end = 0;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    return text.left(end);
}

bool isTrimSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Go-template lexing and block structure. Broken templates give diagnostics; what parses renders.
class TemplateParser
{
public:
    TemplateParser(const TemplateSource &source, Diagnostics &diagnostics)
        : m_source(source), m_diagnostics(diagnostics)
    {}

    std::vector<TemplateNode> parse()
    {
        lex();
        std::vector<TemplateNode> nodes;
        while (m_index < m_tokens.size() && !m_aborted) {
            QString terminator;
            Action terminatorAction;
            std::vector<TemplateNode> part = parseBlock(0, &terminator, &terminatorAction);
            std::move(part.begin(), part.end(), std::back_inserter(nodes));
            if (!terminator.isEmpty()) {
                warn(
                    terminatorAction.offset,
                    QCoreApplication::translate("tfi::HelmRender", "{{ %1 }} closes no block and was ignored")
                        .arg(terminator));
            }
        }
        return nodes;
    }

private:
    struct LexToken
    {
        bool isAction = false;
        qsizetype start = 0; // text: its range
        qsizetype end = 0;
        Action action;
        bool trimLeft = false;
        bool trimRight = false;
        bool comment = false;
    };

    void warn(qsizetype offset, const QString &message)
    {
        m_diagnostics.append({m_source.at(offset), DiagnosticSeverity::Warning, message});
    }

    // The offset of the closing "}}" of an action whose content starts at `from`, or -1.
    qsizetype actionEnd(qsizetype from, bool *comment) const
    {
        const QString &text = m_source.text();
        qsizetype start = from;
        while (start < text.size() && isTrimSpace(text.at(start)))
            ++start;
        if (QStringView(text).mid(start, 2) == u"/*") {
            *comment = true;
            const qsizetype close = text.indexOf(u"*/", start + 2);
            return close < 0 ? -1 : text.indexOf(u"}}", close + 2);
        }
        for (qsizetype i = from; i + 1 < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'"' || c == u'`') {
                // A string; an interpreted one cannot span lines, so a stray quote ends at the newline.
                for (++i; i < text.size(); ++i) {
                    const QChar inner = text.at(i);
                    if (c == u'"' && inner == u'\\') {
                        ++i;
                        continue;
                    }
                    if (inner == c || (c == u'"' && inner == u'\n'))
                        break;
                }
                continue;
            }
            if (c == u'}' && text.at(i + 1) == u'}')
                return i;
        }
        return -1;
    }

    void lex()
    {
        const QString &text = m_source.text();
        qsizetype pos = 0;
        while (pos < text.size()) {
            const qsizetype open = text.indexOf(u"{{", pos);
            if (open < 0) {
                m_tokens.append({false, pos, text.size(), {}, false, false, false});
                break;
            }
            if (open > pos)
                m_tokens.append({false, pos, open, {}, false, false, false});
            LexToken token;
            token.isAction = true;
            token.action.offset = open;
            qsizetype innerStart = open + 2;
            if (innerStart + 1 < text.size() && text.at(innerStart) == u'-' &&
                isTrimSpace(text.at(innerStart + 1))) {
                token.trimLeft = true;
                ++innerStart;
            }
            const qsizetype close = actionEnd(innerStart, &token.comment);
            if (close < 0) {
                warn(open, QCoreApplication::translate("tfi::HelmRender",
                                                       "a template action is not closed; the rest "
                                                       "of the template was read as text"));
                m_tokens.append({false, open, text.size(), {}, false, false, false});
                break;
            }
            qsizetype innerEnd = close;
            if (innerEnd - 2 >= innerStart && text.at(innerEnd - 1) == u'-' &&
                isTrimSpace(text.at(innerEnd - 2))) {
                token.trimRight = true;
                --innerEnd;
            }
            token.action.text = text.mid(innerStart, innerEnd - innerStart).trimmed();
            m_tokens.append(token);
            pos = close + 2;
        }
        // {{- and -}} remove the white space (newlines included) next to them.
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            const LexToken &token = m_tokens.at(i);
            if (!token.isAction)
                continue;
            if (token.trimLeft && i > 0 && !m_tokens.at(i - 1).isAction) {
                LexToken &previous = m_tokens[i - 1];
                while (previous.end > previous.start && isTrimSpace(text.at(previous.end - 1)))
                    --previous.end;
            }
            if (m_tokens.at(i).trimRight && i + 1 < m_tokens.size() && !m_tokens.at(i + 1).isAction) {
                LexToken &next = m_tokens[i + 1];
                while (next.start < next.end && isTrimSpace(text.at(next.start)))
                    ++next.start;
            }
        }
    }

    TemplateNode blockNode(const QString &keyword, const QString &header, const Action &action) const
    {
        TemplateNode node;
        node.type = keyword == u"range"  ? TemplateNode::Type::Range
                    : keyword == u"with" ? TemplateNode::Type::With
                                         : TemplateNode::Type::If;
        node.action = action;
        node.pipeline = header;
        if (node.type != TemplateNode::Type::If) {
            static const QRegularExpression declaration(
                QStringLiteral("^(\\$\\w*)\\s*(?:,\\s*(\\$\\w*)\\s*)?:?=\\s*(.*)$"),
                QRegularExpression::DotMatchesEverythingOption);
            if (const QRegularExpressionMatch match = declaration.match(header); match.hasMatch()) {
                node.variables.append(match.captured(1));
                if (match.capturedLength(2) > 0)
                    node.variables.append(match.captured(2));
                node.pipeline = match.captured(3);
            }
        }
        return node;
    }

    // Nodes up to an {{ end }} or {{ else ... }} (returned in *terminator) or the end of the file.
    std::vector<TemplateNode> parseBlock(int depth, QString *terminator, Action *terminatorAction)
    {
        static const QRegularExpression assignment(QStringLiteral("^(\\$\\w*)\\s*:?=\\s*(.*)$"),
                                                   QRegularExpression::DotMatchesEverythingOption);
        std::vector<TemplateNode> nodes;
        terminator->clear();
        while (m_index < m_tokens.size() && !m_aborted) {
            const LexToken token = m_tokens.at(m_index++);
            if (!token.isAction) {
                if (token.end > token.start) {
                    TemplateNode node;
                    node.start = token.start;
                    node.end = token.end;
                    nodes.push_back(std::move(node));
                }
                continue;
            }
            if (token.comment)
                continue;
            const Action &action = token.action;
            const QString keyword = firstWord(action.text);
            if (keyword == u"end" || keyword == u"else") {
                *terminator = keyword;
                *terminatorAction = action;
                return nodes;
            }
            if (keyword == u"if" || keyword == u"with" || keyword == u"range" || keyword == u"define" ||
                keyword == u"block") {
                if (depth >= maxBlockDepth) {
                    warn(action.offset, QCoreApplication::translate(
                                            "tfi::HelmRender", "template blocks are nested too deeply; the "
                                                               "rest of the template was not rendered"));
                    m_aborted = true;
                    return nodes;
                }
                TemplateNode node = blockNode(keyword, action.text.mid(keyword.size()).trimmed(), action);
                parseBody(node, keyword, depth);
                // Named templates render only through include, which is not followed.
                if (keyword != u"define" && keyword != u"block")
                    nodes.push_back(std::move(node));
                continue;
            }
            if (keyword == u"break" || keyword == u"continue")
                continue;
            TemplateNode node;
            node.action = action;
            if (const QRegularExpressionMatch match = assignment.match(action.text); match.hasMatch()) {
                node.type = TemplateNode::Type::Assign;
                node.variables.append(match.captured(1));
                node.pipeline = match.captured(2);
            } else {
                node.type = TemplateNode::Type::Output;
                node.pipeline = action.text;
            }
            nodes.push_back(std::move(node));
        }
        return nodes;
    }

    // The body of a block and its else / else if / else with chain.
    void parseBody(TemplateNode &node, const QString &keyword, int depth)
    {
        QString terminator;
        Action terminatorAction;
        node.body = parseBlock(depth + 1, &terminator, &terminatorAction);
        TemplateNode *current = &node;
        while (terminator == u"else" && !m_aborted) {
            const QString rest = terminatorAction.text.mid(4).trimmed();
            const QString chained = firstWord(rest);
            if (chained == u"if" || chained == u"with") {
                current->elseBody.push_back(
                    blockNode(chained, rest.mid(chained.size()).trimmed(), terminatorAction));
                current = &current->elseBody.back();
                current->body = parseBlock(depth + 1, &terminator, &terminatorAction);
            } else {
                current->elseBody = parseBlock(depth + 1, &terminator, &terminatorAction);
                if (terminator == u"else") {
                    warn(terminatorAction.offset,
                         QCoreApplication::translate("tfi::HelmRender",
                                                     "a block has a second {{ else }}; it was ignored"));
                }
            }
        }
        if (terminator.isEmpty() && !m_aborted) {
            warn(node.action.offset, QCoreApplication::translate(
                                         "tfi::HelmRender", "this {{ %1 }} block is not closed by {{ end }}")
                                         .arg(keyword));
        }
    }

    const TemplateSource &m_source;
    Diagnostics &m_diagnostics;
    QList<LexToken> m_tokens;
    qsizetype m_index = 0;
    bool m_aborted = false;
};

// ---------------------------------------------------------------------------------------------
// Expressions

struct ExprToken
{
    enum class Type
    {
        Field,
        Variable,
        String,
        Number,
        Identifier,
        Pipe,
        Open,
        Close,
        Other
    };
    Type type = Type::Other;
    QString text; // Field, Variable: as written; String: the decoded content
};

QList<ExprToken> tokenizeExpression(const QString &text)
{
    QList<ExprToken> tokens;
    const qsizetype size = text.size();
    const auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_';
    };
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'|') {
            tokens.append({ExprToken::Type::Pipe, {}});
            ++i;
        } else if (c == u'(') {
            tokens.append({ExprToken::Type::Open, {}});
            ++i;
        } else if (c == u')') {
            tokens.append({ExprToken::Type::Close, {}});
            ++i;
        } else if (c == u'"' || c == u'`') {
            QString content;
            bool closed = false;
            for (++i; i < size; ++i) {
                const QChar inner = text.at(i);
                if (c == u'"' && inner == u'\\' && i + 1 < size) {
                    const QChar escaped = text.at(++i);
                    content += escaped == u'n' ? QChar(u'\n') : escaped == u't' ? QChar(u'\t') : escaped;
                    continue;
                }
                if (inner == c) {
                    closed = true;
                    ++i;
                    break;
                }
                content += inner;
            }
            tokens.append({closed ? ExprToken::Type::String : ExprToken::Type::Other, content});
        } else if (c == u'.' || c == u'$') {
            const qsizetype start = i;
            for (++i; i < size && (isWordChar(text.at(i)) || text.at(i) == u'.'); ++i) {
            }
            tokens.append(
                {c == u'.' ? ExprToken::Type::Field : ExprToken::Type::Variable, text.mid(start, i - start)});
        } else if (c.isDigit() || ((c == u'-' || c == u'+') && i + 1 < size && text.at(i + 1).isDigit())) {
            const qsizetype start = i;
            for (++i; i < size && (text.at(i).isLetterOrNumber() || text.at(i) == u'.'); ++i) {
            }
            tokens.append({ExprToken::Type::Number, text.mid(start, i - start)});
        } else if (c.isLetter() || c == u'_') {
            const qsizetype start = i;
            for (++i; i < size && isWordChar(text.at(i)); ++i) {
            }
            tokens.append({ExprToken::Type::Identifier, text.mid(start, i - start)});
        } else {
            tokens.append({ExprToken::Type::Other, QString(c)});
            ++i;
        }
    }
    return tokens;
}

struct Scope
{
    TValue dot;
    QHash<QString, TValue> variables;
};

// Evaluates pipelines against the merged values and the chart.
class Evaluator
{
public:
    Evaluator(const MergedValues &values, const ChartFacts &chart) : m_values(values), m_chart(chart) {}

    TValue evaluate(const QString &pipeline, const Scope &scope, const Location &at)
    {
        m_at = at;
        const QList<ExprToken> tokens = tokenizeExpression(pipeline);
        return evaluatePipeline(tokens, 0, tokens.size(), scope, 0);
    }

    // False once the evaluation budget is spent; everything after that is Unknown.
    bool spend(qint64 steps)
    {
        m_steps += steps;
        return m_steps <= maxEvaluationSteps;
    }
    bool exhausted() const { return m_steps > maxEvaluationSteps; }

    TValue valueAt(const QString &path) const
    {
        if (const ValueEntry *entry = m_values.scalar(path))
            return textValue(entry->value, valuesProvenance(*entry));
        if (m_values.isCollection(path))
            return collectionValue(path);
        return kindValue(TValue::Kind::Undefined);
    }

    QList<ValueChild> children(const QString &path, bool *isList)
    {
        qint64 visited = 0;
        QList<ValueChild> result = m_values.children(path, isList, &visited);
        spend(visited);
        return result;
    }

    // Where a map key of a range came from: its value's line, or for a nested map its first entry's.
    Provenance keyProvenance(const QString &childPath) const
    {
        if (const ValueEntry *entry = m_values.scalar(childPath))
            return valuesProvenance(*entry);
        if (const ValueEntry *entry = m_values.firstInside(childPath))
            return valuesProvenance(*entry);
        return literalProvenance();
    }

    Provenance literalProvenance() const
    {
        Provenance provenance;
        provenance.location = m_at;
        return provenance;
    }

private:
    static Provenance valuesProvenance(const ValueEntry &entry)
    {
        Provenance provenance;
        provenance.source = Provenance::Source::Values;
        provenance.location = entry.location;
        provenance.layer = entry.layer;
        return provenance;
    }

    TValue chartField(const QString &field) const
    {
        Provenance provenance;
        provenance.source = Provenance::Source::Chart;
        if (field == u"Name") {
            provenance.location = m_chart.nameLocation;
            return textValue(m_chart.name, provenance);
        }
        if (field == u"Version") {
            provenance.location = m_chart.versionLocation;
            return textValue(m_chart.version, provenance);
        }
        if (field == u"AppVersion") {
            provenance.location = m_chart.appVersionLocation;
            return textValue(m_chart.appVersion, provenance);
        }
        return kindValue(TValue::Kind::Unknown);
    }

    TValue descend(TValue current, const QStringList &segments)
    {
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QString &segment = segments.at(i);
            switch (current.kind) {
            case TValue::Kind::Root:
                if (segment == u"Values") {
                    current = collectionValue(QString());
                    continue;
                }
                if (segment == u"Chart" && i + 2 == segments.size())
                    return chartField(segments.at(i + 1));
                return kindValue(TValue::Kind::Unknown); // .Release, .Capabilities, .Files, .Template
            case TValue::Kind::Collection:
                if (!spend(1))
                    return kindValue(TValue::Kind::Unknown);
                current = valueAt(joinedPath(current.path, segment));
                continue;
            case TValue::Kind::Undefined:
                return current;
            case TValue::Kind::Text: // a field of a scalar: the values define no map there
                return kindValue(current.fragments.isEmpty() || hasUnresolved(current.fragments)
                                     ? TValue::Kind::Unknown
                                     : TValue::Kind::Undefined);
            case TValue::Kind::Unknown:
                return kindValue(TValue::Kind::Unknown);
            }
        }
        return current;
    }

    TValue operand(const QList<ExprToken> &tokens, qsizetype begin, qsizetype end, const Scope &scope,
                   int depth)
    {
        if (end - begin > 1) // a parenthesised pipeline
            return evaluatePipeline(tokens, begin + 1, end - 1, scope, depth + 1);
        const ExprToken &token = tokens.at(begin);
        switch (token.type) {
        case ExprToken::Type::Field: {
            if (token.text == u".")
                return scope.dot;
            return descend(scope.dot, token.text.mid(1).split(u'.', Qt::SkipEmptyParts));
        }
        case ExprToken::Type::Variable: {
            const qsizetype dot = token.text.indexOf(u'.');
            const QString name = dot < 0 ? token.text : token.text.left(dot);
            const TValue base = name == u"$" ? kindValue(TValue::Kind::Root)
                                             : scope.variables.value(name, kindValue(TValue::Kind::Unknown));
            return dot < 0 ? base : descend(base, token.text.mid(dot + 1).split(u'.', Qt::SkipEmptyParts));
        }
        case ExprToken::Type::String:
        case ExprToken::Type::Number:
            return textValue(token.text, literalProvenance());
        case ExprToken::Type::Identifier:
            if (token.text == u"true" || token.text == u"false")
                return textValue(token.text, literalProvenance());
            if (token.text == u"nil")
                return kindValue(TValue::Kind::Undefined);
            return call(token.text, {});
        default:
            return kindValue(TValue::Kind::Unknown);
        }
    }

    TValue evaluateCommand(const QList<ExprToken> &tokens, qsizetype begin, qsizetype end, const Scope &scope,
                           const TValue *piped, int depth)
    {
        QList<std::pair<qsizetype, qsizetype>> operands;
        for (qsizetype i = begin; i < end; ++i) {
            if (tokens.at(i).type == ExprToken::Type::Open) {
                int level = 0;
                qsizetype close = -1;
                for (qsizetype j = i; j < end; ++j) {
                    if (tokens.at(j).type == ExprToken::Type::Open)
                        ++level;
                    else if (tokens.at(j).type == ExprToken::Type::Close && --level == 0) {
                        close = j;
                        break;
                    }
                }
                if (close < 0)
                    return kindValue(TValue::Kind::Unknown);
                operands.append({i, close + 1});
                i = close;
            } else if (tokens.at(i).type == ExprToken::Type::Close ||
                       tokens.at(i).type == ExprToken::Type::Other) {
                return kindValue(TValue::Kind::Unknown);
            } else {
                operands.append({i, i + 1});
            }
        }
        if (operands.isEmpty())
            return kindValue(TValue::Kind::Unknown);
        const ExprToken &first = tokens.at(operands.first().first);
        const bool isFunction = operands.first().second - operands.first().first == 1 &&
                                first.type == ExprToken::Type::Identifier && first.text != u"true" &&
                                first.text != u"false" && first.text != u"nil";
        if (isFunction) {
            QList<TValue> arguments;
            for (qsizetype i = 1; i < operands.size(); ++i)
                arguments.append(operand(tokens, operands.at(i).first, operands.at(i).second, scope, depth));
            if (piped)
                arguments.append(*piped);
            return call(first.text, arguments);
        }
        if (operands.size() == 1 && !piped)
            return operand(tokens, operands.first().first, operands.first().second, scope, depth);
        return kindValue(TValue::Kind::Unknown);
    }

    TValue evaluatePipeline(const QList<ExprToken> &tokens, qsizetype begin, qsizetype end,
                            const Scope &scope, int depth)
    {
        if (depth > maxExpressionDepth || begin >= end)
            return kindValue(TValue::Kind::Unknown);
        TValue result;
        bool hasPiped = false;
        int level = 0;
        qsizetype commandStart = begin;
        for (qsizetype i = begin; i <= end; ++i) {
            if (i < end) {
                const ExprToken::Type type = tokens.at(i).type;
                if (type == ExprToken::Type::Open)
                    ++level;
                else if (type == ExprToken::Type::Close)
                    --level;
                if (type != ExprToken::Type::Pipe || level != 0)
                    continue;
            }
            if (i == commandStart)
                return kindValue(TValue::Kind::Unknown);
            result = evaluateCommand(tokens, commandStart, i, scope, hasPiped ? &result : nullptr, depth);
            hasPiped = true;
            commandStart = i + 1;
        }
        return result;
    }

    // A string function of one resolved argument; undefined stays undefined (the env var is then Unset).
    TValue mapText(const QList<TValue> &arguments,
                   const std::function<QString(const QString &)> &function) const
    {
        if (arguments.isEmpty())
            return kindValue(TValue::Kind::Unknown);
        const TValue &value = arguments.last();
        if (value.kind == TValue::Kind::Undefined)
            return value;
        if (!isResolvedText(value))
            return kindValue(TValue::Kind::Unknown);
        return textValue(function(joined(value.fragments)),
                         mainProvenance(value.fragments, literalProvenance()));
    }

    static bool allResolved(const QList<TValue> &arguments)
    {
        return std::all_of(arguments.cbegin(), arguments.cend(), isResolvedText);
    }

    static TValue booleanValue(bool value, const Provenance &provenance)
    {
        return textValue(value ? u"true"_s : u"false"_s, provenance);
    }

    TValue formatted(const QList<TValue> &arguments) const
    {
        if (arguments.isEmpty() || !allResolved(arguments))
            return kindValue(TValue::Kind::Unknown);
        const QString format = joined(arguments.first().fragments);
        TValue result;
        result.kind = TValue::Kind::Text;
        qsizetype next = 1;
        QString literal;
        for (qsizetype i = 0; i < format.size(); ++i) {
            if (format.at(i) != u'%' || i + 1 >= format.size()) {
                literal += format.at(i);
                continue;
            }
            const QChar verb = format.at(++i);
            if (verb == u'%') {
                literal += u'%';
                continue;
            }
            if ((verb != u's' && verb != u'd' && verb != u'v' && verb != u'q') || next >= arguments.size())
                return kindValue(TValue::Kind::Unknown); // widths and other verbs are not modelled
            appendText(result.fragments, literal, literalProvenance());
            literal.clear();
            const TValue &argument = arguments.at(next++);
            if (verb == u'q') {
                appendText(result.fragments, goQuoted(joined(argument.fragments)),
                           mainProvenance(argument.fragments, literalProvenance()));
            } else {
                result.fragments += argument.fragments;
            }
        }
        appendText(result.fragments, literal, literalProvenance());
        if (result.fragments.isEmpty())
            result.fragments.append({QString(), literalProvenance()});
        return result;
    }

    static QString yamlScalar(const QString &value) { return goQuoted(value); }

    static QString yamlKey(const QString &key)
    {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_./-]*$"));
        return plain.match(key).hasMatch() ? key : goQuoted(key);
    }

    struct YamlLine
    {
        QString text;
        Provenance provenance;
    };

    // Block YAML for a values map or list, the way Helm's toYaml writes it (keys sorted, lists not
    // indented under their key); each line carries the values line it shows.
    void yamlLines(const QString &path, int depth, QList<YamlLine> &lines, bool *isList)
    {
        const QList<ValueChild> entries = children(path, isList);
        if (depth > maxYamlDepth || exhausted())
            return;
        for (const ValueChild &child : entries) {
            if (!spend(1))
                return;
            const ValueEntry *entry = m_values.scalar(child.path);
            const QString lead = *isList ? u"- "_s : yamlKey(child.key) + u": "_s;
            if (entry) {
                lines.append({lead + yamlScalar(entry->value), valuesProvenance(*entry)});
                continue;
            }
            QList<YamlLine> nested;
            bool nestedIsList = false;
            yamlLines(child.path, depth + 1, nested, &nestedIsList);
            if (nested.isEmpty())
                continue;
            if (*isList) {
                for (qsizetype i = 0; i < nested.size(); ++i)
                    nested[i].text.prepend(i == 0 ? u"- "_s : u"  "_s);
            } else {
                lines.append({yamlKey(child.key) + u':', nested.first().provenance});
                if (!nestedIsList) {
                    for (YamlLine &line : nested)
                        line.text.prepend(u"  "_s);
                }
            }
            lines += nested;
        }
    }

    TValue toYaml(const TValue &value)
    {
        switch (value.kind) {
        case TValue::Kind::Collection: {
            QList<YamlLine> lines;
            bool isList = false;
            yamlLines(value.path, 0, lines, &isList);
            if (exhausted())
                return kindValue(TValue::Kind::Unknown);
            TValue result;
            result.kind = TValue::Kind::Text;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    result.fragments.append({u"\n"_s, lines.at(i).provenance});
                result.fragments.append({lines.at(i).text, lines.at(i).provenance});
            }
            if (result.fragments.isEmpty())
                result.fragments.append({isList ? u"[]"_s : u"{}"_s, literalProvenance()});
            return result;
        }
        case TValue::Kind::Text:
            return value;
        case TValue::Kind::Undefined:
            return textValue(u"null"_s, literalProvenance());
        default:
            return kindValue(TValue::Kind::Unknown);
        }
    }

    // indent / nindent: every line padded; an unresolved value keeps the padding for its placeholder.
    TValue indented(const QList<TValue> &arguments, bool leadingNewline) const
    {
        if (arguments.size() < 2 || !isResolvedText(arguments.first()))
            return kindValue(TValue::Kind::Unknown);
        bool ok = false;
        const int width = joined(arguments.first().fragments).toInt(&ok);
        if (!ok || width < 0 || width > 1000)
            return kindValue(TValue::Kind::Unknown);
        const QString pad(width, u' ');
        const TValue &value = arguments.last();
        if (value.kind != TValue::Kind::Text) {
            TValue result = value.kind == TValue::Kind::Undefined ? value : kindValue(TValue::Kind::Unknown);
            result.padding = (leadingNewline ? u"\n"_s : QString()) + pad + value.padding;
            return result;
        }
        TValue result;
        result.kind = TValue::Kind::Text;
        if (leadingNewline)
            result.fragments.append({u"\n"_s, literalProvenance()});
        bool lineStart = true;
        for (const Fragment &fragment : value.fragments) {
            if (fragment.text == u"\n") {
                lineStart = true;
            } else if (lineStart && !fragment.text.isEmpty()) {
                result.fragments.append({pad, fragment.provenance});
                lineStart = false;
            }
            result.fragments.append(fragment);
        }
        return result;
    }

    TValue indexed(const QList<TValue> &arguments)
    {
        if (arguments.isEmpty())
            return kindValue(TValue::Kind::Unknown);
        TValue current = arguments.first();
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            if (current.kind == TValue::Kind::Undefined)
                return current;
            if (current.kind != TValue::Kind::Collection || !isResolvedText(arguments.at(i)))
                return kindValue(TValue::Kind::Unknown);
            const QString key = joined(arguments.at(i).fragments);
            const QString listPath = current.path + u'[' + key + u']';
            current = m_values.scalar(listPath) || m_values.isCollection(listPath)
                          ? valueAt(listPath)
                          : valueAt(joinedPath(current.path, key));
        }
        return current;
    }

    TValue call(const QString &name, const QList<TValue> &arguments)
    {
        const Provenance literal = literalProvenance();
        if (name == u"default") {
            if (arguments.size() < 2)
                return kindValue(TValue::Kind::Unknown);
            switch (emptiness(arguments.last())) {
            case Truth::True:
                return arguments.first();
            case Truth::False:
                return arguments.last();
            case Truth::Unknown:
                return kindValue(TValue::Kind::Unknown);
            }
        }
        if (name == u"quote")
            return mapText(arguments, goQuoted);
        if (name == u"squote")
            return mapText(arguments, [](const QString &text) -> QString { return u'\'' + text + u'\''; });
        if (name == u"toString" || name == u"int" || name == u"int64" || name == u"float64" ||
            name == u"toDecimal")
            return mapText(arguments, [](const QString &text) { return text; });
        if (name == u"lower")
            return mapText(arguments, [](const QString &text) { return text.toLower(); });
        if (name == u"upper")
            return mapText(arguments, [](const QString &text) { return text.toUpper(); });
        if (name == u"trim")
            return mapText(arguments, [](const QString &text) { return text.trimmed(); });
        if (name == u"trunc" || name == u"trimSuffix" || name == u"trimPrefix" || name == u"replace") {
            const qsizetype parameters = name == u"replace" ? 2 : 1;
            if (arguments.size() != parameters + 1 || !allResolved(arguments.mid(0, parameters)))
                return kindValue(TValue::Kind::Unknown);
            const QString first = joined(arguments.at(0).fragments);
            const QString second = parameters == 2 ? joined(arguments.at(1).fragments) : QString();
            return mapText(arguments, [&](const QString &text) {
                if (name == u"trunc") {
                    const int length = first.toInt();
                    return length >= 0 ? text.left(length) : text.right(-length);
                }
                if (name == u"trimSuffix")
                    return text.endsWith(first) ? text.chopped(first.size()) : text;
                if (name == u"trimPrefix")
                    return text.startsWith(first) ? text.mid(first.size()) : text;
                return QString(text).replace(first, second);
            });
        }
        if (name == u"printf")
            return formatted(arguments);
        if (name == u"toYaml")
            return arguments.size() == 1 ? toYaml(arguments.first()) : kindValue(TValue::Kind::Unknown);
        if (name == u"indent" || name == u"nindent")
            return indented(arguments, name == u"nindent");
        if (name == u"not" || name == u"empty") {
            if (arguments.size() != 1)
                return kindValue(TValue::Kind::Unknown);
            const Truth truth = emptiness(arguments.first());
            return truth == Truth::Unknown ? kindValue(TValue::Kind::Unknown)
                                           : booleanValue(truth == Truth::True, literal);
        }
        if (name == u"and" || name == u"or") {
            // Go returns the first argument that decides, or the last one.
            const Truth decisive = name == u"and" ? Truth::False : Truth::True;
            for (const TValue &argument : arguments) {
                const Truth truth = truthOf(argument);
                if (truth == Truth::Unknown)
                    return kindValue(TValue::Kind::Unknown);
                if (truth == decisive)
                    return argument;
            }
            return arguments.isEmpty() ? kindValue(TValue::Kind::Unknown) : arguments.last();
        }
        if (name == u"eq" || name == u"ne") {
            if (arguments.size() < 2)
                return kindValue(TValue::Kind::Unknown);
            const auto comparable = [](const TValue &value) {
                return value.kind == TValue::Kind::Undefined || isResolvedText(value);
            };
            if (!std::all_of(arguments.cbegin(), arguments.cend(), comparable))
                return kindValue(TValue::Kind::Unknown);
            const QString first = joined(arguments.first().fragments);
            bool equal = false;
            for (qsizetype i = 1; i < arguments.size(); ++i)
                equal |= joined(arguments.at(i).fragments) == first;
            return booleanValue(name == u"eq" ? equal : !equal, literal);
        }
        if (name == u"required")
            return arguments.size() == 2 ? arguments.last() : kindValue(TValue::Kind::Unknown);
        if (name == u"coalesce") {
            for (const TValue &argument : arguments) {
                const Truth truth = emptiness(argument);
                if (truth == Truth::Unknown)
                    return kindValue(TValue::Kind::Unknown);
                if (truth == Truth::False)
                    return argument;
            }
            return kindValue(TValue::Kind::Undefined);
        }
        if (name == u"ternary") {
            if (arguments.size() != 3)
                return kindValue(TValue::Kind::Unknown);
            const Truth truth = truthOf(arguments.at(2));
            return truth == Truth::True    ? arguments.at(0)
                   : truth == Truth::False ? arguments.at(1)
                                           : kindValue(TValue::Kind::Unknown);
        }
        if (name == u"index")
            return indexed(arguments);
        if (name == u"hasKey") {
            if (arguments.size() != 2 || arguments.first().kind != TValue::Kind::Collection ||
                !isResolvedText(arguments.last()))
                return kindValue(TValue::Kind::Unknown);
            const QString path = joinedPath(arguments.first().path, joined(arguments.last().fragments));
            return booleanValue(m_values.scalar(path) || m_values.isCollection(path), literal);
        }
        // include, template, tpl, lookup, toJson, b64enc, dict, ... are not modelled.
        return kindValue(TValue::Kind::Unknown);
    }

    const MergedValues &m_values;
    const ChartFacts &m_chart;
    Location m_at;
    qint64 m_steps = 0;
};

// ---------------------------------------------------------------------------------------------
// Rendering

class TemplateRenderer
{
public:
    TemplateRenderer(const TemplateSource &source, Evaluator &evaluator, Diagnostics &diagnostics)
        : m_source(source), m_evaluator(evaluator), m_diagnostics(diagnostics)
    {}

    Fragments render(const std::vector<TemplateNode> &nodes)
    {
        Scope scope;
        scope.dot = kindValue(TValue::Kind::Root);
        renderNodes(nodes, scope);
        return std::move(m_out);
    }

private:
    TValue evaluate(const TemplateNode &node, const Scope &scope)
    {
        return m_evaluator.evaluate(node.pipeline, scope, m_source.at(node.action.offset));
    }

    bool checkBudget(const TemplateNode &node)
    {
        if (m_stopped)
            return false;
        if (m_evaluator.exhausted()) {
            stop(node.action.offset, QCoreApplication::translate(
                                         "tfi::HelmRender", "the template takes too many steps to render; "
                                                            "the rest was not rendered"));
        } else if (m_size > maxRenderedChars || m_out.size() > maxRenderedFragments) {
            stop(node.action.offset,
                 QCoreApplication::translate("tfi::HelmRender", "the template renders to more than %1 "
                                                                "characters; the rest was not rendered")
                     .arg(maxRenderedChars));
        }
        return !m_stopped;
    }

    void stop(qsizetype offset, const QString &message)
    {
        m_stopped = true;
        m_diagnostics.append({m_source.at(offset), DiagnosticSeverity::Warning, message});
    }

    void emitTemplateText(qsizetype start, qsizetype end)
    {
        const QString &text = m_source.text();
        qsizetype pieceStart = start;
        for (qsizetype i = start; i <= end; ++i) {
            if (i < end && text.at(i) != u'\n')
                continue;
            Provenance provenance;
            provenance.location = m_source.at(pieceStart);
            if (i > pieceStart)
                m_out.append({text.mid(pieceStart, i - pieceStart), provenance});
            if (i < end)
                m_out.append({u"\n"_s, provenance});
            pieceStart = i + 1;
        }
        m_size += end - start;
    }

    void emitValue(const TValue &value, const Action &action)
    {
        if (value.kind == TValue::Kind::Text) {
            for (const Fragment &fragment : value.fragments) {
                m_out.append(fragment);
                m_size += fragment.text.size();
            }
            return;
        }
        // Written as the action itself, so that the unresolved part is visible where it is used.
        Provenance provenance;
        provenance.source = Provenance::Source::Unresolved;
        provenance.location = m_source.at(action.offset);
        provenance.expression = action.text.simplified();
        provenance.undefined = value.kind == TValue::Kind::Undefined;
        appendText(m_out, value.padding, provenance);
        m_out.append({u"{{ "_s + provenance.expression + u" }}"_s, provenance});
        m_size += value.padding.size() + provenance.expression.size() + 6;
    }

    void renderNodes(const std::vector<TemplateNode> &nodes, const Scope &outer)
    {
        Scope scope = outer; // assignments are local to their block
        for (const TemplateNode &node : nodes) {
            if (!checkBudget(node))
                return;
            switch (node.type) {
            case TemplateNode::Type::Text:
                emitTemplateText(node.start, node.end);
                break;
            case TemplateNode::Type::Output:
                emitValue(evaluate(node, scope), node.action);
                break;
            case TemplateNode::Type::Assign:
                scope.variables.insert(node.variables.first(), evaluate(node, scope));
                break;
            case TemplateNode::Type::If:
                // A condition the values cannot decide keeps its first branch.
                renderNodes(truthOf(evaluate(node, scope)) == Truth::False ? node.elseBody : node.body,
                            scope);
                break;
            case TemplateNode::Type::With: {
                const TValue value = evaluate(node, scope);
                if (truthOf(value) == Truth::False) {
                    renderNodes(node.elseBody, scope);
                } else {
                    Scope inner = scope;
                    inner.dot = value;
                    if (!node.variables.isEmpty())
                        inner.variables.insert(node.variables.first(), value);
                    renderNodes(node.body, inner);
                }
                break;
            }
            case TemplateNode::Type::Range:
                renderRange(node, scope);
                break;
            }
        }
    }

    void renderRange(const TemplateNode &node, const Scope &scope)
    {
        const TValue value = evaluate(node, scope);
        if (value.kind == TValue::Kind::Collection) {
            bool isList = false;
            const QList<ValueChild> children = m_evaluator.children(value.path, &isList);
            if (children.isEmpty())
                renderNodes(node.elseBody, scope);
            for (const ValueChild &child : children) {
                if (!m_evaluator.spend(1) || !checkBudget(node))
                    return;
                Scope inner = scope;
                const TValue element = m_evaluator.valueAt(child.path);
                const TValue key = textValue(child.key, isList ? m_evaluator.literalProvenance()
                                                               : m_evaluator.keyProvenance(child.path));
                inner.dot = element;
                if (node.variables.size() == 2) {
                    inner.variables.insert(node.variables.at(0), key);
                    inner.variables.insert(node.variables.at(1), element);
                } else if (node.variables.size() == 1) {
                    inner.variables.insert(node.variables.at(0), element);
                }
                renderNodes(node.body, inner);
            }
            return;
        }
        if (truthOf(value) == Truth::False) {
            renderNodes(node.elseBody, scope);
            return;
        }
        m_diagnostics.append({m_source.at(node.action.offset), DiagnosticSeverity::Warning,
                              QCoreApplication::translate("tfi::HelmRender",
                                                          "the range over \"%1\" cannot be resolved from the "
                                                          "values; what it renders was left out")
                                  .arg(node.pipeline.simplified())});
    }

    const TemplateSource &m_source;
    Evaluator &m_evaluator;
    Diagnostics &m_diagnostics;
    Fragments m_out;
    qsizetype m_size = 0;
    bool m_stopped = false;
};

// ---------------------------------------------------------------------------------------------
// Rendered lines

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    Provenance provenance;
};

struct RenderedLine
{
    QString text;
    QList<Span> spans;

    const Span *spanAt(qsizetype column) const
    {
        for (const Span &span : spans) {
            if (column >= span.start && column < span.end)
                return &span;
        }
        return spans.isEmpty() ? nullptr : &spans.last();
    }

    Location locationAt(qsizetype column) const
    {
        const Span *span = spanAt(column);
        if (!span)
            return {};
        Location location = span->provenance.location;
        if (span->provenance.source == Provenance::Source::Template && location.column > 0)
            location.column += int(column - span->start);
        return location;
    }
};

QList<RenderedLine> renderedLines(const Fragments &fragments)
{
    QList<RenderedLine> lines(1);
    for (const Fragment &fragment : fragments) {
        if (fragment.text == u"\n") {
            lines.append(RenderedLine{});
            continue;
        }
        RenderedLine &line = lines.last();
        const qsizetype start = line.text.size();
        line.text += fragment.text;
        line.spans.append({start, line.text.size(), fragment.provenance});
    }
    return lines;
}

int indentOf(const QString &text)
{
    int indent = 0;
    while (indent < text.size() && text.at(indent) == u' ')
        ++indent;
    return indent;
}

// Where a scalar ends: before a trailing comment (outside quotes and flow collections) and spaces.
qsizetype scalarEnd(const QString &text, qsizetype start, qsizetype end)
{
    if (start >= end)
        return start;
    const QChar first = text.at(start);
    const bool quoted = first == u'"' || first == u'\'' || first == u'[' || first == u'{';
    QChar quote;
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (quoted && (c == u'"' || c == u'\'')) {
            quote = c;
            continue;
        }
        if (c == u'#' && i > start && text.at(i - 1).isSpace()) {
            end = i;
            break;
        }
    }
    while (end > start && text.at(end - 1).isSpace())
        --end;
    return end;
}

QString unquoted(const QString &raw)
{
    if (raw.isEmpty() || (raw.front() != u'"' && raw.front() != u'\''))
        return raw;
    const QChar quote = raw.front();
    QString text;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (quote == u'"' && c == u'\\' && i + 1 < raw.size()) {
            const QChar escaped = raw.at(++i);
            text += escaped == u'n' ? QChar(u'\n') : escaped == u't' ? QChar(u'\t') : escaped;
        } else if (c == quote) {
            if (quote == u'\'' && i + 1 < raw.size() && raw.at(i + 1) == u'\'') {
                text += c;
                ++i;
            } else {
                break;
            }
        } else {
            text += c;
        }
    }
    return text;
}

// The items of a one-line flow sequence ["a", 'b c', d].
QStringList flowItems(const QString &raw)
{
    QStringList items;
    const qsizetype close = raw.lastIndexOf(u']');
    if (!raw.startsWith(u'[') || close < 0)
        return items;
    qsizetype start = 1;
    QChar quote;
    for (qsizetype i = 1; i <= close; ++i) {
        const QChar c = i < close ? raw.at(i) : QChar(u',');
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u',') {
            const QString item = raw.mid(start, i - start).trimmed();
            if (!item.isEmpty())
                items.append(unquoted(item));
            start = i + 1;
        }
    }
    return items;
}

// A mapping key at `from` (plain or quoted) followed by ':' and a space or the end of the line.
bool matchKey(const QString &text, qsizetype from, QString *key, qsizetype *valueStart)
{
    if (from >= text.size())
        return false;
    const QChar first = text.at(from);
    if (first == u'"' || first == u'\'') {
        qsizetype i = from + 1;
        for (; i < text.size(); ++i) {
            if (first == u'"' && text.at(i) == u'\\') {
                ++i;
            } else if (text.at(i) == first) {
                if (first == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'')
                    ++i;
                else
                    break;
            }
        }
        if (i >= text.size())
            return false;
        qsizetype colon = i + 1;
        while (colon < text.size() && text.at(colon) == u' ')
            ++colon;
        if (colon >= text.size() || text.at(colon) != u':' ||
            (colon + 1 < text.size() && !text.at(colon + 1).isSpace()))
            return false;
        *key = unquoted(text.mid(from, i + 1 - from));
        *valueStart = colon + 1;
        return true;
    }
    if (first == u'#' || first == u'{' || first == u'[' || first == u'&' || first == u'*' || first == u'!')
        return false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'#' && i > from && text.at(i - 1).isSpace())
            return false;
        if (c == u':' && (i + 1 == text.size() || text.at(i + 1).isSpace())) {
            *key = text.mid(from, i - from).trimmed();
            *valueStart = i + 1;
            return !key->isEmpty();
        }
    }
    return false;
}

// A scalar as the manifest scan reads it, with where it was set.
struct ScalarValue
{
    bool isSet = false;
    QString raw;  // as rendered, comment removed
    QString text; // quotes removed
    Location keyLocation;
    Location location;          // the values or Chart.yaml line that set it, else the key's template line
    bool fromValues = false;    // set (in part) from a values file or Chart.yaml
    bool unresolved = false;    // holds an expression the values cannot resolve
    bool onlyUndefined = false; // nothing but one .Values reference the environment does not define
    QString expression;         // the first unresolved expression
    QString suffix;             // literal text after the last template expression (for templated names)
};

ScalarValue scalarValue(const RenderedLine &line, qsizetype start, qsizetype end, const Location &keyLocation)
{
    while (start < end && line.text.at(start).isSpace())
        ++start;
    end = scalarEnd(line.text, start, end);
    ScalarValue value;
    value.keyLocation = keyLocation;
    value.location = keyLocation;
    value.raw = line.text.mid(start, end - start);
    value.isSet = !value.raw.isEmpty();
    value.text = unquoted(value.raw);
    int bestRank = INT_MIN;
    const Span *unresolved = nullptr;
    int unresolvedCount = 0;
    qsizetype lastExpressionEnd = -1;
    for (const Span &span : line.spans) {
        if (span.end <= start || span.start >= end)
            continue;
        const Provenance &provenance = span.provenance;
        if (provenance.source != Provenance::Source::Template)
            lastExpressionEnd = std::max(lastExpressionEnd, span.end);
        if (provenance.source == Provenance::Source::Unresolved) {
            ++unresolvedCount;
            if (!unresolved)
                unresolved = &span;
            continue;
        }
        const int rank = provenanceRank(provenance);
        if (rank != INT_MIN && rank >= bestRank) {
            bestRank = rank;
            value.location = provenance.location;
            value.fromValues = true;
        }
    }
    if (unresolved) {
        value.unresolved = true;
        value.expression = unresolved->provenance.expression;
        bool alone = unresolvedCount == 1 && unresolved->provenance.undefined;
        for (qsizetype i = start; alone && i < end; ++i) {
            const QChar c = line.text.at(i);
            if ((i < unresolved->start || i >= unresolved->end) && !c.isSpace() && c != u'"' && c != u'\'')
                alone = false;
        }
        value.onlyUndefined = alone;
    }
    if (lastExpressionEnd >= 0) {
        value.suffix = line.text.mid(lastExpressionEnd, end - lastExpressionEnd);
        value.suffix.remove(u'"');
        value.suffix.remove(u'\'');
        value.suffix = value.suffix.trimmed();
    }
    return value;
}

std::optional<int> integerOf(const ScalarValue &value)
{
    bool ok = false;
    const int number = value.text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

bool pathIs(const QStringList &path, std::initializer_list<QStringView> pattern)
{
    if (path.size() != qsizetype(pattern.size()))
        return false;
    qsizetype i = 0;
    for (const QStringView part : pattern) {
        if (part != u"*" && path.at(i) != part)
            return false;
        ++i;
    }
    return true;
}

std::optional<WorkloadKind> workloadKindOf(const QString &kind)
{
    static const QHash<QString, WorkloadKind> kinds = {
        {u"Deployment"_s, WorkloadKind::Deployment},
        {u"StatefulSet"_s, WorkloadKind::StatefulSet},
        {u"DaemonSet"_s, WorkloadKind::DaemonSet},
        {u"ReplicaSet"_s, WorkloadKind::ReplicaSet},
        {u"Job"_s, WorkloadKind::Job},
        {u"CronJob"_s, WorkloadKind::CronJob},
        {u"Pod"_s, WorkloadKind::Pod},
    };
    const auto it = kinds.constFind(kind);
    return it == kinds.constEnd() ? std::nullopt : std::optional<WorkloadKind>(*it);
}

QString fileStem(const QString &path)
{
    const QString name = path.mid(path.lastIndexOf(u'/') + 1);
    const qsizetype dot = name.indexOf(u'.');
    return dot > 0 ? name.left(dot) : name;
}

// One frame of the indentation structure: a mapping key or a sequence item.
struct Frame
{
    int indent = 0;
    bool item = false;
    QString key;
    int serial = 0; // identifies a sequence item (a container, an env entry, a port)
};

// Reads the workloads of one rendered manifest document from its key/value events.
class DocumentReader
{
public:
    DocumentReader(const QString &chartName, const QString &templatePath, const QString &environment,
                   DeploymentModel &out)
        : m_chartName(chartName), m_templatePath(templatePath), m_environment(environment), m_out(out)
    {}

    void onKey(const QList<Frame> &frames, const QString &key, const ScalarValue &value)
    {
        QStringList keys = keysOf(frames);
        keys.append(key);
        if (const qsizetype c = containerIndex(keys); c >= 0) {
            onContainerEvent(frames, keys, c, value, false);
            return;
        }
        const qsizetype size = keys.size();
        if (pathIs(keys, {u"kind"})) {
            m_kind = value;
        } else if (pathIs(keys, {u"metadata", u"name"})) {
            m_name = value;
        } else if (pathIs(keys, {u"metadata", u"namespace"})) {
            m_namespace = value;
        } else if (pathIs(keys, {u"metadata", u"labels", u"*"})) {
            if (isPlainEntry(value))
                m_labels.insert(key, value.text);
        } else if (pathIs(keys, {u"metadata", u"annotations", u"*"})) {
            if (key == u"helm.sh/hook")
                m_hook = value.text;
            if (isPlainEntry(value))
                m_annotations.insert(key, value.text);
        } else if (pathIs(keys, {u"spec", u"replicas"})) {
            m_replicas = value;
        } else if (pathIs(keys, {u"spec", u"schedule"})) {
            m_schedule = value;
        } else if (pathIs(keys, {u"spec", u"concurrencyPolicy"})) {
            m_concurrencyPolicy = value;
        } else if (pathIs(keys, {u"spec", u"selector", u"matchLabels", u"*"})) {
            if (isPlainEntry(value))
                m_selector.insert(key, value.text);
        } else if (size >= 4 && keys.at(size - 4) == u"template" && keys.at(size - 3) == u"metadata" &&
                   keys.at(size - 2) == u"labels") {
            if (isPlainEntry(value))
                m_podLabels.insert(key, value.text);
        } else if (size >= 4 && keys.at(size - 4) == u"template" && keys.at(size - 3) == u"metadata" &&
                   keys.at(size - 2) == u"annotations") {
            if (isPlainEntry(value))
                m_podAnnotations.insert(key, value.text);
        } else if (size >= 3 && keys.at(size - 3) == u"template" && keys.at(size - 2) == u"spec") {
            if (key == u"terminationGracePeriodSeconds")
                m_gracePeriod = value;
            else if (key == u"serviceAccountName")
                m_serviceAccount = value;
            else if (key == u"hostNetwork")
                m_hostNetwork = value;
        }
    }

    void onItem(const QList<Frame> &frames, const ScalarValue &value)
    {
        const QStringList keys = keysOf(frames);
        if (const qsizetype c = containerIndex(keys); c >= 0)
            onContainerEvent(frames, keys, c, value, true);
    }

    void finish(const Location &documentLocation)
    {
        const std::optional<WorkloadKind> kind = workloadKindOf(m_kind.text);
        if (!kind || m_hook.contains(u"test"))
            return; // not a workload, or a `helm test` pod that never runs in a deployment
        Workload workload;
        workload.kind = *kind;
        workload.format = SourceFormat::Kubernetes;
        workload.environment = m_environment;
        workload.name = workloadName(documentLocation);
        workload.location = m_name.isSet ? m_name.keyLocation : m_kind.keyLocation;
        if (m_namespace.isSet && !m_namespace.unresolved)
            workload.namespaceName = m_namespace.text;
        workload.labels = m_labels;
        workload.annotations = m_annotations;
        workload.selector = m_selector;
        workload.podLabels = m_podLabels;
        workload.podAnnotations = m_podAnnotations;
        if (m_replicas.isSet) {
            if (const std::optional<int> replicas =
                    resolvedInteger(m_replicas, workload.name, Field::Replicas)) {
                workload.replicas = replicas;
                workload.replicasLocation = m_replicas.location;
            }
        }
        if (m_gracePeriod.isSet) {
            if (const std::optional<int> seconds =
                    resolvedInteger(m_gracePeriod, workload.name, Field::GracePeriod)) {
                workload.terminationGracePeriodSeconds = seconds;
                workload.gracePeriodLocation = m_gracePeriod.location;
            }
        }
        if (m_serviceAccount.isSet && !m_serviceAccount.unresolved)
            workload.serviceAccount = m_serviceAccount.text;
        if (m_hostNetwork.isSet && !m_hostNetwork.unresolved) {
            workload.hostNetwork = m_hostNetwork.text == u"true";
            workload.hostNetworkLocation = m_hostNetwork.location;
        }
        if (m_schedule.isSet)
            workload.schedule = m_schedule.text;
        if (m_concurrencyPolicy.isSet && !m_concurrencyPolicy.unresolved)
            workload.concurrencyPolicy = m_concurrencyPolicy.text;
        for (ContainerBuild &build : m_containers)
            workload.containers.append(finishContainer(build, workload.name));
        m_out.workloads.append(std::move(workload));
    }

private:
    struct EnvBuild
    {
        ScalarValue name;
        ScalarValue value;
        QString source; // secretKeyRef, configMapKeyRef, fieldRef, resourceFieldRef
        bool hasValueFrom = false;
        ScalarValue refName;
        ScalarValue refKey;
        ScalarValue optional;
    };

    struct EnvFromBuild
    {
        QString source; // secretRef, configMapRef
        Location location;
        ScalarValue name;
        ScalarValue prefix;
        ScalarValue optional;
    };

    struct PortBuild
    {
        ScalarValue containerPort;
        ScalarValue name;
        ScalarValue protocol;
        ScalarValue hostPort;
    };

    struct ProbeBuild
    {
        Probe probe;
        ScalarValue port;
    };

    struct ContainerBuild
    {
        Container container;
        ScalarValue name;
        ScalarValue image;
        QMap<int, EnvBuild> env; // by item serial: the order they were written in
        QMap<int, EnvFromBuild> envFrom;
        QMap<int, PortBuild> ports;
        QList<ProbeBuild> probes;
    };

    enum class Field
    {
        Replicas,
        GracePeriod,
        Port
    };

    static QStringList keysOf(const QList<Frame> &frames)
    {
        QStringList keys;
        keys.reserve(frames.size() + 1);
        for (const Frame &frame : frames)
            keys.append(frame.item ? u"-"_s : frame.key);
        return keys;
    }

    // A label or annotation to record: resolved, and a scalar rather than the start of a nested block
    // (which a dotted key such as prometheus.io/scrape becomes once the values are flattened).
    static bool isPlainEntry(const ScalarValue &value) { return value.isSet && !value.unresolved; }

    static qsizetype containerIndex(const QStringList &keys)
    {
        for (qsizetype i = 0; i + 1 < keys.size(); ++i) {
            if ((keys.at(i) == u"containers" || keys.at(i) == u"initContainers") && keys.at(i + 1) == u"-")
                return i;
        }
        return -1;
    }

    static std::optional<Probe::Kind> probeKindOf(const QString &key)
    {
        if (key == u"readinessProbe")
            return Probe::Kind::Readiness;
        if (key == u"livenessProbe")
            return Probe::Kind::Liveness;
        if (key == u"startupProbe")
            return Probe::Kind::Startup;
        return std::nullopt;
    }

    void warn(const Location &location, const QString &message)
    {
        m_out.diagnostics.append({location, DiagnosticSeverity::Warning, message});
    }

    QString environmentLabel() const { return m_environment.isEmpty() ? u"default"_s : m_environment; }

    // A number set through the values; unresolved or malformed ones become warnings naming the
    // expression (never the value).
    std::optional<int> resolvedInteger(const ScalarValue &value, const QString &workload, Field field)
    {
        if (value.unresolved) {
            const QString message =
                field == Field::Replicas
                    ? QCoreApplication::translate("tfi::HelmRender",
                                                  "the replicas of workload %1 cannot be resolved "
                                                  "from the values of environment \"%2\": %3")
                : field == Field::Port
                    ? QCoreApplication::translate("tfi::HelmRender",
                                                  "a container port of workload %1 cannot be resolved from "
                                                  "the values of environment \"%2\": %3")
                    : QCoreApplication::translate("tfi::HelmRender",
                                                  "the termination grace period of workload %1 cannot be "
                                                  "resolved from the values of environment \"%2\": %3");
            warn(value.keyLocation, message.arg(workload, environmentLabel(), value.expression));
            return std::nullopt;
        }
        const std::optional<int> number = integerOf(value);
        if (!number) {
            const QString message =
                field == Field::Replicas
                    ? QCoreApplication::translate("tfi::HelmRender",
                                                  "the replicas of workload %1 are not a number")
                : field == Field::Port
                    ? QCoreApplication::translate("tfi::HelmRender",
                                                  "a container port of workload %1 is not a number")
                    : QCoreApplication::translate("tfi::HelmRender",
                                                  "the termination grace period of workload %1 is not a "
                                                  "number");
            warn(value.location, message.arg(workload));
        }
        return number;
    }

    QString workloadName(const Location &documentLocation)
    {
        const QString stand = m_chartName.isEmpty() ? fileStem(m_templatePath) : m_chartName;
        if (!m_name.isSet) {
            warn(m_kind.isSet ? m_kind.keyLocation : documentLocation,
                 QCoreApplication::translate("tfi::HelmRender",
                                             "a %1 in this template has no metadata.name; it "
                                             "is named %2 here")
                     .arg(m_kind.text, stand));
            return stand;
        }
        if (!m_name.unresolved)
            return m_name.text;
        return stand + m_name.suffix;
    }

    void onContainerEvent(const QList<Frame> &frames, const QStringList &keys, qsizetype c,
                          const ScalarValue &value, bool item)
    {
        // "containers:" followed by a key literally named "-" is no list item: nothing to read.
        if (c + 1 >= frames.size() || !frames.at(c + 1).item)
            return;
        ContainerBuild &build = m_containers[frames.at(c + 1).serial];
        if (keys.at(c) == u"initContainers")
            build.container.init = true;
        const QStringList rel = keys.mid(c + 2);
        const auto serial = [&](qsizetype relIndex) {
            return frames.value(c + 2 + relIndex).serial; // 0 for a key named "-"
        };
        if (rel.isEmpty())
            return;
        if (item) {
            if (pathIs(rel, {u"command", u"-"}))
                build.container.command.append(value.text);
            else if (pathIs(rel, {u"args", u"-"}))
                build.container.args.append(value.text);
            else if (rel.size() == 4 && rel.at(1) == u"exec" && rel.at(2) == u"command" &&
                     !build.probes.isEmpty())
                build.probes.last().probe.command.append(value.text);
            return;
        }
        const QString &first = rel.first();
        if (rel.size() == 1) {
            if (first == u"name") {
                build.name = value;
            } else if (first == u"image") {
                build.image = value;
            } else if (first == u"command" || first == u"args") {
                QStringList &list = first == u"command" ? build.container.command : build.container.args;
                list = value.raw.startsWith(u'[') ? flowItems(value.raw) : QStringList();
                if (first == u"command")
                    build.container.commandLocation = value.keyLocation;
                else
                    build.container.argsLocation = value.keyLocation;
                if (build.container.commandLocation.path.isEmpty())
                    build.container.commandLocation = value.keyLocation;
            } else if (first == u"resources") {
                build.container.resources.location = value.keyLocation;
            } else if (const std::optional<Probe::Kind> probeKind = probeKindOf(first)) {
                ProbeBuild probe;
                probe.probe.kind = *probeKind;
                probe.probe.location = value.keyLocation;
                build.probes.append(probe);
            }
            return;
        }
        if (first == u"env" && rel.at(1) == u"-" && rel.size() >= 3) {
            EnvBuild &env = build.env[serial(1)];
            if (rel.size() == 3) {
                if (rel.at(2) == u"name")
                    env.name = value;
                else if (rel.at(2) == u"value")
                    env.value = value;
                else if (rel.at(2) == u"valueFrom")
                    env.hasValueFrom = true;
            } else if (rel.size() == 4 && rel.at(2) == u"valueFrom") {
                env.source = rel.at(3);
            } else if (rel.size() == 5 && rel.at(2) == u"valueFrom") {
                const QString &field = rel.at(4);
                if (field == u"name" || field == u"fieldPath" || field == u"resource")
                    env.refName = value;
                else if (field == u"key" || field == u"containerName")
                    env.refKey = value;
                else if (field == u"optional")
                    env.optional = value;
            }
            return;
        }
        if (first == u"envFrom" && rel.at(1) == u"-" && rel.size() >= 3) {
            EnvFromBuild &envFrom = build.envFrom[serial(1)];
            if (rel.size() == 3 && (rel.at(2) == u"secretRef" || rel.at(2) == u"configMapRef")) {
                envFrom.source = rel.at(2);
                envFrom.location = value.keyLocation;
            } else if (rel.size() == 3 && rel.at(2) == u"prefix") {
                envFrom.prefix = value;
            } else if (rel.size() == 4 && rel.at(3) == u"name") {
                envFrom.name = value;
            } else if (rel.size() == 4 && rel.at(3) == u"optional") {
                envFrom.optional = value;
            }
            return;
        }
        if (first == u"ports" && rel.at(1) == u"-" && rel.size() == 3) {
            PortBuild &port = build.ports[serial(1)];
            const QString &field = rel.at(2);
            if (field == u"containerPort")
                port.containerPort = value;
            else if (field == u"name")
                port.name = value;
            else if (field == u"protocol")
                port.protocol = value;
            else if (field == u"hostPort")
                port.hostPort = value;
            return;
        }
        if (first == u"resources" && rel.size() == 3 &&
            (rel.at(1) == u"requests" || rel.at(1) == u"limits")) {
            if (isPlainEntry(value)) {
                (rel.at(1) == u"requests" ? build.container.resources.requests
                                          : build.container.resources.limits)
                    .insert(rel.at(2), value.text);
            }
            return;
        }
        if (probeKindOf(first) && !build.probes.isEmpty() && rel.size() >= 2) {
            ProbeBuild &probe = build.probes.last();
            const QString &action = rel.at(1);
            if (rel.size() == 2) {
                if (action == u"httpGet")
                    probe.probe.action = Probe::Action::Http;
                else if (action == u"tcpSocket")
                    probe.probe.action = Probe::Action::Tcp;
                else if (action == u"exec")
                    probe.probe.action = Probe::Action::Exec;
                else if (action == u"grpc")
                    probe.probe.action = Probe::Action::Grpc;
            } else if (rel.size() == 3) {
                if (rel.at(2) == u"port")
                    probe.port = value;
                else if (rel.at(2) == u"path")
                    probe.probe.path = value.text;
                else if (rel.at(2) == u"command" && value.raw.startsWith(u'['))
                    probe.probe.command = flowItems(value.raw);
            }
        }
    }

    EnvVar finishEnv(const EnvBuild &build) const
    {
        EnvVar var;
        var.name = build.name.text;
        if (build.value.fromValues)
            var.location = build.value.location;
        else if (build.refName.fromValues)
            var.location = build.refName.location;
        else if (build.refKey.fromValues)
            var.location = build.refKey.location;
        else if (build.name.fromValues)
            var.location = build.name.location;
        else
            var.location = build.name.keyLocation;
        if (build.hasValueFrom || !build.source.isEmpty()) {
            if (build.source == u"secretKeyRef")
                var.kind = ValueKind::SecretRef;
            else if (build.source == u"configMapKeyRef")
                var.kind = ValueKind::ConfigMapRef;
            else if (build.source == u"fieldRef" || build.source == u"resourceFieldRef")
                var.kind = ValueKind::FieldRef;
            else
                var.kind = ValueKind::Unset;
            var.refName = build.refName.text;
            var.refKey = build.refKey.text;
            var.optional = build.optional.text == u"true";
            return var;
        }
        if (build.value.unresolved) {
            var.kind = build.value.onlyUndefined ? ValueKind::Unset : ValueKind::Interpolated;
            var.refName = build.value.expression;
            if (!build.value.onlyUndefined)
                var.value = build.value.text;
            return var;
        }
        var.value = build.value.text;
        return var;
    }

    Container finishContainer(ContainerBuild &build, const QString &workload)
    {
        Container container = build.container;
        container.name = build.name.text;
        container.location = build.name.isSet ? build.name.keyLocation : build.image.keyLocation;
        if (build.image.isSet) {
            container.image = build.image.text;
            container.imageLocation = build.image.location;
        }
        for (const EnvBuild &env : std::as_const(build.env)) {
            if (!env.name.isSet) {
                warn(env.value.isSet ? env.value.keyLocation : container.location,
                     QCoreApplication::translate("tfi::HelmRender",
                                                 "an env entry of workload %1 has no name and was ignored")
                         .arg(workload));
                continue;
            }
            if (env.name.unresolved) {
                warn(env.name.keyLocation,
                     QCoreApplication::translate("tfi::HelmRender", "the name of an env entry of workload %1 "
                                                                    "cannot be resolved (%2); it was ignored")
                         .arg(workload, env.name.expression));
                continue;
            }
            container.env.append(finishEnv(env));
        }
        for (const EnvFromBuild &envFrom : std::as_const(build.envFrom)) {
            if (envFrom.source.isEmpty())
                continue;
            EnvFromRef ref;
            ref.kind =
                envFrom.source == u"secretRef" ? EnvFromRef::Kind::Secret : EnvFromRef::Kind::ConfigMap;
            ref.name = envFrom.name.text;
            ref.prefix = envFrom.prefix.text;
            ref.optional = envFrom.optional.text == u"true";
            ref.location = envFrom.name.fromValues ? envFrom.name.location : envFrom.location;
            container.envFrom.append(ref);
        }
        for (const PortBuild &port : std::as_const(build.ports)) {
            if (!port.containerPort.isSet)
                continue;
            const std::optional<int> number = resolvedInteger(port.containerPort, workload, Field::Port);
            if (!number)
                continue;
            PortSpec spec;
            spec.containerPort = *number;
            spec.location = port.containerPort.location;
            if (!port.name.unresolved)
                spec.name = port.name.text;
            if (port.protocol.isSet && !port.protocol.unresolved)
                spec.protocol = port.protocol.text;
            if (port.hostPort.isSet && !port.hostPort.unresolved) {
                if (const std::optional<int> hostPort = integerOf(port.hostPort)) {
                    spec.publishedPort = *hostPort;
                    spec.isHostPort = true;
                }
            }
            container.ports.append(spec);
        }
        for (ProbeBuild &probe : build.probes) {
            if (probe.port.isSet && !probe.port.unresolved) {
                if (const std::optional<int> port = integerOf(probe.port))
                    probe.probe.port = *port;
                else
                    probe.probe.portName = probe.port.text;
            }
            container.probes.append(probe.probe);
        }
        return container;
    }

    QString m_chartName;
    QString m_templatePath;
    QString m_environment;
    DeploymentModel &m_out;

    ScalarValue m_kind;
    ScalarValue m_name;
    ScalarValue m_namespace;
    ScalarValue m_replicas;
    ScalarValue m_schedule;
    ScalarValue m_concurrencyPolicy;
    ScalarValue m_gracePeriod;
    ScalarValue m_serviceAccount;
    ScalarValue m_hostNetwork;
    QString m_hook;
    QMap<QString, QString> m_labels;
    QMap<QString, QString> m_annotations;
    QMap<QString, QString> m_selector;
    QMap<QString, QString> m_podLabels;
    QMap<QString, QString> m_podAnnotations;
    QMap<int, ContainerBuild> m_containers; // by item serial
};

bool isDocumentSeparator(const QString &text)
{
    return text.startsWith(u"---") && (text.size() == 3 || text.at(3).isSpace());
}

bool isBlockScalarIndicator(const QString &raw)
{
    static const QRegularExpression indicator(QStringLiteral("^[|>][-+0-9]*$"));
    return indicator.match(raw).hasMatch();
}

// Walks the rendered lines by indentation (templates are YAML only once rendered, and this
// rendering keeps unresolved parts as text), handing each key and sequence item to a reader.
void scanManifests(const QList<RenderedLine> &lines, const QString &chartName, const QString &templatePath,
                   const QString &environment, DeploymentModel &out)
{
    QList<Frame> frames;
    int serial = 0;
    auto reader = std::make_unique<DocumentReader>(chartName, templatePath, environment, out);
    Location documentLocation{templatePath, 1, 0};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const RenderedLine &line = lines.at(i);
        const QString &text = line.text;
        if (isDocumentSeparator(text)) {
            reader->finish(documentLocation);
            reader = std::make_unique<DocumentReader>(chartName, templatePath, environment, out);
            documentLocation = line.locationAt(0);
            frames.clear();
            continue;
        }
        const int indent = indentOf(text);
        if (indent >= text.size() || text.at(indent) == u'#' || text.at(indent) == u'\t')
            continue;
        if (const Span *span = line.spanAt(indent);
            span && span->provenance.source == Provenance::Source::Unresolved)
            continue; // an unresolved block (`include "x.labels"`): nothing to read
        qsizetype position = indent;
        bool item = false;
        if (text.at(indent) == u'-' && (indent + 1 == text.size() || text.at(indent + 1) == u' ')) {
            while (!frames.isEmpty() &&
                   (frames.last().indent > indent || (frames.last().indent == indent && frames.last().item)))
                frames.removeLast();
            frames.append({indent, true, QString(), ++serial});
            position = indent + 1;
            while (position < text.size() && text.at(position) == u' ')
                ++position;
            if (position >= text.size() || text.at(position) == u'#')
                continue;
            item = true;
        } else {
            while (!frames.isEmpty() && frames.last().indent >= indent)
                frames.removeLast();
        }
        QString key;
        qsizetype valueStart = 0;
        if (matchKey(text, position, &key, &valueStart)) {
            const Location keyLocation = line.locationAt(position);
            ScalarValue value = scalarValue(line, valueStart, text.size(), keyLocation);
            if (isBlockScalarIndicator(value.raw)) {
                QStringList block;
                int blockIndent = -1;
                qsizetype next = i + 1;
                for (; next < lines.size(); ++next) {
                    const RenderedLine &blockLine = lines.at(next);
                    const int lineIndent = indentOf(blockLine.text);
                    if (lineIndent >= blockLine.text.size()) {
                        block.append(QString());
                        continue;
                    }
                    if (lineIndent <= position)
                        break;
                    if (blockIndent < 0)
                        blockIndent = lineIndent;
                    block.append(blockLine.text.mid(std::min(lineIndent, blockIndent)));
                }
                while (!block.isEmpty() && block.last().isEmpty())
                    block.removeLast();
                value.text = block.join(value.raw.startsWith(u'>') ? u' ' : u'\n');
                i = next - 1;
            }
            reader->onKey(frames, key, value);
            frames.append({int(position), false, key, ++serial});
        } else if (item) {
            reader->onItem(frames, scalarValue(line, position, text.size(), line.locationAt(position)));
        }
    }
    reader->finish(documentLocation);
}

} // namespace

DeploymentModel renderHelmEnvironment(const HelmChartInfo &chart, const QList<HelmValuesFile> &values,
                                      const QString &environment, const ParseContext &context)
{
    DeploymentModel out;
    const QString canonical = canonicalEnvironmentName(environment);
    MergedValues merged;
    int layer = 0;
    for (const HelmValuesFile &file : values) {
        if (file.chartDirectory == chart.directory && file.environmentHint.isEmpty())
            merged.apply(file, layer++);
    }
    if (!canonical.isEmpty()) {
        for (const HelmValuesFile &file : values) {
            if (file.chartDirectory == chart.directory && !file.environmentHint.isEmpty() &&
                canonicalEnvironmentName(file.environmentHint) == canonical)
                merged.apply(file, layer++);
        }
    }
    const ChartFacts facts = chartFacts(chart, context);

    for (const QString &path : chart.templateFiles) {
        const QString fileName = path.mid(path.lastIndexOf(u'/') + 1);
        // As Helm does: files starting with `_` (helpers) render nothing, NOTES.txt is not a manifest.
        if (fileName.startsWith(u'_') || fileName == u"NOTES.txt")
            continue;
        const SourceFile *file = context.files.find(path);
        if (!file || !file->isText())
            continue;
        if (file->size > context.limits.maxFileSize) {
            out.diagnostics.append(
                {{path, 0, 0},
                 DiagnosticSeverity::Warning,
                 QCoreApplication::translate("tfi::HelmRender", "the template is larger than %1 "
                                                                "bytes and was not rendered")
                     .arg(context.limits.maxFileSize)});
            continue;
        }
        try {
            const TemplateSource source(path, decodedText(file->content));
            const std::vector<TemplateNode> nodes = TemplateParser(source, out.diagnostics).parse();
            Evaluator evaluator(merged, facts);
            const Fragments rendered = TemplateRenderer(source, evaluator, out.diagnostics).render(nodes);
            scanManifests(renderedLines(rendered), chart.name, path, canonical, out);
        } catch (const std::exception &error) {
            out.diagnostics.append(
                {{path, 0, 0},
                 DiagnosticSeverity::Error,
                 QCoreApplication::translate("tfi::HelmRender", "could not render the template: %1")
                     .arg(QString::fromLocal8Bit(error.what()))});
        }
    }
    return out;
}

QString normalizedImageName(const QString &image)
{
    QString name = image.trimmed();
    const qsizetype slash = name.indexOf(u'/');
    if (slash > 0) {
        const QString first = name.left(slash);
        if (first.contains(u'.') || first.contains(u':') || first == u"localhost") {
            const QString host = first.toLower();
            static const QStringList dockerHub = {u"docker.io"_s, u"index.docker.io"_s,
                                                  u"registry-1.docker.io"_s, u"registry.hub.docker.com"_s};
            if (!dockerHub.contains(host))
                return host + name.mid(slash);
            name = name.mid(slash + 1);
        }
    }
    if (name.startsWith(u"library/") && name.indexOf(u'/', 8) < 0)
        name = name.mid(8);
    return name;
}

} // namespace tfi
