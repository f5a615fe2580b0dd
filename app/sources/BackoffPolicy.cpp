#include "BackoffPolicy.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
} // namespace

BackoffPolicy::BackoffPolicy()
    : BackoffPolicy(Settings{}, monotonicMs,
                    [] { return QRandomGenerator::global()->generateDouble(); })
{
}

BackoffPolicy::BackoffPolicy(Settings settings, Clock clock, Random random)
    : m_settings(settings)
    , m_clock(std::move(clock))
    , m_random(std::move(random))
{
}

int BackoffPolicy::nextDelayMs()
{
    const double base = std::min<double>(
        m_settings.maxMs, m_settings.initialMs * std::pow(2.0, std::min(m_failures, 30)));
    ++m_failures;
    const double jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
    const double factor = 1.0 - jitter * m_random();
    return std::max(0, static_cast<int>(std::lround(base * factor)));
}

void BackoffPolicy::connected()
{
    m_connectedAt = m_clock();
}

void BackoffPolicy::disconnected()
{
    if (m_connectedAt >= 0 && m_clock() - m_connectedAt >= m_settings.stableAfterMs)
        m_failures = 0;
    m_connectedAt = -1;
}
