#pragma once
// Typed Badger Maps (API v2) requests and results, with the field names of badgerupdatedapi.apib; unknown fields kept.

#include "ApiTypes.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace fb::api::badger {

inline constexpr QStringView productionBaseUrl = u"https://badgerapis.badgermapping.com/api/2";
// Badger's published quota (api-evangelist profile citing the pricing page; not in the blueprint): per team and day.
inline constexpr int dailyQuotaPerTeam = 25'000;

// A typed value or the reason there is none. `api` always carries the transport facts; when `value` is empty,
// api.error says why and api.message is user-presentable.
template<typename T> struct Result
{
    std::optional<T> value;
    ApiResult api;

    bool ok() const { return value.has_value(); }
    const T& operator*() const { return *value; }
    const T* operator->() const { return &*value; }
};

struct Done
{
};

// ---- Users and profile ----

// Every `status` value POST /login/ documents; failures arrive as HTTP 200 too.
enum class LoginStatus {
    Successful, // login_successful
    MissingKey, // error_missing_key
    AccountDisabled, // error_account_disabled
    AccountDoesNotExist, // error_account_does_not_exist (also a wrong password)
    NonPostRequest, // error_non_post_request
    TrialExpired, // error_trial_expired
    AccountDelinquent, // error_account_delinquent
    Unknown, // a status the contract does not list (statusText keeps it)
};

struct LoginResult
{
    ApiResult api; // error Auth/Forbidden/... with the message for a failed status
    LoginStatus status = LoginStatus::Unknown;
    QString statusText; // as the server sent it
    QString token; // only on login_successful; registered as a secret when parsed
    qint64 userId = 0;

    bool ok() const { return status == LoginStatus::Successful && api.ok(); }
};

struct Company
{
    qint64 id = 0;
    QString shortName;
    QString name;
};

struct DatafieldValue
{
    QString text;
    QJsonValue value;
};

// A team-defined account field. name ct/ctN/cn/cnN maps to custom_text/custom_textN/custom_numeric/custom_numericN.
struct Datafield
{
    enum class Type { Text, Numeric, Other };
    QString name; // "ct", "ct2", "cn", "cn3", or a system name such as "dslc"
    QString label; // the team's name for it
    Type type = Type::Other;
    QString typeText; // as sent: "text", "numeric", ...
    bool filterable = false;
    int position = 0;
    bool hasData = false;
    bool isUserCanAddNewTextValues = false;
    QList<DatafieldValue> values; // text fields
    std::optional<double> min, max, rawMin, rawMax; // numeric fields
    QJsonObject extra;

    QString accountKey() const; // custom_text2 etc.; empty for names that are not custom-field codes
};

// "ct" -> "custom_text", "ct2" -> "custom_text2", "cn" -> "custom_numeric", "cn12" -> "custom_numeric12"; empty
// otherwise (and for "ct1"/"ct0"/"ct31": there is no custom_text1, and the account has 30 of each).
QString accountKeyForDatafield(const QString& datafieldName);
// The reverse: "custom_text2" -> "ct2".
QString datafieldForAccountKey(const QString& accountKey);
// custom_text, custom_text2..30, custom_numeric, custom_numeric2..30.
bool isCustomFieldKey(const QString& key);
bool isNumericCustomFieldKey(const QString& key);

struct CheckInFieldOption
{
    QJsonValue value;
    QString label;
};

// A custom check-in field (profile.apptlog_fields).
struct CheckInFieldDefinition
{
    QString name;
    QString label;
    QString type; // "StringType", "PicklistType", ...
    QList<CheckInFieldOption> options;
    QJsonObject extra;
};

struct Profile
{
    qint64 id = 0; // the user id, also what account_owner takes
    QString firstName;
    QString lastName;
    QString email;
    std::optional<Company> company;
    bool isManager = false;
    QJsonValue manager;
    bool isUserCanEdit = false;
    bool isUserCanDeleteCheckins = false;
    bool isUserCanAddNewTextValues = false;
    QString crmType;
    QString crmBaseUrl;
    QList<Datafield> datafields;
    QList<CheckInFieldDefinition> apptlogFields;
    QJsonArray acctlogFields;
    int defaultApptLength = 0;
    QJsonObject extra;

    QString displayName() const;
};

// One hit of /search/users/ (the contract shows an object; some clients read a list).
struct UserSummary
{
    qint64 id = 0;
    QString username;
    QString firstName;
    QString email;
    QJsonObject extra;
};

// ---- Accounts and locations ----

