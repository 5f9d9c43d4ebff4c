#include "examples.h"

#include "reposnapshot.h"

#include <git2.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>

namespace tfi {

namespace {

const char authorName[] = "Twelve-Factor Inspector";
const char authorEmail[] = "examples@twelve-factor-inspector.invalid";

QString resourceRoot(const QString &name)
{
    return QStringLiteral(":/examples/") + name;
}

// One commit of an example's history file.
struct HistoryCommit
{
    QString message;
    QDateTime date;
    QStringList write;                     // example paths, folders ending in "/", or "." for all
    QMap<QString, QByteArray> inlineFiles; // path -> content of files that are not in the example
    QStringList remove;
};

// Paths in the history file are ours, but a path that leaves the repository is refused anyway.
bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\'))
        return false;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    return std::none_of(parts.cbegin(), parts.cend(),
                        [](const QString &part) { return part == u".." || part == u".git"; });
}

std::optional<QList<HistoryCommit>> readHistory(const QString &name, QString &error)
{
    QFile file(resourceRoot(name) + QStringLiteral(".history.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("tfi::Examples", "the example %1 has no history").arg(name);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray commits = document.object().value(QStringLiteral("commits")).toArray();
    if (parseError.error != QJsonParseError::NoError || commits.isEmpty()) {
        error = QCoreApplication::translate("tfi::Examples", "the history of the example %1 cannot be read")
                    .arg(name);
        return std::nullopt;
    }
    QList<HistoryCommit> history;
    for (const QJsonValue &value : commits) {
        const QJsonObject object = value.toObject();
        HistoryCommit commit;
        commit.message = object.value(QStringLiteral("message")).toString();
        commit.date = QDateTime::fromString(object.value(QStringLiteral("date")).toString(), Qt::ISODate);
        for (const QJsonValue &path : object.value(QStringLiteral("write")).toArray())
            commit.write.append(path.toString());
        const QJsonObject content = object.value(QStringLiteral("content")).toObject();
        for (auto it = content.begin(); it != content.end(); ++it)
            commit.inlineFiles.insert(it.key(), it.value().toString().toUtf8());
        for (const QJsonValue &path : object.value(QStringLiteral("delete")).toArray())
            commit.remove.append(path.toString());
        QStringList paths = commit.remove + commit.inlineFiles.keys();
        for (const QString &path : std::as_const(commit.write)) {
            if (path != u"." && !path.endsWith(u'/'))
                paths.append(path);
        }
        const bool safe = std::all_of(paths.cbegin(), paths.cend(), isSafeRelativePath);
        if (commit.message.isEmpty() || !commit.date.isValid() || !safe) {
            error = QCoreApplication::translate("tfi::Examples",
                                                "commit %1 in the history of the example %2 is malformed")
                        .arg(history.size() + 1)
                        .arg(name);
            return std::nullopt;
        }
        history.append(commit);
    }
    return history;
}

// The example's files: repository-relative path -> resource path.
QMap<QString, QString> exampleFiles(const QString &name)
{
    QMap<QString, QString> files;
    const QString root = resourceRoot(name);
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path.mid(root.size() + 1), path);
    }
    return files;
}

QStringList selectedFiles(const QMap<QString, QString> &files, const QString &pattern)
{
    if (pattern == u".")
        return files.keys();
    if (pattern.endsWith(u'/')) {
        QStringList selected;
        for (const QString &path : files.keys()) {
            if (path.startsWith(pattern))
                selected.append(path);
        }
        return selected;
    }
    return files.contains(pattern) ? QStringList{pattern} : QStringList{};
}

QString gitErrorText()
{
    const git_error *detail = git_error_last();
    return detail ? QString::fromUtf8(detail->message) : QStringLiteral("unknown error");
}

// Writes the history as commits into a new repository at `root`.
class HistoryWriter
{
public:
    explicit HistoryWriter(const QString &root) : m_root(root) {}
    ~HistoryWriter()
    {
        git_index_free(m_index);
        git_repository_free(m_repository);
    }
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;

    bool init(QString &error)
    {
        git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
        options.flags = GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
        options.initial_head = "main";
        if (git_repository_init_ext(&m_repository, QFile::encodeName(m_root).constData(), &options) < 0 ||
            git_repository_index(&m_index, m_repository) < 0) {
            error = QCoreApplication::translate("tfi::Examples", "cannot create a git repository in %1: %2")
                        .arg(m_root, gitErrorText());
            return false;
        }
        return true;
    }

    bool writeFile(const QString &path, const QByteArray &content, QString &error)
    {
        const QString target = m_root + u'/' + path;
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
            error = QCoreApplication::translate("tfi::Examples", "cannot write %1: %2")
                        .arg(target, file.errorString());
            return false;
        }
        file.close();
        // add_bypath stages the file whatever .gitignore says: examples commit what they show.
        if (git_index_add_bypath(m_index, path.toUtf8().constData()) < 0) {
            error =
                QCoreApplication::translate("tfi::Examples", "cannot stage %1: %2").arg(path, gitErrorText());
            return false;
        }
        m_tracked.insert(path);
        return true;
    }

    bool removeFile(const QString &path, QString &error)
    {
        QFile::remove(m_root + u'/' + path);
        if (git_index_remove_bypath(m_index, path.toUtf8().constData()) < 0) {
            error = QCoreApplication::translate("tfi::Examples", "cannot remove %1: %2")
                        .arg(path, gitErrorText());
            return false;
        }
        m_tracked.remove(path);
        return true;
    }

