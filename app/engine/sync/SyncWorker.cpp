#include "SyncWorker.h"

#include "api/BudgetStore.h"
#include "api/RequestEngine.h"
#include "core/Logging.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <utility>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace fb::sync {

QString toString(SyncState state)
{
    switch (state) {
    case SyncState::NotConfigured: return QCoreApplication::translate("fb::sync", "Not connected");
    case SyncState::Idle: return QCoreApplication::translate("fb::sync", "Up to date");
    case SyncState::Running: return QCoreApplication::translate("fb::sync", "Syncing");
    case SyncState::Paused: return QCoreApplication::translate("fb::sync", "Paused");
    case SyncState::Error: return QCoreApplication::translate("fb::sync", "Error");
    case SyncState::BudgetExhausted: return QCoreApplication::translate("fb::sync", "Budget exhausted");
    }
    return {};
}

QString runStatusText(const QString& status)
{
    if (status == u"ok"_s) return QCoreApplication::translate("fb::sync", "OK", "run status");
    if (status == u"partial"_s) return QCoreApplication::translate("fb::sync", "some records failed", "run status");
    if (status == u"failed"_s) return QCoreApplication::translate("fb::sync", "failed", "run status");
    if (status == u"budget"_s) return QCoreApplication::translate("fb::sync", "budget used up", "run status");
    if (status == u"stopped"_s) return QCoreApplication::translate("fb::sync", "stopped", "run status");
    return status;
}

void registerSyncMetaTypes()
{
    qRegisterMetaType<WorkerSetup>();
    qRegisterMetaType<MappingDocument>();
    qRegisterMetaType<RunSummary>();
    qRegisterMetaType<EntityCounts>();
    qRegisterMetaType<ActivityEntry>();
    qRegisterMetaType<ConflictEntry>();
    qRegisterMetaType<SyncState>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<api::BudgetState>();
    qRegisterMetaType<api::CallLogEntry>();
    qRegisterMetaType<QList<api::CallLogEntry>>();
    qRegisterMetaType<QList<ActivityEntry>>();
    qRegisterMetaType<QList<ConflictEntry>>();
}

namespace {
constexpr int CallLogRetention = 200000; // rows kept in the ledger's call_log (about 30 MB)
constexpr int BatchLimit = 1000;         // a full batch leaves at once: the receiver never gets a huge one

// Linux gives every thread its own nice value: the sync's CPU work (parsing, matching, the ledger) yields to the UI
// thread when the machine is busy, so a big sync never makes the window stutter. Threads the worker starts (the
// network's) inherit it. Elsewhere QThread priorities already do this.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int nice = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && ::setpriority(PRIO_PROCESS, tid, std::min(nice + 5, 19)) != 0) {
        qCDebug(lcSync) << "could not lower the sync thread's priority:" << errno;
    }
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}
} // namespace

SyncWorker::SyncWorker()
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &SyncWorker::flushBatches);
    m_callLogTimer.setSingleShot(true);
    m_callLogTimer.setInterval(1000);
    connect(&m_callLogTimer, &QTimer::timeout, this, &SyncWorker::flushCallLog);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
}

SyncWorker::~SyncWorker()
{
    close();
}

api::ServiceConfig highLevelServiceConfig(const WorkerSetup& setup)
{
    api::ServiceConfig config;
    config.baseUrl = setup.config.highLevelBaseUrl;
    config.credential = setup.highLevelToken;
    config.accountKey = setup.config.locationId;
    return config;
}

api::ServiceConfig badgerServiceConfig(const WorkerSetup& setup)
{
    api::ServiceConfig config;
    config.baseUrl = setup.config.badgerBaseUrl;
    config.credential = setup.badgerToken;
    config.accountKey = setup.config.badgerTeam;
    return config;
}

// ---- stack ------------------------------------------------------------------------------------------------------

SyncStack::SyncStack() = default;

SyncStack::~SyncStack()
{
    close();
}

