#include "notifications/NotificationParser.h"
#include "notifications/TextSanitizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

namespace {

const QDateTime Received = QDateTime::fromMSecsSinceEpoch(1764309600000, Qt::UTC); // 06:00Z

NotificationParser::Context context(const QString& channel = QStringLiteral("alerts"))
{
    return {QStringLiteral("redis://localhost:6379"), channel, QString(), Received};
}

Notification parse(const QByteArray& payload)
{
    return NotificationParser::parse(payload, context());
}

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

QDateTime utcMSecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

bool hasLoneSurrogate(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate()) {
            if (i + 1 == text.size() || !text[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (text[i].isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestNotificationParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Message shapes
    void seedArticleMessage();
    void sampleMessage();
    void ntfyMessage();
    void gotifyMessage();
    void contextFieldsAreCopied();

    // Text fields
    void bodyPrecedence_data();
    void bodyPrecedence();
    void titlePrecedence_data();
    void titlePrecedence();
    void wrongTypesForTextFields();
    void objectWithoutKnownTextShowsJson();
    void duplicateKeysLastWins();
    void escapedKeysMatch();
    void manyMembersStillFound();
    void unknownKeysIgnored();

    // Priority
    void priority_data();
    void priority();

    // Ids
    void ids_data();
    void ids();
    void generatedIdsAreUnique();
    void streamEntryDefaults();

    // Time
    void time_data();
    void time();

    // URLs, icon, actions, tags
    void urls_data();
    void urls();
    void urlPrecedence();
    void gotifyExtrasUrl();
    void iconUrl_data();
    void iconUrl();
    void actions();
    void actionsAreCapped();
    void tags();

    // Not a JSON object
    void plainText();
    void emptyPayload();
    void whitespaceOnlyPayload();
    void nonObjectJson_data();
    void nonObjectJson();
    void truncatedJsonIsPlainText();
    void byteOrderMark();

    // Hostile input
    void deepNestingDoesNotCrash();
    void deepMemberMakesPlainText();
    void hugeBodyIsCappedAndKept();
    void hugePlainTextIsCappedAndKept();
    void hugeTitleIsCapped();
    void invalidUtf8_data();
    void invalidUtf8();
    void bidiControlsRemoved();
    void controlCharactersRemoved();
    void markupKeptLiterally();

    // TextSanitizer
    void sanitizerLeavesCleanTextUncopied();
    void sanitizerSingleLine_data();
    void sanitizerSingleLine();
    void sanitizerMultiLine_data();
    void sanitizerMultiLine();
    void sanitizerCutsAtGraphemeBoundary_data();
    void sanitizerCutsAtGraphemeBoundary();
    void sanitizerReportsUncut();
    void sanitizerTrustsPrintableAsciiHint();
};

// ---- message shapes ---------------------------------------------------------------------------

void TestNotificationParser::seedArticleMessage()
{
    // redis.publish(channel, JSON.stringify({title: ..., body: ...})) from the seed article.
    const QByteArray payload =
        R"({"title":"New comment","body":"Ann replied to your post","userId":42})";
    const Notification n = parse(payload);
    QCOMPARE(n.title, QStringLiteral("New comment"));
    QCOMPARE(n.body, QStringLiteral("Ann replied to your post"));
    QCOMPARE(n.priority, int(Notification::Normal));
    QCOMPARE(n.time, Received);
    QVERIFY(n.url.isEmpty());
    QVERIFY(n.fullBody.isEmpty());
    QVERIFY(n.id.startsWith(QStringLiteral("h-")));
}

void TestNotificationParser::sampleMessage()
{
    const QByteArray payload =
        R"({"id":"evt-123","title":"Deploy finished","body":"web-42 deployed build 9f3c2 to production in 3m12s","priority":4,"url":"https://ci.example.com/builds/9f3c2","timestamp":1764312000123})";
    const Notification n = parse(payload);
    QCOMPARE(n.id, QStringLiteral("evt-123"));
    QCOMPARE(n.title, QStringLiteral("Deploy finished"));
    QCOMPARE(n.body, QStringLiteral("web-42 deployed build 9f3c2 to production in 3m12s"));
    QCOMPARE(n.priority, 4);
    QCOMPARE(n.url.toUrl(), QUrl(QStringLiteral("https://ci.example.com/builds/9f3c2")));
    QCOMPARE(n.time, utcMSecs(1764312000123));
    QCOMPARE(n.time.timeSpec(), Qt::UTC);
    QCOMPARE(n.raw, payload);
}

void TestNotificationParser::ntfyMessage()
{
    const QByteArray payload = R"({
        "id": "sPs71M8A2T", "time": 1645193395, "event": "message", "topic": "mytopic",
        "title": "Backup", "message": "Disk full", "priority": 5,
        "tags": ["warning", "skull"], "click": "https://home.nest.com/",
        "icon": "https://example.com/icon.png",
        "actions": [
            {"action": "view", "label": "Open portal", "url": "https://home.nest.com/", "clear": true},
            {"action": "http", "label": "Close door", "url": "https://api.nest.com/", "method": "PUT"},
            {"action": "broadcast", "label": "Take picture", "extras": {"cmd": "pic"}}
        ]})";
    const Notification n = parse(payload);
    QCOMPARE(n.id, QStringLiteral("sPs71M8A2T"));
    QCOMPARE(n.title, QStringLiteral("Backup"));
    QCOMPARE(n.body, QStringLiteral("Disk full"));
    QCOMPARE(n.priority, 5);
    QCOMPARE(n.time, utcMSecs(1645193395000));
    QCOMPARE(n.tags, (QStringList{QStringLiteral("warning"), QStringLiteral("skull")}));
    QCOMPARE(n.url.toUrl(), QUrl(QStringLiteral("https://home.nest.com/")));
    QCOMPARE(n.iconUrl, QUrl(QStringLiteral("https://example.com/icon.png")));
    QCOMPARE(n.actions.size(), 1);
    QCOMPARE(n.actions[0].label, QStringLiteral("Open portal"));
    QCOMPARE(n.actions[0].url.toUrl(), QUrl(QStringLiteral("https://home.nest.com/")));
}

void TestNotificationParser::gotifyMessage()
{
    const QByteArray payload = R"({
        "id": 25, "appid": 5, "title": "Backup", "message": "**Backup** done",
        "priority": 8, "date": "2018-02-27T19:36:10.5045044+01:00",
        "extras": {
            "client::display": {"contentType": "text/markdown"},
            "client::notification": {"click": {"url": "https://gotify.net"}}
        }})";
    const Notification n = parse(payload);
    QCOMPARE(n.id, QStringLiteral("25"));
    QCOMPARE(n.title, QStringLiteral("Backup"));
    QCOMPARE(n.body, QStringLiteral("**Backup** done")); // markdown is shown as written
    QCOMPARE(n.priority, 4);
    QCOMPARE(n.time, QDateTime(QDate(2018, 2, 27), QTime(18, 36, 10, 505), Qt::UTC));
    QCOMPARE(n.url.toUrl(), QUrl(QStringLiteral("https://gotify.net")));
}

