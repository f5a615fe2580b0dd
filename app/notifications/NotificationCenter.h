#pragma once

#include "notifications/Notification.h"
#include "notifications/QuietHours.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <deque>
#include <functional>

// The one place where popup policy lives: which notifications get a popup of their own, which
// are folded into a summary, and which stay silent. It stores nothing and shows nothing: every
// notification still lands in the history list, whatever is decided here. The composition root
// calls it like this:
//
//   const QList<Notification> fresh = center.dedupe(batch);   // drop ids seen before
//   const QList<Notification> stored =                         // the list gets all of them
//       store.insert(fresh, StreamCursor::collect(batch));     // (and the streams' cursors)
//   const NotificationCenter::Decision d = center.decide(stored);
//   for (const auto& n : d.popups) notifier.show(n);
//   for (const auto& s : d.summaries) notifier.showSummary(s);
//   // and summaryUpdated(s) -> notifier.showSummary(s): replace the popup with key s.key
//
// Rules, in the order decide() applies them to each notification (after the delivery routing
// below):
//   1. popups off globally: no popup.
//   2. the notification's ChannelRule (see ruleFor()): muted, or priority below its minimum:
//      no popup.
//   3. do-not-disturb or quiet hours active: no popup, unless Policy::breakThrough is on and the
//      priority is Urgent (5).
//   4. flood control, per source and channel, over the popups that passed 1-3: more than
//      floodThreshold popups within floodWindowSeconds turn into one summary. The first
//      floodThreshold pop individually, the next one starts a Summary (in Decision::summaries),
//      and later ones update it in place through summaryUpdated(), at most once a second per
//      channel. A flood ends after floodWindowSeconds without a popup on that channel; the next
//      burst starts fresh.
//
// Routing by kind and delivery, before the rules:
//   - gap markers never pop up; neither does Delivery::Backfill (a durable channel's existing
//     entries, loaded on first contact).
//   - Delivery::CatchUp (a stream backlog read after a start or reconnect) never pops up on its
//     own: the ones that pass rules 1-3 are counted into one catch-up summary per source ("37
//     notifications while you were away", the highest priority among them). The first one starts
//     it (in Decision::summaries); later ones, in this batch or later batches, update it in place
//     through summaryUpdated() at most once a second. The catch-up ends CatchUpQuietMs after its
//     last notification. With Policy::urgentCatchUpPopups, an Urgent one also pops up on its own
//     (through flood control, like a live one).
//
// Time comes from an injected clock (local time) so tests can drive it; a QTimer calls
// flushSummaries() when a deferred update is due and updates the do-not-disturb state when it
// expires.
class NotificationCenter : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>; // local time
    static constexpr int DedupeCapacity = 10'000;
    static constexpr int SummaryUpdateIntervalMs = 1'000;
    // A catch-up ends after this long without a caught-up notification from its source; a
    // backlog arrives in bursts milliseconds apart, so this only joins reconnects in quick
    // succession into one summary.
    static constexpr int CatchUpQuietMs = 30'000;

    struct ChannelRule {
        bool muted = false;
        int minPopupPriority = Notification::Min; // 1..5

        friend bool operator==(const ChannelRule&, const ChannelRule&) = default;
    };

    struct Policy {
        bool popupsEnabled = true;
        // Urgent (priority 5) notifications still pop up during do-not-disturb and quiet hours.
        bool breakThrough = true;
        // Do-not-disturb until this instant; invalid = off. indefinitely() = until switched off.
        QDateTime doNotDisturbUntil;
        QuietHours quietHours;
        int floodThreshold = 3;      // at least 1
        int floodWindowSeconds = 10; // at least 1
        // Urgent (priority 5) notifications in a catch-up still pop up on their own.
        bool urgentCatchUpPopups = true;
    };

    struct Summary {
        // Stable: "flood:<source>/<channel>" or "catch-up:<source>". A popup with the same key
        // is replaced, not stacked.
        QString key;
        QString source;  // empty when the notifications came through several sources
        QString channel; // empty when they came on several channels
        // Notifications summarised. A flood counts those after the first floodThreshold (which
        // popped on their own), and the count grows while the flood lasts.
        int count = 0;
        int priority = Notification::Min; // the highest among them
        QString title;                    // plain text, e.g. "12 new notifications on alerts"
        QString body;                     // plain text

        friend bool operator==(const Summary&, const Summary&) = default;
    };

    struct Decision {
        QList<Notification> popups;
        QList<Summary> summaries;
    };

    explicit NotificationCenter(QObject* parent = nullptr);
    explicit NotificationCenter(Clock clock, QObject* parent = nullptr);
    ~NotificationCenter() override;

    // Drops notifications whose (source, id) was seen before, in this batch or an earlier one.
    // Memory is bounded: the last DedupeCapacity pairs are remembered. An empty id never dedupes.
    QList<Notification> dedupe(const QList<Notification>& batch);
    // Forgets that these were seen: they could not be stored and will be read again.
    void forgetSeen(const QList<Notification>& notifications);
    // Which of `notifications` (in order) pop up on their own and which summaries start now.
    Decision decide(const QList<Notification>& notifications);
    // "37 notifications while you were away", with the highest priority among them, for all of
    // `backlog` (decide() builds the same summary from the caught-up notifications that pass the
    // rules). Returns a summary with count 0 for an empty backlog.
    Summary catchUpSummary(const QList<Notification>& backlog) const;

    const Policy& policy() const { return m_policy; }
    // Replaces the whole policy (bounds are enforced); emits doNotDisturbChanged when that changes.
    void setPolicy(const Policy& policy);

    // Rules are keyed by a channel name or a subscription pattern, optionally for one source.
    // A notification gets the first rule found for: (its source, its channel), (its source, its
    // pattern), (any source, its channel), (any source, its pattern); else the default rule.
    void setChannelRule(const QString& channelOrPattern, const ChannelRule& rule,
                        const QString& source = QString());
    void removeChannelRule(const QString& channelOrPattern, const QString& source = QString());
    void clearChannelRules();
    ChannelRule ruleFor(const Notification& notification) const;

    // Do-not-disturb. Each emits doNotDisturbChanged(active) when the active state changes.
    void setDoNotDisturbUntil(const QDateTime& until); // invalid = off
    void setDoNotDisturbForOneHour();
    // Until 08:00 tomorrow; between midnight and 08:00 until 08:00 today, which is what "until
    // tomorrow morning" means at 2 a.m.
    void setDoNotDisturbUntilMorning();
    void setDoNotDisturbIndefinitely();
    void clearDoNotDisturb() { setDoNotDisturbUntil(QDateTime()); }
    QDateTime doNotDisturbUntil() const { return m_policy.doNotDisturbUntil; }
    bool isDoNotDisturbActive() const;
    bool isQuietHoursActive() const;
    // The far-future instant that stands for "until switched off" (also what Settings stores).
    static QDateTime indefinitely();

    // Rules 1-3 for one notification, without flood control: would it pop up now?
    bool allowsPopup(const Notification& notification) const;