    bool commit(const HistoryCommit &commit, QString &error)
    {
        git_oid treeId;
        git_tree *tree = nullptr;
        git_signature *signature = nullptr;
        git_commit *parent = nullptr;
        git_oid parentId;
        const bool hasParent = git_reference_name_to_id(&parentId, m_repository, "HEAD") == 0;
        bool ok = git_index_write(m_index) == 0 && git_index_write_tree(&treeId, m_index) == 0 &&
                  git_tree_lookup(&tree, m_repository, &treeId) == 0 &&
                  git_signature_new(&signature, authorName, authorEmail, commit.date.toSecsSinceEpoch(),
                                    commit.date.offsetFromUtc() / 60) == 0 &&
                  (!hasParent || git_commit_lookup(&parent, m_repository, &parentId) == 0);
        if (ok) {
            const git_commit *parents[] = {parent};
            git_oid commitId;
            ok =
                git_commit_create(&commitId, m_repository, "HEAD", signature, signature, nullptr,
                                  commit.message.toUtf8().constData(), tree, hasParent ? 1 : 0, parents) == 0;
        }
        if (!ok)
            error = QCoreApplication::translate("tfi::Examples", "cannot commit \"%1\": %2")
                        .arg(commit.message, gitErrorText());
        git_commit_free(parent);
        git_signature_free(signature);
        git_tree_free(tree);
        return ok;
    }

    const QSet<QString> &tracked() const { return m_tracked; }

private:
    QString m_root;
    git_repository *m_repository = nullptr;
    git_index *m_index = nullptr;
    QSet<QString> m_tracked;
};

bool replayHistory(const QString &name, const QString &root, QString &error)
{
    const std::optional<QList<HistoryCommit>> history = readHistory(name, error);
    if (!history)
        return false;
    const QMap<QString, QString> files = exampleFiles(name);
    HistoryWriter writer(root);
    if (!writer.init(error))
        return false;
    for (const HistoryCommit &commit : *history) {
        for (const QString &pattern : commit.write) {
            const QStringList selected = selectedFiles(files, pattern);
            if (selected.isEmpty()) {
                error =
                    QCoreApplication::translate(
                        "tfi::Examples", "the history of the example %1 writes %2, which it does not have")
                        .arg(name, pattern);
                return false;
            }
            for (const QString &path : selected) {
                QFile source(files.value(path));
                if (!source.open(QIODevice::ReadOnly) || !writer.writeFile(path, source.readAll(), error)) {
                    if (error.isEmpty())
                        error = QCoreApplication::translate("tfi::Examples", "cannot read %1")
                                    .arg(source.fileName());
                    return false;
                }
            }
        }
        for (auto it = commit.inlineFiles.cbegin(); it != commit.inlineFiles.cend(); ++it) {
            if (!writer.writeFile(it.key(), it.value(), error))
                return false;
        }
        for (const QString &path : commit.remove) {
            if (!writer.removeFile(path, error))
                return false;
        }
        if (!writer.commit(commit, error))
            return false;
    }
    // The last commit is the example as it is in resources/examples/, nothing more or less.
    const QStringList expected = files.keys();
    if (writer.tracked() != QSet<QString>(expected.cbegin(), expected.cend())) {
        error = QCoreApplication::translate(
                    "tfi::Examples", "the history of the example %1 does not end with the example's files")
                    .arg(name);
        return false;
    }
    return true;
}

} // namespace

QList<ExampleInfo> bundledExamples()
{
    return {
        {QStringLiteral("legacy-shop"), QCoreApplication::translate("tfi::Examples", "Legacy shop"),
         QCoreApplication::translate(
             "tfi::Examples",
             "A shop that works on one machine and breaks most factors: secrets in manifests and in the "
             "git history, :latest images, migrations at start-up, sticky sessions, logs written to "
             "files.")},
        {QStringLiteral("halfway-shop"), QCoreApplication::translate("tfi::Examples", "Halfway shop"),
         QCoreApplication::translate(
             "tfi::Examples",
             "The same shop halfway refactored: config in environment variables, Kustomize overlays, "
             "Compose with an override and a Procfile release phase, with drift left between the "
             "environments and logs still written to a file.")},
        {QStringLiteral("twelve-factor-shop"),
         QCoreApplication::translate("tfi::Examples", "Twelve-factor shop"),
         QCoreApplication::translate(
             "tfi::Examples",
             "The same shop well factored: Secrets by reference only, images pinned by digest, probes, "
             "resources, an autoscaling component, a release phase, stdout logs and dependencies locked "
             "with hashes.")},
    };
}

QString materializeExample(const QString &name, const QString &parentDirectory, QString *error)
{
    QString message;
    const QList<ExampleInfo> examples = bundledExamples();
    const bool known = std::any_of(examples.cbegin(), examples.cend(),
                                   [&](const ExampleInfo &example) { return example.name == name; });
    const QString root = QDir(parentDirectory).absoluteFilePath(name);
    if (!known) {
        message = QCoreApplication::translate("tfi::Examples", "there is no example called \"%1\"").arg(name);
    } else if (!QFileInfo(parentDirectory).isDir()) {
        message = QCoreApplication::translate("tfi::Examples", "%1 is not a directory").arg(parentDirectory);
    } else if (QFileInfo::exists(root)) {
        message = QCoreApplication::translate("tfi::Examples", "%1 exists already").arg(root);
    } else {
        ensureLibgit2();
        if (replayHistory(name, root, message))
            return root;
        // Only what this call created is removed.
        QDir(root).removeRecursively();
    }
    if (error)
        *error = message;
    return {};
}

} // namespace tfi
