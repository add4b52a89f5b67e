#include "Clock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutexLocker>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace fb {

Clock::~Clock() = default;

Clock* Clock::system()
{
    static SystemClock clock;
    return &clock;
}

struct SystemClock::Private
{
    QElapsedTimer elapsed;
    QMutex mutex;
    TimerId nextId = 1;
    QHash<TimerId, QPointer<QTimer>> timers;
};

SystemClock::SystemClock()
    : d(new Private)
{
    d->elapsed.start();
}

SystemClock::~SystemClock()
{
    delete d;
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return d->elapsed.elapsed();
}

Clock::TimerId SystemClock::schedule(qint64 delayMs, QObject* context, std::function<void()> fn)
{
    Q_ASSERT(context);
    // The timer is a child of the context: it dies with it and fires in its thread.
    auto* timer = new QTimer;
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    timer->setInterval(std::chrono::milliseconds(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
    timer->moveToThread(context->thread());
    timer->setParent(context);
    TimerId id = 0;
    {
        QMutexLocker lock(&d->mutex);
        id = d->nextId++;
        d->timers.insert(id, timer);
    }
    QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, fn = std::move(fn)]() {
        {
            QMutexLocker lock(&d->mutex);
            d->timers.remove(id);
        }
        timer->deleteLater();
        fn();
    });
    QMetaObject::invokeMethod(timer, qOverload<>(&QTimer::start), Qt::AutoConnection);
    return id;
}

void SystemClock::cancel(TimerId id)
{
    QPointer<QTimer> timer;
    {
        QMutexLocker lock(&d->mutex);
        timer = d->timers.take(id);
    }
    if (timer) {
        // Cancel from the timer's own thread; disconnecting first makes a timeout already queued a no-op.
        QObject::disconnect(timer, &QTimer::timeout, nullptr, nullptr);
        QMetaObject::invokeMethod(timer, &QObject::deleteLater, Qt::AutoConnection);
    }
}

ManualClock::ManualClock(const QDateTime& start)
    : m_wallAtZero(start.toUTC())
{
}

QDateTime ManualClock::now() const
{
    return m_wallAtZero.addMSecs(m_monotonicMs);
}

qint64 ManualClock::monotonicMs() const
{
    return m_monotonicMs;
}

Clock::TimerId ManualClock::schedule(qint64 delayMs, QObject* context, std::function<void()> fn)
{
    const TimerId id = m_nextId++;
    Timer t;
    t.dueMs = m_monotonicMs + std::max<qint64>(delayMs, 0);
    t.context = context;
    t.hasContext = context != nullptr;
    t.fn = std::move(fn);
    m_timers.insert(id, std::move(t));
    return id;
}

void ManualClock::cancel(TimerId id)
{
    m_timers.remove(id);
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_monotonicMs + std::max<qint64>(ms, 0);
    for (;;) {
        // The earliest due timer (ties: the one scheduled first, i.e. the lowest id).
        auto best = m_timers.end();
        for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
            if (it->dueMs <= target && (best == m_timers.end() || it->dueMs < best->dueMs)) {
                best = it;
            }
        }
        if (best == m_timers.end()) {
            break;
        }
        Timer t = std::move(best.value());
        m_timers.erase(best);
        m_monotonicMs = std::max(m_monotonicMs, t.dueMs);
        if (!t.hasContext || t.context) {
            t.fn();
        }
    }
    m_monotonicMs = target;
}

void ManualClock::setNow(const QDateTime& utc)
{
    m_wallAtZero = utc.toUTC().addMSecs(-m_monotonicMs);
}

int ManualClock::pendingTimers() const
{
    return int(m_timers.size());
}

qint64 ManualClock::nextTimerInMs() const
{
    qint64 best = -1;
    for (const auto& t : m_timers) {
        const qint64 in = std::max<qint64>(t.dueMs - m_monotonicMs, 0);
        if (best < 0 || in < best) {
            best = in;
        }
    }
    return best;
}

bool ManualClock::advanceToNextTimer()
{
    const qint64 next = nextTimerInMs();
    if (next < 0) {
        return false;
    }
    advance(next);
    return true;
}

} // namespace fb
