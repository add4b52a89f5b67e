#include "badger/BadgerSimulator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fb::sandbox {

namespace {

constexpr int kCustomSlots = 30;

QString textKey(int n)
{
    return n == 1 ? u"custom_text"_s : u"custom_text"_s + QString::number(n);
}
QString numericKey(int n)
{
    return n == 1 ? u"custom_numeric"_s : u"custom_numeric"_s + QString::number(n);
}

// The team used when no seed is loaded: the shape of tests/contracts/badger/samples/profile.json.
QJsonObject builtinProfile()
{
    static const QJsonObject profile = QJsonDocument::fromJson(QByteArray(R"json({
  "id": 5021, "first_name": "Avery", "last_name": "Sample", "email": "avery.sample@example.com",
  "company": {"id": 7788, "short_name": "sandbox demo", "name": "Sandbox Demo Co"},
  "completed": true, "trial_days_left": 0, "has_data": true, "default_appt_length": 30,
  "is_manager": false, "manager": null, "crm_type": "", "crm_base_url": "",
  "crm_editable_fields_list": [], "crm_creatable_fields_list": [],
  "map_start": "POINT (-96.6573846999999944 39.4662621000000016)", "map_start_zoom": 5, "marker_icon": "ic_default",
  "is_user_can_edit": true, "is_user_can_delete_checkins": true, "is_user_can_add_new_text_values": true,
  "is_hide_referral_ios_banner": false, "referral_url": "https://sidekick.badgermapping.com/r/example/",
  "apptlog_fields": [
    {"name": "log_type", "label": "Log Type", "type": "PicklistType",
     "options": [{"value": 1, "label": "Meeting"}, {"value": 2, "label": "Phone Call"}]},
    {"name": "meeting_notes", "label": "Meeting Notes", "type": "StringType", "options": null}],
  "acctlog_fields": [],
  "datafields": [
    {"name": "ct", "label": "Status", "type": "text", "filterable": true, "position": 0, "has_data": true,
     "is_user_can_add_new_text_values": true,
     "values": [{"text": "Active", "value": "Active"}, {"text": "Prospect", "value": "Prospect"}]},
    {"name": "cn", "label": "Annual Revenue", "type": "numeric", "filterable": true, "position": 1, "has_data": true,
     "is_user_can_add_new_text_values": false, "min": 0.0, "max": 500000.0, "rawmin": 0.0, "rawmax": 500000.0}]
})json"))
                                           .object();
    return profile;
}

QJsonObject detail(const QString& message)
{
    return QJsonObject {{u"detail"_s, message}};
}

SimReply notFound()
{
    return SimReply::json(404, detail(u"Not found."_s));
}

// Django's production 404 for a URL no route matches (HTML, not DRF JSON).
SimReply djangoNotFound(const QString& fullPath)
{
    SimReply r;
    r.status = 404;
    r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/html; charset=utf-8"));
    r.body =
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1>"
        "<p>The requested resource <code>"
        + fullPath.toHtmlEscaped().toUtf8() + "</code> was not found on this server.</p>\n</body>\n</html>\n";
    return r;
}

SimReply fieldErrors(const QJsonObject& errors)
{
    return SimReply::json(400, errors);
}

SimReply forbidden()
{
    return SimReply::json(403, detail(u"You do not have permission to perform this action."_s));
}

QJsonArray messageList(const QString& message)
{
    return QJsonArray {message};
}

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<qint64> parseInteger(const QString& text)
{
    static const QRegularExpression digits(u"^\\s*[-+]?\\d+\\s*$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

quint64 fnv1a(const QByteArray& data)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : data) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

// DRF's related fields turn "" into null before validating it.
QString pkTypeError(const QString& raw)
{
    return raw.trimmed().isEmpty() ? u"This field may not be null."_s
                                   : u"Incorrect type. Expected pk value, received str."_s;
}

qint64 idOf(const QJsonObject& o)
{
    return o.value(u"id"_s).toInteger();
}

// Django's QueryDict: '+' in a query string is a space, %XX is UTF-8 (QUrlQuery keeps '+' as a plus).
QString queryValue(const QUrlQuery& query, const QString& key)
{
    QString raw = query.queryItemValue(key, QUrl::FullyEncoded);
    raw.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

} // namespace

// A parsed request body: keys in order, QueryDict semantics (the last value of a repeated key wins).
struct BadgerSimulator::Form
{
    QList<QPair<QString, QString>> items;

    bool has(const QString& key) const
    {
        return std::any_of(items.cbegin(), items.cend(), [&](const auto& kv) { return kv.first == key; });
    }
    QString value(const QString& key) const
    {
        for (auto it = items.crbegin(); it != items.crend(); ++it) {
            if (it->first == key)
                return it->second;
        }
        return {};
    }
};

struct BadgerSimulator::Context
{
    const SimRequest& request;
    qint64 userId = 0;
    Form form;
};

BadgerSimulator::BadgerSimulator(SimClock& clock)
    : m_clock(clock)
{
    reset();
}

BadgerSimulator::~BadgerSimulator() = default;

// ---------------------------------------------------------------------------------------------------------------
// Options

QJsonObject BadgerSimulator::defaultOptions()
{
    const Options o;
    return QJsonObject {
        {u"dailyQuota"_s, o.dailyQuota},
        {u"searchUsersReturnsList"_s, o.searchUsersReturnsList},
        {u"accountOwnerOptional"_s, o.accountOwnerOptional},
        {u"listAllCheckins"_s, o.listAllCheckins},
        {u"acceptJsonBodies"_s, o.acceptJsonBodies},
        {u"accountTimestamps"_s, o.accountTimestamps},
        {u"accountOwnerInResponses"_s, o.accountOwnerInResponses},
        {u"missingTrailingSlash"_s, o.redirectMissingSlash ? u"redirect"_s : u"404"_s},
        {u"rawAddressWhenLatLngGiven"_s, o.rawAddressWhenLatLngGiven},
    };
}

QJsonObject BadgerSimulator::options() const
{
    return QJsonObject {
        {u"dailyQuota"_s, m_options.dailyQuota},
        {u"searchUsersReturnsList"_s, m_options.searchUsersReturnsList},
        {u"accountOwnerOptional"_s, m_options.accountOwnerOptional},
        {u"listAllCheckins"_s, m_options.listAllCheckins},
        {u"acceptJsonBodies"_s, m_options.acceptJsonBodies},
        {u"accountTimestamps"_s, m_options.accountTimestamps},
        {u"accountOwnerInResponses"_s, m_options.accountOwnerInResponses},
        {u"missingTrailingSlash"_s, m_options.redirectMissingSlash ? u"redirect"_s : u"404"_s},
        {u"rawAddressWhenLatLngGiven"_s, m_options.rawAddressWhenLatLngGiven},
    };
}

QStringList BadgerSimulator::setOptions(const QJsonObject& options)
{
    QStringList problems;
    const std::pair<QString, bool Options::*> flags[] = {
        {u"searchUsersReturnsList"_s, &Options::searchUsersReturnsList},
        {u"accountOwnerOptional"_s, &Options::accountOwnerOptional},
        {u"listAllCheckins"_s, &Options::listAllCheckins},
        {u"acceptJsonBodies"_s, &Options::acceptJsonBodies},
        {u"accountTimestamps"_s, &Options::accountTimestamps},
        {u"accountOwnerInResponses"_s, &Options::accountOwnerInResponses},
        {u"rawAddressWhenLatLngGiven"_s, &Options::rawAddressWhenLatLngGiven},
    };
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key == u"dailyQuota") {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != std::floor(v.toDouble()))
                problems << u"dailyQuota: expected a non-negative integer"_s;
            else
                m_options.dailyQuota = v.toInt();
            continue;
        }
        if (key == u"missingTrailingSlash") {
            if (v.toString() == u"redirect")
                m_options.redirectMissingSlash = true;
            else if (v.toString() == u"404")
                m_options.redirectMissingSlash = false;
            else
                problems << u"missingTrailingSlash: expected \"redirect\" or \"404\""_s;
            continue;
        }
        const auto flag =
            std::find_if(std::begin(flags), std::end(flags), [&](const auto& f) { return f.first == key; });
        if (flag == std::end(flags)) {
            problems << (key + u": unknown option"_s);
        } else if (!v.isBool()) {
            problems << (key + u": expected true or false"_s);
        } else {
            m_options.*(flag->second) = v.toBool();
        }
    }
    return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// State

