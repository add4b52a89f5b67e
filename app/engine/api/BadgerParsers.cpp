#include "BadgerParsers.h"

#include "core/Redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace fb::api::badger {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::api::badger)
};


// Reads typed fields of one JSON object; the first problem is kept in *error and makes ok() false.
class Reader
{
public:
    Reader(const QJsonObject& object, QString context, QString* error)
        : m_object(object)
        , m_context(std::move(context))
        , m_error(error)
    {
    }

    bool ok() const { return m_ok; }

    void fail(const QString& key, const QString& what)
    {
        if (m_ok && m_error) {
            *m_error = m_context + u'.' + key + u": "_s + what;
        }
        m_ok = false;
    }

    QJsonValue raw(const QString& key)
    {
        m_known.insert(key);
        return m_object.value(key);
    }

    bool has(const QString& key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }

    // Text; numbers are accepted and printed (ids and zip codes arrive either way), null/missing -> "".
    QString string(const QString& key, bool required = false)
    {
        const QJsonValue v = raw(key);
        if (v.isString()) {
            return v.toString();
        }
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d == std::floor(d) && std::fabs(d) < 9.0e15) {
                return QString::number(qint64(d));
            }
            return QString::number(d, 'g', 17);
        }
        if (v.isNull() || v.isUndefined()) {
            if (required) {
                fail(key, v.isUndefined() ? Tr::tr("missing") : Tr::tr("is null"));
            }
            return {};
        }
        fail(key, Tr::tr("expected a string, got %1").arg(jsonTypeName(v)));
        return {};
    }

    std::optional<double> number(const QString& key)
    {
        const QJsonValue v = raw(key);
        if (v.isDouble()) {
            return v.toDouble();
        }
        if (v.isNull() || v.isUndefined()) {
            return std::nullopt;
        }
        if (v.isString()) {
            // Django REST Framework serialises decimals as strings by default.
            bool ok = false;
            const double d = v.toString().trimmed().toDouble(&ok);
            if (ok && std::isfinite(d)) {
                return d;
            }
            if (v.toString().trimmed().isEmpty()) {
                return std::nullopt;
            }
        }
        fail(key, Tr::tr("expected a number, got %1").arg(jsonTypeName(v)));
        return std::nullopt;
    }

    std::optional<qint64> integer(const QString& key, bool required = false)
    {
        const QJsonValue v = raw(key);
        if (v.isDouble()) {
            const double d = v.toDouble();
            if (d == std::floor(d) && std::fabs(d) < 9.0e15) {
                return qint64(d);
            }
            fail(key, Tr::tr("expected an integer, got %1").arg(QString::number(d, 'g', 17)));
            return std::nullopt;
        }
        if (v.isString()) {
            bool ok = false;
            const qint64 i = v.toString().trimmed().toLongLong(&ok);
            if (ok) {
                return i;
            }
            fail(key, Tr::tr("expected an integer, got a string that is not one"));
            return std::nullopt;
        }
        if (v.isNull() || v.isUndefined()) {
            if (required) {
                fail(key, v.isUndefined() ? Tr::tr("missing") : Tr::tr("is null"));
            }
            return std::nullopt;
        }
        fail(key, Tr::tr("expected an integer, got %1").arg(jsonTypeName(v)));
        return std::nullopt;
    }

    qint64 id(const QString& key = u"id"_s) { return integer(key, true).value_or(0); }

    int smallInt(const QString& key)
    {
        const auto v = integer(key);
        if (!v) {
            return 0;
        }
        if (*v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max()) {
            fail(key, Tr::tr("out of range"));
            return 0;
        }
        return int(*v);
    }

    bool boolean(const QString& key)
    {
        const QJsonValue v = raw(key);
        if (v.isBool()) {
            return v.toBool();
        }
        if (v.isNull() || v.isUndefined()) {
            return false;
        }
        if (v.isDouble() && (v.toDouble() == 0 || v.toDouble() == 1)) {
            return v.toDouble() == 1;
        }
        fail(key, Tr::tr("expected true or false, got %1").arg(jsonTypeName(v)));
        return false;
    }

    QJsonArray array(const QString& key)
    {
        const QJsonValue v = raw(key);
        if (v.isArray()) {
            return v.toArray();
        }
        if (!v.isNull() && !v.isUndefined()) {
            fail(key, Tr::tr("expected an array, got %1").arg(jsonTypeName(v)));
        }
        return {};
    }

    std::optional<QJsonObject> object(const QString& key)
    {
        const QJsonValue v = raw(key);
        if (v.isObject()) {
            return v.toObject();
        }
        if (!v.isNull() && !v.isUndefined()) {
            fail(key, Tr::tr("expected an object, got %1").arg(jsonTypeName(v)));
        }
        return std::nullopt;
    }

    QDateTime dateTime(const QString& key)
    {
        const QString s = string(key);
        if (s.isEmpty()) {
            return {};
        }
        const QDateTime t = parseBadgerDateTime(s);
        if (!t.isValid()) {
            fail(key, Tr::tr("not a date and time"));
        }
        return t;
    }

    QDate date(const QString& key)
    {
        const QString s = string(key);
        if (s.isEmpty()) {
            return {};
        }
        QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (!d.isValid()) {
            fail(key, Tr::tr("not a date"));
        }
        return d;
    }

    // Every key not read so far: unknown fields are kept, not dropped.
    QJsonObject rest() const
    {
        QJsonObject extra;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key())) {
                extra.insert(it.key(), it.value());
            }
        }
        return extra;
    }

    void markKnown(const QString& key) { m_known.insert(key); }
    const QJsonObject& object() const { return m_object; }
    QString context() const { return m_context; }

