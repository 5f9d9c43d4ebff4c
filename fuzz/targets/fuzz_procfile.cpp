// Procfiles.
#include "fuzzrepo.h"
#include "parsers/procfileparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tfi::fuzz::FuzzRepo repo(QStringLiteral("Procfile"), data, size);
    tfi::DeploymentModel model;
    tfi::parseProcfile(repo.primary(), repo.context(), model);
    return 0;
}
