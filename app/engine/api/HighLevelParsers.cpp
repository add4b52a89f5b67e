#include "HighLevelParsers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace fb::api::ghl {
namespace {

// User-visible sentences go through QCoreApplication::translate (context "HighLevelParsers"); the field-level
// details inside them ("contact.email: expected a string") stay English.


// Reads typed fields from one JSON object, remembering the first problem and which keys it consumed, so the
// rest can be kept in `extra`. Missing and null fields read as empty: most of the spec's fields are optional.
class Reader
{
public:
    Reader(const QJsonObject& object, QString context)
        : m_object(object)
        , m_context(std::move(context))
    {
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString& key, const QString& what)
    {
        if (m_error.isEmpty()) {
            m_error =
                key.isEmpty() ? QString(m_context + u": "_s + what) : QString(m_context + u'.' + key + u": "_s + what);
        }
    }

    QJsonValue raw(const QString& key)
    {
        m_seen.append(key);
        return m_object.value(key);
    }

    QString str(const QString& key)
    {
        const QJsonValue v = raw(key);
        if (v.isString()) {
            return v.toString();
        }
        if (!v.isUndefined() && !v.isNull()) {
            wrongType(key, u"a string"_s, v);
        }
        return {};
    }

    QString requiredStr(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
            m_seen.append(key);
            fail(key, u"missing"_s);
            return {};
        }
        return str(key);
    }

    std::optional<bool> optBool(const QString& key)
    {
        const QJsonValue v = raw(key);
        if (v.isBool()) {
            return v.toBool();
        }
        if (!v.isUndefined() && !v.isNull()) {
            wrongType(key, u"a boolean"_s, v);
        }
        return std::nullopt;
    }

    std::optional<double> optNumber(const QString& key)
    {
        const QJsonValue v = raw(key);
        if (v.isDouble()) {
            return v.toDouble();
        }
        if (!v.isUndefined() && !v.isNull()) {
            wrongType(key, u"a number"_s, v);
        }
        return std::nullopt;
    }

    QStringList strList(const QString& key)
    {
        const QJsonValue v = raw(key);
        QStringList out;
        if (v.isUndefined() || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            wrongType(key, u"an array of strings"_s, v);
            return out;
        }
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (const QJsonValue& item : a) {
            if (!item.isString()) {
                wrongType(key, u"an array of strings"_s, item);
                return {};
            }
            out.append(item.toString());
        }
        return out;
    }

    QJsonObject obj(const QString& key)
    {
        const QJsonValue v = raw(key);
        if (v.isObject()) {
            return v.toObject();
        }
        if (!v.isUndefined() && !v.isNull()) {
            wrongType(key, u"an object"_s, v);
        }
        return {};
    }

    QJsonArray arr(const QString& key)
    {
        const QJsonValue v = raw(key);
        if (v.isArray()) {
            return v.toArray();
        }
        if (!v.isUndefined() && !v.isNull()) {
            wrongType(key, u"an array"_s, v);
        }
        return {};
    }

    // ISO-8601 ("2021-07-02T05:18:26.704Z") or epoch milliseconds.
    QDateTime time(const QString& key)
    {
        const QJsonValue v = raw(key);
        if (v.isString()) {
            const QString s = v.toString();
            if (s.isEmpty()) {
                return {};
            }
            QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
            if (!t.isValid()) {
                t = QDateTime::fromString(s, Qt::ISODate);
            }
            if (!t.isValid()) {
                fail(key, QString(u"not a date and time: \""_s + s.left(40) + u'"'));
                return {};
            }
            return t.toUTC();
        }
        if (v.isDouble()) {
            const double ms = v.toDouble();
            if (!std::isfinite(ms) || std::abs(ms) > 8.64e15) {
                fail(key, u"timestamp out of range"_s);
                return {};
            }
            return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC);
        }
        if (!v.isUndefined() && !v.isNull()) {
            wrongType(key, u"a date string"_s, v);
        }
        return {};
    }

    // Everything not read above.
    QJsonObject rest() const
    {
        QJsonObject extra;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key())) {
                extra.insert(it.key(), it.value());
            }
        }
        return extra;
    }

private:
    void wrongType(const QString& key, const QString& expected, const QJsonValue& got)
    {
        fail(key, QString(u"expected "_s + expected + u", got "_s + jsonTypeName(got)));
    }

    const QJsonObject& m_object;
    QString m_context;
    QStringList m_seen;
    QString m_error;
};

