#pragma once

// Small judgements several factor checks share: is a workload a development setup, does an image
// run a data store, which files are application source. Header-only so each rules file can use
// them without a build change.

#include "../deploymentmodel.h"
#include "../endpoint.h"
#include "../reposnapshot.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace tfi::traits {

inline bool isDevEnvironmentName(const QString &environment)
{
    static const QStringList names = {QStringLiteral("dev"),         QStringLiteral("develop"),
                                      QStringLiteral("development"), QStringLiteral("local"),
                                      QStringLiteral("test"),        QStringLiteral("testing"),
                                      QStringLiteral("ci"),          QStringLiteral("e2e")};
    return names.contains(environment.trimmed().toLower());
}

inline bool isProdEnvironmentName(const QString &environment)
{
    static const QStringList names = {QStringLiteral("prod"), QStringLiteral("production"),
                                      QStringLiteral("prd"), QStringLiteral("live")};
    return names.contains(environment.trimmed().toLower());
}

// A file under a directory that names a development or test setup (k8s/dev/, deploy/local/, ...).
inline bool isDevPath(const QString &path)
{
    static const QStringList names = {QStringLiteral("dev"),     QStringLiteral("development"),
                                      QStringLiteral("local"),   QStringLiteral("minikube"),
                                      QStringLiteral("kind"),    QStringLiteral("test"),
                                      QStringLiteral("tests"),   QStringLiteral("e2e"),
                                      QStringLiteral("example"), QStringLiteral("examples")};
    const QStringList parts = path.toLower().split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (names.contains(parts.at(i)))
            return true;
    }
    return false;
}

// A Compose file role that names a development setup: the override file or compose.dev.yaml.
inline bool isDevComposeRole(const QString &role)
{
    return role == u"override" || isDevEnvironmentName(role);
}

// Development setups, where localhost, bind mounts of the source and single instances are normal:
// dev-like environments, anything under a dev directory, and the default Compose environment
// (the base file plus its override), which is what `docker compose up` runs on a laptop.
inline bool isDevWorkload(const Workload &workload)
{
    if (isDevEnvironmentName(workload.environment) || isDevPath(workload.location.path))
        return true;
    return workload.format == SourceFormat::Compose && workload.environment.isEmpty();
}

inline bool isKubernetesWorkload(const Workload &workload)
{
    return workload.format == SourceFormat::Kubernetes;
}

// The name of an image without registry, tag or digest: "postgres" for "docker.io/library/postgres:16".
inline QString imageBaseName(const QString &image)
{
    QString name = image.trimmed().toLower();
    const qsizetype at = name.indexOf(u'@');
    if (at >= 0)
        name = name.left(at);
    const qsizetype slash = name.lastIndexOf(u'/');
    if (slash >= 0)
        name = name.mid(slash + 1);
    const qsizetype colon = name.indexOf(u':');
    if (colon >= 0)
        name = name.left(colon);
    return name;
}

// An image that runs a data store or another piece of infrastructure rather than the app:
// keeping state on a volume is its job.
inline bool isDataStoreImage(const QString &image)
{
    if (image.trimmed().isEmpty())
        return false;
    if (!backingServiceKind(image).isEmpty())
        return true;
    static const QRegularExpression infrastructure(QStringLiteral(
        R"(^(bitnami-)?(zookeeper|cassandra|scylla|minio|clickhouse(-server)?|influxdb|couchdb|couchbase|neo4j|etcd|)"
        R"(consul|vault|timescaledb(-ha)?|cockroach|questdb|meilisearch|typesense|qdrant|weaviate|milvus|solr|)"
        R"(prometheus|grafana|loki|tempo|jaeger|mailhog|mailpit|localstack|registry|azurite|fake-gcs-server|)"
        R"(mssql-server|oracle|db2|dynamodb-local|firestore|pubsub-emulator|nats-streaming|pulsar|redpanda|)"
        R"(mosquitto|emqx|vernemq|memgraph|arangodb|rethinkdb|surrealdb|dragonfly|garnet|seaweedfs|ceph))"
        R"((-[a-z0-9]+)*$)"));
    return infrastructure.match(imageBaseName(image)).hasMatch();
}

// An application process: built from the repository or not a known data store image.
inline bool isAppContainer(const Workload &workload, const Container &container)
{
    if (!workload.buildContext.isEmpty())
        return true;
    return !isDataStoreImage(container.image);
}

