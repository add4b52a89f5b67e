#include "BadgerRequests.h"

#include <QJsonDocument>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fb::api::badger::request {
namespace {

ApiRequest make(QByteArray method, const QString& path, const QString& pathTemplate, const char* operation)
{
    ApiRequest r;
    r.service = Service::Badger;
    r.method = std::move(method);
    r.path = path;
    r.pathTemplate = pathTemplate;
    r.operation = QString::fromLatin1(operation);
    r.priority = Priority::ChangeDetection;
    r.idempotent = true;
    return r;
}

ApiRequest makeWrite(QByteArray method, const QString& path, const QString& pathTemplate, const char* operation,
                     const QList<QPair<QString, QString>>& fields, bool idempotent)
{
    ApiRequest r = make(std::move(method), path, pathTemplate, operation);
    r.bodyKind = BodyKind::Form;
    r.body = encodeForm(fields);
    r.idempotent = idempotent;
    r.priority = Priority::Write;
    return r;
}

QString id(qint64 v)
{
    return QString::number(v);
}

} // namespace

QString formatNumber(double value)
{
    if (!std::isfinite(value)) {
        return {};
    }
    QString s = QString::number(value, 'f', 10);
    // Trailing zeros carry nothing; "-89.6501000000" -> "-89.6501".
    if (s.contains(u'.')) {
        while (s.endsWith(u'0')) {
            s.chop(1);
        }
        if (s.endsWith(u'.')) {
            s.chop(1);
        }
    }
    if (s == u"-0"_s) {
        s = u"0"_s;
    }
    return s;
}

QByteArray encodeForm(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& [key, value] : fields) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(key);
        out += '=';
        out += QUrl::toPercentEncoding(value);
    }
    return out;
}

QList<QPair<QString, QString>> accountFields(const AccountInput& input)
{
    QList<QPair<QString, QString>> f;
    f.append({u"last_name"_s, input.lastName});
    f.append({u"address"_s, input.address});
    if (input.accountOwner) {
        f.append({u"account_owner"_s, id(*input.accountOwner)});
    }
    // The doc requires both keys even when empty.
    f.append({u"phone_number"_s, input.phoneNumber});
    f.append({u"email"_s, input.email});
    if (!input.firstName.isEmpty()) {
        f.append({u"first_name"_s, input.firstName});
    }
    if (input.lat && input.lng && std::isfinite(*input.lat) && std::isfinite(*input.lng)) {
        f.append({u"lat"_s, formatNumber(*input.lat)});
        f.append({u"lng"_s, formatNumber(*input.lng)});
    }
    for (auto it = input.customFields.cbegin(); it != input.customFields.cend(); ++it) {
        if (isCustomFieldKey(it.key())) {
            f.append({it.key(), it.value()});
        }
    }
    f.append(input.otherFields);
    return f;
}

QList<QPair<QString, QString>> patchFields(const AccountPatch& patch)
{
    QList<QPair<QString, QString>> f;
    auto add = [&f](const char* key, const std::optional<QString>& v) {
        if (v) {
            f.append({QString::fromLatin1(key), *v});
        }
    };
    add("first_name", patch.firstName);
    add("last_name", patch.lastName);
    add("phone_number", patch.phoneNumber);
    add("email", patch.email);
    add("notes", patch.notes);
    add("customer_id", patch.customerId);
    add("crm_id", patch.crmId);
    if (patch.accountOwner) {
        f.append({u"account_owner"_s, id(*patch.accountOwner)});
    }
    for (auto it = patch.customFields.cbegin(); it != patch.customFields.cend(); ++it) {
        if (isCustomFieldKey(it.key())) {
            f.append({it.key(), it.value()});
        }
    }
    f.append(patch.otherFields);
    return f;
}

