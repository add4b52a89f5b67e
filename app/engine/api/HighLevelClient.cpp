#include "HighLevelClient.h"

namespace fb::api {

HighLevelClient::HighLevelClient(RequestEngine* engine, QString locationId, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_locationId(std::move(locationId))
{
}

Operation<ghl::Contact> HighLevelClient::createContactOp(const ghl::ContactInput& input) const
{
    return {ghl::request::createContact(m_locationId, input), &ghl::parseContactResponse};
}

Operation<ghl::Contact> HighLevelClient::getContactOp(const QString& contactId) const
{
    return {ghl::request::getContact(contactId), &ghl::parseContactResponse};
}

Operation<ghl::Contact> HighLevelClient::updateContactOp(const QString& contactId, const ghl::ContactInput& input) const
{
    return {ghl::request::updateContact(contactId, input, m_caps), &ghl::parseContactResponse};
}

Operation<ghl::Done> HighLevelClient::deleteContactOp(const QString& contactId) const
{
    return {ghl::request::deleteContact(contactId), &ghl::parseDoneResponse};
}

Operation<ghl::UpsertOutcome> HighLevelClient::upsertContactOp(const ghl::ContactInput& input) const
{
    return {ghl::request::upsertContact(m_locationId, input), &ghl::parseUpsertResponse};
}

Operation<ghl::SearchPage> HighLevelClient::searchContactsOp(const ghl::SearchQuery& query) const
{
    return {ghl::request::searchContacts(m_locationId, query), &ghl::parseSearchResponse};
}

Operation<ghl::DuplicateOutcome> HighLevelClient::findDuplicateOp(const QString& email, const QString& number) const
{
    return {ghl::request::findDuplicate(m_locationId, email, number), &ghl::parseDuplicateResponse};
}

Operation<ghl::ContactListPage> HighLevelClient::listContactsOp(const ghl::ContactListQuery& query) const
{
    return {ghl::request::listContacts(m_locationId, query), &ghl::parseContactListResponse};
}

Operation<ghl::ContactListPage> HighLevelClient::listBusinessContactsOp(const QString& businessId,
                                                                        const ghl::BusinessListQuery& query) const
{
    return {ghl::request::listBusinessContacts(m_locationId, businessId, query), &ghl::parseContactListResponse};
}

Operation<QList<ghl::Task>> HighLevelClient::listTasksOp(const QString& contactId) const
{
    return {ghl::request::listTasks(contactId), &ghl::parseTaskListResponse};
}

Operation<ghl::Task> HighLevelClient::createTaskOp(const QString& contactId, const ghl::TaskInput& input) const
{
    return {ghl::request::createTask(contactId, input), &ghl::parseTaskResponse};
}

Operation<ghl::Task> HighLevelClient::getTaskOp(const QString& contactId, const QString& taskId) const
{
    return {ghl::request::getTask(contactId, taskId), &ghl::parseTaskResponse};
}

Operation<ghl::Task> HighLevelClient::updateTaskOp(const QString& contactId, const QString& taskId,
                                                   const ghl::TaskInput& input) const
{
    return {ghl::request::updateTask(contactId, taskId, input), &ghl::parseTaskResponse};
}

Operation<ghl::Done> HighLevelClient::deleteTaskOp(const QString& contactId, const QString& taskId) const
{
    return {ghl::request::deleteTask(contactId, taskId), &ghl::parseDoneResponse};
}

Operation<ghl::Task> HighLevelClient::setTaskCompletedOp(const QString& contactId, const QString& taskId,
                                                         bool completed) const
{
    return {ghl::request::setTaskCompleted(contactId, taskId, completed), &ghl::parseTaskResponse};
}

Operation<QList<ghl::Note>> HighLevelClient::listNotesOp(const QString& contactId) const
{
    return {ghl::request::listNotes(contactId), &ghl::parseNoteListResponse};
}

Operation<ghl::Note> HighLevelClient::createNoteOp(const QString& contactId, const ghl::NoteInput& input) const
{
    return {ghl::request::createNote(contactId, input), &ghl::parseNoteResponse};
}

Operation<ghl::Note> HighLevelClient::getNoteOp(const QString& contactId, const QString& noteId) const
{
    return {ghl::request::getNote(contactId, noteId), &ghl::parseNoteResponse};
}

Operation<ghl::Note> HighLevelClient::updateNoteOp(const QString& contactId, const QString& noteId,
                                                   const ghl::NoteInput& input) const
{
    return {ghl::request::updateNote(contactId, noteId, input), &ghl::parseNoteResponse};
}

Operation<ghl::Done> HighLevelClient::deleteNoteOp(const QString& contactId, const QString& noteId) const
{
    return {ghl::request::deleteNote(contactId, noteId), &ghl::parseDoneResponse};
}

Operation<ghl::TagsOutcome> HighLevelClient::addTagsOp(const QString& contactId, const QStringList& tags) const
{
    return {ghl::request::addTags(contactId, tags), &ghl::parseTagsResponse};
}

Operation<ghl::TagsOutcome> HighLevelClient::removeTagsOp(const QString& contactId, const QStringList& tags) const
{
    return {ghl::request::removeTags(contactId, tags), &ghl::parseTagsResponse};
}

Operation<QList<ghl::Appointment>> HighLevelClient::listAppointmentsOp(const QString& contactId) const
{
    return {ghl::request::listAppointments(contactId), &ghl::parseAppointmentsResponse};
}

Operation<ghl::FollowersOutcome> HighLevelClient::addFollowersOp(const QString& contactId,
                                                                 const QStringList& userIds) const
{
    return {ghl::request::addFollowers(contactId, userIds), &ghl::parseFollowersResponse};
}

Operation<ghl::FollowersOutcome> HighLevelClient::removeFollowersOp(const QString& contactId,
                                                                    const QStringList& userIds) const
{
    return {ghl::request::removeFollowers(contactId, userIds), &ghl::parseFollowersResponse};
}

Operation<ghl::Done> HighLevelClient::addToCampaignOp(const QString& contactId, const QString& campaignId) const
{
    return {ghl::request::addToCampaign(contactId, campaignId), &ghl::parseDoneResponse};
}

Operation<ghl::Done> HighLevelClient::removeFromCampaignOp(const QString& contactId, const QString& campaignId) const
{
    return {ghl::request::removeFromCampaign(contactId, campaignId), &ghl::parseDoneResponse};
}

Operation<ghl::Done> HighLevelClient::removeFromAllCampaignsOp(const QString& contactId) const
{
    return {ghl::request::removeFromAllCampaigns(contactId), &ghl::parseDoneResponse};
}

Operation<ghl::Done> HighLevelClient::addToWorkflowOp(const QString& contactId, const QString& workflowId,
                                                      const QDateTime& eventStartTime) const
{
    return {ghl::request::addToWorkflow(contactId, workflowId, eventStartTime), &ghl::parseDoneResponse};
}

Operation<ghl::Done> HighLevelClient::removeFromWorkflowOp(const QString& contactId, const QString& workflowId) const
{
    return {ghl::request::removeFromWorkflow(contactId, workflowId), &ghl::parseDoneResponse};
}

Operation<ghl::BulkTagsOutcome> HighLevelClient::bulkTagsOp(ghl::BulkTagAction action, const QStringList& contactIds,
                                                            const QStringList& tags,
                                                            std::optional<bool> removeAllTags) const
{
    return {ghl::request::bulkTags(m_locationId, action, contactIds, tags, removeAllTags), &ghl::parseBulkTagsResponse};
}

Operation<ghl::BulkBusinessOutcome> HighLevelClient::bulkBusinessOp(const QStringList& contactIds,
                                                                    const QString& businessId) const
{
    return {ghl::request::bulkBusiness(m_locationId, contactIds, businessId), &ghl::parseBulkBusinessResponse};
}

Operation<ghl::LocationInfo> HighLevelClient::getLocationOp() const
{
    return {ghl::request::getLocation(m_locationId), &ghl::parseLocationResponse};
}

Operation<QList<ghl::CustomFieldDefinition>> HighLevelClient::listCustomFieldsOp() const
{
    return {ghl::request::listCustomFields(m_locationId), &ghl::parseCustomFieldsResponse};
}

Operation<QList<ghl::Tag>> HighLevelClient::listLocationTagsOp() const
{
    return {ghl::request::listLocationTags(m_locationId), &ghl::parseLocationTagsResponse};
}

Operation<QList<ghl::Task>> HighLevelClient::searchTasksOp(const ghl::TaskSearchQuery& query) const
{
    return {ghl::request::searchTasks(m_locationId, query), &ghl::parseTaskSearchResponse};
}

Result<qint64> HighLevelClient::searchAll(ghl::SearchQuery query,
                                          const std::function<bool(const ghl::SearchPage&)>& onPage,
                                          bool* ceilingReached)
{
    if (ceilingReached) {
        *ceilingReached = false;
    }
    qint64 seen = 0;
    for (;;) {
        Result<ghl::SearchPage> page = searchContacts(query);
        if (!page.ok()) {
            Result<qint64> out;
            out.api = page.api;
            return out;
        }
        seen += page->contacts.size();
        const bool more = onPage(*page);
        auto next = ghl::nextSearchQuery(query, *page, ceilingReached);
        if (!more || !next) {
            Result<qint64> out;
            out.api = page.api;
            out.value = seen;
            return out;
        }
        query = *next;
    }
}

} // namespace fb::api
