// Dashboard benchmark:
//  1. the longest UI-thread stall while a 10,000-record initial sync runs against the sandbox with the dashboard and
//     the activity screen open (a QTimer ticks every 5 ms on the UI thread; we record the largest gap between ticks);
//  2. the dashboard's memory after 1,000,000 logged calls fed to its models (RSS after 10k, 100k and 1M calls).
// Usage: QT_QPA_PLATFORM=offscreen ./dashboard_bench [records=10000] [calls=1000000]

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

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
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
    auto* monitor = new ui::HealthMonitor(controller);
    auto* tray = new ui::TrayIcon(monitor);
    auto* dashboard = new ui::DashboardWidget(controller, monitor);
    auto* screen = new ui::ActivityScreen(controller);
    dashboard->resize(1280, 800);
    dashboard->show();
    screen->resize(1280, 800);
    screen->show();

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
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.nsecsElapsed();
        gaps.push_back(now - last);
        last = now;
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
    controller->syncNow();
    run.exec();
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