private:
    QJsonObject m_object; // a copy (implicitly shared): callers pass temporaries
    QString m_context;
    QString* m_error;
    bool m_ok = true;
    QSet<QString> m_known;
};

// The body as JSON: the engine's parse when it made one, else our own; invalid when the body is not JSON.
std::optional<QJsonValue> bodyJson(const ApiResult& result)
{
    if (result.json.isObject() || result.json.isArray()) {
        return result.json;
    }
    if (result.body.trimmed().isEmpty()) {
        return std::nullopt;
    }
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(result.body, &pe);
    if (pe.error != QJsonParseError::NoError || doc.isNull()) {
        return std::nullopt;
    }
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

bool looksLikeHtml(const QByteArray& body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || head.contains("<title");
}

template<typename T> Result<T> failure(const ApiResult& api, ErrorClass error, const QString& message)
{
    Result<T> r;
    r.api = api;
    r.api.error = error;
    r.api.message = message;
    return r;
}

template<typename T> Result<T> success(const ApiResult& api, T value)
{
    Result<T> r;
    r.api = api;
    r.api.error = ErrorClass::None;
    r.value = std::move(value);
    return r;
}

QString malformed(const QString& what)
{
    return Tr::tr("Badger sent a response Fieldbridge cannot read (%1). If this keeps happening, the API may have "
              "changed; the call log has the details.")
        .arg(what);
}

// What the user should do about an error, by class, with the server's own words when it gave some.
QString explain(const ApiResult& api, const QString& serverMessage)
{
    const QString said = serverMessage.isEmpty() ? QString() : Tr::tr(" Badger said: \"%1\"").arg(serverMessage);
    const QString status = api.status > 0 ? Tr::tr(" (HTTP %1)").arg(api.status) : QString();
    switch (api.error) {
    case ErrorClass::Auth:
        return Tr::tr("Badger rejected the API key%1. Check the key on the Connections screen (copy it again from "
                  "Badger) and that API access is enabled for your team (support@badgermapping.com).%2")
            .arg(status, said);
    case ErrorClass::Forbidden:
        return Tr::tr("Badger refused this for your user%1: the API key's user may not see or change this record (a "
                  "manager's key is needed for other users' accounts).%2")
            .arg(status, said);
    case ErrorClass::NotFound:
        if (looksLikeHtml(api.body)) {
            return Tr::tr("Badger answered with a web page instead of the API%1: the base URL is probably wrong (the "
                      "default is %2).")
                .arg(status, productionBaseUrl.toString());
        }
        return Tr::tr("Badger does not know this record%1; it may have been deleted.%2").arg(status, said);
    case ErrorClass::Validation:
        return Tr::tr("Badger refused the data%1.%2").arg(status, said.isEmpty() ? Tr::tr(" No reason was given.") : said);
    case ErrorClass::RateLimited:
        return Tr::tr("Badger's request limit is reached%1. Fieldbridge waits and continues later.%2").arg(status, said);
    case ErrorClass::Server:
        return Tr::tr("Badger had a server error%1. Fieldbridge retries later.%2").arg(status, said);
    case ErrorClass::OutcomeUnknown:
        // Badger has no idempotency keys: re-sending a create could make a duplicate.
        return Tr::tr("The connection broke after the request was sent, so Badger may or may not have saved it. "
                  "Fieldbridge does not send it again; it looks the record up first.%1")
            .arg(api.message.isEmpty() ? QString() : u" ("_s + api.message + u')');
    default:
        break;
    }
    if (!api.message.isEmpty()) {
        return serverMessage.isEmpty() || api.message.contains(serverMessage) ? api.message : api.message + said;
    }
    return Tr::tr("The Badger request failed (%1)%2.%3").arg(toString(api.error), status, said);
}

// Common start of every parser: pass errors through (message refined), reject non-JSON 2xx bodies.
template<typename T> std::optional<Result<T>> precheck(const ApiResult& api, std::optional<QJsonValue>& json)
{
    ApiResult a = api;
    if (a.error == ErrorClass::None && a.status != 0 && (a.status < 200 || a.status > 299)) {
        a.error = errorClassForStatus(a.status);
    }
    if (a.error != ErrorClass::None) {
        return failure<T>(a, a.error, explain(a, errorMessageFromBody(a.body)));
    }
    json = bodyJson(a);
    if (!json) {
        if (looksLikeHtml(a.body)) {
            return failure<T>(a, ErrorClass::Malformed,
                              Tr::tr("Badger answered with a web page instead of JSON (HTTP %1): check the base URL "
                                 "(the default is %2) and any proxy in between.")
                                  .arg(a.status)
                                  .arg(productionBaseUrl.toString()));
        }
        return failure<T>(a, ErrorClass::Malformed,
                          malformed(a.body.trimmed().isEmpty() ? Tr::tr("the body is empty") : Tr::tr("the body is not JSON")));
    }
    return std::nullopt;
}

// A bare array or {"results": [...]}.
std::optional<QJsonArray> listOf(const QJsonValue& json)
{
    if (json.isArray()) {
        return json.toArray();
    }
    if (json.isObject() && json.toObject().value(u"results"_s).isArray()) {
        return json.toObject().value(u"results"_s).toArray();
    }
    return std::nullopt;
}

template<typename T, typename ReadFn> Result<QList<T>> parseList(const ApiResult& api, const char* what, ReadFn read)
{
    std::optional<QJsonValue> json;
    if (auto early = precheck<QList<T>>(api, json)) {
        return *early;
    }
    const auto array = listOf(*json);
    if (!array) {
        return failure<QList<T>>(
            api, ErrorClass::Malformed,
            malformed(Tr::tr("expected a list of %1, got %2").arg(QString::fromLatin1(what), jsonTypeName(*json))));
    }
    QList<T> out;
    out.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue item = array->at(i);
        if (!item.isObject()) {
            return failure<QList<T>>(
                api, ErrorClass::Malformed,
                malformed(Tr::tr("%1[%2] is %3, not an object").arg(QString::fromLatin1(what)).arg(i).arg(jsonTypeName(item))));
        }
        T value;
        QString error;
        if (!read(item.toObject(), value, &error)) {
            return failure<QList<T>>(
                api, ErrorClass::Malformed,
                malformed(QString::fromLatin1(what) + u'[' + QString::number(i) + u"] "_s + error));
        }
        out.append(std::move(value));
    }
    return success(api, std::move(out));
}

