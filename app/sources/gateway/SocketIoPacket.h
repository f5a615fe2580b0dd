#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

// One Engine.IO v4 packet as it travels in one WebSocket text frame, with the Socket.IO packet
// (protocol v5, as socket.io 3 and 4 speak it) that an Engine.IO message carries:
//
//   0{"sid":..,"pingInterval":..}   open          4<Socket.IO packet>   message
//   1  close    2[data]  ping        3[data]  pong   5  upgrade   6  noop
//
//   Socket.IO: <type>[<attachments>-][/<namespace>,][<ack id>][<JSON>]
//   0 CONNECT [{auth or reply}]   1 DISCONNECT   2 EVENT ["name",args...]   3 ACK [args...]
//   4 CONNECT_ERROR {"message":..} or "text"    5 BINARY_EVENT   6 BINARY_ACK
//
// A pure codec: no I/O, no state. decode() never fails hard: whatever the server sends, the
// result is a packet or Type::Invalid with `error` saying what is wrong. JSON is checked only as
// far as the packet's structure needs; the JSON itself stays raw bytes for whoever reads it.
class SocketIoPacket {
public:
    enum class Type {
        Invalid,
        // Engine.IO
        Open,
        Close,
        Ping,
        Pong,
        Upgrade,
        Noop,
        // Socket.IO, inside an Engine.IO message
        Connect,
        Disconnect,
        Event,
        Ack,
        ConnectError,
        BinaryEvent,
        BinaryAck,
    };

    // The longest acknowledgement id accepted: socket.io counts them from 0 per connection, and
    // 15 digits still fit in a JavaScript number without loss.
    static constexpr int MaxAckIdDigits = 15;

    Type type = Type::Invalid;
    QString nsp = QStringLiteral("/"); // Socket.IO packets
    qint64 ackId = -1;                 // Event, Ack and the binary ones; -1: none
    int attachments = 0;               // BinaryEvent, BinaryAck: binary frames that follow
    // Open: the JSON object; Ping and Pong: the optional data ("probe"); Connect: the JSON object
    // or nothing; ConnectError: the JSON object or string; Event, Ack and the binary ones: the
    // JSON array. Raw bytes, not validated beyond their first character.
    QByteArray data;
    QString error; // Invalid: what is wrong, for a log line

    bool isValid() const { return type != Type::Invalid; }
    bool isSocketIo() const { return type >= Type::Connect; }

    static SocketIoPacket decode(QByteArrayView frame);

    // What the open packet announces.
    struct Handshake {
        QString sid;
        QStringList upgrades;
        int pingIntervalMs = 0;
        int pingTimeoutMs = 0;
        qint64 maxPayload = 0;
    };
    static bool parseHandshake(QByteArrayView json, Handshake* handshake, QString* error);

    // The CONNECT reply: {"sid":"..."} and, with connection-state recovery, "pid".
    struct ConnectReply {
        QString sid;
        QString pid;
    };
    static bool parseConnectReply(QByteArrayView json, ConnectReply* reply, QString* error);

    // An event's array: its name and its arguments, each as raw JSON pointing into `array`
    // (which must outlive the result).
    struct Event {
        QString name;
        QList<QByteArrayView> arguments;
    };
    static bool parseEvent(QByteArrayView array, Event* event, QString* error);
    // The elements of a JSON array as raw JSON, without decoding them. Only the array itself is
    // checked (brackets, strings, commas); the elements' insides are left to their reader, so
    // nesting of any depth costs no stack.
    static bool splitArray(QByteArrayView array, QList<QByteArrayView>* elements, QString* error);
    // What NotificationParser should read of an event argument: a JSON string's text, anything
    // else as the JSON it is.
    static QByteArray payloadOf(QByteArrayView argument);
    // A JSON string's text; a null QString when `json` is not a JSON string.
    static QString stringOf(QByteArrayView json);
    // What a CONNECT_ERROR says: {"message":"..."}'s message, a JSON string's text, or the raw
    // text. Unsanitised: it comes from the server.
    static QString connectErrorMessage(QByteArrayView json);

    static QByteArray encodePong(QByteArrayView data = {});
    // `auth`: a JSON object, or empty for none.
    static QByteArray encodeConnect(const QString& nsp, QByteArrayView auth);
    static QByteArray encodeEvent(const QString& nsp, const QStringList& arguments);
    static QByteArray encodeAck(const QString& nsp, qint64 ackId, QByteArrayView array = "[]");
    static QByteArray encodeDisconnect(const QString& nsp);

private:
    static SocketIoPacket decodeSocketIo(QByteArrayView body);
    static QByteArray namespacePrefix(const QString& nsp);
};
