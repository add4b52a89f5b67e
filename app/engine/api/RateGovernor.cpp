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
#include <optional>

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

// One request in the burst log: taken from grant until one interval after its attempt ended. Entries with no ticket
// stand for requests of someone else sharing the budget, learned from X-RateLimit-Remaining.
struct Slot
{
    RateGovernor::TicketId ticket = 0;
    qint64 sentMs = 0;
    qint64 endedMs = -1; // -1 while the attempt is under way
    bool open() const { return endedMs < 0; }
};

// An attempt whose end is never reported (a caller that forgot) gives its slot back after this long, so one lost
// report cannot block an account for good. Far beyond any transfer timeout.
constexpr qint64 kUnreportedSlotMs = 10 * 60 * 1000;
// Both ends count whole milliseconds: a request sent exactly one interval after the last answer could still land
// one tick inside the server's window. One more tick is enough.
constexpr qint64 kClockGrainMs = 1;

struct Account
{
    Service service = Service::HighLevel;
    QString name;
    QString storeKey;
    QList<Slot> slots; // in grant order; pruned one interval after release
    int burstMax = 0;
    qint64 burstIntervalMs = 0;
    qint64 dailyLimit = 0;
    qint64 used = 0;
    QDateTime resetAt;
    QDateTime serverExhaustedUntil; // the server said Daily-Remaining: 0
    qint64 pausedUntilMs = 0;
    QList<Waiter> waiters; // sorted: priority, then arrival
    Clock::TimerId timer = 0;

    bool burstLimited() const { return burstMax > 0 && burstIntervalMs > 0; }

    // When the slot stops counting against the burst limit (an interval learned later applies to it too).
    qint64 freeAt(const Slot& s) const
    {
        return s.open() ? s.sentMs + kUnreportedSlotMs : s.endedMs + std::max<qint64>(burstIntervalMs, 0) + kClockGrainMs;
    }

    int taken(qint64 now) const
    {
        int n = 0;
        for (const Slot& s : slots) {
            n += freeAt(s) > now ? 1 : 0;
        }
        return n;
    }

    // The earliest time a taken slot frees, or -1 when none is taken.
    qint64 nextFree(qint64 now) const
    {
        qint64 next = -1;
        for (const Slot& s : slots) {
            const qint64 at = freeAt(s);
            if (at > now && (next < 0 || at < next)) {
                next = at;
            }
        }
        return next;
    }

    // Released slots are kept one more interval: a late answer's X-RateLimit-Remaining may still count them.
    void prune(qint64 now)
    {
        const qint64 keep = std::max<qint64>(burstIntervalMs, 0);
        slots.removeIf([&](const Slot& s) { return freeAt(s) + keep <= now; });
    }
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

    void prune(Account& a) { a.prune(clock->monotonicMs()); }

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

    bool slotAvailable(const Account& a) const
    {
        const qint64 now = clock->monotonicMs();
        if (now < a.pausedUntilMs) {
            return false;
        }
        return !a.burstLimited() || a.taken(now) < a.burstMax;
    }

    // Every grant is logged, limited or not, so a limit learned later from the headers knows what is under way.
    Permit take(Account& a, TicketId ticket)
    {
        a.slots.append(Slot{ticket, clock->monotonicMs(), -1});
        ++a.used;
        save(a);
        Permit granted;
        granted.granted = true;
        granted.ticket = ticket;
        return granted;
    }

    Account* accountOfTicket(TicketId ticket, Slot** slot)
    {
        for (auto it = accounts.begin(); it != accounts.end(); ++it) {
            for (Slot& s : it->slots) {
                if (s.ticket == ticket) {
                    *slot = &s;
                    return &*it;
                }
            }
        }
        return nullptr;
    }

    QDateTime adapt(Account& a, const QList<QPair<QByteArray, QByteArray>>& headers, int status,
                    std::optional<qint64> sentMs);

    static void deliver(const Waiter& w, const Permit& p)
    {
        if (!w.hasContext || w.context) {
            w.callback(p);
        }
    }

