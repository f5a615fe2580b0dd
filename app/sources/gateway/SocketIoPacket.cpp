#include "SocketIoPacket.h"

#include "notifications/JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>
#include <algorithm>
#include <optional>

namespace {

// Longer than any real ping interval or timeout; keeps their sum far from overflowing an int.
constexpr double MaxIntervalMs = 24.0 * 3600 * 1000;
constexpr int MaxAttachmentDigits = 6;

SocketIoPacket invalid(const QString& why)
{
    SocketIoPacket packet;
    packet.error = why;
    return packet;
}

bool failWith(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// `p` is at an opening quote; returns just past the closing one, or nullptr when there is none.
const char* skipString(const char* p, const char* end)
{
    for (++p; p < end; ++p) {
        if (*p == '\\') {
            if (++p == end)
                return nullptr;
            continue; // the escaped character, a quote perhaps
        }
        if (*p == '"')
            return p + 1;
    }
    return nullptr;
}

// Reads the digits at `*pos` (at most maxDigits of them). Returns -1 when there are none, -2
// when there are too many.
qint64 readNumber(QByteArrayView text, qsizetype* pos, int maxDigits)
{
    qint64 value = 0;
    int digits = 0;
    while (*pos < text.size() && isDigit(text[*pos])) {
        if (++digits > maxDigits)
            return -2;
        value = value * 10 + (text[*pos] - '0');
        ++*pos;
    }
    return digits == 0 ? -1 : value;
}

std::optional<int> intervalMs(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble() || value.toDouble() <= 0)
        return std::nullopt;
    return int(std::min(value.toDouble(), MaxIntervalMs));
}

// Whether a packet's data starts the way its type requires (the JSON is not validated here).
bool dataFits(SocketIoPacket::Type type, QByteArrayView data, qint64 ackId)
{
    using Type = SocketIoPacket::Type;
    const char first = data.isEmpty() ? '\0' : data.front();
    switch (type) {
    case Type::Connect:
        return data.isEmpty() || first == '{';
    case Type::Event:
    case Type::BinaryEvent:
        return first == '[';
    case Type::Ack:
    case Type::BinaryAck:
        return first == '[' && ackId >= 0;
    case Type::ConnectError:
    case Type::Disconnect:
    default:
        return true;
    }
}

} // namespace

SocketIoPacket SocketIoPacket::decode(QByteArrayView frame)
{
    if (frame.isEmpty())
        return invalid(QStringLiteral("an empty frame"));
    const QByteArrayView rest = frame.sliced(1);
    SocketIoPacket packet;
    switch (frame.front()) {
    case '0':
        if (!rest.startsWith('{'))
            return invalid(QStringLiteral("an open packet without its JSON object"));
        packet.type = Type::Open;
        break;
    case '1':
        packet.type = Type::Close;
        return packet;
    case '2':
        packet.type = Type::Ping;
        break;
    case '3':
        packet.type = Type::Pong;
        break;
    case '4':
        return decodeSocketIo(rest);
    case '5':
        packet.type = Type::Upgrade;
        return packet;
    case '6':
        packet.type = Type::Noop;
        return packet;
    default:
        return invalid(QStringLiteral("an unknown Engine.IO packet type '%1'")
                           .arg(QString::fromUtf8(frame.first(1))));
    }
    packet.data = rest.toByteArray();
    return packet;
}

