// Crash safety: the headless sync is killed with SIGKILL at 20 random moments (Badger creates are slowed down so
// some kills land between a create reaching Badger and its reply), restarted each time, and finally left to finish:
// both sides converge, nothing is created twice, and a further run writes nothing.

#include "SyncHarness.h"
#include "generator/SeedGenerator.h"
#include "sync/RecordAdapter.h"
#include "sync/Rules.h"
#include "core/CommandLine.h"
#include "sync/SyncConfig.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb;
using fb::synctest::SyncHarness;

class TestSyncCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void survivesSigkill();
    void sigtermIsACleanStop();
};

void TestSyncCrash::survivesSigkill()
{
    SyncHarness h(200, 99);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    {
        // The child reads its (non-secret) settings from DATA/settings.ini: no local rate limits for this test.
        QSettings settings(h.dataDir() + u"/settings.ini"_s, QSettings::IniFormat);
        settings.setValue(u"budgets/highLevelBurst"_s, 0);
        settings.setValue(u"budgets/highLevelDaily"_s, 0);
        settings.setValue(u"budgets/badgerDaily"_s, 0);
    }
    // Check-ins become notes too (issue 6): their creates are no more idempotent than Badger's.
    sync::MappingDocument mapping = sync::MappingDocument::defaults();
    mapping.rules = sync::RuleSet::defaults().toJson();
    QString error;
    QVERIFY2(sync::saveMapping(h.dataDir() + u"/mapping.json"_s, mapping, &error), qPrintable(error));
    const QJsonObject slowWrites{{u"slow"_s, 0.6},
                                 {u"latency"_s, QJsonObject{{u"distribution"_s, u"uniform"_s}, {u"minMs"_s, 5},
                                                             {u"maxMs"_s, 80}}}};
    QVERIFY(h.sandbox().setFaults(QJsonObject{{u"randomSeed"_s, 7}, {u"badger"_s, slowWrites}, {u"highlevel"_s, slowWrites}},
                                  &error));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FIELDBRIDGE_GHL_TOKEN"_s, QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelToken));
    env.insert(u"FIELDBRIDGE_BADGER_TOKEN"_s, QString::fromLatin1(sandbox::GeneratedSeedCredentials::kBadgerApiKey));
    env.insert(u"QT_LOGGING_RULES"_s, u"fieldbridge.*.info=false"_s);
    const QStringList args{u"--data-dir"_s, h.dataDir(),
                           u"--ghl-url"_s, h.sandbox().highLevelBaseUrl().toString(),
                           u"--badger-url"_s, h.sandbox().badgerBaseUrl().toString(),
                           u"--location-id"_s, QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId),
                           u"--headless"_s, u"sync"_s, u"--once"_s};
    auto start = [&](QProcess& p) {
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(FIELDBRIDGE_EXECUTABLE), args);
        return p.waitForStarted(10000);
    };

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill schedule seed: %u", seed);
    QRandomGenerator random(seed);
    int killedWhileRunning = 0;
    for (int i = 0; i < 20; ++i) {
        QProcess p;
        QVERIFY(start(p));
        const int after = random.bounded(150, 1800);
        if (!p.waitForFinished(after)) {
            p.kill(); // SIGKILL: no destructor, no flush, no goodbye
            QVERIFY(p.waitForFinished(10000));
            ++killedWhileRunning;
        }
    }
    qInfo("%d of 20 runs were killed mid-run", killedWhileRunning);
    QVERIFY2(killedWhileRunning >= 10, "too few kills landed mid-run to prove anything");

    // Let it finish, as many times as it needs (each run also reconciles what the kills left open).
    h.sandbox().setFaults(QJsonObject{});
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        QVERIFY(start(p));
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    }

    h.restart();
    h.sync().setMapping(mapping);
    const sync::RunSummary last = h.sync().run(false);
    QCOMPARE(last.writes(), 0);
    QCOMPARE(last.notesCreated, 0);

    // Exactly one note per check-in of a linked account, never two.
    const QJsonObject state = h.sandbox().state();
    QHash<QString, int> markers;
    QHash<QString, QString> noteContact;
    for (const QJsonValue& v : state.value(u"highlevel"_s).toObject().value(u"notes"_s).toArray()) {
        const QString body = v.toObject().value(u"body"_s).toString();
        const qsizetype at = body.indexOf(u"Badger check-in #"_s);
        if (at >= 0) {
            const QString id = body.mid(at + 17).section(QRegularExpression(u"[^0-9]"_s), 0, 0);
            ++markers[id];
            noteContact.insert(id, v.toObject().value(u"contactId"_s).toString());
        }
    }
    int expected = 0;
    for (const QJsonValue& v : state.value(u"badger"_s).toObject().value(u"checkins"_s).toArray()) {
        const QJsonObject checkIn = v.toObject();
        const auto link = h.ledger().linkByBadger(u"contact"_s, sync::canonicalText(checkIn.value(u"customer"_s)));
        if (!link) {
            continue;
        }
        ++expected;
        const QString id = sync::canonicalText(checkIn.value(u"id"_s));
        QVERIFY2(markers.value(id) == 1, qPrintable(u"check-in %1 has %2 notes"_s.arg(id).arg(markers.value(id))));
        QCOMPARE(noteContact.value(id), link->highLevelId);
    }
    qInfo("%d check-ins of linked accounts, each with exactly one note", expected);
    QVERIFY(expected > 20);
    const QStringList strays = h.strayCreatedRecords();
    QVERIFY2(strays.isEmpty(), qPrintable(strays.join(u'\n')));
    const QStringList diffs = h.disagreements();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.mid(0, 10).join(u'\n')));
    QVERIFY(h.ledger().countLinks(u"contact"_s) > 100);
}

