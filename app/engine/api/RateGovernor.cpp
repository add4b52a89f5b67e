#include "RateGovernor.h"

#include "BudgetStore.h"
#include "core/Clock.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPointer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fb::api {

ServiceLimits ServiceLimits::defaultsFor(Service service)
{
    ServiceLimits l;
    switch (service) {
    case Service::HighLevel:
        // ghl/NOTES.md §8: 100 requests / 10 s burst and 200,000 / day per location.
        l.burstMax = 100;
        l.burstIntervalMs = 10'000;
        l.dailyLimit = 200'000;
        break;
    case Service::Badger:
        // badger/NOTES.md: 25,000 / day per team; no burst limit is published, so we stay polite with 10 / s.
        l.burstMax = 10;
        l.burstIntervalMs = 1'000;
        l.dailyLimit = 25'000;
        break;
    }
    return l;
}

QString BudgetState::exhaustedUntilText() const
{
    if (!exhausted && !readsExhausted) {
        return {};
    }
    const QDateTime local = resetAt.toLocalTime();
    const QLocale locale;
    const QString when = local.date() == QDate::currentDate()
                             ? locale.toString(local.time(), u"HH:mm"_s)
                             : locale.toString(local, u"ddd d MMM HH:mm"_s);
    if (exhausted) {
        return QCoreApplication::translate("fb::api::BudgetState", "Daily budget exhausted until %1").arg(when);
    }
    return QCoreApplication::translate("fb::api::BudgetState",
                                       "Daily budget down to its write reserve: reads paused until %1")
        .arg(when);
}

namespace {

struct Waiter
{
    RateGovernor::TicketId id = 0;
    Priority priority = Priority::Background;
    bool isWrite = false;
    QPointer<QObject> context;
    bool hasContext = false;
    RateGovernor::PermitCallback callback;
};

struct Account
{
    Service service = Service::HighLevel;
    QString name;
    QString storeKey;
    double tokens = 0;
    qint64 lastRefillMs = 0;
    int burstMax = 0;
    qint64 burstIntervalMs = 0;
    qint64 dailyLimit = 0;
    qint64 used = 0;
    QDateTime resetAt;
    QDateTime serverExhaustedUntil; // the server said Daily-Remaining: 0
    qint64 pausedUntilMs = 0;
    QList<Waiter> waiters; // sorted: priority, then arrival
    Clock::TimerId timer = 0;
};

} // namespace

struct RateGovernor::Private
{
    RateGovernor* q = nullptr;
    Clock* clock = nullptr;
    BudgetStore* store = nullptr;
    std::unique_ptr<BudgetStore> ownStore;
    QHash<int, ServiceLimits> limits;
    QHash<QString, Account> accounts;
    TicketId nextTicket = 1;

    static QString keyFor(Service s, const QString& account) { return toString(s) + u'/' + account; }

    ServiceLimits limitsFor(Service s) const { return limits.value(int(s), ServiceLimits::defaultsFor(s)); }

    QDateTime nextReset(Service s, const QDateTime& nowUtc) const
    {
        const int minutes = limitsFor(s).dailyResetUtcMinutes;
        QDateTime candidate(nowUtc.date(), QTime(0, 0).addSecs(qint64(minutes) * 60), Qt::UTC);
        while (candidate <= nowUtc) {
            candidate = candidate.addDays(1);
        }
        return candidate;
    }

    Account& account(Service s, const QString& name)
    {
        const QString key = keyFor(s, name);
        auto it = accounts.find(key);
        if (it != accounts.end()) {
            return *it;
        }
        const ServiceLimits l = limitsFor(s);
        Account a;
        a.service = s;
        a.name = name;
        a.storeKey = key;
        a.burstMax = l.burstMax;
        a.burstIntervalMs = l.burstIntervalMs;
        a.tokens = l.burstMax;
        a.lastRefillMs = clock->monotonicMs();
        a.dailyLimit = l.dailyLimit;
        if (const auto saved = store->load(key)) {
            a.used = saved->used;
            a.resetAt = saved->resetAt;
        }
        if (!a.resetAt.isValid()) {
            a.resetAt = nextReset(s, clock->now());
        }
        return *accounts.insert(key, a);
    }

    void save(const Account& a) { store->save(a.storeKey, BudgetCounter{a.used, a.resetAt}); }

