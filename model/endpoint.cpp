#include "endpoint.h"

#include <QRegularExpression>

namespace tfi {

namespace {

bool isIpv4(QStringView host)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\d{1,3}(\.\d{1,3}){3}$)"));
    return pattern.match(host.toString()).hasMatch();
}

bool isIpv6(QStringView host)
{
    if (host.count(u':') < 2)
        return false;
    for (const QChar c : host) {
        if (!(c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f') || c == u':' || c == u'.'))
            return false;
    }
    return true;
}

bool isDnsLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || !label.front().isLetterOrNumber())
        return false;
    for (const QChar c : label) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            return false;
    }
    return label.back() != u'-';
}

bool isHostName(QStringView host)
{
    if (host.isEmpty() || host.size() > 253 || !host.front().isLetter())
        return false;
    const auto labels = host.split(u'.');
    for (const QStringView label : labels) {
        if (!isDnsLabel(label))
            return false;
    }
    return true;
}

std::optional<int> parsePort(QStringView text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (const QChar c : text) {
        if (!c.isDigit())
            return std::nullopt;
    }
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

// Splits "host:port", "[v6]:port", "host" into host and port; false when malformed.
bool splitHostPort(QStringView hostPort, QString &host, int &port, bool &explicitPort)
{
    explicitPort = false;
    port = 0;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            return false;
        host = hostPort.sliced(1, close - 1).toString();
        const QStringView rest = hostPort.sliced(close + 1);
        if (rest.isEmpty())
            return isIpv6(host);
        if (!rest.startsWith(u':'))
            return false;
        const auto parsed = parsePort(rest.sliced(1));
        if (!parsed)
            return false;
        port = *parsed;
        explicitPort = true;
        return true;
    }
    const qsizetype colon = hostPort.lastIndexOf(u':');
    if (colon >= 0) {
        const auto parsed = parsePort(hostPort.sliced(colon + 1));
        if (!parsed)
            return false;
        port = *parsed;
        explicitPort = true;
        host = hostPort.left(colon).toString();
    } else {
        host = hostPort.toString();
    }
    return !host.isEmpty();
}

} // namespace

bool Endpoint::isIpAddress() const
{
    return isIpv4(host) || isIpv6(host);
}

bool Endpoint::isLoopback() const
{
    if (host == u"localhost" || host.endsWith(u".localhost") || host == u"0.0.0.0" || host == u"::" ||
        host == u"::1")
        return true;
    return isIpv4(host) && host.startsWith(u"127.");
}

bool Endpoint::isClusterLocalName() const
{
    if (isIpAddress() || isLoopback())
        return false;
    const QStringList labels = host.split(u'.');
    if (labels.size() == 1)
        return true;
    if (host.endsWith(u".svc.cluster.local"))
        return labels.size() == 5;
    if (host.endsWith(u".svc"))
        return labels.size() == 3;
    return false;
}

QString Endpoint::serviceName() const
{
    return host.section(u'.', 0, 0);
}

QString Endpoint::namespaceName() const
{
    const QStringList labels = host.split(u'.');
    if (labels.size() >= 3 && (host.endsWith(u".svc") || host.endsWith(u".svc.cluster.local")))
        return labels.at(1);
    return {};
}

std::optional<Endpoint> parseEndpoint(const QString &rawValue)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty() || value.size() > 2048)
        return std::nullopt;
    for (const QChar c : value) {
        if (c.isSpace())
            return std::nullopt;
    }
    Endpoint endpoint;
    const qsizetype schemeEnd = value.indexOf(QLatin1String("://"));
    if (schemeEnd > 0) {
        static const QRegularExpression schemePattern(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9+.-]*$)"));
        const QString scheme = value.left(schemeEnd);
        if (!schemePattern.match(scheme).hasMatch())
            return std::nullopt;
        endpoint.scheme = scheme.toLower();
        const QStringView rest = QStringView(value).sliced(schemeEnd + 3);
        qsizetype authorityEnd = rest.size();
        for (const QChar stop : {u'/', u'?', u'#'}) {
            const qsizetype at = rest.indexOf(stop);
            if (at >= 0 && at < authorityEnd)
                authorityEnd = at;
        }
        QStringView authority = rest.left(authorityEnd);
        endpoint.path = rest.sliced(authorityEnd).toString();
        const qsizetype at = authority.lastIndexOf(u'@');
        if (at >= 0) {
            const QStringView userInfo = authority.left(at);
            const qsizetype colon = userInfo.indexOf(u':');
            endpoint.user = (colon >= 0 ? userInfo.left(colon) : userInfo).toString();
            endpoint.hasPassword = colon >= 0 && colon + 1 < userInfo.size();
            authority = authority.sliced(at + 1);
        }
        // mongodb://a:27017,b:27017 names several hosts; the first stands for the set.
        const qsizetype comma = authority.indexOf(u',');
        if (comma >= 0)
            authority = authority.left(comma);
        if (authority.isEmpty())
            return std::nullopt; // sqlite:///file, file:///path
        QString host;
        if (!splitHostPort(authority, host, endpoint.port, endpoint.explicitPort))
            return std::nullopt;
        endpoint.host = host.toLower();
        if (!isHostName(endpoint.host) && !endpoint.isIpAddress())
            return std::nullopt;
        if (!endpoint.explicitPort)
            endpoint.port = defaultPortForScheme(endpoint.scheme);
        return endpoint;
    }
    QString host;
    if (!splitHostPort(value, host, endpoint.port, endpoint.explicitPort) || !endpoint.explicitPort)
        return std::nullopt;
    endpoint.host = host.toLower();
    if (!isHostName(endpoint.host) && !endpoint.isIpAddress())
        return std::nullopt;
    return endpoint;
}

