#include "NotificationCenter.h"

#include <algorithm>
#include <limits>

namespace {
// An hour at most between do-not-disturb checks: after a suspend a timer fires late and the
// wall clock may have jumped, so a long single-shot timer alone could miss the expiry by hours.
constexpr qint64 MaxDoNotDisturbCheckMs = 60 * 60 * 1000;
constexpr int MaxFloodWindowSeconds = 24 * 60 * 60;

// Without a translation that supplies English numerus forms, tr() returns the source text with
// %n filled in; resolve its "(s)" so English reads right either way. Call it before arg(), so a
// channel name that contains "(s)" is left alone.
QString resolvePlural(QString text, int n)
{
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QString firstLine(const QString& text)
{
    const qsizetype newline = text.indexOf(u'\n');
    return (newline < 0 ? text : text.left(newline)).trimmed();
}

QString gist(const Notification& notification)
{
    const QString title = notification.title.trimmed();
    return title.isEmpty() ? firstLine(notification.body) : title;
}
} // namespace

NotificationCenter::NotificationCenter(QObject* parent)
    : NotificationCenter([] { return QDateTime::currentDateTime(); }, parent)
{
}

NotificationCenter::NotificationCenter(Clock clock, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{
    m_flushTimer.setSingleShot(true);
    m_dndTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &NotificationCenter::flushSummaries);
    connect(&m_dndTimer, &QTimer::timeout, this, &NotificationCenter::updateDoNotDisturbState);
}

NotificationCenter::~NotificationCenter() = default;

QString NotificationCenter::dedupeKey(const Notification& notification)
{
    // Length-prefixed, so no choice of source and id can collide with another pair.
    return QString::number(notification.source.size()) + u':' + notification.source +
           notification.id;
}

QList<Notification> NotificationCenter::dedupe(const QList<Notification>& batch)
{
    QList<Notification> fresh;
    fresh.reserve(batch.size());
    for (const Notification& notification : batch) {
        if (!notification.id.isEmpty()) {
            const QString key = dedupeKey(notification);
            if (m_seen.contains(key))
                continue;
            m_seen.insert(key);
            m_seenOrder.push_back(key);
            if (m_seenOrder.size() > size_t(DedupeCapacity)) {
                m_seen.remove(m_seenOrder.front());
                m_seenOrder.pop_front();
            }
        }
        fresh.append(notification);
    }
    return fresh;
}

void NotificationCenter::forgetSeen(const QList<Notification>& notifications)
{
    QSet<QString> keys;
    for (const Notification& notification : notifications) {
        if (!notification.id.isEmpty() && m_seen.remove(dedupeKey(notification)))
            keys.insert(dedupeKey(notification));
    }
    if (keys.isEmpty())
        return;
    // Out of the order too, or its old place would evict the key once it is seen again.
    std::erase_if(m_seenOrder, [&keys](const QString& key) { return keys.contains(key); });
}

NotificationCenter::Decision NotificationCenter::decide(const QList<Notification>& notifications)
{
    updateDoNotDisturbState();
    const QDateTime now = m_clock();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QList<Summary> updates;
    endQuietFloods(nowMs, &updates);
    endQuietCatchUps(nowMs, &updates);

    Decision decision;
    QStringList startedFloods;
    QStringList startedCatchUps;
    for (const Notification& notification : notifications)
        route(notification, now, &decision, &startedFloods, &startedCatchUps);
    for (const QString& key : std::as_const(startedCatchUps)) {
        CatchUp& catchUp = m_catchUps[key];
        decision.summaries.append(summaryOf(key, catchUp));
        catchUp.lastEmittedMs = nowMs;
        catchUp.dirty = false;
    }
    for (const QString& key : std::as_const(startedFloods)) {
        Flood& flood = m_floods[key];
        decision.summaries.append(floodSummary(key, flood));
        flood.lastEmittedMs = nowMs;
    }
    collectDueUpdates(nowMs, &updates);
    scheduleFlush(nowMs);
    for (const Summary& summary : std::as_const(updates))
        emit summaryUpdated(summary);
    return decision;
}

void NotificationCenter::route(const Notification& notification, const QDateTime& now,
                               Decision* decision, QStringList* startedFloods,
                               QStringList* startedCatchUps)
{
    if (notification.isGap() || notification.delivery == Notification::Delivery::Backfill)
        return;
    if (!passesRules(notification, now))
        return;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (notification.delivery == Notification::Delivery::CatchUp) {
        foldIntoCatchUp(notification, nowMs, startedCatchUps);
        const bool ownPopup =
            m_policy.urgentCatchUpPopups && notification.priority >= Notification::Urgent;
        if (!ownPopup)
            return;
    }
    if (!foldIntoFlood(notification, nowMs, startedFloods))
        decision->popups.append(notification);
}

void NotificationCenter::flushSummaries()
{
    const qint64 nowMs = m_clock().toMSecsSinceEpoch();
    QList<Summary> updates;
    endQuietFloods(nowMs, &updates);
    endQuietCatchUps(nowMs, &updates);
    collectDueUpdates(nowMs, &updates);
    scheduleFlush(nowMs);
    // Emitted after the bookkeeping, so a slot that calls decide() sees a consistent state.
    for (const Summary& summary : std::as_const(updates))
        emit summaryUpdated(summary);
}

bool NotificationCenter::passesRules(const Notification& notification, const QDateTime& now) const
{
    if (!m_policy.popupsEnabled)
        return false;
    const ChannelRule rule = ruleFor(notification);
    if (rule.muted || notification.priority < rule.minPopupPriority)
        return false;
    return !quietAt(notification, now);
}

bool NotificationCenter::quietAt(const Notification& notification, const QDateTime& now) const
{
    if (m_policy.breakThrough && notification.priority >= Notification::Urgent)
        return false;
    return doNotDisturbActiveAt(now) || m_policy.quietHours.isActiveAt(now);
}

bool NotificationCenter::doNotDisturbActiveAt(const QDateTime& now) const
{
    return m_policy.doNotDisturbUntil.isValid() && now < m_policy.doNotDisturbUntil;
}

bool NotificationCenter::allowsPopup(const Notification& notification) const
{
    return passesRules(notification, m_clock());
}

QString NotificationCenter::floodKey(const QString& source, const QString& channel)
{
    return QStringLiteral("flood:") + source + u'/' + channel;
}

qint64 NotificationCenter::windowMs() const
{
    return qint64(m_policy.floodWindowSeconds) * 1000;
}

bool NotificationCenter::foldIntoFlood(const Notification& notification, qint64 nowMs,
                                       QStringList* started)
{
    const QString key = floodKey(notification.source, notification.channel);
    Flood& flood = m_floods[key];
    flood.source = notification.source;
    flood.channel = notification.channel;
    flood.lastSeenMs = nowMs;
    if (flood.flooding) {
        ++flood.count;
        flood.priority = std::max(flood.priority, notification.priority);
        flood.latest = gist(notification);
        flood.dirty = !started->contains(key);
        return true;
    }
    pruneRecent(&flood, nowMs);
    flood.recentMs.append(nowMs);
    if (flood.recentMs.size() <= m_policy.floodThreshold)
        return false;
    flood.flooding = true;
    flood.recentMs.clear();
    flood.count = 1;
    flood.priority = notification.priority;
    flood.latest = gist(notification);
    flood.dirty = false;
    started->append(key);
    return true;
}

void NotificationCenter::pruneRecent(Flood* flood, qint64 nowMs) const
{
    const qint64 oldest = nowMs - windowMs();
    flood->recentMs.removeIf([oldest](qint64 ms) { return ms <= oldest; });
}

void NotificationCenter::endQuietFloods(qint64 nowMs, QList<Summary>* finalUpdates)
{
    for (auto it = m_floods.begin(); it != m_floods.end();) {
        Flood& flood = it.value();
        bool ended = false;
        if (flood.flooding) {
            ended = nowMs - flood.lastSeenMs >= windowMs();
            if (ended && flood.dirty)
                finalUpdates->append(floodSummary(it.key(), flood));
        } else {
            pruneRecent(&flood, nowMs);
            ended = flood.recentMs.isEmpty();
        }
        it = ended ? m_floods.erase(it) : std::next(it);
    }
}

void NotificationCenter::collectDueUpdates(qint64 nowMs, QList<Summary>* updates)
{
    for (auto it = m_catchUps.begin(); it != m_catchUps.end(); ++it) {
        CatchUp& catchUp = it.value();
        if (!catchUp.dirty || nowMs - catchUp.lastEmittedMs < SummaryUpdateIntervalMs)
            continue;
        updates->append(summaryOf(it.key(), catchUp));
        catchUp.lastEmittedMs = nowMs;
        catchUp.dirty = false;
    }
    for (auto it = m_floods.begin(); it != m_floods.end(); ++it) {
        Flood& flood = it.value();
        if (!flood.dirty || nowMs - flood.lastEmittedMs < SummaryUpdateIntervalMs)
            continue;
        updates->append(floodSummary(it.key(), flood));
        flood.lastEmittedMs = nowMs;
        flood.dirty = false;
    }
}

void NotificationCenter::scheduleFlush(qint64 nowMs)
{
    qint64 due = std::numeric_limits<qint64>::max();
    for (const Flood& flood : std::as_const(m_floods)) {
        if (flood.dirty)
            due = std::min(due, flood.lastEmittedMs + SummaryUpdateIntervalMs);
        if (flood.flooding)
            due = std::min(due, flood.lastSeenMs + windowMs());
        else if (!flood.recentMs.isEmpty())
            due = std::min(due, flood.recentMs.last() + windowMs());
    }
    for (const CatchUp& catchUp : std::as_const(m_catchUps)) {
        if (catchUp.dirty)
            due = std::min(due, catchUp.lastEmittedMs + SummaryUpdateIntervalMs);
        due = std::min(due, catchUp.lastSeenMs + CatchUpQuietMs);
    }
    if (due == std::numeric_limits<qint64>::max()) {
        m_flushTimer.stop();
        return;
    }
    // Re-armed at least once per flood window, so a clock that jumped (a suspend) is noticed.
    m_flushTimer.start(int(std::clamp<qint64>(due - nowMs, 0, windowMs())));
}

NotificationCenter::Summary NotificationCenter::floodSummary(const QString& key,
                                                             const Flood& flood) const
{
    Summary summary;
    summary.key = key;
    summary.source = flood.source;
    summary.channel = flood.channel;
    summary.count = flood.count;
    summary.priority = flood.priority;
    //: Popup title for many notifications at once on one channel; %1 is the channel's name
    summary.title =
        resolvePlural(tr("%n new notification(s) on %1", "flood summary", flood.count), flood.count)
            .arg(flood.channel);
    if (!flood.latest.isEmpty())
        //: Popup text under the flood summary; %1 is the newest notification's title
        summary.body = tr("Latest: %1", "flood summary").arg(flood.latest);
    return summary;
}

QString NotificationCenter::catchUpKey(const QString& source)
{
    return QStringLiteral("catch-up:") + source;
}

void NotificationCenter::foldIntoCatchUp(const Notification& notification, qint64 nowMs,
                                         QStringList* started)
{
    const QString key = catchUpKey(notification.source);
    const bool isNew = !m_catchUps.contains(key);
    CatchUp& catchUp = m_catchUps[key];
    catchUp.source = notification.source;
    catchUp.priority =
        isNew ? notification.priority : std::max(catchUp.priority, notification.priority);
    ++catchUp.count;
    ++catchUp.perChannel[notification.channel];
    catchUp.lastSeenMs = nowMs;
    if (isNew)
        started->append(key);
    // A summary started in this decide() already carries this notification.
    catchUp.dirty = !started->contains(key);
}

void NotificationCenter::endQuietCatchUps(qint64 nowMs, QList<Summary>* finalUpdates)
{
    for (auto it = m_catchUps.begin(); it != m_catchUps.end();) {
        if (nowMs - it->lastSeenMs < CatchUpQuietMs) {
            ++it;
            continue;
        }
        if (it->dirty)
            finalUpdates->append(summaryOf(it.key(), it.value()));
        it = m_catchUps.erase(it);
    }
}

NotificationCenter::Summary NotificationCenter::summaryOf(const QString& key,
                                                          const CatchUp& catchUp)
{
    Summary summary;
    summary.key = key;
    summary.source = catchUp.source;
    summary.count = catchUp.count;
    summary.priority = catchUp.priority;
    //: Popup title for what durable channels received while Herald was not running or asleep
    summary.title = tr("%n notifications while you were away", "catch-up summary", catchUp.count);
    summary.body = catchUpBody(catchUp.perChannel, &summary.channel);
    return summary;
}

NotificationCenter::Summary
NotificationCenter::catchUpSummary(const QList<Notification>& backlog) const
{
    CatchUp catchUp;
    bool oneSource = true;
    for (const Notification& notification : backlog) {
        catchUp.priority = std::max(catchUp.priority, notification.priority);
        ++catchUp.perChannel[notification.channel];
        oneSource = oneSource && notification.source == backlog.constFirst().source;
    }
    catchUp.count = int(backlog.size());
    catchUp.source = oneSource && !backlog.isEmpty() ? backlog.constFirst().source : QString();
    return summaryOf(catchUpKey(catchUp.source), catchUp);
}

QString NotificationCenter::catchUpBody(const QHash<QString, int>& perChannel, QString* onlyChannel)
{
    if (perChannel.isEmpty())
        return QString();
    if (perChannel.size() == 1) {
        *onlyChannel = perChannel.cbegin().key();
        //: Popup text under the catch-up summary; %1 is the channel's name
        return tr("On %1", "catch-up summary").arg(*onlyChannel);
    }
    // The busiest channel, the alphabetically first on a tie, so the text does not depend on
    // hash order.
    QString busiest;
    int most = 0;
    for (auto it = perChannel.cbegin(); it != perChannel.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < busiest)) {
            busiest = it.key();
            most = it.value();
        }
    }
    const int channels = int(perChannel.size());
    //: Popup text under the catch-up summary; %1 is the channel that received the most
    return tr("On %n channels, most on %1", "catch-up summary", channels).arg(busiest);
}

