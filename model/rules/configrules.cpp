#include "factorrules.h"

#include "../endpoint.h"
#include "../environments.h"
#include "../formatdetect.h"
#include "../history.h"
#include "../secrets.h"
#include "../sensitive.h"
#include "../yamlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace tfi {

using namespace Qt::StringLiterals;

namespace {

constexpr int configFactor = 3;

// Indexes into configRules(), in catalogue order.
enum ConfigRule
{
    HardcodedSecret,
    CommittedDotenvSecret,
    CommittedKubernetesSecret,
    UndefinedReference,
    DuplicateEnv,
    HardcodedHost,
    PerEnvironmentFile,
    SecretInSource,
    SecretInHistory,
};

const RuleInfo &rule(ConfigRule which)
{
    return configRules().at(which);
}

} // namespace

const QList<RuleInfo> &configRules()
{
    static const QList<RuleInfo> rules = {
        {
            "config.hardcoded-secret",
            configFactor,
            Severity::Error,
            QT_TRANSLATE_NOOP("tfi::Rules", "A secret is written into a deployment manifest"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Config that varies between deploys, credentials above all, belongs in the environment and "
                "not in "
                "files that ship with the code: everyone who can read the repository can read a secret "
                "written "
                "there, and every environment ends up sharing it. The twelve-factor way injects it as an "
                "environment variable at deploy time; hardened setups (CIS Kubernetes 5.4.1) prefer Secrets "
                "mounted as files. Both keep the value out of the code, which a literal in a manifest does "
                "not."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Remove the value from the manifest, rotate the credential (it stays in the git "
                "history), and inject it at deploy time from a secret store."),
            {
                {SourceFormat::Kubernetes,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "In Kubernetes, read it from a Secret with `valueFrom: {secretKeyRef: {name: "
                     "app-secrets, key: DB_PASSWORD}}`, or mount the Secret as a file and point the "
                     "app at it (DB_PASSWORD_FILE=/run/secrets/db-password).")},
                {SourceFormat::Compose,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "In Compose, write `DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}` and keep the "
                     "value in an untracked .env file, or use a top-level `secrets:` entry that is "
                     "mounted at /run/secrets.")},
                {SourceFormat::Dockerfile,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "In a Dockerfile, drop the ENV or ARG default and pass the value when the "
                     "container starts (`docker run -e`); build-time secrets go through `RUN "
                     "--mount=type=secret`, because ARG and ENV values are stored in the image.")},
                {SourceFormat::AppJson,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "In app.json, declare the variable without a value (`\"required\": true`) or "
                     "with `\"generator\": \"secret\"`, and set it with `heroku config:set`.")},
                {SourceFormat::FlyToml,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "In fly.toml, remove it from [env] and set it with `fly secrets set NAME=...`.")},
                {SourceFormat::RenderYaml,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "In render.yaml, use `sync: false` and set the value in the dashboard, or "
                                   "`generateValue: true`, or `fromDatabase` for database credentials.")},
                {SourceFormat::HelmValues,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "In Helm values, leave the value empty and reference an existing Secret (most "
                     "charts offer `existingSecret`), or pass it at install time from a secret store.")},
                {SourceFormat::Kustomization,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "In Kustomize, generate a Secret from an untracked env file (`secretGenerator` "
                     "with `envs:`) instead of writing the value into a ConfigMap.")},
                {SourceFormat::Procfile,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "In a Procfile, let the command read the value from the environment "
                                   "(`--token \"$API_TOKEN\"`) and set it on the platform.")},
            },
            {"kube-linter:env-var-secret", "gitleaks:*"},
        },
        {
            "config.committed-dotenv-secret",
            configFactor,
            Severity::Error,
            QT_TRANSLATE_NOOP("tfi::Rules", "A .env file with real secrets is in the repository"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "A .env file is a developer's local stand-in for the environment. Committed, it turns "
                "per-deploy "
                "config into code that everyone with the repository shares, secrets included. Commit a "
                "template "
                "with placeholders (.env.example) and keep the real values in the environment or a secret "
                "store; "
                "whether the app then reads them as variables (twelve-factor) or as mounted files (CIS "
                "Kubernetes 5.4.1), they stay out of the repository."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Remove the file from git (`git rm --cached`), add it to .gitignore, commit a "
                ".env.example with placeholders instead, and rotate every credential it held: the "
                "old values stay in the git history."),
            {
                {SourceFormat::Dotenv,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Keep `.env` in .gitignore and commit `.env.example` with `STRIPE_SECRET_KEY=` "
                     "(empty) or `STRIPE_SECRET_KEY=<your-key>`.")},
            },
            {"gitleaks:*"},
        },
        {
            "config.committed-k8s-secret",
            configFactor,
            Severity::Error,
            QT_TRANSLATE_NOOP("tfi::Rules", "A Kubernetes Secret with real values is committed"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "The data of a Kubernetes Secret is only base64-encoded, which anyone can decode: committing "
                "the "
                "manifest publishes the credentials to everyone with the repository and ties them to the "
                "code. "
                "Keep Secrets out of git, or commit them encrypted (SealedSecret, SOPS) or as references "
                "(ExternalSecret); the pod can then read them as environment variables, the twelve-factor "
                "way, or "
                "as mounted files, the hardened way of CIS Kubernetes 5.4.1."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Remove the Secret's values from git, rotate the credentials, and create the Secret "
                "from a secret store at deploy time."),
            {
                {SourceFormat::Kubernetes,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Replace the manifest with a SealedSecret (`kubeseal -o yaml < secret.yaml > "
                     "sealed-secret.yaml`), an ExternalSecret that reads the values from your vault, "
                     "or a SOPS-encrypted file.")},
                {SourceFormat::Kustomization,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Use `secretGenerator` with `envs:` pointing at an untracked file instead of "
                     "`literals:`.")},
            },
            {"gitleaks:*"},
        },
        {
            "config.undefined-reference",
            configFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "An environment variable refers to a ConfigMap or Secret that nothing defines"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Twelve-factor config is injected from outside the code, and the manifests are where that "
                "wiring "
                "is written down. A reference to a ConfigMap or Secret that no manifest, generator or secret "
                "operator of the repository creates makes every deploy depend on an undocumented manual "
                "step, and "
                "when the object or key is missing the pod does not start (CreateContainerConfigError)."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Define the object in the repository (a ConfigMap manifest or configMapGenerator; "
                "for a Secret an ExternalSecret, a SealedSecret or a secretGenerator reading an "
                "untracked file), correct the name or key, or mark the reference `optional: true` "
                "when the app works without it."),
            {
                {SourceFormat::Kubernetes,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "For a Secret kept in a vault, commit an ExternalSecret whose `target.name` is "
                     "the name the Deployment reads, so the reference is defined in the repository.")},
            },
            {},
        },
        {
            "config.duplicate-env",
            configFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "An environment variable is set twice in one container"),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Each variable has one value per deploy. When a container sets the same name "
                              "twice only one value "
                              "takes effect (the last one, in Kubernetes and Compose), so the other is dead "
                              "config that misleads "
                              "readers, and tools that patch or merge manifests may keep a different one."),
            QT_TRANSLATE_NOOP("tfi::Rules", "Keep one entry per variable and delete the other."),
            {},
            {"kube-linter:duplicate-env-var"},
        },
        {
            "config.hardcoded-host",
            configFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A service address is hard-coded to localhost or an IP address"),
            QT_TRANSLATE_NOOP("tfi::Rules", "Config is everything that varies between deploys, and the "
                                            "address of a backing service is the "
                                            "prime example. Inside a container, localhost is the container "
                                            "itself, and a fixed IP address "
                                            "breaks as soon as the service moves; a name that the platform "
                                            "resolves (a Kubernetes Service, a "
                                            "Compose service, a managed database's host), set per "
                                            "environment, keeps one build deployable "
                                            "everywhere."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Point at a DNS name that the platform resolves and set it per environment."),
            {
                {SourceFormat::Kubernetes,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Use the Service name (`postgres://app@db.shop.svc:5432/shop`); for a database "
                     "outside the cluster, an ExternalName Service gives it a stable name.")},
                {SourceFormat::Compose,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "Use the Compose service name (`redis://cache:6379`), not localhost.")},
                {SourceFormat::Dockerfile,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Leave the address out of the image and set it when the container starts.")},
            },
            {},
        },
        {
            "config.per-environment-file",
            configFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Configuration for one environment is committed as a file of the code"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Grouping config into a file per environment (settings_prod.py, config/production.json, "
                "application-prod.yml) does not scale: every new deploy needs a new file and a new build, "
                "and "
                "production's hosts and credentials live in the code. A twelve-factor app reads such values "
                "from "
                "environment variables, which vary per deploy while the code stays the same."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Move the values that differ per deploy (hosts, URLs, credentials) into environment "
                "variables read by one settings module, and keep only defaults that hold everywhere "
                "in code."),
            {},
            {},
        },
        {
            "config.secret-in-source",
            configFactor,
            Severity::Error,
            QT_TRANSLATE_NOOP("tfi::Rules", "A secret is written into a source file"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "A credential in a source file is config mistaken for code: it ships with every copy of the "
                "repository and every build, cannot differ between deploys, and cannot be rotated without a "
                "release. Read it from the environment, the twelve-factor way, or from a mounted secret "
                "file, the "
                "hardened way of CIS Kubernetes 5.4.1."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Replace the literal with a lookup (os.environ[\"SECRET_KEY\"], process.env.API_TOKEN), "
                "rotate the credential, and keep the value in the deploy environment or a secret "
                "store."),
            {},
            {"gitleaks:*"},
        },
        {
            "config.secret-in-history",
            configFactor,
            Severity::Error,
            QT_TRANSLATE_NOOP("tfi::Rules", "A secret removed from the code is still in the git history"),
            QT_TRANSLATE_NOOP("tfi::Rules", "Deleting a committed secret does not unpublish it: every clone "
                                            "keeps the commit that added it. "
                                            "This rule reports each secret once, at the oldest scanned "
                                            "commit that added it, and only when "
                                            "the audited revision no longer holds it; a secret still present "
                                            "is reported by the rule for the "
                                            "file it is in. Config belongs in the environment or in a "
                                            "mounted secret file (CIS Kubernetes "
                                            "5.4.1), never in a commit."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Rotate the credential now and treat it as leaked. Rewriting the history (git "
                "filter-repo) helps only after the rotation, and only for clones made afterwards."),
            {},
            {"gitleaks:*"},
        },
    };
    return rules;
}

namespace {

QString locationKey(const Location &location)
{
    return location.path + u':' + QString::number(location.line) + u':' + QString::number(location.column);
}

// True when a directory or a word of the file name names a development or sample setup.
bool isDevPath(const QString &path)
{
    static const QSet<QString> words = {
        QStringLiteral("dev"),      QStringLiteral("develop"),      QStringLiteral("development"),
        QStringLiteral("local"),    QStringLiteral("devcontainer"), QStringLiteral("test"),
        QStringLiteral("tests"),    QStringLiteral("testing"),      QStringLiteral("example"),
        QStringLiteral("examples"), QStringLiteral("sample"),       QStringLiteral("samples"),
        QStringLiteral("demo"),     QStringLiteral("demos"),        QStringLiteral("sandbox"),
        QStringLiteral("e2e"),      QStringLiteral("ci"),           QStringLiteral("minikube"),
        QStringLiteral("kind"),     QStringLiteral("docs"),
    };
    static const QRegularExpression separators(QStringLiteral("[/._-]+"));
    const QStringList parts = path.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (words.contains(part))
            return true;
    }
    return false;
}

bool isDevEnvironmentName(const QString &environment)
{
    return !environment.isEmpty() && isDevEnvironment(environment);
}

bool isDevComposeFile(const ComposeFileInfo &file)
{
    return file.role == u"override" || isDevEnvironmentName(file.role) || isDevPath(file.path);
}

bool isTemplated(const QString &name)
{
    return name.contains(u"{{") || name.contains(u"${") || name.contains(u"$(");
}

QString formatLabel(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Compose:
        return QCoreApplication::translate("tfi::Rules", "Compose service");
    case SourceFormat::FlyToml:
        return QCoreApplication::translate("tfi::Rules", "fly.toml app");
    case SourceFormat::RenderYaml:
        return QCoreApplication::translate("tfi::Rules", "render.yaml service");
    case SourceFormat::AppJson:
        return QCoreApplication::translate("tfi::Rules", "app.json");
    case SourceFormat::Dockerfile:
        return QCoreApplication::translate("tfi::Rules", "Dockerfile");
    default:
        return QString();
    }
}

