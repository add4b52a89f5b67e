// The HighLevel response parsers on good and bad input: every bad answer becomes a typed error with a clear
// message, unknown fields are kept, the request builders serialise only what is set.

#include "api/HighLevelParsers.h"
#include "api/HighLevelRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb::api;

Q_DECLARE_METATYPE(fb::api::ErrorClass)

namespace {

ApiResult answer(int status, const QByteArray& body, bool engineParsed = true)
{
    ApiResult r;
    r.status = status;
    r.body = body;
    r.error = ghl::errorClassForStatus(status);
    if (r.error != ErrorClass::None) {
        r.message = u"HTTP "_s + QString::number(status);
    }
    if (engineParsed) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject()) {
            r.json = doc.object();
        } else if (doc.isArray()) {
            r.json = doc.array();
        }
    }
    return r;
}

// Runs the parser named by `op` and returns (ok, error class, message).
struct Outcome
{
    bool ok = false;
    ErrorClass error = ErrorClass::None;
    QString message;
};

template<typename T> Outcome outcome(const Result<T>& r)
{
    return {r.ok(), r.api.error, r.api.message};
}

Outcome parseWith(const QString& op, const ApiResult& r)
{
    if (op == u"contact")
        return outcome(ghl::parseContactResponse(r));
    if (op == u"upsert")
        return outcome(ghl::parseUpsertResponse(r));
    if (op == u"search")
        return outcome(ghl::parseSearchResponse(r));
    if (op == u"duplicate")
        return outcome(ghl::parseDuplicateResponse(r));
    if (op == u"list")
        return outcome(ghl::parseContactListResponse(r));
    if (op == u"tasks")
        return outcome(ghl::parseTaskListResponse(r));
    if (op == u"task")
        return outcome(ghl::parseTaskResponse(r));
    if (op == u"taskSearch")
        return outcome(ghl::parseTaskSearchResponse(r));
    if (op == u"notes")
        return outcome(ghl::parseNoteListResponse(r));
    if (op == u"note")
        return outcome(ghl::parseNoteResponse(r));
    if (op == u"done")
        return outcome(ghl::parseDoneResponse(r));
    if (op == u"tags")
        return outcome(ghl::parseTagsResponse(r));
    if (op == u"appointments")
        return outcome(ghl::parseAppointmentsResponse(r));
    if (op == u"followers")
        return outcome(ghl::parseFollowersResponse(r));
    if (op == u"bulkTags")
        return outcome(ghl::parseBulkTagsResponse(r));
    if (op == u"bulkBusiness")
        return outcome(ghl::parseBulkBusinessResponse(r));
    if (op == u"customFields")
        return outcome(ghl::parseCustomFieldsResponse(r));
    if (op == u"locationTags")
        return outcome(ghl::parseLocationTagsResponse(r));
    if (op == u"location")
        return outcome(ghl::parseLocationResponse(r));
    qFatal("unknown parser %s", qPrintable(op));
}

} // namespace

class TestHighLevelParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInput_data();
    void badInput();
    void goodInput_data();
    void goodInput();
    void contactKeepsUnknownFieldsAndReadsCustomFields();
    void succeededSpellings_data();
    void succeededSpellings();
    void errorMessageShapes_data();
    void errorMessageShapes();
    void searchPagingCursor();
    void listPagingCursor();
    void contactBodySerialisesOnlySetFields();
    void updateNeverSendsTagsOrCompanyName();
    void requestsCarryTemplatesAndIdempotency();
};