bool finish(const Reader& r, QString* error)
{
    if (!r.ok() && error) {
        *error = r.error();
    }
    return r.ok();
}

template<typename T> Result<T> fail(const ApiResult& api, ErrorClass error, const QString& message)
{
    Result<T> out;
    out.api = api;
    out.api.error = error;
    out.api.message = message;
    return out;
}

template<typename T> Result<T> success(const ApiResult& api, T value)
{
    Result<T> out;
    out.api = api;
    out.value = std::move(value);
    return out;
}

QString describeNonJson(const ApiResult& api)
{
    const QByteArray head = api.body.left(256).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith('<')) {
        return QCoreApplication::translate(
                   "HighLevelParsers",
                   "HighLevel answered with a web page instead of JSON (HTTP %1). Check the base URL.")
            .arg(api.status);
    }
    if (api.body.isEmpty()) {
        return QCoreApplication::translate("HighLevelParsers", "HighLevel answered with an empty body (HTTP %1).")
            .arg(api.status);
    }
    return QCoreApplication::translate("HighLevelParsers",
                                       "HighLevel answered with something that is not JSON (HTTP %1).")
        .arg(api.status);
}

// The JSON object of a successful answer, or a Result carrying the error. Refines the engine's message of an
// error answer with the server's own words.
template<typename T> std::optional<QJsonObject> bodyObject(const ApiResult& api, Result<T>& failure)
{
    QJsonValue json = api.json;
    if ((json.isUndefined() || json.isNull()) && !api.body.isEmpty()) {
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson(api.body, &pe);
        if (pe.error == QJsonParseError::NoError) {
            json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        }
    }
    if (!api.ok()) {
        failure = Result<T> {};
        failure.api = api;
        const QString serverMessage = errorMessageFromBody(json);
        if (!serverMessage.isEmpty()) {
            failure.api.message = serverMessage;
        }
        return std::nullopt;
    }
    if (!json.isObject()) {
        failure = fail<T>(
            api, ErrorClass::Malformed,
            json.isUndefined() || json.isNull()
                ? describeNonJson(api)
                : QCoreApplication::translate("HighLevelParsers", "HighLevel answered with %1 instead of an object.")
                      .arg(jsonTypeName(json)));
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    // HTTP 2xx carrying an error body ({statusCode: 4xx, message}).
    const QJsonValue code = o.value(u"statusCode"_s);
    if (code.isDouble() && code.toDouble() >= 400) {
        const int status = int(code.toDouble());
        QString message = errorMessageFromBody(o);
        if (message.isEmpty()) {
            message = QCoreApplication::translate("HighLevelParsers", "HighLevel reported error %1.").arg(status);
        }
        failure = fail<T>(api, errorClassForStatus(status), message);
        return std::nullopt;
    }
    return o;
}

// When the expected key is missing, say what the server said if it said anything.
template<typename T> Result<T> missing(const ApiResult& api, const QJsonObject& o, const QString& key)
{
    const QString serverMessage = errorMessageFromBody(o);
    if (!serverMessage.isEmpty()) {
        return fail<T>(api, ErrorClass::Malformed,
                       QCoreApplication::translate("HighLevelParsers", "HighLevel did not return '%1': %2")
                           .arg(key, serverMessage));
    }
    return fail<T>(api, ErrorClass::Malformed,
                   QCoreApplication::translate("HighLevelParsers", "HighLevel's answer lacks '%1'.").arg(key));
}

template<typename T> Result<T> malformed(const ApiResult& api, const QString& what)
{
    return fail<T>(api, ErrorClass::Malformed,
                   QCoreApplication::translate("HighLevelParsers", "Unexpected answer from HighLevel: %1").arg(what));
}

// {key: {...}} → T via reader
template<typename T>
Result<T> single(const ApiResult& api, const QString& key,
                 const std::function<bool(const QJsonObject&, T&, QString*)>& read)
{
    Result<T> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    const QJsonValue v = o->value(key);
    if (v.isUndefined() || v.isNull()) {
        return missing<T>(api, *o, key);
    }
    if (!v.isObject()) {
        return malformed<T>(api, QString(key + u": expected an object, got "_s + jsonTypeName(v)));
    }
    T value;
    QString error;
    if (!read(v.toObject(), value, &error)) {
        return malformed<T>(api, error);
    }
    return success(api, std::move(value));
}

template<typename T>
bool readList(const QJsonArray& a, const QString& key, QList<T>& out, QString* error,
              const std::function<bool(const QJsonObject&, T&, QString*)>& read)
{
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonValue item = a.at(i);
        if (!item.isObject()) {
            *error = QString(key + u'[' + QString::number(i) + u"]: expected an object, got "_s + jsonTypeName(item));
            return false;
        }
        T value;
        if (!read(item.toObject(), value, error)) {
            *error = QString(key + u'[' + QString::number(i) + u"]: "_s + *error);
            return false;
        }
        out.append(std::move(value));
    }
    return true;
}

