#include "factorrules.h"

namespace tfi {

const QList<RuleInfo> &configRules()
{
    static const QList<RuleInfo> rules;
    return rules;
}

void checkConfig(RuleContext &context)
{
    Q_UNUSED(context);
}

} // namespace tfi
