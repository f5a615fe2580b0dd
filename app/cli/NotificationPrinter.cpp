#include "NotificationPrinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cstdio>

namespace {
QJsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue stream(const Notification& n)
{
    if (n.streamId.isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("key"), n.streamKey}, {QStringLiteral("id"), n.streamId}};
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// One line of text per notification: a body's own line breaks are shown, not obeyed.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}
} // namespace

bool NotificationPrinter::parseFormat(const QString& name, Format* format)
{
    if (name == QLatin1String("json"))
        *format = Format::Json;
    else if (name == QLatin1String("text"))
        *format = Format::Text;
    else
        return false;
    return true;
}

NotificationPrinter::NotificationPrinter(Format format)
    : m_format(format)
{
}

QByteArray NotificationPrinter::toJsonLine(const Notification& n)
{
    QJsonObject object{
        {QStringLiteral("kind"), n.isGap() ? QStringLiteral("gap") : QStringLiteral("message")},
        {QStringLiteral("id"), n.id},
        {QStringLiteral("source"), n.source},
        {QStringLiteral("channel"), n.channel},
        {QStringLiteral("pattern"), stringOrNull(n.pattern)},
        {QStringLiteral("title"), n.title},
        {QStringLiteral("body"), n.completeBody()},
        {QStringLiteral("priority"), n.priority},
        {QStringLiteral("url"), stringOrNull(n.url.text())},
        {QStringLiteral("tags"), QJsonArray::fromStringList(n.tags)},
        {QStringLiteral("time"), isoTime(n.time)},
        {QStringLiteral("received"), isoTime(n.received)},
        {QStringLiteral("stream"), stream(n)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QString NotificationPrinter::gapText(const Notification& n)
{
    QString text = QStringLiteral("gap: ") + oneLine(n.title);
    if (!n.body.isEmpty())
        text += QStringLiteral(": ") + oneLine(n.completeBody());
    return text;
}

QByteArray NotificationPrinter::toTextLine(const Notification& n)
{
    const QString time = n.received.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    if (n.isGap())
        return (time + QLatin1Char(' ') + gapText(n)).toUtf8() + '\n';
    QString line = time + QStringLiteral(" [") + n.channel + QStringLiteral("] P") +
                   QString::number(n.priority) + QLatin1Char(' ') + oneLine(n.title);
    if (!n.body.isEmpty())
        line += QStringLiteral(": ") + oneLine(n.completeBody());
    if (!n.url.isEmpty())
        line += QStringLiteral(" <") + n.url.text() + QLatin1Char('>');
    return line.toUtf8() + '\n';
}

void NotificationPrinter::print(const Notification& notification)
{
    m_buffer += m_format == Format::Json ? toJsonLine(notification) : toTextLine(notification);
}

void NotificationPrinter::flush()
{
    if (m_buffer.isEmpty())
        return;
    std::fwrite(m_buffer.constData(), 1, static_cast<size_t>(m_buffer.size()), stdout);
    std::fflush(stdout);
    m_buffer.clear();
}
