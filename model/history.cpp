#include "history.h"

#include "reposnapshot.h"

#include <git2.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <memory>

namespace tfi {

namespace {

constexpr qint64 maxBlobSize = 1024 * 1024;

template<typename T, void (*Free)(T *)> struct GitDeleter
{
    void operator()(T *object) const { Free(object); }
};
template<typename T, void (*Free)(T *)> using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using RepositoryPtr = GitPtr<git_repository, git_repository_free>;
using RevwalkPtr = GitPtr<git_revwalk, git_revwalk_free>;
using CommitPtr = GitPtr<git_commit, git_commit_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using DiffPtr = GitPtr<git_diff, git_diff_free>;
using BlobPtr = GitPtr<git_blob, git_blob_free>;
using IndexPtr = GitPtr<git_index, git_index_free>;

// libgit2 keeps the last error per thread; read it where the call failed.
QString lastGitError()
{
    const git_error *error = git_error_last();
    return error && error->message ? QString::fromUtf8(error->message).trimmed()
                                   : QCoreApplication::translate("tfi::History", "unknown libgit2 error");
}

QString oidToHex(const git_oid *oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex);
}

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

class HistoryScanner
{
public:
    HistoryScanner(git_repository *repository, HistoryScan &scan, const std::atomic_bool *cancelled)
        : m_repository(repository), m_scan(scan), m_cancelled(cancelled)
    {}

    // The newest `limit` commits reachable from `start`, oldest first.
    QList<git_oid> commitsToScan(const git_oid &start, int limit)
    {
        QList<git_oid> commits;
        git_revwalk *rawWalk = nullptr;
        if (git_revwalk_new(&rawWalk, m_repository) < 0) {
            fail(QCoreApplication::translate("tfi::History", "cannot walk the history: %1")
                     .arg(lastGitError()));
            return commits;
        }
        RevwalkPtr walk(rawWalk);
        git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
        if (git_revwalk_push(walk.get(), &start) < 0) {
            fail(QCoreApplication::translate("tfi::History", "cannot walk the history: %1")
                     .arg(lastGitError()));
            return commits;
        }
        git_oid id;
        while (commits.size() < limit && git_revwalk_next(&id, walk.get()) == 0)
            commits.append(id);
        if (commits.size() == limit && git_revwalk_next(&id, walk.get()) == 0)
            m_scan.truncated = true;
        std::reverse(commits.begin(), commits.end());
        return commits;
    }

    void scanCommit(const git_oid &id)
    {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, m_repository, &id) < 0) {
            warn(QCoreApplication::translate("tfi::History", "cannot read commit %1: %2")
                     .arg(oidToHex(&id).left(12), lastGitError()));
            return;
        }
        CommitPtr commit(rawCommit);
        git_tree *rawTree = nullptr;
        if (git_commit_tree(&rawTree, commit.get()) < 0) {
            warn(QCoreApplication::translate("tfi::History", "cannot read the tree of commit %1: %2")
                     .arg(oidToHex(&id).left(12), lastGitError()));
            return;
        }
        TreePtr tree(rawTree);
        // Against the first parent: what this commit added or changed. A root commit (or the
        // boundary of a shallow clone) adds everything.
        TreePtr parentTree;
        if (git_commit_parentcount(commit.get()) > 0) {
            git_commit *rawParent = nullptr;
            if (git_commit_parent(&rawParent, commit.get(), 0) == 0) {
                CommitPtr parent(rawParent);
                git_tree *rawParentTree = nullptr;
                if (git_commit_tree(&rawParentTree, parent.get()) == 0)
                    parentTree.reset(rawParentTree);
            }
        }
        git_diff_options options = GIT_DIFF_OPTIONS_INIT;
        options.flags = GIT_DIFF_SKIP_BINARY_CHECK;
        git_diff *rawDiff = nullptr;
        if (git_diff_tree_to_tree(&rawDiff, m_repository, parentTree.get(), tree.get(), &options) < 0) {
            warn(QCoreApplication::translate("tfi::History", "cannot compare commit %1 with its parent: %2")
                     .arg(oidToHex(&id).left(12), lastGitError()));
            return;
        }
        DiffPtr diff(rawDiff);

        const git_signature *author = git_commit_author(commit.get());
        const QString commitId = oidToHex(&id);
        const QString authorName = author && author->name ? QString::fromUtf8(author->name) : QString();
        QDateTime date;
        if (author)
            date = QDateTime::fromSecsSinceEpoch(author->when.time, QTimeZone(author->when.offset * 60));

