#pragma once

#include "notifications/Notification.h"

#include <QByteArray>
#include <QString>

// Writes notifications to standard output, one line each, as JSON objects or readable text.
// Text fields were sanitised by the parser (no control characters), so nothing printed can move
// the terminal's cursor or change its colours.
class NotificationPrinter {
public:
    enum class Format { Text, Json };

    static bool parseFormat(const QString& name, Format* format);

    explicit NotificationPrinter(Format format);
    void print(const Notification& notification);
    void flush();

    static QByteArray toJsonLine(const Notification& notification);
    static QByteArray toTextLine(const Notification& notification);

private:
    Format m_format;
    QByteArray m_buffer;
};
