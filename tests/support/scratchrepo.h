#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

struct git_repository;

namespace tfi::test {

// A throwaway git repository in its own QTemporaryDir, written through libgit2.
// Fixtures are small trees committed into it; never a shared or fixed path.
class ScratchRepo
{
public:
    ScratchRepo();
    ~ScratchRepo();
    ScratchRepo(const ScratchRepo &) = delete;
    ScratchRepo &operator=(const ScratchRepo &) = delete;

    bool isValid() const { return m_repo != nullptr; }
    QString root() const { return m_dir.path(); }

    // Writes a file into the working tree (creating directories), without staging it.
    void write(const QString &relativePath, const QByteArray &content);
    void write(const QMap<QString, QByteArray> &files);
    void remove(const QString &relativePath);
    // A symbolic link in the working tree.
    void symlink(const QString &relativePath, const QString &target);
    // Stages every file in the working tree (add -A) and commits; returns the commit id (hex).
    QString commit(const QString &message, const QString &author = QStringLiteral("Test Author"),
                   qint64 epochSeconds = 1700000000);
    // Creates a lightweight tag / a branch at HEAD.
    void tag(const QString &name);
    void branch(const QString &name);

private:
    QTemporaryDir m_dir;
    git_repository *m_repo = nullptr;
};

} // namespace tfi::test
