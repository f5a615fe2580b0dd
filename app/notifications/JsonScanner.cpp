#include "JsonScanner.h"

#include <QStringDecoder>
#include <array>
#include <bit>
#include <charconv>
#include <cstring>
#include <string_view>
#include <system_error>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

using Byte = unsigned char;

Byte byteAt(const char* p)
{
    return static_cast<Byte>(*p);
}

// The bytes that end a run of ordinary string content: the quote, the backslash and the control
// characters RFC 8259 forbids unescaped. A table keeps the inner loop to one load and one branch.
constexpr std::array<bool, 256> makeStringStops()
{
    std::array<bool, 256> stops{};
    for (std::size_t c = 0; c < 0x20; ++c)
        stops[c] = true;
    stops['"'] = true;
    stops['\\'] = true;
    return stops;
}
constexpr std::array<bool, 256> StringStops = makeStringStops();

bool isWhitespace(Byte c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}
bool isDigit(Byte c)
{
    return c >= '0' && c <= '9';
}

int hexValue(Byte c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits already validated.
char16_t hex4(const char* p)
{
    int value = 0;
    for (int i = 0; i < 4; ++i)
        value = value * 16 + hexValue(byteAt(p + i));
    return static_cast<char16_t>(value);
}

// Compact JSON has no whitespace at all, so the first test is the one that usually decides.
const char* skipWhitespace(const char* p, const char* end)
{
    while (p < end && byteAt(p) <= ' ' && isWhitespace(byteAt(p)))
        ++p;
    return p;
}

void skipDigits(const char*& p, const char* end)
{
    while (p < end && isDigit(byteAt(p)))
        ++p;
}

// The escapes other than \uXXXX, and the characters they stand for.
constexpr std::string_view SimpleEscapes = "\"\\/bfnrt";
constexpr char16_t SimpleEscapeMeanings[] = {u'"', u'\\', u'/', u'\b', u'\f', u'\n', u'\r', u'\t'};

// Value's flags, which it keeps private.
constexpr quint8 EscapesFlag = 1;
constexpr quint8 NotPrintableFlag = 2;

// The first byte in [p, end) that is a quote, a backslash or a control character. `highBits`
// collects which of the bytes passed over are DEL or above, to tell printable ASCII strings (which
// then need no sanitizing) from the rest almost for free.
// Strings are most of a message's bytes, hence SSE2 (part of every x86-64) 16 bytes at a time.
Q_ALWAYS_INLINE const char* findStringStop(const char* p, const char* end, int& highBits)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i lastControl = _mm_set1_epi8(0x1F);
    const __m128i del = _mm_set1_epi8(0x7F);
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i isControl = _mm_cmpeq_epi8(_mm_min_epu8(bytes, lastControl), bytes);
        const __m128i stops = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
            isControl);
        const unsigned stopMask = unsigned(_mm_movemask_epi8(stops));
        const __m128i isHigh = _mm_cmpeq_epi8(_mm_max_epu8(bytes, del), bytes);
        const unsigned high = unsigned(_mm_movemask_epi8(isHigh));
        if (stopMask != 0) {
            const int first = std::countr_zero(stopMask);
            highBits |= int(high & ((1u << first) - 1));
            return p + first;
        }
        highBits |= int(high);
        p += 16;
    }
#endif
    while (p < end && !StringStops[byteAt(p)]) {
        highBits |= byteAt(p) >= 0x7F ? 1 : 0;
        ++p;
    }
    return p;
}

// The validating scanners below take `p` by reference and leave it where they stopped, so a
// failure can report its offset.

