// The dashboard and the failed-calls view driven by a real sync against the sandbox with faults on: counts, a failed
// call with the server's message, its redacted details, a retry after the fault is cleared that succeeds, the dry
// run's planned changes; every model under QAbstractItemModelTester. Also the bounded call statistics.

#include "activity/ActivityScreen.h"
#include "activity/FailedCallsModel.h"
#include "activity/FailedCallsView.h"
#include "dashboard/CallStats.h"
#include "dashboard/DashboardWidget.h"
#include "dashboard/PlannedChangesModel.h"
#include "tray/HealthMonitor.h"
#include "tst_dashboard_support.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callStatsStayBoundedAndComputePercentiles();
    void failedCallsAreGroupedByCause();
    void syncWithFaultsShowsFailuresThenRetrySucceeds();
    void nextRetryTextFollowsTheCause();
    void nextRetrySaysWhenTheEngineTriesAgain();
};

void TestDashboard::initTestCase()
{
    sync::registerSyncMetaTypes();
}

void TestDashboard::callStatsStayBoundedAndComputePercentiles()
{
    ui::CallStats stats(10, 30);
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    // 100 HighLevel calls of 1..100 ms in one bucket: p50 near 50 ms, p95 near 95 ms (bins are ~19% wide).
    for (int i = 1; i <= 100; ++i) {
        api::CallLogEntry e;
        e.time = t0;
        e.service = api::Service::HighLevel;
        e.status = i % 10 == 0 ? 500 : 200;
        e.latencyMs = i;
        stats.add(e);
    }
    auto buckets = stats.buckets();
    QCOMPARE(buckets.size(), size_t(1));
    const qint64 p50 = ui::CallStats::percentile(*buckets.front(), api::Service::HighLevel, 0.5);
    const qint64 p95 = ui::CallStats::percentile(*buckets.front(), api::Service::HighLevel, 0.95);
    QVERIFY2(p50 >= 50 && p50 <= 60, qPrintable(QString::number(p50)));
    QVERIFY2(p95 >= 95 && p95 <= 114, qPrintable(QString::number(p95)));
    QCOMPARE(ui::CallStats::percentile(*buckets.front(), api::Service::Badger, 0.5), qint64(-1));
    QCOMPARE(buckets.front()->byStatus[ui::CallStats::ServerError], 10);
    QCOMPARE(buckets.front()->byStatus[ui::CallStats::Success], 90);

    // A long stream over many hours keeps only the window of 30 buckets; totals count everything.
    for (int i = 0; i < 200'000; ++i) {
        api::CallLogEntry e;
        e.time = t0.addSecs(i / 10);
        e.service = i % 2 ? api::Service::Badger : api::Service::HighLevel;
        e.status = i % 7 == 0 ? 0 : 200;
        e.latencyMs = 20 + i % 300;
        stats.add(e);
    }
    QCOMPARE(stats.totalCalls(), quint64(200'100));
    buckets = stats.buckets();
    QCOMPARE(buckets.size(), size_t(30));
    QVERIFY(buckets.front()->start < buckets.back()->start);
    QCOMPARE(buckets.back()->start - buckets.front()->start, qint64(29 * 10));
}

void TestDashboard::failedCallsAreGroupedByCause()
{
    ui::FailedCallsModel model;
    auto tester = uitest::testModel(&model);
    api::CallLogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.service = api::Service::Badger;
    e.method = "POST";
    e.pathTemplate = u"/customers/"_s;
    e.operation = u"badger.customers.create"_s;
    e.status = 400;
    e.errorClass = api::ErrorClass::Validation;
    e.message = u"phone_number: Enter a valid phone number. Authorization: Bearer abc.def.ghi"_s;
    for (int i = 0; i < 50; ++i) {
        model.addCall(e);
    }
    e.final = false; // a retried attempt is not a failure the caller saw
    e.status = 503;
    model.addCall(e);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, ui::FailedCallsModel::Count)).toInt(), 50);
    const QString details = ui::FailedCallsModel::details(model.group(0));
    QVERIFY2(details.contains(u"Enter a valid phone number"_s), qPrintable(details));
    QVERIFY2(!details.contains(u"abc.def.ghi"_s), qPrintable(details));
    QVERIFY(details.contains(u"/customers/"_s));

    e.final = true;
    e.status = 500;
    e.errorClass = api::ErrorClass::Server;
    model.addCall(e);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.failingCount(), 2);
    // The same operation succeeding marks both causes recovered.
    e.errorClass = api::ErrorClass::None;
    e.status = 201;
    e.time = e.time.addSecs(1);
    model.addCall(e);
    QCOMPARE(model.failingCount(), 0);
    QCOMPARE(model.data(model.index(0, ui::FailedCallsModel::State)).toString(), u"Recovered"_s);
    model.dismiss({1, 0});
    QCOMPARE(model.rowCount(), 0);
    model.setMaxGroups(3);
    for (int i = 0; i < 10; ++i) {
        e.status = 400 + i;
        e.errorClass = api::ErrorClass::Validation;
        model.addCall(e);
    }
    QCOMPARE(model.rowCount(), 3);
}

