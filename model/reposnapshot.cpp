#include "reposnapshot.h"

#include <git2.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <memory>
#include <mutex>

#include <unistd.h>

namespace tfi {

namespace {

template<typename T, void (*Free)(T *)> struct GitDeleter
{
    void operator()(T *object) const { Free(object); }
};
template<typename T, void (*Free)(T *)> using GitPtr = std::unique_ptr<T, GitDeleter<T, Free>>;

using RepositoryPtr = GitPtr<git_repository, git_repository_free>;
using ObjectPtr = GitPtr<git_object, git_object_free>;
using TreePtr = GitPtr<git_tree, git_tree_free>;
using IndexPtr = GitPtr<git_index, git_index_free>;
using OdbPtr = GitPtr<git_odb, git_odb_free>;
using OdbObjectPtr = GitPtr<git_odb_object, git_odb_object_free>;
using StatusListPtr = GitPtr<git_status_list, git_status_list_free>;

// libgit2 keeps the last error per thread; read it where the call failed.
QString lastGitError()
{
    const git_error *error = git_error_last();
    return error && error->message
               ? QString::fromUtf8(error->message).trimmed()
               : QCoreApplication::translate("tfi::RepoSnapshot", "unknown libgit2 error");
}

QString oidToHex(const git_oid *oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex);
}

bool looksBinary(const QByteArray &content)
{
    return content.left(8000).contains('\0');
}

bool isLfsPointer(const QByteArray &content)
{
    return content.size() < 1024 && content.startsWith("version https://git-lfs.github.com/spec/v1");
}

void classifyContent(SourceFile &file)
{
    if (looksBinary(file.content)) {
        file.kind = SourceFile::Kind::Binary;
        file.content.clear();
    } else if (isLfsPointer(file.content)) {
        file.kind = SourceFile::Kind::LfsPointer;
    } else {
        file.kind = SourceFile::Kind::Text;
        if (file.content.startsWith("\xEF\xBB\xBF"))
            file.content.remove(0, 3);
    }
}

bool isCancelled(const LoadOptions &options)
{
    return options.cancelled && options.cancelled->load(std::memory_order_relaxed);
}

} // namespace

void ensureLibgit2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init();
        // We only read; ownership checks guard against running a foreign repo's config, which
        // libgit2 never executes. Without this, auditing a colleague's checkout would fail.
        git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
    });
}

QString libgit2Version()
{
    int major = 0, minor = 0, revision = 0;
    git_libgit2_version(&major, &minor, &revision);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision);
}

const SourceFile *RepoSnapshot::find(const QString &path) const
{
    const auto it = m_index.constFind(path);
    return it == m_index.constEnd() ? nullptr : &m_files.at(it.value());
}

struct SnapshotLoader
{
    SnapshotLoader(const LoadOptions &loadOptions, LoadError &loadError)
        : options(loadOptions), error(loadError), snapshot(std::make_shared<RepoSnapshot>())
    {}

    const LoadOptions &options;
    LoadError &error;
    std::shared_ptr<RepoSnapshot> snapshot;
    RepositoryPtr repository;

    bool fail(LoadError::Kind kind, const QString &message)
    {
        error.kind = kind;
        error.message = message;
        return false;
    }

    void diagnose(const QString &path, const QString &message,
                  DiagnosticSeverity severity = DiagnosticSeverity::Warning)
    {
        snapshot->m_diagnostics.append({{path, 0, 0}, severity, message});
    }

