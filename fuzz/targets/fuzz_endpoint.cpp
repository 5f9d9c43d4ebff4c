// The URL / host:port parser behind connections, and everything asked of its result.
#include "endpoint.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString value = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    tfi::backingServiceKind(value);
    const std::optional<tfi::Endpoint> endpoint = tfi::parseEndpoint(value);
    if (!endpoint)
        return 0;
    endpoint->isLoopback();
    endpoint->isIpAddress();
    endpoint->isClusterLocalName();
    endpoint->serviceName();
    endpoint->namespaceName();
    tfi::defaultPortForScheme(endpoint->scheme);
    tfi::backingServiceKind(endpoint->scheme);
    if (endpoint->port < 0 || endpoint->port > 65535)
        __builtin_trap();
    return 0;
}
