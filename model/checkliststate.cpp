#include "checkliststate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace tfi {

namespace {
constexpr int checklistFileVersion = 1;
}

QString repositoryIdentity(const RepositoryInfo &repository)
{
    // A plain directory has no history; its path alone names it.
    const QString root = repository.rootCommit.isEmpty() ? QStringLiteral("none") : repository.rootCommit;
    return root + u'@' + QDir::cleanPath(repository.root);
}

ChecklistStore::ChecklistStore(QString directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                            QStringLiteral("/checklists")
                                      : std::move(directory))
{}

QString ChecklistStore::fileFor(const QString &identity) const
{
    // Hash the identity: paths hold characters that file names cannot.
    const QByteArray hash = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_directory + u'/' + QString::fromLatin1(hash.left(32)) + QStringLiteral(".json");
}

ChecklistState ChecklistStore::load(const QString &identity) const
{
    ChecklistState state;
    QFile file(fileFor(identity));
    if (!file.open(QIODevice::ReadOnly))
        return state;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("identity")).toString() != identity)
        return state; // a hash collision or a foreign file: start afresh rather than mix lists
    const QJsonObject items = root.value(QStringLiteral("items")).toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ChecklistEntryState itemState;
        itemState.done = entry.value(QStringLiteral("done")).toBool();
        itemState.note = entry.value(QStringLiteral("note")).toString();
        itemState.title = entry.value(QStringLiteral("title")).toString();
        itemState.factor = entry.value(QStringLiteral("factor")).toInt();
        itemState.changed =
            QDateTime::fromString(entry.value(QStringLiteral("changed")).toString(), Qt::ISODate);
        state.insert(it.key(), itemState);
    }
    return state;
}

bool ChecklistStore::save(const QString &identity, const ChecklistState &state, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = m_directory;
        return false;
    }
    QJsonObject items;
    for (auto it = state.begin(); it != state.end(); ++it) {
        if (!it->done && it->note.isEmpty() && it->title.isEmpty())
            continue;
        items.insert(it.key(), QJsonObject{{QStringLiteral("done"), it->done},
                                           {QStringLiteral("note"), it->note},
                                           {QStringLiteral("title"), it->title},
                                           {QStringLiteral("factor"), it->factor},
                                           {QStringLiteral("changed"), it->changed.toString(Qt::ISODate)}});
    }
    const QJsonObject root{{QStringLiteral("version"), checklistFileVersion},
                           {QStringLiteral("identity"), identity},
                           {QStringLiteral("items"), items}};
    QSaveFile file(fileFor(identity));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QList<ChecklistItem> applyChecklistState(const QList<ChecklistItem> &items, const ChecklistState &state)
{
    QList<ChecklistItem> result = items;
    for (ChecklistItem &item : result)
        item.done = state.value(item.id).done;
    return result;
}

} // namespace tfi
