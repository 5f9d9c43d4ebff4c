#pragma once

#include "reportdocument.h"

#include <QByteArray>

namespace tfi {

// The report as one self-contained HTML file (UTF-8): inline CSS and SVG, data: images, no
// remote assets, a table of contents and a print style sheet. Written as well-formed XHTML.
QByteArray reportToHtml(const AuditResult &result, const ReportOptions &options);
QByteArray reportDocumentToHtml(const ReportDocument &document, const QString &language = {});

} // namespace tfi
