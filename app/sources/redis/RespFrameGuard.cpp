#include "RespFrameGuard.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {
QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
} // namespace

RespFrameGuard::RespFrameGuard(qint64 maxReplyBytes)
    : m_maxReplyBytes(maxReplyBytes)
{
}

void RespFrameGuard::reset()
{
    m_state = State::Type;
    m_header.clear();
    m_bulkRemaining = 0;
    m_replyBytes = 0;
    m_stack.clear();
    m_error.clear();
    m_exceededLimit = false;
}

qint64 RespFrameGuard::scan(const char* data, qint64 length)
{
    if (!m_error.isEmpty())
        return 0;
    qint64 replyStart = 0; // where the reply being scanned began in this piece
    qint64 i = 0;
    while (i < length) {
        if (m_state == State::Bulk) {
            // Payload bytes are skipped by count: their size was checked against the limit
            // when the header announced them.
            const qint64 take = std::min(m_bulkRemaining, length - i);
            i += take;
            m_bulkRemaining -= take;
            m_replyBytes += take;
            if (m_bulkRemaining == 0) {
                m_state = State::Type;
                elementDone();
                if (m_replyBytes == 0)
                    replyStart = i;
            }
            continue;
        }
        if (++m_replyBytes > m_maxReplyBytes) {
            m_exceededLimit = true;
            fail(QCoreApplication::translate(
                            "RespFrameGuard",
                            "The server sent a reply larger than the %1 limit; connection dropped")
                            .arg(size(m_maxReplyBytes)));
            return replyStart;
        }
        if (!scanByte(data[i++]))
            return replyStart;
        if (m_replyBytes == 0)
            replyStart = i;
    }
    return length;
}

bool RespFrameGuard::scanByte(char c)
{
    switch (m_state) {
    case State::Type:
        m_type = c;
        if (c == '+' || c == '-' || c == ':') {
            m_state = State::Line;
        } else if (c == '$' || c == '*') {
            m_header.clear();
            m_state = State::Header;
        } else {
            return fail(QCoreApplication::translate(
                "RespFrameGuard", "Protocol error: unexpected byte 0x%1 where a reply should start "
                                  "(is this a Redis server?)")
                            .arg(static_cast<uchar>(c), 2, 16, QLatin1Char('0')));
        }
        return true;
    case State::Line:
        if (c == '\n') {
            m_state = State::Type;
            return elementDone();
        }
        return true;
    case State::Header:
        if (c == '\n')
            return headerComplete();
        if (c == '\r')
            return true;
        if (((c >= '0' && c <= '9') || (c == '-' && m_header.isEmpty())) && m_header.size() < 19) {
            m_header.append(c);
            return true;
        }
        return fail(QCoreApplication::translate("RespFrameGuard",
                                                "Protocol error: malformed length in a reply"));
    case State::Bulk:
        break;
    }
    return true;
}

bool RespFrameGuard::headerComplete()
{
    bool ok = false;
    const qint64 n = m_header.toLongLong(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("RespFrameGuard",
                                                "Protocol error: malformed length in a reply"));
    m_state = State::Type;
    if (n < 0 || (m_type == '*' && n == 0))
        return elementDone(); // nil bulk, nil or empty array
    const QString tooLarge = QCoreApplication::translate(
        "RespFrameGuard", "The server announced a reply of %1, more than the %2 limit; "
                          "connection dropped");
    if (m_type == '$') {
        m_exceededLimit = n > m_maxReplyBytes - m_replyBytes;
        if (m_exceededLimit)
            return fail(tooLarge.arg(size(n), size(m_maxReplyBytes)));
        m_bulkRemaining = n + 2;
        m_state = State::Bulk;
        return true;
    }
    // Every element takes at least three bytes ("+\r\n"), so a count that cannot fit in the
    // limit is refused before hiredis allocates a vector for it.
    m_exceededLimit = n > (m_maxReplyBytes - m_replyBytes) / 3;
    if (m_exceededLimit)
        return fail(tooLarge.arg(QCoreApplication::translate("RespFrameGuard", "%1 elements")
                                     .arg(n),
                                 size(m_maxReplyBytes)));
    if (static_cast<int>(m_stack.size()) >= MaxDepth)
        return fail(QCoreApplication::translate(
            "RespFrameGuard", "Protocol error: a reply is nested deeper than %1 levels")
                        .arg(MaxDepth));
    m_stack.push_back(n);
    return true;
}

bool RespFrameGuard::elementDone()
{
    while (!m_stack.empty()) {
        if (--m_stack.back() > 0)
            return true;
        m_stack.pop_back();
    }
    m_replyBytes = 0; // a top-level reply is complete
    return true;
}

bool RespFrameGuard::fail(const QString& reason)
{
    m_error = reason;
    return false;
}
