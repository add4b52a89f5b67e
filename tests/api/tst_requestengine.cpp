// The request engine against a real loopback HTTP server: auth, retries and backoff on an injected clock, outcome
// unknown for creates, security rules, size cap, bad bodies, and no token anywhere in logs.

#include "tst_requestengine_server.h"

#include "api/RequestEngine.h"
#include "core/Clock.h"
#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace fb::api;
using fb::test::Reply;
using fb::test::ScriptedServer;


namespace {

const QString Token = u"ghl-pit-5e1f0a9c-SECRET-77d2b3"_s;
const QString BadgerToken = u"0123456789abcdefSECRETbadger42"_s;

QStringList g_messages;
QMutex g_messagesMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.append(message);
    }
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

ApiRequest get(const QString& path, Service service = Service::HighLevel)
{
    ApiRequest r;
    r.service = service;
    r.method = "GET";
    r.path = path;
    r.pathTemplate = path;
    r.operation = u"test.get"_s;
    return r;
}

ApiRequest create(const QString& path, Service service = Service::HighLevel)
{
    ApiRequest r;
    r.service = service;
    r.method = "POST";
    r.path = path;
    r.pathTemplate = path;
    r.operation = u"test.create"_s;
    r.bodyKind = BodyKind::Json;
    r.body = R"({"firstName":"Ada"})";
    r.idempotent = false;
    r.priority = Priority::Write;
    return r;
}

// An engine on a ManualClock with the server configured for both services and no burst limit.
struct Rig
{
    ScriptedServer server;
    fb::ManualClock clock;
    QNetworkAccessManager nam;
    RequestEngine engine{&nam, &clock};

    explicit Rig(int maxAttempts = 4)
    {
        for (Service s : {Service::HighLevel, Service::Badger}) {
            ServiceConfig c;
            c.baseUrl = QUrl(QString::fromLatin1(server.baseUrl()));
            c.credential = s == Service::HighLevel ? Token : BadgerToken;
            c.accountKey = u"acct-1"_s;
            c.transferTimeoutMs = 2000;
            engine.setServiceConfig(s, c);
            ServiceLimits l = ServiceLimits::defaultsFor(s);
            l.burstMax = 0;
            engine.governor()->setLimits(s, l);
        }
        RetryPolicy p;
        p.maxAttempts = maxAttempts;
        p.baseDelayMs = 100;
        p.maxDelayMs = 1000;
        engine.setRetryPolicy(p);
        engine.setRandomSource([] { return 0.5; });
    }

    // Sends asynchronously; the test drives the clock while waiting.
    std::shared_ptr<std::optional<ApiResult>> start(const ApiRequest& r)
    {
        auto out = std::make_shared<std::optional<ApiResult>>();
        engine.send(r, &engine, [out](const ApiResult& res) { *out = res; });
        return out;
    }
};

} // namespace

class TestRequestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        g_previousHandler = qInstallMessageHandler(captureHandler);
        QLoggingCategory::setFilterRules(u"fieldbridge.*.debug=true"_s);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    // First, while the process is small: a 50 MB body must not make it grow by anything near 50 MB.
    void responseSizeCap_data()
    {
        QTest::addColumn<bool>("announceLength");
        QTest::addColumn<qint64>("cap");
        QTest::newRow("50 MB with Content-Length (refused at the headers)") << true << qint64(4 * 1024 * 1024);
        QTest::newRow("50 MB framed by close, 4 MB cap (aborted while streaming)") << false << qint64(4 * 1024 * 1024);
        QTest::newRow("50 MB framed by close, default 32 MB cap") << false << qint64(0);
    }
    void responseSizeCap()
    {
        QFETCH(bool, announceLength);
        QFETCH(qint64, cap);
        Rig rig;
        Reply big;
        big.fault = Reply::Fault::Stream;
        big.streamBytes = 50LL * 1024 * 1024;
        big.announceLength = announceLength;
        big.headers = {{"Content-Type", "application/json"}};
        rig.server.script = {big};
        ServiceConfig c = rig.engine.serviceConfig(Service::HighLevel);
        if (cap > 0) {
            c.maxResponseBytes = cap;
        }
        rig.engine.setServiceConfig(Service::HighLevel, c);
        // Memory stays within twice the cap (QByteArray grows geometrically) plus a margin for the network buffers;
        // with the 4 MB cap that is far below the 50 MB sent.
        const long allowedKb = 2 * long(c.maxResponseBytes / 1024) + 16 * 1024;
        rusage before{};
        getrusage(RUSAGE_SELF, &before);
        const ApiResult r = rig.engine.sendAndWait(get(u"/big"_s));
        rusage after{};
        getrusage(RUSAGE_SELF, &after);
        QCOMPARE(toString(r.error), toString(ErrorClass::TooLarge));
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.body.isEmpty());
        const long grewKb = after.ru_maxrss - before.ru_maxrss;
        QVERIFY2(grewKb < allowedKb, qPrintable(u"peak memory grew by %1 kB"_s.arg(grewKb)));
    }

    void authHeadersAndBodies_data()
    {
        QTest::addColumn<int>("service");
        QTest::addColumn<int>("bodyKind");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("HighLevel JSON: Bearer + Version") << int(Service::HighLevel) << int(BodyKind::Json)
                                                          << ("Bearer " + Token.toUtf8()) << QByteArray("2021-07-28")
                                                          << QByteArray("application/json");
        QTest::newRow("Badger form: Token, no Version") << int(Service::Badger) << int(BodyKind::Form)
                                                        << ("Token " + BadgerToken.toUtf8()) << QByteArray()
                                                        << QByteArray("application/x-www-form-urlencoded");
    }
    void authHeadersAndBodies()
    {
        QFETCH(int, service);
        QFETCH(int, bodyKind);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, version);
        QFETCH(QByteArray, contentType);
        Rig rig;
        ApiRequest r = get(u"/customers/7/"_s, Service(service));
        r.method = "PATCH";
        r.bodyKind = BodyKind(bodyKind);
        r.body = bodyKind == int(BodyKind::Json) ? QByteArray(R"({"a":1})") : QByteArray("a=1&b=two");
        r.query.addQueryItem(u"page"_s, u"2"_s);
        const ApiResult res = rig.engine.sendAndWait(r);
        QVERIFY2(res.ok(), qPrintable(res.message));
        QCOMPARE(rig.server.seen.size(), 1);
        const auto& seen = rig.server.seen.constFirst();
        QCOMPARE(seen.method, QByteArray("PATCH"));
        QCOMPARE(seen.target, QByteArray("/customers/7/?page=2"));
        QCOMPARE(seen.headers.value("authorization"), authorization);
        QCOMPARE(seen.headers.value("version"), version);
        QCOMPARE(seen.headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(seen.headers.value("content-type"), contentType);
        QCOMPARE(seen.body, r.body);
        QCOMPARE(res.json.toObject().value(u"ok"_s).toBool(), true);
    }

    void backoffIsFullJitter_data()
    {
        QTest::addColumn<double>("random");
        QTest::newRow("random 0: retry at once") << 0.0;
        QTest::newRow("random 0.5: half the ceiling") << 0.5;
        QTest::newRow("random 0.999: just under the ceiling") << 0.999;
    }
    void backoffIsFullJitter()
    {
        QFETCH(double, random);
        Rig rig(5);
        rig.engine.setRandomSource([random] { return random; });
        rig.server.script = {Reply::json(503, "{}"), Reply::json(500, "{}"), Reply::json(502, "{}"),
                             Reply::json(503, "{}")};
        auto out = rig.start(get(u"/contacts/"_s));
        // base 100 ms, cap 1000 ms: ceilings 100, 200, 400, 800.
        const QList<qint64> ceilings = {100, 200, 400, 800};
        for (int i = 0; i < ceilings.size(); ++i) {
            QTRY_COMPARE(rig.server.seen.size(), i + 1);
            QTRY_COMPARE(rig.clock.pendingTimers(), 1);
            const qint64 wait = rig.clock.nextTimerInMs();
            QCOMPARE(wait, qint64(std::floor(random * double(ceilings.at(i)))));
            QVERIFY(wait >= 0 && wait <= ceilings.at(i));
            if (wait > 0) {
                rig.clock.advance(wait - 1);
                QTest::qWait(20);
                QCOMPARE(rig.server.seen.size(), i + 1); // not a millisecond early
                rig.clock.advance(1);
            } else {
                rig.clock.advance(0);
            }
        }
        QTRY_VERIFY(out->has_value());
        QVERIFY((*out)->ok());
        QCOMPARE((*out)->attempts, 5);
        const auto log = rig.engine.callLog()->entries();
        QCOMPARE(log.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(log.at(i).attempt, i + 1);
            QCOMPARE(log.at(i).final, i == 4);
        }
        QCOMPARE(toString(log.at(0).errorClass), toString(ErrorClass::Server));
        QCOMPARE(log.at(0).status, 503);
    }

    void serverWaitHonoured_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedWaitMs");
        QTest::newRow("Retry-After seconds") << QByteArray("Retry-After") << QByteArray("7") << qint64(7000);
        QTest::newRow("Retry-After HTTP date") << QByteArray("Retry-After") << QByteArray("DATE+12") << qint64(12000);
        QTest::newRow("X-RateLimit-Interval-Milliseconds") << QByteArray("X-RateLimit-Interval-Milliseconds")
                                                           << QByteArray("2500") << qint64(2500);
    }
    void serverWaitHonoured()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedWaitMs);
        Rig rig;
        rig.engine.setRandomSource([] { return 0.0; }); // jitter alone would retry at once
        if (value == "DATE+12") {
            value = QLocale::c()
                        .toString(rig.clock.now().addSecs(12), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                        .toLatin1();
        }
        Reply limited = Reply::json(429, R"({"statusCode":429,"message":"Too many requests"})");
        limited.headers.append(qMakePair(header, value));
        rig.server.script = {limited};
        auto out = rig.start(get(u"/contacts/"_s));
        QTRY_COMPARE(rig.clock.pendingTimers(), 1);
        QCOMPARE(rig.clock.nextTimerInMs(), expectedWaitMs);
        // The account is paused too, so other calls cannot jump in sooner.
        QVERIFY(rig.engine.budgetState(Service::HighLevel).pausedUntil.isValid());
        rig.clock.advance(expectedWaitMs - 1);
        QTest::qWait(30);
        QCOMPARE(rig.server.seen.size(), 1);
        rig.clock.advance(1);
        QTRY_VERIFY(out->has_value());
        QCOMPARE(rig.server.seen.size(), 2);
        QVERIFY((*out)->ok());
        QCOMPARE((*out)->attempts, 2);
    }

    void retryAfterTooLongEndsTheCall()
    {
        Rig rig;
        Reply limited = Reply::json(429, R"({"message":"slow down"})");
        limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3600")));
        rig.server.script = {limited};
        const ApiResult r = rig.engine.sendAndWait(get(u"/contacts/"_s));
        QCOMPARE(toString(r.error), toString(ErrorClass::RateLimited));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.retryAt, rig.clock.now().addSecs(3600));
        QCOMPARE(r.message, u"slow down"_s);
    }

    void dailyRemainingZeroStopsWithoutRetry()
    {
        Rig rig;
        Reply limited = Reply::json(429, R"({"message":"daily limit"})");
        limited.headers = {{"Content-Type", "application/json"}, {"X-RateLimit-Limit-Daily", "200000"},
                           {"X-RateLimit-Daily-Remaining", "0"}, {"X-RateLimit-Interval-Milliseconds", "10000"}};
        rig.server.script = {limited};
        QSignalSpy changed(rig.engine.governor(), &RateGovernor::budgetChanged);
        const ApiResult r = rig.engine.sendAndWait(get(u"/contacts/"_s));
        QCOMPARE(toString(r.error), toString(ErrorClass::BudgetExhausted));
        QCOMPARE(r.attempts, 1);
        QVERIFY(r.retryAt > rig.clock.now());
        QVERIFY(changed.count() > 0);
        const BudgetState s = rig.engine.budgetState(Service::HighLevel);
        QVERIFY(s.exhausted);
        QCOMPARE(s.dailyRemaining, 0);
        QVERIFY(!s.exhaustedUntilText().isEmpty());
        // The next call is refused locally: the server sees nothing more.
        const ApiResult next = rig.engine.sendAndWait(get(u"/contacts/"_s));
        QCOMPARE(toString(next.error), toString(ErrorClass::BudgetExhausted));
        QCOMPARE(next.attempts, 0);
        QCOMPARE(next.retryAt, r.retryAt);
        QCOMPARE(rig.server.seen.size(), 1);
        QCOMPARE(rig.engine.callLog()->entries().constLast().attempt, 0);
    }

    void localDailyBudgetStopsCalls()
    {
        Rig rig;
        ServiceLimits l = ServiceLimits::defaultsFor(Service::Badger);
        l.burstMax = 0;
        l.dailyLimit = 3;
        l.writeReserveFraction = 0;
        rig.engine.governor()->setLimits(Service::Badger, l);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(rig.engine.sendAndWait(get(u"/customers/"_s, Service::Badger)).ok());
        }
        const ApiResult r = rig.engine.sendAndWait(get(u"/customers/"_s, Service::Badger));
        QCOMPARE(toString(r.error), toString(ErrorClass::BudgetExhausted));
        QCOMPARE(rig.server.seen.size(), 3);
        const BudgetState s = rig.engine.budgetState(Service::Badger);
        QVERIFY(s.exhausted);
        QCOMPARE(s.dailyUsed, 3);
        QCOMPARE(s.resetAt, QDateTime(rig.clock.now().date().addDays(1), QTime(0, 0), Qt::UTC));
        QCOMPARE(r.retryAt, s.resetAt);
        QVERIFY(s.exhaustedUntilText().contains(s.resetAt.toLocalTime().toString(u"HH:mm"_s)));
    }

    void createIsNeverResentWhenOutcomeUnknown_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<int>("expectedError");
        QTest::addColumn<int>("expectedServerCount");
        QTest::newRow("create, connection closed before any response byte")
            << int(Reply::Fault::Drop) << false << 4 << int(ErrorClass::OutcomeUnknown) << 1;
        QTest::newRow("create, connection reset before any response byte")
            << int(Reply::Fault::Reset) << false << 4 << int(ErrorClass::OutcomeUnknown) << 1;
        QTest::newRow("create, truncated response")
            << int(Reply::Fault::Truncate) << false << 4 << int(ErrorClass::OutcomeUnknown) << 1;
        QTest::newRow("create, no answer until the transfer timeout")
            << int(Reply::Fault::Hang) << false << 4 << int(ErrorClass::OutcomeUnknown) << 1;
        QTest::newRow("create, body stalls after the headers")
            << int(Reply::Fault::Stall) << false << 4 << int(ErrorClass::OutcomeUnknown) << 1;
        QTest::newRow("idempotent PUT, body stalls after the headers, one attempt")
            << int(Reply::Fault::Stall) << true << 1 << int(ErrorClass::Timeout) << 1;
        // Control: the same drop on an idempotent request with one attempt allowed shows QNAM's own silent re-send
        // (the server counts 2), which is what the create rows above prove we prevent.
        QTest::newRow("control: idempotent PUT, one attempt, QNAM re-sends by itself")
            << int(Reply::Fault::Drop) << true << 1 << int(ErrorClass::Network) << 2;
    }
    void createIsNeverResentWhenOutcomeUnknown()
    {
        QFETCH(int, fault);
        QFETCH(bool, idempotent);
        QFETCH(int, maxAttempts);
        QFETCH(int, expectedError);
        QFETCH(int, expectedServerCount);
        Rig rig(maxAttempts);
        ServiceConfig c = rig.engine.serviceConfig(Service::HighLevel);
        c.transferTimeoutMs = 300;
        rig.engine.setServiceConfig(Service::HighLevel, c);
        Reply r = Reply::json(201, R"({"contact":{"id":"c1"}})");
        r.fault = Reply::Fault(fault);
        rig.server.fallback = r;
        ApiRequest req = create(u"/contacts/"_s);
        req.idempotent = idempotent;
        if (idempotent) {
            req.method = "PUT";
        }
        const ApiResult res = rig.engine.sendAndWait(req);
        QCOMPARE(toString(res.error), toString(ErrorClass(expectedError)));
        QCOMPARE(res.attempts, 1);
        QVERIFY(!res.message.isEmpty());
        QCOMPARE(rig.server.seen.size(), expectedServerCount);
        QCOMPARE(rig.clock.pendingTimers(), 0); // no retry scheduled
    }

    void idempotentRequestRetriedAfterDrop()
    {
        Rig rig;
        rig.engine.setRandomSource([] { return 0.0; });
        rig.server.script = {Reply::fault_(Reply::Fault::Drop), Reply::fault_(Reply::Fault::Drop)};
        auto out = rig.start(get(u"/contacts/c1"_s));
        QTRY_COMPARE(rig.clock.pendingTimers(), 1);
        rig.clock.advance(0);
        QTRY_VERIFY(out->has_value());
        QVERIFY2((*out)->ok(), qPrintable((*out)->message));
        QCOMPARE((*out)->attempts, 2);
    }

    void errorsThatAreNeverRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expectedError");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("GHL 422, message array") << 422
                                                << QByteArray(R"({"statusCode":422,"message":["email must be an email","phone is invalid"],"error":"Unprocessable Entity"})")
                                                << int(ErrorClass::Validation) << u"email must be an email; phone is invalid"_s;
        QTest::newRow("GHL 400, message string") << 400 << QByteArray(R"({"statusCode":400,"message":"Bad locationId"})")
                                                 << int(ErrorClass::Validation) << u"Bad locationId"_s;
        QTest::newRow("DRF 400 field errors") << 400 << QByteArray(R"({"email":["Enter a valid email address."]})")
                                              << int(ErrorClass::Validation) << u"email: Enter a valid email address."_s;
        QTest::newRow("GHL 401") << 401 << QByteArray(R"({"statusCode":401,"message":"Invalid token: access token is invalid","error":"Unauthorized"})")
                                 << int(ErrorClass::Auth) << u"Invalid token: access token is invalid"_s;
        QTest::newRow("GHL 403") << 403 << QByteArray(R"({"message":"The token does not have access to this location."})")
                                 << int(ErrorClass::Forbidden) << u"The token does not have access to this location."_s;
        QTest::newRow("DRF 404 detail") << 404 << QByteArray(R"({"detail":"Not found."})") << int(ErrorClass::NotFound)
                                        << u"Not found."_s;
        QTest::newRow("200 with broken JSON") << 200 << QByteArray(R"({"contacts":[{"id":)") << int(ErrorClass::Malformed)
                                              << u"The server's answer is not valid JSON."_s;
        QTest::newRow("200 with an HTML page") << 200 << QByteArray("<html><head><title>Maintenance</title></head></html>")
                                               << int(ErrorClass::Malformed)
                                               << u"The server sent an HTML page instead of JSON: Maintenance"_s;
        QTest::newRow("200 with statusCode 400 in the body") << 200 << QByteArray(R"({"statusCode":400,"message":"bad filter"})")
                                                             << int(ErrorClass::Validation) << u"bad filter"_s;
        QTest::newRow("200 with only an error field") << 200 << QByteArray(R"({"error":"Something went wrong","success":false})")
                                                      << int(ErrorClass::Other) << u"Something went wrong"_s;
        QTest::newRow("409 conflict") << 409 << QByteArray(R"({"message":"duplicate"})") << int(ErrorClass::Other)
                                      << u"duplicate"_s;
    }
    void errorsThatAreNeverRetried()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expectedError);
        QFETCH(QString, expectedMessage);
        Rig rig;
        Reply reply = Reply::json(status, body);
        if (body.startsWith('<')) {
            reply.headers = {{"Content-Type", "text/html"}};
        }
        rig.server.fallback = reply;
        const ApiResult r = rig.engine.sendAndWait(get(u"/contacts/x"_s));
        QCOMPARE(toString(r.error), toString(ErrorClass(expectedError)));
        QCOMPARE(r.message, expectedMessage);
        QCOMPARE(r.status, status);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(rig.server.seen.size(), 1);
        QCOMPARE(rig.clock.pendingTimers(), 0);
    }

    void htmlErrorPageOnServerError()
    {
        Rig rig(1);
        Reply page = Reply::json(502, "<!DOCTYPE html><html><title>502 Bad Gateway</title><body>nginx</body></html>");
        page.headers = {{"Content-Type", "text/html"}};
        rig.server.fallback = page;
        const ApiResult r = rig.engine.sendAndWait(get(u"/contacts/x"_s));
        QCOMPARE(toString(r.error), toString(ErrorClass::Server));
        QCOMPARE(r.message, u"HTTP 502: 502 Bad Gateway"_s);
        QVERIFY(r.json.isNull() || r.json.isUndefined());
    }

    void traceIdFromBodyOrHeader()
    {
        Rig rig;
        Reply withBody = Reply::json(200, R"({"contact":{},"traceId":"trace-body-1"})");
        Reply withHeader = Reply::json(200, R"({"contact":{}})");
        withHeader.headers.append(qMakePair(QByteArray("traceId"), QByteArray("trace-header-2")));
        rig.server.script = {withBody, withHeader};
        QCOMPARE(rig.engine.sendAndWait(get(u"/a"_s)).traceId, u"trace-body-1"_s);
        QCOMPARE(rig.engine.sendAndWait(get(u"/b"_s)).traceId, u"trace-header-2"_s);
        QCOMPARE(rig.engine.callLog()->entries().constLast().traceId, u"trace-header-2"_s);
    }

    void httpsRequiredExceptLoopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("plain http to a public host") << u"services.leadconnectorhq.com"_s << false;
        QTest::newRow("plain http to a LAN address") << u"192.168.1.10"_s << false;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("localhost") << u"localhost"_s << true;
    }
    void httpsRequiredExceptLoopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, allowed);
        Rig rig;
        ServiceConfig c = rig.engine.serviceConfig(Service::HighLevel);
        QUrl base = c.baseUrl;
        base.setHost(host);
        c.baseUrl = base;
        rig.engine.setServiceConfig(Service::HighLevel, c);
        const ApiResult r = rig.engine.sendAndWait(get(u"/contacts/"_s));
        if (allowed) {
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(rig.server.seen.size(), 1);
        } else {
            QCOMPARE(toString(r.error), toString(ErrorClass::Insecure));
            QCOMPARE(r.attempts, 0);
            QCOMPARE(toString(rig.engine.callLog()->entries().constLast().errorClass), toString(ErrorClass::Insecure));
            QCOMPARE(rig.engine.budgetState(Service::HighLevel).dailyUsed, 0); // no budget spent
        }
    }

    void redirects_data()
    {
        QTest::addColumn<QByteArrayList>("locations");
        QTest::addColumn<int>("maxRedirects");
        QTest::addColumn<int>("expectedError");
        QTest::addColumn<int>("expectedServerCount");
        QTest::newRow("one same-origin redirect is followed") << QByteArrayList{"/moved"} << 3 << int(ErrorClass::None) << 2;
        QTest::newRow("more redirects than allowed") << QByteArrayList{"/r1", "/r2", "/r3"} << 2 << int(ErrorClass::Other) << 3;
        QTest::newRow("to plain http on a public host") << QByteArrayList{"http://example.com/x"} << 3
                                                        << int(ErrorClass::Insecure) << 1;
        QTest::newRow("to another host (the token stays home)") << QByteArrayList{"http://127.0.0.2:1/x"} << 3
                                                                << int(ErrorClass::Insecure) << 1;
    }
    void redirects()
    {
        QFETCH(QByteArrayList, locations);
        QFETCH(int, maxRedirects);
        QFETCH(int, expectedError);
        QFETCH(int, expectedServerCount);
        Rig rig(1);
        ServiceConfig c = rig.engine.serviceConfig(Service::HighLevel);
        c.maxRedirects = maxRedirects;
        rig.engine.setServiceConfig(Service::HighLevel, c);
        for (const QByteArray& location : locations) {
            Reply r;
            r.status = 302;
            r.headers = {{"Location", location}};
            rig.server.script.append(r);
        }
        const ApiResult r = rig.engine.sendAndWait(get(u"/start"_s));
        QByteArrayList targets;
        for (const auto& seen : std::as_const(rig.server.seen)) {
            targets.append(seen.target);
        }
        QCOMPARE(toString(r.error), toString(ErrorClass(expectedError)));
        QVERIFY2(rig.server.seen.size() == expectedServerCount, targets.join(' ').constData());
    }

    void redirectOfACreateIsNotFollowed()
    {
        Rig rig;
        Reply r;
        r.status = 307;
        r.headers = {{"Location", "/contacts/other/"}};
        rig.server.script = {r};
        const ApiResult res = rig.engine.sendAndWait(create(u"/contacts"_s));
        QCOMPARE(toString(res.error), toString(ErrorClass::Other));
        QCOMPARE(rig.server.seen.size(), 1);
    }

    void sendAllRunsConcurrentlyInOrder()
    {
        ScriptedServer server;
        RequestEngine engine; // own manager, system clock
        ServiceConfig c;
        c.baseUrl = QUrl(QString::fromLatin1(server.baseUrl()));
        c.credential = Token;
        engine.setServiceConfig(Service::HighLevel, c);
        QList<ApiRequest> requests;
        for (int i = 0; i < 20; ++i) {
            requests.append(get(u"/contacts/%1"_s.arg(i)));
        }
        const QList<ApiResult> results = engine.sendAll(requests, 6);
        QCOMPARE(results.size(), 20);
        for (const ApiResult& r : results) {
            QVERIFY(r.ok());
        }
        QCOMPARE(server.seen.size(), 20);
        QVERIFY(server.connections <= 6);
        QCOMPARE(engine.callsInProgress(), 0);
    }

    // HighLevel limited to one request per 10 s: its second request waits for the window, and the Badger requests
    // after it in the same batch are sent meanwhile instead of waiting behind it.
    void sendAllDoesNotHoldOneServiceBehindAnother()
    {
        Rig rig;
        ServiceLimits one = ServiceLimits::defaultsFor(Service::HighLevel);
        one.burstMax = 1;
        one.burstIntervalMs = 10'000;
        rig.engine.governor()->setLimits(Service::HighLevel, one);
        QList<ApiRequest> requests{get(u"/contacts/1"_s), get(u"/contacts/2"_s)};
        for (int i = 0; i < 5; ++i) {
            requests.append(get(u"/customers/%1/"_s.arg(i), Service::Badger));
        }
        int seenBeforeTheWindow = -1;
        int polls = 0;
        // sendAll() blocks: look at the server and open the window from inside its event loop (after 3 s at most).
        std::function<void()> poll;
        poll = [&] {
            if (rig.server.seen.size() >= 6 || ++polls > 300) {
                seenBeforeTheWindow = int(rig.server.seen.size());
                rig.clock.advance(10'001);
                return;
            }
            QTimer::singleShot(10, &rig.engine, poll);
        };
        QTimer::singleShot(10, &rig.engine, poll);
        const QList<ApiResult> results = rig.engine.sendAll(requests, 1);
        QCOMPARE(results.size(), 7);
        for (const ApiResult& r : results) {
            QVERIFY(r.ok());
        }
        QCOMPARE(seenBeforeTheWindow, 6); // the first HighLevel request and all five Badger ones
        QCOMPARE(rig.server.seen.last().target, QByteArray("/contacts/2"));
    }

    void cancelWhileWaitingForBackoff()
    {
        Rig rig;
        rig.server.script = {Reply::json(503, "{}")};
        std::optional<ApiResult> out;
        const auto id = rig.engine.send(get(u"/x"_s), &rig.engine, [&out](const ApiResult& r) { out = r; });
        QTRY_COMPARE(rig.clock.pendingTimers(), 1);
        rig.engine.cancel(id);
        QVERIFY(out.has_value());
        QCOMPARE(toString(out->error), toString(ErrorClass::Cancelled));
        QCOMPARE(rig.clock.pendingTimers(), 0);
    }

    // Last: everything above ran with debug logging on; nothing may contain either token.
    void noTokenInAnyLogOrCallLog()
    {
        Rig rig(2);
        rig.engine.setRandomSource([] { return 0.0; });
        Reply echo = Reply::json(401, QByteArray("{\"message\":\"Invalid token ") + Token.toUtf8() + QByteArray("\"}"));
        rig.server.script = {echo, Reply::json(503, "{}"), Reply::fault_(Reply::Fault::Drop)};
        QSignalSpy spy(&rig.engine, &RequestEngine::callFinished);
        const ApiResult r = rig.engine.sendAndWait(get(u"/contacts/"_s));
        QCOMPARE(toString(r.error), toString(ErrorClass::Auth));
        QVERIFY(!r.message.contains(Token));
        auto pending = rig.start(create(u"/contacts/"_s, Service::Badger));
        QTRY_VERIFY(pending->has_value() || rig.clock.pendingTimers() > 0);
        rig.clock.advance(0);
        QTRY_VERIFY(pending->has_value());
        QVERIFY(spy.count() >= 2);
        QVERIFY(rig.server.seen.constFirst().headers.value("authorization").contains(Token.toUtf8()));
        for (const CallLogEntry& e : rig.engine.callLog()->entries()) {
            const QString all = e.message + e.pathTemplate + e.operation + e.traceId + QString::fromLatin1(e.method);
            QVERIFY(!all.contains(Token));
            QVERIFY(!all.contains(BadgerToken));
        }
        QMutexLocker lock(&g_messagesMutex);
        QVERIFY2(g_messages.size() > 5, "debug logging was on: the engine should have said something");
        for (const QString& m : std::as_const(g_messages)) {
            QVERIFY2(!m.contains(Token) && !m.contains(BadgerToken), qPrintable(m.left(200)));
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestEngine)
#include "tst_requestengine.moc"
