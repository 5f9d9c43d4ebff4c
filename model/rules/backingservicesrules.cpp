#include "factorrules.h"
#include "workloadtraits.h"

#include "../modelbuilder.h"
#include "../sensitive.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <optional>

// IV. Backing services: treat backing services as attached resources. A database, cache or
// queue is located by config, so it can be swapped without touching code, and the same code
// runs against local and managed services alike.

namespace tfi {

namespace {

constexpr int Factor = 4;

enum RuleIndex
{
    AddressInCode,
    DanglingReference,
    Localhost,
    IpAddress
};

const RuleInfo &rule(RuleIndex index)
{
    return backingServicesRules().at(index);
}

// A variable name that says it locates a backing service: DATABASE_URL, REDIS_HOST, CELERY_BROKER_URL...
bool namesBackingService(const QString &name)
{
    static const QSet<QString> words = {QStringLiteral("DATABASE"),
                                        QStringLiteral("DB"),
                                        QStringLiteral("POSTGRES"),
                                        QStringLiteral("POSTGRESQL"),
                                        QStringLiteral("PG"),
                                        QStringLiteral("PGHOST"),
                                        QStringLiteral("MYSQL"),
                                        QStringLiteral("MARIADB"),
                                        QStringLiteral("MONGO"),
                                        QStringLiteral("MONGODB"),
                                        QStringLiteral("REDIS"),
                                        QStringLiteral("VALKEY"),
                                        QStringLiteral("CACHE"),
                                        QStringLiteral("MEMCACHE"),
                                        QStringLiteral("MEMCACHED"),
                                        QStringLiteral("RABBIT"),
                                        QStringLiteral("RABBITMQ"),
                                        QStringLiteral("AMQP"),
                                        QStringLiteral("BROKER"),
                                        QStringLiteral("KAFKA"),
                                        QStringLiteral("QUEUE"),
                                        QStringLiteral("MQ"),
                                        QStringLiteral("NATS"),
                                        QStringLiteral("ELASTIC"),
                                        QStringLiteral("ELASTICSEARCH"),
                                        QStringLiteral("OPENSEARCH"),
                                        QStringLiteral("SOLR"),
                                        QStringLiteral("SMTP"),
                                        QStringLiteral("DATASOURCE"),
                                        QStringLiteral("CELERY"),
                                        QStringLiteral("SENTINEL"),
                                        QStringLiteral("CASSANDRA"),
                                        QStringLiteral("CLICKHOUSE"),
                                        QStringLiteral("INFLUX"),
                                        QStringLiteral("INFLUXDB"),
                                        QStringLiteral("NEO4J"),
                                        QStringLiteral("COUCHDB"),
                                        QStringLiteral("ZOOKEEPER"),
                                        QStringLiteral("ETCD"),
                                        QStringLiteral("MINIO"),
                                        QStringLiteral("JDBC"),
                                        QStringLiteral("PGBOUNCER"),
                                        QStringLiteral("SQL")};
    // DATABASE_URL, spring.datasource.url, DBHost, redisHost
    static const QRegularExpression separators(
        QStringLiteral("[_.-]+|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])"));
    const QStringList parts = name.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (words.contains(part.toUpper()))
            return true;
    }
    return false;
}

bool namesHost(const QString &name)
{
    static const QRegularExpression host(
        QStringLiteral(R"((HOST|HOSTNAME|HOSTS|SERVER|ADDR|ADDRESS|ENDPOINT)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return host.match(name).hasMatch();
}

bool isWellKnownServicePort(int port)
{
    static const QSet<int> ports = {5432, 3306, 6379, 27017, 5672, 9092, 11211, 9200, 4222,
                                    1433, 1521, 9042, 8123,  2181, 2379, 7687,  5984, 6432};
    return ports.contains(port);
}

struct ServiceAddress
{
    QString host;
    QString kind; // postgres, redis, ... or empty when only the name says it is a backing service
};

// The backing service address a variable holds, if it holds one.
std::optional<ServiceAddress> backingAddress(const QString &name, const QString &rawValue)
{
    QString value = rawValue.trimmed();
    if (value.startsWith(u"jdbc:", Qt::CaseInsensitive))
        value = value.mid(5);
    const bool hinted = namesBackingService(name);
    if (const auto endpoint = parseEndpoint(value)) {
        const QString kind = backingServiceKind(endpoint->scheme);
        const bool byScheme = !kind.isEmpty() && kind != u"http";
        const bool byPort = endpoint->scheme.isEmpty() && isWellKnownServicePort(endpoint->port);
        if (byScheme || byPort || hinted)
            return ServiceAddress{endpoint->host, byScheme ? kind : QString()};
        return std::nullopt;
    }
    // DB_HOST=10.0.0.5, REDIS_HOST=localhost
    if (hinted && namesHost(name)) {
        const QString host = value.toLower();
        static const QRegularExpression address(QStringLiteral(R"(^(localhost|\d{1,3}(\.\d{1,3}){3}|::1)$)"));
        if (address.match(host).hasMatch())
            return ServiceAddress{host, QString()};
    }
    return std::nullopt;
}

bool isLoopbackHost(const QString &host)
{
    Endpoint endpoint;
    endpoint.host = host;
    // 0.0.0.0 and :: are bind-all addresses, never the address of a service.
    return endpoint.isLoopback() && host != u"0.0.0.0" && host != u"::";
}

bool isIpHost(const QString &host)
{
    Endpoint endpoint;
    endpoint.host = host;
    return endpoint.isIpAddress() && !endpoint.isLoopback();
}

// Injected or declared sidecars listen on the pod's loopback (Cloud SQL proxy, Dapr, Envoy),
// so localhost can be the right address inside a pod that has them.
bool mayHaveSidecar(const Workload &workload)
{
    int containers = 0;
    for (const Container &container : workload.containers)
        containers += container.init ? 0 : 1;
    if (containers > 1)
        return true;
    QMap<QString, QString> annotations = workload.annotations;
    annotations.insert(workload.podAnnotations);
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it) {
        const QString key = it.key().toLower();
        if (key.contains(u"inject") || key.contains(u"sidecar") || key.startsWith(u"dapr.io/"))
            return true;
    }
    return false;
}

class BackingServicesCheck
{
public:
    explicit BackingServicesCheck(RuleContext &context) : m_context(context), m_model(context.model()) {}

    void run()
    {
        checkWorkloadAddresses();
        checkDotenvFiles();
        checkDanglingReferences();
        creditAddons();
        checkCode();
        if (!m_applicable)
            m_context.setNotApplicableReason(
                Factor, QCoreApplication::translate("tfi::Rules", "the repository names no backing service"));
    }

private:
    void applicable()
    {
        m_applicable = true;
        m_context.markApplicable(Factor);
    }
    void checkWorkloadAddresses();
    void checkDotenvFiles();
    void judgeAddress(const QString &variable, const QString &value, const Location &location,
                      const QString &owner, const FindingScope &scope, bool sidecarPossible);
    void checkDanglingReferences();
    void creditAddons();
    void checkCode();
    void checkCodeFile(const SourceFile &file);
    bool chartMentions(const QString &name);

    RuleContext &m_context;
    const DeploymentModel &m_model;
    bool m_applicable = false;
    std::optional<QString> m_chartText;
};

void BackingServicesCheck::judgeAddress(const QString &variable, const QString &value,
                                        const Location &location, const QString &owner,
                                        const FindingScope &scope, bool sidecarPossible)
{
    const std::optional<ServiceAddress> address = backingAddress(variable, value);
    if (!address)
        return;
    applicable();
    if (isLoopbackHost(address->host)) {
        if (sidecarPossible)
            return;
        m_context.report(
            rule(Localhost), location,
            QCoreApplication::translate(
                "tfi::Rules",
                "%1 in %2 points at %3, which inside a container is the container itself, not the "
                "backing service")
                .arg(variable, owner, address->host),
            scope, variable);
    } else if (isIpHost(address->host)) {
        m_context.report(
            rule(IpAddress), location,
            QCoreApplication::translate(
                "tfi::Rules", "%1 in %2 addresses its backing service by the IP address %3 instead of a name")
                .arg(variable, owner, address->host),
            scope, variable);
    }
}

void BackingServicesCheck::checkWorkloadAddresses()
{
    QSet<QString> credited;
    for (const Workload &workload : m_model.workloads) {
        // A Dockerfile's ENV is a default the deployment overrides; development setups may use localhost.
        const bool dev = traits::isDevWorkload(workload) || workload.kind == WorkloadKind::Dockerfile;
        const FindingScope scope{workload.name, workload.environment, workload.format};
        for (const Container &container : workload.containers) {
            for (const ResolvedEnvVar &env : effectiveEnvironment(m_model, workload, container)) {
                const bool byReference =
                    env.var.kind == ValueKind::SecretRef || env.var.kind == ValueKind::ConfigMapRef ||
                    (env.var.kind == ValueKind::Interpolated && !env.var.refName.isEmpty());
                const bool backing = namesBackingService(env.var.name) ||
                                     (env.resolved && backingAddress(env.var.name, env.value));
                if (!backing)
                    continue;
                applicable();
                if (byReference && !dev) {
                    const QString key = workload.name + u'|' + env.var.name;
                    if (!credited.contains(key)) {
                        credited.insert(key);
                        const QString message =
                            env.var.kind == ValueKind::SecretRef
                                ? QCoreApplication::translate("tfi::Rules",
                                                              "%1 in %2 comes from the Secret %3")
                            : env.var.kind == ValueKind::ConfigMapRef
                                ? QCoreApplication::translate("tfi::Rules",
                                                              "%1 in %2 comes from the ConfigMap %3")
                                : QCoreApplication::translate("tfi::Rules", "%1 in %2 is attached from %3");
                        m_context.credit(Factor, message.arg(env.var.name, workload.name, env.var.refName),
                                         env.var.location);
                    }
                }
                if (dev || !env.resolved)
                    continue;
                const Location location = env.valueLocation.isValid() ? env.valueLocation : env.var.location;
                judgeAddress(env.var.name, env.value, location, workload.name, scope,
                             traits::isKubernetesWorkload(workload) && mayHaveSidecar(workload));
            }
        }
    }
}

// A production dotenv file that no workload takes its environment from (a Procfile app's
// per-environment config is judged with the workload).
void BackingServicesCheck::checkDotenvFiles()
{
    QSet<QString> applied;
    for (const Workload &workload : m_model.workloads) {
        for (const Container &container : workload.containers) {
            for (const EnvVar &var : container.env)
                applied.insert(var.location.path);
        }
    }
    for (const DotenvFile &file : m_model.dotenvFiles) {
        if (applied.contains(file.path))
            continue;
        // .env.production.local holds one developer's overrides.
        if (file.isTemplate || file.environmentHint.isEmpty() ||
            traits::isDevEnvironmentName(file.environmentHint) || traits::isDevPath(file.path) ||
            file.path.endsWith(u".local"))
            continue;
        for (const EnvVar &var : file.entries)
            judgeAddress(var.name, var.value, var.location, file.path,
                         {{}, file.environmentHint, SourceFormat::Dotenv}, false);
    }
}

bool BackingServicesCheck::chartMentions(const QString &name)
{
    if (!m_chartText) {
        QString text;
        if (const RepoSnapshot *snapshot = m_context.snapshot()) {
            for (const SourceFile &file : snapshot->files()) {
                if (file.isText() && file.fileName() == u"Chart.yaml")
                    text += QString::fromUtf8(file.content).toLower() + u'\n';
            }
        }
        m_chartText = text;
    }
    return !m_chartText->isEmpty() &&
           QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name.toLower())))
               .match(*m_chartText)
               .hasMatch();
}