// One env var literal as written, with every environment its line takes part in.
struct ValueSite
{
    QString name;
    QString value;
    Location location; // where the name is written
    QString owner;     // workload, ConfigMap, env group or app
    QString container;
    SourceFormat format = SourceFormat::Kubernetes;
    enum class Kind
    {
        Env,
        BuildArg,
        DockerEnv,
        DockerArg,
        ConfigMapEntry,
        HelmValue,
        EnvGroup
    } kind = Kind::Env;
    QSet<QString> environments;
    bool anyNonDev = false;
    bool loopbackOk = false; // a sidecar or host networking can answer on localhost
};

class ConfigChecker
{
public:
    explicit ConfigChecker(RuleContext &context) : m_context(context), m_model(context.model()) {}

    void run()
    {
        markApplicability();
        collectDefinitions();
        collectValueSites();
        scanSnapshotFiles();

        checkValueSites();
        checkDotenvFiles();
        checkKubernetesSecrets();
        checkGenerators();
        checkManifestTokens();
        checkSourceFiles();
        emitSecretReports();

        checkReferences();
        checkDuplicates();
        checkHosts();
        checkPerEnvironmentFiles();
        checkHistory();
        creditSecretReferences();
    }

private:
    // A secret finding waiting for the count of places that hold the same secret.
    struct SecretReport
    {
        ConfigRule rule;
        Location location;
        FindingScope scope;
        QString subject;
        QString message;
        QStringList fingerprints;
        bool lowRisk = false;
    };

    RuleContext &m_context;
    const DeploymentModel &m_model;

    QList<ValueSite> m_sites;
    QHash<QString, qsizetype> m_siteIndex;

    // Names defined in the repository, for references.
    QSet<QString> m_configMaps;
    QSet<QString> m_secrets;
    QSet<QString> m_generatedNames; // made by generators: their keys are not all known
    QSet<QString> m_sopsSecrets;    // "path|name" of Secrets encrypted with SOPS
    bool m_repositoryDefinesSecrets = false;
    QStringList m_namePrefixes;
    QStringList m_nameSuffixes;

    // Text scan of every file of the snapshot.
    QHash<QString, QList<SecretMatch>> m_fileMatches;
    QHash<QString, FileRole> m_roles;
    QSet<QString> m_presentFingerprints;

    QList<SecretReport> m_secretReports;
    QSet<QString> m_coveredLines;           // "path:line" of reported secrets
    QHash<QString, QSet<QString>> m_places; // fingerprint -> "path:line"

    // --- applicability ----------------------------------------------------------------------------

