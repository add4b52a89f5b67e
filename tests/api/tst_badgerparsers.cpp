// Badger request builders and response parsers, without a network: the contract's samples parse into the right
// values, every request has the documented method, path (trailing '/'), form body and priority, and bad input
// (malformed JSON, HTML pages, wrong types, missing fields, errors at HTTP 200) becomes a typed error.

#include "api/BadgerParsers.h"
#include "api/BadgerRequests.h"
#include "core/Redaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace fb::api;
using namespace fb::api::badger;

Q_DECLARE_METATYPE(fb::api::ErrorClass)

namespace {

QByteArray sample(const char* name)
{
    QFile f(QDir(QStringLiteral(FIELDBRIDGE_CONTRACTS_DIR)).filePath(u"badger/samples/"_s + QString::fromLatin1(name)));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing sample %s", name);
    }
    return f.readAll();
}

ApiResult reply(int status, const QByteArray& body, ErrorClass error = ErrorClass::None)
{
    ApiResult r;
    r.status = status;
    r.body = body;
    r.error = error;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        r.json = doc.object();
    } else if (doc.isArray()) {
        r.json = doc.array();
    }
    return r;
}

QMap<QString, QString> formOf(const QByteArray& body)
{
    QMap<QString, QString> m;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray& p : pairs) {
        if (p.isEmpty()) {
            continue;
        }
        const qsizetype eq = p.indexOf('=');
        m.insert(QUrl::fromPercentEncoding(p.left(eq)), QUrl::fromPercentEncoding(p.mid(eq + 1)));
    }
    return m;
}

QStringList formKeys(const QByteArray& body)
{
    QStringList keys;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray& p : pairs) {
        keys.append(QUrl::fromPercentEncoding(p.left(p.indexOf('='))));
    }
    return keys;
}

} // namespace

class TestBadgerParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // requests
    void requestShapes_data();
    void requestShapes();
    void createFormAlwaysHasRequiredKeys();
    void formEncodingSurvivesReservedCharacters();
    void patchSendsOnlyChangedKeys();
    void checkInForm();
    void locationForm();
    // custom fields
    void datafieldMapping_data();
    void datafieldMapping();
    // samples
    void loginSuccess();
    void loginStatuses_data();
    void loginStatuses();
    void profileSample();
    void userSearchBothShapes();
    void accountListSample();
    void accountDetailSample();
    void createWrapperAndBareAccount();
    void deleteStatuses_data();
    void deleteStatuses();
    void locationSample();
    void checkInSamples();
    void routeSamples();
    void resultsWrapper();
    void unknownFieldsKept();
    void decimalStrings();
    void dateTimes_data();
    void dateTimes();
    // bad input
    void badBodies_data();
    void badBodies();
    void errorPassThrough_data();
    void errorPassThrough();
    void hugeBodyNoCrash();
};

void TestBadgerParsers::requestShapes_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<int>("priority");
    QTest::addColumn<int>("bodyKind");

    const int read = int(Priority::ChangeDetection);
    const int write = int(Priority::Write);
    const int none = int(BodyKind::None);
    const int form = int(BodyKind::Form);
    QTest::newRow("login") << request::login(u"ann"_s, u"pw"_s) << "POST"_ba << u"/login/"_s << u"/login/"_s
                           << QString() << true << int(Priority::UserAction) << form;
    QTest::newRow("profile") << request::profile() << "GET"_ba << u"/profiles/"_s << u"/profiles/"_s << QString()
                             << true << read << none;
    QTest::newRow("user search") << request::searchUsers(u"a+b@example.com"_s) << "GET"_ba << u"/search/users/"_s
                                 << u"/search/users/"_s << u"q=a%2Bb%40example.com"_s << true << read << none;
    QTest::newRow("accounts list") << request::listAccounts() << "GET"_ba << u"/customers/"_s << u"/customers/"_s
                                   << QString() << true << read << none;
    QTest::newRow("accounts list of a managed user") << request::listAccounts(5034) << "GET"_ba << u"/customers/"_s
                                                     << u"/customers/"_s << u"rn=5034"_s << true << read << none;
    QTest::newRow("account detail") << request::getAccount(40001234) << "GET"_ba << u"/customers/40001234/"_s
                                    << u"/customers/{id}/"_s << QString() << true << read << none;
    QTest::newRow("account create") << request::createAccount({}) << "POST"_ba << u"/customers/"_s << u"/customers/"_s
                                    << QString() << false << write << form;
    AccountPatch patch;
    patch.email = u"x@example.com"_s;
    QTest::newRow("account patch") << request::updateAccount(7, patch) << "PATCH"_ba << u"/customers/7/"_s
                                   << u"/customers/{id}/"_s << QString() << true << write << form;
    QTest::newRow("account delete") << request::deleteAccount(7) << "DELETE"_ba << u"/customers/7/"_s
                                    << u"/customers/{id}/"_s << QString() << true << write << none;
    QTest::newRow("location patch") << request::updateLocation(55501234, {u"1 Main St"_s, {}, {}}) << "PATCH"_ba
                                    << u"/locations/55501234/"_s << u"/locations/{id}/"_s << QString() << true << write
                                    << form;
    QTest::newRow("check-ins of an account")
        << request::listCheckIns(40001234) << "GET"_ba << u"/appointments/"_s << u"/appointments/"_s
        << u"customer_id=40001234"_s << true << read << none;
    QTest::newRow("all check-ins") << request::listAllCheckIns() << "GET"_ba << u"/appointments/"_s
                                   << u"/appointments/"_s << QString() << true << read << none;
    QTest::newRow("check-in create") << request::createCheckIn({40001234, u"Drop-in"_s, u"hi"_s, {}}) << "POST"_ba
                                     << u"/appointments/"_s << u"/appointments/"_s << QString() << false << write
                                     << form;
    QTest::newRow("routes") << request::listRoutes() << "GET"_ba << u"/routes/"_s << u"/routes/"_s << QString() << true
                            << read << none;
    QTest::newRow("route detail") << request::getRoute(3101) << "GET"_ba << u"/routes/3101/"_s << u"/routes/{id}/"_s
                                  << QString() << true << read << none;
}