void BackingServicesCheck::checkDanglingReferences()
{
    QHash<QString, const Workload *> workloads;
    for (const Workload &workload : m_model.workloads)
        workloads.insert(workload.name + u'|' + workload.environment, &workload);
    for (const Connection &connection : m_model.connections) {
        applicable();
        if (connection.resolved || connection.to.isEmpty())
            continue;
        const Workload *from = workloads.value(connection.from + u'|' + connection.environment);
        // A Dockerfile alone names hosts its eventual deployment provides; `kubernetes` is the API server.
        if ((from && from->kind == WorkloadKind::Dockerfile) || connection.to.toLower() == u"kubernetes")
            continue;
        // A chart dependency (bitnami/postgresql...) provides services under names this repository never
        // spells.
        if (chartMentions(connection.to))
            continue;
        const FindingScope scope{connection.from, connection.environment,
                                 from ? std::optional<SourceFormat>(from->format)
                                      : std::optional<SourceFormat>(SourceFormat::Kubernetes)};
        QString message;
        if (connection.via == u"ingress")
            message = QCoreApplication::translate(
                          "tfi::Rules",
                          "the Ingress %1 routes to the Service %2, which this repository does not define")
                          .arg(connection.from, connection.to);
        else if (connection.via == u"depends_on" || connection.via == u"links")
            message = QCoreApplication::translate("tfi::Rules",
                                                  "%1 names %2 in %3, but no service of that name is defined")
                          .arg(connection.from, connection.to, connection.via);
        else
            message =
                QCoreApplication::translate(
                    "tfi::Rules",
                    "%1 reaches %2 through %3, but no workload, Service or add-on in this repository is "
                    "called %2")
                    .arg(connection.from, connection.to, connection.via);
        m_context.report(rule(DanglingReference), connection.location, message, scope,
                         connection.to + u'|' + connection.via);
    }
}

