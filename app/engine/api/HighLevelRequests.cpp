#include "HighLevelRequests.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fb::api::ghl::request {
namespace {

QString seg(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

ApiRequest make(const char* method, const QString& path, const QString& pathTemplate, const char* operation)
{
    ApiRequest r;
    r.service = Service::HighLevel;
    r.method = QByteArray(method);
    r.path = path;
    r.pathTemplate = pathTemplate;
    r.operation = QString::fromLatin1(operation);
    const bool read = r.method == "GET";
    r.priority = read ? Priority::ChangeDetection : Priority::Write;
    return r;
}

void setJson(ApiRequest& r, const QJsonObject& body)
{
    r.bodyKind = BodyKind::Json;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString isoSeconds(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString isoMs(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

void putString(QJsonObject& o, const QString& key, const std::optional<QString>& v, bool nullable)
{
    if (!v) {
        return;
    }
    if (v->isNull()) {
        o.insert(key, nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(QString()));
    } else {
        o.insert(key, *v);
    }
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject customFieldWrite(const CustomFieldWrite& f)
{
    QJsonObject o {{u"id"_s, f.id}};
    if (!f.key.isEmpty()) {
        o.insert(u"key"_s, f.key);
    }
    o.insert(u"field_value"_s, f.fieldValue);
    return o;
}

QJsonObject taskBody(const TaskInput& input)
{
    QJsonObject o;
    if (input.title) {
        o.insert(u"title"_s, *input.title);
    }
    if (input.body) {
        o.insert(u"body"_s, *input.body);
    }
    if (input.dueDate) {
        o.insert(u"dueDate"_s, isoSeconds(*input.dueDate));
    }
    if (input.completed) {
        o.insert(u"completed"_s, *input.completed);
    }
    if (input.assignedTo) {
        o.insert(u"assignedTo"_s, *input.assignedTo);
    }
    return o;
}

QJsonObject noteBody(const NoteInput& input)
{
    QJsonObject o;
    if (input.userId) {
        o.insert(u"userId"_s, *input.userId);
    }
    if (input.body) {
        o.insert(u"body"_s, *input.body);
    }
    if (input.title) {
        o.insert(u"title"_s, *input.title);
    }
    if (input.color) {
        o.insert(u"color"_s, *input.color);
    }
    if (input.pinned) {
        o.insert(u"pinned"_s, *input.pinned);
    }
    return o;
}

QString contactPath(const QString& contactId)
{
    return QString(u"/contacts/"_s + seg(contactId));
}

} // namespace

QJsonObject contactBody(const ContactInput& in, bool forUpdate, const HighLevelCapabilities& caps)
{
    QJsonObject o;
    // Nullability as in CreateContactDto/UpdateContactDto: source and assignedTo are nullable on update only.
    putString(o, u"firstName"_s, in.firstName, true);
    putString(o, u"lastName"_s, in.lastName, true);
    putString(o, u"name"_s, in.name, true);
    putString(o, u"email"_s, in.email, true);
    if (!forUpdate) {
        putString(o, u"gender"_s, in.gender, false);
    }
    putString(o, u"phone"_s, in.phone, true);
    putString(o, u"address1"_s, in.address1, true);
    putString(o, u"city"_s, in.city, true);
    putString(o, u"state"_s, in.state, true);
    putString(o, u"postalCode"_s, in.postalCode, false);
    putString(o, u"website"_s, in.website, true);
    putString(o, u"timezone"_s, in.timezone, true);
    if (in.dnd) {
        o.insert(u"dnd"_s, *in.dnd);
    }
    if (in.dndSettings) {
        o.insert(u"dndSettings"_s, *in.dndSettings);
    }
    if (in.inboundDndSettings) {
        o.insert(u"inboundDndSettings"_s, *in.inboundDndSettings);
    }
    if (in.customFields) {
        QJsonArray a;
        for (const auto& f : *in.customFields) {
            a.append(customFieldWrite(f));
        }
        o.insert(u"customFields"_s, a);
    }
    putString(o, u"source"_s, in.source, forUpdate);
    putString(o, u"dateOfBirth"_s, in.dateOfBirth, true);
    putString(o, u"country"_s, in.country, false);
    if (!forUpdate || caps.updateAcceptsCompanyName) {
        putString(o, u"companyName"_s, in.companyName, true);
    }
    putString(o, u"assignedTo"_s, in.assignedTo, forUpdate);
    return o;
}

QJsonObject searchBody(const QString& locationId, const SearchQuery& q)
{
    QJsonObject o {{u"locationId"_s, locationId}, {u"pageLimit"_s, qBound(1, q.pageLimit, SearchQuery::maxPageLimit)}};
    // page and searchAfter are never sent together (GHL search docs).
    if (!q.searchAfter.isEmpty()) {
        o.insert(u"searchAfter"_s, q.searchAfter);
    } else if (q.page > 0) {
        o.insert(u"page"_s, q.page);
    }
    if (!q.filters.isEmpty()) {
        o.insert(u"filters"_s, q.filters);
    }
    if (!q.sort.isEmpty()) {
        o.insert(u"sort"_s, q.sort);
    }
    if (!q.query.isEmpty()) {
        o.insert(u"query"_s, q.query);
    }
    return o;
}

ApiRequest createContact(const QString& locationId, const ContactInput& input)
{
    auto r = make("POST", u"/contacts/"_s, u"/contacts/"_s, "contacts.create");
    QJsonObject body = contactBody(input, false, {});
    body.insert(u"locationId"_s, locationId);
    if (input.tags) {
        body.insert(u"tags"_s, toArray(*input.tags));
    }
    setJson(r, body);
    r.idempotent = false;
    return r;
}

ApiRequest getContact(const QString& contactId)
{
    return make("GET", contactPath(contactId), u"/contacts/{contactId}"_s, "contacts.get");
}

ApiRequest updateContact(const QString& contactId, const ContactInput& input, const HighLevelCapabilities& caps)
{
    auto r = make("PUT", contactPath(contactId), u"/contacts/{contactId}"_s, "contacts.update");
    // Never tags: on update they replace every tag; the sync uses the add/remove endpoints.
    setJson(r, contactBody(input, true, caps));
    return r;
}

ApiRequest deleteContact(const QString& contactId)
{
    return make("DELETE", contactPath(contactId), u"/contacts/{contactId}"_s, "contacts.delete");
}

ApiRequest upsertContact(const QString& locationId, const ContactInput& input)
{
    auto r = make("POST", u"/contacts/upsert"_s, u"/contacts/upsert"_s, "contacts.upsert");
    // No tags either: an upsert that matches an existing contact would overwrite its tags.
    QJsonObject body = contactBody(input, false, {});
    body.insert(u"locationId"_s, locationId);
    if (input.createNewIfDuplicateAllowed) {
        body.insert(u"createNewIfDuplicateAllowed"_s, *input.createNewIfDuplicateAllowed);
    }
    setJson(r, body);
    r.idempotent = true; // matched by email/phone: a repeat finds the contact the first call made
    return r;
}

ApiRequest searchContacts(const QString& locationId, const SearchQuery& query)
{
    auto r = make("POST", u"/contacts/search"_s, u"/contacts/search"_s, "contacts.search");
    r.priority = Priority::ChangeDetection;
    setJson(r, searchBody(locationId, query));
    return r;
}

ApiRequest findDuplicate(const QString& locationId, const QString& email, const QString& number)
{
    auto r = make("GET", u"/contacts/search/duplicate"_s, u"/contacts/search/duplicate"_s, "contacts.duplicate");
    r.query.addQueryItem(u"locationId"_s, locationId);
    if (!number.isEmpty()) {
        r.query.addQueryItem(u"number"_s, QString::fromLatin1(QUrl::toPercentEncoding(number)));
    }
    if (!email.isEmpty()) {
        r.query.addQueryItem(u"email"_s, QString::fromLatin1(QUrl::toPercentEncoding(email)));
    }
    return r;
}

ApiRequest listContacts(const QString& locationId, const ContactListQuery& q)
{
    auto r = make("GET", u"/contacts/"_s, u"/contacts/"_s, "contacts.list");
    r.query.addQueryItem(u"locationId"_s, locationId);
    r.query.addQueryItem(u"limit"_s, QString::number(qBound(1, q.limit, 100)));
    if (!q.startAfterId.isEmpty()) {
        r.query.addQueryItem(u"startAfterId"_s, q.startAfterId);
    }
    if (q.startAfter >= 0) {
        r.query.addQueryItem(u"startAfter"_s, QString::number(q.startAfter));
    }
    if (!q.query.isEmpty()) {
        r.query.addQueryItem(u"query"_s, QString::fromLatin1(QUrl::toPercentEncoding(q.query)));
    }
    return r;
}

ApiRequest listBusinessContacts(const QString& locationId, const QString& businessId, const BusinessListQuery& q)
{
    auto r = make("GET", QString(u"/contacts/business/"_s + seg(businessId)), u"/contacts/business/{businessId}"_s,
                  "contacts.listByBusiness");
    r.query.addQueryItem(u"locationId"_s, locationId);
    r.query.addQueryItem(u"limit"_s, QString::number(q.limit));
    r.query.addQueryItem(u"skip"_s, QString::number(q.skip));
    if (!q.query.isEmpty()) {
        r.query.addQueryItem(u"query"_s, QString::fromLatin1(QUrl::toPercentEncoding(q.query)));
    }
    return r;
}

ApiRequest listTasks(const QString& contactId)
{
    return make("GET", QString(contactPath(contactId) + u"/tasks"_s), u"/contacts/{contactId}/tasks"_s, "tasks.list");
}

ApiRequest createTask(const QString& contactId, const TaskInput& input)
{
    auto r =
        make("POST", QString(contactPath(contactId) + u"/tasks"_s), u"/contacts/{contactId}/tasks"_s, "tasks.create");
    setJson(r, taskBody(input));
    r.idempotent = false;
    return r;
}

ApiRequest getTask(const QString& contactId, const QString& taskId)
{
    return make("GET", QString(contactPath(contactId) + u"/tasks/"_s + seg(taskId)),
                u"/contacts/{contactId}/tasks/{taskId}"_s, "tasks.get");
}

ApiRequest updateTask(const QString& contactId, const QString& taskId, const TaskInput& input)
{
    auto r = make("PUT", QString(contactPath(contactId) + u"/tasks/"_s + seg(taskId)),
                  u"/contacts/{contactId}/tasks/{taskId}"_s, "tasks.update");
    setJson(r, taskBody(input));
    return r;
}

ApiRequest deleteTask(const QString& contactId, const QString& taskId)
{
    return make("DELETE", QString(contactPath(contactId) + u"/tasks/"_s + seg(taskId)),
                u"/contacts/{contactId}/tasks/{taskId}"_s, "tasks.delete");
}

ApiRequest setTaskCompleted(const QString& contactId, const QString& taskId, bool completed)
{
    auto r = make("PUT", QString(contactPath(contactId) + u"/tasks/"_s + seg(taskId) + u"/completed"_s),
                  u"/contacts/{contactId}/tasks/{taskId}/completed"_s, "tasks.completed");
    setJson(r, QJsonObject {{u"completed"_s, completed}});
    return r;
}

ApiRequest listNotes(const QString& contactId)
{
    return make("GET", QString(contactPath(contactId) + u"/notes"_s), u"/contacts/{contactId}/notes"_s, "notes.list");
}

ApiRequest createNote(const QString& contactId, const NoteInput& input)
{
    auto r =
        make("POST", QString(contactPath(contactId) + u"/notes"_s), u"/contacts/{contactId}/notes"_s, "notes.create");
    setJson(r, noteBody(input));
    r.idempotent = false;
    return r;
}

ApiRequest getNote(const QString& contactId, const QString& noteId)
{
    return make("GET", QString(contactPath(contactId) + u"/notes/"_s + seg(noteId)),
                u"/contacts/{contactId}/notes/{id}"_s, "notes.get");
}

ApiRequest updateNote(const QString& contactId, const QString& noteId, const NoteInput& input)
{
    auto r = make("PUT", QString(contactPath(contactId) + u"/notes/"_s + seg(noteId)),
                  u"/contacts/{contactId}/notes/{id}"_s, "notes.update");
    setJson(r, noteBody(input));
    return r;
}

ApiRequest deleteNote(const QString& contactId, const QString& noteId)
{
    return make("DELETE", QString(contactPath(contactId) + u"/notes/"_s + seg(noteId)),
                u"/contacts/{contactId}/notes/{id}"_s, "notes.delete");
}

ApiRequest addTags(const QString& contactId, const QStringList& tags)
{
    auto r = make("POST", QString(contactPath(contactId) + u"/tags"_s), u"/contacts/{contactId}/tags"_s, "tags.add");
    setJson(r, QJsonObject {{u"tags"_s, toArray(tags)}});
    r.idempotent = true; // adding a tag the contact already has changes nothing
    return r;
}

ApiRequest removeTags(const QString& contactId, const QStringList& tags)
{
    auto r =
        make("DELETE", QString(contactPath(contactId) + u"/tags"_s), u"/contacts/{contactId}/tags"_s, "tags.remove");
    setJson(r, QJsonObject {{u"tags"_s, toArray(tags)}});
    return r;
}

ApiRequest listAppointments(const QString& contactId)
{
    return make("GET", QString(contactPath(contactId) + u"/appointments"_s), u"/contacts/{contactId}/appointments"_s,
                "appointments.list");
}

ApiRequest addFollowers(const QString& contactId, const QStringList& userIds)
{
    auto r = make("POST", QString(contactPath(contactId) + u"/followers"_s), u"/contacts/{contactId}/followers"_s,
                  "followers.add");
    setJson(r, QJsonObject {{u"followers"_s, toArray(userIds)}});
    r.idempotent = true; // a set: adding twice leaves the same followers
    return r;
}

ApiRequest removeFollowers(const QString& contactId, const QStringList& userIds)
{
    auto r = make("DELETE", QString(contactPath(contactId) + u"/followers"_s), u"/contacts/{contactId}/followers"_s,
                  "followers.remove");
    setJson(r, QJsonObject {{u"followers"_s, toArray(userIds)}});
    return r;
}

ApiRequest addToCampaign(const QString& contactId, const QString& campaignId)
{
    auto r = make("POST", QString(contactPath(contactId) + u"/campaigns/"_s + seg(campaignId)),
                  u"/contacts/{contactId}/campaigns/{campaignId}"_s, "campaigns.add");
    setJson(r, QJsonObject {}); // AddContactToCampaignDto has no properties
    r.idempotent = false; // enrolment starts sending messages: never twice on an unknown outcome
    return r;
}

ApiRequest removeFromCampaign(const QString& contactId, const QString& campaignId)
{
    return make("DELETE", QString(contactPath(contactId) + u"/campaigns/"_s + seg(campaignId)),
                u"/contacts/{contactId}/campaigns/{campaignId}"_s, "campaigns.remove");
}

ApiRequest removeFromAllCampaigns(const QString& contactId)
{
    return make("DELETE", QString(contactPath(contactId) + u"/campaigns/removeAll"_s),
                u"/contacts/{contactId}/campaigns/removeAll"_s, "campaigns.removeAll");
}

ApiRequest addToWorkflow(const QString& contactId, const QString& workflowId, const QDateTime& eventStartTime)
{
    auto r = make("POST", QString(contactPath(contactId) + u"/workflow/"_s + seg(workflowId)),
                  u"/contacts/{contactId}/workflow/{workflowId}"_s, "workflows.add");
    QJsonObject body;
    if (eventStartTime.isValid()) {
        body.insert(u"eventStartTime"_s, eventStartTime.toUTC().toString(Qt::ISODate));
    }
    setJson(r, body);
    r.idempotent = false; // a workflow run has side effects (messages): never twice on an unknown outcome
    return r;
}

ApiRequest removeFromWorkflow(const QString& contactId, const QString& workflowId, const QDateTime& eventStartTime)
{
    auto r = make("DELETE", QString(contactPath(contactId) + u"/workflow/"_s + seg(workflowId)),
                  u"/contacts/{contactId}/workflow/{workflowId}"_s, "workflows.remove");
    QJsonObject body;
    if (eventStartTime.isValid()) {
        body.insert(u"eventStartTime"_s, eventStartTime.toUTC().toString(Qt::ISODate));
    }
    setJson(r, body);
    return r;
}

ApiRequest bulkTags(const QString& locationId, BulkTagAction action, const QStringList& contactIds,
                    const QStringList& tags, std::optional<bool> removeAllTags)
{
    const QString type = action == BulkTagAction::Add ? u"add"_s : u"remove"_s;
    auto r = make("POST", QString(u"/contacts/bulk/tags/update/"_s + type), u"/contacts/bulk/tags/update/{type}"_s,
                  action == BulkTagAction::Add ? "bulkTags.add" : "bulkTags.remove");
    QJsonObject body {{u"contacts"_s, toArray(contactIds)}, {u"tags"_s, toArray(tags)}, {u"locationId"_s, locationId}};
    // "Can only be used with remove type" (spec).
    if (removeAllTags && action == BulkTagAction::Remove) {
        body.insert(u"removeAllTags"_s, *removeAllTags);
    }
    setJson(r, body);
    r.idempotent = true; // set semantics per contact
    return r;
}

ApiRequest bulkBusiness(const QString& locationId, const QStringList& contactIds, const QString& businessId)
{
    auto r = make("POST", u"/contacts/bulk/business"_s, u"/contacts/bulk/business"_s, "bulkBusiness.update");
    QJsonObject body {{u"locationId"_s, locationId}, {u"ids"_s, toArray(contactIds)}};
    body.insert(u"businessId"_s, businessId.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(businessId));
    setJson(r, body);
    r.idempotent = true;
    return r;
}

ApiRequest getLocation(const QString& locationId)
{
    return make("GET", QString(u"/locations/"_s + seg(locationId)), u"/locations/{locationId}"_s, "locations.get");
}

ApiRequest listCustomFields(const QString& locationId, const QString& model)
{
    auto r = make("GET", QString(u"/locations/"_s + seg(locationId) + u"/customFields"_s),
                  u"/locations/{locationId}/customFields"_s, "customFields.list");
    if (!model.isEmpty()) {
        r.query.addQueryItem(u"model"_s, model);
    }
    return r;
}

ApiRequest listLocationTags(const QString& locationId)
{
    return make("GET", QString(u"/locations/"_s + seg(locationId) + u"/tags"_s), u"/locations/{locationId}/tags"_s,
                "locationTags.list");
}

ApiRequest searchTasks(const QString& locationId, const TaskSearchQuery& q)
{
    auto r = make("POST", QString(u"/locations/"_s + seg(locationId) + u"/tasks/search"_s),
                  u"/locations/{locationId}/tasks/search"_s, "tasks.search");
    r.priority = Priority::ChangeDetection;
    QJsonObject body {{u"limit"_s, q.limit}, {u"skip"_s, q.skip}};
    if (!q.contactIds.isEmpty()) {
        body.insert(u"contactId"_s, toArray(q.contactIds));
    }
    if (q.completed) {
        body.insert(u"completed"_s, *q.completed);
    }
    if (!q.assignedTo.isEmpty()) {
        body.insert(u"assignedTo"_s, toArray(q.assignedTo));
    }
    if (!q.query.isEmpty()) {
        body.insert(u"query"_s, q.query);
    }
    if (!q.businessId.isEmpty()) {
        body.insert(u"businessId"_s, q.businessId);
    }
    setJson(r, body);
    return r;
}

} // namespace fb::api::ghl::request

namespace fb::api::ghl {

QJsonObject SearchQuery::filter(const QString& field, const QString& op, const QJsonValue& value)
{
    QJsonObject o {{u"field"_s, field}, {u"operator"_s, op}};
    if (!value.isUndefined()) {
        o.insert(u"value"_s, value);
    }
    return o;
}

QJsonObject SearchQuery::filterRange(const QString& field, const QJsonObject& bounds)
{
    return filter(field, u"range"_s, bounds);
}

QJsonObject SearchQuery::filterGroup(const QString& andOr, const QJsonArray& filters)
{
    return QJsonObject {{u"group"_s, andOr}, {u"filters"_s, filters}};
}

QJsonObject SearchQuery::dateUpdatedBetween(const QDateTime& from, const QDateTime& to)
{
    QJsonObject bounds;
    if (from.isValid()) {
        bounds.insert(u"gte"_s, request::isoMs(from));
    }
    if (to.isValid()) {
        bounds.insert(u"lte"_s, request::isoMs(to));
    }
    return filterRange(u"dateUpdated"_s, bounds);
}

QJsonObject SearchQuery::sortBy(const QString& field, bool ascending)
{
    return QJsonObject {{u"field"_s, field}, {u"direction"_s, ascending ? u"asc"_s : u"desc"_s}};
}

std::optional<SearchQuery> nextSearchQuery(const SearchQuery& current, const SearchPage& page, bool* ceilingReached)
{
    if (ceilingReached) {
        *ceilingReached = false;
    }
    const int limit = qBound(1, current.pageLimit, SearchQuery::maxPageLimit);
    if (page.contacts.isEmpty() || page.contacts.size() < limit) {
        return std::nullopt;
    }
    const qint64 seen = current.searchAfter.isEmpty() && current.page > 0 ? qint64(current.page) * limit : -1;
    if (page.total >= 0 && seen >= 0 && seen >= page.total) {
        return std::nullopt;
    }
    SearchQuery next = current;
    const QJsonArray cursor = page.contacts.constLast().searchAfter;
    if (!cursor.isEmpty()) {
        next.searchAfter = cursor;
        next.page = 0;
        return next;
    }
    if (!current.searchAfter.isEmpty() || current.page <= 0) {
        // Came by cursor, but the last item carries none: nothing to continue from.
        if (ceilingReached) {
            *ceilingReached = true;
        }
        return std::nullopt;
    }
    if (qint64(current.page + 1) * limit > SearchQuery::maxPagedRecords) {
        if (ceilingReached) {
            *ceilingReached = true;
        }
        return std::nullopt;
    }
    next.page = current.page + 1;
    return next;
}

std::optional<ContactListQuery> nextListQuery(const ContactListQuery& current, const ContactListPage& page)
{
    if (page.contacts.isEmpty()) {
        return std::nullopt;
    }
    ContactListQuery next = current;
    if (page.meta && !page.meta->startAfterId.isEmpty()) {
        next.startAfterId = page.meta->startAfterId;
        next.startAfter = page.meta->startAfter;
        return next;
    }
    if (page.contacts.size() < qBound(1, current.limit, 100)) {
        return std::nullopt;
    }
    const Contact& last = page.contacts.constLast();
    next.startAfterId = last.id;
    next.startAfter = last.dateAdded.isValid() ? last.dateAdded.toMSecsSinceEpoch() : -1;
    return next;
}

} // namespace fb::api::ghl