void BadgerSimulator::reset()
{
    m_options = Options {};
    m_apiKeys = {};
    m_tokens.clear();
    m_users.clear();
    m_profile = builtinProfile();
    m_accounts.clear();
    m_locationAccount.clear();
    m_checkins.clear();
    m_checkinsByAccount.clear();
    m_routes.clear();
    m_nextAccountId = 40000001;
    m_nextLocationId = 55500001;
    m_nextCheckinId = 880001;
    m_quotaDate = m_clock.now().date();
    m_quotaUsed = 0;
    const qint64 uid = idOf(m_profile);
    m_users[uid] = QJsonObject {{u"id"_s, uid},
                                {u"username"_s, u"asample"_s},
                                {u"password"_s, QString()},
                                {u"first_name"_s, m_profile.value(u"first_name"_s)},
                                {u"last_name"_s, m_profile.value(u"last_name"_s)},
                                {u"email"_s, m_profile.value(u"email"_s)},
                                {u"is_manager"_s, false},
                                {u"manager"_s, QJsonValue::Null},
                                {u"status"_s, u"active"_s}};
}

void BadgerSimulator::loadSeed(const QJsonObject& section)
{
    reset();
    setOptions(section.value(u"options"_s).toObject());
    if (section.contains(u"profile"_s))
        m_profile = section.value(u"profile"_s).toObject();

    const QJsonArray users = section.value(u"users"_s).toArray();
    if (!users.isEmpty()) {
        m_users.clear();
        for (const QJsonValue& v : users) {
            QJsonObject u = v.toObject();
            if (!u.contains(u"status"_s))
                u.insert(u"status"_s, u"active"_s);
            if (!u.contains(u"manager"_s))
                u.insert(u"manager"_s, QJsonValue::Null);
            if (!u.contains(u"is_manager"_s))
                u.insert(u"is_manager"_s, false);
            m_users[idOf(u)] = u;
        }
    } else if (section.contains(u"profile"_s)) {
        // A seed without users: the profile's own user is the whole team.
        m_users.clear();
        const qint64 uid = idOf(m_profile);
        m_users[uid] = QJsonObject {{u"id"_s, uid},
                                    {u"username"_s, m_profile.value(u"email"_s).toString()},
                                    {u"password"_s, QString()},
                                    {u"first_name"_s, m_profile.value(u"first_name"_s)},
                                    {u"last_name"_s, m_profile.value(u"last_name"_s)},
                                    {u"email"_s, m_profile.value(u"email"_s)},
                                    {u"is_manager"_s, m_profile.value(u"is_manager"_s).toBool()},
                                    {u"manager"_s, QJsonValue::Null},
                                    {u"status"_s, u"active"_s}};
    }

    m_apiKeys = section.value(u"apiKeys"_s).toArray();
    for (const QJsonValue& v : std::as_const(m_apiKeys))
        m_tokens.insert(v[u"key"_s].toString(), v[u"user_id"_s].toInteger());

    qint64 maxAccount = 0;
    qint64 maxLocation = 0;
    qint64 maxCheckin = 0;
    const QJsonArray accounts = section.value(u"accounts"_s).toArray();
    for (const QJsonValue& v : accounts) {
        QJsonObject a = v.toObject();
        normaliseAccount(a);
        maxAccount = std::max(maxAccount, idOf(a));
        for (const QJsonValue& loc : a.value(u"locations"_s).toArray())
            maxLocation = std::max(maxLocation, idOf(loc.toObject()));
        m_accounts[idOf(a)] = a;
    }
    reindexLocations();

    const QJsonArray checkins = section.value(u"checkins"_s).toArray();
    for (const QJsonValue& v : checkins) {
        QJsonObject c = v.toObject();
        for (const QString& key : {u"crm_id"_s, u"extra_fields"_s}) {
            if (!c.contains(key))
                c.insert(key, QJsonValue::Null);
        }
        if (!c.contains(u"comments"_s))
            c.insert(u"comments"_s, QString());
        if (!c.contains(u"type"_s))
            c.insert(u"type"_s, u"Check-in"_s);
        if (!c.contains(u"created_by"_s))
            c.insert(u"created_by"_s, displayName(defaultUserId()));
        maxCheckin = std::max(maxCheckin, idOf(c));
        if (m_checkins.count(idOf(c)) == 0) // a repeated id in a seed: the last one wins, indexed once
            m_checkinsByAccount[c.value(u"customer"_s).toInteger()].append(idOf(c));
        m_checkins[idOf(c)] = c;
    }

    const QJsonArray routes = section.value(u"routes"_s).toArray();
    for (const QJsonValue& v : routes)
        m_routes[idOf(v.toObject())] = v.toObject();

    const QJsonObject next = section.value(u"nextIds"_s).toObject();
    m_nextAccountId = std::max({m_nextAccountId, maxAccount + 1, next.value(u"account"_s).toInteger()});
    m_nextLocationId = std::max({m_nextLocationId, maxLocation + 1, next.value(u"location"_s).toInteger()});
    m_nextCheckinId = std::max({m_nextCheckinId, maxCheckin + 1, next.value(u"checkin"_s).toInteger()});

    const QJsonObject quota = section.value(u"quota"_s).toObject();
    const QDate quotaDate = QDate::fromString(quota.value(u"date"_s).toString(), Qt::ISODate);
    if (quotaDate.isValid() && quotaDate == m_clock.now().date()) {
        m_quotaDate = quotaDate;
        m_quotaUsed = quota.value(u"used"_s).toInt();
    }
}

