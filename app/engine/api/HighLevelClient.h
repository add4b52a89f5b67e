#pragma once
// The typed HighLevel client: every contacts/locations operation the sync uses, over the shared RequestEngine.

#include "HighLevelParsers.h"
#include "HighLevelRequests.h"
#include "HighLevelTypes.h"
#include "RequestEngine.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace fb::api {

// One operation: the request to send and the parser of its answer.
template<typename T> struct Operation
{
    ApiRequest request;
    Result<T> (*parse)(const ApiResult&) = nullptr;
};

class HighLevelClient : public QObject
{
    Q_OBJECT

public:
    // engine is not owned and must outlive the client; locationId is the sub-account every call is scoped to.
    HighLevelClient(RequestEngine* engine, QString locationId, QObject* parent = nullptr);

    QString locationId() const { return m_locationId; }
    void setCapabilities(const ghl::HighLevelCapabilities& caps) { m_caps = caps; }
    ghl::HighLevelCapabilities capabilities() const { return m_caps; }
    RequestEngine* engine() const { return m_engine; }

    // Asynchronous form of any operation below: callback runs once in the engine's thread unless context dies.
    // done: callable taking const Result<T>&.
    template<typename T, typename Done> RequestEngine::CallId start(const Operation<T>& op, QObject* context, Done done)
    {
        auto parse = op.parse;
        return m_engine->send(op.request, context,
                              [parse, done = std::move(done)](const ApiResult& r) { done(parse(r)); });
    }
    // Blocking form: worker threads only (see RequestEngine::sendAndWait).
    template<typename T> Result<T> run(const Operation<T>& op) { return op.parse(m_engine->sendAndWait(op.request)); }

    // Operation descriptions (pure: nothing is sent).
    Operation<ghl::Contact> createContactOp(const ghl::ContactInput& input) const;
    Operation<ghl::Contact> getContactOp(const QString& contactId) const;
    Operation<ghl::Contact> updateContactOp(const QString& contactId, const ghl::ContactInput& input) const;
    Operation<ghl::Done> deleteContactOp(const QString& contactId) const;
    Operation<ghl::UpsertOutcome> upsertContactOp(const ghl::ContactInput& input) const;
    Operation<ghl::SearchPage> searchContactsOp(const ghl::SearchQuery& query) const;
    Operation<ghl::DuplicateOutcome> findDuplicateOp(const QString& email, const QString& number) const;
    Operation<ghl::ContactListPage> listContactsOp(const ghl::ContactListQuery& query) const;
    Operation<ghl::ContactListPage> listBusinessContactsOp(const QString& businessId,
                                                           const ghl::BusinessListQuery& query) const;
    Operation<QList<ghl::Task>> listTasksOp(const QString& contactId) const;
    Operation<ghl::Task> createTaskOp(const QString& contactId, const ghl::TaskInput& input) const;
    Operation<ghl::Task> getTaskOp(const QString& contactId, const QString& taskId) const;
    Operation<ghl::Task> updateTaskOp(const QString& contactId, const QString& taskId,
                                      const ghl::TaskInput& input) const;
    Operation<ghl::Done> deleteTaskOp(const QString& contactId, const QString& taskId) const;
    Operation<ghl::Task> setTaskCompletedOp(const QString& contactId, const QString& taskId, bool completed) const;
    Operation<QList<ghl::Note>> listNotesOp(const QString& contactId) const;
    Operation<ghl::Note> createNoteOp(const QString& contactId, const ghl::NoteInput& input) const;
    Operation<ghl::Note> getNoteOp(const QString& contactId, const QString& noteId) const;
    Operation<ghl::Note> updateNoteOp(const QString& contactId, const QString& noteId,
                                      const ghl::NoteInput& input) const;
    Operation<ghl::Done> deleteNoteOp(const QString& contactId, const QString& noteId) const;
    Operation<ghl::TagsOutcome> addTagsOp(const QString& contactId, const QStringList& tags) const;
    Operation<ghl::TagsOutcome> removeTagsOp(const QString& contactId, const QStringList& tags) const;
    Operation<QList<ghl::Appointment>> listAppointmentsOp(const QString& contactId) const;
    Operation<ghl::FollowersOutcome> addFollowersOp(const QString& contactId, const QStringList& userIds) const;
    Operation<ghl::FollowersOutcome> removeFollowersOp(const QString& contactId, const QStringList& userIds) const;
    Operation<ghl::Done> addToCampaignOp(const QString& contactId, const QString& campaignId) const;
    Operation<ghl::Done> removeFromCampaignOp(const QString& contactId, const QString& campaignId) const;
    Operation<ghl::Done> removeFromAllCampaignsOp(const QString& contactId) const;
    Operation<ghl::Done> addToWorkflowOp(const QString& contactId, const QString& workflowId,
                                         const QDateTime& eventStartTime = {}) const;
    Operation<ghl::Done> removeFromWorkflowOp(const QString& contactId, const QString& workflowId) const;
    Operation<ghl::BulkTagsOutcome> bulkTagsOp(ghl::BulkTagAction action, const QStringList& contactIds,
                                               const QStringList& tags, std::optional<bool> removeAllTags = {}) const;
    Operation<ghl::BulkBusinessOutcome> bulkBusinessOp(const QStringList& contactIds, const QString& businessId) const;
    Operation<ghl::LocationInfo> getLocationOp() const;
    Operation<QList<ghl::CustomFieldDefinition>> listCustomFieldsOp() const;
    Operation<QList<ghl::Tag>> listLocationTagsOp() const;
    Operation<QList<ghl::Task>> searchTasksOp(const ghl::TaskSearchQuery& query) const;