template<typename T, typename ReadFn> Result<T> parseObject(const ApiResult& api, const char* what, ReadFn read)
{
    std::optional<QJsonValue> json;
    if (auto early = precheck<T>(api, json)) {
        return *early;
    }
    if (!json->isObject()) {
        return failure<T>(api, ErrorClass::Malformed,
                          malformed(Tr::tr("expected %1 object, got %2").arg(QString::fromLatin1(what), jsonTypeName(*json))));
    }
    T value;
    QString error;
    if (!read(json->toObject(), value, &error)) {
        return failure<T>(api, ErrorClass::Malformed, malformed(error));
    }
    return success(api, std::move(value));
}

const QRegularExpression& customKeyRx()
{
    static const QRegularExpression rx(u"^custom_(text|numeric)([2-9]|[12][0-9]|30)?$"_s);
    return rx;
}

} // namespace

// ---- custom-field names ----

QString accountKeyForDatafield(const QString& name)
{
    static const QRegularExpression rx(u"^c([tn])([2-9]|[12][0-9]|30)?$"_s);
    const auto m = rx.match(name);
    if (!m.hasMatch()) {
        return {};
    }
    return (m.captured(1) == u"t"_s ? u"custom_text"_s : u"custom_numeric"_s) + m.captured(2);
}

QString datafieldForAccountKey(const QString& key)
{
    const auto m = customKeyRx().match(key);
    if (!m.hasMatch()) {
        return {};
    }
    return (m.captured(1) == u"text"_s ? u"ct"_s : u"cn"_s) + m.captured(2);
}

bool isCustomFieldKey(const QString& key)
{
    return customKeyRx().match(key).hasMatch();
}

bool isNumericCustomFieldKey(const QString& key)
{
    return isCustomFieldKey(key) && key.startsWith(u"custom_numeric"_s);
}

QString Datafield::accountKey() const
{
    return accountKeyForDatafield(name);
}

QString Profile::displayName() const
{
    const QString n = QString(firstName + u' ' + lastName).trimmed();
    return n.isEmpty() ? email : n;
}

QDateTime Account::changedAt() const
{
    if (updatedAt.isValid() && lastModified.isValid()) {
        return std::max(updatedAt, lastModified);
    }
    return updatedAt.isValid() ? updatedAt : lastModified;
}

bool AccountPatch::isEmpty() const
{
    return !firstName && !lastName && !phoneNumber && !email && !notes && !customerId && !crmId && !accountOwner
        && customFields.isEmpty() && otherFields.isEmpty();
}

