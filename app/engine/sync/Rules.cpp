#include "Rules.h"

#include "ExtrasTags.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fb::sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::sync::RuleSet)
};

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

// Typed readers that fail with the key's name.
struct Reader
{
    QString* error;
    QString where;

    bool fail(const QString& key, const char* expected)
    {
        *error = Tr::tr("rules: %1%2 must be %3").arg(where, key, QString::fromLatin1(expected));
        return false;
    }
    bool boolean(const QJsonObject& o, const QString& key, bool* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return true;
        }
        if (!v.isBool()) {
            return fail(key, "true or false");
        }
        *out = v.toBool();
        return true;
    }
    bool text(const QJsonObject& o, const QString& key, QString* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return true;
        }
        if (v.isDouble()) { // user ids typed as numbers
            *out = QString::number(v.toInteger());
            return true;
        }
        if (!v.isString()) {
            return fail(key, "a string");
        }
        *out = v.toString();
        return true;
    }
    bool integer(const QJsonObject& o, const QString& key, int* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return true;
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            return fail(key, "a whole number");
        }
        *out = v.toInt();
        return true;
    }
    bool list(const QJsonObject& o, const QString& key, QStringList* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return true;
        }
        if (v.isString()) {
            *out = QStringList{v.toString()};
            return true;
        }
        if (!v.isArray()) {
            return fail(key, "a list of strings");
        }
        out->clear();
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString()) {
                return fail(key, "a list of strings");
            }
            out->append(item.toString());
        }
        return true;
    }
    bool objects(const QJsonObject& o, const QString& key, QList<QJsonObject>* out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return true;
        }
        if (!v.isArray()) {
            return fail(key, "a list of objects");
        }
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isObject()) {
                return fail(key, "a list of objects");
            }
            out->append(item.toObject());
        }
        return true;
    }
};

QSet<QString> typeKeys(const QStringList& types)
{
    QSet<QString> out;
    for (const QString& t : types) {
        out.insert(t.trimmed().toCaseFolded());
    }
    return out;
}

QString joinTypes(const QSet<QString>& set)
{
    QStringList l(set.cbegin(), set.cend());
    l.sort();
    return l.join(u", "_s);
}

const QStringList& knownPlaceholders()
{
    static const QStringList names{u"type"_s,      u"date"_s,      u"comments"_s, u"fields"_s,
                                   u"account"_s,   u"contact"_s,   u"checkInId"_s, u"createdBy"_s,
                                   u"title"_s,     u"body"_s};
    return names;
}

} // namespace

// ---- the set ----------------------------------------------------------------------------------------------------

bool RuleSet::anyEnabled() const
{
    return checkInNotes || notesToCheckIns || tags || taskCheckIns || !outcomes.isEmpty() || !followUps.isEmpty()
        || !routing.isEmpty();
}

bool RuleSet::hasCheckInOutcomes() const
{
    return std::any_of(outcomes.cbegin(), outcomes.cend(), [](const OutcomeRule& r) { return !r.checkInTypes.isEmpty(); });
}

bool RuleSet::hasTaskOutcomes() const
{
    return std::any_of(outcomes.cbegin(), outcomes.cend(), [](const OutcomeRule& r) { return r.taskCompleted; });
}

QString RuleSet::highLevelUserFor(const QString& badgerUser) const
{
    for (const UserMapEntry& u : users) {
        if (u.badgerUser == badgerUser) {
            return u.highLevelUser;
        }
    }
    return {};
}

QString RuleSet::badgerUserFor(const QString& highLevelUser) const
{
    for (const UserMapEntry& u : users) {
        if (u.highLevelUser == highLevelUser) {
            return u.badgerUser;
        }
    }
    return {};
}

RuleSet RuleSet::defaults()
{
    RuleSet r;
    r.checkInNotes = true;
    return r;
}