void NotificationCenter::setPolicy(const Policy& policy)
{
    m_policy = policy;
    m_policy.floodThreshold = std::max(1, m_policy.floodThreshold);
    m_policy.floodWindowSeconds = std::clamp(m_policy.floodWindowSeconds, 1, MaxFloodWindowSeconds);
    updateDoNotDisturbState();
    scheduleFlush(m_clock().toMSecsSinceEpoch());
}

void NotificationCenter::setChannelRule(const QString& channelOrPattern, const ChannelRule& rule,
                                        const QString& source)
{
    ChannelRule bounded = rule;
    bounded.minPopupPriority =
        std::clamp(rule.minPopupPriority, int(Notification::Min), int(Notification::Urgent));
    m_rules[source][channelOrPattern] = bounded;
}

void NotificationCenter::removeChannelRule(const QString& channelOrPattern, const QString& source)
{
    auto it = m_rules.find(source);
    if (it == m_rules.end())
        return;
    it->remove(channelOrPattern);
    if (it->isEmpty())
        m_rules.erase(it);
}

void NotificationCenter::clearChannelRules()
{
    m_rules.clear();
}

NotificationCenter::ChannelRule NotificationCenter::ruleFor(const Notification& notification) const
{
    for (const QString& source : {notification.source, QString()}) {
        const auto rules = m_rules.constFind(source);
        if (rules == m_rules.cend())
            continue;
        if (auto it = rules->constFind(notification.channel); it != rules->cend())
            return *it;
        if (notification.pattern.isEmpty())
            continue;
        if (auto it = rules->constFind(notification.pattern); it != rules->cend())
            return *it;
    }
    return ChannelRule();
}

