#include "factorrules.h"

namespace tfi {

const QList<RuleInfo> &dependenciesRules()
{
    static const QList<RuleInfo> rules;
    return rules;
}

void checkDependencies(RuleContext &context)
{
    Q_UNUSED(context);
}

} // namespace tfi
