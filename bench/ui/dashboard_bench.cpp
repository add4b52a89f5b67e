// Dashboard benchmark:
//  1. the longest UI-thread stall while a 10,000-record initial sync runs against the sandbox with the dashboard and
//     the activity screen open (a QTimer ticks every 5 ms on the UI thread; we record the largest gap between ticks);
//  2. the dashboard's memory after 1,000,000 logged calls fed to its models (RSS after 10k, 100k and 1M calls).
// Usage: QT_QPA_PLATFORM=offscreen ./dashboard_bench [records=10000] [calls=1000000]
// FIELDBRIDGE_BENCH_NO_UI=1 opens no dashboard, activity screen, monitor or tray: the control run, whose longest gap is
// what the machine itself (scheduler, the sandbox and worker threads) costs the UI thread.
// For the longest gaps the bench prints where the UI thread spent them: every event is timed in notify() and charged
// to the controller signal it delivered (or to its receiver's class and event type).

#include "activity/ActivityModel.h"
#include "activity/ActivityScreen.h"
#include "activity/ActivityView.h"
#include "activity/FailedCallsModel.h"
#include "activity/FailedCallsView.h"
#include "dashboard/DashboardWidget.h"
#include "tray/HealthMonitor.h"
#include "tray/TrayIcon.h"
#include "tst_dashboard_support.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <string>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

long rssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Times every top-level event delivery and charges it to a label: the controller signal being delivered (set by the
// first slot connected to each signal, see labelSignals) or the receiver's class and the event type.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Cost
    {
        qint64 ns = 0;    // wall clock
        qint64 cpuNs = 0; // the UI thread's own CPU time: what our code costs, whatever else the machine runs
        int events = 0;
    };
    std::map<std::string, Cost> interval; // since the last tick
    const char* signalLabel = nullptr;
    bool tracing = false;
    qint64 tracedEvents = 0;
    qint64 tracedCpuNs = 0;

    bool notify(QObject* receiver, QEvent* event) override
    {
        // Only the UI thread's own deliveries, not nested ones (their time is in the outer event's).
        if (!tracing || m_depth > 0 || QThread::currentThread() != thread()) {
            return QApplication::notify(receiver, event);
        }
        // Named before delivery: a DeferredDelete frees the receiver.
        const char* receiverClass = receiver->metaObject()->className();
        const char* parentClass = receiver->parent() && qobject_cast<QTimer*>(receiver)
                                      ? receiver->parent()->metaObject()->className()
                                      : nullptr;
        const int type = int(event->type());
        ++m_depth;
        signalLabel = nullptr;
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = t.nsecsElapsed();
        const qint64 cpuNs = threadCpuNs() - cpu0;
        --m_depth;
        std::string label;
        if (signalLabel) {
            label = signalLabel;
        } else {
            label = receiverClass;
            if (parentClass) {
                label += std::string(" in ") + parentClass;
            }
            label += " event " + std::to_string(type);
        }
        Cost& c = interval[label];
        c.ns += ns;
        c.cpuNs += cpuNs;
        ++c.events;
        ++tracedEvents;
        tracedCpuNs += cpuNs;
        return result;
    }

private:
    int m_depth = 0;
};

TimedApplication* timedApp()
{
    return static_cast<TimedApplication*>(QCoreApplication::instance());
}

// Connected before any view: the first slot of each signal names it for the event being timed.
void labelSignals(sync::SyncController* c)
{
    auto label = [](const char* name) { return [name] { timedApp()->signalLabel = name; }; };
    QObject::connect(c, &sync::SyncController::stateChanged, c, label("signal stateChanged"));
    QObject::connect(c, &sync::SyncController::progressed, c, label("signal progressed"));
    QObject::connect(c, &sync::SyncController::runFinished, c, label("signal runFinished"));
    QObject::connect(c, &sync::SyncController::countsChanged, c, label("signal countsChanged"));
    QObject::connect(c, &sync::SyncController::callFinished, c, label("signal callFinished"));
    QObject::connect(c, &sync::SyncController::activityRecorded, c, label("signal activityRecorded"));
    QObject::connect(c, &sync::SyncController::conflictRecorded, c, label("signal conflictRecorded"));
    QObject::connect(c, &sync::SyncController::budgetChanged, c, label("signal budgetChanged"));
    QObject::connect(c, &sync::SyncController::nextSyncScheduled, c, label("signal nextSyncScheduled"));
}

struct Stall
{
    qint64 gapNs = 0; // wall clock between ticks, or (for the busiest intervals) the UI thread's CPU time in them
    qint64 atMs = 0;
    std::vector<std::pair<std::string, TimedApplication::Cost>> top;
};

} // namespace