void TestNotificationParser::contextFieldsAreCopied()
{
    const NotificationParser::Context c{QStringLiteral("rediss://h:6380"),
                                        QStringLiteral("ci.deploys"), QStringLiteral("ci.*"),
                                        Received};
    const QByteArray payload = "hello";
    const Notification n = NotificationParser::parse(payload, c);
    QCOMPARE(n.source, c.source);
    QCOMPARE(n.channel, c.channel);
    QCOMPARE(n.pattern, c.pattern);
    QCOMPARE(n.received, Received);
    QCOMPARE(n.raw, payload);
    QCOMPARE(n.title, QStringLiteral("ci.deploys"));

    // A receive time given in another zone is stored in UTC.
    const NotificationParser::Context offset{
        {}, QStringLiteral("c"), {}, Received.toOffsetFromUtc(2 * 3600)};
    const Notification m = NotificationParser::parse(payload, offset);
    QCOMPARE(m.received, Received);
    QCOMPARE(m.received.timeSpec(), Qt::UTC);
    QCOMPARE(m.time.timeSpec(), Qt::UTC);
}

// ---- text fields ------------------------------------------------------------------------------

void TestNotificationParser::bodyPrecedence_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("body");
    QTest::newRow("body wins") << QByteArray(R"({"text":"t","message":"m","body":"b"})") << "b";
    QTest::newRow("message over text") << QByteArray(R"({"text":"t","message":"m"})") << "m";
    QTest::newRow("text alone") << QByteArray(R"({"text":"t"})") << "t";
    QTest::newRow("null body skipped") << QByteArray(R"({"body":null,"message":"m"})") << "m";
    QTest::newRow("empty body skipped") << QByteArray(R"({"body":"","message":"m"})") << "m";
    QTest::newRow("object body skipped") << QByteArray(R"({"body":{"a":1},"text":"t"})") << "t";
    QTest::newRow("number body") << QByteArray(R"({"body":42.50,"message":"m"})") << "42.50";
    QTest::newRow("escapes decoded")
        << QByteArray(R"({"body":"line 1\nline \"2\""})") << "line 1\nline \"2\"";
    QTest::newRow("trimmed") << QByteArray(R"({"body":"  \n padded \t\n"})") << "padded";
    QTest::newRow("title only") << QByteArray(R"({"title":"t"})") << "";
}

void TestNotificationParser::bodyPrecedence()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, body);
    QCOMPARE(parse(payload).body, body);
}

void TestNotificationParser::titlePrecedence_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("title");
    QTest::newRow("title wins") << QByteArray(R"({"summary":"c","subject":"b","title":"a"})")
                                << "a";
    QTest::newRow("subject over summary") << QByteArray(R"({"summary":"c","subject":"b"})") << "b";
    QTest::newRow("summary alone") << QByteArray(R"({"summary":"c"})") << "c";
    QTest::newRow("absent: channel") << QByteArray(R"({"body":"x"})") << "alerts";
    QTest::newRow("empty: next alias") << QByteArray(R"({"title":"","subject":"s"})") << "s";
    QTest::newRow("empty: channel") << QByteArray(R"({"title":"","body":"x"})") << "alerts";
    QTest::newRow("blank: channel") << QByteArray(R"({"title":" \t ","body":"x"})") << "alerts";
    QTest::newRow("newlines become spaces")
        << QByteArray(R"({"title":"a\nb\r\nc\td"})") << "a b c d";
}

void TestNotificationParser::titlePrecedence()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, title);
    QCOMPARE(parse(payload).title, title);
}

void TestNotificationParser::wrongTypesForTextFields()
{
    Notification n = parse(R"({"title":5,"body":true})");
    QCOMPARE(n.title, QStringLiteral("5")); // a number is shown as written
    QCOMPARE(n.body, QString());            // a boolean is no text

    n = parse(R"({"title":{"text":"nested"},"body":"b"})");
    QCOMPARE(n.title, QStringLiteral("alerts"));
    QCOMPARE(n.body, QStringLiteral("b"));

    n = parse(
        R"({"title":["a"],"message":null,"text":"t","priority":{"x":1},"id":{"a":1},"tags":"x","timestamp":[1],"url":42,"actions":{"action":"view"}})");
    QCOMPARE(n.title, QStringLiteral("alerts"));
    QCOMPARE(n.body, QStringLiteral("t"));
    QCOMPARE(n.priority, int(Notification::Normal));
    QVERIFY(n.id.startsWith(QStringLiteral("h-")));
    QCOMPARE(n.tags, QStringList{QStringLiteral("x")});
    QCOMPARE(n.time, Received);
    QVERIFY(n.url.isEmpty());
    QVERIFY(n.actions.isEmpty());
}

void TestNotificationParser::objectWithoutKnownTextShowsJson()
{
    // Nothing is silently lost: an object without any title or body field shows as its JSON.
    const QByteArray payload = R"({"type":"new_post","postId":123})";
    Notification n = parse(payload);
    QCOMPARE(n.title, QStringLiteral("alerts"));
    QCOMPARE(n.body, QString::fromUtf8(payload));

    n = parse(R"({"body":[1,2]})");
    QCOMPARE(n.body, QStringLiteral("{\"body\":[1,2]}"));

    // A title or body field that is present but empty is an answer, not an absence.
    n = parse(R"({"title":"","priority":5})");
    QCOMPARE(n.body, QString());
    QCOMPARE(n.title, QStringLiteral("alerts"));
}

void TestNotificationParser::duplicateKeysLastWins()
{
    const Notification n =
        parse(R"({"title":"first","body":"b1","title":"second","priority":1,"priority":5})");
    QCOMPARE(n.title, QStringLiteral("second"));
    QCOMPARE(n.priority, 5);
}

