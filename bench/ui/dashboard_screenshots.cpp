// Renders the dashboard screens at 1280x800 with real sandbox data into a folder (docs/screenshots):
//   dashboard-mid-sync.png   the dashboard during an initial sync whose creates fail with the server's 500
//   failedcalls-details.png  the failed calls, one selected, with its redacted details
//   activity.png             the activity history after the retry succeeded
//   conflicts.png            the conflict queue ("ask me" policy, edits on both sides)
// Usage: QT_QPA_PLATFORM=offscreen ./dashboard_screenshots <folder>

#include "activity/ActivityScreen.h"
#include "activity/ActivityView.h"
#include "activity/ConflictsView.h"
#include "activity/FailedCallsModel.h"
#include "activity/FailedCallsView.h"
#include "api/BadgerRequests.h"
#include "api/HighLevelRequests.h"
#include "dashboard/DashboardWidget.h"
#include "store/Database.h"
#include "sync/Ledger.h"
#include "tst_dashboard_support.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

template<typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal, int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, [&loop] { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&loop] { loop.exit(0); });
    return loop.exec() == 0;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* w, const QString& path)
{
    w->resize(1280, 800);
    w->show();
    settle(400);
    const bool ok = w->grab().save(path);
    qInfo().noquote() << (ok ? "wrote" : "FAILED") << path;
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"fieldbridge-screenshots"_s);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(out);
    sync::registerSyncMetaTypes();

    uitest::UiSandbox box;
    QString error;
    if (!box.start(1200, 11, &error)) {
        qCritical().noquote() << error;
        return 1;
    }
    sync::MappingDocument mapping = sync::MappingDocument::defaults();
    for (auto& row : mapping.fields) {
        if (row.id == u"firstName~first_name"_s) {
            row.conflict = sync::ConflictPolicy::AskMe;
        }
    }
    // Creates fail with the server's own 500; every call is a little slow so the run lasts long enough to be seen.
    const QJsonObject slow{{u"slow"_s, 1.0},
                           {u"latency"_s, QJsonObject{{u"distribution"_s, u"normal"_s}, {u"meanMs"_s, 30}, {u"stddevMs"_s, 15}}}};
    QJsonObject hl = slow;
    hl.insert(u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, u"http500"_s}, {u"count"_s, -1}, {u"method"_s, u"POST"_s},
                                                   {u"path"_s, u"/contacts/"_s}},
                                       QJsonObject{{u"fault"_s, u"http502"_s}, {u"count"_s, 6}, {u"method"_s, u"PUT"_s},
                                                   {u"path"_s, u"/contacts/*"_s}}});
    QJsonObject bg = slow;
    bg.insert(u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, u"http503"_s}, {u"count"_s, 8}, {u"method"_s, u"POST"_s},
                                                   {u"path"_s, u"/customers/"_s}}});
    box.server->setFaults(QJsonObject{{u"highlevel"_s, hl}, {u"badger"_s, bg}}, &error);

    sync::SyncController controller;
    ui::DashboardWidget dashboard(&controller);
    ui::ActivityScreen screen(&controller);
    dashboard.resize(1280, 800);
    dashboard.show();
    controller.open(box.setup(mapping));
    settle(500);

    // Mid-sync: grab a few seconds after the first failures arrived, while the run goes on.
    bool grabbed = false;
    QElapsedTimer sinceFailure;
    QTimer poll;
    poll.setInterval(250);
    QObject::connect(&poll, &QTimer::timeout, &dashboard, [&] {
        if (grabbed || screen.failedCalls()->model()->rowCount() == 0) {
            return;
        }
        if (!sinceFailure.isValid()) {
            sinceFailure.start();
        } else if (sinceFailure.elapsed() > 1000) {
            grabbed = true;
            dashboard.refreshCharts();
            dashboard.updateBanner();
            save(&dashboard, out + u"/dashboard-mid-sync.png"_s);
        }
    });
    poll.start();
    controller.syncNow();
    if (!waitFor(&controller, &sync::SyncController::runFinished, 300000)) {
        qCritical() << "first run did not finish";
        return 1;
    }
    poll.stop();
    if (!grabbed) {
        grabbed = true;
        dashboard.refreshCharts();
        dashboard.updateBanner();
        save(&dashboard, out + u"/dashboard-mid-sync.png"_s);
    }

    // Failed calls with details.
    screen.showFailedCalls();
    screen.failedCalls()->table()->selectRow(0);
    save(&screen, out + u"/failedcalls-details.png"_s);

    // Clear the faults, make conflicts, sync again: activity and conflicts.
    box.server->setFaults(QJsonObject{}, &error);
    QList<sync::Link> pairs;
    {
        store::Database db(box.dir.filePath(u"ledger.sqlite"_s));
        if (db.open().ok()) {
            sync::Ledger ledger(db);
            pairs = ledger.links(u"contact"_s).mid(10, 6);
        }
    }
    const QStringList hlFirst{u"Hanna"_s, u"Jon"_s, u"Kate"_s, u"Bill"_s, u"Liz"_s, u"Matt"_s};
    const QStringList bgFirst{u"Johanna"_s, u"Jonathan"_s, u"Katherine"_s, u"William"_s, u"Elizabeth"_s, u"Matthew"_s};
    for (int i = 0; i < pairs.size(); ++i) {
        api::ghl::ContactInput in;
        in.firstName = hlFirst.at(i);
        box.send(api::ghl::request::updateContact(pairs.at(i).highLevelId, in));
        api::badger::AccountPatch patch;
        patch.firstName = bgFirst.at(i);
        box.send(api::badger::request::updateAccount(pairs.at(i).badgerId.toLongLong(), patch));
    }
    QList<sync::Link> oneSided;
    {
        store::Database db(box.dir.filePath(u"ledger.sqlite"_s));
        if (db.open().ok()) {
            sync::Ledger ledger(db);
            oneSided = ledger.links(u"contact"_s).mid(40, 12);
        }
    }
    const QStringList cities{u"Zürich"_s, u"São Paulo"_s, u"Kraków"_s, u"Reykjavík"_s, u"Montréal"_s, u"Łódź"_s,
                             u"Málaga"_s, u"Göteborg"_s, u"Nîmes"_s, u"Ålesund"_s, u"Córdoba"_s, u"Tromsø"_s};
    for (int i = 0; i < oneSided.size(); ++i) {
        api::ghl::ContactInput in;
        in.city = cities.at(i % cities.size());
        box.send(api::ghl::request::updateContact(oneSided.at(i).highLevelId, in));
    }
    controller.syncNow();
    waitFor(&controller, &sync::SyncController::runFinished, 300000);
    settle(300);
    auto* direction = screen.activity()->findChild<QComboBox*>(u"activityDirection"_s);
    direction->setCurrentIndex(direction->findData(u"to_badger"_s));
    screen.showConflicts();
    screen.conflicts()->table()->resizeColumnsToContents();
    save(&screen, out + u"/conflicts.png"_s);
    screen.setCurrentIndex(0);
    save(&screen, out + u"/activity.png"_s);
    dashboard.refreshCharts();
    dashboard.updateBanner();
    save(&dashboard, out + u"/dashboard-after-retry.png"_s);
    return 0;
}
