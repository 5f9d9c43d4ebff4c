#pragma once

#include "reportdocument.h"

#include <QLocale>
#include <QPageSize>
#include <QString>

class QIODevice;

namespace tfi {

// Writes the report as PDF to `out` (open for writing): a cover, a table of contents with page
// numbers, a header (repository) and footer (tool, date, page) on every page, tables that repeat
// their header row across pages, vector charts and embedded fonts. The page size follows the
// default locale (Letter in the Americas that use it, A4 elsewhere). Returns false and fills
// `error` when the PDF could not be written.
bool writePdfReport(const AuditResult &result, const ReportOptions &options, QIODevice *out,
                    QString *error = nullptr);

// Letter for the territories that use it (United States, Canada, Mexico, ...), else A4.
QPageSize::PageSizeId pageSizeForTerritory(QLocale::Territory territory);

} // namespace tfi
