#include "ConnectionLog.h"

ConnectionLog::ConnectionLog(QObject* parent)
    : QObject(parent)
{
}

void ConnectionLog::append(const QString& connection, const QString& text)
{
    QList<Entry>& list = m_entries[connection];
    if (!m_order.contains(connection))
        m_order << connection;
    // Identical consecutive lines (a server refusing every retry) say nothing new.
    if (!list.isEmpty() && list.last().text == text)
        return;
    const Entry entry{QDateTime::currentDateTime(), text};
    list.append(entry);
    if (list.size() > MaxEntriesPerConnection)
        list.removeFirst();
    emit appended(connection, entry);
}

QString ConnectionLog::toText(const QString& connection) const
{
    QStringList lines;
    for (const Entry& entry : m_entries.value(connection))
        lines << entry.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("  ") +
                     entry.text;
    return lines.join(QLatin1Char('\n'));
}