// {key: [{...}]} → QList<T>; a missing key is an empty list only when `optional`.
template<typename T>
Result<QList<T>> list(const ApiResult& api, const QString& key,
                      const std::function<bool(const QJsonObject&, T&, QString*)>& read)
{
    Result<QList<T>> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    const QJsonValue v = o->value(key);
    if (v.isUndefined() || v.isNull()) {
        return missing<QList<T>>(api, *o, key);
    }
    if (!v.isArray()) {
        return malformed<QList<T>>(api, QString(key + u": expected an array, got "_s + jsonTypeName(v)));
    }
    QList<T> values;
    QString error;
    if (!readList<T>(v.toArray(), key, values, &error, read)) {
        return malformed<QList<T>>(api, error);
    }
    return success(api, std::move(values));
}

// "succeded" (sic, v2) or "succeeded" (v3); absent = not said.
std::optional<bool> succeededFlag(Reader& r, const QJsonObject& o)
{
    if (o.contains(u"succeeded"_s)) {
        return r.optBool(u"succeeded"_s);
    }
    return r.optBool(u"succeded"_s);
}

} // namespace

QString errorMessageFromBody(const QJsonValue& body)
{
    if (!body.isObject()) {
        return {};
    }
    const QJsonObject o = body.toObject();
    const QJsonValue message = o.value(u"message"_s);
    if (message.isString() && !message.toString().trimmed().isEmpty()) {
        return message.toString().trimmed();
    }
    if (message.isArray()) {
        QStringList parts;
        for (const QJsonValue& m : message.toArray()) {
            if (m.isString() && !m.toString().trimmed().isEmpty()) {
                parts.append(m.toString().trimmed());
            }
        }
        if (!parts.isEmpty()) {
            return parts.join(u"; "_s);
        }
    }
    for (const auto& key : {u"error"_s, u"detail"_s, u"msg"_s}) {
        const QJsonValue v = o.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty()) {
            return v.toString().trimmed();
        }
    }
    return {};
}

ErrorClass errorClassForStatus(int status)
{
    if (status >= 200 && status < 300) {
        return ErrorClass::None;
    }
    switch (status) {
    case 400:
    case 422:
        return ErrorClass::Validation;
    case 401:
        return ErrorClass::Auth;
    case 403:
        return ErrorClass::Forbidden;
    case 404:
        return ErrorClass::NotFound;
    case 429:
        return ErrorClass::RateLimited;
    default:
        break;
    }
    if (status >= 500 && status < 600) {
        return ErrorClass::Server;
    }
    if (status >= 400 && status < 500) {
        return ErrorClass::Validation;
    }
    return ErrorClass::Other;
}

