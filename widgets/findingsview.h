#pragma once

#include "auditresult.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTreeView;

namespace tfi {

class EvidenceRedactor;
class FindingsFilterModel;
class FindingsModel;
class SourceView;

// The filterable, sortable list of findings; the selected finding shows its rationale,
// remediation and evidence (the file at the audited revision with the line highlighted).
class FindingsView final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);
    ~FindingsView() override;

    void setResult(AuditResultPtr result);
    // Selects a finding (clearing filters that would hide it); false when unknown.
    bool selectFinding(const QString &findingId);
    // Shows a file at a line in the evidence pane.
    void showLocation(const Location &location);
    void setFactorFilter(int factor);
    FindingsFilterModel *filterModel() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    SourceView *sourceView() const { return m_source; }
    // Splitter positions and column widths, for QSettings.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &layout);

private:
    void refillFilters();
    void showCurrent();
    void applyFilters();

    AuditResultPtr m_result;
    std::unique_ptr<EvidenceRedactor> m_redactor;
    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QComboBox *m_factor;
    QComboBox *m_severity;
    QComboBox *m_rule;
    QComboBox *m_environment;
    QComboBox *m_workload;
    QLineEdit *m_search;
    QCheckBox *m_suppressed;
    QLabel *m_count;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    SourceView *m_source;
    QPushButton *m_openInEditor;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    Location m_shownLocation;
};

} // namespace tfi