void TestNotificationParser::escapedKeysMatch()
{
    const Notification n = parse(R"({"t\u0069tle":"escaped key","\u0062ody":"b"})");
    QCOMPARE(n.title, QStringLiteral("escaped key"));
    QCOMPARE(n.body, QStringLiteral("b"));
}

void TestNotificationParser::manyMembersStillFound()
{
    QByteArray payload = "{";
    for (int i = 0; i < 200; ++i)
        payload += "\"extra" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
    payload += R"("title":"late title","priority":"high","tags":["t"]})";
    const Notification n = parse(payload);
    QCOMPARE(n.title, QStringLiteral("late title"));
    QCOMPARE(n.priority, 4);
    QCOMPARE(n.tags, QStringList{QStringLiteral("t")});
}

void TestNotificationParser::unknownKeysIgnored()
{
    const Notification n =
        parse(R"({"Title":"wrong case","title":"t","x":{"body":"nested"},"body":"b"})");
    QCOMPARE(n.title, QStringLiteral("t"));
    QCOMPARE(n.body, QStringLiteral("b"));
}

// ---- priority ---------------------------------------------------------------------------------

void TestNotificationParser::priority_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("priority");
    QTest::newRow("absent") << QByteArray(R"({"title":"t"})") << 3;
    for (int p = 1; p <= 5; ++p)
        QTest::addRow("%d", p) << QByteArray(R"({"priority":)" + QByteArray::number(p) + "}") << p;
    QTest::newRow("0 clamps") << QByteArray(R"({"priority":0})") << 1;
    QTest::newRow("negative clamps") << QByteArray(R"({"priority":-3})") << 1;
    QTest::newRow("7 clamps") << QByteArray(R"({"priority":7})") << 5;
    QTest::newRow("huge clamps") << QByteArray(R"({"priority":1e300})") << 5;
    QTest::newRow("most negative integer")
        << QByteArray(R"({"priority":-9223372036854775808})") << 1;
    QTest::newRow("beyond 64 bits") << QByteArray(R"({"priority":99999999999999999999999})") << 5;
    QTest::newRow("fraction rounds down") << QByteArray(R"({"priority":2.4})") << 2;
    QTest::newRow("fraction rounds up") << QByteArray(R"({"priority":4.6})") << 5;
    QTest::newRow("numeric string") << QByteArray(R"({"priority":"4"})") << 4;
    QTest::newRow("padded numeric string") << QByteArray(R"({"priority":" 2 "})") << 2;
    QTest::newRow("string out of range") << QByteArray(R"({"priority":"9"})") << 5;
    QTest::newRow("min") << QByteArray(R"({"priority":"min"})") << 1;
    QTest::newRow("low") << QByteArray(R"({"priority":"low"})") << 2;
    QTest::newRow("normal") << QByteArray(R"({"priority":"normal"})") << 3;
    QTest::newRow("default") << QByteArray(R"({"priority":"default"})") << 3;
    QTest::newRow("high") << QByteArray(R"({"priority":"high"})") << 4;
    QTest::newRow("URGENT") << QByteArray(R"({"priority":"URGENT"})") << 5;
    QTest::newRow("Critical") << QByteArray(R"({"priority":"Critical"})") << 5;
    QTest::newRow("max") << QByteArray(R"({"priority":"max"})") << 5;
    QTest::newRow("unknown word") << QByteArray(R"({"priority":"bogus"})") << 3;
    QTest::newRow("object") << QByteArray(R"({"priority":{"x":1}})") << 3;
    QTest::newRow("bool") << QByteArray(R"({"priority":true})") << 3;
    QTest::newRow("null") << QByteArray(R"({"priority":null})") << 3;
    QTest::newRow("urgency word") << QByteArray(R"({"urgency":"critical"})") << 5;
    QTest::newRow("urgency number") << QByteArray(R"({"urgency":2})") << 2;
    QTest::newRow("level warning") << QByteArray(R"({"level":"warning"})") << 4;
    QTest::newRow("level warn") << QByteArray(R"({"level":"WARN"})") << 4;
    QTest::newRow("level error") << QByteArray(R"({"level":"error"})") << 4;
    QTest::newRow("level err") << QByteArray(R"({"level":"err"})") << 4;
    QTest::newRow("level info") << QByteArray(R"({"level":"info"})") << 3;
    QTest::newRow("level debug") << QByteArray(R"({"level":"debug"})") << 1;
    QTest::newRow("level fatal") << QByteArray(R"({"level":"fatal"})") << 5;
    QTest::newRow("level emergency") << QByteArray(R"({"level":"emergency"})") << 5;
    QTest::newRow("priority over urgency")
        << QByteArray(R"({"urgency":"min","priority":"high"})") << 4;
    QTest::newRow("urgency over level") << QByteArray(R"({"level":"fatal","urgency":"low"})") << 2;
    QTest::newRow("bad priority falls to urgency")
        << QByteArray(R"({"priority":"bogus","urgency":"max"})") << 5;
    // Gotify's 0..10 scale, only for Gotify-shaped messages (appid or extras present).
    QTest::newRow("gotify 0") << QByteArray(R"({"appid":1,"priority":0})") << 2;
    QTest::newRow("gotify 3") << QByteArray(R"({"appid":1,"priority":3})") << 2;
    QTest::newRow("gotify 4") << QByteArray(R"({"appid":1,"priority":4})") << 3;
    QTest::newRow("gotify 7") << QByteArray(R"({"appid":1,"priority":7})") << 3;
    QTest::newRow("gotify 8") << QByteArray(R"({"appid":1,"priority":8})") << 4;
    QTest::newRow("gotify 9") << QByteArray(R"({"appid":1,"priority":9})") << 4;
    QTest::newRow("gotify 10") << QByteArray(R"({"appid":1,"priority":10})") << 5;
    QTest::newRow("gotify 15") << QByteArray(R"({"appid":1,"priority":15})") << 5;
    QTest::newRow("gotify -1") << QByteArray(R"({"appid":1,"priority":-1})") << 2;
    QTest::newRow("gotify string") << QByteArray(R"({"appid":1,"priority":"5"})") << 3;
    QTest::newRow("gotify by extras") << QByteArray(R"({"extras":{},"priority":5})") << 3;
    QTest::newRow("gotify word") << QByteArray(R"({"appid":1,"priority":"high"})") << 4;
    QTest::newRow("gotify absent") << QByteArray(R"({"appid":1})") << 3;
    QTest::newRow("not gotify 8") << QByteArray(R"({"priority":8})") << 5;
}

