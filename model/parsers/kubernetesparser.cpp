#include "kubernetesparser.h"

namespace tfi {

void parseKubernetesYaml(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    Q_UNUSED(file);
    Q_UNUSED(context);
    Q_UNUSED(out);
}

} // namespace tfi