    // Starts a new daily window when the old one has ended.
    void roll(Account& a)
    {
        const QDateTime now = clock->now();
        if (now >= a.resetAt) {
            a.used = 0;
            a.resetAt = nextReset(a.service, now);
            a.serverExhaustedUntil = {};
            save(a);
        }
        if (a.serverExhaustedUntil.isValid() && now >= a.serverExhaustedUntil) {
            a.serverExhaustedUntil = {};
        }
    }

    void refill(Account& a)
    {
        const qint64 now = clock->monotonicMs();
        if (a.burstMax <= 0 || a.burstIntervalMs <= 0) {
            a.lastRefillMs = now;
            return;
        }
        const qint64 elapsed = now - a.lastRefillMs;
        if (elapsed > 0) {
            a.tokens = std::min<double>(a.burstMax, a.tokens + double(elapsed) * a.burstMax / double(a.burstIntervalMs));
            a.lastRefillMs = now;
        }
    }

    qint64 reserve(const Account& a) const
    {
        if (a.dailyLimit <= 0) {
            return 0;
        }
        return qint64(std::floor(double(a.dailyLimit) * std::clamp(limitsFor(a.service).writeReserveFraction, 0.0, 1.0)));
    }

    // An empty permit when the daily budget allows this kind of request, else the refusal.
    std::optional<Permit> dailyRefusal(const Account& a, Priority priority, bool isWrite) const
    {
        const bool mayUseReserve = isWrite || priority == Priority::UserAction || priority == Priority::Write;
        const QDateTime until = a.serverExhaustedUntil.isValid() ? a.serverExhaustedUntil : a.resetAt;
        if (a.serverExhaustedUntil.isValid() || (a.dailyLimit > 0 && a.used >= a.dailyLimit)) {
            Permit p;
            p.retryAt = until;
            p.message = QCoreApplication::translate("fb::api::RateGovernor",
                                                    "The daily request budget of %1 is used up until %2.")
                            .arg(toString(a.service), until.toLocalTime().toString(u"HH:mm"_s));
            return p;
        }
        if (!mayUseReserve && a.dailyLimit > 0 && a.dailyLimit - a.used <= reserve(a)) {
            Permit p;
            p.retryAt = a.resetAt;
            p.message = QCoreApplication::translate("fb::api::RateGovernor",
                                                    "Only the write reserve of the %1 daily budget is left; "
                                                    "reads wait until %2.")
                            .arg(toString(a.service), a.resetAt.toLocalTime().toString(u"HH:mm"_s));
            return p;
        }
        return std::nullopt;
    }

    bool tokenAvailable(const Account& a) const
    {
        if (clock->monotonicMs() < a.pausedUntilMs) {
            return false;
        }
        return a.burstMax <= 0 || a.burstIntervalMs <= 0 || a.tokens >= 1.0;
    }

    void take(Account& a)
    {
        if (a.burstMax > 0 && a.burstIntervalMs > 0) {
            a.tokens -= 1.0;
        }
        ++a.used;
        save(a);
    }

    static void deliver(const Waiter& w, const Permit& p)
    {
        if (!w.hasContext || w.context) {
            w.callback(p);
        }
    }

    // Serves the queue as far as tokens and the budget allow, then arms one timer for the next token.
    void pump(QString key) // by value: callbacks may rehash the table that holds the caller's string
    {
        auto it = accounts.find(key);
        if (it == accounts.end()) {
            return;
        }
        Account& a = *it;
        if (a.timer) {
            clock->cancel(a.timer);
            a.timer = 0;
        }
        bool changed = false;
        for (;;) {
            // Callbacks may re-enter acquire()/cancel(): re-find the account each round.
            auto again = accounts.find(key);
            if (again == accounts.end()) {
                return;
            }
            Account& acc = *again;
            roll(acc);
            refill(acc);
            if (acc.waiters.isEmpty()) {
                break;
            }
            const Waiter& front = acc.waiters.constFirst();
            if (auto refusal = dailyRefusal(acc, front.priority, front.isWrite)) {
                const Waiter w = acc.waiters.takeFirst();
                changed = true;
                deliver(w, *refusal);
                continue;
            }
            if (!tokenAvailable(acc)) {
                break;
            }
            const Waiter w = acc.waiters.takeFirst();
            take(acc);
            changed = true;
            Permit granted;
            granted.granted = true;
            deliver(w, granted);
        }
        auto again = accounts.find(key);
        if (again == accounts.end()) {
            return;
        }
        Account& acc = *again;
        if (!acc.waiters.isEmpty() && !acc.timer) {
            const qint64 now = clock->monotonicMs();
            qint64 wait = 0;
            if (now < acc.pausedUntilMs) {
                wait = acc.pausedUntilMs - now;
            } else if (acc.burstMax > 0 && acc.burstIntervalMs > 0 && acc.tokens < 1.0) {
                wait = qint64(std::ceil((1.0 - acc.tokens) * double(acc.burstIntervalMs) / double(acc.burstMax)));
            }
            acc.timer = clock->schedule(std::max<qint64>(wait, 1), q, [this, key] {
                auto t = accounts.find(key);
                if (t != accounts.end()) {
                    t->timer = 0;
                }
                pump(key);
            });
        }
        if (changed) {
            Q_EMIT q->budgetChanged(acc.service, acc.name);
        }
    }
};