QJsonObject BadgerSimulator::dump() const
{
    QJsonArray users;
    for (const auto& [id, u] : m_users)
        users.append(u);
    QJsonArray accounts;
    for (const auto& [id, a] : m_accounts)
        accounts.append(a);
    QJsonArray checkins;
    for (const auto& [id, c] : m_checkins)
        checkins.append(c);
    QJsonArray routes;
    for (const auto& [id, r] : m_routes)
        routes.append(r);
    return QJsonObject {
        {u"apiKeys"_s, m_apiKeys},
        {u"users"_s, users},
        {u"profile"_s, m_profile},
        {u"accounts"_s, accounts},
        {u"checkins"_s, checkins},
        {u"routes"_s, routes},
        {u"options"_s, options()},
        {u"nextIds"_s,
         QJsonObject {
             {u"account"_s, m_nextAccountId}, {u"location"_s, m_nextLocationId}, {u"checkin"_s, m_nextCheckinId}}},
        {u"quota"_s, QJsonObject {{u"date"_s, m_quotaDate.toString(Qt::ISODate)}, {u"used"_s, m_quotaUsed}}},
    };
}

int BadgerSimulator::quotaUsedToday() const
{
    return m_quotaDate == m_clock.now().date() ? m_quotaUsed : 0;
}

void BadgerSimulator::normaliseAccount(QJsonObject& a) const
{
    for (const QString& key : {u"first_name"_s, u"phone_number"_s, u"email"_s, u"customer_id"_s, u"notes"_s,
                               u"original_address"_s, u"crm_id"_s}) {
        if (!a.contains(key))
            a.insert(key, QJsonValue::Null);
    }
    if (!a.contains(u"last_name"_s))
        a.insert(u"last_name"_s, QString());
    for (int n = 1; n <= kCustomSlots; ++n) {
        if (!a.contains(textKey(n)))
            a.insert(textKey(n), QJsonValue::Null);
        if (!a.contains(numericKey(n)))
            a.insert(numericKey(n), QJsonValue::Null);
    }
    if (!a.value(u"locations"_s).isArray())
        a.insert(u"locations"_s, QJsonArray());
    if (!a.contains(u"account_owner"_s) || a.value(u"account_owner"_s).isNull())
        a.insert(u"account_owner"_s, defaultUserId());
    const QString now = timestamp();
    for (const QString& key : {u"created_at"_s, u"updated_at"_s, u"last_modified_date"_s}) {
        if (!a.contains(key))
            a.insert(key, a.value(u"updated_at"_s).isString() ? a.value(u"updated_at"_s).toString() : now);
    }
    const QString first = a.value(u"first_name"_s).toString();
    const QString last = a.value(u"last_name"_s).toString();
    a.insert(u"full_name"_s, first.isEmpty() ? last : QString(first + u' ' + last));
}

void BadgerSimulator::reindexLocations()
{
    m_locationAccount.clear();
    for (const auto& [id, a] : m_accounts) {
        for (const QJsonValue& loc : a.value(u"locations"_s).toArray())
            m_locationAccount.insert(idOf(loc.toObject()), id);
    }
}

qint64 BadgerSimulator::defaultUserId() const
{
    if (m_profile.contains(u"id"_s))
        return idOf(m_profile);
    return m_users.empty() ? 1 : m_users.begin()->first;
}

QString BadgerSimulator::displayName(qint64 userId) const
{
    const auto it = m_users.find(userId);
    if (it == m_users.end())
        return QString();
    const QString name =
        QString(it->second.value(u"first_name"_s).toString() + u' ' + it->second.value(u"last_name"_s).toString())
            .trimmed();
    return name.isEmpty() ? it->second.value(u"username"_s).toString() : name;
}

QString BadgerSimulator::timestamp() const
{
    return m_clock.now().toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"000Z"_s;
}

bool BadgerSimulator::canSeeOwner(qint64 userId, qint64 ownerId) const
{
    if (userId == ownerId)
        return true;
    const auto me = m_users.find(userId);
    const auto owner = m_users.find(ownerId);
    return me != m_users.end() && owner != m_users.end() && me->second.value(u"is_manager"_s).toBool()
        && owner->second.value(u"manager"_s).toInteger() == userId;
}

bool BadgerSimulator::accountVisible(qint64 userId, const QJsonObject& account) const
{
    return canSeeOwner(userId, account.value(u"account_owner"_s).toInteger());
}

QJsonObject BadgerSimulator::accountResponse(const QJsonObject& account) const
{
    QJsonObject r = account;
    if (!m_options.accountOwnerInResponses)
        r.remove(u"account_owner"_s);
    if (!m_options.accountTimestamps) {
        r.remove(u"created_at"_s);
        r.remove(u"updated_at"_s);
        r.remove(u"last_modified_date"_s);
    }
    return r;
}

