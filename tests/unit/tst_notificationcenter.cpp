#include "notifications/NotificationCenter.h"
#include "notifications/QuietHours.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

namespace {
const QString Source = QStringLiteral("redis://h:6379");

Notification note(const QString& id, const QString& channel, int priority = Notification::Normal,
                  const QString& pattern = QString(), const QString& source = Source)
{
    Notification n;
    n.id = id;
    n.source = source;
    n.channel = channel;
    n.pattern = pattern;
    n.title = QStringLiteral("title ") + id;
    n.priority = priority;
    return n;
}

QList<Notification> burst(const QString& channel, int count, const QString& prefix)
{
    QList<Notification> batch;
    for (int i = 0; i < count; ++i)
        batch.append(note(prefix + QString::number(i), channel));
    return batch;
}

QList<Notification> withDelivery(QList<Notification> batch, Notification::Delivery delivery)
{
    for (Notification& n : batch)
        n.delivery = delivery;
    return batch;
}

QList<Notification> caughtUp(const QString& channel, int count, const QString& prefix)
{
    return withDelivery(burst(channel, count, prefix), Notification::Delivery::CatchUp);
}

QStringList ids(const QList<Notification>& notifications)
{
    QStringList result;
    for (const Notification& n : notifications)
        result.append(n.id);
    return result;
}

// 2024-05-15 is a Wednesday.
QDateTime at(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, minute, second));
}
} // namespace

class TestNotificationCenter : public QObject {
    Q_OBJECT

private:
    QDateTime m_now;
    NotificationCenter::Clock clock()
    {
        return [this] { return m_now; };
    }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    int popups(NotificationCenter& center, const QList<Notification>& batch)
    {
        return int(center.decide(batch).popups.size());
    }

private slots:
    void initTestCase()
    {
        // The English plural forms the app loads: "1 notification", not "1 notifications".
        auto* plurals = new QTranslator(this);
        QVERIFY(plurals->load(QStringLiteral(":/i18n/herald_en.qm")));
        QCoreApplication::installTranslator(plurals);
    }

    void init() { m_now = at(15, 12); }

    // --- dedupe ---

    void dedupeDropsIdsSeenBeforeInTheBatchAndAcrossBatches()
    {
        NotificationCenter center(clock());
        QCOMPARE(ids(center.dedupe({note("a", "x"), note("b", "x"), note("a", "y")})),
                 (QStringList{"a", "b"}));
        QCOMPARE(ids(center.dedupe({note("b", "x"), note("c", "x")})), QStringList{"c"});
    }

    void dedupeKeysBySourceAndId()
    {
        NotificationCenter center(clock());
        center.dedupe({note("a", "x")});
        const auto fresh = center.dedupe({note("a", "x", 3, {}, "redis://other:6379")});
        QCOMPARE(fresh.size(), 1);
        // Source "ab" + id "c" must not collide with source "a" + id "bc".
        center.dedupe({note("c", "x", 3, {}, "ab")});
        QCOMPARE(center.dedupe({note("bc", "x", 3, {}, "a")}).size(), 1);
    }

    void dedupeNeverDropsEmptyIds()
    {
        NotificationCenter center(clock());
        QCOMPARE(center.dedupe({note("", "x"), note("", "x")}).size(), 2);
    }

    void forgottenIdsAreNoLongerDuplicates()
    {
        NotificationCenter center(clock());
        const QList<Notification> batch{note("a", "x"), note("b", "x")};
        QCOMPARE(center.dedupe(batch).size(), 2);
        center.forgetSeen({batch[0]});
        QCOMPARE(ids(center.dedupe(batch)), QStringList{"a"});
        QCOMPARE(ids(center.dedupe(batch)), QStringList{});
    }

    void dedupeMemoryIsBounded()
    {
        NotificationCenter center(clock());
        QList<Notification> batch;
        for (int i = 0; i <= NotificationCenter::DedupeCapacity; ++i)
            batch.append(note(QString::number(i), "x"));
        QCOMPARE(center.dedupe(batch).size(), NotificationCenter::DedupeCapacity + 1);
        // The oldest was forgotten, the newest still remembered.
        QCOMPARE(center.dedupe({note("0", "x")}).size(), 1);
        QCOMPARE(
            center.dedupe({note(QString::number(NotificationCenter::DedupeCapacity), "x")}).size(),
            0);
    }

