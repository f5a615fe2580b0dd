#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <optional>

// One message as Nchan sends it over the "ws+meta.nchan" WebSocket subprotocol:
//
//   id: 1795865915:3\ncontent-type: application/json\n\n<payload>
//
// (the content-type line is left out when the publisher sent none). A payload is any bytes:
// Nchan sends a binary frame for application/octet-stream and a text frame otherwise.
//
// Nchan's message id for one channel is "<time>:<tag>": the publish time in seconds and a counter
// that starts at 0 within each second. A multiplexed location (several channel ids in one
// subscription) sends one tag per channel instead, the message's own in brackets:
// "1795865915:[2],0" or "1795865999:-,[0]". Herald keeps ids as stream ids "<time>-<tag>", which
// StreamCursor::compareIds orders as Nchan does; a multiplexed id has no such form.
class NchanFrame {
public:
    QString id;          // as Nchan sent it
    QString contentType; // empty when none was given
    QByteArray payload;

    // Parses one frame. std::nullopt when the header lines are missing or carry no id: not a
    // ws+meta.nchan frame.
    static std::optional<NchanFrame> parse(QByteArrayView frame);

    // "1795865915:3" -> "1795865915-3"; an empty string for a multiplexed or malformed id.
    static QString toStreamId(QStringView nchanId);
    // "1795865915-3" -> "1795865915:3", what Nchan takes as last_event_id; empty when malformed.
    static QString toNchanId(QStringView streamId);
    // The publish time an id (either form) carries, invalid when it carries none.
    static QDateTime timeOf(QStringView id);
    // The two numbers of a single-channel id (either form); std::nullopt when it is not one.
    static std::optional<std::pair<qint64, qint64>> parts(QStringView id);
};
