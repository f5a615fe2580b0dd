#include "sources/gateway/NchanMessageFetch.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace {

QUrl httpUrl(const QUrl& location, const QString& lastEventId)
{
    QUrl url = location;
    url.setScheme(location.scheme() == QLatin1String("wss") ? QStringLiteral("https")
                                                            : QStringLiteral("http"));
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("last_event_id"));
    if (!lastEventId.isEmpty())
        query.addQueryItem(QStringLiteral("last_event_id"), lastEventId);
    url.setQuery(query);
    return url;
}

// Nchan's long-poll answer names the message by Last-Modified (its time) and Etag (its tag), or
// by the Etag alone with nchan_subscriber_compound_etag_message_id.
QString messageId(const QNetworkReply& reply)
{
    QByteArray tag = reply.rawHeader("Etag").trimmed();
    if (tag.startsWith("W/"))
        tag.remove(0, 2);
    if (tag.startsWith('"') && tag.endsWith('"') && tag.size() >= 2)
        tag = tag.mid(1, tag.size() - 2);
    if (tag.contains(':'))
        return QString::fromLatin1(tag);
    const QDateTime time = reply.header(QNetworkRequest::LastModifiedHeader).toDateTime();
    bool numeric = false;
    tag.toLongLong(&numeric);
    if (!time.isValid() || !numeric)
        return {};
    return QString::number(time.toSecsSinceEpoch()) + QLatin1Char(':') + QString::fromLatin1(tag);
}

} // namespace

NchanMessageFetch::NchanMessageFetch(const GatewayEndpoint& endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
}

NchanMessageFetch::~NchanMessageFetch()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void NchanMessageFetch::start(const QUrl& location, const QString& lastEventId, int timeoutMs)
{
    abort();
    m_result = {};
    const QUrl url = httpUrl(location, lastEventId);
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    // The same proxy, headers, token and CA as the channel's WebSocket.
    m_network->setProxy(m_endpoint.proxyFor(url));
    QNetworkRequest request = m_endpoint.request(url);
    // A long-poll waits for its message on one plain HTTP/1.1 request.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &NchanMessageFetch::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &NchanMessageFetch::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &NchanMessageFetch::onFinished);
}

void NchanMessageFetch::abort()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

bool NchanMessageFetch::isOverLimit() const
{
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    return announced > m_endpoint.maxMessageBytes ||
           m_reply->bytesAvailable() > m_endpoint.maxMessageBytes;
}

void NchanMessageFetch::onMetaData()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && isOverLimit()) {
        // Not read: knowing its id is enough to step past it.
        m_result.tooLarge = true;
        m_reply->abort(); // finished() follows
    }
}

void NchanMessageFetch::onReadyRead()
{
    if (!m_result.tooLarge && isOverLimit()) {
        m_result.tooLarge = true;
        m_reply->abort();
    }
}

void NchanMessageFetch::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.id = status == 200 ? messageId(*reply) : QString();
    if (m_result.tooLarge) {
        m_result.found = !m_result.id.isEmpty();
    } else if (reply->error() != QNetworkReply::NoError) {
        // Not errorString(): Qt puts the whole URL into it, query (and any token there) included.
        m_result.error =
            QStringLiteral("network error %1, HTTP %2").arg(int(reply->error())).arg(status);
    } else if (status == 200 && !m_result.id.isEmpty()) {
        m_result.found = true;
        m_result.payload = reply->readAll();
        m_result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    } else {
        m_result.error = QStringLiteral("HTTP %1 without a message id").arg(status);
    }
    if (!m_result.found && m_result.error.isEmpty())
        m_result.error = QStringLiteral("no message id in the answer");
    emit finished();
}
