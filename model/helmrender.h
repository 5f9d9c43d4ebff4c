#pragma once

#include "deploymentmodel.h"
#include "parsecontext.h"

#include <QList>
#include <QString>

namespace tfi {

// The chart's workloads for one environment: values.yaml deep-merged with the environment's values file
// (later wins, per key; lists replace), mapped through the templates' `.Values` references.
//
// This is not a full Go-template engine. Each template (except `_*` helper files and NOTES.txt, as in
// Helm) is rendered with the subset charts use for workloads: `.Values`, `.Chart.Name`,
// `.Chart.Version`, `.Chart.AppVersion`, variables, `if`/`else`/`with`/`range` blocks and the common
// functions (default, quote, toString, int, toYaml, nindent, indent, printf, not, and, or, eq, ...).
// A condition the values decide is honoured (`{{- if .Values.worker.enabled }}` around a document drops
// it when false); one they cannot decide keeps its first branch. Anything release-dependent or otherwise
// unknowable (`include`, `.Release.*`, `lookup`) is never guessed:
// - an env var whose whole value is a `.Values` expression the environment does not define is Unset,
//   with refName = the expression (e.g. ".Values.sentry.dsn | quote");
// - an env var whose value holds any other unresolved expression is Interpolated, with refName = the
//   first such expression and the value as rendered, the expression kept as `{{ ... }}`;
// - an image keeps unresolved expressions as `{{ ... }}`; unresolved replicas and ports are left out
//   with a warning diagnostic.
// Workload names: a literal metadata.name is used as written. A templated one is the chart name plus the
// literal text after the last template expression, so `{{ include "x.fullname" . }}-worker` and
// `{{ .Release.Name }}-worker` both name "<chart>-worker" (the release name is unknown; the chart name
// stands for it). A name resolved wholly from values or the chart is used as rendered.
// Provenance: a value set from a values file points at the values line that set it last (the file of the
// environment over values.yaml); `.Chart.AppVersion` points at Chart.yaml; literal values point at the
// template line. An env var points at its value's values line, else at its name's, else at the template
// line of `- name:`. Workloads point at the template line of metadata.name. Every object gets
// `environment` and SourceFormat::Kubernetes. Helm test hooks (`helm.sh/hook: test`) are not workloads.
DeploymentModel renderHelmEnvironment(const HelmChartInfo &chart, const QList<HelmValuesFile> &values,
                                      const QString &environment, const ParseContext &context);

// The image reference with Docker Hub's implied parts removed, so that references to the same image
// compare equal: "docker.io/library/redis:7" and "index.docker.io/library/redis:7" are "redis:7",
// "docker.io/bitnami/redis" is "bitnami/redis". Registry hosts are lower-cased; tags and digests stay.
QString normalizedImageName(const QString &image);

} // namespace tfi
