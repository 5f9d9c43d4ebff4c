#pragma once

#include "location.h"
#include "secrets.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <atomic>

namespace tfi {

// A secret found in the history: where it was introduced.
struct HistorySecret
{
    SecretMatch match; // line and column in the file at `commit`
    QString path;
    QString commit; // 40 hex digits
    QString author;
    QDateTime date; // the author date
};

struct HistoryScan
{
    // One entry per secret fingerprint, at the oldest scanned commit that added it.
    QList<HistorySecret> secrets;
    Diagnostics diagnostics;
    int commitsScanned = 0;
    int blobsScanned = 0;
    bool truncated = false; // the commit limit stopped the walk before the first commit
    bool partial = false;   // a shallow clone: older history is not in the repository
};

// Walks the commits reachable from `revision` (HEAD when empty), at most `limit` of them (the
// newest), oldest first, and scans every blob that a commit adds or changes exactly once, with
// the same detectors and path settings as the working tree (scanTextForSecrets). Binary files,
// Git LFS pointers and blobs over 1 MiB are skipped, and so are lines with gitleaks:allow.
// Opens the repository read-only and writes nothing.
HistoryScan scanHistoryForSecrets(const QString &repositoryRoot, const QString &revision, int limit,
                                  const std::atomic_bool *cancelled = nullptr);

// The paths among `paths` that the repository's index does not track (working-tree files that
// are neither committed nor staged). Reads the index without refreshing or writing it.
QSet<QString> untrackedPaths(const QString &repositoryRoot, const QStringList &paths);

} // namespace tfi
