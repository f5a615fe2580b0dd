#include "notifications/JsonScanner.h"

#include <QTest>
#include <optional>

using Type = JsonScanner::Type;
using Error = JsonScanner::Error;

namespace {

QByteArray nested(int depth, char open, char close)
{
    return QByteArray(depth, open) + QByteArray(depth, close);
}

QByteArray nestedObjects(int depth)
{
    QByteArray json;
    for (int i = 0; i < depth; ++i)
        json += "{\"a\":";
    json += "1";
    json += QByteArray(depth, '}');
    return json;
}

Error errorOf(const QByteArray& json)
{
    const JsonScanner scanner(json);
    return scanner.error();
}

QStringList keysOf(const JsonScanner::MemberRange& range)
{
    QStringList keys;
    for (const JsonScanner::Member& m : range)
        keys.append(m.key.toString());
    return keys;
}

} // namespace

class TestJsonScanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidDocuments_data();
    void acceptsValidDocuments();
    void rejectsInvalidDocuments_data();
    void rejectsInvalidDocuments();
    void reportsEmptyDocuments();
    void reportsErrorOffset();
    void ignoresLeadingByteOrderMark();
    void rootTypes_data();
    void rootTypes();

    void depthLimitIsExact();
    void rejectsHugeNestingWithoutRecursion();
    void rejectsHugeUnclosedNesting();

    void decodesStrings_data();
    void decodesStrings();
    void reportsStringFlags();
    void nonStringsHaveNoString();

    void readsNumbers();
    void readsLargeAndOddNumbers();

    void walksMembersInOrder();
    void walksMembersBeyondTheRecordedOnes();
    void walksNestedValuesAndSkipsTrickyStrings();
    void walksArrays();
    void emptyContainers();
    void rawKeepsValuesAsWritten();
    void memberLookupLastWinsAndDecodesKeys();
    void invalidDocumentHasNoValues();
    void handlesLargeStrings();
};

void TestJsonScanner::acceptsValidDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("spaced") << QByteArray(" \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { } } \n");
    QTest::newRow("literals") << QByteArray("[true,false,null]");
    QTest::newRow("numbers") << QByteArray(
        "[0,-0,1,-1,10,1.5,-0.25,1e3,1E+3,1e-3,2.5E-10,123456789012345678901234]");
    QTest::newRow("escapes") << QByteArray(R"(["\" \\ \/ \b \f \n \r \t \u0041 \uD83D\uDE00"])");
    QTest::newRow("lone surrogate escape") << QByteArray(R"(["\uDC00"])");
    QTest::newRow("utf8") << QByteArray("{\"t\":\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"}");
    QTest::newRow("invalid utf8 in a string") << QByteArray("[\"a\xFF\xFE b\"]");
    QTest::newRow("DEL is not a control for JSON") << QByteArray("[\"\x7F\"]");
    QTest::newRow("top-level string") << QByteArray("\"hello\"");
    QTest::newRow("top-level number") << QByteArray("  42  ");
    QTest::newRow("top-level true") << QByteArray("true");
    QTest::newRow("top-level null") << QByteArray("null");
    QTest::newRow("nested mix") << QByteArray(R"({"a":[{"b":[[],{}]},"]}",{"c":"[{"}]})");
    QTest::newRow("duplicate keys") << QByteArray(R"({"a":1,"a":2})");
    QTest::newRow("empty key") << QByteArray(R"({"":1})");
}

void TestJsonScanner::acceptsValidDocuments()
{
    QFETCH(QByteArray, json);
    const JsonScanner scanner(json);
    QVERIFY2(scanner.isValid(), json.constData());
    QCOMPARE(scanner.error(), Error::None);
    QVERIFY(scanner.root().isDefined());
}

