#pragma once

#include "memoryfileindex.h"
#include "parsecontext.h"
#include "sourcefile.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace tfi::fuzz {

// Fuzz input as a small in-memory repository. The bytes before the first line "#file: PATH" are
// the primary file; each such line starts another file at the repository-relative PATH, so the
// fuzzer (and the seeds) can supply the bases, patches and .env files a parser follows.
// Paths that leave the repository are dropped, and at most maxFiles files are kept.
class FuzzRepo
{
public:
    static constexpr int maxFiles = 16;

    FuzzRepo(const QString &primaryPath, const uint8_t *data, size_t size);

    const SourceFile &primary() const { return *m_index.find(m_paths.first()); }
    // Every file in input order, the primary first.
    const QStringList &paths() const { return m_paths; }
    const SourceFile &file(const QString &path) const { return *m_index.find(path); }
    // The default limits: the fuzzer checks that they bound hostile input.
    ParseContext context() const { return ParseContext{m_index, ParseLimits{}}; }

private:
    test::MemoryFileIndex m_index;
    QStringList m_paths;
};

} // namespace tfi::fuzz
