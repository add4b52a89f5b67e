#include "ActivityView.h"

#include "ActivityModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

namespace {
const auto kRetentionKey = u"activity/retentionDays"_s;
}

ActivityView::ActivityView(sync::SyncController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new ActivityModel(this))
    , m_filter(new ActivityFilter(this))
    , m_table(new QTableView)
    , m_search(new QLineEdit)
    , m_entity(new QComboBox)
    , m_direction(new QComboBox)
    , m_run(new QLineEdit)
    , m_time(new QComboBox)
    , m_export(new QPushButton(tr("Export CSV…")))
    , m_retention(new QSpinBox)
    , m_applyRetention(new QPushButton(tr("Apply")))
    , m_summary(new QLabel)
{
    setObjectName(u"activityView"_s);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::DisplayRole);
    m_table->setObjectName(u"activityTable"_s);
    m_table->setAccessibleName(tr("Activity history"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (no focus trap); arrows move between cells
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths that leave the last column (direction, stretched) on screen at 1280 px; values show in full as tooltips.
    m_table->horizontalHeader()->resizeSection(ActivityModel::Time, 145);
    m_table->horizontalHeader()->resizeSection(ActivityModel::Run, 40);
    m_table->horizontalHeader()->resizeSection(ActivityModel::Entity, 70);
    m_table->horizontalHeader()->resizeSection(ActivityModel::Record, 160);
    m_table->horizontalHeader()->resizeSection(ActivityModel::Field, 150);
    m_table->horizontalHeader()->resizeSection(ActivityModel::OldValue, 150);
    m_table->horizontalHeader()->resizeSection(ActivityModel::NewValue, 150);
    m_table->horizontalHeader()->setMinimumSectionSize(40);

    m_search->setObjectName(u"activitySearch"_s);
    m_search->setAccessibleName(tr("Search activity"));
    m_search->setPlaceholderText(tr("Search record, field or value"));
    m_search->setClearButtonEnabled(true);
    m_entity->setObjectName(u"activityEntity"_s);
    m_entity->setAccessibleName(tr("Filter by entity"));
    m_entity->addItem(tr("All entities"), QString());
    for (const QString& e : {u"contact"_s, u"checkin"_s, u"task"_s, u"note"_s}) {
        m_entity->addItem(ActivityModel::entityText(e), e);
    }
    m_direction->setObjectName(u"activityDirection"_s);
    m_direction->setAccessibleName(tr("Filter by direction"));
    m_direction->addItem(tr("Any direction"), QString());
    for (const QString& d : {u"to_highlevel"_s, u"to_badger"_s, u"create_in_highlevel"_s, u"create_in_badger"_s,
                             u"link"_s, u"unlink"_s}) {
        m_direction->addItem(ActivityModel::directionText(d), d);
    }
    m_run->setObjectName(u"activityRun"_s);
    m_run->setAccessibleName(tr("Filter by run number"));
    m_run->setPlaceholderText(tr("Run #"));
    m_run->setMaximumWidth(80);
    m_time->setObjectName(u"activityTime"_s);
    m_time->setAccessibleName(tr("Filter by time"));
    m_time->addItem(tr("Any time"), 0);
    m_time->addItem(tr("Last hour"), 3600);
    m_time->addItem(tr("Last 24 hours"), 86400);
    m_time->addItem(tr("Last 7 days"), 7 * 86400);
    m_export->setObjectName(u"activityExport"_s);
    m_export->setAccessibleName(tr("Export the shown activity to CSV"));
    m_retention->setObjectName(u"activityRetention"_s);
    m_retention->setAccessibleName(tr("Days of activity to keep"));
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(retentionDays());
    m_applyRetention->setObjectName(u"activityRetentionApply"_s);
    m_applyRetention->setAccessibleName(tr("Apply the activity retention"));
    m_summary->setObjectName(u"activitySummary"_s);
    m_summary->setWordWrap(true); // German and Spanish run long: a one-line summary widened the window past 1280 px

    auto* root = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_entity);
    filters->addWidget(m_direction);
    filters->addWidget(m_run);
    filters->addWidget(m_time);
    filters->addWidget(m_export);
    root->addLayout(filters);
    root->addWidget(m_table, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    auto* keepLabel = new QLabel(tr("Keep activity for"));
    keepLabel->setBuddy(m_retention);
    bottom->addWidget(keepLabel);
    bottom->addWidget(m_retention);
    bottom->addWidget(m_applyRetention);
    root->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, &ActivityView::applyFilters);
    connect(m_run, &QLineEdit::textChanged, this, &ActivityView::applyFilters);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &ActivityView::applyFilters);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &ActivityView::applyFilters);
    connect(m_time, &QComboBox::currentIndexChanged, this, &ActivityView::applyFilters);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export activity"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/fieldbridge-activity.csv"_s,
            tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error)) {
            m_summary->setText(tr("Export failed: %1").arg(error));
        }
    });
    connect(m_applyRetention, &QPushButton::clicked, this, [this] { setRetentionDays(m_retention->value()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ActivityView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ActivityView::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ActivityView::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ActivityView::updateSummary);

    // A sync records thousands of rows in seconds: collect them and insert every 250 ms, so the sorting proxy and the
    // table do one update per batch instead of one per row.
    auto* flush = new QTimer(this);
    flush->setSingleShot(true);
    flush->setInterval(250);
    connect(flush, &QTimer::timeout, this, [this] {
        m_model->appendMany(m_pending);
        m_pending.clear();
    });
    connect(controller, &sync::SyncController::activityRecorded, this, [this, flush](const sync::ActivityEntry& e) {
        m_pending.append(e);
        if (!flush->isActive()) {
            flush->start();
        }
    });
    connect(controller, &sync::SyncController::historyLoaded, m_model,
            [this](const QList<sync::ActivityEntry>& activity, const QList<sync::ConflictEntry>&) {
                m_pending.clear(); // signals are ordered: rows recorded before the read are in `activity` already
                m_model->setHistory(activity);
            });
    connect(controller, &sync::SyncController::activityPruned, this, [this](int removed, const QString& error) {
        m_pruneNote = error.isEmpty() ? tr("%n older row(s) deleted.", nullptr, removed)
                                      : tr("Could not delete older rows: %1").arg(error);
        updateSummary();
    });
    updateSummary();
}

int ActivityView::retentionDays()
{
    return std::clamp(QSettings().value(kRetentionKey, 90).toInt(), 1, 3650);
}

void ActivityView::setRetentionDays(int days)
{
    QSettings().setValue(kRetentionKey, days);
    m_retention->setValue(days);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-days);
    // The in-memory rows follow the same rule as the ledger.
    QList<sync::ActivityEntry> keep;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->entry(r).time >= cutoff) {
            keep << m_model->entry(r);
        }
    }
    if (keep.size() != m_model->rowCount()) {
        m_model->setHistory(keep);
    }
    m_controller->pruneActivity(days);
    updateSummary();
}

void ActivityView::applyFilters()
{
    m_filter->setSearchText(m_search->text());
    m_filter->setEntity(m_entity->currentData().toString());
    m_filter->setDirection(m_direction->currentData().toString());
    m_filter->setRun(m_run->text().trimmed().toLongLong());
    const int seconds = m_time->currentData().toInt();
    m_filter->setTimeRange(seconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(-seconds) : QDateTime(), {});
    updateSummary();
}

void ActivityView::updateSummary()
{
    m_summary->setText(QString(tr("Showing %1 of %2 changes (the latest %3 are kept on screen); the history keeps %n "
                                  "day(s).",
                                  nullptr, retentionDays())
                                   .arg(m_filter->rowCount())
                                   .arg(m_model->rowCount())
                                   .arg(m_model->capacity())
                               + (m_pruneNote.isEmpty() ? QString() : u" "_s + m_pruneNote)));
}

bool ActivityView::exportTo(const QString& path, QString* error)
{
    return exportCsv(*m_filter, path, error);
}

} // namespace fb::ui