QDateTime parseBadgerDateTime(const QString& text)
{
    const QString s = text.trimmed();
    if (s.isEmpty()) {
        return {};
    }
    // Normalise first: a space separator, and a fraction cut (not rounded) to milliseconds, since Qt's ISO parser
    // rounds microseconds ("...22.179999" would become 22.180).
    static const QRegularExpression rx(
        u"^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.(\\d+))?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    const auto m = rx.match(s);
    QDateTime t;
    if (m.hasMatch()) {
        QString normal = m.captured(1) + u'T' + m.captured(2);
        if (!m.captured(3).isEmpty()) {
            normal += u'.' + m.captured(3).left(3).leftJustified(3, u'0');
        }
        normal += m.captured(4);
        t = QDateTime::fromString(normal, Qt::ISODateWithMs);
    } else {
        t = QDateTime::fromString(s, Qt::ISODateWithMs);
    }
    if (!t.isValid()) {
        return {};
    }
    if (t.timeSpec() == Qt::LocalTime) {
        t.setTimeZone(QTimeZone::utc()); // no offset given: read as UTC (Badger's zone is UNCONFIRMED)
    }
    return t.toUTC();
}

// ---- error bodies ----

ErrorClass errorClassForStatus(int status)
{
    if (status >= 200 && status <= 299) {
        return ErrorClass::None;
    }
    switch (status) {
    case 400:
    case 405:
    case 409:
    case 413:
    case 415:
    case 422:
        return ErrorClass::Validation;
    case 401:
        return ErrorClass::Auth;
    case 403:
        return ErrorClass::Forbidden;
    case 404:
    case 410:
        return ErrorClass::NotFound;
    case 429:
        return ErrorClass::RateLimited;
    default:
        break;
    }
    if (status >= 500) {
        return ErrorClass::Server;
    }
    return ErrorClass::Other;
}

QString errorMessageFromBody(const QByteArray& body)
{
    constexpr qsizetype maxLength = 400;
    auto clip = [](QString s) {
        s = s.simplified();
        if (s.size() > maxLength) {
            s = s.left(maxLength - 1) + u'\u2026';
        }
        return fb::redact::text(s);
    };
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        for (const char* key : {"detail", "error", "message"}) {
            const QJsonValue v = o.value(QLatin1StringView(key));
            if (v.isString() && !v.toString().isEmpty()) {
                return clip(v.toString());
            }
        }
        // Field errors: {"last_name": ["This field is required."], "non_field_errors": [...]}
        QStringList parts;
        for (auto it = o.constBegin(); it != o.constEnd() && parts.size() < 10; ++it) {
            QStringList messages;
            if (it.value().isArray()) {
                const QJsonArray a = it.value().toArray();
                for (const QJsonValue& m : a) {
                    if (m.isString()) {
                        messages.append(m.toString());
                    }
                }
            } else if (it.value().isString()) {
                messages.append(it.value().toString());
            }
            if (messages.isEmpty()) {
                continue;
            }
            parts.append(it.key() == u"non_field_errors"_s ? messages.join(u' ')
                                                           : it.key() + u": "_s + messages.join(u' '));
        }
        return clip(parts.join(u"; "_s));
    }
    if (pe.error == QJsonParseError::NoError && doc.isArray()) {
        QStringList parts;
        const QJsonArray a = doc.array();
        for (const QJsonValue& m : a) {
            if (m.isString()) {
                parts.append(m.toString());
            }
        }
        return clip(parts.join(u' '));
    }
    if (looksLikeHtml(body)) {
        static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
                                              QRegularExpression::CaseInsensitiveOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression h1(u"<h1[^>]*>(.*?)</h1>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(u"<[^>]*>"_s);
        const QString html = QString::fromUtf8(body.left(64 * 1024));
        auto m = title.match(html);
        if (!m.hasMatch()) {
            m = h1.match(html);
        }
        if (m.hasMatch()) {
            return clip(m.captured(1).remove(tags));
        }
        return {};
    }
    return {};
}

// ---- object readers ----

bool readLocation(const QJsonObject& object, Location& out, QString* error)
{
    Reader r(object, u"location"_s, error);
    out.id = r.id();
    out.name = r.string(u"name"_s);
    out.addressLine1 = r.string(u"address_line_1"_s);
    out.city = r.string(u"city"_s);
    out.state = r.string(u"state"_s);
    out.zipcode = r.string(u"zipcode"_s);
    out.lat = r.number(u"lat"_s);
    out.lng = r.number(u"long"_s);
    if (!out.lng && r.has(u"lng"_s)) {
        out.lng = r.number(u"lng"_s);
    } else {
        r.markKnown(u"lng"_s);
    }
    out.wkt = r.string(u"location"_s);
    out.extra = r.rest();
    return r.ok();
}

bool readAccountSummary(const QJsonObject& object, AccountSummary& out, QString* error)
{
    Reader r(object, u"account"_s, error);
    out.id = r.id();
    out.firstName = r.string(u"first_name"_s);
    out.lastName = r.string(u"last_name"_s);
    out.extra = r.rest();
    return r.ok();
}

bool readAccount(const QJsonObject& object, Account& out, QString* error)
{
    Reader r(object, u"account"_s, error);
    out.id = r.id();
    out.firstName = r.string(u"first_name"_s);
    out.lastName = r.string(u"last_name"_s, true);
    out.fullName = r.string(u"full_name"_s);
    out.phoneNumber = r.string(u"phone_number"_s);
    out.email = r.string(u"email"_s);
    out.customerId = r.string(u"customer_id"_s);
    out.notes = r.string(u"notes"_s);
    out.originalAddress = r.string(u"original_address"_s);
    out.crmId = r.string(u"crm_id"_s);
    out.accountOwner = r.integer(u"account_owner"_s);
    out.createdAt = r.dateTime(u"created_at"_s);
    out.updatedAt = r.dateTime(u"updated_at"_s);
    out.lastModified = r.dateTime(u"last_modified_date"_s);
    out.customFields.clear();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (!isCustomFieldKey(key)) {
            continue;
        }
        if (isNumericCustomFieldKey(key)) {
            const auto n = r.number(key);
            out.customFields.insert(key, n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null));
        } else {
            const QJsonValue v = r.raw(key);
            if (v.isString() || v.isNull()) {
                out.customFields.insert(key, v);
            } else if (v.isDouble()) {
                out.customFields.insert(key, r.string(key)); // a number in a text field: keep it as text
            } else {
                r.fail(key, Tr::tr("expected a string, got %1").arg(jsonTypeName(v)));
            }
        }
    }
    out.locations.clear();
    const QJsonArray locations = r.array(u"locations"_s);
    for (qsizetype i = 0; i < locations.size() && r.ok(); ++i) {
        if (!locations.at(i).isObject()) {
            r.fail(u"locations["_s + QString::number(i) + u']',
                   Tr::tr("expected an object, got %1").arg(jsonTypeName(locations.at(i))));
            break;
        }
        Location loc;
        QString locError;
        if (!readLocation(locations.at(i).toObject(), loc, &locError)) {
            r.fail(u"locations["_s + QString::number(i) + u']', locError);
            break;
        }
        out.locations.append(loc);
    }
    out.extra = r.rest();
    return r.ok();
}