RateGovernor::RateGovernor(Clock* clock, BudgetStore* store, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->clock = clock ? clock : Clock::system();
    if (store) {
        d->store = store;
    } else {
        d->ownStore = std::make_unique<MemoryBudgetStore>();
        d->store = d->ownStore.get();
    }
}

RateGovernor::~RateGovernor()
{
    for (const Account& a : std::as_const(d->accounts)) {
        if (a.timer) {
            d->clock->cancel(a.timer);
        }
    }
}

void RateGovernor::setLimits(Service service, const ServiceLimits& limits)
{
    d->limits.insert(int(service), limits);
    for (auto it = d->accounts.begin(); it != d->accounts.end(); ++it) {
        if (it->service == service) {
            it->burstMax = limits.burstMax;
            it->burstIntervalMs = limits.burstIntervalMs;
            it->tokens = std::min<double>(it->tokens, limits.burstMax);
            it->dailyLimit = limits.dailyLimit;
        }
    }
}

ServiceLimits RateGovernor::limits(Service service) const
{
    return d->limitsFor(service);
}

void RateGovernor::setBudgetStore(BudgetStore* store)
{
    if (!store) {
        d->ownStore = std::make_unique<MemoryBudgetStore>();
        store = d->ownStore.get();
    }
    d->store = store;
    for (auto it = d->accounts.begin(); it != d->accounts.end(); ++it) {
        if (const auto saved = store->load(it->storeKey)) {
            it->used = saved->used;
            it->resetAt = saved->resetAt;
        }
    }
}

RateGovernor::TicketId RateGovernor::acquire(Service service, const QString& accountName, Priority priority,
                                             bool isWrite, QObject* context, PermitCallback callback)
{
    const TicketId id = d->nextTicket++;
    Account& a = d->account(service, accountName);
    d->roll(a);
    d->refill(a);
    if (auto refusal = d->dailyRefusal(a, priority, isWrite)) {
        qCInfo(lcApi) << "budget refused" << toString(service) << "request:" << refusal->message;
        Q_EMIT budgetChanged(service, accountName);
        callback(*refusal);
        return id;
    }
    if (a.waiters.isEmpty() && d->tokenAvailable(a)) {
        d->take(a);
        Q_EMIT budgetChanged(service, accountName);
        Permit granted;
        granted.granted = true;
        callback(granted);
        return id;
    }
    Waiter w;
    w.id = id;
    w.priority = priority;
    w.isWrite = isWrite;
    w.context = context;
    w.hasContext = context != nullptr;
    w.callback = std::move(callback);
    // Stable insertion: after every waiter of the same or higher priority.
    auto pos = std::find_if(a.waiters.begin(), a.waiters.end(),
                            [priority](const Waiter& other) { return int(other.priority) > int(priority); });
    a.waiters.insert(pos, std::move(w));
    d->pump(a.storeKey);
    return id;
}

void RateGovernor::cancel(TicketId ticket)
{
    for (auto it = d->accounts.begin(); it != d->accounts.end(); ++it) {
        for (qsizetype i = 0; i < it->waiters.size(); ++i) {
            if (it->waiters.at(i).id == ticket) {
                it->waiters.removeAt(i);
                return;
            }
        }
    }
}

namespace {
std::optional<qint64> headerNumber(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 v = h.second.trimmed().toLongLong(&ok);
            if (ok && v >= 0) {
                return v;
            }
        }
    }
    return std::nullopt;
}
} // namespace

