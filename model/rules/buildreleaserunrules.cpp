#include "factorrules.h"

namespace tfi {

const QList<RuleInfo> &buildReleaseRunRules()
{
    static const QList<RuleInfo> rules;
    return rules;
}

void checkBuildReleaseRun(RuleContext &context)
{
    Q_UNUSED(context);
}

} // namespace tfi
