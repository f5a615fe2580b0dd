#pragma once

#include "notifications/Notification.h"

#include <QList>
#include <QSignalSpy>
#include <QVariant>

// Everything a Source::notificationsReceived spy caught, in order: sources emit batches, tests
// mostly care about the notifications.
inline QList<Notification> collect(const QSignalSpy& spy)
{
    QList<Notification> all;
    for (const QList<QVariant>& call : spy)
        all += call.at(0).value<QList<Notification>>();
    return all;
}

inline qsizetype countIn(const QSignalSpy& spy)
{
    return collect(spy).size();
}