QJsonObject BadgerSimulator::profileFor(qint64 userId) const
{
    QJsonObject p = m_profile;
    const auto it = m_users.find(userId);
    if (it != m_users.end()) {
        const QJsonObject& u = it->second;
        p.insert(u"id"_s, userId);
        p.insert(u"first_name"_s, u.value(u"first_name"_s));
        p.insert(u"last_name"_s, u.value(u"last_name"_s));
        p.insert(u"email"_s, u.value(u"email"_s));
        p.insert(u"is_manager"_s, u.value(u"is_manager"_s).toBool());
        p.insert(u"manager"_s, u.value(u"manager"_s));
    }
    return p;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers exposed for the generator and tests

QString BadgerSimulator::accountKeyForDatafield(const QString& datafieldName)
{
    static const QRegularExpression code(u"^(ct|cn)([0-9]*)$"_s);
    const auto m = code.match(datafieldName);
    if (!m.hasMatch())
        return QString();
    const int n = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    if (n < 1 || n > kCustomSlots || m.captured(2).startsWith(u'0') || m.captured(2) == u"1")
        return QString();
    return m.captured(1) == u"ct" ? textKey(n) : numericKey(n);
}

QString BadgerSimulator::wktPoint(double lat, double lng)
{
    return QString::asprintf("POINT (%.16f %.16f)", lng, lat);
}

QJsonObject BadgerSimulator::geocode(const QString& address)
{
    static const QRegularExpression zipPattern(u"^\\d{5}(-\\d{4})?$"_s);
    static const QRegularExpression stateZip(u"^([A-Za-z]{2})\\s+(\\d{5}(-\\d{4})?)$"_s);
    static const QStringList countries = {u"united states"_s, u"usa"_s, u"us"_s, u"united states of america"_s};

    QStringList parts;
    for (const QString& p : address.split(u',')) {
        if (!p.trimmed().isEmpty())
            parts << p.simplified();
    }
    if (!parts.isEmpty() && countries.contains(parts.last().toLower()))
        parts.removeLast();
    QString zip;
    if (!parts.isEmpty() && zipPattern.match(parts.last()).hasMatch())
        zip = parts.takeLast();
    QString state;
    if (parts.size() >= 3) {
        const auto m = stateZip.match(parts.last());
        if (m.hasMatch()) {
            state = m.captured(1).toUpper();
            zip = m.captured(2);
            parts.removeLast();
        } else {
            state = parts.takeLast();
        }
    }
    QString city;
    if (parts.size() >= 2)
        city = parts.takeLast();
    const QString line1 = parts.join(u", "_s);

    // Same address, same answer: the hash of the normalised text picks a point in the continental US.
    const quint64 h = fnv1a(address.simplified().toLower().toUtf8());
    const double lat = std::round((25.0 + static_cast<double>(h % 2400000ULL) / 100000.0) * 1e6) / 1e6;
    const double lng = std::round((-124.0 + static_cast<double>((h >> 24) % 5700000ULL) / 100000.0) * 1e6) / 1e6;
    if (zip.isEmpty())
        zip = QString::number(10000 + (h >> 40) % 89999).rightJustified(5, u'0');

    return QJsonObject {
        {u"name"_s, QJsonValue::Null},
        {u"address_line_1"_s, line1},
        {u"city"_s, city},
        {u"state"_s, state},
        {u"zipcode"_s, zip},
        {u"lat"_s, lat},
        {u"long"_s, lng},
        {u"location"_s, wktPoint(lat, lng)},
    };
}

// ---------------------------------------------------------------------------------------------------------------
// Request pipeline: resolve the URL (Django), authenticate, throttle, check the method (DRF), run the view.

namespace {

enum class Route {
    None,
    Login,
    Profiles,
    SearchUsers,
    Customers,
    Customer,
    Location,
    Appointments,
    Routes,
    RouteDetail
};

struct Match
{
    Route route = Route::None;
    qint64 id = 0;
};

Match resolve(const QString& path)
{
    if (!path.startsWith(u'/') || !path.endsWith(u'/'))
        return {};
    const QStringList segs = path.mid(1, path.size() - 2).split(u'/');
    static const QRegularExpression number(u"^[0-9]{1,18}$"_s);
    const auto isId = [&](const QString& s) { return number.match(s).hasMatch(); };
    if (segs.size() == 1) {
        if (segs[0] == u"login")
            return {Route::Login};
        if (segs[0] == u"profiles")
            return {Route::Profiles};
        if (segs[0] == u"customers")
            return {Route::Customers};
        if (segs[0] == u"appointments")
            return {Route::Appointments};
        if (segs[0] == u"routes")
            return {Route::Routes};
    } else if (segs.size() == 2) {
        if (segs[0] == u"search" && segs[1] == u"users")
            return {Route::SearchUsers};
        if (isId(segs[1])) {
            const qint64 id = segs[1].toLongLong();
            if (segs[0] == u"customers")
                return {Route::Customer, id};
            if (segs[0] == u"locations")
                return {Route::Location, id};
            if (segs[0] == u"routes")
                return {Route::RouteDetail, id};
        }
    }
    return {};
}

QList<QByteArray> allowedMethods(Route route)
{
    switch (route) {
    case Route::Profiles:
    case Route::SearchUsers:
    case Route::Routes:
    case Route::RouteDetail:
        return {"GET", "HEAD", "OPTIONS"};
    case Route::Customers:
    case Route::Appointments:
        return {"GET", "POST", "HEAD", "OPTIONS"};
    case Route::Customer:
        return {"GET", "PATCH", "DELETE", "HEAD", "OPTIONS"};
    case Route::Location:
        return {"PATCH", "OPTIONS"};
    case Route::Login:
    case Route::None:
        break;
    }
    return {};
}

} // namespace

SimReply BadgerSimulator::handle(const SimRequest& request)
{
    SimReply reply = dispatch(request);
    if (request.method == "HEAD")
        reply.body.clear();
    return reply;
}

SimReply BadgerSimulator::dispatch(const SimRequest& request)
{
    const QString fullPath = pathPrefix() + request.path;
    Match match = resolve(request.path);
    if (match.route == Route::None) {
        // Django's CommonMiddleware (APPEND_SLASH) redirects when only the slash is missing, before any auth.
        if (!request.path.endsWith(u'/') && resolve(request.path + u'/').route != Route::None
            && m_options.redirectMissingSlash) {
            SimReply r;
            r.status = 301;
            QString location = fullPath + u'/';
            if (!request.query.isEmpty())
                location += u'?' + request.query.toString(QUrl::FullyEncoded);
            r.setHeader("Location", location.toUtf8());
            r.setHeader("Content-Type", "text/html; charset=utf-8");
            return r;
        }
        return djangoNotFound(fullPath);
    }
    if (match.route == Route::Login)
        return login(request);

    qint64 userId = 0;
    if (auto failure = authenticate(request, userId))
        return *failure;
    if (auto throttled = countQuota())
        return *throttled;

    const QList<QByteArray> allowed = allowedMethods(match.route);
    if (!allowed.contains(request.method)) {
        SimReply r =
            SimReply::json(405, detail(u"Method \""_s + QString::fromLatin1(request.method) + u"\" not allowed."_s));
        r.setHeader("Allow", allowed.join(", "));
        return r;
    }
    if (request.method == "OPTIONS") {
        SimReply r = SimReply::json(200,
                                    QJsonObject {{u"name"_s, request.path},
                                                 {u"description"_s, QString()},
                                                 {u"renders"_s, QJsonArray {u"application/json"_s}},
                                                 {u"parses"_s, QJsonArray {u"application/x-www-form-urlencoded"_s}}});
        r.setHeader("Allow", allowed.join(", "));
        return r;
    }

    Context ctx {request, userId, {}};
    if (request.method == "POST" || request.method == "PATCH") {
        if (auto bad = parseForm(request, ctx.form))
            return *bad;
    }
    const bool read = request.method == "GET" || request.method == "HEAD";
    switch (match.route) {
    case Route::Profiles:
        return getProfile(ctx);
    case Route::SearchUsers:
        return searchUsers(ctx);
    case Route::Customers:
        return read ? listAccounts(ctx) : createAccount(ctx);
    case Route::Customer:
        if (read)
            return getAccount(ctx, match.id);
        return request.method == "PATCH" ? updateAccount(ctx, match.id) : deleteAccount(ctx, match.id);
    case Route::Location:
        return updateLocation(ctx, match.id);
    case Route::Appointments:
        return read ? listCheckins(ctx) : createCheckin(ctx);
    case Route::Routes:
        return listRoutes(ctx);
    case Route::RouteDetail:
        return getRoute(ctx, match.id);
    case Route::Login:
    case Route::None:
        break;
    }
    return djangoNotFound(fullPath);
}

std::optional<SimReply> BadgerSimulator::authenticate(const SimRequest& request, qint64& userId) const
{
    // DRF TokenAuthentication: a header with another scheme is ignored, i.e. "not provided".
    const auto unauthorized = [](const QString& message) {
        SimReply r = SimReply::json(401, detail(message));
        r.setHeader("WWW-Authenticate", "Token");
        return r;
    };
    const QList<QByteArray> parts = request.header("authorization").simplified().split(' ');
    if (parts.isEmpty() || parts[0].toLower() != "token")
        return unauthorized(u"Authentication credentials were not provided."_s);
    if (parts.size() == 1)
        return unauthorized(u"Invalid token header. No credentials provided."_s);
    if (parts.size() > 2)
        return unauthorized(u"Invalid token header. Token string should not contain spaces."_s);
    const auto it = m_tokens.constFind(QString::fromUtf8(parts[1]));
    if (it == m_tokens.constEnd())
        return unauthorized(u"Invalid token."_s);
    userId = it.value();
    const auto user = m_users.find(userId);
    const QString status = user == m_users.end() ? u"active"_s : user->second.value(u"status"_s).toString();
    if (status == u"disabled")
        return unauthorized(u"User inactive or deleted."_s);
    if (status == u"trial_expired" || status == u"delinquent")
        return forbidden();
    return std::nullopt;
}

void BadgerSimulator::rollQuotaDay()
{
    const QDate today = m_clock.now().date();
    if (today != m_quotaDate) {
        m_quotaDate = today;
        m_quotaUsed = 0;
    }
}

std::optional<SimReply> BadgerSimulator::countQuota()
{
    rollQuotaDay();
    if (m_options.dailyQuota > 0 && m_quotaUsed >= m_options.dailyQuota) {
        const QDateTime now = m_clock.now().toUTC();
        const qint64 wait = std::max<qint64>(1, now.secsTo(QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC)));
        SimReply r = SimReply::json(
            429, detail(u"Request was throttled. Expected available in "_s + QString::number(wait) + u" seconds."_s));
        r.setHeader("Retry-After", QByteArray::number(wait));
        return r;
    }
    ++m_quotaUsed;
    return std::nullopt;
}