void TestNotificationParser::priority()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, priority);
    QCOMPARE(parse(payload).priority, priority);
}

// ---- ids --------------------------------------------------------------------------------------

void TestNotificationParser::ids_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("id");
    QTest::newRow("string") << QByteArray(R"({"id":"evt-1"})") << "evt-1";
    QTest::newRow("number") << QByteArray(R"({"id":42})") << "42";
    QTest::newRow("number as written") << QByteArray(R"({"id":1.50})") << "1.50";
    QTest::newRow("controls removed") << QByteArray(R"({"id":"a\u0000b\nc"})") << "ab c";
    QTest::newRow("bidi removed") << QByteArray(R"({"id":"a\u202Eb"})") << "ab";
    QTest::newRow("capped") << QByteArray(R"({"id":")" + QByteArray(300, 'i') + "\"}")
                            << QString(127, u'i') + TextSanitizer::Ellipsis;
    QTest::newRow("stream_id") << QByteArray(R"({"stream_id":"1764309600000-0","title":"t"})")
                               << "alerts/1764309600000-0"; // as the stream reader makes it
    QTest::newRow("id beats stream_id")
        << QByteArray(R"({"id":"evt-1","stream_id":"5-0"})") << "evt-1";
    QTest::newRow("stream_id after a blank id")
        << QByteArray(R"({"id":" ","stream_id":"5-0"})") << "alerts/5-0";
}

void TestNotificationParser::ids()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, id);
    QCOMPARE(parse(payload).id, id);
}

void TestNotificationParser::generatedIdsAreUnique()
{
    const QRegularExpression shape(QStringLiteral("^h-1764309600000-\\d+$"));
    QSet<QString> ids;
    const QList<QByteArray> payloads{
        "plain", "", R"({"id":""})", R"({"id":null})", R"({"id":{"a":1}})", R"({"id":" "})", "[1]"};
    for (int round = 0; round < 100; ++round) {
        for (const QByteArray& payload : payloads) {
            const QString id = parse(payload).id;
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            ids.insert(id);
        }
    }
    QCOMPARE(ids.size(), 100 * payloads.size());
}

// A stream entry's id and time stand in for what the payload does not say itself.
void TestNotificationParser::streamEntryDefaults()
{
    NotificationParser::Context streamContext = context();
    streamContext.defaultId = QStringLiteral("alerts/1764309000000-3");
    streamContext.defaultTime = utcMSecs(1764309000000);

    const Notification bare = NotificationParser::parse("plain text", streamContext);
    QCOMPARE(bare.id, "alerts/1764309000000-3");
    QCOMPARE(bare.time, utcMSecs(1764309000000));
    QCOMPARE(bare.received, Received);

    const Notification own =
        NotificationParser::parse(R"({"id":"evt-9","time":1764309500})", streamContext);
    QCOMPARE(own.id, "evt-9");
    QCOMPARE(own.time, utcMSecs(1764309500000));
}

// ---- time -------------------------------------------------------------------------------------

void TestNotificationParser::time_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QDateTime>("time");
    const QDateTime t = utcMSecs(1764312000000);
    QTest::newRow("absent") << QByteArray(R"({"title":"x"})") << Received;
    QTest::newRow("seconds") << QByteArray(R"({"timestamp":1764312000})") << t;
    QTest::newRow("fractional seconds")
        << QByteArray(R"({"timestamp":1764312000.25})") << t.addMSecs(250);
    QTest::newRow("milliseconds") << QByteArray(R"({"timestamp":1764312000123})")
                                  << t.addMSecs(123);
    QTest::newRow("microseconds") << QByteArray(R"({"timestamp":1764312000123456})")
                                  << t.addMSecs(123);
    QTest::newRow("nanoseconds") << QByteArray(R"({"timestamp":1764312000123456789})")
                                 << t.addMSecs(123);
    QTest::newRow("numeric string") << QByteArray(R"({"timestamp":"1764312000"})") << t;
    QTest::newRow("ntfy time") << QByteArray(R"({"time":1764312000})") << t;
    QTest::newRow("ts") << QByteArray(R"({"ts":1764312000123})") << t.addMSecs(123);
    QTest::newRow("iso Z") << QByteArray(R"({"timestamp":"2025-11-28T06:40:00Z"})") << t;
    QTest::newRow("iso ms") << QByteArray(R"({"ts":"2025-11-28T06:40:00.123Z"})")
                            << t.addMSecs(123);
    QTest::newRow("iso offset") << QByteArray(R"({"time":"2025-11-28T08:40:00+02:00"})") << t;
    QTest::newRow("iso without offset is UTC")
        << QByteArray(R"({"date":"2025-11-28T06:40:00"})") << t;
    QTest::newRow("gotify date") << QByteArray(R"({"date":"2025-11-28T07:40:00.0000001+01:00"})")
                                 << t;
    QTest::newRow("timestamp over time")
        << QByteArray(R"({"time":1000000000,"timestamp":1764312000})") << t;
    QTest::newRow("bad timestamp falls to time")
        << QByteArray(R"({"timestamp":"soon","time":1764312000})") << t;
    QTest::newRow("unparsable") << QByteArray(R"({"timestamp":"yesterday"})") << Received;
    QTest::newRow("zero") << QByteArray(R"({"timestamp":0})") << Received;
    QTest::newRow("negative") << QByteArray(R"({"timestamp":-5})") << Received;
    QTest::newRow("most negative integer")
        << QByteArray(R"({"timestamp":-9223372036854775808})") << Received;
    QTest::newRow("far future") << QByteArray(R"({"timestamp":1e300})") << Received;
    QTest::newRow("bool") << QByteArray(R"({"timestamp":true})") << Received;
    QTest::newRow("object") << QByteArray(R"({"timestamp":{"s":1}})") << Received;
    QTest::newRow("long string") << QByteArray(R"({"date":")" + QByteArray(5000, '1') + "\"}")
                                 << Received;
}

void TestNotificationParser::time()
{
    QFETCH(QByteArray, payload);
    QFETCH(QDateTime, time);
    const Notification n = parse(payload);
    QCOMPARE(n.time, time);
    QCOMPARE(n.time.timeSpec(), Qt::UTC);
}

// ---- urls, icon, actions, tags ----------------------------------------------------------------

