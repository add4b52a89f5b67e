#include "DashboardWidget.h"

#include "PlannedChangesModel.h"
#include "tray/HealthMonitor.h"
#include "tray/TrayIcon.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace fb::ui {

namespace {

template<typename W>
W* named(W* widget, const QString& name, const QString& accessible)
{
    widget->setObjectName(name);
    widget->setAccessibleName(accessible);
    return widget;
}

QString timeText(const QDateTime& t)
{
    if (!t.isValid()) {
        return QObject::tr("—");
    }
    const QDateTime local = t.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(u"HH:mm:ss"_s)
                                                 : QLocale().toString(local, QLocale::ShortFormat);
}

void setGauge(QProgressBar* bar, qint64 remaining, qint64 limit, const QString& label)
{
    if (limit <= 0) {
        bar->setRange(0, 1);
        bar->setValue(1);
        bar->setFormat(label + QObject::tr(": no limit"));
        return;
    }
    bar->setRange(0, int(std::min<qint64>(limit, INT_MAX)));
    bar->setValue(int(std::clamp<qint64>(remaining, 0, limit)));
    bar->setFormat(QString(label + u": "_s + QObject::tr("%1 of %2 left").arg(remaining).arg(limit)));
    const double ratio = double(remaining) / double(limit);
    bar->setStyleSheet(ratio < 0.1   ? u"QProgressBar::chunk { background: #d02b2b; }"_s
                       : ratio < 0.3 ? u"QProgressBar::chunk { background: #e09a10; }"_s
                                     : u"QProgressBar::chunk { background: #2e9d4f; }"_s);
}

} // namespace