bool SyncStack::open(const WorkerSetup& setup, QString* error, store::OpenResult* result)
{
    close();
    db = std::make_unique<store::Database>(setup.databasePath);
    const store::OpenResult opened = db->open();
    if (result) {
        *result = opened;
    }
    if (!opened.ok()) {
        db.reset();
        *error = opened.message;
        return false;
    }
    ledger = std::make_unique<Ledger>(*db);
    budgets = std::make_unique<api::SettingsBudgetStore>(setup.budgetFile);
    engine = std::make_unique<api::RequestEngine>();
    engine->governor()->setBudgetStore(budgets.get());

    engine->setServiceConfig(api::Service::HighLevel, highLevelServiceConfig(setup));
    engine->setServiceConfig(api::Service::Badger, badgerServiceConfig(setup));

    api::ServiceLimits hlLimits = api::ServiceLimits::defaultsFor(api::Service::HighLevel);
    api::ServiceLimits bgLimits = api::ServiceLimits::defaultsFor(api::Service::Badger);
    if (setup.unlimitedBudgets) {
        hlLimits.burstMax = 0;
        hlLimits.dailyLimit = 0;
        bgLimits.burstMax = 0;
        bgLimits.dailyLimit = 0;
    } else {
        hlLimits.burstMax = setup.config.highLevelBurst;
        hlLimits.dailyLimit = setup.config.highLevelDailyBudget;
        hlLimits.writeReserveFraction = setup.config.writeReserve;
        bgLimits.dailyLimit = setup.config.badgerDailyBudget;
        bgLimits.writeReserveFraction = setup.config.writeReserve;
    }
    engine->governor()->setLimits(api::Service::HighLevel, hlLimits);
    engine->governor()->setLimits(api::Service::Badger, bgLimits);

    sync = std::make_unique<SyncEngine>(*ledger, *engine);
    sync->setMapping(setup.mapping);
    SyncSettings settings;
    settings.locationId = setup.config.locationId;
    settings.syncIntervalSeconds = setup.config.intervalSeconds;
    sync->setSettings(settings);
    return true;
}

void SyncStack::close()
{
    if (sync) {
        sync->requestStop();
    }
    sync.reset();
    if (engine) {
        engine->cancelAll();
    }
    engine.reset();
    budgets.reset();
    ledger.reset();
    db.reset();
}

// ---- worker -----------------------------------------------------------------------------------------------------

void SyncWorker::requestStop()
{
    if (SyncEngine* engine = m_activeEngine.load()) {
        engine->requestStop();
    }
}

void SyncWorker::open(const WorkerSetup& setup)
{
    if (m_running) {
        m_openPending = setup;
        requestStop();
        return;
    }
    close();
    m_setup = setup;
    QString error;
    if (!m_stack.open(setup, &error)) {
        setState(SyncState::Error, error);
        Q_EMIT openFailed(error);
        return;
    }
    api::RequestEngine* engine = m_stack.engine.get();
    connect(engine, &api::RequestEngine::callFinished, this, [this](const api::CallLogEntry& entry) {
        m_batchCalls.append(entry);
        queueBatch();
        m_pendingCalls.append(entry);
        if (!m_callLogTimer.isActive()) {
            m_callLogTimer.start();
        }
    });
    m_stack.ledger->pruneCalls(CallLogRetention);
    // The governor reports every permit: only the latest state per API goes out with the next batch.
    connect(engine->governor(), &api::RateGovernor::budgetChanged, this,
            [this, engine](api::Service service, const QString&) {
                m_batchBudget[service == api::Service::HighLevel ? 0 : 1] = engine->budgetState(service);
                queueBatch();
            });
    SyncEngine* sync = m_stack.sync.get();
    connect(sync, &SyncEngine::progressed, this, [this](const QString& phase, int done, int total) {
        m_batchProgress = std::make_tuple(phase, done, total);
        queueBatch();
    });
    connect(sync, &SyncEngine::activityRecorded, this, [this](const ActivityEntry& entry) {
        m_batchActivity.append(entry);
        queueBatch();
    });
    connect(sync, &SyncEngine::conflictRecorded, this, [this](const ConflictEntry& entry) {
        flushBatches();
        Q_EMIT conflictRecorded(entry);
    });

    setState(m_paused ? SyncState::Paused : SyncState::Idle);
    refreshCounts();
    m_batchBudget[0].reset();
    m_batchBudget[1].reset();
    Q_EMIT budgetChanged(engine->budgetState(api::Service::HighLevel));
    Q_EMIT budgetChanged(engine->budgetState(api::Service::Badger));
    Q_EMIT opened();
    if (setup.autoSync && !m_paused) {
        QTimer::singleShot(0, this, &SyncWorker::syncNow);
    }
}

void SyncWorker::queueBatch()
{
    if (m_batchCalls.size() >= BatchLimit || m_batchActivity.size() >= BatchLimit) {
        flushBatches();
    } else if (!m_batchTimer.isActive()) {
        m_batchTimer.start();
    }
}

void SyncWorker::flushBatches()
{
    m_batchTimer.stop();
    if (!m_batchCalls.isEmpty()) {
        Q_EMIT callsFinished(std::exchange(m_batchCalls, {}));
    }
    if (!m_batchActivity.isEmpty()) {
        Q_EMIT activitiesRecorded(std::exchange(m_batchActivity, {}));
    }
    for (std::optional<api::BudgetState>& budget : m_batchBudget) {
        if (budget) {
            const api::BudgetState state = *budget;
            budget.reset();
            Q_EMIT budgetChanged(state);
        }
    }
    if (m_batchProgress) {
        const auto [phase, done, total] = *m_batchProgress;
        m_batchProgress.reset();
        Q_EMIT progressed(phase, done, total);
    }
}

