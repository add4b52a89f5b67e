// The activity view: rows from the worker's signals, search and filters (record, entity, direction, run, time) through
// the proxy, CSV export checked byte for byte (commas, quotes, line breaks, unicode), and the retention the user sets
// deleting older rows in the worker's ledger. Models under QAbstractItemModelTester.

#include "activity/ActivityModel.h"
#include "activity/ActivityScreen.h"
#include "activity/ActivityView.h"
#include "store/Database.h"
#include "sync/Ledger.h"
#include "tst_dashboard_support.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void csvExportQuotesEverything();
    void modelIsBounded();
    void retentionDeletesOlderRowsInTheWorker();
    void screensMadeBeforeTheLedgerOpensShowItsHistory();

private:
    static QList<sync::ActivityEntry> sample();
};

void TestActivity::initTestCase()
{
    sync::registerSyncMetaTypes();
    QCoreApplication::setOrganizationName(u"fieldbridge-test"_s);
    QCoreApplication::setApplicationName(u"tst_activity"_s);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

QList<sync::ActivityEntry> TestActivity::sample()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto make = [&](qint64 run, int minutesAgo, const QString& entity, const QString& record, const QString& field,
                    const QString& oldValue, const QString& newValue, const QString& direction) {
        sync::ActivityEntry e;
        e.runId = run;
        e.time = now.addSecs(-60 * minutesAgo);
        e.entity = entity;
        e.record = record;
        e.field = field;
        e.oldValue = oldValue;
        e.newValue = newValue;
        e.direction = direction;
        return e;
    };
    return {
        make(1, 3000, u"contact"_s, u"Ann Lee"_s, u"email"_s, QString(), u"ann@example.com"_s, u"to_badger"_s),
        make(2, 90, u"contact"_s, u"Smith, John"_s, u"phone"_s, u"+1 555"_s, u"+1 556"_s, u"to_highlevel"_s),
        make(2, 30, u"contact"_s, u"Zoë \"Z\" Åström"_s, u"notes"_s, u"line one\nline two"_s, u"naïve ✓"_s,
             u"to_badger"_s),
        make(3, 5, u"checkin"_s, u"Ann Lee"_s, QString(), QString(), QString(), u"create_in_highlevel"_s),
    };
}

void TestActivity::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("direction");
    QTest::addColumn<qint64>("run");
    QTest::addColumn<int>("withinSeconds");
    QTest::addColumn<QStringList>("records");

    QTest::newRow("no filter") << QString() << QString() << QString() << qint64(0) << 0
                               << QStringList{u"Ann Lee"_s, u"Smith, John"_s, u"Zoë \"Z\" Åström"_s, u"Ann Lee"_s};
    QTest::newRow("search by record, any case") << u"ann"_s << QString() << QString() << qint64(0) << 0
                                                << QStringList{u"Ann Lee"_s, u"Ann Lee"_s};
    QTest::newRow("search by value, unicode") << u"NAÏVE"_s << QString() << QString() << qint64(0) << 0
                                              << QStringList{u"Zoë \"Z\" Åström"_s};
    QTest::newRow("entity") << QString() << u"checkin"_s << QString() << qint64(0) << 0 << QStringList{u"Ann Lee"_s};
    QTest::newRow("direction") << QString() << QString() << u"to_badger"_s << qint64(0) << 0
                               << QStringList{u"Ann Lee"_s, u"Zoë \"Z\" Åström"_s};
    QTest::newRow("run") << QString() << QString() << QString() << qint64(2) << 0
                         << QStringList{u"Smith, John"_s, u"Zoë \"Z\" Åström"_s};
    QTest::newRow("last hour") << QString() << QString() << QString() << qint64(0) << 3600
                               << QStringList{u"Zoë \"Z\" Åström"_s, u"Ann Lee"_s};
    QTest::newRow("combined: to_badger in the last day") << QString() << QString() << u"to_badger"_s << qint64(0)
                                                         << 86400 << QStringList{u"Zoë \"Z\" Åström"_s};
}

void TestActivity::filters()
{
    QFETCH(QString, search);
    QFETCH(QString, entity);
    QFETCH(QString, direction);
    QFETCH(qint64, run);
    QFETCH(int, withinSeconds);
    QFETCH(QStringList, records);

    ui::ActivityModel model;
    ui::ActivityFilter filter;
    filter.setSourceModel(&model);
    auto t1 = uitest::testModel(&model);
    auto t2 = uitest::testModel(&filter);
    for (const auto& e : sample()) {
        model.append(e);
    }
    filter.setSearchText(search);
    filter.setEntity(entity);
    filter.setDirection(direction);
    filter.setRun(run);
    filter.setTimeRange(withinSeconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(-withinSeconds) : QDateTime(), {});
    QStringList shown;
    for (int r = 0; r < filter.rowCount(); ++r) {
        shown << filter.index(r, ui::ActivityModel::Record).data().toString();
    }
    QCOMPARE(shown, records);
}

