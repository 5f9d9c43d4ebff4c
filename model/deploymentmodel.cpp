#include "deploymentmodel.h"

namespace tfi {

void DeploymentModel::append(DeploymentModel &&other)
{
    workloads.append(std::move(other.workloads));
    services.append(std::move(other.services));
    configObjects.append(std::move(other.configObjects));
    ingresses.append(std::move(other.ingresses));
    hpas.append(std::move(other.hpas));
    pdbs.append(std::move(other.pdbs));
    dockerfiles.append(std::move(other.dockerfiles));
    dotenvFiles.append(std::move(other.dotenvFiles));
    adminTasks.append(std::move(other.adminTasks));
    kustomizations.append(std::move(other.kustomizations));
    helmCharts.append(std::move(other.helmCharts));
    helmValues.append(std::move(other.helmValues));
    addons.append(std::move(other.addons));
    envGroups.append(std::move(other.envGroups));
    platformEnvironments.append(std::move(other.platformEnvironments));
    composeFiles.append(std::move(other.composeFiles));
    connections.append(std::move(other.connections));
    diagnostics.append(std::move(other.diagnostics));
    appJsonFiles.append(std::move(other.appJsonFiles));
}

QString workloadKindKey(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::Deployment:
        return QStringLiteral("deployment");
    case WorkloadKind::StatefulSet:
        return QStringLiteral("statefulset");
    case WorkloadKind::DaemonSet:
        return QStringLiteral("daemonset");
    case WorkloadKind::ReplicaSet:
        return QStringLiteral("replicaset");
    case WorkloadKind::Job:
        return QStringLiteral("job");
    case WorkloadKind::CronJob:
        return QStringLiteral("cronjob");
    case WorkloadKind::Pod:
        return QStringLiteral("pod");
    case WorkloadKind::ComposeService:
        return QStringLiteral("compose-service");
    case WorkloadKind::Procfile:
        return QStringLiteral("procfile");
    case WorkloadKind::FlyProcess:
        return QStringLiteral("fly-process");
    case WorkloadKind::RenderService:
        return QStringLiteral("render-service");
    case WorkloadKind::HerokuFormation:
        return QStringLiteral("heroku-formation");
    case WorkloadKind::Dockerfile:
        return QStringLiteral("dockerfile");
    }
    return {};
}

QString sourceFormatKey(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Kubernetes:
        return QStringLiteral("kubernetes");
    case SourceFormat::Kustomization:
        return QStringLiteral("kustomization");
    case SourceFormat::HelmChart:
        return QStringLiteral("helm-chart");
    case SourceFormat::HelmValues:
        return QStringLiteral("helm-values");
    case SourceFormat::HelmTemplate:
        return QStringLiteral("helm-template");
    case SourceFormat::Compose:
        return QStringLiteral("compose");
    case SourceFormat::Procfile:
        return QStringLiteral("procfile");
    case SourceFormat::Dockerfile:
        return QStringLiteral("dockerfile");
    case SourceFormat::Dotenv:
        return QStringLiteral("dotenv");
    case SourceFormat::AppJson:
        return QStringLiteral("app.json");
    case SourceFormat::FlyToml:
        return QStringLiteral("fly.toml");
    case SourceFormat::RenderYaml:
        return QStringLiteral("render.yaml");
    }
    return {};
}

QString valueKindKey(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Literal:
        return QStringLiteral("literal");
    case ValueKind::SecretRef:
        return QStringLiteral("secret-ref");
    case ValueKind::ConfigMapRef:
        return QStringLiteral("configmap-ref");
    case ValueKind::FieldRef:
        return QStringLiteral("field-ref");
    case ValueKind::Interpolated:
        return QStringLiteral("interpolated");
    case ValueKind::Unset:
        return QStringLiteral("unset");
    }
    return {};
}

} // namespace tfi
