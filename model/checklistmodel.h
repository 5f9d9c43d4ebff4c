#pragma once

#include "auditresult.h"
#include "checkliststate.h"

#include <QAbstractItemModel>

namespace tfi {

// The remediation checklist grouped by priority: top-level rows are priorities, their children the
// items. Items can be ticked off and carry a note; the state is what ChecklistStore persists.
class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        FactorColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        PriorityRole, // 0 for the group of resolved items
        FindingIdsRole,
        ResolvedRole,
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setResult(AuditResultPtr result, ChecklistState state);
    const ChecklistState &state() const { return m_state; }
    int itemCount() const; // open items, not the resolved ones
    int doneCount() const;
    int resolvedCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The user ticked an item or edited a note; the owner saves the state.
    void stateChanged();

private:
    struct Group
    {
        int priority = 0; // 0: resolved items, listed last
        QList<ChecklistItem> items;
    };
    static constexpr quintptr groupMarker = ~quintptr(0);
    const ChecklistItem *itemAt(const QModelIndex &index) const;

    AuditResultPtr m_result;
    QList<Group> m_groups;
    ChecklistState m_state;
};

} // namespace tfi
