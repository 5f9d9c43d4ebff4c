#include "scratchrepo.h"

#include <git2.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

namespace tfi::test {

namespace {

void check(int error, const char *what)
{
    if (error < 0) {
        const git_error *detail = git_error_last();
        qFatal("libgit2 %s failed: %s", what, detail ? detail->message : "unknown error");
    }
}

} // namespace

ScratchRepo::ScratchRepo()
{
    git_libgit2_init();
    if (!m_dir.isValid())
        qFatal("could not create a temporary directory");
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH;
    options.initial_head = "main";
    check(git_repository_init_ext(&m_repo, QFile::encodeName(m_dir.path()).constData(), &options), "init");
}

ScratchRepo::~ScratchRepo()
{
    git_repository_free(m_repo);
    git_libgit2_shutdown();
}

void ScratchRepo::write(const QString &relativePath, const QByteArray &content)
{
    const QString path = m_dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("could not write %s", qPrintable(path));
    file.write(content);
}

void ScratchRepo::write(const QMap<QString, QByteArray> &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        write(it.key(), it.value());
}

void ScratchRepo::remove(const QString &relativePath)
{
    QFile::remove(m_dir.filePath(relativePath));
}

void ScratchRepo::symlink(const QString &relativePath, const QString &target)
{
    const QString path = m_dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    if (!QFile::link(target, path))
        qFatal("could not create link %s", qPrintable(path));
}

QString ScratchRepo::commit(const QString &message, const QString &author, qint64 epochSeconds)
{
    git_index *index = nullptr;
    check(git_repository_index(&index, m_repo), "index");
    git_strarray everything = {nullptr, 0};
    check(git_index_add_all(index, &everything, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr), "add_all");
    check(git_index_update_all(index, &everything, nullptr, nullptr), "update_all");
    check(git_index_write(index), "index write");
    git_oid treeId;
    check(git_index_write_tree(&treeId, index), "write_tree");
    git_index_free(index);

    git_tree *tree = nullptr;
    check(git_tree_lookup(&tree, m_repo, &treeId), "tree lookup");
    git_signature *signature = nullptr;
    const QByteArray name = author.toUtf8();
    check(git_signature_new(&signature, name.constData(), "author@example.invalid", epochSeconds, 0),
          "signature");

    git_commit *parent = nullptr;
    git_oid parentId;
    const bool hasParent = git_reference_name_to_id(&parentId, m_repo, "HEAD") == 0;
    if (hasParent)
        check(git_commit_lookup(&parent, m_repo, &parentId), "parent lookup");
    const git_commit *parents[] = {parent};
    git_oid commitId;
    const QByteArray text = message.toUtf8();
    check(git_commit_create(&commitId, m_repo, "HEAD", signature, signature, nullptr, text.constData(), tree,
                            hasParent ? 1 : 0, parents),
          "commit");
    git_commit_free(parent);
    git_signature_free(signature);
    git_tree_free(tree);
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &commitId);
    return QString::fromLatin1(hex);
}

void ScratchRepo::tag(const QString &name)
{
    git_object *head = nullptr;
    check(git_revparse_single(&head, m_repo, "HEAD"), "revparse HEAD");
    git_oid tagId;
    check(git_tag_create_lightweight(&tagId, m_repo, name.toUtf8().constData(), head, 0), "tag");
    git_object_free(head);
}

void ScratchRepo::branch(const QString &name)
{
    git_object *head = nullptr;
    check(git_revparse_single(&head, m_repo, "HEAD^{commit}"), "revparse HEAD");
    git_reference *reference = nullptr;
    check(git_branch_create(&reference, m_repo, name.toUtf8().constData(),
                            reinterpret_cast<git_commit *>(head), 0),
          "branch");
    git_reference_free(reference);
    git_object_free(head);
}

} // namespace tfi::test
