#include "HighLevelSimulator.h"

#include "HighLevelSimulatorPrivate.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fb::sandbox {

namespace {

constexpr quint64 kIdSeed = 0x6768'6c5f'7369'6dULL;

const QStringList& stringContactFields()
{
    static const QStringList fields = {u"firstName"_s, u"lastName"_s,   u"name"_s,    u"email"_s,       u"phone"_s,
                                       u"address1"_s,  u"city"_s,       u"state"_s,   u"postalCode"_s,  u"website"_s,
                                       u"timezone"_s,  u"source"_s,     u"country"_s, u"companyName"_s, u"assignedTo"_s,
                                       u"gender"_s,    u"dateOfBirth"_s};
    return fields;
}

bool looksLikeEmail(const QString& s)
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return re.match(s).hasMatch();
}

QString isoOf(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

// Qt's JSON objects keep replaced string data until they are rebuilt: a record updated thousands of times would grow
// and every copy of it get slower. Rebuilding after an update keeps each stored record compact.
void compact(QJsonObject& o)
{
    QJsonObject fresh;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        fresh.insert(it.key(), it.value());
    o = fresh;
}

QJsonObject withoutKey(QJsonObject o, const QString& key)
{
    o.remove(key);
    return o;
}

QStringList stringList(const QJsonArray& a)
{
    QStringList out;
    for (const QJsonValue& v : a)
        out.append(v.toString());
    return out;
}

} // namespace

HighLevelSimulator::HighLevelSimulator(SimClock& clock)
    : m_clock(clock)
{
    buildRoutes();
    reset();
}

HighLevelSimulator::~HighLevelSimulator() = default;

void HighLevelSimulator::buildRoutes()
{
    auto add = [this](const char* method, const QString& path, Handler handler, bool declares422 = true) {
        Route r;
        r.method = method;
        r.segments = path.split(u'/', Qt::SkipEmptyParts);
        r.handler = handler;
        r.declares422 = declares422;
        m_routes.append(r);
    };
    using S = HighLevelSimulator;
    // Which operations declare a 422 response decides what a bad Version header gets (as Prism answers).
    add("POST", u"/contacts/search"_s, &S::searchContacts, false);
    add("GET", u"/contacts/search/duplicate"_s, &S::searchDuplicate, false);
    add("POST", u"/contacts/upsert"_s, &S::upsertContact);
    add("POST", u"/contacts/bulk/tags/update/:type"_s, &S::bulkTags);
    add("GET", u"/contacts/"_s, &S::listContacts);
    add("POST", u"/contacts/"_s, &S::createContact);
    add("GET", u"/contacts/:contactId"_s, &S::getContact);
    add("PUT", u"/contacts/:contactId"_s, &S::updateContact);
    add("DELETE", u"/contacts/:contactId"_s, &S::deleteContact);
    add("GET", u"/contacts/:contactId/tasks"_s, &S::listTasks, false);
    add("POST", u"/contacts/:contactId/tasks"_s, &S::createTask);
    add("GET", u"/contacts/:contactId/tasks/:taskId"_s, &S::getTask, false);
    add("PUT", u"/contacts/:contactId/tasks/:taskId"_s, &S::updateTask);
    add("DELETE", u"/contacts/:contactId/tasks/:taskId"_s, &S::deleteTask, false);
    add("PUT", u"/contacts/:contactId/tasks/:taskId/completed"_s, &S::completeTask);
    add("GET", u"/contacts/:contactId/notes"_s, &S::listNotes, false);
    add("POST", u"/contacts/:contactId/notes"_s, &S::createNote);
    add("GET", u"/contacts/:contactId/notes/:id"_s, &S::getNote);
    add("PUT", u"/contacts/:contactId/notes/:id"_s, &S::updateNote);
    add("DELETE", u"/contacts/:contactId/notes/:id"_s, &S::deleteNote);
    add("POST", u"/contacts/:contactId/tags"_s, &S::addTags);
    add("DELETE", u"/contacts/:contactId/tags"_s, &S::removeTags);
    add("GET", u"/contacts/:contactId/appointments"_s, &S::listAppointments);
    add("POST", u"/contacts/:contactId/followers"_s, &S::addFollowers);
    add("DELETE", u"/contacts/:contactId/followers"_s, &S::removeFollowers);
    add("GET", u"/locations/:locationId"_s, &S::getLocation);
    add("GET", u"/locations/:locationId/customFields"_s, &S::listCustomFields);
    add("GET", u"/locations/:locationId/tags"_s, &S::listLocationTags);
    add("POST", u"/locations/:locationId/tasks/search"_s, &S::searchLocationTasks);
}

// ---------------------------------------------------------------------------------------------------------------
// State

void HighLevelSimulator::reset()
{
    m_locations.clear();
    m_contacts.clear();
    m_contactOrder.clear();
    m_customFields.clear();
    m_tags.clear();
    m_tasks.clear();
    m_notes.clear();
    m_appointments.clear();
    m_users.clear();
    m_rate.clear();
    m_usedIds.clear();
    m_burstMax = 100;
    m_burstIntervalMs = 10000;
    m_dailyMax = 200000;
    m_idRng.seed(kIdSeed);
}

QString HighLevelSimulator::newId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (;;) {
        QString id;
        id.reserve(20);
        for (int i = 0; i < 20; ++i)
            id += QLatin1Char(alphabet[m_idRng() % 62]);
        if (!m_usedIds.contains(id)) {
            m_usedIds.insert(id);
            return id;
        }
    }
}

QString HighLevelSimulator::nowIso() const
{
    return isoOf(m_clock.now());
}

void HighLevelSimulator::updateDerivedFields(QJsonObject& c)
{
    const QString first = c.value(u"firstName").toString();
    const QString last = c.value(u"lastName").toString();
    auto setOrRemove = [&c](const QString& key, const QString& value) {
        if (value.isEmpty())
            c.remove(key);
        else
            c.insert(key, value);
    };
    setOrRemove(u"firstNameLowerCase"_s, first.toLower());
    setOrRemove(u"lastNameLowerCase"_s, last.toLower());
    setOrRemove(u"fullNameLowerCase"_s, QString(first + u' ' + last).trimmed().toLower());
    setOrRemove(u"emailLowerCase"_s, c.value(u"email").toString().toLower());
}