QDateTime RateGovernor::recordResponse(Service service, const QString& accountName,
                                       const QList<QPair<QByteArray, QByteArray>>& headers, int status)
{
    Q_UNUSED(status)
    Account& a = d->account(service, accountName);
    d->roll(a);
    d->refill(a);
    bool changed = false;
    if (const auto max = headerNumber(headers, "X-RateLimit-Max"); max && *max > 0 && *max != a.burstMax) {
        const bool wasUnlimited = a.burstMax <= 0 || a.burstIntervalMs <= 0;
        a.burstMax = int(std::min<qint64>(*max, 1'000'000));
        // An unlimited bucket holds no meaningful count: start full (X-RateLimit-Remaining below lowers it).
        a.tokens = wasUnlimited ? a.burstMax : std::min<double>(a.tokens, a.burstMax);
        if (a.burstIntervalMs <= 0) {
            a.burstIntervalMs = 10'000;
        }
        changed = true;
    }
    if (const auto interval = headerNumber(headers, "X-RateLimit-Interval-Milliseconds"); interval && *interval > 0) {
        a.burstIntervalMs = *interval;
    }
    if (const auto remaining = headerNumber(headers, "X-RateLimit-Remaining"); remaining && a.burstMax > 0) {
        // The server's count also includes requests we did not see (other apps on the same location): trust the lower.
        if (double(*remaining) < a.tokens) {
            a.tokens = double(*remaining);
            changed = true;
        }
    }
    if (const auto daily = headerNumber(headers, "X-RateLimit-Limit-Daily"); daily && *daily > 0 && *daily != a.dailyLimit) {
        a.dailyLimit = *daily;
        changed = true;
    }
    QDateTime exhaustedUntil;
    if (const auto left = headerNumber(headers, "X-RateLimit-Daily-Remaining")) {
        if (a.dailyLimit > 0) {
            const qint64 serverUsed = std::max<qint64>(a.dailyLimit - *left, 0);
            if (serverUsed != a.used) {
                a.used = serverUsed;
                d->save(a);
                changed = true;
            }
        }
        if (*left == 0) {
            // x-ratelimit-daily-reset (ms until reset) is read by the official SDK but undocumented: use it when sent.
            QDateTime until = a.resetAt;
            if (const auto resetMs = headerNumber(headers, "X-RateLimit-Daily-Reset"); resetMs && *resetMs > 0) {
                until = d->clock->now().addMSecs(*resetMs);
            }
            a.serverExhaustedUntil = until;
            exhaustedUntil = until;
            changed = true;
        }
    }
    if (changed) {
        Q_EMIT budgetChanged(service, accountName);
    }
    if (!a.waiters.isEmpty()) {
        d->pump(a.storeKey);
    }
    return exhaustedUntil;
}

void RateGovernor::pauseUntil(Service service, const QString& accountName, qint64 monotonicMs)
{
    Account& a = d->account(service, accountName);
    if (monotonicMs > a.pausedUntilMs) {
        a.pausedUntilMs = monotonicMs;
        Q_EMIT budgetChanged(service, accountName);
    }
}

BudgetState RateGovernor::budgetState(Service service, const QString& accountName) const
{
    Account& a = d->account(service, accountName);
    d->roll(a);
    d->refill(a);
    BudgetState s;
    s.service = service;
    s.accountKey = accountName;
    s.burstMax = a.burstMax;
    s.burstRemaining = a.burstMax > 0 ? int(std::floor(a.tokens)) : 0;
    s.burstIntervalMs = a.burstIntervalMs;
    s.dailyLimit = a.dailyLimit;
    s.dailyUsed = a.used;
    s.dailyRemaining = a.dailyLimit > 0 ? std::max<qint64>(a.dailyLimit - a.used, 0) : 0;
    s.writeReserve = d->reserve(a);
    s.resetAt = a.serverExhaustedUntil.isValid() ? a.serverExhaustedUntil : a.resetAt;
    const qint64 now = d->clock->monotonicMs();
    if (a.pausedUntilMs > now) {
        s.pausedUntil = d->clock->now().addMSecs(a.pausedUntilMs - now);
    }
    s.exhausted = a.serverExhaustedUntil.isValid() || (a.dailyLimit > 0 && a.used >= a.dailyLimit);
    s.readsExhausted = !s.exhausted && a.dailyLimit > 0 && s.dailyRemaining <= s.writeReserve;
    s.waiting = int(a.waiters.size());
    return s;
}

} // namespace fb::api
