// The rate governor on a ManualClock: the burst window (a slot is taken from grant until one interval after the
// attempt ended) at its edges, against model servers with fixed and sliding windows and latency jitter, the
// X-RateLimit-* headers (missing, different from the configuration, Remaining=0, another app on the budget),
// priorities, the daily budget and write reserve, persistence across a restart.

#include "api/BudgetStore.h"
#include "api/RateGovernor.h"
#include "core/Clock.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace fb::api;

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Times = QList<qint64>;

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

Headers burstHeaders(int max, qint64 intervalMs, int remaining)
{
    return {{"X-RateLimit-Max", QByteArray::number(max)},
            {"X-RateLimit-Interval-Milliseconds", QByteArray::number(intervalMs)},
            {"X-RateLimit-Remaining", QByteArray::number(remaining)}};
}

// A rate-limited server as the sandbox and HighLevel keep it: a request counts when it arrives. Fixed windows start
// at the first arrival after the previous window ended (the sandbox); sliding windows count the last interval.
struct ModelServer
{
    int max = 0;
    qint64 intervalMs = 0;
    bool sliding = false;
    qint64 windowStart = std::numeric_limits<qint64>::min() / 2;
    int windowCount = 0;
    Times accepted;
    int rejected = 0;

    // Remaining after this request, or -1 for a 429.
    int arrive(qint64 t)
    {
        int count = 0;
        if (sliding) {
            for (qint64 a : std::as_const(accepted)) {
                count += a > t - intervalMs ? 1 : 0;
            }
        } else {
            if (t - windowStart >= intervalMs) {
                windowStart = t;
                windowCount = 0;
            }
            count = windowCount;
        }
        if (count >= max) {
            ++rejected;
            return -1;
        }
        ++windowCount;
        accepted.append(t);
        return max - count - 1;
    }

    // The most arrivals that fell in any interval.
    int busiestInterval() const
    {
        int most = 0;
        for (qsizetype i = 0; i < accepted.size(); ++i) {
            int n = 0;
            for (qsizetype j = i; j < accepted.size() && accepted.at(j) < accepted.at(i) + intervalMs; ++j) {
                ++n;
            }
            most = std::max(most, n);
        }
        return most;
    }
};

// A client as the request engine is one: at most inFlight requests asked for or under way, each attempt reaching the
// server `up` ms after its grant and answered `down` ms later, both drawn from [minDelay, maxDelay]; the answer's
// headers go back to the governor with attemptFinished().
struct ModelClient
{
    ModelClient(fb::ManualClock& c, RateGovernor& g, ModelServer& s, QObject* ctx)
        : clock(c)
        , governor(g)
        , server(s)
        , context(ctx)
    {
    }

    fb::ManualClock& clock;
    RateGovernor& governor;
    ModelServer& server;
    QObject* context = nullptr;
    int inFlight = 6;
    qint64 minDelay = 0;
    qint64 maxDelay = 0;
    bool sendHeaders = true;
    QRandomGenerator random{42};
    int toSend = 0;
    int outstanding = 0;
    int answered = 0;
    Times grants;
    qint64 lastAnswerMs = 0;

    qint64 delay() { return minDelay + qint64(random.bounded(quint32(maxDelay - minDelay + 1))); }

    void fill()
    {
        while (toSend > 0 && outstanding < inFlight) {
            --toSend;
            ++outstanding;
            governor.acquire(Service::HighLevel, u"loc"_s, Priority::Write, true, context, [this](const Permit& p) {
                QVERIFY(p.granted);
                grants.append(clock.monotonicMs());
                const quint64 ticket = p.ticket;
                clock.schedule(delay(), context, [this, ticket] {
                    const int remaining = server.arrive(clock.monotonicMs());
                    clock.schedule(delay(), context, [this, ticket, remaining] {
                        const Headers headers = sendHeaders ? burstHeaders(server.max, server.intervalMs,
                                                                           std::max(remaining, 0))
                                                            : Headers();
                        governor.attemptFinished(ticket, headers, remaining < 0 ? 429 : 200);
                        --outstanding;
                        ++answered;
                        lastAnswerMs = clock.monotonicMs();
                        fill();
                    });
                });
            });
        }
    }

    void run(int requests)
    {
        toSend = requests;
        fill();
        while (answered < requests && clock.advanceToNextTimer()) {
        }
    }
};

} // namespace