void BackingServicesCheck::creditAddons()
{
    for (const PlatformAddon &addon : m_model.addons) {
        applicable();
        m_context.credit(
            Factor,
            QCoreApplication::translate("tfi::Rules", "%1 is declared as an attached resource (%2)")
                .arg(addon.name, addon.plan.isEmpty() ? addon.kind : addon.plan),
            addon.location);
    }
}

void BackingServicesCheck::checkCode()
{
    const RepoSnapshot *snapshot = m_context.snapshot();
    if (!snapshot)
        return;
    int scanned = 0;
    for (const SourceFile &file : snapshot->files()) {
        if (!traits::isApplicationSource(file))
            continue;
        if (++scanned > 5000)
            break;
        checkCodeFile(file);
    }
}

bool isPlaceholderHost(const QString &host)
{
    static const QRegularExpression placeholder(QStringLiteral(
        R"(^(host|hostname|server|your[-_]?\w*|my[-_]?host|xxx+|db[-_]?host|example\.\w+|.*\.example(\.\w+)?|.*\.local|)"
        R"(.*\.test|.*\.invalid)$)"));
    return host.isEmpty() || placeholder.match(host).hasMatch() || host.contains(u'<') ||
           host.contains(u'{') || host.contains(u'$') || host.contains(u'%');
}

