#pragma once

#include "auditresult.h"

namespace tfi {

// One attribute of a workload compared across environments: image, replicas, probes,
// resources or backing services.
struct AttributeCell
{
    QString display;
    Location location;
};

struct AttributeRow
{
    QString workload;
    QString attribute; // "image", "replicas", "probes", "resources", "backing-services"
    VariableStatus status = VariableStatus::Same;
    QMap<QString, AttributeCell> values; // environment -> cell
};

// The environments a workload exists in, in the order of result.environments
// ("default" when the repository defines none).
QStringList environmentsOf(const AuditResult &result, const QString &workload);

// Per workload and environment: image, replicas, probes, resources and backing services.
QList<AttributeRow> compareWorkloadAttributes(const AuditResult &result);

// The translated label of an attribute key.
QString attributeLabel(const QString &attribute);

} // namespace tfi
