#pragma once

#include "parsecontext.h"
#include "sourcefile.h"

#include <QHash>

namespace tfi::test {

// An in-memory FileIndex for parser tests: add text files, then parse one of them.
class MemoryFileIndex : public FileIndex
{
public:
    // Adds (or replaces) a text file and returns it.
    const SourceFile &add(const QString &path, const QByteArray &content);
    const SourceFile *find(const QString &path) const override;

private:
    QHash<QString, SourceFile> m_files;
};

} // namespace tfi::test
