// Heroku app.json.
#include "fuzzrepo.h"
#include "parsers/appjsonparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tfi::fuzz::FuzzRepo repo(QStringLiteral("app.json"), data, size);
    tfi::DeploymentModel model;
    tfi::parseAppJson(repo.primary(), repo.context(), model);
    return 0;
}