void TestJsonScanner::rejectsInvalidDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("open object") << QByteArray("{");
    QTest::newRow("close only") << QByteArray("}");
    QTest::newRow("unterminated object") << QByteArray(R"({"a":1)");
    QTest::newRow("truncated message") << QByteArray(R"({"title":"x","body":"y)");
    QTest::newRow("trailing comma array") << QByteArray("[1,]");
    QTest::newRow("trailing comma object") << QByteArray(R"({"a":1,})");
    QTest::newRow("leading comma") << QByteArray("[,1]");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("missing value") << QByteArray(R"({"a":})");
    QTest::newRow("unquoted key") << QByteArray("{a:1}");
    QTest::newRow("single quotes") << QByteArray("['a']");
    QTest::newRow("missing comma") << QByteArray("[1 2]");
    QTest::newRow("two roots") << QByteArray("1 2");
    QTest::newRow("extra close") << QByteArray("[1]]");
    QTest::newRow("trailing garbage") << QByteArray("{}x");
    QTest::newRow("mismatched close") << QByteArray("[1}");
    QTest::newRow("mismatched close 2") << QByteArray(R"({"a":1])");
    QTest::newRow("leading zero") << QByteArray("01");
    QTest::newRow("bare minus") << QByteArray("-");
    QTest::newRow("dot without digits") << QByteArray("1.");
    QTest::newRow("leading dot") << QByteArray(".5");
    QTest::newRow("plus sign") << QByteArray("+1");
    QTest::newRow("exponent without digits") << QByteArray("1e");
    QTest::newRow("exponent sign only") << QByteArray("1e+");
    QTest::newRow("hex") << QByteArray("0x10");
    QTest::newRow("NaN") << QByteArray("NaN");
    QTest::newRow("Infinity") << QByteArray("[Infinity]");
    QTest::newRow("truncated true") << QByteArray("tru");
    QTest::newRow("wrong literal") << QByteArray("nul1");
    QTest::newRow("capital literal") << QByteArray("True");
    QTest::newRow("unterminated string") << QByteArray("\"abc");
    QTest::newRow("backslash at end") << QByteArray("\"abc\\");
    QTest::newRow("bad escape") << QByteArray(R"(["\x41"])");
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])");
    QTest::newRow("bad hex") << QByteArray(R"(["\u12G4"])");
    QTest::newRow("raw tab in string") << QByteArray("[\"a\tb\"]");
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]");
    QTest::newRow("raw NUL in string") << QByteArray("[\"a\0b\"]", 6);
    QTest::newRow("NUL after document") << QByteArray("{}\0", 3);
    QTest::newRow("comment") << QByteArray("{} // comment");
    QTest::newRow("plain text") << QByteArray("Deploy finished");
    QTest::newRow("text starting like a literal") << QByteArray("true story");
    QTest::newRow("text starting like a number") << QByteArray("42 is the answer");
    QTest::newRow("partial byte order mark") << QByteArray("\xEF\xBB{}");
    QTest::newRow("non-breaking space as whitespace") << QByteArray("{}\xC2\xA0");
}

void TestJsonScanner::rejectsInvalidDocuments()
{
    QFETCH(QByteArray, json);
    const JsonScanner scanner(json);
    QVERIFY2(!scanner.isValid(), json.constData());
    QCOMPARE(scanner.error(), Error::Syntax);
    QVERIFY(!scanner.root().isDefined());
}

void TestJsonScanner::reportsEmptyDocuments()
{
    for (const QByteArray& json : {QByteArray(), QByteArray(""), QByteArray(" \t\r\n "),
                                   QByteArray("\xEF\xBB\xBF"), QByteArray("\xEF\xBB\xBF  ")}) {
        const JsonScanner scanner(json);
        QVERIFY(!scanner.isValid());
        QCOMPARE(scanner.error(), Error::Empty);
    }
}

void TestJsonScanner::reportsErrorOffset()
{
    const JsonScanner scanner(QByteArrayView(R"({"a":1,"b":x})"));
    QCOMPARE(scanner.error(), Error::Syntax);
    QCOMPARE(scanner.errorOffset(), 11);
    QCOMPARE(JsonScanner(QByteArrayView("{}")).errorOffset(), 0);
}

