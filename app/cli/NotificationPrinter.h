#pragma once

#include "notifications/Notification.h"

#include <QByteArray>
#include <QString>

// Writes notifications to standard output, one line each, as JSON objects or readable text.
// JSON has "kind" ("message" or "gap": a span in which messages may have been missed) and
// "stream" ({"key", "id"} for a durable channel's entry, otherwise null).
// Text fields were sanitised by the parser (no control characters), so nothing printed can move
// the terminal's cursor or change its colours.
class NotificationPrinter {
public:
    enum class Format { Text, Json };

    static bool parseFormat(const QString& name, Format* format);

    explicit NotificationPrinter(Format format);
    Format format() const { return m_format; }
    void print(const Notification& notification);
    void flush();

    static QByteArray toJsonLine(const Notification& notification);
    static QByteArray toTextLine(const Notification& notification);
    // "gap: <title>: <body>" on one line, for a gap marker.
    static QString gapText(const Notification& gap);

private:
    Format m_format;
    QByteArray m_buffer;
};
