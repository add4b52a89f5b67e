#pragma once
// A stateful simulator of the HighLevel (LeadConnector) API v2 contacts surface, after tests/contracts/ghl/NOTES.md and
// the official apps/contacts.json and apps/locations.json.
//
// Seed section ("highlevel" in the seed document; dump() returns the same shape):
//   {"locations": [{"id": "<20 chars>", "name": "...", "token": "<bearer token accepted for this location>",
//                   "companyId", "email", "phone", "timezone", ... any GetLocationByIdSchema field,
//                   "settings": {"allowDuplicateContact": false}}],        // token is never returned by the API
//    "contacts": [{"id", "locationId", "firstName", "lastName", "email", "phone", "companyName", "address1", "city",
//                  "state", "postalCode", "country", "website", "timezone", "source", "type", "dnd",
//                  "tags": ["lower-case tag"], "customFields": [{"id": "<custom field id>", "value": ...}],
//                  "followers": ["<user id>"], "assignedTo", "dateAdded", "dateUpdated" (ISO-8601 UTC with ms), ...}],
//    "customFields": [{"id", "name", "fieldKey": "contact.x", "dataType": "TEXT", "model": "contact", "locationId",
//                      "position", "placeholder", "picklistOptions": []}],        // as GET
//                      /locations/{id}/customFields
//    "tags": [{"id", "name", "locationId"}],
//    "tasks": [{"id", "contactId", "title", "body", "dueDate", "completed", "assignedTo", "dateAdded"}],
//    "notes": [{"id", "contactId", "body", "userId", "dateAdded", "title", "color", "pinned"}],
//    "appointments": [{"id", "contactId", "locationId", "calendarId", "title", "status", "appointmentStatus",
//                      "startTime", "endTime", "assignedUserId", "notes", "address", "users": [], "dateAdded",
//                      "dateUpdated"}],
//    "users": [{"id", "name", "email"}]}
// Missing ids and timestamps in a seed are filled in; contact derived fields (emailLowerCase, ...LowerCase) are
// computed.
//
// Behaviour beyond the contract, chosen as GHL plausibly does it (UNCONFIRMED, see NOTES.md):
// - an unknown contact/task/note id gives 400 {"message": "Contact not found"} (the spec declares 400, never 404);
//   a record of another location gives 403 like an explicit foreign locationId;
// - tags are trimmed, lower-cased and de-duplicated, and a tag new to the location is added to its tag list;
// - POST /contacts/ refuses an email/phone that already exists unless the location's settings.allowDuplicateContact:
//   400 "This location does not allow duplicated contacts." with meta {contactId, contactName, matchingField};
// - custom fields in a write are merged by id (null or "" clears one); unknown ids are ignored;
// - search: default sort dateAdded desc; every item carries "searchAfter" = [sort values..., id] (dates as epoch ms),
//   which the next request passes back; the id breaks ties so searchAfter paging has no gaps or repeats;
// - the deprecated GET /contacts/ lists by dateAdded ascending, cursor (startAfter ms, startAfterId), with a meta
// object;
// - rate limits count every authenticated request per location in fixed windows; a 429 from them carries the
//   X-RateLimit-* headers and no Retry-After; the daily window resets at 00:00 UTC;
// - traceId is added to every JSON object body (the spec shows it on upsert, NOTES §1 says every response).

#include "SimTypes.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

#include <functional>
#include <random>

namespace fb::sandbox {

class HighLevelSimulator final : public ApiSimulator
{
public:
    explicit HighLevelSimulator(SimClock& clock);
    ~HighLevelSimulator() override;

    QString name() const override { return QStringLiteral("highlevel"); }
    QString pathPrefix() const override { return QStringLiteral("/ghl"); }
    SimReply handle(const SimRequest& request) override;
    void loadSeed(const QJsonObject& section) override;
    QJsonObject dump() const override;
    void reset() override;

    // {"burstMax": 100, "burstIntervalMs": 10000, "dailyMax": 200000}; 0 = unlimited. Any subset may be given.
    bool setLimits(const QJsonObject& limits, QString* error);
    QJsonObject limits() const;

