#pragma once

#include <QObject>

// Tells sources when the network comes back, so a laptop that wakes up or rejoins Wi-Fi
// reconnects at once instead of waiting out its backoff. Uses QNetworkInformation where the
// platform has a backend (NetworkManager on Linux, Network List Manager on Windows, the
// SystemConfiguration framework on macOS); without one it stays silent and backoff alone applies.
class NetworkMonitor : public QObject {
    Q_OBJECT

public:
    explicit NetworkMonitor(QObject* parent = nullptr);

    bool isAvailable() const { return m_available; }

signals:
    // The network went from unreachable to reachable.
    void online();

private:
    bool m_available = false;
    bool m_wasOffline = false;
};