std::optional<SimReply> BadgerSimulator::parseForm(const SimRequest& request, Form& form) const
{
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed().toLower();
    if (contentType.isEmpty())
        return std::nullopt; // DRF: no media type, no data (the view then reports missing fields)
    if (contentType == "application/x-www-form-urlencoded") {
        for (const QByteArray& pair : request.body.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            QByteArray key = eq < 0 ? pair : pair.left(eq);
            QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
            key.replace('+', ' ');
            value.replace('+', ' ');
            form.items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                               QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
        }
        return std::nullopt;
    }
    if (contentType == "application/json" && m_options.acceptJsonBodies) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return SimReply::json(400, detail(u"JSON parse error - "_s + error.errorString()));
        if (!doc.isObject()) {
            return fieldErrors(QJsonObject {
                {u"non_field_errors"_s, messageList(u"Invalid data. Expected a dictionary, but got list."_s)}});
        }
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            QString text;
            if (v.isString())
                text = v.toString();
            else if (v.isDouble())
                text = QString::number(v.toDouble(), 'g', 17);
            else if (v.isBool())
                text = v.toBool() ? u"true"_s : u"false"_s;
            else if (v.isObject())
                text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            else if (v.isArray())
                text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            form.items.append({it.key(), text});
        }
        return std::nullopt;
    }
    return SimReply::json(
        415, detail(u"Unsupported media type \""_s + QString::fromUtf8(contentType) + u"\" in request."_s));
}

// ---------------------------------------------------------------------------------------------------------------
// Views

