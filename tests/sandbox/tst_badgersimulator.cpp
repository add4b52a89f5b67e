// BadgerSimulator through handle(): every endpoint of the Badger v2 contract, its switches, quota and seed round trip.
// Every JSON response is validated against badger-api.json and compared with the key set of the real samples.

#include "badger/BadgerSimulator.h"
#include "tst_badger_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using fb::sandbox::BadgerSimulator;
using fb::sandbox::SimClock;
using fb::sandbox::SimReply;
using fb::sandbox::SimRequest;
using fb::sandbox::testing::BadgerContract;
using namespace fb::sandbox::testing;

namespace {

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

} // namespace

class TestBadgerSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void login_data();
    void login();
    void loginIssuesWorkingToken();
    void tokenAuth_data();
    void tokenAuth();
    void profile();
    void searchUsers_data();
    void searchUsers();
    void searchUsersAsList();
    void queryPlusIsSpace();
    void listAccountsSummariesOnly();
    void listAccountsForManagedUser();
    void getAccount();
    void getAccountNotVisible();
    void createAccountWrapper();
    void createAccountFormDecoding();
    void createAccountValidation_data();
    void createAccountValidation();
    void createAccountOwnerOptionalSwitch();
    void createAccountWithLatLng();
    void geocodingIsDeterministic();
    void repeatedPostMakesDuplicate();
    void patchAccountPartial();
    void patchAccountValidation();
    void patchAccountOwner();
    void deleteAccount();
    void patchLocation();
    void listCheckins();
    void listAllCheckinsSwitch();
    void createCheckin();
    void createCheckinValidation();
    void routes();
    void trailingSlash();
    void unknownPathsAndMethods();
    void jsonBodies();
    void dailyQuota();
    void accountTimestampsSwitch();
    void optionsValidation();
    void datafieldMapping_data();
    void datafieldMapping();
    void seedRoundTrip();

private:
    SimReply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const QString& token = kOwnerToken,
                  const QByteArray& contentType = "application/x-www-form-urlencoded");
    QJsonValue json(const SimReply& reply);
    void expectContract(const SimReply& reply, const QString& pathTemplate, const QByteArray& method);

    SimClock m_clock;
    std::unique_ptr<BadgerSimulator> m_sim;
    BadgerContract m_contract;
};

void TestBadgerSimulator::init()
{
    QVERIFY(m_contract.isLoaded());
    m_clock.reset();
    m_sim = std::make_unique<BadgerSimulator>(m_clock);
    m_sim->loadSeed(sampleSeed());
}

void TestBadgerSimulator::cleanup()
{
    m_sim.reset();
}

SimReply TestBadgerSimulator::call(const QByteArray& method, const QString& path, const QByteArray& body,
                                   const QString& token, const QByteArray& contentType)
{
    SimRequest r;
    r.method = method;
    const qsizetype q = path.indexOf(u'?');
    r.path = q < 0 ? path : path.left(q);
    if (q >= 0)
        r.query = QUrlQuery(path.mid(q + 1));
    if (!token.isNull())
        r.headers.insert("authorization", "Token " + token.toUtf8());
    if (!body.isEmpty())
        r.headers.insert("content-type", contentType);
    r.body = body;
    return m_sim->handle(r);
}

QJsonValue TestBadgerSimulator::json(const SimReply& reply)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue::Undefined;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// Every reply the contract describes must match its schema, with no keys the contract does not know.
void TestBadgerSimulator::expectContract(const SimReply& reply, const QString& pathTemplate, const QByteArray& method)
{
    QVERIFY2(m_contract.hasResponse(pathTemplate, QString::fromLatin1(method), reply.status),
             qPrintable(u"status %1 not in the contract for %2 %3"_s.arg(reply.status)
                            .arg(QString::fromLatin1(method), pathTemplate)));
    const QJsonObject schema = m_contract.responseSchema(pathTemplate, QString::fromLatin1(method), reply.status);
    if (schema.isEmpty()) {
        QVERIFY(reply.body.isEmpty());
        return;
    }
    const QJsonValue body = json(reply);
    QVERIFY2(!body.isUndefined(), reply.body.constData());
    // The contract's Error schema names only "detail" but its description allows DRF's per-field lists on 400.
    const QStringList problems = m_contract.validate(body, schema, reply.status != 400);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestBadgerSimulator::login_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("status");
    QTest::newRow("success") << "POST"_ba << form({{"username", u"jrivera"_s}, {"password", u"pw-jrivera"_s}})
                             << u"login_successful"_s;
    QTest::newRow("email as username") << "POST"_ba
                                       << form({{"username", u"JRivera@Example.com"_s}, {"password", u"pw-jrivera"_s}})
                                       << u"login_successful"_s;
    QTest::newRow("bad password") << "POST"_ba << form({{"username", u"jrivera"_s}, {"password", u"nope"_s}})
                                  << u"error_account_does_not_exist"_s;
    QTest::newRow("unknown user") << "POST"_ba << form({{"username", u"ghost"_s}, {"password", u"pw"_s}})
                                  << u"error_account_does_not_exist"_s;
    QTest::newRow("missing password") << "POST"_ba << form({{"username", u"jrivera"_s}}) << u"error_missing_key"_s;
    QTest::newRow("empty body") << "POST"_ba << QByteArray() << u"error_missing_key"_s;
    QTest::newRow("disabled") << "POST"_ba << form({{"username", u"dgone"_s}, {"password", u"pw-dgone"_s}})
                              << u"error_account_disabled"_s;
    QTest::newRow("trial expired") << "POST"_ba << form({{"username", u"ttrial"_s}, {"password", u"pw-ttrial"_s}})
                                   << u"error_trial_expired"_s;
    QTest::newRow("delinquent") << "POST"_ba << form({{"username", u"ddebt"_s}, {"password", u"pw-ddebt"_s}})
                                << u"error_account_delinquent"_s;
    QTest::newRow("GET") << "GET"_ba << QByteArray() << u"error_non_post_request"_s;
}

void TestBadgerSimulator::login()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QString, status);
    const SimReply reply = call(method, u"/login/"_s, body, QString());
    QCOMPARE(reply.status, 200); // failures are HTTP 200 too
    const QJsonObject o = json(reply).toObject();
    QCOMPARE(o.value(u"status"_s).toString(), status);
    const bool success = status == u"login_successful";
    QCOMPARE(o.contains(u"token"_s), success);
    QCOMPARE(o.contains(u"user_id"_s), success);
    if (success) {
        QCOMPARE(o.value(u"user_id"_s).toInteger(), 5034);
        QCOMPARE(o.value(u"token"_s).toString(), kRepToken);
    } else {
        QCOMPARE(o.keys(), QStringList {u"status"_s}); // as samples/login-error.json
    }
    expectContract(reply, u"/login/"_s, "POST");
}

