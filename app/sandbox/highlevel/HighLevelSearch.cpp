// Contact search (POST /contacts/search) and the deprecated list (GET /contacts/): filters, sort and both cursors.
#include "HighLevelSimulator.h"

#include "HighLevelSimulatorPrivate.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fb::sandbox {

namespace {

// The value a filter or sort sees for a field: dates as epoch ms, custom fields by "customFields.<id>".
QJsonValue fieldValue(const QJsonObject& contact, const QString& field)
{
    if (field.startsWith(u"customFields.") || field.startsWith(u"customField.")) {
        const QString id = field.section(u'.', 1);
        for (const QJsonValue& v : contact.value(u"customFields").toArray()) {
            if (v.toObject().value(u"id").toString() == id)
                return v.toObject().value(u"value");
        }
        return QJsonValue(QJsonValue::Undefined);
    }
    const QJsonValue v = contact.value(field);
    if (hl::isDateField(field) && !v.isUndefined()) {
        const qint64 ms = hl::toEpochMs(v);
        return ms >= 0 ? QJsonValue(static_cast<double>(ms)) : v;
    }
    return v;
}

// Total order for sort keys: missing/null < numbers < strings < anything else.
int compareValues(const QJsonValue& a, const QJsonValue& b)
{
    auto rank = [](const QJsonValue& v) {
        if (v.isNull() || v.isUndefined())
            return 0;
        if (v.isDouble() || v.isBool())
            return 1;
        if (v.isString())
            return 2;
        return 3;
    };
    const int ra = rank(a);
    const int rb = rank(b);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    if (ra == 1) {
        const double da = a.toDouble(a.toBool() ? 1 : 0);
        const double db = b.toDouble(b.toBool() ? 1 : 0);
        return da < db ? -1 : (da > db ? 1 : 0);
    }
    if (ra == 2)
        return a.toString().toLower().compare(b.toString().toLower());
    return 0;
}

bool textEquals(const QJsonValue& value, const QJsonValue& expected)
{
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        return std::any_of(a.begin(), a.end(), [&](const QJsonValue& v) { return textEquals(v, expected); });
    }
    if (value.isDouble() && expected.isString())
        return hl::toEpochMs(expected) == static_cast<qint64>(value.toDouble());
    if (value.isString() && expected.isString())
        return value.toString().compare(expected.toString(), Qt::CaseInsensitive) == 0;
    return value == expected;
}

bool textContains(const QJsonValue& value, const QString& needle)
{
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        return std::any_of(a.begin(), a.end(), [&](const QJsonValue& v) { return textContains(v, needle); });
    }
    return value.isString() && value.toString().contains(needle, Qt::CaseInsensitive);
}

bool isEmptyValue(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())
        || (v.isArray() && v.toArray().isEmpty());
}

// Returns false with *error on a malformed filter; otherwise *matches says whether the contact passes.
bool evaluate(const QJsonObject& contact, const QJsonValue& filterValue, bool* matches, QString* error)
{
    const QJsonObject filter = filterValue.toObject();
    if (filter.contains(u"group")) {
        const QString group = filter.value(u"group").toString().toUpper();
        if (group != u"AND" && group != u"OR") {
            *error = u"group must be one of the following values: AND, OR"_s;
            return false;
        }
        const QJsonArray children = filter.value(u"filters").toArray();
        bool result = group == u"AND";
        for (const QJsonValue& child : children) {
            bool m = false;
            if (!evaluate(contact, child, &m, error))
                return false;
            result = group == u"AND" ? (result && m) : (result || m);
        }
        *matches = result;
        return true;
    }
    const QString field = filter.value(u"field").toString();
    const QString op = filter.value(u"operator").toString();
    const QJsonValue expected = filter.value(u"value");
    if (field.isEmpty()) {
        *error = u"filters.field should not be empty"_s;
        return false;
    }
    const QJsonValue actual = fieldValue(contact, field);
    if (op == u"eq" || op == u"not_eq") {
        bool eq = false;
        if (expected.isArray()) {
            const QJsonArray options = expected.toArray();
            eq =
                std::any_of(options.begin(), options.end(), [&](const QJsonValue& o) { return textEquals(actual, o); });
        } else {
            eq = textEquals(actual, expected);
        }
        *matches = op == u"eq" ? eq : !eq;
    } else if (op == u"contains" || op == u"not_contains") {
        const bool c = textContains(actual, expected.toString());
        *matches = op == u"contains" ? c : !c;
    } else if (op == u"exists" || op == u"not_exists") {
        *matches = (op == u"exists") != isEmptyValue(actual);
    } else if (op == u"range") {
        const QJsonObject range = expected.toObject();
        if (range.isEmpty()) {
            *error = u"range filters need a value object with gt, gte, lt or lte"_s;
            return false;
        }
        if (isEmptyValue(actual)) {
            *matches = false;
            return true;
        }
        auto bound = [&](const QJsonValue& v) {
            return hl::isDateField(field) ? QJsonValue(static_cast<double>(hl::toEpochMs(v))) : v;
        };
        bool ok = true;
        if (range.contains(u"gt"))
            ok = ok && compareValues(actual, bound(range.value(u"gt"))) > 0;
        if (range.contains(u"gte"))
            ok = ok && compareValues(actual, bound(range.value(u"gte"))) >= 0;
        if (range.contains(u"lt"))
            ok = ok && compareValues(actual, bound(range.value(u"lt"))) < 0;
        if (range.contains(u"lte"))
            ok = ok && compareValues(actual, bound(range.value(u"lte"))) <= 0;
        *matches = ok;
    } else {
        *error = u"operator must be one of the following values: eq, not_eq, contains, not_contains, exists, "
                 u"not_exists, range"_s;
        return false;
    }
    return true;
}