void TestBadgerParsers::requestShapes()
{
    QFETCH(ApiRequest, request);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, pathTemplate);
    QFETCH(QString, query);
    QFETCH(bool, idempotent);
    QFETCH(int, priority);
    QFETCH(int, bodyKind);
    QCOMPARE(int(request.service), int(Service::Badger));
    QCOMPARE(request.method, method);
    QCOMPARE(request.path, path);
    QVERIFY(request.path.endsWith(u'/'));
    QCOMPARE(request.pathTemplate, pathTemplate);
    QVERIFY(request.pathTemplate.endsWith(u'/'));
    QVERIFY(!request.pathTemplate.contains(QRegularExpression(u"\\d"_s))); // ids replaced for the call log
    QCOMPARE(request.query.toString(QUrl::FullyEncoded), query);
    QCOMPARE(request.idempotent, idempotent);
    QCOMPARE(int(request.priority), priority);
    QCOMPARE(int(request.bodyKind), bodyKind);
    QVERIFY(request.operation.startsWith(u"badger."_s));
    if (request.bodyKind == BodyKind::None) {
        QVERIFY(request.body.isEmpty());
    }
}

void TestBadgerParsers::createFormAlwaysHasRequiredKeys()
{
    AccountInput in;
    in.lastName = u"Blue Harbor Veterinary"_s;
    in.address = u"77 Sample Street, Peoria, IL"_s;
    in.accountOwner = 5021;
    in.customFields.insert(u"custom_text"_s, u"Prospect"_s);
    in.customFields.insert(u"custom_numeric3"_s, u"12.5"_s);
    in.customFields.insert(u"custom_text1"_s, u"no such field"_s); // there is no custom_text1: dropped
    const ApiRequest r = request::createAccount(in);
    const QStringList keys = formKeys(r.body);
    // phone_number and email are required KEYS even when empty; first_name only when given.
    QCOMPARE(keys,
             (QStringList {u"last_name"_s, u"address"_s, u"account_owner"_s, u"phone_number"_s, u"email"_s,
                           u"custom_numeric3"_s, u"custom_text"_s}));
    const auto f = formOf(r.body);
    QCOMPARE(f.value(u"phone_number"_s), QString());
    QCOMPARE(f.value(u"email"_s), QString());
    QCOMPARE(f.value(u"account_owner"_s), u"5021"_s);
    QCOMPARE(f.value(u"address"_s), in.address);

    in.firstName = u"Avery"_s;
    in.lat = 40.6936;
    in.lng = -89.589;
    const auto f2 = formOf(request::createAccount(in).body);
    QCOMPARE(f2.value(u"first_name"_s), u"Avery"_s);
    QCOMPARE(f2.value(u"lat"_s), u"40.6936"_s);
    QCOMPARE(f2.value(u"lng"_s), u"-89.589"_s);

    in.lng.reset(); // lat without lng: geocoding cannot be skipped, so neither is sent
    const auto f3 = formOf(request::createAccount(in).body);
    QVERIFY(!f3.contains(u"lat"_s));
}

void TestBadgerParsers::formEncodingSurvivesReservedCharacters()
{
    const QByteArray body = request::encodeForm({{u"last_name"_s, u"Smith & Sons = 100% + more"_s},
                                                 {u"email"_s, u"a+b@example.com"_s},
                                                 {u"notes"_s, u"Zoë — Café\nline 2"_s}});
    QVERIFY(!body.contains(' '));
    QVERIFY(!body.contains('+'));
    QCOMPARE(body.count('&'), 2);
    const auto f = formOf(body);
    QCOMPARE(f.value(u"last_name"_s), u"Smith & Sons = 100% + more"_s);
    QCOMPARE(f.value(u"email"_s), u"a+b@example.com"_s);
    QCOMPARE(f.value(u"notes"_s), u"Zoë — Café\nline 2"_s);
}

