#pragma once

#include <QObject>

// Tells the app when the machine suspends and wakes up, so connections are retried at once on
// waking (instead of waiting out a backoff that grew while asleep) and the errors a suspend
// causes are not shown as alarms. One subclass per platform mechanism; create() picks the one
// that works here.
class SleepMonitor : public QObject {
    Q_OBJECT

public:
    explicit SleepMonitor(QObject* parent = nullptr);
    ~SleepMonitor() override;

    // The backend for this platform: Login1SleepMonitor on Linux with a system bus, otherwise
    // NullSleepMonitor (never reports anything; backoff and NetworkMonitor alone apply).
    static SleepMonitor* create(QObject* parent);

    // A short stable name for logs: "login1" or "none".
    virtual QString backendName() const = 0;

signals:
    // The machine is about to suspend (may come late or not at all if the platform is abrupt).
    void aboutToSleep();
    // The machine has woken up.
    void resumed();
};