void TestJsonScanner::ignoresLeadingByteOrderMark()
{
    const JsonScanner scanner(QByteArrayView("\xEF\xBB\xBF{\"a\":\"b\"}"));
    QVERIFY(scanner.isValid());
    QCOMPARE(JsonScanner::member(scanner.root(), "a").toString(), QStringLiteral("b"));
    // Only at the start: elsewhere it is an invalid byte outside a string.
    QVERIFY(!JsonScanner(QByteArrayView("{}\xEF\xBB\xBF")).isValid());
}

void TestJsonScanner::rootTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Type>("type");
    QTest::newRow("object") << QByteArray(" {} ") << Type::Object;
    QTest::newRow("array") << QByteArray("[1]") << Type::Array;
    QTest::newRow("string") << QByteArray("\"s\"") << Type::String;
    QTest::newRow("number") << QByteArray("-1.5e3") << Type::Number;
    QTest::newRow("true") << QByteArray("true") << Type::True;
    QTest::newRow("false") << QByteArray("false") << Type::False;
    QTest::newRow("null") << QByteArray("null") << Type::Null;
}

void TestJsonScanner::rootTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(Type, type);
    const JsonScanner scanner(json);
    QVERIFY(scanner.isValid());
    QCOMPARE(scanner.root().type(), type);
    QCOMPARE(scanner.root().raw(), QByteArrayView(json).trimmed());
}

void TestJsonScanner::depthLimitIsExact()
{
    QCOMPARE(errorOf(nested(JsonScanner::MaxDepth, '[', ']')), Error::None);
    QCOMPARE(errorOf(nestedObjects(JsonScanner::MaxDepth)), Error::None);

    const QByteArray tooDeepJson = nested(JsonScanner::MaxDepth + 1, '[', ']');
    const JsonScanner tooDeep(tooDeepJson);
    QCOMPARE(tooDeep.error(), Error::TooDeep);
    QCOMPARE(tooDeep.errorOffset(), JsonScanner::MaxDepth);
    QCOMPARE(errorOf(nestedObjects(JsonScanner::MaxDepth + 1)), Error::TooDeep);

    // Containers that close before going deeper do not count.
    QByteArray wide = "[";
    for (int i = 0; i < 1000; ++i)
        wide += nested(JsonScanner::MaxDepth - 1, '[', ']') + ',';
    wide += "1]";
    QCOMPARE(errorOf(wide), Error::None);
}

void TestJsonScanner::rejectsHugeNestingWithoutRecursion()
{
    QCOMPARE(errorOf(nested(100000, '[', ']')), Error::TooDeep);
    QCOMPARE(errorOf(nestedObjects(100000)), Error::TooDeep);
    QCOMPARE(errorOf(R"({"title":"t","deep":)" + nested(100000, '[', ']') + "}"), Error::TooDeep);
}

void TestJsonScanner::rejectsHugeUnclosedNesting()
{
    QCOMPARE(errorOf(QByteArray(1000000, '[')), Error::TooDeep);
    QCOMPARE(errorOf(QByteArray(1000000, ']')), Error::Syntax);
}

