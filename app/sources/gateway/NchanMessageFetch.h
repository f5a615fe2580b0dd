#pragma once

#include "sources/gateway/GatewayEndpoint.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// Fetches the one message after a given id from an Nchan subscriber location over plain HTTP (a
// long-poll request with `last_event_id`), for a message the WebSocket could not carry: one over
// the size limit, or a text frame that is not UTF-8 (Nchan sends a message published as
// text/plain in a text frame whatever its bytes are; QWebSocket then drops the connection).
//
// Nchan answers a long-poll with the message as the body and its id split over two headers:
// Last-Modified (the time) and Etag (the tag). A body over the endpoint's size limit is not read:
// the result says how large it is and carries no payload. Uses the endpoint's proxy, CA file,
// headers and token, as the WebSocket does.
class NchanMessageFetch : public QObject {
    Q_OBJECT

public:
    struct Result {
        bool found = false;    // a message came
        QString id;            // Nchan's "<time>:<tag>"
        QString contentType;   // empty when none was given
        QByteArray payload;    // empty when tooLarge
        bool tooLarge = false; // over the endpoint's maxMessageBytes
        QString error;         // why nothing came, for the log
    };

    explicit NchanMessageFetch(const GatewayEndpoint& endpoint, QObject* parent = nullptr);
    ~NchanMessageFetch() override;

    // `location`: the ws:// or wss:// subscriber URL (any last_event_id in it is replaced).
    // `lastEventId` empty: the location's first message. finished() follows, also on failure.
    void start(const QUrl& location, const QString& lastEventId, int timeoutMs);
    void abort();
    bool isRunning() const { return !m_reply.isNull(); }
    const Result& result() const { return m_result; }

signals:
    void finished();

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    bool isOverLimit() const;

    GatewayEndpoint m_endpoint;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    Result m_result;
};