QJsonObject RuleSet::toJson() const
{
    QJsonArray outcomeArray;
    for (const OutcomeRule& r : outcomes) {
        QJsonObject o{{u"id"_s, r.id}, {u"addTags"_s, toArray(r.addTags)}, {u"removeTags"_s, toArray(r.removeTags)}};
        if (!r.checkInTypes.isEmpty()) {
            o.insert(u"checkInTypes"_s, toArray(r.checkInTypes));
        }
        if (r.taskCompleted) {
            o.insert(u"taskCompleted"_s, true);
            o.insert(u"titleContains"_s, r.titleContains);
        }
        outcomeArray.append(o);
    }
    QJsonArray followUpArray;
    for (const FollowUpRule& r : followUps) {
        followUpArray.append(QJsonObject{{u"id"_s, r.id},
                                         {u"checkInTypes"_s, toArray(r.checkInTypes)},
                                         {u"doneTypes"_s, toArray(r.doneTypes)},
                                         {u"title"_s, r.title},
                                         {u"body"_s, r.body},
                                         {u"dueDays"_s, r.dueDays},
                                         {u"assignee"_s, r.assignee}});
    }
    QJsonArray routingArray;
    for (const RoutingRule& r : routing) {
        routingArray.append(QJsonObject{{u"id"_s, r.id},
                                        {u"tag"_s, r.tag},
                                        {u"badgerUser"_s, r.badgerUser},
                                        {u"setHighLevel"_s, r.setHighLevel},
                                        {u"setBadger"_s, r.setBadger}});
    }
    QJsonArray userArray;
    for (const UserMapEntry& u : users) {
        userArray.append(QJsonObject{{u"badger"_s, u.badgerUser}, {u"highlevel"_s, u.highLevelUser}, {u"name"_s, u.name}});
    }
    QJsonObject notesToCheckInsObject{{u"enabled"_s, notesToCheckIns}, {u"type"_s, noteCheckInType}};
    if (notesSince.isValid()) {
        notesToCheckInsObject.insert(u"since"_s, notesSince.toUTC().toString(Qt::ISODateWithMs));
    }
    return {
        {u"checkInNotes"_s, QJsonObject{{u"enabled"_s, checkInNotes},
                                        {u"template"_s, noteTemplate},
                                        {u"dateFormat"_s, dateFormat},
                                        {u"accountsPerRun"_s, checkInAccountsPerRun}}},
        {u"notesToCheckIns"_s, notesToCheckInsObject},
        {u"tags"_s, QJsonObject{{u"enabled"_s, tags}, {u"badgerField"_s, tagField}, {u"bulkThreshold"_s, bulkThreshold}}},
        {u"taskCheckIns"_s, QJsonObject{{u"enabled"_s, taskCheckIns},
                                        {u"type"_s, taskCheckInType},
                                        {u"comments"_s, taskCheckInComments}}},
        {u"outcomes"_s, outcomeArray},
        {u"followUps"_s, followUpArray},
        {u"routing"_s, routingArray},
        {u"users"_s, userArray},
    };
}

