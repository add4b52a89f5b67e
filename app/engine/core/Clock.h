#pragma once
// Injectable time: wall clock, monotonic counter and timers, so backoff and rate limits are testable without sleeping.

#include <QDateTime>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fb {

class Clock
{
public:
    using TimerId = quint64;

    virtual ~Clock();

    // Wall-clock time in UTC (for Retry-After dates, resetAt and the call log).
    virtual QDateTime now() const = 0;
    // Milliseconds from an arbitrary origin, never going backwards (for waits and latencies).
    virtual qint64 monotonicMs() const = 0;

    // Runs fn once, at least delayMs from now, in context's thread; nothing happens when context is destroyed first
    // or the timer is cancelled. A delay <= 0 still runs asynchronously (from the event loop / next advance()).
    virtual TimerId schedule(qint64 delayMs, QObject* context, std::function<void()> fn) = 0;
    virtual void cancel(TimerId id) = 0;

    // The process-wide system clock.
    static Clock* system();
};

class SystemClock final : public Clock
{
public:
    SystemClock();
    ~SystemClock() override;

    QDateTime now() const override;
    qint64 monotonicMs() const override;
    TimerId schedule(qint64 delayMs, QObject* context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

private:
    struct Private;
    Private* d;
};

// A clock that only moves when a test says so. advance() fires due callbacks in due-time order, each with now()
// set to its due time, including callbacks scheduled by the callbacks themselves while still within the window.
// Single-threaded by design: schedule, cancel and advance from the test's thread.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));

    QDateTime now() const override;
    qint64 monotonicMs() const override;
    TimerId schedule(qint64 delayMs, QObject* context, std::function<void()> fn) override;
    void cancel(TimerId id) override;

    void advance(qint64 ms);
    void setNow(const QDateTime& utc); // moves the wall clock only (a jump); the monotonic counter is untouched
    int pendingTimers() const;
    // Milliseconds until the earliest pending timer, or -1 when none is pending.
    qint64 nextTimerInMs() const;
    // Advances to the next pending timer (if any) and fires it; returns false when nothing was pending.
    bool advanceToNextTimer();

private:
    struct Timer
    {
        qint64 dueMs = 0;
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void()> fn;
    };
    qint64 m_monotonicMs = 0;
    QDateTime m_wallAtZero;
    TimerId m_nextId = 1;
    QMap<TimerId, Timer> m_timers;
};

} // namespace fb