void TestNotificationParser::urls_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QString>("expected"); // empty: dropped
    QTest::newRow("https") << QByteArray("https://example.com/a?b=c#d")
                           << "https://example.com/a?b=c#d";
    QTest::newRow("http") << QByteArray("http://example.com") << "http://example.com";
    QTest::newRow("upper-case scheme")
        << QByteArray("HTTPS://Example.com/X") << "https://example.com/X";
    QTest::newRow("mailto") << QByteArray("mailto:ops@example.com") << "mailto:ops@example.com";
    QTest::newRow("padded") << QByteArray("  https://example.com/  ") << "https://example.com/";
    QTest::newRow("port and user")
        << QByteArray("https://u@example.com:8443/") << "https://u@example.com:8443/";
    QTest::newRow("ipv6") << QByteArray("http://[::1]:8080/") << "http://[::1]:8080/";
    QTest::newRow("javascript") << QByteArray("javascript:alert(1)") << "";
    QTest::newRow("JavaScript") << QByteArray("JaVaScRiPt:alert(1)") << "";
    QTest::newRow("padded javascript") << QByteArray("  javascript:alert(1)") << "";
    QTest::newRow("javascript with tab") << QByteArray("java\\tscript:alert(1)") << "";
    QTest::newRow("https with newline") << QByteArray("https://exa\\nmple.com") << "";
    QTest::newRow("file") << QByteArray("file:///etc/passwd") << "";
    QTest::newRow("data") << QByteArray("data:text/html,<script>alert(1)</script>") << "";
    QTest::newRow("vbscript") << QByteArray("vbscript:msgbox") << "";
    QTest::newRow("ftp") << QByteArray("ftp://example.com/") << "";
    QTest::newRow("relative") << QByteArray("/builds/1") << "";
    QTest::newRow("scheme-relative") << QByteArray("//evil.example/x") << "";
    QTest::newRow("no authority") << QByteArray("https:evil.example") << "";
    QTest::newRow("empty host") << QByteArray("https:///path") << "";
    QTest::newRow("port only") << QByteArray("https://user@:80/") << "";
    QTest::newRow("scheme only") << QByteArray("https://") << "";
    QTest::newRow("empty mailto") << QByteArray("mailto:") << "";
    QTest::newRow("bidi override") << QByteArray("https://example.com/\\u202Etxt.exe") << "";
    QTest::newRow("word") << QByteArray("later") << "";
    QTest::newRow("empty") << QByteArray("") << "";
}

void TestNotificationParser::urls()
{
    QFETCH(QByteArray, url);
    QFETCH(QString, expected);
    for (const char* key : {"click", "url", "link"}) {
        const Notification n = parse("{\"" + QByteArray(key) + "\":\"" + url + "\"}");
        QCOMPARE(n.url.toUrl(), expected.isEmpty() ? QUrl() : QUrl(expected));
        if (!expected.isEmpty())
            QCOMPARE(n.url.toString(), expected);
    }
}