void HighLevelSimulator::loadSeed(const QJsonObject& section)
{
    const int burst = m_burstMax;
    const int interval = m_burstIntervalMs;
    const int daily = m_dailyMax;
    reset();
    m_burstMax = burst;
    m_burstIntervalMs = interval;
    m_dailyMax = daily;
    auto objects = [&section](const QString& key) {
        QList<QJsonObject> out;
        const QJsonArray a = section.value(key).toArray();
        for (const QJsonValue& v : a)
            out.append(v.toObject());
        return out;
    };
    const QString now = nowIso();
    for (const QString& key : {u"locations"_s, u"contacts"_s, u"customFields"_s, u"tags"_s, u"tasks"_s, u"notes"_s,
                               u"appointments"_s, u"users"_s}) {
        const QJsonArray records = section.value(key).toArray();
        for (const QJsonValue& v : records)
            m_usedIds.insert(v.toObject().value(u"id").toString());
    }
    auto ensureId = [this](QJsonObject& o) {
        if (o.value(u"id").toString().isEmpty())
            o.insert(u"id"_s, newId());
    };
    for (QJsonObject l : objects(u"locations"_s)) {
        ensureId(l);
        m_locations.append(l);
    }
    for (QJsonObject c : objects(u"contacts"_s)) {
        ensureId(c);
        if (!c.contains(u"dateAdded"))
            c.insert(u"dateAdded"_s, now);
        if (!c.contains(u"dateUpdated"))
            c.insert(u"dateUpdated"_s, c.value(u"dateAdded"));
        if (!c.contains(u"tags"))
            c.insert(u"tags"_s, QJsonArray());
        if (!c.contains(u"customFields"))
            c.insert(u"customFields"_s, QJsonArray());
        if (!c.contains(u"type"))
            c.insert(u"type"_s, u"lead"_s);
        updateDerivedFields(c);
        const QString id = c.value(u"id").toString();
        if (!m_contacts.contains(id))
            m_contactOrder.append(id);
        m_contacts.insert(id, c);
    }
    for (QJsonObject f : objects(u"customFields"_s)) {
        ensureId(f);
        m_customFields.append(f);
    }
    for (QJsonObject t : objects(u"tags"_s)) {
        ensureId(t);
        m_tags.append(t);
    }
    for (QJsonObject t : objects(u"tasks"_s)) {
        ensureId(t);
        if (!t.contains(u"dateAdded"))
            t.insert(u"dateAdded"_s, now);
        m_tasks.append(t);
    }
    for (QJsonObject n : objects(u"notes"_s)) {
        ensureId(n);
        if (!n.contains(u"dateAdded"))
            n.insert(u"dateAdded"_s, now);
        m_notes.append(n);
    }
    for (QJsonObject a : objects(u"appointments"_s)) {
        ensureId(a);
        m_appointments.append(a);
    }
    for (QJsonObject u : objects(u"users"_s)) {
        ensureId(u);
        m_users.append(u);
    }
}

QJsonObject HighLevelSimulator::dump() const
{
    auto array = [](const QList<QJsonObject>& list) {
        QJsonArray a;
        for (const QJsonObject& o : list)
            a.append(o);
        return a;
    };
    QJsonArray contacts;
    for (const QString& id : m_contactOrder)
        contacts.append(m_contacts.value(id));
    return QJsonObject {{u"locations"_s, array(m_locations)},
                        {u"contacts"_s, contacts},
                        {u"customFields"_s, array(m_customFields)},
                        {u"tags"_s, array(m_tags)},
                        {u"tasks"_s, array(m_tasks)},
                        {u"notes"_s, array(m_notes)},
                        {u"appointments"_s, array(m_appointments)},
                        {u"users"_s, array(m_users)}};
}

bool HighLevelSimulator::setLimits(const QJsonObject& limits, QString* error)
{
    const int burst = limits.value(u"burstMax").toInt(m_burstMax);
    const int interval = limits.value(u"burstIntervalMs").toInt(m_burstIntervalMs);
    const int daily = limits.value(u"dailyMax").toInt(m_dailyMax);
    if (burst < 0 || interval <= 0 || daily < 0) {
        *error = u"burstMax and dailyMax must be >= 0 (0 = unlimited), burstIntervalMs > 0"_s;
        return false;
    }
    m_burstMax = burst;
    m_burstIntervalMs = interval;
    m_dailyMax = daily;
    m_rate.clear();
    return true;
}

QJsonObject HighLevelSimulator::limits() const
{
    return QJsonObject {
        {u"burstMax"_s, m_burstMax}, {u"burstIntervalMs"_s, m_burstIntervalMs}, {u"dailyMax"_s, m_dailyMax}};
}

// ---------------------------------------------------------------------------------------------------------------
// Request pipeline: route, token, rate limit, Version, body, handler.

SimReply HighLevelSimulator::error422(const QStringList& messages) const
{
    return SimReply::json(422,
                          QJsonObject {{u"statusCode"_s, 422},
                                       {u"message"_s, QJsonArray::fromStringList(messages)},
                                       {u"error"_s, u"Unprocessable Entity"_s}});
}

SimReply HighLevelSimulator::error400(const QString& message) const
{
    return SimReply::json(400, QJsonObject {{u"statusCode"_s, 400}, {u"message"_s, message}});
}

SimReply HighLevelSimulator::forbidden() const
{
    return SimReply::json(403,
                          QJsonObject {{u"statusCode"_s, 403},
                                       {u"message"_s, u"The token does not have access to this location."_s},
                                       {u"error"_s, u"Forbidden"_s}});
}

void HighLevelSimulator::addRateHeaders(SimReply* reply, const RateState& state) const
{
    if (m_dailyMax > 0) {
        reply->setHeader("X-RateLimit-Limit-Daily", QByteArray::number(m_dailyMax));
        reply->setHeader("X-RateLimit-Daily-Remaining", QByteArray::number(std::max(0, m_dailyMax - state.dayCount)));
    }
    if (m_burstMax > 0) {
        reply->setHeader("X-RateLimit-Interval-Milliseconds", QByteArray::number(m_burstIntervalMs));
        reply->setHeader("X-RateLimit-Max", QByteArray::number(m_burstMax));
        reply->setHeader("X-RateLimit-Remaining", QByteArray::number(std::max(0, m_burstMax - state.windowCount)));
    }
}

