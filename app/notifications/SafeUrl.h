#pragma once

#include <QString>
#include <QUrl>

// A link from a notification, kept as the text the parser checked (http, https or mailto, no
// control or space characters) rather than as a QUrl.
//
// Building a QUrl parses the text into components and allocates for each: on the ingest path
// that was a third of the cost of a message. Most links are never clicked, so the QUrl is made
// only when one is needed (shown as a host, opened, compared).
class SafeUrl {
public:
    SafeUrl() = default;
    // From a QUrl someone else made (tests, the history store): keeps its encoded text.
    SafeUrl(const QUrl& url) // NOLINT(google-explicit-constructor): a drop-in for QUrl
        : m_text(url.isEmpty() ? QString() : url.toString(QUrl::FullyEncoded))
    {
    }
    // Text the parser already checked; nothing is validated here.
    static SafeUrl fromCheckedText(QString text)
    {
        SafeUrl url;
        url.m_text = std::move(text);
        return url;
    }

    bool isEmpty() const { return m_text.isEmpty(); }
    const QString& text() const { return m_text; }
    QUrl toUrl() const { return m_text.isEmpty() ? QUrl() : QUrl(m_text, QUrl::TolerantMode); }
    operator QUrl() const { return toUrl(); } // NOLINT(google-explicit-constructor)
    QString toString(QUrl::FormattingOptions options = QUrl::PrettyDecoded) const
    {
        return toUrl().toString(options);
    }
    QString host() const { return toUrl().host(); }
    QString scheme() const { return toUrl().scheme(); }

    friend bool operator==(const SafeUrl& a, const SafeUrl& b) { return a.m_text == b.m_text; }
    friend bool operator!=(const SafeUrl& a, const SafeUrl& b) { return !(a == b); }

private:
    QString m_text;
};
