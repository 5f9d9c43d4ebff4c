#include "kustomizationparser.h"

namespace tfi {

void parseKustomization(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    Q_UNUSED(file);
    Q_UNUSED(context);
    Q_UNUSED(out);
}

} // namespace tfi
