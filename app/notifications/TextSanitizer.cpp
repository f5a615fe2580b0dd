#include "TextSanitizer.h"

#include <QTextBoundaryFinder>
#include <algorithm>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

bool isPrintableAscii(char16_t c)
{
    return c >= 0x20 && c < 0x7F;
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == 0x2028 || c == 0x2029;
}

// Invisible characters that change how the rest of the text is displayed or carry nothing:
// bidi embeddings/overrides (U+202A..E), isolates and deprecated format controls (U+2066..F),
// a stray byte order mark, and the noncharacters U+FFFE/U+FFFF.
bool isRemovedFormat(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x206F) || c == 0xFEFF ||
           c == 0xFFFE || c == 0xFFFF;
}

// The last grapheme boundary at or before `pos`. QTextBoundaryFinder computes attributes for all
// the text it is given, so it only sees a small window around `pos`: cutting a 10 MB body must
// not cost a pass over 10 MB. A window can start inside a cluster, so a boundary found at its very
// start is not trusted and the fallback only avoids splitting a surrogate pair.
qsizetype graphemeBoundaryAtOrBefore(const QString& text, qsizetype pos)
{
    constexpr qsizetype Context = 32;
    const qsizetype windowStart = std::max<qsizetype>(0, pos - Context);
    const qsizetype windowEnd = std::min(text.size(), pos + Context);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.constData() + windowStart,
                               windowEnd - windowStart);
    finder.setPosition(pos - windowStart);
    if (finder.isAtBoundary())
        return pos;
    const qsizetype previous = finder.toPreviousBoundary();
    if (previous > 0 || windowStart == 0)
        return windowStart + std::max<qsizetype>(previous, 0);
    return pos > 0 && text.at(pos - 1).isHighSurrogate() ? pos - 1 : pos;
}

// Index of the first unit in [from, n) that is not printable ASCII (0x20..0x7E), or n. Almost all
// text is mostly printable ASCII, so SSE2 (part of every x86-64) checks eight units at a time.
qsizetype skipPrintableAscii(const QChar* s, qsizetype from, qsizetype n)
{
    qsizetype i = from;
#if defined(__SSE2__)
    // c - 0x20, read as signed, lies in 0..0x5E exactly for printable ASCII.
    const __m128i offset = _mm_set1_epi16(0x20);
    const __m128i last = _mm_set1_epi16(0x5E);
    const __m128i zero = _mm_setzero_si128();
    for (; n - i >= 8; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        const __m128i shifted = _mm_sub_epi16(units, offset);
        const __m128i outside =
            _mm_or_si128(_mm_cmpgt_epi16(shifted, last), _mm_cmplt_epi16(shifted, zero));
        const unsigned mask = unsigned(_mm_movemask_epi8(outside));
        if (mask != 0)
            return i + std::countr_zero(mask) / 2;
    }
#endif
    while (i < n && isPrintableAscii(s[i].unicode()))
        ++i;
    return i;
}

} // namespace

QString TextSanitizer::singleLine(QString text, qsizetype maxChars, Known known)
{
    return clean(std::move(text), Lines::Single, maxChars, nullptr, known);
}

QString TextSanitizer::multiLine(QString text, qsizetype maxChars, QString* uncut, Known known)
{
    return clean(std::move(text), Lines::Multi, maxChars, uncut, known);
}

QString TextSanitizer::clean(QString text, Lines lines, qsizetype maxChars, QString* uncut,
                             Known known)
{
    if (uncut)
        uncut->clear();
    if (known != Known::PrintableAscii) {
        const qsizetype from = firstToChange(text, lines);
        if (from < text.size())
            rewrite(text, from, lines);
    }
    // at(), not front()/back(): those are non-const here and would detach a shared string.
    if (!text.isEmpty() && (text.at(0).isSpace() || text.at(text.size() - 1).isSpace()))
        text = std::move(text).trimmed();
    if (text.size() <= maxChars)
        return text;
    QString shortened = cut(text, maxChars);
    if (uncut)
        *uncut = std::move(text);
    return shortened;
}

// Read-only scan: most text needs no change, and then it must not be detached or copied.
qsizetype TextSanitizer::firstToChange(const QString& text, Lines lines)
{
    const QChar* s = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = skipPrintableAscii(s, 0, n); i < n; i = skipPrintableAscii(s, i + 1, n)) {
        const char16_t c = s[i].unicode();
        if (c == u'\n' || c == u'\t') {
            if (lines == Lines::Multi)
                continue;
            return i;
        }
        if (c < 0xA0 || isRemovedFormat(c) || c == 0x2028 || c == 0x2029)
            return i;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && s[i + 1].isLowSurrogate()) {
                ++i;
                continue;
            }
            return i;
        }
        if (QChar::isLowSurrogate(c))
            return i;
    }
    return n;
}

// Every rule maps one unit to at most one unit (CR LF to one line break), so the text is
// rewritten in place, front to back.
void TextSanitizer::rewrite(QString& text, qsizetype from, Lines lines)
{
    const QChar lineBreak = lines == Lines::Multi ? QChar(u'\n') : QChar(u' ');
    const QChar tab = lines == Lines::Multi ? QChar(u'\t') : QChar(u' ');
    QChar* d = text.data();
    const qsizetype n = text.size();
    qsizetype out = from;
    for (qsizetype i = from; i < n; ++i) {
        const char16_t c = d[i].unicode();
        if (isPrintableAscii(c)) {
            d[out++] = d[i];
        } else if (c == u'\r') {
            if (i + 1 == n || d[i + 1] != u'\n')
                d[out++] = lineBreak;
        } else if (isLineBreak(c)) {
            d[out++] = lineBreak;
        } else if (c == u'\t') {
            d[out++] = tab;
        } else if (c < 0xA0 || isRemovedFormat(c)) {
            // dropped
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && d[i + 1].isLowSurrogate()) {
            d[out++] = d[i];
            d[out++] = d[++i];
        } else if (QChar::isSurrogate(c)) {
            d[out++] = QChar::ReplacementCharacter;
        } else {
            d[out++] = d[i];
        }
    }
    text.truncate(out);
}

QString TextSanitizer::cut(const QString& text, qsizetype maxChars)
{
    if (maxChars <= 0)
        return {};
    qsizetype end = graphemeBoundaryAtOrBefore(text, maxChars - 1);
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    // A fresh string rather than truncating in place: the cut text must not keep a 10 MB
    // allocation alive for as long as the notification lives.
    QString result;
    result.reserve(end + 1);
    result.append(text.constData(), end);
    result.append(Ellipsis);
    return result;
}