// Application source files worth reading for code-level evidence: by extension, outside
// dependencies, generated output, tests and examples.
inline bool isApplicationSource(const SourceFile &file)
{
    if (!file.isText() || file.content.size() > 512 * 1024)
        return false;
    static const QStringList extensions = {
        QStringLiteral(".py"), QStringLiteral(".js"),  QStringLiteral(".mjs"),  QStringLiteral(".cjs"),
        QStringLiteral(".ts"), QStringLiteral(".go"),  QStringLiteral(".rb"),   QStringLiteral(".java"),
        QStringLiteral(".kt"), QStringLiteral(".php"), QStringLiteral(".cs"),   QStringLiteral(".rs"),
        QStringLiteral(".ex"), QStringLiteral(".exs"), QStringLiteral(".scala")};
    const QString lower = file.path.toLower();
    bool known = false;
    for (const QString &extension : extensions) {
        if (lower.endsWith(extension)) {
            known = true;
            break;
        }
    }
    if (!known || lower.endsWith(u".min.js") || lower.endsWith(u".d.ts"))
        return false;
    static const QStringList skippedDirectories = {
        QStringLiteral("node_modules"), QStringLiteral("vendor"),   QStringLiteral("third_party"),
        QStringLiteral("dist"),         QStringLiteral("build"),    QStringLiteral("target"),
        QStringLiteral(".venv"),        QStringLiteral("venv"),     QStringLiteral("site-packages"),
        QStringLiteral("test"),         QStringLiteral("tests"),    QStringLiteral("spec"),
        QStringLiteral("__tests__"),    QStringLiteral("testdata"), QStringLiteral("fixtures"),
        QStringLiteral("e2e"),          QStringLiteral("example"),  QStringLiteral("examples"),
        QStringLiteral("docs"),         QStringLiteral("scripts"),  QStringLiteral("migrations")};
    const QStringList parts = lower.split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (skippedDirectories.contains(parts.at(i)))
            return false;
    }
    static const QRegularExpression testOrDevFile(QStringLiteral(
        R"((^|[._-])(test|tests|spec|conftest|mock|mocks|fixture|fixtures|dev|development|local|example|sample)([._-]|$))"));
    const QString fileName = parts.last();
    const QString stem = fileName.left(fileName.lastIndexOf(u'.'));
    return !testOrDevFile.match(stem).hasMatch();
}

// Kubernetes scoping: objects meet when namespaces and environments agree, an empty one
// (set later by Kustomize or at apply time) agreeing with any.
inline bool sameScope(const QString &namespaceA, const QString &environmentA, const QString &namespaceB,
                      const QString &environmentB)
{
    const auto agree = [](const QString &a, const QString &b) {
        return a.isEmpty() || b.isEmpty() || a == b;
    };
    return agree(namespaceA, namespaceB) && agree(environmentA, environmentB);
}

// True when the Service's selector picks the workload's pods.
inline bool serviceSelects(const ServiceDef &service, const Workload &workload)
{
    if (!isKubernetesWorkload(workload) || service.selector.isEmpty() ||
        !sameScope(service.namespaceName, service.environment, workload.namespaceName, workload.environment))
        return false;
    for (auto it = service.selector.cbegin(); it != service.selector.cend(); ++it) {
        if (workload.podLabels.value(it.key()) != it.value())
            return false;
    }
    return true;
}

// The line that sets `key` (a YAML mapping key or a `key=value` label) at or after `from`, searched
// within the next `window` lines; `from` itself when the key is not found.
inline Location findKeyLocation(const QStringList &lines, const Location &from, const QString &key,
                                int window = 200)
{
    const int first = std::max(from.line, 1);
    for (int line = first; line <= lines.size() && line < first + window; ++line) {
        const QString &text = lines.at(line - 1);
        const qsizetype at = text.indexOf(key);
        if (at < 0)
            continue;
        const qsizetype end = at + key.size();
        const QChar before = at > 0 ? text.at(at - 1) : QChar(u' ');
        const QChar after = end < text.size() ? text.at(end) : QChar(u' ');
        const bool startsWord = before.isSpace() || before == u'"' || before == u'\'' || before == u'-';
        const bool endsKey = after == u':' || after == u'=' || after == u'"' || after == u'\'';
        if (startsWord && endsKey)
            return {from.path, line, int(at) + 1};
    }
    return from;
}

} // namespace tfi::traits
