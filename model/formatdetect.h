#pragma once

#include "sourcefile.h"

#include <QSet>
#include <QString>

namespace tfi {

// What a file is, for choosing its parser. Decided from its path and, for YAML, a cheap look
// at its text so that yaml-cpp never sees YAML that is not a manifest.
enum class FileRole
{
    None,
    KubernetesYaml,
    Kustomization,
    HelmChart,
    HelmValues,
    HelmTemplate,
    Compose,
    Procfile,
    Dockerfile,
    Dotenv,
    AppJson,
    FlyToml,
    RenderYaml,
};

struct DetectedFile
{
    FileRole role = FileRole::None;
    QString chartDirectory; // for Helm values and templates
};

// chartDirectories: directories that hold a Chart.yaml.
DetectedFile detectFile(const SourceFile &file, const QSet<QString> &chartDirectories);

bool isComposeFileName(const QString &fileName);
bool isDockerfileName(const QString &fileName);
bool isDotenvFileName(const QString &fileName);

} // namespace tfi