    bool run()
    {
        const QFileInfo pathInfo(options.path);
        if (options.path.isEmpty() || !pathInfo.exists())
            return fail(LoadError::Kind::MissingPath,
                        QCoreApplication::translate("tfi::RepoSnapshot", "path does not exist: %1")
                            .arg(options.path));
        if (!pathInfo.isReadable() || (pathInfo.isDir() && !QDir(pathInfo.absoluteFilePath()).isReadable()))
            return fail(
                LoadError::Kind::Unreadable,
                QCoreApplication::translate("tfi::RepoSnapshot", "permission denied: %1").arg(options.path));

        git_repository *raw = nullptr;
        const QByteArray nativePath = QFile::encodeName(pathInfo.absoluteFilePath());
        const int openResult = git_repository_open_ext(&raw, nativePath.constData(), 0, nullptr);
        if (openResult == GIT_ENOTFOUND) {
            if (!options.revision.isEmpty())
                return fail(LoadError::Kind::NotARepository,
                            QCoreApplication::translate(
                                "tfi::RepoSnapshot", "--rev needs a git repository, but %1 is not inside one")
                                .arg(options.path));
            if (!pathInfo.isDir())
                return fail(LoadError::Kind::MissingPath,
                            QCoreApplication::translate("tfi::RepoSnapshot", "not a directory: %1")
                                .arg(options.path));
            snapshot->m_info.root = QDir::cleanPath(pathInfo.absoluteFilePath());
            walkDirectory(QString(), nullptr, {});
            return finish();
        }
        if (openResult < 0)
            return fail(
                LoadError::Kind::CorruptRepository,
                QCoreApplication::translate("tfi::RepoSnapshot", "cannot open the repository at %1: %2")
                    .arg(options.path, lastGitError()));
        repository.reset(raw);
        RepositoryInfo &info = snapshot->m_info;
        info.isGitRepository = true;
        info.shallow = git_repository_is_shallow(raw) == 1;

        const bool bare = git_repository_is_bare(raw) == 1;
        if (bare && options.revision.isEmpty())
            return fail(LoadError::Kind::BareRepository,
                        QCoreApplication::translate(
                            "tfi::RepoSnapshot",
                            "%1 is a bare repository with no working tree; name a revision with --rev")
                            .arg(options.path));
        const char *workdir = git_repository_workdir(raw);
        info.root = QDir::cleanPath(QFile::decodeName(workdir ? workdir : git_repository_path(raw)));
        if (git_repository_head_unborn(raw) == 1 && options.revision.isEmpty())
            return fail(
                LoadError::Kind::EmptyRepository,
                QCoreApplication::translate("tfi::RepoSnapshot", "the repository at %1 has no commits yet")
                    .arg(info.root));

        if (options.revision.isEmpty())
            return loadWorktree() && finish();
        return loadCommit() && finish();
    }

    bool finish()
    {
        if (isCancelled(options))
            return fail(LoadError::Kind::Cancelled,
                        QCoreApplication::translate("tfi::RepoSnapshot", "cancelled"));
        findRootCommit();
        auto &files = snapshot->m_files;
        std::sort(files.begin(), files.end(),
                  [](const SourceFile &a, const SourceFile &b) { return a.path < b.path; });
        snapshot->m_index.reserve(files.size());
        for (qsizetype i = 0; i < files.size(); ++i)
            snapshot->m_index.insert(files.at(i).path, i);
        return true;
    }

