#pragma once

#include "auditresult.h"

#include <QAbstractTableModel>

namespace tfi {

// One workload's values across environments as a table: rows are env vars (or attributes such as
// image and replicas), columns are the row label followed by one column per environment.
// A thin adapter over AuditResult; displays are the masked ones of the result.
class EnvMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Contents
    {
        Variables,
        Attributes, // image, replicas, probes, resources, backing services
    };
    enum Role
    {
        RowStatusRole = Qt::UserRole + 1, // int(VariableStatus) of the row
        CellStateRole,                    // int(CellState) of a value cell
        SensitiveRole,
        LocationRole, // QVariant::fromValue(Location)
        SortRole,
    };
    enum class CellState
    {
        Same,
        Differs, // this environment's value differs from another's
        Missing, // the workload exists here but the value is not set
    };

    explicit EnvMatrixModel(Contents contents, QObject *parent = nullptr);

    void setResult(AuditResultPtr result);
    void setWorkload(const QString &workload);
    QString workload() const { return m_workload; }
    // Workloads that have rows, in name order.
    QStringList workloads() const;
    // The workload worth showing first: the one that exists in the most environments.
    QString richestWorkload() const;
    void setDifferencesOnly(bool differencesOnly);
    bool differencesOnly() const { return m_differencesOnly; }
    QStringList environments() const { return m_environments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        QString display;
        Location location;
        bool sensitive = false;
        QString digest;
        QString kind;
        CellState state = CellState::Same;
        QString sameSecretAs; // other places holding the same secret, for the tooltip
    };
    struct Row
    {
        QString label;
        VariableStatus status = VariableStatus::Same;
        QMap<QString, Cell> cells; // environment -> cell
    };

    void rebuild();
    QString tooltipFor(const Row &row, const QString &environment) const;

    Contents m_contents;
    AuditResultPtr m_result;
    QString m_workload;
    bool m_differencesOnly = false;
    QStringList m_environments;
    QList<Row> m_rows;
};

} // namespace tfi