bool readDatafield(const QJsonObject& object, Datafield& out, QString* error)
{
    Reader r(object, u"datafield"_s, error);
    out.name = r.string(u"name"_s, true);
    out.label = r.string(u"label"_s);
    out.typeText = r.string(u"type"_s);
    out.type = out.typeText == u"text"_s ? Datafield::Type::Text
        : out.typeText == u"numeric"_s   ? Datafield::Type::Numeric
                                         : Datafield::Type::Other;
    out.filterable = r.boolean(u"filterable"_s);
    out.position = r.smallInt(u"position"_s);
    out.hasData = r.boolean(u"has_data"_s);
    out.isUserCanAddNewTextValues = r.boolean(u"is_user_can_add_new_text_values"_s);
    out.min = r.number(u"min"_s);
    out.max = r.number(u"max"_s);
    out.rawMin = r.number(u"rawmin"_s);
    out.rawMax = r.number(u"rawmax"_s);
    out.values.clear();
    const QJsonArray values = r.array(u"values"_s);
    for (const QJsonValue& v : values) {
        if (!v.isObject()) {
            r.fail(u"values"_s, Tr::tr("expected objects, got %1").arg(jsonTypeName(v)));
            break;
        }
        const QJsonObject o = v.toObject();
        const QJsonValue text = o.value(u"text"_s);
        if (!text.isString() && !text.isNull() && !text.isUndefined() && !text.isDouble()) {
            r.fail(u"values.text"_s, Tr::tr("expected a string, got %1").arg(jsonTypeName(text)));
            break;
        }
        out.values.append({text.isDouble() ? QString::number(text.toDouble()) : text.toString(), o.value(u"value"_s)});
    }
    out.extra = r.rest();
    return r.ok();
}

