#include "factorrules.h"

namespace tfi {

const QList<RuleInfo> &processesRules()
{
    static const QList<RuleInfo> rules;
    return rules;
}

void checkProcesses(RuleContext &context)
{
    Q_UNUSED(context);
}

} // namespace tfi
