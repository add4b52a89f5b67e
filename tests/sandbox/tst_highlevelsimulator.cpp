// The HighLevel simulator's behaviour over real HTTP (QNetworkAccessManager -> loopback -> SandboxServer): auth and
// location checks, validation shapes, upsert matching, tag replacement, custom-field asymmetry, search paging while
// records change, the deprecated list, tasks/notes/tags/followers, rate limits and the daily cap.
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using fb::testsupport::HttpResponse;
using fb::testsupport::SandboxFixture;

namespace {

const QString kLoc = QString::fromLatin1(SandboxFixture::kLocationId);
const QString kOtherLoc = QString::fromLatin1(SandboxFixture::kOtherLocationId);
const QString kText = QString::fromLatin1(SandboxFixture::kTextFieldId);
const QString kCheckbox = QString::fromLatin1(SandboxFixture::kCheckboxFieldId);

bool isGhlId(const QString& id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9]{20}$"_s);
    return re.match(id).hasMatch();
}

bool isIsoMs(const QString& s)
{
    static const QRegularExpression re(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    return re.match(s).hasMatch();
}

QStringList ids(const QJsonArray& contacts)
{
    QStringList out;
    for (const QJsonValue& v : contacts)
        out.append(v.toObject().value(u"id"_s).toString());
    return out;
}

} // namespace

class TestHighLevelSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void authAndVersion_data();
    void authAndVersion();
    void locationAccess_data();
    void locationAccess();
    void createGetUpdateDelete();
    void createValidation_data();
    void createValidation();
    void createRefusesDuplicates();
    void upsertMatching_data();
    void upsertMatching();
    void tagsReplacedOnUpdateAndUpsert();
    void tagEndpointsAddAndRemove();
    void customFieldAsymmetry();
    void searchFiltersAndValidation_data();
    void searchFiltersAndValidation();
    void searchAfterPagingWhileRecordsChange();
    void searchPageNumbers();
    void deprecatedListPaging();
    void duplicateSearch();
    void tasksLifecycle();
    void notesLifecycle();
    void followersAppointmentsBulkTags();
    void locationEndpoints();
    void rateLimitHeadersCountDown();
    void dailyCap();
    void unlimitedSendsNoBurstHeaders();
    void dumpRoundTripsAndIdsStayUnique();

private:
    HttpResponse get(const QString& path) { return m_fixture.client().send("GET", m_fixture.ghl(path)); }
    HttpResponse json(const QByteArray& method, const QString& path, const QJsonObject& body)
    {
        return m_fixture.client().sendJson(method, m_fixture.ghl(path), body);
    }
    QString createContact(const QJsonObject& fields);

    SandboxFixture m_fixture;
};

void TestHighLevelSimulator::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
}

void TestHighLevelSimulator::init()
{
    m_fixture.server().reset();
    m_fixture.server().loadSeed(SandboxFixture::highLevelSeed());
}

QString TestHighLevelSimulator::createContact(const QJsonObject& fields)
{
    QJsonObject body = fields;
    body.insert(u"locationId"_s, kLoc);
    const auto r = json("POST", u"/contacts/"_s, body);
    if (r.status != 201)
        qWarning("create failed: %d %s", r.status, r.body.constData());
    return r.json().value(u"contact"_s).toObject().value(u"id"_s).toString();
}

void TestHighLevelSimulator::authAndVersion_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    const QByteArray good = "Bearer "_ba + SandboxFixture::kToken;
    QTest::newRow("no token") << QByteArray() << "2021-07-28"_ba << u"/contacts/CntAnnLee00000000001"_s << 401;
    QTest::newRow("unknown token") << "Bearer nope"_ba
                                   << "2021-07-28"_ba << u"/contacts/CntAnnLee00000000001"_s << 401;
    QTest::newRow("token without Bearer")
        << QByteArray(SandboxFixture::kToken) << "2021-07-28"_ba << u"/contacts/CntAnnLee00000000001"_s << 401;
    QTest::newRow("no Version, op declares 422") << good << QByteArray() << u"/contacts/CntAnnLee00000000001"_s << 422;
    QTest::newRow("old Version, op declares 422")
        << good << "2021-04-15"_ba << u"/contacts/CntAnnLee00000000001"_s << 422;
    QTest::newRow("no Version, op without 422")
        << good << QByteArray() << u"/contacts/CntAnnLee00000000001/tasks"_s << 400;
    QTest::newRow("all good") << good << "2021-07-28"_ba << u"/contacts/CntAnnLee00000000001"_s << 200;
}

void TestHighLevelSimulator::authAndVersion()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, version);
    QFETCH(QString, path);
    QFETCH(int, status);
    fb::testsupport::HttpTestClient bare;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    if (!version.isEmpty())
        headers.append({"Version", version});
    const auto r = bare.send("GET", m_fixture.ghl(path), {}, headers);
    QCOMPARE(r.status, status);
    const QJsonObject body = r.json();
    QVERIFY(!body.value(u"traceId"_s).toString().isEmpty());
    if (status == 401) {
        QCOMPARE(body.value(u"statusCode"_s).toInt(), 401);
        QCOMPARE(body.value(u"message"_s).toString(), u"Invalid token: access token is invalid"_s);
        QCOMPARE(body.value(u"error"_s).toString(), u"Unauthorized"_s);
        QVERIFY(r.header("X-RateLimit-Remaining").isEmpty()); // unauthenticated calls are not counted
    } else if (status == 422) {
        QVERIFY(body.value(u"message"_s).isArray());
        QCOMPARE(body.value(u"error"_s).toString(), u"Unprocessable Entity"_s);
    } else if (status == 400) {
        QVERIFY(body.value(u"message"_s).isString());
    }
}

