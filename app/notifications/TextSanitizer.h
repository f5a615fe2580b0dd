#pragma once

#include <QString>

// Turns untrusted text into text that is safe to show as plain text.
//
// - C0 and C1 control characters and DEL are removed. A multi-line text keeps \n and \t; CR LF
//   and a lone CR become \n, and U+2028/U+2029 (line/paragraph separator) become \n too. A
//   single-line text turns all of these line breaks and tabs into one space each instead.
// - Bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) and the
//   deprecated format characters after them (U+206A..U+206F) are removed: they let a sender make
//   text display in an order other than the one it is stored in ("Trojan Source").
//   The marks U+200E (LRM), U+200F (RLM) and U+061C (ALM) stay: they only set the direction of
//   neighbouring neutral characters, cannot reorder letters, and right-to-left text needs them to
//   show punctuation and numbers correctly.
// - U+FEFF (a byte order mark in the middle of text, invisible) and the noncharacters U+FFFE and
//   U+FFFF are removed; a surrogate that is not half of a pair becomes U+FFFD. Zero-width
//   joiners and non-joiners stay: emoji sequences and Persian or Indic text need them.
// - Leading and trailing whitespace is trimmed.
// - Text longer than maxChars UTF-16 units is cut at a grapheme boundary (never inside a
//   surrogate pair or before a combining mark) and ends in "…"; the result, ellipsis included,
//   is at most maxChars long.
//
// Invalid UTF-8 is not this class's job: QString::fromUtf8 and JsonScanner already turn it into
// U+FFFD. Text that needs no change is returned as the same (implicitly shared) QString, so clean
// ASCII is never copied here.
class TextSanitizer {
public:
    static constexpr QChar Ellipsis = QChar(0x2026);

    // What a caller may already know about the text. PrintableAscii: every unit is 0x20..0x7E
    // (JsonScanner tells that of a string's bytes for free), so only trimming and the length cap
    // are left to do; the text is not even read.
    enum class Known { Nothing, PrintableAscii };

    // Titles, ids, labels, tags.
    static QString singleLine(QString text, qsizetype maxChars, Known known = Known::Nothing);
    // Bodies. When the text has to be cut and `uncut` is given, *uncut receives the whole
    // sanitized text; otherwise *uncut is cleared.
    static QString multiLine(QString text, qsizetype maxChars, QString* uncut = nullptr,
                             Known known = Known::Nothing);

private:
    enum class Lines { Single, Multi };

    static QString clean(QString text, Lines lines, qsizetype maxChars, QString* uncut,
                         Known known);
    static qsizetype firstToChange(const QString& text, Lines lines);
    static void rewrite(QString& text, qsizetype from, Lines lines);
    static QString cut(const QString& text, qsizetype maxChars);
};