void SyncWorker::flushCallLog()
{
    if (m_stack.ledger && !m_pendingCalls.isEmpty()) {
        m_stack.ledger->addCalls(m_pendingCalls, 0);
    }
    m_pendingCalls.clear();
}

void SyncWorker::close()
{
    if (m_running) {
        m_closePending = true;
        requestStop();
        return;
    }
    m_timer.stop();
    m_callLogTimer.stop();
    flushCallLog();
    flushBatches();
    m_stack.close();
}

void SyncWorker::setState(SyncState state, const QString& detail)
{
    flushBatches();
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

void SyncWorker::syncNow()
{
    runOnce(false);
}

void SyncWorker::dryRun()
{
    runOnce(true);
}

void SyncWorker::runOnce(bool dry)
{
    if (!m_stack.sync || m_running) {
        return;
    }
    if (m_paused && !dry) {
        return;
    }
    m_running = true;
    m_timer.stop();
    setState(SyncState::Running);
    m_activeEngine = m_stack.sync.get();
    const RunSummary summary = m_stack.sync->run(dry);
    m_activeEngine = nullptr;
    m_running = false;
    if (m_closePending || m_openPending) {
        m_closePending = false;
        if (m_openPending) {
            const WorkerSetup next = *m_openPending;
            m_openPending.reset();
            open(next);
        } else {
            close();
        }
        return;
    }
    if (!m_stack.sync) {
        return; // closed while running
    }
    flushBatches(); // every call and activity row of the run arrives before its summary
    if (dry) {
        Q_EMIT dryRunFinished(summary);
    } else {
        Q_EMIT runFinished(summary);
    }
    refreshCounts();
    if (summary.status == u"budget"_s) {
        const api::BudgetState hl = m_stack.engine->budgetState(api::Service::HighLevel);
        const api::BudgetState bg = m_stack.engine->budgetState(api::Service::Badger);
        setState(SyncState::BudgetExhausted,
                 !bg.exhaustedUntilText().isEmpty() ? bg.exhaustedUntilText() : hl.exhaustedUntilText());
    } else if (summary.status == u"failed"_s) {
        setState(SyncState::Error, summary.error);
    } else if (m_paused) {
        setState(SyncState::Paused);
    } else {
        setState(SyncState::Idle, summary.status == u"partial"_s
                                      ? tr("%n record(s) could not be synced", nullptr, summary.failedRecords)
                                      : QString());
    }
    scheduleNext();
}

void SyncWorker::scheduleNext()
{
    if (!m_setup.autoSync || m_paused || !m_stack.sync) {
        return;
    }
    const int seconds = std::max(10, m_setup.config.intervalSeconds);
    m_timer.start(seconds * 1000);
    flushBatches();
    Q_EMIT nextSyncScheduled(QDateTime::currentDateTimeUtc().addSecs(seconds));
}

void SyncWorker::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) {
        m_timer.stop();
        if (!m_running) {
            setState(SyncState::Paused);
        }
    } else if (m_stack.sync && !m_running) {
        setState(SyncState::Idle);
        QTimer::singleShot(0, this, &SyncWorker::syncNow);
    }
}

void SyncWorker::setMapping(const MappingDocument& mapping)
{
    m_setup.mapping = mapping;
    if (m_stack.sync) {
        m_stack.sync->setMapping(mapping);
    }
}

void SyncWorker::resolveConflicts(const QList<qint64>& ids, int resolution, const QString& value)
{
    if (!m_stack.sync) {
        Q_EMIT conflictsResolved({}, tr("Not connected."));
        return;
    }
    QList<qint64> done;
    QString firstError;
    for (qint64 id : ids) {
        QString error;
        if (m_stack.sync->resolveConflict(id, SyncEngine::Resolution(resolution), value, &error)) {
            done.append(id);
        } else if (firstError.isEmpty()) {
            firstError = error;
        }
    }
    flushBatches();
    Q_EMIT conflictsResolved(done, firstError);
    refreshCounts();
}

void SyncWorker::refreshCounts()
{
    if (m_stack.sync) {
        const EntityCounts counts = m_stack.sync->counts();
        flushBatches();
        Q_EMIT countsChanged(counts);
    }
}