void TestHighLevelSimulator::locationAccess_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("list another location") << "GET"_ba << u"/contacts/?locationId=%1"_s.arg(kOtherLoc) << QByteArray();
    QTest::newRow("contact of another location") << "GET"_ba << u"/contacts/CntCyOtherLoc0000003"_s << QByteArray();
    QTest::newRow("create in another location")
        << "POST"_ba << u"/contacts/"_s << QJsonDocument(QJsonObject {{u"locationId"_s, kOtherLoc}}).toJson();
    QTest::newRow("search another location")
        << "POST"_ba << u"/contacts/search"_s
        << QJsonDocument(QJsonObject {{u"locationId"_s, kOtherLoc}, {u"pageLimit"_s, 10}}).toJson();
    QTest::newRow("custom fields of another location")
        << "GET"_ba << u"/locations/%1/customFields"_s.arg(kOtherLoc) << QByteArray();
    QTest::newRow("another location itself") << "GET"_ba << u"/locations/%1"_s.arg(kOtherLoc) << QByteArray();
}

void TestHighLevelSimulator::locationAccess()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const auto r = m_fixture.client().send(method, m_fixture.ghl(path), body);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(u"message"_s).toString(), u"The token does not have access to this location."_s);
}

void TestHighLevelSimulator::createGetUpdateDelete()
{
    const auto created = json("POST", u"/contacts/"_s,
                              QJsonObject {{u"locationId"_s, kLoc},
                                           {u"firstName"_s, u"Dana"_s},
                                           {u"lastName"_s, u"Øster"_s},
                                           {u"email"_s, u"Dana@Example.com"_s},
                                           {u"someFutureField"_s, u"tolerated"_s}});
    QCOMPARE(created.status, 201);
    const QJsonObject contact = created.json().value(u"contact"_s).toObject();
    const QString id = contact.value(u"id"_s).toString();
    QVERIFY(isGhlId(id));
    QCOMPARE(contact.value(u"locationId"_s).toString(), kLoc);
    QCOMPARE(contact.value(u"emailLowerCase"_s).toString(), u"dana@example.com"_s);
    QCOMPARE(contact.value(u"fullNameLowerCase"_s).toString(), u"dana øster"_s);
    QVERIFY(isIsoMs(contact.value(u"dateAdded"_s).toString()));
    QCOMPARE(contact.value(u"dateUpdated"_s), contact.value(u"dateAdded"_s));
    QVERIFY(!created.json().value(u"traceId"_s).toString().isEmpty());

    m_fixture.server().advanceClock(1500);
    const auto updated =
        json("PUT", u"/contacts/"_s + id, QJsonObject {{u"city"_s, u"Tromsø"_s}, {u"email"_s, QJsonValue()}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(u"succeded"_s).toBool(), true);
    const QJsonObject after = updated.json().value(u"contact"_s).toObject();
    QCOMPARE(after.value(u"city"_s).toString(), u"Tromsø"_s);
    QVERIFY(!after.contains(u"email"_s)); // null clears
    QCOMPARE(after.value(u"firstName"_s).toString(), u"Dana"_s); // untouched fields stay
    QVERIFY(after.value(u"dateUpdated"_s).toString() > after.value(u"dateAdded"_s).toString());

    const auto fetched = get(u"/contacts/"_s + id);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json().value(u"contact"_s).toObject(), after);

    QCOMPARE(
        json("POST", u"/contacts/%1/tasks"_s.arg(id),
             QJsonObject {{u"title"_s, u"t"_s}, {u"dueDate"_s, u"2026-05-01T10:00:00Z"_s}, {u"completed"_s, false}})
            .status,
        201);
    const auto deleted = m_fixture.client().send("DELETE", m_fixture.ghl(u"/contacts/"_s + id));
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(u"succeded"_s).toBool(), true);
    const auto gone = get(u"/contacts/"_s + id);
    QCOMPARE(gone.status, 400);
    QCOMPARE(gone.json().value(u"message"_s).toString(), u"Contact not found"_s);
    QCOMPARE(get(u"/contacts/%1/tasks"_s.arg(id)).status, 400);
}

void TestHighLevelSimulator::createValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing locationId") << R"({"firstName":"A"})"_ba << 422 << u"locationId should not be empty"_s;
    QTest::newRow("bad email") << R"({"locationId":"LocSandboxFixture001","email":"not-an-email"})"_ba << 422
                               << u"email must be an email"_s;
    QTest::newRow("tags not an array") << R"({"locationId":"LocSandboxFixture001","tags":"vip"})"_ba << 422
                                       << u"tags must be an array"_s;
    QTest::newRow("dnd not boolean") << R"({"locationId":"LocSandboxFixture001","dnd":"yes"})"_ba << 422
                                     << u"dnd must be a boolean value"_s;
    QTest::newRow("firstName a number") << R"({"locationId":"LocSandboxFixture001","firstName":5})"_ba << 422
                                        << u"firstName must be a string"_s;
    QTest::newRow("malformed JSON") << R"({"locationId":)"_ba << 400 << u"Unexpected token"_s;
    QTest::newRow("JSON array body") << R"([1,2])"_ba << 400 << u"Bad Request"_s;
}

void TestHighLevelSimulator::createValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const auto r = m_fixture.client().send("POST", m_fixture.ghl(u"/contacts/"_s), body);
    QCOMPARE(r.status, status);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"statusCode"_s).toInt(), status);
    if (status == 422) {
        QVERIFY(o.value(u"message"_s).isArray());
        QVERIFY2(o.value(u"message"_s).toArray().contains(message), r.body.constData());
    } else {
        QVERIFY2(o.value(u"message"_s).toString().contains(message), r.body.constData());
    }
}