bool readProfile(const QJsonObject& object, Profile& out, QString* error)
{
    Reader r(object, u"profile"_s, error);
    out.id = r.id();
    out.firstName = r.string(u"first_name"_s);
    out.lastName = r.string(u"last_name"_s);
    out.email = r.string(u"email"_s);
    if (const auto company = r.object(u"company"_s)) {
        Reader c(*company, u"profile.company"_s, error);
        Company co;
        co.id = c.integer(u"id"_s).value_or(0);
        co.shortName = c.string(u"short_name"_s);
        co.name = c.string(u"name"_s);
        if (!c.ok()) {
            return false;
        }
        out.company = co;
    }
    out.isManager = r.boolean(u"is_manager"_s);
    out.manager = r.raw(u"manager"_s);
    out.isUserCanEdit = r.boolean(u"is_user_can_edit"_s);
    out.isUserCanDeleteCheckins = r.boolean(u"is_user_can_delete_checkins"_s);
    out.isUserCanAddNewTextValues = r.boolean(u"is_user_can_add_new_text_values"_s);
    out.crmType = r.string(u"crm_type"_s);
    out.crmBaseUrl = r.string(u"crm_base_url"_s);
    out.defaultApptLength = r.smallInt(u"default_appt_length"_s);
    out.acctlogFields = r.array(u"acctlog_fields"_s);
    out.datafields.clear();
    const QJsonArray datafields = r.array(u"datafields"_s);
    for (qsizetype i = 0; i < datafields.size() && r.ok(); ++i) {
        Datafield d;
        QString e;
        if (!datafields.at(i).isObject() || !readDatafield(datafields.at(i).toObject(), d, &e)) {
            r.fail(u"datafields["_s + QString::number(i) + u']',
                   e.isEmpty() ? Tr::tr("expected an object, got %1").arg(jsonTypeName(datafields.at(i))) : e);
            break;
        }
        out.datafields.append(d);
    }
    out.apptlogFields.clear();
    const QJsonArray appt = r.array(u"apptlog_fields"_s);
    for (qsizetype i = 0; i < appt.size() && r.ok(); ++i) {
        if (!appt.at(i).isObject()) {
            r.fail(u"apptlog_fields["_s + QString::number(i) + u']',
                   Tr::tr("expected an object, got %1").arg(jsonTypeName(appt.at(i))));
            break;
        }
        Reader f(appt.at(i).toObject(), u"profile.apptlog_fields"_s, error);
        CheckInFieldDefinition def;
        def.name = f.string(u"name"_s);
        def.label = f.string(u"label"_s);
        def.type = f.string(u"type"_s);
        const QJsonArray options = f.array(u"options"_s);
        for (const QJsonValue& o : options) {
            if (!o.isObject()) {
                f.fail(u"options"_s, Tr::tr("expected objects, got %1").arg(jsonTypeName(o)));
                break;
            }
            Reader ro(o.toObject(), u"profile.apptlog_fields.options"_s, error);
            CheckInFieldOption opt;
            opt.value = ro.raw(u"value"_s);
            opt.label = ro.string(u"label"_s);
            if (!ro.ok()) {
                return false;
            }
            def.options.append(opt);
        }
        def.extra = f.rest();
        if (!f.ok()) {
            return false;
        }
        out.apptlogFields.append(def);
    }
    out.extra = r.rest();
    return r.ok();
}

bool readUserSummary(const QJsonObject& object, UserSummary& out, QString* error)
{
    Reader r(object, u"user"_s, error);
    out.id = r.id();
    out.username = r.string(u"username"_s);
    out.firstName = r.string(u"first_name"_s);
    out.email = r.string(u"email"_s);
    out.extra = r.rest();
    return r.ok();
}

bool readCheckIn(const QJsonObject& object, CheckIn& out, QString* error)
{
    Reader r(object, u"checkin"_s, error);
    out.id = r.id();
    out.crmId = r.string(u"crm_id"_s);
    out.customer = r.id(u"customer"_s);
    out.logDatetimeText = r.string(u"log_datetime"_s);
    out.logDatetime = out.logDatetimeText.isEmpty() ? QDateTime() : parseBadgerDateTime(out.logDatetimeText);
    if (!out.logDatetimeText.isEmpty() && !out.logDatetime.isValid()) {
        r.fail(u"log_datetime"_s, Tr::tr("not a date and time"));
    }
    out.type = r.string(u"type"_s);
    out.comments = r.string(u"comments"_s);
    out.extraFields = r.raw(u"extra_fields"_s);
    if (out.extraFields.isUndefined()) {
        out.extraFields = QJsonValue(QJsonValue::Null);
    } else if (out.extraFields.isString()) {
        // Some clients store it as a JSON string; unpack it when it is one.
        const QJsonDocument d = QJsonDocument::fromJson(out.extraFields.toString().toUtf8());
        if (d.isObject()) {
            out.extraFields = d.object();
        }
    }
    out.createdBy = r.string(u"created_by"_s);
    out.extra = r.rest();
    return r.ok();
}

bool readRouteSummary(const QJsonObject& object, RouteSummary& out, QString* error)
{
    Reader r(object, u"route"_s, error);
    out.id = r.id();
    out.name = r.string(u"name"_s);
    out.routeDate = r.date(u"route_date"_s);
    out.extra = r.rest();
    return r.ok();
}

