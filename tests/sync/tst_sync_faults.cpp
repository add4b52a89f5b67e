// The sync under the fault mix of issue 5 (10% 5xx, 5% 429, 2% resets, 1% timeouts, 1% malformed bodies) plus
// creates that reach the server but lose their reply: it converges with zero duplicates and zero lost updates, and
// every failure the client saw is in the call log.

#include "SyncHarness.h"
#include "api/BadgerRequests.h"
#include "api/HighLevelRequests.h"
#include "sync/RecordAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb;
using fb::synctest::SyncHarness;

namespace {
QJsonObject faultMix()
{
    const QJsonObject mix{{u"http500"_s, 0.04}, {u"http502"_s, 0.03}, {u"http503"_s, 0.03}, {u"http429"_s, 0.03},
                          {u"http429NoRetryAfter"_s, 0.02}, {u"reset"_s, 0.02}, {u"noResponse"_s, 0.01},
                          {u"malformed"_s, 0.01}, {u"retryAfterSeconds"_s, 1}};
    QJsonObject badger = mix;
    // Two Badger creates are carried out but their replies are lost: the client must reconcile, never re-send.
    badger.insert(u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, u"reset"_s}, {u"count"_s, 2}, {u"method"_s, u"POST"_s},
                                                       {u"path"_s, u"/customers/"_s}, {u"process"_s, true}}});
    QJsonObject highlevel = mix;
    highlevel.insert(u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, u"reset"_s}, {u"count"_s, 2}, {u"method"_s, u"POST"_s},
                                                          {u"path"_s, u"/contacts/*"_s}, {u"process"_s, true}}});
    return {{u"randomSeed"_s, 20261204}, {u"highlevel"_s, highlevel}, {u"badger"_s, badger}};
}
} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void convergesUnderFaults();
};

void TestSyncFaults::convergesUnderFaults()
{
    SyncHarness h(120, 42);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    h.setFastRetries();
    int failedCallsLogged = 0;
    QSet<int> statusesLogged;
    connect(&h.engine(), &api::RequestEngine::callFinished, this, [&](const api::CallLogEntry& e) {
        if (e.errorClass != api::ErrorClass::None) {
            ++failedCallsLogged;
            statusesLogged.insert(e.status);
        }
    });
    QString error;
    QVERIFY2(h.sandbox().setFaults(faultMix(), &error), qPrintable(error));

    // First sync under faults, then edits on both sides, then more runs under faults.
    sync::RunSummary run = h.sync().run(false);
    const QList<sync::Link> links = h.ledger().links(u"contact"_s);
    QVERIFY2(links.size() > 30, qPrintable(QString::number(links.size())));
    h.sandbox().setFaults(QJsonObject{}); // the user's own edits go through cleanly
    for (int i = 0; i < 10; ++i) {
        api::ghl::ContactInput in;
        in.city = u"Faultville %1"_s.arg(i);
        QVERIFY(h.send(api::ghl::request::updateContact(links.at(i).highLevelId, in)).ok());
        api::badger::AccountPatch patch;
        patch.firstName = u"Edited%1"_s.arg(i);
        QVERIFY(h.send(api::badger::request::updateAccount(links.at(20 + i).badgerId.toLongLong(), patch)).ok());
    }
    QVERIFY(h.sandbox().setFaults(faultMix(), &error));
    int runs = 1;
    for (; runs < 8; ++runs) {
        run = h.sync().run(false);
        if (run.status != u"failed"_s && run.writes() == 0 && run.failedRecords == 0 && h.disagreements().isEmpty()) {
            break;
        }
    }
    qInfo("converged under faults after %d runs", runs + 1);

    // Without faults: nothing left to write, everything agrees, no stray records, the edits survived.
    h.sandbox().setFaults(QJsonObject{});
    const sync::RunSummary clean = h.sync().run(false);
    QStringList written;
    for (const auto& c : clean.changes) {
        written << c.direction + u' ' + c.record + u' ' + c.field + u": "_s + c.oldValue + u" -> "_s + c.newValue;
    }
    QVERIFY2(clean.writes() == 0,
             qPrintable(written.mid(0, 20).join(u'\n') + u'\n' + clean.recordErrors.mid(0, 10).join(u'\n')));
    const QStringList diffs = h.disagreements();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.mid(0, 10).join(u'\n')));
    const QStringList strays = h.strayCreatedRecords();
    QVERIFY2(strays.isEmpty(), qPrintable(strays.join(u'\n')));
    for (const QJsonObject& a : h.badgerAccounts()) {
        for (int i = 0; i < 10; ++i) {
            if (sync::canonicalText(a.value(u"id"_s)) == links.at(i).badgerId) {
                QCOMPARE(sync::badgerValues(a).value(u"location.city"_s), u"Faultville %1"_s.arg(i));
            }
        }
    }
    for (const QJsonObject& c : h.highLevelContacts()) {
        for (int i = 0; i < 10; ++i) {
            if (c.value(u"id"_s).toString() == links.at(20 + i).highLevelId) {
                QCOMPARE(c.value(u"firstName"_s).toString(), u"Edited%1"_s.arg(i));
            }
        }
    }
    // Every failure the client saw is in the call log, with its status.
    QVERIFY(failedCallsLogged > 20);
    for (int status : {500, 502, 503, 429, 0}) {
        QVERIFY2(statusesLogged.contains(status), qPrintable(u"no call-log entry with status %1"_s.arg(status)));
    }
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
