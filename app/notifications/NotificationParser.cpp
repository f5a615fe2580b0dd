#include "NotificationParser.h"

#include "JsonScanner.h"
#include "TextSanitizer.h"

#include <QTimeZone>
#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <optional>

// The accepted fields, their aliases and precedence are documented for publishers in
// docs/message-format.md; keep the two in step.

namespace {

using Value = JsonScanner::Value;

constexpr qsizetype MaxIdChars = 128;
constexpr qsizetype MaxTagChars = 64;
constexpr qsizetype MaxTags = 32;
constexpr qsizetype MaxLabelChars = 64;
constexpr qsizetype MaxActions = 3; // ntfy's own limit
constexpr qsizetype MaxUrlBytes = 8192;
constexpr qsizetype MaxDateBytes = 64;
constexpr double MaxEpochMSecs = 253402300799999.0; // 9999-12-31T23:59:59.999Z

enum Field {
    Id,
    Title,
    Subject,
    Summary,
    Body,
    Message,
    Text,
    Priority,
    Urgency,
    Level,
    Click,
    Url,
    Link,
    Tags,
    Actions,
    Icon,
    Timestamp,
    Time,
    Ts,
    Date,
    AppId,
    Extras,
    StreamId,
    FieldCount
};
using Fields = std::array<Value, FieldCount>;

// `key` is known to be N - 1 bytes long: a fixed-size memcmp compiles to one or two compares.
template <std::size_t N> bool is(QByteArrayView key, const char (&name)[N])
{
    return std::memcmp(key.data(), name, N - 1) == 0;
}

// Keys are matched case-sensitively, as JavaScript reads `message.title`. Grouped by length so a
// key costs one switch and a compare or two on the hot path.
Field fieldFor(QByteArrayView k)
{
    switch (k.size()) {
    case 2:
        return is(k, "id") ? Id : is(k, "ts") ? Ts : FieldCount;
    case 3:
        return is(k, "url") ? Url : FieldCount;
    case 4:
        return is(k, "body")   ? Body
               : is(k, "text") ? Text
               : is(k, "time") ? Time
               : is(k, "link") ? Link
               : is(k, "tags") ? Tags
               : is(k, "icon") ? Icon
               : is(k, "date") ? Date
                               : FieldCount;
    case 5:
        return is(k, "title")   ? Title
               : is(k, "click") ? Click
               : is(k, "level") ? Level
               : is(k, "appid") ? AppId
                                : FieldCount;
    case 6:
        return is(k, "extras") ? Extras : FieldCount;
    case 7:
        return is(k, "message")   ? Message
               : is(k, "subject") ? Subject
               : is(k, "summary") ? Summary
               : is(k, "urgency") ? Urgency
               : is(k, "actions") ? Actions
                                  : FieldCount;
    case 8:
        return is(k, "priority") ? Priority : FieldCount;
    case 9:
        return is(k, "timestamp") ? Timestamp : is(k, "stream_id") ? StreamId : FieldCount;
    default:
        return FieldCount;
    }
}

// A key as UTF-8; only a key written with escapes (rare) is decoded, into `storage`.
QByteArrayView keyBytes(const Value& key, QByteArray& storage)
{
    if (!key.hasEscapes())
        return key.rawString();
    storage = key.toString().toUtf8();
    return storage;
}

// A repeated key overwrites the earlier one: the last one wins, as with JSON.parse.
Fields collectFields(const JsonScanner& json)
{
    Fields fields{};
    QByteArray storage;
    for (const JsonScanner::Member& member : json.members()) {
        const Field field = fieldFor(keyBytes(member.key, storage));
        if (field != FieldCount)
            fields[field] = member.value;
    }
    return fields;
}

// Text fields take strings, and numbers as written; any other type counts as absent.
bool isText(const Value& v)
{
    return v.isString() || v.isNumber();
}
bool hasText(const Value& v)
{
    return v.isNumber() || (v.isString() && !v.rawString().isEmpty());
}

QString textOf(const Value& v)
{
    if (v.isString())
        return v.toString();
    if (v.isNumber())
        return QString::fromLatin1(v.raw());
    return {};
}

// Numbers, and strings written as printable ASCII without escapes (most of them), cannot hold
// anything the sanitizer removes; saying so saves it a pass over the text.
TextSanitizer::Known knownOf(const Value& v)
{
    const bool printable = v.isNumber() || (!v.hasEscapes() && v.isPrintableAscii());
    return printable ? TextSanitizer::Known::PrintableAscii : TextSanitizer::Known::Nothing;
}

QString singleLineOf(const Value& v, qsizetype maxChars)
{
    return TextSanitizer::singleLine(textOf(v), maxChars, knownOf(v));
}

const Value* firstWithText(const Fields& fields, std::initializer_list<Field> names)
{
    for (const Field name : names) {
        if (hasText(fields[name]))
            return &fields[name];
    }
    return nullptr;
}

bool anyText(const Fields& fields, std::initializer_list<Field> names)
{
    return std::any_of(names.begin(), names.end(),
                       [&fields](Field name) { return isText(fields[name]); });
}

// A JSON number, or a string holding one ("4", " 1764312000 ").
std::optional<double> numberOf(const Value& v)
{
    if (v.isNumber())
        return v.toDouble();
    if (!v.isString() || v.hasEscapes())
        return std::nullopt;
    const QByteArrayView text = v.rawString().trimmed();
    double number = 0;
    const auto [end, error] = std::from_chars(text.begin(), text.end(), number);
    if (text.isEmpty() || error != std::errc() || end != text.end() || !std::isfinite(number))
        return std::nullopt;
    return number;
}

qint64 roundedClamped(double number, double low, double high)
{
    return qRound64(std::clamp(number, low, high)); // inline, unlike std::llround
}

// --- priority ----------------------------------------------------------------------------------

std::optional<int> priorityFromWord(QByteArrayView word)
{
    struct Word {
        QByteArrayView text;
        int priority;
    };
    // ntfy's words, then syslog-style levels for `level` fields (accepted in all three fields).
    static constexpr Word Words[] = {
        {"min", 1},    {"low", 2},      {"normal", 3},     {"default", 3}, {"high", 4},
        {"urgent", 5}, {"critical", 5}, {"max", 5},        {"debug", 1},   {"trace", 1},
        {"info", 3},   {"notice", 3},   {"warning", 4},    {"warn", 4},    {"error", 4},
        {"err", 4},    {"crit", 5},     {"alert", 5},      {"fatal", 5},   {"emergency", 5},
        {"emerg", 5},  {"panic", 5},    {"information", 3}};
    const QByteArrayView trimmed = word.trimmed();
    for (const Word& w : Words) {
        if (trimmed.compare(w.text, Qt::CaseInsensitive) == 0)
            return w.priority;
    }
    return std::nullopt;
}

// Gotify's 0..10: 0-3 low, 4-7 normal, 8-9 high, 10 urgent (its own clients' colour bands).
int priorityFromGotify(double number)
{
    const qint64 p = roundedClamped(number, 0, 10);
    return p <= 3 ? 2 : p <= 7 ? 3 : p <= 9 ? 4 : 5;
}

std::optional<int> priorityOf(const Value& v, bool gotifyScale)
{
    if (const std::optional<double> number = numberOf(v))
        return gotifyScale ? priorityFromGotify(*number)
                           : int(roundedClamped(*number, Notification::Min, Notification::Urgent));
    if (v.isString() && !v.hasEscapes())
        return priorityFromWord(v.rawString());
    return std::nullopt;
}

int priorityOf(const Fields& fields, bool gotify)
{
    if (const auto p = priorityOf(fields[Priority], gotify))
        return *p;
    if (const auto p = priorityOf(fields[Urgency], false))
        return *p;
    if (const auto p = priorityOf(fields[Level], false))
        return *p;
    return Notification::Normal;
}

// --- time --------------------------------------------------------------------------------------

QDateTime utcFromMSecs(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

// Seconds, milliseconds, microseconds or nanoseconds since the epoch, told apart by magnitude:
// each unit's range starts at 1e11 of it (1973 in ms), where the next smaller unit reaches 5138.
std::optional<QDateTime> timeFromEpoch(double number)
{
    if (!(number > 0))
        return std::nullopt; // 0 and below mean "unset" far more often than 1970
    const double msecs = number >= 1e17   ? number / 1e6
                         : number >= 1e14 ? number / 1e3
                         : number >= 1e11 ? number
                                          : number * 1e3;
    if (msecs > MaxEpochMSecs)
        return std::nullopt;
    return utcFromMSecs(qRound64(msecs));
}

std::optional<QDateTime> timeFromIso(const QString& text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    // Without an offset Qt assumes this desktop's zone; the publisher is elsewhere, so read it as
    // UTC, which is what every JSON serializer writes anyway.
    if (time.timeSpec() == Qt::LocalTime) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        time = QDateTime(time.date(), time.time(), QTimeZone::UTC);
#else
        time = QDateTime(time.date(), time.time(), Qt::UTC);
#endif
    }
    return time.toUTC();
}

std::optional<QDateTime> timeOf(const Value& v)
{
    if (const std::optional<double> number = numberOf(v))
        return timeFromEpoch(*number);
    if (v.isString() && v.rawString().size() <= MaxDateBytes)
        return timeFromIso(v.toString());
    return std::nullopt;
}

QDateTime timeOf(const Fields& fields)
{
    for (const Field name : {Timestamp, Time, Ts, Date}) {
        if (const std::optional<QDateTime> time = timeOf(fields[name]))
            return *time;
    }
    return {};
}

// --- urls --------------------------------------------------------------------------------------

enum class Schemes { Web, WebAndMail };

// Control and bidi characters have no business in a URL; browsers drop tabs and newlines
// ("java\nscript:"), so rather than guess, such a URL is refused.
bool hasForbiddenCharacter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar ch) {
        const char16_t c = ch.unicode();
        if (c >= 0x20 && c < 0x7F)
            return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
               (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
    });
}