void TestHighLevelParsers::badInput_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorClass>("expected");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("malformed JSON") << u"contact"_s << 200 << "{\"contact\": {\"id\": "_ba << ErrorClass::Malformed
                                    << u"not JSON"_s;
    QTest::newRow("HTML error page at 200")
        << u"contact"_s << 200 << "<!DOCTYPE html><html><body>Bad gateway</body></html>"_ba << ErrorClass::Malformed
        << u"web page"_s;
    QTest::newRow("empty body at 200") << u"search"_s << 200 << QByteArray() << ErrorClass::Malformed << u"empty"_s;
    QTest::newRow("top-level array") << u"tasks"_s << 200 << "[{\"id\":\"t\"}]"_ba << ErrorClass::Malformed
                                     << u"an array instead of an object"_s;
    QTest::newRow("missing contact key") << u"contact"_s << 200 << "{\"traceId\":\"x\"}"_ba << ErrorClass::Malformed
                                         << u"'contact'"_s;
    QTest::newRow("contact is a string") << u"contact"_s << 200 << "{\"contact\":\"abc\"}"_ba << ErrorClass::Malformed
                                         << u"expected an object, got a string"_s;
    QTest::newRow("contact without id") << u"contact"_s << 200 << "{\"contact\":{\"firstName\":\"A\"}}"_ba
                                        << ErrorClass::Malformed << u"contact.id: missing"_s;
    QTest::newRow("email is a number") << u"contact"_s << 200 << "{\"contact\":{\"id\":\"a\",\"email\":5}}"_ba
                                       << ErrorClass::Malformed << u"contact.email: expected a string, got a number"_s;
    QTest::newRow("tags is a string") << u"contact"_s << 200 << "{\"contact\":{\"id\":\"a\",\"tags\":\"x\"}}"_ba
                                      << ErrorClass::Malformed << u"contact.tags"_s;
    QTest::newRow("tag list with a number")
        << u"tags"_s << 200 << "{\"tags\":[\"a\",1]}"_ba << ErrorClass::Malformed << u"tags"_s;
    QTest::newRow("dateUpdated not a date")
        << u"contact"_s << 200 << "{\"contact\":{\"id\":\"a\",\"dateUpdated\":\"yesterday\"}}"_ba
        << ErrorClass::Malformed << u"not a date"_s;
    QTest::newRow("custom field without id")
        << u"contact"_s << 200 << "{\"contact\":{\"id\":\"a\",\"customFields\":[{\"value\":1}]}}"_ba
        << ErrorClass::Malformed << u"customFields[0].id"_s;
    QTest::newRow("search contacts not an array") << u"search"_s << 200 << "{\"contacts\":{},\"total\":1}"_ba
                                                  << ErrorClass::Malformed << u"contacts: expected an array"_s;
    QTest::newRow("search item without id")
        << u"search"_s << 200 << "{\"contacts\":[{\"id\":\"a\"},{}]}"_ba << ErrorClass::Malformed << u"contacts[1]"_s;
    QTest::newRow("total is a string") << u"search"_s << 200 << "{\"contacts\":[],\"total\":\"7\"}"_ba
                                       << ErrorClass::Malformed << u"total"_s;
    QTest::newRow("task completed is a string")
        << u"task"_s << 200 << "{\"task\":{\"id\":\"t\",\"completed\":\"yes\"}}"_ba << ErrorClass::Malformed
        << u"task.completed"_s;
    QTest::newRow("note list item not an object")
        << u"notes"_s << 200 << "{\"notes\":[42]}"_ba << ErrorClass::Malformed << u"notes[0]"_s;
    QTest::newRow("400 error body at HTTP 200")
        << u"contact"_s << 200 << "{\"statusCode\":400,\"message\":\"Bad Request\"}"_ba << ErrorClass::Validation
        << u"Bad Request"_s;
    QTest::newRow("401 error body at HTTP 200")
        << u"location"_s << 200
        << "{\"statusCode\":401,\"message\":\"Invalid token: access token is invalid\",\"error\":\"Unauthorized\"}"_ba
        << ErrorClass::Auth << u"Invalid token"_s;
    QTest::newRow("succeded false") << u"done"_s << 200 << "{\"succeded\":false,\"message\":\"Contact is locked\"}"_ba
                                    << ErrorClass::Other << u"Contact is locked"_s;
    QTest::newRow("update with succeded false")
        << u"contact"_s << 200 << "{\"succeded\":false,\"contact\":{\"id\":\"a\"}}"_ba << ErrorClass::Other
        << u"not successful"_s;
    QTest::newRow("422 with message array")
        << u"contact"_s << 422
        << "{\"statusCode\":422,\"message\":[\"email must be an email\",\"phone is invalid\"],\"error\":\"Unprocessable Entity\"}"_ba
        << ErrorClass::Validation << u"email must be an email; phone is invalid"_s;
    QTest::newRow("403 wrong location")
        << u"search"_s << 403
        << "{\"statusCode\":403,\"message\":\"The token does not have access to this location.\"}"_ba
        << ErrorClass::Forbidden << u"does not have access to this location"_s;
    QTest::newRow("error body not parsed by the engine")
        << u"note"_s << 400 << "{\"message\":\"Note not found\"}"_ba << ErrorClass::Validation << u"Note not found"_s;
    QTest::newRow("bulk business success false")
        << u"bulkBusiness"_s << 200 << "{\"success\":false,\"ids\":[]}"_ba << ErrorClass::Other << u"not successful"_s;
    QTest::newRow("bulk tags responses an object")
        << u"bulkTags"_s << 201 << "{\"succeded\":true,\"errorCount\":0,\"responses\":{}}"_ba << ErrorClass::Malformed
        << u"responses"_s;
    QTest::newRow("custom fields missing")
        << u"customFields"_s << 200 << "{}"_ba << ErrorClass::Malformed << u"customFields"_s;
    QTest::newRow("location tag without name") << u"locationTags"_s << 200 << "{\"tags\":[{\"id\":\"x\"}]}"_ba
                                               << ErrorClass::Malformed << u"tag.name: missing"_s;
    QTest::newRow("upsert new is a string") << u"upsert"_s << 200 << "{\"new\":\"true\",\"contact\":{\"id\":\"a\"}}"_ba
                                            << ErrorClass::Malformed << u"new"_s;
    QTest::newRow("duplicate contact is an array")
        << u"duplicate"_s << 200 << "{\"contact\":[]}"_ba << ErrorClass::Malformed << u"contact"_s;
    QTest::newRow("list meta is a number")
        << u"list"_s << 200 << "{\"contacts\":[],\"meta\":3}"_ba << ErrorClass::Malformed << u"meta"_s;
    QTest::newRow("deeply nested garbage") << u"search"_s << 200 << QByteArray(5000, '[') + QByteArray(5000, ']')
                                           << ErrorClass::Malformed << u"HighLevel"_s;
}