void TestBadgerParsers::patchSendsOnlyChangedKeys()
{
    AccountPatch p;
    QVERIFY(p.isEmpty());
    QVERIFY(request::updateAccount(1, p).body.isEmpty());
    p.customFields.insert(u"custom_text2"_s, u"Send quote"_s);
    QVERIFY(!p.isEmpty());
    QCOMPARE(request::updateAccount(1, p).body, "custom_text2=Send%20quote"_ba);
    p.email = QString(); // set to empty: clears the field, so the key IS sent
    p.accountOwner = 5034;
    QCOMPARE(formKeys(request::updateAccount(1, p).body),
             (QStringList {u"email"_s, u"account_owner"_s, u"custom_text2"_s}));
}

void TestBadgerParsers::checkInForm()
{
    CheckInInput in {40001234, u"Phone Call"_s, QString(), QJsonObject {{u"Log Type"_s, u"Phone Call"_s}}};
    const auto f = formOf(request::createCheckIn(in).body);
    QCOMPARE(f.value(u"customer"_s), u"40001234"_s);
    QCOMPARE(f.value(u"type"_s), u"Phone Call"_s);
    QVERIFY(f.contains(u"comments"_s));
    QCOMPARE(QJsonDocument::fromJson(f.value(u"extra_fields"_s).toUtf8()).object(), in.extraFields);
    in.type.clear();
    in.extraFields = {};
    QCOMPARE(formKeys(request::createCheckIn(in).body), (QStringList {u"customer"_s, u"comments"_s}));
}

void TestBadgerParsers::locationForm()
{
    QCOMPARE(request::updateLocation(1, {u"5731 Palmer Way, Carlsbad, CA"_s, 33.13773, -117.272667}).body,
             "address=5731%20Palmer%20Way%2C%20Carlsbad%2C%20CA&lat=33.13773&lng=-117.272667"_ba);
    QCOMPARE(request::updateLocation(1, {u"x"_s, {}, {}}).body, "address=x"_ba);
}

void TestBadgerParsers::datafieldMapping_data()
{
    QTest::addColumn<QString>("datafield");
    QTest::addColumn<QString>("accountKey");
    QTest::newRow("ct") << u"ct"_s << u"custom_text"_s;
    QTest::newRow("ct2") << u"ct2"_s << u"custom_text2"_s;
    QTest::newRow("ct30") << u"ct30"_s << u"custom_text30"_s;
    QTest::newRow("cn") << u"cn"_s << u"custom_numeric"_s;
    QTest::newRow("cn17") << u"cn17"_s << u"custom_numeric17"_s;
    QTest::newRow("ct1 does not exist") << u"ct1"_s << QString();
    QTest::newRow("ct31 is beyond 30") << u"ct31"_s << QString();
    QTest::newRow("ct02 is not a code") << u"ct02"_s << QString();
    QTest::newRow("system field dslc") << u"dslc"_s << QString();
    QTest::newRow("system field dufu") << u"dufu"_s << QString();
    QTest::newRow("upper case") << u"CT2"_s << QString();
}

void TestBadgerParsers::datafieldMapping()
{
    QFETCH(QString, datafield);
    QFETCH(QString, accountKey);
    QCOMPARE(accountKeyForDatafield(datafield), accountKey);
    if (!accountKey.isEmpty()) {
        QCOMPARE(datafieldForAccountKey(accountKey), datafield);
        QVERIFY(isCustomFieldKey(accountKey));
        QCOMPARE(isNumericCustomFieldKey(accountKey), datafield.startsWith(u"cn"_s));
    }
}

void TestBadgerParsers::loginSuccess()
{
    const LoginResult r = parseLogin(reply(200, sample("login.json")));
    QVERIFY(r.ok());
    QCOMPARE(r.status, LoginStatus::Successful);
    QCOMPARE(r.token, u"0000000000example0000000000000000token"_s);
    QCOMPARE(r.userId, 5021);
    // The token from a login is a secret from then on.
    QVERIFY(!fb::redact::text(u"x 0000000000example0000000000000000token y"_s).contains(r.token));
}

void TestBadgerParsers::loginStatuses_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<LoginStatus>("expected");
    QTest::addColumn<ErrorClass>("error");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing key") << "error_missing_key"_ba << LoginStatus::MissingKey << ErrorClass::Validation
                                 << u"both a user name and a password"_s;
    QTest::newRow("disabled") << "error_account_disabled"_ba << LoginStatus::AccountDisabled << ErrorClass::Forbidden
                              << u"disabled"_s;
    QTest::newRow("does not exist / bad password")
        << "error_account_does_not_exist"_ba << LoginStatus::AccountDoesNotExist << ErrorClass::Auth
        << u"user name and password"_s;
    QTest::newRow("non post") << "error_non_post_request"_ba << LoginStatus::NonPostRequest << ErrorClass::Validation
                              << u"POST"_s;
    QTest::newRow("trial expired") << "error_trial_expired"_ba << LoginStatus::TrialExpired << ErrorClass::Forbidden
                                   << u"trial"_s;
    QTest::newRow("delinquent") << "error_account_delinquent"_ba << LoginStatus::AccountDelinquent
                                << ErrorClass::Forbidden << u"unpaid"_s;
    QTest::newRow("unknown status") << "error_new_kind"_ba << LoginStatus::Unknown << ErrorClass::Other
                                    << u"error_new_kind"_s;
    QTest::newRow("successful without token")
        << "login_successful"_ba << LoginStatus::Unknown << ErrorClass::Malformed << u"without a token"_s;
}