void TestBadgerSimulator::loginIssuesWorkingToken()
{
    // A user without an API key gets a new one, stable across calls, that authenticates.
    QJsonObject seed = sampleSeed();
    QJsonArray keys = seed.value(u"apiKeys"_s).toArray();
    keys.removeAt(2);
    seed.insert(u"apiKeys"_s, keys);
    m_sim->loadSeed(seed);
    const QByteArray body = form({{"username", u"cother"_s}, {"password", u"pw-cother"_s}});
    const QJsonObject first = json(call("POST", u"/login/"_s, body, QString())).toObject();
    const QString token = first.value(u"token"_s).toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(token != kOutsiderToken);
    QCOMPARE(json(call("POST", u"/login/"_s, body, QString()))[u"token"_s].toString(), token);
    const SimReply profile = call("GET", u"/profiles/"_s, {}, token);
    QCOMPARE(profile.status, 200);
    QCOMPARE(json(profile)[u"id"_s].toInteger(), 5040);
    QVERIFY(QJsonDocument(m_sim->dump()).toJson().contains(token.toUtf8()));
}

void TestBadgerSimulator::tokenAuth_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no header") << QByteArray() << 401 << u"Authentication credentials were not provided."_s;
    QTest::newRow("bearer scheme") << QByteArray("Bearer " + kOwnerToken.toUtf8()) << 401
                                   << u"Authentication credentials were not provided."_s;
    QTest::newRow("scheme only") << "Token"_ba << 401 << u"Invalid token header. No credentials provided."_s;
    QTest::newRow("spaces") << "Token a b"_ba << 401
                            << u"Invalid token header. Token string should not contain spaces."_s;
    QTest::newRow("unknown key") << "Token nope"_ba << 401 << u"Invalid token."_s;
    QTest::newRow("disabled user") << QByteArray("Token " + kDisabledToken.toUtf8()) << 401
                                   << u"User inactive or deleted."_s;
    QTest::newRow("valid") << QByteArray("Token " + kOwnerToken.toUtf8()) << 200 << QString();
    QTest::newRow("scheme case-insensitive") << QByteArray("token " + kOwnerToken.toUtf8()) << 200 << QString();
}

void TestBadgerSimulator::tokenAuth()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, detail);
    SimRequest r;
    r.method = "GET";
    r.path = u"/customers/"_s;
    if (!header.isEmpty())
        r.headers.insert("authorization", header);
    const SimReply reply = m_sim->handle(r);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        QCOMPARE(json(reply)[u"detail"_s].toString(), detail);
        QVERIFY(std::any_of(reply.headers.cbegin(), reply.headers.cend(),
                            [](const auto& h) { return h.first == "WWW-Authenticate" && h.second == "Token"; }));
        expectContract(reply, u"/customers/"_s, "GET");
    }
}

void TestBadgerSimulator::profile()
{
    const SimReply reply = call("GET", u"/profiles/"_s);
    QCOMPARE(reply.status, 200);
    expectContract(reply, u"/profiles/"_s, "GET");
    const QJsonObject p = json(reply).toObject();
    QVERIFY2(BadgerContract::missingSampleKeys(BadgerContract::sample(u"profile.json"_s), p).isEmpty(),
             qPrintable(BadgerContract::missingSampleKeys(BadgerContract::sample(u"profile.json"_s), p).join(u' ')));
    QCOMPARE(p.value(u"datafields"_s).toArray().size(), 5);
    QCOMPARE(p.value(u"is_manager"_s).toBool(), true);

    // Per-user keys follow the token; team keys are shared.
    const QJsonObject rep = json(call("GET", u"/profiles/"_s, {}, kRepToken)).toObject();
    QCOMPARE(rep.value(u"id"_s).toInteger(), 5034);
    QCOMPARE(rep.value(u"first_name"_s).toString(), u"Jordan"_s);
    QCOMPARE(rep.value(u"manager"_s).toInteger(), 5021);
    QCOMPARE(rep.value(u"company"_s), p.value(u"company"_s));
}

void TestBadgerSimulator::searchUsers_data()
{
    QTest::addColumn<QString>("q");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("id");
    QTest::newRow("email") << u"jrivera@example.com"_s << 200 << qint64(5034);
    QTest::newRow("email other case") << u"JRIVERA@Example.COM"_s << 200 << qint64(5034);
    QTest::newRow("user id") << u"5040"_s << 200 << qint64(5040);
    QTest::newRow("unknown") << u"nobody@example.com"_s << 404 << qint64(0);
}

void TestBadgerSimulator::searchUsers()
{
    QFETCH(QString, q);
    QFETCH(int, status);
    QFETCH(qint64, id);
    const SimReply reply = call("GET", u"/search/users/?q="_s + QString::fromUtf8(QUrl::toPercentEncoding(q)));
    QCOMPARE(reply.status, status);
    if (status == 200) {
        expectContract(reply, u"/search/users/"_s, "GET");
        const QJsonObject o = json(reply).toObject();
        QCOMPARE(o.value(u"id"_s).toInteger(), id);
        QVERIFY(BadgerContract::missingSampleKeys(BadgerContract::sample(u"search-user.json"_s), o).isEmpty());
        QCOMPARE(o.size(), 4);
    }
}

void TestBadgerSimulator::searchUsersAsList()
{
    QVERIFY(m_sim->setOptions({{u"searchUsersReturnsList"_s, true}}).isEmpty());
    SimReply reply = call("GET", u"/search/users/?q=jrivera%40example.com"_s);
    QCOMPARE(reply.status, 200);
    expectContract(reply, u"/search/users/"_s, "GET");
    QCOMPARE(json(reply).toArray().size(), 1);
    QCOMPARE(json(reply)[0][u"id"_s].toInteger(), 5034);
    reply = call("GET", u"/search/users/?q=ghost%40example.com"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply).toArray().size(), 0);
}