int main(int argc, char** argv)
{
    TimedApplication app(argc, argv);
    const bool noUi = qEnvironmentVariableIntValue("FIELDBRIDGE_BENCH_NO_UI") == 1;
    QApplication::setOrganizationName(u"fieldbridge-bench"_s);
    const int records = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int calls = argc > 2 ? std::atoi(argv[2]) : 1000000;
    sync::registerSyncMetaTypes();

    // The sandbox serves from a thread of its own: in the product the servers are remote, so their work must not be
    // counted as a UI stall.
    uitest::UiSandbox box;
    QString error;
    QElapsedTimer seedTimer;
    seedTimer.start();
    QThread sandboxThread;
    sandboxThread.start();
    bool started = false;
    QMetaObject::invokeMethod(
        &app,
        [&] {
            started = box.start(records, 21, &error);
        },
        Qt::DirectConnection);
    if (started) {
        box.server->moveToThread(&sandboxThread);
    }
    if (!started) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("sandbox seeded with %d records per side in %.1f s\n", records, seedTimer.elapsed() / 1000.0);

    auto* controller = new sync::SyncController;
    labelSignals(controller);
    ui::HealthMonitor* monitor = nullptr;
    ui::TrayIcon* tray = nullptr;
    ui::DashboardWidget* dashboard = nullptr;
    ui::ActivityScreen* screen = nullptr;
    if (!noUi) {
        monitor = new ui::HealthMonitor(controller);
        tray = new ui::TrayIcon(monitor);
        dashboard = new ui::DashboardWidget(controller, monitor);
        screen = new ui::ActivityScreen(controller);
        dashboard->resize(1280, 800);
        dashboard->show();
        screen->resize(1280, 800);
        screen->show();
    } else {
        std::printf("control run: no dashboard, activity screen, monitor or tray\n");
    }

    // ---- 1. UI-thread stalls during the initial sync ----
    QEventLoop opened;
    QObject::connect(controller, &sync::SyncController::countsChanged, &opened, &QEventLoop::quit);
    controller->open(box.setup());
    opened.exec();

    std::vector<qint64> gaps;
    gaps.reserve(200000);
    QElapsedTimer clock;
    qint64 last = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    std::vector<Stall> stalls; // the longest gaps, with where the time went
    std::vector<Stall> busiest; // the intervals in which the UI thread itself worked longest (its CPU time)
    qint64 busyTotalNs = 0;
    auto keep = [](std::vector<Stall>& list, qint64 value, qint64 atMs, const TimedApplication& a) {
        if (value < 5'000'000 || (list.size() >= 8 && value <= list.back().gapNs)) {
            return;
        }
        Stall s{value, atMs, {}};
        for (const auto& entry : a.interval) {
            s.top.emplace_back(entry.first, entry.second);
        }
        std::sort(s.top.begin(), s.top.end(), [](const auto& x, const auto& y) { return x.second.cpuNs > y.second.cpuNs; });
        s.top.resize(std::min<size_t>(s.top.size(), 5));
        list.push_back(std::move(s));
        std::sort(list.begin(), list.end(), [](const Stall& x, const Stall& y) { return x.gapNs > y.gapNs; });
        if (list.size() > 8) {
            list.pop_back();
        }
    };
    std::vector<qint64> busy;
    busy.reserve(200000);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 gap = now - last;
        gaps.push_back(gap);
        last = now;
        qint64 cpu = 0;
        for (const auto& entry : app.interval) {
            cpu += entry.second.cpuNs;
        }
        busy.push_back(cpu);
        busyTotalNs += cpu;
        keep(stalls, gap, now / 1'000'000, app);
        keep(busiest, cpu, now / 1'000'000, app);
        app.interval.clear();
    });
    int apiCalls = 0;
    QObject::connect(controller, &sync::SyncController::callFinished, controller, [&apiCalls] { ++apiCalls; });
    sync::RunSummary summary;
    QEventLoop run;
    QObject::connect(controller, &sync::SyncController::runFinished, &run, [&](const sync::RunSummary& s) {
        summary = s;
        run.quit();
    });
    clock.start();
    ticker.start();
    app.tracing = true;
    controller->syncNow();
    run.exec();
    app.tracing = false;
    ticker.stop();
    const double runSeconds = clock.elapsed() / 1000.0;
    std::sort(gaps.begin(), gaps.end());
    const auto ms = [](qint64 ns) { return ns / 1e6; };
    const qint64 maxGap = gaps.empty() ? 0 : gaps.back();
    const qint64 p99 = gaps.empty() ? 0 : gaps[size_t(double(gaps.size() - 1) * 0.99)];
    const auto over50 = std::count_if(gaps.begin(), gaps.end(), [](qint64 g) { return g > 50'000'000; });
    std::printf("initial sync: status %s, %d linked, %d created in HighLevel, %d in Badger, %d API calls, %.1f s\n",
                qPrintable(summary.status), summary.linked, summary.createdHighLevel, summary.createdBadger, apiCalls,
                runSeconds);
    std::printf("UI thread during the sync: %zu ticks, longest gap %.1f ms, p99 gap %.1f ms, gaps over 50 ms: %ld "
                "(target: longest <= 50 ms)\n",
                gaps.size(), ms(maxGap), ms(p99), long(over50));
    std::sort(busy.begin(), busy.end());
    std::printf("UI thread handled %lld events in %.2f s of its CPU time during the sync\n", qint64(app.tracedEvents),
                app.tracedCpuNs / 1e9);
    std::printf("UI thread's own work between two ticks (its CPU time, immune to the machine's load): longest %.1f ms, "
                "p99 %.1f ms, total %.1f s of %.1f s\n",
                busy.empty() ? 0.0 : ms(busy.back()), busy.empty() ? 0.0 : ms(busy[size_t(double(busy.size() - 1) * 0.99)]),
                busyTotalNs / 1e9, runSeconds);
    auto print = [&](const char* title, const std::vector<Stall>& list) {
        std::printf("%s\n", title);
        for (const Stall& s : list) {
            std::printf("  %.1f ms at %.1f s:", ms(s.gapNs), s.atMs / 1000.0);
            if (s.top.empty()) {
                std::printf(" (no event handled: the thread was not scheduled)");
            }
            for (const auto& [label, cost] : s.top) {
                std::printf(" [%s: %d x, %.1f ms cpu, %.1f ms wall]", label.c_str(), cost.events, ms(cost.cpuNs),
                            ms(cost.ns));
            }
            std::printf("\n");
        }
    };
    print("longest gaps (wall clock) and the UI work in them:", stalls);
    print("busiest intervals (UI thread CPU time) and what it was spent on:", busiest);
    if (noUi) {
        delete controller;
        QMetaObject::invokeMethod(box.server.get(), [&box] { box.server->stop(); }, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(box.server.get(),
                                  [&box] { box.server->moveToThread(QCoreApplication::instance()->thread()); },
                                  Qt::BlockingQueuedConnection);
        sandboxThread.quit();
        sandboxThread.wait();
        return 0;
    }
    std::printf("activity rows on screen: %d (capacity %d)\n", screen->activity()->model()->rowCount(),
                screen->activity()->model()->capacity());

    // ---- 2. memory after many logged calls ----
    delete screen;
    screen = new ui::ActivityScreen(controller);
    const long before = rssKb();
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QElapsedTimer feed;
    feed.start();
    const QStringList ops{u"contacts.search"_s, u"contacts.update"_s, u"contacts.create"_s, u"badger.customers.get"_s,
                          u"badger.customers.update"_s, u"badger.customers.create"_s};
    for (int i = 0; i < calls; ++i) {
        api::CallLogEntry e;
        e.time = t0.addMSecs(qint64(i) * 20); // 50 calls a second: 1M calls span ~5.5 hours
        e.service = i % 2 ? api::Service::Badger : api::Service::HighLevel;
        e.method = "GET";
        e.operation = ops.at(i % ops.size());
        e.pathTemplate = u"/contacts/{contactId}"_s;
        e.latencyMs = 20 + (i * 7919) % 400;
        e.attempt = 1;
        if (i % 50 == 0) {
            e.status = 500;
            e.errorClass = api::ErrorClass::Server;
            e.message = u"Internal server error %1"_s.arg(i % 3);
        } else if (i % 97 == 0) {
            e.status = 0;
            e.errorClass = api::ErrorClass::Network;
        } else {
            e.status = 200;
        }
        Q_EMIT controller->callFinished(e);
        if (i % 1000 == 0) {
            QCoreApplication::processEvents();
        }
        if (i + 1 == 10'000 || i + 1 == 100'000 || i + 1 == calls) {
            dashboard->refreshCharts();
            QCoreApplication::processEvents();
            std::printf("after %7d calls: RSS %ld kB (%+ld kB since the first call), failed-call groups %d, chart "
                        "buckets %zu\n",
                        i + 1, rssKb(), rssKb() - before, screen->failedCalls()->model()->rowCount(),
                        dashboard->callStats().buckets().size());
        }
    }
    std::printf("fed %d calls in %.2f s (%.2f us per call through the dashboard, failed calls and the monitor)\n", calls,
                feed.elapsed() / 1000.0, feed.elapsed() * 1000.0 / std::max(1, calls));
    std::printf("call statistics: %zu bytes per bucket x %d buckets\n", ui::CallStats::memoryBytesPerBucket(),
                dashboard->callStats().bucketCount());
    delete screen;
    delete dashboard;
    delete tray;
    delete monitor;
    delete controller;
    QMetaObject::invokeMethod(box.server.get(), [&box] { box.server->stop(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(box.server.get(), [&box] { box.server->moveToThread(QCoreApplication::instance()->thread()); },
                              Qt::BlockingQueuedConnection);
    sandboxThread.quit();
    sandboxThread.wait();
    return 0;
}