    // Serves the queue as far as the burst window and the budget allow, then arms one timer for the next free slot.
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
            prune(acc);
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
            if (!slotAvailable(acc)) {
                break;
            }
            const Waiter w = acc.waiters.takeFirst();
            const Permit granted = take(acc, w.id);
            changed = true;
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
            } else if (acc.burstLimited()) {
                // No timer for slots whose attempts are under way: attemptFinished() pumps.
                const qint64 next = acc.nextFree(now);
                wait = next > now ? next - now : 0;
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
    d->prune(a);
    if (auto refusal = d->dailyRefusal(a, priority, isWrite)) {
        qCInfo(lcApi) << "budget refused" << toString(service) << "request:" << refusal->message;
        Q_EMIT budgetChanged(service, accountName);
        callback(*refusal);
        return id;
    }
    if (a.waiters.isEmpty() && d->slotAvailable(a)) {
        const Permit granted = d->take(a, id);
        Q_EMIT budgetChanged(service, accountName);
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

std::optional<QByteArray> headerValueOf(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return std::nullopt;
}
} // namespace

QDateTime RateGovernor::Private::adapt(Account& a, const QList<QPair<QByteArray, QByteArray>>& headers, int status,
                                       std::optional<qint64> sentMs)
{
    const qint64 now = clock->monotonicMs();
    bool changed = false;
    if (const auto max = headerNumber(headers, "X-RateLimit-Max"); max && *max > 0 && *max != a.burstMax) {
        a.burstMax = int(std::min<qint64>(*max, 1'000'000));
        if (a.burstIntervalMs <= 0) {
            a.burstIntervalMs = 10'000;
        }
        changed = true;
    }
    if (const auto interval = headerNumber(headers, "X-RateLimit-Interval-Milliseconds");
        interval && *interval > 0 && *interval != a.burstIntervalMs) {
        a.burstIntervalMs = *interval;
        changed = true;
    }
    // A 429 with Retry-After says when to come back; the engine pauses the account for that long instead.
    const bool serverSaidWhen = status == 429 && headerValueOf(headers, "Retry-After").has_value();
    if (const auto remaining = headerNumber(headers, "X-RateLimit-Remaining");
        remaining && a.burstLimited() && !serverSaidWhen) {
        // Requests of ours the server may have counted in the window this answer describes: sent before the answer
        // arrived, and not answered an interval or more before this request left. Whatever the server counts beyond
        // them is someone else's (another app on the same location), held for an interval from now. Never fewer
        // of ours than the truth, so a lone client never holds anything back.
        const qint64 from = sentMs.value_or(now);
        qint64 ours = 0;
        qint64 othersHeld = 0;
        for (const Slot& s : std::as_const(a.slots)) {
            if (s.ticket == 0) {
                othersHeld += a.freeAt(s) > now ? 1 : 0;
            } else if (s.sentMs <= now && (s.open() || s.endedMs > from - a.burstIntervalMs)) {
                ++ours;
            }
        }
        const qint64 serverCount = std::max<qint64>(a.burstMax - *remaining, 0);
        for (qint64 i = othersHeld; i < serverCount - ours; ++i) {
            a.slots.append(Slot{0, now, now});
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
                save(a);
                changed = true;
            }
        }
        if (*left == 0) {
            // x-ratelimit-daily-reset (ms until reset) is read by the official SDK but undocumented: use it when sent.
            QDateTime until = a.resetAt;
            if (const auto resetMs = headerNumber(headers, "X-RateLimit-Daily-Reset"); resetMs && *resetMs > 0) {
                until = clock->now().addMSecs(*resetMs);
            }
            a.serverExhaustedUntil = until;
            exhaustedUntil = until;
            changed = true;
        }
    }
    const Service service = a.service;
    const QString name = a.name;
    const QString key = a.storeKey;
    const bool waiting = !a.waiters.isEmpty();
    if (changed) {
        Q_EMIT q->budgetChanged(service, name);
    }
    if (waiting) {
        pump(key); // last: callbacks may add accounts, which moves `a`
    }
    return exhaustedUntil;
}

QDateTime RateGovernor::attemptFinished(quint64 ticket, const QList<QPair<QByteArray, QByteArray>>& headers, int status)
{
    Slot* slot = nullptr;
    Account* a = d->accountOfTicket(ticket, &slot);
    if (!a) {
        return {}; // never granted, or reported so late that its slot was already given back
    }
    if (slot->open()) {
        slot->endedMs = d->clock->monotonicMs();
    }
    const qint64 sent = slot->sentMs;
    d->roll(*a);
    return d->adapt(*a, headers, status, sent);
}

QDateTime RateGovernor::recordResponse(Service service, const QString& accountName,
                                       const QList<QPair<QByteArray, QByteArray>>& headers, int status)
{
    Account& a = d->account(service, accountName);
    d->roll(a);
    d->prune(a);
    return d->adapt(a, headers, status, std::nullopt);
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
    d->prune(a);
    BudgetState s;
    s.service = service;
    s.accountKey = accountName;
    s.burstMax = a.burstMax;
    s.burstRemaining = a.burstLimited() ? std::max(a.burstMax - a.taken(d->clock->monotonicMs()), 0) : 0;
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