SimReply BadgerSimulator::login(const SimRequest& request)
{
    const auto status = [](const QString& s) { return SimReply::json(200, QJsonObject {{u"status"_s, s}}); };
    if (request.method != "POST")
        return status(u"error_non_post_request"_s);
    Form form;
    // The login view reads request.POST: only a form body counts, anything else looks like missing keys.
    if (request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        parseForm(request, form);
    if (!form.has(u"username"_s) || !form.has(u"password"_s) || form.value(u"username"_s).isEmpty())
        return status(u"error_missing_key"_s);
    const QString username = form.value(u"username"_s);
    const auto user = std::find_if(m_users.begin(), m_users.end(), [&](const auto& kv) {
        return kv.second.value(u"username"_s).toString() == username
            || kv.second.value(u"email"_s).toString().compare(username, Qt::CaseInsensitive) == 0;
    });
    if (user == m_users.end() || user->second.value(u"password"_s).toString().isEmpty()
        || user->second.value(u"password"_s).toString() != form.value(u"password"_s))
        return status(u"error_account_does_not_exist"_s);
    const QString state = user->second.value(u"status"_s).toString();
    if (state == u"disabled")
        return status(u"error_account_disabled"_s);
    if (state == u"trial_expired")
        return status(u"error_trial_expired"_s);
    if (state == u"delinquent")
        return status(u"error_account_delinquent"_s);

    const qint64 uid = user->first;
    QString token;
    for (const QJsonValue& k : std::as_const(m_apiKeys)) {
        if (k[u"user_id"_s].toInteger() == uid) {
            token = k[u"key"_s].toString();
            break;
        }
    }
    if (token.isEmpty()) {
        // Deterministic per user and team, so a sandbox restarted from the same seed hands out the same key.
        token = QString::fromLatin1(
            QCryptographicHash::hash(QString(u"badger-sandbox:"_s + QString::number(uid) + u':'
                                             + m_profile.value(u"company"_s)[u"id"_s].toVariant().toString())
                                         .toUtf8(),
                                     QCryptographicHash::Sha1)
                .toHex());
        m_apiKeys.append(QJsonObject {{u"key"_s, token}, {u"user_id"_s, uid}});
        m_tokens.insert(token, uid);
    }
    return SimReply::json(200,
                          QJsonObject {{u"token"_s, token}, {u"status"_s, u"login_successful"_s}, {u"user_id"_s, uid}});
}

SimReply BadgerSimulator::getProfile(const Context& ctx)
{
    return SimReply::json(200, profileFor(ctx.userId));
}

SimReply BadgerSimulator::searchUsers(const Context& ctx)
{
    const QString q = queryValue(ctx.request.query, u"q"_s).trimmed();
    QJsonArray found;
    if (!q.isEmpty()) {
        const auto asId = parseInteger(q);
        for (const auto& [id, u] : m_users) {
            if ((asId && *asId == id) || u.value(u"email"_s).toString().compare(q, Qt::CaseInsensitive) == 0) {
                found.append(QJsonObject {{u"username"_s, u.value(u"username"_s)},
                                          {u"first_name"_s, u.value(u"first_name"_s)},
                                          {u"id"_s, id},
                                          {u"email"_s, u.value(u"email"_s)}});
            }
        }
    }
    if (m_options.searchUsersReturnsList)
        return SimReply::json(200, found);
    if (found.isEmpty())
        return notFound();
    return SimReply::json(200, found.first());
}

SimReply BadgerSimulator::listAccounts(const Context& ctx)
{
    qint64 owner = ctx.userId;
    if (ctx.request.query.hasQueryItem(u"rn"_s)) {
        const auto rn = parseInteger(queryValue(ctx.request.query, u"rn"_s));
        if (!rn)
            return fieldErrors(QJsonObject {{u"rn"_s, messageList(u"A valid integer is required."_s)}});
        if (!canSeeOwner(ctx.userId, *rn))
            return forbidden();
        owner = *rn;
    }
    QJsonArray list;
    for (const auto& [id, a] : m_accounts) {
        if (a.value(u"account_owner"_s).toInteger() != owner)
            continue;
        list.append(QJsonObject {
            {u"first_name"_s, a.value(u"first_name"_s)}, {u"last_name"_s, a.value(u"last_name"_s)}, {u"id"_s, id}});
    }
    return SimReply::json(200, list);
}

namespace {

// Reads the custom-field keys of a form into the account (long keys, or the doc prose's short codes);
// records errors for numeric values that do not parse.
void applyCustomFields(const QList<QPair<QString, QString>>& items, QJsonObject& account, QJsonObject& errors)
{
    for (const auto& [rawKey, value] : items) {
        QString key = rawKey;
        const QString longKey = BadgerSimulator::accountKeyForDatafield(rawKey);
        if (!longKey.isEmpty())
            key = longKey;
        if (!key.startsWith(u"custom_"_s))
            continue;
        bool known = false;
        for (int n = 1; n <= kCustomSlots && !known; ++n) {
            if (key == textKey(n)) {
                known = true;
                account.insert(key, value);
            } else if (key == numericKey(n)) {
                known = true;
                if (value.trimmed().isEmpty()) {
                    account.insert(key, QJsonValue::Null);
                } else if (const auto number = parseNumber(value)) {
                    account.insert(key, *number);
                } else {
                    errors.insert(key, messageList(u"A valid number is required."_s));
                }
            }
        }
    }
}

} // namespace

SimReply BadgerSimulator::createAccount(const Context& ctx)
{
    const Form& form = ctx.form;
    QJsonObject errors;
    const auto requireText = [&](const QString& key, bool allowBlank) {
        if (!form.has(key))
            errors.insert(key, messageList(u"This field is required."_s));
        else if (!allowBlank && form.value(key).trimmed().isEmpty())
            errors.insert(key, messageList(u"This field may not be blank."_s));
    };
    requireText(u"last_name"_s, false);
    requireText(u"address"_s, false);
    requireText(u"phone_number"_s, true);
    requireText(u"email"_s, true);

    qint64 owner = ctx.userId;
    if (form.has(u"account_owner"_s) && !(m_options.accountOwnerOptional && form.value(u"account_owner"_s).isEmpty())) {
        const QString raw = form.value(u"account_owner"_s);
        const auto id = parseInteger(raw);
        if (!id)
            errors.insert(u"account_owner"_s, messageList(pkTypeError(raw)));
        else if (m_users.find(*id) == m_users.end())
            errors.insert(u"account_owner"_s, messageList(u"Invalid pk \""_s + raw + u"\" - object does not exist."_s));
        else
            owner = *id;
    } else if (!m_options.accountOwnerOptional) {
        errors.insert(u"account_owner"_s, messageList(u"This field is required."_s));
    }

    std::optional<double> lat;
    std::optional<double> lng;
    for (const auto& [key, slot] : {std::pair {u"lat"_s, &lat}, std::pair {u"lng"_s, &lng}}) {
        if (form.has(key) && !form.value(key).trimmed().isEmpty()) {
            *slot = parseNumber(form.value(key));
            if (!*slot)
                errors.insert(key, messageList(u"A valid number is required."_s));
        }
    }

    QJsonObject account;
    applyCustomFields(form.items, account, errors);
    if (!errors.isEmpty())
        return fieldErrors(errors);
    if (!canSeeOwner(ctx.userId, owner))
        return forbidden();

    const qint64 id = m_nextAccountId++;
    account.insert(u"id"_s, id);
    account.insert(u"first_name"_s, form.has(u"first_name"_s) ? QJsonValue(form.value(u"first_name"_s)) : QJsonValue());
    account.insert(u"last_name"_s, form.value(u"last_name"_s));
    account.insert(u"phone_number"_s, form.value(u"phone_number"_s));
    account.insert(u"email"_s, form.value(u"email"_s));
    for (const QString& key : {u"notes"_s, u"customer_id"_s, u"crm_id"_s}) {
        if (form.has(key))
            account.insert(key, form.value(key));
    }

    const QString address = form.value(u"address"_s);
    QJsonObject location = geocode(address);
    if (lat && lng) {
        if (m_options.rawAddressWhenLatLngGiven) {
            location.insert(u"address_line_1"_s, QString(address).replace(u',', u' ').toUpper());
            location.insert(u"city"_s, QString());
            location.insert(u"state"_s, QString());
            location.insert(u"zipcode"_s, QString());
        }
        location.insert(u"lat"_s, *lat);
        location.insert(u"long"_s, *lng);
        location.insert(u"location"_s, wktPoint(*lat, *lng));
        account.insert(u"original_address"_s, QJsonValue::Null);
    } else {
        account.insert(u"original_address"_s, address);
    }
    location.insert(u"id"_s, m_nextLocationId++);
    account.insert(u"locations"_s, QJsonArray {location});
    account.insert(u"account_owner"_s, owner);
    const QString now = timestamp();
    account.insert(u"created_at"_s, now);
    account.insert(u"updated_at"_s, now);
    account.insert(u"last_modified_date"_s, now);
    normaliseAccount(account);
    m_accounts[id] = account;
    m_locationAccount.insert(idOf(location), id);

    QJsonObject customer = accountResponse(account);
    customer.insert(u"territory"_s, QJsonObject {{u"name"_s, u"US"_s}});
    return SimReply::json(
        201,
        QJsonObject {{u"customer"_s, customer}, {u"profile"_s, profileFor(ctx.userId)}, {u"location"_s, location}});
}

SimReply BadgerSimulator::getAccount(const Context& ctx, qint64 id)
{
    const auto it = m_accounts.find(id);
    if (it == m_accounts.end() || !accountVisible(ctx.userId, it->second))
        return notFound();
    return SimReply::json(200, accountResponse(it->second));
}

SimReply BadgerSimulator::updateAccount(const Context& ctx, qint64 id)
{
    const auto it = m_accounts.find(id);
    if (it == m_accounts.end() || !accountVisible(ctx.userId, it->second))
        return notFound();
    const Form& form = ctx.form;
    QJsonObject account = it->second;
    QJsonObject errors;
    if (form.has(u"last_name"_s)) {
        if (form.value(u"last_name"_s).trimmed().isEmpty())
            errors.insert(u"last_name"_s, messageList(u"This field may not be blank."_s));
        else
            account.insert(u"last_name"_s, form.value(u"last_name"_s));
    }
    // Address keys are ignored here: the docs send address changes to /locations/{id}/.
    for (const QString& key :
         {u"first_name"_s, u"phone_number"_s, u"email"_s, u"notes"_s, u"customer_id"_s, u"crm_id"_s}) {
        if (form.has(key))
            account.insert(key, form.value(key));
    }
    applyCustomFields(form.items, account, errors);
    bool reassign = false;
    if (form.has(u"account_owner"_s)) {
        const QString raw = form.value(u"account_owner"_s);
        const auto owner = parseInteger(raw);
        if (!owner) {
            errors.insert(u"account_owner"_s, messageList(pkTypeError(raw)));
        } else if (m_users.find(*owner) == m_users.end()) {
            errors.insert(u"account_owner"_s, messageList(u"Invalid pk \""_s + raw + u"\" - object does not exist."_s));
        } else if (*owner != account.value(u"account_owner"_s).toInteger()) {
            reassign = true;
            account.insert(u"account_owner"_s, *owner);
        }
    }
    if (!errors.isEmpty())
        return fieldErrors(errors);
    // Reassignment works only for the new owner's manager (DOC).
    if (reassign && !canSeeOwner(ctx.userId, account.value(u"account_owner"_s).toInteger()))
        return forbidden();
    const QString now = timestamp();
    account.insert(u"updated_at"_s, now);
    account.insert(u"last_modified_date"_s, now);
    normaliseAccount(account);
    it->second = account;
    return SimReply::json(200, accountResponse(account));
}

SimReply BadgerSimulator::deleteAccount(const Context& ctx, qint64 id)
{
    const auto it = m_accounts.find(id);
    if (it == m_accounts.end() || !accountVisible(ctx.userId, it->second))
        return notFound();
    for (const QJsonValue& loc : it->second.value(u"locations"_s).toArray())
        m_locationAccount.remove(idOf(loc.toObject()));
    m_accounts.erase(it);
    for (const qint64 checkinId : m_checkinsByAccount.take(id))
        m_checkins.erase(checkinId);
    return SimReply::empty(204);
}

SimReply BadgerSimulator::updateLocation(const Context& ctx, qint64 id)
{
    const auto owner = m_locationAccount.constFind(id);
    if (owner == m_locationAccount.constEnd())
        return notFound();
    const auto account = m_accounts.find(owner.value());
    if (account == m_accounts.end() || !accountVisible(ctx.userId, account->second))
        return notFound();
    const Form& form = ctx.form;
    QJsonObject errors;
    if (!form.has(u"address"_s))
        errors.insert(u"address"_s, messageList(u"This field is required."_s));
    else if (form.value(u"address"_s).trimmed().isEmpty())
        errors.insert(u"address"_s, messageList(u"This field may not be blank."_s));
    std::optional<double> lat;
    std::optional<double> lng;
    for (const auto& [key, slot] : {std::pair {u"lat"_s, &lat}, std::pair {u"lng"_s, &lng}}) {
        if (form.has(key) && !form.value(key).trimmed().isEmpty()) {
            *slot = parseNumber(form.value(key));
            if (!*slot)
                errors.insert(key, messageList(u"A valid number is required."_s));
        }
    }
    if (!errors.isEmpty())
        return fieldErrors(errors);

    QJsonObject location = geocode(form.value(u"address"_s));
    if (lat && lng) {
        location.insert(u"lat"_s, *lat);
        location.insert(u"long"_s, *lng);
        location.insert(u"location"_s, wktPoint(*lat, *lng));
    }
    location.insert(u"id"_s, id);
    QJsonArray locations = account->second.value(u"locations"_s).toArray();
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const QJsonObject old = locations.at(i).toObject();
        if (idOf(old) == id) {
            location.insert(u"name"_s, old.value(u"name"_s));
            locations.replace(i, location);
        }
    }
    account->second.insert(u"locations"_s, locations);
    const QString now = timestamp();
    account->second.insert(u"updated_at"_s, now);
    account->second.insert(u"last_modified_date"_s, now);
    return SimReply::json(200, location);
}