void TestHighLevelParsers::badInput()
{
    QFETCH(QString, op);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorClass, expected);
    QFETCH(QString, messagePart);
    for (bool engineParsed : {true, false}) {
        const Outcome o = parseWith(op, answer(status, body, engineParsed));
        QVERIFY(!o.ok);
        QCOMPARE(toString(o.error), toString(expected));
        QVERIFY2(o.message.contains(messagePart), qPrintable(o.message));
    }
}

void TestHighLevelParsers::goodInput_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("create 201")
        << u"contact"_s << 201
        << "{\"contact\":{\"id\":\"a\",\"dateAdded\":\"2021-07-02T05:18:26.704Z\",\"deleted\":false,\"birthMonth\":3}}"_ba;
    QTest::newRow("dates as epoch ms") << u"contact"_s << 200
                                       << "{\"contact\":{\"id\":\"a\",\"dateUpdated\":1625203106704}}"_ba;
    QTest::newRow("nulls everywhere")
        << u"contact"_s << 200
        << "{\"contact\":{\"id\":\"a\",\"email\":null,\"tags\":null,\"dnd\":null,\"customFields\":null}}"_ba;
    QTest::newRow("followers as one string (spec example)")
        << u"list"_s << 200 << "{\"contacts\":[{\"id\":\"a\",\"followers\":\"u1\"}],\"count\":1}"_ba;
    QTest::newRow("search with traceId") << u"search"_s << 200 << "{\"contacts\":[],\"total\":0,\"traceId\":\"t\"}"_ba;
    QTest::newRow("duplicate none") << u"duplicate"_s << 200 << "{\"contact\":null,\"traceId\":\"t\"}"_ba;
    QTest::newRow("duplicate empty object") << u"duplicate"_s << 200 << "{}"_ba;
    QTest::newRow("succeeded (v3 spelling)") << u"done"_s << 200 << "{\"succeeded\":true}"_ba;
    QTest::newRow("bulk tags string items (spec schema)")
        << u"bulkTags"_s << 201 << "{\"succeded\":true,\"errorCount\":0,\"responses\":[\"ok\"]}"_ba;
    QTest::newRow("task search nested arrays (spec schema)")
        << u"taskSearch"_s << 200 << "{\"tasks\":[[{\"id\":\"t\",\"completed\":true}]]}"_ba;
    QTest::newRow("task search _id") << u"taskSearch"_s << 200 << "{\"tasks\":[{\"_id\":\"t\",\"title\":\"x\"}]}"_ba;
    QTest::newRow("custom field with numeric options")
        << u"customFields"_s << 200 << "{\"customFields\":[{\"id\":\"f\",\"picklistOptions\":[1,2]}]}"_ba;
    QTest::newRow("appointments") << u"appointments"_s << 200
                                  << "{\"events\":[{\"id\":\"e\",\"users\":[\"u\"],\"extraField\":{}}]}"_ba;
    QTest::newRow("followers added") << u"followers"_s << 201
                                     << "{\"followers\":[\"a\",\"b\"],\"followersAdded\":[\"b\"]}"_ba;
}

