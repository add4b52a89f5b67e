// The fieldbridge-sandbox executable: starts on a free port, prints its URLs, serves a generated seed and the faults
// given on the command line, and refuses bad arguments.
#include "HttpTestClient.h"
#include "generator/SeedGenerator.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestSandboxTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesGeneratedSeedWithFaults();
    void refusesBadArguments_data();
    void refusesBadArguments();

private:
    static QString tool() { return QStringLiteral(FIELDBRIDGE_BINARY_DIR "/bin/fieldbridge-sandbox"); }
};

void TestSandboxTool::servesGeneratedSeedWithFaults()
{
    QProcess process;
    process.start(tool(),
                  {u"--port"_s, u"0"_s, u"--generate"_s, u"5"_s, u"--random-seed"_s, u"3"_s, u"--faults"_s,
                   uR"({"badger":{"http503":1.0}})"_s});
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("Admin:") && timer.elapsed() < 10000) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
    }
    const QRegularExpression ghl(u"HighLevel: (http://127\\.0\\.0\\.1:\\d+/ghl)"_s);
    const QRegularExpression badger(u"Badger: +(http://127\\.0\\.0\\.1:\\d+/badger/api/2)"_s);
    const QRegularExpression admin(u"Admin: +(http://127\\.0\\.0\\.1:\\d+/_sandbox)/"_s);
    const QString text = QString::fromUtf8(output);
    QVERIFY2(ghl.match(text).hasMatch(), output.constData());
    QVERIFY2(badger.match(text).hasMatch(), output.constData());
    QVERIFY2(admin.match(text).hasMatch(), output.constData());

    fb::testsupport::HttpTestClient client;
    const auto state = client.send("GET", QUrl(admin.match(text).captured(1) + u"/state"_s));
    QCOMPARE(state.status, 200);
    // The generated seed is the one the generator gives for (5, 3).
    const QJsonObject expected = fb::sandbox::generateSeed(5, 3);
    QCOMPARE(state.json().value(u"highlevel"_s).toObject().value(u"contacts"_s).toArray().size(),
             expected.value(u"highlevel"_s).toObject().value(u"contacts"_s).toArray().size());
    const QString token = QString::fromLatin1(fb::sandbox::GeneratedSeedCredentials::kHighLevelToken);
    const QString location = QString::fromLatin1(fb::sandbox::GeneratedSeedCredentials::kHighLevelLocationId);
    const auto located = client.send("GET", QUrl(ghl.match(text).captured(1) + u"/locations/"_s + location), {},
                                     {{"Authorization", "Bearer " + token.toUtf8()}, {"Version", "2021-07-28"}});
    QCOMPARE(located.status, 200);
    QCOMPARE(client.send("GET", QUrl(badger.match(text).captured(1) + u"/profiles/"_s)).status, 503);

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxTool::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port out of range") << QStringList {u"--port"_s, u"70000"_s};
    QTest::newRow("missing seed file") << QStringList {u"--seed"_s, u"/nonexistent/seed.json"_s};
    QTest::newRow("faults not JSON") << QStringList {u"--faults"_s, u"{nope"_s};
    QTest::newRow("faults invalid") << QStringList {u"--faults"_s, uR"({"highlevel":{"http500":2}})"_s};
    QTest::newRow("generate not a number") << QStringList {u"--generate"_s, u"many"_s};
}

void TestSandboxTool::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(tool(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxTool)
#include "tst_sandboxtool.moc"
