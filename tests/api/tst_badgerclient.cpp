// The Badger client against the sandbox over real HTTP (SandboxServer on a free loopback port, the real RequestEngine):
// every endpoint, the create wrapper, list summaries, a PATCH that sends only the changed keys (proved in the
// sandbox's state), the capability probe with the sandbox switches both ways, the connection test with a good key, a
// wrong key, a wrong base URL and no server, bad bodies from the fault engine, and no token in any log line.

#include "api/BadgerClient.h"
#include "api/BadgerConnectionTest.h"
#include "api/RequestEngine.h"
#include "core/Redaction.h"

#include "SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fb::api;
using namespace fb::api::badger;
using Answer = BadgerCapabilities::Answer;

namespace {

constexpr auto kToken = "badger-client-test-key-0001";
constexpr auto kRepToken = "badger-client-test-key-0002";

QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log.append(message);
    }
    if (s_previous) {
        s_previous(type, context, message);
    }
}

QJsonValue sample(const char* name)
{
    QFile f(QDir(QStringLiteral(FIELDBRIDGE_CONTRACTS_DIR)).filePath(u"badger/samples/"_s + QString::fromLatin1(name)));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing sample %s", name);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// The contract's samples as the sandbox's state: the owner (5021, a manager) and a rep (5034) of team 7788.
QJsonObject seed()
{
    QJsonObject profile = sample("profile.json").toObject();
    QJsonObject acme = sample("customer-detail.json").toObject();
    acme.insert(u"account_owner"_s, 5021);
    QJsonObject cedar = acme;
    cedar.insert(u"id"_s, 40004567);
    cedar.insert(u"last_name"_s, u"Cedar Point Pharmacy"_s);
    cedar.insert(u"full_name"_s, u"Cedar Point Pharmacy"_s);
    cedar.insert(u"email"_s, u"rx@cedar.example"_s);
    QJsonObject loc = cedar.value(u"locations"_s).toArray().first().toObject();
    loc.insert(u"id"_s, 55504567);
    cedar.insert(u"locations"_s, QJsonArray {loc});
    auto user = [](int id, const QString& username, const QString& first, bool manager, const QJsonValue& managerId) {
        return QJsonObject {{u"id"_s, id},
                            {u"username"_s, username},
                            {u"password"_s, QString(u"pw-"_s + username)},
                            {u"first_name"_s, first},
                            {u"last_name"_s, u"Sample"_s},
                            {u"email"_s, QString(username + u"@example.com"_s)},
                            {u"is_manager"_s, manager},
                            {u"manager"_s, managerId},
                            {u"status"_s, u"active"_s}};
    };
    QJsonObject disabled = user(5050, u"dgone"_s, u"Dana"_s, false, 5021);
    disabled.insert(u"status"_s, u"disabled"_s);
    QJsonObject route = sample("route-detail.json").toObject();
    QJsonObject route2 = route;
    route2.insert(u"id"_s, 3102);
    route2.insert(u"name"_s, u"Tuesday North Loop"_s);
    route2.insert(u"route_date"_s, u"2025-04-15"_s);
    return QJsonObject {
        {u"badger"_s,
         QJsonObject {
             {u"apiKeys"_s,
              QJsonArray {QJsonObject {{u"key"_s, QString::fromLatin1(kToken)}, {u"user_id"_s, 5021}},
                          QJsonObject {{u"key"_s, QString::fromLatin1(kRepToken)}, {u"user_id"_s, 5034}}}},
             {u"users"_s,
              QJsonArray {user(5021, u"avery"_s, u"Avery"_s, true, QJsonValue::Null),
                          user(5034, u"jrivera"_s, u"Jordan"_s, false, 5021), disabled}},
             {u"profile"_s, profile},
             {u"accounts"_s, QJsonArray {acme, cedar}},
             {u"checkins"_s, sample("appointments-list.json").toArray()},
             {u"routes"_s, QJsonArray {route, route2}},
         }}};
}

QJsonObject accountInState(const QJsonObject& state, qint64 id)
{
    const QJsonArray accounts = state.value(u"badger"_s).toObject().value(u"accounts"_s).toArray();
    for (const QJsonValue& a : accounts) {
        if (a.toObject().value(u"id"_s).toInteger() == id) {
            return a.toObject();
        }
    }
    return {};
}

} // namespace

class TestBadgerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void login();
    void profileAndUserSearch();
    void accountsListIsSummaries();
    void accountDetail();
    void createUsesTheWrapperAndRequiredKeys();
    void patchSendsOnlyChangedKeys();
    void emptyPatchSendsNothing();
    void deleteAccount();
    void locationPatch();
    void checkInsPerAccountAndCreate();
    void routes();
    void batchedDetails();
    void asyncForms();
    void probeWithSwitchesOff();
    void probeWithSwitchesOn();
    void capabilitiesJsonRoundTrip();
    void connectionTestGoodKey();
    void connectionTestWrongKey();
    void connectionTestWrongBaseUrl();
    void connectionTestNoServer();
    void malformedBodyFromTheWire();
    void createWithLostAnswerIsNotRepeated();
    void htmlErrorPageFromTheWire();
    void wrongTypesFromTheWire();
    void tokenNeverLogged();

private:
    void configure(const QUrl& baseUrl, const QString& token);
    void setOptions(const QJsonObject& options);

    std::unique_ptr<fb::sandbox::SandboxServer> m_server;
    std::unique_ptr<RequestEngine> m_engine;
    std::unique_ptr<BadgerClient> m_client;
};

void TestBadgerClient::initTestCase()
{
    s_previous = qInstallMessageHandler(capture);
    m_server = std::make_unique<fb::sandbox::SandboxServer>();
    QString error;
    QVERIFY2(m_server->start(0, &error), qPrintable(error));
}

void TestBadgerClient::cleanupTestCase()
{
    m_client.reset();
    m_engine.reset();
    m_server.reset();
}

void TestBadgerClient::configure(const QUrl& baseUrl, const QString& token)
{
    m_client.reset();
    m_engine = std::make_unique<RequestEngine>();
    ServiceConfig cfg;
    cfg.baseUrl = baseUrl;
    cfg.credential = token;
    cfg.accountKey = u"team-7788"_s;
    cfg.connectTimeoutMs = 5'000;
    cfg.transferTimeoutMs = 5'000;
    m_engine->setServiceConfig(Service::Badger, cfg);
    RetryPolicy retry;
    retry.maxAttempts = 2;
    retry.baseDelayMs = 10;
    retry.maxDelayMs = 50;
    m_engine->setRetryPolicy(retry);
    m_client = std::make_unique<BadgerClient>(*m_engine);
}

void TestBadgerClient::init()
{
    m_server->reset();
    m_server->loadSeed(seed());
    configure(m_server->badgerBaseUrl(), QString::fromLatin1(kToken));
}

void TestBadgerClient::setOptions(const QJsonObject& options)
{
    QString error;
    QVERIFY2(m_server->setLimits(QJsonObject {{u"badger"_s, options}}, &error), qPrintable(error));
}

void TestBadgerClient::login()
{
    configure(m_server->badgerBaseUrl(), QString()); // logging in needs no key
    LoginResult r = m_client->loginAndWait(u"avery"_s, u"pw-avery"_s);
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    QCOMPARE(r.status, LoginStatus::Successful);
    QCOMPARE(r.userId, 5021);
    QVERIFY(!r.token.isEmpty());

    r = m_client->loginAndWait(u"avery"_s, u"wrong password"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.api.status, 200); // failures come as HTTP 200
    QCOMPARE(r.status, LoginStatus::AccountDoesNotExist);
    QCOMPARE(toString(r.api.error), toString(ErrorClass::Auth));
    QVERIFY(r.token.isEmpty());

    r = m_client->loginAndWait(u"dgone"_s, u"pw-dgone"_s);
    QCOMPARE(r.status, LoginStatus::AccountDisabled);
    QVERIFY(r.api.message.contains(u"disabled"_s));

    r = m_client->loginAndWait(QString(), QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.status, LoginStatus::MissingKey);
}