void SyncWorker::loadHistory(int activityLimit)
{
    if (!m_stack.ledger) {
        Q_EMIT historyLoaded({}, {});
        return;
    }
    QList<ActivityEntry> activity;
    QSqlQuery q(m_stack.db->connection());
    q.prepare(u"SELECT run_id, time, entity, link_id, record, field, old_value, new_value, direction FROM activity "
              u"ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(std::max(0, activityLimit));
    if (q.exec()) {
        while (q.next()) {
            ActivityEntry e;
            e.runId = q.value(0).toLongLong();
            e.time = fromIso(q.value(1).toString());
            e.entity = q.value(2).toString();
            e.linkId = q.value(3).toLongLong();
            e.record = q.value(4).toString();
            e.field = q.value(5).toString();
            e.oldValue = q.value(6).toString();
            e.newValue = q.value(7).toString();
            e.direction = q.value(8).toString();
            activity.prepend(e);
        }
    } else {
        qCWarning(lcSync) << "activity history unreadable:" << q.lastError().text();
    }
    flushBatches(); // rows recorded before the read are in it; the receiver drops what it held back
    Q_EMIT historyLoaded(activity, m_stack.ledger->openConflicts());
}

void SyncWorker::pruneActivity(int keepDays)
{
    if (!m_stack.db || keepDays <= 0) {
        Q_EMIT activityPruned(0, m_stack.db ? QString() : tr("Not connected."));
        return;
    }
    QSqlQuery q(m_stack.db->connection());
    q.prepare(u"DELETE FROM activity WHERE time < ?"_s);
    q.addBindValue(toIso(QDateTime::currentDateTimeUtc().addDays(-keepDays)));
    if (!q.exec()) {
        Q_EMIT activityPruned(0, q.lastError().text());
        return;
    }
    Q_EMIT activityPruned(q.numRowsAffected(), {});
}

// ---- controller -------------------------------------------------------------------------------------------------

SyncController::SyncController(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new SyncWorker)
{
    registerSyncMetaTypes();
    m_thread->setObjectName(u"fieldbridge-sync"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::stateChanged, this, &SyncController::stateChanged);
    connect(m_worker, &SyncWorker::progressed, this, &SyncController::progressed);
    connect(m_worker, &SyncWorker::runFinished, this, &SyncController::runFinished);
    connect(m_worker, &SyncWorker::dryRunFinished, this, &SyncController::dryRunFinished);
    connect(m_worker, &SyncWorker::countsChanged, this, &SyncController::countsChanged);
    // One queued event per batch; the views still get one signal per call or row, delivered back to back.
    connect(m_worker, &SyncWorker::callsFinished, this, [this](const QList<api::CallLogEntry>& entries) {
        for (const api::CallLogEntry& e : entries) {
            Q_EMIT callFinished(e);
        }
    });
    connect(m_worker, &SyncWorker::activitiesRecorded, this, [this](const QList<ActivityEntry>& entries) {
        for (const ActivityEntry& e : entries) {
            Q_EMIT activityRecorded(e);
        }
    });
    connect(m_worker, &SyncWorker::conflictRecorded, this, &SyncController::conflictRecorded);
    connect(m_worker, &SyncWorker::conflictsResolved, this, &SyncController::conflictsResolved);
    connect(m_worker, &SyncWorker::budgetChanged, this, &SyncController::budgetChanged);
    connect(m_worker, &SyncWorker::nextSyncScheduled, this, &SyncController::nextSyncScheduled);
    connect(m_worker, &SyncWorker::openFailed, this, &SyncController::openFailed);
    connect(m_worker, &SyncWorker::opened, this, &SyncController::opened);
    connect(m_worker, &SyncWorker::historyLoaded, this, &SyncController::historyLoaded);
    connect(m_worker, &SyncWorker::activityPruned, this, &SyncController::activityPruned);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [] { lowerThisThreadsPriority(); }, Qt::QueuedConnection);
}

SyncController::~SyncController()
{
    m_worker->requestStop();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncController::open(const WorkerSetup& setup)
{
    m_worker->requestStop();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, setup] { w->open(setup); }, Qt::QueuedConnection);
}

void SyncController::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncController::dryRun()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::dryRun, Qt::QueuedConnection);
}

void SyncController::setPaused(bool paused)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, paused] { w->setPaused(paused); }, Qt::QueuedConnection);
}

void SyncController::setMapping(const MappingDocument& mapping)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, mapping] { w->setMapping(mapping); }, Qt::QueuedConnection);
}

void SyncController::resolveConflicts(const QList<qint64>& ids, SyncEngine::Resolution resolution, const QString& value)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, ids, resolution, value] { w->resolveConflicts(ids, int(resolution), value); },
        Qt::QueuedConnection);
}

void SyncController::refreshCounts()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::refreshCounts, Qt::QueuedConnection);
}

void SyncController::loadHistory(int activityLimit)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, activityLimit] { w->loadHistory(activityLimit); },
                              Qt::QueuedConnection);
}

void SyncController::pruneActivity(int keepDays)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, keepDays] { w->pruneActivity(keepDays); }, Qt::QueuedConnection);
}

} // namespace fb::sync