void TestBadgerSimulator::queryPlusIsSpace()
{
    // As Django decodes query strings: an unencoded '+' is a space, so a client must send %2B for a plus address.
    QJsonObject seed = sampleSeed();
    QJsonArray users = seed.value(u"users"_s).toArray();
    QJsonObject plus = users.at(2).toObject();
    plus.insert(u"email"_s, u"casey+field@example.com"_s);
    users.replace(2, plus);
    seed.insert(u"users"_s, users);
    m_sim->loadSeed(seed);
    QCOMPARE(call("GET", u"/search/users/?q=casey%2Bfield%40example.com"_s).status, 200);
    QCOMPARE(call("GET", u"/search/users/?q=casey+field%40example.com"_s).status, 404);
    QCOMPARE(call("GET", u"/appointments/?customer_id=+40001234+"_s).status, 200); // spaces around digits are fine
}

void TestBadgerSimulator::listAccountsSummariesOnly()
{
    const SimReply reply = call("GET", u"/customers/"_s);
    QCOMPARE(reply.status, 200);
    expectContract(reply, u"/customers/"_s, "GET");
    const QJsonArray list = json(reply).toArray();
    QCOMPARE(list.size(), 2); // the rep's account is not the owner's
    for (const QJsonValue& v : list) {
        QStringList keys = v.toObject().keys();
        QCOMPARE(keys, (QStringList {u"first_name"_s, u"id"_s, u"last_name"_s}));
    }
    QCOMPARE(list[0][u"id"_s].toInteger(), 40001234);
    QCOMPARE(list[1][u"last_name"_s].toString(), u"Cedar Point Pharmacy"_s);
}

void TestBadgerSimulator::listAccountsForManagedUser()
{
    SimReply reply = call("GET", u"/customers/?rn=5034"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply).toArray().size(), 1);
    QCOMPARE(json(reply)[0][u"id"_s].toInteger(), 40007000);
    reply = call("GET", u"/customers/?rn=5021"_s, {}, kRepToken); // a rep cannot list the manager's accounts
    QCOMPARE(reply.status, 403);
    reply = call("GET", u"/customers/"_s, {}, kRepToken);
    QCOMPARE(json(reply).toArray().size(), 1);
}

void TestBadgerSimulator::getAccount()
{
    const SimReply reply = call("GET", u"/customers/40001234/"_s);
    QCOMPARE(reply.status, 200);
    expectContract(reply, u"/customers/{account_id}/"_s, "GET");
    const QJsonObject sample = BadgerContract::sample(u"customer-detail.json"_s).toObject();
    // Seeded from the sample, served back unchanged.
    QCOMPARE(json(reply).toObject(), sample);

    const SimReply missing = call("GET", u"/customers/999/"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(json(missing).toObject(), (QJsonObject {{u"detail"_s, u"Not found."_s}}));
    expectContract(missing, u"/customers/{account_id}/"_s, "GET");
}

void TestBadgerSimulator::getAccountNotVisible()
{
    QCOMPARE(call("GET", u"/customers/40001234/"_s, {}, kOutsiderToken).status, 404);
    QCOMPARE(call("GET", u"/customers/40007000/"_s, {}, kOwnerToken).status, 200); // manager sees the rep's
    QCOMPARE(call("PATCH", u"/customers/40001234/"_s, form({{"notes", u"x"_s}}), kOutsiderToken).status, 404);
    QCOMPARE(call("DELETE", u"/customers/40001234/"_s, {}, kOutsiderToken).status, 404);
}

void TestBadgerSimulator::createAccountWrapper()
{
    const SimReply reply = call("POST", u"/customers/"_s,
                                form({{"last_name", u"Blue Harbor Veterinary"_s},
                                      {"address", u"77 Sample Street, Peoria, IL, 61602"_s},
                                      {"account_owner", u"5021"_s},
                                      {"phone_number", u"555-010-7788"_s},
                                      {"email", QString()},
                                      {"custom_text", u"Prospect"_s},
                                      {"custom_text2", QString()},
                                      {"custom_numeric2", QString()},
                                      {"custom_numeric", u"1200.5"_s}}));
    QCOMPARE(reply.status, 201);
    expectContract(reply, u"/customers/"_s, "POST");
    const QJsonObject o = json(reply).toObject();
    const QStringList missing =
        BadgerContract::missingSampleKeys(BadgerContract::sample(u"customer-create-response.json"_s), o);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u' ')));
    QCOMPARE(o.keys(), (QStringList {u"customer"_s, u"location"_s, u"profile"_s}));
    const QJsonObject customer = o.value(u"customer"_s).toObject();
    QCOMPARE(customer.value(u"last_name"_s).toString(), u"Blue Harbor Veterinary"_s);
    QCOMPARE(customer.value(u"full_name"_s).toString(), u"Blue Harbor Veterinary"_s);
    QVERIFY(customer.value(u"first_name"_s).isNull());
    QCOMPARE(customer.value(u"email"_s).toString(), QString());
    QCOMPARE(customer.value(u"custom_text"_s).toString(), u"Prospect"_s);
    QVERIFY(customer.value(u"custom_text2"_s).isString()); // sent empty: ""
    QVERIFY(customer.value(u"custom_text3"_s).isNull()); // not sent: null
    QVERIFY(customer.value(u"custom_numeric2"_s).isNull()); // numeric sent empty: null
    QCOMPARE(customer.value(u"custom_numeric"_s).toDouble(), 1200.5);
    QCOMPARE(customer.value(u"original_address"_s).toString(), u"77 Sample Street, Peoria, IL, 61602"_s);
    QCOMPARE(customer[u"territory"_s][u"name"_s].toString(), u"US"_s);
    const QJsonObject location = o.value(u"location"_s).toObject();
    QCOMPARE(customer.value(u"locations"_s).toArray().first().toObject(), location);
    QCOMPARE(location.value(u"address_line_1"_s).toString(), u"77 Sample Street"_s);
    QCOMPARE(location.value(u"city"_s).toString(), u"Peoria"_s);
    QCOMPARE(location.value(u"state"_s).toString(), u"IL"_s);
    QCOMPARE(location.value(u"zipcode"_s).toString(), u"61602"_s);
    QVERIFY(location.value(u"id"_s).toInteger() != customer.value(u"id"_s).toInteger());
    QCOMPARE(location.value(u"location"_s).toString(),
             BadgerSimulator::wktPoint(location.value(u"lat"_s).toDouble(), location.value(u"long"_s).toDouble()));
    QCOMPARE(o[u"profile"_s][u"id"_s].toInteger(), 5021);

    // Readable afterwards, listed as a summary, without the create-only territory.
    const SimReply detail = call("GET", u"/customers/"_s + QString::number(customer.value(u"id"_s).toInteger()) + u'/');
    QCOMPARE(detail.status, 200);
    QJsonObject expected = customer;
    expected.remove(u"territory"_s);
    QCOMPARE(json(detail).toObject(), expected);
    QCOMPARE(json(call("GET", u"/customers/"_s)).toArray().size(), 3);
}

