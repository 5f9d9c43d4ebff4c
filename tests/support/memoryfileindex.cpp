#include "memoryfileindex.h"

namespace tfi::test {

const SourceFile &MemoryFileIndex::add(const QString &path, const QByteArray &content)
{
    SourceFile file;
    file.path = path;
    file.content = content;
    file.size = content.size();
    file.kind = SourceFile::Kind::Text;
    return *m_files.insert(path, file);
}

const SourceFile *MemoryFileIndex::find(const QString &path) const
{
    const auto it = m_files.constFind(path);
    return it == m_files.constEnd() ? nullptr : &it.value();
}

} // namespace tfi::test
