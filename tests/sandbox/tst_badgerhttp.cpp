// The Badger side of the sandbox over real HTTP (QNetworkAccessManager -> SandboxServer on loopback), with every
// contract-described exchange sent through Prism 5.14.2 in proxy mode against badger-api.json (no Error violations)
// and each body also checked by the strict schema/sample check of tst_badger_support.h.

#include "HttpTestClient.h"
#include "PrismRunner.h"
#include "SandboxFixture.h"
#include "tst_badger_support.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using fb::testsupport::HttpResponse;
using fb::testsupport::HttpTestClient;
using fb::testsupport::PrismRunner;
using fb::testsupport::SandboxFixture;
using namespace fb::sandbox::testing;

namespace {

const QByteArray kForm = "application/x-www-form-urlencoded";

QByteArray form(std::initializer_list<std::pair<const char*, QString>> fields)
{
    QByteArray out;
    for (const auto& [k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QByteArray(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

QJsonValue jsonOf(const HttpResponse& r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class TestBadgerHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void login();
    void tokenAuth();
    void profileAndUserSearch();
    void createListGetPatchDelete();
    void locationPatch();
    void checkins();
    void routes();
    void formBodies();
    void jsonBodyRejected();
    void trailingSlash();
    void repeatedPostMakesDuplicate();
    void dailyQuotaAndMidnightReset();
    void contractChecksCatchBrokenResponses();

private:
    // Through Prism (proxy to the sandbox): any Error-level violation of the response, or of a request meant to be
    // valid, turns the status negative so the test's status comparison fails (the violations are printed).
    HttpResponse viaPrism(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                          const QString& token = kOwnerToken, bool requestValid = true);
    // Straight to the sandbox (for what is outside the contract: redirects, 415, 429 ...).
    HttpResponse direct(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                        const QString& token = kOwnerToken, const QByteArray& contentType = kForm);
    void expectSchema(const HttpResponse& r, const QString& pathTemplate, const QByteArray& method);

    SandboxFixture m_fixture;
    PrismRunner m_prism;
    HttpTestClient m_client;
    BadgerContract m_contract;
};

void TestBadgerHttp::initTestCase()
{
    QVERIFY(m_contract.isLoaded());
    QString error;
    QVERIFY2(m_fixture.start(&error, QJsonObject {{u"badger"_s, sampleSeed()}}), qPrintable(error));
    QVERIFY2(m_prism.prepareSpec(u"badger/badger-api.json"_s, {}, &error), qPrintable(error));
    QVERIFY2(m_prism.start(PrismRunner::Mode::Proxy, m_fixture.server().badgerBaseUrl(), &error), qPrintable(error));
}

void TestBadgerHttp::init()
{
    m_fixture.server().reset(); // default switches and quota, clock offset 0
    m_fixture.server().loadSeed(QJsonObject {{u"badger"_s, sampleSeed()}});
}

void TestBadgerHttp::cleanupTestCase()
{
    m_prism.stop();
}

HttpResponse TestBadgerHttp::viaPrism(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                                      const QString& token, bool requestValid)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Token " + token.toUtf8()});
    if (!body.isEmpty())
        headers.append({"Content-Type", kForm});
    HttpResponse r = m_client.send(method, fb::testsupport::joinUrl(m_prism.baseUrl(), pathAndQuery), body, headers);
    QJsonArray errors;
    bool requestFlagged = false;
    for (const QJsonValue& v : PrismRunner::errors(r.violations())) {
        const bool aboutRequest = v[u"location"_s][0].toString() == u"request";
        requestFlagged = requestFlagged || aboutRequest;
        if (!aboutRequest || requestValid)
            errors.append(v);
    }
    if (!requestValid && !requestFlagged)
        errors.append(u"Prism did not flag the invalid request"_s);
    if (!errors.isEmpty())
        qWarning("%s %s: %s", method.constData(), qPrintable(pathAndQuery), r.header("sl-violations").constData());
    r.status = errors.isEmpty() ? r.status : -r.status; // a violation makes every status comparison fail
    return r;
}

HttpResponse TestBadgerHttp::direct(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                                    const QString& token, const QByteArray& contentType)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({"Authorization", "Token " + token.toUtf8()});
    if (!body.isEmpty())
        headers.append({"Content-Type", contentType});
    return m_client.send(method, m_fixture.badger(pathAndQuery), body, headers);
}

void TestBadgerHttp::expectSchema(const HttpResponse& r, const QString& pathTemplate, const QByteArray& method)
{
    const QJsonObject schema = m_contract.responseSchema(pathTemplate, QString::fromLatin1(method), r.status);
    QVERIFY2(!schema.isEmpty(), qPrintable(pathTemplate));
    QVERIFY2(r.jsonParses(), r.body.constData());
    const QStringList problems = m_contract.validate(jsonOf(r), schema, r.status != 400);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void TestBadgerHttp::login()
{
    HttpResponse r =
        viaPrism("POST", u"/login/"_s, form({{"username", u"jrivera"_s}, {"password", u"pw-jrivera"_s}}), QString());
    QCOMPARE(r.status, 200);
    expectSchema(r, u"/login/"_s, "POST");
    QCOMPARE(r.json().value(u"status"_s).toString(), u"login_successful"_s);
    QCOMPARE(r.json().value(u"token"_s).toString(), kRepToken);
    QCOMPARE(r.json().value(u"user_id"_s).toInteger(), 5034);

    r = viaPrism("POST", u"/login/"_s, form({{"username", u"jrivera"_s}, {"password", u"wrong"_s}}), QString());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject {{u"status"_s, u"error_account_does_not_exist"_s}}));
    r = viaPrism("POST", u"/login/"_s, form({{"username", u"dgone"_s}, {"password", u"pw-dgone"_s}}), QString());
    QCOMPARE(r.json().value(u"status"_s).toString(), u"error_account_disabled"_s);
    r = direct("GET", u"/login/"_s, {}, QString());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"status"_s).toString(), u"error_non_post_request"_s);
}

