#include "SessionSecretStore.h"

#include <QMetaObject>

SessionSecretStore::SessionSecretStore(QObject* parent)
    : SecretStore(parent)
{
}

// The value is captured at call time, so a later write does not change what an earlier read
// reports, as with a real keychain that answers in order.
void SessionSecretStore::read(const QString& key)
{
    const QString secret = m_secrets.value(key);
    QMetaObject::invokeMethod(
        this, [this, key, secret] { emit readFinished(key, secret, QString()); },
        Qt::QueuedConnection);
}

void SessionSecretStore::write(const QString& key, const QString& secret)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        this, [this, key] { emit writeFinished(key, QString()); }, Qt::QueuedConnection);
}

void SessionSecretStore::remove(const QString& key)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(
        this, [this, key] { emit removeFinished(key, QString()); }, Qt::QueuedConnection);
}

QString SessionSecretStore::description() const
{
    return tr("No keychain service was found: passwords are kept for this session only and "
              "asked again after a restart.");
}
