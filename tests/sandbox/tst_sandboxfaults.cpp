// Every fault kind, produced by the sandbox and observed from a real QNetworkAccessManager client, including QNAM's
// silent re-send of a request whose connection died before any response byte (visible in the attempt counts).
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using fb::testsupport::HttpResponse;
using fb::testsupport::SandboxFixture;

namespace {

const QString kLoc = QString::fromLatin1(SandboxFixture::kLocationId);

QJsonObject failNext(const QString& fault, int count, const QJsonObject& extra = {})
{
    QJsonObject rule = extra;
    rule.insert(u"fault"_s, fault);
    rule.insert(u"count"_s, count);
    return QJsonObject {
        {u"highlevel"_s, QJsonObject {{u"failNext"_s, QJsonArray {rule}}, {u"retryAfterSeconds"_s, 3}}}};
}

int contactCount(fb::sandbox::SandboxServer& server)
{
    return static_cast<int>(server.state().value(u"highlevel"_s).toObject().value(u"contacts"_s).toArray().size());
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void statusFaults_data();
    void statusFaults();
    void connectionDeathIsResentOnceByQnam_data();
    void connectionDeathIsResentOnceByQnam();
    void connectionDeathTwiceReachesTheClient_data();
    void connectionDeathTwiceReachesTheClient();
    void processedBeforeResetDuplicatesACreate();
    void noResponseTimesOut();
    void truncatedBody();
    void malformedJson();
    void latencyDistributions_data();
    void latencyDistributions();
    void failNextFiltersByMethodAndPath();
    void probabilitiesAreDeterministicPerSeed();
    void faultsArePerApi();
    void qnamResendBudgetIsNotRestoredAfterAFailure();

private:
    HttpResponse getAnn() { return m_client->send("GET", m_fixture.ghl(u"/contacts/CntAnnLee00000000001"_s)); }
    SandboxFixture m_fixture;
    // A fresh QNAM per test function: QNAM's re-send budget lives in its connection channels (see below).
    std::unique_ptr<fb::testsupport::HttpTestClient> m_client;
};

void TestSandboxFaults::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
}

void TestSandboxFaults::init()
{
    m_fixture.server().reset();
    m_fixture.server().loadSeed(SandboxFixture::highLevelSeed());
    m_client = std::make_unique<fb::testsupport::HttpTestClient>();
    m_client->setDefaultHeader("Authorization", "Bearer "_ba + SandboxFixture::kToken);
    m_client->setDefaultHeader("Version", "2021-07-28");
}

void TestSandboxFaults::statusFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("500") << u"http500"_s << 500 << QByteArray() << "application/json; charset=utf-8"_ba;
    QTest::newRow("502 from a gateway") << u"http502"_s << 502 << QByteArray() << "text/html"_ba;
    QTest::newRow("503 from a gateway") << u"http503"_s << 503 << QByteArray() << "text/html"_ba;
    QTest::newRow("429 with Retry-After") << u"http429"_s << 429 << "3"_ba
                                          << "application/json; charset=utf-8"_ba;
    QTest::newRow("429 without Retry-After")
        << u"http429NoRetryAfter"_s << 429 << QByteArray() << "application/json; charset=utf-8"_ba;
}

void TestSandboxFaults::statusFaults()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, contentType);
    QVERIFY(m_fixture.server().setFaults(failNext(fault, 1)));
    const auto r = getAnn();
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Retry-After"), retryAfter);
    QCOMPARE(r.header("Content-Type"), contentType);
    QCOMPARE(getAnn().status, 200); // only the next one failed
    QCOMPARE(m_fixture.server().attempts("GET", "/ghl/contacts/CntAnnLee00000000001"), 2);

    // By default an error status means the request never got through: a create is not applied.
    QVERIFY(m_fixture.server().setFaults(failNext(fault, 1, QJsonObject {{u"method"_s, u"POST"_s}})));
    const int before = contactCount(m_fixture.server());
    const auto create = m_client->sendJson("POST", m_fixture.ghl(u"/contacts/"_s),
                                           QJsonObject {{u"locationId"_s, kLoc}, {u"firstName"_s, u"Z"_s}});
    QCOMPARE(create.status, status);
    QCOMPARE(contactCount(m_fixture.server()), before);
}

void TestSandboxFaults::connectionDeathIsResentOnceByQnam_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("reset, GET") << u"reset"_s << "GET"_ba;
    QTest::newRow("reset, POST") << u"reset"_s << "POST"_ba;
    QTest::newRow("drop, GET") << u"drop"_s << "GET"_ba;
    QTest::newRow("drop, POST") << u"drop"_s << "POST"_ba;
}