void TestBadgerClient::profileAndUserSearch()
{
    const auto p = m_client->profileAndWait();
    QVERIFY2(p.ok(), qPrintable(p.api.message));
    QCOMPARE(p->id, 5021);
    QCOMPARE(p->company->name, u"Northwind Demo Co"_s);
    QCOMPARE(p->datafields.size(), 5);
    QCOMPARE(p->datafields[2].accountKey(), u"custom_text2"_s);

    auto users = m_client->searchUsersAndWait(u"jrivera@example.com"_s);
    QVERIFY2(users.ok(), qPrintable(users.api.message));
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->at(0).id, 5034);
    users = m_client->searchUsersAndWait(u"nobody@example.com"_s);
    QVERIFY2(users.ok(), qPrintable(users.api.message)); // 404 in the one-object form = nobody
    QVERIFY(users->isEmpty());

    setOptions({{u"searchUsersReturnsList"_s, true}});
    users = m_client->searchUsersAndWait(u"5034"_s);
    QVERIFY(users.ok());
    QCOMPARE(users->size(), 1);
    QCOMPARE(users->at(0).username, u"jrivera"_s);
    users = m_client->searchUsersAndWait(u"nobody@example.com"_s);
    QVERIFY(users.ok());
    QVERIFY(users->isEmpty());
}

void TestBadgerClient::accountsListIsSummaries()
{
    const auto list = m_client->listAccountsAndWait();
    QVERIFY2(list.ok(), qPrintable(list.api.message));
    QCOMPARE(list->size(), 2);
    for (const AccountSummary& s : *list) {
        QVERIFY2(s.extra.isEmpty(), "the list carries id, first_name and last_name only");
        QVERIFY(s.id > 0);
        QVERIFY(!s.lastName.isEmpty());
    }
}

void TestBadgerClient::accountDetail()
{
    const auto a = m_client->getAccountAndWait(40001234);
    QVERIFY2(a.ok(), qPrintable(a.api.message));
    QCOMPARE(a->lastName, u"Acme Dental Supply"_s);
    QCOMPARE(a->customFields.value(u"custom_text"_s).toString(), u"Active"_s);
    QCOMPARE(a->locations.size(), 1);

    const auto missing = m_client->getAccountAndWait(999);
    QVERIFY(!missing.ok());
    QCOMPARE(toString(missing.api.error), toString(ErrorClass::NotFound));
    QCOMPARE(missing.api.status, 404);
}

void TestBadgerClient::createUsesTheWrapperAndRequiredKeys()
{
    AccountInput in;
    in.lastName = u"Blue Harbor Veterinary"_s;
    in.address = u"77 Sample Street, Peoria, IL 61602"_s;
    in.accountOwner = 5021;
    in.phoneNumber = u"555-010-7788"_s;
    in.customFields.insert(u"custom_text"_s, u"Prospect"_s);
    in.customFields.insert(u"custom_numeric"_s, u"1250.5"_s);
    const auto created = m_client->createAccountAndWait(in);
    QVERIFY2(created.ok(), qPrintable(created.api.message));
    QCOMPARE(created.api.status, 201);
    QVERIFY(created->wrapped);
    QVERIFY(created->profile);
    QCOMPARE(created->profile->id, 5021);
    QVERIFY(created->location);
    const qint64 id = created->account.id;
    QVERIFY(id > 0);
    QCOMPARE(created->account.customFields.value(u"custom_text"_s).toString(), u"Prospect"_s);
    QCOMPARE(created->account.customFields.value(u"custom_numeric"_s).toDouble(), 1250.5);

    const QJsonObject stored = accountInState(m_server->state(), id);
    QCOMPARE(stored.value(u"last_name"_s).toString(), in.lastName);
    QCOMPARE(stored.value(u"phone_number"_s).toString(), in.phoneNumber);
    QCOMPARE(stored.value(u"email"_s).toString(), QString()); // sent as an empty key, as the doc requires
    QCOMPARE(stored.value(u"account_owner"_s).toInteger(), 5021);
    // One POST, one record: the create was sent once.
    QCOMPARE(m_server->attempts("POST", "/badger/api/2/customers/"), 1);
    QCOMPARE(m_client->listAccountsAndWait()->size(), 3);

    // A create without the required address is refused with the server's field message.
    AccountInput bad;
    bad.lastName = u"No Address"_s;
    bad.accountOwner = 5021;
    const auto refused = m_client->createAccountAndWait(bad);
    QVERIFY(!refused.ok());
    QCOMPARE(toString(refused.api.error), toString(ErrorClass::Validation));
    QVERIFY2(refused.api.message.contains(u"address"_s), qPrintable(refused.api.message));
}