bool RuleSet::fromJson(const QJsonObject& json, RuleSet* out, QString* error)
{
    RuleSet r;
    Reader rd{error, {}};
    auto section = [&](const QString& key, QJsonObject* o) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull()) {
            *o = {};
            return true;
        }
        if (!v.isObject()) {
            *error = Tr::tr("rules: %1 must be an object").arg(key);
            return false;
        }
        *o = v.toObject();
        rd.where = key + u"."_s;
        return true;
    };
    QJsonObject o;
    if (!section(u"checkInNotes"_s, &o) || !rd.boolean(o, u"enabled"_s, &r.checkInNotes)
        || !rd.text(o, u"template"_s, &r.noteTemplate) || !rd.text(o, u"dateFormat"_s, &r.dateFormat)
        || !rd.integer(o, u"accountsPerRun"_s, &r.checkInAccountsPerRun)) {
        return false;
    }
    QString since;
    if (!section(u"notesToCheckIns"_s, &o) || !rd.boolean(o, u"enabled"_s, &r.notesToCheckIns)
        || !rd.text(o, u"type"_s, &r.noteCheckInType) || !rd.text(o, u"since"_s, &since)) {
        return false;
    }
    if (!since.isEmpty()) {
        r.notesSince = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!r.notesSince.isValid()) {
            *error = Tr::tr("rules: notesToCheckIns.since is not an ISO 8601 time");
            return false;
        }
    }
    if (!section(u"tags"_s, &o) || !rd.boolean(o, u"enabled"_s, &r.tags) || !rd.text(o, u"badgerField"_s, &r.tagField)
        || !rd.integer(o, u"bulkThreshold"_s, &r.bulkThreshold)) {
        return false;
    }
    if (!section(u"taskCheckIns"_s, &o) || !rd.boolean(o, u"enabled"_s, &r.taskCheckIns)
        || !rd.text(o, u"type"_s, &r.taskCheckInType) || !rd.text(o, u"comments"_s, &r.taskCheckInComments)) {
        return false;
    }
    rd.where.clear();
    QList<QJsonObject> items;
    if (!rd.objects(json, u"outcomes"_s, &items)) {
        return false;
    }
    for (const QJsonObject& item : std::as_const(items)) {
        OutcomeRule rule;
        rd.where = u"outcomes[%1]."_s.arg(r.outcomes.size());
        if (!rd.text(item, u"id"_s, &rule.id) || !rd.list(item, u"checkInTypes"_s, &rule.checkInTypes)
            || !rd.boolean(item, u"taskCompleted"_s, &rule.taskCompleted)
            || !rd.text(item, u"titleContains"_s, &rule.titleContains) || !rd.list(item, u"addTags"_s, &rule.addTags)
            || !rd.list(item, u"removeTags"_s, &rule.removeTags)) {
            return false;
        }
        r.outcomes.append(rule);
    }
    items.clear();
    rd.where.clear();
    if (!rd.objects(json, u"followUps"_s, &items)) {
        return false;
    }
    for (const QJsonObject& item : std::as_const(items)) {
        FollowUpRule rule;
        rd.where = u"followUps[%1]."_s.arg(r.followUps.size());
        if (!rd.text(item, u"id"_s, &rule.id) || !rd.list(item, u"checkInTypes"_s, &rule.checkInTypes)
            || !rd.list(item, u"doneTypes"_s, &rule.doneTypes) || !rd.text(item, u"title"_s, &rule.title)
            || !rd.text(item, u"body"_s, &rule.body) || !rd.integer(item, u"dueDays"_s, &rule.dueDays)
            || !rd.text(item, u"assignee"_s, &rule.assignee)) {
            return false;
        }
        r.followUps.append(rule);
    }
    items.clear();
    rd.where.clear();
    if (!rd.objects(json, u"routing"_s, &items)) {
        return false;
    }
    for (const QJsonObject& item : std::as_const(items)) {
        RoutingRule rule;
        rd.where = u"routing[%1]."_s.arg(r.routing.size());
        if (!rd.text(item, u"id"_s, &rule.id) || !rd.text(item, u"tag"_s, &rule.tag)
            || !rd.text(item, u"badgerUser"_s, &rule.badgerUser) || !rd.boolean(item, u"setHighLevel"_s, &rule.setHighLevel)
            || !rd.boolean(item, u"setBadger"_s, &rule.setBadger)) {
            return false;
        }
        r.routing.append(rule);
    }
    items.clear();
    rd.where.clear();
    if (!rd.objects(json, u"users"_s, &items)) {
        return false;
    }
    for (const QJsonObject& item : std::as_const(items)) {
        UserMapEntry u;
        rd.where = u"users[%1]."_s.arg(r.users.size());
        if (!rd.text(item, u"badger"_s, &u.badgerUser) || !rd.text(item, u"highlevel"_s, &u.highLevelUser)
            || !rd.text(item, u"name"_s, &u.name)) {
            return false;
        }
        r.users.append(u);
    }
    // Rules without an id get a stable one from their position (ids name tasks in the ledger).
    for (qsizetype i = 0; i < r.outcomes.size(); ++i) {
        if (r.outcomes[i].id.isEmpty()) {
            r.outcomes[i].id = u"outcome-%1"_s.arg(i + 1);
        }
    }
    for (qsizetype i = 0; i < r.followUps.size(); ++i) {
        if (r.followUps[i].id.isEmpty()) {
            r.followUps[i].id = u"follow-up-%1"_s.arg(i + 1);
        }
    }
    for (qsizetype i = 0; i < r.routing.size(); ++i) {
        if (r.routing[i].id.isEmpty()) {
            r.routing[i].id = u"routing-%1"_s.arg(i + 1);
        }
    }
    *out = r;
    return true;
}

