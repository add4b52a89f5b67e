#pragma once
// The one verdict on how the sync is doing, shared by the dashboard banner, the tray icon and the alerts: the worst
// of every active problem wins, so nothing looks fine while something is failing. Incidents start once and are
// deduplicated until their cause clears (one alert per incident, not one per failed call).

#include "api/CallLog.h"
#include "api/RateGovernor.h"
#include "sync/SyncEngine.h"
#include "sync/SyncWorker.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

#include <algorithm>

namespace fb::ui {

class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Level { Ok, Busy, Attention, Error };
    Q_ENUM(Level)

    // controller may be null: feed the slots directly (tests).
    explicit HealthMonitor(sync::SyncController* controller = nullptr, QObject* parent = nullptr);

    Level level() const { return m_level; }
    QString headline() const;       // "Error: authentication failed (HighLevel)", "Syncing", "Up to date"
    QStringList problems() const;   // every active problem, worst first
    QString tooltip() const;        // headline plus every problem
    QStringList activeIncidents() const { return m_incidents.keys(); }
    sync::SyncState state() const { return m_state; }
    QString stateDetail() const { return m_detail; }
    static QString levelName(Level level);

    // How many failed runs in a row make "repeated failures" an incident.
    void setRepeatedFailureRuns(int runs) { m_repeatRuns = std::max(1, runs); }

public Q_SLOTS:
    void onStateChanged(fb::sync::SyncState state, const QString& detail);
    void onRunFinished(const fb::sync::RunSummary& summary);
    void onCountsChanged(const fb::sync::EntityCounts& counts);
    void onCallFinished(const fb::api::CallLogEntry& entry);
    void onBudgetChanged(const fb::api::BudgetState& state);
    void onOpenFailed(const QString& message);

Q_SIGNALS:
    void changed();
    // key: "auth:HighLevel", "budget", "sync-error", "repeated-failures", "conflicts", "open-failed"
    void incidentStarted(const QString& key, const QString& text);
    void incidentCleared(const QString& key);

private:
    void setIncident(const QString& key, bool active, const QString& text);
    void recompute();

    sync::SyncState m_state = sync::SyncState::NotConfigured;
    QString m_detail;
    sync::EntityCounts m_counts;
    int m_lastRunFailures = 0;
    int m_runFailedCalls = 0; // final failed calls since the current (or last) run started
    bool m_inRun = false;
    int m_failedRunsInRow = 0;
    int m_repeatRuns = 2;
    QMap<QString, api::BudgetState> m_budgets; // by service name
    QMap<QString, QString> m_incidents;        // key -> text
    Level m_level = Level::Ok;
};

} // namespace fb::ui
