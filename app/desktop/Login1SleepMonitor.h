#pragma once

#include "desktop/SleepMonitor.h"

#include <QDBusConnection>

// systemd-logind (and elogind): org.freedesktop.login1.Manager emits PrepareForSleep(true) on
// the system bus before a suspend or hibernation and PrepareForSleep(false) after waking.
//
// Only the signal is used, without an inhibitor lock: Herald has nothing to save before sleeping
// (the history is written as notifications arrive), it only needs to know.
class Login1SleepMonitor : public SleepMonitor {
    Q_OBJECT

public:
    static constexpr const char* Service = "org.freedesktop.login1";
    static constexpr const char* Path = "/org/freedesktop/login1";
    static constexpr const char* Interface = "org.freedesktop.login1.Manager";

    // Listens on `bus` (the system bus in the app; a private one in tests).
    explicit Login1SleepMonitor(const QDBusConnection& bus, QObject* parent = nullptr);
    ~Login1SleepMonitor() override;

    QString backendName() const override;
    // False when the match rule could not be added (no bus, or the bus refused it).
    bool isListening() const { return m_listening; }

private slots:
    void onPrepareForSleep(bool sleeping);

private:
    QDBusConnection m_bus;
    bool m_listening = false;
};
