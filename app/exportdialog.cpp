#include "exportdialog.h"

#include "graphlayout.h"
#include "htmlreport.h"
#include "jsonreport.h"
#include "markdownreport.h"
#include "pdfreport.h"
#include "reportdocument.h"
#include "sarifreport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tfi {

namespace {

ReportOptions optionsFor(const AuditResult &result, const ChecklistState &checklist)
{
    ReportOptions options;
    options.checklist = checklist;
    options.language = QLocale().name();
    options.portMapSvg = portMapPictures(result);
    return options;
}

} // namespace

ExportDialog::ExportDialog(AuditResultPtr result, ChecklistState checklist, QWidget *parent)
    : QDialog(parent), m_result(std::move(result)), m_checklist(std::move(checklist)),
      m_format(new QComboBox(this)), m_preview(new QTextBrowser(this))
{
    setWindowTitle(tr("Export Report"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_format->addItem(tr("HTML page (single file)"), QStringLiteral("html"));
    m_format->addItem(tr("Markdown (for a pull request)"), QStringLiteral("markdown"));
    m_format->addItem(tr("JSON (report format version 1)"), QStringLiteral("json"));
    m_format->addItem(tr("SARIF (code scanning)"), QStringLiteral("sarif"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Format:"), this));
    row->addWidget(m_format, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(new QLabel(tr("Preview of the report's contents:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(820, 640);
    updatePreview();
}

void ExportDialog::updatePreview()
{
    const QString format = m_format->currentData().toString();
    if (format == u"json" || format == u"sarif") {
        const QByteArray text =
            format == u"json" ? reportToJsonText(*m_result) : reportToSarifText(*m_result);
        m_preview->setPlainText(QString::fromUtf8(text.left(200000)));
        return;
    }
    // The Markdown rendition shows the same sections, in the same order, as the PDF and HTML.
    ReportOptions options = optionsFor(*m_result, m_checklist);
    options.portMapSvg = nullptr; // pictures appear in the saved report, not in this preview
    m_preview->setMarkdown(QString::fromUtf8(reportToMarkdown(*m_result, options)));
}

void ExportDialog::save()
{
    const QString format = m_format->currentData().toString();
    static const QHash<QString, QString> suffixes = {{QStringLiteral("pdf"), QStringLiteral("pdf")},
                                                     {QStringLiteral("html"), QStringLiteral("html")},
                                                     {QStringLiteral("markdown"), QStringLiteral("md")},
                                                     {QStringLiteral("json"), QStringLiteral("json")},
                                                     {QStringLiteral("sarif"), QStringLiteral("sarif")}};
    const QString suffix = suffixes.value(format);
    const QString suggested = QDir::home().filePath(QDir(m_result->repository.root).dirName() +
                                                    QStringLiteral("-twelve-factor.") + suffix);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Report"), suggested, tr("%1 files (*.%2)").arg(m_format->currentText(), suffix));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeReport(*m_result, m_checklist, format, path, &error)) {
        QMessageBox::warning(this, tr("Export Report"), tr("The report could not be written: %1").arg(error));
        return;
    }
    accept();
}

bool ExportDialog::writeReport(const AuditResult &result, const ChecklistState &checklist,
                               const QString &format, const QString &path, QString *error)
{
    const QString repositoryRoot = QDir(result.repository.root).canonicalPath();
    const QString target = QFileInfo(path).absoluteFilePath();
    // Never write into the inspected repository.
    if (!repositoryRoot.isEmpty() &&
        (target.startsWith(repositoryRoot + u'/') ||
         QFileInfo(QFileInfo(target).absolutePath()).canonicalFilePath().startsWith(repositoryRoot))) {
        if (error)
            *error = tr("reports are never written inside the inspected repository; choose another folder");
        return false;
    }
    const ReportOptions options = optionsFor(result, checklist);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    bool written = true;
    if (format == u"pdf") {
        written = writePdfReport(result, options, &file, error);
    } else {
        const QByteArray bytes = format == u"html"       ? reportToHtml(result, options)
                                 : format == u"markdown" ? reportToMarkdown(result, options)
                                 : format == u"sarif"    ? reportToSarifText(result)
                                                         : reportToJsonText(result);
        written = file.write(bytes) == bytes.size();
    }
    if (!written || !file.commit()) {
        if (error && error->isEmpty())
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tfi
