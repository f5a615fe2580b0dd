#pragma once

#include <QUrl>
#include <functional>

// Opens a notification's link. Injected so tests can see what would be opened without a browser.
// Only http, https and mailto are ever opened: anyone who can publish on a channel can put a
// link in a notification, so nothing else (file:, javascript:, custom handlers) is trusted.
class UrlOpener {
public:
    using Open = std::function<bool(const QUrl&)>;

    explicit UrlOpener(Open open = {});

    static bool isAllowed(const QUrl& url);
    // The part of the link a user must see before clicking: the host, or the mail address.
    static QString shownTarget(const QUrl& url);

    // Returns false without opening anything when the scheme is not allowed.
    bool open(const QUrl& url) const;

private:
    Open m_open;
};