SocketIoPacket SocketIoPacket::decodeSocketIo(QByteArrayView body)
{
    static constexpr Type Types[] = {Type::Connect,  Type::Disconnect,   Type::Event,
                                     Type::Ack,      Type::ConnectError, Type::BinaryEvent,
                                     Type::BinaryAck};
    if (body.isEmpty())
        return invalid(QStringLiteral("an empty Socket.IO packet"));
    if (body.front() < '0' || body.front() > '6')
        return invalid(QStringLiteral("an unknown Socket.IO packet type '%1'")
                           .arg(QString::fromUtf8(body.first(1))));
    SocketIoPacket packet;
    packet.type = Types[body.front() - '0'];
    qsizetype pos = 1;
    if (packet.type == Type::BinaryEvent || packet.type == Type::BinaryAck) {
        const qint64 count = readNumber(body, &pos, MaxAttachmentDigits);
        if (count < 0 || pos >= body.size() || body[pos] != '-')
            return invalid(QStringLiteral("a binary packet without a valid attachment count"));
        packet.attachments = int(count);
        ++pos;
    }
    if (pos < body.size() && body[pos] == '/') {
        const qsizetype comma = body.indexOf(',', pos);
        const qsizetype end = comma < 0 ? body.size() : comma;
        packet.nsp = QString::fromUtf8(body.sliced(pos, end - pos));
        pos = comma < 0 ? end : comma + 1;
    }
    const qint64 id = readNumber(body, &pos, MaxAckIdDigits);
    if (id == -2)
        return invalid(
            QStringLiteral("an acknowledgement id longer than %1 digits").arg(MaxAckIdDigits));
    packet.ackId = id;
    const QByteArrayView data = body.sliced(pos);
    if (!dataFits(packet.type, data, packet.ackId))
        return invalid(QStringLiteral("a Socket.IO packet of type %1 with unexpected data")
                           .arg(QString::fromUtf8(body.first(1))));
    packet.data = data.toByteArray();
    return packet;
}

bool SocketIoPacket::parseHandshake(QByteArrayView json, Handshake* handshake, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (!document.isObject())
        return failWith(error, QStringLiteral("the open packet is not a JSON object"));
    const QJsonObject object = document.object();
    Handshake result;
    result.sid = object.value(QLatin1String("sid")).toString();
    if (result.sid.isEmpty())
        return failWith(error, QStringLiteral("the open packet names no session id"));
    const std::optional<int> interval = intervalMs(object, "pingInterval");
    const std::optional<int> timeout = intervalMs(object, "pingTimeout");
    if (!interval || !timeout)
        return failWith(
            error, QStringLiteral("the open packet has no valid pingInterval and pingTimeout"));
    result.pingIntervalMs = *interval;
    result.pingTimeoutMs = *timeout;
    for (const QJsonValue upgrade : object.value(QLatin1String("upgrades")).toArray())
        result.upgrades.append(upgrade.toString());
    result.maxPayload = qint64(object.value(QLatin1String("maxPayload")).toDouble());
    *handshake = result;
    return true;
}

bool SocketIoPacket::parseConnectReply(QByteArrayView json, ConnectReply* reply, QString* error)
{
    *reply = ConnectReply();
    if (json.isEmpty()) // socket.io 2 answered CONNECT without data
        return true;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
    if (!document.isObject())
        return failWith(error, QStringLiteral("the CONNECT reply is not a JSON object"));
    reply->sid = document.object().value(QLatin1String("sid")).toString();
    reply->pid = document.object().value(QLatin1String("pid")).toString();
    return true;
}

