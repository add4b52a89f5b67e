#pragma once
// The rule set beyond contacts (check-ins -> notes, notes -> check-ins, tags <-> a Badger text field, outcome -> tags,
// follow-up -> task, team routing), stored in MappingDocument::rules, with templates, tag-set rules and validation.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fb::sync {

// One Badger user <-> HighLevel user pair of the admin's user map.
struct UserMapEntry
{
    QString badgerUser;    // Badger user id (account_owner)
    QString highLevelUser; // HighLevel user id (assignedTo)
    QString name;          // for messages only
    friend bool operator==(const UserMapEntry&, const UserMapEntry&) = default;
};

// outcome -> tags: a check-in of one of checkInTypes, or (taskCompleted) a completed HighLevel task whose title
// contains titleContains (empty = any), adds and removes tags on the linked contact.
struct OutcomeRule
{
    QString id;
    QStringList checkInTypes;
    bool taskCompleted = false;
    QString titleContains;
    QStringList addTags;
    QStringList removeTags;
    friend bool operator==(const OutcomeRule&, const OutcomeRule&) = default;
};

// follow-up -> task: a check-in of one of checkInTypes opens a HighLevel task; a later check-in of one of doneTypes on
// the same account completes the tasks this rule opened there.
struct FollowUpRule
{
    QString id;
    QStringList checkInTypes;
    QStringList doneTypes;
    QString title = QStringLiteral("Follow up: {type} at {account}");
    QString body = QStringLiteral("{comments}");
    int dueDays = 3;  // due date = check-in date + dueDays (at the check-in's time of day)
    QString assignee; // "" = unassigned, "contact" = the contact's assignedTo, "badger:<id>" via the user map, else a
                      // HighLevel user id
    friend bool operator==(const FollowUpRule&, const FollowUpRule&) = default;
};

// team routing: a contact carrying `tag` is assigned to the user (HighLevel assignedTo and/or Badger account_owner).
struct RoutingRule
{
    QString id;
    QString tag;
    QString badgerUser; // a user of the user map (by Badger id)
    bool setHighLevel = true;
    bool setBadger = false;
    friend bool operator==(const RoutingRule&, const RoutingRule&) = default;
};

struct RuleIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString ruleId; // empty for set-level issues
    QString message;
};

struct RuleSet
{
    // Check-ins -> notes
    bool checkInNotes = false;
    QString noteTemplate = QStringLiteral("{type} — {date}\n{comments}\n{fields}");
    QString dateFormat = QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    int checkInAccountsPerRun = -1; // per-account check-in reads per run: -1 = the planner decides, N = at most N

    // Notes -> check-ins (optional)
    bool notesToCheckIns = false;
    QString noteCheckInType = QStringLiteral("Note");
    QDateTime notesSince; // notes added before this are history, never sent (set when the option is turned on)

    // Tags <-> a Badger custom text field
    bool tags = false;
    QString tagField;      // Badger field key, e.g. custom_text4
    int bulkThreshold = 5; // a tag added to (or removed from) at least this many contacts goes through the bulk call

    // Completed HighLevel task -> Badger check-in (optional)
    bool taskCheckIns = false;
    QString taskCheckInType = QStringLiteral("Task completed");
    QString taskCheckInComments = QStringLiteral("Completed in HighLevel: {title}");

    QList<OutcomeRule> outcomes;
    QList<FollowUpRule> followUps;
    QList<RoutingRule> routing;
    QList<UserMapEntry> users;

    bool anyEnabled() const;
    bool readsCheckIns() const { return checkInNotes || !followUps.isEmpty() || hasCheckInOutcomes(); }
    bool readsTasks() const { return taskCheckIns || hasTaskOutcomes(); }
    bool hasCheckInOutcomes() const;
    bool hasTaskOutcomes() const;
    bool needsTagState() const { return tags || !outcomes.isEmpty() || !routing.isEmpty(); }

    QString highLevelUserFor(const QString& badgerUser) const;
    QString badgerUserFor(const QString& highLevelUser) const;

    QJsonObject toJson() const;
    // Missing keys take their defaults; wrong types are errors with a message naming the key.
    static bool fromJson(const QJsonObject& json, RuleSet* out, QString* error);
    // A useful starting point: check-ins become notes, nothing else.
    static RuleSet defaults();

    // Cycles, contradictions (two rules fighting over one field), unknown template placeholders, users missing from
    // the user map. mappedFields: the mapping's rows ("<highlevel field>~<badger field>") to detect double writers.
    QList<RuleIssue> validate(const QStringList& mappedHighLevelFields = {},
                              const QStringList& mappedBadgerFields = {}) const;
    friend bool operator==(const RuleSet&, const RuleSet&) = default;
};

// What a template sees. Placeholders: {type} {date} {comments} {fields} {field:<name>} {account} {contact}
// {checkInId} {createdBy} {title} {body}; "{{" and "}}" are literal braces.
struct TemplateContext
{
    QString type;
    QDateTime date;
    QString comments;
    QList<QPair<QString, QString>> fields; // custom check-in fields in the order Badger sent them
    QString account;
    QString contact;
    QString checkInId;
    QString createdBy;
    QString title;
    QString body;
};

QString renderTemplate(const QString& text, const TemplateContext& context, const QString& dateFormat);
// Placeholders a template uses that renderTemplate does not know.
QStringList unknownPlaceholders(const QString& text);

// The hidden-in-plain-sight line that identifies what Fieldbridge wrote, used to find it again after an unknown
// outcome instead of writing it twice.
QString checkInMarker(const QString& checkInId);             // "Badger check-in #<id>"
QString followUpMarker(const QString& checkInId, const QString& ruleId); // "Badger check-in #<id> follow-up <rule>"
QString noteMarker(const QString& noteId);                   // "HighLevel note <id>"
QString taskMarker(const QString& taskId);                   // "HighLevel task <id>"

// Custom check-in fields (extra_fields: null, an object, or a JSON string) as ordered pairs.
QList<QPair<QString, QString>> checkInFields(const QJsonValue& extraFields);

} // namespace fb::sync