bool matchesQuery(const QJsonObject& c, const QString& query)
{
    if (query.isEmpty())
        return true;
    for (const QString& f : {u"fullNameLowerCase"_s, u"email"_s, u"phone"_s, u"companyName"_s}) {
        if (c.value(f).toString().contains(query, Qt::CaseInsensitive))
            return true;
    }
    const QString digits = hl::digitsOnly(query);
    return digits.size() >= 3 && hl::digitsOnly(c.value(u"phone").toString()).contains(digits);
}

} // namespace

SimReply HighLevelSimulator::searchContacts(Ctx& ctx)
{
    const QJsonObject& b = ctx.body;
    QStringList errors;
    const QJsonValue location = b.value(u"locationId");
    if (!location.isString() || location.toString().isEmpty())
        errors << u"locationId should not be empty"_s;
    const QJsonValue pageLimitValue = b.value(u"pageLimit");
    const int pageLimit = pageLimitValue.toInt(-1);
    if (!pageLimitValue.isDouble())
        errors << u"pageLimit must be a number conforming to the specified constraints"_s;
    else if (pageLimit < 1)
        errors << u"pageLimit must not be less than 1"_s;
    else if (pageLimit > 500)
        errors << u"pageLimit must not be greater than 500"_s;
    const bool hasPage = b.contains(u"page");
    const int page = b.value(u"page").toInt(1);
    if (hasPage && (!b.value(u"page").isDouble() || page < 1))
        errors << u"page must not be less than 1"_s;
    const bool hasSearchAfter = b.contains(u"searchAfter");
    if (hasSearchAfter && !b.value(u"searchAfter").isArray())
        errors << u"searchAfter must be an array"_s;
    if (hasPage && hasSearchAfter)
        errors << u"page and searchAfter cannot be used together"_s;
    if (pageLimit > 0 && page * pageLimit > 10000)
        errors << u"page * pageLimit must not exceed 10000; use searchAfter"_s;
    const QString query = b.value(u"query").toString();
    if (query.size() > 75)
        errors << u"query must be shorter than or equal to 75 characters"_s;
    if (b.contains(u"filters") && !b.value(u"filters").isArray())
        errors << u"filters must be an array"_s;
    if (b.contains(u"sort") && !b.value(u"sort").isArray())
        errors << u"sort must be an array"_s;

    // Sort keys; the id always breaks ties so every record has a unique position.
    struct SortKey
    {
        QString field;
        bool descending = false;
    };
    QList<SortKey> keys;
    for (const QJsonValue& s : b.value(u"sort").toArray()) {
        const QJsonObject o = s.toObject();
        const QString direction = o.value(u"direction").toString(u"asc"_s).toLower();
        if (o.value(u"field").toString().isEmpty() || (direction != u"asc" && direction != u"desc")) {
            errors << u"sort must have a field and a direction of asc or desc"_s;
            break;
        }
        keys.append({o.value(u"field").toString(), direction == u"desc"});
    }
    if (keys.isEmpty())
        keys.append({u"dateAdded"_s, true});
    const QJsonArray searchAfter = b.value(u"searchAfter").toArray();
    if (hasSearchAfter && searchAfter.size() != keys.size() + 1)
        errors << u"searchAfter must hold one value per sort field plus the id"_s;
    if (!errors.isEmpty())
        return error422(errors);
    SimReply reply;
    if (!checkLocation(ctx, location.toString(), &reply))
        return reply;

    struct Row
    {
        QJsonArray key; // sort values + id
        const QJsonObject* contact;
    };
    QList<Row> rows;
    const QJsonArray filters = b.value(u"filters").toArray();
    for (const QString& id : std::as_const(m_contactOrder)) {
        const QJsonObject& c = m_contacts[id];
        if (c.value(u"locationId").toString() != ctx.locationId || !matchesQuery(c, query))
            continue;
        bool pass = true;
        for (const QJsonValue& f : filters) {
            QString error;
            bool m = false;
            if (!evaluate(c, f, &m, &error))
                return error422({error});
            if (!m) {
                pass = false;
                break;
            }
        }
        if (!pass)
            continue;
        Row row {{}, &c};
        for (const SortKey& k : std::as_const(keys)) {
            const QJsonValue v = fieldValue(c, k.field);
            row.key.append(v.isUndefined() ? QJsonValue(QJsonValue::Null) : v);
        }
        row.key.append(id);
        rows.append(row);
    }
    auto compareKeys = [&keys](const QJsonArray& l, const QJsonArray& r) {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const int c = compareValues(l.at(i), r.at(i));
            if (c != 0)
                return keys.at(i).descending ? -c : c;
        }
        return l.last().toString().compare(r.last().toString());
    };
    std::sort(rows.begin(), rows.end(), [&](const Row& l, const Row& r) { return compareKeys(l.key, r.key) < 0; });
    const qsizetype total = rows.size();

    qsizetype start = 0;
    if (hasSearchAfter) {
        // Strictly after the cursor: records changed or deleted meanwhile cannot shift the next page.
        start = std::partition_point(rows.begin(), rows.end(),
                                     [&](const Row& r) { return compareKeys(r.key, searchAfter) <= 0; })
            - rows.begin();
    } else {
        start = static_cast<qsizetype>(page - 1) * pageLimit;
    }
    QJsonArray contacts;
    for (qsizetype i = start; i < rows.size() && contacts.size() < pageLimit; ++i) {
        QJsonObject item = *rows.at(i).contact;
        item.remove(u"dndSettings"_s); // search results omit dndSettings (NOTES §3)
        item.insert(u"searchAfter"_s, rows.at(i).key);
        contacts.append(item);
    }
    return SimReply::json(200, QJsonObject {{u"contacts"_s, contacts}, {u"total"_s, total}});
}

