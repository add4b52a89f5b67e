#pragma once
// Typed HighLevel (API v2, Version 2021-07-28) requests and results, with the exact JSON field names of the spec.

#include "ApiTypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fb::api {

// A typed value or the reason there is none. `api` always carries the transport facts (status, traceId,
// headers); when `value` is empty, api.error says why and api.message is user-presentable.
template<typename T> struct Result
{
    std::optional<T> value;
    ApiResult api;

    bool ok() const { return value.has_value(); }
    const T& operator*() const { return *value; }
    const T* operator->() const { return &*value; }
};

namespace ghl {

// The sandbox's and the real server's base URL; the engine appends paths as-is.
inline constexpr QStringView productionBaseUrl = u"https://services.leadconnectorhq.com";
inline constexpr QStringView apiVersion = u"2021-07-28";

// Read shape of a custom field value: {id, value}. The value is a string, number, array or object by data type.
struct CustomFieldValue
{
    QString id;
    QJsonValue value;
    friend bool operator==(const CustomFieldValue&, const CustomFieldValue&) = default;
};

// Write shape: {id, key, field_value}. HighLevel reads back {id, value} only (the asymmetry, NOTES.md §3).
struct CustomFieldWrite
{
    QString id; // required
    QString key; // optional, e.g. "contact.pincode"; sent only when not empty
    QJsonValue fieldValue; // string, string[] (checkbox/multi-select) or number
};

// GetContectByIdSchema (sic) plus the create response's and search item's extras. Fields the spec does not
// declare are kept in `extra` so nothing the server sent is lost.
struct Contact
{
    QString id;
    QString name;
    QString locationId;
    QString firstName;
    QString lastName;
    QString email;
    QString emailLowerCase;
    QString timezone;
    QString companyName;
    QString phone;
    std::optional<bool> dnd;
    QJsonObject dndSettings;
    QString type;
    QString source;
    QString assignedTo;
    QString address1;
    QString city;
    QString state;
    QString country;
    QString postalCode;
    QString website;
    QStringList tags;
    QJsonValue dateOfBirth; // a string in the spec; seen as null and other shapes
    QDateTime dateAdded; // UTC; invalid when absent
    QDateTime dateUpdated; // UTC; invalid when absent
    QJsonValue attachments;
    QString ssn;
    QString keyword;
    QString firstNameLowerCase;
    QString fullNameLowerCase;
    QString lastNameLowerCase;
    QJsonValue lastActivity; // a string in the spec, epoch ms in the wild
    QList<CustomFieldValue> customFields;
    QString businessId;
    QJsonObject attributionSource;
    QJsonObject lastAttributionSource;
    QString visitorId;
    QStringList followers;
    // Where the next search page starts, when the item carries its sort key (UNCONFIRMED, NOTES.md §6).
    QJsonArray searchAfter;
    QJsonObject extra;
};

// Create, update and upsert input: only the fields that are set are serialised. A set-but-null QString clears
// a nullable field (JSON null); for the fields the spec does not mark nullable an empty string is sent instead.
struct ContactInput
{
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> gender; // create/upsert only
    std::optional<QString> phone;
    std::optional<QString> address1;
    std::optional<QString> city;
    std::optional<QString> state;
    std::optional<QString> postalCode;
    std::optional<QString> website;
    std::optional<QString> timezone;
    std::optional<bool> dnd;
    std::optional<QJsonObject> dndSettings;
    std::optional<QJsonObject> inboundDndSettings;
    std::optional<QStringList> tags; // create only: on update/upsert tags would overwrite all tags
    std::optional<QList<CustomFieldWrite>> customFields;
    std::optional<QString> source;
    std::optional<QString> dateOfBirth; // e.g. "1990-09-25"
    std::optional<QString> country; // two-letter code
    std::optional<QString> companyName; // not in UpdateContactDto: sent on PUT only when the capability says so
    std::optional<QString> assignedTo; // user id
    std::optional<bool> createNewIfDuplicateAllowed; // upsert only
};

// What the live server is known to accept beyond the spec; defaults follow the spec.
struct HighLevelCapabilities
{
    bool updateAcceptsCompanyName = false;
};

// Search body (SearchBodyV2DTO is empty in the spec; the shape follows GHL's search docs, NOTES.md §6).
struct SearchQuery
{
    static constexpr int maxPageLimit = 500;
    static constexpr int maxPagedRecords = 10000; // page * pageLimit ceiling; searchAfter beyond

    int page = 1; // 0 = not sent (searchAfter paging)
    int pageLimit = 100;
    QJsonArray searchAfter;
    QJsonArray filters; // items from filterEq()/filterRange()/... below
    QJsonArray sort; // items from sortBy()
    QString query;