SimReply BadgerSimulator::listCheckins(const Context& ctx)
{
    const QUrlQuery& query = ctx.request.query;
    std::optional<qint64> customer;
    if (query.hasQueryItem(u"customer_id"_s)) {
        customer = parseInteger(queryValue(query, u"customer_id"_s));
        if (!customer)
            return fieldErrors(QJsonObject {{u"customer_id"_s, messageList(u"A valid integer is required."_s)}});
    } else if (!m_options.listAllCheckins) {
        return fieldErrors(QJsonObject {{u"customer_id"_s, messageList(u"This field is required."_s)}});
    }
    QList<QJsonObject> rows;
    const auto visible = [&](qint64 accountId) {
        const auto account = m_accounts.find(accountId);
        return account != m_accounts.end() && accountVisible(ctx.userId, account->second);
    };
    if (customer) {
        if (visible(*customer)) {
            for (const qint64 checkinId : m_checkinsByAccount.value(*customer))
                rows.append(m_checkins.at(checkinId));
        }
    } else {
        for (const auto& [id, c] : m_checkins) {
            if (visible(c.value(u"customer"_s).toInteger()))
                rows.append(c);
        }
    }
    // Oldest first as the doc examples are; DRF's OrderingFilter (?ordering=-log_datetime) is UNCONFIRMED but cheap.
    const QString ordering = queryValue(query, u"ordering"_s);
    const bool descending = ordering.startsWith(u'-');
    const QString field = ordering.isEmpty() ? u"log_datetime"_s : ordering.mid(descending ? 1 : 0);
    std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        if (field == u"id")
            return descending ? idOf(a) > idOf(b) : idOf(a) < idOf(b);
        const QString x = a.value(u"log_datetime"_s).toString();
        const QString y = b.value(u"log_datetime"_s).toString();
        if (x == y)
            return idOf(a) < idOf(b);
        return descending ? x > y : x < y;
    });
    QJsonArray list;
    for (const QJsonObject& c : std::as_const(rows))
        list.append(c);
    return SimReply::json(200, list);
}

