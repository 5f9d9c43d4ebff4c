#include "revisions.h"

#include "reposnapshot.h"

#include <git2.h>

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include <memory>

namespace tfi {

namespace {

template<typename T, void (*Free)(T *)> struct GitDeleter
{
    void operator()(T *object) const { Free(object); }
};
using RepositoryPtr = std::unique_ptr<git_repository, GitDeleter<git_repository, git_repository_free>>;
using ReferencePtr = std::unique_ptr<git_reference, GitDeleter<git_reference, git_reference_free>>;
using CommitPtr = std::unique_ptr<git_commit, GitDeleter<git_commit, git_commit_free>>;
using ObjectPtr = std::unique_ptr<git_object, GitDeleter<git_object, git_object_free>>;
using WalkPtr = std::unique_ptr<git_revwalk, GitDeleter<git_revwalk, git_revwalk_free>>;
using IteratorPtr =
    std::unique_ptr<git_reference_iterator, GitDeleter<git_reference_iterator, git_reference_iterator_free>>;

QString hexOf(const git_oid *id)
{
    char buffer[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, id);
    return QString::fromLatin1(buffer);
}

QDateTime commitDate(const git_commit *commit)
{
    return QDateTime::fromSecsSinceEpoch(git_commit_time(commit),
                                         QTimeZone(git_commit_time_offset(commit) * 60));
}

} // namespace

QList<RevisionEntry> listRevisions(const QString &path, int recentCommits)
{
    ensureLibgit2();
    git_repository *rawRepository = nullptr;
    const QByteArray encoded = QFile::encodeName(path);
    if (git_repository_open_ext(&rawRepository, encoded.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) <
        0)
        return {};
    RepositoryPtr repository(rawRepository);

    QList<RevisionEntry> entries;
    if (!git_repository_is_bare(repository.get()))
        entries.append({RevisionEntry::Kind::WorkingTree,
                        QString(),
                        QCoreApplication::translate("tfi::Revisions", "Working tree"),
                        QString(),
                        {}});

    QList<RevisionEntry> branches;
    QList<RevisionEntry> tags;
    git_reference_iterator *rawIterator = nullptr;
    if (git_reference_iterator_new(&rawIterator, repository.get()) == 0) {
        IteratorPtr iterator(rawIterator);
        git_reference *rawReference = nullptr;
        while (git_reference_next(&rawReference, iterator.get()) == 0) {
            ReferencePtr reference(rawReference);
            const bool isBranch = git_reference_is_branch(reference.get());
            const bool isTag = git_reference_is_tag(reference.get());
            if (!isBranch && !isTag)
                continue;
            git_object *rawTarget = nullptr;
            if (git_reference_peel(&rawTarget, reference.get(), GIT_OBJECT_COMMIT) < 0)
                continue;
            ObjectPtr target(rawTarget);
            const auto *commit = reinterpret_cast<const git_commit *>(target.get());
            RevisionEntry entry;
            entry.kind = isBranch ? RevisionEntry::Kind::Branch : RevisionEntry::Kind::Tag;
            entry.label = QString::fromUtf8(git_reference_shorthand(reference.get()));
            entry.spec = QString::fromUtf8(git_reference_name(reference.get()));
            entry.commit = hexOf(git_object_id(target.get()));
            entry.date = commitDate(commit);
            (isBranch ? branches : tags).append(entry);
        }
    }
    const auto byLabel = [](const RevisionEntry &a, const RevisionEntry &b) {
        return a.label < b.label;
    };
    std::sort(branches.begin(), branches.end(), byLabel);
    std::sort(tags.begin(), tags.end(), byLabel);
    entries += branches;
    entries += tags;

    git_revwalk *rawWalk = nullptr;
    if (recentCommits > 0 && git_revwalk_new(&rawWalk, repository.get()) == 0) {
        WalkPtr walk(rawWalk);
        git_revwalk_sorting(walk.get(), GIT_SORT_TIME);
        if (git_revwalk_push_head(walk.get()) == 0) {
            git_oid id;
            while (entries.size() < recentCommits + branches.size() + tags.size() + 1 &&
                   git_revwalk_next(&id, walk.get()) == 0) {
                git_commit *rawCommit = nullptr;
                if (git_commit_lookup(&rawCommit, repository.get(), &id) < 0)
                    continue;
                CommitPtr commit(rawCommit);
                RevisionEntry entry;
                entry.kind = RevisionEntry::Kind::Commit;
                entry.commit = hexOf(&id);
                entry.spec = entry.commit;
                entry.label = QString::fromUtf8(git_commit_summary(commit.get()));
                entry.date = commitDate(commit.get());
                entries.append(entry);
            }
        }
    }
    return entries;
}

} // namespace tfi