class TestRateGovernor : public QObject
{
    Q_OBJECT

private:
    // Records which requests were granted or refused, in order.
    struct Recorder
    {
        QStringList events;
        QList<quint64> tickets;
        RateGovernor::PermitCallback make(const QString& name)
        {
            return [this, name](const Permit& p) {
                events.append((p.granted ? u"+"_s : u"-"_s) + name);
                if (p.granted) {
                    tickets.append(p.ticket);
                }
            };
        }
    };

private Q_SLOTS:
    void slotFreesOneIntervalAfterTheAnswer_data()
    {
        QTest::addColumn<int>("burst");
        QTest::addColumn<qint64>("intervalMs");
        QTest::addColumn<qint64>("latencyMs");
        QTest::addColumn<int>("requests");
        QTest::addColumn<Times>("grantedAt");
        // One clock tick (1 ms) is added to every interval: see kClockGrainMs.
        QTest::newRow("3 per 900 ms, instant answers") << 3 << qint64(900) << qint64(0) << 5 << Times{0, 0, 0, 901, 901};
        QTest::newRow("3 per 900 ms, 40 ms answers") << 3 << qint64(900) << qint64(40) << 7
                                                     << Times{0, 0, 0, 941, 941, 941, 1882};
        QTest::newRow("1 per s, 10 ms answers") << 1 << qint64(1000) << qint64(10) << 3 << Times{0, 1011, 2022};
        QTest::newRow("HighLevel's 100 per 10 s") << 100 << qint64(10000) << qint64(250) << 101
                                                  << [] {
                                                         Times t(100, 0);
                                                         t.append(10251);
                                                         return t;
                                                     }();
    }

