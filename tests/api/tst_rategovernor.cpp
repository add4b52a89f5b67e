// The rate governor on a ManualClock: token bucket, priorities, daily budget and write reserve, server headers,
// persistence across a restart.

#include "api/BudgetStore.h"
#include "api/RateGovernor.h"
#include "core/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb::api;

namespace {

ServiceLimits limits(int burst, qint64 intervalMs, qint64 daily, double reserve = 0.0)
{
    ServiceLimits l;
    l.burstMax = burst;
    l.burstIntervalMs = intervalMs;
    l.dailyLimit = daily;
    l.writeReserveFraction = reserve;
    return l;
}

} // namespace

class TestRateGovernor : public QObject
{
    Q_OBJECT

private:
    // Records which requests were granted or refused, in order.
    struct Recorder
    {
        QStringList events;
        RateGovernor::PermitCallback make(const QString& name)
        {
            return [this, name](const Permit& p) { events.append((p.granted ? u"+"_s : u"-"_s) + name); };
        }
    };

private Q_SLOTS:
    void tokenBucketRefillsOverTime()
    {
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(3, 900, 0));
        Recorder rec;
        for (int i = 0; i < 5; ++i) {
            g.acquire(Service::HighLevel, u"loc"_s, Priority::ChangeDetection, false, this, rec.make(QString::number(i)));
        }
        QCOMPARE(rec.events, (QStringList{u"+0"_s, u"+1"_s, u"+2"_s}));
        QCOMPARE(g.budgetState(Service::HighLevel, u"loc"_s).waiting, 2);
        QCOMPARE(clock.nextTimerInMs(), 300); // one token every 900/3 ms
        clock.advance(299);
        QCOMPARE(rec.events.size(), 3);
        clock.advance(1);
        QCOMPARE(rec.events.size(), 4);
        clock.advance(300);
        QCOMPARE(rec.events.size(), 5);
        QCOMPARE(clock.pendingTimers(), 0);
    }

    void accountsAreIndependent()
    {
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(1, 1000, 0));
        Recorder rec;
        g.acquire(Service::HighLevel, u"a"_s, Priority::Background, false, this, rec.make(u"a1"_s));
        g.acquire(Service::HighLevel, u"a"_s, Priority::Background, false, this, rec.make(u"a2"_s));
        g.acquire(Service::HighLevel, u"b"_s, Priority::Background, false, this, rec.make(u"b1"_s));
        QCOMPARE(rec.events, (QStringList{u"+a1"_s, u"+b1"_s}));
    }

    void higherPrioritiesServedFirst()
    {
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(1, 1000, 0));
        Recorder rec;
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, rec.make(u"first"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, rec.make(u"bg1"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::ChangeDetection, false, this, rec.make(u"cd"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, rec.make(u"bg2"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Write, true, this, rec.make(u"write"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::UserAction, false, this, rec.make(u"user"_s));
        for (int i = 0; i < 5; ++i) {
            clock.advance(1000);
        }
        QCOMPARE(rec.events, (QStringList{u"+first"_s, u"+user"_s, u"+write"_s, u"+cd"_s, u"+bg1"_s, u"+bg2"_s}));
    }

    void dailyBudgetWithWriteReserve()
    {
        fb::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(22, 30), Qt::UTC));
        RateGovernor g(&clock);
        g.setLimits(Service::Badger, limits(0, 0, 10, 0.2)); // 10 a day, 2 kept for writes
        QSignalSpy changed(&g, &RateGovernor::budgetChanged);
        Recorder rec;
        for (int i = 0; i < 9; ++i) {
            g.acquire(Service::Badger, u"team"_s, Priority::ChangeDetection, false, this, rec.make(u"r"_s + QString::number(i)));
        }
        QCOMPARE(rec.events.mid(0, 8), (QStringList{u"+r0"_s, u"+r1"_s, u"+r2"_s, u"+r3"_s, u"+r4"_s, u"+r5"_s,
                                                    u"+r6"_s, u"+r7"_s}));
        QCOMPARE(rec.events.at(8), u"-r8"_s); // reads stop at the reserve
        BudgetState s = g.budgetState(Service::Badger, u"team"_s);
        QVERIFY(s.readsExhausted);
        QVERIFY(!s.exhausted);
        QCOMPARE(s.dailyRemaining, 2);
        QCOMPARE(s.writeReserve, 2);
        QVERIFY(!s.exhaustedUntilText().isEmpty());

        g.acquire(Service::Badger, u"team"_s, Priority::Write, true, this, rec.make(u"w1"_s));
        g.acquire(Service::Badger, u"team"_s, Priority::UserAction, false, this, rec.make(u"u1"_s));
        g.acquire(Service::Badger, u"team"_s, Priority::Write, true, this, rec.make(u"w2"_s));
        QCOMPARE(rec.events.mid(9), (QStringList{u"+w1"_s, u"+u1"_s, u"-w2"_s}));
        s = g.budgetState(Service::Badger, u"team"_s);
        QVERIFY(s.exhausted);
        QCOMPARE(s.resetAt, QDateTime(QDate(2026, 3, 3), QTime(0, 0), Qt::UTC));
        QVERIFY(s.exhaustedUntilText().contains(s.resetAt.toLocalTime().toString(u"HH:mm"_s)));
        QVERIFY(changed.count() >= 10);

        // A refusal carries when to come back.
        Permit refused;
        g.acquire(Service::Badger, u"team"_s, Priority::Write, true, this, [&refused](const Permit& p) { refused = p; });
        QVERIFY(!refused.granted);
        QCOMPARE(refused.retryAt, s.resetAt);

        clock.advance(90LL * 60 * 1000); // past midnight UTC
        s = g.budgetState(Service::Badger, u"team"_s);
        QVERIFY(!s.exhausted);
        QCOMPARE(s.dailyUsed, 0);
        QCOMPARE(s.resetAt, QDateTime(QDate(2026, 3, 4), QTime(0, 0), Qt::UTC));
    }

    void adaptsToServerHeaders()
    {
        fb::ManualClock clock;
        RateGovernor g(&clock);
        const QList<QPair<QByteArray, QByteArray>> headers = {
            {"X-RateLimit-Max", "50"}, {"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Interval-Milliseconds", "5000"},
            {"X-RateLimit-Limit-Daily", "10000"}, {"X-RateLimit-Daily-Remaining", "9000"}};
        QVERIFY(!g.recordResponse(Service::HighLevel, u"loc"_s, headers, 200).isValid());
        BudgetState s = g.budgetState(Service::HighLevel, u"loc"_s);
        QCOMPARE(s.burstMax, 50);
        QCOMPARE(s.burstIntervalMs, 5000);
        QCOMPARE(s.burstRemaining, 0);
        QCOMPARE(s.dailyLimit, 10000);
        QCOMPARE(s.dailyUsed, 1000);
        Recorder rec;
        g.acquire(Service::HighLevel, u"loc"_s, Priority::UserAction, false, this, rec.make(u"x"_s));
        QVERIFY(rec.events.isEmpty());
        QCOMPARE(clock.nextTimerInMs(), 100); // 5000 ms / 50
        clock.advance(100);
        QCOMPARE(rec.events, QStringList{u"+x"_s});

        const QDateTime until = g.recordResponse(Service::HighLevel, u"loc"_s,
                                                 {{"X-RateLimit-Daily-Remaining", "0"}, {"X-RateLimit-Daily-Reset", "3600000"}}, 429);
        QCOMPARE(until, clock.now().addSecs(3600));
        s = g.budgetState(Service::HighLevel, u"loc"_s);
        QVERIFY(s.exhausted);
        QCOMPARE(s.resetAt, until);
    }

    void unlimitedBucketTakesTheServersLimit()
    {
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(0, 0, 0)); // nothing known locally
        g.recordResponse(Service::HighLevel, u"loc"_s,
                         {{"X-RateLimit-Max", "10"}, {"X-RateLimit-Remaining", "2"},
                          {"X-RateLimit-Interval-Milliseconds", "1000"}},
                         200);
        Recorder rec;
        for (int i = 0; i < 3; ++i) {
            g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, rec.make(QString::number(i)));
        }
        QCOMPARE(rec.events, (QStringList{u"+0"_s, u"+1"_s})); // the server's two, then the bucket's pace
        QCOMPARE(clock.nextTimerInMs(), 100);
        clock.advance(100);
        QCOMPARE(rec.events.size(), 3);
    }

    void pauseHoldsEveryRequestOfTheAccount()
    {
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(100, 10000, 0));
        g.pauseUntil(Service::HighLevel, u"loc"_s, clock.monotonicMs() + 4000);
        Recorder rec;
        g.acquire(Service::HighLevel, u"loc"_s, Priority::UserAction, false, this, rec.make(u"x"_s));
        QVERIFY(rec.events.isEmpty());
        clock.advance(3999);
        QVERIFY(rec.events.isEmpty());
        clock.advance(1);
        QCOMPARE(rec.events, QStringList{u"+x"_s});
    }

    void budgetPersistsAcrossRestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(u"budget.ini"_s);
        fb::ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
        {
            SettingsBudgetStore store(file);
            RateGovernor g(&clock, &store);
            g.setLimits(Service::Badger, limits(0, 0, 25000));
            for (int i = 0; i < 7; ++i) {
                g.acquire(Service::Badger, u"team/42"_s, Priority::Background, false, this, [](const Permit&) {});
            }
            QCOMPARE(g.budgetState(Service::Badger, u"team/42"_s).dailyUsed, 7);
        }
        {
            SettingsBudgetStore store(file);
            RateGovernor g(&clock, &store);
            g.setLimits(Service::Badger, limits(0, 0, 25000));
            QCOMPARE(g.budgetState(Service::Badger, u"team/42"_s).dailyUsed, 7);
            QCOMPARE(g.budgetState(Service::Badger, u"other"_s).dailyUsed, 0);
        }
        clock.advance(24LL * 3600 * 1000);
        {
            SettingsBudgetStore store(file);
            RateGovernor g(&clock, &store);
            QCOMPARE(g.budgetState(Service::Badger, u"team/42"_s).dailyUsed, 0); // a new day
        }
    }

    void cancelledTicketIsNeverServed()
    {
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(1, 1000, 0));
        Recorder rec;
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, rec.make(u"a"_s));
        const auto t = g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, rec.make(u"b"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, rec.make(u"c"_s));
        g.cancel(t);
        clock.advance(5000);
        QCOMPARE(rec.events, (QStringList{u"+a"_s, u"+c"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRateGovernor)
#include "tst_rategovernor.moc"
