#pragma once

#include <QDialog>

class ConnectionLog;
class QComboBox;
class QPlainTextEdit;

// "Why do I get nothing?": what happened on each connection, newest at the bottom, live.
class ConnectionLogDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectionLogDialog(ConnectionLog* log, QWidget* parent = nullptr);

private:
    void refreshConnections();
    void showConnection();

    ConnectionLog* m_log;
    QComboBox* m_connection;
    QPlainTextEdit* m_text;
};