void TestBadgerParsers::loginStatuses()
{
    QFETCH(QByteArray, status);
    QFETCH(LoginStatus, expected);
    QFETCH(ErrorClass, error);
    QFETCH(QString, messagePart);
    // Failures come back as HTTP 200 (DOC); the status word decides.
    const LoginResult r = parseLogin(reply(200, "{\"status\":\"" + status + "\"}"));
    QVERIFY(!r.ok());
    QCOMPARE(r.status, expected);
    QCOMPARE(toString(r.api.error), toString(error));
    QVERIFY2(r.api.message.contains(messagePart), qPrintable(r.api.message));
    QVERIFY(r.token.isEmpty());
    if (expected != LoginStatus::Unknown) {
        QCOMPARE(r.statusText, QString::fromLatin1(status));
    }
}

void TestBadgerParsers::profileSample()
{
    const auto r = parseProfile(reply(200, sample("profile.json")));
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    QCOMPARE(r->id, 5021);
    QCOMPARE(r->displayName(), u"Avery Sample"_s);
    QCOMPARE(r->email, u"avery.sample@example.com"_s);
    QVERIFY(r->company);
    QCOMPARE(r->company->name, u"Northwind Demo Co"_s);
    QCOMPARE(r->company->id, 7788);
    QVERIFY(!r->isManager);
    QVERIFY(r->isUserCanEdit);
    QVERIFY(r->isUserCanDeleteCheckins);
    QCOMPARE(r->datafields.size(), 5);
    QCOMPARE(r->datafields[0].accountKey(), u"custom_text"_s);
    QCOMPARE(r->datafields[0].label, u"Status"_s);
    QCOMPARE(r->datafields[0].type, Datafield::Type::Text);
    QCOMPARE(r->datafields[0].values.size(), 2);
    QCOMPARE(r->datafields[1].accountKey(), u"custom_numeric"_s);
    QCOMPARE(r->datafields[1].type, Datafield::Type::Numeric);
    QCOMPARE(r->datafields[1].max.value_or(0), 500000.0);
    QVERIFY(!r->datafields[3].min); // null stays "unknown"
    QCOMPARE(r->datafields[4].accountKey(), u"custom_text3"_s);
    QCOMPARE(r->apptlogFields.size(), 2);
    QCOMPARE(r->apptlogFields[0].label, u"Log Type"_s);
    QCOMPARE(r->apptlogFields[0].options.size(), 2);
    QCOMPARE(r->defaultApptLength, 30);
    // Fields with no member are kept.
    QCOMPARE(r->extra.value(u"referral_url"_s).toString(), u"https://sidekick.badgermapping.com/r/example/"_s);
    QCOMPARE(r->extra.value(u"map_start_zoom"_s).toInt(), 5);
    QVERIFY(!r->extra.contains(u"datafields"_s));
}

void TestBadgerParsers::userSearchBothShapes()
{
    bool wasList = true;
    auto r = parseUserSearch(reply(200, sample("search-user.json")), &wasList);
    QVERIFY(r.ok());
    QVERIFY(!wasList);
    QCOMPARE(r->size(), 1);
    QCOMPARE(r->at(0).id, 5034);
    QCOMPARE(r->at(0).username, u"jrivera"_s);

    r = parseUserSearch(reply(200, "[" + sample("search-user.json") + ",{\"id\":7,\"email\":\"b@x\"}]"), &wasList);
    QVERIFY(r.ok());
    QVERIFY(wasList);
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(1).email, u"b@x"_s);

    r = parseUserSearch(reply(200, "[]"), &wasList);
    QVERIFY(r.ok());
    QVERIFY(wasList);
    QVERIFY(r->isEmpty());

    // No match in the one-object shape: DRF's 404 {"detail": "Not found."} means "nobody", not an error.
    r = parseUserSearch(reply(404, "{\"detail\":\"Not found.\"}", ErrorClass::NotFound));
    QVERIFY(r.ok());
    QVERIFY(r->isEmpty());
}

void TestBadgerParsers::accountListSample()
{
    const auto r = parseAccountList(reply(200, sample("customers-list.json")));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 3);
    QCOMPARE(r->at(0).id, 40001234);
    QCOMPARE(r->at(0).lastName, u"Acme Dental Supply"_s);
    QVERIFY(r->at(0).firstName.isEmpty());
}

