#pragma once

#include "location.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The deployment model: what every parser contributes and what rules, the env diff,
// the port map and the reports read. Plain value types; parsers fill them, nothing else
// mutates them once the audit result is built.
//
// Raw values (EnvVar::value, ConfigEntry::value) may hold secrets. They never go to any
// output directly: outputs go through sensitive.h (masking and keyed digests).

namespace tfi {

enum class SourceFormat
{
    Kubernetes,
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

// Matches the report contract's variable value kinds.
enum class ValueKind
{
    Literal,      // a value written in the manifest
    SecretRef,    // secretKeyRef, a platform-generated secret, app.json generator "secret"
    ConfigMapRef, // configMapKeyRef
    FieldRef,     // fieldRef / resourceFieldRef
    Interpolated, // ${VAR} from outside, fromDatabase/fromService, $(VAR) expansion
    Unset,        // declared but given no value (required, sync: false, template key)
};

struct EnvVar
{
    QString name;
    ValueKind kind = ValueKind::Literal;
    QString value;   // literal (or interpolated, resolved) value; may be secret
    QString refName; // Secret/ConfigMap/database/service name, or fieldPath for FieldRef
    QString refKey;  // key inside that object, or the property (e.g. connectionString)
    bool optional = false;
    bool required = false; // app.json "required"
    Location location;     // the line that names the variable
    QString envFile;       // compose: the env_file (as written) it was read from; empty when set inline
};

struct EnvFromRef
{
    enum class Kind
    {
        ConfigMap,
        Secret,
        EnvFile,
        EnvGroup
    };
    Kind kind = Kind::ConfigMap;
    QString name; // object name, env_file path (as written), or render env group name
    QString prefix;
    bool optional = false;
    Location location;
};

struct PortSpec
{
    QString name; // named container port, or empty
    QString protocol = QStringLiteral("TCP");
    int containerPort = 0;   // the port the process listens on (compose target)
    int publishedPort = 0;   // compose published / k8s hostPort / fly external port
    QString hostIp;          // compose "127.0.0.1:8080:80"
    bool exposeOnly = false; // compose `expose:` / Dockerfile EXPOSE: not published
    bool isHostPort = false; // k8s hostPort was set
    QStringList handlers;    // fly handlers (http, tls)
    Location location;
};

struct Probe
{
    enum class Kind
    {
        Readiness,
        Liveness,
        Startup,
        Healthcheck
    };
    enum class Action
    {
        None,
        Http,
        Tcp,
        Exec,
        Grpc
    };
    Kind kind = Kind::Readiness;
    Action action = Action::None;
    int port = 0;
    QString portName; // named port reference
    QString path;     // http path
    QStringList command;
    bool disabled = false; // HEALTHCHECK NONE / healthcheck.disable
    Location location;
};

struct Resources
{
    QMap<QString, QString> requests; // cpu, memory, ...
    QMap<QString, QString> limits;
    Location location;
    bool isEmpty() const { return requests.isEmpty() && limits.isEmpty(); }
};

struct Volume
{
    enum class Kind
    {
        EmptyDir,
        HostPath,
        Pvc,
        ConfigMap,
        Secret,
        Projected,
        Bind,
        Named,
        Tmpfs,
        Other
    };
    QString name; // k8s volume name, compose named volume, or empty for a bind
    Kind kind = Kind::Other;
    QString source; // hostPath path, claimName, bind source, configMap/secret name
    QString medium; // emptyDir medium
    Location location;
};

struct VolumeMount
{
    QString name;      // k8s: the volume name; compose: the source as written
    QString mountPath; // path inside the container
    bool readOnly = false;
    Volume::Kind kind = Volume::Kind::Other; // resolved kind where the format says it inline
    Location location;
};

struct Container
{
    QString name;
    bool init = false;
    QString image; // as written (after compose interpolation), may be empty
    Location imageLocation;
    QStringList command; // exec form, or a single element when written as one string
    QStringList args;
    bool commandIsShellForm = false; // written as one string and run through a shell
    Location commandLocation;
    QList<EnvVar> env;
    QList<EnvFromRef> envFrom;
    QList<PortSpec> ports;
    QList<Probe> probes;
    Resources resources;
    QList<VolumeMount> volumeMounts;
    QStringList preStop; // lifecycle.preStop exec command, or "httpGet <path>"
    Location preStopLocation;
    Location location;
    Location argsLocation; // where args was set (compose `command`), when apart from commandLocation
};

enum class WorkloadKind
{
    Deployment,
    StatefulSet,
    DaemonSet,
    ReplicaSet,
    Job,
    CronJob,
    Pod,
    ComposeService,
    Procfile,
    FlyProcess,
    RenderService,
    HerokuFormation,
    Dockerfile,
};

struct Dependency
{
    QString name;
    QString condition; // compose depends_on condition, may be empty
    Location location;
    QString alias; // compose links "db:alias"
};

// A process that runs: a K8s workload, a Compose service, a Procfile type, a fly process,
// a render service or a Heroku formation entry. Non-K8s formats use one container.
struct Workload
{
    QString name;
    WorkloadKind kind = WorkloadKind::Deployment;
    SourceFormat format = SourceFormat::Kubernetes;
    QString namespaceName;
    QString environment; // empty: not tied to an environment
    Location location;   // the line of the name / the entry