public slots:
    // Emits summaryUpdated for floods whose deferred update is due, ends floods that have been
    // quiet for the flood window, and re-arms the timer. The timer calls it; tests call it after
    // moving their clock.
    void flushSummaries();
    // Emits doNotDisturbChanged when the active state differs from the one last reported, i.e.
    // false once do-not-disturb has expired. Its timer and decide() call it; tests call it after
    // moving their clock.
    void updateDoNotDisturbState();

signals:
    void summaryUpdated(const NotificationCenter::Summary& summary);
    void doNotDisturbChanged(bool active);

private:
    struct Flood {
        QString source;
        QString channel;
        QList<qint64> recentMs; // popups within the window while not flooding
        bool flooding = false;
        int count = 0;
        int priority = Notification::Min;
        QString latest;
        qint64 lastSeenMs = 0;
        qint64 lastEmittedMs = 0;
        bool dirty = false; // folded in since the last emitted summary
    };

    // One source's catch-up in progress: what its summary says.
    struct CatchUp {
        QString source;
        int count = 0;
        int priority = Notification::Min;
        QHash<QString, int> perChannel;
        qint64 lastSeenMs = 0;
        qint64 lastEmittedMs = 0;
        bool dirty = false;
    };

    static QString dedupeKey(const Notification& notification);
    static QString floodKey(const QString& source, const QString& channel);
    static QString catchUpBody(const QHash<QString, int>& perChannel, QString* onlyChannel);
    void route(const Notification& notification, const QDateTime& now, Decision* decision,
               QStringList* startedFloods, QStringList* startedCatchUps);
    bool passesRules(const Notification& notification, const QDateTime& now) const;
    bool quietAt(const Notification& notification, const QDateTime& now) const;
    bool doNotDisturbActiveAt(const QDateTime& now) const;
    qint64 windowMs() const;
    // Returns true when `notification` is folded into a flood instead of popping up; appends
    // the key of a flood it starts to *started.
    bool foldIntoFlood(const Notification& notification, qint64 nowMs, QStringList* started);
    void pruneRecent(Flood* flood, qint64 nowMs) const;
    void endQuietFloods(qint64 nowMs, QList<Summary>* finalUpdates);
    void collectDueUpdates(qint64 nowMs, QList<Summary>* updates);
    void scheduleFlush(qint64 nowMs);
    Summary floodSummary(const QString& key, const Flood& flood) const;
    void foldIntoCatchUp(const Notification& notification, qint64 nowMs, QStringList* started);
    void endQuietCatchUps(qint64 nowMs, QList<Summary>* finalUpdates);
    static QString catchUpKey(const QString& source);
    static Summary summaryOf(const QString& key, const CatchUp& catchUp);

    Clock m_clock;
    Policy m_policy;
    QHash<QString, QHash<QString, ChannelRule>> m_rules; // source ("" = any) -> name -> rule
    QSet<QString> m_seen;
    std::deque<QString> m_seenOrder;
    QHash<QString, Flood> m_floods;
    QHash<QString, CatchUp> m_catchUps; // by summary key
    QTimer m_flushTimer;
    QTimer m_dndTimer;
    bool m_dndReported = false;
};

Q_DECLARE_METATYPE(NotificationCenter::Summary)
