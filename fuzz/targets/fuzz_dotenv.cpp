// dotenv files: the file parser and the entry reader Compose shares.
#include "fuzzrepo.h"
#include "parsers/dotenvparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tfi::fuzz::FuzzRepo repo(QStringLiteral(".env.production"), data, size);
    tfi::DeploymentModel model;
    tfi::parseDotenv(repo.primary(), repo.context(), model);
    tfi::Diagnostics diagnostics;
    tfi::parseDotenvEntries(repo.primary().path, repo.primary().content, diagnostics);
    return 0;
}
