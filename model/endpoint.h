#pragma once

#include <QString>

#include <optional>

namespace tfi {

// A network address found in a config value: "postgres://app:pw@db:5432/app",
// "redis-cart:6379", "http://api.shop.svc.cluster.local".
struct Endpoint
{
    QString scheme; // lower case, empty for host:port
    QString user;
    bool hasPassword = false;
    QString host; // lower case
    int port = 0; // explicit port, else the scheme's default, else 0
    bool explicitPort = false;
    QString path;

    bool isLoopback() const; // localhost, 127.0.0.0/8, ::1, 0.0.0.0
    bool isIpAddress() const;
    // A name that resolves inside the deployment: a single DNS label ("redis"), or a
    // Kubernetes service form ("api.shop", "api.shop.svc", "api.shop.svc.cluster.local").
    bool isClusterLocalName() const;
    // The service name a cluster-local host names: "api" for "api.shop.svc.cluster.local".
    QString serviceName() const;
    // The namespace of "api.shop[.svc[.cluster.local]]", else empty.
    QString namespaceName() const;
};

// Parses a URL with an authority or a bare host:port. Returns nothing for anything else
// (paths, sqlite:///file, plain words, times like 10:30).
std::optional<Endpoint> parseEndpoint(const QString &value);

// The scheme's well-known port (postgres 5432, redis 6379, http 80, ...), or 0.
int defaultPortForScheme(const QString &scheme);

// The kind of backing service a scheme or image names: "postgres", "mysql", "redis", "mongodb",
// "rabbitmq", "kafka", "memcached", "elasticsearch", "http", "sqlite", or empty.
QString backingServiceKind(const QString &schemeOrImage);

} // namespace tfi