void BackingServicesCheck::checkCodeFile(const SourceFile &file)
{
    static const QRegularExpression comment(QStringLiteral(R"(^\s*(#|//|/?\*|--|;))"));
    static const QRegularExpression readsConfig(QStringLiteral(
        R"(environ|getenv|process\.env|ENV\[|ENV\.fetch|Getenv|System\.getenv|GetEnvironmentVariable|)"
        R"(\bconfig\(|\bsettings\.|\benv\(|dotenv|Deno\.env|std::env|System\.get_env|@Value\()"));
    static const QRegularExpression urlLiteral(QStringLiteral(
        R"re(["'`]((?:jdbc:)?(?:postgres(?:ql)?|mysql|mariadb|redis|rediss|mongodb(?:\+srv)?|amqps?|nats|memcached|kafka)://[^"'`\s]+)["'`])re"));
    static const QRegularExpression clientCall(QStringLiteral(
        R"re(\b(psycopg2?|psycopg|asyncpg|pymysql|MySQLdb|aiomysql|redis|aioredis|pika|pymongo|mongoose|mysql|pg|)re"
        R"re(mysql\.connector)\.(connect|Redis|StrictRedis|ConnectionParameters|MongoClient|createConnection|)re"
        R"re(createPool|createClient|Pool|Client|from_url)\s*\(|\bnew\s+(Pool|Client|Redis|IORedis|MongoClient|Sequelize)\s*\()re"));
    static const QRegularExpression hostArgument(QStringLiteral(R"re(\bhost\s*[=:]\s*["']([^"'\s]+)["'])re"));
    static const QRegularExpression dsnHost(QStringLiteral(R"re(["'][^"']*\bhost=([\w.-]+)[^"']*["'])re"));
    // DB_HOST = "10.0.3.17", const REDIS_HOST = 'cache.internal'
    static const QRegularExpression hostConstant(QStringLiteral(
        R"re(^\s*(?:(?:export\s+)?(?:const|let|var)\s+|(?:(?:public|private|static|final)\s+)*String\s+)?)re"
        R"re(([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?:?=\s*["']([\w.-]+)["']\s*;?\s*(?:#.*|//.*)?$)re"));

    const QStringList &lines = m_context.lines(file.path);
    QSet<QString> reportedHosts;
    int callWindowEnd = -1;
    QString callKind;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.size() > 2000 || comment.match(line).hasMatch())
            continue;
        const bool configured = readsConfig.match(line).hasMatch();
        QString host;
        QString kind;
        int column = 0;
        if (const QRegularExpressionMatch url = urlLiteral.match(line); url.hasMatch() && !configured) {
            QString value = url.captured(1);
            if (value.startsWith(u"jdbc:"))
                value = value.mid(5);
            if (const auto endpoint = parseEndpoint(value)) {
                host = endpoint->host;
                kind = backingServiceKind(endpoint->scheme);
                column = int(url.capturedStart(1)) + 1;
            }
        }
        if (host.isEmpty() && !configured) {
            const QRegularExpressionMatch constant = hostConstant.match(line);
            if (constant.hasMatch() && namesBackingService(constant.captured(1)) &&
                namesHost(constant.captured(1))) {
                const QString value = constant.captured(2).toLower();
                // An address: an IP, or a name with a domain; a bare word is more likely a label.
                if (isIpHost(value) || value.contains(u'.')) {
                    host = value;
                    column = int(constant.capturedStart(2)) + 1;
                }
            }
        }
        if (host.isEmpty()) {
            const QRegularExpressionMatch call = clientCall.match(line);
            if (call.hasMatch()) {
                callWindowEnd = int(i) + 8;
                const QString client = call.captured(1).toLower();
                callKind = client.contains(u"redis")   ? QStringLiteral("redis")
                           : client.contains(u"mongo") ? QStringLiteral("mongodb")
                           : client == u"pika"         ? QStringLiteral("rabbitmq")
                           : client.contains(u"mysql") ? QStringLiteral("mysql")
                           : client.contains(u"pg") || client.contains(u"psycopg")
                               ? QStringLiteral("postgres")
                               : QString();
                if (callKind.isEmpty()) {
                    const QString constructed = call.captured(3);
                    callKind = constructed.contains(u"Redis")   ? QStringLiteral("redis")
                               : constructed.contains(u"Mongo") ? QStringLiteral("mongodb")
                                                                : QString();
                }
            }
            if (i <= callWindowEnd && !configured) {
                QRegularExpressionMatch argument = hostArgument.match(line);
                if (!argument.hasMatch())
                    argument = dsnHost.match(line);
                if (argument.hasMatch()) {
                    host = argument.captured(1).toLower();
                    kind = callKind;
                    column = int(argument.capturedStart(1)) + 1;
                    callWindowEnd = -1;
                }
            }
        }
        if (host.isEmpty() || isPlaceholderHost(host) || isLoopbackHost(host) || host == u"0.0.0.0" ||
            reportedHosts.contains(host))
            continue;
        reportedHosts.insert(host);
        applicable();
        const Location location{file.path, int(i) + 1, column};
        const QString message =
            kind.isEmpty() || kind == u"http"
                ? QCoreApplication::translate(
                      "tfi::Rules", "%1 writes the backing service address %2 into the code instead of "
                                    "reading it from config")
                      .arg(file.path, host)
                : QCoreApplication::translate(
                      "tfi::Rules", "%1 writes the address of its %2 service (%3) into the code instead "
                                    "of reading it from config")
                      .arg(file.path, kind, host);
        m_context.report(rule(AddressInCode), location, message, {}, host);
    }
}

} // namespace

