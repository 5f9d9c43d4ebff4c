#include "fuzzrepo.h"

#include <QByteArray>

namespace tfi::fuzz {

FuzzRepo::FuzzRepo(const QString &primaryPath, const uint8_t *data, size_t size)
{
    static const QByteArray marker = QByteArrayLiteral("#file: ");
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    QString path = primaryPath;
    QByteArray content;
    // The first flush always adds the primary file, so it exists even when the input starts with a
    // marker, and later markers naming it are ignored.
    const auto flush = [&] {
        if (!path.isEmpty() && !m_paths.contains(path) && m_paths.size() < maxFiles) {
            m_index.add(path, content);
            m_paths.append(path);
        }
        content.clear();
    };

    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        end = end < 0 ? input.size() : end + 1;
        const QByteArray line = input.mid(start, end - start);
        if (line.startsWith(marker)) {
            flush();
            path = resolveRepoPath(QString(), QString::fromUtf8(line.mid(marker.size()).trimmed()));
        } else {
            content += line;
        }
        start = end;
    }
    flush();
}

} // namespace tfi::fuzz