bool SocketIoPacket::splitArray(QByteArrayView array, QList<QByteArrayView>* elements,
                                QString* error)
{
    elements->clear();
    const char* p = array.data();
    const char* const end = p + array.size();
    const auto skipSpace = [&] {
        while (p < end && isSpace(*p))
            ++p;
    };
    skipSpace();
    if (p == end || *p != '[')
        return failWith(error, QStringLiteral("the data is not a JSON array"));
    ++p;
    skipSpace();
    if (p < end && *p == ']') {
        ++p;
        skipSpace();
        return p == end || failWith(error, QStringLiteral("data follows the JSON array"));
    }
    // The closing brackets the open containers expect: on the heap when deep, never recursive.
    QVarLengthArray<char, 32> open;
    while (true) {
        skipSpace();
        const char* const start = p;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                p = skipString(p, end);
                if (!p)
                    return failWith(error, QStringLiteral("a JSON string is not terminated"));
                continue;
            }
            if (c == '[' || c == '{') {
                open.append(c == '[' ? ']' : '}');
            } else if (c == ']' || c == '}') {
                if (open.isEmpty())
                    break;
                if (open.back() != c)
                    return failWith(error, QStringLiteral("the JSON brackets do not match"));
                open.removeLast();
            } else if (c == ',' && open.isEmpty()) {
                break;
            }
            ++p;
        }
        const char* valueEnd = p;
        while (valueEnd > start && isSpace(valueEnd[-1]))
            --valueEnd;
        if (p == end)
            return failWith(error, QStringLiteral("the JSON array is not terminated"));
        if (valueEnd == start)
            return failWith(error, QStringLiteral("the JSON array has an empty element"));
        elements->append(QByteArrayView(start, valueEnd));
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p != ']')
            return failWith(error, QStringLiteral("the JSON brackets do not match"));
        ++p;
        skipSpace();
        return p == end || failWith(error, QStringLiteral("data follows the JSON array"));
    }
}

bool SocketIoPacket::parseEvent(QByteArrayView array, Event* event, QString* error)
{
    QList<QByteArrayView> elements;
    if (!splitArray(array, &elements, error))
        return false;
    if (elements.isEmpty())
        return failWith(error, QStringLiteral("the event has no name"));
    QString name = stringOf(elements.front());
    if (name.isNull()) {
        // socket.io allows numbers as event names too.
        const JsonScanner scanner(elements.front());
        if (!scanner.root().isNumber())
            return failWith(error, QStringLiteral("the event name is not a string"));
        name = QString::fromUtf8(elements.front());
    }
    event->name = name;
    event->arguments = elements.mid(1);
    return true;
}

QByteArray SocketIoPacket::payloadOf(QByteArrayView argument)
{
    // Only strings need decoding; an object goes to NotificationParser as the JSON it is,
    // without a second validation pass here.
    if (argument.startsWith('"')) {
        const QString text = stringOf(argument);
        if (!text.isNull())
            return text.toUtf8();
    }
    return argument.toByteArray();
}

QString SocketIoPacket::stringOf(QByteArrayView json)
{
    if (!json.startsWith('"'))
        return {};
    const JsonScanner scanner(json);
    return scanner.root().isString() ? scanner.root().toString() : QString();
}

QString SocketIoPacket::connectErrorMessage(QByteArrayView json)
{
    if (json.startsWith('{')) {
        const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
        const QJsonValue message = document.object().value(QLatin1String("message"));
        if (message.isString())
            return message.toString();
    }
    const QString text = stringOf(json);
    return text.isNull() ? QString::fromUtf8(json) : text;
}

QByteArray SocketIoPacket::namespacePrefix(const QString& nsp)
{
    if (nsp.isEmpty() || nsp == QLatin1String("/"))
        return {};
    return nsp.toUtf8() + ',';
}

QByteArray SocketIoPacket::encodePong(QByteArrayView data)
{
    return QByteArrayLiteral("3") + data.toByteArray();
}

QByteArray SocketIoPacket::encodeConnect(const QString& nsp, QByteArrayView auth)
{
    return QByteArrayLiteral("40") + namespacePrefix(nsp) + auth.toByteArray();
}

QByteArray SocketIoPacket::encodeEvent(const QString& nsp, const QStringList& arguments)
{
    const QByteArray array =
        QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("42") + namespacePrefix(nsp) + array;
}

QByteArray SocketIoPacket::encodeAck(const QString& nsp, qint64 ackId, QByteArrayView array)
{
    return QByteArrayLiteral("43") + namespacePrefix(nsp) + QByteArray::number(ackId) +
           array.toByteArray();
}

QByteArray SocketIoPacket::encodeDisconnect(const QString& nsp)
{
    return QByteArrayLiteral("41") + namespacePrefix(nsp);
}
