// The request engine against the real sandbox (fieldbridge_sandbox) and its fault engine: a create whose connection
// fails is reported OutcomeUnknown and reached the server exactly once (the sandbox counts attempts), server errors
// and 429s are retried on the injected clock's schedule, and the sandbox's X-RateLimit-* headers drive the governor.

#include "SandboxFixture.h"

#include "api/RequestEngine.h"
#include "core/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb::api;
using fb::testsupport::SandboxFixture;

namespace {

struct Rig
{
    SandboxFixture sandbox;
    fb::ManualClock clock;
    QNetworkAccessManager nam;
    RequestEngine engine{&nam, &clock};

    bool start()
    {
        QString error;
        if (!sandbox.start(&error)) {
            qWarning() << "sandbox:" << error;
            return false;
        }
        ServiceConfig c;
        c.baseUrl = sandbox.server().highLevelBaseUrl();
        c.credential = QString::fromLatin1(SandboxFixture::kToken);
        c.accountKey = QString::fromLatin1(SandboxFixture::kLocationId);
        c.transferTimeoutMs = 500;
        engine.setServiceConfig(Service::HighLevel, c);
        ServiceLimits l = ServiceLimits::defaultsFor(Service::HighLevel);
        l.burstMax = 0;
        engine.governor()->setLimits(Service::HighLevel, l);
        RetryPolicy p;
        p.baseDelayMs = 100;
        engine.setRetryPolicy(p);
        engine.setRandomSource([] { return 0.0; });
        return true;
    }

    bool setFaults(const QJsonObject& highlevel)
    {
        QString error;
        const bool ok = sandbox.server().setFaults(QJsonObject{{u"highlevel"_s, highlevel}}, &error);
        if (!ok) {
            qWarning() << "faults:" << error;
        }
        return ok;
    }

    std::shared_ptr<std::optional<ApiResult>> start(const ApiRequest& r)
    {
        auto out = std::make_shared<std::optional<ApiResult>>();
        engine.send(r, &engine, [out](const ApiResult& res) { *out = res; });
        return out;
    }

    int contactsNamed(const QString& firstName) const
    {
        int n = 0;
        const QJsonArray contacts = const_cast<Rig*>(this)->sandbox.server().state().value(u"highlevel"_s).toObject()
                                        .value(u"contacts"_s).toArray();
        for (const QJsonValue& c : contacts) {
            n += c.toObject().value(u"firstName"_s).toString() == firstName ? 1 : 0;
        }
        return n;
    }
};

ApiRequest createContact(const QString& firstName)
{
    ApiRequest r;
    r.method = "POST";
    r.path = u"/contacts/"_s;
    r.pathTemplate = u"/contacts/"_s;
    r.operation = u"contacts.create"_s;
    r.bodyKind = BodyKind::Json;
    r.body = QJsonDocument(QJsonObject{{u"locationId"_s, QString::fromLatin1(SandboxFixture::kLocationId)},
                                       {u"firstName"_s, firstName}})
                 .toJson(QJsonDocument::Compact);
    r.idempotent = false;
    r.priority = Priority::Write;
    return r;
}

ApiRequest getContacts()
{
    ApiRequest r;
    r.method = "GET";
    r.path = u"/contacts/"_s;
    r.pathTemplate = u"/contacts/"_s;
    r.operation = u"contacts.list"_s;
    r.query.addQueryItem(u"locationId"_s, QString::fromLatin1(SandboxFixture::kLocationId));
    return r;
}

} // namespace

class TestRequestEngineSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createWithBrokenConnectionIsOutcomeUnknown_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("processed");
        QTest::newRow("drop after the server stored it") << u"drop"_s << true;
        QTest::newRow("drop before the server stored it") << u"drop"_s << false;
        QTest::newRow("reset after the server stored it") << u"reset"_s << true;
        QTest::newRow("truncated reply") << u"truncated"_s << true;
        QTest::newRow("no response until the transfer timeout") << u"noResponse"_s << true;
    }
    void createWithBrokenConnectionIsOutcomeUnknown()
    {
        QFETCH(QString, fault);
        QFETCH(bool, processed);
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.setFaults(QJsonObject{{u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, fault}, {u"count"_s, 1},
                                                                                  {u"method"_s, u"POST"_s},
                                                                                  {u"path"_s, u"/contacts/"_s},
                                                                                  {u"process"_s, processed}}}}}));
        const QString name = u"Outcome"_s + fault;
        const ApiResult r = rig.engine.sendAndWait(createContact(name));
        QCOMPARE(toString(r.error), toString(ErrorClass::OutcomeUnknown));
        QCOMPARE(r.attempts, 1);
        // Exactly one attempt reached the server: neither QNAM nor the engine re-sent the create.
        QCOMPARE(rig.sandbox.server().attempts("POST", "/ghl/contacts/"), 1);
        QCOMPARE(rig.contactsNamed(name), processed ? 1 : 0); // why the caller must reconcile, not re-send
        QCOMPARE(rig.clock.pendingTimers(), 0);
    }

    void createSucceedsWhenNothingFails()
    {
        Rig rig;
        QVERIFY(rig.start());
        const ApiResult r = rig.engine.sendAndWait(createContact(u"Plain"_s));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json.toObject().value(u"contact"_s).toObject().value(u"id"_s).toString().isEmpty());
        QCOMPARE(rig.sandbox.server().attempts("POST", "/ghl/contacts/"), 1);
    }

    void serverErrorsRetriedOnTheClock()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.engine.setRandomSource([] { return 0.75; });
        QVERIFY(rig.setFaults(QJsonObject{{u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, u"http503"_s}, {u"count"_s, 1},
                                                                                  {u"method"_s, u"GET"_s}},
                                                                      QJsonObject{{u"fault"_s, u"http502"_s}, {u"count"_s, 1},
                                                                                  {u"method"_s, u"GET"_s}}}}}));
        auto out = rig.start(getContacts());
        QTRY_COMPARE(rig.clock.pendingTimers(), 1);
        QCOMPARE(rig.clock.nextTimerInMs(), 75); // 0.75 * 100
        rig.clock.advance(75);
        QTRY_COMPARE(rig.clock.pendingTimers(), 1);
        QCOMPARE(rig.clock.nextTimerInMs(), 150); // 0.75 * 200
        rig.clock.advance(150);
        QTRY_VERIFY(out->has_value());
        QVERIFY2((*out)->ok(), qPrintable((*out)->message));
        QCOMPARE((*out)->attempts, 3);
        const auto log = rig.engine.callLog()->entries();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).status, 503);
        QCOMPARE(log.at(0).message, u"HTTP 503: 503 Service Unavailable"_s); // the gateway's HTML page, typed
        QCOMPARE(log.at(1).status, 502);
    }

    void sandbox429RetryAfterHonoured()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.setFaults(QJsonObject{{u"retryAfterSeconds"_s, 4},
                                          {u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, u"http429"_s}, {u"count"_s, 1}}}}}));
        auto out = rig.start(getContacts());
        QTRY_COMPARE(rig.clock.pendingTimers(), 1);
        QCOMPARE(rig.clock.nextTimerInMs(), 4000);
        rig.clock.advance(3999);
        QTest::qWait(30);
        QVERIFY(!out->has_value());
        rig.clock.advance(1);
        QTRY_VERIFY(out->has_value());
        QVERIFY((*out)->ok());
        QCOMPARE((*out)->attempts, 2);
    }

    void governorFollowsSandboxRateHeaders()
    {
        Rig rig;
        QVERIFY(rig.start());
        QString error;
        QVERIFY2(rig.sandbox.server().setLimits(QJsonObject{{u"highlevel"_s, QJsonObject{{u"burstMax"_s, 40},
                                                                                       {u"burstIntervalMs"_s, 10000},
                                                                                       {u"dailyMax"_s, 50}}}},
                                                &error),
                 qPrintable(error));
        for (int i = 0; i < 2; ++i) {
            QVERIFY(rig.engine.sendAndWait(getContacts()).ok());
        }
        const BudgetState s = rig.engine.budgetState(Service::HighLevel);
        QCOMPARE(s.burstMax, 40);
        QCOMPARE(s.burstIntervalMs, 10000);
        QVERIFY(s.burstRemaining <= 38);
        QCOMPARE(s.dailyLimit, 50);
        QCOMPARE(s.dailyUsed, 2);
    }

    void sandboxDailyCapStopsCalls()
    {
        Rig rig;
        QVERIFY(rig.start());
        QString error;
        QVERIFY2(rig.sandbox.server().setLimits(QJsonObject{{u"highlevel"_s, QJsonObject{{u"burstMax"_s, 0},
                                                                                       {u"dailyMax"_s, 3}}}},
                                                &error),
                 qPrintable(error));
        int ok = 0;
        ApiResult last;
        for (int i = 0; i < 6 && (ok == i); ++i) {
            last = rig.engine.sendAndWait(getContacts());
            ok += last.ok() ? 1 : 0;
        }
        QCOMPARE(ok, 3);
        QCOMPARE(toString(last.error), toString(ErrorClass::BudgetExhausted));
        QVERIFY(last.retryAt.isValid());
        QVERIFY(rig.engine.budgetState(Service::HighLevel).exhausted);
        // Three answered plus at most one refused by the server; nothing after that left the engine.
        const ApiResult after = rig.engine.sendAndWait(getContacts());
        QCOMPARE(toString(after.error), toString(ErrorClass::BudgetExhausted));
        QCOMPARE(after.attempts, 0);
    }

    void malformedBodyIsTyped()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.setFaults(QJsonObject{{u"failNext"_s, QJsonArray{QJsonObject{{u"fault"_s, u"malformed"_s}, {u"count"_s, 1}}}}}));
        const ApiResult r = rig.engine.sendAndWait(getContacts());
        QCOMPARE(toString(r.error), toString(ErrorClass::Malformed));
        QCOMPARE(r.attempts, 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestEngineSandbox)
#include "tst_requestengine_sandbox.moc"
