// The sandbox's HTTP/1.1 front end, driven with raw sockets: framing, keep-alive, pipelining, limits, bad input.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QtTest>

#include <random>

using namespace Qt::StringLiterals;
using fb::testsupport::SandboxFixture;

namespace {

struct RawResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// Reads complete responses from the socket until `count` have arrived, the peer closed, or the timeout passed.
// HEAD responses carry no body whatever Content-Length says: pass which responses answer a HEAD.
QList<RawResponse> readResponses(QTcpSocket& socket, int count, int timeoutMs = 5000, QList<int> headIndexes = {})
{
    QList<RawResponse> out;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (out.size() < count && timer.elapsed() < timeoutMs) {
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            RawResponse r;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            r.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                r.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
            }
            if (r.status == 100) {
                buffer.remove(0, end + 4);
                continue;
            }
            const qint64 length = headIndexes.contains(out.size()) ? 0 : r.headers.value("content-length").toLongLong();
            if (buffer.size() < end + 4 + length)
                break;
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            out.append(r);
        }
        if (out.size() >= count)
            break;
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        if (socket.bytesAvailable() == 0)
            socket.waitForReadyRead(100);
        buffer += socket.readAll();
    }
    return out;
}

bool waitForClose(QTcpSocket& socket, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(50);
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

QByteArray authHeaders()
{
    return "Authorization: Bearer "_ba + SandboxFixture::kToken + "\r\nVersion: 2021-07-28\r\n";
}

} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void startReportsPortAndUrls();
    void startOnTakenPortFails();
    void keepAliveServesSeveralRequests();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
    void requestSplitAcrossSegments();
    void pipelinedRequestsAnsweredInOrder();
    void pipelinedBehindSlowReply();
    void headHasNoBody();
    void deleteWithJsonBody();
    void expectContinue();
    void badRequests_data();
    void badRequests();
    void unknownPathIs404_data();
    void unknownPathIs404();
    void wrongMethodIs405WithAllow_data();
    void wrongMethodIs405WithAllow();
    void clientVanishingMidRequestIsHarmless();
    void adminEndpoints();
    void randomGarbageNeverBreaksTheServer();
    void qnamUploadTooLargeGets413();

private:
    QTcpSocket* connectRaw();
    SandboxFixture m_fixture;
    std::vector<std::unique_ptr<QTcpSocket>> m_sockets;
};

void TestSandboxHttp::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
}

void TestSandboxHttp::init()
{
    m_sockets.clear();
    m_fixture.server().loadSeed(SandboxFixture::highLevelSeed());
    QVERIFY(m_fixture.server().setFaults({}));
}

QTcpSocket* TestSandboxHttp::connectRaw()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_fixture.server().port());
    if (!socket->waitForConnected(3000))
        return nullptr;
    m_sockets.push_back(std::move(socket));
    return m_sockets.back().get();
}

void TestSandboxHttp::startReportsPortAndUrls()
{
    auto& server = m_fixture.server();
    QVERIFY(server.isRunning());
    QVERIFY(server.port() > 0);
    QCOMPARE(server.highLevelBaseUrl().toString(), u"http://127.0.0.1:%1/ghl"_s.arg(server.port()));
    QCOMPARE(server.badgerBaseUrl().toString(), u"http://127.0.0.1:%1/badger/api/2"_s.arg(server.port()));
    QCOMPARE(server.adminUrl().toString(), u"http://127.0.0.1:%1/_sandbox"_s.arg(server.port()));
}

void TestSandboxHttp::startOnTakenPortFails()
{
    fb::sandbox::SandboxServer second;
    QString error;
    QVERIFY(!second.start(m_fixture.server().port(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!second.isRunning());
    QVERIFY(!m_fixture.server().start(0, &error)); // already running
}

void TestSandboxHttp::keepAliveServesSeveralRequests()
{
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    for (int i = 0; i < 3; ++i) {
        s->write("GET /ghl/contacts/CntAnnLee00000000001 HTTP/1.1\r\nHost: x\r\n" + authHeaders() + "\r\n");
        const auto responses = readResponses(*s, 1);
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.first().status, 200);
        QVERIFY(!responses.first().headers.contains("connection"));
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
    }
    QCOMPARE(m_fixture.server().attempts("GET", "/ghl/contacts/CntAnnLee00000000001"), 3);
}

void TestSandboxHttp::connectionCloseIsHonoured_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("HTTP/1.1 with Connection: close")
        << "GET /_sandbox/limits HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"_ba;
    QTest::newRow("HTTP/1.0 without keep-alive") << "GET /_sandbox/limits HTTP/1.0\r\n\r\n"_ba;
}

