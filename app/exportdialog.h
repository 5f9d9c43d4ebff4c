#pragma once

#include "auditresult.h"
#include "checkliststate.h"

#include <QDialog>

class QComboBox;
class QTextBrowser;

namespace tfi {

// File › Export Report: pick a format, preview the report, save it.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(AuditResultPtr result, ChecklistState checklist, QWidget *parent = nullptr);

    // Writes the report in `format` (pdf, html, markdown, json, sarif) to `path` atomically.
    static bool writeReport(const AuditResult &result, const ChecklistState &checklist, const QString &format,
                            const QString &path, QString *error);

private:
    void updatePreview();
    void save();

    AuditResultPtr m_result;
    ChecklistState m_checklist;
    QComboBox *m_format;
    QTextBrowser *m_preview;
};

} // namespace tfi
