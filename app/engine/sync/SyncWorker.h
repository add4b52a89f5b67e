#pragma once
// The background sync: SyncController (lives in the caller's thread, e.g. the GUI) drives a SyncWorker that owns the
// database connection, the network engine and the SyncEngine in a thread of its own. They talk only through queued
// signals and slots; nothing here blocks the caller.

#include "Ledger.h"
#include "Mapping.h"
#include "SyncConfig.h"
#include "SyncEngine.h"
#include "api/CallLog.h"
#include "api/RateGovernor.h"
#include "api/RequestEngine.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <tuple>

class QThread;

namespace fb::api {
class RequestEngine;
class BudgetStore;
}
namespace fb::store {
class Database;
struct OpenResult;
}

namespace fb::sync {

enum class SyncState { NotConfigured, Idle, Running, Paused, Error, BudgetExhausted };
QString toString(SyncState state);
// A run's outcome (RunSummary::status: ok, partial, failed, budget, stopped) in words for the user; the codes
// themselves stay in JSON output and the ledger.
QString runStatusText(const QString& status);

struct WorkerSetup
{
    QString databasePath;
    QString budgetFile;        // where the locally counted daily budgets persist
    SyncConfig config;
    QString highLevelToken;    // in memory only; never stored by the worker
    QString badgerToken;
    MappingDocument mapping;
    bool autoSync = true;      // run every config.intervalSeconds
    bool unlimitedBudgets = false; // the sandbox: no local governor limits
};

// The engine configuration of each API for a setup (base URL, token, account key for the budgets).
api::ServiceConfig highLevelServiceConfig(const WorkerSetup& setup);
api::ServiceConfig badgerServiceConfig(const WorkerSetup& setup);

// The objects one sync needs, opened together from a WorkerSetup: used by the worker thread and the headless runs.
struct SyncStack
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<Ledger> ledger;
    std::unique_ptr<api::BudgetStore> budgets;
    std::unique_ptr<api::RequestEngine> engine;
    std::unique_ptr<SyncEngine> sync;

    SyncStack();
    ~SyncStack();
    // Opens the ledger (migrating it) and configures the engine; false with a user-presentable *error.
    bool open(const WorkerSetup& setup, QString* error, store::OpenResult* result = nullptr);
    void close();
};

class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker();
    ~SyncWorker() override;

    // Thread-safe: asks a running sync to stop at its next step.
    void requestStop();

public Q_SLOTS:
    void open(const fb::sync::WorkerSetup& setup);
    void syncNow();
    void dryRun();
    void setPaused(bool paused);
    void setMapping(const fb::sync::MappingDocument& mapping);
    void resolveConflicts(const QList<qint64>& ids, int resolution, const QString& value);
    void refreshCounts();
    void close();
    // For views opened after start-up: the latest activity rows (newest last) and the open conflicts, read here in
    // the worker thread so the UI never touches the database.
    void loadHistory(int activityLimit);
    // Bounded activity retention: deletes rows older than keepDays (0 = keep everything).
    void pruneActivity(int keepDays);

Q_SIGNALS:
    void stateChanged(fb::sync::SyncState state, const QString& detail);
    void progressed(const QString& phase, int done, int total);
    void runFinished(const fb::sync::RunSummary& summary);
    void dryRunFinished(const fb::sync::RunSummary& summary);
    void countsChanged(const fb::sync::EntityCounts& counts);
    // A sync makes thousands of calls and activity rows in seconds: they leave the worker thread in batches (at most
    // every kBatchMs, and always before any other signal, so the order is kept), not one queued event each.
    void callsFinished(const QList<fb::api::CallLogEntry>& entries);
    void activitiesRecorded(const QList<fb::sync::ActivityEntry>& entries);
    void conflictRecorded(const fb::sync::ConflictEntry& entry);
    void conflictsResolved(const QList<qint64>& ids, const QString& error);
    void budgetChanged(const fb::api::BudgetState& state); // the latest per API, at most every kBatchMs
    void nextSyncScheduled(const QDateTime& when);
    void openFailed(const QString& message);
    void opened(); // on a ledger (maybe another one than before): views that show its history reload it
    void historyLoaded(const QList<fb::sync::ActivityEntry>& activity, const QList<fb::sync::ConflictEntry>& conflicts);
    void activityPruned(int removed, const QString& error);

public:
    static constexpr int kBatchMs = 150;

private:
    // Sends what the batches hold now; called before every other signal so the receiver sees the original order.
    void flushBatches();
    void queueBatch();
    void runOnce(bool dry);
    void setState(SyncState state, const QString& detail = {});
    void scheduleNext();

    void flushCallLog();

    // A close() or open() that arrives while a run waits on the network (its nested event loop delivers queued
    // calls) must not pull the stack from under it: the run is asked to stop and the call is carried out after it.
    bool m_closePending = false;
    std::optional<WorkerSetup> m_openPending;
    std::atomic<SyncEngine*> m_activeEngine{nullptr};

    SyncStack m_stack;
    QList<api::CallLogEntry> m_pendingCalls; // persisted into the ledger's call_log in batches
    QList<api::CallLogEntry> m_batchCalls;   // not yet sent to the controller
    QList<ActivityEntry> m_batchActivity;
    std::optional<api::BudgetState> m_batchBudget[2]; // HighLevel, Badger
    std::optional<std::tuple<QString, int, int>> m_batchProgress;
    QTimer m_batchTimer{this};
    QTimer m_callLogTimer{this};
    QTimer m_timer{this};        // parented: it must move to the worker thread with the worker
    WorkerSetup m_setup;
    SyncState m_state = SyncState::NotConfigured;
    bool m_paused = false;
    bool m_running = false;
};

// Owns the worker thread. Every call returns at once; results arrive as the signals re-emitted here.
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(QObject* parent = nullptr);
    ~SyncController() override;

    void open(const WorkerSetup& setup);
    void syncNow();
    void dryRun();
    void setPaused(bool paused);
    void setMapping(const MappingDocument& mapping);
    void resolveConflicts(const QList<qint64>& ids, SyncEngine::Resolution resolution, const QString& value = {});
    void refreshCounts();
    void loadHistory(int activityLimit = 5000);
    void pruneActivity(int keepDays);
    SyncWorker* worker() const { return m_worker; }

Q_SIGNALS:
    void stateChanged(fb::sync::SyncState state, const QString& detail);
    void progressed(const QString& phase, int done, int total);
    void runFinished(const fb::sync::RunSummary& summary);
    void dryRunFinished(const fb::sync::RunSummary& summary);
    void countsChanged(const fb::sync::EntityCounts& counts);
    void callFinished(const fb::api::CallLogEntry& entry);
    void activityRecorded(const fb::sync::ActivityEntry& entry);
    void conflictRecorded(const fb::sync::ConflictEntry& entry);
    void conflictsResolved(const QList<qint64>& ids, const QString& error);
    void budgetChanged(const fb::api::BudgetState& state);
    void nextSyncScheduled(const QDateTime& when);
    void openFailed(const QString& message);
    void opened();
    void historyLoaded(const QList<fb::sync::ActivityEntry>& activity, const QList<fb::sync::ConflictEntry>& conflicts);
    void activityPruned(int removed, const QString& error);

private:
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr;
};

void registerSyncMetaTypes();

} // namespace fb::sync

Q_DECLARE_METATYPE(fb::sync::WorkerSetup)
Q_DECLARE_METATYPE(fb::sync::MappingDocument)
