#pragma once

#include "../auditresult.h"

#include <QDate>

namespace tfi {

struct RuleOptions
{
    QDate today = QDate::currentDate(); // for suppression expiry
};

// Runs every factor's rules over the result's model, applies suppressions, scores the
// factors and builds the remediation checklist. Fills findings, factors, score, credits,
// checklist, and appends rule diagnostics.
void applyRules(AuditResult &result, const RuleOptions &options = {});

// The scoring formula (docs/scoring.md): per applicable factor 100 - 30 per error - 10 per
// warning - 2 per info, floored at 0; the overall score is the mean over applicable factors.
int factorScore(int errors, int warnings, int infos);

} // namespace tfi
