// Fidelity of the HighLevel simulator: every operation Fieldbridge uses goes through Stoplight Prism in proxy mode in
// front of the sandbox; Prism validates our request and the sandbox's response against the official OpenAPI specs
// (tests/contracts/ghl/apps/contacts.json and locations.json) and reports violations in the sl-violations header.
// Spec defects are patched in a temporary copy, each patch named (fb::testsupport::ghlSpecPatches, printed below).
#include "PrismRunner.h"
#include "SandboxFixture.h"
#include "generator/SeedGenerator.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using fb::testsupport::HttpTestClient;
using fb::testsupport::PrismRunner;
using fb::testsupport::SandboxFixture;

namespace {

const QString kLoc = QString::fromLatin1(SandboxFixture::kLocationId);

QJsonArray violationsAt(const QJsonArray& violations, const QString& where)
{
    QJsonArray out;
    for (const QJsonValue& v : violations) {
        if (v.toObject().value(u"location"_s).toArray().first().toString() == where)
            out.append(v);
    }
    return out;
}

} // namespace

class TestHighLevelFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operations_data();
    void operations();
    void everyUsedOperationWasChecked();
    void generatedSeedValidates();
    void errorResponses_data();
    void errorResponses();

private:
    SandboxFixture m_fixture;
    PrismRunner m_contacts;
    PrismRunner m_locations;
    HttpTestClient m_client;
    QHash<QString, QString> m_ids; // placeholders filled from earlier responses: {contact}, {task}, {note}
    QSet<QString> m_checked; // "METHOD /spec/path" of every operation validated
};

void TestHighLevelFidelity::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    // The fidelity run must not be limited by the simulated rate limit.
    QVERIFY(m_fixture.server().setLimits(QJsonObject {{u"highlevel"_s, QJsonObject {{u"burstMax"_s, 0}}}}));
    const auto patches = fb::testsupport::ghlSpecPatches();
    QVERIFY2(m_contacts.prepareSpec(u"ghl/apps/contacts.json"_s, patches, &error), qPrintable(error));
    QVERIFY2(m_locations.prepareSpec(u"ghl/apps/locations.json"_s, patches, &error), qPrintable(error));
    for (const QString& p : m_contacts.appliedPatches() + m_locations.appliedPatches())
        qInfo("spec patch applied: %s", qPrintable(p));
    QVERIFY2(m_contacts.start(PrismRunner::Mode::Proxy, m_fixture.server().highLevelBaseUrl(), &error),
             qPrintable(error));
    QVERIFY2(m_locations.start(PrismRunner::Mode::Proxy, m_fixture.server().highLevelBaseUrl(), &error),
             qPrintable(error));
    m_client.setDefaultHeader("Authorization", "Bearer "_ba + SandboxFixture::kToken);
    m_client.setDefaultHeader("Version", "2021-07-28");
}

