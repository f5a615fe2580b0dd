#include "RedisErrorText.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RedisErrorText", text);
}

// Redis replies are untrusted text too: keep them short and on one line.
QString serverText(const QByteArray& reply)
{
    QString text = QString::fromUtf8(reply.left(300)).simplified();
    return text;
}

bool isUntrustedAuthority(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}
} // namespace

RedisErrorText::Explained RedisErrorText::socketError(QAbstractSocket::SocketError error,
                                                      const QString& qtText,
                                                      const RedisEndpoint& endpoint,
                                                      bool tlsHandshakeDone)
{
    using Cause = SourceStatus::Cause;
    const QString where = endpoint.hostAndPort();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return {Cause::Unreachable,
                tr("Connection refused by %1 (is Redis running and listening there?)").arg(where)};
    case QAbstractSocket::HostNotFoundError:
        return {Cause::Unreachable,
                tr("Cannot resolve the host name \"%1\" (DNS lookup failed)").arg(endpoint.host)};
    case QAbstractSocket::SocketTimeoutError:
        return {Cause::Unreachable, tr("Timed out connecting to %1").arg(where)};
    case QAbstractSocket::RemoteHostClosedError:
        if (endpoint.tls && !tlsHandshakeDone)
            return {Cause::Tls, tr("%1 closed the connection during the TLS handshake (is TLS "
                                   "enabled on that port, and does it require a client "
                                   "certificate?)")
                                    .arg(where)};
        return {Cause::Unreachable, tr("%1 closed the connection").arg(where)};
    case QAbstractSocket::NetworkError:
        return {Cause::Unreachable, tr("Network error reaching %1: %2").arg(where, qtText)};
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return {Cause::Tls, tr("TLS handshake with %1 failed: %2").arg(where, qtText)};
    default:
        return {Cause::Unreachable, tr("Connection to %1 failed: %2").arg(where, qtText)};
    }
}

QString RedisErrorText::sslErrors(const QList<QSslError>& errors, const RedisEndpoint& endpoint)
{
    for (const QSslError& error : errors) {
        if (error.error() == QSslError::HostNameMismatch) {
            QStringList names = error.certificate().subjectAlternativeNames().values();
            names += error.certificate().subjectInfo(QSslCertificate::CommonName);
            names.removeDuplicates();
            return tr("TLS: the server's certificate is for %1, not for \"%2\"")
                .arg(names.join(QStringLiteral(", ")), endpoint.host);
        }
    }
    for (const QSslError& error : errors) {
        if (isUntrustedAuthority(error.error()))
            return tr("TLS: the server's certificate is not signed by a trusted certificate "
                      "authority (give its CA file with --cacert): %1")
                .arg(error.errorString());
        if (error.error() == QSslError::CertificateExpired)
            return tr("TLS: the server's certificate expired on %1")
                .arg(error.certificate().expiryDate().toString(Qt::ISODate));
    }
    return errors.isEmpty() ? tr("TLS: the handshake failed")
                            : tr("TLS: %1").arg(errors.first().errorString());
}

RedisErrorText::Explained RedisErrorText::handshakeError(const QByteArray& command,
                                                         const QByteArray& errorReply,
                                                         const RedisEndpoint& endpoint)
{
    using Cause = SourceStatus::Cause;
    const QString where = endpoint.displayName();
    if (errorReply.startsWith("WRONGPASS") || errorReply.startsWith("ERR invalid password"))
        return {
            Cause::Authentication,
            endpoint.username.isEmpty()
                ? tr("Wrong password for %1").arg(where)
                : tr("Wrong user name or password for %1 (or the user is disabled)").arg(where)};
    if (errorReply.startsWith("NOAUTH"))
        return {Cause::Authentication,
                tr("%1 requires a password (give it in the URL, --password-file or "
                   "HERALD_PASSWORD)")
                    .arg(where)};
    if (command == "AUTH" && errorReply.contains("without any password configured"))
        return {Cause::Authentication,
                tr("A password was given, but %1 has no password set").arg(where)};
    // A restarting server answers LOADING until its data is back, and BUSY while a script
    // runs: both pass, so they are retried like an unreachable server, not reported as broken.
    if (errorReply.startsWith("LOADING"))
        return {Cause::Unreachable, tr("%1 is loading its data after a restart").arg(where)};
    if (errorReply.startsWith("BUSY"))
        return {Cause::Unreachable, tr("%1 is busy running a script").arg(where)};
    if (errorReply.startsWith("NOPERM"))
        return {Cause::Permission,
                tr("The ACL user of %1 may not run %2: %3")
                    .arg(where, QString::fromLatin1(command), serverText(errorReply))};
    return {
        Cause::Protocol,
        tr("%1 refused %2: %3").arg(where, QString::fromLatin1(command), serverText(errorReply))};
}

QString RedisErrorText::subscribeError(const QString& channelOrPattern, bool isPattern,
                                       const QByteArray& errorReply, const RedisEndpoint& endpoint)
{
    if (errorReply.startsWith("NOPERM")) {
        const QString user =
            endpoint.username.isEmpty() ? QStringLiteral("default") : endpoint.username;
        return isPattern ? tr("No permission to subscribe to the pattern \"%1\": ACL user \"%2\" "
                              "lacks the channel permission &%1")
                               .arg(channelOrPattern, user)
                         : tr("No permission to subscribe to \"%1\": ACL user \"%2\" lacks the "
                              "channel permission &%1")
                               .arg(channelOrPattern, user);
    }
    return tr("Subscribing to \"%1\" failed: %2").arg(channelOrPattern, serverText(errorReply));
}