SimReply BadgerSimulator::createCheckin(const Context& ctx)
{
    const Form& form = ctx.form;
    QJsonObject errors;
    qint64 accountId = 0;
    if (!form.has(u"customer"_s)) {
        errors.insert(u"customer"_s, messageList(u"This field is required."_s));
    } else {
        const QString raw = form.value(u"customer"_s);
        const auto id = parseInteger(raw);
        const auto account = id ? m_accounts.find(*id) : m_accounts.end();
        if (!id)
            errors.insert(u"customer"_s, messageList(pkTypeError(raw)));
        else if (account == m_accounts.end() || !accountVisible(ctx.userId, account->second))
            errors.insert(u"customer"_s, messageList(u"Invalid pk \""_s + raw + u"\" - object does not exist."_s));
        else
            accountId = *id;
    }
    QString logDatetime = m_clock.now().toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s);
    if (form.has(u"log_datetime"_s) && !form.value(u"log_datetime"_s).isEmpty()) {
        QDateTime given = QDateTime::fromString(form.value(u"log_datetime"_s), Qt::ISODateWithMs);
        if (!given.isValid()) {
            errors.insert(u"log_datetime"_s,
                          messageList(u"Datetime has wrong format. Use one of these formats instead: "
                                      "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."_s));
        } else {
            if (given.timeSpec() == Qt::LocalTime)
                given.setTimeSpec(Qt::UTC);
            logDatetime = given.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s);
        }
    }
    if (!errors.isEmpty())
        return fieldErrors(errors);

    // extra_fields: a JSON object in one field, or bracket keys extra_fields[Log Type]=... (both seen in clients).
    QJsonValue extra = QJsonValue::Null;
    QJsonObject bracketed;
    for (const auto& [key, value] : form.items) {
        if (key.startsWith(u"extra_fields["_s) && key.endsWith(u']'))
            bracketed.insert(key.mid(13, key.size() - 14), value);
    }
    if (!bracketed.isEmpty()) {
        extra = bracketed;
    } else if (form.has(u"extra_fields"_s) && !form.value(u"extra_fields"_s).isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(form.value(u"extra_fields"_s).toUtf8());
        extra = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(form.value(u"extra_fields"_s));
    }

    const qint64 id = m_nextCheckinId++;
    const QJsonObject checkin {
        {u"id"_s, id},
        {u"crm_id"_s, QJsonValue::Null},
        {u"customer"_s, accountId},
        {u"log_datetime"_s, logDatetime},
        {u"type"_s, form.has(u"type"_s) && !form.value(u"type"_s).isEmpty() ? form.value(u"type"_s) : u"Check-in"_s},
        {u"comments"_s, form.value(u"comments"_s)},
        {u"extra_fields"_s, extra},
        {u"created_by"_s, displayName(ctx.userId)},
    };
    m_checkins[id] = checkin;
    m_checkinsByAccount[accountId].append(id);
    return SimReply::json(201, checkin);
}

SimReply BadgerSimulator::listRoutes(const Context& ctx)
{
    QList<QJsonObject> rows;
    for (const auto& [id, r] : m_routes) {
        if (!r.contains(u"user_id"_s) || r.value(u"user_id"_s).toInteger() == ctx.userId)
            rows.append(r);
    }
    // Newest route date first, as both examples are.
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject& a, const QJsonObject& b) {
        const QString x = a.value(u"route_date"_s).toString();
        const QString y = b.value(u"route_date"_s).toString();
        return x == y ? idOf(a) > idOf(b) : x > y;
    });
    QJsonArray list;
    for (const QJsonObject& r : std::as_const(rows)) {
        list.append(QJsonObject {
            {u"id"_s, r.value(u"id"_s)}, {u"name"_s, r.value(u"name"_s)}, {u"route_date"_s, r.value(u"route_date"_s)}});
    }
    return SimReply::json(200, list);
}

SimReply BadgerSimulator::getRoute(const Context& ctx, qint64 id)
{
    const auto it = m_routes.find(id);
    if (it == m_routes.end()
        || (it->second.contains(u"user_id"_s) && it->second.value(u"user_id"_s).toInteger() != ctx.userId))
        return notFound();
    QJsonObject r = it->second;
    r.remove(u"user_id"_s);
    return SimReply::json(200, r);
}

} // namespace fb::sandbox