bool readContact(const QJsonObject& object, Contact& c, QString* error)
{
    Reader r(object, u"contact"_s);
    c.id = r.requiredStr(u"id"_s);
    c.name = r.str(u"name"_s);
    c.locationId = r.str(u"locationId"_s);
    c.firstName = r.str(u"firstName"_s);
    c.lastName = r.str(u"lastName"_s);
    c.email = r.str(u"email"_s);
    c.emailLowerCase = r.str(u"emailLowerCase"_s);
    c.timezone = r.str(u"timezone"_s);
    c.companyName = r.str(u"companyName"_s);
    c.phone = r.str(u"phone"_s);
    c.dnd = r.optBool(u"dnd"_s);
    c.dndSettings = r.obj(u"dndSettings"_s);
    c.type = r.str(u"type"_s);
    c.source = r.str(u"source"_s);
    c.assignedTo = r.str(u"assignedTo"_s);
    c.address1 = r.str(u"address1"_s);
    c.city = r.str(u"city"_s);
    c.state = r.str(u"state"_s);
    c.country = r.str(u"country"_s);
    c.postalCode = r.str(u"postalCode"_s);
    c.website = r.str(u"website"_s);
    c.tags = r.strList(u"tags"_s);
    c.dateOfBirth = r.raw(u"dateOfBirth"_s);
    c.dateAdded = r.time(u"dateAdded"_s);
    c.dateUpdated = r.time(u"dateUpdated"_s);
    c.attachments = r.raw(u"attachments"_s);
    c.ssn = r.str(u"ssn"_s);
    c.keyword = r.str(u"keyword"_s);
    c.firstNameLowerCase = r.str(u"firstNameLowerCase"_s);
    c.fullNameLowerCase = r.str(u"fullNameLowerCase"_s);
    c.lastNameLowerCase = r.str(u"lastNameLowerCase"_s);
    c.lastActivity = r.raw(u"lastActivity"_s);
    const QJsonArray fields = r.arr(u"customFields"_s);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QJsonValue f = fields.at(i);
        if (!f.isObject()) {
            r.fail(QString(u"customFields["_s + QString::number(i) + u']'),
                   QString(u"expected an object, got "_s + jsonTypeName(f)));
            break;
        }
        const QJsonObject fo = f.toObject();
        const QJsonValue id = fo.value(u"id"_s);
        if (!id.isString() || id.toString().isEmpty()) {
            r.fail(QString(u"customFields["_s + QString::number(i) + u"].id"_s), u"missing"_s);
            break;
        }
        // Read shape is {id, value}; tolerate field_value in case a server echoes the write shape.
        QJsonValue value = fo.value(u"value"_s);
        if (value.isUndefined()) {
            value = fo.value(u"field_value"_s);
        }
        c.customFields.append(CustomFieldValue {id.toString(), value});
    }
    c.businessId = r.str(u"businessId"_s);
    c.attributionSource = r.obj(u"attributionSource"_s);
    c.lastAttributionSource = r.obj(u"lastAttributionSource"_s);
    c.visitorId = r.str(u"visitorId"_s);
    // The spec's own example gives followers as one id string although the schema says array: accept both.
    if (object.value(u"followers"_s).isString()) {
        c.followers = QStringList {r.str(u"followers"_s)};
    } else {
        c.followers = r.strList(u"followers"_s);
    }
    // The search cursor of this item, when the server attaches one (UNCONFIRMED: "searchAfter" or "sort").
    if (object.contains(u"searchAfter"_s)) {
        c.searchAfter = r.arr(u"searchAfter"_s);
    } else if (object.value(u"sort"_s).isArray()) {
        c.searchAfter = r.arr(u"sort"_s);
    }
    c.extra = r.rest();
    return finish(r, error);
}

bool readTask(const QJsonObject& object, Task& t, QString* error)
{
    Reader r(object, u"task"_s);
    t.id = r.requiredStr(u"id"_s);
    t.title = r.str(u"title"_s);
    t.body = r.str(u"body"_s);
    t.assignedTo = r.str(u"assignedTo"_s);
    t.dueDate = r.time(u"dueDate"_s);
    t.completed = r.optBool(u"completed"_s).value_or(false);
    t.contactId = r.str(u"contactId"_s);
    t.extra = r.rest();
    return finish(r, error);
}

bool readNote(const QJsonObject& object, Note& n, QString* error)
{
    Reader r(object, u"note"_s);
    n.id = r.requiredStr(u"id"_s);
    n.body = r.str(u"body"_s);
    n.userId = r.str(u"userId"_s);
    n.dateAdded = r.time(u"dateAdded"_s);
    n.contactId = r.str(u"contactId"_s);
    n.title = r.str(u"title"_s);
    n.color = r.str(u"color"_s);
    n.pinned = r.optBool(u"pinned"_s);
    n.extra = r.rest();
    return finish(r, error);
}

