#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace tfi {

// A revision the user can pick to audit at.
struct RevisionEntry
{
    enum class Kind
    {
        WorkingTree,
        Branch,
        Tag,
        Commit
    };
    Kind kind = Kind::Commit;
    QString spec;   // what to pass as the revision ("" for the working tree)
    QString label;  // branch or tag name, or the commit summary
    QString commit; // 40-hex id, empty for the working tree
    QDateTime date;
};

// The working tree, local branches, tags and the most recent commits of HEAD (read-only).
// Returns an empty list when `path` is not a git repository.
QList<RevisionEntry> listRevisions(const QString &path, int recentCommits = 30);

} // namespace tfi
