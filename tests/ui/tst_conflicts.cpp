// The conflict queue against a real sync: an "ask me" policy and edits on both sides make two conflicts; the view shows
// both values and the base; a bulk "take Badger" resolves both through SyncController::resolveConflicts and the
// sandbox holds Badger's values. A view opened later gets the open conflicts from the worker (never the UI thread).

#include "activity/ActivityScreen.h"
#include "activity/ConflictsModel.h"
#include "activity/ConflictsView.h"
#include "api/BadgerRequests.h"
#include "api/HighLevelRequests.h"
#include "store/Database.h"
#include "sync/Ledger.h"
#include "tst_dashboard_support.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sync::registerSyncMetaTypes(); }
    void modelKeepsOneRowPerLinkAndField();
    void bulkResolveTakesBadger();
};

void TestConflicts::modelKeepsOneRowPerLinkAndField()
{
    ui::ConflictsModel model;
    auto tester = uitest::testModel(&model);
    sync::ConflictEntry c;
    c.id = 1;
    c.linkId = 7;
    c.field = u"firstName~first_name"_s;
    c.highLevelValue = u"Ann"_s;
    c.badgerValue = u"Anne"_s;
    model.upsert(c);
    c.badgerValue = u"Annie"_s;
    model.upsert(c);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, ui::ConflictsModel::Badger)).toString(), u"Annie"_s);
    c.id = 2;
    c.linkId = 8;
    model.upsert(c);
    QCOMPARE(model.ids({0, 1, 1}), (QList<qint64>{1, 2}));
    model.remove({1});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.conflict(0).id, qint64(2));
}

void TestConflicts::bulkResolveTakesBadger()
{
    uitest::UiSandbox box;
    QString error;
    QVERIFY2(box.start(30, 8, &error), qPrintable(error));
    sync::MappingDocument mapping = sync::MappingDocument::defaults();
    for (auto& row : mapping.fields) {
        if (row.id == u"firstName~first_name"_s) {
            row.conflict = sync::ConflictPolicy::AskMe;
        }
    }
    sync::SyncController controller;
    auto screen = std::make_unique<ui::ActivityScreen>(&controller);
    ui::ConflictsView* view = screen->conflicts();
    auto tester = uitest::testModel(view->model());
    QSignalSpy finished(&controller, &sync::SyncController::runFinished);
    controller.open(box.setup(mapping));
    controller.syncNow();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.takeFirst().at(0).value<sync::RunSummary>().status != u"failed"_s);

    // Two linked pairs edited on both sides (read from the ledger file here: the test is not the UI).
    QList<sync::Link> pairs;
    {
        store::Database db(box.dir.filePath(u"ledger.sqlite"_s));
        QVERIFY(db.open().ok());
        sync::Ledger ledger(db);
        pairs = ledger.links(u"contact"_s).mid(2, 2);
    }
    QCOMPARE(pairs.size(), 2);
    const QStringList hlNames{u"Hanna"_s, u"Zoë, \"HL\""_s};
    const QStringList bgNames{u"Johanna"_s, u"Zoe (Badger)"_s};
    for (int i = 0; i < 2; ++i) {
        api::ghl::ContactInput in;
        in.firstName = hlNames.at(i);
        QVERIFY(box.send(api::ghl::request::updateContact(pairs.at(i).highLevelId, in)).ok());
        api::badger::AccountPatch patch;
        patch.firstName = bgNames.at(i);
        QVERIFY(box.send(api::badger::request::updateAccount(pairs.at(i).badgerId.toLongLong(), patch)).ok());
    }
    controller.syncNow();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.takeFirst().at(0).value<sync::RunSummary>().conflicts, 2);
    ui::ConflictsModel* model = view->model();
    QTRY_COMPARE(model->rowCount(), 2);
    QStringList shownHl;
    for (int r = 0; r < 2; ++r) {
        shownHl << model->data(model->index(r, ui::ConflictsModel::HighLevel)).toString();
        QVERIFY(!model->data(model->index(r, ui::ConflictsModel::Base)).toString().isEmpty());
        QVERIFY(model->conflict(r).highLevelChangedAt.isValid() || model->conflict(r).badgerChangedAt.isValid());
    }
    shownHl.sort();
    QStringList expectedHl = hlNames;
    expectedHl.sort();
    QCOMPARE(shownHl, expectedHl);

    // A screen opened now gets the open conflicts from the worker.
    {
        ui::ActivityScreen late(&controller);
        QTRY_COMPARE(late.conflicts()->model()->rowCount(), 2);
    }

    // Bulk: select both, take Badger.
    auto* takeBadger = view->findChild<QPushButton*>(u"takeBadgerButton"_s);
    QVERIFY(!takeBadger->isEnabled());
    view->table()->selectAll();
    QVERIFY(takeBadger->isEnabled());
    QSignalSpy resolved(&controller, &sync::SyncController::conflictsResolved);
    QTest::mouseClick(takeBadger, Qt::LeftButton);
    QVERIFY(resolved.wait(30000));
    QCOMPARE(resolved.first().at(1).toString(), QString());
    QCOMPARE(resolved.first().at(0).value<QList<qint64>>().size(), 2);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(view->findChild<QLabel*>(u"conflictsStatus"_s)->text().contains(u"2"_s));

    const QJsonArray contacts = box.server->state().value(u"highlevel"_s).toObject().value(u"contacts"_s).toArray();
    for (int i = 0; i < 2; ++i) {
        bool found = false;
        for (const QJsonValue& v : contacts) {
            if (v.toObject().value(u"id"_s).toString() == pairs.at(i).highLevelId) {
                QCOMPARE(v.toObject().value(u"firstName"_s).toString(), bgNames.at(i));
                found = true;
            }
        }
        QVERIFY(found);
    }
}

QTEST_MAIN(TestConflicts)
#include "tst_conflicts.moc"
