#pragma once

#include "deploymentmodel.h"
#include "parsecontext.h"
#include "yamlutil.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace tfi {

// A Kustomize overlay built natively (no kubectl): resources, bases and components, generators,
// strategic-merge and JSON 6902 patches and the built-in transformers, in Kustomize v5's order
// (resources, generators, components, then patchesStrategicMerge, patches, namespace, prefix and
// suffix, labels, annotations, patchesJson6902, replicas, images; name hashes and references to
// renamed objects last). Generator name hashes are Kustomize's own, so names match kubectl's.
// `yaml` is block-style YAML, one scalar per line; `origins` maps each of its lines to the file,
// line and column that set that value last (a base manifest, a patch, an images: entry, a
// generator literal, an env-file line, the kustomization line of a transformer). A list element
// that a patch changes (e.g. an env entry) takes the patch's line for its key line; rewritten
// references and prefixed names keep the line that wrote them.
// Remote resources are not fetched; they, missing files, cycles, nesting deeper than 20 levels and
// malformed patches become diagnostics and the rest is still rendered. Kustomization fields the
// built-in rendering does not apply (replacements, vars, plugins, helmCharts) are reported too.
// Field-level problems of a kustomization file are left to parseKustomization.
struct KustomizeRender
{
    QByteArray yaml;
    std::shared_ptr<const LineOrigins> origins;
    Diagnostics diagnostics;
};

// `directory` is the repository-relative directory of a kustomization (or the kustomization file).
KustomizeRender renderKustomization(const QString &directory, const ParseContext &context);

// Renders and parses: the overlay's objects, each with `environment` set. Generated ConfigMaps and
// Secrets are marked `generated`. Locations point at the original files.
DeploymentModel renderKustomizeEnvironment(const QString &directory, const QString &environment,
                                           const ParseContext &context);

} // namespace tfi