SimReply HighLevelSimulator::listContacts(Ctx& ctx)
{
    const QUrlQuery& q = ctx.request.query;
    const QString locationId = q.queryItemValue(u"locationId"_s, QUrl::FullyDecoded);
    QStringList errors;
    if (locationId.isEmpty())
        errors << u"locationId should not be empty"_s;
    int limit = 20;
    if (q.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = q.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1)
            errors << u"limit must not be less than 1"_s;
        else if (limit > 100)
            errors << u"limit must not be greater than 100"_s;
    }
    qint64 startAfter = -1;
    if (q.hasQueryItem(u"startAfter"_s)) {
        bool ok = false;
        startAfter = q.queryItemValue(u"startAfter"_s).toLongLong(&ok);
        if (!ok)
            errors << u"startAfter must be a number conforming to the specified constraints"_s;
    }
    if (!errors.isEmpty())
        return error422(errors);
    SimReply reply;
    if (!checkLocation(ctx, locationId, &reply))
        return reply;
    QString startAfterId = q.queryItemValue(u"startAfterId"_s, QUrl::FullyDecoded);
    if (!startAfterId.isEmpty() && startAfter < 0) {
        // Only the id given: continue after that contact's own position.
        startAfter = hl::toEpochMs(m_contacts.value(startAfterId).value(u"dateAdded"));
    }
    const QString query = q.queryItemValue(u"query"_s, QUrl::FullyDecoded);

    QList<std::pair<qint64, QString>> rows;
    for (const QString& id : std::as_const(m_contactOrder)) {
        const QJsonObject& c = m_contacts[id];
        if (c.value(u"locationId").toString() == locationId && matchesQuery(c, query))
            rows.append({hl::toEpochMs(c.value(u"dateAdded")), id});
    }
    std::sort(rows.begin(), rows.end());
    const std::pair<qint64, QString> cursor {startAfter, startAfterId};
    qsizetype start = 0;
    if (startAfter >= 0)
        start = std::upper_bound(rows.begin(), rows.end(), cursor) - rows.begin();
    QJsonArray contacts;
    for (qsizetype i = start; i < rows.size() && contacts.size() < limit; ++i)
        contacts.append(m_contacts.value(rows.at(i).second));
    const qsizetype end = start + contacts.size();
    const bool more = end < rows.size();
    QJsonObject meta {{u"total"_s, rows.size()},
                      {u"currentPage"_s, start / limit + 1},
                      {u"nextPage"_s, more ? QJsonValue(start / limit + 2) : QJsonValue(QJsonValue::Null)},
                      {u"prevPage"_s, start > 0 ? QJsonValue(start / limit) : QJsonValue(QJsonValue::Null)}};
    if (more && !contacts.isEmpty()) {
        const auto& last = rows.at(end - 1);
        meta.insert(u"startAfterId"_s, last.second);
        meta.insert(u"startAfter"_s, static_cast<double>(last.first));
        const QString host = QString::fromLatin1(ctx.request.header("host"));
        meta.insert(u"nextPageUrl"_s,
                    QString(u"http://"_s + host + pathPrefix() + u"/contacts/?locationId="_s + locationId + u"&limit="_s
                            + QString::number(limit) + u"&startAfter="_s + QString::number(last.first)
                            + u"&startAfterId="_s + last.second));
    } else {
        meta.insert(u"startAfterId"_s, QJsonValue::Null);
        meta.insert(u"startAfter"_s, QJsonValue::Null);
        meta.insert(u"nextPageUrl"_s, QJsonValue::Null);
    }
    return SimReply::json(200, QJsonObject {{u"contacts"_s, contacts}, {u"count"_s, rows.size()}, {u"meta"_s, meta}});
}

} // namespace fb::sandbox
