#include "UrlOpener.h"

#include <QDesktopServices>

UrlOpener::UrlOpener(Open open)
    : m_open(open ? std::move(open)
                  : Open([](const QUrl& url) { return QDesktopServices::openUrl(url); }))
{
}

bool UrlOpener::isAllowed(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                             scheme == QLatin1String("mailto"));
}

QString UrlOpener::shownTarget(const QUrl& url)
{
    if (url.scheme().compare(QLatin1String("mailto"), Qt::CaseInsensitive) == 0)
        return url.path();
    return url.host();
}

bool UrlOpener::open(const QUrl& url) const
{
    return isAllowed(url) && m_open(url);
}