    // --- rules ---

    void popupsCanBeSwitchedOffGlobally()
    {
        NotificationCenter center(clock());
        NotificationCenter::Policy policy;
        policy.popupsEnabled = false;
        center.setPolicy(policy);
        const auto decision = center.decide({note("a", "x", Notification::Urgent)});
        QVERIFY(decision.popups.isEmpty());
        QVERIFY(decision.summaries.isEmpty());
    }

    void mutedChannelGetsNoPopup()
    {
        NotificationCenter center(clock());
        center.setChannelRule("builds", {true, 1});
        const auto decision = center.decide(
            {note("a", "builds", Notification::Urgent), note("b", "alerts"), note("c", "builds")});
        QCOMPARE(ids(decision.popups), QStringList{"b"});
    }

    void muteByPatternAppliesToItsChannels()
    {
        NotificationCenter center(clock());
        center.setChannelRule("deploy:*", {true, 1});
        QCOMPARE(popups(center, {note("a", "deploy:web", 3, "deploy:*")}), 0);
        QCOMPARE(popups(center, {note("b", "deploy:web")}), 1); // plain SUBSCRIBE: no pattern
    }

    void channelRuleWinsOverPatternRule()
    {
        NotificationCenter center(clock());
        center.setChannelRule("deploy:*", {true, 1});
        center.setChannelRule("deploy:prod", {false, 1});
        QCOMPARE(popups(center, {note("a", "deploy:prod", 3, "deploy:*")}), 1);
        QCOMPARE(popups(center, {note("b", "deploy:test", 3, "deploy:*")}), 0);
    }

    void sourceSpecificRuleWinsOverAnySource()
    {
        NotificationCenter center(clock());
        center.setChannelRule("alerts", {true, 1});
        center.setChannelRule("alerts", {false, 1}, "redis://other:6379");
        QCOMPARE(popups(center, {note("a", "alerts")}), 0);
        QCOMPARE(popups(center, {note("b", "alerts", 3, {}, "redis://other:6379")}), 1);
        center.removeChannelRule("alerts");
        QCOMPARE(popups(center, {note("c", "alerts")}), 1);
    }

    void minimumPriorityPerChannel_data()
    {
        QTest::addColumn<int>("minimum");
        QTest::addColumn<int>("priority");
        QTest::addColumn<bool>("popsUp");
        QTest::newRow("4 below 5") << 5 << 4 << false;
        QTest::newRow("5 at 5") << 5 << 5 << true;
        QTest::newRow("2 below 3") << 3 << 2 << false;
        QTest::newRow("3 at 3") << 3 << 3 << true;
        QTest::newRow("1 at 1") << 1 << 1 << true;
    }

    void minimumPriorityPerChannel()
    {
        QFETCH(int, minimum);
        QFETCH(int, priority);
        QFETCH(bool, popsUp);
        NotificationCenter center(clock());
        center.setChannelRule("metrics", {false, minimum});
        QCOMPARE(popups(center, {note("a", "metrics", priority)}), popsUp ? 1 : 0);
        // Other channels keep the default minimum of 1.
        QCOMPARE(popups(center, {note("b", "other", Notification::Min)}), 1);
    }

    void minimumPriorityPerPattern()
    {
        NotificationCenter center(clock());
        center.setChannelRule("metrics.*", {false, Notification::High});
        QCOMPARE(popups(center, {note("a", "metrics.cpu", Notification::Normal, "metrics.*")}), 0);
        QCOMPARE(popups(center, {note("b", "metrics.cpu", Notification::High, "metrics.*")}), 1);
        QCOMPARE(center.ruleFor(note("c", "metrics.cpu", 3, "metrics.*")).minPopupPriority,
                 int(Notification::High));
    }

    void ruleMinimumIsClampedToPriorities()
    {
        NotificationCenter center(clock());
        center.setChannelRule("x", {false, 9});
        QCOMPARE(center.ruleFor(note("a", "x")).minPopupPriority, 5);
        center.setChannelRule("x", {false, -1});
        QCOMPARE(center.ruleFor(note("a", "x")).minPopupPriority, 1);
    }