QDateTime NotificationCenter::indefinitely()
{
    return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
}

void NotificationCenter::setDoNotDisturbUntil(const QDateTime& until)
{
    m_policy.doNotDisturbUntil = until;
    updateDoNotDisturbState();
}

void NotificationCenter::setDoNotDisturbForOneHour()
{
    setDoNotDisturbUntil(m_clock().addSecs(60 * 60));
}

void NotificationCenter::setDoNotDisturbUntilMorning()
{
    const QDateTime now = m_clock();
    QDateTime morning = now;
    morning.setTime(QTime(8, 0));
    if (morning <= now)
        morning = morning.addDays(1);
    setDoNotDisturbUntil(morning);
}

void NotificationCenter::setDoNotDisturbIndefinitely()
{
    setDoNotDisturbUntil(indefinitely());
}

bool NotificationCenter::isDoNotDisturbActive() const
{
    return doNotDisturbActiveAt(m_clock());
}

bool NotificationCenter::isQuietHoursActive() const
{
    return m_policy.quietHours.isActiveAt(m_clock());
}

void NotificationCenter::updateDoNotDisturbState()
{
    const QDateTime now = m_clock();
    const bool active = doNotDisturbActiveAt(now);
    if (active)
        m_dndTimer.start(int(std::clamp<qint64>(now.msecsTo(m_policy.doNotDisturbUntil), 0,
                                                MaxDoNotDisturbCheckMs)));
    else
        m_dndTimer.stop();
    if (active == m_dndReported)
        return;
    m_dndReported = active;
    emit doNotDisturbChanged(active);
}