SimReply HighLevelSimulator::handle(const SimRequest& request)
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    const Route* route = nullptr;
    QStringList params;
    QList<QByteArray> allowed;
    int bestLiterals = -1;
    for (const Route& r : std::as_const(m_routes)) {
        if (r.segments.size() != segments.size())
            continue;
        QStringList p;
        int literals = 0;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            if (r.segments.at(i).startsWith(u':')) {
                p.append(segments.at(i));
            } else if (r.segments.at(i) == segments.at(i)) {
                ++literals;
            } else {
                match = false;
            }
        }
        if (!match)
            continue;
        if (!allowed.contains(r.method))
            allowed.append(r.method);
        if (r.method == request.method && literals > bestLiterals) {
            route = &r;
            params = p;
            bestLiterals = literals;
        }
    }
    // UUID-shaped, from the simulator's own generator: as unique as GHL's and far cheaper than QUuid per request.
    const quint64 hi = m_idRng();
    const quint64 lo = m_idRng();
    const QByteArray hex =
        QByteArray::number(hi, 16).rightJustified(16, '0') + QByteArray::number(lo, 16).rightJustified(16, '0');
    const QByteArray traceId =
        hex.left(8) + '-' + hex.mid(8, 4) + "-4" + hex.mid(13, 3) + '-' + hex.mid(16, 4) + '-' + hex.mid(20, 12);
    auto finish = [&traceId](SimReply reply) {
        // Every JSON object body carries the traceId; inserted as text to avoid parsing the body again.
        if (reply.body.startsWith('{')) {
            const QByteArray field = "\"traceId\":\"" + traceId + '"';
            reply.body.insert(1, reply.body.size() > 2 ? field + ',' : field);
        }
        return reply;
    };
    if (!route) {
        if (allowed.isEmpty()) {
            return finish(SimReply::json(
                404,
                QJsonObject {
                    {u"statusCode"_s, 404},
                    {u"message"_s, QString(u"Cannot "_s + QString::fromLatin1(request.method) + u' ' + request.path)},
                    {u"error"_s, u"Not Found"_s}}));
        }
        if (allowed.contains("GET"))
            allowed.append("HEAD");
        SimReply r = SimReply::json(405, QJsonObject {{u"statusCode"_s, 405}, {u"message"_s, u"Method Not Allowed"_s}});
        r.setHeader("Allow", allowed.join(", "));
        return finish(r);
    }

    // Bearer token -> location.
    const QByteArray auth = request.header("authorization");
    QString locationId;
    if (auth.startsWith("Bearer ") && auth.size() > 7) {
        const QString token = QString::fromUtf8(auth.mid(7)).trimmed();
        for (const QJsonObject& l : std::as_const(m_locations)) {
            if (!token.isEmpty() && l.value(u"token").toString() == token) {
                locationId = l.value(u"id").toString();
                break;
            }
        }
    }
    if (locationId.isEmpty()) {
        return finish(SimReply::json(401,
                                     QJsonObject {{u"statusCode"_s, 401},
                                                  {u"message"_s, u"Invalid token: access token is invalid"_s},
                                                  {u"error"_s, u"Unauthorized"_s}}));
    }

    // Rate limits, per location, counted for every authenticated request.
    RateState& rate = m_rate[locationId];
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    if (nowMs - rate.windowStartMs >= m_burstIntervalMs) {
        rate.windowStartMs = nowMs;
        rate.windowCount = 0;
    }
    const qint64 day = nowMs / 86'400'000;
    if (day != rate.dayIndex) {
        rate.dayIndex = day;
        rate.dayCount = 0;
    }
    if ((m_burstMax > 0 && rate.windowCount >= m_burstMax) || (m_dailyMax > 0 && rate.dayCount >= m_dailyMax)) {
        SimReply r = SimReply::json(429, QJsonObject {{u"statusCode"_s, 429}, {u"message"_s, u"Too Many Requests"_s}});
        addRateHeaders(&r, rate);
        return finish(r);
    }
    ++rate.windowCount;
    ++rate.dayCount;

    SimReply reply;
    const QByteArray version = request.header("version");
    if (version != kVersion) {
        if (route->declares422) {
            reply = error422({u"version must be one of the following values: 2021-07-28"_s});
        } else {
            reply = error400(version.isEmpty() ? u"Version header was not found"_s
                                               : u"Version header must be 2021-07-28"_s);
        }
    } else {
        Ctx ctx {request, params, locationId, {}, route->declares422};
        bool bodyOk = true;
        if (!request.body.trimmed().isEmpty()) {
            QJsonParseError e {};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &e);
            if (e.error != QJsonParseError::NoError) {
                reply = error400(u"Unexpected token in JSON at position %1"_s.arg(e.offset));
                bodyOk = false;
            } else if (!doc.isObject()) {
                reply = error400(u"Bad Request"_s);
                bodyOk = false;
            } else {
                ctx.body = doc.object();
            }
        }
        if (bodyOk)
            reply = (this->*(route->handler))(ctx);
    }
    addRateHeaders(&reply, rate);
    return finish(reply);
}

bool HighLevelSimulator::checkLocation(const Ctx& ctx, const QString& locationId, SimReply* reply) const
{
    if (locationId != ctx.locationId) {
        *reply = forbidden();
        return false;
    }
    return true;
}

QJsonObject* HighLevelSimulator::contactFor(Ctx& ctx, const QString& id, SimReply* reply)
{
    auto it = m_contacts.find(id);
    if (it == m_contacts.end()) {
        *reply = error400(u"Contact not found"_s);
        return nullptr;
    }
    if (!checkLocation(ctx, it->value(u"locationId").toString(), reply))
        return nullptr;
    return &it.value();
}

