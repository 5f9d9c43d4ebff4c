#include "factorrules.h"

namespace tfi {

const QList<RuleInfo> &logsRules()
{
    static const QList<RuleInfo> rules;
    return rules;
}

void checkLogs(RuleContext &context)
{
    Q_UNUSED(context);
}

} // namespace tfi
