#pragma once
// The sync beyond contacts, run once per sync after the contacts phase: Badger check-ins -> HighLevel notes (journaled,
// reconciled by a marker line), follow-up tasks opened and completed, HighLevel tags <-> a Badger tag field (three-way
// merge per tag, add/remove and bulk endpoints only), outcome tags, team routing, notes/completed tasks -> check-ins.
// Plus the rule preview over what the ledger holds, without any call.

#include "Ledger.h"
#include "Mapping.h"
#include "Rules.h"
#include "SyncEngine.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <atomic>

namespace fb::api {
class RequestEngine;
}

namespace fb::sync {

// One line of "what would these rules do".
struct PreviewItem
{
    QString source;  // "check-in #123 (Meeting, 2025-04-09)" or "task <id> (completed)"
    QString record;  // the linked pair's label
    QString action;  // note | task_open | task_complete | tag_add | tag_remove | route | check_in
    QString detail;  // note body, task title, tag, user ...
    QString ruleId;
};

class ExtrasSync : public QObject
{
    Q_OBJECT

public:
    ExtrasSync(Ledger& ledger, api::RequestEngine& engine, QObject* parent = nullptr);
    ~ExtrasSync() override;

    struct Input
    {
        const MappingDocument& mapping;
        const SyncSettings& settings;
        const QHash<QString, QJsonObject>& highLevel; // contacts the contacts phase read this run, by id
        const QHash<QString, QJsonObject>& badger;    // accounts the contacts phase read this run, by id
    };
    // Adds its calls, writes and counts to summary; in a dry run it plans (summary.changes) and writes nothing,
    // neither remotely nor to the ledger.
    void run(const Input& input, bool dryRun, const std::atomic<bool>& stop, RunSummary& summary);

    // What `rules` would do over the last `lastCheckIns` check-ins and `lastTasks` completed tasks in the ledger.
    // Reads only the ledger: no call, no write. The tag outcome is shown against the last known tag sets.
    static QList<PreviewItem> preview(Ledger& ledger, const RuleSet& rules, int lastCheckIns, int lastTasks);

    // The rules of a mapping document, validated against its field rows. Returns false with the first error.
    static bool loadRules(const MappingDocument& mapping, RuleSet* rules, QList<RuleIssue>* issues);

Q_SIGNALS:
    void activityRecorded(const fb::sync::ActivityEntry& entry);

private:
    struct Run;
    void readCheckIns(Run& run);
    void readTasks(Run& run);
    void reconcile(Run& run);
    void createNotesAndTasks(Run& run);
    void completeTasks(Run& run);
    void syncTags(Run& run);
    void route(Run& run);
    void notesToCheckIns(Run& run);
    void tasksToCheckIns(Run& run);
    void finishRules(Run& run);

    Ledger& m_ledger;
    api::RequestEngine& m_engine;
};

} // namespace fb::sync