void TestSandboxHttp::connectionCloseIsHonoured()
{
    QFETCH(QByteArray, request);
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    s->write(request);
    const auto responses = readResponses(*s, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 200);
    QCOMPARE(responses.first().headers.value("connection"), "close"_ba);
    QVERIFY(waitForClose(*s));
}

void TestSandboxHttp::requestSplitAcrossSegments()
{
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    const QByteArray body = R"({"tags":["Split","Segments"]})";
    const QByteArray request = "POST /ghl/contacts/CntAnnLee00000000001/tags HTTP/1.1\r\nHost: x\r\n" + authHeaders()
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    for (qsizetype i = 0; i < request.size(); i += 7) {
        s->write(request.mid(i, 7));
        s->flush();
        s->waitForBytesWritten(100);
        QTest::qWait(2);
    }
    const auto responses = readResponses(*s, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 201);
    const QJsonArray tags = QJsonDocument::fromJson(responses.first().body).object().value(u"tags").toArray();
    QVERIFY(tags.contains(u"split"_s));
    QVERIFY(tags.contains(u"segments"_s));
}

void TestSandboxHttp::pipelinedRequestsAnsweredInOrder()
{
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    QByteArray all;
    all += "GET /ghl/contacts/CntAnnLee00000000001 HTTP/1.1\r\nHost: x\r\n" + authHeaders() + "\r\n";
    all += "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n";
    all += "GET /ghl/contacts/CntBoMarsh0000000002 HTTP/1.1\r\nHost: x\r\n" + authHeaders() + "\r\n";
    all += "POST /ghl/contacts/search HTTP/1.1\r\nHost: x\r\n" + authHeaders()
        + "Content-Length: 34\r\n\r\n{\"locationId\":\"x\",\"pageLimit\":501}";
    s->write(all);
    const auto responses = readResponses(*s, 4);
    QCOMPARE(responses.size(), 4);
    QCOMPARE(responses.at(0).status, 200);
    QVERIFY(responses.at(0).body.contains("CntAnnLee00000000001"));
    QCOMPARE(responses.at(1).status, 404);
    QCOMPARE(responses.at(2).status, 200);
    QVERIFY(responses.at(2).body.contains("CntBoMarsh0000000002"));
    QCOMPARE(responses.at(3).status, 422);
}

void TestSandboxHttp::pipelinedBehindSlowReply()
{
    QVERIFY(m_fixture.server().setFaults(
        QJsonObject {{u"highlevel"_s,
                      QJsonObject {{u"latency"_s, QJsonObject {{u"distribution"_s, u"fixed"_s}, {u"ms"_s, 400}}},
                                   {u"failNext"_s,
                                    QJsonArray {QJsonObject {{u"fault"_s, u"slow"_s},
                                                             {u"path"_s, u"/contacts/CntAnnLee00000000001"_s}}}}}}}));
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    QElapsedTimer timer;
    timer.start();
    s->write("GET /ghl/contacts/CntAnnLee00000000001 HTTP/1.1\r\nHost: x\r\n" + authHeaders() + "\r\n"
             + "GET /ghl/contacts/CntBoMarsh0000000002 HTTP/1.1\r\nHost: x\r\n" + authHeaders() + "\r\n");
    const auto responses = readResponses(*s, 2);
    QCOMPARE(responses.size(), 2);
    QVERIFY(timer.elapsed() >= 390);
    QVERIFY(responses.at(0).body.contains("CntAnnLee00000000001"));
    QVERIFY(responses.at(1).body.contains("CntBoMarsh0000000002"));
}

void TestSandboxHttp::headHasNoBody()
{
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    s->write("HEAD /ghl/contacts/CntAnnLee00000000001 HTTP/1.1\r\nHost: x\r\n" + authHeaders() + "\r\n"
             + "GET /ghl/contacts/CntAnnLee00000000001 HTTP/1.1\r\nHost: x\r\n" + authHeaders() + "\r\n");
    const auto responses = readResponses(*s, 2, 5000, {0});
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).status, 200);
    QVERIFY(responses.at(0).body.isEmpty());
    const qint64 announced = responses.at(0).headers.value("content-length").toLongLong();
    QVERIFY(announced > 0);
    // The GET right behind it parses cleanly, so the HEAD reply sent no body bytes.
    QCOMPARE(responses.at(1).status, 200);
    QVERIFY(QJsonDocument::fromJson(responses.at(1).body).object().contains(u"contact"_s));
}