void TestSandboxFaults::connectionDeathIsResentOnceByQnam()
{
    QFETCH(QString, fault);
    QFETCH(QByteArray, method);
    QVERIFY(m_fixture.server().setFaults(failNext(fault, 1)));
    const int before = contactCount(m_fixture.server());
    HttpResponse r;
    QByteArray target;
    if (method == "GET") {
        r = getAnn();
        target = "/ghl/contacts/CntAnnLee00000000001";
    } else {
        r = m_client->sendJson("POST", m_fixture.ghl(u"/contacts/"_s),
                               QJsonObject {{u"locationId"_s, kLoc}, {u"firstName"_s, u"Resent"_s}});
        target = "/ghl/contacts/";
    }
    // The client sees success; the server saw the request twice.
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, method == "GET" ? 200 : 201);
    QCOMPARE(m_fixture.server().attempts(method, target), 2);
    if (method == "POST")
        QCOMPARE(contactCount(m_fixture.server()), before + 1); // the faulted attempt was not applied
    const QJsonObject stats = m_fixture.server().stats();
    if (fault == u"reset")
        QCOMPARE(stats.value(u"resets"_s).toInt(), 1);
}

void TestSandboxFaults::connectionDeathTwiceReachesTheClient_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("reset") << u"reset"_s;
    QTest::newRow("drop") << u"drop"_s;
}

void TestSandboxFaults::connectionDeathTwiceReachesTheClient()
{
    QFETCH(QString, fault);
    QVERIFY(m_fixture.server().setFaults(failNext(fault, 2)));
    const auto r = getAnn();
    QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(r.errorString));
    QCOMPARE(r.status, 0);
    QCOMPARE(m_fixture.server().attempts("GET", "/ghl/contacts/CntAnnLee00000000001"), 2); // one silent re-send only
}

void TestSandboxFaults::qnamResendBudgetIsNotRestoredAfterAFailure()
{
    // Observed with Qt 6.4: a connection death that QNAM could not hide (two in a row) uses up the channel's silent
    // re-send; the next request on the same QNAM that meets a reset is not re-sent, so the client sees the error.
    QVERIFY(m_fixture.server().setFaults(failNext(u"reset"_s, 2)));
    QVERIFY(getAnn().error != QNetworkReply::NoError);
    QCOMPARE(m_fixture.server().attempts("GET", "/ghl/contacts/CntAnnLee00000000001"), 2);
    QVERIFY(m_fixture.server().setFaults(failNext(u"reset"_s, 1)));
    const auto r = m_client->send("GET", m_fixture.ghl(u"/contacts/CntBoMarsh0000000002"_s));
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(m_fixture.server().attempts("GET", "/ghl/contacts/CntBoMarsh0000000002"), 1);
    // After a success the budget is back.
    QCOMPARE(getAnn().status, 200);
    QVERIFY(m_fixture.server().setFaults(failNext(u"reset"_s, 1)));
    QCOMPARE(m_client->send("GET", m_fixture.ghl(u"/locations/LocSandboxFixture001"_s)).status, 200);
    QCOMPARE(m_fixture.server().attempts("GET", "/ghl/locations/LocSandboxFixture001"), 2);
}

void TestSandboxFaults::processedBeforeResetDuplicatesACreate()
{
    // The server commits, then the connection dies: QNAM's silent re-send creates the contact a second time.
    QVERIFY(m_fixture.server().setFaults(failNext(u"reset"_s, 1, QJsonObject {{u"process"_s, true}})));
    const int before = contactCount(m_fixture.server());
    const auto r = m_client->sendJson("POST", m_fixture.ghl(u"/contacts/"_s),
                                      QJsonObject {{u"locationId"_s, kLoc}, {u"firstName"_s, u"Twice"_s}});
    QCOMPARE(r.status, 201);
    QCOMPARE(contactCount(m_fixture.server()), before + 2);
}

void TestSandboxFaults::noResponseTimesOut()
{
    QVERIFY(m_fixture.server().setFaults(failNext(u"noResponse"_s, 1)));
    m_client->setTimeoutMs(600);
    const auto r = getAnn();
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError,
             qPrintable(r.errorString));
    QVERIFY(r.elapsedMs >= 550);
    m_client->setTimeoutMs(10000);
    QCOMPARE(getAnn().status, 200); // the held connection does not block others
}

