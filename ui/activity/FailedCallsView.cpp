#include "FailedCallsView.h"

#include "FailedCallsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

FailedCallsView::FailedCallsView(sync::SyncController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new FailedCallsModel(this))
    , m_table(new QTableView)
    , m_details(new QPlainTextEdit)
    , m_retry(new QPushButton(tr("Retry now")))
    , m_dismiss(new QPushButton(tr("Dismiss")))
    , m_summary(new QLabel)
{
    setObjectName(u"failedCallsView"_s);
    m_table->setObjectName(u"failedCallsTable"_s);
    m_table->setAccessibleName(tr("Failed calls"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (no focus trap); arrows move between cells
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(FailedCallsModel::Message, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_details->setObjectName(u"failedCallDetails"_s);
    m_details->setAccessibleName(tr("Failed call details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a failed call to see the request and the server's response."));
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setAccessibleName(tr("Retry the selected failed calls now"));
    m_retry->setToolTip(tr("Runs the sync now: records whose calls failed are read and written again."));
    m_dismiss->setObjectName(u"dismissButton"_s);
    m_dismiss->setAccessibleName(tr("Dismiss the selected failed calls"));
    m_summary->setObjectName(u"failedCallsSummary"_s);
    m_summary->setWordWrap(true);

    auto* root = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_retry);
    bar->addWidget(m_dismiss);
    root->addLayout(bar);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    root->addWidget(split, 1);

    auto refresh = [this] {
        const int failing = m_model->failingCount();
        m_summary->setText(failing == 0 ? tr("No failing calls.")
                                        : tr("%n cause(s) failing. Retry re-runs the sync now; records whose calls "
                                             "failed are read and written again.",
                                             nullptr, failing));
        m_table->resizeColumnToContents(FailedCallsModel::Operation);
        m_table->resizeColumnToContents(FailedCallsModel::Status);
        m_table->resizeColumnToContents(FailedCallsModel::NextRetry); // says why it may not help: keep it whole
    };
    connect(controller, &sync::SyncController::callFinished, m_model, &FailedCallsModel::addCall);
    connect(controller, &sync::SyncController::nextSyncScheduled, m_model, &FailedCallsModel::setNextRetry);
    connect(controller, &sync::SyncController::budgetChanged, m_model, &FailedCallsModel::setBudget);
    connect(controller, &sync::SyncController::stateChanged, m_model,
            [this](sync::SyncState s, const QString&) { m_model->setPaused(s == sync::SyncState::Paused); });
    // A storm of failing calls changes a group per call: the summary, the column widths and the details follow at
    // most every 250 ms (resizing columns reads every row), not once per call.
    auto* later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(250);
    connect(later, &QTimer::timeout, this, [this, refresh] {
        refresh();
        updateDetails();
    });
    auto schedule = [later] {
        if (!later->isActive()) {
            later->start();
        }
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_model, &QAbstractItemModel::dataChanged, this, schedule);
    connect(m_model, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FailedCallsView::updateDetails);
    connect(m_retry, &QPushButton::clicked, this, &FailedCallsView::retrySelected);
    connect(m_dismiss, &QPushButton::clicked, this, &FailedCallsView::dismissSelected);
    refresh();
    updateDetails();
}

QList<int> FailedCallsView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
        rows << i.row();
    }
    return rows;
}

void FailedCallsView::retrySelected()
{
    QList<int> rows = selectedRows();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            rows << r;
        }
    }
    m_model->markRetrying(rows);
    m_controller->syncNow();
}

void FailedCallsView::dismissSelected()
{
    m_model->dismiss(selectedRows());
}

QString FailedCallsView::detailsText() const
{
    return m_details->toPlainText();
}

void FailedCallsView::updateDetails()
{
    const QList<int> rows = selectedRows();
    m_retry->setEnabled(m_model->rowCount() > 0);
    m_dismiss->setEnabled(!rows.isEmpty());
    const QString text = rows.isEmpty() ? QString() : FailedCallsModel::details(m_model->group(rows.first()));
    if (text != m_details->toPlainText()) {
        m_details->setPlainText(text); // unchanged text is not re-laid out (and keeps the reader's scroll position)
    }
}

} // namespace fb::ui
