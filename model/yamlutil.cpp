#include "yamlutil.h"

#include "textutil.h"

#include <QCoreApplication>

#include <string>

namespace tfi {

namespace {

struct Chunk
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int lineOffset = 0;
};

bool isDocumentMarker(QByteArrayView line, const char *marker)
{
    if (!line.startsWith(marker))
        return false;
    return line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '\r';
}

// Splits a stream at column-0 "---" and "..." lines. Block scalars indent their content,
// so a column-0 marker always ends a document.
QList<Chunk> splitDocuments(const QByteArray &text)
{
    QList<Chunk> chunks;
    Chunk current;
    int lineNo = 0;
    qsizetype pos = 0;
    bool currentHasContent = false;
    while (pos <= text.size()) {
        qsizetype eol = text.indexOf('\n', pos);
        if (eol < 0)
            eol = text.size();
        const QByteArrayView line(text.constData() + pos, eol - pos);
        if (isDocumentMarker(line, "---") || isDocumentMarker(line, "...")) {
            if (currentHasContent) {
                current.end = pos;
                chunks.append(current);
            }
            current = Chunk{};
            // "--- value" keeps the rest of the line in the new document
            const bool startMarker = line.startsWith("---");
            current.begin = startMarker ? pos + 3 : eol + 1;
            current.lineOffset = startMarker ? lineNo : lineNo + 1;
            currentHasContent = false;
            if (startMarker && line.size() > 3 && !line.sliced(3).trimmed().isEmpty())
                currentHasContent = true;
        } else {
            const QByteArrayView trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith('#') && !trimmed.startsWith('%'))
                currentHasContent = true;
        }
        pos = eol + 1;
        ++lineNo;
    }
    if (currentHasContent) {
        current.end = text.size();
        chunks.append(current);
    }
    return chunks;
}

struct PreScan
{
    int maxDepth = 0;
    int depthLine = 0;
    int aliases = 0;
};

// A conservative estimate of nesting depth and alias count, without recursion.
PreScan preScan(QByteArrayView text)
{
    PreScan scan;
    QList<int> indentStack;
    int flowDepth = 0;
    int lineNo = 1;
    bool atLineStart = true;
    int indent = 0;
    int sequenceMarkers = 0; // "- - - x" nests sequences on one line
    char quote = 0;
    char previous = '\n';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++lineNo;
            atLineStart = true;
            indent = 0;
            sequenceMarkers = 0;
            previous = c;
            continue;
        }
        if (atLineStart) {
            if (c == ' ' || c == '-' || c == '\t' || c == '?') {
                indent += 1;
                if (c == '-' || c == '?')
                    ++sequenceMarkers;
                previous = c;
                continue;
            }
            atLineStart = false;
            if (c == '#' || c == '\r') {
                // comment or blank line: no structure
            } else if (quote == 0 && flowDepth == 0) {
                while (!indentStack.isEmpty() && indentStack.last() >= indent)
                    indentStack.removeLast();
                indentStack.append(indent);
                if (int(indentStack.size()) + sequenceMarkers > scan.maxDepth) {
                    scan.maxDepth = int(indentStack.size()) + sequenceMarkers;
                    scan.depthLine = lineNo;
                }
            }
        }
        if (quote) {
            if (c == quote && (quote == '\'' || previous != '\\'))
                quote = 0;
        } else if (c == '#' && (previous == ' ' || previous == '\t')) {
            // skip the comment
            while (i + 1 < text.size() && text[i + 1] != '\n')
                ++i;
        } else if ((c == '"' || c == '\'') && (previous == ' ' || previous == ':' || previous == '[' ||
                                               previous == '{' || previous == ',' || previous == '-')) {
            quote = c;
        } else if (c == '[' || c == '{') {
            ++flowDepth;
            const int depth = flowDepth + int(indentStack.size());
            if (depth > scan.maxDepth) {
                scan.maxDepth = depth;
                scan.depthLine = lineNo;
            }
        } else if ((c == ']' || c == '}') && flowDepth > 0) {
            --flowDepth;
        } else if (c == '*' && (previous == ' ' || previous == '[' || previous == ',' || previous == ':')) {
            ++scan.aliases;
        }
        previous = c;
    }
    return scan;
}

} // namespace

Location YamlDocument::at(const YAML::Node &node) const
{
    Location location;
    location.path = path;
    if (node.IsDefined()) {
        const YAML::Mark mark = node.Mark();
        if (mark.line >= 0) {
            location.line = mark.line + 1 + lineOffset;
            location.column = mark.column + 1;
        }
    }
    if (origins) {
        const auto origin = origins->constFind(location.line);
        return origin == origins->constEnd() ? Location{} : origin.value();
    }
    return location;
}