QJsonObject HighLevelSimulator::locationSettings(const QString& locationId) const
{
    for (const QJsonObject& l : m_locations) {
        if (l.value(u"id").toString() == locationId)
            return l.value(u"settings").toObject();
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Contacts

QStringList HighLevelSimulator::validateContactBody(const QJsonObject& body, bool requireLocation) const
{
    QStringList errors;
    if (requireLocation) {
        const QJsonValue l = body.value(u"locationId");
        if (l.isUndefined() || l.isNull() || l.toString().isEmpty())
            errors << u"locationId should not be empty"_s;
        if (!l.isString())
            errors << u"locationId must be a string"_s;
    }
    for (const QString& f : stringContactFields()) {
        const QJsonValue v = body.value(f);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            errors << f + u" must be a string"_s;
    }
    const QJsonValue email = body.value(u"email");
    if (email.isString() && !email.toString().isEmpty() && !looksLikeEmail(email.toString()))
        errors << u"email must be an email"_s;
    const QJsonValue dnd = body.value(u"dnd");
    if (!dnd.isUndefined() && !dnd.isBool())
        errors << u"dnd must be a boolean value"_s;
    const QJsonValue tags = body.value(u"tags");
    if (!tags.isUndefined()) {
        if (!tags.isArray()) {
            errors << u"tags must be an array"_s;
        } else {
            const QJsonArray a = tags.toArray();
            if (std::any_of(a.begin(), a.end(), [](const QJsonValue& v) { return !v.isString(); }))
                errors << u"each value in tags must be a string"_s;
        }
    }
    const QJsonValue custom = body.value(u"customFields");
    if (!custom.isUndefined()) {
        if (!custom.isArray()) {
            errors << u"customFields must be an array"_s;
        } else {
            const QJsonArray a = custom.toArray();
            for (const QJsonValue& v : a) {
                const QJsonObject o = v.toObject();
                if (!v.isObject() || (o.value(u"id").toString().isEmpty() && o.value(u"key").toString().isEmpty())) {
                    errors << u"customFields.id should not be empty"_s;
                    break;
                }
            }
        }
    }
    return errors;
}

QJsonArray HighLevelSimulator::normalizedTags(const QJsonArray& tags) const
{
    QJsonArray out;
    QStringList seen;
    for (const QJsonValue& v : tags) {
        const QString t = v.toString().trimmed().toLower();
        if (t.isEmpty() || seen.contains(t))
            continue;
        seen.append(t);
        out.append(t);
    }
    return out;
}

void HighLevelSimulator::rememberLocationTags(const QString& locationId, const QJsonArray& tags)
{
    for (const QJsonValue& v : tags) {
        const QString name = v.toString();
        const bool known = std::any_of(m_tags.begin(), m_tags.end(), [&](const QJsonObject& t) {
            return t.value(u"locationId").toString() == locationId && t.value(u"name").toString().toLower() == name;
        });
        if (!known)
            m_tags.append(QJsonObject {{u"id"_s, newId()}, {u"name"_s, name}, {u"locationId"_s, locationId}});
    }
}

void HighLevelSimulator::applyContactFields(QJsonObject& contact, const QJsonObject& body, bool replaceTags)
{
    for (const QString& f : stringContactFields()) {
        if (!body.contains(f))
            continue;
        const QJsonValue v = body.value(f);
        if (v.isNull() || (v.isString() && v.toString().isEmpty()))
            contact.remove(f);
        else
            contact.insert(f, f == u"email" ? QJsonValue(v.toString().trimmed()) : v);
    }
    for (const QString& f : {u"dnd"_s, u"dndSettings"_s, u"inboundDndSettings"_s}) {
        if (body.contains(f))
            contact.insert(f, body.value(f));
    }
    if (body.contains(u"tags") && replaceTags) {
        const QJsonArray tags = normalizedTags(body.value(u"tags").toArray());
        contact.insert(u"tags"_s, tags);
        rememberLocationTags(contact.value(u"locationId").toString(), tags);
    }
    if (body.contains(u"customFields")) {
        QJsonArray values = contact.value(u"customFields").toArray();
        const QString locationId = contact.value(u"locationId").toString();
        const QJsonArray writes = body.value(u"customFields").toArray();
        for (const QJsonValue& w : writes) {
            const QJsonObject o = w.toObject();
            QString id = o.value(u"id").toString();
            const QString key = o.value(u"key").toString();
            const QJsonObject* field = nullptr;
            for (const QJsonObject& f : std::as_const(m_customFields)) {
                if (f.value(u"locationId").toString() != locationId && f.contains(u"locationId"))
                    continue;
                const QString fieldKey = f.value(u"fieldKey").toString();
                if ((!id.isEmpty() && f.value(u"id").toString() == id)
                    || (id.isEmpty() && !key.isEmpty() && (fieldKey == key || fieldKey == u"contact." + key))) {
                    field = &f;
                    break;
                }
            }
            if (!field)
                continue; // unknown custom field: ignored
            id = field->value(u"id").toString();
            const QJsonValue value = o.contains(u"field_value") ? o.value(u"field_value") : o.value(u"value");
            qsizetype at = -1;
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (values.at(i).toObject().value(u"id").toString() == id)
                    at = i;
            }
            const bool clear =
                value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
            if (clear) {
                if (at >= 0)
                    values.removeAt(at);
            } else if (at >= 0) {
                values[at] = QJsonObject {{u"id"_s, id}, {u"value"_s, value}};
            } else {
                values.append(QJsonObject {{u"id"_s, id}, {u"value"_s, value}});
            }
        }
        contact.insert(u"customFields"_s, values);
    }
    updateDerivedFields(contact);
}

QString HighLevelSimulator::findDuplicate(const QString& locationId, const QString& email, const QString& phone,
                                          QString* matchingField) const
{
    // Email first, then phone: GHL's default "Allow Duplicate Contact" priority.
    const QString lowerEmail = email.trimmed().toLower();
    const QString digits = hl::digitsOnly(phone);
    QString byPhone;
    for (const QString& id : m_contactOrder) {
        const QJsonObject c = m_contacts.value(id);
        if (c.value(u"locationId").toString() != locationId)
            continue;
        if (!lowerEmail.isEmpty() && c.value(u"emailLowerCase").toString() == lowerEmail) {
            *matchingField = u"email"_s;
            return id;
        }
        if (byPhone.isEmpty() && digits.size() >= 7 && hl::digitsOnly(c.value(u"phone").toString()) == digits)
            byPhone = id;
    }
    if (!byPhone.isEmpty())
        *matchingField = u"phone"_s;
    return byPhone;
}

QJsonObject HighLevelSimulator::newContact(const QString& locationId)
{
    const QString now = nowIso();
    return QJsonObject {{u"id"_s, newId()},    {u"locationId"_s, locationId}, {u"type"_s, u"lead"_s},
                        {u"dnd"_s, false},     {u"tags"_s, QJsonArray()},     {u"customFields"_s, QJsonArray()},
                        {u"dateAdded"_s, now}, {u"dateUpdated"_s, now},       {u"followers"_s, QJsonArray()}};
}

SimReply HighLevelSimulator::createContact(Ctx& ctx)
{
    const QStringList errors = validateContactBody(ctx.body, true);
    if (!errors.isEmpty())
        return error422(errors);
    SimReply reply;
    const QString locationId = ctx.body.value(u"locationId").toString();
    if (!checkLocation(ctx, locationId, &reply))
        return reply;
    if (!locationSettings(locationId).value(u"allowDuplicateContact").toBool()) {
        QString field;
        const QString dupId =
            findDuplicate(locationId, ctx.body.value(u"email").toString(), ctx.body.value(u"phone").toString(), &field);
        if (!dupId.isEmpty()) {
            const QJsonObject dup = m_contacts.value(dupId);
            return SimReply::json(
                400,
                QJsonObject {{u"statusCode"_s, 400},
                             {u"message"_s, u"This location does not allow duplicated contacts."_s},
                             {u"meta"_s,
                              QJsonObject {{u"contactName"_s, dup.value(u"fullNameLowerCase").toString()},
                                           {u"contactId"_s, dupId},
                                           {u"matchingField"_s, field}}}});
        }
    }
    QJsonObject contact = newContact(locationId);
    applyContactFields(contact, ctx.body, true);
    const QString id = contact.value(u"id").toString();
    m_contacts.insert(id, contact);
    m_contactOrder.append(id);
    QJsonObject view = contact;
    view.insert(u"deleted"_s, false);
    return SimReply::json(201, QJsonObject {{u"contact"_s, view}});
}

SimReply HighLevelSimulator::getContact(Ctx& ctx)
{
    SimReply reply;
    const QJsonObject* c = contactFor(ctx, ctx.params.at(0), &reply);
    if (!c)
        return reply;
    return SimReply::json(200, QJsonObject {{u"contact"_s, *c}});
}

SimReply HighLevelSimulator::updateContact(Ctx& ctx)
{
    SimReply reply;
    QJsonObject* c = contactFor(ctx, ctx.params.at(0), &reply);
    if (!c)
        return reply;
    const QStringList errors = validateContactBody(ctx.body, false);
    if (!errors.isEmpty())
        return error422(errors);
    QJsonObject body = ctx.body;
    body.remove(u"locationId"_s); // not part of UpdateContactDto; a contact never moves
    applyContactFields(*c, body, true);
    c->insert(u"dateUpdated"_s, nowIso());
    compact(*c);
    return SimReply::json(200, QJsonObject {{u"succeded"_s, true}, {u"contact"_s, *c}});
}

SimReply HighLevelSimulator::deleteContact(Ctx& ctx)
{
    SimReply reply;
    const QString id = ctx.params.at(0);
    if (!contactFor(ctx, id, &reply))
        return reply;
    m_contacts.remove(id);
    m_contactOrder.removeOne(id);
    m_tasks.removeIf([&id](const QJsonObject& t) { return t.value(u"contactId").toString() == id; });
    m_notes.removeIf([&id](const QJsonObject& n) { return n.value(u"contactId").toString() == id; });
    return SimReply::json(200, QJsonObject {{u"succeded"_s, true}});
}

SimReply HighLevelSimulator::upsertContact(Ctx& ctx)
{
    const QStringList errors = validateContactBody(ctx.body, true);
    if (!errors.isEmpty())
        return error422(errors);
    SimReply reply;
    const QString locationId = ctx.body.value(u"locationId").toString();
    if (!checkLocation(ctx, locationId, &reply))
        return reply;
    const bool allowDuplicates = locationSettings(locationId).value(u"allowDuplicateContact").toBool()
        && ctx.body.value(u"createNewIfDuplicateAllowed").toBool();
    QString field;
    const QString matchId = allowDuplicates
        ? QString()
        : findDuplicate(locationId, ctx.body.value(u"email").toString(), ctx.body.value(u"phone").toString(), &field);
    if (!matchId.isEmpty()) {
        QJsonObject& c = m_contacts[matchId];
        applyContactFields(c, ctx.body, true);
        c.insert(u"dateUpdated"_s, nowIso());
        compact(c);
        return SimReply::json(200, QJsonObject {{u"new"_s, false}, {u"contact"_s, c}});
    }
    QJsonObject contact = newContact(locationId);
    applyContactFields(contact, ctx.body, true);
    const QString id = contact.value(u"id").toString();
    m_contacts.insert(id, contact);
    m_contactOrder.append(id);
    return SimReply::json(200, QJsonObject {{u"new"_s, true}, {u"contact"_s, contact}});
}

SimReply HighLevelSimulator::searchDuplicate(Ctx& ctx)
{
    const QString locationId = ctx.request.query.queryItemValue(u"locationId"_s, QUrl::FullyDecoded);
    if (locationId.isEmpty())
        return error400(u"locationId should not be empty"_s);
    SimReply reply;
    if (!checkLocation(ctx, locationId, &reply))
        return reply;
    QString field;
    const QString matchId = findDuplicate(locationId, ctx.request.query.queryItemValue(u"email"_s, QUrl::FullyDecoded),
                                          ctx.request.query.queryItemValue(u"number"_s, QUrl::FullyDecoded), &field);
    return SimReply::json(
        200,
        QJsonObject {
            {u"contact"_s, matchId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_contacts.value(matchId))}});
}