const QList<RuleInfo> &backingServicesRules()
{
    static const QList<RuleInfo> rules = {
        {"backing-services.address-in-code",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A backing service address is written into the code"),
         QT_TRANSLATE_NOOP("tfi::Rules",
                           "A twelve-factor app makes no distinction between local and third-party services: "
                           "each is an attached resource located by config. An address written into the code "
                           "means a new build for every move of the database and the same code cannot run "
                           "against another environment's service."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Read the service's URL from an environment variable (DATABASE_URL, REDIS_URL) and "
             "pass it to the client."),
         {},
         {}},
        {"backing-services.dangling-reference",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A reference names a service that nothing provides"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Backing services are attached by name or URL, and the deployment must provide what "
             "the app is attached to. A reference to a service that no workload, Service or add-on "
             "provides fails at runtime, or silently depends on something deployed by hand."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Define the service in the same deployment, fix the name, or point the variable at the "
             "managed service's address through config."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Add the Service (an ExternalName Service for a managed database) or correct the host "
               "in the variable.")},
          {SourceFormat::Compose,
           QT_TRANSLATE_NOOP("tfi::Rules",
                             "Add the service to the Compose file or correct the name in depends_on.")}},
         {"kube-linter:dangling-ingress"}},
        {"backing-services.localhost",
         Factor,
         Severity::Warning,
         QT_TRANSLATE_NOOP("tfi::Rules", "A backing service is addressed as localhost outside development"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Backing services are attached resources reached over the network by a name the "
             "environment provides. In a container, localhost is the container itself: a deployed "
             "process configured for a database on localhost cannot reach it."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Point the variable at the service's name (a Service, a Compose service, a managed "
             "database host) and keep localhost for development settings."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Use the Service name, e.g. `postgres://app@postgres:5432/app`, and take the URL from "
               "a Secret.")}},
         {}},
        {"backing-services.ip-address",
         Factor,
         Severity::Info,
         QT_TRANSLATE_NOOP("tfi::Rules", "A backing service is addressed by IP address"),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Attached resources should be swappable by changing config, and a DNS name lets the "
             "service move without touching the app. An IP address pins the deployment to one "
             "network layout and breaks silently when the service is replaced or fails over."),
         QT_TRANSLATE_NOOP(
             "tfi::Rules",
             "Address the service by a DNS name: a Service or ExternalName Service, or the managed "
             "service's endpoint name."),
         {{SourceFormat::Kubernetes,
           QT_TRANSLATE_NOOP(
               "tfi::Rules",
               "Create an ExternalName Service (or a Service with Endpoints) for the address and "
               "use its name.")}},
         {}},
    };
    return rules;
}

void checkBackingServices(RuleContext &context)
{
    BackingServicesCheck(context).run();
}

} // namespace tfi
