#pragma once

#include <QByteArray>
#include <QString>

namespace tfi {

// One file of the audited tree, as read from the working tree or from git objects.
struct SourceFile
{
    enum class Kind
    {
        Text,       // content holds the bytes (BOM stripped)
        Binary,     // recognised as binary; content empty
        LfsPointer, // a Git LFS pointer; content holds the pointer text
        TooLarge,   // over the size cap; content empty
        Symlink,    // content holds the link target; never followed
        Submodule,  // a gitlink; content holds the commit id
    };

    QString path;       // repository-relative, '/' separators
    QByteArray blobId;  // hex object id when known (git), else empty
    QByteArray content; // see Kind
    qint64 size = 0;    // size in bytes before any stripping
    Kind kind = Kind::Text;

    bool isText() const { return kind == Kind::Text; }
    // The file name without directories, e.g. "docker-compose.override.yml".
    QString fileName() const;
    // The directory part, "" at the root.
    QString directory() const;
};

} // namespace tfi
