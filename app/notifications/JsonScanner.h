#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>
#include <cstddef>
#include <iterator>
#include <optional>

// A small, fast, non-recursive JSON reader for message payloads.
//
// The constructor validates the whole document against RFC 8259 in a single pass that neither
// recurses nor allocates: the open containers are kept as one bit each in a 64-bit word, which is
// why nesting deeper than MaxDepth makes the document invalid (Error::TooDeep) instead of
// growing a stack. A leading UTF-8 byte order mark is ignored (RFC 8259 section 8.1 allows it).
// Bytes inside strings are not required to be valid UTF-8: they decode to U+FFFD, so one bad byte
// does not turn a whole message into plain text.
//
// Once the document is known to be valid, Value is a lazy view over its bytes: nothing is decoded
// or copied until asked for, and walking an object or array is again a loop, never a recursion.
// The top-level object's members are the exception, as they are what every message needs: the
// validator records them (up to RecordedMembers, without allocating) as it passes.
// The scanner does not own the bytes: the document must outlive the scanner and every Value.
class JsonScanner {
public:
    static constexpr int MaxDepth = 64;

    enum class Type : quint8 { Undefined, Null, False, True, Number, String, Array, Object };
    enum class Error : quint8 { None, Empty, Syntax, TooDeep };

    class MemberRange;
    class ElementRange;

    // One value inside a valid document; a default-constructed Value is Type::Undefined, which is
    // also what the scanner hands out for an invalid document.
    class Value {
    public:
        Value() = default;

        Type type() const { return m_type; }
        bool isDefined() const { return m_type != Type::Undefined; }
        bool isNull() const { return m_type == Type::Null; }
        bool isBool() const { return m_type == Type::True || m_type == Type::False; }
        bool isNumber() const { return m_type == Type::Number; }
        bool isString() const { return m_type == Type::String; }
        bool isArray() const { return m_type == Type::Array; }
        bool isObject() const { return m_type == Type::Object; }

        // The value exactly as written in the document (a string keeps its quotes).
        QByteArrayView raw() const { return {m_begin, m_end}; }

        // Strings: the bytes between the quotes, escapes not decoded. When hasEscapes() is false
        // these bytes are the string's UTF-8; isPrintableAscii() says they are all 0x20..0x7E
        // (JSON forbids raw control characters in strings, so this only rules out DEL and
        // non-ASCII), which lets callers skip work such as sanitizing.
        QByteArrayView rawString() const;
        bool hasEscapes() const { return (m_flags & HasEscapes) != 0; }
        bool isPrintableAscii() const { return (m_flags & NotPrintableAscii) == 0; }
        // The decoded string: every escape including \uXXXX surrogate pairs, a lone surrogate
        // as U+FFFD, invalid UTF-8 as U+FFFD. A null QString for anything but a string.
        QString toString() const;

        // Numbers: the value as a double (std::nullopt for anything but a number, or when it does
        // not fit one), or as an integer when it is written as one and fits in 64 bits.
        std::optional<double> toDouble() const;
        std::optional<qint64> toInteger() const;

        // Objects and arrays, walked lazily; an empty range for any other type.
        MemberRange members() const;
        ElementRange elements() const;

    private:
        friend class JsonScanner;
        enum Flag : quint8 { HasEscapes = 1, NotPrintableAscii = 2 };

        Value(const char* begin, const char* end, Type type, quint8 flags)
            : m_begin(begin)
            , m_end(end)
            , m_type(type)
            , m_flags(flags)
        {
        }

        const char* m_begin = nullptr;
        const char* m_end = nullptr;
        Type m_type = Type::Undefined;
        quint8 m_flags = 0;
    };

    struct Member {
        Value key; // always a string
        Value value;
    };

    // Input iterators over an object's members or an array's elements, for range-for.
    class MemberRange {
    public:
        class Iterator {
        public:
            using value_type = Member;
            using difference_type = std::ptrdiff_t;