DashboardWidget::DashboardWidget(sync::SyncController* controller, HealthMonitor* monitor, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_monitor(monitor ? monitor : new HealthMonitor(controller, this))
    , m_planned(new PlannedChangesModel(this))
{
    setObjectName(u"dashboard"_s);
    auto* root = new QVBoxLayout(this);

    m_banner = named(new QLabel, u"stateBanner"_s, tr("Sync state"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    root->addWidget(m_banner);

    auto* top = new QHBoxLayout;
    auto* syncBox = new QGroupBox(tr("Sync"));
    auto* whenGrid = new QGridLayout(syncBox);
    m_lastSync = named(new QLabel(tr("—")), u"lastSync"_s, tr("Last sync"));
    m_nextSync = named(new QLabel(tr("—")), u"nextSync"_s, tr("Next sync"));
    m_lastResult = named(new QLabel, u"lastResult"_s, tr("Last result"));
    m_lastResult->setWordWrap(true);
    whenGrid->addWidget(new QLabel(tr("Last sync:")), 0, 0);
    whenGrid->addWidget(m_lastSync, 0, 1);
    whenGrid->addWidget(new QLabel(tr("Next sync:")), 1, 0);
    whenGrid->addWidget(m_nextSync, 1, 1);
    whenGrid->addWidget(m_lastResult, 2, 0, 1, 2);
    auto* buttons = new QHBoxLayout;
    m_syncNow = named(new QPushButton(tr("Sync now")), u"syncNowButton"_s, tr("Sync now"));
    m_pause = named(new QPushButton(tr("Pause")), u"pauseButton"_s, tr("Pause or resume syncing"));
    m_dryRun = named(new QPushButton(tr("Dry run")), u"dryRunButton"_s, tr("Dry run: show planned changes"));
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_dryRun);
    whenGrid->addLayout(buttons, 3, 0, 1, 2);
    top->addWidget(syncBox, 3);

    auto* counts = new QGroupBox(tr("Contacts ↔ accounts"));
    auto* countGrid = new QGridLayout(counts);
    auto makeCount = [&](const QString& name, const QString& label, int column) {
        auto* b = named(new QPushButton(u"0"_s), name, label);
        b->setFlat(true);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 1.8);
        f.setBold(true);
        b->setFont(f);
        countGrid->addWidget(b, 0, column, Qt::AlignHCenter);
        auto* caption = new QLabel(label);
        caption->setAlignment(Qt::AlignHCenter);
        countGrid->addWidget(caption, 1, column);
        return b;
    };
    m_linked = makeCount(u"countLinked"_s, tr("Linked"), 0);
    m_pending = makeCount(u"countPending"_s, tr("Pending"), 1);
    m_failed = makeCount(u"countFailed"_s, tr("Failed"), 2);
    m_conflicts = makeCount(u"countConflicts"_s, tr("Conflicts"), 3);
    m_progress = named(new QProgressBar, u"syncProgress"_s, tr("Sync progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Idle"));
    m_plan = named(new QLabel, u"syncPlan"_s, tr("Initial sync plan and ETA"));
    m_plan->setWordWrap(true);
    countGrid->addWidget(m_progress, 2, 0, 1, 4);
    countGrid->addWidget(m_plan, 3, 0, 1, 4);
    top->addWidget(counts, 4);

    auto* budgets = new QGroupBox(tr("API budgets"));
    auto* budgetBox = new QVBoxLayout(budgets);
    m_hlBurst = named(new QProgressBar, u"gaugeHighLevelBurst"_s, tr("HighLevel burst budget"));
    m_hlDaily = named(new QProgressBar, u"gaugeHighLevelDaily"_s, tr("HighLevel daily budget"));
    m_bgDaily = named(new QProgressBar, u"gaugeBadgerDaily"_s, tr("Badger daily budget"));
    for (QProgressBar* bar : {m_hlBurst, m_hlDaily, m_bgDaily}) {
        bar->setTextVisible(true);
        bar->setFormat(bar->accessibleName() + tr(": unknown"));
        bar->setValue(0);
        budgetBox->addWidget(bar);
    }
    top->addWidget(budgets, 3);
    root->addLayout(top);

    m_tabs = named(new QTabWidget, u"dashboardTabs"_s, tr("Charts and dry run"));
    m_tabs->addTab(createCharts(), tr("Live calls"));
    auto* dry = new QWidget;
    auto* dryBox = new QVBoxLayout(dry);
    m_plannedSummary = named(new QLabel(tr("Run a dry run to see what the next sync would change, per record and field.")),
                             u"dryRunSummary"_s, tr("Dry run summary"));
    m_plannedSummary->setWordWrap(true);
    m_plannedView = named(new QTableView, u"plannedChangesView"_s, tr("Planned changes"));
    m_plannedView->setModel(m_planned);
    m_plannedView->horizontalHeader()->setStretchLastSection(true);
    m_plannedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_plannedView->setTabKeyNavigation(false); // Tab leaves the table (no focus trap); arrows move between cells
    m_plannedView->setAlternatingRowColors(true);
    m_plannedView->setWordWrap(false);
    dryBox->addWidget(m_plannedSummary);
    dryBox->addWidget(m_plannedView);
    m_tabs->addTab(dry, tr("Dry run"));
    root->addWidget(m_tabs, 1);

    connect(m_syncNow, &QPushButton::clicked, this, [this] { m_controller->syncNow(); });
    connect(m_dryRun, &QPushButton::clicked, this, [this] {
        m_plannedSummary->setText(tr("Dry run in progress…"));
        m_tabs->setCurrentIndex(1);
        m_controller->dryRun();
    });
    connect(m_pause, &QPushButton::clicked, this, [this] { m_controller->setPaused(!m_paused); });
    connect(m_failed, &QPushButton::clicked, this, &DashboardWidget::failedCallsRequested);
    connect(m_conflicts, &QPushButton::clicked, this, &DashboardWidget::conflictsRequested);

    connect(controller, &sync::SyncController::stateChanged, this, &DashboardWidget::onStateChanged);
    connect(controller, &sync::SyncController::progressed, this, &DashboardWidget::onProgressed);
    connect(controller, &sync::SyncController::runFinished, this, &DashboardWidget::onRunFinished);
    connect(controller, &sync::SyncController::dryRunFinished, this, &DashboardWidget::onDryRunFinished);
    connect(controller, &sync::SyncController::countsChanged, this, &DashboardWidget::onCounts);
    connect(controller, &sync::SyncController::callFinished, this, &DashboardWidget::onCall);
    connect(controller, &sync::SyncController::budgetChanged, this, &DashboardWidget::onBudget);
    connect(controller, &sync::SyncController::nextSyncScheduled, this,
            [this](const QDateTime& when) { m_nextSync->setText(timeText(when)); });
    // The banner follows the monitor, at most every 250 ms: a burst of failing calls must not stall the UI.
    m_bannerTimer = new QTimer(this);
    m_bannerTimer->setSingleShot(true);
    m_bannerTimer->setInterval(250);
    connect(m_bannerTimer, &QTimer::timeout, this, &DashboardWidget::updateBanner);
    connect(m_monitor, &HealthMonitor::changed, this, [this] {
        if (!m_bannerTimer->isActive()) {
            m_bannerTimer->start();
        }
    });

    m_chartTimer = new QTimer(this);
    m_chartTimer->setInterval(1000);
    connect(m_chartTimer, &QTimer::timeout, this, [this] {
        if (m_chartsDirty) {
            refreshCharts();
        }
    });
    m_chartTimer->start();
    updateBanner();
}

QWidget* DashboardWidget::createCharts()
{
    auto* box = new QWidget;
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    m_latencyChart = new QChart;
    m_latencyChart->setTitle(tr("Latency per API (p50 / p95, ms)"));
    m_latencyChart->setAnimationOptions(QChart::NoAnimation);
    const QStringList latencyNames{tr("HighLevel p50"), tr("HighLevel p95"), tr("Badger p50"), tr("Badger p95")};
    const QList<QColor> latencyColours{QColor(0x2f, 0x6f, 0xd0), QColor(0x8f, 0xb0, 0xe8), QColor(0xc0, 0x60, 0x10),
                                       QColor(0xe8, 0xb0, 0x80)};
    m_latencyX = new QDateTimeAxis;
    m_latencyX->setFormat(u"HH:mm:ss"_s);
    m_latencyX->setTickCount(5);
    m_latencyY = new QValueAxis;
    m_latencyY->setLabelFormat(u"%d"_s);
    m_latencyChart->addAxis(m_latencyX, Qt::AlignBottom);
    m_latencyChart->addAxis(m_latencyY, Qt::AlignLeft);
    for (qsizetype i = 0; i < latencyNames.size(); ++i) {
        auto* s = new QLineSeries;
        s->setName(latencyNames.at(i));
        s->setColor(latencyColours.at(i));
        s->setPointsVisible(true); // a sync shorter than one bucket is a single point: without markers, nothing shows
        s->setMarkerSize(8);
        m_latencyChart->addSeries(s);
        s->attachAxis(m_latencyX);
        s->attachAxis(m_latencyY);
        m_latencySeries << s;
    }
    auto* latencyView = named(new QChartView(m_latencyChart), u"latencyChart"_s, tr("Latency chart"));
    latencyView->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(latencyView);

    m_statusChart = new QChart;
    m_statusChart->setTitle(tr("Calls by status (per %1 s)").arg(m_stats.bucketSeconds()));
    m_statusChart->setAnimationOptions(QChart::NoAnimation);
    const QStringList statusNames{tr("2xx/3xx"), tr("4xx"), tr("5xx"), tr("Network")};
    const QList<QColor> statusColours{QColor(0x2e, 0x9d, 0x4f), QColor(0xe0, 0x9a, 0x10), QColor(0xd0, 0x2b, 0x2b),
                                      QColor(0x70, 0x30, 0x90)};
    m_statusX = new QDateTimeAxis;
    m_statusX->setFormat(u"HH:mm:ss"_s);
    m_statusX->setTickCount(5);
    m_statusY = new QValueAxis;
    m_statusY->setLabelFormat(u"%d"_s);
    m_statusChart->addAxis(m_statusX, Qt::AlignBottom);
    m_statusChart->addAxis(m_statusY, Qt::AlignLeft);
    for (qsizetype i = 0; i < statusNames.size(); ++i) {
        auto* s = new QLineSeries;
        s->setName(statusNames.at(i));
        s->setColor(statusColours.at(i));
        s->setPointsVisible(true);
        s->setMarkerSize(8);
        m_statusChart->addSeries(s);
        s->attachAxis(m_statusX);
        s->attachAxis(m_statusY);
        m_statusSeries << s;
    }
    auto* statusView = named(new QChartView(m_statusChart), u"statusChart"_s, tr("Calls by status chart"));
    statusView->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(statusView);
    return box;
}

void DashboardWidget::refreshCharts()
{
    m_chartsDirty = false;
    const auto buckets = m_stats.buckets();
    QList<QList<QPointF>> latency(4);
    QList<QList<QPointF>> status(4);
    qint64 maxLatency = 10;
    int maxCount = 1;
    for (const CallStats::Bucket* b : buckets) {
        const double x = double(b->start + m_stats.bucketSeconds() / 2) * 1000.0;
        int i = 0;
        for (api::Service s : {api::Service::HighLevel, api::Service::Badger}) {
            for (double q : {0.5, 0.95}) {
                const qint64 v = CallStats::percentile(*b, s, q);
                if (v >= 0) {
                    latency[i].append(QPointF(x, double(v)));
                    maxLatency = std::max(maxLatency, v);
                }
                ++i;
            }
        }
        for (int c = 0; c < CallStats::StatusClassCount; ++c) {
            status[c].append(QPointF(x, b->byStatus[size_t(c)]));
            maxCount = std::max(maxCount, b->byStatus[size_t(c)]);
        }
    }
    for (int i = 0; i < 4; ++i) {
        m_latencySeries[i]->replace(latency[i]);
        m_statusSeries[i]->replace(status[i]);
    }
    const qint64 newest = m_stats.newestStart() >= 0 ? m_stats.newestStart() + m_stats.bucketSeconds()
                                                     : QDateTime::currentSecsSinceEpoch();
    const qint64 oldest = buckets.empty() ? newest - 60 : buckets.front()->start;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(std::min(oldest, newest - 60));
    const QDateTime to = QDateTime::fromSecsSinceEpoch(newest);
    m_latencyX->setRange(from, to);
    m_statusX->setRange(from, to);
    m_latencyY->setRange(0, double(maxLatency) * 1.1);
    m_statusY->setRange(0, maxCount * 1.1);
}

void DashboardWidget::onStateChanged(sync::SyncState state, const QString&)
{
    m_paused = state == sync::SyncState::Paused;
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    m_pause->setAccessibleName(m_paused ? tr("Resume syncing") : tr("Pause syncing"));
    const bool running = state == sync::SyncState::Running;
    m_syncNow->setEnabled(!running && state != sync::SyncState::NotConfigured);
    m_dryRun->setEnabled(!running && state != sync::SyncState::NotConfigured);
    if (running) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Syncing…"));
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        // Not "Up to date": the banner alone says whether everything is fine.
        m_progress->setFormat(state == sync::SyncState::Idle ? tr("Idle") : sync::toString(state));
    }
}

