#include "parsecontext.h"

namespace tfi {

QString resolveRepoPath(const QString &directory, const QString &reference)
{
    if (reference.isEmpty() || reference.startsWith(u'/') || reference.contains(u'\\'))
        return {};
    QStringList parts;
    if (!directory.isEmpty())
        parts = directory.split(u'/', Qt::SkipEmptyParts);
    const QStringList referenceParts = reference.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : referenceParts) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (parts.isEmpty())
                return {};
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return parts.join(u'/');
}

} // namespace tfi
