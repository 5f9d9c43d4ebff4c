#pragma once

#include "../auditresult.h"
#include "../deploymentmodel.h"
#include "../reposnapshot.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tfi {

// A format-specific example for a rule's remediation ("in Compose, write ...").
struct RemediationExample
{
    SourceFormat format;
    const char *text; // QT_TRANSLATE_NOOP("tfi::Rules", ...)
};

// One rule of the catalogue. All texts are English source strings marked with
// QT_TRANSLATE_NOOP("tfi::Rules", ...) and translated when shown.
struct RuleInfo
{
    const char *id; // "<factor-key>.<name>", stable
    int factor = 0; // 1..12
    Severity severity = Severity::Warning;
    const char *title;       // one line
    const char *rationale;   // two or three sentences that teach the factor
    const char *remediation; // what to do, in general
    QList<RemediationExample> examples;
    // The same check in other tools, for honouring their suppressions: "kube-score:container-image-tag",
    // "polaris:tagNotSpecified", "kube-linter:latest-tag", "hadolint:DL3007", "gitleaks:*".
    QList<const char *> equivalents;

    QString translatedTitle() const;
    QString translatedRationale() const;
    // The remediation, followed by the example for `format` when the rule has one.
    QString translatedRemediation(std::optional<SourceFormat> format = std::nullopt) const;
};

// Where a finding applies; all optional.
struct FindingScope
{
    QString workload;
    QString environment;
    std::optional<SourceFormat> format; // picks the remediation example
};

// What a rule check sees and how it reports. One context per audit; checks run one after
// another on the audit thread.
class RuleContext
{
public:
    explicit RuleContext(const AuditResult &partial);

    const AuditResult &result() const { return m_result; }
    const DeploymentModel &model() const { return m_result.model; }
    const RepositoryInfo &repository() const { return m_result.repository; }
    const RepoSnapshot *snapshot() const { return m_result.snapshot.get(); }

    // Reports a finding. `subject` tells findings of one rule in one file apart (a variable name,
    // an image, a port); it goes into the stable id and must never be a secret value.
    // The message must name things, never show a secret value (use maskedValue()).
    Finding &report(const RuleInfo &rule, const Location &location, const QString &message,
                    const FindingScope &scope = {}, const QString &subject = {});

    // Evidence that the repository does something right, shown on the factor's page.
    void credit(int factor, const QString &text, const Location &location = {});
    // The repository gives this factor something to judge; without it the factor is not-applicable.
    void markApplicable(int factor);
    // Why the factor is not applicable, when it is not.
    void setNotApplicableReason(int factor, const QString &reason);

    // Something a check could not read or finish (history cut short, ...); goes to diagnostics.
    void diagnose(const Diagnostic &diagnostic) { m_diagnostics.append(diagnostic); }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // The lines of a text file of the snapshot (normalised), cached; empty for unknown files.
    const QStringList &lines(const QString &path);

    QList<Finding> takeFindings() { return std::move(m_findings); }
    const QList<Finding> &findings() const { return m_findings; }
    const QList<Credit> &credits() const { return m_credits; }
    bool isApplicable(int factor) const { return m_applicable.contains(factor); }
    QString notApplicableReason(int factor) const { return m_notApplicableReasons.value(factor); }

private:
    const AuditResult &m_result;
    QList<Finding> m_findings;
    QSet<QString> m_ids;
    QList<Credit> m_credits;
    QSet<int> m_applicable;
    QHash<int, QString> m_notApplicableReasons;
    QHash<QString, QStringList> m_lines;
    Diagnostics m_diagnostics;
};

// A stable fingerprint: the same finding gets the same id across runs and unrelated edits
// (no line numbers in it).
QString findingFingerprint(const QString &rule, const QString &path, const QString &workload,
                           const QString &environment, const QString &subject);

} // namespace tfi
