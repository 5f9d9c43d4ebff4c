// Dockerfiles: continuation lines, heredocs, parser directives, exec and shell forms.
#include "fuzzrepo.h"
#include "parsers/dockerfileparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tfi::fuzz::FuzzRepo repo(QStringLiteral("Dockerfile"), data, size);
    tfi::DeploymentModel model;
    tfi::parseDockerfile(repo.primary(), repo.context(), model);
    return 0;
}