bool readAppointment(const QJsonObject& object, Appointment& a, QString* error)
{
    Reader r(object, u"event"_s);
    a.id = r.requiredStr(u"id"_s);
    a.calendarId = r.str(u"calendarId"_s);
    a.status = r.str(u"status"_s);
    a.title = r.str(u"title"_s);
    a.assignedUserId = r.str(u"assignedUserId"_s);
    a.notes = r.str(u"notes"_s);
    a.startTime = r.str(u"startTime"_s);
    a.endTime = r.str(u"endTime"_s);
    a.address = r.str(u"address"_s);
    a.locationId = r.str(u"locationId"_s);
    a.contactId = r.str(u"contactId"_s);
    a.groupId = r.str(u"groupId"_s);
    a.appointmentStatus = r.str(u"appointmentStatus"_s);
    a.users = r.strList(u"users"_s);
    a.dateAdded = r.str(u"dateAdded"_s);
    a.dateUpdated = r.str(u"dateUpdated"_s);
    a.assignedResources = r.strList(u"assignedResources"_s);
    a.extra = r.rest();
    return finish(r, error);
}

bool readCustomFieldDefinition(const QJsonObject& object, CustomFieldDefinition& f, QString* error)
{
    Reader r(object, u"customField"_s);
    f.id = r.requiredStr(u"id"_s);
    f.name = r.str(u"name"_s);
    f.fieldKey = r.str(u"fieldKey"_s);
    f.placeholder = r.str(u"placeholder"_s);
    f.dataType = r.str(u"dataType"_s);
    f.position = r.optNumber(u"position"_s).value_or(0);
    // picklistOptions are strings in the spec; tolerate other scalars by keeping the whole array in extra.
    const QJsonValue options = object.value(u"picklistOptions"_s);
    bool allStrings = options.isArray();
    if (allStrings) {
        for (const QJsonValue& o : options.toArray()) {
            allStrings = allStrings && o.isString();
        }
    }
    if (allStrings || options.isUndefined() || options.isNull()) {
        f.picklistOptions = r.strList(u"picklistOptions"_s);
    } else if (!options.isArray()) {
        f.picklistOptions = r.strList(u"picklistOptions"_s); // reports the wrong type
    }
    f.locationId = r.str(u"locationId"_s);
    f.model = r.str(u"model"_s);
    f.extra = r.rest();
    return finish(r, error);
}

bool readTag(const QJsonObject& object, Tag& t, QString* error)
{
    Reader r(object, u"tag"_s);
    t.id = r.str(u"id"_s);
    t.name = r.requiredStr(u"name"_s);
    t.locationId = r.str(u"locationId"_s);
    return finish(r, error);
}

bool readLocation(const QJsonObject& object, LocationInfo& l, QString* error)
{
    Reader r(object, u"location"_s);
    l.id = r.requiredStr(u"id"_s);
    l.companyId = r.str(u"companyId"_s);
    l.name = r.str(u"name"_s);
    l.email = r.str(u"email"_s);
    l.timezone = r.str(u"timezone"_s);
    l.country = r.str(u"country"_s);
    l.extra = r.rest();
    return finish(r, error);
}

Result<Contact> parseContactResponse(const ApiResult& api)
{
    Result<Contact> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    // Update answers {succeded, contact}: a false flag is a failure even with a contact.
    Reader flag(*o, u"response"_s);
    if (succeededFlag(flag, *o) == false) {
        const QString m = errorMessageFromBody(*o);
        return fail<Contact>(api, ErrorClass::Other,
                             m.isEmpty() ? QCoreApplication::translate(
                                 "HighLevelParsers", "HighLevel reported the update as not successful.")
                                         : m);
    }
    return single<Contact>(api, u"contact"_s, readContact);
}

Result<UpsertOutcome> parseUpsertResponse(const ApiResult& api)
{
    Result<UpsertOutcome> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    const QJsonValue c = o->value(u"contact"_s);
    if (!c.isObject()) {
        return c.isUndefined() || c.isNull()
            ? missing<UpsertOutcome>(api, *o, u"contact"_s)
            : malformed<UpsertOutcome>(api, QString(u"contact: expected an object, got "_s + jsonTypeName(c)));
    }
    UpsertOutcome out;
    QString error;
    if (!readContact(c.toObject(), out.contact, &error)) {
        return malformed<UpsertOutcome>(api, error);
    }
    const QJsonValue isNew = o->value(u"new"_s);
    if (!isNew.isUndefined() && !isNew.isNull() && !isNew.isBool()) {
        return malformed<UpsertOutcome>(api, QString(u"new: expected a boolean, got "_s + jsonTypeName(isNew)));
    }
    out.created = isNew.toBool(false);
    return success(api, std::move(out));
}