void TestBadgerClient::patchSendsOnlyChangedKeys()
{
    const auto before = m_client->getAccountAndWait(40001234);
    QVERIFY(before.ok());
    // Someone else changes the email and notes in Badger after we read the account ...
    QJsonObject state = m_server->state();
    QJsonObject badger = state.value(u"badger"_s).toObject();
    QJsonArray accounts = badger.value(u"accounts"_s).toArray();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        QJsonObject a = accounts.at(i).toObject();
        if (a.value(u"id"_s).toInteger() == 40001234) {
            a.insert(u"email"_s, u"changed-elsewhere@acme.example"_s);
            a.insert(u"notes"_s, u"edited in the Badger app"_s);
            accounts.replace(i, a);
        }
    }
    badger.insert(u"accounts"_s, accounts);
    m_server->loadSeed(QJsonObject {{u"badger"_s, badger}});

    // ... and we change one custom field: only that key may travel, so their edits survive.
    AccountPatch patch;
    patch.customFields.insert(u"custom_text2"_s, u"Send quote"_s);
    const auto updated = m_client->updateAccountAndWait(40001234, patch);
    QVERIFY2(updated.ok(), qPrintable(updated.api.message));
    QCOMPARE(updated->customFields.value(u"custom_text2"_s).toString(), u"Send quote"_s);
    QCOMPARE(updated->email, u"changed-elsewhere@acme.example"_s); // the full account comes back

    const QJsonObject stored = accountInState(m_server->state(), 40001234);
    QCOMPARE(stored.value(u"custom_text2"_s).toString(), u"Send quote"_s);
    QCOMPARE(stored.value(u"email"_s).toString(), u"changed-elsewhere@acme.example"_s);
    QCOMPARE(stored.value(u"notes"_s).toString(), u"edited in the Badger app"_s);
    QCOMPARE(stored.value(u"custom_text"_s).toString(), before->customFields.value(u"custom_text"_s).toString());
    QCOMPARE(stored.value(u"last_name"_s).toString(), before->lastName);

    // Clearing a field is a change too: the key is sent with an empty value.
    AccountPatch clear;
    clear.customFields.insert(u"custom_text3"_s, QString());
    QVERIFY(m_client->updateAccountAndWait(40001234, clear).ok());
    const QJsonValue cleared = accountInState(m_server->state(), 40001234).value(u"custom_text3"_s);
    QVERIFY2(cleared.isNull() || cleared.toString().isEmpty(), "custom_text3 cleared");
}

void TestBadgerClient::emptyPatchSendsNothing()
{
    m_server->clearStats();
    const auto r = m_client->updateAccountAndWait(40001234, AccountPatch {});
    QVERIFY(!r.ok());
    QCOMPARE(toString(r.api.error), toString(ErrorClass::Validation));
    QCOMPARE(m_server->attempts("PATCH", "/badger/api/2/customers/40001234/"), 0);
}

void TestBadgerClient::deleteAccount()
{
    const auto r = m_client->deleteAccountAndWait(40004567);
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    QCOMPARE(r.api.status, 204);
    QVERIFY(accountInState(m_server->state(), 40004567).isEmpty());
    const auto again = m_client->deleteAccountAndWait(40004567);
    QVERIFY(!again.ok());
    QCOMPARE(toString(again.api.error), toString(ErrorClass::NotFound));
}