void DashboardWidget::onProgressed(const QString& phase, int done, int total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(phase);
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(std::min(done, total));
    m_progress->setFormat(QString(phase + u": "_s + tr("%1 of %2 (%p%)").arg(done).arg(total)));
}

void DashboardWidget::onRunFinished(const sync::RunSummary& summary)
{
    m_lastSync->setText(timeText(QDateTime::currentDateTimeUtc()));
    QString text = tr("Last run: %1 — %2 updated, %3 created, %4 linked, %5 failed, %6 conflicts")
                       .arg(sync::runStatusText(summary.status))
                       .arg(summary.updatedHighLevel + summary.updatedBadger)
                       .arg(summary.createdHighLevel + summary.createdBadger)
                       .arg(summary.linked)
                       .arg(summary.failedRecords)
                       .arg(summary.conflicts);
    if (!summary.error.isEmpty()) {
        text += u"\n"_s + summary.error;
    }
    m_lastResult->setText(text);
    m_lastResult->setStyleSheet(summary.failedRecords > 0 || summary.status == u"failed"_s ? u"color: #b02020;"_s
                                                                                            : QString());
    QString plan = summary.plan;
    if (summary.eta.isValid()) {
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(summary.eta);
        plan += (plan.isEmpty() ? QString() : u" — "_s)
                + (days >= 1 ? tr("done around %1 (%n day(s) from now)", nullptr, int(days))
                                   .arg(QLocale().toString(summary.eta.toLocalTime(), QLocale::ShortFormat))
                             : tr("done around %1").arg(timeText(summary.eta)));
    }
    if (summary.status == u"budget"_s && summary.resumeAt.isValid()) {
        plan += (plan.isEmpty() ? QString() : u" — "_s) + tr("resumes at %1").arg(timeText(summary.resumeAt));
    }
    if (summary.deferred > 0) {
        plan += (plan.isEmpty() ? QString() : u" — "_s)
                + tr("%n record(s) left for later runs by the budget", nullptr, summary.deferred);
    }
    m_plan->setText(plan);
}