void TestHighLevelFidelity::operations_data()
{
    QTest::addColumn<QString>("spec"); // "contacts" or "locations"
    QTest::addColumn<QString>("operation"); // METHOD + spec path, for the coverage check
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // may hold {contact}, {task}, {note}
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("capture"); // placeholder to fill from the response: "contact=contact.id"
    QTest::addColumn<bool>("badRequest"); // the request is wrong on purpose: request violations expected

    const QByteArray contact = R"({"locationId":"LocSandboxFixture001","firstName":"Fidel","lastName":"Ity",)"
                               R"("email":"fidel@example.com","phone":"+15550001111","dateOfBirth":"1990-09-25",)"
                               R"("tags":["Fidelity"],"source":"Badger Maps","companyName":"Spec Co",)"
                               R"("customFields":[{"id":"CfRegionText00000001","key":"region","field_value":"North"},)"
                               R"({"id":"CfInterestsCheckbox1","field_value":["Roofing","Siding"]}]})";
    auto row = [](const char* name, const QString& spec, const QString& op, const QByteArray& method,
                  const QString& path, const QByteArray& body, int status, const QString& capture = {},
                  bool bad = false) {
        QTest::newRow(name) << spec << op << method << path << body << status << capture << bad;
    };
    const QString c = u"contacts"_s;
    const QString l = u"locations"_s;
    row("create contact", c, u"POST /contacts/"_s, "POST", u"/contacts/"_s, contact, 201, u"contact=contact.id"_s);
    row("create contact without locationId", c, u"POST /contacts/"_s, "POST", u"/contacts/"_s, R"({"firstName":"x"})",
        422, {}, true);
    row("create duplicate", c, u"POST /contacts/"_s, "POST", u"/contacts/"_s, contact, 400);
    row("get contact", c, u"GET /contacts/{contactId}"_s, "GET", u"/contacts/{contact}"_s, {}, 200);
    row("get unknown contact", c, u"GET /contacts/{contactId}"_s, "GET", u"/contacts/NoSuchContact0000000"_s, {}, 400);
    row("update contact", c, u"PUT /contacts/{contactId}"_s, "PUT", u"/contacts/{contact}"_s,
        R"({"city":"Bergen","tags":["replaced"],"dnd":false,"customFields":[{"id":"CfRegionText00000001","value":"South"}]})",
        200);
    row("upsert existing", c, u"POST /contacts/upsert"_s, "POST", u"/contacts/upsert"_s,
        R"({"locationId":"LocSandboxFixture001","email":"FIDEL@example.com","city":"Oslo"})", 200);
    row("upsert new", c, u"POST /contacts/upsert"_s, "POST", u"/contacts/upsert"_s,
        R"({"locationId":"LocSandboxFixture001","email":"brand.new@example.com","firstName":"New"})", 200);
    row("search", c, u"POST /contacts/search"_s, "POST", u"/contacts/search"_s,
        R"({"locationId":"LocSandboxFixture001","pageLimit":2,"sort":[{"field":"dateAdded","direction":"asc"}],)"
        R"("filters":[{"field":"dateUpdated","operator":"range","value":{"gte":"2026-01-01T00:00:00.000Z"}}]})",
        200);
    row("duplicate search", c, u"GET /contacts/search/duplicate"_s, "GET",
        u"/contacts/search/duplicate?locationId=LocSandboxFixture001&email=fidel%40example.com"_s, {}, 200);
    row("deprecated list", c, u"GET /contacts/"_s, "GET", u"/contacts/?locationId=LocSandboxFixture001&limit=2"_s, {},
        200);
    // The spec states the maximum of 100 only in prose, so Prism cannot flag the request itself.
    row("deprecated list over the limit", c, u"GET /contacts/"_s, "GET",
        u"/contacts/?locationId=LocSandboxFixture001&limit=101"_s, {}, 422);
    row("create task", c, u"POST /contacts/{contactId}/tasks"_s, "POST", u"/contacts/{contact}/tasks"_s,
        R"({"title":"Visit","body":"Bring samples","dueDate":"2026-07-01T10:00:00Z","completed":false})", 201,
        u"task=task.id"_s);
    row("create task without dueDate", c, u"POST /contacts/{contactId}/tasks"_s, "POST", u"/contacts/{contact}/tasks"_s,
        R"({"title":"Visit","completed":false})", 422, {}, true);
    row("list tasks", c, u"GET /contacts/{contactId}/tasks"_s, "GET", u"/contacts/{contact}/tasks"_s, {}, 200);
    row("get task", c, u"GET /contacts/{contactId}/tasks/{taskId}"_s, "GET", u"/contacts/{contact}/tasks/{task}"_s, {},
        200);
    row("update task", c, u"PUT /contacts/{contactId}/tasks/{taskId}"_s, "PUT", u"/contacts/{contact}/tasks/{task}"_s,
        R"({"title":"Visit again"})", 200);
    row("complete task", c, u"PUT /contacts/{contactId}/tasks/{taskId}/completed"_s, "PUT",
        u"/contacts/{contact}/tasks/{task}/completed"_s, R"({"completed":true})", 200);
    row("delete task", c, u"DELETE /contacts/{contactId}/tasks/{taskId}"_s, "DELETE",
        u"/contacts/{contact}/tasks/{task}"_s, {}, 200);
    row("create note", c, u"POST /contacts/{contactId}/notes"_s, "POST", u"/contacts/{contact}/notes"_s,
        R"({"body":"Check-in from Badger","userId":"UsrSandboxFixture001"})", 201, u"note=note.id"_s);
    row("list notes", c, u"GET /contacts/{contactId}/notes"_s, "GET", u"/contacts/{contact}/notes"_s, {}, 200);
    row("get note", c, u"GET /contacts/{contactId}/notes/{id}"_s, "GET", u"/contacts/{contact}/notes/{note}"_s, {},
        200);
    row("update note", c, u"PUT /contacts/{contactId}/notes/{id}"_s, "PUT", u"/contacts/{contact}/notes/{note}"_s,
        R"({"body":"Edited"})", 200);
    row("delete note", c, u"DELETE /contacts/{contactId}/notes/{id}"_s, "DELETE", u"/contacts/{contact}/notes/{note}"_s,
        {}, 200);
    row("add tags", c, u"POST /contacts/{contactId}/tags"_s, "POST", u"/contacts/{contact}/tags"_s,
        R"({"tags":["a","b"]})", 201);
    row("remove tags", c, u"DELETE /contacts/{contactId}/tags"_s, "DELETE", u"/contacts/{contact}/tags"_s,
        R"({"tags":["a"]})", 200);
    row("appointments", c, u"GET /contacts/{contactId}/appointments"_s, "GET",
        u"/contacts/CntAnnLee00000000001/appointments"_s, {}, 200);
    row("bulk tags add", c, u"POST /contacts/bulk/tags/update/{type}"_s, "POST", u"/contacts/bulk/tags/update/add"_s,
        R"({"locationId":"LocSandboxFixture001","contacts":["{contact}","CntAnnLee00000000001"],"tags":["bulk"]})",
        201);
    row("add followers", c, u"POST /contacts/{contactId}/followers"_s, "POST", u"/contacts/{contact}/followers"_s,
        R"({"followers":["UsrSandboxFixture001"]})", 201);
    row("remove followers", c, u"DELETE /contacts/{contactId}/followers"_s, "DELETE",
        u"/contacts/{contact}/followers"_s, R"({"followers":["UsrSandboxFixture001"]})", 200);
    row("delete contact", c, u"DELETE /contacts/{contactId}"_s, "DELETE", u"/contacts/{contact}"_s, {}, 200);
    row("get location", l, u"GET /locations/{locationId}"_s, "GET", u"/locations/LocSandboxFixture001"_s, {}, 200);
    row("custom fields", l, u"GET /locations/{locationId}/customFields"_s, "GET",
        u"/locations/LocSandboxFixture001/customFields?model=contact"_s, {}, 200);
    row("location tags", l, u"GET /locations/{locationId}/tags"_s, "GET", u"/locations/LocSandboxFixture001/tags"_s, {},
        200);
    row("task search", l, u"POST /locations/{locationId}/tasks/search"_s, "POST",
        u"/locations/LocSandboxFixture001/tasks/search"_s, R"({"completed":false,"limit":10,"skip":0})", 200);
}