void TestBadgerSimulator::createAccountFormDecoding()
{
    // '+' is a space, %XX is UTF-8, a key without '=' is present with an empty value (the doc's "&phone_number").
    const QByteArray body = "last_name=Caf%C3%A9+%D8%A7%D9%84%D9%86%D9%88%D8%B1+%F0%9F%8C%AE&address=1+Union+St%2C+"
                            "San+Francisco%2C+CA&account_owner=5021&email=&phone_number&ct2=drop+by&cn3=43";
    const SimReply reply = call("POST", u"/customers/"_s, body);
    QCOMPARE(reply.status, 201);
    const QJsonObject c = json(reply)[u"customer"_s].toObject();
    QCOMPARE(c.value(u"last_name"_s).toString(), u"Café النور 🌮"_s);
    QCOMPARE(c.value(u"phone_number"_s).toString(), QString());
    QCOMPARE(c.value(u"custom_text2"_s).toString(), u"drop by"_s); // doc prose short codes
    QCOMPARE(c.value(u"custom_numeric3"_s).toDouble(), 43.0);
    QCOMPARE(c[u"locations"_s][0][u"city"_s].toString(), u"San Francisco"_s);
}

void TestBadgerSimulator::createAccountValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QByteArray ok = "address=1+Main+St%2C+Springfield%2C+IL&account_owner=5021&email=&phone_number=";
    const QByteArray formType = "application/x-www-form-urlencoded";
    QTest::newRow("missing last_name") << ok << formType << 400 << u"last_name"_s;
    QTest::newRow("blank last_name") << QByteArray("last_name=+&" + ok) << formType << 400 << u"last_name"_s;
    QTest::newRow("missing address") << "last_name=X&account_owner=5021&email=&phone_number="_ba << formType << 400
                                     << u"address"_s;
    QTest::newRow("missing account_owner")
        << "last_name=X&address=1+Main+St&email=&phone_number="_ba << formType << 400 << u"account_owner"_s;
    QTest::newRow("missing email key") << "last_name=X&address=1+Main+St&account_owner=5021&phone_number="_ba
                                       << formType << 400 << u"email"_s;
    QTest::newRow("missing phone_number key")
        << "last_name=X&address=1+Main+St&account_owner=5021&email="_ba << formType << 400 << u"phone_number"_s;
    QTest::newRow("non-numeric custom_numeric")
        << QByteArray("last_name=X&custom_numeric4=lots&" + ok) << formType << 400 << u"custom_numeric4"_s;
    QTest::newRow("non-numeric lat") << QByteArray("last_name=X&lat=north&lng=1&" + ok) << formType << 400 << u"lat"_s;
    QTest::newRow("empty account_owner") << "last_name=X&address=1+Main+St&account_owner=&email=&phone_number="_ba
                                         << formType << 400 << u"account_owner"_s;
    QTest::newRow("unknown owner") << "last_name=X&address=1+Main+St&account_owner=999&email=&phone_number="_ba
                                   << formType << 400 << u"account_owner"_s;
    QTest::newRow("owner not managed") << "last_name=X&address=1+Main+St&account_owner=5040&email=&phone_number="_ba
                                       << formType << 403 << QString();
    QTest::newRow("no content type") << QByteArray("last_name=X&" + ok) << QByteArray() << 400 << u"last_name"_s;
    QTest::newRow("text/plain") << QByteArray("last_name=X&" + ok) << "text/plain"_ba << 415 << QString();
}

void TestBadgerSimulator::createAccountValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, field);
    SimRequest r;
    r.method = "POST";
    r.path = u"/customers/"_s;
    r.headers.insert("authorization", "Token " + kOwnerToken.toUtf8());
    if (!contentType.isEmpty())
        r.headers.insert("content-type", contentType);
    r.body = body;
    const SimReply reply = m_sim->handle(r);
    QCOMPARE(reply.status, status);
    if (!field.isEmpty()) {
        const QJsonArray messages = json(reply)[field].toArray();
        QVERIFY2(!messages.isEmpty() && messages.first().isString(), reply.body.constData());
        expectContract(reply, u"/customers/"_s, "POST");
    }
    QCOMPARE(json(call("GET", u"/customers/"_s)).toArray().size(), 2); // nothing created
}

void TestBadgerSimulator::createAccountOwnerOptionalSwitch()
{
    const QByteArray body = "last_name=Owned+By+Token&address=1+Main+St%2C+Springfield%2C+IL&email=&phone_number="_ba;
    QCOMPARE(call("POST", u"/customers/"_s, body, kRepToken).status, 400);
    QVERIFY(m_sim->setOptions({{u"accountOwnerOptional"_s, true}, {u"accountOwnerInResponses"_s, true}}).isEmpty());
    const SimReply reply = call("POST", u"/customers/"_s, body, kRepToken);
    QCOMPARE(reply.status, 201);
    QCOMPARE(json(reply)[u"customer"_s][u"account_owner"_s].toInteger(), 5034);
    QCOMPARE(json(call("GET", u"/customers/"_s, {}, kRepToken)).toArray().size(), 2);
}

void TestBadgerSimulator::createAccountWithLatLng()
{
    // As the doc example: given lat/lng skip geocoding; the address is kept upper-cased, parts empty.
    const SimReply reply = call("POST", u"/customers/"_s,
                                form({{"last_name", u"Roger Smith"_s},
                                      {"address", u"3458 Mackinaw Street, Saginaw, MI, United States"_s},
                                      {"account_owner", u"5021"_s},
                                      {"phone_number", u"444-444-4444"_s},
                                      {"email", u"roger@smith.com"_s},
                                      {"lat", u"43.435175"_s},
                                      {"lng", u"-83.99124699999999"_s}}));
    QCOMPARE(reply.status, 201);
    const QJsonObject loc = json(reply)[u"location"_s].toObject();
    QCOMPARE(loc.value(u"address_line_1"_s).toString(), u"3458 MACKINAW STREET  SAGINAW  MI  UNITED STATES"_s);
    QCOMPARE(loc.value(u"city"_s).toString(), QString());
    QCOMPARE(loc.value(u"lat"_s).toDouble(), 43.435175);
    QCOMPARE(loc.value(u"long"_s).toDouble(), -83.99124699999999);
    QCOMPARE(loc.value(u"location"_s).toString(), u"POINT (-83.9912469999999871 43.4351750000000010)"_s);
    QVERIFY(json(reply)[u"customer"_s][u"original_address"_s].isNull());
}