void TestHighLevelSimulator::createRefusesDuplicates()
{
    const auto r =
        json("POST", u"/contacts/"_s, QJsonObject {{u"locationId"_s, kLoc}, {u"email"_s, u"ann.lee@example.COM"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"message"_s).toString(), u"This location does not allow duplicated contacts."_s);
    QCOMPARE(r.json().value(u"meta"_s).toObject().value(u"contactId"_s).toString(), u"CntAnnLee00000000001"_s);
    QCOMPARE(r.json().value(u"meta"_s).toObject().value(u"matchingField"_s).toString(), u"email"_s);
}

void TestHighLevelSimulator::upsertMatching_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("isNew");
    QTest::addColumn<QString>("matchedId");
    QTest::newRow("email differing in case matches")
        << QJsonObject {{u"email"_s, u"ANN.LEE@example.com"_s}, {u"city"_s, u"Oslo"_s}} << false
        << u"CntAnnLee00000000001"_s;
    QTest::newRow("phone matches when no email")
        << QJsonObject {{u"phone"_s, u"+1 (555) 123-0002"_s}} << false << u"CntBoMarsh0000000002"_s;
    QTest::newRow("email wins over phone of another contact")
        << QJsonObject {{u"email"_s, u"ann.lee@example.com"_s}, {u"phone"_s, u"+15551230002"_s}} << false
        << u"CntAnnLee00000000001"_s;
    QTest::newRow("unknown email and phone create")
        << QJsonObject {{u"email"_s, u"new@example.com"_s}, {u"phone"_s, u"+15559999999"_s}} << true << QString();
    QTest::newRow("other location's email does not match")
        << QJsonObject {{u"email"_s, u"cy@other.example"_s}} << true << QString();
}

void TestHighLevelSimulator::upsertMatching()
{
    QFETCH(QJsonObject, body);
    QFETCH(bool, isNew);
    QFETCH(QString, matchedId);
    body.insert(u"locationId"_s, kLoc);
    const int before =
        m_fixture.server().state().value(u"highlevel"_s).toObject().value(u"contacts"_s).toArray().size();
    const auto r = json("POST", u"/contacts/upsert"_s, body);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"new"_s).toBool(), isNew);
    QVERIFY(!o.value(u"traceId"_s).toString().isEmpty());
    const QString id = o.value(u"contact"_s).toObject().value(u"id"_s).toString();
    if (!isNew)
        QCOMPARE(id, matchedId);
    const int after = m_fixture.server().state().value(u"highlevel"_s).toObject().value(u"contacts"_s).toArray().size();
    QCOMPARE(after, before + (isNew ? 1 : 0));
    // A second identical upsert never creates another record.
    QCOMPARE(json("POST", u"/contacts/upsert"_s, body).json().value(u"new"_s).toBool(), false);
}

void TestHighLevelSimulator::tagsReplacedOnUpdateAndUpsert()
{
    const auto updated = json("PUT", u"/contacts/CntAnnLee00000000001"_s,
                              QJsonObject {{u"tags"_s, QJsonArray {u"Hot Lead"_s, u"hot lead"_s, u" route-7 "_s}}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json().value(u"contact"_s).toObject().value(u"tags"_s).toArray(),
             (QJsonArray {u"hot lead"_s, u"route-7"_s}));
    // No tags key: tags stay as they are.
    const auto untouched = json("PUT", u"/contacts/CntAnnLee00000000001"_s, QJsonObject {{u"city"_s, u"X"_s}});
    QCOMPARE(untouched.json().value(u"contact"_s).toObject().value(u"tags"_s).toArray().size(), 2);
    const auto upserted =
        json("POST", u"/contacts/upsert"_s,
             QJsonObject {
                 {u"locationId"_s, kLoc}, {u"email"_s, u"ann.lee@example.com"_s}, {u"tags"_s, QJsonArray {u"only"_s}}});
    QCOMPARE(upserted.json().value(u"contact"_s).toObject().value(u"tags"_s).toArray(), QJsonArray {u"only"_s});
    const auto emptied = json("PUT", u"/contacts/CntAnnLee00000000001"_s, QJsonObject {{u"tags"_s, QJsonArray()}});
    QVERIFY(emptied.json().value(u"contact"_s).toObject().value(u"tags"_s).toArray().isEmpty());
}

void TestHighLevelSimulator::tagEndpointsAddAndRemove()
{
    const auto added = json("POST", u"/contacts/CntAnnLee00000000001/tags"_s,
                            QJsonObject {{u"tags"_s, QJsonArray {u"New"_s, u"customer"_s}}});
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json().value(u"tags"_s).toArray(), (QJsonArray {u"customer"_s, u"badger"_s, u"new"_s}));
    const auto removed = json("DELETE", u"/contacts/CntAnnLee00000000001/tags"_s,
                              QJsonObject {{u"tags"_s, QJsonArray {u"customer"_s, u"absent"_s}}});
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json().value(u"tags"_s).toArray(), (QJsonArray {u"badger"_s, u"new"_s}));
    QCOMPARE(json("POST", u"/contacts/CntAnnLee00000000001/tags"_s, QJsonObject {}).status, 422);
    // The new tag is now a location tag.
    const QJsonArray locationTags = get(u"/locations/%1/tags"_s.arg(kLoc)).json().value(u"tags"_s).toArray();
    QStringList names;
    for (const QJsonValue& t : locationTags)
        names.append(t.toObject().value(u"name"_s).toString());
    QVERIFY(names.contains(u"new"_s));
}

