#pragma once

#include "deploymentmodel.h"
#include "reposnapshot.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace tfi {

enum class Severity
{
    Error,
    Warning,
    Info
};
QString severityKey(Severity severity); // "error", "warning", "info"

struct SuppressionInfo
{
    QString reason;
    QString source; // ".twelve-factor.yml", "inline", "kube-score", "hadolint", ...
    Location location;
};

struct HistoryInfo
{
    QString commit;
    QString author;
    QDateTime date;
    bool presentAtRevision = false;
};

struct Finding
{
    QString id;   // stable fingerprint
    QString rule; // e.g. config.hardcoded-secret
    int factor = 0;
    Severity severity = Severity::Warning;
    QString title;
    QString message; // never holds a secret in clear
    QString remediation;
    Location location;
    QString environment;
    QString workload;
    std::optional<HistoryInfo> history;
    std::optional<SuppressionInfo> suppressed;
};

enum class FactorStatus
{
    Pass,
    Warn,
    Fail,
    NotApplicable,
    Unknown
};
QString factorStatusKey(FactorStatus status);

struct FactorResult
{
    int number = 0;
    FactorStatus status = FactorStatus::Unknown;
    std::optional<int> score; // 0..100, none when unknown or not applicable
    int findings = 0;         // unsuppressed findings
    QString reason;           // why not-applicable / unknown
};

struct EnvironmentSource
{
    QString path;
    QString kind; // kustomize-overlay, helm-values, compose-override, dotenv, app.json, fly.toml, render.yaml
};

struct EnvironmentInfo
{
    QString name;
    QStringList aliases;
    QList<EnvironmentSource> sources;
};

struct VariableCell
{
    ValueKind kind = ValueKind::Literal;
    QString display; // masked when sensitive
    bool sensitive = false;
    QString digest; // keyed digest of the resolved value, empty when unknown
    Location location;
};

enum class VariableStatus
{
    Same,
    Differs,
    Missing
};
QString variableStatusKey(VariableStatus status);

struct VariableRow
{
    QString name;
    QString workload;
    VariableStatus status = VariableStatus::Same;
    QMap<QString, VariableCell> values; // environment -> cell
};

struct ProcessPort
{
    QString name;
    QString protocol = QStringLiteral("TCP");
    int containerPort = 0;
    int servicePort = 0;
    int publishedPort = 0;
    Location location;
};

struct ProcessEntry
{
    QString name;
    QString environment;
    WorkloadKind kind = WorkloadKind::Deployment;
    Location location;
    QString image;
    QString command; // redacted
    std::optional<int> replicas;
    QList<ProcessPort> ports;
};

// Evidence that the repository does something right, shown on the factor's page.
struct Credit
{
    int factor = 0;
    QString text;
    Location location;
};

struct ChecklistItem
{
    QString id;
    int factor = 0;
    int priority = 3; // 1 highest
    QString title;
    QStringList findings;
    bool done = false;
};

// What one audit produced. Immutable once built; views and reports share it read-only.
struct AuditResult
{
    std::shared_ptr<const RepoSnapshot> snapshot;
    RepositoryInfo repository;
    DeploymentModel model;
    QList<Finding> findings;
    QList<FactorResult> factors; // twelve, in order
    std::optional<int> score;
    QList<EnvironmentInfo> environments;
    QList<VariableRow> variables;
    QList<ProcessEntry> processes;
    QList<ChecklistItem> checklist;
    QList<Credit> credits;
    Diagnostics diagnostics;  // loading, parsing and rules
    int historyLimit = 10000; // as requested for this audit; 0: history not scanned
    QDateTime startedAt;
    QDateTime finishedAt;

    int count(Severity severity) const; // unsuppressed findings of that severity
    int suppressedCount() const;
};

using AuditResultPtr = std::shared_ptr<const AuditResult>;

} // namespace tfi

// Signals carry results across threads and into QSignalSpy.
Q_DECLARE_METATYPE(tfi::AuditResultPtr)

namespace tfi {} // namespace tfi