void TestJsonScanner::decodesStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QByteArray(R"("Deploy finished")")
                           << QStringLiteral("Deploy finished");
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
    QTest::newRow("simple escapes")
        << QByteArray(R"("q\" b\\ s\/ \b\f\n\r\t")") << QStringLiteral("q\" b\\ s/ \b\f\n\r\t");
    QTest::newRow("unicode escape") << QByteArray(R"("\u0041\u00e9\u00E9\u20ac")")
                                    << QString::fromUtf8("A\xC3\xA9\xC3\xA9\xE2\x82\xAC");
    QTest::newRow("surrogate pair")
        << QByteArray(R"("\ud83d\ude00!")") << QString::fromUtf8("\xF0\x9F\x98\x80!");
    QTest::newRow("lone high surrogate")
        << QByteArray(R"("a\ud83db")") << QStringLiteral("a\uFFFDb");
    QTest::newRow("lone high surrogate at end")
        << QByteArray(R"("a\ud83d")") << QStringLiteral("a\uFFFD");
    QTest::newRow("lone low surrogate") << QByteArray(R"("\ude00x")") << QStringLiteral("\uFFFDx");
    QTest::newRow("two high surrogates") << QByteArray(R"("\ud83d\ud83d\ude00")")
                                         << QString::fromUtf8("\xEF\xBF\xBD\xF0\x9F\x98\x80");
    QTest::newRow("reversed pair")
        << QByteArray(R"("\ude00\ud83d")") << QStringLiteral("\uFFFD\uFFFD");
    QTest::newRow("high then other escape")
        << QByteArray(R"("\ud83d\n")") << QStringLiteral("\uFFFD\n");
    QTest::newRow("NUL escape") << QByteArray(R"("a\u0000b")") << QString::fromUtf16(u"a\0b", 3);
    QTest::newRow("raw utf8") << QByteArray("\"caf\xC3\xA9 \xF0\x9F\x98\x80\"")
                              << QString::fromUtf8("caf\xC3\xA9 \xF0\x9F\x98\x80");
    QTest::newRow("raw utf8 and escapes")
        << QByteArray("\"\xC3\xA9\\n\xE2\x82\xAC\\u0041\xF0\x9F\x98\x80\"")
        << QString::fromUtf8("\xC3\xA9\n\xE2\x82\xAC"
                             "A\xF0\x9F\x98\x80");
    QTest::newRow("invalid utf8") << QByteArray("\"a\xFF"
                                                "b\"")
                                  << QStringLiteral("a\uFFFDb");
    QTest::newRow("invalid utf8 before escape") << QByteArray("\"\xE2\x82\\n\"") << QString();
    QTest::newRow("encoded surrogate")
        << QByteArray("\"\xED\xA0\x80\"") << QString::fromUtf8("\xED\xA0\x80");
    QTest::newRow("byte order mark inside")
        << QByteArray("\"\\n\xEF\xBB\xBFx\"") << QStringLiteral("\n\uFEFFx");
    QTest::newRow("long with escape at end")
        << QByteArray("\"" + QByteArray(100, 'x') + "\\\"\"") << QString(100, u'x') + u'"';
}

void TestJsonScanner::decodesStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const JsonScanner scanner(json);
    QVERIFY(scanner.isValid());
    const QString decoded = scanner.root().toString();
    if (QByteArrayView(QTest::currentDataTag()) == "invalid utf8 before escape") {
        // How many U+FFFD a cut-short sequence yields is the UTF-8 decoder's business; what
        // matters is that it is replaced and the escape after it still decodes.
        QVERIFY(decoded.startsWith(QChar::ReplacementCharacter));
        QVERIFY(decoded.endsWith(u'\n'));
        QVERIFY(!decoded.contains(u'\\'));
        return;
    }
    QCOMPARE(decoded, expected);
    QVERIFY(!decoded.isNull());
}