void TestHighLevelParsers::goodInput()
{
    QFETCH(QString, op);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    for (bool engineParsed : {true, false}) {
        const Outcome o = parseWith(op, answer(status, body, engineParsed));
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(toString(o.error), toString(ErrorClass::None));
    }
}

void TestHighLevelParsers::contactKeepsUnknownFieldsAndReadsCustomFields()
{
    const QByteArray body = R"({"contact":{"id":"c1","firstName":"Ann","tags":["a","b"],
        "customFields":[{"id":"f1","value":"North"},{"id":"f2","value":["x","y"]},{"id":"f3","value":12.5}],
        "dateAdded":"2021-07-02T05:18:26.704Z","dateUpdated":"2021-07-03T00:00:00Z","assignedTo":"u1",
        "additionalEmails":[{"email":"a@b.c"}],"attributionSource":{"url":"x","sessionSource":"CRM UI"}},
        "traceId":"t1"})"_ba;
    const auto r = ghl::parseContactResponse(answer(200, body));
    QVERIFY2(r.ok(), qPrintable(r.api.message));
    QCOMPARE(r->id, u"c1"_s);
    QCOMPARE(r->tags, (QStringList {u"a"_s, u"b"_s}));
    QCOMPARE(r->customFields.size(), 3);
    QCOMPARE(r->customFields.at(1).value, QJsonValue(QJsonArray {u"x"_s, u"y"_s}));
    QCOMPARE(r->customFields.at(2).value.toDouble(), 12.5);
    QCOMPARE(r->dateAdded, QDateTime(QDate(2021, 7, 2), QTime(5, 18, 26, 704), Qt::UTC));
    QCOMPARE(r->dateUpdated.timeSpec(), Qt::UTC);
    QCOMPARE(r->assignedTo, u"u1"_s);
    QVERIFY(r->extra.contains(u"additionalEmails"_s));
    QVERIFY(!r->extra.contains(u"firstName"_s));
    QCOMPARE(r->attributionSource.value(u"sessionSource"_s).toString(), u"CRM UI"_s);
}

void TestHighLevelParsers::succeededSpellings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::newRow("succeded true (v2, sic)") << "{\"succeded\":true}"_ba << true;
    QTest::newRow("succeeded true") << "{\"succeeded\":true}"_ba << true;
    QTest::newRow("succeded false") << "{\"succeded\":false}"_ba << false;
    QTest::newRow("succeeded false") << "{\"succeeded\":false}"_ba << false;
    QTest::newRow("neither (tolerated)") << "{\"traceId\":\"t\"}"_ba << true;
    QTest::newRow("a message only") << "{\"message\":\"Contact removed from workflow\"}"_ba << true;
    QTest::newRow("an error named at 200") << "{\"error\":\"Workflow not found\",\"message\":\"x\"}"_ba << false;
}

void TestHighLevelParsers::succeededSpellings()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QCOMPARE(ghl::parseDoneResponse(answer(200, body)).ok(), ok);
}

void TestHighLevelParsers::errorMessageShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("message string") << "{\"statusCode\":400,\"message\":\"Bad Request\"}"_ba << u"Bad Request"_s;
    QTest::newRow("message array") << "{\"message\":[\"a\",\"b\"]}"_ba << u"a; b"_s;
    QTest::newRow("error only") << "{\"error\":\"Unauthorized\"}"_ba << u"Unauthorized"_s;
    QTest::newRow("detail only") << "{\"detail\":\"Not found.\"}"_ba << u"Not found."_s;
    QTest::newRow("empty message falls back to error")
        << "{\"message\":\"\",\"error\":\"Forbidden\"}"_ba << u"Forbidden"_s;
    QTest::newRow("nothing") << "{\"statusCode\":500}"_ba << QString();
}