// ---------------------------------------------------------------------------------------------------------------
// Tasks

QJsonObject HighLevelSimulator::taskView(const QJsonObject& task)
{
    QJsonObject v;
    for (const QString& k :
         {u"id"_s, u"title"_s, u"body"_s, u"assignedTo"_s, u"dueDate"_s, u"completed"_s, u"contactId"_s}) {
        if (task.contains(k) && !task.value(k).isNull())
            v.insert(k, task.value(k));
    }
    return v;
}

qsizetype HighLevelSimulator::taskIndex(const QString& contactId, const QString& taskId) const
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).value(u"id").toString() == taskId
            && m_tasks.at(i).value(u"contactId").toString() == contactId)
            return i;
    }
    return -1;
}

namespace {

QStringList validateTask(const QJsonObject& body, bool create, QJsonObject* normalized)
{
    QStringList errors;
    auto present = [&body](const QString& k) { return body.contains(k) && !body.value(k).isNull(); };
    if (create && (!present(u"title"_s) || body.value(u"title").toString().isEmpty()))
        errors << u"title should not be empty"_s;
    if (present(u"title"_s) && !body.value(u"title").isString())
        errors << u"title must be a string"_s;
    if (present(u"body"_s) && !body.value(u"body").isString())
        errors << u"body must be a string"_s;
    if (present(u"assignedTo"_s) && !body.value(u"assignedTo").isString())
        errors << u"assignedTo must be a string"_s;
    if (create && !present(u"dueDate"_s))
        errors << u"dueDate should not be empty"_s;
    if (present(u"dueDate"_s)) {
        const QDateTime due = QDateTime::fromString(body.value(u"dueDate").toString(), Qt::ISODateWithMs);
        if (!due.isValid())
            errors << u"dueDate must be a valid ISO 8601 date string"_s;
        else
            normalized->insert(u"dueDate"_s, due.toUTC().toString(Qt::ISODateWithMs));
    }
    if (create && !present(u"completed"_s))
        errors << u"completed should not be empty"_s;
    if (present(u"completed"_s) && !body.value(u"completed").isBool())
        errors << u"completed must be a boolean value"_s;
    for (const QString& k : {u"title"_s, u"body"_s, u"assignedTo"_s, u"completed"_s}) {
        if (body.contains(k))
            normalized->insert(k, body.value(k));
    }
    return errors;
}

} // namespace