void TestSandboxHttp::deleteWithJsonBody()
{
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    const QByteArray body = R"({"tags":["badger"]})";
    s->write("DELETE /ghl/contacts/CntAnnLee00000000001/tags HTTP/1.1\r\nHost: x\r\n" + authHeaders()
             + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
             + body);
    const auto responses = readResponses(*s, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 200);
    const QJsonArray tags = QJsonDocument::fromJson(responses.first().body).object().value(u"tags").toArray();
    QCOMPARE(tags, QJsonArray {u"customer"_s});
}

void TestSandboxHttp::expectContinue()
{
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    const QByteArray body = R"({"tags":["later"]})";
    s->write("POST /ghl/contacts/CntAnnLee00000000001/tags HTTP/1.1\r\nHost: x\r\n" + authHeaders()
             + "Expect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
    QVERIFY(s->waitForReadyRead(3000));
    QVERIFY(s->peek(64).startsWith("HTTP/1.1 100 Continue"));
    s->write(body);
    const auto responses = readResponses(*s, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 201);
}

void TestSandboxHttp::badRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage request line") << "HELLO\r\n\r\n"_ba << 400;
    QTest::newRow("no HTTP version") << "GET /ghl/contacts/\r\n\r\n"_ba << 400;
    QTest::newRow("header without colon") << "GET / HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n"_ba << 400;
    QTest::newRow("space in header name") << "GET / HTTP/1.1\r\nHost: x\r\nBad Name: v\r\n\r\n"_ba << 400;
    QTest::newRow("missing Host in HTTP/1.1") << "GET /_sandbox/state HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("non-numeric Content-Length")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n"_ba << 400;
    QTest::newRow("conflicting Content-Length")
        << "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"_ba << 400;
    QTest::newRow("chunked upload") << "POST /ghl/contacts/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                                       "5\r\nhello\r\n0\r\n\r\n"_ba
                                    << 501;
    QTest::newRow("HTTP/2.0 request line") << "GET / HTTP/2.0\r\nHost: x\r\n\r\n"_ba << 505;
    QTest::newRow("huge header") << "GET / HTTP/1.1\r\nHost: x\r\nX-Big: "_ba + QByteArray(70 * 1024, 'a') + "\r\n\r\n"
                                 << 431;
    QTest::newRow("huge header never terminated") << "GET / HTTP/1.1\r\nX-Big: "_ba + QByteArray(80 * 1024, 'a') << 431;
    QTest::newRow("huge body announced")
        << "POST /ghl/contacts/ HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n"_ba << 413;
}

void TestSandboxHttp::badRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    s->write(request);
    const auto responses = readResponses(*s, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, status);
    QCOMPARE(responses.first().headers.value("connection"), "close"_ba);
    QVERIFY(waitForClose(*s));
    // The server is unharmed.
    QTcpSocket* next = connectRaw();
    QVERIFY(next);
    next->write("GET /_sandbox/limits HTTP/1.1\r\nHost: x\r\n\r\n");
    const auto after = readResponses(*next, 1);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().status, 200);
}

void TestSandboxHttp::unknownPathIs404_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("outside every API") << "/api/v1/contacts"_ba;
    QTest::newRow("unknown HighLevel path") << "/ghl/opportunities/search"_ba;
    QTest::newRow("unknown admin path") << "/_sandbox/nothing"_ba;
    QTest::newRow("prefix lookalike") << "/ghlx/contacts/"_ba;
}

void TestSandboxHttp::unknownPathIs404()
{
    QFETCH(QByteArray, target);
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    s->write("GET " + target + " HTTP/1.1\r\nHost: x\r\n" + authHeaders() + "\r\n");
    const auto responses = readResponses(*s, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 404);
    QCOMPARE(QJsonDocument::fromJson(responses.first().body).object().value(u"statusCode"_s).toInt(), 404);
    QCOMPARE(s->state(), QAbstractSocket::ConnectedState); // a 404 keeps the connection
}