std::vector<YamlDocument> loadYamlDocuments(const SourceFile &file, const ParseLimits &limits,
                                            Diagnostics &diagnostics)
{
    std::vector<YamlDocument> documents;
    const QByteArray text = normalizedText(file.content);
    const QList<Chunk> chunks = splitDocuments(text);
    if (chunks.size() > limits.maxYamlDocuments) {
        diagnostics.append({{file.path, chunks.at(limits.maxYamlDocuments).lineOffset + 1, 0},
                            DiagnosticSeverity::Warning,
                            QCoreApplication::translate(
                                "tfi::Yaml", "the stream has %1 documents; only the first %2 were read")
                                .arg(chunks.size())
                                .arg(limits.maxYamlDocuments)});
    }
    const qsizetype count = std::min<qsizetype>(chunks.size(), limits.maxYamlDocuments);
    documents.reserve(size_t(count));
    for (qsizetype index = 0; index < count; ++index) {
        const Chunk &chunk = chunks.at(index);
        const QByteArrayView body(text.constData() + chunk.begin, chunk.end - chunk.begin);
        const PreScan scan = preScan(body);
        if (scan.maxDepth > limits.maxYamlDepth) {
            diagnostics.append({{file.path, chunk.lineOffset + scan.depthLine, 0},
                                DiagnosticSeverity::Error,
                                QCoreApplication::translate(
                                    "tfi::Yaml", "YAML nesting is deeper than %1 levels; document skipped")
                                    .arg(limits.maxYamlDepth)});
            continue;
        }
        if (scan.aliases > limits.maxYamlAliases) {
            diagnostics.append(
                {{file.path, chunk.lineOffset + 1, 0},
                 DiagnosticSeverity::Error,
                 QCoreApplication::translate(
                     "tfi::Yaml", "the document uses %1 aliases, more than the limit of %2; skipped")
                     .arg(scan.aliases)
                     .arg(limits.maxYamlAliases)});
            continue;
        }
        try {
            YAML::Node root = YAML::Load(std::string(body.data(), size_t(body.size())));
            if (root.IsNull() || !root.IsDefined())
                continue;
            documents.push_back({root, file.path, int(index), chunk.lineOffset, nullptr});
        } catch (const YAML::Exception &error) {
            // yaml-cpp marks an unclosed construct at the end of input; name the last real line.
            const int lastLine = int(body.count('\n')) - (body.endsWith('\n') ? 1 : 0);
            const int relativeLine =
                error.mark.line >= 0 ? std::min(error.mark.line, std::max(lastLine, 0)) : 0;
            const int line = chunk.lineOffset + relativeLine + 1;
            diagnostics.append({{file.path, line, error.mark.column >= 0 ? error.mark.column + 1 : 0},
                                DiagnosticSeverity::Error,
                                QCoreApplication::translate("tfi::Yaml", "could not parse YAML: %1")
                                    .arg(QString::fromStdString(error.msg))});
        } catch (const std::exception &error) {
            diagnostics.append({{file.path, chunk.lineOffset + 1, 0},
                                DiagnosticSeverity::Error,
                                QCoreApplication::translate("tfi::Yaml", "could not parse YAML: %1")
                                    .arg(QString::fromLocal8Bit(error.what()))});
        }
    }
    return documents;
}

std::vector<YamlDocument> loadGeneratedYamlDocuments(const SourceFile &generated,
                                                     std::shared_ptr<const LineOrigins> origins,
                                                     const ParseLimits &limits, Diagnostics &diagnostics)
{
    Diagnostics found;
    std::vector<YamlDocument> documents = loadYamlDocuments(generated, limits, found);
    for (YamlDocument &document : documents)
        document.origins = origins;
    for (Diagnostic &diagnostic : found) {
        const auto origin =
            origins ? origins->constFind(diagnostic.location.line) : LineOrigins::const_iterator();
        if (origins && origin != origins->constEnd())
            diagnostic.location = origin.value();
        diagnostics.append(diagnostic);
    }
    return documents;
}

bool yamlIsMap(const YAML::Node &node)
{
    return node.IsDefined() && node.IsMap();
}

bool yamlIsSeq(const YAML::Node &node)
{
    return node.IsDefined() && node.IsSequence();
}

bool yamlIsScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}

QString yamlString(const YAML::Node &node)
{
    if (!yamlIsScalar(node))
        return {};
    return QString::fromStdString(node.Scalar());
}

std::optional<int> yamlInt(const YAML::Node &node)
{
    if (!yamlIsScalar(node))
        return std::nullopt;
    bool ok = false;
    const int value = QString::fromStdString(node.Scalar()).trimmed().toInt(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<bool> yamlBool(const YAML::Node &node)
{
    if (!yamlIsScalar(node))
        return std::nullopt;
    const QString text = QString::fromStdString(node.Scalar()).trimmed().toLower();
    if (text == u"true" || text == u"yes" || text == u"on")
        return true;
    if (text == u"false" || text == u"no" || text == u"off")
        return false;
    return std::nullopt;
}

QMap<QString, QString> yamlStringMap(const YAML::Node &node)
{
    QMap<QString, QString> result;
    if (!yamlIsMap(node))
        return result;
    for (const auto &entry : node) {
        if (entry.first.IsScalar() && entry.second.IsScalar())
            result.insert(QString::fromStdString(entry.first.Scalar()),
                          QString::fromStdString(entry.second.Scalar()));
        else if (entry.first.IsScalar() && entry.second.IsNull())
            result.insert(QString::fromStdString(entry.first.Scalar()), QString());
    }
    return result;
}

QStringList yamlStringList(const YAML::Node &node)
{
    QStringList result;
    if (yamlIsScalar(node)) {
        result.append(QString::fromStdString(node.Scalar()));
    } else if (yamlIsSeq(node)) {
        for (const auto &item : node) {
            if (item.IsScalar())
                result.append(QString::fromStdString(item.Scalar()));
        }
    }
    return result;
}

YAML::Node yamlChild(const YAML::Node &node, const char *key)
{
    if (!yamlIsMap(node))
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node &constNode = node;
    return constNode[key];
}

} // namespace tfi
