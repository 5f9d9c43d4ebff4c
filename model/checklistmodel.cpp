#include "checklistmodel.h"

#include "factors.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace tfi {

ChecklistModel::ChecklistModel(QObject *parent) : QAbstractItemModel(parent) {}

void ChecklistModel::setResult(AuditResultPtr result, ChecklistState state)
{
    beginResetModel();
    m_result = std::move(result);
    m_state = std::move(state);
    m_groups.clear();
    if (m_result) {
        QList<ChecklistItem> items = m_result->checklist;
        std::stable_sort(items.begin(), items.end(), [](const ChecklistItem &a, const ChecklistItem &b) {
            return a.priority != b.priority ? a.priority < b.priority : a.factor < b.factor;
        });
        QSet<QString> current;
        for (const ChecklistItem &item : std::as_const(items)) {
            if (m_groups.isEmpty() || m_groups.constLast().priority != item.priority)
                m_groups.append(Group{item.priority, {}});
            m_groups.last().items.append(item);
            current.insert(item.id);
            ChecklistEntryState &entry = m_state[item.id];
            entry.title = item.title;
            entry.factor = item.factor;
            entry.resolved = false;
        }
        // Items of an earlier audit whose findings are gone: resolved, kept with their notes.
        Group resolved{0, {}};
        for (auto it = m_state.begin(); it != m_state.end(); ++it) {
            if (current.contains(it.key()) || it->title.isEmpty())
                continue;
            it->resolved = true;
            ChecklistItem item;
            item.id = it.key();
            item.title = it->title;
            item.factor = it->factor;
            item.priority = 0;
            resolved.items.append(item);
        }
        std::sort(resolved.items.begin(), resolved.items.end(),
                  [](const ChecklistItem &a, const ChecklistItem &b) { return a.title < b.title; });
        if (!resolved.items.isEmpty())
            m_groups.append(resolved);
    }
    endResetModel();
}

int ChecklistModel::resolvedCount() const
{
    return !m_groups.isEmpty() && m_groups.constLast().priority == 0 ? int(m_groups.constLast().items.size())
                                                                     : 0;
}

int ChecklistModel::itemCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += group.priority > 0 ? int(group.items.size()) : 0;
    return count;
}

int ChecklistModel::doneCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        for (const ChecklistItem &item : group.items)
            count += group.priority > 0 && m_state.value(item.id).done ? 1 : 0;
    return count;
}

const ChecklistItem *ChecklistModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == groupMarker)
        return nullptr;
    const auto group = qsizetype(index.internalId());
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).items.size())
        return nullptr;
    return &m_groups.at(group).items.at(index.row());
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupMarker);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupMarker)
        return {};
    return createIndex(int(child.internalId()), 0, groupMarker);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupMarker && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).items.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupMarker) {
        const Group &group = m_groups.at(index.row());
        if (role == PriorityRole)
            return group.priority;
        if (role != Qt::DisplayRole || index.column() != TitleColumn)
            return {};
        if (group.priority == 0)
            return QCoreApplication::translate("tfi::ChecklistModel",
                                               "Resolved: no findings left (%n item(s))", nullptr,
                                               int(group.items.size()));
        int done = 0;
        for (const ChecklistItem &item : group.items)
            done += m_state.value(item.id).done ? 1 : 0;
        return QCoreApplication::translate("tfi::ChecklistModel", "Priority %1 (%2 of %n done)", nullptr,
                                           int(group.items.size()))
            .arg(QString::number(group.priority), QString::number(done));
    }
    const ChecklistItem *item = itemAt(index);
    if (!item)
        return {};
    const ChecklistEntryState state = m_state.value(item->id);
    switch (role) {
    case ItemIdRole:
        return item->id;
    case PriorityRole:
        return item->priority;
    case FindingIdsRole:
        return item->findings;
    case ResolvedRole:
        return item->priority == 0;
    case Qt::CheckStateRole:
        if (index.column() != TitleColumn)
            return {};
        return item->priority == 0 || state.done ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return QCoreApplication::translate("tfi::ChecklistModel", "Resolves %n finding(s)", nullptr,
                                               int(item->findings.size()));
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return item->title;
        case FactorColumn:
            return QCoreApplication::translate("tfi::ChecklistModel", "%1 %2")
                .arg(QString::number(item->factor), factorTitle(item->factor));
        case NoteColumn:
            return state.note;
        }
        break;
    default:
        break;
    }
    return {};
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ChecklistItem *item = itemAt(index);
    if (!item)
        return false;
    ChecklistEntryState &state = m_state[item->id];
    if (role == Qt::CheckStateRole && item->priority == 0)
        return false; // resolved: ticked by the audit, not by hand
    if (role == Qt::CheckStateRole && index.column() == TitleColumn) {
        const bool done = value.toInt() == Qt::Checked;
        if (done == state.done)
            return true;
        state.done = done;
    } else if (role == Qt::EditRole && index.column() == NoteColumn) {
        if (value.toString() == state.note)
            return true;
        state.note = value.toString();
    } else {
        return false;
    }
    state.changed = QDateTime::currentDateTimeUtc();
    Q_EMIT dataChanged(index.siblingAtColumn(TitleColumn), index.siblingAtColumn(NoteColumn));
    const QModelIndex group = index.parent();
    Q_EMIT dataChanged(group, group);
    Q_EMIT stateChanged();
    return true;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == groupMarker)
        return flags;
    if (index.column() == TitleColumn && m_groups.at(qsizetype(index.internalId())).priority > 0)
        flags |= Qt::ItemIsUserCheckable; // resolved items stay ticked
    if (index.column() == NoteColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return QCoreApplication::translate("tfi::ChecklistModel", "Remediation");
    case FactorColumn:
        return QCoreApplication::translate("tfi::ChecklistModel", "Factor");
    case NoteColumn:
        return QCoreApplication::translate("tfi::ChecklistModel", "Note");
    }
    return {};
}

} // namespace tfi
