#include "storage/HistoryRow.h"

#include "storage/HistorySql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral(
    "notifications.id, notifications.source, notifications.notification_id,"
    " notifications.channel, notifications.pattern, notifications.title, notifications.body,"
    " notifications.full_body, notifications.priority, notifications.url, notifications.icon_url,"
    " notifications.tags, notifications.actions, notifications.time_ms,"
    " notifications.received_ms, notifications.raw, notifications.read, notifications.kind,"
    " notifications.stream_key, notifications.stream_id");

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and empty means "none".
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Gap markers are Herald's own notes about missed messages: there is nothing to read, so they
// never count as unread.
bool storedRead(const Notification& n)
{
    return n.read || n.isGap();
}

Notification::Kind kind(const QVariant& value)
{
    return value.toInt() == static_cast<int>(Notification::Kind::Gap) ? Notification::Kind::Gap
                                                                      : Notification::Kind::Message;
}

QVariant msecs(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime dateTime(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Links are stored as SafeUrl::text(), which the parser checked (http, https or mailto), and come
// back as that text without being parsed again.
SafeUrl storedUrl(const QString& text)
{
    return SafeUrl::fromCheckedText(text);
}

QString tagsJson(const QStringList& tags)
{
    if (tags.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QString actionsJson(const QList<NotificationAction>& actions)
{
    if (actions.isEmpty())
        return QStringLiteral("[]");
    QJsonArray array;
    for (const NotificationAction& action : actions)
        array.append(QJsonObject{{QStringLiteral("label"), action.label},
                                 {QStringLiteral("url"), action.url.text()}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString& json)
{
    if (json == QLatin1String("[]"))
        return {};
    QStringList tags;
    for (const QJsonValue& tag : QJsonDocument::fromJson(json.toUtf8()).array())
        tags.append(tag.toString());
    return tags;
}

QList<NotificationAction> actionsFromJson(const QString& json)
{
    if (json == QLatin1String("[]"))
        return {};
    QList<NotificationAction> actions;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        actions.append({object.value(QLatin1String("label")).toString(),
                        storedUrl(object.value(QLatin1String("url")).toString())});
    }
    return actions;
}

} // namespace

const QString& HistoryRow::columns()
{
    return kColumns;
}

QString HistoryRow::insertStatement()
{
    return QStringLiteral("INSERT OR IGNORE INTO notifications (source, notification_id, channel,"
                          " pattern, title, body, full_body, priority, url, icon_url, tags,"
                          " actions, time_ms, received_ms, raw, read, kind, stream_key,"
                          " stream_id) VALUES (%1)")
        .arg(HistorySql::placeholders(19));
}

// Binds one notification to the insert statement. Qt keeps bound values between exec() calls,
// and each bindValue() costs about what SQLite spends inserting the row, so values equal to the
// previous row's (source, channel, tags... repeat within a batch) are not bound again.
void HistoryRow::bind(QSqlQuery& query, const Notification& n, const Notification* previous)
{
    const auto changed = [&n, previous](auto member) {
        return !previous || !(n.*member == previous->*member);
    };
    if (changed(&Notification::source))
        query.bindValue(0, text(n.source));
    if (changed(&Notification::id))
        query.bindValue(1, text(n.id));
    if (changed(&Notification::channel))
        query.bindValue(2, text(n.channel));
    if (changed(&Notification::pattern))
        query.bindValue(3, text(n.pattern));
    if (changed(&Notification::title))
        query.bindValue(4, text(n.title));
    if (changed(&Notification::body))
        query.bindValue(5, text(n.body));
    if (changed(&Notification::fullBody))
        query.bindValue(6, text(n.fullBody));
    if (changed(&Notification::priority))
        query.bindValue(7, n.priority);
    if (changed(&Notification::url))
        query.bindValue(8, text(n.url.text()));
    if (changed(&Notification::iconUrl))
        query.bindValue(9, text(n.iconUrl.toString(QUrl::FullyEncoded)));
    if (changed(&Notification::tags))
        query.bindValue(10, tagsJson(n.tags));
    if (changed(&Notification::actions))
        query.bindValue(11, actionsJson(n.actions));
    if (changed(&Notification::time))
        query.bindValue(12, msecs(n.time));
    if (changed(&Notification::received))
        query.bindValue(13, msecs(n.received));
    if (changed(&Notification::raw))
        query.bindValue(14, n.raw.isNull() ? QByteArray("") : n.raw);
    if (!previous || storedRead(n) != storedRead(*previous))
        query.bindValue(15, storedRead(n) ? 1 : 0);
    if (changed(&Notification::kind))
        query.bindValue(16, static_cast<int>(n.kind));
    if (changed(&Notification::streamKey))
        query.bindValue(17, text(n.streamKey));
    if (changed(&Notification::streamId))
        query.bindValue(18, text(n.streamId));
}

Notification HistoryRow::asStored(const Notification& n, qint64 rowId)
{
    Notification stored = n;
    stored.rowId = rowId;
    stored.read = storedRead(n);
    return stored;
}

Notification HistoryRow::read(const QSqlQuery& query)
{
    Notification n;
    n.rowId = query.value(0).toLongLong();
    n.source = query.value(1).toString();
    n.id = query.value(2).toString();
    n.channel = query.value(3).toString();
    n.pattern = query.value(4).toString();
    n.title = query.value(5).toString();
    n.body = query.value(6).toString();
    n.fullBody = query.value(7).toString();
    n.priority = query.value(8).toInt();
    n.url = storedUrl(query.value(9).toString());
    n.iconUrl = QUrl(query.value(10).toString());
    n.tags = tagsFromJson(query.value(11).toString());
    n.actions = actionsFromJson(query.value(12).toString());
    n.time = dateTime(query.value(13));
    n.received = dateTime(query.value(14));
    n.raw = query.value(15).toByteArray();
    n.read = query.value(16).toBool();
    n.kind = kind(query.value(17));
    n.streamKey = query.value(18).toString();
    n.streamId = query.value(19).toString();
    return n;
}