void TestBadgerParsers::accountDetailSample()
{
    const auto r = parseAccount(reply(200, sample("customer-detail.json")));
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    const Account& a = *r;
    QCOMPARE(a.id, 40001234);
    QCOMPARE(a.lastName, u"Acme Dental Supply"_s);
    QCOMPARE(a.email, u"frontdesk@acme-dental.example"_s);
    QCOMPARE(a.customFields.size(), 60); // custom_text..30 and custom_numeric..30
    QCOMPARE(a.customFields.value(u"custom_text"_s).toString(), u"Active"_s);
    QCOMPARE(a.customFields.value(u"custom_numeric"_s).toDouble(), 125000.0);
    QVERIFY(a.customFields.value(u"custom_text4"_s).isNull());
    QCOMPARE(a.customerId, u"EXT-1001"_s);
    QCOMPARE(a.locations.size(), 1);
    QCOMPARE(a.locations[0].id, 55501234);
    QCOMPARE(a.locations[0].lat.value_or(0), 39.7817);
    QCOMPARE(a.locations[0].lng.value_or(0), -89.6501);
    QVERIFY(!a.changedAt().isValid()); // the documented account has no change timestamp
    QVERIFY(!a.accountOwner);
    QVERIFY(a.extra.isEmpty());

    const auto u = parseAccount(reply(200, sample("customer-update-response.json")));
    QVERIFY(u.ok());
    QCOMPARE(u->customFields.value(u"custom_text2"_s).toString(), u"Send quote"_s);
}

void TestBadgerParsers::createWrapperAndBareAccount()
{
    auto r = parseCreatedAccount(reply(201, sample("customer-create-response.json")));
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    QVERIFY(r->wrapped);
    QCOMPARE(r->account.id, 40009999);
    QCOMPARE(r->account.extra.value(u"territory"_s).toObject().value(u"name"_s).toString(), u"US"_s);
    QVERIFY(r->profile);
    QCOMPARE(r->profile->id, 5021);
    QVERIFY(r->location);
    QCOMPARE(r->location->id, 55509999);

    r = parseCreatedAccount(reply(201, sample("customer-detail.json")));
    QVERIFY(r.ok());
    QVERIFY(!r->wrapped);
    QCOMPARE(r->account.id, 40001234);
    QVERIFY(!r->profile);
    QVERIFY(r->location);
    QCOMPARE(r->location->id, 55501234);

    r = parseCreatedAccount(reply(201, "{\"customer\": 5}"));
    QVERIFY(!r.ok());
    QCOMPARE(toString(r.api.error), toString(ErrorClass::Malformed));
}

void TestBadgerParsers::deleteStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("204 no body") << 204 << QByteArray() << true;
    QTest::newRow("200 with a body") << 200 << "{\"deleted\":true}"_ba << true;
    QTest::newRow("200 with junk") << 200 << "<html>ok</html>"_ba << true;
    QTest::newRow("404") << 404 << "{\"detail\":\"Not found.\"}"_ba << false;
}

void TestBadgerParsers::deleteStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    const auto r = parseDeleted(reply(status, body));
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QCOMPARE(toString(r.api.error), toString(ErrorClass::NotFound));
        QVERIFY(r.api.message.contains(u"Not found."_s));
    }
}

void TestBadgerParsers::locationSample()
{
    const auto r = parseLocation(reply(200, sample("location-update-response.json")));
    QVERIFY(r.ok());
    QCOMPARE(r->id, 55501234);
    QCOMPARE(r->addressLine1, u"1450 Example Blvd"_s);
    QCOMPARE(r->zipcode, u"62702"_s);
    QCOMPARE(r->wkt, u"POINT (-89.6436999999999955 39.8001000000000005)"_s);
}

void TestBadgerParsers::checkInSamples()
{
    auto list = parseCheckInList(reply(200, sample("appointments-list.json")));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, 880012);
    QCOMPARE(list->at(0).customer, 40001234);
    QCOMPARE(list->at(0).logDatetime, QDateTime(QDate(2025, 3, 11), QTime(9, 42, 10, 517), QTimeZone::utc()));
    QVERIFY(list->at(0).extraFields.isNull());
    QCOMPARE(list->at(1).createdBy, u"Avery Sample"_s);

    list = parseCheckInList(reply(200, sample("appointments-list-custom-fields.json")));
    QVERIFY(list.ok());
    QCOMPARE(list->at(0).extraFields.toObject().value(u"Meeting Notes"_s).toString(),
             u"Confirmed delivery window for next order."_s);

    const auto one = parseCheckIn(reply(201, sample("appointment-create-response.json")));
    QVERIFY(one.ok());
    QCOMPARE(one->id, 880150);
    QCOMPARE(one->type, u"Drop-in"_s);

    // extra_fields sent back as a JSON string is unpacked.
    const auto str =
        parseCheckIn(reply(201, "{\"id\":1,\"customer\":2,\"extra_fields\":\"{\\\"Log Type\\\":\\\"Meeting\\\"}\"}"));
    QVERIFY(str.ok());
    QCOMPARE(str->extraFields.toObject().value(u"Log Type"_s).toString(), u"Meeting"_s);
}

