#pragma once
// Pure, tolerant parsers of HighLevel responses: ApiResult in, typed value or a typed error out, never a crash.

#include "ApiTypes.h"
#include "HighLevelTypes.h"

namespace fb::api::ghl {

// The user-presentable message of a common-schemas error body: `message` (string or array of strings), else
// `error`, else `detail`. Empty when the body carries none.
QString errorMessageFromBody(const QJsonValue& body);

// The error class HighLevel's status code stands for (401 Auth, 403 Forbidden, 400/422 Validation, ...).
ErrorClass errorClassForStatus(int status);

// Object-level readers (used by the response parsers; public for tests and the fuzzer). On failure they return
// false and say what was wrong in *error ("contact.email: expected a string, got a number").
bool readContact(const QJsonObject& object, Contact& out, QString* error);
bool readTask(const QJsonObject& object, Task& out, QString* error);
bool readNote(const QJsonObject& object, Note& out, QString* error);
bool readAppointment(const QJsonObject& object, Appointment& out, QString* error);
bool readCustomFieldDefinition(const QJsonObject& object, CustomFieldDefinition& out, QString* error);
bool readTag(const QJsonObject& object, Tag& out, QString* error);
bool readLocation(const QJsonObject& object, LocationInfo& out, QString* error);

// Response parsers. An ApiResult that already carries an error passes through with its message refined from the
// error body; an HTTP 2xx whose body is not the expected shape becomes ErrorClass::Malformed (or the class of the
// statusCode an error body announces).
Result<Contact> parseContactResponse(const ApiResult& result); // create/get/update: {contact}
Result<UpsertOutcome> parseUpsertResponse(const ApiResult& result);
Result<SearchPage> parseSearchResponse(const ApiResult& result);
Result<DuplicateOutcome> parseDuplicateResponse(const ApiResult& result);
Result<ContactListPage> parseContactListResponse(const ApiResult& result); // deprecated list and business list
Result<QList<Task>> parseTaskListResponse(const ApiResult& result);
Result<Task> parseTaskResponse(const ApiResult& result);
Result<QList<Task>> parseTaskSearchResponse(const ApiResult& result);
Result<QList<Note>> parseNoteListResponse(const ApiResult& result);
Result<Note> parseNoteResponse(const ApiResult& result);
Result<Done> parseDoneResponse(const ApiResult& result); // {succeded|succeeded: true}
Result<TagsOutcome> parseTagsResponse(const ApiResult& result);
Result<QList<Appointment>> parseAppointmentsResponse(const ApiResult& result);
Result<FollowersOutcome> parseFollowersResponse(const ApiResult& result);
Result<BulkTagsOutcome> parseBulkTagsResponse(const ApiResult& result);
Result<BulkBusinessOutcome> parseBulkBusinessResponse(const ApiResult& result);
Result<QList<CustomFieldDefinition>> parseCustomFieldsResponse(const ApiResult& result);
Result<QList<Tag>> parseLocationTagsResponse(const ApiResult& result);
Result<LocationInfo> parseLocationResponse(const ApiResult& result);

} // namespace fb::api::ghl