    static constexpr auto kVersion = "2021-07-28";

private:
    struct Ctx;
    using Handler = SimReply (HighLevelSimulator::*)(Ctx&);
    struct Route
    {
        QByteArray method;
        QStringList segments; // ":name" = parameter
        bool declares422 = true;
        Handler handler = nullptr;
    };
    struct RateState
    {
        qint64 windowStartMs = 0;
        int windowCount = 0;
        qint64 dayIndex = -1;
        int dayCount = 0;
    };

    // Routing and checks.
    void buildRoutes();
    SimReply error422(const QStringList& messages) const;
    SimReply error400(const QString& message) const;
    SimReply forbidden() const;
    bool checkLocation(const Ctx& ctx, const QString& locationId, SimReply* reply) const;
    QJsonObject* contactFor(Ctx& ctx, const QString& id, SimReply* reply);
    void addRateHeaders(SimReply* reply, const RateState& state) const;

    // Handlers.
    SimReply createContact(Ctx& ctx);
    SimReply getContact(Ctx& ctx);
    SimReply updateContact(Ctx& ctx);
    SimReply deleteContact(Ctx& ctx);
    SimReply upsertContact(Ctx& ctx);
    SimReply searchContacts(Ctx& ctx);
    SimReply searchDuplicate(Ctx& ctx);
    SimReply listContacts(Ctx& ctx);
    SimReply listTasks(Ctx& ctx);
    SimReply createTask(Ctx& ctx);
    SimReply getTask(Ctx& ctx);
    SimReply updateTask(Ctx& ctx);
    SimReply deleteTask(Ctx& ctx);
    SimReply completeTask(Ctx& ctx);
    SimReply listNotes(Ctx& ctx);
    SimReply createNote(Ctx& ctx);
    SimReply getNote(Ctx& ctx);
    SimReply updateNote(Ctx& ctx);
    SimReply deleteNote(Ctx& ctx);
    SimReply addTags(Ctx& ctx);
    SimReply removeTags(Ctx& ctx);
    SimReply listAppointments(Ctx& ctx);
    SimReply bulkTags(Ctx& ctx);
    SimReply addFollowers(Ctx& ctx);
    SimReply removeFollowers(Ctx& ctx);
    SimReply getLocation(Ctx& ctx);
    SimReply listCustomFields(Ctx& ctx);
    SimReply listLocationTags(Ctx& ctx);
    SimReply searchLocationTasks(Ctx& ctx);

    // Contact helpers.
    QStringList validateContactBody(const QJsonObject& body, bool requireLocation) const;
    void applyContactFields(QJsonObject& contact, const QJsonObject& body, bool replaceTags);
    QJsonArray normalizedTags(const QJsonArray& tags) const;
    void rememberLocationTags(const QString& locationId, const QJsonArray& tags);
    // Id of the contact an upsert/duplicate check matches (email first, then phone), or empty.
    QString findDuplicate(const QString& locationId, const QString& email, const QString& phone,
                          QString* matchingField) const;
    QJsonObject newContact(const QString& locationId);
    QJsonObject locationSettings(const QString& locationId) const;
    static void updateDerivedFields(QJsonObject& contact);
    static QJsonObject taskView(const QJsonObject& task);
    static QJsonObject noteView(const QJsonObject& note);
    qsizetype taskIndex(const QString& contactId, const QString& taskId) const;
    qsizetype noteIndex(const QString& contactId, const QString& noteId) const;

    QString newId();
    QString nowIso() const;

    SimClock& m_clock;
    QList<Route> m_routes;
    QList<QJsonObject> m_locations;
    QHash<QString, QJsonObject> m_contacts;
    QStringList m_contactOrder;
    QList<QJsonObject> m_customFields;
    QList<QJsonObject> m_tags;
    QList<QJsonObject> m_tasks;
    QList<QJsonObject> m_notes;
    QList<QJsonObject> m_appointments;
    QList<QJsonObject> m_users;

    int m_burstMax = 100;
    int m_burstIntervalMs = 10000;
    int m_dailyMax = 200000;
    QHash<QString, RateState> m_rate;
    std::mt19937_64 m_idRng;
    QSet<QString> m_usedIds; // every id handed out or loaded, so a reloaded dump never gets an id twice
};

} // namespace fb::sandbox