void TestHighLevelFidelity::operations()
{
    QFETCH(QString, spec);
    QFETCH(QString, operation);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, capture);
    QFETCH(bool, badRequest);
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        path.replace(u'{' + it.key() + u'}', it.value());
        body.replace(QString(u'{' + it.key() + u'}').toUtf8(), it.value().toUtf8());
    }
    QVERIFY2(!path.contains(u'{'), "an earlier row did not provide an id");
    const PrismRunner& prism = spec == u"contacts" ? m_contacts : m_locations;
    const auto r = m_client.send(method, QUrl(prism.baseUrl().toString() + path), body);
    QVERIFY2(r.status == status,
             qPrintable(u"%1 %2: %3"_s.arg(r.status).arg(r.errorString, QString::fromUtf8(r.body))));
    const QJsonArray violations = r.violations();
    if (!violations.isEmpty())
        qInfo("sl-violations: %s", r.header("sl-violations").constData());
    const QJsonArray responseViolations = violationsAt(violations, u"response"_s);
    QVERIFY2(responseViolations.isEmpty(), QJsonDocument(responseViolations).toJson().constData());
    const QJsonArray requestViolations = violationsAt(violations, u"request"_s);
    if (badRequest)
        QVERIFY2(!requestViolations.isEmpty(), "Prism should have flagged this request too");
    else
        QVERIFY2(requestViolations.isEmpty(), QJsonDocument(requestViolations).toJson().constData());
    if (!capture.isEmpty()) {
        const QString key = capture.section(u'=', 0, 0);
        const QStringList jsonPath = capture.section(u'=', 1).split(u'.');
        QJsonValue v = r.json();
        for (const QString& k : jsonPath)
            v = v.toObject().value(k);
        QVERIFY(!v.toString().isEmpty());
        m_ids.insert(key, v.toString());
    }
    m_checked.insert(operation);
}

void TestHighLevelFidelity::everyUsedOperationWasChecked()
{
    // The operations Fieldbridge uses (NOTES §2 plus the location endpoints): each must have been validated above.
    const QStringList used = {u"POST /contacts/"_s,
                              u"GET /contacts/{contactId}"_s,
                              u"PUT /contacts/{contactId}"_s,
                              u"DELETE /contacts/{contactId}"_s,
                              u"POST /contacts/upsert"_s,
                              u"POST /contacts/search"_s,
                              u"GET /contacts/search/duplicate"_s,
                              u"GET /contacts/"_s,
                              u"GET /contacts/{contactId}/tasks"_s,
                              u"POST /contacts/{contactId}/tasks"_s,
                              u"GET /contacts/{contactId}/tasks/{taskId}"_s,
                              u"PUT /contacts/{contactId}/tasks/{taskId}"_s,
                              u"DELETE /contacts/{contactId}/tasks/{taskId}"_s,
                              u"PUT /contacts/{contactId}/tasks/{taskId}/completed"_s,
                              u"GET /contacts/{contactId}/notes"_s,
                              u"POST /contacts/{contactId}/notes"_s,
                              u"GET /contacts/{contactId}/notes/{id}"_s,
                              u"PUT /contacts/{contactId}/notes/{id}"_s,
                              u"DELETE /contacts/{contactId}/notes/{id}"_s,
                              u"POST /contacts/{contactId}/tags"_s,
                              u"DELETE /contacts/{contactId}/tags"_s,
                              u"GET /contacts/{contactId}/appointments"_s,
                              u"POST /contacts/bulk/tags/update/{type}"_s,
                              u"POST /contacts/{contactId}/followers"_s,
                              u"DELETE /contacts/{contactId}/followers"_s,
                              u"GET /locations/{locationId}"_s,
                              u"GET /locations/{locationId}/customFields"_s,
                              u"GET /locations/{locationId}/tags"_s,
                              u"POST /locations/{locationId}/tasks/search"_s};
    for (const QString& op : used)
        QVERIFY2(m_checked.contains(op), qPrintable(u"not validated: "_s + op));
}