    // Blocking conveniences (worker threads only).
    Result<ghl::Contact> createContact(const ghl::ContactInput& input) { return run(createContactOp(input)); }
    Result<ghl::Contact> getContact(const QString& id) { return run(getContactOp(id)); }
    Result<ghl::Contact> updateContact(const QString& id, const ghl::ContactInput& input)
    {
        return run(updateContactOp(id, input));
    }
    Result<ghl::Done> deleteContact(const QString& id) { return run(deleteContactOp(id)); }
    Result<ghl::UpsertOutcome> upsertContact(const ghl::ContactInput& input) { return run(upsertContactOp(input)); }
    Result<ghl::SearchPage> searchContacts(const ghl::SearchQuery& query) { return run(searchContactsOp(query)); }
    Result<ghl::DuplicateOutcome> findDuplicate(const QString& email, const QString& number)
    {
        return run(findDuplicateOp(email, number));
    }
    Result<ghl::ContactListPage> listContacts(const ghl::ContactListQuery& query) { return run(listContactsOp(query)); }
    Result<ghl::ContactListPage> listBusinessContacts(const QString& businessId, const ghl::BusinessListQuery& query)
    {
        return run(listBusinessContactsOp(businessId, query));
    }
    Result<QList<ghl::Task>> listTasks(const QString& contactId) { return run(listTasksOp(contactId)); }
    Result<ghl::Task> createTask(const QString& contactId, const ghl::TaskInput& input)
    {
        return run(createTaskOp(contactId, input));
    }
    Result<ghl::Task> getTask(const QString& contactId, const QString& taskId)
    {
        return run(getTaskOp(contactId, taskId));
    }
    Result<ghl::Task> updateTask(const QString& contactId, const QString& taskId, const ghl::TaskInput& input)
    {
        return run(updateTaskOp(contactId, taskId, input));
    }
    Result<ghl::Done> deleteTask(const QString& contactId, const QString& taskId)
    {
        return run(deleteTaskOp(contactId, taskId));
    }
    Result<ghl::Task> setTaskCompleted(const QString& contactId, const QString& taskId, bool completed)
    {
        return run(setTaskCompletedOp(contactId, taskId, completed));
    }
    Result<QList<ghl::Note>> listNotes(const QString& contactId) { return run(listNotesOp(contactId)); }
    Result<ghl::Note> createNote(const QString& contactId, const ghl::NoteInput& input)
    {
        return run(createNoteOp(contactId, input));
    }
    Result<ghl::Note> getNote(const QString& contactId, const QString& noteId)
    {
        return run(getNoteOp(contactId, noteId));
    }
    Result<ghl::Note> updateNote(const QString& contactId, const QString& noteId, const ghl::NoteInput& input)
    {
        return run(updateNoteOp(contactId, noteId, input));
    }
    Result<ghl::Done> deleteNote(const QString& contactId, const QString& noteId)
    {
        return run(deleteNoteOp(contactId, noteId));
    }
    Result<ghl::TagsOutcome> addTags(const QString& contactId, const QStringList& tags)
    {
        return run(addTagsOp(contactId, tags));
    }
    Result<ghl::TagsOutcome> removeTags(const QString& contactId, const QStringList& tags)
    {
        return run(removeTagsOp(contactId, tags));
    }
    Result<QList<ghl::Appointment>> listAppointments(const QString& contactId)
    {
        return run(listAppointmentsOp(contactId));
    }
    Result<ghl::BulkTagsOutcome> bulkTags(ghl::BulkTagAction action, const QStringList& contactIds,
                                          const QStringList& tags, std::optional<bool> removeAllTags = {})
    {
        return run(bulkTagsOp(action, contactIds, tags, removeAllTags));
    }
    Result<ghl::FollowersOutcome> addFollowers(const QString& contactId, const QStringList& userIds)
    {
        return run(addFollowersOp(contactId, userIds));
    }
    Result<ghl::FollowersOutcome> removeFollowers(const QString& contactId, const QStringList& userIds)
    {
        return run(removeFollowersOp(contactId, userIds));
    }
    Result<ghl::Done> addToCampaign(const QString& contactId, const QString& campaignId)
    {
        return run(addToCampaignOp(contactId, campaignId));
    }
    Result<ghl::Done> removeFromCampaign(const QString& contactId, const QString& campaignId)
    {
        return run(removeFromCampaignOp(contactId, campaignId));
    }
    Result<ghl::Done> removeFromAllCampaigns(const QString& contactId)
    {
        return run(removeFromAllCampaignsOp(contactId));
    }
    Result<ghl::Done> addToWorkflow(const QString& contactId, const QString& workflowId,
                                    const QDateTime& eventStartTime = {})
    {
        return run(addToWorkflowOp(contactId, workflowId, eventStartTime));
    }
    Result<ghl::Done> removeFromWorkflow(const QString& contactId, const QString& workflowId)
    {
        return run(removeFromWorkflowOp(contactId, workflowId));
    }
    Result<ghl::BulkBusinessOutcome> bulkBusiness(const QStringList& contactIds, const QString& businessId)
    {
        return run(bulkBusinessOp(contactIds, businessId));
    }
    Result<ghl::LocationInfo> getLocation() { return run(getLocationOp()); }
    Result<QList<ghl::CustomFieldDefinition>> listCustomFields() { return run(listCustomFieldsOp()); }
    Result<QList<ghl::Tag>> listLocationTags() { return run(listLocationTagsOp()); }
    Result<QList<ghl::Task>> searchTasks(const ghl::TaskSearchQuery& query) { return run(searchTasksOp(query)); }

    // Every page of a search, in order: by page number, then by searchAfter when the server provides a cursor.
    // onPage returns false to stop. The result carries the last page's error, if any; *ceilingReached tells that
    // records remain past the 10,000 page-number ceiling without a cursor to reach them.
    Result<qint64> searchAll(ghl::SearchQuery query, const std::function<bool(const ghl::SearchPage&)>& onPage,
                             bool* ceilingReached = nullptr);

private:
    RequestEngine* m_engine;
    QString m_locationId;
    ghl::HighLevelCapabilities m_caps;
};

} // namespace fb::api
