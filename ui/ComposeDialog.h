#pragma once

#include "sources/redis/RedisEndpoint.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class RedisPublisher;

// "Send a notification...": the seed's publisher inside the app, through the same code as
// herald-cli publish. The quickest way to test a setup. A channel that is durable in the
// connection's profile is published durably (added to its stream and published in one script),
// so its readers see it even if they were away.
class ComposeDialog : public QDialog {
    Q_OBJECT

public:
    struct Target {
        QString name;
        RedisEndpoint endpoint; // with its password
        QStringList channels;
        QList<DurableChannel> durable; // published through their streams
    };

    explicit ComposeDialog(const QList<Target>& targets, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void send();
    void setBusy(bool busy);
    void report(const QString& text, bool error);
    void refreshChannels();
    const DurableChannel* durableChannel(const QString& channel) const;
    void connectPublisher();

    QList<Target> m_targets;
    QComboBox* m_connection;
    QComboBox* m_channel;
    QLineEdit* m_title;
    QPlainTextEdit* m_body;
    QComboBox* m_priority;
    QLineEdit* m_url;
    QLabel* m_status;
    QPushButton* m_send;
    RedisPublisher* m_publisher = nullptr;
    bool m_statusIsError = false;
};
