#include "factorrules.h"

namespace tfi {

const QList<RuleInfo> &disposabilityRules()
{
    static const QList<RuleInfo> rules;
    return rules;
}

void checkDisposability(RuleContext &context)
{
    Q_UNUSED(context);
}

} // namespace tfi
