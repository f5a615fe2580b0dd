#pragma once

#include "sources/SourceStatus.h"

// herald-cli's exit codes, documented in the README's CLI reference.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,        // anything not listed below
    ExitUsage = 2,          // bad arguments or URL
    ExitUnreachable = 3,    // could not connect before --timeout
    ExitAuthentication = 4, // wrong password or user
    ExitPermission = 5,     // the ACL forbids a command or channel
    ExitTls = 6,            // TLS handshake or certificate check failed
    ExitProtocol = 7,       // not Redis, malformed or oversized reply, server error
    ExitTimeout = 8,        // connected, but --count was not reached before --timeout
};

inline int exitCodeFor(SourceStatus::Cause cause)
{
    switch (cause) {
    case SourceStatus::Cause::None:
        return ExitOk;
    case SourceStatus::Cause::Unreachable:
        return ExitUnreachable;
    case SourceStatus::Cause::Authentication:
        return ExitAuthentication;
    case SourceStatus::Cause::Permission:
        return ExitPermission;
    case SourceStatus::Cause::Tls:
        return ExitTls;
    case SourceStatus::Cause::Protocol:
    case SourceStatus::Cause::TooLarge:
        return ExitProtocol;
    }
    return ExitFailure;
}
