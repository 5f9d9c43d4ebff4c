#include "helmparser.h"

#include "../textutil.h"
#include "../yamlutil.h"
#include "kubernetesparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tfi {

namespace {

// The first document, when it is a mapping; a diagnostic when it is something else.
const YamlDocument *firstMapDocument(const SourceFile &file, const std::vector<YamlDocument> &documents,
                                     Diagnostics &diagnostics)
{
    if (documents.empty())
        return nullptr;
    const YamlDocument &document = documents.front();
    if (!yamlIsMap(document.root)) {
        diagnostics.append({document.at(document.root), DiagnosticSeverity::Error,
                            QCoreApplication::translate("tfi::HelmParser", "%1 is not a YAML mapping")
                                .arg(file.fileName())});
        return nullptr;
    }
    return &document;
}

// values-prod.yaml, values.prod.yaml, values_prod.yaml, prod-values.yaml and values/prod.yaml
// name the "prod" environment; values.yaml names none.
QString valuesEnvironmentHint(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString fileName = path.mid(slash + 1);
    const QString directory = slash < 0 ? QString() : path.left(slash);
    static const QRegularExpression extension(QStringLiteral("\\.ya?ml$"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString stem = fileName;
    stem.remove(extension);
    if (stem.compare(u"values", Qt::CaseInsensitive) == 0)
        return {};
    static const QRegularExpression valuesFirst(QStringLiteral("^values[-._](.+)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression valuesLast(QStringLiteral("^(.+)[-._]values$"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = valuesFirst.match(stem); match.hasMatch())
        return match.captured(1);
    if (const QRegularExpressionMatch match = valuesLast.match(stem); match.hasMatch())
        return match.captured(1);
    const QString parent = directory.mid(directory.lastIndexOf(u'/') + 1);
    if (parent.compare(u"values", Qt::CaseInsensitive) == 0)
        return stem;
    return {};
}

// Flattens a values tree into dotted paths, visiting at most `budget` nodes (aliases can make
// a small file expand into a huge tree).
class ValuesFlattener
{
public:
    ValuesFlattener(const YamlDocument &document, int budget, QList<HelmValue> &values)
        : m_document(document), m_budget(budget), m_values(values)
    {}

    // False when the node budget ran out.
    bool flatten(const YAML::Node &node, const QString &path, const Location &location)
    {
        if (--m_budget < 0)
            return false;
        if (node.IsMap()) {
            for (const auto &item : node) {
                if (!item.first.IsScalar())
                    continue; // complex keys cannot be addressed from a template
                const QString key = QString::fromStdString(item.first.Scalar());
                const QString childPath = path.isEmpty() ? key : path + u'.' + key;
                if (!flatten(item.second, childPath, m_document.at(item.first)))
                    return false;
            }
        } else if (node.IsSequence()) {
            int index = 0;
            for (const auto &item : node) {
                if (!flatten(item, path + u'[' + QString::number(index) + u']', m_document.at(item)))
                    return false;
                ++index;
            }
        } else if (!path.isEmpty()) {
            // Scalars and nulls; a null deletes a default when Helm merges values files.
            m_values.append({path, yamlString(node), location});
        }
        return true;
    }

private:
    const YamlDocument &m_document;
    int m_budget;
    QList<HelmValue> &m_values;
};

QString fileStem(const QString &path)
{
    QString name = path.mid(path.lastIndexOf(u'/') + 1);
    const qsizetype dot = name.indexOf(u'.');
    return dot > 0 ? name.left(dot) : name;
}

int indentOf(const QString &line)
{
    int indent = 0;
    while (indent < line.size() && line.at(indent) == u' ')
        ++indent;
    return indent;
}

// A YAML scalar as a line scan sees it: a trailing comment dropped, one pair of quotes removed.
QString plainScalar(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'"') || text.startsWith(u'\'')) {
        const qsizetype close = text.indexOf(text.front(), 1);
        return close > 0 ? text.mid(1, close - 1) : text.mid(1);
    }
    const qsizetype comment = text.indexOf(QStringLiteral(" #"));
    if (comment >= 0)
        text.truncate(comment);
    return text.trimmed();
}

// Splits a one-line flow sequence ["a", "b c", d] into its items.
QStringList flowItems(const QString &text)
{
    QStringList items;
    const qsizetype open = text.indexOf(u'[');
    const qsizetype close = text.lastIndexOf(u']');
    if (open < 0 || close <= open)
        return items;
    QString current;
    QChar quote;
    for (qsizetype i = open + 1; i < close; ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                current.append(c);
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u',') {
            items.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty() || !items.isEmpty())
        items.append(current.trimmed());
    return items;
}

// One `---` separated document of a template, as lines with their 0-based file line numbers.
struct TemplateDocument
{
    QStringList lines;
    QList<int> lineNumbers;
};

QList<TemplateDocument> templateDocuments(const QStringList &lines)
{
    static const QRegularExpression separator(QStringLiteral("^---(\\s.*)?$"));
    QList<TemplateDocument> documents(1);
    bool inComment = false;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        // {{/* ... */}} template comments may span lines and hold anything.
        if (inComment) {
            if (line.contains(u"*/"))
                inComment = false;
            continue;
        }
        if (line.contains(u"{{/*") || line.contains(u"{{- /*")) {
            if (!line.contains(u"*/"))
                inComment = true;
            continue;
        }
        if (separator.match(line).hasMatch()) {
            documents.append(TemplateDocument{});
            continue;
        }
        if (line.trimmed().startsWith(u'#'))
            continue;
        documents.last().lines.append(line);
        documents.last().lineNumbers.append(int(index));
    }
    return documents;
}

// The items of `key:` in a document: a flow sequence on the same line, or the block sequence
// below it (block scalars folded into one line). Empty when the key is absent.
QStringList listAfterKey(const TemplateDocument &document, const QString &key)
{
    const QRegularExpression keyLine(QStringLiteral("^(\\s*)(?:-\\s+)?%1\\s*:(.*)$").arg(key));
    for (qsizetype index = 0; index < document.lines.size(); ++index) {
        const QRegularExpressionMatch match = keyLine.match(document.lines.at(index));
        if (!match.hasMatch())
            continue;
        const QString rest = match.captured(2).trimmed();
        if (rest.startsWith(u'['))
            return flowItems(rest);
        if (!rest.isEmpty() && !rest.startsWith(u'#'))
            return {plainScalar(rest)};
        QStringList items;
        int itemIndent = -1;
        for (qsizetype next = index + 1; next < document.lines.size(); ++next) {
            const QString &line = document.lines.at(next);
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(u"{{"))
                continue;
            const int indent = indentOf(line);
            if (itemIndent < 0)
                itemIndent = indent;
            if (indent == itemIndent && line.mid(indent).startsWith(u'-')) {
                const QString item = line.mid(indent + 1).trimmed();
                if (item.startsWith(u'|') || item.startsWith(u'>')) {
                    QStringList block;
                    while (next + 1 < document.lines.size() &&
                           (document.lines.at(next + 1).trimmed().isEmpty() ||
                            indentOf(document.lines.at(next + 1)) > indent)) {
                        ++next;
                        if (!document.lines.at(next).trimmed().isEmpty())
                            block.append(document.lines.at(next).trimmed());
                    }
                    items.append(block.join(u' '));
                } else {
                    items.append(plainScalar(item));
                }
            } else if (indent <= itemIndent) {
                break;
            }
        }
        return items;
    }
    return {};
}

// metadata.name when written literally (no template expression), else empty.
QString literalMetadataName(const TemplateDocument &document)
{
    static const QRegularExpression metadataLine(QStringLiteral("^(\\s*)metadata\\s*:\\s*(#.*)?$"));
    static const QRegularExpression nameLine(QStringLiteral("^(\\s*)name\\s*:(.*)$"));
    for (qsizetype index = 0; index < document.lines.size(); ++index) {
        const QRegularExpressionMatch metadata = metadataLine.match(document.lines.at(index));
        if (!metadata.hasMatch())
            continue;
        const int metadataIndent = int(metadata.capturedLength(1));
        int childIndent = -1;
        for (qsizetype next = index + 1; next < document.lines.size(); ++next) {
            const QString &line = document.lines.at(next);
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(u"{{"))
                continue;
            const int indent = indentOf(line);
            if (indent <= metadataIndent)
                break;
            if (childIndent < 0)
                childIndent = indent;
            if (indent != childIndent)
                continue;
            if (const QRegularExpressionMatch name = nameLine.match(line); name.hasMatch()) {
                const QString value = plainScalar(name.captured(2));
                return value.contains(u"{{") ? QString() : value;
            }
        }
        return {};
    }
    return {};
}