void DashboardWidget::onDryRunFinished(const sync::RunSummary& summary)
{
    m_planned->setChanges(summary.changes);
    m_plannedSummary->setText(
        summary.status == u"failed"_s
            ? tr("The dry run failed: %1").arg(summary.error)
            : tr("The next sync would make %n change(s); nothing has been written.", nullptr, int(summary.changes.size())));
    m_plannedView->resizeColumnsToContents();
}

void DashboardWidget::onCounts(const sync::EntityCounts& counts)
{
    m_linked->setText(QString::number(counts.linked));
    m_pending->setText(QString::number(counts.pending));
    m_failed->setText(QString::number(counts.failed));
    m_conflicts->setText(QString::number(counts.conflicts));
    m_failed->setStyleSheet(counts.failed > 0 ? u"color: #d02b2b;"_s : QString());
    m_conflicts->setStyleSheet(counts.conflicts > 0 ? u"color: #c07800;"_s : QString());
}

void DashboardWidget::onCall(const api::CallLogEntry& entry)
{
    m_stats.add(entry);
    m_chartsDirty = true;
}

void DashboardWidget::onBudget(const api::BudgetState& state)
{
    if (state.service == api::Service::HighLevel) {
        setGauge(m_hlBurst, state.burstRemaining, state.burstMax, tr("HighLevel burst"));
        setGauge(m_hlDaily, state.dailyRemaining, state.dailyLimit, tr("HighLevel daily"));
    } else {
        setGauge(m_bgDaily, state.dailyRemaining, state.dailyLimit, tr("Badger daily"));
    }
    if (state.exhausted) {
        QProgressBar* bar = state.service == api::Service::HighLevel ? m_hlDaily : m_bgDaily;
        bar->setFormat(bar->format() + u" — "_s + state.exhaustedUntilText());
    }
}

void DashboardWidget::updateBanner()
{
    const QColor colour = TrayIcon::colourFor(m_monitor->level());
    m_banner->setText(m_monitor->tooltip());
    m_banner->setStyleSheet(u"QLabel { background: %1; color: white; font-weight: bold; border-radius: 4px; }"_s.arg(
        colour.name()));
    m_banner->setAccessibleDescription(m_monitor->tooltip());
}

} // namespace fb::ui