void TestNotificationParser::urlPrecedence()
{
    Notification n = parse(
        R"({"link":"https://c.example","url":"https://b.example","click":"https://a.example"})");
    QCOMPARE(n.url.toUrl(), QUrl(QStringLiteral("https://a.example")));
    n = parse(R"({"link":"https://c.example","url":"https://b.example"})");
    QCOMPARE(n.url.toUrl(), QUrl(QStringLiteral("https://b.example")));
    // A refused candidate does not hide a usable one.
    n = parse(R"j({"click":"javascript:alert(1)","url":42,"link":"https://c.example"})j");
    QCOMPARE(n.url.toUrl(), QUrl(QStringLiteral("https://c.example")));
    n = parse(
        R"({"click":"file:///x","extras":{"client::notification":{"click":{"url":"https://g.example"}}}})");
    QCOMPARE(n.url.toUrl(), QUrl(QStringLiteral("https://g.example")));
}

void TestNotificationParser::gotifyExtrasUrl()
{
    Notification n =
        parse(R"({"extras":{"client::notification":{"click":{"url":"javascript:x"}}}})");
    QVERIFY(n.url.isEmpty());
    n = parse(R"({"extras":{"client::notification":{"click":"https://a.example"}}})");
    QVERIFY(n.url.isEmpty());
    n = parse(R"({"extras":"client::notification"})");
    QVERIFY(n.url.isEmpty());
    n = parse(R"({"extras":{"client::notification":{"click":{"url":"mailto:a@b.example"}}}})");
    QCOMPARE(n.url.toUrl(), QUrl(QStringLiteral("mailto:a@b.example")));
}

void TestNotificationParser::iconUrl_data()
{
    QTest::addColumn<QByteArray>("icon");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https") << QByteArray("https://example.com/i.png")
                           << "https://example.com/i.png";
    QTest::newRow("http") << QByteArray("http://example.com/i.png") << "http://example.com/i.png";
    QTest::newRow("mailto") << QByteArray("mailto:a@example.com") << "";
    QTest::newRow("file") << QByteArray("file:///home/me/.ssh/id_rsa") << "";
    QTest::newRow("data") << QByteArray("data:image/png;base64,AAAA") << "";
    QTest::newRow("javascript") << QByteArray("javascript:alert(1)") << "";
}

void TestNotificationParser::iconUrl()
{
    QFETCH(QByteArray, icon);
    QFETCH(QString, expected);
    const Notification n = parse(R"({"icon":")" + icon + "\"}");
    QCOMPARE(n.iconUrl, expected.isEmpty() ? QUrl() : QUrl(expected));
}

void TestNotificationParser::actions()
{
    const Notification n = parse(R"j({"actions":[
        {"action":"view","label":"Open","url":"https://a.example"},
        {"action":"VIEW","label":"Mail","url":"mailto:ops@example.com"},
        {"action":"view","label":"Evil","url":"javascript:alert(1)"},
        {"action":"view","label":"File","url":"file:///etc/passwd"},
        {"action":"view","url":"https://no-label.example"},
        {"action":"view","label":"   ","url":"https://blank-label.example"},
        {"action":"view","label":"No URL"},
        {"action":"http","label":"Post","url":"https://b.example","method":"POST"},
        {"action":"broadcast","label":"Broadcast"},
        {"label":"No action","url":"https://c.example"},
        "view", 42, null, ["view"]
    ]})j");
    QCOMPARE(n.actions.size(), 2);
    QCOMPARE(n.actions[0], (NotificationAction{QStringLiteral("Open"),
                                               QUrl(QStringLiteral("https://a.example"))}));
    QCOMPARE(n.actions[1], (NotificationAction{QStringLiteral("Mail"),
                                               QUrl(QStringLiteral("mailto:ops@example.com"))}));

    const Notification labelled =
        parse(R"({"actions":[{"action":"view","label":"a\nb\u202Ec","url":"https://a.example"}]})");
    QCOMPARE(labelled.actions.size(), 1);
    QCOMPARE(labelled.actions[0].label, QStringLiteral("a bc"));
}

void TestNotificationParser::actionsAreCapped()
{
    QByteArray payload = R"({"actions":[)";
    for (int i = 0; i < 10; ++i)
        payload += R"({"action":"view","label":"L)" + QByteArray::number(i) +
                   R"(","url":"https://a.example/)" + QByteArray::number(i) + "\"},";
    payload.chop(1);
    payload += "]}";
    const Notification n = parse(payload);
    QCOMPARE(n.actions.size(), 3);
    QCOMPARE(n.actions[2].label, QStringLiteral("L2"));
}

void TestNotificationParser::tags()
{
    Notification n = parse(R"({"tags":["warning"," skull ","",7,null,{"a":1},["x"],"a\nb"]})");
    QCOMPARE(n.tags, (QStringList{QStringLiteral("warning"), QStringLiteral("skull"),
                                  QStringLiteral("7"), QStringLiteral("a b")}));
    n = parse(R"({"tags":"ci, deploy,,prod "})");
    QCOMPARE(n.tags,
             (QStringList{QStringLiteral("ci"), QStringLiteral("deploy"), QStringLiteral("prod")}));
    n = parse(R"({"tags":{"a":"b"}})");
    QVERIFY(n.tags.isEmpty());

    QByteArray many = R"({"tags":[)";
    for (int i = 0; i < 100; ++i)
        many += "\"" + QByteArray(100, 'a' + char(i % 26)) + "\",";
    many.chop(1);
    many += "]}";
    n = parse(many);
    QCOMPARE(n.tags.size(), 32);
    for (const QString& tag : n.tags)
        QVERIFY(tag.size() <= 64 && tag.endsWith(TextSanitizer::Ellipsis));
}

// ---- not a JSON object ------------------------------------------------------------------------

void TestNotificationParser::plainText()
{
    const QByteArray payload = "Disk almost full on db-1\nfree: 2%";
    const Notification n = parse(payload);
    QCOMPARE(n.title, QStringLiteral("alerts"));
    QCOMPARE(n.body, QStringLiteral("Disk almost full on db-1\nfree: 2%"));
    QCOMPARE(n.priority, int(Notification::Normal));
    QCOMPARE(n.time, Received);
    QCOMPARE(n.raw, payload);
    QVERIFY(n.url.isEmpty());
    QVERIFY(n.tags.isEmpty());
}

void TestNotificationParser::emptyPayload()
{
    const Notification n = parse(QByteArray());
    QCOMPARE(n.title, QStringLiteral("alerts"));
    QCOMPARE(n.body, QString());
    QVERIFY(!n.id.isEmpty());
    QCOMPARE(n.time, Received);
}

void TestNotificationParser::whitespaceOnlyPayload()
{
    const Notification n = parse(" \t\r\n ");
    QCOMPARE(n.title, QStringLiteral("alerts"));
    QCOMPARE(n.body, QString());
    QCOMPARE(n.raw, QByteArray(" \t\r\n "));
}

void TestNotificationParser::nonObjectJson_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("body");
    QTest::newRow("array") << QByteArray(R"([1,"two",{"three":3}])") << R"([1,"two",{"three":3}])";
    QTest::newRow("number") << QByteArray("42") << "42";
    QTest::newRow("true") << QByteArray("true") << "true";
    QTest::newRow("false") << QByteArray("false") << "false";
    QTest::newRow("null") << QByteArray("null") << "null";
    QTest::newRow("padded array") << QByteArray("  [1]\n") << "[1]";
    QTest::newRow("string") << QByteArray(R"("Deploy \"finished\"\nall green")")
                            << "Deploy \"finished\"\nall green";
    QTest::newRow("string with unicode")
        << QByteArray(R"("caf\u00e9 \ud83d\ude00")") << utf8("caf\xC3\xA9 \xF0\x9F\x98\x80");
}

void TestNotificationParser::nonObjectJson()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, body);
    const Notification n = parse(payload);
    QCOMPARE(n.body, body);
    QCOMPARE(n.title, QStringLiteral("alerts"));
    QCOMPARE(n.priority, int(Notification::Normal));
}

