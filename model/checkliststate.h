#pragma once

#include "auditresult.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace tfi {

// What the user recorded about one remediation item: ticked off, and a note.
struct ChecklistEntryState
{
    bool done = false;
    QString note;
    QDateTime changed;
    // What the item was when last seen, so that an item whose findings are gone can still be
    // listed as resolved after a re-audit.
    QString title;
    int factor = 0;
    bool resolved = false; // set by the model when the current audit no longer lists the item
};

// Checklist state of one repository, keyed by ChecklistItem::id.
using ChecklistState = QHash<QString, ChecklistEntryState>;

// The identity under which a repository's checklist is kept: its root commit id plus its path,
// so that two clones keep separate lists and a moved clone starts afresh.
QString repositoryIdentity(const RepositoryInfo &repository);

// Keeps checklist state outside the inspected repository, one JSON file per repository
// identity under `directory` (the application data location by default). Saves atomically.
class ChecklistStore
{
public:
    explicit ChecklistStore(QString directory = {});

    QString directory() const { return m_directory; }
    ChecklistState load(const QString &identity) const;
    // Returns false and fills `error` when the file could not be written.
    bool save(const QString &identity, const ChecklistState &state, QString *error = nullptr) const;

private:
    QString fileFor(const QString &identity) const;
    QString m_directory;
};

// The checklist of `result` with `done` taken from `state`.
QList<ChecklistItem> applyChecklistState(const QList<ChecklistItem> &items, const ChecklistState &state);

} // namespace tfi