void TestJsonScanner::reportsStringFlags()
{
    const QByteArrayView json("{\"a\":\"plain\",\"b\":\"x\\ny\",\"c\":\"\xC3\xA9\",\"d\":\"\x7F\","
                              "\"e\":\"0123456789abcdef0123456789abcdef~\","
                              "\"f\":\"0123456789abcdef\x7F\"}");
    const JsonScanner scanner(json);
    QVERIFY(scanner.isValid());
    const JsonScanner::Value a = JsonScanner::member(scanner.root(), "a");
    const JsonScanner::Value b = JsonScanner::member(scanner.root(), "b");
    const JsonScanner::Value c = JsonScanner::member(scanner.root(), "c");
    QVERIFY(!a.hasEscapes() && a.isPrintableAscii());
    QVERIFY(b.hasEscapes() && b.isPrintableAscii());
    QVERIFY(!c.hasEscapes() && !c.isPrintableAscii());
    QCOMPARE(a.rawString(), QByteArrayView("plain"));
    QCOMPARE(b.rawString(), QByteArrayView("x\\ny"));
    // DEL is ASCII but not printable; long strings take the 16-bytes-at-a-time path.
    QVERIFY(!JsonScanner::member(scanner.root(), "d").isPrintableAscii());
    QCOMPARE(JsonScanner::member(scanner.root(), "d").toString(), QStringLiteral("\x7F"));
    QVERIFY(JsonScanner::member(scanner.root(), "e").isPrintableAscii());
    QVERIFY(!JsonScanner::member(scanner.root(), "f").isPrintableAscii());

    // The same flags and text whether the validator recorded a member or a walk found it.
    QList<JsonScanner::Member> recorded;
    for (const JsonScanner::Member& m : scanner.members())
        recorded.append(m);
    QList<JsonScanner::Member> walked;
    for (const JsonScanner::Member& m : scanner.root().members())
        walked.append(m);
    QCOMPARE(recorded.size(), 6);
    QCOMPARE(walked.size(), recorded.size());
    for (qsizetype i = 0; i < recorded.size(); ++i) {
        QCOMPARE(recorded[i].key.toString(), walked[i].key.toString());
        QCOMPARE(recorded[i].value.raw(), walked[i].value.raw());
        QCOMPARE(recorded[i].value.hasEscapes(), walked[i].value.hasEscapes());
        QCOMPARE(recorded[i].value.isPrintableAscii(), walked[i].value.isPrintableAscii());
        QCOMPARE(recorded[i].value.toString(), walked[i].value.toString());
    }
    QCOMPARE(recorded[1].value.toString(), QStringLiteral("x\ny"));
    QCOMPARE(recorded[2].value.toString(), QString::fromUtf8("\xC3\xA9"));
}

void TestJsonScanner::nonStringsHaveNoString()
{
    const JsonScanner scanner(QByteArrayView(R"([1,true,null,{},[]])"));
    for (const JsonScanner::Value& v : scanner.root().elements()) {
        QVERIFY(v.toString().isNull());
        QVERIFY(v.rawString().isNull());
    }
    QVERIFY(JsonScanner::Value().toString().isNull());
    QCOMPARE(JsonScanner::Value().type(), Type::Undefined);
}

void TestJsonScanner::readsNumbers()
{
    const JsonScanner scanner(QByteArrayView(R"([4,-17,1764312000123,1.5,1e3,-0,"4"])"));
    QList<JsonScanner::Value> values;
    for (const JsonScanner::Value& v : scanner.root().elements())
        values.append(v);
    QCOMPARE(values.size(), 7);
    QCOMPARE(values[0].toInteger(), std::optional<qint64>(4));
    QCOMPARE(values[1].toInteger(), std::optional<qint64>(-17));
    QCOMPARE(values[2].toInteger(), std::optional<qint64>(1764312000123));
    QCOMPARE(values[2].toDouble(), std::optional<double>(1764312000123.0));
    QCOMPARE(values[3].toInteger(), std::nullopt);
    QCOMPARE(values[3].toDouble(), std::optional<double>(1.5));
    QCOMPARE(values[4].toInteger(), std::nullopt);
    QCOMPARE(values[4].toDouble(), std::optional<double>(1000.0));
    QCOMPARE(values[5].toInteger(), std::optional<qint64>(0));
    QCOMPARE(values[6].toInteger(), std::nullopt); // a string, even if it holds a number
    QCOMPARE(values[6].toDouble(), std::nullopt);
}

