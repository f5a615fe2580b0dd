#pragma once

#include <QString>
#include <QTemporaryDir>

// A throwaway PKI made with the openssl command: a CA, a server certificate for localhost and
// 127.0.0.1, one for the wrong name, a second CA nobody trusts, and a client certificate.
class TestCertificates {
public:
    bool generate(QString* error);

    QString dir() const { return m_dir.path(); }
    QString caCert() const { return path("ca.crt"); }
    QString serverCert() const { return path("server.crt"); }
    QString serverKey() const { return path("server.key"); }
    QString wrongNameCert() const { return path("wrongname.crt"); }
    QString wrongNameKey() const { return path("wrongname.key"); }
    QString otherCaCert() const { return path("otherca.crt"); }
    QString clientCert() const { return path("client.crt"); }
    QString clientKey() const { return path("client.key"); }

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    bool openssl(const QStringList& arguments, QString* error) const;
    bool makeCa(const QString& name, QString* error) const;
    bool makeSigned(const QString& name, const QString& subject, const QString& altNames,
                    QString* error) const;

    QTemporaryDir m_dir;
};
