// Render blueprints (render.yaml).
#include "fuzzrepo.h"
#include "parsers/renderyamlparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tfi::fuzz::FuzzRepo repo(QStringLiteral("render.yaml"), data, size);
    tfi::DeploymentModel model;
    tfi::parseRenderYaml(repo.primary(), repo.context(), model);
    return 0;
}