int defaultPortForScheme(const QString &scheme)
{
    static const QHash<QString, int> ports = {
        {QStringLiteral("http"), 80},       {QStringLiteral("https"), 443},
        {QStringLiteral("ws"), 80},         {QStringLiteral("wss"), 443},
        {QStringLiteral("postgres"), 5432}, {QStringLiteral("postgresql"), 5432},
        {QStringLiteral("mysql"), 3306},    {QStringLiteral("mariadb"), 3306},
        {QStringLiteral("redis"), 6379},    {QStringLiteral("rediss"), 6380},
        {QStringLiteral("mongodb"), 27017}, {QStringLiteral("amqp"), 5672},
        {QStringLiteral("amqps"), 5671},    {QStringLiteral("memcached"), 11211},
        {QStringLiteral("nats"), 4222},     {QStringLiteral("kafka"), 9092},
        {QStringLiteral("grpc"), 443},      {QStringLiteral("smtp"), 25},
        {QStringLiteral("ftp"), 21},        {QStringLiteral("elasticsearch"), 9200},
    };
    return ports.value(scheme.toLower(), 0);
}

QString backingServiceKind(const QString &schemeOrImage)
{
    // Image references: drop the registry and the tag, keep the repository's last part.
    QString name = schemeOrImage.toLower();
    const qsizetype at = name.indexOf(u'@');
    if (at >= 0)
        name = name.left(at);
    const qsizetype slash = name.lastIndexOf(u'/');
    if (slash >= 0)
        name = name.mid(slash + 1);
    const qsizetype colon = name.indexOf(u':');
    if (colon >= 0)
        name = name.left(colon);
    name.remove(QStringLiteral("+asyncpg"));
    name.remove(QStringLiteral("+psycopg2"));
    name.remove(QStringLiteral("+psycopg"));
    static const QList<std::pair<QStringList, QString>> kinds = {
        {{QStringLiteral("postgres"), QStringLiteral("postgresql"), QStringLiteral("postgis"),
          QStringLiteral("pgvector")},
         QStringLiteral("postgres")},
        {{QStringLiteral("mysql"), QStringLiteral("mariadb")}, QStringLiteral("mysql")},
        {{QStringLiteral("redis"), QStringLiteral("rediss"), QStringLiteral("valkey"),
          QStringLiteral("keydb")},
         QStringLiteral("redis")},
        {{QStringLiteral("mongodb"), QStringLiteral("mongo"), QStringLiteral("mongodb+srv")},
         QStringLiteral("mongodb")},
        {{QStringLiteral("amqp"), QStringLiteral("amqps"), QStringLiteral("rabbitmq")},
         QStringLiteral("rabbitmq")},
        {{QStringLiteral("kafka"), QStringLiteral("cp-kafka")}, QStringLiteral("kafka")},
        {{QStringLiteral("memcached"), QStringLiteral("memcache")}, QStringLiteral("memcached")},
        {{QStringLiteral("elasticsearch"), QStringLiteral("opensearch")}, QStringLiteral("elasticsearch")},
        {{QStringLiteral("sqlite"), QStringLiteral("sqlite3")}, QStringLiteral("sqlite")},
        {{QStringLiteral("nats")}, QStringLiteral("nats")},
    };
    for (const auto &[names, kind] : kinds) {
        if (names.contains(name))
            return kind;
    }
    return {};
}

} // namespace tfi