void TestHighLevelSimulator::customFieldAsymmetry()
{
    const auto r =
        json("PUT", u"/contacts/CntBoMarsh0000000002"_s,
             QJsonObject {
                 {u"customFields"_s,
                  QJsonArray {QJsonObject {{u"id"_s, kText}, {u"key"_s, u"region"_s}, {u"field_value"_s, u"South"_s}},
                              QJsonObject {{u"id"_s, kCheckbox}, {u"field_value"_s, QJsonArray {u"Roofing"_s}}}}}});
    QCOMPARE(r.status, 200);
    QJsonArray values = r.json().value(u"contact"_s).toObject().value(u"customFields"_s).toArray();
    QCOMPARE(values.size(), 2);
    for (const QJsonValue& v : values) {
        // Read shape: {id, value} only.
        QCOMPARE(v.toObject().keys(), (QStringList {u"id"_s, u"value"_s}));
    }
    QCOMPARE(values.at(0).toObject().value(u"value"_s).toString(), u"South"_s);
    QCOMPARE(values.at(1).toObject().value(u"value"_s).toArray(), QJsonArray {u"Roofing"_s});

    // {id, value} (common in the wild) and key-only writes are tolerated; writes merge by id; "" clears.
    const auto r2 =
        json("PUT", u"/contacts/CntBoMarsh0000000002"_s,
             QJsonObject {{u"customFields"_s, QJsonArray {QJsonObject {{u"id"_s, kText}, {u"value"_s, u"East"_s}}}}});
    values = r2.json().value(u"contact"_s).toObject().value(u"customFields"_s).toArray();
    QCOMPARE(values.size(), 2);
    QCOMPARE(values.at(0).toObject().value(u"value"_s).toString(), u"East"_s);
    const auto r3 =
        json("PUT", u"/contacts/CntBoMarsh0000000002"_s,
             QJsonObject {
                 {u"customFields"_s,
                  QJsonArray {QJsonObject {{u"key"_s, u"contact.region"_s}, {u"field_value"_s, u"West"_s}},
                              QJsonObject {{u"id"_s, kCheckbox}, {u"field_value"_s, u""_s}},
                              QJsonObject {{u"id"_s, u"UnknownField00000000"_s}, {u"field_value"_s, u"ignored"_s}}}}});
    values = r3.json().value(u"contact"_s).toObject().value(u"customFields"_s).toArray();
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.at(0).toObject().value(u"id"_s).toString(), kText);
    QCOMPARE(values.at(0).toObject().value(u"value"_s).toString(), u"West"_s);
}

void TestHighLevelSimulator::searchFiltersAndValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("expectedIds");
    QTest::addColumn<int>("total");
    const QJsonObject base {{u"locationId"_s, kLoc}, {u"pageLimit"_s, 50}};
    auto with = [&base](const QString& key, const QJsonValue& v) {
        QJsonObject o = base;
        o.insert(key, v);
        return o;
    };
    QTest::newRow("all, newest first") << base << 200
                                       << QStringList {u"CntBoMarsh0000000002"_s, u"CntAnnLee00000000001"_s} << 2;
    QTest::newRow("dateUpdated range") << with(
        u"filters"_s,
        QJsonArray {QJsonObject {
            {u"field"_s, u"dateUpdated"_s},
            {u"operator"_s, u"range"_s},
            {u"value"_s,
             QJsonObject {{u"gte"_s, u"2026-01-20T00:00:00.000Z"_s}, {u"lte"_s, u"2026-02-02T00:00:00Z"_s}}}}})
                                       << 200 << QStringList {u"CntAnnLee00000000001"_s} << 1;
    QTest::newRow("dateUpdated range in epoch ms")
        << with(u"filters"_s,
                QJsonArray {QJsonObject {{u"field"_s, u"dateUpdated"_s},
                                         {u"operator"_s, u"range"_s},
                                         {u"value"_s, QJsonObject {{u"lt"_s, 1768000000000.0}}}}})
        << 200 << QStringList {u"CntBoMarsh0000000002"_s} << 1;
    QTest::newRow("email eq ignores case")
        << with(u"filters"_s,
                QJsonArray {QJsonObject {
                    {u"field"_s, u"email"_s}, {u"operator"_s, u"eq"_s}, {u"value"_s, u"ann.lee@EXAMPLE.com"_s}}})
        << 200 << QStringList {u"CntAnnLee00000000001"_s} << 1;
    QTest::newRow("tags eq") << with(
        u"filters"_s,
        QJsonArray {QJsonObject {{u"field"_s, u"tags"_s}, {u"operator"_s, u"eq"_s}, {u"value"_s, u"badger"_s}}})
                             << 200 << QStringList {u"CntAnnLee00000000001"_s} << 1;
    QTest::newRow("email not_exists") << with(
        u"filters"_s, QJsonArray {QJsonObject {{u"field"_s, u"email"_s}, {u"operator"_s, u"not_exists"_s}}})
                                      << 200 << QStringList {u"CntBoMarsh0000000002"_s} << 1;
    QTest::newRow("OR group") << with(
        u"filters"_s,
        QJsonArray {QJsonObject {
            {u"group"_s, u"OR"_s},
            {u"filters"_s,
             QJsonArray {
                 QJsonObject {{u"field"_s, u"firstNameLowerCase"_s}, {u"operator"_s, u"eq"_s}, {u"value"_s, u"bo"_s}},
                 QJsonObject {
                     {u"field"_s, u"companyName"_s}, {u"operator"_s, u"contains"_s}, {u"value"_s, u"farms"_s}}}}}})
                              << 200 << QStringList {u"CntBoMarsh0000000002"_s, u"CntAnnLee00000000001"_s} << 2;
    QTest::newRow("sort by firstName asc")
        << with(u"sort"_s, QJsonArray {QJsonObject {{u"field"_s, u"firstNameLowerCase"_s}, {u"direction"_s, u"asc"_s}}})
        << 200 << QStringList {u"CntAnnLee00000000001"_s, u"CntBoMarsh0000000002"_s} << 2;
    QTest::newRow("query") << with(u"query"_s, u"marsh"_s) << 200 << QStringList {u"CntBoMarsh0000000002"_s} << 1;
    QTest::newRow("pageLimit 500 is fine")
        << with(u"pageLimit"_s, 500) << 200 << QStringList {u"CntBoMarsh0000000002"_s, u"CntAnnLee00000000001"_s} << 2;
    QTest::newRow("pageLimit 501") << with(u"pageLimit"_s, 501) << 422 << QStringList() << 0;
    QTest::newRow("no pageLimit") << QJsonObject {{u"locationId"_s, kLoc}} << 422 << QStringList() << 0;
    QTest::newRow("no locationId") << QJsonObject {{u"pageLimit"_s, 10}} << 422 << QStringList() << 0;
    QJsonObject both = with(u"page"_s, 1);
    both.insert(u"searchAfter"_s, QJsonArray {1, u"x"_s});
    QTest::newRow("page with searchAfter") << both << 422 << QStringList() << 0;
    QTest::newRow("beyond 10000 records") << with(u"page"_s, 201) << 422 << QStringList() << 0;
    QTest::newRow("unknown operator") << with(
        u"filters"_s,
        QJsonArray {QJsonObject {{u"field"_s, u"email"_s}, {u"operator"_s, u"like"_s}, {u"value"_s, u"x"_s}}})
                                      << 422 << QStringList() << 0;
}

