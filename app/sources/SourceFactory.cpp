#include "SourceFactory.h"

#include "sources/gateway/JsonWebSocketSource.h"
#include "sources/gateway/NchanSource.h"
#include "sources/gateway/SocketIoSource.h"
#include "sources/redis/RedisSource.h"

namespace {
Source* createGateway(const GatewayEndpoint& endpoint, QObject* parent)
{
    switch (endpoint.kind) {
    case GatewayEndpoint::Kind::SocketIo:
        return new SocketIoSource(endpoint, parent);
    case GatewayEndpoint::Kind::Nchan:
        return new NchanSource(endpoint, parent);
    case GatewayEndpoint::Kind::JsonWebSocket:
        return new JsonWebSocketSource(endpoint, parent);
    }
    return nullptr;
}
} // namespace

Source* SourceFactory::create(const ConnectionProfile& profile, const QString& secret,
                              QObject* parent, QString* error)
{
    QString problem;
    Source* source = nullptr;
    if (profile.isGateway()) {
        const GatewayEndpoint endpoint = profile.toGatewayEndpoint(secret, &problem);
        if (problem.isEmpty())
            source = createGateway(endpoint, parent);
    } else {
        const RedisEndpoint endpoint = profile.toEndpoint(secret, &problem);
        if (problem.isEmpty())
            source = new RedisSource(endpoint, parent);
    }
    if (error)
        *error = problem;
    return source;
}