// The URL checks below read either decoded text (QStringView) or, for the common printable-ASCII
// link, the payload's own bytes (QByteArrayView): checking before converting means a refused
// link costs no QString, and an accepted one is converted once.
char16_t unitAt(QStringView text, qsizetype i)
{
    return text[i].unicode();
}
char16_t unitAt(QByteArrayView bytes, qsizetype i)
{
    return static_cast<uchar>(bytes[i]);
}

// Schemes are ASCII; a plain loop is much cheaper than a Unicode case-insensitive compare.
template <typename View> bool equalsIgnoringAsciiCase(View text, QLatin1String ascii)
{
    if (text.size() != ascii.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = unitAt(text, i);
        const char16_t lower = c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c;
        if (lower != char16_t(ascii[i].unicode()))
            return false;
    }
    return true;
}

// Qt's indexOf()/lastIndexOf() for one character go through its general substring search, which
// costs more than this whole check on a short URL.
template <typename View> qsizetype indexOf(View text, char16_t c)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (unitAt(text, i) == c)
            return i;
    }
    return -1;
}

template <typename View> qsizetype lastIndexOf(View text, char16_t c)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (unitAt(text, i) == c)
            return i;
    }
    return -1;
}

// What QUrl would accept in a registered name: letters, digits, - . _ ~ %, and non-ASCII
// (internationalised names). Checked here because no QUrl is built on the ingest path.
bool isHostUnit(char16_t u)
{
    return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
           (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_' || u == '~' || u == '%';
}

// "//" and an authority whose host is not empty once user info and port are set aside:
// "https:evil.com", "https:///x" and "https://user@:80/" point nowhere.
template <typename View> bool hasHost(View rest)
{
    if (rest.size() < 2 || unitAt(rest, 0) != u'/' || unitAt(rest, 1) != u'/')
        return false;
    View authority = rest.sliced(2);
    for (qsizetype i = 0; i < authority.size(); ++i) {
        const char16_t c = unitAt(authority, i);
        if (c == u'/' || c == u'?' || c == u'#') {
            authority.truncate(i);
            break;
        }
    }
    View host = authority.sliced(lastIndexOf(authority, u'@') + 1);
    if (!host.isEmpty() && unitAt(host, 0) == u'[') // an IPv6 literal, whose colons are no port
        return indexOf(host, u']') > 1;
    if (const qsizetype port = lastIndexOf(host, u':'); port >= 0)
        host.truncate(port);
    for (qsizetype i = 0; i < host.size(); ++i) {
        if (!isHostUnit(unitAt(host, i)))
            return false;
    }
    return !host.isEmpty();
}

// Checked on the text: QUrl would happily parse "javascript:...", and is not built here at all.
template <typename View> bool hasAllowedSchemeAndTarget(View text, Schemes schemes)
{
    const qsizetype colon = indexOf(text, u':');
    if (colon < 0)
        return false;
    const View scheme = text.first(colon);
    const View rest = text.sliced(colon + 1);
    if (equalsIgnoringAsciiCase(scheme, QLatin1String("https")) ||
        equalsIgnoringAsciiCase(scheme, QLatin1String("http")))
        return hasHost(rest);
    if (schemes == Schemes::WebAndMail && equalsIgnoringAsciiCase(scheme, QLatin1String("mailto")))
        return !rest.isEmpty();
    return false;
}

SafeUrl safeUrl(const QString& text, Schemes schemes,
                TextSanitizer::Known known = TextSanitizer::Known::Nothing)
{
    QString trimmed = text.trimmed();
    const bool clean =
        known == TextSanitizer::Known::PrintableAscii || !hasForbiddenCharacter(trimmed);
    if (!clean || !hasAllowedSchemeAndTarget(trimmed, schemes))
        return {};
    return SafeUrl::fromCheckedText(std::move(trimmed));
}

bool mayBeUrl(const Value& v)
{
    return v.isString() && !v.rawString().isEmpty() && v.rawString().size() <= MaxUrlBytes;
}

SafeUrl safeUrl(const Value& v, Schemes schemes)
{
    if (!mayBeUrl(v))
        return {};
    if (v.hasEscapes() || !v.isPrintableAscii())
        return safeUrl(v.toString(), schemes);
    // Printable ASCII as written: no forbidden character, and the bytes are the text.
    const QByteArrayView bytes = v.rawString().trimmed();
    if (!hasAllowedSchemeAndTarget(bytes, schemes))
        return {};
    return SafeUrl::fromCheckedText(QString::fromLatin1(bytes));
}

// Gotify: extras["client::notification"]["click"]["url"].
SafeUrl gotifyClickUrl(const Value& extras)
{
    if (!extras.isObject())
        return {};
    const Value notification = JsonScanner::member(extras, "client::notification");
    const Value url = JsonScanner::member(JsonScanner::member(notification, "click"), "url");
    return safeUrl(url, Schemes::WebAndMail);
}

// The first candidate that is a usable URL wins, so a refused `click` does not hide a good `url`.
SafeUrl urlOf(const Fields& fields)
{
    for (const Field name : {Click, Url, Link}) {
        if (!mayBeUrl(fields[name]))
            continue; // the common case: no QUrl made and destroyed for nothing
        SafeUrl url = safeUrl(fields[name], Schemes::WebAndMail);
        if (!url.isEmpty())
            return url;
    }
    return gotifyClickUrl(fields[Extras]);
}

// --- tags and actions --------------------------------------------------------------------------

void addTag(QStringList& tags, QString tag)
{
    if (tags.size() < MaxTags && !tag.isEmpty())
        tags.append(std::move(tag));
}

// An array of strings (ntfy's JSON form) or one comma-separated string (its header form).
QStringList tagsOf(const Value& v)
{
    QStringList tags;
    if (v.isArray()) {
        for (const Value& element : v.elements()) {
            if (isText(element))
                addTag(tags, singleLineOf(element, MaxTagChars));
        }
    } else if (v.isString()) {
        const QString text = v.toString();
        for (const QStringView part : QStringView(text).split(u','))
            addTag(tags, TextSanitizer::singleLine(part.toString(), MaxTagChars));
    }
    return tags;
}

// Only ntfy's "view" actions: Herald opens URLs, it does not send HTTP requests or broadcasts on
// a publisher's behalf.
std::optional<NotificationAction> viewAction(const Value& object)
{
    Value action;
    Value label;
    Value url;
    QByteArray storage;
    for (const JsonScanner::Member& member : object.members()) {
        const QByteArrayView key = keyBytes(member.key, storage);
        if (key == "action")
            action = member.value;
        else if (key == "label")
            label = member.value;
        else if (key == "url")
            url = member.value;
    }
    if (!action.isString() || action.rawString().trimmed().compare("view", Qt::CaseInsensitive))
        return std::nullopt;
    NotificationAction result{singleLineOf(label, MaxLabelChars),
                              safeUrl(url, Schemes::WebAndMail)};
    if (result.label.isEmpty() || result.url.isEmpty())
        return std::nullopt;
    return result;
}

QList<NotificationAction> actionsOf(const Value& v)
{
    QList<NotificationAction> actions;
    for (const Value& element : v.elements()) {
        if (actions.size() >= MaxActions)
            break;
        if (std::optional<NotificationAction> action = viewAction(element))
            actions.append(std::move(*action));
    }
    return actions;
}

// --- the notification --------------------------------------------------------------------------

void setBody(Notification& n, QString text,
             TextSanitizer::Known known = TextSanitizer::Known::Nothing)
{
    n.body = TextSanitizer::multiLine(std::move(text), NotificationParser::MaxBodyChars,
                                      &n.fullBody, known);
}

// Cheap and unique within the process; the receive time keeps it unique across restarts.
QString generatedId(const QDateTime& received)
{
    static std::atomic<quint64> counter{0};
    const quint64 serial = counter.fetch_add(1, std::memory_order_relaxed) + 1;
    // "h-" + 20 digits + "-" + 20 digits always fits; the checks only satisfy the compiler.
    char buffer[48] = {'h', '-'};
    char* const end = buffer + sizeof buffer;
    auto [p, error] = std::to_chars(buffer + 2, end - 1, received.toMSecsSinceEpoch());
    if (error == std::errc()) {
        *p++ = '-';
        p = std::to_chars(p, end, serial).ptr;
    }
    return QString::fromLatin1(buffer, p - buffer);
}

void readObject(const JsonScanner& json, const QByteArray& payload, Notification& n)
{
    const Fields fields = collectFields(json);
    const bool gotify = fields[AppId].isDefined() || fields[Extras].isDefined();

    if (const Value* title = firstWithText(fields, {Title, Subject, Summary}))
        n.title = singleLineOf(*title, NotificationParser::MaxTitleChars);
    if (const Value* body = firstWithText(fields, {Body, Message, Text}))
        setBody(n, textOf(*body), knownOf(*body));
    else if (!anyText(fields, {Title, Subject, Summary, Body, Message, Text}))
        setBody(n, QString::fromUtf8(payload)); // no field we know: show the JSON, lose nothing

    if (isText(fields[Id]))
        n.id = singleLineOf(fields[Id], MaxIdChars);
    // The durable publish script puts the stream entry's id into the Pub/Sub copy, so that copy
    // and the one read from the stream share an id and are stored once. Entry ids are only
    // unique within one stream, so the id is "<channel>/<entry id>", as the reader makes it.
    if (n.id.isEmpty() && isText(fields[StreamId]))
        n.id = n.channel + QLatin1Char('/') + singleLineOf(fields[StreamId], MaxIdChars);
    n.priority = priorityOf(fields, gotify);
    n.time = timeOf(fields);
    n.url = urlOf(fields);
    if (mayBeUrl(fields[Icon]))
        n.iconUrl = safeUrl(fields[Icon], Schemes::Web).toUrl();
    if (fields[Tags].isDefined())
        n.tags = tagsOf(fields[Tags]);
    if (fields[Actions].isDefined())
        n.actions = actionsOf(fields[Actions]);
}

QDateTime receivedUtc(const QDateTime& received)
{
    if (!received.isValid())
        return QDateTime::currentDateTimeUtc();
    return received.timeSpec() == Qt::UTC ? received : received.toUTC();
}

} // namespace

Notification NotificationParser::parse(const QByteArray& payload, const Context& context)
{
    Notification n;
    n.source = context.source;
    n.channel = context.channel;
    n.pattern = context.pattern;
    n.received = receivedUtc(context.received);
    n.raw = payload;

    const JsonScanner json(payload);
    const Value root = json.root();
    if (root.isObject())
        readObject(json, payload, n);
    else if (root.isString())
        setBody(n, root.toString());
    else // plain text, invalid JSON, or an array, number, boolean or null shown as written
        setBody(n, QString::fromUtf8(payload));

    if (n.title.isEmpty())
        n.title = TextSanitizer::singleLine(context.channel, MaxTitleChars);
    if (n.id.isEmpty())
        n.id = context.defaultId.isEmpty() ? generatedId(n.received) : context.defaultId;
    if (!n.time.isValid())
        n.time = context.defaultTime.isValid() ? context.defaultTime.toUTC() : n.received;
    return n;
}
