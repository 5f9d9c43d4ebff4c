#include "checklistview.h"

#include "checklistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace tfi {

ChecklistView::ChecklistView(QWidget *parent)
    : QWidget(parent), m_model(new ChecklistModel(this)), m_tree(new QTreeView(this)),
      m_progress(new QProgressBar(this)), m_hint(new QLabel(this))
{
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->header()->setSectionResizeMode(ChecklistModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(ChecklistModel::FactorColumn, 170);
    m_tree->header()->resizeSection(ChecklistModel::NoteColumn, 260);
    m_progress->setFormat(tr("%v of %m done"));
    m_hint->setText(tr("Tick an item when it is fixed; double-click the note column to add a note. "
                       "Double-click an item to see its findings. Progress is kept for this repository."));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_hint);

    connect(m_model, &ChecklistModel::stateChanged, this, [this] {
        save();
        updateProgress();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == ChecklistModel::NoteColumn)
            return;
        const QStringList findings = index.data(ChecklistModel::FindingIdsRole).toStringList();
        if (!findings.isEmpty())
            Q_EMIT findingActivated(findings.constFirst());
    });
    updateProgress();
}

void ChecklistView::setResult(AuditResultPtr result)
{
    m_identity = result ? repositoryIdentity(result->repository) : QString();
    const ChecklistState state = m_store && result ? m_store->load(m_identity) : ChecklistState();
    m_model->setResult(std::move(result), state);
    save(); // remembers this audit's items, so that those that disappear later show as resolved
    m_tree->expandAll();
    updateProgress();
}

ChecklistState ChecklistView::state() const
{
    return m_model->state();
}

void ChecklistView::save()
{
    if (!m_store || m_identity.isEmpty())
        return;
    QString error;
    if (!m_store->save(m_identity, m_model->state(), &error))
        Q_EMIT saveFailed(tr("The checklist could not be saved: %1").arg(error));
}

void ChecklistView::updateProgress()
{
    m_progress->setMaximum(qMax(1, m_model->itemCount()));
    m_progress->setValue(m_model->doneCount());
    m_progress->setEnabled(m_model->itemCount() > 0);
}

} // namespace tfi
