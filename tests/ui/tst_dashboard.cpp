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

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
