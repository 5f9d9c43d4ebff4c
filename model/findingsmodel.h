#pragma once

#include "auditresult.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace tfi {

// The findings of one audit as a table; a thin adapter over AuditResult.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        FactorColumn,
        TitleColumn,
        RuleColumn,
        EnvironmentColumn,
        WorkloadColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        FindingIndexRole, // row in AuditResult::findings
        SeverityRole,     // int(Severity)
        FactorRole,
        SuppressedRole,
        SearchTextRole, // everything a text search looks at
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setResult(AuditResultPtr result);
    AuditResultPtr result() const { return m_result; }
    // The finding of a row of this model, or nullptr.
    const Finding *findingAt(int row) const;
    int rowOfFinding(const QString &findingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AuditResultPtr m_result;
};

// Filters findings by factor, severity, rule, environment, workload and free text; sorts by SortRole.
class FindingsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setFactor(int factor); // 0: all
    void setMinimumSeverity(std::optional<Severity> severity);
    void setRule(const QString &rule);
    void setEnvironment(const QString &environment);
    void setWorkload(const QString &workload);
    void setText(const QString &text);
    void setShowSuppressed(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_factor = 0;
    std::optional<Severity> m_minimumSeverity;
    QString m_rule;
    QString m_environment;
    QString m_workload;
    QString m_text;
    bool m_showSuppressed = false;
};

} // namespace tfi
