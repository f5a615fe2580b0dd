#pragma once

#include "cli/NotificationPrinter.h"
#include "sources/SourceStatus.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

class NetworkMonitor;
class RedisSource;

// herald-cli listen: subscribe and print every notification until --count or --timeout.
class ListenCommand : public QObject {
    Q_OBJECT

public:
    explicit ListenCommand(QObject* parent = nullptr);
    ~ListenCommand() override;

    // Returns -1 when started (the exit code follows through QCoreApplication::exit), or an
    // exit code at once for usage errors.
    int start(const QStringList& arguments);

private:
    void onStatus(const SourceStatus& status);
    void onNotifications(const QList<Notification>& notifications);
    void onDeadline();
    void finish(int code);

    std::unique_ptr<RedisSource> m_source;
    std::unique_ptr<NetworkMonitor> m_network;
    std::unique_ptr<NotificationPrinter> m_printer;
    QTimer m_deadline;
    qint64 m_wanted = -1;
    qint64 m_printed = 0;
    SourceStatus m_lastStatus;
};