            const Member& operator*() const { return m_at ? *m_at : m_current; }
            const Member* operator->() const { return &**this; }
            Iterator& operator++();
            void operator++(int) { ++*this; }
            friend bool operator==(const Iterator& it, std::default_sentinel_t)
            {
                return it.m_done;
            }

        private:
            friend class MemberRange;
            Iterator(const Member* recorded, const Member* recordedEnd, const char* next);

            const Member* m_recorded;
            const Member* m_recordedEnd;
            const char* m_next;
            const Member* m_at = nullptr; // the current recorded member, not copied
            Member m_current;             // the current member found by walking
            bool m_done = false;
        };

        Iterator begin() const { return Iterator(m_recorded, m_recordedEnd, m_next); }
        std::default_sentinel_t end() const { return {}; }

    private:
        friend class Value;
        friend class JsonScanner;
        MemberRange(const Member* recorded, const Member* recordedEnd, const char* next)
            : m_recorded(recorded)
            , m_recordedEnd(recordedEnd)
            , m_next(next)
        {
        }
        // Members the validator already recorded come first; then the walk goes on from m_next
        // (just after '{' or after the last recorded value), or not at all when it is nullptr.
        const Member* m_recorded;
        const Member* m_recordedEnd;
        const char* m_next;
    };

    class ElementRange {
    public:
        class Iterator {
        public:
            using value_type = Value;
            using difference_type = std::ptrdiff_t;

            const Value& operator*() const { return m_current; }
            const Value* operator->() const { return &m_current; }
            Iterator& operator++();
            void operator++(int) { ++*this; }
            friend bool operator==(const Iterator& it, std::default_sentinel_t)
            {
                return it.m_done;
            }

        private:
            friend class ElementRange;
            explicit Iterator(const char* next);

            const char* m_next;
            Value m_current;
            bool m_done = false;
        };

        Iterator begin() const { return Iterator(m_first); }
        std::default_sentinel_t end() const { return {}; }

    private:
        friend class Value;
        explicit ElementRange(const char* first)
            : m_first(first)
        {
        }
        const char* m_first; // just after '[', or nullptr for an empty range
    };

    explicit JsonScanner(QByteArrayView document);
    // Values point into the document, so it must outlive the scanner: not a temporary.
    explicit JsonScanner(QByteArray&&) = delete;

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // Where validation stopped, as a byte offset into the document; 0 when valid.
    qsizetype errorOffset() const { return m_errorOffset; }

    // The top-level value; Type::Undefined when the document is invalid.
    Value root() const { return m_root; }
    // The top-level object's members, the same as root().members() but faster: the validator
    // records the first RecordedMembers of them on its way through, so reading them costs no
    // second pass over the bytes.
    MemberRange members() const;

    // The member `key` of an object (the last one when the key repeats, as JSON.parse does),
    // compared with the decoded key; Type::Undefined when absent or when `object` is no object.
    static Value member(const Value& object, QByteArrayView key);

    static constexpr qsizetype RecordedMembers = 32;

private:
    void validate(const char* begin, const char* end);
    Error scanRootObject(const char*& p, const char* end);
    Error scanContainer(const char*& p, const char* end, int depth);
    void record(const Value& key, const char* valueBegin, const char* valueEnd, quint8 flags);
    void fail(Error error, const char* at, const char* begin);

    // Walking a document already known to be valid: no bounds or syntax checks needed.
    static const char* skipWhitespace(const char* p);
    static Value readValue(const char* p);
    static Value readString(const char* p);
    static const char* skipContainer(const char* p);

    Value m_root;
    // Never grows past its inline capacity: a member that does not fit is read lazily instead.
    QVarLengthArray<Member, RecordedMembers> m_members;
    const char* m_afterRecorded = nullptr; // where a walk continues after the recorded members
    Error m_error = Error::None;
    qsizetype m_errorOffset = 0;
};