bool readWaypoint(const QJsonObject& object, Waypoint& out, QString* error)
{
    Reader r(object, u"waypoint"_s, error);
    out.id = r.id();
    out.name = r.string(u"name"_s);
    out.address = r.string(u"address"_s);
    out.suite = r.string(u"suite"_s);
    out.city = r.string(u"city"_s);
    out.state = r.string(u"state"_s);
    out.zipcode = r.string(u"zipcode"_s);
    out.wkt = r.string(u"location"_s);
    out.lat = r.number(u"lat"_s);
    out.lng = r.number(u"long"_s);
    out.layoverMinutes = r.smallInt(u"layover_minutes"_s);
    out.position = r.smallInt(u"position"_s);
    out.completeAddress = r.string(u"complete_address"_s);
    out.locationId = r.integer(u"location_id"_s);
    out.customerId = r.integer(u"customer_id"_s);
    out.apptTime = r.string(u"appt_time"_s);
    out.type = r.smallInt(u"type"_s);
    out.placeId = r.string(u"place_id"_s);
    out.extra = r.rest();
    return r.ok();
}

bool readRoute(const QJsonObject& object, Route& out, QString* error)
{
    Reader r(object, u"route"_s, error);
    out.id = r.id();
    out.name = r.string(u"name"_s);
    out.routeDate = r.date(u"route_date"_s);
    out.duration = r.raw(u"duration"_s);
    out.startAddress = r.string(u"start_address"_s);
    out.destinationAddress = r.string(u"destination_address"_s);
    out.startTime = r.string(u"start_time"_s);
    out.waypoints.clear();
    const QJsonArray waypoints = r.array(u"waypoints"_s);
    for (qsizetype i = 0; i < waypoints.size() && r.ok(); ++i) {
        Waypoint w;
        QString e;
        if (!waypoints.at(i).isObject() || !readWaypoint(waypoints.at(i).toObject(), w, &e)) {
            r.fail(u"waypoints["_s + QString::number(i) + u']',
                   e.isEmpty() ? Tr::tr("expected an object, got %1").arg(jsonTypeName(waypoints.at(i))) : e);
            break;
        }
        out.waypoints.append(w);
    }
    out.extra = r.rest();
    return r.ok();
}

// ---- response parsers ----

LoginResult parseLogin(const ApiResult& api)
{
    LoginResult out;
    out.api = api;
    std::optional<QJsonValue> json;
    if (auto early = precheck<Done>(api, json)) {
        out.api = early->api;
        // A 4xx may still carry a status word.
        if (const auto j = bodyJson(api); j && j->isObject()) {
            out.statusText = j->toObject().value(u"status"_s).toString();
        }
        return out;
    }
    if (!json->isObject()) {
        out.api.error = ErrorClass::Malformed;
        out.api.message = malformed(Tr::tr("expected an object with a status, got %1").arg(jsonTypeName(*json)));
        return out;
    }
    const QJsonObject o = json->toObject();
    const QJsonValue status = o.value(u"status"_s);
    if (!status.isString()) {
        out.api.error = ErrorClass::Malformed;
        out.api.message = malformed(Tr::tr("the login answer has no status"));
        return out;
    }
    out.statusText = status.toString();
    static const QList<QPair<QString, LoginStatus>> statuses = {
        {u"login_successful"_s, LoginStatus::Successful},
        {u"error_missing_key"_s, LoginStatus::MissingKey},
        {u"error_account_disabled"_s, LoginStatus::AccountDisabled},
        {u"error_account_does_not_exist"_s, LoginStatus::AccountDoesNotExist},
        {u"error_non_post_request"_s, LoginStatus::NonPostRequest},
        {u"error_trial_expired"_s, LoginStatus::TrialExpired},
        {u"error_account_delinquent"_s, LoginStatus::AccountDelinquent},
    };
    out.status = LoginStatus::Unknown;
    for (const auto& [text, value] : statuses) {
        if (text == out.statusText) {
            out.status = value;
        }
    }
    switch (out.status) {
    case LoginStatus::Successful: {
        const QJsonValue token = o.value(u"token"_s);
        if (!token.isString() || token.toString().isEmpty()) {
            out.status = LoginStatus::Unknown;
            out.api.error = ErrorClass::Malformed;
            out.api.message = malformed(Tr::tr("login_successful without a token"));
            return out;
        }
        out.token = token.toString();
        fb::redact::registerSecret(out.token);
        Reader r(o, u"login"_s, nullptr);
        out.userId = r.integer(u"user_id"_s).value_or(0);
        return out;
    }
    case LoginStatus::MissingKey:
        out.api.error = ErrorClass::Validation;
        out.api.message = Tr::tr("Badger needs both a user name and a password. Enter both and try again.");
        break;
    case LoginStatus::AccountDisabled:
        out.api.error = ErrorClass::Forbidden;
        out.api.message = Tr::tr("This Badger account is disabled. Ask your Badger administrator to enable it.");
        break;
    case LoginStatus::AccountDoesNotExist:
        out.api.error = ErrorClass::Auth;
        out.api.message = Tr::tr("Badger does not know this user name and password. Check both (the password is "
                             "case-sensitive) and try again.");
        break;
    case LoginStatus::NonPostRequest:
        out.api.error = ErrorClass::Validation;
        out.api.message = Tr::tr("Badger says the login was not sent as a POST request; a proxy may have changed it.");
        break;
    case LoginStatus::TrialExpired:
        out.api.error = ErrorClass::Forbidden;
        out.api.message = Tr::tr("The Badger trial of this account has expired. A paid plan is needed for API access.");
        break;
    case LoginStatus::AccountDelinquent:
        out.api.error = ErrorClass::Forbidden;
        out.api.message = Tr::tr("Badger has suspended this account for an unpaid bill. Settle it with Badger, then try "
                             "again.");
        break;
    case LoginStatus::Unknown:
        out.api.error = ErrorClass::Other;
        out.api.message = Tr::tr("Badger refused the login with a status Fieldbridge does not know: \"%1\".")
                              .arg(fb::redact::text(out.statusText.left(80)));
        break;
    }
    return out;
}

