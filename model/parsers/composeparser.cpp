#include "composeparser.h"

namespace tfi {

void parseCompose(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    Q_UNUSED(file);
    Q_UNUSED(context);
    Q_UNUSED(out);
}

QList<Workload> mergeComposeFiles(const QList<ComposeFileInfo> &filesInOrder, const QString &environment)
{
    Q_UNUSED(filesInOrder);
    Q_UNUSED(environment);
    return {};
}

} // namespace tfi
