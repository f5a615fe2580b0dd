#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

// What happened on each connection, in words: connected, subscribed to X, NOPERM on Y,
// reconnecting in N s, TLS error Z. It answers "why do I get nothing?". Bounded per connection.
class ConnectionLog : public QObject {
    Q_OBJECT

public:
    struct Entry {
        QDateTime time;
        QString text;
    };
    static constexpr int MaxEntriesPerConnection = 500;

    explicit ConnectionLog(QObject* parent = nullptr);

    void append(const QString& connection, const QString& text);
    QList<Entry> entries(const QString& connection) const { return m_entries.value(connection); }
    QStringList connections() const { return m_order; }
    QString toText(const QString& connection) const;

signals:
    void appended(const QString& connection, const ConnectionLog::Entry& entry);

private:
    QHash<QString, QList<Entry>> m_entries;
    QStringList m_order;
};
