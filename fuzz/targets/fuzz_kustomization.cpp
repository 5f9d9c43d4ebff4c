// A kustomization file, parsed field by field and then rendered natively with the bases, patches
// and generator files the input supplies.
#include "fuzzrepo.h"
#include "kustomize.h"
#include "parsers/kustomizationparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tfi::fuzz::FuzzRepo repo(QStringLiteral("overlays/prod/kustomization.yaml"), data, size);
    tfi::DeploymentModel model;
    tfi::parseKustomization(repo.primary(), repo.context(), model);
    tfi::renderKustomizeEnvironment(QStringLiteral("overlays/prod"), QStringLiteral("prod"), repo.context());
    return 0;
}