    std::optional<int> replicas;
    Location replicasLocation;
    QList<Container> containers;
    QList<Volume> volumes;
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;
    QMap<QString, QString> podLabels;
    QMap<QString, QString> podAnnotations;
    QMap<QString, QString> selector; // matchLabels
    std::optional<int> terminationGracePeriodSeconds;
    Location gracePeriodLocation;
    bool hostNetwork = false;
    Location hostNetworkLocation;
    QString stopSignal; // compose stop_signal, fly kill_signal
    Location stopSignalLocation;
    QString serviceAccount;

    // Jobs and CronJobs
    QString schedule;
    std::optional<int> startingDeadlineSeconds;
    std::optional<int> activeDeadlineSeconds;
    std::optional<int> successfulJobsHistoryLimit;
    std::optional<int> failedJobsHistoryLimit;
    QString concurrencyPolicy;

    // Compose
    QString buildContext; // non-empty when the service has `build:`
    QString buildDockerfile;
    Location buildLocation;
    QList<Dependency> dependsOn;
    QList<Dependency> links;
    QStringList profiles;
    QString loggingDriver;
    QMap<QString, QString> loggingOptions;
    Location loggingLocation;
    QStringList secrets;
    QString restartPolicy;

    // Procfile / platforms
    QString processType; // procfile type (web, worker, release), fly process group, render type
    QString runtime;     // render runtime/env (docker, python, node, ...)
    QString healthCheckPath;
    Location healthCheckLocation;
    QString dockerfilePath; // render dockerfilePath, compose build.dockerfile resolved, fly build.dockerfile

    // Compose build details
    QString buildTarget;     // build.target stage
    QList<EnvVar> buildArgs; // build.args; values may be secret