Result<SearchPage> parseSearchResponse(const ApiResult& api)
{
    Result<SearchPage> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    Reader r(*o, u"search"_s);
    const QJsonValue contacts = o->value(u"contacts"_s);
    if (contacts.isUndefined() || contacts.isNull()) {
        return missing<SearchPage>(api, *o, u"contacts"_s);
    }
    SearchPage page;
    QString error;
    if (!contacts.isArray()) {
        return malformed<SearchPage>(api, QString(u"contacts: expected an array, got "_s + jsonTypeName(contacts)));
    }
    r.raw(u"contacts"_s);
    if (!readList<Contact>(contacts.toArray(), u"contacts"_s, page.contacts, &error, readContact)) {
        return malformed<SearchPage>(api, error);
    }
    const auto total = r.optNumber(u"total"_s);
    if (!r.ok()) {
        return malformed<SearchPage>(api, r.error());
    }
    page.total = total && std::isfinite(*total) && *total >= 0 && *total < 9e15 ? qint64(*total) : -1;
    r.raw(u"traceId"_s);
    page.extra = r.rest();
    return success(api, std::move(page));
}

Result<DuplicateOutcome> parseDuplicateResponse(const ApiResult& api)
{
    // No schema in the spec: {contact: {...}} or {contact: null}; tolerate {contacts: [...]} too.
    Result<DuplicateOutcome> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    DuplicateOutcome out;
    QString error;
    const QJsonValue c = o->value(u"contact"_s);
    if (c.isObject()) {
        Contact contact;
        if (!readContact(c.toObject(), contact, &error)) {
            return malformed<DuplicateOutcome>(api, error);
        }
        out.contact = std::move(contact);
        return success(api, std::move(out));
    }
    if (!c.isUndefined() && !c.isNull()) {
        return malformed<DuplicateOutcome>(api, QString(u"contact: expected an object, got "_s + jsonTypeName(c)));
    }
    const QJsonValue cs = o->value(u"contacts"_s);
    if (cs.isArray()) {
        QList<Contact> all;
        if (!readList<Contact>(cs.toArray(), u"contacts"_s, all, &error, readContact)) {
            return malformed<DuplicateOutcome>(api, error);
        }
        if (!all.isEmpty()) {
            out.contact = all.constFirst();
        }
        return success(api, std::move(out));
    }
    if (!cs.isUndefined() && !cs.isNull()) {
        return malformed<DuplicateOutcome>(api, QString(u"contacts: expected an array, got "_s + jsonTypeName(cs)));
    }
    if (c.isUndefined() && cs.isUndefined() && !errorMessageFromBody(*o).isEmpty()) {
        return missing<DuplicateOutcome>(api, *o, u"contact"_s);
    }
    return success(api, std::move(out));
}

Result<ContactListPage> parseContactListResponse(const ApiResult& api)
{
    Result<ContactListPage> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    const QJsonValue contacts = o->value(u"contacts"_s);
    if (contacts.isUndefined() || contacts.isNull()) {
        return missing<ContactListPage>(api, *o, u"contacts"_s);
    }
    if (!contacts.isArray()) {
        return malformed<ContactListPage>(api, QString(u"contacts: expected an array, got "_s + jsonTypeName(contacts)));
    }
    ContactListPage page;
    QString error;
    if (!readList<Contact>(contacts.toArray(), u"contacts"_s, page.contacts, &error, readContact)) {
        return malformed<ContactListPage>(api, error);
    }
    Reader r(*o, u"list"_s);
    const auto count = r.optNumber(u"count"_s);
    page.count = count && std::isfinite(*count) && *count >= 0 && *count < 9e15 ? qint64(*count) : -1;
    const QJsonObject meta = r.obj(u"meta"_s);
    if (!meta.isEmpty()) {
        Reader m(meta, u"meta"_s);
        ContactsMeta cm;
        auto asInt = [](std::optional<double> v) {
            return v && std::isfinite(*v) && std::abs(*v) < 2e9 ? int(*v) : -1;
        };
        const auto total = m.optNumber(u"total"_s);
        cm.total = total && std::isfinite(*total) && *total >= 0 && *total < 9e15 ? qint64(*total) : -1;
        cm.nextPageUrl = m.str(u"nextPageUrl"_s);
        cm.startAfterId = m.str(u"startAfterId"_s);
        const auto startAfter = m.optNumber(u"startAfter"_s);
        cm.startAfter =
            startAfter && std::isfinite(*startAfter) && std::abs(*startAfter) < 9e15 ? qint64(*startAfter) : -1;
        cm.currentPage = asInt(m.optNumber(u"currentPage"_s));
        cm.nextPage = asInt(m.optNumber(u"nextPage"_s));
        cm.prevPage = asInt(m.optNumber(u"prevPage"_s));
        if (!m.ok()) {
            return malformed<ContactListPage>(api, m.error());
        }
        page.meta = cm;
    }
    if (!r.ok()) {
        return malformed<ContactListPage>(api, r.error());
    }
    return success(api, std::move(page));
}

