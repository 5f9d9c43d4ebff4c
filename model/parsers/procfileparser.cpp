#include "procfileparser.h"

namespace tfi {

void parseProcfile(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    Q_UNUSED(file);
    Q_UNUSED(context);
    Q_UNUSED(out);
}

} // namespace tfi