    // Platform files
    QString platformApp;    // fly.toml `app`
    QString region;         // fly primary_region, render region
    QString deployStrategy; // fly [deploy] strategy
    QString buildCommand;   // render buildCommand
    Location buildCommandLocation;
};

struct ServicePort
{
    QString name;
    QString protocol = QStringLiteral("TCP");
    int port = 0;
    int targetPort = 0;     // numeric targetPort (defaults to port when absent)
    QString targetPortName; // named targetPort
    int nodePort = 0;
    Location location;
};

// A Kubernetes Service.
struct ServiceDef
{
    QString name;
    QString namespaceName;
    QString environment;
    QString type = QStringLiteral("ClusterIP");
    QMap<QString, QString> selector;
    QList<ServicePort> ports;
    QString sessionAffinity;
    Location sessionAffinityLocation;
    QString externalName;
    QMap<QString, QString> annotations;
    Location location;
};

struct ConfigEntry
{
    QString key;
    QString value; // decoded (Secret data is base64-decoded); may be secret
    bool fromBase64 = false;
    Location location;
};

// A ConfigMap or Secret, written as a manifest or made by a Kustomize generator.
struct ConfigObject
{
    enum class Kind
    {
        ConfigMap,
        Secret
    };
    Kind kind = Kind::ConfigMap;
    QString name;
    QString namespaceName;
    QString environment;
    QString secretType;     // Opaque, kubernetes.io/tls, ...
    bool generated = false; // from configMapGenerator/secretGenerator
    QList<ConfigEntry> entries;
    QMap<QString, QString> annotations;
    Location location;
};

struct IngressBackend
{
    QString serviceName;
    int servicePort = 0;
    QString servicePortName;
    QString host;
    QString path;
    Location location;
};

struct IngressDef
{
    QString name;
    QString namespaceName;
    QString environment;
    QList<IngressBackend> backends;
    QMap<QString, QString> annotations;
    Location location;
};

struct HpaDef
{
    QString name;
    QString namespaceName;
    QString environment;
    QString targetKind;
    QString targetName;
    std::optional<int> minReplicas;
    int maxReplicas = 0;
    Location location;
};

struct PdbDef
{
    QString name;
    QString namespaceName;
    QString environment;
    QMap<QString, QString> selector;
    QString minAvailable;
    QString maxUnavailable;
    Location location;
};

// A Dockerfile instruction after joining continuation lines.
struct DockerInstruction
{
    QString keyword;      // upper case: FROM, RUN, ENV, ...
    QString arguments;    // raw text after the keyword (continuations joined with a space)
    QStringList execArgs; // parsed JSON array when written in exec form
    bool execForm = false;
    QStringList flags; // --from=..., --chown=..., --platform=...
    QString heredoc;   // body of a heredoc (<<EOF ... EOF), if any
    int stage = 0;     // index into DockerfileInfo::stages
    Location location;
};

struct DockerStage
{
    QString baseImage; // as written, after ARG substitution where the ARG has a default
    QString name;      // AS name
    Location location;
    int baseStage = -1; // index of the earlier stage this one builds FROM, -1 for an image
};

struct DockerfileInfo
{
    QString path;
    QMap<QString, QString> directives; // syntax, escape, check
    QList<EnvVar> globalArgs;          // ARG before the first FROM
    QList<DockerStage> stages;
    QList<DockerInstruction> instructions;
    // Effective values for the final stage (what the image runs with):
    QList<EnvVar> env;  // ENV of the final stage and the stages it builds FROM
    QList<EnvVar> args; // ARG of the final stage
    QList<PortSpec> expose;
    QStringList cmd;
    bool cmdShellForm = false;
    Location cmdLocation;
    QStringList entrypoint;
    bool entrypointShellForm = false;
    Location entrypointLocation;
    QString user;
    Location userLocation;
    QString stopSignal;
    Location stopSignalLocation;
    std::optional<Probe> healthcheck;
    QStringList volumes;
};

struct DotenvFile
{
    QString path;
    bool isTemplate = false; // .env.example, .env.sample, *-sample, *.example, *.template, *.dist
    QString environmentHint; // "prod" from .env.prod / prod.env, empty for .env
    QList<EnvVar> entries;
};

// An admin or release task the repository declares.
struct AdminTask
{
    enum class Kind
    {
        ProcfileRelease,
        FlyReleaseCommand,
        AppJsonScript,
        KubernetesJob,
        HelmHook,
        RenderPreDeploy
    };
    Kind kind = Kind::ProcfileRelease;
    QString name; // e.g. "postdeploy", the job name
    QString command;
    QString environment;
    Location location;
    QStringList hookTypes; // HelmHook: the helm.sh/hook values (pre-install, post-upgrade, ...)
};

struct KustomizeRef
{
    QString value; // as written
    Location location;
};

// A Kustomize `images:` override.
struct KustomizeImage
{
    QString name; // the image to match, as the resources write it
    QString newName;
    QString newTag;
    QString digest;
    Location location;
};

// A Kustomize `replicas:` override.
struct KustomizeReplicas
{
    QString name;
    int count = 0;
    Location location;
};

// A configMapGenerator / secretGenerator entry.
struct KustomizeGenerator
{
    ConfigObject::Kind kind = ConfigObject::Kind::ConfigMap;
    QString name;
    QString namespaceName;
    QString behavior;                   // create (the default), merge, replace
    QString secretType;                 // secretGenerator `type`
    QList<ConfigEntry> literals;        // "KEY=VALUE", surrounding quotes removed; values may be secret
    QList<KustomizeRef> files;          // "path" or "key=path", as written
    QList<KustomizeRef> envs;           // env files (and the legacy `env`), as written
    QList<ConfigEntry> envEntries;      // the entries of those env files that are in the snapshot
    bool disableNameSuffixHash = false; // its own options, else generatorOptions
    Location location;
};

// A Kustomize `labels` entry, or `commonLabels` (which includes selectors and templates).
struct KustomizeLabelSet
{
    QMap<QString, QString> pairs;
    bool includeSelectors = false;
    bool includeTemplates = false;
    Location location;
};

// Which resources a patch applies to; empty fields match anything.
struct KustomizePatchTarget
{
    QString group;
    QString version;
    QString kind;
    QString name;
    QString namespaceName;
    QString labelSelector;
    QString annotationSelector;
    bool isEmpty() const
    {
        return group.isEmpty() && version.isEmpty() && kind.isEmpty() && name.isEmpty() &&
               namespaceName.isEmpty() && labelSelector.isEmpty() && annotationSelector.isEmpty();
    }
};

struct KustomizePatch
{
    enum class Style
    {
        StrategicMerge, // patchesStrategicMerge
        Json6902,       // patchesJson6902
        Patch,          // patches: strategic merge or JSON 6902, told apart by the content
    };
    Style style = Style::Patch;
    QString path; // the patch file as written; empty for an inline patch
    QString text; // the inline patch; may hold values
    KustomizePatchTarget target;
    Location location;
};

// A kustomization.yaml read as plain YAML (rendering happens in the environment layer).
struct KustomizationInfo
{
    QString path;      // the kustomization file
    QString directory; // its directory
    bool isComponent = false;
    QList<KustomizeRef> resources; // includes legacy `bases`
    QList<KustomizeRef> components;
    QList<KustomizeRef>
        patchFiles; // paths from patchesStrategicMerge, patches[].path, patchesJson6902[].path
    QString namespaceName;
    QString namePrefix;
    QString nameSuffix;
    QList<KustomizeRef> remoteResources; // URLs and git refs: reported, not followed
    Location location;

