#pragma once
// The dashboard screen: the sync's state (from the HealthMonitor, so it never looks fine while something fails), last
// and next sync, per-entity counts, initial-sync progress with the planner's ETA, live latency and calls-by-status
// charts, rate-budget gauges, and Sync now / Pause / Dry run with the dry run's planned changes.

#include "CallStats.h"
#include "sync/SyncWorker.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;
class QValueAxis;

namespace fb::ui {

class HealthMonitor;
class PlannedChangesModel;

class DashboardWidget : public QWidget
{
    Q_OBJECT

public:
    // monitor may be null: the dashboard then makes its own from the controller.
    explicit DashboardWidget(sync::SyncController* controller, HealthMonitor* monitor = nullptr,
                             QWidget* parent = nullptr);

    HealthMonitor* monitor() const { return m_monitor; }
    const CallStats& callStats() const { return m_stats; }
    PlannedChangesModel* plannedChanges() const { return m_planned; }
    // Charts refresh on a timer (not per call) so a burst of calls never stalls the UI.
    void refreshCharts();
    void updateBanner();

Q_SIGNALS:
    void failedCallsRequested(); // the "failed" count was clicked: show the failed calls view
    void conflictsRequested();

private:
    void onStateChanged(sync::SyncState state, const QString& detail);
    void onProgressed(const QString& phase, int done, int total);
    void onRunFinished(const sync::RunSummary& summary);
    void onDryRunFinished(const sync::RunSummary& summary);
    void onCounts(const sync::EntityCounts& counts);
    void onCall(const api::CallLogEntry& entry);
    void onBudget(const api::BudgetState& state);
    QWidget* createCharts();

    sync::SyncController* m_controller;
    HealthMonitor* m_monitor;
    CallStats m_stats;
    bool m_chartsDirty = false;
    bool m_paused = false;
    QLabel* m_banner = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_nextSync = nullptr;
    QLabel* m_lastResult = nullptr;
    QPushButton* m_linked = nullptr;
    QPushButton* m_pending = nullptr;
    QPushButton* m_failed = nullptr;
    QPushButton* m_conflicts = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_plan = nullptr;
    QProgressBar* m_hlBurst = nullptr;
    QProgressBar* m_hlDaily = nullptr;
    QProgressBar* m_bgDaily = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_dryRun = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_plannedView = nullptr;
    QLabel* m_plannedSummary = nullptr;
    PlannedChangesModel* m_planned = nullptr;
    QTimer* m_chartTimer = nullptr;
    QTimer* m_bannerTimer = nullptr;
    QChart* m_latencyChart = nullptr;
    QChart* m_statusChart = nullptr;
    QDateTimeAxis* m_latencyX = nullptr;
    QValueAxis* m_latencyY = nullptr;
    QDateTimeAxis* m_statusX = nullptr;
    QValueAxis* m_statusY = nullptr;
    QList<QLineSeries*> m_latencySeries; // HL p50, HL p95, Badger p50, Badger p95
    QList<QLineSeries*> m_statusSeries;  // 2xx, 4xx, 5xx, network
};

} // namespace fb::ui
