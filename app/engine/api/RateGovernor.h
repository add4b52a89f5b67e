#pragma once
// Keeps every API account inside its burst and daily limits: token buckets, daily budgets, a write reserve, priorities.

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
    int burstMax = 100;               // tokens in the bucket; 0 = no burst limit
    qint64 burstIntervalMs = 10'000;  // the bucket refills burstMax tokens per interval
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

    // Asks for one request slot (one HTTP attempt). Granted at once when a token is free, else queued and granted when
    // the bucket refills, highest priority first (then first come). Refused at once, never queued, when the daily
    // budget is used up: a read (isWrite false and priority below Write) is refused once only the write reserve is
    // left. The callback runs in this object's thread, possibly before acquire() returns.
    TicketId acquire(Service service, const QString& account, Priority priority, bool isWrite,
                     QObject* context, PermitCallback callback);
    void cancel(TicketId ticket);

    // Adapts the bucket and the daily budget from the server's X-RateLimit-* headers (HighLevel). Returns the
    // daily reset time when the server says the daily budget is gone (X-RateLimit-Daily-Remaining: 0), else invalid.
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