void TestHighLevelFidelity::errorResponses_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("declared"); // the spec declares this status for the operation
    const QByteArray good = "Bearer "_ba + SandboxFixture::kToken;
    QTest::newRow("401 unknown token") << "Bearer not-a-token"_ba << u"/contacts/CntAnnLee00000000001"_s << 401 << true;
    QTest::newRow("400 unknown contact") << good << u"/contacts/NoSuchContact0000000/notes"_s << 400 << true;
    QTest::newRow("403 other location") << good << u"/contacts/CntCyOtherLoc0000003"_s << 403 << false;
}

void TestHighLevelFidelity::errorResponses()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(bool, declared);
    HttpTestClient client;
    client.setDefaultHeader("Authorization", authorization);
    client.setDefaultHeader("Version", "2021-07-28");
    const auto r = client.send("GET", QUrl(m_contacts.baseUrl().toString() + path));
    QCOMPARE(r.status, status);
    const QJsonArray violations = violationsAt(r.violations(), u"response"_s);
    qInfo("sl-violations: %s", r.header("sl-violations").constData());
    if (declared) {
        QVERIFY2(violations.isEmpty(), r.header("sl-violations").constData());
    } else {
        // GHL sends it (NOTES §7) but the spec does not list it: Prism's only objection is the status code itself.
        QCOMPARE(violations.size(), 1);
        QCOMPARE(violations.first().toObject().value(u"severity"_s).toString(), u"Warning"_s);
        QVERIFY(violations.first().toObject().value(u"message"_s).toString().contains(u"status code"_s));
    }
}

void TestHighLevelFidelity::generatedSeedValidates()
{
    // What the seed generator produces (unicode, missing emails/phones, custom fields of every type) must read back
    // through the API in shapes the spec allows.
    auto& server = m_fixture.server();
    server.loadSeed(fb::sandbox::generateSeed(30, 11));
    HttpTestClient client;
    client.setDefaultHeader("Authorization", "Bearer "_ba + fb::sandbox::GeneratedSeedCredentials::kHighLevelToken);
    client.setDefaultHeader("Version", "2021-07-28");
    const QString location = QString::fromLatin1(fb::sandbox::GeneratedSeedCredentials::kHighLevelLocationId);
    const QJsonArray contacts = server.state().value(u"highlevel"_s).toObject().value(u"contacts"_s).toArray();
    QVERIFY(contacts.size() >= 30);
    QStringList paths {u"/locations/%1"_s.arg(location), u"/locations/%1/customFields?model=all"_s.arg(location),
                       u"/locations/%1/tags"_s.arg(location)};
    for (const QJsonValue& c : contacts) {
        if (c.toObject().value(u"locationId"_s).toString() != location)
            continue;
        const QString id = c.toObject().value(u"id"_s).toString();
        paths << u"/contacts/"_s + id << u"/contacts/%1/tasks"_s.arg(id) << u"/contacts/%1/notes"_s.arg(id)
              << u"/contacts/%1/appointments"_s.arg(id);
    }
    for (const QString& path : std::as_const(paths)) {
        const PrismRunner& prism = path.startsWith(u"/locations"_s) ? m_locations : m_contacts;
        const auto r = client.send("GET", QUrl(prism.baseUrl().toString() + path));
        QVERIFY2(r.status == 200, qPrintable(path + u": "_s + QString::fromUtf8(r.body)));
        QVERIFY2(r.violations().isEmpty(), qPrintable(path + u": "_s + QString::fromUtf8(r.header("sl-violations"))));
    }
    server.loadSeed(SandboxFixture::highLevelSeed());
}

QTEST_GUILESS_MAIN(TestHighLevelFidelity)
#include "tst_highlevelfidelity.moc"