    // The first commit of the history, which names the repository across clones and moves.
    void findRootCommit()
    {
        RepositoryInfo &info = snapshot->m_info;
        if (!repository || info.revision.isEmpty())
            return;
        git_revwalk *rawWalk = nullptr;
        if (git_revwalk_new(&rawWalk, repository.get()) < 0)
            return;
        std::unique_ptr<git_revwalk, decltype(&git_revwalk_free)> walk(rawWalk, &git_revwalk_free);
        git_oid start;
        const QByteArray hex = info.revision.toLatin1();
        if (git_oid_fromstr(&start, hex.constData()) < 0 || git_revwalk_push(walk.get(), &start) < 0)
            return;
        git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE);
        git_oid first;
        if (git_revwalk_next(&first, walk.get()) == 0)
            info.rootCommit = oidToHex(&first);
    }

    // --- commit ---------------------------------------------------------------------------

    struct TreeEntry
    {
        QString path;
        git_oid id;
        git_filemode_t mode;
    };

    static int collectEntry(const char *root, const git_tree_entry *entry, void *payload)
    {
        auto *entries = static_cast<QList<TreeEntry> *>(payload);
        const git_filemode_t mode = git_tree_entry_filemode(entry);
        if (mode == GIT_FILEMODE_TREE)
            return 0;
        entries->append({QString::fromUtf8(root) + QString::fromUtf8(git_tree_entry_name(entry)),
                         *git_tree_entry_id(entry), mode});
        return 0;
    }

    bool loadCommit()
    {
        RepositoryInfo &info = snapshot->m_info;
        git_object *rawObject = nullptr;
        const QByteArray spec = options.revision.toUtf8();
        if (git_revparse_single(&rawObject, repository.get(), spec.constData()) < 0)
            return fail(LoadError::Kind::UnknownRevision,
                        QCoreApplication::translate("tfi::RepoSnapshot", "unknown revision '%1' in %2")
                            .arg(options.revision, info.root));
        ObjectPtr object(rawObject);
        git_object *rawCommit = nullptr;
        if (git_object_peel(&rawCommit, object.get(), GIT_OBJECT_COMMIT) < 0)
            return fail(
                LoadError::Kind::UnknownRevision,
                QCoreApplication::translate("tfi::RepoSnapshot", "revision '%1' does not name a commit")
                    .arg(options.revision));
        ObjectPtr commit(rawCommit);
        info.revision = oidToHex(git_object_id(commit.get()));
        info.ref = options.revision;
        info.fromCommit = true;
        info.dirty = false;

        git_object *rawTree = nullptr;
        if (git_object_peel(&rawTree, commit.get(), GIT_OBJECT_TREE) < 0)
            return fail(LoadError::Kind::CorruptRepository,
                        QCoreApplication::translate("tfi::RepoSnapshot", "cannot read the tree of %1: %2")
                            .arg(options.revision, lastGitError()));
        ObjectPtr tree(rawTree);
        QList<TreeEntry> entries;
        if (git_tree_walk(reinterpret_cast<git_tree *>(tree.get()), GIT_TREEWALK_PRE, collectEntry,
                          &entries) < 0)
            return fail(LoadError::Kind::CorruptRepository,
                        QCoreApplication::translate("tfi::RepoSnapshot", "cannot walk the tree of %1: %2")
                            .arg(options.revision, lastGitError()));

        git_odb *rawOdb = nullptr;
        if (git_repository_odb(&rawOdb, repository.get()) < 0)
            return fail(
                LoadError::Kind::CorruptRepository,
                QCoreApplication::translate("tfi::RepoSnapshot", "cannot open the object database: %1")
                    .arg(lastGitError()));
        OdbPtr odb(rawOdb);
        int done = 0;
        for (const TreeEntry &entry : std::as_const(entries)) {
            if (isCancelled(options))
                return fail(LoadError::Kind::Cancelled,
                            QCoreApplication::translate("tfi::RepoSnapshot", "cancelled"));
            if (options.progress)
                options.progress(done, int(entries.size()), entry.path);
            ++done;
            SourceFile file;
            file.path = entry.path;
            file.blobId = oidToHex(&entry.id).toLatin1();
            if (entry.mode == GIT_FILEMODE_COMMIT) {
                file.kind = SourceFile::Kind::Submodule;
                file.content = file.blobId;
                info.submodules.append(entry.path);
                snapshot->m_files.append(file);
                continue;
            }
            size_t size = 0;
            git_object_t type = GIT_OBJECT_INVALID;
            if (git_odb_read_header(&size, &type, odb.get(), &entry.id) < 0) {
                diagnose(entry.path,
                         QCoreApplication::translate("tfi::RepoSnapshot",
                                                     "cannot read the object of this file: %1")
                             .arg(lastGitError()),
                         DiagnosticSeverity::Error);
                continue;
            }
            file.size = qint64(size);
            if (entry.mode != GIT_FILEMODE_LINK && file.size > options.maxFileSize) {
                file.kind = SourceFile::Kind::TooLarge;
                diagnose(entry.path,
                         QCoreApplication::translate("tfi::RepoSnapshot",
                                                     "skipped: %1 bytes is over the size limit of %2 bytes")
                             .arg(file.size)
                             .arg(options.maxFileSize));
                snapshot->m_files.append(file);
                continue;
            }
            git_odb_object *rawBlob = nullptr;
            if (git_odb_read(&rawBlob, odb.get(), &entry.id) < 0) {
                diagnose(entry.path,
                         QCoreApplication::translate("tfi::RepoSnapshot",
                                                     "cannot read the object of this file: %1")
                             .arg(lastGitError()),
                         DiagnosticSeverity::Error);
                continue;
            }
            OdbObjectPtr blob(rawBlob);
            file.content = QByteArray(static_cast<const char *>(git_odb_object_data(blob.get())),
                                      qsizetype(git_odb_object_size(blob.get())));
            if (entry.mode == GIT_FILEMODE_LINK) {
                recordSymlink(file, QString::fromUtf8(file.content));
                continue;
            }
            classifyContent(file);
            snapshot->m_files.append(file);
        }
        return true;
    }

    // --- working tree ---------------------------------------------------------------------

    void recordSymlink(SourceFile &file, const QString &target)
    {
        file.kind = SourceFile::Kind::Symlink;
        file.content = target.toUtf8();
        const qsizetype slash = file.path.lastIndexOf(u'/');
        const QString directory = slash < 0 ? QString() : file.path.left(slash);
        if (resolveRepoPath(directory, target).isEmpty())
            diagnose(file.path, QCoreApplication::translate(
                                    "tfi::RepoSnapshot",
                                    "symbolic link points outside the repository (%1); not followed")
                                    .arg(target));
        snapshot->m_files.append(file);
    }

    bool loadWorktree()
    {
        RepositoryInfo &info = snapshot->m_info;
        info.ref = QStringLiteral("HEAD");
        git_oid head;
        if (git_reference_name_to_id(&head, repository.get(), "HEAD") == 0)
            info.revision = oidToHex(&head);

        git_index *rawIndex = nullptr;
        if (git_repository_index(&rawIndex, repository.get()) < 0)
            return fail(LoadError::Kind::CorruptRepository,
                        QCoreApplication::translate("tfi::RepoSnapshot", "cannot read the index of %1: %2")
                            .arg(info.root, lastGitError()));
        IndexPtr index(rawIndex);
        QHash<QString, QByteArray> tracked; // path -> blob id
        QSet<QString> trackedDirectories;
        QSet<QString> gitlinks;
        const size_t count = git_index_entrycount(index.get());
        for (size_t i = 0; i < count; ++i) {
            const git_index_entry *entry = git_index_get_byindex(index.get(), i);
            const QString path = QString::fromUtf8(entry->path);
            if ((entry->mode & 0170000) == GIT_FILEMODE_COMMIT) {
                gitlinks.insert(path);
                info.submodules.append(path);
            }
            tracked.insert(path, oidToHex(&entry->id).toLatin1());
            for (qsizetype slash = path.indexOf(u'/'); slash >= 0; slash = path.indexOf(u'/', slash + 1))
                trackedDirectories.insert(path.left(slash));
        }
        info.dirty = computeDirty();
        walkDirectory(QString(), &tracked, trackedDirectories, gitlinks);
        return true;
    }

    bool computeDirty()
    {
        git_status_options statusOptions = GIT_STATUS_OPTIONS_INIT;
        statusOptions.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
        // No GIT_STATUS_OPT_UPDATE_INDEX: status must not write the index back.
        statusOptions.flags =
            GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_EXCLUDE_SUBMODULES | GIT_STATUS_OPT_NO_REFRESH;
        git_status_list *rawList = nullptr;
        if (git_status_list_new(&rawList, repository.get(), &statusOptions) < 0) {
            diagnose(QString(), QCoreApplication::translate(
                                    "tfi::RepoSnapshot", "cannot compute the status of the working tree: %1")
                                    .arg(lastGitError()));
            return false;
        }
        StatusListPtr list(rawList);
        return git_status_list_entrycount(list.get()) > 0;
    }

    bool isIgnored(const QString &relativePath)
    {
        if (!repository)
            return false;
        int ignored = 0;
        const QByteArray path = relativePath.toUtf8();
        if (git_ignore_path_is_ignored(&ignored, repository.get(), path.constData()) < 0)
            return false;
        return ignored == 1;
    }

    void walkDirectory(const QString &relative, const QHash<QString, QByteArray> *tracked,
                       const QSet<QString> &trackedDirectories, const QSet<QString> &gitlinks = {})
    {
        const QString root = snapshot->m_info.root;
        QDir directory(relative.isEmpty() ? root : root + u'/' + relative);
        const QFileInfoList entries = directory.entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (isCancelled(options))
                return;
            const QString path = relative.isEmpty() ? entry.fileName() : relative + u'/' + entry.fileName();
            if (relative.isEmpty() && entry.fileName() == u".git")
                continue;
            const bool isTracked = tracked && tracked->contains(path);
            if (entry.isSymLink()) {
                if (!isTracked && tracked && isIgnored(path))
                    continue;
                SourceFile file;
                file.path = path;
                recordSymlink(file, readLinkTarget(entry.absoluteFilePath()));
                continue;
            }
            if (entry.isDir()) {
                if (gitlinks.contains(path)) {
                    SourceFile file;
                    file.path = path;
                    file.kind = SourceFile::Kind::Submodule;
                    file.content = tracked->value(path);
                    snapshot->m_files.append(file);
                    continue;
                }
                if (!tracked || trackedDirectories.contains(path) || !isIgnored(path + u'/'))
                    walkDirectory(path, tracked, trackedDirectories, gitlinks);
                continue;
            }
            if (!entry.isFile())
                continue; // sockets, fifos, devices: never opened
            if (tracked && !isTracked && isIgnored(path))
                continue;
            readFile(entry, path);
        }
    }

    static QString readLinkTarget(const QString &absolutePath)
    {
        QByteArray buffer(4096, Qt::Uninitialized);
        const QByteArray native = QFile::encodeName(absolutePath);
        const ssize_t length = ::readlink(native.constData(), buffer.data(), size_t(buffer.size()));
        return length < 0 ? QString() : QFile::decodeName(buffer.left(length));
    }

    // Working-tree files carry no blob id: the index's id is stale for modified files.
    void readFile(const QFileInfo &entry, const QString &path)
    {
        if (options.progress)
            options.progress(int(snapshot->m_files.size()), 0, path);
        SourceFile file;
        file.path = path;
        file.size = entry.size();
        if (file.size > options.maxFileSize) {
            file.kind = SourceFile::Kind::TooLarge;
            diagnose(path, QCoreApplication::translate("tfi::RepoSnapshot",
                                                       "skipped: %1 bytes is over the size limit of %2 bytes")
                               .arg(file.size)
                               .arg(options.maxFileSize));
            snapshot->m_files.append(file);
            return;
        }
        QFile input(entry.absoluteFilePath());
        if (!input.open(QIODevice::ReadOnly)) {
            diagnose(path,
                     QCoreApplication::translate("tfi::RepoSnapshot", "cannot read this file: %1")
                         .arg(input.errorString()),
                     DiagnosticSeverity::Error);
            return;
        }
        file.content = input.read(options.maxFileSize + 1);
        classifyContent(file);
        snapshot->m_files.append(file);
    }
};

std::shared_ptr<const RepoSnapshot> loadSnapshot(const LoadOptions &options, LoadError &error)
{
    ensureLibgit2();
    error = {};
    SnapshotLoader loader(options, error);
    if (!loader.run())
        return nullptr;
    return loader.snapshot;
}

} // namespace tfi