void TestHighLevelSimulator::searchFiltersAndValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QStringList, expectedIds);
    QFETCH(int, total);
    const auto r = json("POST", u"/contacts/search"_s, body);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QVERIFY(r.json().value(u"message"_s).isArray());
        return;
    }
    QCOMPARE(ids(r.json().value(u"contacts"_s).toArray()), expectedIds);
    QCOMPARE(r.json().value(u"total"_s).toInt(), total);
    QVERIFY(!r.json().value(u"traceId"_s).toString().isEmpty());
    for (const QJsonValue& c : r.json().value(u"contacts"_s).toArray()) {
        QVERIFY(c.toObject().value(u"searchAfter"_s).isArray());
        QVERIFY(!c.toObject().contains(u"dndSettings"_s));
    }
}

void TestHighLevelSimulator::searchAfterPagingWhileRecordsChange()
{
    // 60 more contacts, one second apart.
    QStringList created;
    for (int i = 0; i < 60; ++i) {
        m_fixture.server().advanceClock(1000);
        created.append(createContact(QJsonObject {{u"firstName"_s, u"P%1"_s.arg(i)}}));
        QVERIFY(!created.last().isEmpty());
    }
    QSet<QString> stable(created.begin(), created.end());
    stable.insert(u"CntAnnLee00000000001"_s);
    stable.insert(u"CntBoMarsh0000000002"_s);

    const QJsonArray sort {QJsonObject {{u"field"_s, u"dateAdded"_s}, {u"direction"_s, u"asc"_s}}};
    QStringList seen;
    QJsonValue cursor(QJsonValue::Undefined);
    int page = 0;
    QSet<QString> deletedUnseen;
    QSet<QString> addedDuring;
    for (;;) {
        QJsonObject body {{u"locationId"_s, kLoc}, {u"pageLimit"_s, 7}, {u"sort"_s, sort}};
        if (!cursor.isUndefined())
            body.insert(u"searchAfter"_s, cursor);
        const auto r = json("POST", u"/contacts/search"_s, body);
        QVERIFY2(r.status == 200, r.body.constData());
        const QJsonArray contacts = r.json().value(u"contacts"_s).toArray();
        if (contacts.isEmpty())
            break;
        seen += ids(contacts);
        cursor = contacts.last().toObject().value(u"searchAfter"_s);
        ++page;
        // Between pages: update seen and unseen records, delete an unseen one, add new ones.
        QVERIFY(json("PUT", u"/contacts/"_s + seen.first(), QJsonObject {{u"city"_s, u"Page %1"_s.arg(page)}}).status
                == 200);
        const QString unseen = created.value(std::min<qsizetype>(created.size() - 1, seen.size() + 3));
        if (!seen.contains(unseen) && !deletedUnseen.contains(unseen)) {
            QVERIFY(json("PUT", u"/contacts/"_s + unseen, QJsonObject {{u"city"_s, u"moved?"_s}}).status == 200);
        }
        const QString victim = created.value(std::min<qsizetype>(created.size() - 1, seen.size() + 1));
        if (page % 3 == 0 && !seen.contains(victim) && !deletedUnseen.contains(victim)) {
            QCOMPARE(m_fixture.client().send("DELETE", m_fixture.ghl(u"/contacts/"_s + victim)).status, 200);
            deletedUnseen.insert(victim);
            stable.remove(victim);
        }
        if (page % 2 == 0) {
            m_fixture.server().advanceClock(1000);
            addedDuring.insert(createContact(QJsonObject {{u"firstName"_s, u"Late%1"_s.arg(page)}}));
        }
        QVERIFY2(page < 100, "paging does not end");
    }
    const QSet<QString> seenSet(seen.begin(), seen.end());
    QCOMPARE(seenSet.size(), seen.size()); // no repeats
    for (const QString& id : std::as_const(stable))
        QVERIFY2(seenSet.contains(id), qPrintable(u"gap: "_s + id)); // no gaps
    for (const QString& id : std::as_const(deletedUnseen))
        QVERIFY(!seenSet.contains(id));
    QVERIFY(!deletedUnseen.isEmpty());
    // Records added later sort after the cursor, so they are found too.
    for (const QString& id : std::as_const(addedDuring))
        QVERIFY(seenSet.contains(id));
}

