#pragma once
// The two-way contacts <-> accounts sync: change detection within budgets, first-sync matching, three-way merge,
// writes through the intent journal, deletes, conflicts, dry run. Runs in the worker thread; blocking by design
// (each phase waits for its batch of calls), so its logic reads top to bottom.

#include "FieldCatalog.h"
#include "Ledger.h"
#include "Mapping.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace fb::api {
class RequestEngine;
struct ApiResult;
} // namespace fb::api

namespace fb::sync {

struct SyncSettings
{
    QString locationId;                 // HighLevel location (sub-account) id
    std::optional<qint64> badgerOwnerId; // account_owner for new Badger accounts; default: the connected user
    int badgerRefreshPerRun = -1;       // linked Badger accounts re-read per run: -1 = the planner decides from the
                                        // daily budget and the sync interval, 0 = none, N = at most N
    int syncIntervalSeconds = 900;      // used by the planner to spread the daily Badger budget over the day
    bool fullRefresh = false;           // read every record on both sides this run (the first sync always does)
    int maxInFlight = 6;
    int searchPageLimit = 500;
    int overlapSeconds = 120;           // re-read HighLevel changes this far behind the cursor (search is eventually
                                        // consistent: "updates may take a few seconds")
};

struct PlannedChange
{
    QString record;
    QString field;     // empty for record-level changes (create, link, unlink)
    QString oldValue;
    QString newValue;
    QString direction; // to_highlevel | to_badger | create_in_highlevel | create_in_badger | link | unlink | conflict
};

struct RunSummary
{
    qint64 runId = 0;
    bool dryRun = false;
    QString status = QStringLiteral("ok"); // ok | failed | budget | stopped
    QString error;                          // what stopped the run, user-presentable
    QDateTime resumeAt;                     // with status budget: when the budget allows the rest
    int highLevelCalls = 0;
    int badgerCalls = 0;
    int highLevelWrites = 0;
    int badgerWrites = 0;
    int linked = 0;   // pairs linked this run (matched or created)
    int unlinked = 0; // pairs unlinked by a delete
    int updatedHighLevel = 0;
    int updatedBadger = 0;
    int createdHighLevel = 0;
    int createdBadger = 0;
    int conflicts = 0;
    int ambiguous = 0;
    int failedRecords = 0;
    int deferred = 0; // records left for a later run by the budget
    // Beyond contacts (ExtrasSync): check-ins -> notes, follow-up tasks, tags, routing, notes/tasks -> check-ins.
    int notesCreated = 0;
    int tasksOpened = 0;
    int tasksClosed = 0;
    int tagsAdded = 0;
    int tagsRemoved = 0;
    int ownersRouted = 0;
    int checkInsCreated = 0;
    QStringList recordErrors; // "<record>: <message>", one per failed record
    QList<PlannedChange> changes; // dry run: what would happen; real run: what happened
    QString plan;                 // the planner's word, e.g. "initial sync needs 3 days at Badger's daily budget"
    QDateTime eta;

    int writes() const { return highLevelWrites + badgerWrites; }
    QJsonObject toJson() const;
};

} // namespace fb::sync

Q_DECLARE_METATYPE(fb::sync::RunSummary)

namespace fb::sync {

struct EntityCounts
{
    int linked = 0;
    int pending = 0;
    int failed = 0;
    int conflicts = 0;
    int ambiguous = 0;
    QJsonObject toJson() const;
};

} // namespace fb::sync

Q_DECLARE_METATYPE(fb::sync::EntityCounts)

namespace fb::sync {

class ExtrasSync;

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Ledger& ledger, api::RequestEngine& engine, QObject* parent = nullptr);
    ~SyncEngine() override;

    void setMapping(const MappingDocument& mapping) { m_mapping = mapping; }
    const MappingDocument& mapping() const { return m_mapping; }
    void setSettings(const SyncSettings& settings) { m_settings = settings; }
    const SyncSettings& settings() const { return m_settings; }
    const FieldCatalog& catalog() const { return m_catalog; }

    // Reads both sides' live field lists (custom fields, profile datafields) and the connected Badger user.
    bool loadCatalog(QString* error);

    RunSummary run(bool dryRun);
    void requestStop() { m_stop = true; }

    EntityCounts counts();

    enum class Resolution { TakeBadger, TakeHighLevel, UseValue };
    // Resolves an open conflict by writing the chosen value to the other side now (or both, for UseValue).
    bool resolveConflict(qint64 conflictId, Resolution resolution, const QString& value, QString* error);

Q_SIGNALS:
    void progressed(const QString& phase, int done, int total);
    void activityRecorded(const fb::sync::ActivityEntry& entry);
    void conflictRecorded(const fb::sync::ConflictEntry& entry);

private:
    struct Run;
    bool fetchHighLevel(Run& run);
    bool fetchBadger(Run& run);
    void handleDeletes(Run& run);
    void mergeLinked(Run& run);
    void matchAndCreate(Run& run);
    void reconcileIntents(Run& run);
    void flushWrites(Run& run);
    void finish(Run& run);
    void runExtras(Run& run); // ExtrasSync, once per run after the contacts phase

    Ledger& m_ledger;
    api::RequestEngine& m_engine;
    MappingDocument m_mapping = MappingDocument::defaults();
    SyncSettings m_settings;
    FieldCatalog m_catalog = FieldCatalog::standard();
    bool m_catalogLoaded = false;
    std::optional<qint64> m_badgerUserId;
    std::atomic<bool> m_stop{false};
    std::unique_ptr<ExtrasSync> m_extras;
};

} // namespace fb::sync