void TestBadgerClient::locationPatch()
{
    const auto r =
        m_client->updateLocationAndWait(55501234, {u"1450 Example Blvd, Springfield, IL 62702"_s, 39.8001, -89.6437});
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    QCOMPARE(r->id, 55501234);
    QCOMPARE(r->lat.value_or(0), 39.8001);
    QCOMPARE(r->lng.value_or(0), -89.6437);
    const auto a = m_client->getAccountAndWait(40001234);
    QCOMPARE(a->locations.at(0).lat.value_or(0), 39.8001);
    QVERIFY(!m_client->updateLocationAndWait(777, {u"x"_s, {}, {}}).ok());
}

void TestBadgerClient::checkInsPerAccountAndCreate()
{
    auto list = m_client->listCheckInsAndWait(40001234);
    QVERIFY2(list.ok(), qPrintable(list.api.message));
    QCOMPARE(list->size(), 2);
    const auto created =
        m_client->createCheckInAndWait({40001234, u"Drop-in"_s, u"Left samples at front desk."_s, QJsonObject {}});
    QVERIFY2(created.ok(), qPrintable(created.api.message));
    QCOMPARE(created.api.status, 201);
    QCOMPARE(created->customer, 40001234);
    QCOMPARE(created->comments, u"Left samples at front desk."_s);
    QVERIFY(created->logDatetime.isValid());
    list = m_client->listCheckInsAndWait(40001234);
    QCOMPARE(list->size(), 3);
    QCOMPARE(m_server->attempts("POST", "/badger/api/2/appointments/"), 1);
}

void TestBadgerClient::routes()
{
    const auto list = m_client->listRoutesAndWait();
    QVERIFY2(list.ok(), qPrintable(list.api.message));
    QCOMPARE(list->size(), 2);
    const auto r = m_client->getRouteAndWait(3101);
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    QCOMPARE(r->waypoints.size(), 2);
    QCOMPARE(r->routeDate, QDate(2025, 4, 14));
    QCOMPARE(toString(m_client->getRouteAndWait(1).api.error), toString(ErrorClass::NotFound));
}

void TestBadgerClient::batchedDetails()
{
    const auto details = m_client->getAccountsAndWait({40001234, 40004567, 5});
    QCOMPARE(details.size(), 3);
    QVERIFY(details[0].ok());
    QCOMPARE(details[0]->id, 40001234);
    QCOMPARE(details[1]->id, 40004567);
    QCOMPARE(toString(details[2].api.error), toString(ErrorClass::NotFound));
    const auto checkIns = m_client->listCheckInsAndWait(QList<qint64> {40001234, 40004567});
    QCOMPARE(checkIns.size(), 2);
    QCOMPARE(checkIns[0]->size(), 2);
    QCOMPARE(checkIns[1]->size(), 0);
}

void TestBadgerClient::asyncForms()
{
    int calls = 0;
    Result<Profile> profile;
    m_client->profile([&](const Result<Profile>& r) {
        ++calls;
        profile = r;
    });
    QCOMPARE(calls, 0);
    QTRY_COMPARE(calls, 1);
    QVERIFY(profile.ok());

    // Without a positive probe, listing all check-ins is refused without a request.
    m_server->clearStats();
    Result<QList<CheckIn>> all;
    m_client->listAllCheckIns([&](const Result<QList<CheckIn>>& r) {
        ++calls;
        all = r;
    });
    QTRY_COMPARE(calls, 2);
    QVERIFY(!all.ok());
    QVERIFY(all.api.message.contains(u"per account"_s));
    QCOMPARE(m_server->attempts("GET", "/badger/api/2/appointments/"), 0);
}