void TestHighLevelSimulator::searchPageNumbers()
{
    for (int i = 0; i < 12; ++i) {
        m_fixture.server().advanceClock(1000);
        QVERIFY(!createContact(QJsonObject {{u"firstName"_s, u"N%1"_s.arg(i)}}).isEmpty());
    }
    QStringList all;
    for (int page = 1; page <= 3; ++page) {
        const auto r = json("POST", u"/contacts/search"_s,
                            QJsonObject {{u"locationId"_s, kLoc}, {u"pageLimit"_s, 5}, {u"page"_s, page}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"total"_s).toInt(), 14);
        all += ids(r.json().value(u"contacts"_s).toArray());
    }
    QCOMPARE(all.size(), 14);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 14);
}

void TestHighLevelSimulator::deprecatedListPaging()
{
    for (int i = 0; i < 25; ++i) {
        m_fixture.server().advanceClock(1000);
        QVERIFY(!createContact(QJsonObject {{u"firstName"_s, u"L%1"_s.arg(i)}}).isEmpty());
    }
    QCOMPARE(get(u"/contacts/?locationId=%1&limit=101"_s.arg(kLoc)).status, 422);
    QCOMPARE(get(u"/contacts/"_s).status, 422);
    QStringList all;
    QString next = u"/contacts/?locationId=%1&limit=10"_s.arg(kLoc);
    int pages = 0;
    while (!next.isEmpty()) {
        const auto r = get(next);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"count"_s).toInt(), 27);
        all += ids(o.value(u"contacts"_s).toArray());
        const QJsonObject meta = o.value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"total"_s).toInt(), 27);
        next.clear();
        if (!meta.value(u"startAfterId"_s).isNull()) {
            next = u"/contacts/?locationId=%1&limit=10&startAfterId=%2&startAfter=%3"_s.arg(
                kLoc, meta.value(u"startAfterId"_s).toString(),
                QString::number(static_cast<qint64>(meta.value(u"startAfter"_s).toDouble())));
            QVERIFY(meta.value(u"nextPageUrl"_s).toString().contains(meta.value(u"startAfterId"_s).toString()));
        }
        QVERIFY(++pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(all.size(), 27);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 27);
    QCOMPARE(all.first(), u"CntAnnLee00000000001"_s); // oldest first
}

void TestHighLevelSimulator::duplicateSearch()
{
    auto r = get(u"/contacts/search/duplicate?locationId=%1&email=ANN.lee%40example.com"_s.arg(kLoc));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"contact"_s).toObject().value(u"id"_s).toString(), u"CntAnnLee00000000001"_s);
    r = get(u"/contacts/search/duplicate?locationId=%1&number=%2B15551230002"_s.arg(kLoc));
    QCOMPARE(r.json().value(u"contact"_s).toObject().value(u"id"_s).toString(), u"CntBoMarsh0000000002"_s);
    r = get(u"/contacts/search/duplicate?locationId=%1&email=nobody%40example.com"_s.arg(kLoc));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(u"contact"_s).isNull());
}

