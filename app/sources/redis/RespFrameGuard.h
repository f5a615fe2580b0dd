#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

// Watches the RESP2 byte stream before it reaches hiredis's reader and refuses replies that
// would make us allocate without bound.
//
// hiredis 0.14 has no size limit: it buffers a bulk string of any announced length and callocs
// the element vector of an array as soon as it reads the header, so "*2000000000\r\n" from a
// hostile or broken server is a 16 GB allocation. This guard reads only the type bytes and
// length headers (bulk payloads are skipped by count, so the cost per message is a few dozen
// bytes of scanning) and fails when one top-level reply would exceed the byte limit, when an
// array announces more elements than could fit in it, or when nesting is deeper than hiredis
// accepts.
class RespFrameGuard {
public:
    explicit RespFrameGuard(qint64 maxReplyBytes);

    // Scans the next bytes of the stream and returns how many are acceptable: all of them, or
    // fewer when a reply starting in them is unacceptable. The reason is then in error() and stays
    // there (the connection must be dropped); the bytes before it may still be decoded.
    qint64 scan(const char* data, qint64 length);
    const QString& error() const { return m_error; }
    bool exceededLimit() const { return m_exceededLimit; }
    void reset();

    static constexpr int MaxDepth = 7; // hiredis 0.14 refuses deeper nesting itself

private:
    enum class State { Type, Line, Header, Bulk };
    enum class Failure { None, TooLarge, TooManyElements, TooDeep, BadByte, BadLength };

    qint64 scanHeaderBytes(const char* data, qint64 length, qint64 i);
    qint64 scanWholeHeader(const char* begin, const char* end);
    bool headerComplete();
    void elementDone();
    bool fail(Failure failure, qint64 detail = 0);

    qint64 m_maxReplyBytes;
    State m_state = State::Type;
    char m_type = 0;
    qint64 m_number = 0; // the length a $ or * header announces, read digit by digit
    int m_digits = 0;
    bool m_negative = false;
    qint64 m_bulkRemaining = 0;  // payload bytes plus CRLF still to skip
    qint64 m_replyBytes = 0;     // bytes of the current top-level reply so far
    std::vector<qint64> m_stack; // elements still expected at each open array level
    QString m_error;             // built only on failure: the hot path never formats text
    bool m_exceededLimit = false;
};