void TestBadgerClient::probeWithSwitchesOff()
{
    setOptions({{u"listAllCheckins"_s, false},
                {u"accountTimestamps"_s, false},
                {u"accountOwnerInResponses"_s, false},
                {u"searchUsersReturnsList"_s, false}});
    const BadgerCapabilities caps = m_client->probeAndWait();
    QCOMPARE(caps.listAllCheckIns, Answer::No);
    QCOMPARE(caps.accountTimestamps, Answer::No);
    QVERIFY(caps.timestampFields.isEmpty());
    QCOMPARE(caps.accountOwnerInResponses, Answer::No);
    QCOMPARE(caps.userSearchShape, BadgerCapabilities::UserSearchShape::Object);
    QVERIFY2(caps.notes.isEmpty(), qPrintable(caps.notes.join(u"; "_s)));
    QCOMPARE(caps.requestsUsed, 5);
    QVERIFY(caps.probedAt.isValid());
    QCOMPARE(m_client->capabilities(), caps);
    QVERIFY(!m_client->canListAllCheckIns());
    QVERIFY(!m_client->listAllCheckInsAndWait().ok());
}

void TestBadgerClient::probeWithSwitchesOn()
{
    setOptions({{u"listAllCheckins"_s, true},
                {u"accountTimestamps"_s, true},
                {u"accountOwnerInResponses"_s, true},
                {u"searchUsersReturnsList"_s, true}});
    const BadgerCapabilities caps = m_client->probeAndWait();
    QCOMPARE(caps.listAllCheckIns, Answer::Yes);
    QCOMPARE(caps.accountTimestamps, Answer::Yes);
    QVERIFY(caps.timestampFields.contains(u"updated_at"_s));
    QVERIFY(caps.timestampFields.contains(u"last_modified_date"_s));
    QCOMPARE(caps.accountOwnerInResponses, Answer::Yes);
    QCOMPARE(caps.userSearchShape, BadgerCapabilities::UserSearchShape::List);
    QVERIFY(m_client->canListAllCheckIns());

    // Now the client uses it: one request for every check-in of the user's accounts.
    m_server->clearStats();
    const auto all = m_client->listAllCheckInsAndWait();
    QVERIFY2(all.ok(), qPrintable(all.api.message));
    QCOMPARE(all->size(), 2);
    QCOMPARE(m_server->attempts("GET", "/badger/api/2/appointments/"), 1);
    const auto a = m_client->getAccountAndWait(40001234);
    QVERIFY(a->changedAt().isValid());
    QCOMPARE(a->accountOwner.value_or(0), 5021);
}

void TestBadgerClient::capabilitiesJsonRoundTrip()
{
    BadgerCapabilities c;
    c.listAllCheckIns = Answer::Yes;
    c.accountTimestamps = Answer::No;
    c.userSearchShape = BadgerCapabilities::UserSearchShape::List;
    c.timestampFields = {u"updated_at"_s};
    c.notes = {u"n"_s};
    c.requestsUsed = 5;
    c.probedAt = QDateTime(QDate(2026, 12, 4), QTime(20, 0, 0, 123), QTimeZone::utc());
    const QJsonObject json = c.toJson();
    QCOMPARE(json.value(u"listAllCheckIns"_s).toString(), u"yes"_s);
    QCOMPARE(json.value(u"userSearchShape"_s).toString(), u"list"_s);
    QCOMPARE(BadgerCapabilities::fromJson(json), c);
    QCOMPARE(BadgerCapabilities::fromJson({}), BadgerCapabilities {});
}