    void slotFreesOneIntervalAfterTheAnswer()
    {
        QFETCH(int, burst);
        QFETCH(qint64, intervalMs);
        QFETCH(qint64, latencyMs);
        QFETCH(int, requests);
        QFETCH(Times, grantedAt);
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(burst, intervalMs, 0));
        Times granted;
        for (int i = 0; i < requests; ++i) {
            g.acquire(Service::HighLevel, u"loc"_s, Priority::ChangeDetection, false, this, [&](const Permit& p) {
                QVERIFY(p.granted);
                granted.append(clock.monotonicMs());
                clock.schedule(latencyMs, this, [&g, ticket = p.ticket] { g.attemptFinished(ticket, {}, 200); });
            });
        }
        QCOMPARE(g.budgetState(Service::HighLevel, u"loc"_s).waiting, requests - burst);
        while (clock.advanceToNextTimer()) {
        }
        QCOMPARE(granted, grantedAt);
        // The edge itself: one tick before a slot frees, nothing is granted.
        const qint64 last = grantedAt.constLast();
        if (last > 0) {
            fb::ManualClock clock2;
            RateGovernor g2(&clock2);
            g2.setLimits(Service::HighLevel, limits(burst, intervalMs, 0));
            int grants = 0;
            for (int i = 0; i < requests; ++i) {
                g2.acquire(Service::HighLevel, u"loc"_s, Priority::ChangeDetection, false, this, [&](const Permit& p) {
                    ++grants;
                    clock2.schedule(latencyMs, this, [&g2, ticket = p.ticket] { g2.attemptFinished(ticket, {}, 200); });
                });
            }
            clock2.advance(grantedAt.at(burst) - 1);
            QCOMPARE(grants, burst);
            clock2.advance(1);
            QVERIFY(grants > burst);
        }
    }

    void neverOverTheServersLimit_data()
    {
        QTest::addColumn<int>("burst");
        QTest::addColumn<qint64>("intervalMs");
        QTest::addColumn<bool>("sliding");
        QTest::addColumn<int>("inFlight");
        QTest::addColumn<qint64>("minDelay");
        QTest::addColumn<qint64>("maxDelay");
        QTest::addColumn<bool>("sendHeaders");
        QTest::addColumn<int>("requests");
        QTest::newRow("fixed window, the bench's 20 per s, 1-30 ms each way")
            << 20 << qint64(1000) << false << 6 << qint64(1) << qint64(30) << true << 400;
        QTest::newRow("sliding window, 20 per s, 1-30 ms each way")
            << 20 << qint64(1000) << true << 6 << qint64(1) << qint64(30) << true << 400;
        QTest::newRow("fixed window, 100 per 10 s, 50-400 ms each way (HighLevel over the internet)")
            << 100 << qint64(10000) << false << 6 << qint64(50) << qint64(400) << true << 600;
        QTest::newRow("fixed window, more in flight than the burst, 0-200 ms jitter")
            << 5 << qint64(500) << false << 12 << qint64(0) << qint64(200) << true << 200;
        QTest::newRow("sliding window, no headers: the configured limit alone")
            << 20 << qint64(1000) << true << 6 << qint64(1) << qint64(30) << false << 300;
    }

    // A lone client never gets a 429, and still uses the window: every slot is busy again within one round trip of
    // freeing, so N requests take at most ceil(N / burst) cycles of (interval + the longest round trip).
    void neverOverTheServersLimit()
    {
        QFETCH(int, burst);
        QFETCH(qint64, intervalMs);
        QFETCH(bool, sliding);
        QFETCH(int, inFlight);
        QFETCH(qint64, minDelay);
        QFETCH(qint64, maxDelay);
        QFETCH(bool, sendHeaders);
        QFETCH(int, requests);
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(burst, intervalMs, 0));
        ModelServer server;
        server.max = burst;
        server.intervalMs = intervalMs;
        server.sliding = sliding;
        ModelClient client{clock, g, server, this};
        client.inFlight = inFlight;
        client.minDelay = minDelay;
        client.maxDelay = maxDelay;
        client.sendHeaders = sendHeaders;
        client.run(requests);
        QCOMPARE(client.answered, requests);
        QCOMPARE(server.rejected, 0);
        QVERIFY2(server.busiestInterval() <= burst, qPrintable(QString::number(server.busiestInterval())));
        const qint64 roundTrip = 2 * maxDelay;
        const qint64 cycles = (requests + burst - 1) / burst;
        const qint64 bound = cycles * (intervalMs + roundTrip + 1) + (burst + inFlight - 1) / inFlight * roundTrip;
        QVERIFY2(client.lastAnswerMs <= bound,
                 qPrintable(u"%1 ms for %2 requests, bound %3 ms"_s.arg(client.lastAnswerMs).arg(requests).arg(bound)));
        // And the whole window was used: the busiest interval was full.
        QCOMPARE(server.busiestInterval(), burst);
    }

    void remainingHeaderHoldsOtherClientsShare_data()
    {
        QTest::addColumn<int>("remaining");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryAfter");
        QTest::addColumn<int>("grantedAtOnce");
        // 10 per 1000 ms; our one request was answered at t=5 with this X-RateLimit-Remaining.
        QTest::newRow("Remaining=0 on our first request: the rest of the window is someone else's") << 0 << 200 << false << 0;
        QTest::newRow("Remaining=4: five others, four left") << 4 << 200 << false << 4;
        QTest::newRow("Remaining=9: only ours, nothing held") << 9 << 200 << false << 9;
        QTest::newRow("429 with Remaining=0 and no Retry-After") << 0 << 429 << false << 0;
        QTest::newRow("429 with Retry-After: the engine's pause decides, not the window") << 0 << 429 << true << 9;
    }

    void remainingHeaderHoldsOtherClientsShare()
    {
        QFETCH(int, remaining);
        QFETCH(int, status);
        QFETCH(bool, retryAfter);
        QFETCH(int, grantedAtOnce);
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(10, 1000, 0));
        Recorder rec;
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Write, true, this, rec.make(u"first"_s));
        QCOMPARE(rec.tickets.size(), 1);
        clock.advance(5);
        Headers headers = burstHeaders(10, 1000, remaining);
        if (retryAfter) {
            headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        }
        g.attemptFinished(rec.tickets.constFirst(), headers, status);
        QCOMPARE(g.budgetState(Service::HighLevel, u"loc"_s).burstRemaining, grantedAtOnce);
        for (int i = 0; i < 12; ++i) {
            g.acquire(Service::HighLevel, u"loc"_s, Priority::Write, true, this, rec.make(QString::number(i)));
        }
        QCOMPARE(rec.tickets.size(), 1 + grantedAtOnce);
        if (grantedAtOnce < 9) {
            // Held until one interval after the answer that told us (+1 tick), then the whole window is ours again.
            QCOMPARE(clock.nextTimerInMs(), 1001);
            clock.advance(1000);
            QCOMPARE(rec.tickets.size(), 1 + grantedAtOnce);
            clock.advance(1);
            QCOMPARE(rec.tickets.size(), 11); // the ten slots of a new window (the first answer's included)
        }
    }

    void ourOwnRequestsInTheWindowAreNotMistakenForOthers()
    {
        // Five answers come back in order, each with the server's count of our own requests: nothing is held back.
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(10, 1000, 0));
        Recorder rec;
        for (int i = 0; i < 5; ++i) {
            g.acquire(Service::HighLevel, u"loc"_s, Priority::Write, true, this, rec.make(QString::number(i)));
        }
        clock.advance(20);
        for (int i = 0; i < 5; ++i) {
            g.attemptFinished(rec.tickets.at(i), burstHeaders(10, 1000, 10 - 5), 200);
        }
        QCOMPARE(g.budgetState(Service::HighLevel, u"loc"_s).burstRemaining, 5);
    }

    void headersReplaceTheConfiguredLimit()
    {
        // Configured for 100 per 10 s; the server says 5 per 1000 ms.
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(100, 10000, 0));
        Recorder rec;
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Write, true, this, rec.make(u"probe"_s));
        clock.advance(10);
        g.attemptFinished(rec.tickets.constFirst(), burstHeaders(5, 1000, 4), 200);
        BudgetState s = g.budgetState(Service::HighLevel, u"loc"_s);
        QCOMPARE(s.burstMax, 5);
        QCOMPARE(s.burstIntervalMs, 1000);
        QCOMPARE(s.burstRemaining, 4);
        for (int i = 0; i < 6; ++i) {
            g.acquire(Service::HighLevel, u"loc"_s, Priority::Write, true, this, rec.make(QString::number(i)));
        }
        QCOMPARE(rec.tickets.size(), 5);
        QCOMPARE(clock.nextTimerInMs(), 1001); // the probe's slot: one interval after its answer at t=10
    }

    void unreportedAttemptGivesItsSlotBackEventually()
    {
        fb::ManualClock clock;
        RateGovernor g(&clock);
        g.setLimits(Service::HighLevel, limits(1, 1000, 0));
        Recorder rec;
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, rec.make(u"lost"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, rec.make(u"next"_s));
        QCOMPARE(rec.events, QStringList{u"+lost"_s});
        QCOMPARE(clock.nextTimerInMs(), 10 * 60 * 1000);
        clock.advance(10 * 60 * 1000);
        QCOMPARE(rec.events, (QStringList{u"+lost"_s, u"+next"_s}));
        // A report that comes after the slot was given back changes nothing.
        QVERIFY(!g.attemptFinished(rec.tickets.constFirst(), burstHeaders(1, 1000, 0), 200).isValid());
        QVERIFY(!g.attemptFinished(987654, {}, 0).isValid());
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
        QStringList events;
        auto make = [&](const QString& name) {
            return [&, name](const Permit& p) {
                events.append((p.granted ? u"+"_s : u"-"_s) + name);
                g.attemptFinished(p.ticket, {}, 200); // answered at once
            };
        };
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, make(u"first"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, make(u"bg1"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::ChangeDetection, false, this, make(u"cd"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Background, false, this, make(u"bg2"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::Write, true, this, make(u"write"_s));
        g.acquire(Service::HighLevel, u"loc"_s, Priority::UserAction, false, this, make(u"user"_s));
        for (int i = 0; i < 5; ++i) {
            clock.advance(1001);
        }
        QCOMPARE(events, (QStringList{u"+first"_s, u"+user"_s, u"+write"_s, u"+cd"_s, u"+bg1"_s, u"+bg2"_s}));
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
        const Headers headers = {{"X-RateLimit-Max", "50"},
                                 {"X-RateLimit-Remaining", "0"},
                                 {"X-RateLimit-Interval-Milliseconds", "5000"},
                                 {"X-RateLimit-Limit-Daily", "10000"},
                                 {"X-RateLimit-Daily-Remaining", "9000"}};
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
        QCOMPARE(clock.nextTimerInMs(), 5001); // the server's window, all someone else's
        clock.advance(5001);
        QCOMPARE(rec.events, QStringList{u"+x"_s});

        const QDateTime until = g.recordResponse(Service::HighLevel, u"loc"_s,
                                                 {{"X-RateLimit-Daily-Remaining", "0"}, {"X-RateLimit-Daily-Reset", "3600000"}}, 429);
        QCOMPARE(until, clock.now().addSecs(3600));
        s = g.budgetState(Service::HighLevel, u"loc"_s);
        QVERIFY(s.exhausted);
        QCOMPARE(s.resetAt, until);
    }

    void unlimitedTakesTheServersLimit()
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
        QCOMPARE(rec.events, (QStringList{u"+0"_s, u"+1"_s})); // the server's two, then the window's end
        QCOMPARE(clock.nextTimerInMs(), 1001);
        clock.advance(1001);
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
        g.attemptFinished(rec.tickets.constFirst(), {}, 200);
        clock.advance(5000);
        QCOMPARE(rec.events, (QStringList{u"+a"_s, u"+c"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRateGovernor)
#include "tst_rategovernor.moc"
