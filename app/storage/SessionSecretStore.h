#pragma once

#include "storage/SecretStore.h"

#include <QHash>

// Keeps secrets in memory for this session only: the fallback when no keychain service answers.
//
// Results are delivered through the event loop like the keychain's, so callers written against
// one store behave the same with the other.
class SessionSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit SessionSecretStore(QObject* parent = nullptr);

    void read(const QString& key) override;
    void write(const QString& key, const QString& secret) override;
    void remove(const QString& key) override;

    bool isPersistent() const override { return false; }
    QString description() const override;

    // Why the keychain could not be used (technical detail for logs and tooltips); may be empty.
    void setUnavailableReason(const QString& reason) { m_unavailableReason = reason; }
    QString unavailableReason() const { return m_unavailableReason; }

private:
    QHash<QString, QString> m_secrets;
    QString m_unavailableReason;
};