void TestBadgerClient::connectionTestGoodKey()
{
    BadgerConnectionTest test(*m_client);
    QSignalSpy spy(&test, &BadgerConnectionTest::finished);
    test.start();
    QVERIFY(spy.wait(10'000));
    const BadgerConnectionReport r = test.report();
    QVERIFY2(r.ok, qPrintable(r.problems.join(u" | "_s)));
    QCOMPARE(r.userId, 5021);
    QCOMPARE(r.name, u"Avery Sample"_s);
    QCOMPARE(r.email, u"avery@example.com"_s); // the sandbox overlays the user record on the profile
    QCOMPARE(r.company, u"Northwind Demo Co"_s);
    QVERIFY(r.canReadProfile);
    QVERIFY(r.canReadAccounts);
    QCOMPARE(r.accountCount, 2);
    QVERIFY(r.canEditAccounts);
    QVERIFY(r.canDeleteCheckIns);
    QCOMPARE(r.dailyQuota, 25'000);
    QVERIFY2(r.usedToday >= 2, "the two requests of the test were counted locally");
    QCOMPARE(r.remainingToday, r.dailyQuota - r.usedToday);
    QVERIFY(r.limitsNote.contains(QLocale().toString(qint64(25000))));
    QVERIFY(r.summary.contains(u"Avery Sample"_s));
    QCOMPARE(r.toJson().value(u"accountCount"_s).toInt(), 2);
}

void TestBadgerClient::connectionTestWrongKey()
{
    configure(m_server->badgerBaseUrl(), u"not-a-valid-key-000000"_s);
    BadgerConnectionTest test(*m_client);
    const BadgerConnectionReport r = test.runAndWait();
    QVERIFY(!r.ok);
    QCOMPARE(toString(r.error), toString(ErrorClass::Auth));
    QVERIFY(!r.canReadProfile);
    QVERIFY(!r.problems.isEmpty());
    QVERIFY2(r.problems.first().startsWith(u"Badger rejected the API key"_s), qPrintable(r.problems.first()));
    QVERIFY(!r.problems.first().contains(u"not-a-valid-key-000000"_s));
    QCOMPARE(m_server->attempts("GET", "/badger/api/2/customers/"), 0); // stops after the failed profile
}

void TestBadgerClient::connectionTestWrongBaseUrl()
{
    QUrl wrong = m_server->badgerBaseUrl();
    wrong.setPath(u"/badger/api/3"_s);
    configure(wrong, QString::fromLatin1(kToken));
    const BadgerConnectionReport r = BadgerConnectionTest(*m_client).runAndWait();
    QVERIFY(!r.ok);
    QVERIFY(!r.problems.isEmpty());
    QVERIFY2(r.problems.first().contains(u"base URL"_s), qPrintable(r.problems.first()));
}

void TestBadgerClient::connectionTestNoServer()
{
    // A port nothing listens on: take a free one and close it again.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    configure(QUrl(u"http://127.0.0.1:"_s + QString::number(port) + u"/badger/api/2"_s), QString::fromLatin1(kToken));
    const BadgerConnectionReport r = BadgerConnectionTest(*m_client).runAndWait();
    QVERIFY(!r.ok);
    QCOMPARE(toString(r.error), toString(ErrorClass::Network));
    QVERIFY2(r.problems.first().contains(u"could not reach Badger at http://127.0.0.1:"_s),
             qPrintable(r.problems.first()));
}

void TestBadgerClient::malformedBodyFromTheWire()
{
    QString error;
    QVERIFY2(
        m_server->setFaults(QJsonObject {{u"badger"_s,
                                          QJsonObject {{u"failNext"_s,
                                                        QJsonArray {QJsonObject {{u"fault"_s, u"malformed"_s},
                                                                                 {u"count"_s, 1},
                                                                                 {u"path"_s, u"/customers/*"_s}}}}}}},
                            &error),
        qPrintable(error));
    const auto r = m_client->getAccountAndWait(40001234);
    QVERIFY(!r.ok());
    QCOMPARE(toString(r.api.error), toString(ErrorClass::Malformed));
    QVERIFY(!r.api.message.isEmpty());
    QVERIFY(m_client->getAccountAndWait(40001234).ok()); // the next answer is fine again
}

void TestBadgerClient::createWithLostAnswerIsNotRepeated()
{
    // The sandbox creates the account, then drops the connection before answering: the outcome is unknown.
    QString error;
    QVERIFY2(m_server->setFaults(QJsonObject {{u"badger"_s,
                                               QJsonObject {{u"failNext"_s,
                                                             QJsonArray {QJsonObject {{u"fault"_s, u"drop"_s},
                                                                                      {u"count"_s, 1},
                                                                                      {u"method"_s, u"POST"_s},
                                                                                      {u"path"_s, u"/customers/"_s},
                                                                                      {u"process"_s, true}}}}}}},
                                 &error),
             qPrintable(error));
    AccountInput in;
    in.lastName = u"Lost Answer Ltd"_s;
    in.address = u"1 Main St, Springfield, IL"_s;
    in.accountOwner = 5021;
    const auto r = m_client->createAccountAndWait(in);
    QVERIFY(!r.ok());
    QCOMPARE(toString(r.api.error), toString(ErrorClass::OutcomeUnknown));
    QVERIFY2(r.api.message.contains(u"may or may not"_s), qPrintable(r.api.message));
    // Exactly one account was made and the POST reached the server once: no retry turned into a duplicate.
    QCOMPARE(m_server->attempts("POST", "/badger/api/2/customers/"), 1);
    int matching = 0;
    const QJsonArray accounts = m_server->state().value(u"badger"_s).toObject().value(u"accounts"_s).toArray();
    for (const QJsonValue& a : accounts) {
        matching += a.toObject().value(u"last_name"_s).toString() == in.lastName ? 1 : 0;
    }
    QCOMPARE(matching, 1);
}

void TestBadgerClient::htmlErrorPageFromTheWire()
{
    // Django's HTML 404 for a path without its trailing slash (APPEND_SLASH off), straight through the engine.
    setOptions({{u"missingTrailingSlash"_s, u"404"_s}});
    ApiRequest req = request::listAccounts();
    req.path = u"/customers"_s;
    const ApiResult raw = m_engine->sendAndWait(req);
    QCOMPARE(raw.status, 404);
    QVERIFY2(raw.body.contains("<"), "the sandbox sends an HTML page here");
    const auto r = parseAccountList(raw);
    QVERIFY(!r.ok());
    QCOMPARE(toString(r.api.error), toString(ErrorClass::NotFound));
    QVERIFY2(r.api.message.contains(u"web page"_s) && r.api.message.contains(u"base URL"_s), qPrintable(r.api.message));
}

void TestBadgerClient::wrongTypesFromTheWire()
{
    // A server that sends a word where a number belongs, or drops a required field: typed errors, no crash.
    QJsonObject s = seed();
    QJsonObject badger = s.value(u"badger"_s).toObject();
    QJsonArray accounts = badger.value(u"accounts"_s).toArray();
    QJsonObject odd = accounts.at(0).toObject();
    odd.insert(u"custom_numeric2"_s, u"about twelve"_s);
    accounts.replace(0, odd);
    QJsonObject routeless = badger.value(u"routes"_s).toArray().at(0).toObject();
    routeless.insert(u"waypoints"_s, u"none"_s);
    badger.insert(u"accounts"_s, accounts);
    badger.insert(u"routes"_s, QJsonArray {routeless});
    m_server->loadSeed(QJsonObject {{u"badger"_s, badger}});

    const auto a = m_client->getAccountAndWait(odd.value(u"id"_s).toInteger());
    QVERIFY(!a.ok());
    QCOMPARE(toString(a.api.error), toString(ErrorClass::Malformed));
    QVERIFY2(a.api.message.contains(u"custom_numeric2"_s), qPrintable(a.api.message));
    const auto r = m_client->getRouteAndWait(routeless.value(u"id"_s).toInteger());
    QVERIFY(!r.ok());
    QCOMPARE(toString(r.api.error), toString(ErrorClass::Malformed));
    QVERIFY2(r.api.message.contains(u"waypoints"_s), qPrintable(r.api.message));
}

void TestBadgerClient::tokenNeverLogged()
{
    QMutexLocker lock(&s_logMutex);
    for (const QString& line : std::as_const(s_log)) {
        QVERIFY2(!line.contains(QString::fromLatin1(kToken)), qPrintable(fb::redact::text(line)));
        QVERIFY2(!line.contains(u"pw-avery"_s), "a password in a log line");
    }
}

QTEST_GUILESS_MAIN(TestBadgerClient)
#include "tst_badgerclient.moc"