void TestSandboxHttp::wrongMethodIs405WithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("PATCH a contact") << "PATCH"_ba
                                     << "/ghl/contacts/CntAnnLee00000000001"_ba
                                     << "GET, PUT, DELETE, HEAD"_ba;
    QTest::newRow("PUT the duplicate search") << "PUT"_ba
                                              << "/ghl/contacts/search/duplicate"_ba
                                              << "GET, HEAD"_ba;
    QTest::newRow("DELETE admin state") << "DELETE"_ba
                                        << "/_sandbox/state"_ba
                                        << "GET, HEAD"_ba;
    QTest::newRow("GET admin reset") << "GET"_ba
                                     << "/_sandbox/reset"_ba
                                     << "POST"_ba;
}

void TestSandboxHttp::wrongMethodIs405WithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, allow);
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    s->write(method + ' ' + target + " HTTP/1.1\r\nHost: x\r\n" + authHeaders() + "Content-Length: 0\r\n\r\n");
    const auto responses = readResponses(*s, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 405);
    QCOMPARE(responses.first().headers.value("allow"), allow);
}

void TestSandboxHttp::clientVanishingMidRequestIsHarmless()
{
    for (int i = 0; i < 5; ++i) {
        QTcpSocket* s = connectRaw();
        QVERIFY(s);
        s->write("POST /ghl/contacts/ HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"loc");
        s->waitForBytesWritten(100);
        s->abort();
    }
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    s->write("GET /_sandbox/limits HTTP/1.1\r\nHost: x\r\n\r\n");
    const auto responses = readResponses(*s, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 200);
}

void TestSandboxHttp::adminEndpoints()
{
    auto& c = m_fixture.client();
    // state is the seed format and round-trips through /seed.
    auto state = c.send("GET", m_fixture.admin(u"/state"_s));
    QCOMPARE(state.status, 200);
    const QJsonObject dumped = state.json();
    QCOMPARE(dumped.value(u"highlevel"_s).toObject().value(u"contacts"_s).toArray().size(), 3);
    QVERIFY(dumped.contains(u"badger"_s));

    QCOMPARE(c.send("POST", m_fixture.admin(u"/reset"_s)).status, 200);
    QCOMPARE(c.send("GET", m_fixture.ghl(u"/contacts/CntAnnLee00000000001"_s)).status, 401); // no locations now
    QCOMPARE(c.sendJson("POST", m_fixture.admin(u"/seed"_s), dumped).status, 200);
    QCOMPARE(c.send("GET", m_fixture.ghl(u"/contacts/CntAnnLee00000000001"_s)).status, 200);
    QCOMPARE(c.send("POST", m_fixture.admin(u"/seed"_s), "not json").status, 400);

    // faults and limits: valid configurations are echoed, invalid ones refused without changing anything.
    auto faults = c.sendJson("PUT", m_fixture.admin(u"/faults"_s),
                             QJsonObject {{u"highlevel"_s, QJsonObject {{u"http500"_s, 0.25}}}});
    QCOMPARE(faults.status, 200);
    QCOMPARE(faults.json().value(u"highlevel"_s).toObject().value(u"http500"_s).toDouble(), 0.25);
    QCOMPARE(c.sendJson("PUT", m_fixture.admin(u"/faults"_s),
                        QJsonObject {{u"highlevel"_s, QJsonObject {{u"http500"_s, 0.8}, {u"reset"_s, 0.8}}}})
                 .status,
             400);
    QCOMPARE(
        c.sendJson("PUT", m_fixture.admin(u"/faults"_s), QJsonObject {{u"highlevel"_s, QJsonObject {{u"nope"_s, 1}}}})
            .status,
        400);
    QCOMPARE(c.send("GET", m_fixture.admin(u"/faults"_s))
                 .json()
                 .value(u"highlevel"_s)
                 .toObject()
                 .value(u"http500"_s)
                 .toDouble(),
             0.25);
    QCOMPARE(c.sendJson("PUT", m_fixture.admin(u"/faults"_s), QJsonObject {}).status, 200);

    auto limits = c.sendJson("PUT", m_fixture.admin(u"/limits"_s),
                             QJsonObject {{u"highlevel"_s, QJsonObject {{u"burstMax"_s, 7}}}});
    QCOMPARE(limits.status, 200);
    QCOMPARE(limits.json().value(u"highlevel"_s).toObject().value(u"burstMax"_s).toInt(), 7);
    QCOMPARE(limits.json().value(u"highlevel"_s).toObject().value(u"dailyMax"_s).toInt(), 200000);
    QCOMPARE(c.sendJson("PUT", m_fixture.admin(u"/limits"_s),
                        QJsonObject {{u"highlevel"_s, QJsonObject {{u"burstMax"_s, -1}}}})
                 .status,
             400);
    QCOMPARE(c.sendJson("PUT", m_fixture.admin(u"/limits"_s),
                        QJsonObject {{u"highlevel"_s, QJsonObject {{u"burstMax"_s, 100}}}})
                 .status,
             200);

    // stats group by endpoint template and outcome; DELETE clears them.
    QCOMPARE(c.send("DELETE", m_fixture.admin(u"/stats"_s)).status, 204);
    c.send("GET", m_fixture.ghl(u"/contacts/CntAnnLee00000000001"_s));
    c.send("GET", m_fixture.ghl(u"/contacts/CntBoMarsh0000000002"_s));
    c.send("GET", m_fixture.ghl(u"/contacts/NoSuchContact0000000"_s));
    const QJsonObject stats = c.send("GET", m_fixture.admin(u"/stats"_s)).json();
    QCOMPARE(stats.value(u"requests"_s).toInt(), 3);
    int ok = 0;
    int notFound = 0;
    for (const QJsonValue& v : stats.value(u"byEndpoint"_s).toArray()) {
        const QJsonObject row = v.toObject();
        QCOMPARE(row.value(u"endpoint"_s).toString(), u"/contacts/{id}"_s);
        if (row.value(u"outcome"_s).toString() == u"200")
            ok = row.value(u"count"_s).toInt();
        if (row.value(u"outcome"_s).toString() == u"400")
            notFound = row.value(u"count"_s).toInt();
    }
    QCOMPARE(ok, 2);
    QCOMPARE(notFound, 1);

    // the clock moves forward on request.
    const QDateTime before = m_fixture.server().now();
    auto clock = c.sendJson("POST", m_fixture.admin(u"/clock"_s), QJsonObject {{u"advanceMs"_s, 3600000}});
    QCOMPARE(clock.status, 200);
    QVERIFY(m_fixture.server().now() >= before.addSecs(3600));
}

void TestSandboxHttp::randomGarbageNeverBreaksTheServer()
{
    // Deterministic junk: random bytes, and real requests with random bytes flipped. Each connection must end with a
    // complete response or a close, never a crash, and the server must answer normally afterwards.
    std::mt19937 rng(20261204);
    const QByteArray valid = "POST /ghl/contacts/ HTTP/1.1\r\nHost: x\r\n" + authHeaders()
        + "Content-Length: 40\r\n\r\n{\"locationId\":\"LocSandboxFixture001\",\"a\":1}";
    for (int round = 0; round < 150; ++round) {
        QByteArray junk;
        if (round % 2 == 0) {
            junk.resize(1 + rng() % 600);
            for (char& c : junk)
                c = static_cast<char>(rng() % 256);
        } else {
            junk = valid;
            for (int flips = 0; flips < 1 + static_cast<int>(rng() % 6); ++flips)
                junk[rng() % junk.size()] = static_cast<char>(rng() % 256);
        }
        QTcpSocket* s = connectRaw();
        QVERIFY(s);
        s->write(junk);
        s->waitForBytesWritten(200);
        s->waitForReadyRead(round % 10 == 0 ? 300 : 30);
        s->abort();
        m_sockets.clear();
    }
    QTcpSocket* s = connectRaw();
    QVERIFY(s);
    s->write("GET /ghl/contacts/CntAnnLee00000000001 HTTP/1.1\r\nHost: x\r\n" + authHeaders() + "\r\n");
    const auto responses = readResponses(*s, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().status, 200);
}

void TestSandboxHttp::qnamUploadTooLargeGets413()
{
    // The 413 goes out before the body is read; the lingering close lets QNAM, still uploading, receive it.
    fb::testsupport::HttpTestClient client;
    const auto r = client.send("POST", m_fixture.ghl(u"/contacts/"_s), QByteArray(17 * 1024 * 1024, 'x'));
    QVERIFY2(r.status == 413, qPrintable(u"%1 %2"_s.arg(r.status).arg(r.errorString)));
    QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 413);
}

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"