void TestHighLevelSimulator::tasksLifecycle()
{
    const QString base = u"/contacts/CntBoMarsh0000000002/tasks"_s;
    QCOMPARE(json("POST", base, QJsonObject {{u"title"_s, u"x"_s}}).status, 422);
    QCOMPARE(
        json("POST", base, QJsonObject {{u"title"_s, u"x"_s}, {u"dueDate"_s, u"tomorrow"_s}, {u"completed"_s, false}})
            .status,
        422);
    const auto created = json("POST", base,
                              QJsonObject {{u"title"_s, u"Measure roof"_s},
                                           {u"body"_s, u"Bring ladder"_s},
                                           {u"dueDate"_s, u"2026-06-01T09:00:00Z"_s},
                                           {u"completed"_s, false},
                                           {u"assignedTo"_s, QString::fromLatin1(SandboxFixture::kUserId)}});
    QCOMPARE(created.status, 201);
    const QJsonObject task = created.json().value(u"task"_s).toObject();
    QCOMPARE(task.value(u"dueDate"_s).toString(), u"2026-06-01T09:00:00.000Z"_s);
    QCOMPARE(task.value(u"contactId"_s).toString(), u"CntBoMarsh0000000002"_s);
    QVERIFY(!task.contains(u"dateAdded"_s)); // REST task responses carry no timestamps (NOTES §4)
    const QString id = task.value(u"id"_s).toString();
    QVERIFY(isGhlId(id));

    QCOMPARE(get(base + u'/' + id).json().value(u"task"_s).toObject(), task);
    const auto updated = json("PUT", base + u'/' + id, QJsonObject {{u"title"_s, u"Measure roof twice"_s}});
    QCOMPARE(updated.json().value(u"task"_s).toObject().value(u"title"_s).toString(), u"Measure roof twice"_s);
    QCOMPARE(json("PUT", base + u'/' + id + u"/completed"_s, QJsonObject {}).status, 422);
    const auto done = json("PUT", base + u'/' + id + u"/completed"_s, QJsonObject {{u"completed"_s, true}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value(u"task"_s).toObject().value(u"completed"_s).toBool(), true);
    QCOMPARE(get(base).json().value(u"tasks"_s).toArray().size(), 1);
    QCOMPARE(m_fixture.client().send("DELETE", m_fixture.ghl(base + u'/' + id)).json().value(u"succeded"_s).toBool(),
             true);
    QCOMPARE(get(base + u'/' + id).status, 400);
    QVERIFY(get(base).json().value(u"tasks"_s).toArray().isEmpty());
}

void TestHighLevelSimulator::notesLifecycle()
{
    const QString base = u"/contacts/CntAnnLee00000000001/notes"_s;
    QCOMPARE(json("POST", base, QJsonObject {{u"userId"_s, u"x"_s}}).status, 422);
    m_fixture.server().advanceClock(1000);
    const QString longBody = QString(20000, u'n');
    const auto created = json("POST", base, QJsonObject {{u"body"_s, longBody}, {u"pinned"_s, true}});
    QCOMPARE(created.status, 201);
    const QJsonObject note = created.json().value(u"note"_s).toObject();
    QCOMPARE(note.value(u"body"_s).toString(), longBody);
    QVERIFY(isIsoMs(note.value(u"dateAdded"_s).toString()));
    const QString id = note.value(u"id"_s).toString();
    const QJsonArray list = get(base).json().value(u"notes"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.first().toObject().value(u"id"_s).toString(), id); // newest first
    const auto updated = json("PUT", base + u'/' + id, QJsonObject {{u"body"_s, u"short"_s}});
    QCOMPARE(updated.json().value(u"note"_s).toObject().value(u"body"_s).toString(), u"short"_s);
    QCOMPARE(get(base + u'/' + id).json().value(u"note"_s).toObject().value(u"body"_s).toString(), u"short"_s);
    QCOMPARE(m_fixture.client().send("DELETE", m_fixture.ghl(base + u'/' + id)).status, 200);
    QCOMPARE(get(base + u'/' + id).status, 400);
}

void TestHighLevelSimulator::followersAppointmentsBulkTags()
{
    const QString user = QString::fromLatin1(SandboxFixture::kUserId);
    auto r =
        json("POST", u"/contacts/CntAnnLee00000000001/followers"_s, QJsonObject {{u"followers"_s, QJsonArray {user}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"followersAdded"_s).toArray(), QJsonArray {user});
    r = json("DELETE", u"/contacts/CntAnnLee00000000001/followers"_s,
             QJsonObject {{u"followers"_s, QJsonArray {user}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"followersRemoved"_s).toArray(), QJsonArray {user});

    r = get(u"/contacts/CntAnnLee00000000001/appointments"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"events"_s).toArray().size(), 1);
    QCOMPARE(get(u"/contacts/CntBoMarsh0000000002/appointments"_s).json().value(u"events"_s).toArray().size(), 0);

    r = json(
        "POST", u"/contacts/bulk/tags/update/add"_s,
        QJsonObject {{u"locationId"_s, kLoc},
                     {u"contacts"_s,
                      QJsonArray {u"CntAnnLee00000000001"_s, u"CntBoMarsh0000000002"_s, u"CntCyOtherLoc0000003"_s}},
                     {u"tags"_s, QJsonArray {u"Bulk"_s}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"errorCount"_s).toInt(), 1);
    QCOMPARE(r.json().value(u"responses"_s).toArray().size(), 3);
    QVERIFY(get(u"/contacts/CntBoMarsh0000000002"_s)
                .json()
                .value(u"contact"_s)
                .toObject()
                .value(u"tags"_s)
                .toArray()
                .contains(u"bulk"_s));
    r = json("POST", u"/contacts/bulk/tags/update/remove"_s,
             QJsonObject {{u"locationId"_s, kLoc},
                          {u"contacts"_s, QJsonArray {u"CntAnnLee00000000001"_s}},
                          {u"tags"_s, QJsonArray()},
                          {u"removeAllTags"_s, true}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"responses"_s).toArray().first().toObject().value(u"tagsRemoved"_s).toArray().size(), 3);
    QCOMPARE(json("POST", u"/contacts/bulk/tags/update/toggle"_s,
                  QJsonObject {{u"locationId"_s, kLoc}, {u"contacts"_s, QJsonArray()}, {u"tags"_s, QJsonArray()}})
                 .status,
             422);
}

void TestHighLevelSimulator::locationEndpoints()
{
    auto r = get(u"/locations/%1"_s.arg(kLoc));
    QCOMPARE(r.status, 200);
    const QJsonObject location = r.json().value(u"location"_s).toObject();
    QCOMPARE(location.value(u"name"_s).toString(), u"Fixture Roofing"_s);
    QVERIFY(!location.contains(u"token"_s)); // the credential never comes back
    QCOMPARE(location.value(u"settings"_s).toObject().value(u"allowDuplicateContact"_s).toBool(), false);

    QCOMPARE(get(u"/locations/%1/customFields"_s.arg(kLoc)).json().value(u"customFields"_s).toArray().size(), 3);
    QCOMPARE(
        get(u"/locations/%1/customFields?model=contact"_s.arg(kLoc)).json().value(u"customFields"_s).toArray().size(),
        2);
    QCOMPARE(get(u"/locations/%1/customFields?model=people"_s.arg(kLoc)).status, 422);
    QCOMPARE(get(u"/locations/%1/tags"_s.arg(kLoc)).json().value(u"tags"_s).toArray().size(), 2);

    r = json("POST", u"/locations/%1/tasks/search"_s.arg(kLoc), QJsonObject {{u"completed"_s, false}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"tasks"_s).toArray().size(), 1);
    r = json("POST", u"/locations/%1/tasks/search"_s.arg(kLoc),
             QJsonObject {{u"contactId"_s, QJsonArray {u"CntBoMarsh0000000002"_s}}});
    QCOMPARE(r.json().value(u"tasks"_s).toArray().size(), 0);
}

void TestHighLevelSimulator::rateLimitHeadersCountDown()
{
    QVERIFY(m_fixture.server().setLimits(
        QJsonObject {{u"highlevel"_s, QJsonObject {{u"burstMax"_s, 5}, {u"burstIntervalMs"_s, 10000}}}}));
    for (int i = 4; i >= 0; --i) {
        const auto r = get(u"/contacts/CntAnnLee00000000001"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Remaining").toInt(), i);
        QCOMPARE(r.header("X-RateLimit-Max"), "5"_ba);
        QCOMPARE(r.header("X-RateLimit-Interval-Milliseconds"), "10000"_ba);
        QCOMPARE(r.header("X-RateLimit-Limit-Daily"), "200000"_ba);
        QCOMPARE(r.header("X-RateLimit-Daily-Remaining").toInt(), 200000 - (5 - i));
    }
    const auto limited = get(u"/contacts/CntAnnLee00000000001"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("X-RateLimit-Remaining"), "0"_ba);
    QCOMPARE(limited.json().value(u"statusCode"_s).toInt(), 429);
    // The other location has its own budget.
    fb::testsupport::HttpTestClient other;
    other.setDefaultHeader("Authorization", "Bearer "_ba + SandboxFixture::kOtherToken);
    other.setDefaultHeader("Version", "2021-07-28");
    QCOMPARE(other.send("GET", m_fixture.ghl(u"/contacts/CntCyOtherLoc0000003"_s)).status, 200);
    // A new window opens after the interval.
    m_fixture.server().advanceClock(10001);
    const auto again = get(u"/contacts/CntAnnLee00000000001"_s);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("X-RateLimit-Remaining").toInt(), 4);
}

void TestHighLevelSimulator::dailyCap()
{
    QVERIFY(m_fixture.server().setLimits(QJsonObject {{u"highlevel"_s, QJsonObject {{u"dailyMax"_s, 3}}}}));
    for (int i = 2; i >= 0; --i) {
        const auto r = get(u"/contacts/CntAnnLee00000000001"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Daily-Remaining").toInt(), i);
    }
    m_fixture.server().advanceClock(11000); // a new burst window does not help
    const auto capped = get(u"/contacts/CntAnnLee00000000001"_s);
    QCOMPARE(capped.status, 429);
    QCOMPARE(capped.header("X-RateLimit-Daily-Remaining"), "0"_ba);
    // Past the next midnight UTC the day starts over.
    const QDateTime now = m_fixture.server().now();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0), Qt::UTC);
    m_fixture.server().advanceClock(now.msecsTo(midnight) + 1000);
    const auto nextDay = get(u"/contacts/CntAnnLee00000000001"_s);
    QCOMPARE(nextDay.status, 200);
    QCOMPARE(nextDay.header("X-RateLimit-Daily-Remaining").toInt(), 2);
}

void TestHighLevelSimulator::unlimitedSendsNoBurstHeaders()
{
    QVERIFY(m_fixture.server().setLimits(QJsonObject {{u"highlevel"_s, QJsonObject {{u"burstMax"_s, 0}}}}));
    for (int i = 0; i < 120; ++i)
        QCOMPARE(get(u"/contacts/CntAnnLee00000000001"_s).status, 200);
    const auto r = get(u"/contacts/CntAnnLee00000000001"_s);
    QVERIFY(r.header("X-RateLimit-Max").isEmpty());
    QCOMPARE(r.header("X-RateLimit-Daily-Remaining").toInt(), 200000 - 121);
}

void TestHighLevelSimulator::dumpRoundTripsAndIdsStayUnique()
{
    const QString contactId = createContact(QJsonObject {{u"firstName"_s, u"Dumped"_s}});
    const auto task =
        json("POST", u"/contacts/%1/tasks"_s.arg(contactId),
             QJsonObject {{u"title"_s, u"t"_s}, {u"dueDate"_s, u"2026-05-01T10:00:00Z"_s}, {u"completed"_s, false}});
    QCOMPARE(task.status, 201);
    const QJsonObject dumped = m_fixture.server().state();
    m_fixture.server().loadSeed(dumped);
    QCOMPARE(m_fixture.server().state(), dumped);
    // After a reload the id generator starts over; it must still never hand out an id that exists.
    const QString again = createContact(QJsonObject {{u"firstName"_s, u"After reload"_s}});
    QVERIFY(!again.isEmpty());
    QVERIFY(again != contactId);
    const auto task2 =
        json("POST", u"/contacts/%1/tasks"_s.arg(again),
             QJsonObject {{u"title"_s, u"t2"_s}, {u"dueDate"_s, u"2026-05-01T10:00:00Z"_s}, {u"completed"_s, false}});
    QVERIFY(task2.json().value(u"task"_s).toObject().value(u"id"_s)
            != task.json().value(u"task"_s).toObject().value(u"id"_s));
    QCOMPARE(get(u"/contacts/%1/tasks"_s.arg(contactId)).json().value(u"tasks"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestHighLevelSimulator)
#include "tst_highlevelsimulator.moc"