// p is at the opening quote; on success it ends just past the closing quote, and `flags` says
// whether the string has escapes or non-ASCII bytes.
Q_ALWAYS_INLINE bool scanString(const char*& p, const char* end, quint8& flags)
{
    ++p;
    flags = 0;
    int highBits = 0;
    for (;;) {
        p = findStringStop(p, end, highBits);
        if (p == end)
            return false;
        const Byte c = byteAt(p);
        if (c == '"') {
            ++p;
            if (highBits != 0)
                flags |= NotPrintableFlag;
            return true;
        }
        if (c != '\\' || end - p < 2)
            return false; // an unescaped control character, or a backslash at the very end
        flags |= EscapesFlag;
        if (p[1] != 'u') {
            if (SimpleEscapes.find(p[1]) == std::string_view::npos)
                return false;
            p += 2;
            continue;
        }
        if (end - p < 6)
            return false;
        for (int i = 2; i < 6; ++i) {
            if (hexValue(byteAt(p + i)) < 0)
                return false;
        }
        p += 6;
    }
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool scanNumber(const char*& p, const char* end)
{
    if (*p == '-')
        ++p;
    if (p == end || !isDigit(byteAt(p)))
        return false;
    if (*p == '0')
        ++p;
    else
        skipDigits(p, end);
    if (p < end && *p == '.') {
        ++p;
        if (p == end || !isDigit(byteAt(p)))
            return false;
        skipDigits(p, end);
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (p == end || !isDigit(byteAt(p)))
            return false;
        skipDigits(p, end);
    }
    return true;
}

bool scanLiteral(const char*& p, const char* end, QByteArrayView word)
{
    if (end - p < word.size() || std::memcmp(p, word.data(), std::size_t(word.size())) != 0)
        return false;
    p += word.size();
    return true;
}

// A string, literal or number; `flags` as for scanString.
Q_ALWAYS_INLINE bool scanScalar(const char*& p, const char* end, quint8& flags)
{
    switch (*p) {
    case '"':
        return scanString(p, end, flags);
    case 't':
        return scanLiteral(p, end, "true");
    case 'f':
        return scanLiteral(p, end, "false");
    case 'n':
        return scanLiteral(p, end, "null");
    default:
        return (*p == '-' || isDigit(byteAt(p))) && scanNumber(p, end);
    }
}

JsonScanner::Type typeOfFirstByte(char c)
{
    switch (c) {
    case '{':
        return JsonScanner::Type::Object;
    case '[':
        return JsonScanner::Type::Array;
    case '"':
        return JsonScanner::Type::String;
    case 't':
        return JsonScanner::Type::True;
    case 'f':
        return JsonScanner::Type::False;
    case 'n':
        return JsonScanner::Type::Null;
    default:
        return JsonScanner::Type::Number;
    }
}

bool isNumberByte(Byte c)
{
    return isDigit(c) || c == '-' || c == '+' || c == '.' || (c | 0x20) == 'e';
}

// Decoding writes into a QString sized for the worst case: every source byte yields at most one
// UTF-16 unit (an escape is 2 to 6 bytes for one unit, a surrogate pair 12 bytes for two, UTF-8
// is at least one byte per unit), so nothing reallocates.

// p is at a backslash of a validated escape.
const char* decodeEscape(const char* p, const char* end, QChar*& out)
{
    if (p[1] != 'u') {
        *out++ = QChar(SimpleEscapeMeanings[SimpleEscapes.find(p[1])]);
        return p + 2;
    }
    const char16_t unit = hex4(p + 2);
    p += 6;
    if (QChar::isHighSurrogate(unit) && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
        const char16_t low = hex4(p + 2);
        if (QChar::isLowSurrogate(low)) {
            *out++ = QChar(unit);
            *out++ = QChar(low);
            return p + 6;
        }
    }
    // A surrogate that is not half of a pair encodes nothing; say so instead of passing on a
    // QString that is not well-formed UTF-16.
    *out++ = QChar::isSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : QChar(unit);
    return p;
}

QStringDecoder utf8Decoder()
{
    // Stateless: a sequence cut short by an escape becomes U+FFFD rather than waiting for bytes
    // that never come. ConvertInitialBom: a U+FEFF inside a string is content, not a marker.
    return QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                    QStringDecoder::Flag::ConvertInitialBom);
}

QString decodeUtf8(const char* p, const char* end)
{
    QString out(end - p, Qt::Uninitialized);
    QStringDecoder decoder = utf8Decoder();
    const QChar* last = decoder.appendToBuffer(out.data(), QByteArrayView(p, end));
    out.truncate(last - out.constData());
    return out;
}

