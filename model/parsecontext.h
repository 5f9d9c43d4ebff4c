#pragma once

#include "deploymentmodel.h"
#include "sourcefile.h"

#include <QHash>
#include <QString>

namespace tfi {

// Bounds that keep hostile input from exhausting the stack, memory or time.
struct ParseLimits
{
    qint64 maxFileSize = 8 * 1024 * 1024; // larger files are skipped with a diagnostic
    int maxYamlDepth = 200;               // nesting, checked before yaml-cpp sees the text
    int maxYamlDocuments = 10000;         // per file; the rest is skipped with a diagnostic
    int maxYamlAliases = 10000;           // alias references per document
    int maxYamlNodes = 200000;            // nodes a generic walk may visit per document
};

// Read-only access to the other files of the snapshot, for parsers that follow references
// (Compose's .env and env_file, Kustomize generators). Safe to share between threads.
class FileIndex
{
public:
    virtual ~FileIndex() = default;
    // The file at a repository-relative path (normalised, no "..", '/' separators), or nullptr.
    virtual const SourceFile *find(const QString &path) const = 0;
};

struct ParseContext
{
    const FileIndex &files;
    ParseLimits limits;
};

// Joins a relative reference onto a directory and normalises it ("a/b" + "../c" -> "a/c").
// Returns an empty string when the result would leave the repository root or is absolute.
QString resolveRepoPath(const QString &directory, const QString &reference);

} // namespace tfi
