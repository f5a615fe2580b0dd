#include "ConnectionLogDialog.h"

#include "notifications/TimeFormat.h"
#include "sources/ConnectionLog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ConnectionLogDialog::ConnectionLogDialog(ConnectionLog* log, QWidget* parent)
    : QDialog(parent)
    , m_log(log)
    , m_connection(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("connectionLogDialog"));
    setWindowTitle(tr("Connection log"));
    m_connection->setObjectName(QStringLiteral("logConnectionComboBox"));
    m_text->setObjectName(QStringLiteral("connectionLogPlainTextEdit"));
    //: Read aloud for the combo box that chooses whose log is shown
    m_connection->setAccessibleName(tr("Connection"));
    //: Read aloud for the text field with the chosen connection's log
    m_text->setAccessibleName(tr("What happened on this connection"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_connection);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(m_connection, &QComboBox::currentIndexChanged, this,
            &ConnectionLogDialog::showConnection);
    connect(m_log, &ConnectionLog::appended, this, [this](const QString& connection) {
        if (m_connection->findText(connection) < 0)
            refreshConnections();
        else if (connection == m_connection->currentText())
            showConnection();
    });
    refreshConnections();
}

void ConnectionLogDialog::refreshConnections()
{
    const QString current = m_connection->currentText();
    const QSignalBlocker blocker(m_connection);
    m_connection->clear();
    m_connection->addItems(m_log->connections());
    m_connection->setCurrentIndex(qMax(0, m_connection->findText(current)));
    showConnection();
}

void ConnectionLogDialog::showConnection()
{
    // Each line stamped with the date and time as the user's locale writes them.
    QStringList lines;
    for (const ConnectionLog::Entry& entry : m_log->entries(m_connection->currentText()))
        lines << TimeFormat::dateTime(entry.time, TimeFormat::Seconds::Shown) +
                     QStringLiteral("  ") + entry.text;
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    m_text->moveCursor(QTextCursor::End);
}