void TestBadgerParsers::routeSamples()
{
    const auto list = parseRouteList(reply(200, sample("routes-list.json")));
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).routeDate, QDate(2025, 4, 15));
    const auto r = parseRoute(reply(200, sample("route-detail.json")));
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    QCOMPARE(r->name, u"Monday Downtown"_s);
    QCOMPARE(r->startTime, u"09:00:00"_s);
    QCOMPARE(r->waypoints.size(), 2);
    QCOMPARE(r->waypoints[1].position, 1);
    QCOMPARE(r->waypoints[1].customerId.value_or(0), 40004567);
    QCOMPARE(r->waypoints[1].locationId.value_or(0), 55504567);
    QCOMPARE(r->waypoints[0].layoverMinutes, 30);
    QVERIFY(r->duration.isNull());
}

void TestBadgerParsers::resultsWrapper()
{
    const auto r =
        parseAccountList(reply(200, "{\"count\":1,\"next\":null,\"results\":" + sample("customers-list.json") + "}"));
    QVERIFY(r.ok());
    QCOMPARE(r->size(), 3);
    const auto c = parseCheckInList(reply(200, "{\"results\":[]}"));
    QVERIFY(c.ok());
    QVERIFY(c->isEmpty());
}

void TestBadgerParsers::unknownFieldsKept()
{
    const auto r = parseAccount(
        reply(200,
              "{\"id\":1,\"last_name\":\"X\",\"days_since_last_checkin\":4,\"new_thing\":{\"a\":[1]},"
              "\"updated_at\":\"2026-01-05T10:00:00.123456Z\",\"last_modified_date\":\"2026-01-05T11:00:00Z\","
              "\"account_owner\":5021,\"locations\":[{\"id\":2,\"is_approximate\":true}]}"));
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    QCOMPARE(r->extra.value(u"days_since_last_checkin"_s).toInt(), 4);
    QCOMPARE(r->extra.value(u"new_thing"_s).toObject().value(u"a"_s).toArray().size(), 1);
    QVERIFY(!r->extra.contains(u"updated_at"_s));
    QCOMPARE(r->accountOwner.value_or(0), 5021);
    QCOMPARE(r->updatedAt, QDateTime(QDate(2026, 1, 5), QTime(10, 0, 0, 123), QTimeZone::utc()));
    QCOMPARE(r->changedAt(), QDateTime(QDate(2026, 1, 5), QTime(11, 0), QTimeZone::utc()));
    QCOMPARE(r->locations[0].extra.value(u"is_approximate"_s).toBool(), true);
}

void TestBadgerParsers::decimalStrings()
{
    // Django REST Framework's default for decimals is a string; ids may arrive as strings too.
    const auto r = parseAccount(
        reply(200,
              "{\"id\":\"12\",\"last_name\":\"X\",\"custom_numeric\":\"125000.00\",\"custom_numeric2\":\"\","
              "\"custom_text2\":42,\"locations\":[{\"id\":3,\"lat\":\"39.78\",\"long\":\"-89.65\","
              "\"zipcode\":62701}]}"));
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    QCOMPARE(r->id, 12);
    QCOMPARE(r->customFields.value(u"custom_numeric"_s).toDouble(), 125000.0);
    QVERIFY(r->customFields.value(u"custom_numeric2"_s).isNull());
    QCOMPARE(r->customFields.value(u"custom_text2"_s).toString(), u"42"_s);
    QCOMPARE(r->locations[0].lat.value_or(0), 39.78);
    QCOMPARE(r->locations[0].zipcode, u"62701"_s);
}

void TestBadgerParsers::dateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2014, 1, 24), QTime(13, 32, 22, 179), QTimeZone::utc());
    QTest::newRow("doc form, no offset = UTC") << u"2014-01-24T13:32:22.179"_s << base;
    QTest::newRow("Z") << u"2014-01-24T13:32:22.179Z"_s << base;
    QTest::newRow("microseconds") << u"2014-01-24T13:32:22.179999Z"_s << base;
    QTest::newRow("offset") << u"2014-01-24T14:32:22.179+01:00"_s << base;
    QTest::newRow("no fraction") << u"2014-01-24T13:32:22"_s << base.addMSecs(-179);
    QTest::newRow("space separator, micro, offset") << u"2014-01-24 13:32:22.179123+00:00"_s << base;
    QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestBadgerParsers::dateTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime t = parseBadgerDateTime(text);
    QCOMPARE(t.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(t, expected);
        QCOMPARE(t.timeSpec(), Qt::UTC);
    }
}