// The hook types after `helm.sh/hook:`, block style or inside a flow mapping.
QStringList hookTypesFrom(const QString &rest, bool flow)
{
    QString value = rest.trimmed();
    if (value.startsWith(u'"') || value.startsWith(u'\'')) {
        value = plainScalar(value);
    } else {
        if (flow) {
            const qsizetype end = value.indexOf(QRegularExpression(QStringLiteral("[,}]")));
            if (end >= 0)
                value.truncate(end);
        }
        value = plainScalar(value);
    }
    QStringList types;
    const QStringList parts = value.split(u',');
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            types.append(part.trimmed());
    }
    return types;
}

} // namespace

void parseHelmChartFile(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    const std::vector<YamlDocument> documents = loadYamlDocuments(file, context.limits, out.diagnostics);
    const YamlDocument *document = firstMapDocument(file, documents, out.diagnostics);
    if (!document)
        return;
    HelmChartInfo chart;
    chart.directory = file.directory();
    try {
        YamlFieldReader reader(*document, out.diagnostics);
        Location nameLocation;
        chart.name = reader.readString(document->root, "name", &nameLocation);
        chart.location = nameLocation.isValid() ? nameLocation : document->at(document->root);
        if (chart.name.isEmpty()) {
            reader.warn(chart.location,
                        QCoreApplication::translate("tfi::HelmParser", "the chart has no name"));
        }
        chart.version = reader.readString(document->root, "version");
        chart.appVersion = reader.readString(document->root, "appVersion");
    } catch (const std::exception &error) {
        out.diagnostics.append({document->at(document->root), DiagnosticSeverity::Error,
                                QCoreApplication::translate("tfi::HelmParser", "could not read the chart: %1")
                                    .arg(QString::fromLocal8Bit(error.what()))});
    }
    out.helmCharts.append(std::move(chart));
}