void TestNotificationParser::truncatedJsonIsPlainText()
{
    for (const QByteArray& payload :
         {QByteArray(R"({"title":"x","body":"y)"), QByteArray(R"({"title":"x",)"), QByteArray("{"),
          QByteArray(R"({"title":"x"}})"), QByteArray(R"({'title':'x'})")}) {
        const Notification n = parse(payload);
        QCOMPARE(n.body, QString::fromUtf8(payload));
        QCOMPARE(n.title, QStringLiteral("alerts"));
    }
}

void TestNotificationParser::byteOrderMark()
{
    Notification n = parse("\xEF\xBB\xBF{\"title\":\"T\",\"body\":\"B\"}");
    QCOMPARE(n.title, QStringLiteral("T"));
    QCOMPARE(n.body, QStringLiteral("B"));
    n = parse("\xEF\xBB\xBFplain text");
    QCOMPARE(n.body, QStringLiteral("plain text"));
    n = parse("\xEF\xBB\xBF");
    QCOMPARE(n.body, QString());
}

// ---- hostile input ----------------------------------------------------------------------------

void TestNotificationParser::deepNestingDoesNotCrash()
{
    const QByteArray payload = QByteArray(100000, '[') + QByteArray(100000, ']');
    const Notification n = parse(payload);
    QCOMPARE(n.title, QStringLiteral("alerts"));
    QVERIFY(n.body.size() <= NotificationParser::MaxBodyChars);
    QVERIFY(n.body.startsWith(QStringLiteral("[[[[")));
    QCOMPARE(n.fullBody, QString::fromUtf8(payload));

    const Notification unclosed = parse(QByteArray(1000000, '{'));
    QVERIFY(unclosed.isTruncated());
}

void TestNotificationParser::deepMemberMakesPlainText()
{
    // Nesting past JsonScanner::MaxDepth makes the whole payload plain text: it is still shown,
    // never parsed recursively.
    const QByteArray payload =
        R"({"title":"T","deep":)" + QByteArray(100, '[') + QByteArray(100, ']') + "}";
    const Notification n = parse(payload);
    QCOMPARE(n.title, QStringLiteral("alerts"));
    QCOMPARE(n.body, QString::fromUtf8(payload));
}

void TestNotificationParser::hugeBodyIsCappedAndKept()
{
    QByteArray text;
    for (int i = 0; text.size() < 10 * 1024 * 1024; ++i)
        text += "line " + QByteArray::number(i) + " of a very long log\\n";
    const Notification n = parse(R"({"title":"big","body":")" + text + "\"}");
    QVERIFY(n.body.size() <= NotificationParser::MaxBodyChars);
    QVERIFY(n.body.size() > NotificationParser::MaxBodyChars - 100);
    QVERIFY(n.body.endsWith(TextSanitizer::Ellipsis));
    QVERIFY(n.isTruncated());
    QVERIFY(n.fullBody.size() > 9 * 1024 * 1024);
    QVERIFY(n.fullBody.startsWith(n.body.chopped(1)));
    QVERIFY(n.fullBody.endsWith(QStringLiteral("of a very long log")));
    QCOMPARE(&n.completeBody(), &n.fullBody);
    QCOMPARE(n.title, QStringLiteral("big"));
}

void TestNotificationParser::hugePlainTextIsCappedAndKept()
{
    const QByteArray payload(10 * 1024 * 1024, 'x');
    const Notification n = parse(payload);
    QCOMPARE(n.body.size(), NotificationParser::MaxBodyChars);
    QCOMPARE(n.fullBody.size(), payload.size());
    QCOMPARE(n.raw.size(), payload.size());
}

void TestNotificationParser::hugeTitleIsCapped()
{
    const Notification n =
        parse(R"({"title":")" + QByteArray(1024 * 1024, 't') + R"(","body":"b"})");
    QCOMPARE(n.title.size(), NotificationParser::MaxTitleChars);
    QVERIFY(n.title.endsWith(TextSanitizer::Ellipsis));
    QCOMPARE(n.body, QStringLiteral("b"));
    QVERIFY(!n.isTruncated()); // only the body keeps its uncut text
}

void TestNotificationParser::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("body");
    QTest::newRow("plain text") << QByteArray("abc\xFF"
                                              "def")
                                << QStringLiteral("abc\uFFFDdef");
    QTest::newRow("in a json string") << QByteArray("{\"body\":\"abc\xFF"
                                                    "def\"}")
                                      << QStringLiteral("abc\uFFFDdef");
    QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF"
                                                  "b")
                                    << QString::fromUtf8("a\xC0\xAF"
                                                         "b");
    QTest::newRow("encoded surrogate") << QByteArray("{\"body\":\"a\xED\xA0\x80"
                                                     "b\"}")
                                       << QString::fromUtf8("a\xED\xA0\x80"
                                                            "b");
    QTest::newRow("truncated sequence at end")
        << QByteArray("abc\xE2\x82") << QString::fromUtf8("abc\xE2\x82");
    QTest::newRow("lone surrogate escapes")
        << QByteArray(R"({"body":"a\udc00b\ud800"})") << QStringLiteral("a\uFFFDb\uFFFD");
}

void TestNotificationParser::invalidUtf8()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, body);
    const Notification n = parse(payload);
    QCOMPARE(n.body, body);
    QVERIFY(n.body.contains(QChar::ReplacementCharacter));
    QVERIFY(!hasLoneSurrogate(n.body));
}

void TestNotificationParser::bidiControlsRemoved()
{
    // "Trojan Source" style reordering: every embedding, override and isolate goes.
    const Notification n = parse(
        R"({"title":"invoice\u202Efdp.exe","body":"a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i"})");
    QCOMPARE(n.title, QStringLiteral("invoicefdp.exe"));
    QCOMPARE(n.body, QStringLiteral("abcdefghi"));

    // Marks, joiners and right-to-left text itself stay.
    const QString kept =
        utf8("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE2\x80\x8F(1)\xE2\x80\x8E "
             "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB \xD8\xA7\xD9\x84\xD8\xB9");
    const Notification m = parse("{\"body\":\"" + kept.toUtf8() + "\"}");
    QCOMPARE(m.body, kept);
}

void TestNotificationParser::controlCharactersRemoved()
{
    const Notification n = parse(
        R"({"title":"T\u0007i\tt\nl\re","body":"a\u0000b\u0007c\r\nd\re\tf\u0085g\u007fh\u009bi\u001bj\fk\u2028l\ufeffm"})");
    QCOMPARE(n.title, QStringLiteral("Ti t l e"));
    QCOMPARE(n.body, QStringLiteral("abc\nd\ne\tfghijk\nlm"));

    // Raw C1 and DEL bytes (valid UTF-8) in plain text too.
    const Notification plain = parse("x\xC2\x80y\x7Fz\x1B[31mred");
    QCOMPARE(plain.body, QStringLiteral("xyz[31mred"));

    // A raw DEL byte inside a JSON string: the printable-ASCII shortcut must not skip it, short
    // or long (the scanner reads long strings 16 bytes at a time).
    const Notification del = parse("{\"title\":\"a\x7F"
                                   "b\",\"body\":\"0123456789abcdef\x7F"
                                   "0123\"}");
    QCOMPARE(del.title, QStringLiteral("ab"));
    QCOMPARE(del.body, QStringLiteral("0123456789abcdef0123"));
}

void TestNotificationParser::markupKeptLiterally()
{
    // Views render plain text; the parser neither strips nor escapes markup.
    const QString markup =
        QStringLiteral("<b>x</b><script>alert(1)</script> &amp; <img src=x onerror=y>");
    Notification n = parse(R"({"title":"<i>t</i> &lt;","body":")" + markup.toUtf8() + "\"}");
    QCOMPARE(n.title, QStringLiteral("<i>t</i> &lt;"));
    QCOMPARE(n.body, markup);
    n = parse(markup.toUtf8());
    QCOMPARE(n.body, markup);
}

// ---- TextSanitizer ----------------------------------------------------------------------------

void TestNotificationParser::sanitizerLeavesCleanTextUncopied()
{
    const QString ascii = QStringLiteral("Deploy finished: web-42 in 3m12s");
    QString result = TextSanitizer::singleLine(ascii, 256);
    QCOMPARE(result, ascii);
    QCOMPARE(result.constData(), ascii.constData()); // shared, not copied

    const QString lines = QStringLiteral("line 1\n\tline 2");
    result = TextSanitizer::multiLine(lines, 8192);
    QCOMPARE(result.constData(), lines.constData());

    const QString unicode = utf8("caf\xC3\xA9 \xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");
    result = TextSanitizer::singleLine(unicode, 256);
    QCOMPARE(result.constData(), unicode.constData());
}