void TestDashboard::syncWithFaultsShowsFailuresThenRetrySucceeds()
{
    uitest::UiSandbox box;
    QString error;
    QVERIFY2(box.start(40, 5, &error), qPrintable(error));
    // Every create fails with the server's 500 until the fault is cleared; the rest of the sync works.
    QVERIFY2(box.server->setFaults(
                 QJsonObject{
                     {u"highlevel"_s,
                      QJsonObject{{u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, u"http500"_s},
                                                                         {u"count"_s, -1},
                                                                         {u"method"_s, u"POST"_s},
                                                                         {u"path"_s, u"/contacts/"_s}}}}}},
                     {u"badger"_s,
                      QJsonObject{{u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, u"http500"_s},
                                                                         {u"count"_s, -1},
                                                                         {u"method"_s, u"POST"_s},
                                                                         {u"path"_s, u"/customers/"_s}}}}}},
                 },
                 &error),
             qPrintable(error));

    sync::SyncController controller;
    ui::DashboardWidget dashboard(&controller);
    ui::ActivityScreen screen(&controller);
    auto failedTester = uitest::testModel(screen.failedCalls()->model());
    auto plannedTester = uitest::testModel(dashboard.plannedChanges());
    dashboard.resize(1280, 800);
    dashboard.show();

    QSignalSpy finished(&controller, &sync::SyncController::runFinished);
    QSignalSpy counts(&controller, &sync::SyncController::countsChanged);
    controller.open(box.setup());
    QTRY_VERIFY_WITH_TIMEOUT(counts.count() >= 1, 10000);
    auto* syncNow = dashboard.findChild<QPushButton*>(u"syncNowButton"_s);
    QVERIFY(syncNow);
    QTRY_VERIFY(syncNow->isEnabled());
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    const auto first = finished.takeFirst().at(0).value<sync::RunSummary>();
    QVERIFY2(first.failedRecords > 0, qPrintable(QString(first.status + u' ' + first.error)));

    // The counts, the banner and the failed calls all say so.
    QTRY_VERIFY(dashboard.findChild<QPushButton*>(u"countLinked"_s)->text().toInt() > 0);
    QTRY_COMPARE(dashboard.findChild<QPushButton*>(u"countFailed"_s)->text().toInt(), first.failedRecords);
    QVERIFY(dashboard.monitor()->level() != ui::HealthMonitor::Level::Ok);
    QVERIFY(dashboard.monitor()->level() != ui::HealthMonitor::Level::Busy);
    auto* banner = dashboard.findChild<QLabel*>(u"stateBanner"_s);
    QTRY_VERIFY2(banner->text().contains(u"failed"_s, Qt::CaseInsensitive), qPrintable(banner->text()));

    ui::FailedCallsModel* failed = screen.failedCalls()->model();
    QTRY_VERIFY(failed->rowCount() >= 1);
    int row = -1;
    for (int r = 0; r < failed->rowCount(); ++r) {
        if (failed->group(r).latest.status == 500) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    const QString message = failed->data(failed->index(row, ui::FailedCallsModel::Message)).toString();
    QVERIFY2(message.contains(u"Internal server error"_s, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(failed->group(row).count >= 1);
    screen.failedCalls()->table()->selectRow(row);
    const QString details = screen.failedCalls()->detailsText();
    QVERIFY2(details.contains(u"HTTP 500"_s) && details.contains(u"POST"_s), qPrintable(details));
    QVERIFY(!details.contains(QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelToken)));
    QVERIFY(!details.contains(QString::fromLatin1(sandbox::GeneratedSeedCredentials::kBadgerApiKey)));

    // Clear the fault, retry: the records are written and the cause is recovered.
    QVERIFY(box.server->setFaults(QJsonObject{}, &error));
    screen.failedCalls()->retrySelected();
    QVERIFY(finished.wait(60000));
    const auto second = finished.takeFirst().at(0).value<sync::RunSummary>();
    QCOMPARE(second.failedRecords, 0);
    QVERIFY(second.createdHighLevel + second.createdBadger > 0);
    QTRY_COMPARE(dashboard.findChild<QPushButton*>(u"countFailed"_s)->text(), u"0"_s);
    QTRY_COMPARE(failed->failingCount(), 0);
    QCOMPARE(failed->data(failed->index(row, ui::FailedCallsModel::State)).toString(), u"Recovered"_s);

    // Charts got data; the dry run fills the planned-changes table without writing.
    QVERIFY(dashboard.callStats().totalCalls() > 10);
    dashboard.refreshCharts();
    QSignalSpy dry(&controller, &sync::SyncController::dryRunFinished);
    QTest::mouseClick(dashboard.findChild<QPushButton*>(u"dryRunButton"_s), Qt::LeftButton);
    QVERIFY(dry.wait(60000));
    const auto plan = dry.takeFirst().at(0).value<sync::RunSummary>();
    QCOMPARE(dashboard.plannedChanges()->rowCount(), int(plan.changes.size()));
    QVERIFY(dashboard.findChild<QLabel*>(u"dryRunSummary"_s)->text().contains(u"nothing has been written"_s));
}

void TestDashboard::nextRetryTextFollowsTheCause()
{
    ui::FailedCallsModel model;
    auto tester = uitest::testModel(&model);
    const QDateTime nextSync = QDateTime::currentDateTimeUtc().addSecs(900);
    model.setNextRetry(nextSync);
    const QString at = nextSync.toLocalTime().toString(u"HH:mm"_s);
    auto add = [&](api::Service service, const QString& operation, int status, api::ErrorClass error, int attempt) {
        api::CallLogEntry e;
        e.time = QDateTime::currentDateTimeUtc();
        e.service = service;
        e.method = "PUT";
        e.operation = operation;
        e.status = status;
        e.errorClass = error;
        e.attempt = attempt;
        model.addCall(e);
        return model.rowCount() - 1;
    };
    auto text = [&](int row) { return model.data(model.index(row, ui::FailedCallsModel::NextRetry)).toString(); };
    auto tip = [&](int row) {
        return model.data(model.index(row, ui::FailedCallsModel::NextRetry), Qt::ToolTipRole).toString();
    };
    const int server = add(api::Service::HighLevel, u"contacts.update"_s, 500, api::ErrorClass::Server, 4);
    const int invalid = add(api::Service::HighLevel, u"contacts.create"_s, 422, api::ErrorClass::Validation, 1);
    const int gone = add(api::Service::HighLevel, u"contacts.get"_s, 404, api::ErrorClass::NotFound, 1);
    const int auth = add(api::Service::Badger, u"customers.list"_s, 401, api::ErrorClass::Auth, 1);
    const int unknown = add(api::Service::Badger, u"customers.create"_s, 0, api::ErrorClass::OutcomeUnknown, 1);
    QCOMPARE(text(server), u"next sync "_s + at);
    QVERIFY2(tip(server).contains(u"retried 3 time(s)"_s), qPrintable(tip(server)));
    QCOMPARE(text(invalid), u"next sync "_s + at + u", fails again until the record is corrected"_s);
    QCOMPARE(text(gone), u"not retried: the record no longer exists in HighLevel"_s);
    QCOMPARE(text(auth), u"next sync "_s + at + u", fails until the credentials are fixed"_s);
    QCOMPARE(text(unknown), u"next sync "_s + at + u", after checking whether it was applied"_s);

    // An exhausted budget: nothing for that API before it resets, whatever the schedule says.
    api::BudgetState budget;
    budget.service = api::Service::Badger;
    budget.exhausted = true;
    budget.resetAt = QDateTime::currentDateTimeUtc().addSecs(5 * 3600);
    model.setBudget(budget);
    const QString reset = u"after the budget resets at "_s + budget.resetAt.toLocalTime().toString(u"HH:mm"_s);
    QCOMPARE(text(auth), reset);
    QCOMPARE(text(unknown), reset);
    QCOMPARE(text(server), u"next sync "_s + at); // HighLevel's budget is fine
    budget.exhausted = false;
    model.setBudget(budget);
    QCOMPARE(text(auth), u"next sync "_s + at + u", fails until the credentials are fixed"_s);

    // Paused, retrying now, recovered; a schedule in the past (a run is on) names no stale time.
    model.setPaused(true);
    QCOMPARE(text(server), u"when syncing is resumed"_s);
    QCOMPARE(text(gone), u"not retried: the record no longer exists in HighLevel"_s);
    model.setPaused(false);
    model.setNextRetry(QDateTime::currentDateTimeUtc().addSecs(-60));
    QCOMPARE(text(server), u"next sync"_s);
    model.markRetrying({server});
    QCOMPARE(text(server), u"now"_s);
    add(api::Service::HighLevel, u"contacts.update"_s, 200, api::ErrorClass::None, 1);
    QCOMPARE(text(server), u"—"_s);
}

void TestDashboard::nextRetrySaysWhenTheEngineTriesAgain()
{
    // The column's promises checked against what the engine really does on the next sync: a refused record (HighLevel
    // answers 422 to an invalid email) is sent again and fails again; a call that failed after its in-call retries
    // (HighLevel contact updates answer 500) is tried again at the next sync.
    uitest::UiSandbox box;
    QString error;
    QVERIFY2(box.start(40, 5, &error), qPrintable(error));
    QJsonObject seed = sandbox::generateSeed(40, 5);
    QJsonObject badger = seed.value(u"badger"_s).toObject();
    QJsonArray accounts = badger.value(u"accounts"_s).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject a = accounts.at(i).toObject();
        a.insert(u"email"_s, u"not an email %1"_s.arg(i));
        accounts.replace(i, a);
    }
    badger.insert(u"accounts"_s, accounts);
    seed.insert(u"badger"_s, badger);
    box.server->loadSeed(seed);
    QVERIFY2(box.server->setFaults(
                 QJsonObject{{u"highlevel"_s,
                              QJsonObject{{u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, u"http500"_s},
                                                                                 {u"count"_s, -1},
                                                                                 {u"method"_s, u"PUT"_s},
                                                                                 {u"path"_s, u"/contacts/*"_s}}}}}}},
                 &error),
             qPrintable(error));

    sync::SyncController controller;
    ui::FailedCallsView view(&controller);
    auto tester = uitest::testModel(view.model());
    ui::FailedCallsModel* model = view.model();
    QSignalSpy finished(&controller, &sync::SyncController::runFinished);
    QSignalSpy scheduled(&controller, &sync::SyncController::nextSyncScheduled);
    sync::WorkerSetup setup = box.setup();
    setup.autoSync = true; // as in the app: a sync at once, then every interval
    setup.config.intervalSeconds = 3600;
    controller.open(setup);
    QVERIFY(finished.wait(120'000));
    QTRY_COMPARE(scheduled.count(), 1);
    const QDateTime next = scheduled.at(0).at(0).toDateTime();
    QVERIFY(next > QDateTime::currentDateTimeUtc().addSecs(3500));
    const QString at = u"next sync "_s + next.toLocalTime().toString(u"HH:mm"_s);

    auto rowOf = [&](int status, api::ErrorClass cls) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->group(r).latest.status == status && model->group(r).latest.errorClass == cls
                && model->group(r).latest.service == api::Service::HighLevel) {
                return r;
            }
        }
        return -1;
    };
    const int refused = rowOf(422, api::ErrorClass::Validation);
    const int failing = rowOf(500, api::ErrorClass::Server);
    QVERIFY2(refused >= 0 && failing >= 0, qPrintable(QString::number(model->rowCount())));
    QCOMPARE(model->data(model->index(refused, ui::FailedCallsModel::NextRetry)).toString(),
             QString(at + u", fails again until the record is corrected"_s));
    QCOMPARE(model->data(model->index(failing, ui::FailedCallsModel::NextRetry)).toString(), at);
    QCOMPARE(model->group(failing).latest.attempt, 4); // the engine's own retries came first
    const int refusedBefore = model->group(refused).count;
    const int failingBefore = model->group(failing).count;

    // Paused: nothing is retried until it is resumed, and the column says so.
    controller.setPaused(true);
    QTRY_COMPARE(model->data(model->index(failing, ui::FailedCallsModel::NextRetry)).toString(),
                 u"when syncing is resumed"_s);
    // Resuming syncs at once: the next sync really does send both again, and both fail again the same way.
    controller.setPaused(false);
    QVERIFY(finished.wait(120'000));
    QVERIFY2(model->group(refused).count > refusedBefore, qPrintable(QString::number(model->group(refused).count)));
    QVERIFY2(model->group(failing).count > failingBefore, qPrintable(QString::number(model->group(failing).count)));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
