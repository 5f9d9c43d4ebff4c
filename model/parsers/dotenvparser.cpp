#include "dotenvparser.h"

namespace tfi {

void parseDotenv(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    Q_UNUSED(file);
    Q_UNUSED(context);
    Q_UNUSED(out);
}

QList<EnvVar> parseDotenvEntries(const QString &path, const QByteArray &content, Diagnostics &diagnostics)
{
    Q_UNUSED(path);
    Q_UNUSED(content);
    Q_UNUSED(diagnostics);
    return {};
}

bool isDotenvTemplateName(const QString &fileName)
{
    Q_UNUSED(fileName);
    return false;
}

} // namespace tfi
