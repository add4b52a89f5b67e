// libFuzzer target: every HighLevel response parser on arbitrary bytes, as a 2xx body and as an error body.
// Built by scripts/fuzz (clang, -fsanitize=fuzzer,address,undefined); must never crash, leak or hang.

#include "api/HighLevelParsers.h"
#include "api/HighLevelRequests.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

using namespace fb::api;

namespace {

template<typename T> void check(const Result<T>& r)
{
    // A parser either yields a value with no error, or an error with a message; never both, never neither.
    if (r.ok() != (r.api.error == ErrorClass::None)) {
        __builtin_trap();
    }
    if (!r.ok() && r.api.message.isEmpty()) {
        __builtin_trap();
    }
}

void runAll(const ApiResult& api)
{
    check(ghl::parseContactResponse(api));
    check(ghl::parseUpsertResponse(api));
    const auto page = ghl::parseSearchResponse(api);
    check(page);
    if (page.ok()) {
        ghl::SearchQuery q;
        bool ceiling = false;
        (void)ghl::nextSearchQuery(q, *page, &ceiling);
        q.page = 0;
        q.searchAfter = QJsonArray {1, QStringLiteral("x")};
        (void)ghl::nextSearchQuery(q, *page, &ceiling);
    }
    check(ghl::parseDuplicateResponse(api));
    const auto list = ghl::parseContactListResponse(api);
    check(list);
    if (list.ok()) {
        (void)ghl::nextListQuery(ghl::ContactListQuery {}, *list);
    }
    check(ghl::parseTaskListResponse(api));
    check(ghl::parseTaskResponse(api));
    check(ghl::parseTaskSearchResponse(api));
    check(ghl::parseNoteListResponse(api));
    check(ghl::parseNoteResponse(api));
    check(ghl::parseDoneResponse(api));
    check(ghl::parseTagsResponse(api));
    check(ghl::parseAppointmentsResponse(api));
    check(ghl::parseFollowersResponse(api));
    check(ghl::parseBulkTagsResponse(api));
    check(ghl::parseBulkBusinessResponse(api));
    check(ghl::parseCustomFieldsResponse(api));
    check(ghl::parseLocationTagsResponse(api));
    check(ghl::parseLocationResponse(api));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    QJsonValue json;
    if (pe.error == QJsonParseError::NoError) {
        json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }

    ApiResult ok;
    ok.status = 200;
    ok.body = body;
    ok.json = json; // as the engine hands it over
    runAll(ok);

    ApiResult raw = ok; // an engine that left parsing to the client
    raw.json = QJsonValue();
    runAll(raw);

    ApiResult failed = ok;
    failed.status = 422;
    failed.error = ErrorClass::Validation;
    failed.message = QStringLiteral("HTTP 422");
    runAll(failed);

    if (json.isObject()) {
        const QJsonObject o = json.toObject();
        QString error;
        ghl::Contact c;
        ghl::Task t;
        ghl::Note n;
        ghl::Appointment a;
        ghl::CustomFieldDefinition f;
        ghl::Tag tag;
        ghl::LocationInfo l;
        (void)ghl::readContact(o, c, &error);
        (void)ghl::readTask(o, t, &error);
        (void)ghl::readNote(o, n, &error);
        (void)ghl::readAppointment(o, a, &error);
        (void)ghl::readCustomFieldDefinition(o, f, &error);
        (void)ghl::readTag(o, tag, &error);
        (void)ghl::readLocation(o, l, &error);
        (void)ghl::errorMessageFromBody(o);
    }
    return 0;
}