SimReply HighLevelSimulator::listTasks(Ctx& ctx)
{
    SimReply reply;
    const QString contactId = ctx.params.at(0);
    if (!contactFor(ctx, contactId, &reply))
        return reply;
    QJsonArray tasks;
    for (const QJsonObject& t : std::as_const(m_tasks)) {
        if (t.value(u"contactId").toString() == contactId)
            tasks.append(taskView(t));
    }
    return SimReply::json(200, QJsonObject {{u"tasks"_s, tasks}});
}

SimReply HighLevelSimulator::createTask(Ctx& ctx)
{
    SimReply reply;
    const QString contactId = ctx.params.at(0);
    if (!contactFor(ctx, contactId, &reply))
        return reply;
    QJsonObject task;
    const QStringList errors = validateTask(ctx.body, true, &task);
    if (!errors.isEmpty())
        return error422(errors);
    task.insert(u"id"_s, newId());
    task.insert(u"contactId"_s, contactId);
    task.insert(u"dateAdded"_s, nowIso());
    m_tasks.append(task);
    return SimReply::json(201, QJsonObject {{u"task"_s, taskView(task)}});
}

SimReply HighLevelSimulator::getTask(Ctx& ctx)
{
    SimReply reply;
    if (!contactFor(ctx, ctx.params.at(0), &reply))
        return reply;
    const qsizetype i = taskIndex(ctx.params.at(0), ctx.params.at(1));
    if (i < 0)
        return error400(u"Task not found"_s);
    return SimReply::json(200, QJsonObject {{u"task"_s, taskView(m_tasks.at(i))}});
}

SimReply HighLevelSimulator::updateTask(Ctx& ctx)
{
    SimReply reply;
    if (!contactFor(ctx, ctx.params.at(0), &reply))
        return reply;
    const qsizetype i = taskIndex(ctx.params.at(0), ctx.params.at(1));
    if (i < 0)
        return error400(u"Task not found"_s);
    QJsonObject changes;
    const QStringList errors = validateTask(ctx.body, false, &changes);
    if (!errors.isEmpty())
        return error422(errors);
    QJsonObject& task = m_tasks[i];
    for (auto it = changes.begin(); it != changes.end(); ++it)
        task.insert(it.key(), it.value());
    compact(task);
    return SimReply::json(200, QJsonObject {{u"task"_s, taskView(task)}});
}

SimReply HighLevelSimulator::deleteTask(Ctx& ctx)
{
    SimReply reply;
    if (!contactFor(ctx, ctx.params.at(0), &reply))
        return reply;
    const qsizetype i = taskIndex(ctx.params.at(0), ctx.params.at(1));
    if (i < 0)
        return error400(u"Task not found"_s);
    m_tasks.removeAt(i);
    return SimReply::json(200, QJsonObject {{u"succeded"_s, true}});
}

SimReply HighLevelSimulator::completeTask(Ctx& ctx)
{
    SimReply reply;
    if (!contactFor(ctx, ctx.params.at(0), &reply))
        return reply;
    const qsizetype i = taskIndex(ctx.params.at(0), ctx.params.at(1));
    if (i < 0)
        return error400(u"Task not found"_s);
    if (!ctx.body.value(u"completed").isBool())
        return error422({u"completed must be a boolean value"_s});
    m_tasks[i].insert(u"completed"_s, ctx.body.value(u"completed"));
    compact(m_tasks[i]);
    return SimReply::json(200, QJsonObject {{u"task"_s, taskView(m_tasks.at(i))}});
}

SimReply HighLevelSimulator::searchLocationTasks(Ctx& ctx)
{
    SimReply reply;
    if (!checkLocation(ctx, ctx.params.at(0), &reply))
        return reply;
    const QJsonObject& b = ctx.body;
    const QStringList contactIds = stringList(b.value(u"contactId").toArray());
    const QStringList assignedTo = stringList(b.value(u"assignedTo").toArray());
    const QString query = b.value(u"query").toString().toLower();
    const int skip = b.value(u"skip").toInt(0);
    const int limit = b.value(u"limit").toInt(100);
    if (skip < 0 || limit < 1)
        return error422({u"skip and limit must be positive numbers"_s});
    QJsonArray tasks;
    int seen = 0;
    for (const QJsonObject& t : std::as_const(m_tasks)) {
        const QString contactId = t.value(u"contactId").toString();
        if (m_contacts.value(contactId).value(u"locationId").toString() != ctx.locationId)
            continue;
        if (!contactIds.isEmpty() && !contactIds.contains(contactId))
            continue;
        if (!assignedTo.isEmpty() && !assignedTo.contains(t.value(u"assignedTo").toString()))
            continue;
        if (b.value(u"completed").isBool() && t.value(u"completed").toBool() != b.value(u"completed").toBool())
            continue;
        if (!query.isEmpty() && !t.value(u"title").toString().toLower().contains(query)
            && !t.value(u"body").toString().toLower().contains(query))
            continue;
        if (seen++ < skip)
            continue;
        if (tasks.size() >= limit)
            break;
        tasks.append(taskView(t));
    }
    return SimReply::json(200, QJsonObject {{u"tasks"_s, tasks}});
}

// ---------------------------------------------------------------------------------------------------------------
// Notes

QJsonObject HighLevelSimulator::noteView(const QJsonObject& note)
{
    QJsonObject v;
    for (const QString& k :
         {u"id"_s, u"body"_s, u"userId"_s, u"dateAdded"_s, u"contactId"_s, u"title"_s, u"color"_s, u"pinned"_s}) {
        if (note.contains(k) && !note.value(k).isNull())
            v.insert(k, note.value(k));
    }
    return v;
}

qsizetype HighLevelSimulator::noteIndex(const QString& contactId, const QString& noteId) const
{
    for (qsizetype i = 0; i < m_notes.size(); ++i) {
        if (m_notes.at(i).value(u"id").toString() == noteId
            && m_notes.at(i).value(u"contactId").toString() == contactId)
            return i;
    }
    return -1;
}