void TestBadgerSimulator::geocodingIsDeterministic()
{
    const QJsonObject a = BadgerSimulator::geocode(u"1200 Example Blvd, Springfield, IL 62701"_s);
    const QJsonObject b = BadgerSimulator::geocode(u"1200  example blvd, springfield, IL 62701"_s);
    QCOMPARE(a.value(u"lat"_s), b.value(u"lat"_s));
    QCOMPARE(a.value(u"state"_s).toString(), u"IL"_s);
    QCOMPARE(a.value(u"zipcode"_s).toString(), u"62701"_s);
    const double lat = a.value(u"lat"_s).toDouble();
    const double lng = a.value(u"long"_s).toDouble();
    QVERIFY(lat >= 25 && lat <= 49);
    QVERIFY(lng >= -124 && lng <= -67);
    QVERIFY(BadgerSimulator::geocode(u"9 Other Rd, Peoria, IL"_s).value(u"lat"_s) != a.value(u"lat"_s));
    QCOMPARE(BadgerSimulator::wktPoint(39.7817, -89.6501), u"POINT (-89.6500999999999948 39.7817000000000007)"_s);
}

void TestBadgerSimulator::repeatedPostMakesDuplicate()
{
    const QByteArray body = form({{"last_name", u"Twice Inc"_s},
                                  {"address", u"1 Main St, Springfield, IL"_s},
                                  {"account_owner", u"5021"_s},
                                  {"email", u"twice@example.com"_s},
                                  {"phone_number", QString()}});
    const SimReply first = call("POST", u"/customers/"_s, body);
    const SimReply second = call("POST", u"/customers/"_s, body);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    const qint64 id1 = json(first)[u"customer"_s][u"id"_s].toInteger();
    const qint64 id2 = json(second)[u"customer"_s][u"id"_s].toInteger();
    QVERIFY(id1 != id2);
    QVERIFY(json(first)[u"location"_s][u"id"_s].toInteger() != json(second)[u"location"_s][u"id"_s].toInteger());
    int twice = 0;
    for (const QJsonValue& v : json(call("GET", u"/customers/"_s)).toArray())
        twice += v[u"last_name"_s].toString() == u"Twice Inc" ? 1 : 0;
    QCOMPARE(twice, 2);

    const QByteArray checkin = form({{"customer", QString::number(id1)}, {"type", u"Drop-in"_s}});
    QCOMPARE(call("POST", u"/appointments/"_s, checkin).status, 201);
    QCOMPARE(call("POST", u"/appointments/"_s, checkin).status, 201);
    QCOMPARE(json(call("GET", u"/appointments/?customer_id="_s + QString::number(id1))).toArray().size(), 2);
}

void TestBadgerSimulator::patchAccountPartial()
{
    const SimReply reply = call("PATCH", u"/customers/40001234/"_s, form({{"custom_text2", u"Send quote"_s}}));
    QCOMPARE(reply.status, 200);
    expectContract(reply, u"/customers/{account_id}/"_s, "PATCH");
    // Exactly the doc's update example: one field changed, the full account returned.
    QCOMPARE(json(reply).toObject(), BadgerContract::sample(u"customer-update-response.json"_s).toObject());

    const SimReply more = call("PATCH", u"/customers/40001234/"_s,
                               form({{"first_name", u"Dr."_s},
                                     {"custom_numeric3", u"7.25"_s},
                                     {"notes", u"שלום — long notes"_s},
                                     {"address", u"ignored here"_s}}));
    QCOMPARE(more.status, 200);
    const QJsonObject o = json(more).toObject();
    QCOMPARE(o.value(u"full_name"_s).toString(), u"Dr. Acme Dental Supply"_s);
    QCOMPARE(o.value(u"custom_numeric3"_s).toDouble(), 7.25);
    QCOMPARE(o.value(u"custom_text2"_s).toString(), u"Send quote"_s);
    QCOMPARE(o.value(u"notes"_s).toString(), u"שלום — long notes"_s);
    QCOMPARE(o[u"locations"_s][0][u"address_line_1"_s].toString(), u"1200 Example Blvd"_s);
    QCOMPARE(json(call("GET", u"/customers/40001234/"_s)).toObject(), o);
}

void TestBadgerSimulator::patchAccountValidation()
{
    SimReply reply = call("PATCH", u"/customers/40001234/"_s, form({{"custom_numeric", u"1e999"_s}}));
    QCOMPARE(reply.status, 400);
    QVERIFY(json(reply)[u"custom_numeric"_s].isArray());
    reply = call("PATCH", u"/customers/40001234/"_s, form({{"last_name", QString()}, {"notes", u"not saved"_s}}));
    QCOMPARE(reply.status, 400);
    QVERIFY(json(call("GET", u"/customers/40001234/"_s))[u"notes"_s].toString() != u"not saved");
    QCOMPARE(call("PATCH", u"/customers/999/"_s, form({{"notes", u"x"_s}})).status, 404);
}

