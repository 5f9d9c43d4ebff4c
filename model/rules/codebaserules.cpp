#include "factorrules.h"

namespace tfi {

const QList<RuleInfo> &codebaseRules()
{
    static const QList<RuleInfo> rules;
    return rules;
}

void checkCodebase(RuleContext &context)
{
    Q_UNUSED(context);
}

} // namespace tfi