void TestHighLevelParsers::errorMessageShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(ghl::errorMessageFromBody(QJsonDocument::fromJson(body).object()), message);
}

void TestHighLevelParsers::searchPagingCursor()
{
    ghl::SearchQuery q;
    q.page = 1;
    q.pageLimit = 2;
    ghl::SearchPage page;
    page.total = 5;
    page.contacts = {ghl::Contact {}, ghl::Contact {}};
    // No cursor on the items: page numbers.
    auto next = ghl::nextSearchQuery(q, page);
    QVERIFY(next);
    QCOMPARE(next->page, 2);
    QVERIFY(next->searchAfter.isEmpty());
    // Cursor on the last item: searchAfter, never together with page.
    page.contacts.last().searchAfter = QJsonArray {1700000000000.0, u"c2"_s};
    next = ghl::nextSearchQuery(q, page);
    QVERIFY(next);
    QCOMPARE(next->page, 0);
    QCOMPARE(next->searchAfter, (QJsonArray {1700000000000.0, u"c2"_s}));
    QVERIFY(!ghl::request::searchBody(u"L"_s, *next).contains(u"page"_s));
    // A short page ends it.
    page.contacts.removeLast();
    QVERIFY(!ghl::nextSearchQuery(q, page));
    // The 10,000 ceiling without a cursor.
    q.pageLimit = 500;
    q.page = 20;
    page.total = 20000;
    page.contacts = QList<ghl::Contact>(500);
    bool ceiling = false;
    QVERIFY(!ghl::nextSearchQuery(q, page, &ceiling));
    QVERIFY(ceiling);
    // ...is passed with one.
    page.contacts.last().searchAfter = QJsonArray {1.0, u"z"_s};
    QVERIFY(ghl::nextSearchQuery(q, page, &ceiling));
    QVERIFY(!ceiling);
}

void TestHighLevelParsers::listPagingCursor()
{
    ghl::ContactListQuery q;
    q.limit = 2;
    ghl::ContactListPage page;
    page.contacts = QList<ghl::Contact>(2);
    page.contacts.last().id = u"c2"_s;
    page.contacts.last().dateAdded = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    auto next = ghl::nextListQuery(q, page);
    QVERIFY(next);
    QCOMPARE(next->startAfterId, u"c2"_s);
    QCOMPARE(next->startAfter, 1700000000000);
    ghl::ContactsMeta meta;
    meta.startAfterId = u"fromMeta"_s;
    meta.startAfter = 5;
    page.meta = meta;
    next = ghl::nextListQuery(q, page);
    QCOMPARE(next->startAfterId, u"fromMeta"_s);
    QCOMPARE(next->startAfter, 5);
    page.contacts.clear();
    QVERIFY(!ghl::nextListQuery(q, page));
}

void TestHighLevelParsers::contactBodySerialisesOnlySetFields()
{
    ghl::ContactInput in;
    in.firstName = u"Ann"_s;
    in.email = QString(); // explicit null: clear
    in.postalCode = QString(); // not nullable: ""
    in.customFields =
        QList<ghl::CustomFieldWrite> {{u"f1"_s, u"contact.region"_s, u"North"_s}, {u"f2"_s, {}, QJsonArray {u"a"_s}}};
    const QJsonObject body = ghl::request::contactBody(in, false, {});
    QCOMPARE(body.keys(), (QStringList {u"customFields"_s, u"email"_s, u"firstName"_s, u"postalCode"_s}));
    QVERIFY(body.value(u"email"_s).isNull());
    QCOMPARE(body.value(u"postalCode"_s), QJsonValue(u""_s));
    const QJsonArray fields = body.value(u"customFields"_s).toArray();
    QCOMPARE(fields.at(0).toObject(),
             (QJsonObject {{u"id"_s, u"f1"_s}, {u"key"_s, u"contact.region"_s}, {u"field_value"_s, u"North"_s}}));
    QCOMPARE(fields.at(1).toObject(), (QJsonObject {{u"id"_s, u"f2"_s}, {u"field_value"_s, QJsonArray {u"a"_s}}}));
}

