#pragma once

#include "auditresult.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace tfi {

class EnvMatrixModel;

// One workload's variables × environments matrix, coloured by status, with a "differences only"
// toggle and provenance on hover; a second tab compares image, replicas, probes and resources.
// Sensitive values are only ever shown masked; there is no way to reveal them.
class EnvDiffView final : public QWidget
{
    Q_OBJECT
public:
    explicit EnvDiffView(QWidget *parent = nullptr);

    void setResult(AuditResultPtr result);
    void setWorkload(const QString &workload);
    EnvMatrixModel *variablesModel() const { return m_variables; }
    EnvMatrixModel *attributesModel() const { return m_attributes; }

Q_SIGNALS:
    void locationActivated(const tfi::Location &location);

private:
    void updateSummary();

    EnvMatrixModel *m_variables;
    EnvMatrixModel *m_attributes;
    QComboBox *m_workload;
    QCheckBox *m_differencesOnly;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableView *m_variablesTable;
    QTableView *m_attributesTable;
};

} // namespace tfi