void TestJsonScanner::readsLargeAndOddNumbers()
{
    const JsonScanner scanner(
        QByteArrayView(R"([9223372036854775807,-9223372036854775808,9223372036854775808,)"
                       R"(123456789012345678901234,1e400,-2.5E-3])"));
    QList<JsonScanner::Value> v;
    for (const JsonScanner::Value& value : scanner.root().elements())
        v.append(value);
    QCOMPARE(v.size(), 6);
    QCOMPARE(v[0].toInteger(), std::optional<qint64>(std::numeric_limits<qint64>::max()));
    QCOMPARE(v[1].toInteger(), std::optional<qint64>(std::numeric_limits<qint64>::min()));
    QCOMPARE(v[2].toInteger(), std::nullopt);
    QVERIFY(v[2].toDouble().has_value());
    QCOMPARE(v[3].toInteger(), std::nullopt);
    QVERIFY(qFuzzyCompare(*v[3].toDouble(), 1.23456789012345678901234e23));
    QCOMPARE(v[4].toDouble(), std::nullopt);
    QCOMPARE(v[5].toDouble(), std::optional<double>(-2.5e-3));
}

void TestJsonScanner::walksMembersInOrder()
{
    const JsonScanner scanner(
        QByteArrayView(R"( { "id" : "x" , "n":1,"o":{"p":2},"a":[1],"z":null } )"));
    QVERIFY(scanner.isValid());
    const QStringList expected{QStringLiteral("id"), QStringLiteral("n"), QStringLiteral("o"),
                               QStringLiteral("a"), QStringLiteral("z")};
    QCOMPARE(keysOf(scanner.members()), expected);
    QCOMPARE(keysOf(scanner.root().members()), expected);
    QList<Type> types;
    for (const JsonScanner::Member& m : scanner.members())
        types.append(m.value.type());
    QCOMPARE(types,
             (QList<Type>{Type::String, Type::Number, Type::Object, Type::Array, Type::Null}));
}

void TestJsonScanner::walksMembersBeyondTheRecordedOnes()
{
    QByteArray json = "{";
    QStringList expected;
    for (int i = 0; i < 3 * JsonScanner::RecordedMembers + 5; ++i) {
        if (i > 0)
            json += ", ";
        json += "\"k" + QByteArray::number(i) + "\": [" + QByteArray::number(i) + "]";
        expected.append(QStringLiteral("k%1").arg(i));
    }
    json += "}";
    const JsonScanner scanner(json);
    QVERIFY(scanner.isValid());
    QCOMPARE(keysOf(scanner.members()), expected);
    QCOMPARE(keysOf(scanner.root().members()), expected);
    const JsonScanner::Value last = JsonScanner::member(scanner.root(), "k100");
    QCOMPARE(last.raw(), QByteArrayView("[100]"));
}

void TestJsonScanner::walksNestedValuesAndSkipsTrickyStrings()
{
    const QByteArray json =
        R"({"a":"]}\"[{","b":[{"c":"}","d":["\\",{"e":"\""}]}],"f":{"g":{}},"h":1})";
    const JsonScanner scanner(json);
    QVERIFY(scanner.isValid());
    QCOMPARE(keysOf(scanner.members()), (QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                                     QStringLiteral("f"), QStringLiteral("h")}));
    QCOMPARE(JsonScanner::member(scanner.root(), "a").toString(), QStringLiteral("]}\"[{"));
    const JsonScanner::Value b = JsonScanner::member(scanner.root(), "b");
    QCOMPARE(b.raw(), QByteArrayView(R"([{"c":"}","d":["\\",{"e":"\""}]}])"));
    const JsonScanner::Value first = *b.elements().begin();
    QCOMPARE(JsonScanner::member(first, "c").toString(), QStringLiteral("}"));
    const JsonScanner::Value d = JsonScanner::member(first, "d");
    QStringList inner;
    for (const JsonScanner::Value& v : d.elements())
        inner.append(v.isString() ? v.toString() : JsonScanner::member(v, "e").toString());
    QCOMPARE(inner, (QStringList{QStringLiteral("\\"), QStringLiteral("\"")}));
    QCOMPARE(JsonScanner::member(scanner.root(), "h").toInteger(), std::optional<qint64>(1));
}