QString decodeEscaped(const char* p, const char* end)
{
    QString out(end - p, Qt::Uninitialized);
    QChar* o = out.data();
    QStringDecoder decoder = utf8Decoder();
    while (p < end) {
        const Byte c = byteAt(p);
        if (c == '\\') {
            p = decodeEscape(p, end, o);
        } else if (c < 0x80) {
            *o++ = QChar(char16_t(c));
            ++p;
        } else {
            const char* runEnd = p + 1;
            while (runEnd < end && *runEnd != '\\')
                ++runEnd;
            o = decoder.appendToBuffer(o, QByteArrayView(p, runEnd));
            p = runEnd;
        }
    }
    out.truncate(o - out.constData());
    return out;
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView document)
{
    validate(document.data(), document.data() + document.size());
}

void JsonScanner::fail(Error error, const char* at, const char* begin)
{
    m_error = error;
    m_errorOffset = at - begin;
    m_root = Value();
    m_members.clear();
    m_afterRecorded = nullptr;
}

void JsonScanner::validate(const char* begin, const char* end)
{
    static_assert(EscapesFlag == Value::HasEscapes && NotPrintableFlag == Value::NotPrintableAscii);
    const char* p = begin;
    if (end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    p = ::skipWhitespace(p, end);
    if (p == end)
        return fail(Error::Empty, p, begin);

    const char* const rootBegin = p;
    quint8 flags = 0;
    Error error = Error::None;
    if (*p == '{')
        error = scanRootObject(p, end);
    else if (*p == '[')
        error = scanContainer(p, end, 0);
    else if (!scanScalar(p, end, flags))
        error = Error::Syntax;
    const char* const rootEnd = p;
    if (error == Error::None && (p = ::skipWhitespace(p, end)) != end)
        error = Error::Syntax; // something after the value
    if (error != Error::None)
        return fail(error, p, begin);
    const Type type = typeOfFirstByte(*rootBegin);
    m_root = Value(rootBegin, rootEnd, type, type == Type::String ? flags : 0);
}

// The top-level object is what every message is, so it has its own loop: member after member,
// recorded on the way, with only nested containers handed to scanContainer.
JsonScanner::Error JsonScanner::scanRootObject(const char*& p, const char* end)
{
    m_afterRecorded = p + 1;
    p = ::skipWhitespace(p + 1, end);
    if (p < end && *p == '}') {
        ++p;
        return Error::None;
    }
    for (;;) {
        const char* const keyBegin = p;
        quint8 flags = 0;
        if (p == end || *p != '"' || !scanString(p, end, flags))
            return Error::Syntax;
        const Value key(keyBegin, p, Type::String, flags);
        p = ::skipWhitespace(p, end);
        if (p == end || *p != ':')
            return Error::Syntax;
        p = ::skipWhitespace(p + 1, end);
        const char* const valueBegin = p;
        if (p < end && (*p == '{' || *p == '[')) {
            if (const Error error = scanContainer(p, end, 1); error != Error::None)
                return error;
        } else if (p == end || !scanScalar(p, end, flags)) {
            return Error::Syntax;
        }
        record(key, valueBegin, p, flags);
        p = ::skipWhitespace(p, end);
        if (p < end && *p == '}') {
            ++p;
            return Error::None;
        }
        if (p == end || *p != ',')
            return Error::Syntax;
        p = ::skipWhitespace(p + 1, end);
    }
}

// The object or array at p with everything inside it, `depth` containers being open around it.
// One loop and a bit stack instead of recursion, so a hostile document cannot exhaust the call
// stack: bit i of `objects` is set when the container opened i levels below `depth` is an object.
JsonScanner::Error JsonScanner::scanContainer(const char*& p, const char* end, int depth)
{
    const int base = depth;
    quint64 objects = 0;
    quint8 flags = 0;
    enum class Expect { AnyValue, Key, AfterValue } expect = Expect::AnyValue;
    for (;;) {
        switch (expect) {
        case Expect::AnyValue: {
            if (p == end)
                return Error::Syntax;
            if (*p != '{' && *p != '[') {
                if (!scanScalar(p, end, flags))
                    return Error::Syntax;
                expect = Expect::AfterValue;
                break;
            }
            if (depth == MaxDepth)
                return Error::TooDeep;
            const bool object = *p == '{';
            const quint64 bit = quint64{1} << (depth - base);
            objects = object ? objects | bit : objects & ~bit;
            ++depth;
            p = ::skipWhitespace(p + 1, end);
            if (p < end && *p == (object ? '}' : ']')) {
                ++p;
                --depth;
                expect = Expect::AfterValue;
            } else {
                expect = object ? Expect::Key : Expect::AnyValue;
            }
            break;
        }
        case Expect::Key:
            if (p == end || *p != '"' || !scanString(p, end, flags))
                return Error::Syntax;
            p = ::skipWhitespace(p, end);
            if (p == end || *p != ':')
                return Error::Syntax;
            p = ::skipWhitespace(p + 1, end);
            expect = Expect::AnyValue;
            break;
        case Expect::AfterValue: {
            if (depth == base)
                return Error::None;
            const bool inObject = (objects >> (depth - 1 - base)) & 1;
            p = ::skipWhitespace(p, end);
            if (p == end)
                return Error::Syntax;
            if (*p == ',') {
                p = ::skipWhitespace(p + 1, end);
                expect = inObject ? Expect::Key : Expect::AnyValue;
            } else if (*p == (inObject ? '}' : ']')) {
                ++p;
                --depth;
            } else {
                return Error::Syntax;
            }
            break;
        }
        }
    }
}

void JsonScanner::record(const Value& key, const char* valueBegin, const char* valueEnd,
                         quint8 flags)
{
    if (m_members.size() == RecordedMembers)
        return; // the rest is walked lazily from m_afterRecorded
    const Type type = typeOfFirstByte(*valueBegin);
    m_members.append(
        Member{key, Value(valueBegin, valueEnd, type, type == Type::String ? flags : 0)});
    m_afterRecorded = valueEnd;
}

JsonScanner::MemberRange JsonScanner::members() const
{
    if (!m_root.isObject())
        return MemberRange(nullptr, nullptr, nullptr);
    return MemberRange(m_members.data(), m_members.data() + m_members.size(), m_afterRecorded);
}

// Everything from here on walks a document that validate() accepted, so it can rely on every
// value being complete and followed by more bytes up to the root's end: no bounds checks.

const char* JsonScanner::skipWhitespace(const char* p)
{
    while (isWhitespace(byteAt(p)))
        ++p;
    return p;
}

JsonScanner::Value JsonScanner::readString(const char* p)
{
    const char* q = p + 1;
    quint8 flags = 0;
    for (;;) {
        const Byte c = byteAt(q);
        if (c == '"')
            break;
        if (c == '\\') {
            flags |= Value::HasEscapes;
            q += 2; // the escaped byte can be a quote; \uXXXX's digits are plain bytes
            continue;
        }
        if (c >= 0x7F)
            flags |= Value::NotPrintableAscii;
        ++q;
    }
    return Value(p, q + 1, Type::String, flags);
}

const char* JsonScanner::skipContainer(const char* p)
{
    int depth = 0;
    for (;;) {
        const char c = *p++;
        if (c == '"') {
            while (*p != '"')
                p += *p == '\\' ? 2 : 1;
            ++p;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return p;
        }
    }
}

JsonScanner::Value JsonScanner::readValue(const char* p)
{
    const Type type = typeOfFirstByte(*p);
    switch (type) {
    case Type::String:
        return readString(p);
    case Type::Object:
    case Type::Array:
        return Value(p, skipContainer(p), type, 0);
    case Type::True:
    case Type::Null:
        return Value(p, p + 4, type, 0);
    case Type::False:
        return Value(p, p + 5, type, 0);
    default: {
        const char* q = p + 1;
        while (isNumberByte(byteAt(q)))
            ++q;
        return Value(p, q, Type::Number, 0);
    }
    }
}

JsonScanner::Value JsonScanner::member(const Value& object, QByteArrayView key)
{
    Value found;
    for (const Member& m : object.members()) {
        const bool equal = m.key.hasEscapes() ? m.key.toString() == QString::fromUtf8(key)
                                              : m.key.rawString() == key;
        if (equal)
            found = m.value;
    }
    return found;
}

QByteArrayView JsonScanner::Value::rawString() const
{
    if (m_type != Type::String)
        return {};
    return QByteArrayView(m_begin + 1, m_end - 1);
}

QString JsonScanner::Value::toString() const
{
    if (m_type != Type::String)
        return {};
    const char* const begin = m_begin + 1;
    const char* const end = m_end - 1;
    if (hasEscapes())
        return decodeEscaped(begin, end);
    if (!isPrintableAscii())
        return decodeUtf8(begin, end);
    return QString::fromLatin1(begin, end - begin);
}

std::optional<double> JsonScanner::Value::toDouble() const
{
    if (m_type != Type::Number)
        return std::nullopt;
    constexpr qint64 Exact = qint64{1} << 53; // integers a double holds exactly
    if (const std::optional<qint64> integer = toInteger();
        integer && *integer > -Exact && *integer < Exact)
        return double(*integer); // and much cheaper than the general conversion
    double value = 0;
    const auto [ptr, ec] = std::from_chars(m_begin, m_end, value);
    if (ec != std::errc() || ptr != m_end)
        return std::nullopt; // out of range, e.g. 1e400
    return value;
}

std::optional<qint64> JsonScanner::Value::toInteger() const
{
    if (m_type != Type::Number)
        return std::nullopt;
    // Up to 18 digits cannot overflow: the common case needs no library call.
    const bool negative = *m_begin == '-';
    const char* p = m_begin + (negative ? 1 : 0);
    if (m_end - p <= 18) {
        qint64 value = 0;
        for (; p < m_end && isDigit(byteAt(p)); ++p)
            value = value * 10 + (*p - '0');
        if (p == m_end)
            return negative ? -value : value;
        return std::nullopt; // a fraction or an exponent
    }
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(m_begin, m_end, value);
    if (ec != std::errc() || ptr != m_end)
        return std::nullopt; // a fraction, an exponent or too large
    return qint64(value);
}

JsonScanner::MemberRange JsonScanner::Value::members() const
{
    return MemberRange(nullptr, nullptr, m_type == Type::Object ? m_begin + 1 : nullptr);
}

JsonScanner::ElementRange JsonScanner::Value::elements() const
{
    return ElementRange(m_type == Type::Array ? m_begin + 1 : nullptr);
}

JsonScanner::MemberRange::Iterator::Iterator(const Member* recorded, const Member* recordedEnd,
                                             const char* next)
    : m_recorded(recorded)
    , m_recordedEnd(recordedEnd)
    , m_next(next)
{
    ++*this;
}

JsonScanner::MemberRange::Iterator& JsonScanner::MemberRange::Iterator::operator++()
{
    if (m_recorded != m_recordedEnd) {
        m_at = m_recorded++;
        return *this;
    }
    m_at = nullptr;
    if (!m_next) {
        m_done = true;
        return *this;
    }
    const char* p = JsonScanner::skipWhitespace(m_next);
    if (*p == ',')
        p = JsonScanner::skipWhitespace(p + 1);
    if (*p == '}') {
        m_done = true;
        return *this;
    }
    m_current.key = JsonScanner::readString(p);
    p = JsonScanner::skipWhitespace(m_current.key.m_end) + 1; // past the ':'
    m_current.value = JsonScanner::readValue(JsonScanner::skipWhitespace(p));
    m_next = m_current.value.m_end;
    return *this;
}

JsonScanner::ElementRange::Iterator::Iterator(const char* next)
    : m_next(next)
{
    if (next)
        ++*this;
    else
        m_done = true;
}

JsonScanner::ElementRange::Iterator& JsonScanner::ElementRange::Iterator::operator++()
{
    const char* p = JsonScanner::skipWhitespace(m_next);
    if (*p == ',')
        p = JsonScanner::skipWhitespace(p + 1);
    if (*p == ']') {
        m_done = true;
        return *this;
    }
    m_current = JsonScanner::readValue(p);
    m_next = m_current.m_end;
    return *this;
}