Result<QList<Task>> parseTaskListResponse(const ApiResult& api)
{
    return list<Task>(api, u"tasks"_s, readTask);
}

Result<Task> parseTaskResponse(const ApiResult& api)
{
    return single<Task>(api, u"task"_s, readTask);
}

Result<QList<Task>> parseTaskSearchResponse(const ApiResult& api)
{
    // The spec types the items as arrays (a defect); live items are task objects. An item that is an array of
    // task objects is flattened so neither shape breaks the poll.
    Result<QList<Task>> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    const QJsonValue v = o->value(u"tasks"_s);
    if (v.isUndefined() || v.isNull()) {
        return missing<QList<Task>>(api, *o, u"tasks"_s);
    }
    if (!v.isArray()) {
        return malformed<QList<Task>>(api, QString(u"tasks: expected an array, got "_s + jsonTypeName(v)));
    }
    QJsonArray flat;
    for (const QJsonValue& item : v.toArray()) {
        if (item.isArray()) {
            for (const QJsonValue& inner : item.toArray()) {
                flat.append(inner);
            }
        } else {
            flat.append(item);
        }
    }
    QList<Task> tasks;
    QString error;
    // Search items name the id "_id" in some live answers (UNCONFIRMED); accept both.
    auto readSearchTask = [](const QJsonObject& obj, Task& t, QString* e) {
        if (!obj.contains(u"id"_s) && obj.value(u"_id"_s).isString()) {
            QJsonObject copy = obj;
            copy.insert(u"id"_s, copy.take(u"_id"_s));
            return readTask(copy, t, e);
        }
        return readTask(obj, t, e);
    };
    if (!readList<Task>(flat, u"tasks"_s, tasks, &error, readSearchTask)) {
        return malformed<QList<Task>>(api, error);
    }
    return success(api, std::move(tasks));
}

Result<QList<Note>> parseNoteListResponse(const ApiResult& api)
{
    return list<Note>(api, u"notes"_s, readNote);
}

Result<Note> parseNoteResponse(const ApiResult& api)
{
    return single<Note>(api, u"note"_s, readNote);
}

Result<Done> parseDoneResponse(const ApiResult& api)
{
    Result<Done> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    Reader r(*o, u"response"_s);
    const auto flag = succeededFlag(r, *o);
    if (!r.ok()) {
        return malformed<Done>(api, r.error());
    }
    if (flag == false) {
        const QString m = errorMessageFromBody(*o);
        return fail<Done>(api, ErrorClass::Other,
                          m.isEmpty() ? QCoreApplication::translate(
                              "HighLevelParsers", "HighLevel reported the operation as not successful.")
                                      : m);
    }
    // No flag at all: a 2xx is success (some endpoints answer {message: "..."} only), unless the body names an
    // error, the other shape an error answer at HTTP 200 takes.
    const QJsonValue errorField = o->value(u"error"_s);
    if (!flag && errorField.isString() && !errorField.toString().trimmed().isEmpty()) {
        return fail<Done>(api, ErrorClass::Other, errorMessageFromBody(*o));
    }
    return success(api, Done {true});
}

Result<TagsOutcome> parseTagsResponse(const ApiResult& api)
{
    Result<TagsOutcome> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    if (!o->contains(u"tags"_s)) {
        return missing<TagsOutcome>(api, *o, u"tags"_s);
    }
    Reader r(*o, u"response"_s);
    TagsOutcome out;
    out.tags = r.strList(u"tags"_s);
    if (!r.ok()) {
        return malformed<TagsOutcome>(api, r.error());
    }
    return success(api, std::move(out));
}

Result<QList<Appointment>> parseAppointmentsResponse(const ApiResult& api)
{
    return list<Appointment>(api, u"events"_s, readAppointment);
}

