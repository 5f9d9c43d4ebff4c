// fly.toml, read through toml++.
#include "fuzzrepo.h"
#include "parsers/flytomlparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tfi::fuzz::FuzzRepo repo(QStringLiteral("fly.toml"), data, size);
    tfi::DeploymentModel model;
    tfi::parseFlyToml(repo.primary(), repo.context(), model);
    return 0;
}
