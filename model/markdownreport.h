#pragma once

#include "reportdocument.h"

#include <QByteArray>

namespace tfi {

// The report as GitHub-flavoured Markdown for a pull-request comment: the summary first (score,
// counts, the top priority items, the factor table), every detail folded in <details> blocks.
QByteArray reportToMarkdown(const AuditResult &result, const ReportOptions &options);
QByteArray reportDocumentToMarkdown(const ReportDocument &document);

// Escapes text for a Markdown table cell or inline text: markup characters, `|`, HTML and
// line breaks.
QString markdownEscaped(const QString &text);

} // namespace tfi