void parseHelmValues(const SourceFile &file, const QString &chartDirectory, const ParseContext &context,
                     DeploymentModel &out)
{
    HelmValuesFile values;
    values.path = file.path;
    values.chartDirectory = chartDirectory;
    values.environmentHint = valuesEnvironmentHint(file.path);

    const std::vector<YamlDocument> documents = loadYamlDocuments(file, context.limits, out.diagnostics);
    if (documents.size() > 1) {
        const YamlDocument &second = documents.at(1);
        out.diagnostics.append(
            {second.at(second.root), DiagnosticSeverity::Warning,
             QCoreApplication::translate("tfi::HelmParser", "Helm reads only the first document of a values "
                                                            "file; the others were ignored")});
    }
    if (const YamlDocument *document = firstMapDocument(file, documents, out.diagnostics)) {
        try {
            ValuesFlattener flattener(*document, context.limits.maxYamlNodes, values.values);
            if (!flattener.flatten(document->root, QString(), document->at(document->root))) {
                out.diagnostics.append({document->at(document->root), DiagnosticSeverity::Warning,
                                        QCoreApplication::translate(
                                            "tfi::HelmParser", "the values expand to more than %1 nodes; "
                                                               "the rest was not read")
                                            .arg(context.limits.maxYamlNodes)});
            }
        } catch (const std::exception &error) {
            out.diagnostics.append(
                {document->at(document->root), DiagnosticSeverity::Error,
                 QCoreApplication::translate("tfi::HelmParser", "could not read the values: %1")
                     .arg(QString::fromLocal8Bit(error.what()))});
        }
    }
    out.helmValues.append(std::move(values));
}

void parseHelmTemplate(const SourceFile &file, const QString &chartDirectory, const ParseContext &context,
                       DeploymentModel &out)
{
    Q_UNUSED(chartDirectory);
    if (!file.isText() || file.size > context.limits.maxFileSize)
        return;
    // The key itself, so that helm.sh/hook-weight and helm.sh/hook-delete-policy do not match.
    static const QRegularExpression hookKey(QStringLiteral("([\"']?)helm\\.sh/hook\\1\\s*:"));
    const QList<TemplateDocument> documents = templateDocuments(textLines(file.content));
    for (const TemplateDocument &document : documents) {
        for (qsizetype index = 0; index < document.lines.size(); ++index) {
            const QString &line = document.lines.at(index);
            const QRegularExpressionMatch match = hookKey.match(line);
            if (!match.hasMatch())
                continue;
            const bool flow = !line.left(match.capturedStart()).trimmed().isEmpty();
            AdminTask task;
            task.kind = AdminTask::Kind::HelmHook;
            task.hookTypes = hookTypesFrom(line.mid(match.capturedEnd()), flow);
            task.location = {file.path, document.lineNumbers.at(index) + 1, int(match.capturedStart()) + 1};
            task.name = literalMetadataName(document);
            if (task.name.isEmpty())
                task.name = fileStem(file.path);
            task.command = (listAfterKey(document, QStringLiteral("command")) +
                            listAfterKey(document, QStringLiteral("args")))
                               .join(u' ');
            out.adminTasks.append(task);
            break; // one hook per document
        }
    }
}

} // namespace tfi
