#pragma once
// Pure builders of every HighLevel request the client sends: path, path template, operation name, query, body.

#include "ApiTypes.h"
#include "HighLevelTypes.h"

namespace fb::api::ghl::request {

// Contacts
ApiRequest createContact(const QString& locationId, const ContactInput& input);
ApiRequest getContact(const QString& contactId);
ApiRequest updateContact(const QString& contactId, const ContactInput& input, const HighLevelCapabilities& caps = {});
ApiRequest deleteContact(const QString& contactId);
ApiRequest upsertContact(const QString& locationId, const ContactInput& input);
ApiRequest searchContacts(const QString& locationId, const SearchQuery& query);
ApiRequest findDuplicate(const QString& locationId, const QString& email, const QString& number);
ApiRequest listContacts(const QString& locationId, const ContactListQuery& query); // deprecated endpoint
ApiRequest listBusinessContacts(const QString& locationId, const QString& businessId, const BusinessListQuery& query);

// Tasks
ApiRequest listTasks(const QString& contactId);
ApiRequest createTask(const QString& contactId, const TaskInput& input);
ApiRequest getTask(const QString& contactId, const QString& taskId);
ApiRequest updateTask(const QString& contactId, const QString& taskId, const TaskInput& input);
ApiRequest deleteTask(const QString& contactId, const QString& taskId);
ApiRequest setTaskCompleted(const QString& contactId, const QString& taskId, bool completed);

// Notes
ApiRequest listNotes(const QString& contactId);
ApiRequest createNote(const QString& contactId, const NoteInput& input);
ApiRequest getNote(const QString& contactId, const QString& noteId);
ApiRequest updateNote(const QString& contactId, const QString& noteId, const NoteInput& input);
ApiRequest deleteNote(const QString& contactId, const QString& noteId);

// Tags, appointments, followers, campaigns, workflows
ApiRequest addTags(const QString& contactId, const QStringList& tags);
ApiRequest removeTags(const QString& contactId, const QStringList& tags);
ApiRequest listAppointments(const QString& contactId);
ApiRequest addFollowers(const QString& contactId, const QStringList& userIds);
ApiRequest removeFollowers(const QString& contactId, const QStringList& userIds);
ApiRequest addToCampaign(const QString& contactId, const QString& campaignId);
ApiRequest removeFromCampaign(const QString& contactId, const QString& campaignId);
ApiRequest removeFromAllCampaigns(const QString& contactId);
ApiRequest addToWorkflow(const QString& contactId, const QString& workflowId, const QDateTime& eventStartTime = {});
ApiRequest removeFromWorkflow(const QString& contactId, const QString& workflowId,
                              const QDateTime& eventStartTime = {});

// Bulk
ApiRequest bulkTags(const QString& locationId, BulkTagAction action, const QStringList& contactIds,
                    const QStringList& tags, std::optional<bool> removeAllTags = {});
// businessId null (QString()) removes the contacts from their business.
ApiRequest bulkBusiness(const QString& locationId, const QStringList& contactIds, const QString& businessId);

// Location (apps/locations.json)
ApiRequest getLocation(const QString& locationId);
ApiRequest listCustomFields(const QString& locationId, const QString& model = QStringLiteral("contact"));
ApiRequest listLocationTags(const QString& locationId);
ApiRequest searchTasks(const QString& locationId, const TaskSearchQuery& query);

// Serialisations, public for tests.
QJsonObject contactBody(const ContactInput& input, bool forUpdate, const HighLevelCapabilities& caps);
QJsonObject searchBody(const QString& locationId, const SearchQuery& query);

} // namespace fb::api::ghl::request

namespace fb::api::ghl {

// Where the next search page starts. searchAfter from the last contact when it carries one (UNCONFIRMED where the
// server puts it), else page + 1 while page * pageLimit stays within 10,000. Empty: no further page (or, with
// *ceilingReached set, more records exist but cannot be reached by page numbers and the server gave no cursor).
std::optional<SearchQuery> nextSearchQuery(const SearchQuery& current, const SearchPage& page,
                                           bool* ceilingReached = nullptr);

// The deprecated list: meta.startAfterId/startAfter when present, else the last contact's id and dateAdded.
std::optional<ContactListQuery> nextListQuery(const ContactListQuery& current, const ContactListPage& page);

} // namespace fb::api::ghl