void TestActivity::csvExportQuotesEverything()
{
    sync::SyncController controller; // not opened: the view only listens
    ui::ActivityView view(&controller);
    auto t1 = uitest::testModel(view.model());
    auto t2 = uitest::testModel(view.filter());
    const auto rows = sample(); // once: sample() stamps times from the clock, a second call may cross a second
    for (const auto& e : rows) {
        Q_EMIT controller.activityRecorded(e);
    }
    QTRY_COMPARE(view.model()->rowCount(), 4); // inserted in one batch
    // Filter through the real controls: direction "HighLevel → Badger", then export what is shown.
    auto* direction = view.findChild<QComboBox*>(u"activityDirection"_s);
    direction->setCurrentIndex(direction->findData(u"to_badger"_s));
    view.table()->sortByColumn(ui::ActivityModel::Time, Qt::AscendingOrder);
    QCOMPARE(view.filter()->rowCount(), 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"activity.csv"_s);
    QString error;
    QVERIFY2(view.exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    auto localTime = [](const sync::ActivityEntry& e) { return e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s); };
    const QString expected = u"Time,Run,Entity,Record,Field,Old value,New value,Direction\r\n"_s
                             + localTime(rows.at(0)) + u",1,contact,Ann Lee,email,,ann@example.com,HighLevel → Badger\r\n"_s
                             + localTime(rows.at(2))
                             + u",2,contact,\"Zoë \"\"Z\"\" Åström\",notes,\"line one\nline two\",naïve ✓,HighLevel → Badger\r\n"_s;
    QCOMPARE(csv, expected);

    // A comma alone is quoted too.
    QCOMPARE(ui::csvField(u"Smith, John"_s), u"\"Smith, John\""_s);
    QCOMPARE(ui::csvField(u"plain"_s), u"plain"_s);
    QCOMPARE(ui::csvField(u"a\r\nb"_s), u"\"a\r\nb\""_s);

    // Search through the line edit narrows the export as well.
    direction->setCurrentIndex(0);
    view.findChild<QLineEdit*>(u"activitySearch"_s)->setText(u"smith"_s);
    QVERIFY(view.exportTo(path, &error));
    QVERIFY(file.open(QIODevice::ReadOnly) || file.isOpen());
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(u"\"Smith, John\""_s));
}

void TestActivity::modelIsBounded()
{
    ui::ActivityModel model;
    auto tester = uitest::testModel(&model);
    model.setCapacity(100);
    sync::ActivityEntry e = sample().first();
    for (int i = 0; i < 1000; ++i) {
        e.runId = i;
        model.append(e);
    }
    QVERIFY(model.rowCount() <= 100);
    QVERIFY(model.rowCount() >= 90);
    QCOMPARE(model.entry(model.rowCount() - 1).runId, qint64(999));
}

void TestActivity::retentionDeletesOlderRowsInTheWorker()
{
    QTemporaryDir dir;
    sync::WorkerSetup setup;
    setup.databasePath = dir.filePath(u"ledger.sqlite"_s);
    setup.budgetFile = dir.filePath(u"budgets.ini"_s);
    setup.config.highLevelBaseUrl = QUrl(u"http://127.0.0.1:9"_s);
    setup.config.badgerBaseUrl = QUrl(u"http://127.0.0.1:9"_s);
    setup.autoSync = false;
    {
        // An old and a recent row, written before the app opens the ledger.
        store::Database db(setup.databasePath);
        QVERIFY(db.open().ok());
        sync::Ledger ledger(db);
        auto rows = sample();
        rows[0].time = QDateTime::currentDateTimeUtc().addDays(-200);
        QVERIFY(ledger.addActivity(rows.at(0)));
        QVERIFY(ledger.addActivity(rows.at(1)));
    }
    sync::SyncController controller;
    ui::ActivityView view(&controller);
    auto tester = uitest::testModel(view.model());
    QSignalSpy history(&controller, &sync::SyncController::historyLoaded);
    QSignalSpy states(&controller, &sync::SyncController::stateChanged);
    controller.open(setup);
    QVERIFY(states.wait(10000));
    controller.loadHistory();
    QVERIFY(history.wait(10000));
    QCOMPARE(view.model()->rowCount(), 2);

    QSignalSpy pruned(&controller, &sync::SyncController::activityPruned);
    view.setRetentionDays(30);
    QCOMPARE(ui::ActivityView::retentionDays(), 30);
    QCOMPARE(view.model()->rowCount(), 1); // the screen follows at once
    QVERIFY(pruned.wait(10000));
    QCOMPARE(pruned.first().at(0).toInt(), 1);
    QCOMPARE(pruned.first().at(1).toString(), QString());
    // The ledger itself no longer has it.
    controller.loadHistory();
    QVERIFY(history.wait(10000));
    QCOMPARE(history.last().at(0).value<QList<sync::ActivityEntry>>().size(), 1);
}

void TestActivity::screensMadeBeforeTheLedgerOpensShowItsHistory()
{
    // As at start-up: the app builds its screens, then opens the controller on a ledger earlier runs filled.
    uitest::UiSandbox box;
    QString error;
    QVERIFY2(box.start(30, 3, &error), qPrintable(error));
    int recorded = 0;
    {
        sync::SyncController first;
        QSignalSpy finished(&first, &sync::SyncController::runFinished);
        QObject::connect(&first, &sync::SyncController::activityRecorded, &first, [&recorded] { ++recorded; });
        first.open(box.setup());
        first.syncNow();
        QVERIFY(finished.wait(60'000));
    }
    QVERIFY(recorded > 0);
    sync::SyncController controller;
    ui::ActivityScreen screen(&controller);
    QCoreApplication::processEvents();
    QCOMPARE(screen.activity()->model()->rowCount(), 0); // nothing open yet
    controller.open(box.setup());
    QTRY_COMPARE(screen.activity()->model()->rowCount(), recorded);
}

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