// systemd stops the headless service with SIGTERM: a run cut short that way is a clean stop (exit 0, so the unit is
// not marked failed), and the next run finishes the job without duplicates.
void TestSyncCrash::sigtermIsACleanStop()
{
    SyncHarness h(200, 7);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    {
        QSettings settings(h.dataDir() + u"/settings.ini"_s, QSettings::IniFormat);
        settings.setValue(u"budgets/highLevelBurst"_s, 0);
        settings.setValue(u"budgets/highLevelDaily"_s, 0);
        settings.setValue(u"budgets/badgerDaily"_s, 0);
    }
    QString error;
    const QJsonObject slowWrites{{u"slow"_s, 1.0},
                                 {u"latency"_s, QJsonObject{{u"distribution"_s, u"uniform"_s}, {u"minMs"_s, 20},
                                                             {u"maxMs"_s, 40}}}};
    QVERIFY(h.sandbox().setFaults(QJsonObject{{u"randomSeed"_s, 3}, {u"badger"_s, slowWrites}, {u"highlevel"_s, slowWrites}},
                                  &error));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FIELDBRIDGE_GHL_TOKEN"_s, QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelToken));
    env.insert(u"FIELDBRIDGE_BADGER_TOKEN"_s, QString::fromLatin1(sandbox::GeneratedSeedCredentials::kBadgerApiKey));
    env.insert(u"QT_LOGGING_RULES"_s, u"fieldbridge.*.info=false"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(FIELDBRIDGE_EXECUTABLE),
            {u"--data-dir"_s, h.dataDir(), u"--ghl-url"_s, h.sandbox().highLevelBaseUrl().toString(), u"--badger-url"_s,
             h.sandbox().badgerBaseUrl().toString(), u"--location-id"_s,
             QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId), u"--headless"_s, u"sync"_s,
             u"--watch"_s, u"600"_s, u"--json"_s});
    QVERIFY(p.waitForStarted(10000));
    QVERIFY2(!p.waitForFinished(1500), "the first run ended too soon to be stopped in the middle");
    p.terminate(); // SIGTERM, what systemctl --user stop sends
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), int(ExitOk));
    const QString printed = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(printed.contains(u"\"stopped\""_s), qPrintable(u"the run was not cut short, so this proved nothing: "_s + printed));

    h.sandbox().setFaults(QJsonObject{});
    h.restart();
    const sync::RunSummary finish = h.sync().run(false);
    QVERIFY2(finish.status == u"ok"_s, qPrintable(finish.error));
    QCOMPARE(h.sync().run(false).writes(), 0);
}

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_sync_crash.moc"
