#pragma once

#include "notifications/Notification.h"

#include <QList>

// Predictable notifications for storage and model tests: number i has id "id-i", title
// "Title i", body "Body i", and was received i seconds after a fixed instant.
class SampleNotifications {
public:
    static QDateTime base() { return QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC); }

    static Notification one(int i, const QString& channel = QStringLiteral("alerts"))
    {
        Notification n;
        n.id = QStringLiteral("id-%1").arg(i);
        n.source = QStringLiteral("redis://localhost:6379");
        n.channel = channel;
        n.title = QStringLiteral("Title %1").arg(i);
        n.body = QStringLiteral("Body %1").arg(i);
        n.received = base().addSecs(i);
        n.time = n.received;
        return n;
    }

    static QList<Notification> range(int from, int count,
                                     const QString& channel = QStringLiteral("alerts"))
    {
        QList<Notification> list;
        for (int i = from; i < from + count; ++i)
            list << one(i, channel);
        return list;
    }
};