        const size_t deltas = git_diff_num_deltas(diff.get());
        for (size_t i = 0; i < deltas; ++i) {
            const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
            switch (delta->status) {
            case GIT_DELTA_ADDED:
            case GIT_DELTA_MODIFIED:
            case GIT_DELTA_RENAMED:
            case GIT_DELTA_COPIED:
            case GIT_DELTA_TYPECHANGE:
                break;
            default:
                continue;
            }
            const git_diff_file &file = delta->new_file;
            if (file.mode != GIT_FILEMODE_BLOB && file.mode != GIT_FILEMODE_BLOB_EXECUTABLE)
                continue;
            const QByteArray blobKey(reinterpret_cast<const char *>(file.id.id), GIT_OID_RAWSZ);
            if (m_seenBlobs.contains(blobKey))
                continue;
            m_seenBlobs.insert(blobKey);
            const QString path = QString::fromUtf8(file.path);
            const SecretScanSettings settings = secretScanSettingsForPath(path);
            if (settings.skip)
                continue;
            const QByteArray content = blobContent(file.id);
            if (content.isEmpty())
                continue;
            ++m_scan.blobsScanned;
            for (const SecretMatch &match : scanTextForSecrets(content, settings)) {
                if (match.allowedInline || m_fingerprints.contains(match.fingerprint))
                    continue;
                m_fingerprints.insert(match.fingerprint);
                m_scan.secrets.append({match, path, commitId, authorName, date});
            }
        }
        ++m_scan.commitsScanned;
    }

    bool cancelled() const { return isCancelled(m_cancelled); }

private:
    // The text of a blob worth scanning; empty for binary files, LFS pointers and large blobs.
    QByteArray blobContent(const git_oid &id)
    {
        git_blob *rawBlob = nullptr;
        if (git_blob_lookup(&rawBlob, m_repository, &id) < 0)
            return {};
        BlobPtr blob(rawBlob);
        const git_object_size_t size = git_blob_rawsize(blob.get());
        if (size == 0 || size > git_object_size_t(maxBlobSize) || git_blob_is_binary(blob.get()))
            return {};
        QByteArray content(static_cast<const char *>(git_blob_rawcontent(blob.get())), qsizetype(size));
        if (content.startsWith("version https://git-lfs.github.com/spec/v1"))
            return {};
        return content;
    }

    void fail(const QString &message) { m_scan.diagnostics.append({{}, DiagnosticSeverity::Error, message}); }
    void warn(const QString &message)
    {
        m_scan.diagnostics.append({{}, DiagnosticSeverity::Warning, message});
    }

    git_repository *m_repository;
    HistoryScan &m_scan;
    const std::atomic_bool *m_cancelled;
    QSet<QByteArray> m_seenBlobs;
    QSet<QString> m_fingerprints;
};

} // namespace

HistoryScan scanHistoryForSecrets(const QString &repositoryRoot, const QString &revision, int limit,
                                  const std::atomic_bool *cancelled)
{
    HistoryScan scan;
    if (limit <= 0)
        return scan;
    ensureLibgit2();
    git_repository *rawRepository = nullptr;
    const QByteArray nativeRoot = QFile::encodeName(repositoryRoot);
    if (git_repository_open_ext(&rawRepository, nativeRoot.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH,
                                nullptr) < 0) {
        scan.diagnostics.append(
            {{},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::History", "cannot open the repository to scan its history: %1")
                 .arg(lastGitError())});
        return scan;
    }
    RepositoryPtr repository(rawRepository);

    git_oid start;
    if (!revision.isEmpty()) {
        if (git_oid_fromstrn(&start, revision.toLatin1().constData(), size_t(revision.size())) < 0 ||
            revision.size() != GIT_OID_HEXSZ) {
            scan.diagnostics.append(
                {{},
                 DiagnosticSeverity::Error,
                 QCoreApplication::translate("tfi::History",
                                             "cannot scan the history of revision %1: not a commit id")
                     .arg(revision)});
            return scan;
        }
    } else if (git_reference_name_to_id(&start, repository.get(), "HEAD") < 0) {
        return scan; // no commits yet: no history
    }

    if (git_repository_is_shallow(repository.get()) == 1) {
        scan.partial = true;
        scan.diagnostics.append(
            {{},
             DiagnosticSeverity::Warning,
             QCoreApplication::translate(
                 "tfi::History", "the repository is a shallow clone, so its history is partial: commits "
                                 "before the clone's depth were not scanned for secrets")});
    }

    HistoryScanner scanner(repository.get(), scan, cancelled);
    const QList<git_oid> commits = scanner.commitsToScan(start, limit);
    if (scan.truncated) {
        scan.diagnostics.append(
            {{},
             DiagnosticSeverity::Warning,
             QCoreApplication::translate("tfi::History",
                                         "the history scan stopped at the newest %n commit(s); older commits "
                                         "were not scanned for secrets",
                                         nullptr, limit)});
    }
    for (const git_oid &id : commits) {
        if (scanner.cancelled())
            break;
        scanner.scanCommit(id);
    }
    return scan;
}

QSet<QString> untrackedPaths(const QString &repositoryRoot, const QStringList &paths)
{
    QSet<QString> untracked;
    ensureLibgit2();
    git_repository *rawRepository = nullptr;
    const QByteArray nativeRoot = QFile::encodeName(repositoryRoot);
    if (git_repository_open_ext(&rawRepository, nativeRoot.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH,
                                nullptr) < 0)
        return untracked;
    RepositoryPtr repository(rawRepository);
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repository.get()) < 0)
        return untracked;
    IndexPtr index(rawIndex);
    for (const QString &path : paths) {
        if (!git_index_get_bypath(index.get(), path.toUtf8().constData(), 0))
            untracked.insert(path);
    }
    return untracked;
}

} // namespace tfi
