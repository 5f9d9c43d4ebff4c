#pragma once

#include "../auditresult.h"
#include "rule.h"

#include <QDate>
#include <QRegularExpression>

namespace tfi {

// A suppression from .twelve-factor.yml.
struct SuppressionRule
{
    QString rule;        // rule id or "*"
    QString pathGlob;    // optional
    QString fingerprint; // optional: one finding
    QString reason;      // required
    std::optional<QDate> expires;
    Location location;
    QRegularExpression pathPattern;
};

// Reads .twelve-factor.yml / .twelve-factor.yaml at the root; rejects entries without a reason
// (diagnostic). Expired entries are returned too; the caller reports them.
QList<SuppressionRule> loadSuppressionFile(const RepoSnapshot &snapshot, Diagnostics &diagnostics);

// Converts a glob ("deploy/dev/**", "*.yaml") to an anchored regular expression.
QRegularExpression globToRegularExpression(const QString &glob);

// Marks suppressed findings: the file's entries, inline `twelve-factor: ignore <rule> -- reason`
// comments on the same or the previous line, and other tools' conventions (kube-score, Polaris
// and kube-linter annotations; hadolint and gitleaks comments). Expired file entries become info
// findings through `context`.
void applySuppressions(QList<Finding> &findings, const QList<SuppressionRule> &fileRules,
                       RuleContext &context, const QDate &today, Diagnostics &diagnostics);

// The info rule reported for an expired suppression.
const RuleInfo &expiredSuppressionRule();

} // namespace tfi