void TestBadgerSimulator::patchAccountOwner()
{
    QVERIFY(m_sim->setOptions({{u"accountOwnerInResponses"_s, true}}).isEmpty());
    // The manager moves an account to the rep; the rep cannot move it to an unmanaged user.
    SimReply reply = call("PATCH", u"/customers/40001234/"_s, form({{"account_owner", u"5034"_s}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply)[u"account_owner"_s].toInteger(), 5034);
    QCOMPARE(json(call("GET", u"/customers/"_s, {}, kRepToken)).toArray().size(), 2);
    reply = call("PATCH", u"/customers/40001234/"_s, form({{"account_owner", u"5040"_s}}), kRepToken);
    QCOMPARE(reply.status, 403);
    reply = call("PATCH", u"/customers/40001234/"_s, form({{"account_owner", u"abc"_s}}));
    QCOMPARE(reply.status, 400);
}

void TestBadgerSimulator::deleteAccount()
{
    const SimReply reply = call("DELETE", u"/customers/40001234/"_s);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    expectContract(reply, u"/customers/{account_id}/"_s, "DELETE");
    QCOMPARE(call("GET", u"/customers/40001234/"_s).status, 404);
    QCOMPARE(call("DELETE", u"/customers/40001234/"_s).status, 404);
    QCOMPARE(json(call("GET", u"/customers/"_s)).toArray().size(), 1);
    QCOMPARE(json(call("GET", u"/appointments/?customer_id=40001234"_s)).toArray().size(), 0);
    QCOMPARE(call("PATCH", u"/locations/55501234/"_s, form({{"address", u"1 A St, B, IL"_s}})).status, 404);
}

void TestBadgerSimulator::patchLocation()
{
    SimReply reply = call("PATCH", u"/locations/55501234/"_s,
                          form({{"address", u"1450 Example Blvd, Springfield, IL, 62702"_s},
                                {"lat", u"39.8001"_s},
                                {"lng", u"-89.6437"_s}}));
    QCOMPARE(reply.status, 200);
    expectContract(reply, u"/locations/{location_id}/"_s, "PATCH");
    QCOMPARE(json(reply).toObject(), BadgerContract::sample(u"location-update-response.json"_s).toObject());
    QCOMPARE(json(call("GET", u"/customers/40001234/"_s))[u"locations"_s][0].toObject(), json(reply).toObject());

    reply = call("PATCH", u"/locations/55501234/"_s, form({{"address", u"5731 Palmer Way, Carlsbad, CA"_s}}));
    QCOMPARE(reply.status, 200);
    QCOMPARE(json(reply)[u"city"_s].toString(), u"Carlsbad"_s);
    QCOMPARE(json(reply)[u"zipcode"_s].toString().size(), 5); // the "geocoder" fills a zip in
    QCOMPARE(json(reply)[u"lat"_s], BadgerSimulator::geocode(u"5731 Palmer Way, Carlsbad, CA"_s).value(u"lat"_s));

    QCOMPARE(call("PATCH", u"/locations/40001234/"_s, form({{"address", u"x"_s}})).status, 404); // an account id
    reply = call("PATCH", u"/locations/55501234/"_s, form({{"lat", u"1"_s}}));
    QCOMPARE(reply.status, 400);
    QVERIFY(json(reply)[u"address"_s].isArray());
    QCOMPARE(call("GET", u"/locations/55501234/"_s).status, 405);
}

void TestBadgerSimulator::listCheckins()
{
    const SimReply reply = call("GET", u"/appointments/?customer_id=40001234"_s);
    QCOMPARE(reply.status, 200);
    expectContract(reply, u"/appointments/"_s, "GET");
    QCOMPARE(json(reply).toArray(), BadgerContract::sample(u"appointments-list.json"_s).toArray());
    const SimReply desc = call("GET", u"/appointments/?customer_id=40001234&ordering=-log_datetime"_s);
    QCOMPARE(json(desc)[0][u"id"_s].toInteger(), 880047);
    const SimReply custom = call("GET", u"/appointments/?customer_id=40004567"_s);
    expectContract(custom, u"/appointments/"_s, "GET");
    QCOMPARE(json(custom).toArray(), BadgerContract::sample(u"appointments-list-custom-fields.json"_s).toArray());
    QCOMPARE(json(call("GET", u"/appointments/?customer_id=424242"_s)).toArray().size(), 0);
    QCOMPARE(json(call("GET", u"/appointments/?customer_id=40001234"_s, {}, kOutsiderToken)).toArray().size(), 0);
    QCOMPARE(call("GET", u"/appointments/?customer_id=abc"_s).status, 400);
}

void TestBadgerSimulator::listAllCheckinsSwitch()
{
    SimReply reply = call("GET", u"/appointments/"_s);
    QCOMPARE(reply.status, 400);
    QVERIFY(json(reply)[u"customer_id"_s].isArray());
    QVERIFY(m_sim->setOptions({{u"listAllCheckins"_s, true}}).isEmpty());
    reply = call("GET", u"/appointments/"_s);
    QCOMPARE(reply.status, 200);
    expectContract(reply, u"/appointments/"_s, "GET");
    QCOMPARE(json(reply).toArray().size(), 3);
    QCOMPARE(json(call("GET", u"/appointments/"_s, {}, kOutsiderToken)).toArray().size(), 0);
}

void TestBadgerSimulator::createCheckin()
{
    SimReply reply = call(
        "POST", u"/appointments/"_s,
        form({{"customer", u"40001234"_s}, {"type", u"Drop-in"_s}, {"comments", u"Left samples at front desk."_s}}));
    QCOMPARE(reply.status, 201);
    expectContract(reply, u"/appointments/"_s, "POST");
    QJsonObject c = json(reply).toObject();
    QVERIFY(
        BadgerContract::missingSampleKeys(BadgerContract::sample(u"appointment-create-response.json"_s), c).isEmpty());
    QCOMPARE(c.size(), 8);
    QCOMPARE(c.value(u"customer"_s).toInteger(), 40001234);
    QCOMPARE(c.value(u"created_by"_s).toString(), u"Avery Sample"_s);
    QVERIFY(c.value(u"extra_fields"_s).isNull());
    QDateTime logged = QDateTime::fromString(c.value(u"log_datetime"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(logged.isValid());
    QCOMPARE(logged.timeSpec(), Qt::LocalTime); // no offset in the text, as the doc examples
    logged.setTimeSpec(Qt::UTC);
    QVERIFY(qAbs(logged.secsTo(m_clock.now())) < 5);

    // extra_fields as a JSON string, and as bracket keys; a given log_datetime is kept (in UTC).
    reply = call("POST", u"/appointments/"_s,
                 form({{"customer", u"40001234"_s},
                       {"type", u"Phone Call"_s},
                       {"log_datetime", u"2025-04-02T12:15:00+02:00"_s},
                       {"extra_fields", u"{\"Log Type\":\"Phone Call\",\"Meeting Notes\":\"ok\"}"_s}}));
    QCOMPARE(reply.status, 201);
    c = json(reply).toObject();
    QCOMPARE(c[u"extra_fields"_s][u"Meeting Notes"_s].toString(), u"ok"_s);
    QCOMPARE(c.value(u"log_datetime"_s).toString(), u"2025-04-02T10:15:00.000"_s);
    reply = call("POST", u"/appointments/"_s,
                 "customer=40001234&extra_fields%5BLog+Type%5D=Meeting&extra_fields%5BMeeting+Notes%5D=hi"_ba);
    QCOMPARE(json(reply)[u"extra_fields"_s][u"Log Type"_s].toString(), u"Meeting"_s);
    QCOMPARE(json(call("GET", u"/appointments/?customer_id=40001234"_s)).toArray().size(), 5);
}

void TestBadgerSimulator::createCheckinValidation()
{
    SimReply reply = call("POST", u"/appointments/"_s, form({{"type", u"Drop-in"_s}}));
    QCOMPARE(reply.status, 400);
    QVERIFY(json(reply)[u"customer"_s].isArray());
    reply = call("POST", u"/appointments/"_s, form({{"customer", QString()}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(json(reply)[u"customer"_s][0].toString(), u"This field may not be null."_s); // DRF: "" is null here
    reply = call("POST", u"/appointments/"_s, form({{"customer", u"31337"_s}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(json(reply)[u"customer"_s][0].toString(), u"Invalid pk \"31337\" - object does not exist."_s);
    reply = call("POST", u"/appointments/"_s, form({{"customer", u"40001234"_s}, {"log_datetime", u"yesterday"_s}}));
    QCOMPARE(reply.status, 400);
    QCOMPARE(call("POST", u"/appointments/"_s, form({{"customer", u"40001234"_s}}), kOutsiderToken).status, 400);
}

void TestBadgerSimulator::routes()
{
    SimReply reply = call("GET", u"/routes/"_s);
    QCOMPARE(reply.status, 200);
    expectContract(reply, u"/routes/"_s, "GET");
    QCOMPARE(json(reply).toArray(), BadgerContract::sample(u"routes-list.json"_s).toArray()); // not the rep's route
    QCOMPARE(json(call("GET", u"/routes/"_s, {}, kRepToken)).toArray().size(), 3);
    reply = call("GET", u"/routes/3101/"_s);
    QCOMPARE(reply.status, 200);
    expectContract(reply, u"/routes/{route_id}/"_s, "GET");
    QCOMPARE(json(reply).toObject(), BadgerContract::sample(u"route-detail.json"_s).toObject());
    QCOMPARE(call("GET", u"/routes/3200/"_s).status, 404);
    QCOMPARE(call("GET", u"/routes/3200/"_s, {}, kRepToken).status, 200);
    QCOMPARE(call("GET", u"/routes/9/"_s).status, 404);
    reply = call("POST", u"/routes/"_s, form({{"name", u"x"_s}}));
    QCOMPARE(reply.status, 405); // read-only
    QCOMPARE(json(reply)[u"detail"_s].toString(), u"Method \"POST\" not allowed."_s);
    QCOMPARE(call("DELETE", u"/routes/3101/"_s).status, 405);
}

void TestBadgerSimulator::trailingSlash()
{
    SimReply reply = call("GET", u"/customers/40001234?x=1"_s);
    QCOMPARE(reply.status, 301);
    const auto location =
        std::find_if(reply.headers.cbegin(), reply.headers.cend(), [](const auto& h) { return h.first == "Location"; });
    QVERIFY(location != reply.headers.cend());
    QCOMPARE(location->second, "/badger/api/2/customers/40001234/?x=1"_ba);
    QCOMPARE(m_sim->quotaUsedToday(), 0); // redirects happen before DRF: not counted
    QCOMPARE(call("POST", u"/customers"_s, form({{"last_name", u"x"_s}})).status, 301);
    QVERIFY(m_sim->setOptions({{u"missingTrailingSlash"_s, u"404"_s}}).isEmpty());
    reply = call("GET", u"/customers"_s);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.contains("Not Found"));
}

void TestBadgerSimulator::unknownPathsAndMethods()
{
    SimReply reply = call("GET", u"/contacts/"_s);
    QCOMPARE(reply.status, 404);
    QVERIFY(reply.body.startsWith("<!doctype html>"));
    QCOMPARE(call("GET", u"/customers/abc/"_s).status, 404);
    QCOMPARE(call("GET", u"/customers//"_s).status, 404);
    QCOMPARE(call("GET", u"/customers/1/extra/"_s).status, 404);
    QCOMPARE(call("GET", u"/nope"_s).status, 404); // no slash and no route with one: plain 404
    reply = call("PUT", u"/customers/40001234/"_s, form({{"last_name", u"x"_s}}));
    QCOMPARE(reply.status, 405);
    const auto allow =
        std::find_if(reply.headers.cbegin(), reply.headers.cend(), [](const auto& h) { return h.first == "Allow"; });
    QVERIFY(allow != reply.headers.cend());
    QVERIFY(allow->second.contains("PATCH"));
    reply = call("HEAD", u"/customers/40001234/"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(call("OPTIONS", u"/customers/"_s).status, 200);
    QCOMPARE(call("PUT", u"/customers/40001234/"_s, {}, u"bad"_s).status, 401); // auth before method checks
}

void TestBadgerSimulator::jsonBodies()
{
    const QByteArray body = QJsonDocument(QJsonObject {{u"last_name"_s, u"Json Co"_s},
                                                       {u"address"_s, u"1 Main St, Springfield, IL"_s},
                                                       {u"account_owner"_s, 5021},
                                                       {u"email"_s, QString()},
                                                       {u"phone_number"_s, QString()},
                                                       {u"custom_numeric"_s, 12.5}})
                                .toJson(QJsonDocument::Compact);
    SimReply reply = call("POST", u"/customers/"_s, body, kOwnerToken, "application/json");
    QCOMPARE(reply.status, 415);
    QCOMPARE(json(reply)[u"detail"_s].toString(), u"Unsupported media type \"application/json\" in request."_s);
    QVERIFY(m_sim->setOptions({{u"acceptJsonBodies"_s, true}}).isEmpty());
    reply = call("POST", u"/customers/"_s, body, kOwnerToken, "application/json; charset=utf-8");
    QCOMPARE(reply.status, 201);
    QCOMPARE(json(reply)[u"customer"_s][u"custom_numeric"_s].toDouble(), 12.5);
    reply = call("POST", u"/customers/"_s, "{\"last_name\": ", kOwnerToken, "application/json");
    QCOMPARE(reply.status, 400);
    QVERIFY(json(reply)[u"detail"_s].toString().startsWith(u"JSON parse error"_s));
    reply = call("POST", u"/customers/"_s, "[1,2]", kOwnerToken, "application/json");
    QCOMPARE(reply.status, 400);
}

void TestBadgerSimulator::dailyQuota()
{
    QCOMPARE(m_sim->options().value(u"dailyQuota"_s).toInt(), 25000);
    QVERIFY(m_sim->setOptions({{u"dailyQuota"_s, 3}}).isEmpty());
    // Move to just before midnight UTC so the reset can be crossed with a small step.
    const QDateTime now = m_clock.now();
    const QDateTime late(now.date(), QTime(23, 59, 0), Qt::UTC);
    m_clock.advance(now.msecsTo(late));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call("GET", u"/profiles/"_s).status, 200);
    QCOMPARE(m_sim->quotaUsedToday(), 3);
    SimReply reply = call("GET", u"/customers/"_s, {}, kRepToken); // per team: another user's token shares it
    QCOMPARE(reply.status, 429);
    QVERIFY(json(reply)[u"detail"_s].toString().startsWith(u"Request was throttled."_s));
    const auto retry = std::find_if(reply.headers.cbegin(), reply.headers.cend(),
                                    [](const auto& h) { return h.first == "Retry-After"; });
    QVERIFY(retry != reply.headers.cend());
    QVERIFY(retry->second.toInt() > 0 && retry->second.toInt() <= 60);
    // Unauthenticated requests and logins are not counted against the quota.
    QCOMPARE(call("GET", u"/profiles/"_s, {}, u"bad"_s).status, 401);
    QCOMPARE(call("POST", u"/login/"_s, form({{"username", u"jrivera"_s}, {"password", u"pw-jrivera"_s}})).status, 200);
    m_clock.advance(2 * 60 * 1000);
    QCOMPARE(m_sim->quotaUsedToday(), 0);
    QCOMPARE(call("GET", u"/profiles/"_s).status, 200);
    QCOMPARE(m_sim->quotaUsedToday(), 1);
    QVERIFY(m_sim->setOptions({{u"dailyQuota"_s, 0}}).isEmpty()); // unlimited
    for (int i = 0; i < 5; ++i)
        QCOMPARE(call("GET", u"/profiles/"_s).status, 200);
}

void TestBadgerSimulator::accountTimestampsSwitch()
{
    QVERIFY(!json(call("GET", u"/customers/40001234/"_s)).toObject().contains(u"updated_at"_s));
    QVERIFY(m_sim->setOptions({{u"accountTimestamps"_s, true}}).isEmpty());
    const SimReply before = call("GET", u"/customers/40001234/"_s);
    expectContract(before, u"/customers/{account_id}/"_s, "GET");
    const QString updated = json(before)[u"updated_at"_s].toString();
    QVERIFY(updated.endsWith(u'Z'));
    QVERIFY(!json(before)[u"last_modified_date"_s].toString().isEmpty());
    m_clock.advance(5000);
    const SimReply after = call("PATCH", u"/customers/40001234/"_s, form({{"notes", u"changed"_s}}));
    QVERIFY(json(after)[u"updated_at"_s].toString() > updated);
    QCOMPARE(json(after)[u"created_at"_s], json(before)[u"created_at"_s]);
    m_clock.advance(5000);
    const SimReply moved = call("PATCH", u"/locations/55501234/"_s, form({{"address", u"2 B St, Peoria, IL"_s}}));
    QCOMPARE(moved.status, 200);
    QVERIFY(json(call("GET", u"/customers/40001234/"_s))[u"updated_at"_s].toString()
            > json(after)[u"updated_at"_s].toString());
}

void TestBadgerSimulator::optionsValidation()
{
    const QStringList problems = m_sim->setOptions({{u"dailyQuota"_s, u"many"_s},
                                                    {u"listAllCheckins"_s, 1},
                                                    {u"noSuchSwitch"_s, true},
                                                    {u"missingTrailingSlash"_s, u"maybe"_s},
                                                    {u"acceptJsonBodies"_s, true}});
    QCOMPARE(problems.size(), 4);
    QCOMPARE(m_sim->options().value(u"acceptJsonBodies"_s).toBool(), true);
    QCOMPARE(m_sim->options().value(u"dailyQuota"_s).toInt(), 25000);
    QCOMPARE(m_sim->options().keys(), BadgerSimulator::defaultOptions().keys());
    m_sim->reset();
    QCOMPARE(m_sim->options(), BadgerSimulator::defaultOptions());
    QCOMPARE(call("GET", u"/profiles/"_s).status, 401); // reset state has no keys
}

void TestBadgerSimulator::datafieldMapping_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("ct") << u"ct"_s << u"custom_text"_s;
    QTest::newRow("ct2") << u"ct2"_s << u"custom_text2"_s;
    QTest::newRow("ct30") << u"ct30"_s << u"custom_text30"_s;
    QTest::newRow("cn") << u"cn"_s << u"custom_numeric"_s;
    QTest::newRow("cn17") << u"cn17"_s << u"custom_numeric17"_s;
    QTest::newRow("ct1 does not exist") << u"ct1"_s << QString();
    QTest::newRow("ct31 out of range") << u"ct31"_s << QString();
    QTest::newRow("leading zero") << u"ct02"_s << QString();
    QTest::newRow("system field") << u"dslc"_s << QString();
}

void TestBadgerSimulator::datafieldMapping()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(BadgerSimulator::accountKeyForDatafield(name), key);
}

void TestBadgerSimulator::seedRoundTrip()
{
    // Mutate, dump, load into a fresh simulator: the same dump and the same answers.
    QVERIFY(m_sim->setOptions({{u"listAllCheckins"_s, true}, {u"dailyQuota"_s, 100}}).isEmpty());
    QCOMPARE(call("POST", u"/customers/"_s,
                  form({{"last_name", u"Round Trip"_s},
                        {"address", u"5 Loop Rd, Peoria, IL"_s},
                        {"account_owner", u"5034"_s},
                        {"email", QString()},
                        {"phone_number", QString()}}))
                 .status,
             201);
    QCOMPARE(call("POST", u"/appointments/"_s, form({{"customer", u"40001234"_s}})).status, 201);
    QCOMPARE(call("DELETE", u"/customers/40004567/"_s).status, 204);
    const QJsonObject dumped = m_sim->dump();
    BadgerSimulator other(m_clock);
    other.loadSeed(dumped);
    QCOMPARE(QJsonDocument(other.dump()).toJson(), QJsonDocument(dumped).toJson());
    QCOMPARE(other.quotaUsedToday(), m_sim->quotaUsedToday());
    // Ids keep counting past the deleted one: no reuse after a round trip.
    SimRequest r;
    r.method = "POST";
    r.path = u"/customers/"_s;
    r.headers.insert("authorization", "Token " + kOwnerToken.toUtf8());
    r.headers.insert("content-type", "application/x-www-form-urlencoded");
    r.body = form({{"last_name", u"Next"_s},
                   {"address", u"6 Loop Rd, Peoria, IL"_s},
                   {"account_owner", u"5021"_s},
                   {"email", QString()},
                   {"phone_number", QString()}});
    const SimReply a = m_sim->handle(r);
    const SimReply b = other.handle(r);
    QCOMPARE(json(a)[u"customer"_s][u"id"_s], json(b)[u"customer"_s][u"id"_s]);
    QVERIFY(json(a)[u"customer"_s][u"id"_s].toInteger() > 40007000);
}

QTEST_GUILESS_MAIN(TestBadgerSimulator)
#include "tst_badgersimulator.moc"