Result<Profile> parseProfile(const ApiResult& api)
{
    return parseObject<Profile>(api, "a profile", readProfile);
}

Result<QList<UserSummary>> parseUserSearch(const ApiResult& api, bool* wasList)
{
    if (wasList) {
        *wasList = false;
    }
    if (api.status == 404 && (api.error == ErrorClass::NotFound || api.error == ErrorClass::None)
        && !looksLikeHtml(api.body)) {
        return success(api, QList<UserSummary> {}); // nobody matched
    }
    std::optional<QJsonValue> json;
    if (auto early = precheck<QList<UserSummary>>(api, json)) {
        return *early;
    }
    if (json->isObject() && !json->toObject().contains(u"results"_s)) {
        if (json->toObject().isEmpty()) {
            return success(api, QList<UserSummary> {});
        }
        UserSummary u;
        QString error;
        if (!readUserSummary(json->toObject(), u, &error)) {
            return failure<QList<UserSummary>>(api, ErrorClass::Malformed, malformed(error));
        }
        return success(api, QList<UserSummary> {u});
    }
    if (wasList) {
        *wasList = true;
    }
    return parseList<UserSummary>(api, "users", readUserSummary);
}

Result<QList<AccountSummary>> parseAccountList(const ApiResult& api)
{
    return parseList<AccountSummary>(api, "accounts", readAccountSummary);
}

Result<Account> parseAccount(const ApiResult& api)
{
    return parseObject<Account>(api, "an account", readAccount);
}

Result<CreatedAccount> parseCreatedAccount(const ApiResult& api)
{
    return parseObject<CreatedAccount>(
        api, "a created account", [](const QJsonObject& o, CreatedAccount& out, QString* error) {
            const QJsonValue customer = o.value(u"customer"_s);
            if (customer.isObject()) {
                out.wrapped = true;
                if (!readAccount(customer.toObject(), out.account, error)) {
                    return false;
                }
                if (o.value(u"profile"_s).isObject()) {
                    Profile p;
                    if (!readProfile(o.value(u"profile"_s).toObject(), p, error)) {
                        return false;
                    }
                    out.profile = p;
                }
                if (o.value(u"location"_s).isObject()) {
                    Location l;
                    if (!readLocation(o.value(u"location"_s).toObject(), l, error)) {
                        return false;
                    }
                    out.location = l;
                } else if (!out.account.locations.isEmpty()) {
                    out.location = out.account.locations.constFirst();
                }
                return true;
            }
            if (o.contains(u"customer"_s)) {
                if (error) {
                    *error = Tr::tr("created.customer: expected an object, got %1").arg(jsonTypeName(customer));
                }
                return false;
            }
            // A bare account (what some clients expect).
            out.wrapped = false;
            if (!readAccount(o, out.account, error)) {
                return false;
            }
            if (!out.account.locations.isEmpty()) {
                out.location = out.account.locations.constFirst();
            }
            return true;
        });
}

Result<Done> parseDeleted(const ApiResult& api)
{
    ApiResult a = api;
    if (a.error == ErrorClass::None && a.status != 0 && (a.status < 200 || a.status > 299)) {
        a.error = errorClassForStatus(a.status);
    }
    if (a.error != ErrorClass::None) {
        return failure<Done>(a, a.error, explain(a, errorMessageFromBody(a.body)));
    }
    return success(a, Done {}); // 204 without a body, or 200/202 with whatever body
}

Result<Location> parseLocation(const ApiResult& api)
{
    return parseObject<Location>(api, "a location", readLocation);
}

Result<QList<CheckIn>> parseCheckInList(const ApiResult& api)
{
    return parseList<CheckIn>(api, "check-ins", readCheckIn);
}

Result<CheckIn> parseCheckIn(const ApiResult& api)
{
    return parseObject<CheckIn>(api, "a check-in", readCheckIn);
}

Result<QList<RouteSummary>> parseRouteList(const ApiResult& api)
{
    return parseList<RouteSummary>(api, "routes", readRouteSummary);
}

Result<Route> parseRoute(const ApiResult& api)
{
    return parseObject<Route>(api, "a route", readRoute);
}

} // namespace fb::api::badger