// ---- validation -------------------------------------------------------------------------------------------------

QList<RuleIssue> RuleSet::validate(const QStringList& mappedHighLevelFields, const QStringList& mappedBadgerFields) const
{
    QList<RuleIssue> issues;
    auto error = [&](const QString& id, const QString& message) {
        issues.append({RuleIssue::Severity::Error, id, message});
    };
    auto warning = [&](const QString& id, const QString& message) {
        issues.append({RuleIssue::Severity::Warning, id, message});
    };

    // Ids are unique: tasks and routing decisions are remembered by rule id.
    QSet<QString> ids;
    auto checkId = [&](const QString& id) {
        if (ids.contains(id)) {
            error(id, Tr::tr("Two rules share the id \"%1\"; give each rule its own id.").arg(id));
        }
        ids.insert(id);
    };
    for (const OutcomeRule& r : outcomes) {
        checkId(r.id);
    }
    for (const FollowUpRule& r : followUps) {
        checkId(r.id);
    }
    for (const RoutingRule& r : routing) {
        checkId(r.id);
    }

    // Templates
    auto checkTemplate = [&](const QString& id, const QString& what, const QString& text) {
        const QStringList unknown = unknownPlaceholders(text);
        if (!unknown.isEmpty()) {
            error(id, Tr::tr("The %1 template uses unknown placeholders: %2. Known: %3.")
                          .arg(what, unknown.join(u", "_s), u"{"_s + knownPlaceholders().join(u"} {"_s) + u"}"_s));
        }
    };
    if (checkInNotes) {
        checkTemplate({}, Tr::tr("note"), noteTemplate);
        if (noteTemplate.trimmed().isEmpty()) {
            error({}, Tr::tr("The note template is empty."));
        }
    }
    if (taskCheckIns) {
        checkTemplate({}, Tr::tr("task check-in"), taskCheckInComments);
        if (taskCheckInType.trimmed().isEmpty()) {
            error({}, Tr::tr("Completed tasks log a check-in, but its type is empty."));
        }
    }
    if (notesToCheckIns && noteCheckInType.trimmed().isEmpty()) {
        error({}, Tr::tr("Notes become check-ins, but the check-in type is empty."));
    }

    // Tags <-> field
    if (tags) {
        if (!tagField.startsWith(u"custom_text"_s)) {
            error({}, Tr::tr("Tags sync to a Badger custom text field (custom_text, custom_text2, ...); \"%1\" is not one.")
                          .arg(tagField));
        }
        if (mappedBadgerFields.contains(tagField)) {
            error({}, Tr::tr("The tag field %1 is also in the field mapping: two rules would write it. Remove one.")
                          .arg(tagField));
        }
        if (bulkThreshold < 2) {
            warning({}, Tr::tr("A bulk threshold below 2 sends a bulk call for a single contact."));
        }
    }

    // Outcome rules: a rule must do something, and two rules must not pull one tag both ways for the same trigger.
    struct TagAction
    {
        QString ruleId;
        bool add;
    };
    QHash<QString, QList<TagAction>> byTriggerAndTag; // "<trigger>|<tag key>" -> actions
    for (const OutcomeRule& r : outcomes) {
        if (r.checkInTypes.isEmpty() && !r.taskCompleted) {
            error(r.id, Tr::tr("Rule \"%1\" has no trigger: name check-in types or completed tasks.").arg(r.id));
        }
        if (r.addTags.isEmpty() && r.removeTags.isEmpty()) {
            error(r.id, Tr::tr("Rule \"%1\" neither adds nor removes a tag.").arg(r.id));
        }
        for (const QString& t : r.addTags + r.removeTags) {
            if (normalizeTag(t).isEmpty()) {
                error(r.id, Tr::tr("Rule \"%1\" names an empty tag.").arg(r.id));
            }
        }
        const QSet<QString> add = tagKeys(r.addTags);
        const QSet<QString> remove = tagKeys(r.removeTags);
        const QSet<QString> both = QSet<QString>(add).intersect(remove);
        if (!both.isEmpty()) {
            error(r.id, Tr::tr("Rule \"%1\" both adds and removes %2.").arg(r.id, joinTypes(both)));
        }
        QStringList triggers;
        for (const QString& t : typeKeys(r.checkInTypes)) {
            triggers.append(u"checkin:"_s + t);
        }
        if (r.taskCompleted) {
            triggers.append(u"task:"_s + r.titleContains.trimmed().toCaseFolded());
        }
        for (const QString& trigger : std::as_const(triggers)) {
            for (const QString& t : add) {
                byTriggerAndTag[trigger + u"|"_s + t].append({r.id, true});
            }
            for (const QString& t : remove) {
                byTriggerAndTag[trigger + u"|"_s + t].append({r.id, false});
            }
        }
    }
    QSet<QString> reported;
    for (auto it = byTriggerAndTag.constBegin(); it != byTriggerAndTag.constEnd(); ++it) {
        for (const TagAction& a : it.value()) {
            for (const TagAction& b : it.value()) {
                if (a.add && !b.add && a.ruleId != b.ruleId) {
                    const QString key = a.ruleId + u"/"_s + b.ruleId + it.key();
                    if (reported.contains(key)) {
                        continue;
                    }
                    reported.insert(key);
                    const QString tag = it.key().section(u'|', 1);
                    const QString trigger = it.key().section(u'|', 0, 0);
                    error(a.ruleId, Tr::tr("Rules \"%1\" and \"%2\" fight over the tag \"%3\": on %4 one adds it and the "
                                       "other removes it.")
                                        .arg(a.ruleId, b.ruleId, tag, trigger));
                }
            }
        }
    }

    // Follow-up rules
    QHash<QString, QString> openingType; // check-in type key -> rule id
    for (const FollowUpRule& r : followUps) {
        if (r.checkInTypes.isEmpty()) {
            error(r.id, Tr::tr("Follow-up rule \"%1\" names no check-in type that opens a task.").arg(r.id));
        }
        const QSet<QString> open = typeKeys(r.checkInTypes);
        const QSet<QString> done = typeKeys(r.doneTypes);
        const QSet<QString> both = QSet<QString>(open).intersect(done);
        if (!both.isEmpty()) {
            error(r.id, Tr::tr("Follow-up rule \"%1\": the check-in type(s) %2 would both open and complete the task.")
                            .arg(r.id, joinTypes(both)));
        }
        for (const QString& t : open) {
            if (openingType.contains(t)) {
                error(r.id, Tr::tr("Follow-up rules \"%1\" and \"%2\" both open a task for a \"%3\" check-in.")
                                .arg(openingType.value(t), r.id, t));
            }
            openingType.insert(t, r.id);
        }
        checkTemplate(r.id, Tr::tr("task title"), r.title);
        checkTemplate(r.id, Tr::tr("task body"), r.body);
        if (r.title.trimmed().isEmpty()) {
            error(r.id, Tr::tr("Follow-up rule \"%1\" has an empty task title.").arg(r.id));
        }
        if (r.dueDays < 0 || r.dueDays > 3650) {
            error(r.id, Tr::tr("Follow-up rule \"%1\": the due date offset must be 0-3650 days.").arg(r.id));
        }
        if (r.assignee.startsWith(u"badger:"_s) && highLevelUserFor(r.assignee.mid(7)).isEmpty()) {
            error(r.id, Tr::tr("Follow-up rule \"%1\" assigns to Badger user %2, who is not in the user map.")
                            .arg(r.id, r.assignee.mid(7)));
        }
    }

    // Cycles. Events: a check-in of type T; a completed task. Edges: done types complete tasks; a completed task
    // logs a check-in of taskCheckInType; a follow-up check-in opens a task (which can be completed by a done type).
    if (taskCheckIns) {
        const QString logged = taskCheckInType.trimmed().toCaseFolded();
        for (const FollowUpRule& r : followUps) {
            if (typeKeys(r.doneTypes).contains(logged)) {
                error(r.id, Tr::tr("Cycle: a completed task logs a \"%1\" check-in, which completes tasks of rule \"%2\" "
                               "again.")
                                .arg(taskCheckInType, r.id));
            }
            if (typeKeys(r.checkInTypes).contains(logged)) {
                error(r.id, Tr::tr("Cycle: a completed task logs a \"%1\" check-in, which opens a new task (rule \"%2\"), "
                               "whose completion logs another check-in.")
                                .arg(taskCheckInType, r.id));
            }
        }
    }
    if (notesToCheckIns && checkInNotes) {
        // Check-ins Fieldbridge made from notes are never turned back into notes (they carry the note's marker),
        // but a follow-up on that type would make every note open a task: allowed, worth saying.
        for (const FollowUpRule& r : followUps) {
            if (typeKeys(r.checkInTypes).contains(noteCheckInType.trimmed().toCaseFolded())) {
                warning(r.id, Tr::tr("Every HighLevel note becomes a \"%1\" check-in, which opens a task (rule \"%2\").")
                                  .arg(noteCheckInType, r.id));
            }
        }
    }

    // Routing and the user map
    QHash<QString, QString> hlOfBadger;
    QHash<QString, QString> badgerOfHl;
    for (const UserMapEntry& u : users) {
        if (u.badgerUser.isEmpty() || u.highLevelUser.isEmpty()) {
            error({}, Tr::tr("The user map has an incomplete entry (%1): both a Badger and a HighLevel user are needed.")
                          .arg(u.name.isEmpty() ? u.badgerUser + u.highLevelUser : u.name));
            continue;
        }
        if (hlOfBadger.contains(u.badgerUser) && hlOfBadger.value(u.badgerUser) != u.highLevelUser) {
            error({}, Tr::tr("The user map pairs Badger user %1 with two HighLevel users.").arg(u.badgerUser));
        }
        if (badgerOfHl.contains(u.highLevelUser) && badgerOfHl.value(u.highLevelUser) != u.badgerUser) {
            error({}, Tr::tr("The user map pairs HighLevel user %1 with two Badger users.").arg(u.highLevelUser));
        }
        hlOfBadger.insert(u.badgerUser, u.highLevelUser);
        badgerOfHl.insert(u.highLevelUser, u.badgerUser);
    }
    QHash<QString, const RoutingRule*> byTag;
    for (const RoutingRule& r : routing) {
        if (normalizeTag(r.tag).isEmpty()) {
            error(r.id, Tr::tr("Routing rule \"%1\" has no tag.").arg(r.id));
        }
        if (!r.setHighLevel && !r.setBadger) {
            error(r.id, Tr::tr("Routing rule \"%1\" sets neither the HighLevel nor the Badger owner.").arg(r.id));
        }
        if (!hlOfBadger.contains(r.badgerUser)) {
            error(r.id, Tr::tr("Routing rule \"%1\" routes to Badger user %2, who is not in the user map.")
                            .arg(r.id, r.badgerUser));
        }
        const QString key = tagKey(r.tag);
        if (const RoutingRule* other = byTag.value(key); other && other->badgerUser != r.badgerUser) {
            error(r.id, Tr::tr("Routing rules \"%1\" and \"%2\" fight over the owner of contacts tagged \"%3\" (users %4 "
                           "and %5).")
                            .arg(other->id, r.id, r.tag, other->badgerUser, r.badgerUser));
        }
        byTag.insert(key, &r);
        if (r.setHighLevel && mappedHighLevelFields.contains(u"assignedTo"_s)) {
            error(r.id, Tr::tr("Routing rule \"%1\" sets assignedTo, which the field mapping also writes. Let one of them "
                           "own the field.")
                            .arg(r.id));
        }
        if (r.setBadger && mappedBadgerFields.contains(u"account_owner"_s)) {
            error(r.id, Tr::tr("Routing rule \"%1\" sets account_owner, which the field mapping also writes. Let one of "
                           "them own the field.")
                            .arg(r.id));
        }
        // Outcome rules that remove the routing tag are fine (routing happens on arrival of the tag).
    }
    if (byTag.size() > 1) {
        QStringList routingTags;
        for (const RoutingRule& r : routing) {
            routingTags.append(r.tag);
        }
        warning({}, Tr::tr("A contact carrying several routing tags (%1) is routed by the first rule in the list.")
                        .arg(routingTags.join(u", "_s)));
    }
    return issues;
}

