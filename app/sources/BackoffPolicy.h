#pragma once

#include <QtGlobal>
#include <functional>

// Jittered exponential backoff for reconnects.
//
// The n-th consecutive failure waits min(max, initial * 2^n) scaled by a random factor in
// [1 - jitter, 1]: many clients that lost the same server do not come back in lock step. A
// connection that stayed up for `stableAfterMs` resets the sequence, so a server that drops us
// once a day is retried quickly, while one that accepts and then drops us at once is not
// hammered. Time and randomness are injected so the policy is testable without waiting.
class BackoffPolicy {
public:
    struct Settings {
        int initialMs = 500;
        int maxMs = 30'000;
        double jitter = 0.2; // 0 = none, 1 = anywhere in [0, delay]
        int stableAfterMs = 10'000;
    };
    using Clock = std::function<qint64()>;  // monotonic milliseconds
    using Random = std::function<double()>; // uniform in [0, 1)

    BackoffPolicy();
    BackoffPolicy(Settings settings, Clock clock, Random random);

    void setSettings(const Settings& settings) { m_settings = settings; }
    const Settings& settings() const { return m_settings; }

    // The delay before the next attempt; counts one more failure.
    int nextDelayMs();
    // The connection is up: remember when, to judge later whether it was stable.
    void connected();
    // The connection was lost: a stable one resets the failure count.
    void disconnected();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    Settings m_settings;
    Clock m_clock;
    Random m_random;
    int m_failures = 0;
    qint64 m_connectedAt = -1;
};