void TestBadgerParsers::badBodies_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("account: malformed JSON") << u"account"_s << 200 << "{\"id\":1,\"last_name\":"_ba << u"not JSON"_s;
    QTest::newRow("account: empty body") << u"account"_s << 200 << QByteArray() << u"empty"_s;
    QTest::newRow("account: HTML page at 200")
        << u"account"_s << 200 << "<!DOCTYPE html><html><head><title>Login</title></head><body>x</body></html>"_ba
        << u"web page"_s;
    QTest::newRow("account: an array") << u"account"_s << 200 << "[1,2]"_ba << u"an array"_s;
    QTest::newRow("account: missing id") << u"account"_s << 200 << "{\"last_name\":\"X\"}"_ba
                                         << u"account.id: missing"_s;
    QTest::newRow("account: missing last_name")
        << u"account"_s << 200 << "{\"id\":1}"_ba << u"account.last_name: missing"_s;
    QTest::newRow("account: id is text") << u"account"_s << 200 << "{\"id\":\"abc\",\"last_name\":\"X\"}"_ba
                                         << u"account.id"_s;
    QTest::newRow("account: id fractional")
        << u"account"_s << 200 << "{\"id\":1.5,\"last_name\":\"X\"}"_ba << u"account.id"_s;
    QTest::newRow("account: email is an object")
        << u"account"_s << 200 << "{\"id\":1,\"last_name\":\"X\",\"email\":{}}"_ba
        << u"account.email: expected a string, got an object"_s;
    QTest::newRow("account: custom_numeric is a word")
        << u"account"_s << 200 << "{\"id\":1,\"last_name\":\"X\",\"custom_numeric\":\"lots\"}"_ba
        << u"custom_numeric: expected a number"_s;
    QTest::newRow("account: locations not an array")
        << u"account"_s << 200 << "{\"id\":1,\"last_name\":\"X\",\"locations\":{\"id\":1}}"_ba
        << u"locations: expected an array"_s;
    QTest::newRow("account: location without id")
        << u"account"_s << 200 << "{\"id\":1,\"last_name\":\"X\",\"locations\":[{\"city\":\"Y\"}]}"_ba
        << u"locations[0]"_s;
    QTest::newRow("account: updated_at garbage")
        << u"account"_s << 200 << "{\"id\":1,\"last_name\":\"X\",\"updated_at\":\"soon\"}"_ba
        << u"updated_at: not a date"_s;
    QTest::newRow("account list: an object") << u"accounts"_s << 200 << "{\"id\":1}"_ba << u"expected a list"_s;
    QTest::newRow("account list: item is a number") << u"accounts"_s << 200 << "[1]"_ba << u"accounts[0] is a number"_s;
    QTest::newRow("account list: null") << u"accounts"_s << 200 << "null"_ba << u"not JSON"_s;
    QTest::newRow("check-ins: customer missing") << u"checkins"_s << 200 << "[{\"id\":1}]"_ba << u"customer: missing"_s;
    QTest::newRow("check-ins: log_datetime wrong")
        << u"checkins"_s << 200 << "[{\"id\":1,\"customer\":2,\"log_datetime\":true}]"_ba
        << u"log_datetime: expected a string"_s;
    QTest::newRow("profile: datafields not a list")
        << u"profile"_s << 200 << "{\"id\":1,\"datafields\":\"ct\"}"_ba << u"datafields: expected an array"_s;
    QTest::newRow("profile: datafield without name")
        << u"profile"_s << 200 << "{\"id\":1,\"datafields\":[{\"label\":\"x\"}]}"_ba << u"datafield.name: missing"_s;
    QTest::newRow("profile: is_manager a string")
        << u"profile"_s << 200 << "{\"id\":1,\"is_manager\":\"yes\"}"_ba << u"is_manager: expected true or false"_s;
    QTest::newRow("profile: company a string")
        << u"profile"_s << 200 << "{\"id\":1,\"company\":\"Acme\"}"_ba << u"company: expected an object"_s;
    QTest::newRow("route: waypoints hold strings")
        << u"route"_s << 200 << "{\"id\":1,\"waypoints\":[\"a\"]}"_ba << u"waypoints[0]"_s;
    QTest::newRow("route: position too large")
        << u"route"_s << 200 << "{\"id\":1,\"waypoints\":[{\"id\":2,\"position\":1e12}]}"_ba << u"out of range"_s;
    QTest::newRow("login: no status") << u"login"_s << 200 << "{\"token\":\"abc\"}"_ba << u"no status"_s;
    QTest::newRow("login: HTML") << u"login"_s << 200 << "<html><title>Maintenance</title></html>"_ba << u"web page"_s;
    QTest::newRow("user search: item without id")
        << u"users"_s << 200 << "{\"email\":\"a@b\"}"_ba << u"user.id: missing"_s;
    QTest::newRow("location: lat is a list")
        << u"location"_s << 200 << "{\"id\":1,\"lat\":[1]}"_ba << u"location.lat: expected a number"_s;
}