namespace {

QStringList validateNote(const QJsonObject& body, bool create, QJsonObject* normalized)
{
    QStringList errors;
    if (create && body.value(u"body").toString().isEmpty())
        errors << u"body should not be empty"_s;
    for (const QString& k : {u"body"_s, u"userId"_s, u"title"_s, u"color"_s}) {
        if (body.contains(k) && !body.value(k).isNull() && !body.value(k).isString())
            errors << k + u" must be a string"_s;
        else if (body.contains(k))
            normalized->insert(k, body.value(k));
    }
    if (body.contains(u"pinned")) {
        if (!body.value(u"pinned").isBool())
            errors << u"pinned must be a boolean value"_s;
        else
            normalized->insert(u"pinned"_s, body.value(u"pinned"));
    }
    return errors;
}

} // namespace

SimReply HighLevelSimulator::listNotes(Ctx& ctx)
{
    SimReply reply;
    const QString contactId = ctx.params.at(0);
    if (!contactFor(ctx, contactId, &reply))
        return reply;
    QList<QJsonObject> notes;
    for (const QJsonObject& n : std::as_const(m_notes)) {
        if (n.value(u"contactId").toString() == contactId)
            notes.append(n);
    }
    // Newest first, as GHL lists them.
    std::stable_sort(notes.begin(), notes.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return hl::toEpochMs(a.value(u"dateAdded")) > hl::toEpochMs(b.value(u"dateAdded"));
    });
    QJsonArray out;
    for (const QJsonObject& n : std::as_const(notes))
        out.append(noteView(n));
    return SimReply::json(200, QJsonObject {{u"notes"_s, out}});
}

SimReply HighLevelSimulator::createNote(Ctx& ctx)
{
    SimReply reply;
    const QString contactId = ctx.params.at(0);
    if (!contactFor(ctx, contactId, &reply))
        return reply;
    QJsonObject note;
    const QStringList errors = validateNote(ctx.body, true, &note);
    if (!errors.isEmpty())
        return error422(errors);
    note.insert(u"id"_s, newId());
    note.insert(u"contactId"_s, contactId);
    note.insert(u"dateAdded"_s, nowIso());
    m_notes.append(note);
    return SimReply::json(201, QJsonObject {{u"note"_s, noteView(note)}});
}

SimReply HighLevelSimulator::getNote(Ctx& ctx)
{
    SimReply reply;
    if (!contactFor(ctx, ctx.params.at(0), &reply))
        return reply;
    const qsizetype i = noteIndex(ctx.params.at(0), ctx.params.at(1));
    if (i < 0)
        return error400(u"Note not found"_s);
    return SimReply::json(200, QJsonObject {{u"note"_s, noteView(m_notes.at(i))}});
}

SimReply HighLevelSimulator::updateNote(Ctx& ctx)
{
    SimReply reply;
    if (!contactFor(ctx, ctx.params.at(0), &reply))
        return reply;
    const qsizetype i = noteIndex(ctx.params.at(0), ctx.params.at(1));
    if (i < 0)
        return error400(u"Note not found"_s);
    QJsonObject changes;
    const QStringList errors = validateNote(ctx.body, false, &changes);
    if (!errors.isEmpty())
        return error422(errors);
    for (auto it = changes.begin(); it != changes.end(); ++it)
        m_notes[i].insert(it.key(), it.value());
    compact(m_notes[i]);
    return SimReply::json(200, QJsonObject {{u"note"_s, noteView(m_notes.at(i))}});
}

SimReply HighLevelSimulator::deleteNote(Ctx& ctx)
{
    SimReply reply;
    if (!contactFor(ctx, ctx.params.at(0), &reply))
        return reply;
    const qsizetype i = noteIndex(ctx.params.at(0), ctx.params.at(1));
    if (i < 0)
        return error400(u"Note not found"_s);
    m_notes.removeAt(i);
    return SimReply::json(200, QJsonObject {{u"succeded"_s, true}});
}

// ---------------------------------------------------------------------------------------------------------------
// Tags, followers, appointments

namespace {

QStringList validateStringArray(const QJsonObject& body, const QString& key)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return {key + u" should not be empty"_s, key + u" must be an array"_s};
    if (!v.isArray())
        return {key + u" must be an array"_s};
    const QJsonArray a = v.toArray();
    if (std::any_of(a.begin(), a.end(), [](const QJsonValue& x) { return !x.isString(); }))
        return {u"each value in "_s + key + u" must be a string"_s};
    return {};
}

} // namespace

SimReply HighLevelSimulator::addTags(Ctx& ctx)
{
    SimReply reply;
    QJsonObject* c = contactFor(ctx, ctx.params.at(0), &reply);
    if (!c)
        return reply;
    const QStringList errors = validateStringArray(ctx.body, u"tags"_s);
    if (!errors.isEmpty())
        return error422(errors);
    QJsonArray tags = c->value(u"tags").toArray();
    for (const QJsonValue& t : normalizedTags(ctx.body.value(u"tags").toArray())) {
        if (!tags.contains(t))
            tags.append(t);
    }
    c->insert(u"tags"_s, tags);
    c->insert(u"dateUpdated"_s, nowIso());
    compact(*c);
    rememberLocationTags(c->value(u"locationId").toString(), tags);
    return SimReply::json(201, QJsonObject {{u"tags"_s, tags}});
}

SimReply HighLevelSimulator::removeTags(Ctx& ctx)
{
    SimReply reply;
    QJsonObject* c = contactFor(ctx, ctx.params.at(0), &reply);
    if (!c)
        return reply;
    const QStringList errors = validateStringArray(ctx.body, u"tags"_s);
    if (!errors.isEmpty())
        return error422(errors);
    const QJsonArray remove = normalizedTags(ctx.body.value(u"tags").toArray());
    QJsonArray tags;
    for (const QJsonValue& t : c->value(u"tags").toArray()) {
        if (!remove.contains(t))
            tags.append(t);
    }
    c->insert(u"tags"_s, tags);
    c->insert(u"dateUpdated"_s, nowIso());
    compact(*c);
    return SimReply::json(200, QJsonObject {{u"tags"_s, tags}});
}

