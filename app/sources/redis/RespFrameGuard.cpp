#include "RespFrameGuard.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cstring>

namespace {
QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("RespFrameGuard", text);
}
} // namespace

RespFrameGuard::RespFrameGuard(qint64 maxReplyBytes)
    : m_maxReplyBytes(maxReplyBytes)
{
}

void RespFrameGuard::reset()
{
    m_state = State::Type;
    m_number = 0;
    m_digits = 0;
    m_negative = false;
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
        const qint64 before = i;
        switch (m_state) {
        case State::Bulk: {
            // Payload bytes are skipped by count: their size was checked against the limit
            // when the header announced them.
            const qint64 take = std::min(m_bulkRemaining, length - i);
            i += take;
            m_bulkRemaining -= take;
            if (m_bulkRemaining == 0) {
                m_state = State::Type;
                m_replyBytes += take;
                elementDone();
                if (m_replyBytes == 0)
                    replyStart = i;
                continue;
            }
            break;
        }
        case State::Line: {
            const void* end = std::memchr(data + i, '\n', static_cast<size_t>(length - i));
            i = end ? static_cast<const char*>(end) - data + 1 : length;
            if (end) {
                m_state = State::Type;
                m_replyBytes += i - before;
                if (m_replyBytes > m_maxReplyBytes)
                    return fail(Failure::TooLarge) ? length : replyStart;
                elementDone();
                if (m_replyBytes == 0)
                    replyStart = i;
                continue;
            }
            break;
        }
        case State::Type:
        case State::Header:
            i = scanHeaderBytes(data, length, i);
            if (i < 0)
                return replyStart;
            if (m_replyBytes == 0 && m_state == State::Type)
                replyStart = i;
            continue;
        }
        m_replyBytes += i - before;
        if (m_replyBytes > m_maxReplyBytes) {
            fail(Failure::TooLarge);
            return replyStart;
        }
    }
    return length;
}

// Reads a type byte and, for $ and *, the announced length up to its line end. Returns where it
// stopped, or -1 on failure.
qint64 RespFrameGuard::scanHeaderBytes(const char* data, qint64 length, qint64 i)
{
    if (m_state == State::Type) {
        const qint64 whole = scanWholeHeader(data + i, data + length);
        if (whole != 0)
            return whole < 0 ? -1 : i + whole;
    }
    while (i < length) {
        const char c = data[i++];
        if (++m_replyBytes > m_maxReplyBytes)
            return fail(Failure::TooLarge) ? i : -1;
        if (m_state == State::Type) {
            m_type = c;
            if (c == '+' || c == '-' || c == ':') {
                m_state = State::Line;
                return i;
            }
            if (c != '$' && c != '*')
                return fail(Failure::BadByte, static_cast<uchar>(c)) ? i : -1;
            m_state = State::Header;
            m_number = 0;
            m_digits = 0;
            m_negative = false;
            continue;
        }
        if (c >= '0' && c <= '9' && m_digits < 18) {
            m_number = m_number * 10 + (c - '0');
            ++m_digits;
        } else if (c == '-' && m_digits == 0 && !m_negative) {
            m_negative = true;
        } else if (c == '\r') {
            continue;
        } else if (c == '\n' && m_digits > 0) {
            return headerComplete() ? i : -1;
        } else {
            return fail(Failure::BadLength) ? i : -1;
        }
    }
    return i;
}

// The common case, a whole "$123\r\n" or "*3\r\n" line in the piece, read in one pass. Returns
// the bytes it took, -1 on failure, or 0 to let the byte-by-byte reader handle the rest (another
// type, a line split across pieces, or anything unusual).
qint64 RespFrameGuard::scanWholeHeader(const char* begin, const char* end)
{
    const char type = *begin;
    if (type != '$' && type != '*')
        return 0;
    const char* p = begin + 1;
    qint64 number = 0;
    int digits = 0;
    while (p < end && *p >= '0' && *p <= '9' && digits < 18) {
        number = number * 10 + (*p++ - '0');
        ++digits;
    }
    if (digits == 0 || end - p < 2 || p[0] != '\r' || p[1] != '\n')
        return 0;
    const qint64 taken = p + 2 - begin;
    m_replyBytes += taken;
    if (m_replyBytes > m_maxReplyBytes)
        return fail(Failure::TooLarge) ? taken : -1;
    m_type = type;
    m_number = number;
    m_negative = false;
    return headerComplete() ? taken : -1;
}

bool RespFrameGuard::headerComplete()
{
    const qint64 n = m_negative ? -m_number : m_number;
    m_state = State::Type;
    if (n < 0 || (m_type == '*' && n == 0)) {
        elementDone(); // nil bulk, nil or empty array
        return true;
    }
    if (m_type == '$') {
        if (n > m_maxReplyBytes - m_replyBytes)
            return fail(Failure::TooLarge, n);
        m_bulkRemaining = n + 2;
        m_state = State::Bulk;
        return true;
    }
    // Every element takes at least three bytes ("+\r\n"), so a count that cannot fit in the
    // limit is refused before hiredis allocates a vector for it.
    if (n > (m_maxReplyBytes - m_replyBytes) / 3)
        return fail(Failure::TooManyElements, n);
    if (static_cast<int>(m_stack.size()) >= MaxDepth)
        return fail(Failure::TooDeep);
    m_stack.push_back(n);
    return true;
}

void RespFrameGuard::elementDone()
{
    while (!m_stack.empty()) {
        if (--m_stack.back() > 0)
            return;
        m_stack.pop_back();
    }
    m_replyBytes = 0; // a top-level reply is complete
}

bool RespFrameGuard::fail(Failure failure, qint64 detail)
{
    switch (failure) {
    case Failure::None:
        return true;
    case Failure::TooLarge:
        m_exceededLimit = true;
        m_error = detail > 0
                      ? tr("The server announced a reply of %1, more than the %2 limit; "
                           "connection dropped")
                            .arg(size(detail), size(m_maxReplyBytes))
                      : tr("The server sent a reply larger than the %1 limit; connection dropped")
                            .arg(size(m_maxReplyBytes));
        break;
    case Failure::TooManyElements:
        m_exceededLimit = true;
        m_error = tr("The server announced a reply of %1 elements, more than fit in the %2 "
                     "limit; connection dropped")
                      .arg(detail)
                      .arg(size(m_maxReplyBytes));
        break;
    case Failure::TooDeep:
        m_error = tr("Protocol error: a reply is nested deeper than %1 levels").arg(MaxDepth);
        break;
    case Failure::BadByte:
        m_error = tr("Protocol error: unexpected byte 0x%1 where a reply should start (is this "
                     "a Redis server?)")
                      .arg(detail, 2, 16, QLatin1Char('0'));
        break;
    case Failure::BadLength:
        m_error = tr("Protocol error: malformed length in a reply");
        break;
    }
    return false;
}