void TestJsonScanner::walksArrays()
{
    const JsonScanner scanner(QByteArrayView(R"([ "a" , 2 ,[3], {"x":4} ,true ])"));
    QStringList raws;
    for (const JsonScanner::Value& v : scanner.root().elements())
        raws.append(QString::fromUtf8(v.raw()));
    QCOMPARE(raws, (QStringList{QStringLiteral("\"a\""), QStringLiteral("2"), QStringLiteral("[3]"),
                                QStringLiteral("{\"x\":4}"), QStringLiteral("true")}));
    // An array has no members, an object no elements.
    QCOMPARE(keysOf(scanner.root().members()), QStringList());
    QVERIFY(scanner.members().begin() == scanner.members().end());
}

void TestJsonScanner::emptyContainers()
{
    const JsonScanner scanner(QByteArrayView(R"({"o":{ },"a":[ ]})"));
    const JsonScanner::Value o = JsonScanner::member(scanner.root(), "o");
    const JsonScanner::Value a = JsonScanner::member(scanner.root(), "a");
    QVERIFY(o.isObject());
    QVERIFY(a.isArray());
    QVERIFY(o.members().begin() == o.members().end());
    QVERIFY(a.elements().begin() == a.elements().end());
    const JsonScanner empty(QByteArrayView("{}"));
    QVERIFY(empty.members().begin() == empty.members().end());
}

void TestJsonScanner::rawKeepsValuesAsWritten()
{
    const JsonScanner scanner(
        QByteArrayView(R"({"n": -1.50e+2 ,"s":"a\u0041","o":{"k": [1, 2]}})"));
    QCOMPARE(JsonScanner::member(scanner.root(), "n").raw(), QByteArrayView("-1.50e+2"));
    QCOMPARE(JsonScanner::member(scanner.root(), "s").raw(), QByteArrayView(R"("a\u0041")"));
    QCOMPARE(JsonScanner::member(scanner.root(), "o").raw(), QByteArrayView(R"({"k": [1, 2]})"));
}

void TestJsonScanner::memberLookupLastWinsAndDecodesKeys()
{
    const JsonScanner scanner(
        QByteArrayView(R"({"t\u0069tle":"escaped","title":"plain","x":1,"x":2})"));
    QCOMPARE(JsonScanner::member(scanner.root(), "title").toString(), QStringLiteral("plain"));
    QCOMPARE(JsonScanner::member(scanner.root(), "x").toInteger(), std::optional<qint64>(2));
    QVERIFY(!JsonScanner::member(scanner.root(), "missing").isDefined());
    QVERIFY(!JsonScanner::member(JsonScanner::member(scanner.root(), "x"), "x").isDefined());
    QVERIFY(!JsonScanner::member(JsonScanner::Value(), "x").isDefined());

    const JsonScanner escapedOnly(QByteArrayView(R"({"t\u0069tle":"escaped"})"));
    QCOMPARE(JsonScanner::member(escapedOnly.root(), "title").toString(),
             QStringLiteral("escaped"));
}

void TestJsonScanner::invalidDocumentHasNoValues()
{
    const JsonScanner scanner(QByteArrayView(R"({"title":"x","body":"y)"));
    QVERIFY(!scanner.isValid());
    QVERIFY(!scanner.root().isDefined());
    QVERIFY(scanner.members().begin() == scanner.members().end());
    QVERIFY(scanner.root().members().begin() == scanner.root().members().end());
    QVERIFY(scanner.root().elements().begin() == scanner.root().elements().end());
}

void TestJsonScanner::handlesLargeStrings()
{
    const QByteArray body(10 * 1024 * 1024, 'x');
    const QByteArray json = R"({"body":")" + body + R"(\n"})";
    const JsonScanner scanner(json);
    QVERIFY(scanner.isValid());
    const QString decoded = JsonScanner::member(scanner.root(), "body").toString();
    QCOMPARE(decoded.size(), body.size() + 1);
    QCOMPARE(decoded.back(), u'\n');
}

QTEST_APPLESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