void TestHighLevelParsers::updateNeverSendsTagsOrCompanyName()
{
    ghl::ContactInput in;
    in.tags = QStringList {u"x"_s};
    in.companyName = u"Acme"_s;
    in.gender = u"f"_s;
    in.firstName = u"A"_s;
    const ApiRequest put = ghl::request::updateContact(u"c1"_s, in);
    const QJsonObject body = QJsonDocument::fromJson(put.body).object();
    QVERIFY(!body.contains(u"tags"_s));
    QVERIFY(!body.contains(u"companyName"_s));
    QVERIFY(!body.contains(u"gender"_s));
    QVERIFY(!body.contains(u"locationId"_s));
    ghl::HighLevelCapabilities caps;
    caps.updateAcceptsCompanyName = true;
    QVERIFY(QJsonDocument::fromJson(ghl::request::updateContact(u"c1"_s, in, caps).body)
                .object()
                .contains(u"companyName"_s));
    // Upsert may match an existing contact: no tags there either; create sends them.
    QVERIFY(!QJsonDocument::fromJson(ghl::request::upsertContact(u"L"_s, in).body).object().contains(u"tags"_s));
    QVERIFY(QJsonDocument::fromJson(ghl::request::createContact(u"L"_s, in).body).object().contains(u"tags"_s));
}

void TestHighLevelParsers::requestsCarryTemplatesAndIdempotency()
{
    const ApiRequest create = ghl::request::createContact(u"L1"_s, {});
    QCOMPARE(create.method, "POST"_ba);
    QCOMPARE(create.path, u"/contacts/"_s);
    QCOMPARE(create.operation, u"contacts.create"_s);
    QVERIFY(!create.idempotent);
    QCOMPARE(QJsonDocument::fromJson(create.body).object().value(u"locationId"_s).toString(), u"L1"_s);
    QVERIFY(ghl::request::upsertContact(u"L1"_s, {}).idempotent);
    QVERIFY(!ghl::request::createTask(u"c"_s, {}).idempotent);
    QVERIFY(!ghl::request::createNote(u"c"_s, {}).idempotent);
    QVERIFY(ghl::request::addTags(u"c"_s, {u"t"_s}).idempotent);

    const ApiRequest note = ghl::request::getNote(u"c 1/x"_s, u"n1"_s);
    QCOMPARE(note.pathTemplate, u"/contacts/{contactId}/notes/{id}"_s);
    QVERIFY2(!note.path.contains(u"c 1/x"_s), qPrintable(note.path)); // ids are escaped, never path syntax
    QVERIFY(note.path.endsWith(u"/notes/n1"_s));

    const ApiRequest dup = ghl::request::findDuplicate(u"L1"_s, u"a@b.c"_s, {});
    QCOMPARE(dup.query.queryItemValue(u"locationId"_s), u"L1"_s);
    QVERIFY(!dup.query.hasQueryItem(u"number"_s));
    // '+' must travel as %2B: HighLevel's server (Node) reads a bare '+' in a query as a space.
    QUrl url(u"https://services.leadconnectorhq.com/contacts/search/duplicate"_s);
    url.setQuery(ghl::request::findDuplicate(u"L1"_s, u"rosa+x@b.c"_s, u"+15551230002"_s).query);
    const QByteArray wire = url.toEncoded();
    QVERIFY2(wire.contains("email=rosa%2Bx%40b.c"), wire.constData());
    QVERIFY2(wire.contains("number=%2B15551230002"), wire.constData());

    const ApiRequest bulk = ghl::request::bulkTags(u"L1"_s, ghl::BulkTagAction::Add, {u"c"_s}, {u"t"_s}, true);
    QCOMPARE(bulk.path, u"/contacts/bulk/tags/update/add"_s);
    QVERIFY(!QJsonDocument::fromJson(bulk.body).object().contains(u"removeAllTags"_s)); // remove type only
}

QTEST_GUILESS_MAIN(TestHighLevelParsers)
#include "tst_highlevelparsers.moc"