Result<FollowersOutcome> parseFollowersResponse(const ApiResult& api)
{
    Result<FollowersOutcome> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    if (!o->contains(u"followers"_s)) {
        return missing<FollowersOutcome>(api, *o, u"followers"_s);
    }
    Reader r(*o, u"response"_s);
    FollowersOutcome out;
    out.followers = r.strList(u"followers"_s);
    out.changed = o->contains(u"followersAdded"_s) ? r.strList(u"followersAdded"_s) : r.strList(u"followersRemoved"_s);
    if (!r.ok()) {
        return malformed<FollowersOutcome>(api, r.error());
    }
    return success(api, std::move(out));
}

Result<BulkTagsOutcome> parseBulkTagsResponse(const ApiResult& api)
{
    Result<BulkTagsOutcome> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    Reader r(*o, u"bulkTags"_s);
    BulkTagsOutcome out;
    const auto flag = succeededFlag(r, *o);
    const auto errors = r.optNumber(u"errorCount"_s);
    const QJsonValue responses = o->value(u"responses"_s);
    if (!r.ok()) {
        return malformed<BulkTagsOutcome>(api, r.error());
    }
    if (!flag && !errors && responses.isUndefined()) {
        return missing<BulkTagsOutcome>(api, *o, u"succeded"_s);
    }
    out.succeeded = flag.value_or(false);
    out.errorCount = errors && std::isfinite(*errors) && std::abs(*errors) < 2e9 ? int(*errors) : 0;
    if (!responses.isUndefined() && !responses.isNull() && !responses.isArray()) {
        return malformed<BulkTagsOutcome>(api, QString(u"responses: expected an array, got "_s + jsonTypeName(responses)));
    }
    const QJsonArray items = responses.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        BulkTagItem b;
        if (item.isString()) { // the spec declares string items; the example shows objects
            b.message = item.toString();
            out.responses.append(b);
            continue;
        }
        if (!item.isObject()) {
            return malformed<BulkTagsOutcome>(
                api, QString(u"responses["_s + QString::number(i) + u"]: expected an object, got "_s + jsonTypeName(item)));
        }
        const QJsonObject io = item.toObject();
        Reader ir(io, QString(u"responses["_s + QString::number(i) + u']'));
        b.contactId = ir.str(u"contactId"_s);
        b.message = ir.str(u"message"_s);
        b.success = ir.str(u"type"_s) == u"success"_s;
        b.oldTags = ir.strList(u"oldTags"_s);
        b.tagsAdded = ir.strList(u"tagsAdded"_s);
        b.tagsRemoved = ir.strList(u"tagsRemoved"_s);
        if (!ir.ok()) {
            return malformed<BulkTagsOutcome>(api, ir.error());
        }
        out.responses.append(b);
    }
    return success(api, std::move(out));
}

Result<BulkBusinessOutcome> parseBulkBusinessResponse(const ApiResult& api)
{
    Result<BulkBusinessOutcome> failure;
    const auto o = bodyObject(api, failure);
    if (!o) {
        return failure;
    }
    if (!o->contains(u"success"_s)) {
        return missing<BulkBusinessOutcome>(api, *o, u"success"_s);
    }
    Reader r(*o, u"bulkBusiness"_s);
    BulkBusinessOutcome out;
    out.success = r.optBool(u"success"_s).value_or(false);
    out.ids = r.strList(u"ids"_s);
    if (!r.ok()) {
        return malformed<BulkBusinessOutcome>(api, r.error());
    }
    if (!out.success) {
        const QString m = errorMessageFromBody(*o);
        return fail<BulkBusinessOutcome>(
            api, ErrorClass::Other,
            m.isEmpty() ? QCoreApplication::translate("HighLevelParsers",
                                                      "HighLevel reported the business update as not successful.")
                        : m);
    }
    return success(api, std::move(out));
}

Result<QList<CustomFieldDefinition>> parseCustomFieldsResponse(const ApiResult& api)
{
    return list<CustomFieldDefinition>(api, u"customFields"_s, readCustomFieldDefinition);
}

Result<QList<Tag>> parseLocationTagsResponse(const ApiResult& api)
{
    return list<Tag>(api, u"tags"_s, readTag);
}

Result<LocationInfo> parseLocationResponse(const ApiResult& api)
{
    return single<LocationInfo>(api, u"location"_s, readLocation);
}

} // namespace fb::api::ghl
