#pragma once

#include "auditresult.h"
#include "checkliststate.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeView;

namespace tfi {

class ChecklistModel;

// The remediation checklist grouped by priority, with check-off, a note per item and progress.
// State is saved per repository identity outside the inspected repository, after every change.
class ChecklistView final : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistView(QWidget *parent = nullptr);

    // `store` keeps the state; the view does not own it.
    void setStore(const ChecklistStore *store) { m_store = store; }
    void setResult(AuditResultPtr result);
    ChecklistModel *model() const { return m_model; }
    ChecklistState state() const;
    QTreeView *tree() const { return m_tree; }

Q_SIGNALS:
    void findingActivated(const QString &findingId);
    void saveFailed(const QString &message);

private:
    void save();
    void updateProgress();

    const ChecklistStore *m_store = nullptr;
    QString m_identity;
    ChecklistModel *m_model;
    QTreeView *m_tree;
    QProgressBar *m_progress;
    QLabel *m_hint;
};

} // namespace tfi
