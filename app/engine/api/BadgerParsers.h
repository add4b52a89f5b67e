#pragma once
// Pure, tolerant parsers of Badger responses: ApiResult in, typed value or a typed error out, never a crash.

#include "ApiTypes.h"
#include "BadgerTypes.h"

namespace fb::api::badger {

// The user-presentable message of an error body: DRF's {"detail"}, per-field lists ({"last_name": ["This field is
// required."]} -> "last_name: This field is required."), {"non_field_errors"}, {"error"}, or the title of an HTML
// page. Redacted and at most a few hundred characters; empty when the body carries nothing useful.
QString errorMessageFromBody(const QByteArray& body);

// The error class an HTTP status stands for when the engine did not set one (401 Auth, 404 NotFound, ...).
ErrorClass errorClassForStatus(int status);

// Object-level readers (used by the response parsers; public for tests and the fuzzer). On failure they return
// false and say what was wrong in *error ("account.last_name: expected a string, got an object").
bool readAccount(const QJsonObject& object, Account& out, QString* error);
bool readAccountSummary(const QJsonObject& object, AccountSummary& out, QString* error);
bool readLocation(const QJsonObject& object, Location& out, QString* error);
bool readProfile(const QJsonObject& object, Profile& out, QString* error);
bool readDatafield(const QJsonObject& object, Datafield& out, QString* error);
bool readUserSummary(const QJsonObject& object, UserSummary& out, QString* error);
bool readCheckIn(const QJsonObject& object, CheckIn& out, QString* error);
bool readRouteSummary(const QJsonObject& object, RouteSummary& out, QString* error);
bool readRoute(const QJsonObject& object, Route& out, QString* error);
bool readWaypoint(const QJsonObject& object, Waypoint& out, QString* error);

// Response parsers. An ApiResult that already carries an error passes through with a message refined from the error
// body and what to do about it; a 2xx body that is not the expected shape becomes ErrorClass::Malformed.
// Lists accept a bare array and a {"results": [...]} wrapper.
LoginResult parseLogin(const ApiResult& result);
Result<Profile> parseProfile(const ApiResult& result);
// One object or a list (UNCONFIRMED); 404 means no user matched (an empty list). *wasList says which shape came.
Result<QList<UserSummary>> parseUserSearch(const ApiResult& result, bool* wasList = nullptr);
Result<QList<AccountSummary>> parseAccountList(const ApiResult& result);
Result<Account> parseAccount(const ApiResult& result); // detail and PATCH
Result<CreatedAccount> parseCreatedAccount(const ApiResult& result); // 201 {customer, profile, location} or bare
Result<Done> parseDeleted(const ApiResult& result); // 204, also 200/202
Result<Location> parseLocation(const ApiResult& result);
Result<QList<CheckIn>> parseCheckInList(const ApiResult& result);
Result<CheckIn> parseCheckIn(const ApiResult& result); // 201
Result<QList<RouteSummary>> parseRouteList(const ApiResult& result);
Result<Route> parseRoute(const ApiResult& result);

// Check-in log_datetime: ISO 8601 with or without fraction and offset; no offset is read as UTC.
QDateTime parseBadgerDateTime(const QString& text);

} // namespace fb::api::badger