// ---- templates and markers --------------------------------------------------------------------------------------

QList<QPair<QString, QString>> checkInFields(const QJsonValue& extraFields)
{
    QJsonObject object;
    if (extraFields.isObject()) {
        object = extraFields.toObject();
    } else if (extraFields.isString()) {
        const QJsonDocument doc = QJsonDocument::fromJson(extraFields.toString().toUtf8());
        if (doc.isObject()) {
            object = doc.object();
        } else if (!extraFields.toString().trimmed().isEmpty()) {
            return {{QString(), extraFields.toString().trimmed()}};
        }
    }
    QList<QPair<QString, QString>> out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isString()) {
            text = v.toString();
        } else if (v.isDouble()) {
            text = QString::number(v.toDouble(), 'g', 15);
        } else if (v.isBool()) {
            text = v.toBool() ? u"yes"_s : u"no"_s;
        } else if (!v.isNull() && !v.isUndefined()) {
            text = QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                                         .toJson(QJsonDocument::Compact));
        }
        out.append({it.key(), text});
    }
    return out;
}

QString renderTemplate(const QString& text, const TemplateContext& c, const QString& dateFormat)
{
    QString out;
    out.reserve(text.size() + c.comments.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            out += u'{';
            ++i;
            continue;
        }
        if (ch == u'}' && i + 1 < text.size() && text.at(i + 1) == u'}') {
            out += u'}';
            ++i;
            continue;
        }
        if (ch != u'{') {
            out += ch;
            continue;
        }
        const qsizetype end = text.indexOf(u'}', i + 1);
        if (end < 0) {
            out += text.mid(i);
            break;
        }
        const QString name = text.mid(i + 1, end - i - 1);
        i = end;
        if (name == u"type"_s) {
            out += c.type;
        } else if (name == u"date"_s) {
            out += c.date.isValid() ? c.date.toUTC().toString(dateFormat) : QString();
        } else if (name == u"comments"_s) {
            out += c.comments;
        } else if (name == u"fields"_s) {
            QStringList lines;
            for (const auto& [key, value] : c.fields) {
                lines.append(key.isEmpty() ? value : key + u": "_s + value);
            }
            out += lines.join(u'\n');
        } else if (name.startsWith(u"field:"_s)) {
            const QString wanted = name.mid(6);
            for (const auto& [key, value] : c.fields) {
                if (key == wanted) {
                    out += value;
                    break;
                }
            }
        } else if (name == u"account"_s) {
            out += c.account;
        } else if (name == u"contact"_s) {
            out += c.contact;
        } else if (name == u"checkInId"_s) {
            out += c.checkInId;
        } else if (name == u"createdBy"_s) {
            out += c.createdBy;
        } else if (name == u"title"_s) {
            out += c.title;
        } else if (name == u"body"_s) {
            out += c.body;
        } else {
            out += u"{"_s + name + u"}"_s;
        }
    }
    // Empty placeholders leave blank lines behind; collapse runs of them and trim the ends.
    while (out.contains(u"\n\n\n"_s)) {
        out.replace(u"\n\n\n"_s, u"\n\n"_s);
    }
    return out.trimmed();
}

QStringList unknownPlaceholders(const QString& text)
{
    QStringList unknown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'{' && i + 1 < text.size() && text.at(i + 1) == u'{') {
            ++i;
            continue;
        }
        if (text.at(i) != u'{') {
            continue;
        }
        const qsizetype end = text.indexOf(u'}', i + 1);
        if (end < 0) {
            unknown.append(text.mid(i));
            break;
        }
        const QString name = text.mid(i + 1, end - i - 1);
        if (!knownPlaceholders().contains(name) && !(name.startsWith(u"field:"_s) && name.size() > 6)) {
            unknown.append(u"{"_s + name + u"}"_s);
        }
        i = end;
    }
    return unknown;
}

QString checkInMarker(const QString& checkInId)
{
    return u"Badger check-in #"_s + checkInId;
}

QString followUpMarker(const QString& checkInId, const QString& ruleId)
{
    return u"Badger check-in #"_s + checkInId + u" follow-up "_s + ruleId;
}

QString noteMarker(const QString& noteId)
{
    return u"HighLevel note "_s + noteId;
}

QString taskMarker(const QString& taskId)
{
    return u"HighLevel task "_s + taskId;
}

} // namespace fb::sync