void TestBadgerParsers::badBodies()
{
    QFETCH(QString, parser);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, messagePart);
    const ApiResult in = reply(status, body);
    ApiResult out;
    bool ok = true;
    if (parser == u"account"_s) {
        const auto r = parseAccount(in);
        ok = r.ok();
        out = r.api;
    } else if (parser == u"accounts"_s) {
        const auto r = parseAccountList(in);
        ok = r.ok();
        out = r.api;
    } else if (parser == u"checkins"_s) {
        const auto r = parseCheckInList(in);
        ok = r.ok();
        out = r.api;
    } else if (parser == u"profile"_s) {
        const auto r = parseProfile(in);
        ok = r.ok();
        out = r.api;
    } else if (parser == u"route"_s) {
        const auto r = parseRoute(in);
        ok = r.ok();
        out = r.api;
    } else if (parser == u"login"_s) {
        const auto r = parseLogin(in);
        ok = r.ok();
        out = r.api;
    } else if (parser == u"users"_s) {
        const auto r = parseUserSearch(in);
        ok = r.ok();
        out = r.api;
    } else if (parser == u"location"_s) {
        const auto r = parseLocation(in);
        ok = r.ok();
        out = r.api;
    } else {
        QFAIL("unknown parser");
    }
    QVERIFY(!ok);
    QCOMPARE(toString(out.error), toString(ErrorClass::Malformed));
    QVERIFY2(out.message.contains(messagePart), qPrintable(out.message));
    QCOMPARE(out.status, status); // transport facts survive
}

void TestBadgerParsers::errorPassThrough_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorClass>("engineError");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorClass>("expected");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("401 wrong key") << 401 << ErrorClass::Auth << "{\"detail\":\"Invalid token.\"}"_ba
                                   << ErrorClass::Auth << u"Badger rejected the API key"_s;
    QTest::newRow("401 keeps the server's words")
        << 401 << ErrorClass::Auth << "{\"detail\":\"Invalid token.\"}"_ba << ErrorClass::Auth << u"Invalid token."_s;
    QTest::newRow("403") << 403 << ErrorClass::Forbidden << "{\"detail\":\"You do not have permission.\"}"_ba
                         << ErrorClass::Forbidden << u"You do not have permission."_s;
    QTest::newRow("400 field errors") << 400 << ErrorClass::Validation
                                      << "{\"last_name\":[\"This field is required.\"],\"account_owner\":"
                                         "[\"Invalid pk \\\"9\\\" - object does not exist.\"]}"_ba
                                      << ErrorClass::Validation << u"last_name: This field is required."_s;
    QTest::newRow("400 non_field_errors")
        << 400 << ErrorClass::Validation << "{\"non_field_errors\":[\"Invalid data.\"]}"_ba << ErrorClass::Validation
        << u"Invalid data."_s;
    QTest::newRow("404 HTML: wrong base URL") << 404 << ErrorClass::NotFound
                                              << "<!DOCTYPE html><html><head><title>Page not found at /api/3/</title>"
                                                 "</head><body></body></html>"_ba
                                              << ErrorClass::NotFound << u"base URL is probably wrong"_s;
    QTest::newRow("404 JSON: record gone") << 404 << ErrorClass::NotFound << "{\"detail\":\"Not found.\"}"_ba
                                           << ErrorClass::NotFound << u"does not know this record"_s;
    QTest::newRow("429") << 429 << ErrorClass::RateLimited
                         << "{\"detail\":\"Request was throttled. Expected available in 60 seconds.\"}"_ba
                         << ErrorClass::RateLimited << u"throttled"_s;
    QTest::newRow("500 HTML") << 500 << ErrorClass::Server << "<html><title>Server Error (500)</title></html>"_ba
                              << ErrorClass::Server << u"Server Error (500)"_s;
    QTest::newRow("status without engine class")
        << 422 << ErrorClass::None << "{\"detail\":\"nope\"}"_ba << ErrorClass::Validation << u"nope"_s;
    QTest::newRow("network error") << 0 << ErrorClass::Network << QByteArray() << ErrorClass::Network << u"network"_s;
}

void TestBadgerParsers::errorPassThrough()
{
    QFETCH(int, status);
    QFETCH(ErrorClass, engineError);
    QFETCH(QByteArray, body);
    QFETCH(ErrorClass, expected);
    QFETCH(QString, messagePart);
    ApiResult in = reply(status, body, engineError);
    if (engineError == ErrorClass::Network) {
        in.message = u"A network error: connection refused"_s;
    }
    const auto r = parseAccount(in);
    QVERIFY(!r.ok());
    QCOMPARE(toString(r.api.error), toString(expected));
    QVERIFY2(r.api.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(r.api.message));
}

void TestBadgerParsers::hugeBodyNoCrash()
{
    // 50 MB of nested arrays and a 50 MB string: a typed error or a value, never a crash.
    QByteArray deep(50 * 1024 * 1024, '[');
    auto r = parseAccountList(reply(200, deep));
    QVERIFY(!r.ok());
    QCOMPARE(toString(r.api.error), toString(ErrorClass::Malformed));
    QByteArray bigString = "{\"id\":1,\"last_name\":\"" + QByteArray(50 * 1024 * 1024, 'x') + "\"}";
    const auto a = parseAccount(reply(200, bigString));
    QVERIFY(a.ok());
    QCOMPARE(a->lastName.size(), 50 * 1024 * 1024);
    QVERIFY(errorMessageFromBody(bigString).size() <= 400);
}

QTEST_GUILESS_MAIN(TestBadgerParsers)
#include "tst_badgerparsers.moc"
