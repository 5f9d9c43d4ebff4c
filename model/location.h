#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace tfi {

// Where a value came from. Paths are repository-relative with '/' separators.
// Lines and columns are 1-based; 0 means unknown.
struct Location
{
    QString path;
    int line = 0;
    int column = 0;

    bool isValid() const { return !path.isEmpty(); }
    friend bool operator==(const Location &, const Location &) = default;
};

enum class DiagnosticSeverity
{
    Error,
    Warning
};

// Something that could not be read or parsed; the audit goes on without it.
struct Diagnostic
{
    Location location;
    DiagnosticSeverity severity = DiagnosticSeverity::Error;
    QString message;
};

using Diagnostics = QList<Diagnostic>;

} // namespace tfi

// Views carry locations in QVariants (item data roles, signals).
Q_DECLARE_METATYPE(tfi::Location)