    // What the environment layer applies when it renders the overlay:
    QList<KustomizeImage> images;
    QList<KustomizeReplicas> replicas;
    QList<KustomizeGenerator> generators; // configMapGenerator and secretGenerator, in file order
    QList<KustomizeLabelSet> labels;      // `labels` entries, then `commonLabels`
    QMap<QString, QString> commonAnnotations;
    Location commonAnnotationsLocation;
    QList<KustomizePatch> patches; // every patch, from files (also in patchFiles) and inline, in file order
};

// A Helm chart directory and its values files, read as plain YAML.
struct HelmChartInfo
{
    QString directory;
    QString name;
    QString version;
    QString appVersion;
    QStringList valuesFiles; // values.yaml, values-prod.yaml, values/prod.yaml ...
    QStringList templateFiles;
    QList<AdminTask> hooks; // templates with helm.sh/hook annotations
    Location location;
};

// Flattened values: "image.tag" -> value with provenance.
struct HelmValue
{
    QString path;
    QString value;
    Location location;
};

struct HelmValuesFile
{
    QString path;
    QString chartDirectory;
    QString environmentHint; // "prod" from values-prod.yaml, empty for values.yaml
    QList<HelmValue> values;
};

// Declarations that platform files make beyond processes.
struct PlatformAddon
{
    QString kind; // heroku addon plan, render database, fly [mounts]
    QString name;
    QString plan; // e.g. heroku-postgresql:mini, or the database version
    QString environment;
    Location location;
};

struct EnvGroup
{
    QString name; // render envVarGroups
    QList<EnvVar> vars;
    Location location;
};

// app.json `environments` entries (test, review, ...), kept for the environment layer.
struct PlatformEnvironment
{
    QString name;
    QString sourcePath;
    QList<EnvVar> env;
    QMap<QString, int> formation;
    QStringList addons;
    Location location;
};

// A reference from a workload to another process or backing service.
struct Connection
{
    QString from; // workload name
    QString to;   // host or service name as written
    int port = 0;
    QString via;    // env var name, "depends_on", "links", "ingress"
    QString scheme; // postgres, redis, http, ... (from the URL), or empty
    bool resolved = false;
    QString environment;
    Location location;
};

struct ComposeFileInfo
{
    QString path;
    QString projectDirectory;
    QString role;             // "base", "override", or the environment name of compose.<env>.yaml
    QList<Workload> services; // as written in this file (override files hold partial services)
    QStringList namedVolumes;
    QStringList networks;
    QStringList secrets;
    Location location;
};

// The top level of a Heroku app.json. Its env applies to every process of the app, also to the
// Procfile's processes when app.json declares no formation.
struct AppJsonInfo
{
    QString path;
    QString name;
    QList<EnvVar> env;
    QString stack;
    QString image;
    QStringList buildpacks;
    Location location;
};

// Everything the parsers found; also what one parser returns for one file.
struct DeploymentModel
{
    QList<Workload> workloads;
    QList<ServiceDef> services;
    QList<ConfigObject> configObjects;
    QList<IngressDef> ingresses;
    QList<HpaDef> hpas;
    QList<PdbDef> pdbs;
    QList<DockerfileInfo> dockerfiles;
    QList<DotenvFile> dotenvFiles;
    QList<AdminTask> adminTasks;
    QList<KustomizationInfo> kustomizations;
    QList<HelmChartInfo> helmCharts;
    QList<HelmValuesFile> helmValues;
    QList<PlatformAddon> addons;
    QList<EnvGroup> envGroups;
    QList<PlatformEnvironment> platformEnvironments;
    QList<ComposeFileInfo> composeFiles;
    QList<Connection> connections; // derived by the model builder
    Diagnostics diagnostics;
    QList<AppJsonInfo> appJsonFiles;

    // Appends everything from other (used to merge per-file results in a fixed order).
    void append(DeploymentModel &&other);
};

QString workloadKindKey(WorkloadKind kind);   // contract string: "deployment", "compose-service", ...
QString sourceFormatKey(SourceFormat format); // "kubernetes", "compose", ...
QString valueKindKey(ValueKind kind);         // "literal", "secret-ref", ...

} // namespace tfi