    // --- do not disturb ---

    void doNotDisturbLetsOnlyUrgentThrough()
    {
        NotificationCenter center(clock());
        QSignalSpy changed(&center, &NotificationCenter::doNotDisturbChanged);
        center.setDoNotDisturbForOneHour();
        QVERIFY(center.isDoNotDisturbActive());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        QCOMPARE(center.doNotDisturbUntil(), m_now.addSecs(3600));
        const auto decision = center.decide(
            {note("a", "x", Notification::High), note("b", "x", Notification::Urgent)});
        QCOMPARE(ids(decision.popups), QStringList{"b"});
    }

    void doNotDisturbWithoutBreakThroughSilencesEverything()
    {
        NotificationCenter center(clock());
        NotificationCenter::Policy policy;
        policy.breakThrough = false;
        center.setPolicy(policy);
        center.setDoNotDisturbIndefinitely();
        QCOMPARE(popups(center, {note("a", "x", Notification::Urgent)}), 0);
        QVERIFY(!center.allowsPopup(note("b", "x", Notification::Urgent)));
    }

    void doNotDisturbExpires()
    {
        NotificationCenter center(clock());
        QSignalSpy changed(&center, &NotificationCenter::doNotDisturbChanged);
        center.setDoNotDisturbForOneHour();
        advanceMs(3600 * 1000 - 1);
        QVERIFY(center.isDoNotDisturbActive());
        QCOMPARE(popups(center, {note("a", "x")}), 0);
        advanceMs(1);
        QVERIFY(!center.isDoNotDisturbActive());
        center.updateDoNotDisturbState();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toBool(), false);
        QCOMPARE(popups(center, {note("b", "x")}), 1);
        QCOMPARE(changed.size(), 2);
    }

    void decideNoticesTheExpiryItself()
    {
        NotificationCenter center(clock());
        center.setDoNotDisturbUntil(m_now.addSecs(60));
        QSignalSpy changed(&center, &NotificationCenter::doNotDisturbChanged);
        advanceMs(61 * 1000);
        QCOMPARE(popups(center, {note("a", "x")}), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), false);
    }

    void doNotDisturbUntilMorning_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("until");
        QTest::newRow("evening") << at(15, 23) << at(16, 8);
        QTest::newRow("noon") << at(15, 12) << at(16, 8);
        QTest::newRow("08:00 sharp") << at(15, 8) << at(16, 8);
        QTest::newRow("after midnight") << at(16, 2) << at(16, 8);
    }

    void doNotDisturbUntilMorning()
    {
        QFETCH(QDateTime, now);
        m_now = now;
        NotificationCenter center(clock());
        center.setDoNotDisturbUntilMorning();
        QTEST(center.doNotDisturbUntil(), "until");
    }

    void doNotDisturbIndefinitelyLastsUntilCleared()
    {
        NotificationCenter center(clock());
        QSignalSpy changed(&center, &NotificationCenter::doNotDisturbChanged);
        center.setDoNotDisturbIndefinitely();
        m_now = m_now.addYears(500);
        QVERIFY(center.isDoNotDisturbActive());
        center.clearDoNotDisturb();
        QVERIFY(!center.isDoNotDisturbActive());
        QCOMPARE(changed.size(), 2);
        // Setting the same state again is not a change.
        center.clearDoNotDisturb();
        QCOMPARE(changed.size(), 2);
    }

    void doNotDisturbInThePastIsOff()
    {
        NotificationCenter center(clock());
        QSignalSpy changed(&center, &NotificationCenter::doNotDisturbChanged);
        center.setDoNotDisturbUntil(m_now.addSecs(-1));
        QVERIFY(!center.isDoNotDisturbActive());
        QCOMPARE(changed.size(), 0);
    }

    // --- quiet hours ---

    void quietHoursSpan_data()
    {
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QList<Qt::DayOfWeek>>("days");
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<bool>("quiet");

        const QList<Qt::DayOfWeek> friday{Qt::Friday}; // 2024-05-17
        const QTime ten(22, 0);
        const QTime seven(7, 0);
        QTest::newRow("wrap: Fri 23:00") << ten << seven << friday << at(17, 23) << true;
        QTest::newRow("wrap: Fri 22:00") << ten << seven << friday << at(17, 22) << true;
        QTest::newRow("wrap: Sat 06:59, span began Fri")
            << ten << seven << friday << at(18, 6, 59) << true;
        QTest::newRow("wrap: Sat 07:00 ends") << ten << seven << friday << at(18, 7) << false;
        QTest::newRow("wrap: Fri 06:59 began Thu")
            << ten << seven << friday << at(17, 6, 59) << false;
        QTest::newRow("wrap: Sat 23:00 not chosen")
            << ten << seven << friday << at(18, 23) << false;
        QTest::newRow("wrap: Fri 21:59") << ten << seven << friday << at(17, 21, 59) << false;
        QTest::newRow("wrap: Fri 00:00 began Thu") << ten << seven << friday << at(17, 0) << false;
        QTest::newRow("wrap: Sat 00:00 began Fri") << ten << seven << friday << at(18, 0) << true;

        const QList<Qt::DayOfWeek> weekdays{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday,
                                            Qt::Friday};
        const QTime nine(9, 0);
        const QTime five(17, 0);
        QTest::newRow("day: Wed 12:00") << nine << five << weekdays << at(15, 12) << true;
        QTest::newRow("day: Wed 09:00") << nine << five << weekdays << at(15, 9) << true;
        QTest::newRow("day: Wed 17:00") << nine << five << weekdays << at(15, 17) << false;
        QTest::newRow("day: Wed 08:59") << nine << five << weekdays << at(15, 8, 59) << false;
        QTest::newRow("day: Sat 12:00") << nine << five << weekdays << at(18, 12) << false;

        const QList<Qt::DayOfWeek> weekend{Qt::Saturday, Qt::Sunday};
        const QTime midnight(0, 0);
        QTest::newRow("whole day: Sat") << midnight << midnight << weekend << at(18, 15) << true;
        QTest::newRow("whole day: Sun 23:59")
            << midnight << midnight << weekend << at(19, 23, 59) << true;
        QTest::newRow("whole day: Mon") << midnight << midnight << weekend << at(20, 0) << false;
    }

    void quietHoursSpan()
    {
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QList<Qt::DayOfWeek>, days);
        QFETCH(QDateTime, time);
        QuietHours hours(start, end, days);
        hours.setEnabled(true);
        QTEST(hours.isActiveAt(time), "quiet");
    }

    void quietHoursDisabledIsNeverActive()
    {
        QuietHours hours(QTime(0, 0), QTime(0, 0));
        QVERIFY(!hours.isActiveAt(at(15, 12)));
        QVERIFY(!QuietHours().isEnabled());
        QCOMPARE(QuietHours().days(), QuietHours::allDays());
    }

    void quietHoursDaysAreASortedSet()
    {
        QuietHours hours;
        hours.setDays({Qt::Sunday, Qt::Monday, Qt::Sunday, Qt::DayOfWeek(0)});
        QCOMPARE(hours.days(), (QList<Qt::DayOfWeek>{Qt::Monday, Qt::Sunday}));
    }

    void quietHoursHoldPopupsBackWithBreakThrough()
    {
        m_now = at(15, 23);
        NotificationCenter center(clock());
        NotificationCenter::Policy policy;
        policy.quietHours = QuietHours(QTime(22, 0), QTime(7, 0));
        policy.quietHours.setEnabled(true);
        center.setPolicy(policy);
        QVERIFY(center.isQuietHoursActive());
        QVERIFY(!center.isDoNotDisturbActive());
        const auto decision = center.decide(
            {note("a", "x", Notification::High), note("b", "x", Notification::Urgent)});
        QCOMPARE(ids(decision.popups), QStringList{"b"});

        policy.breakThrough = false;
        center.setPolicy(policy);
        QCOMPARE(popups(center, {note("c", "x", Notification::Urgent)}), 0);

        m_now = at(16, 7);
        QCOMPARE(popups(center, {note("d", "x")}), 1);
    }

    // --- flood control ---

    void floodPopsTheFirstThreeThenOneSummary()
    {
        NotificationCenter center(clock());
        QList<Notification> batch = burst("alerts", 5, "a");
        batch[3].priority = Notification::High;
        batch.insert(2, note("other", "builds"));
        const auto decision = center.decide(batch);
        QCOMPARE(ids(decision.popups), (QStringList{"a0", "a1", "other", "a2"}));
        QCOMPARE(decision.summaries.size(), 1);
        const NotificationCenter::Summary& summary = decision.summaries.first();
        QCOMPARE(summary.key, "flood:" + Source + "/alerts");
        QCOMPARE(summary.channel, QStringLiteral("alerts"));
        QCOMPARE(summary.source, Source);
        QCOMPARE(summary.count, 2);
        QCOMPARE(summary.priority, int(Notification::High));
        QCOMPARE(summary.title, QStringLiteral("2 new notifications on alerts"));
        QCOMPARE(summary.body, QStringLiteral("Latest: title a4"));
    }

    void floodSummaryTitleIsSingularForOne()
    {
        NotificationCenter center(clock());
        const auto decision = center.decide(burst("a(s)", 4, "n"));
        QCOMPARE(decision.summaries.size(), 1);
        QCOMPARE(decision.summaries.first().title, QStringLiteral("1 new notification on a(s)"));
    }

    void floodUpdatesInPlaceAtMostOnceASecond()
    {
        NotificationCenter center(clock());
        QSignalSpy updated(&center, &NotificationCenter::summaryUpdated);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(popups(center, {note(QString::number(i), "alerts")}), 1);
            advanceMs(1000);
        }
        // t = 3 s: the fourth within 10 s starts the summary.
        auto decision = center.decide({note("3", "alerts")});
        QVERIFY(decision.popups.isEmpty());
        QCOMPARE(decision.summaries.size(), 1);
        QCOMPARE(decision.summaries.first().count, 1);

        // Within the second after it, updates are held back...
        advanceMs(200);
        decision = center.decide({note("4", "alerts")});
        QVERIFY(decision.popups.isEmpty() && decision.summaries.isEmpty());
        advanceMs(300);
        center.decide({note("5", "alerts", Notification::Urgent)});
        advanceMs(400);
        center.flushSummaries();
        QCOMPARE(updated.size(), 0);

        // ...and folded into one update once the second has passed.
        advanceMs(100);
        center.flushSummaries();
        QCOMPARE(updated.size(), 1);
        auto summary = updated.at(0).at(0).value<NotificationCenter::Summary>();
        QCOMPARE(summary.count, 3);
        QCOMPARE(summary.priority, int(Notification::Urgent));
        QCOMPARE(summary.key, "flood:" + Source + "/alerts");
        QCOMPARE(summary.title, QStringLiteral("3 new notifications on alerts"));
        center.flushSummaries();
        QCOMPARE(updated.size(), 1); // nothing new, nothing emitted

        // A notification a second after the last update is emitted at once.
        advanceMs(100);
        center.decide({note("6", "alerts")});
        QCOMPARE(updated.size(), 1);
        advanceMs(1000);
        center.decide({note("7", "alerts")});
        QCOMPARE(updated.size(), 2);
        summary = updated.at(1).at(0).value<NotificationCenter::Summary>();
        QCOMPARE(summary.count, 5);
    }

    void floodEndsAfterAQuietWindow()
    {
        NotificationCenter center(clock());
        QSignalSpy updated(&center, &NotificationCenter::summaryUpdated);
        center.decide(burst("alerts", 4, "a"));
        advanceMs(500);
        center.decide({note("late", "alerts")}); // folded, its update not yet due

        // Still within the flood after 9.9 quiet seconds: folded, not popped.
        advanceMs(9900);
        QCOMPARE(popups(center, {note("still", "alerts")}), 0);
        QCOMPARE(updated.size(), 1); // "late" and "still" together
        QCOMPARE(updated.at(0).at(0).value<NotificationCenter::Summary>().count, 3);

        // Ten quiet seconds end it; a new burst starts fresh.
        advanceMs(10'000);
        center.flushSummaries();
        const auto decision = center.decide(burst("alerts", 5, "b"));
        QCOMPARE(ids(decision.popups), (QStringList{"b0", "b1", "b2"}));
        QCOMPARE(decision.summaries.size(), 1);
        QCOMPARE(decision.summaries.first().count, 2);
    }

    void endingAFloodDeliversItsLastUpdate()
    {
        NotificationCenter center(clock());
        QSignalSpy updated(&center, &NotificationCenter::summaryUpdated);
        center.decide(burst("alerts", 4, "a"));
        advanceMs(100);
        center.decide({note("late", "alerts")});
        QCOMPARE(updated.size(), 0);
        advanceMs(10'000);
        center.flushSummaries();
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(0).value<NotificationCenter::Summary>().count, 2);
    }

    void aSteadyTrickleNeverFloods()
    {
        NotificationCenter center(clock());
        for (int i = 0; i < 20; ++i) {
            const auto decision = center.decide({note(QString::number(i), "alerts")});
            QCOMPARE(decision.popups.size(), 1);
            QVERIFY(decision.summaries.isEmpty());
            advanceMs(3400); // three in any 10 s window, never four
        }
    }

    void floodThresholdAndWindowComeFromThePolicy()
    {
        NotificationCenter center(clock());
        NotificationCenter::Policy policy;
        policy.floodThreshold = 1;
        policy.floodWindowSeconds = 2;
        center.setPolicy(policy);
        auto decision = center.decide(burst("alerts", 3, "a"));
        QCOMPARE(decision.popups.size(), 1);
        QCOMPARE(decision.summaries.first().count, 2);
        advanceMs(2000);
        decision = center.decide(burst("alerts", 1, "b"));
        QCOMPARE(decision.popups.size(), 1);
    }

    void floodsAreCountedPerSourceAndChannel()
    {
        NotificationCenter center(clock());
        QList<Notification> batch;
        for (int i = 0; i < 3; ++i) {
            batch.append(note("a" + QString::number(i), "alerts"));
            batch.append(note("b" + QString::number(i), "builds"));
            batch.append(note("c" + QString::number(i), "alerts", 3, {}, "redis://other:6379"));
        }
        const auto decision = center.decide(batch);
        QCOMPARE(decision.popups.size(), 9);
        QVERIFY(decision.summaries.isEmpty());
    }

    void silencedNotificationsDoNotCountTowardsAFlood()
    {
        NotificationCenter center(clock());
        center.setChannelRule("alerts", {false, Notification::High});
        QList<Notification> batch = burst("alerts", 10, "low");
        batch.append(note("high1", "alerts", Notification::High));
        batch.append(note("high2", "alerts", Notification::High));
        const auto decision = center.decide(batch);
        QCOMPARE(ids(decision.popups), (QStringList{"high1", "high2"}));
        QVERIFY(decision.summaries.isEmpty());
    }

    void theTimerDeliversDeferredUpdates()
    {
        // A real clock here: this checks that the timer, not the test, calls flushSummaries().
        QElapsedTimer elapsed;
        elapsed.start();
        const QDateTime start = QDateTime::currentDateTime();
        NotificationCenter center([&] { return start.addMSecs(elapsed.elapsed()); });
        QSignalSpy updated(&center, &NotificationCenter::summaryUpdated);
        QCOMPARE(center.decide(burst("alerts", 5, "a")).summaries.size(), 1);
        center.decide({note("late", "alerts")});
        QCOMPARE(updated.size(), 0);
        QVERIFY(updated.wait(5000));
        QVERIFY(elapsed.elapsed() >= NotificationCenter::SummaryUpdateIntervalMs - 50);
        QCOMPARE(updated.at(0).at(0).value<NotificationCenter::Summary>().count, 3);
    }

    // --- catch-up ---

    void catchUpSummarisesTheBacklog()
    {
        NotificationCenter center(clock());
        QList<Notification> backlog = burst("alerts", 30, "a") + burst("builds", 7, "b");
        backlog[12].priority = Notification::High;
        const NotificationCenter::Summary summary = center.catchUpSummary(backlog);
        QCOMPARE(summary.count, 37);
        QCOMPARE(summary.priority, int(Notification::High));
        QCOMPARE(summary.title, QStringLiteral("37 notifications while you were away"));
        QCOMPARE(summary.body, QStringLiteral("On 2 channels, most on alerts"));
        QCOMPARE(summary.source, Source);
        QVERIFY(summary.channel.isEmpty());
        QCOMPARE(summary.key, "catch-up:" + Source);
    }

    void aCatchUpIsOneSummaryAndNoPopups()
    {
        NotificationCenter center(clock());
        QList<Notification> backlog = caughtUp("alerts", 30, "a") + caughtUp("builds", 7, "b");
        backlog[12].priority = Notification::High;
        const auto decision = center.decide(backlog);
        QVERIFY(decision.popups.isEmpty());
        QCOMPARE(decision.summaries.size(), 1);
        const NotificationCenter::Summary& summary = decision.summaries.first();
        QCOMPARE(summary.key, "catch-up:" + Source);
        QCOMPARE(summary.count, 37);
        QCOMPARE(summary.priority, int(Notification::High));
        QCOMPARE(summary.title, QStringLiteral("37 notifications while you were away"));
        QCOMPARE(summary.body, QStringLiteral("On 2 channels, most on alerts"));
    }

    void laterCatchUpBatchesUpdateTheSameSummary()
    {
        NotificationCenter center(clock());
        QSignalSpy updated(&center, &NotificationCenter::summaryUpdated);
        QCOMPARE(center.decide(caughtUp("alerts", 200, "a")).summaries.size(), 1);
        advanceMs(50);
        auto decision = center.decide(caughtUp("alerts", 200, "b"));
        QVERIFY(decision.popups.isEmpty() && decision.summaries.isEmpty());
        advanceMs(50);
        QList<Notification> last = caughtUp("alerts", 100, "c");
        last[99].priority = Notification::High;
        center.decide(last);
        QCOMPARE(updated.size(), 0); // at most one update a second

        advanceMs(1000);
        center.flushSummaries();
        QCOMPARE(updated.size(), 1);
        auto summary = updated.at(0).at(0).value<NotificationCenter::Summary>();
        QCOMPARE(summary.key, "catch-up:" + Source);
        QCOMPARE(summary.count, 500);
        QCOMPARE(summary.priority, int(Notification::High));
        QCOMPARE(summary.title, QStringLiteral("500 notifications while you were away"));

        // Quiet for CatchUpQuietMs: that catch-up is over, the next one starts afresh.
        advanceMs(NotificationCenter::CatchUpQuietMs);
        center.flushSummaries();
        QCOMPARE(updated.size(), 1); // nothing new to tell
        decision = center.decide(caughtUp("alerts", 2, "d"));
        QCOMPARE(decision.summaries.size(), 1);
        QCOMPARE(decision.summaries.first().count, 2);
        QCOMPARE(decision.summaries.first().priority, int(Notification::Normal));
    }

    void theLastCatchUpUpdateIsDeliveredWhenItEnds()
    {
        NotificationCenter center(clock());
        QSignalSpy updated(&center, &NotificationCenter::summaryUpdated);
        center.decide(caughtUp("alerts", 5, "a"));
        advanceMs(10);
        center.decide(caughtUp("alerts", 5, "b"));
        advanceMs(NotificationCenter::CatchUpQuietMs);
        center.flushSummaries();
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(0).value<NotificationCenter::Summary>().count, 10);
    }

    void catchUpsAreSummarisedPerSource()
    {
        NotificationCenter center(clock());
        QList<Notification> batch = caughtUp("alerts", 3, "a");
        for (Notification& n : caughtUp("alerts", 2, "b")) {
            n.source = QStringLiteral("redis://other:6379");
            batch.append(n);
        }
        const auto decision = center.decide(batch);
        QCOMPARE(decision.summaries.size(), 2);
        QCOMPARE(decision.summaries[0].count, 3);
        QCOMPARE(decision.summaries[1].key, QStringLiteral("catch-up:redis://other:6379"));
        QCOMPARE(decision.summaries[1].count, 2);
    }

    void urgentCatchUpPopsOnItsOwnWhenAllowed()
    {
        NotificationCenter center(clock());
        QList<Notification> backlog = caughtUp("alerts", 10, "a");
        backlog[4].priority = Notification::Urgent;
        auto decision = center.decide(backlog);
        QCOMPARE(ids(decision.popups), QStringList{"a4"});
        QCOMPARE(decision.summaries.size(), 1);
        QCOMPARE(decision.summaries.first().count, 10);
        QCOMPARE(decision.summaries.first().priority, int(Notification::Urgent));

        NotificationCenter::Policy policy;
        policy.urgentCatchUpPopups = false;
        center.setPolicy(policy);
        backlog = caughtUp("alerts", 3, "b");
        backlog[0].priority = Notification::Urgent;
        decision = center.decide(backlog);
        QVERIFY(decision.popups.isEmpty());
    }

    void caughtUpNotificationsObeyTheRules()
    {
        NotificationCenter center(clock());
        center.setChannelRule("muted", {true, Notification::Min});
        center.setChannelRule("picky", {false, Notification::High});
        QList<Notification> backlog = caughtUp("muted", 5, "m") + caughtUp("picky", 5, "p");
        backlog[0].priority = Notification::Urgent;
        auto decision = center.decide(backlog);
        QVERIFY(decision.popups.isEmpty());
        QVERIFY(decision.summaries.isEmpty());

        // Do-not-disturb without break-through: nothing at all.
        NotificationCenter::Policy policy;
        policy.breakThrough = false;
        policy.doNotDisturbUntil = m_now.addSecs(3600);
        center.setPolicy(policy);
        backlog = caughtUp("alerts", 5, "a");
        backlog[1].priority = Notification::Urgent;
        decision = center.decide(backlog);
        QVERIFY(decision.popups.isEmpty() && decision.summaries.isEmpty());

        // With break-through, only the urgent one: its popup and a summary of one.
        policy.breakThrough = true;
        center.setPolicy(policy);
        backlog = caughtUp("alerts", 5, "b");
        backlog[1].priority = Notification::Urgent;
        decision = center.decide(backlog);
        QCOMPARE(ids(decision.popups), QStringList{"b1"});
        QCOMPARE(decision.summaries.size(), 1);
        QCOMPARE(decision.summaries.first().count, 1);
    }

    void backfillAndGapMarkersNeverPopUp()
    {
        NotificationCenter center(clock());
        QList<Notification> batch =
            withDelivery(burst("alerts", 20, "f"), Notification::Delivery::Backfill);
        batch[3].priority = Notification::Urgent;
        Notification gap = note("gap", "alerts", Notification::Urgent);
        gap.kind = Notification::Kind::Gap;
        batch.append(gap);
        const auto decision = center.decide(batch);
        QVERIFY(decision.popups.isEmpty());
        QVERIFY(decision.summaries.isEmpty());
        // Nor do they count towards a flood: three live ones still pop.
        QCOMPARE(popups(center, burst("alerts", 3, "live")), 3);
    }

    void aCatchUpDoesNotCountTowardsAFlood()
    {
        NotificationCenter center(clock());
        center.decide(caughtUp("alerts", 50, "c"));
        const auto decision = center.decide(burst("alerts", 3, "live"));
        QCOMPARE(decision.popups.size(), 3);
        QVERIFY(decision.summaries.isEmpty());
    }

    void catchUpOfOne()
    {
        NotificationCenter center(clock());
        const auto summary = center.catchUpSummary({note("a", "alerts", Notification::Low)});
        QCOMPARE(summary.title, QStringLiteral("1 notification while you were away"));
        QCOMPARE(summary.body, QStringLiteral("On alerts"));
        QCOMPARE(summary.channel, QStringLiteral("alerts"));
        QCOMPARE(summary.priority, int(Notification::Low));
    }

    void catchUpAcrossSourcesAndOfNothing()
    {
        NotificationCenter center(clock());
        auto summary =
            center.catchUpSummary({note("a", "x"), note("b", "x", 3, {}, "redis://other:6379")});
        QVERIFY(summary.source.isEmpty());
        QCOMPARE(summary.key, QStringLiteral("catch-up:"));
        summary = center.catchUpSummary({});
        QCOMPARE(summary.count, 0);
    }
};

QTEST_GUILESS_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"
