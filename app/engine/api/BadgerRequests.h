#pragma once
// Pure builders of every Badger request: path (always ending in '/'), path template, operation, form body, priority.

#include "ApiTypes.h"
#include "BadgerTypes.h"

namespace fb::api::badger::request {

// POST /login/ (form username, password). Sent without a token; the body is a secret and never logged.
ApiRequest login(const QString& username, const QString& password);
ApiRequest profile(); // GET /profiles/
ApiRequest searchUsers(const QString& query); // GET /search/users/?q=
ApiRequest listAccounts(std::optional<qint64> managedUserId = {}); // GET /customers/ [?rn=]
ApiRequest getAccount(qint64 accountId); // GET /customers/{id}/
ApiRequest createAccount(const AccountInput& input); // POST /customers/ (not idempotent)
ApiRequest updateAccount(qint64 accountId, const AccountPatch& patch); // PATCH /customers/{id}/, changed keys only
ApiRequest deleteAccount(qint64 accountId); // DELETE /customers/{id}/
ApiRequest updateLocation(qint64 locationId, const LocationInput& input); // PATCH /locations/{id}/
ApiRequest listCheckIns(qint64 accountId); // GET /appointments/?customer_id=
ApiRequest listAllCheckIns(); // GET /appointments/ (UNCONFIRMED: see the capability probe)
ApiRequest createCheckIn(const CheckInInput& input); // POST /appointments/ (not idempotent)
ApiRequest listRoutes(); // GET /routes/
ApiRequest getRoute(qint64 routeId); // GET /routes/{id}/

// Form encodings, public for tests: application/x-www-form-urlencoded with every reserved byte escaped, so a value
// containing '&', '=', '+' or non-ASCII survives ("a+b" is sent as a%2Bb, a space as %20).
QByteArray encodeForm(const QList<QPair<QString, QString>>& fields);
QList<QPair<QString, QString>> accountFields(const AccountInput& input);
QList<QPair<QString, QString>> patchFields(const AccountPatch& patch);
QList<QPair<QString, QString>> checkInFields(const CheckInInput& input);
QString formatNumber(double value); // shortest round-trip text, no exponent for ordinary coordinates

} // namespace fb::api::badger::request
