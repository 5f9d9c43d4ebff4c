#pragma once

#include "location.h"
#include "parsecontext.h"
#include "sourcefile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace tfi {

struct RepositoryInfo
{
    QString root;            // absolute path of the working tree (or of the plain directory)
    QString revision;        // 40-hex commit id, or empty for a directory that is not a repository
    QString ref;             // "HEAD" for the working tree, the --rev text as given, or empty
    bool fromCommit = false; // source "commit" (read from git objects) vs "worktree"
    bool dirty = false;
    bool isGitRepository = false;
    bool shallow = false;
    QString rootCommit;     // the oldest parentless commit reachable from `revision`, or empty
    QStringList submodules; // paths of gitlinks, listed and never entered
};

struct LoadOptions
{
    QString path;     // any path inside the repository, or a plain directory
    QString revision; // empty: the working tree
    qint64 maxFileSize = 8 * 1024 * 1024;
    // Called from the loading thread; may be empty.
    std::function<void(int done, int total, const QString &path)> progress;
    const std::atomic_bool *cancelled = nullptr;
};

// The files of a repository at one revision, or of its working tree. Immutable once loaded;
// safe to read from several threads.
class RepoSnapshot final : public FileIndex
{
public:
    const RepositoryInfo &info() const { return m_info; }
    const QList<SourceFile> &files() const { return m_files; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    const SourceFile *find(const QString &path) const override;

private:
    friend struct SnapshotLoader;
    RepositoryInfo m_info;
    QList<SourceFile> m_files; // sorted by path
    QHash<QString, qsizetype> m_index;
    Diagnostics m_diagnostics;
};

struct LoadError
{
    enum class Kind
    {
        None,
        MissingPath,
        Unreadable,
        NotARepository,
        UnknownRevision,
        CorruptRepository,
        EmptyRepository,
        BareRepository,
        Cancelled
    };
    Kind kind = Kind::None;
    QString message; // names the path or revision
};

// Loads a snapshot read-only: no checkout, no index refresh, no lock file, no config write.
// Symbolic links are recorded, never followed. Returns nullptr and fills `error` on failure.
std::shared_ptr<const RepoSnapshot> loadSnapshot(const LoadOptions &options, LoadError &error);

// libgit2 needs process-wide initialisation; this is idempotent and thread-safe.
void ensureLibgit2();
// libgit2's version as text, for the About box and the report.
QString libgit2Version();

} // namespace tfi
