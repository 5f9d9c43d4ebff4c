#include "factorrules.h"

#include "suppressions.h"

namespace tfi {

const QList<FactorRules> &allFactorRules()
{
    static const QList<FactorRules> factors = {
        {1, codebaseRules, checkCodebase},
        {2, dependenciesRules, checkDependencies},
        {3, configRules, checkConfig},
        {4, backingServicesRules, checkBackingServices},
        {5, buildReleaseRunRules, checkBuildReleaseRun},
        {6, processesRules, checkProcesses},
        {7, portBindingRules, checkPortBinding},
        {8, concurrencyRules, checkConcurrency},
        {9, disposabilityRules, checkDisposability},
        {10, devProdParityRules, checkDevProdParity},
        {11, logsRules, checkLogs},
        {12, adminProcessesRules, checkAdminProcesses},
    };
    return factors;
}

QList<const RuleInfo *> ruleCatalogue()
{
    QList<const RuleInfo *> rules;
    for (const FactorRules &factor : allFactorRules()) {
        for (const RuleInfo &rule : factor.catalogue())
            rules.append(&rule);
    }
    rules.append(&expiredSuppressionRule());
    return rules;
}

const RuleInfo *ruleById(const QString &id)
{
    for (const FactorRules &factor : allFactorRules()) {
        for (const RuleInfo &rule : factor.catalogue()) {
            if (id == QLatin1String(rule.id))
                return &rule;
        }
    }
    if (id == QLatin1String(expiredSuppressionRule().id))
        return &expiredSuppressionRule();
    return nullptr;
}

} // namespace tfi