void TestSandboxFaults::truncatedBody()
{
    QVERIFY(m_fixture.server().setFaults(failNext(u"truncated"_s, 1, QJsonObject {{u"method"_s, u"POST"_s}})));
    const int before = contactCount(m_fixture.server());
    const auto r = m_client->sendJson("POST", m_fixture.ghl(u"/contacts/"_s),
                                      QJsonObject {{u"locationId"_s, kLoc}, {u"firstName"_s, u"Cut"_s}});
    // Observed with Qt 6.4: when the FIN follows the partial body at once, QNAM may finish the reply WITHOUT an error.
    // What a client can always see: fewer body bytes than Content-Length announced, and JSON that does not parse.
    QVERIFY2(r.error != QNetworkReply::NoError || r.body.size() < r.header("Content-Length").toLongLong(),
             r.body.constData());
    QVERIFY(!r.jsonParses());
    // The reply was damaged on the way back: the create itself happened.
    QCOMPARE(contactCount(m_fixture.server()), before + 1);
    QCOMPARE(m_fixture.server().attempts("POST", "/ghl/contacts/"), 1); // response bytes arrived: no re-send
}

void TestSandboxFaults::malformedJson()
{
    QVERIFY(m_fixture.server().setFaults(failNext(u"malformed"_s, 1)));
    const auto r = getAnn();
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.isEmpty());
    QVERIFY(!r.jsonParses());
}

void TestSandboxFaults::latencyDistributions_data()
{
    QTest::addColumn<QJsonObject>("latency");
    QTest::addColumn<int>("minMs");
    QTest::newRow("fixed") << QJsonObject {{u"distribution"_s, u"fixed"_s}, {u"ms"_s, 300}} << 290;
    QTest::newRow("uniform") << QJsonObject {{u"distribution"_s, u"uniform"_s}, {u"minMs"_s, 200}, {u"maxMs"_s, 260}}
                             << 190;
    QTest::newRow("normal") << QJsonObject {{u"distribution"_s, u"normal"_s}, {u"meanMs"_s, 250}, {u"stddevMs"_s, 1}}
                            << 240;
}

void TestSandboxFaults::latencyDistributions()
{
    QFETCH(QJsonObject, latency);
    QFETCH(int, minMs);
    QVERIFY(m_fixture.server().setFaults(
        QJsonObject {{u"highlevel"_s, QJsonObject {{u"slow"_s, 1.0}, {u"latency"_s, latency}}}}));
    for (int i = 0; i < 3; ++i) {
        const auto r = getAnn();
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= minMs, qPrintable(QString::number(r.elapsedMs)));
    }
    QVERIFY(m_fixture.server().setFaults({}));
}

void TestSandboxFaults::failNextFiltersByMethodAndPath()
{
    QVERIFY(m_fixture.server().setFaults(
        failNext(u"http503"_s, -1, QJsonObject {{u"method"_s, u"POST"_s}, {u"path"_s, u"/contacts/*/tags"_s}})));
    QCOMPARE(getAnn().status, 200);
    const QJsonObject tags {{u"tags"_s, QJsonArray {u"x"_s}}};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_client->sendJson("POST", m_fixture.ghl(u"/contacts/CntAnnLee00000000001/tags"_s), tags).status, 503);
    }
    QCOMPARE(m_client->sendJson("DELETE", m_fixture.ghl(u"/contacts/CntAnnLee00000000001/tags"_s), tags).status, 200);
    const QJsonObject config = m_fixture.server().faults();
    QCOMPARE(config.value(u"highlevel"_s)
                 .toObject()
                 .value(u"failNext"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"count"_s)
                 .toInt(),
             -1);
}

void TestSandboxFaults::probabilitiesAreDeterministicPerSeed()
{
    auto run = [this](qint64 seed) {
        QJsonObject config {{u"randomSeed"_s, seed},
                            {u"highlevel"_s, QJsonObject {{u"http500"_s, 0.3}, {u"http503"_s, 0.2}}}};
        m_fixture.server().setFaults(config);
        QList<int> statuses;
        for (int i = 0; i < 40; ++i)
            statuses.append(getAnn().status);
        return statuses;
    };
    const QList<int> a = run(42);
    const QList<int> b = run(42);
    const QList<int> c = run(7);
    QCOMPARE(a, b);
    QVERIFY(a != c);
    const auto failures = std::count_if(a.begin(), a.end(), [](int s) { return s != 200; });
    QVERIFY2(failures >= 8 && failures <= 32, qPrintable(QString::number(failures)));
    QVERIFY(a.contains(500));
    QVERIFY(a.contains(503));
}

void TestSandboxFaults::faultsArePerApi()
{
    QVERIFY(m_fixture.server().setFaults(QJsonObject {{u"badger"_s, QJsonObject {{u"http500"_s, 1.0}}}}));
    QCOMPARE(getAnn().status, 200);
    const auto badger = m_client->send("GET", m_fixture.badger(u"/profiles/"_s));
    QCOMPARE(badger.status, 500);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
