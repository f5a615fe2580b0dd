#include "DesktopNotifier.h"

#include <algorithm>

Q_LOGGING_CATEGORY(lcDesktop, "herald.desktop", QtInfoMsg)

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{
}

DesktopNotifier::~DesktopNotifier() = default;

DesktopNotifier::Urgency DesktopNotifier::urgencyFor(int priority)
{
    const int clamped = std::clamp(priority, int(Notification::Min), int(Notification::Urgent));
    if (clamped <= Notification::Low)
        return Urgency::Low;
    if (clamped == Notification::Urgent)
        return Urgency::Critical;
    return Urgency::Normal;
}

QString DesktopNotifier::linkText(const QUrl& url)
{
    if (url.isEmpty())
        return {};
    // QUrl::host() shows an internationalised name in Unicode only for top-level domains that
    // guard against look-alike characters, and as punycode otherwise.
    const QString host = url.host();
    return host.isEmpty() ? url.path() : host;
}

QString DesktopNotifier::displayBody(const Notification& n)
{
    // A popup is a glance, not a reader: a few lines, the rest is one click away in the list.
    constexpr qsizetype MaxPopupChars = 400;
    QString body = n.body;
    if (body.size() > MaxPopupChars) {
        qsizetype cut = MaxPopupChars;
        if (body.at(cut - 1).isHighSurrogate())
            --cut; // never split a surrogate pair
        body = body.left(cut) + QChar(0x2026);
    }
    const QString link = linkText(n.url);
    if (link.isEmpty())
        return body;
    const QString line = tr("Opens %1").arg(link);
    return body.isEmpty() ? line : body + u'\n' + line;
}

int DesktopNotifier::effectiveTimeoutMs() const
{
    return m_timeoutMs < 0 ? DefaultTimeoutMs : m_timeoutMs;
}

QString DesktopNotifier::openActionText()
{
    return tr("Open");
}

QString DesktopNotifier::markReadActionText()
{
    return tr("Mark as read");
}