    void markApplicability()
    {
        if (!m_model.workloads.isEmpty() || !m_model.dockerfiles.isEmpty() ||
            !m_model.dotenvFiles.isEmpty() || !m_model.configObjects.isEmpty() ||
            !m_model.helmValues.isEmpty() || !m_model.appJsonFiles.isEmpty() ||
            !m_model.composeFiles.isEmpty() || !m_model.kustomizations.isEmpty()) {
            m_context.markApplicable(configFactor);
        } else {
            m_context.setNotApplicableReason(
                configFactor,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "the repository has no deploy manifests, env files or config objects, and no "
                    "secrets were found in its files"));
        }
    }

    // --- what the repository defines --------------------------------------------------------------

    void collectDefinitions()
    {
        for (const ConfigObject &object : m_model.configObjects) {
            (object.kind == ConfigObject::Kind::Secret ? m_secrets : m_configMaps).insert(object.name);
            if (object.kind == ConfigObject::Kind::Secret)
                m_repositoryDefinesSecrets = true;
        }
        for (const KustomizationInfo &kustomization : m_model.kustomizations) {
            if (!kustomization.namePrefix.isEmpty())
                m_namePrefixes.append(kustomization.namePrefix);
            if (!kustomization.nameSuffix.isEmpty())
                m_nameSuffixes.append(kustomization.nameSuffix);
            for (const KustomizeGenerator &generator : kustomization.generators) {
                const bool secret = generator.kind == ConfigObject::Kind::Secret;
                (secret ? m_secrets : m_configMaps).insert(generator.name);
                m_generatedNames.insert(generator.name);
                m_repositoryDefinesSecrets = m_repositoryDefinesSecrets || secret;
            }
            // Patches may add keys to objects; their keys are then not all known.
            for (const KustomizePatch &patch : kustomization.patches) {
                if (!patch.target.name.isEmpty())
                    m_generatedNames.insert(patch.target.name);
            }
        }
        collectSecretOperators();
    }

    // Secret operators and encrypted Secrets, which the Kubernetes parser does not model.
    void collectSecretOperators()
    {
        const RepoSnapshot *snapshot = m_context.snapshot();
        if (!snapshot)
            return;
        static const QList<QByteArray> markers = {
            "SealedSecret",       "ExternalSecret",      "sops:",
            "Certificate",        "SecretProviderClass", "VaultStaticSecret",
            "VaultDynamicSecret", "OnePasswordItem",     "InfisicalSecret",
            "SopsSecret"};
        for (const SourceFile &file : snapshot->files()) {
            if (!file.isText() || !(file.path.endsWith(u".yaml") || file.path.endsWith(u".yml")))
                continue;
            bool candidate = false;
            for (const QByteArray &marker : markers)
                candidate = candidate || file.content.contains(marker);
            if (!candidate || !file.content.contains("kind:"))
                continue;
            Diagnostics ignored; // the parsers report broken YAML already
            const std::vector<YamlDocument> documents = loadYamlDocuments(file, ParseLimits{}, ignored);
            for (const YamlDocument &document : documents) {
                try {
                    readOperatorObject(document);
                } catch (const std::exception &) {
                    // An odd document is not a definition; the parsers report it.
                }
            }
        }
    }

    void readOperatorObject(const YamlDocument &document)
    {
        const YAML::Node &root = document.root;
        if (!yamlIsMap(root))
            return;
        const QString kind = yamlString(yamlChild(root, "kind"));
        const YAML::Node metadata = yamlChild(root, "metadata");
        const QString name = yamlString(yamlChild(metadata, "name"));
        const YAML::Node spec = yamlChild(root, "spec");
        const Location location = document.at(yamlChild(metadata, "name"));
        const auto define = [&](const QString &secretName) {
            if (secretName.isEmpty())
                return;
            m_secrets.insert(secretName);
            m_repositoryDefinesSecrets = true;
        };
        if (kind == u"Secret") {
            if (yamlChild(root, "sops").IsDefined()) {
                m_sopsSecrets.insert(document.path + u'|' + name);
                m_context.credit(
                    configFactor,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "the Secret %1 is committed encrypted with SOPS, so its values are not in clear")
                        .arg(name),
                    location);
            }
        } else if (kind == u"SealedSecret") {
            const QString target =
                yamlString(yamlChild(yamlChild(yamlChild(spec, "template"), "metadata"), "name"));
            define(target.isEmpty() ? name : target);
            m_context.credit(configFactor,
                             QCoreApplication::translate(
                                 "tfi::Rules", "the SealedSecret %1 keeps its values encrypted in git")
                                 .arg(name),
                             location);
        } else if (kind == u"ExternalSecret" || kind == u"ClusterExternalSecret") {
            const QString target = yamlString(yamlChild(yamlChild(spec, "target"), "name"));
            define(target.isEmpty() ? name : target);
            m_context.credit(
                configFactor,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "the ExternalSecret %1 fetches its values from a secret store instead of the "
                    "repository")
                    .arg(name),
                location);
        } else if (kind == u"Certificate") {
            define(yamlString(yamlChild(spec, "secretName")));
        } else if (kind == u"SecretProviderClass") {
            const YAML::Node objects = yamlChild(spec, "secretObjects");
            if (yamlIsSeq(objects)) {
                for (const YAML::Node &object : objects)
                    define(yamlString(yamlChild(object, "secretName")));
            }
        } else if (kind == u"VaultStaticSecret" || kind == u"VaultDynamicSecret") {
            const QString target = yamlString(yamlChild(yamlChild(spec, "destination"), "name"));
            define(target.isEmpty() ? name : target);
        } else if (kind == u"OnePasswordItem" || kind == u"InfisicalSecret") {
            define(name);
        } else if (kind == u"SopsSecret") {
            const YAML::Node templates = yamlChild(spec, "secretTemplates");
            if (yamlIsSeq(templates)) {
                for (const YAML::Node &entry : templates)
                    define(yamlString(yamlChild(entry, "name")));
            }
        }
    }

    // --- the literal values manifests set ---------------------------------------------------------

    ValueSite &site(const EnvVar &var, const QString &owner, const QString &container, SourceFormat format,
                    ValueSite::Kind kind)
    {
        const QString key = locationKey(var.location) + u'|' + var.name + u'|' + QString::number(int(kind));
        auto it = m_siteIndex.constFind(key);
        if (it == m_siteIndex.constEnd()) {
            ValueSite created;
            created.name = var.name;
            created.value = var.value;
            created.location = var.location;
            created.owner = owner;
            created.container = container;
            created.format = format;
            created.kind = kind;
            it = m_siteIndex.insert(key, m_sites.size());
            m_sites.append(created);
        }
        return m_sites[*it];
    }

    void addSite(const EnvVar &var, const QString &owner, const QString &container, SourceFormat format,
                 ValueSite::Kind kind, const QString &environment, bool dev, bool loopbackOk = false)
    {
        if (var.kind != ValueKind::Literal || var.value.trimmed().isEmpty() || !var.location.isValid())
            return;
        ValueSite &entry = site(var, owner, container, format, kind);
        entry.environments.insert(environment);
        entry.anyNonDev = entry.anyNonDev || !dev;
        entry.loopbackOk = entry.loopbackOk || loopbackOk;
    }

    static bool hasSidecarInjection(const Workload &workload)
    {
        QMap<QString, QString> annotations = workload.podAnnotations;
        annotations.insert(workload.annotations);
        for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
            if (it.key().contains(u"inject") || it.key().startsWith(u"dapr.io/"))
                return true;
        }
        return false;
    }

    void collectValueSites()
    {
        for (const Workload &workload : m_model.workloads) {
            const bool dev = isDevEnvironmentName(workload.environment) || isDevPath(workload.location.path);
            switch (workload.format) {
            case SourceFormat::Kubernetes:
            case SourceFormat::Kustomization:
            case SourceFormat::HelmTemplate: {
                int appContainers = 0;
                for (const Container &container : workload.containers)
                    appContainers += container.init ? 0 : 1;
                const bool sidecars =
                    appContainers > 1 || hasSidecarInjection(workload) || workload.hostNetwork;
                for (const Container &container : workload.containers) {
                    for (const EnvVar &var : container.env)
                        addSite(var, workload.name, container.name, SourceFormat::Kubernetes,
                                ValueSite::Kind::Env, workload.environment, dev, sidecars);
                }
                break;
            }
            case SourceFormat::FlyToml:
            case SourceFormat::RenderYaml: {
                const QString owner =
                    workload.format == SourceFormat::FlyToml && !workload.platformApp.isEmpty()
                        ? workload.platformApp
                        : workload.name;
                for (const Container &container : workload.containers) {
                    for (const EnvVar &var : container.env) {
                        // Render env groups and fly's [env] are shared; only the lines of this file count.
                        if (var.location.path == workload.location.path)
                            addSite(var, owner, container.name, workload.format, ValueSite::Kind::Env,
                                    workload.environment, dev);
                    }
                }
                break;
            }
            default:
                break; // Compose, app.json, Dockerfile and dotenv values are read from their files below
            }
        }
        for (const EnvGroup &group : m_model.envGroups) {
            for (const EnvVar &var : group.vars)
                addSite(var, group.name, QString(), SourceFormat::RenderYaml, ValueSite::Kind::EnvGroup,
                        QString(), isDevPath(var.location.path));
        }
        for (const ComposeFileInfo &file : m_model.composeFiles) {
            const bool dev = isDevComposeFile(file);
            const QString environment =
                file.role == u"base" || file.role == u"override" ? QString() : file.role;
            for (const Workload &service : file.services) {
                for (const Container &container : service.containers) {
                    for (const EnvVar &var : container.env) {
                        if (var.envFile.isEmpty())
                            addSite(var, service.name, QString(), SourceFormat::Compose, ValueSite::Kind::Env,
                                    environment, dev, service.hostNetwork);
                    }
                }
                for (const EnvVar &var : service.buildArgs)
                    addSite(var, service.name, QString(), SourceFormat::Compose, ValueSite::Kind::BuildArg,
                            environment, dev);
            }
        }
        for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
            const bool dev = isDevPath(dockerfile.path);
            for (const EnvVar &var : dockerfile.globalArgs)
                addSite(var, dockerfile.path, QString(), SourceFormat::Dockerfile, ValueSite::Kind::DockerArg,
                        QString(), dev);
            for (const EnvVar &var : dockerfile.args)
                addSite(var, dockerfile.path, QString(), SourceFormat::Dockerfile, ValueSite::Kind::DockerArg,
                        QString(), dev);
            for (const EnvVar &var : dockerfile.env)
                addSite(var, dockerfile.path, QString(), SourceFormat::Dockerfile, ValueSite::Kind::DockerEnv,
                        QString(), dev);
        }
        for (const AppJsonInfo &app : m_model.appJsonFiles) {
            for (const EnvVar &var : app.env)
                addSite(var, app.name.isEmpty() ? app.path : app.name, QString(), SourceFormat::AppJson,
                        ValueSite::Kind::Env, QString(), isDevPath(app.path));
        }
        for (const PlatformEnvironment &environment : m_model.platformEnvironments) {
            for (const EnvVar &var : environment.env)
                addSite(var, environment.name, QString(), SourceFormat::AppJson, ValueSite::Kind::Env,
                        environment.name,
                        isDevEnvironmentName(environment.name) || isDevPath(environment.sourcePath));
        }
        for (const ConfigObject &object : m_model.configObjects) {
            if (object.kind != ConfigObject::Kind::ConfigMap)
                continue;
            const bool dev = isDevEnvironmentName(object.environment) || isDevPath(object.location.path);
            for (const ConfigEntry &entry : object.entries) {
                EnvVar var;
                var.name = entry.key;
                var.value = entry.value;
                var.location = entry.location;
                addSite(var, object.name, QString(), SourceFormat::Kubernetes,
                        ValueSite::Kind::ConfigMapEntry, object.environment, dev);
            }
        }
        for (const KustomizationInfo &kustomization : m_model.kustomizations) {
            for (const KustomizeGenerator &generator : kustomization.generators) {
                if (generator.kind != ConfigObject::Kind::ConfigMap)
                    continue;
                for (const ConfigEntry &entry : generator.literals) {
                    EnvVar var;
                    var.name = entry.key;
                    var.value = entry.value;
                    var.location = entry.location;
                    addSite(var, generator.name, QString(), SourceFormat::Kustomization,
                            ValueSite::Kind::ConfigMapEntry, QString(), isDevPath(kustomization.path));
                }
            }
        }
        for (const HelmValuesFile &values : m_model.helmValues) {
            const bool dev = isDevEnvironmentName(values.environmentHint) || isDevPath(values.path);
            for (const HelmValue &value : values.values) {
                EnvVar var;
                var.name = value.path.section(u'.', -1);
                var.value = value.value;
                var.location = value.location;
                addSite(var, value.path, value.path, SourceFormat::HelmValues, ValueSite::Kind::HelmValue,
                        values.environmentHint, dev);
            }
        }
    }

    // Where the value of a site is written: the name's line for `NAME: value`, the next line for
    // Kubernetes' `- name: X` / `value: Y`.
    Location valueLocation(const Location &nameLocation, const QString &name, const QString &value)
    {
        const QStringList &lines = m_context.lines(nameLocation.path);
        const QString firstLine = value.trimmed().section(u'\n', 0, 0).trimmed();
        if (firstLine.isEmpty() || nameLocation.line < 1)
            return nameLocation;
        for (int index = nameLocation.line - 1; index < lines.size() && index < nameLocation.line + 3;
             ++index) {
            const QString &line = lines.at(index);
            qsizetype from = 0;
            if (index == nameLocation.line - 1) {
                const qsizetype nameAt = line.indexOf(name, std::max<qsizetype>(0, nameLocation.column - 1));
                from = nameAt >= 0 ? nameAt + name.size() : 0;
            } else if (line.trimmed().startsWith(u"- ")) {
                break; // the next list item
            }
            const qsizetype at = line.indexOf(firstLine, from);
            if (at >= 0)
                return {nameLocation.path, index + 1, int(at) + 1};
        }
        return nameLocation;
    }

    // --- secrets ---------------------------------------------------------------------------------

    static QString environmentOf(const ValueSite &site)
    {
        return site.environments.size() == 1 ? *site.environments.cbegin() : QString();
    }

    QString siteDescription(const ValueSite &site) const
    {
        const QString path = site.location.path;
        switch (site.kind) {
        case ValueSite::Kind::ConfigMapEntry:
            return QCoreApplication::translate("tfi::Rules", "key %1 of ConfigMap %2 (%3)")
                .arg(site.name, site.owner, path);
        case ValueSite::Kind::HelmValue:
            return QCoreApplication::translate("tfi::Rules", "the Helm value %1 (%2)").arg(site.owner, path);
        case ValueSite::Kind::BuildArg:
            return QCoreApplication::translate("tfi::Rules", "the build argument %1 of %2 (%3)")
                .arg(site.name, site.owner, path);
        case ValueSite::Kind::DockerArg:
            return QCoreApplication::translate("tfi::Rules", "the ARG default %1 (%2)").arg(site.name, path);
        case ValueSite::Kind::DockerEnv:
            return QCoreApplication::translate("tfi::Rules", "ENV %1 (%2)").arg(site.name, path);
        case ValueSite::Kind::EnvGroup:
            return QCoreApplication::translate("tfi::Rules", "%1 in the env group %2 (%3)")
                .arg(site.name, site.owner, path);
        case ValueSite::Kind::Env:
            break;
        }
        const QString label = formatLabel(site.format);
        if (label.isEmpty())
            return QCoreApplication::translate("tfi::Rules", "%1 in %2 (%3)")
                .arg(site.name, site.owner, path);
        return QCoreApplication::translate("tfi::Rules", "%1 in the %2 %3 (%4)")
            .arg(site.name, label, site.owner, path);
    }

    void queueSecret(ConfigRule which, const Location &location, const FindingScope &scope,
                     const QString &subject, const QString &message, const QList<SecretMatch> &matches,
                     const QList<Location> &places)
    {
        SecretReport report{which, location, scope, subject, message, {}, false};
        bool allLowRisk = !matches.isEmpty();
        for (qsizetype i = 0; i < matches.size(); ++i) {
            report.fingerprints.append(matches.at(i).valueFingerprint);
            allLowRisk = allLowRisk && isLowRiskSecret(matches.at(i).kind);
            const Location &place = places.value(i, location);
            m_places[matches.at(i).valueFingerprint].insert(place.path + u':' + QString::number(place.line));
            m_coveredLines.insert(place.path + u':' + QString::number(place.line));
        }
        report.lowRisk = allLowRisk;
        m_secretReports.append(report);
    }

    void checkValueSites()
    {
        for (const ValueSite &site : std::as_const(m_sites)) {
            const SecretStrictness strictness =
                site.anyNonDev ? SecretStrictness::Normal : SecretStrictness::KnownFormats;
            const std::optional<SecretMatch> match = findSecretInValue(site.name, site.value, strictness);
            if (!match)
                continue;
            const Location location = valueLocation(site.location, site.name, site.value);
            const FindingScope scope{
                site.kind == ValueSite::Kind::Env || site.kind == ValueSite::Kind::BuildArg ? site.owner
                                                                                            : QString(),
                environmentOf(site), site.format};
            QString message = QCoreApplication::translate("tfi::Rules", "%1 holds %2 in clear")
                                  .arg(siteDescription(site), secretMatchDescription(*match));
            if (site.kind == ValueSite::Kind::ConfigMapEntry)
                message = QCoreApplication::translate(
                              "tfi::Rules", "%1 holds %2 in clear; a ConfigMap is no place for secrets")
                              .arg(siteDescription(site), secretMatchDescription(*match));
            else if (site.kind == ValueSite::Kind::DockerArg || site.kind == ValueSite::Kind::BuildArg)
                message =
                    QCoreApplication::translate(
                        "tfi::Rules", "%1 holds %2 in clear, and build arguments are stored in the image")
                        .arg(siteDescription(site), secretMatchDescription(*match));
            queueSecret(HardcodedSecret, location, scope, site.container + u'/' + site.name, message,
                        {*match}, {location});
        }
    }

    // Whether git tracks a path; a working-tree file that is neither tracked nor ignored is not
    // committed yet.
    bool isCommitted(const QString &path) const
    {
        const RepositoryInfo &info = m_context.repository();
        if (!info.isGitRepository || info.fromCommit)
            return true;
        return !untrackedPaths(info.root, {path}).contains(path);
    }

    void checkDotenvFiles()
    {
        for (const DotenvFile &file : m_model.dotenvFiles) {
            const SecretStrictness strictness =
                file.isTemplate || isDevEnvironmentName(file.environmentHint) || isDevPath(file.path)
                    ? SecretStrictness::KnownFormats
                    : SecretStrictness::Normal;
            QList<SecretMatch> matches;
            QList<Location> places;
            QStringList names;
            for (const EnvVar &entry : file.entries) {
                if (entry.kind == ValueKind::Unset || entry.value.isEmpty())
                    continue;
                if (const auto match = findSecretInValue(entry.name, entry.value, strictness)) {
                    matches.append(*match);
                    places.append(valueLocation(entry.location, entry.name, entry.value));
                    if (!names.contains(entry.name))
                        names.append(entry.name);
                }
            }
            if (matches.isEmpty()) {
                if (file.isTemplate && !file.entries.isEmpty())
                    m_context.credit(
                        configFactor,
                        QCoreApplication::translate(
                            "tfi::Rules",
                            "%1 is a template with placeholders; the real values stay out of the "
                            "repository")
                            .arg(file.path),
                        {file.path, 1, 0});
                continue;
            }
            const int count = int(names.size());
            QString message;
            if (file.isTemplate)
                message =
                    QCoreApplication::translate(
                        "tfi::Rules", "the template %1 holds %n real secret(s) instead of placeholders: %2",
                        nullptr, count)
                        .arg(file.path, names.join(u", "));
            else if (isCommitted(file.path))
                message = QCoreApplication::translate("tfi::Rules", "%1 is committed with %n secret(s): %2",
                                                      nullptr, count)
                              .arg(file.path, names.join(u", "));
            else
                message = QCoreApplication::translate(
                              "tfi::Rules",
                              "%1 holds %n secret(s) (%2) and is not ignored by git, so the next `git add` "
                              "commits it",
                              nullptr, count)
                              .arg(file.path, names.join(u", "));
            queueSecret(CommittedDotenvSecret, places.first(),
                        {QString(), file.environmentHint, SourceFormat::Dotenv}, QString(), message, matches,
                        places);
        }
    }

    // A value of a Secret that would give someone access: anything but a placeholder.
    static std::optional<SecretMatch> secretDataMatch(const ConfigEntry &entry, const QString &secretType,
                                                      bool dev)
    {
        if (entry.value.trimmed().isEmpty())
            return std::nullopt;
        if (auto match = findSecretInValue(entry.key, entry.value,
                                           dev ? SecretStrictness::KnownFormats : SecretStrictness::Normal))
            return match;
        if (dev || isPlaceholderValue(entry.value, entry.key))
            return std::nullopt;
        // Registry credentials, or data whose shape says secret whatever its key is called.
        const bool registry = secretType.contains(u"dockerconfigjson") || secretType.contains(u"dockercfg");
        if (registry || isSensitiveValue(entry.value)) {
            SecretMatch match;
            match.kind = SecretKind::NamedSecret;
            match.name = entry.key;
            match.fingerprint = secretFingerprint(SecretKind::NamedSecret, entry.value);
            match.valueFingerprint = match.fingerprint;
            match.hint = maskedValue(entry.value);
            return match;
        }
        return std::nullopt;
    }

    void checkKubernetesSecrets()
    {
        QSet<QString> seen;
        for (const ConfigObject &object : m_model.configObjects) {
            if (object.kind != ConfigObject::Kind::Secret || object.generated)
                continue;
            const QString key = locationKey(object.location) + u'|' + object.name;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            if (m_sopsSecrets.contains(object.location.path + u'|' + object.name))
                continue;
            const bool dev = isDevEnvironmentName(object.environment) || isDevPath(object.location.path);
            QList<SecretMatch> matches;
            QList<Location> places;
            QStringList keys;
            for (const ConfigEntry &entry : object.entries) {
                if (const auto match = secretDataMatch(entry, object.secretType, dev)) {
                    matches.append(*match);
                    places.append(entry.location);
                    keys.append(entry.key);
                }
            }
            if (matches.isEmpty())
                continue;
            const QString message =
                QCoreApplication::translate(
                    "tfi::Rules",
                    "the Secret %1 (%2) is committed with %n value(s) in clear (base64 is "
                    "only an encoding): %3",
                    nullptr, int(keys.size()))
                    .arg(object.name, object.location.path, keys.join(u", "));
            queueSecret(CommittedKubernetesSecret, places.first(),
                        {QString(), object.environment, SourceFormat::Kubernetes}, object.name, message,
                        matches, places);
        }
    }

    void checkGenerators()
    {
        for (const KustomizationInfo &kustomization : m_model.kustomizations) {
            const bool dev = isDevPath(kustomization.path);
            for (const KustomizeGenerator &generator : kustomization.generators) {
                if (generator.kind != ConfigObject::Kind::Secret)
                    continue;
                QList<SecretMatch> matches;
                QList<Location> places;
                QStringList keys;
                for (const ConfigEntry &entry : generator.literals) {
                    if (const auto match = secretDataMatch(entry, generator.secretType, dev)) {
                        matches.append(*match);
                        places.append(entry.location);
                        keys.append(entry.key);
                    }
                }
                if (!matches.isEmpty()) {
                    queueSecret(CommittedKubernetesSecret, places.first(),
                                {QString(), QString(), SourceFormat::Kustomization}, generator.name,
                                QCoreApplication::translate(
                                    "tfi::Rules",
                                    "the secretGenerator %1 (%2) writes %n value(s) as literals: %3", nullptr,
                                    int(keys.size()))
                                    .arg(generator.name, kustomization.path, keys.join(u", ")),
                                matches, places);
                }
                // Env files that are dotenv files are judged as such; others are judged here.
                QHash<QString, QList<const ConfigEntry *>> byFile;
                for (const ConfigEntry &entry : generator.envEntries) {
                    if (!isDotenvFileName(entry.location.path.section(u'/', -1)))
                        byFile[entry.location.path].append(&entry);
                }
                for (auto it = byFile.cbegin(); it != byFile.cend(); ++it) {
                    QList<SecretMatch> fileMatches;
                    QList<Location> filePlaces;
                    QStringList fileKeys;
                    for (const ConfigEntry *entry : it.value()) {
                        if (const auto match = secretDataMatch(*entry, generator.secretType, dev)) {
                            fileMatches.append(*match);
                            filePlaces.append(entry->location);
                            fileKeys.append(entry->key);
                        }
                    }
                    if (fileMatches.isEmpty() || !isCommitted(it.key()))
                        continue;
                    queueSecret(CommittedKubernetesSecret, filePlaces.first(),
                                {QString(), QString(), SourceFormat::Kustomization},
                                generator.name + u'|' + it.key(),
                                QCoreApplication::translate(
                                    "tfi::Rules",
                                    "the secretGenerator %1 (%2) reads %3, which is committed with %n secret "
                                    "value(s): %4",
                                    nullptr, int(fileKeys.size()))
                                    .arg(generator.name, kustomization.path, it.key(), fileKeys.join(u", ")),
                                fileMatches, filePlaces);
                }
            }
        }
    }

    void scanSnapshotFiles()
    {
        const RepoSnapshot *snapshot = m_context.snapshot();
        if (!snapshot)
            return;
        QSet<QString> chartDirectories;
        for (const SourceFile &file : snapshot->files()) {
            if (file.isText() && file.fileName() == u"Chart.yaml")
                chartDirectories.insert(file.directory());
        }
        for (const SourceFile &file : snapshot->files()) {
            if (!file.isText() || file.size > 1024 * 1024)
                continue;
            m_roles.insert(file.path, detectFile(file, chartDirectories).role);
            QList<SecretMatch> matches = scanTextForSecrets(file.path, file.content);
            for (const SecretMatch &match : std::as_const(matches))
                m_presentFingerprints.insert(match.fingerprint);
            if (!matches.isEmpty())
                m_fileMatches.insert(file.path, std::move(matches));
        }
    }

    // Tokens in manifests outside the values the model knows (commands, annotations, CRDs).
    void checkManifestTokens()
    {
        for (auto it = m_fileMatches.cbegin(); it != m_fileMatches.cend(); ++it) {
            const FileRole role = m_roles.value(it.key(), FileRole::None);
            if (role == FileRole::None || role == FileRole::Dotenv)
                continue;
            for (const SecretMatch &match : it.value()) {
                if (match.kind == SecretKind::NamedSecret || match.kind == SecretKind::UrlPassword ||
                    match.kind == SecretKind::AwsSecretAccessKey)
                    continue; // named values are judged with the model, which knows their context
                const QString lineKey = it.key() + u':' + QString::number(match.line);
                if (m_coveredLines.contains(lineKey) || isSecretInCoveredSecret(it.key(), match.line))
                    continue;
                const Location location{it.key(), match.line, match.column};
                const QString workload = workloadAt(location);
                queueSecret(HardcodedSecret, location, {workload, QString(), std::nullopt},
                            secretKindKey(match.kind),
                            QCoreApplication::translate("tfi::Rules", "%1 is written into %2 at line %3")
                                .arg(secretKindDescription(match.kind), it.key())
                                .arg(match.line),
                            {match}, {location});
            }
        }
    }

    // Lines inside Secret objects are the Secret rule's (or an encrypted Secret's) business.
    bool isSecretInCoveredSecret(const QString &path, int line) const
    {
        for (const ConfigObject &object : m_model.configObjects) {
            if (object.kind != ConfigObject::Kind::Secret || object.location.path != path)
                continue;
            for (const ConfigEntry &entry : object.entries) {
                if (entry.location.line == line)
                    return true;
            }
        }
        return false;
    }

    // The workload declared last before a line of a file.
    QString workloadAt(const Location &location) const
    {
        QString best;
        int bestLine = 0;
        for (const Workload &workload : m_model.workloads) {
            if (workload.location.path == location.path && workload.location.line <= location.line &&
                workload.location.line >= bestLine) {
                best = workload.name;
                bestLine = workload.location.line;
            }
        }
        return best;
    }

    void checkSourceFiles()
    {
        for (auto it = m_fileMatches.cbegin(); it != m_fileMatches.cend(); ++it) {
            if (m_roles.value(it.key(), FileRole::None) != FileRole::None)
                continue;
            const QString fileName = it.key().section(u'/', -1);
            if (fileName == u".twelve-factor.yml" || fileName == u".twelve-factor.yaml" ||
                isDotenvFileName(fileName))
                continue;
            for (const SecretMatch &match : it.value()) {
                const Location location{it.key(), match.line, match.column};
                const QString hint = match.hint == u"****" ? QString() : match.hint;
                QString message;
                if (!match.name.isEmpty())
                    message = QCoreApplication::translate("tfi::Rules", "%1 assigns %2 to %3")
                                  .arg(it.key(), secretMatchDescription(match), match.name);
                else if (!hint.isEmpty())
                    message = QCoreApplication::translate("tfi::Rules", "%1 holds %2 (%3)")
                                  .arg(it.key(), secretKindDescription(match.kind), hint);
                else
                    message = QCoreApplication::translate("tfi::Rules", "%1 holds %2")
                                  .arg(it.key(), secretKindDescription(match.kind));
                queueSecret(SecretInSource, location, {}, secretKindKey(match.kind) + u'|' + match.name,
                            message, {match}, {location});
            }
        }
    }

    void emitSecretReports()
    {
        for (const SecretReport &report : std::as_const(m_secretReports)) {
            QSet<QString> others;
            for (const QString &fingerprint : report.fingerprints)
                others.unite(m_places.value(fingerprint));
            others.remove(report.location.path + u':' + QString::number(report.location.line));
            // Per-file findings cover their own lines.
            for (auto it = others.begin(); it != others.end();) {
                if (it->startsWith(report.location.path + u':') && report.fingerprints.size() > 1)
                    it = others.erase(it);
                else
                    ++it;
            }
            QString message = report.message;
            if (!others.isEmpty())
                message = QCoreApplication::translate(
                              "tfi::Rules", "%1; the same value is also committed in %n other place(s)",
                              nullptr, int(others.size()))
                              .arg(report.message);
            Finding &finding =
                m_context.report(rule(report.rule), report.location, message, report.scope, report.subject);
            if (report.lowRisk)
                finding.severity = Severity::Info;
        }
    }

    // --- references ------------------------------------------------------------------------------

    bool isDefined(const QString &reference, const QSet<QString> &names) const
    {
        if (names.contains(reference))
            return true;
        // Kustomize adds prefixes, suffixes and content hashes to the names it renders.
        QString stripped = reference;
        for (const QString &prefix : m_namePrefixes) {
            if (stripped.startsWith(prefix))
                stripped = stripped.mid(prefix.size());
        }
        for (const QString &suffix : m_nameSuffixes) {
            if (stripped.endsWith(suffix))
                stripped.chop(suffix.size());
        }
        if (names.contains(stripped))
            return true;
        static const QRegularExpression hashed(QStringLiteral(R"(^(.+)-[a-z0-9]{10}$)"));
        const QRegularExpressionMatch match = hashed.match(stripped);
        return match.hasMatch() && names.contains(match.captured(1));
    }

    const ConfigObject *definedObject(ConfigObject::Kind kind, const QString &name, const QString &key) const
    {
        const ConfigObject *found = nullptr;
        for (const ConfigObject &object : m_model.configObjects) {
            if (object.kind != kind || object.name != name)
                continue;
            for (const ConfigEntry &entry : object.entries) {
                if (entry.key == key)
                    return nullptr; // some definition has the key
            }
            found = &object;
        }
        return found;
    }

    void checkReferences()
    {
        QSet<QString> seen;
        for (const Workload &workload : m_model.workloads) {
            if (workload.format != SourceFormat::Kubernetes && workload.format != SourceFormat::Kustomization)
                continue;
            for (const Container &container : workload.containers) {
                for (const EnvVar &var : container.env) {
                    if ((var.kind != ValueKind::SecretRef && var.kind != ValueKind::ConfigMapRef) ||
                        var.optional || var.refName.isEmpty() || isTemplated(var.refName))
                        continue;
                    const QString key = locationKey(var.location) + u'|' + var.name;
                    if (seen.contains(key))
                        continue;
                    seen.insert(key);
                    checkReference(workload, container, var.location, var.name,
                                   var.kind == ValueKind::SecretRef, var.refName, var.refKey);
                }
                for (const EnvFromRef &from : container.envFrom) {
                    if ((from.kind != EnvFromRef::Kind::Secret && from.kind != EnvFromRef::Kind::ConfigMap) ||
                        from.optional || from.name.isEmpty() || isTemplated(from.name))
                        continue;
                    const QString key = locationKey(from.location) + u'|' + from.name;
                    if (seen.contains(key))
                        continue;
                    seen.insert(key);
                    checkReference(workload, container, from.location, QString(),
                                   from.kind == EnvFromRef::Kind::Secret, from.name, QString());
                }
            }
        }
    }

    void checkReference(const Workload &workload, const Container &container, const Location &location,
                        const QString &variable, bool secret, const QString &name, const QString &key)
    {
        const QString kindName = secret ? QStringLiteral("Secret") : QStringLiteral("ConfigMap");
        const FindingScope scope{workload.name, workload.environment, SourceFormat::Kubernetes};
        const QString subject = container.name + u'/' + kindName + u'/' + name + u'/' + key;
        if (!isDefined(name, secret ? m_secrets : m_configMaps)) {
            const bool managedOutside = secret && !m_repositoryDefinesSecrets;
            QString message;
            if (managedOutside && variable.isEmpty())
                message =
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 (%2) loads the Secret %3, which is created outside the repository like every "
                        "Secret of this repository; make sure each environment creates it")
                        .arg(workload.name, location.path, name);
            else if (managedOutside)
                message =
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 in %2 (%3) reads the Secret %4, which is created outside the repository like "
                        "every Secret of this repository; make sure each environment creates it")
                        .arg(variable, workload.name, location.path, name);
            else if (variable.isEmpty())
                message = QCoreApplication::translate(
                              "tfi::Rules",
                              "%1 (%2) loads every key of the %3 %4, which no manifest, generator or secret "
                              "operator in the repository defines")
                              .arg(workload.name, location.path, kindName, name);
            else
                message =
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 in %2 (%3) reads the %4 %5, which no manifest, generator or secret operator in "
                        "the repository defines")
                        .arg(variable, workload.name, location.path, kindName, name);
            Finding &finding = m_context.report(rule(UndefinedReference), location, message, scope, subject);
            if (managedOutside)
                finding.severity = Severity::Info;
            return;
        }
        if (key.isEmpty() || m_generatedNames.contains(name))
            return;
        const ConfigObject *object =
            definedObject(secret ? ConfigObject::Kind::Secret : ConfigObject::Kind::ConfigMap, name, key);
        if (!object || object->entries.isEmpty())
            return;
        m_context.report(
            rule(UndefinedReference), location,
            QCoreApplication::translate(
                "tfi::Rules", "%1 in %2 (%3) reads the key %4 of the %5 %6, but the %5 in %7 has no such key")
                .arg(variable, workload.name, location.path, key, kindName, name, object->location.path),
            scope, subject);
    }

    // --- duplicates --------------------------------------------------------------------------------

    void reportDuplicates(const QList<EnvVar> &env, const QString &workload, const QString &environment,
                          const QString &container, SourceFormat format, QSet<QString> &seenLocations)
    {
        QHash<QString, const EnvVar *> first;
        for (const EnvVar &var : env) {
            if (!var.envFile.isEmpty() || var.name.isEmpty())
                continue;
            const auto previous = first.constFind(var.name);
            if (previous == first.constEnd()) {
                first.insert(var.name, &var);
                continue;
            }
            const QString key = locationKey(var.location) + u'|' + var.name;
            if (seenLocations.contains(key) || (*previous)->location == var.location)
                continue;
            seenLocations.insert(key);
            m_context.report(
                rule(DuplicateEnv), var.location,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "%1 is set twice in %2 (%3): first at line %4, again at line %5; only one value "
                    "takes effect")
                    .arg(var.name, workload, var.location.path)
                    .arg((*previous)->location.line)
                    .arg(var.location.line),
                {workload, environment, format}, container + u'/' + var.name);
        }
    }

    void checkDuplicates()
    {
        QSet<QString> seen;
        for (const Workload &workload : m_model.workloads) {
            if (workload.format != SourceFormat::Kubernetes &&
                workload.format != SourceFormat::Kustomization && workload.format != SourceFormat::RenderYaml)
                continue;
            for (const Container &container : workload.containers)
                reportDuplicates(container.env, workload.name, workload.environment, container.name,
                                 workload.format, seen);
        }
        for (const ComposeFileInfo &file : m_model.composeFiles) {
            for (const Workload &service : file.services) {
                for (const Container &container : service.containers)
                    reportDuplicates(container.env, service.name, QString(), QString(), SourceFormat::Compose,
                                     seen);
            }
        }
    }

    // --- hosts ---------------------------------------------------------------------------------------

    // The loopback or IP host a value points at, if any.
    static QString hardcodedHost(const QString &name, const QString &value, bool loopbackOk)
    {
        static const QRegularExpression separators(QStringLiteral("[^A-Z0-9]+"));
        const QStringList words = name.toUpper().split(separators, Qt::SkipEmptyParts);
        static const QSet<QString> ownAddressWords = {
            QStringLiteral("BIND"),        QStringLiteral("LISTEN"),   QStringLiteral("HEALTH"),
            QStringLiteral("HEALTHCHECK"), QStringLiteral("ALLOWED"),  QStringLiteral("ORIGIN"),
            QStringLiteral("ORIGINS"),     QStringLiteral("CORS"),     QStringLiteral("TRUSTED"),
            QStringLiteral("PROXY"),       QStringLiteral("OTEL"),     QStringLiteral("OTLP"),
            QStringLiteral("JAEGER"),      QStringLiteral("ZIPKIN"),   QStringLiteral("STATSD"),
            QStringLiteral("DOGSTATSD"),   QStringLiteral("AGENT"),    QStringLiteral("DAPR"),
            QStringLiteral("ENVOY"),       QStringLiteral("SIDECAR"),  QStringLiteral("DNS"),
            QStringLiteral("NAMESERVER"),  QStringLiteral("RESOLVER"), QStringLiteral("NO"),
            QStringLiteral("CSRF"),        QStringLiteral("METRICS"),  QStringLiteral("PROMETHEUS"),
        };
        for (const QString &word : words) {
            if (ownAddressWords.contains(word))
                return {};
        }
        QString host;
        bool loopback = false;
        bool ip = false;
        if (const auto endpoint = parseEndpoint(value)) {
            host = endpoint->host;
            loopback = endpoint->isLoopback();
            ip = endpoint->isIpAddress();
        } else {
            static const QSet<QString> hostWords = {QStringLiteral("HOST"),    QStringLiteral("HOSTNAME"),
                                                    QStringLiteral("SERVER"),  QStringLiteral("ADDR"),
                                                    QStringLiteral("ADDRESS"), QStringLiteral("ENDPOINT")};
            if (words.isEmpty() || !hostWords.contains(words.last()))
                return {};
            static const QRegularExpression ipv4(QStringLiteral(R"(^\d{1,3}(\.\d{1,3}){3}$)"));
            host = value.trimmed().toLower();
            loopback = host == u"localhost" || host.startsWith(u"127.");
            ip = ipv4.match(host).hasMatch();
            if (!loopback && !ip)
                return {};
        }
        if (host == u"0.0.0.0" || host == u"::" || host == u"169.254.169.254")
            return {}; // listen on every interface; the cloud metadata service
        if (loopback)
            return loopbackOk ? QString() : host;
        return ip ? host : QString();
    }

    void checkHosts()
    {
        for (const ValueSite &site : std::as_const(m_sites)) {
            if (!site.anyNonDev || site.kind == ValueSite::Kind::HelmValue ||
                site.kind == ValueSite::Kind::BuildArg || site.kind == ValueSite::Kind::DockerArg)
                continue;
            const QString host = hardcodedHost(site.name, site.value, site.loopbackOk);
            if (host.isEmpty())
                continue;
            const Location location = valueLocation(site.location, site.name, site.value);
            const bool loopback = host == u"localhost" || host.startsWith(u"127.") || host == u"::1" ||
                                  host.endsWith(u".localhost");
            const QString message =
                loopback
                    ? QCoreApplication::translate(
                          "tfi::Rules", "%1 points at %2, which inside a container is the container itself")
                          .arg(siteDescription(site), host)
                    : QCoreApplication::translate("tfi::Rules", "%1 points at the fixed IP address %2")
                          .arg(siteDescription(site), host);
            const FindingScope scope{site.kind == ValueSite::Kind::Env ? site.owner : QString(),
                                     environmentOf(site), site.format};
            m_context.report(rule(HardcodedHost), location, message, scope,
                             site.container + u'/' + site.name);
        }
    }

    // --- per-environment config files ----------------------------------------------------------------

    static QString deployEnvironmentOfPath(const QString &path)
    {
        static const QHash<QString, QString> environments = {
            {QStringLiteral("prod"), QStringLiteral("prod")},
            {QStringLiteral("production"), QStringLiteral("prod")},
            {QStringLiteral("prd"), QStringLiteral("prod")},
            {QStringLiteral("live"), QStringLiteral("prod")},
            {QStringLiteral("staging"), QStringLiteral("staging")},
            {QStringLiteral("stage"), QStringLiteral("staging")},
            {QStringLiteral("stg"), QStringLiteral("staging")},
            {QStringLiteral("qa"), QStringLiteral("qa")},
            {QStringLiteral("uat"), QStringLiteral("uat")},
            {QStringLiteral("preprod"), QStringLiteral("preprod")},
        };
        static const QSet<QString> configWords = {
            QStringLiteral("settings"),     QStringLiteral("config"),      QStringLiteral("configuration"),
            QStringLiteral("application"),  QStringLiteral("appsettings"), QStringLiteral("conf"),
            QStringLiteral("environments"), QStringLiteral("parameters")};
        static const QSet<QString> extensions = {
            QStringLiteral("py"),    QStringLiteral("json"),       QStringLiteral("yml"),
            QStringLiteral("yaml"),  QStringLiteral("properties"), QStringLiteral("rb"),
            QStringLiteral("js"),    QStringLiteral("ts"),         QStringLiteral("cjs"),
            QStringLiteral("mjs"),   QStringLiteral("toml"),       QStringLiteral("ini"),
            QStringLiteral("cfg"),   QStringLiteral("conf"),       QStringLiteral("xml"),
            QStringLiteral("php"),   QStringLiteral("exs"),        QStringLiteral("ex"),
            QStringLiteral("json5"),
        };
        static const QRegularExpression separators(QStringLiteral("[._-]+"));
        const QStringList segments = path.split(u'/');
        const QString fileName = segments.last();
        const qsizetype dot = fileName.lastIndexOf(u'.');
        if (dot <= 0 || !extensions.contains(fileName.mid(dot + 1).toLower()))
            return {};
        const QStringList words = fileName.left(dot).toLower().split(separators, Qt::SkipEmptyParts);
        QString environment;
        bool config = false;
        for (const QString &word : words) {
            if (environments.contains(word))
                environment = environments.value(word);
            config = config || configWords.contains(word);
        }
        if (environment.isEmpty())
            return {};
        for (qsizetype i = 0; i + 1 < segments.size(); ++i)
            config = config || configWords.contains(segments.at(i).toLower());
        return config ? environment : QString();
    }

    void checkPerEnvironmentFiles()
    {
        const RepoSnapshot *snapshot = m_context.snapshot();
        if (!snapshot)
            return;
        static const QRegularExpression url(
            QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.-]{1,20})://([^\s'"<>]+))"));
        static const QRegularExpression hostKey(QStringLiteral(
            R"(["']?([A-Za-z_][A-Za-z0-9_.-]*(?:host|HOST|Host|hostname|server|SERVER|Server|endpoint|ENDPOINT|Endpoint|address|ADDRESS|Address))["']?\s*(?:=>|=|:)\s*["']?([A-Za-z0-9][A-Za-z0-9.-]*\.[A-Za-z0-9.-]+|\d{1,3}(?:\.\d{1,3}){3})["']?)"));
        static const QStringList readsEnvironment = {
            QStringLiteral("environ"),       QStringLiteral("getenv"),       QStringLiteral("ENV["),
            QStringLiteral("ENV.fetch"),     QStringLiteral("process.env"),  QStringLiteral("${"),
            QStringLiteral("System.getenv"), QStringLiteral("%{"),           QStringLiteral("#{"),
            QStringLiteral("env("),          QStringLiteral("Environment."),
        };
        for (const SourceFile &file : snapshot->files()) {
            if (!file.isText() || m_roles.value(file.path, FileRole::None) != FileRole::None)
                continue;
            const SecretScanSettings settings = secretScanSettingsForPath(file.path);
            if (settings.skip || settings.strictness == SecretStrictness::ProviderTokens)
                continue; // tests, docs and examples
            const QString environment = deployEnvironmentOfPath(file.path);
            if (environment.isEmpty())
                continue;
            const QStringList &lines = m_context.lines(file.path);
            for (qsizetype index = 0; index < lines.size(); ++index) {
                const QString &line = lines.at(index);
                bool dynamic = false;
                for (const QString &marker : readsEnvironment)
                    dynamic = dynamic || line.contains(marker);
                const QString trimmed = line.trimmed();
                if (dynamic || trimmed.startsWith(u'#') || trimmed.startsWith(u"//"))
                    continue;
                QString host;
                int column = 0;
                for (auto it = url.globalMatch(line); it.hasNext() && host.isEmpty();) {
                    const QRegularExpressionMatch match = it.next();
                    if (const auto endpoint = parseEndpoint(match.captured(0))) {
                        if (!endpoint->host.endsWith(u"example.com") &&
                            !endpoint->host.endsWith(u"example.org") && endpoint->scheme != u"file") {
                            host = endpoint->host;
                            column = int(match.capturedStart()) + 1;
                        }
                    }
                }
                if (host.isEmpty()) {
                    const QRegularExpressionMatch match = hostKey.match(line);
                    if (match.hasMatch() && !match.captured(2).endsWith(u"example.com")) {
                        host = match.captured(2).toLower();
                        column = int(match.capturedStart(2)) + 1;
                    }
                }
                if (host.isEmpty())
                    continue;
                m_context.report(
                    rule(PerEnvironmentFile), {file.path, int(index) + 1, column},
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "%1 holds the configuration of the %2 environment in the code, including the "
                        "address %3")
                        .arg(file.path, environment, host),
                    {QString(), environment, std::nullopt});
                break;
            }
        }
    }

    // --- history -------------------------------------------------------------------------------------

    void checkHistory()
    {
        const AuditResult &result = m_context.result();
        const RepositoryInfo &repository = m_context.repository();
        if (result.historyLimit <= 0 || !repository.isGitRepository)
            return;
        const HistoryScan scan =
            scanHistoryForSecrets(repository.root, repository.revision, result.historyLimit);
        // Say when the walk was cut short (limit, shallow clone): history is then partial.
        for (const Diagnostic &diagnostic : scan.diagnostics)
            m_context.diagnose(diagnostic);
        for (const HistorySecret &secret : scan.secrets) {
            if (m_presentFingerprints.contains(secret.match.fingerprint))
                continue; // still present: the rule for the file it is in reports it
            const QString shortCommit = secret.commit.left(7);
            const QString date = secret.date.date().toString(Qt::ISODate);
            const QString what = secret.match.name.isEmpty()
                                     ? secretMatchDescription(secret.match)
                                     : QCoreApplication::translate("tfi::Rules", "%1 (%2)")
                                           .arg(secretMatchDescription(secret.match), secret.match.name);
            const QString message =
                QCoreApplication::translate(
                    "tfi::Rules", "%1 was committed in %2 (%3, %4) in %5 and removed later; rotate it")
                    .arg(what, shortCommit, date, secret.author, secret.path);
            Finding &finding = m_context.report(
                rule(SecretInHistory), {secret.path, secret.match.line, secret.match.column}, message, {},
                secret.commit + u'|' + secretKindKey(secret.match.kind) + u'|' + secret.match.name);
            finding.history = HistoryInfo{secret.commit, secret.author, secret.date, false};
            if (isLowRiskSecret(secret.match.kind))
                finding.severity = Severity::Info;
        }
    }

    // --- credits -------------------------------------------------------------------------------------

    void creditSecretReferences()
    {
        int references = 0;
        Location firstReference;
        Location firstMount;
        QString mountWorkload;
        QString mountSecret;
        QSet<QString> seen;
        for (const Workload &workload : m_model.workloads) {
            for (const Container &container : workload.containers) {
                for (const EnvVar &var : container.env) {
                    const bool fromStore = var.kind == ValueKind::SecretRef;
                    if (!fromStore || seen.contains(locationKey(var.location)))
                        continue;
                    seen.insert(locationKey(var.location));
                    if (references++ == 0)
                        firstReference = var.location;
                }
                for (const EnvFromRef &from : container.envFrom) {
                    if (from.kind != EnvFromRef::Kind::Secret || seen.contains(locationKey(from.location)))
                        continue;
                    seen.insert(locationKey(from.location));
                    if (references++ == 0)
                        firstReference = from.location;
                }
            }
            for (const Volume &volume : workload.volumes) {
                if (volume.kind == Volume::Kind::Secret && !firstMount.isValid()) {
                    firstMount = volume.location;
                    mountWorkload = workload.name;
                    mountSecret = volume.source;
                }
            }
        }
        if (references > 0)
            m_context.credit(
                configFactor,
                QCoreApplication::translate(
                    "tfi::Rules",
                    "%n variable(s) take their values from Secrets or platform-generated secrets "
                    "instead of literals",
                    nullptr, references),
                firstReference);
        if (firstMount.isValid())
            m_context.credit(configFactor,
                             QCoreApplication::translate(
                                 "tfi::Rules",
                                 "%1 mounts the Secret %2 as files, the hardened way of CIS Kubernetes 5.4.1")
                                 .arg(mountWorkload, mountSecret),
                             firstMount);
    }
};

} // namespace

void checkConfig(RuleContext &context)
{
    ConfigChecker checker(context);
    checker.run();
}

} // namespace tfi
