// Compose files, with the .env and env_file references they follow, then merged as the model
// builder merges a base and its overrides.
#include "fuzzrepo.h"
#include "parsers/composeparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tfi::fuzz::FuzzRepo repo(QStringLiteral("docker-compose.yml"), data, size);
    tfi::DeploymentModel model;
    for (const QString &path : repo.paths()) {
        if (path.contains(QStringLiteral("compose")))
            tfi::parseCompose(repo.file(path), repo.context(), model);
    }
    tfi::mergeComposeFiles(model.composeFiles, QStringLiteral("dev"));
    tfi::mergeComposeFiles(model.composeFiles, QStringLiteral("prod"));
    return 0;
}