SimReply HighLevelSimulator::bulkTags(Ctx& ctx)
{
    const QString type = ctx.params.at(0);
    QStringList errors;
    if (type != u"add" && type != u"remove")
        errors << u"type must be one of the following values: add, remove"_s;
    errors << validateStringArray(ctx.body, u"contacts"_s) << validateStringArray(ctx.body, u"tags"_s);
    if (!ctx.body.value(u"locationId").isString() || ctx.body.value(u"locationId").toString().isEmpty())
        errors << u"locationId should not be empty"_s;
    const QJsonValue removeAll = ctx.body.value(u"removeAllTags");
    if (!removeAll.isUndefined() && !removeAll.isBool())
        errors << u"removeAllTags must be a boolean value"_s;
    if (removeAll.toBool() && type != u"remove")
        errors << u"removeAllTags can only be used with remove type"_s;
    if (!errors.isEmpty())
        return error422(errors);
    SimReply reply;
    if (!checkLocation(ctx, ctx.body.value(u"locationId").toString(), &reply))
        return reply;
    const QJsonArray change = normalizedTags(ctx.body.value(u"tags").toArray());
    QJsonArray responses;
    int errorCount = 0;
    const QString now = nowIso();
    for (const QJsonValue& idValue : ctx.body.value(u"contacts").toArray()) {
        const QString id = idValue.toString();
        auto it = m_contacts.find(id);
        if (it == m_contacts.end() || it->value(u"locationId").toString() != ctx.locationId) {
            ++errorCount;
            responses.append(
                QJsonObject {{u"contactId"_s, id}, {u"message"_s, u"Contact not found"_s}, {u"type"_s, u"error"_s}});
            continue;
        }
        const QJsonArray oldTags = it->value(u"tags").toArray();
        QJsonArray tags;
        QJsonArray added;
        QJsonArray removed;
        if (type == u"add") {
            tags = oldTags;
            for (const QJsonValue& t : change) {
                if (!tags.contains(t)) {
                    tags.append(t);
                    added.append(t);
                }
            }
            rememberLocationTags(ctx.locationId, added);
        } else {
            for (const QJsonValue& t : oldTags) {
                if (removeAll.toBool() || change.contains(t))
                    removed.append(t);
                else
                    tags.append(t);
            }
        }
        it->insert(u"tags"_s, tags);
        it->insert(u"dateUpdated"_s, now);
        compact(*it);
        responses.append(QJsonObject {{u"contactId"_s, id},
                                      {u"message"_s, u"Tags updated"_s},
                                      {u"type"_s, u"success"_s},
                                      {u"oldTags"_s, oldTags},
                                      {u"tagsAdded"_s, added},
                                      {u"tagsRemoved"_s, removed}});
    }
    return SimReply::json(
        201,
        QJsonObject {{u"succeded"_s, errorCount == 0}, {u"errorCount"_s, errorCount}, {u"responses"_s, responses}});
}

SimReply HighLevelSimulator::addFollowers(Ctx& ctx)
{
    SimReply reply;
    QJsonObject* c = contactFor(ctx, ctx.params.at(0), &reply);
    if (!c)
        return reply;
    const QStringList errors = validateStringArray(ctx.body, u"followers"_s);
    if (!errors.isEmpty())
        return error422(errors);
    QJsonArray followers = c->value(u"followers").toArray();
    QJsonArray added;
    for (const QJsonValue& f : ctx.body.value(u"followers").toArray()) {
        if (!followers.contains(f)) {
            followers.append(f);
            added.append(f);
        }
    }
    c->insert(u"followers"_s, followers);
    compact(*c);
    return SimReply::json(201, QJsonObject {{u"followers"_s, followers}, {u"followersAdded"_s, added}});
}

SimReply HighLevelSimulator::removeFollowers(Ctx& ctx)
{
    SimReply reply;
    QJsonObject* c = contactFor(ctx, ctx.params.at(0), &reply);
    if (!c)
        return reply;
    const QStringList errors = validateStringArray(ctx.body, u"followers"_s);
    if (!errors.isEmpty())
        return error422(errors);
    const QJsonArray remove = ctx.body.value(u"followers").toArray();
    QJsonArray followers;
    QJsonArray removed;
    for (const QJsonValue& f : c->value(u"followers").toArray()) {
        if (remove.contains(f))
            removed.append(f);
        else
            followers.append(f);
    }
    c->insert(u"followers"_s, followers);
    compact(*c);
    return SimReply::json(200, QJsonObject {{u"followers"_s, followers}, {u"followersRemoved"_s, removed}});
}

SimReply HighLevelSimulator::listAppointments(Ctx& ctx)
{
    SimReply reply;
    const QString contactId = ctx.params.at(0);
    if (!contactFor(ctx, contactId, &reply))
        return reply;
    QJsonArray events;
    for (const QJsonObject& a : std::as_const(m_appointments)) {
        if (a.value(u"contactId").toString() == contactId)
            events.append(a);
    }
    return SimReply::json(200, QJsonObject {{u"events"_s, events}});
}

// ---------------------------------------------------------------------------------------------------------------
// Locations

SimReply HighLevelSimulator::getLocation(Ctx& ctx)
{
    SimReply reply;
    if (!checkLocation(ctx, ctx.params.at(0), &reply))
        return reply;
    for (const QJsonObject& l : std::as_const(m_locations)) {
        if (l.value(u"id").toString() == ctx.locationId) {
            QJsonObject view = withoutKey(l, u"token"_s);
            QJsonObject settings = view.value(u"settings").toObject();
            if (!settings.contains(u"allowDuplicateContact"))
                settings.insert(u"allowDuplicateContact"_s, false);
            view.insert(u"settings"_s, settings);
            return SimReply::json(200, QJsonObject {{u"location"_s, view}});
        }
    }
    return forbidden();
}

SimReply HighLevelSimulator::listCustomFields(Ctx& ctx)
{
    SimReply reply;
    if (!checkLocation(ctx, ctx.params.at(0), &reply))
        return reply;
    const QString model = ctx.request.query.queryItemValue(u"model"_s);
    if (!model.isEmpty() && model != u"contact" && model != u"opportunity" && model != u"all")
        return error422({u"model must be one of the following values: contact, opportunity, all"_s});
    QJsonArray fields;
    for (const QJsonObject& f : std::as_const(m_customFields)) {
        if (f.contains(u"locationId") && f.value(u"locationId").toString() != ctx.locationId)
            continue;
        const QString fieldModel = f.value(u"model").toString(u"contact"_s);
        if (!model.isEmpty() && model != u"all" && fieldModel != model)
            continue;
        fields.append(f);
    }
    return SimReply::json(200, QJsonObject {{u"customFields"_s, fields}});
}

SimReply HighLevelSimulator::listLocationTags(Ctx& ctx)
{
    SimReply reply;
    if (!checkLocation(ctx, ctx.params.at(0), &reply))
        return reply;
    QJsonArray tags;
    for (const QJsonObject& t : std::as_const(m_tags)) {
        if (t.value(u"locationId").toString() == ctx.locationId)
            tags.append(t);
    }
    return SimReply::json(200, QJsonObject {{u"tags"_s, tags}});
}

} // namespace fb::sandbox