QList<QPair<QString, QString>> checkInFields(const CheckInInput& input)
{
    QList<QPair<QString, QString>> f;
    f.append({u"customer"_s, id(input.customer)});
    if (!input.type.isEmpty()) {
        f.append({u"type"_s, input.type});
    }
    f.append({u"comments"_s, input.comments});
    if (!input.extraFields.isEmpty()) {
        f.append(
            {u"extra_fields"_s, QString::fromUtf8(QJsonDocument(input.extraFields).toJson(QJsonDocument::Compact))});
    }
    return f;
}

ApiRequest login(const QString& username, const QString& password)
{
    ApiRequest r = makeWrite("POST", u"/login/"_s, u"/login/"_s, "badger.login",
                             {{u"username"_s, username}, {u"password"_s, password}}, true);
    // Logging in changes nothing on the server, so a retry is harmless; it is what the user is waiting for.
    r.priority = Priority::UserAction;
    return r;
}

ApiRequest profile()
{
    return make("GET", u"/profiles/"_s, u"/profiles/"_s, "badger.profiles.get");
}

ApiRequest searchUsers(const QString& query)
{
    ApiRequest r = make("GET", u"/search/users/"_s, u"/search/users/"_s, "badger.users.search");
    r.query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(query)));
    return r;
}

ApiRequest listAccounts(std::optional<qint64> managedUserId)
{
    ApiRequest r = make("GET", u"/customers/"_s, u"/customers/"_s, "badger.customers.list");
    if (managedUserId) {
        r.query.addQueryItem(u"rn"_s, id(*managedUserId));
    }
    return r;
}

ApiRequest getAccount(qint64 accountId)
{
    return make("GET", u"/customers/"_s + id(accountId) + u'/', u"/customers/{id}/"_s, "badger.customers.get");
}

ApiRequest createAccount(const AccountInput& input)
{
    return makeWrite("POST", u"/customers/"_s, u"/customers/"_s, "badger.customers.create", accountFields(input),
                     false);
}

ApiRequest updateAccount(qint64 accountId, const AccountPatch& patch)
{
    // Setting fields to given values can be repeated safely, unlike a create.
    return makeWrite("PATCH", u"/customers/"_s + id(accountId) + u'/', u"/customers/{id}/"_s, "badger.customers.update",
                     patchFields(patch), true);
}

ApiRequest deleteAccount(qint64 accountId)
{
    ApiRequest r =
        make("DELETE", u"/customers/"_s + id(accountId) + u'/', u"/customers/{id}/"_s, "badger.customers.delete");
    r.priority = Priority::Write;
    return r;
}

ApiRequest updateLocation(qint64 locationId, const LocationInput& input)
{
    QList<QPair<QString, QString>> f {{u"address"_s, input.address}};
    if (input.lat && input.lng && std::isfinite(*input.lat) && std::isfinite(*input.lng)) {
        f.append({u"lat"_s, formatNumber(*input.lat)});
        f.append({u"lng"_s, formatNumber(*input.lng)});
    }
    return makeWrite("PATCH", u"/locations/"_s + id(locationId) + u'/', u"/locations/{id}/"_s,
                     "badger.locations.update", f, true);
}

ApiRequest listCheckIns(qint64 accountId)
{
    ApiRequest r = make("GET", u"/appointments/"_s, u"/appointments/"_s, "badger.appointments.list");
    r.query.addQueryItem(u"customer_id"_s, id(accountId));
    return r;
}

ApiRequest listAllCheckIns()
{
    return make("GET", u"/appointments/"_s, u"/appointments/"_s, "badger.appointments.listAll");
}

ApiRequest createCheckIn(const CheckInInput& input)
{
    return makeWrite("POST", u"/appointments/"_s, u"/appointments/"_s, "badger.appointments.create",
                     checkInFields(input), false);
}

ApiRequest listRoutes()
{
    return make("GET", u"/routes/"_s, u"/routes/"_s, "badger.routes.list");
}

ApiRequest getRoute(qint64 routeId)
{
    return make("GET", u"/routes/"_s + id(routeId) + u'/', u"/routes/{id}/"_s, "badger.routes.get");
}

} // namespace fb::api::badger::request
