// Kubernetes manifests: multi-document YAML through the guarded loader and the field readers.
#include "fuzzrepo.h"
#include "parsers/kubernetesparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tfi::fuzz::FuzzRepo repo(QStringLiteral("k8s/deployment.yaml"), data, size);
    tfi::DeploymentModel model;
    tfi::parseKubernetesYaml(repo.primary(), repo.context(), model);
    return 0;
}
