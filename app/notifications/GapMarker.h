#pragma once

#include "notifications/Notification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The notes Herald writes into the history where messages may be missing (Notification::Kind::
// Gap): stored read, never popped up, worded by Herald rather than by a publisher.
class GapMarker {
    Q_DECLARE_TR_FUNCTIONS(GapMarker)

public:
    // A Pub/Sub connection was down from `from` to `to`: whatever was published on `channels`
    // (names or patterns) meanwhile never reached Herald. Times are shown in local time, with
    // the date when the span is not all on the day of `now`.
    static Notification disconnection(const QString& source, const QDateTime& from,
                                      const QDateTime& to, const QStringList& channels,
                                      const QDateTime& now = QDateTime::currentDateTime());
    // Entries of `streamKey` after `afterId` and before `firstKeptId` were trimmed (MAXLEN)
    // before Herald read them. `lostCount` is how many, or -1 when unknown. `afterId` "0-0" means
    // Herald had read nothing of the stream yet.
    static Notification trimmed(const QString& source, const QString& channel,
                                const QString& streamKey, const QString& afterId,
                                const QString& firstKeptId, qint64 lostCount,
                                const QDateTime& now = QDateTime::currentDateTime());
    // `streamKey` was deleted, or deleted and created again, after Herald had read it up to
    // `afterId`: what the old stream held after that is gone, and how much is not known. No
    // streamId: the reader reads the stream again from its beginning. Its time is `now`.
    static Notification streamReset(const QString& source, const QString& channel,
                                    const QString& streamKey, const QString& afterId,
                                    const QDateTime& now = QDateTime::currentDateTime());
    // The entry `entryId` of `streamKey` was larger than `limitBytes` (the endpoint's reply
    // limit), so it was skipped without being loaded; it is still in the stream. Unlike the
    // other markers this one carries the entry's id as streamId: storing it moves the stream's
    // cursor past the entry. Its id is the same each time that entry is met ("gap-oversized:
    // <key>:<entryId>"), so meeting it again after a reconnect stores nothing twice. Its time is
    // the entry's (an id made by XADD *), otherwise `now`.
    static Notification oversized(const QString& source, const QString& channel,
                                  const QString& streamKey, const QString& entryId,
                                  qint64 limitBytes,
                                  const QDateTime& now = QDateTime::currentDateTime());

private:
    static Notification marker(const QString& source, const QDateTime& at);
};