struct AccountSummary
{
    qint64 id = 0;
    QString firstName; // usually null
    QString lastName; // the account (business) name
    QJsonObject extra;
};

struct Location
{
    qint64 id = 0; // the location id, not the account id
    QString name;
    QString addressLine1;
    QString city;
    QString state;
    QString zipcode;
    std::optional<double> lat;
    std::optional<double> lng; // "long" in responses, "lng" in requests
    QString wkt; // "POINT (<long> <lat>)"
    QJsonObject extra;
};

struct Account
{
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString fullName;
    QString phoneNumber;
    QString email;
    // custom_text*, custom_numeric* as sent: a string, a number or null. Numeric values that arrive as decimal strings
    // (Django REST Framework's default for decimals) are converted to numbers.
    QMap<QString, QJsonValue> customFields;
    QString customerId; // external id passthrough
    QString notes;
    QString originalAddress;
    QString crmId;
    QList<Location> locations;
    std::optional<qint64> accountOwner; // UNCONFIRMED in responses
    QDateTime createdAt; // UNCONFIRMED (created_at)
    QDateTime updatedAt; // UNCONFIRMED (updated_at)
    QDateTime lastModified; // UNCONFIRMED (last_modified_date)
    QJsonObject extra; // every field not named above (territory, days_since_last_checkin, ...)

    // The newest of updatedAt/lastModified, invalid when the server sends neither.
    QDateTime changedAt() const;
};

// POST /customers/ answers {customer, profile, location}; a bare account is tolerated (wrapped = false).
struct CreatedAccount
{
    Account account;
    std::optional<Profile> profile;
    std::optional<Location> location;
    bool wrapped = true;
};

struct AccountInput
{
    QString lastName; // required
    QString address; // required
    std::optional<qint64> accountOwner; // required by the doc; omitted when unset (UNCONFIRMED default)
    QString phoneNumber; // key always sent, may be empty
    QString email; // key always sent, may be empty
    QString firstName; // sent when not empty
    std::optional<double> lat; // both given: Badger skips geocoding
    std::optional<double> lng;
    QMap<QString, QString> customFields; // custom_textN/custom_numericN -> value as text
    QList<QPair<QString, QString>> otherFields; // e.g. notes, customer_id (writability UNCONFIRMED)
};

// A partial update: only the keys set here are sent. An empty string clears a field.
struct AccountPatch
{
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> phoneNumber;
    std::optional<QString> email;
    std::optional<QString> notes;
    std::optional<QString> customerId;
    std::optional<QString> crmId;
    std::optional<qint64> accountOwner; // reassigns only when the token belongs to the owner's manager
    QMap<QString, QString> customFields;
    QList<QPair<QString, QString>> otherFields;

    bool isEmpty() const;
};

struct LocationInput
{
    QString address; // required
    std::optional<double> lat;
    std::optional<double> lng;
};

// ---- Check-ins ("appointments") ----

struct CheckIn
{
    qint64 id = 0;
    QString crmId;
    qint64 customer = 0; // account id
    QString logDatetimeText; // as sent: "2014-01-24T13:32:22.179", no offset (timezone UNCONFIRMED)
    QDateTime logDatetime; // parsed as UTC when no offset is given
    QString type;
    QString comments;
    QJsonValue extraFields; // null, an object keyed by field, or a JSON string
    QString createdBy; // a display name, not an id
    QJsonObject extra;
};

struct CheckInInput
{
    qint64 customer = 0; // required
    QString type; // sent when not empty
    QString comments; // always sent
    QJsonObject extraFields; // sent as a JSON string in extra_fields when not empty (S3's encoding; UNCONFIRMED)
};

// ---- Routes ----

struct RouteSummary
{
    qint64 id = 0;
    QString name;
    QDate routeDate;
    QJsonObject extra;
};

struct Waypoint
{
    qint64 id = 0;
    QString name;
    QString address;
    QString suite;
    QString city;
    QString state;
    QString zipcode;
    QString wkt;
    std::optional<double> lat;
    std::optional<double> lng;
    int layoverMinutes = 0;
    int position = 0;
    QString completeAddress;
    std::optional<qint64> locationId;
    std::optional<qint64> customerId;
    QString apptTime;
    int type = 0;
    QString placeId;
    QJsonObject extra;
};

struct Route
{
    qint64 id = 0;
    QString name;
    QDate routeDate;
    QJsonValue duration;
    QString startAddress;
    QString destinationAddress;
    QString startTime; // "09:00:00"
    QList<Waypoint> waypoints;
    QJsonObject extra;
};

} // namespace fb::api::badger
