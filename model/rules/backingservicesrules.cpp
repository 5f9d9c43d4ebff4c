#include "factorrules.h"

namespace tfi {

const QList<RuleInfo> &backingServicesRules()
{
    static const QList<RuleInfo> rules;
    return rules;
}

void checkBackingServices(RuleContext &context)
{
    Q_UNUSED(context);
}

} // namespace tfi
