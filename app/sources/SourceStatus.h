#pragma once

#include <QMetaType>
#include <QString>

// What a Source reports about its connection, in words a user can act on.
struct SourceStatus {
    enum class State {
        Idle,         // not started, or stopped
        Connecting,   // first attempt in progress
        Connected,    // authenticated and subscribed to what could be subscribed
        Reconnecting, // lost; the next attempt starts in `retryInMs`
        Error,        // failed; `reason` says why. Retried as well unless stopped.
    };

    // Why a connection failed. Permanent causes will not go away by retrying unchanged settings,
    // so a one-shot command can stop at once instead of waiting for its deadline.
    enum class Cause {
        None,
        Unreachable,    // refused, timed out, host unknown, network down, server closed
        Authentication, // wrong password or user, password required
        Permission,     // ACL forbids a command or channel
        Tls,            // handshake failed, certificate name or authority rejected
        Protocol,       // not a Redis server, malformed reply
        TooLarge,       // one reply exceeded the size limit; the next connection may be fine
    };

    State state = State::Idle;
    Cause cause = Cause::None;
    QString reason;     // human sentence, never contains a password
    int retryInMs = -1; // for Reconnecting and Error: when the next attempt starts

    bool isPermanent() const;
    QString stateName() const;
    // One line for logs and the CLI: "reconnecting in 4 s: Connection refused by ..."
    QString describe() const;

    friend bool operator==(const SourceStatus&, const SourceStatus&) = default;
};

Q_DECLARE_METATYPE(SourceStatus)