    static QJsonObject filter(const QString& field, const QString& op, const QJsonValue& value);
    static QJsonObject filterRange(const QString& field, const QJsonObject& bounds); // {gte|gt|lte|lt: value}
    static QJsonObject filterGroup(const QString& andOr, const QJsonArray& filters);
    // dateUpdated within [from, to] (either end may be invalid = open)
    static QJsonObject dateUpdatedBetween(const QDateTime& from, const QDateTime& to);
    static QJsonObject sortBy(const QString& field, bool ascending);
};

struct SearchPage
{
    QList<Contact> contacts;
    qint64 total = -1; // -1 when the response did not say
    QJsonObject extra;
};

// Deprecated GET /contacts/ and GET /contacts/business/{id}.
struct ContactsMeta
{
    qint64 total = -1;
    QString nextPageUrl;
    QString startAfterId;
    qint64 startAfter = -1;
    int currentPage = -1;
    int nextPage = -1;
    int prevPage = -1;
};

struct ContactListPage
{
    QList<Contact> contacts;
    qint64 count = -1;
    std::optional<ContactsMeta> meta; // UNCONFIRMED in live responses; read when present
};

struct ContactListQuery
{
    int limit = 100; // max 100
    QString startAfterId;
    qint64 startAfter = -1; // epoch ms; -1 = not sent
    QString query;
};

struct BusinessListQuery
{
    int limit = 100;
    int skip = 0;
    QString query;
};

struct UpsertOutcome
{
    bool created = false; // the response's "new"
    Contact contact;
};

struct DuplicateOutcome
{
    std::optional<Contact> contact; // empty: no duplicate
};

struct Task
{
    QString id;
    QString title;
    QString body;
    QString assignedTo;
    QDateTime dueDate;
    bool completed = false;
    QString contactId;
    QJsonObject extra;
};

struct TaskInput
{
    std::optional<QString> title; // required on create
    std::optional<QString> body;
    std::optional<QDateTime> dueDate; // required on create
    std::optional<bool> completed; // required on create
    std::optional<QString> assignedTo;
};

struct TaskSearchQuery
{
    QStringList contactIds;
    std::optional<bool> completed;
    QStringList assignedTo;
    QString query;
    int limit = 100;
    int skip = 0;
    QString businessId;
};

struct Note
{
    QString id;
    QString body;
    QString userId;
    QDateTime dateAdded;
    QString contactId;
    QString title;
    QString color;
    std::optional<bool> pinned;
    QJsonObject extra;
};

struct NoteInput
{
    std::optional<QString> body; // required on create
    std::optional<QString> userId;
    std::optional<QString> title;
    std::optional<QString> color;
    std::optional<bool> pinned;
};

struct Appointment
{
    QString id;
    QString calendarId;
    QString status;
    QString title;
    QString assignedUserId;
    QString notes;
    QString startTime;
    QString endTime;
    QString address;
    QString locationId;
    QString contactId;
    QString groupId;
    QString appointmentStatus;
    QStringList users;
    QString dateAdded;
    QString dateUpdated;
    QStringList assignedResources;
    QJsonObject extra;
};

struct CustomFieldDefinition
{
    QString id;
    QString name;
    QString fieldKey; // "contact.pincode"
    QString placeholder;
    QString dataType; // TEXT, LARGE_TEXT, NUMERICAL, CHECKBOX, ...
    double position = 0;
    QStringList picklistOptions;
    QString locationId;
    QString model;
    QJsonObject extra;
};

struct Tag
{
    QString id;
    QString name;
    QString locationId;
};

struct LocationInfo
{
    QString id;
    QString companyId;
    QString name;
    QString email;
    QString timezone;
    QString country;
    QJsonObject extra;
};

// {tags: [...]} of tag add/remove: the contact's tags after the change.
struct TagsOutcome
{
    QStringList tags;
};

struct FollowersOutcome
{
    QStringList followers;
    QStringList changed; // followersAdded / followersRemoved
};

// {succeded: bool} (sic; "succeeded" accepted too). A false flag is turned into an error by the parser.
struct Done
{
    bool succeeded = true;
};

enum class BulkTagAction { Add, Remove };

struct BulkTagItem
{
    QString contactId;
    QString message;
    bool success = false;
    QStringList oldTags;
    QStringList tagsAdded;
    QStringList tagsRemoved;
};

struct BulkTagsOutcome
{
    bool succeeded = false;
    int errorCount = 0;
    QList<BulkTagItem> responses;
};

struct BulkBusinessOutcome
{
    bool success = false;
    QStringList ids;
};

} // namespace ghl
} // namespace fb::api
