#include "sources/BackoffPolicy.h"

#include <QTest>

// The reconnect schedule, with a fake clock and fixed "randomness": no waiting needed.
class TestBackoffPolicy : public QObject {
    Q_OBJECT

private:
    qint64 m_now = 0;
    double m_random = 0.0;

    BackoffPolicy make(BackoffPolicy::Settings settings)
    {
        return BackoffPolicy(
            settings, [this] { return m_now; }, [this] { return m_random; });
    }

private slots:
    void init()
    {
        m_now = 1000;
        m_random = 0.0;
    }

    void doublesUpToTheCap()
    {
        BackoffPolicy policy = make({500, 4000, 0.0, 10'000});
        QList<int> delays;
        for (int i = 0; i < 6; ++i)
            delays << policy.nextDelayMs();
        QCOMPARE(delays, (QList<int>{500, 1000, 2000, 4000, 4000, 4000}));
    }

    void jitterOnlyShortensWithinItsShare()
    {
        BackoffPolicy policy = make({1000, 30'000, 0.2, 10'000});
        m_random = 0.999;
        const int shortest = policy.nextDelayMs();
        QVERIFY(shortest >= 800 && shortest <= 801);
        policy.reset();
        m_random = 0.0;
        QCOMPARE(policy.nextDelayMs(), 1000);
    }

    void aStableConnectionResetsTheSequence()
    {
        BackoffPolicy policy = make({500, 30'000, 0.0, 10'000});
        policy.nextDelayMs();
        policy.nextDelayMs();
        policy.connected();
        m_now += 10'000;
        policy.disconnected();
        QCOMPARE(policy.nextDelayMs(), 500);
    }

    void aFlappingConnectionKeepsBackingOff()
    {
        BackoffPolicy policy = make({500, 30'000, 0.0, 10'000});
        policy.nextDelayMs();
        policy.nextDelayMs();
        policy.connected();
        m_now += 200; // accepted, then dropped at once
        policy.disconnected();
        QCOMPARE(policy.nextDelayMs(), 2000);
    }

    void manyFailuresDoNotOverflow()
    {
        BackoffPolicy policy = make({500, 30'000, 0.5, 10'000});
        m_random = 0.5;
        int last = 0;
        for (int i = 0; i < 10'000; ++i)
            last = policy.nextDelayMs();
        QCOMPARE(last, 22'500);
    }
};

QTEST_APPLESS_MAIN(TestBackoffPolicy)
#include "tst_backoffpolicy.moc"