void TestNotificationParser::sanitizerSingleLine_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trim") << QStringLiteral("  a b  ") << QStringLiteral("a b");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("a b");
    QTest::newRow("lone cr") << QStringLiteral("a\rb") << QStringLiteral("a b");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a b");
    QTest::newRow("separators") << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a b c");
    QTest::newRow("NUL") << QString::fromUtf16(u"a\0b", 3) << QStringLiteral("ab");
    QTest::newRow("lone high surrogate")
        << QString(QChar(0xD800)) + u'x' << QStringLiteral("\uFFFDx");
    QTest::newRow("lone low surrogate")
        << u'x' + QString(QChar(0xDC00)) << QStringLiteral("x\uFFFD");
    QTest::newRow("noncharacters") << QStringLiteral("a\uFFFEb\uFFFFc") << QStringLiteral("abc");
    QTest::newRow("deprecated format")
        << QStringLiteral("a\u206Ab\u206Fc") << QStringLiteral("abc");
    QTest::newRow("marks kept") << QStringLiteral("a\u200Eb\u200Fc\u061Cd")
                                << QStringLiteral("a\u200Eb\u200Fc\u061Cd");
    QTest::newRow("joiners kept") << QStringLiteral("a\u200Cb\u200Dc")
                                  << QStringLiteral("a\u200Cb\u200Dc");
    QTest::newRow("only controls") << QStringLiteral("\u0001\u0002\u202E") << QString();
    QTest::newRow("null string") << QString() << QString();
}

void TestNotificationParser::sanitizerSingleLine()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextSanitizer::singleLine(input, 256), expected);
}

void TestNotificationParser::sanitizerMultiLine_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("keeps newline and tab") << QStringLiteral("a\n\tb") << QStringLiteral("a\n\tb");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb\r\n") << QStringLiteral("a\nb");
    QTest::newRow("lone cr") << QStringLiteral("a\rb") << QStringLiteral("a\nb");
    QTest::newRow("cr cr lf") << QStringLiteral("a\r\r\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("separators") << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a\nb\nc");
    QTest::newRow("vertical tab and form feed")
        << QStringLiteral("a\vb\fc") << QStringLiteral("abc");
    QTest::newRow("escape sequence")
        << QStringLiteral("\u001B[1mbold") << QStringLiteral("[1mbold");
    QTest::newRow("trim lines") << QStringLiteral("\n\n  text \n\n") << QStringLiteral("text");
}

void TestNotificationParser::sanitizerMultiLine()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextSanitizer::multiLine(input, 8192), expected);
}

void TestNotificationParser::sanitizerCutsAtGraphemeBoundary_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qsizetype>("maxChars");
    QTest::addColumn<QString>("expected");
    const QString emoji = utf8("\xF0\x9F\x98\x80"); // two UTF-16 units
    QTest::newRow("ascii") << QStringLiteral("abcdefghij") << qsizetype(5)
                           << QStringLiteral("abcd…");
    QTest::newRow("exact fit is not cut")
        << QStringLiteral("abcde") << qsizetype(5) << QStringLiteral("abcde");
    QTest::newRow("surrogate pair not split")
        << QStringLiteral("abc") + emoji + QStringLiteral("defg") << qsizetype(5)
        << QStringLiteral("abc…");
    QTest::newRow("surrogate pair fits") << QStringLiteral("ab") + emoji + QStringLiteral("defg")
                                         << qsizetype(5) << QStringLiteral("ab") + emoji + u'…';
    QTest::newRow("combining mark kept with base")
        << QStringLiteral("abce\u0301fgh") << qsizetype(5) << QStringLiteral("abc…");
    QTest::newRow("flag not split")
        << QStringLiteral("ab") + utf8("\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA") + QStringLiteral("xyz")
        << qsizetype(5) << QStringLiteral("ab…");
    QTest::newRow("space before cut trimmed")
        << QStringLiteral("abc   defgh") << qsizetype(6) << QStringLiteral("abc…");
    QTest::newRow("trailing space does not count")
        << QStringLiteral("abcde    ") << qsizetype(5) << QStringLiteral("abcde");
}

void TestNotificationParser::sanitizerCutsAtGraphemeBoundary()
{
    QFETCH(QString, input);
    QFETCH(qsizetype, maxChars);
    QFETCH(QString, expected);
    const QString result = TextSanitizer::singleLine(input, maxChars);
    QCOMPARE(result, expected);
    QVERIFY(result.size() <= maxChars);
    QVERIFY(!hasLoneSurrogate(result));
}

void TestNotificationParser::sanitizerReportsUncut()
{
    QString uncut = QStringLiteral("stale");
    QCOMPARE(TextSanitizer::multiLine(QStringLiteral("short"), 10, &uncut),
             QStringLiteral("short"));
    QVERIFY(uncut.isEmpty());

    const QString emoji = utf8("\xF0\x9F\x98\x80");
    QString longText;
    for (int i = 0; i < 5000; ++i)
        longText += emoji;
    const QString cut = TextSanitizer::multiLine(longText + u'\u202E', 8192, &uncut);
    QCOMPARE(uncut, longText);
    QVERIFY(cut.size() <= 8192);
    QVERIFY(!hasLoneSurrogate(cut));
    QCOMPARE(cut, QString(longText.left(8190)) + TextSanitizer::Ellipsis);
}

void TestNotificationParser::sanitizerTrustsPrintableAsciiHint()
{
    using Known = TextSanitizer::Known;
    const QString clean = QStringLiteral("Deploy finished");
    QString result = TextSanitizer::singleLine(clean, 256, Known::PrintableAscii);
    QCOMPARE(result.constData(), clean.constData());
    QCOMPARE(TextSanitizer::singleLine(QStringLiteral("  padded  "), 256, Known::PrintableAscii),
             QStringLiteral("padded"));
    QCOMPARE(TextSanitizer::singleLine(QStringLiteral("abcdefghij"), 5, Known::PrintableAscii),
             QStringLiteral("abcd…"));
    QString uncut;
    QCOMPARE(TextSanitizer::multiLine(QString(10000, u'x'), 8192, &uncut, Known::PrintableAscii),
             QString(8191, u'x') + TextSanitizer::Ellipsis);
    QCOMPARE(uncut.size(), 10000);
}

QTEST_APPLESS_MAIN(TestNotificationParser)
#include "tst_notificationparser.moc"
