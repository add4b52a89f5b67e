#pragma once
// Keeps every API account inside its burst and daily limits: burst windows, daily budgets, a write reserve, priorities.

#include "ApiTypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace fb {
class Clock;
}

namespace fb::api {

class BudgetStore;

struct ServiceLimits
{
    int burstMax = 100;               // requests in any burst interval; 0 = no burst limit
    qint64 burstIntervalMs = 10'000;  // the burst interval
    qint64 dailyLimit = 200'000;      // requests per daily window; 0 = no daily limit
    double writeReserveFraction = 0.05; // share of the daily limit only writes and user actions may use
    // The daily window ends at this UTC time of day (HighLevel and Badger publish no reset time; midnight UTC is
    // our assumption, corrected by the server's headers where it sends them).
    int dailyResetUtcMinutes = 0;

    static ServiceLimits defaultsFor(Service service);
};

struct BudgetState
{
    Service service = Service::HighLevel;
    QString accountKey;
    int burstMax = 0;
    int burstRemaining = 0;
    qint64 burstIntervalMs = 0;
    qint64 dailyLimit = 0;       // 0 = unlimited
    qint64 dailyUsed = 0;
    qint64 dailyRemaining = 0;   // including the write reserve
    qint64 writeReserve = 0;
    QDateTime resetAt;           // UTC end of the daily window
    QDateTime pausedUntil;       // UTC end of a server-imposed pause (429), invalid when none
    bool exhausted = false;      // nothing left until resetAt, not even for writes
    bool readsExhausted = false; // only the write reserve is left: reads and background work wait for resetAt
    int waiting = 0;             // requests queued for a token

    // "Daily budget exhausted until 14:05" in local time (with the date when resetAt is not today); empty when
    // nothing is exhausted.
    QString exhaustedUntilText() const;
};

struct Permit
{
    bool granted = false;
    quint64 ticket = 0; // when granted: pass to attemptFinished() when the attempt has ended
    QDateTime retryAt; // when refused: when the budget allows this kind of request again
    QString message;   // when refused: user-presentable reason
};

// Lives in the engine's thread; every call is made from that thread.
class RateGovernor : public QObject
{
    Q_OBJECT

public:
    using TicketId = quint64;
    using PermitCallback = std::function<void(const Permit&)>;

    // clock defaults to Clock::system(); store defaults to an in-memory store. Neither is owned.
    explicit RateGovernor(Clock* clock = nullptr, BudgetStore* store = nullptr, QObject* parent = nullptr);
    ~RateGovernor() override;

    void setLimits(Service service, const ServiceLimits& limits);
    ServiceLimits limits(Service service) const;
    void setBudgetStore(BudgetStore* store); // not owned; counters are reloaded from it on next use

    // Asks for one request slot (one HTTP attempt). Granted at once when a slot of the burst window is free, else
    // queued and granted when one frees, highest priority first (then first come). Refused at once, never queued,
    // when the daily budget is used up: a read (isWrite false and priority below Write) is refused once only the
    // write reserve is left. The callback runs in this object's thread, possibly before acquire() returns.
    //
    // The burst limit is a sliding log: a granted slot stays taken while its attempt is under way and for one burst
    // interval after it ended (attemptFinished). The server counts a request when it arrives, which is somewhere
    // between our send and its answer, in fixed or sliding windows (HighLevel: X-RateLimit-Max per
    // X-RateLimit-Interval-Milliseconds): freeing a slot one interval after the answer is the only rule that never
    // puts more than burstMax arrivals in any interval, whatever the latency and wherever the server's window starts.
    TicketId acquire(Service service, const QString& account, Priority priority, bool isWrite,
                     QObject* context, PermitCallback callback);
    void cancel(TicketId ticket);

    // The attempt of a granted permit has ended (answered or not: headers empty and status 0 when no answer came).
    // Its slot frees one burst interval from now; the headers adapt the limits as recordResponse() does, knowing
    // when this request left. Returns what recordResponse() returns.
    QDateTime attemptFinished(quint64 ticket, const QList<QPair<QByteArray, QByteArray>>& headers, int status);

    // Adapts the burst window and the daily budget from the server's X-RateLimit-* headers (HighLevel) of a response
    // not tied to a permit: X-RateLimit-Max and -Interval-Milliseconds replace the configured burst limit; an
    // X-RateLimit-Remaining lower than our own requests explain means someone else uses the same budget (another app
    // on the location), and their share is held until one interval from now. Headers that are missing leave the
    // configured limits in force. Returns the daily reset time when the server says the daily budget is gone
    // (X-RateLimit-Daily-Remaining: 0), else invalid.
    QDateTime recordResponse(Service service, const QString& account,
                             const QList<QPair<QByteArray, QByteArray>>& headers, int status);
    // No request for this account leaves before this monotonic time (a 429 with Retry-After).
    void pauseUntil(Service service, const QString& account, qint64 monotonicMs);

    BudgetState budgetState(Service service, const QString& account) const;

Q_SIGNALS:
    // Any change a dashboard shows: used, remaining, exhausted, paused.
    void budgetChanged(fb::api::Service service, const QString& accountKey);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fb::api
