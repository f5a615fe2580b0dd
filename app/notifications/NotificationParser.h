#pragma once

#include "Notification.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Turns one payload into a Notification. Accepts the seed article's JSON.stringify(message)
// objects, the ntfy and Gotify message shapes, common field names, JSON that is not an object and
// plain text; the format is documented in docs/message-format.md.
//
// It never fails: anything it cannot read as a JSON object becomes the body as plain text. It is
// on the ingest hot path (hundreds of thousands of messages a second), so it reads JSON with its
// own non-recursive scanner rather than building a QJsonDocument for every message.
class NotificationParser {
public:
    static constexpr qsizetype MaxTitleChars = 256;
    static constexpr qsizetype MaxBodyChars = 8192;

    struct Context {
        QString source;
        QString channel;
        QString pattern;
        QDateTime received; // UTC; must be valid
        // Used when the payload names no id or time of its own: a stream entry's
        // "<channel>/<entry id>" and the time in it. Empty: an id is made up, and the time is
        // `received`. (The `{}` lets brace-initialised contexts leave them out without
        // -Wmissing-field-initializers.)
        QString defaultId{};
        QDateTime defaultTime{};
    };

    static Notification parse(const QByteArray& payload, const Context& context);
};
