#include "factorrules.h"

namespace tfi {

const QList<RuleInfo> &adminProcessesRules()
{
    static const QList<RuleInfo> rules;
    return rules;
}

void checkAdminProcesses(RuleContext &context)
{
    Q_UNUSED(context);
}

} // namespace tfi
