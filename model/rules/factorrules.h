#pragma once

#include "rule.h"

#include <QList>

namespace tfi {

// Each factor's rules live in their own file: a catalogue and one check that runs them all.
struct FactorRules
{
    int factor;
    const QList<RuleInfo> &(*catalogue)();
    void (*check)(RuleContext &context);
};

const QList<RuleInfo> &codebaseRules();
void checkCodebase(RuleContext &context);
const QList<RuleInfo> &dependenciesRules();
void checkDependencies(RuleContext &context);
const QList<RuleInfo> &configRules();
void checkConfig(RuleContext &context);
const QList<RuleInfo> &backingServicesRules();
void checkBackingServices(RuleContext &context);
const QList<RuleInfo> &buildReleaseRunRules();
void checkBuildReleaseRun(RuleContext &context);
const QList<RuleInfo> &processesRules();
void checkProcesses(RuleContext &context);
const QList<RuleInfo> &portBindingRules();
void checkPortBinding(RuleContext &context);
const QList<RuleInfo> &concurrencyRules();
void checkConcurrency(RuleContext &context);
const QList<RuleInfo> &disposabilityRules();
void checkDisposability(RuleContext &context);
const QList<RuleInfo> &devProdParityRules();
void checkDevProdParity(RuleContext &context);
const QList<RuleInfo> &logsRules();
void checkLogs(RuleContext &context);
const QList<RuleInfo> &adminProcessesRules();
void checkAdminProcesses(RuleContext &context);

// The twelve, in order.
const QList<FactorRules> &allFactorRules();
// Every rule of every factor, and lookup by id (nullptr when unknown).
QList<const RuleInfo *> ruleCatalogue();
const RuleInfo *ruleById(const QString &id);

} // namespace tfi