void TestBadgerHttp::tokenAuth()
{
    HttpResponse r = viaPrism("GET", u"/customers/"_s, {}, QString(), false);
    QCOMPARE(r.status, 401);
    expectSchema(r, u"/customers/"_s, "GET");
    QCOMPARE(r.json().value(u"detail"_s).toString(), u"Authentication credentials were not provided."_s);
    QCOMPARE(r.header("WWW-Authenticate"), "Token"_ba);
    r = viaPrism("GET", u"/customers/"_s, {}, u"not-a-key"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(u"detail"_s).toString(), u"Invalid token."_s);
    r = m_client.send("GET", m_fixture.badger(u"/customers/"_s), {},
                      {{"Authorization", "Bearer " + kOwnerToken.toUtf8()}});
    QCOMPARE(r.status, 401);
    QCOMPARE(viaPrism("GET", u"/customers/"_s).status, 200);
}

void TestBadgerHttp::profileAndUserSearch()
{
    HttpResponse r = viaPrism("GET", u"/profiles/"_s);
    QCOMPARE(r.status, 200);
    expectSchema(r, u"/profiles/"_s, "GET");
    QVERIFY(BadgerContract::missingSampleKeys(BadgerContract::sample(u"profile.json"_s), jsonOf(r)).isEmpty());
    r = viaPrism("GET", u"/search/users/?q=JRIVERA%40example.com"_s);
    QCOMPARE(r.status, 200);
    expectSchema(r, u"/search/users/"_s, "GET");
    QCOMPARE(r.json().value(u"id"_s).toInteger(), 5034);
    QVERIFY(m_fixture.server().setLimits({{u"badger"_s, QJsonObject {{u"searchUsersReturnsList"_s, true}}}}));
    r = viaPrism("GET", u"/search/users/?q=5034"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(jsonOf(r).isArray());
    QVERIFY(m_fixture.server().setLimits({{u"badger"_s, QJsonObject {{u"searchUsersReturnsList"_s, false}}}}));
}

void TestBadgerHttp::createListGetPatchDelete()
{
    // Create: 201 with the {customer, profile, location} wrapper.
    HttpResponse r = viaPrism("POST", u"/customers/"_s,
                              form({{"last_name", u"Blue Harbor Veterinary"_s},
                                    {"address", u"77 Sample Street, Peoria, IL, 61602"_s},
                                    {"account_owner", u"5021"_s},
                                    {"phone_number", u"555-010-7788"_s},
                                    {"email", QString()},
                                    {"custom_text", u"Prospect"_s}}));
    QCOMPARE(r.status, 201);
    expectSchema(r, u"/customers/"_s, "POST");
    QVERIFY(BadgerContract::missingSampleKeys(BadgerContract::sample(u"customer-create-response.json"_s), jsonOf(r))
                .isEmpty());
    const qint64 id = r.json()[u"customer"_s][u"id"_s].toInteger();
    const qint64 locationId = r.json()[u"location"_s][u"id"_s].toInteger();
    QVERIFY(id != locationId);

    // List: summaries only.
    r = viaPrism("GET", u"/customers/"_s);
    QCOMPARE(r.status, 200);
    expectSchema(r, u"/customers/"_s, "GET");
    const QJsonArray list = jsonOf(r).toArray();
    QCOMPARE(list.size(), 3);
    for (const QJsonValue& v : list)
        QCOMPARE(v.toObject().keys(), (QStringList {u"first_name"_s, u"id"_s, u"last_name"_s}));

    // Detail, then a partial PATCH that changes one field and returns the whole account.
    const QString path = u"/customers/"_s + QString::number(id) + u'/';
    r = viaPrism("GET", path);
    QCOMPARE(r.status, 200);
    expectSchema(r, u"/customers/{account_id}/"_s, "GET");
    const QJsonObject before = r.json();
    r = viaPrism("PATCH", path, form({{"custom_text2", u"Send quote"_s}, {"custom_numeric", u"125000"_s}}));
    QCOMPARE(r.status, 200);
    expectSchema(r, u"/customers/{account_id}/"_s, "PATCH");
    QJsonObject expected = before;
    expected.insert(u"custom_text2"_s, u"Send quote"_s);
    expected.insert(u"custom_numeric"_s, 125000.0);
    QCOMPARE(r.json(), expected);

    // Delete: 204 without a body, then 404.
    r = viaPrism("DELETE", path);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    r = viaPrism("GET", path);
    QCOMPARE(r.status, 404);
    expectSchema(r, u"/customers/{account_id}/"_s, "GET");
    QCOMPARE(r.json().value(u"detail"_s).toString(), u"Not found."_s);
}

void TestBadgerHttp::locationPatch()
{
    const HttpResponse r = viaPrism("PATCH", u"/locations/55501234/"_s,
                                    form({{"address", u"1450 Example Blvd, Springfield, IL, 62702"_s},
                                          {"lat", u"39.8001"_s},
                                          {"lng", u"-89.6437"_s}}));
    QCOMPARE(r.status, 200);
    expectSchema(r, u"/locations/{location_id}/"_s, "PATCH");
    QCOMPARE(r.json(), BadgerContract::sample(u"location-update-response.json"_s).toObject());
    QCOMPARE(direct("PATCH", u"/locations/40001234/"_s, form({{"address", u"x"_s}})).status, 404);
}

void TestBadgerHttp::checkins()
{
    HttpResponse r = viaPrism("GET", u"/appointments/?customer_id=40001234"_s);
    QCOMPARE(r.status, 200);
    expectSchema(r, u"/appointments/"_s, "GET");
    QCOMPARE(jsonOf(r).toArray(), BadgerContract::sample(u"appointments-list.json"_s).toArray());

    r = viaPrism("POST", u"/appointments/"_s,
                 form({{"customer", u"40001234"_s}, {"type", u"Drop-in"_s}, {"comments", u"Left samples."_s}}));
    QCOMPARE(r.status, 201);
    expectSchema(r, u"/appointments/"_s, "POST");
    QVERIFY(BadgerContract::missingSampleKeys(BadgerContract::sample(u"appointment-create-response.json"_s), jsonOf(r))
                .isEmpty());
    QCOMPARE(jsonOf(viaPrism("GET", u"/appointments/?customer_id=40001234"_s)).toArray().size(), 3);

    // All check-ins without customer_id: only behind the switch (UNCONFIRMED).
    QCOMPARE(direct("GET", u"/appointments/"_s).status, 400);
    QVERIFY(m_fixture.server().setLimits({{u"badger"_s, QJsonObject {{u"listAllCheckins"_s, true}}}}));
    r = viaPrism("GET", u"/appointments/"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(jsonOf(r).toArray().size(), 4);
}

void TestBadgerHttp::routes()
{
    HttpResponse r = viaPrism("GET", u"/routes/"_s);
    QCOMPARE(r.status, 200);
    expectSchema(r, u"/routes/"_s, "GET");
    QCOMPARE(jsonOf(r).toArray(), BadgerContract::sample(u"routes-list.json"_s).toArray());
    r = viaPrism("GET", u"/routes/3101/"_s);
    QCOMPARE(r.status, 200);
    expectSchema(r, u"/routes/{route_id}/"_s, "GET");
    QCOMPARE(r.json(), BadgerContract::sample(u"route-detail.json"_s).toObject());
    r = direct("POST", u"/routes/"_s, form({{"name", u"x"_s}}));
    QCOMPARE(r.status, 405);
    QVERIFY(r.header("Allow").contains("GET"));
}

void TestBadgerHttp::formBodies()
{
    // Raw bytes on the wire: '+' for spaces, percent-encoded UTF-8, a bare key.
    const QByteArray body = "last_name=Caf%C3%A9+%D7%A9%D7%9C%D7%95%D7%9D+%F0%9F%8C%AE&address=1+Union+St%2C+San+"
                            "Francisco%2C+CA&account_owner=5021&email=a%2Bb%40example.com&phone_number";
    const HttpResponse r = viaPrism("POST", u"/customers/"_s, body);
    QCOMPARE(r.status, 201);
    const QJsonObject c = r.json().value(u"customer"_s).toObject();
    QCOMPARE(c.value(u"last_name"_s).toString(), u"Café שלום 🌮"_s);
    QCOMPARE(c.value(u"email"_s).toString(), u"a+b@example.com"_s);
    QCOMPARE(c.value(u"phone_number"_s).toString(), QString());

    const HttpResponse missing = viaPrism("POST", u"/customers/"_s, "last_name=Only+A+Name", kOwnerToken, false);
    QCOMPARE(missing.status, 400);
    expectSchema(missing, u"/customers/"_s, "POST");
    QVERIFY(missing.json().value(u"address"_s).isArray());
}

void TestBadgerHttp::jsonBodyRejected()
{
    const QByteArray body =
        R"({"last_name":"Json Co","address":"1 Main St","account_owner":5021,"email":"","phone_number":""})";
    HttpResponse r = direct("POST", u"/customers/"_s, body, kOwnerToken, "application/json");
    QCOMPARE(r.status, 415);
    QCOMPARE(r.json().value(u"detail"_s).toString(), u"Unsupported media type \"application/json\" in request."_s);
    QVERIFY(m_fixture.server().setLimits({{u"badger"_s, QJsonObject {{u"acceptJsonBodies"_s, true}}}}));
    r = direct("POST", u"/customers/"_s, body, kOwnerToken, "application/json");
    QCOMPARE(r.status, 201);
    QVERIFY(m_fixture.server().setLimits({{u"badger"_s, QJsonObject {{u"acceptJsonBodies"_s, false}}}}));
}

void TestBadgerHttp::trailingSlash()
{
    // Without following redirects: Django's APPEND_SLASH answer.
    QNetworkRequest request(m_fixture.badger(u"/customers?x=1"_s));
    request.setRawHeader("Authorization", "Token " + kOwnerToken.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_client.manager().get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 301);
    QCOMPARE(reply->rawHeader("Location"), "/badger/api/2/customers/?x=1"_ba);
    reply->deleteLater();

    // QNAM's default policy follows it (a second request the quota does count).
    const HttpResponse followed = direct("GET", u"/customers"_s);
    QCOMPARE(followed.status, 200);
    QCOMPARE(jsonOf(followed).toArray().size(), 2);

    QVERIFY(m_fixture.server().setLimits({{u"badger"_s, QJsonObject {{u"missingTrailingSlash"_s, u"404"_s}}}}));
    QCOMPARE(direct("GET", u"/customers"_s).status, 404);
}

void TestBadgerHttp::repeatedPostMakesDuplicate()
{
    const QByteArray body = form({{"last_name", u"Twice Inc"_s},
                                  {"address", u"1 Main St, Springfield, IL"_s},
                                  {"account_owner", u"5021"_s},
                                  {"email", u"twice@example.com"_s},
                                  {"phone_number", QString()}});
    const HttpResponse a = viaPrism("POST", u"/customers/"_s, body);
    const HttpResponse b = viaPrism("POST", u"/customers/"_s, body);
    QCOMPARE(a.status, 201);
    QCOMPARE(b.status, 201);
    QVERIFY(a.json()[u"customer"_s][u"id"_s].toInteger() != b.json()[u"customer"_s][u"id"_s].toInteger());
    int twice = 0;
    for (const QJsonValue& v : jsonOf(viaPrism("GET", u"/customers/"_s)).toArray())
        twice += v[u"last_name"_s].toString() == u"Twice Inc" ? 1 : 0;
    QCOMPARE(twice, 2);
}

void TestBadgerHttp::dailyQuotaAndMidnightReset()
{
    fb::sandbox::SandboxServer& server = m_fixture.server();
    // Put the simulated clock a minute before midnight UTC.
    const QDateTime now = server.now().toUTC();
    server.advanceClock(now.msecsTo(QDateTime(now.date(), QTime(23, 59, 0), Qt::UTC)));
    QVERIFY(server.setLimits({{u"badger"_s, QJsonObject {{u"dailyQuota"_s, 4}}}}));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(direct("GET", u"/profiles/"_s).status, 200);
    HttpResponse r = direct("GET", u"/customers/"_s, {}, kRepToken); // one quota per team
    QCOMPARE(r.status, 429);
    QVERIFY(r.json().value(u"detail"_s).toString().startsWith(u"Request was throttled."_s));
    QVERIFY(r.header("Retry-After").toInt() > 0);
    QVERIFY(r.header("Retry-After").toInt() <= 60);
    server.advanceClock(2 * 60 * 1000);
    QCOMPARE(direct("GET", u"/profiles/"_s).status, 200);
    QCOMPARE(server.limits()[u"badger"_s][u"dailyQuota"_s].toInt(), 4);
}

void TestBadgerHttp::contractChecksCatchBrokenResponses()
{
    // A seed that breaks the contract (a string in a numeric slot, an id as a string) must be caught by both checks.
    QJsonObject seed = sampleSeed();
    QJsonArray accounts = seed.value(u"accounts"_s).toArray();
    QJsonObject broken = accounts.first().toObject();
    broken.insert(u"custom_numeric"_s, u"lots"_s);
    accounts.replace(0, broken);
    seed.insert(u"accounts"_s, accounts);
    m_fixture.server().loadSeed(QJsonObject {{u"badger"_s, seed}});
    const HttpResponse r = m_client.send("GET", fb::testsupport::joinUrl(m_prism.baseUrl(), u"/customers/40001234/"_s),
                                         {}, {{"Authorization", "Token " + kOwnerToken.toUtf8()}});
    QCOMPARE(r.status, 200);
    const QJsonArray errors = PrismRunner::errors(r.violations());
    QVERIFY2(!errors.isEmpty(), "Prism did not flag custom_numeric: \"lots\"");
    QCOMPARE(errors.first()[u"location"_s][0].toString(), u"response"_s);
    const QStringList problems =
        m_contract.validate(jsonOf(r), m_contract.responseSchema(u"/customers/{account_id}/"_s, u"GET"_s, 200));
    QCOMPARE(problems, QStringList {u"$.custom_numeric should be a number"_s});
}

QTEST_GUILESS_MAIN(TestBadgerHttp)
#include "tst_badgerhttp.moc"
