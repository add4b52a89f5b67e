#include "ConflictsView.h"

#include "ConflictsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

ConflictsView::ConflictsView(sync::SyncController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new ConflictsModel(this))
    , m_table(new QTableView)
    , m_takeBadger(new QPushButton(tr("Take Badger")))
    , m_takeHighLevel(new QPushButton(tr("Take HighLevel")))
    , m_edit(new QPushButton(tr("Edit value…")))
    , m_status(new QLabel)
{
    setObjectName(u"conflictsView"_s);
    m_table->setObjectName(u"conflictsTable"_s);
    m_table->setAccessibleName(tr("Open conflicts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (no focus trap); arrows move between cells
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_takeBadger->setObjectName(u"takeBadgerButton"_s);
    m_takeBadger->setAccessibleName(tr("Resolve the selected conflicts with Badger's value"));
    m_takeHighLevel->setObjectName(u"takeHighLevelButton"_s);
    m_takeHighLevel->setAccessibleName(tr("Resolve the selected conflicts with HighLevel's value"));
    m_edit->setObjectName(u"editValueButton"_s);
    m_edit->setAccessibleName(tr("Resolve the selected conflicts with a value you type"));
    m_status->setObjectName(u"conflictsStatus"_s);
    m_status->setWordWrap(true);

    auto* root = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_takeBadger);
    bar->addWidget(m_takeHighLevel);
    bar->addWidget(m_edit);
    root->addLayout(bar);
    root->addWidget(m_table, 1);

    connect(controller, &sync::SyncController::conflictRecorded, m_model, &ConflictsModel::upsert);
    connect(controller, &sync::SyncController::historyLoaded, m_model,
            [this](const QList<sync::ActivityEntry>&, const QList<sync::ConflictEntry>& conflicts) {
                m_model->setConflicts(conflicts);
                updateButtons();
            });
    connect(controller, &sync::SyncController::conflictsResolved, this,
            [this](const QList<qint64>& ids, const QString& error) {
                m_model->remove(ids);
                m_resolving = false;
                m_status->setText(error.isEmpty() ? tr("%n conflict(s) resolved.", nullptr, int(ids.size()))
                                                  : tr("%n resolved; could not resolve the rest: %1", nullptr,
                                                       int(ids.size()))
                                                        .arg(error));
                m_status->setStyleSheet(error.isEmpty() ? QString() : u"color: #b02020;"_s);
                m_resolving = true; // keep the outcome on screen until the next change
                updateButtons();
                m_resolving = false;
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConflictsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsView::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictsView::updateButtons);
    connect(m_takeBadger, &QPushButton::clicked, this,
            [this] { resolveSelected(sync::SyncEngine::Resolution::TakeBadger); });
    connect(m_takeHighLevel, &QPushButton::clicked, this,
            [this] { resolveSelected(sync::SyncEngine::Resolution::TakeHighLevel); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QList<int> rows = selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        bool ok = false;
        const QString value = QInputDialog::getText(this, tr("Resolve with a value"),
                                                    tr("Value to write to both sides (%n conflict(s)):", nullptr,
                                                       int(rows.size())),
                                                    QLineEdit::Normal, m_model->conflict(rows.first()).badgerValue, &ok);
        if (ok) {
            resolveSelected(sync::SyncEngine::Resolution::UseValue, value);
        }
    });
    updateButtons();
}

QList<int> ConflictsView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
        rows << i.row();
    }
    return rows;
}

void ConflictsView::resolveSelected(sync::SyncEngine::Resolution resolution, const QString& value)
{
    const QList<qint64> ids = m_model->ids(selectedRows());
    if (ids.isEmpty()) {
        return;
    }
    m_resolving = true;
    m_status->setText(tr("Resolving %n conflict(s)…", nullptr, int(ids.size())));
    m_controller->resolveConflicts(ids, resolution, value);
}

void ConflictsView::updateButtons()
{
    const bool any = !selectedRows().isEmpty();
    m_takeBadger->setEnabled(any);
    m_takeHighLevel->setEnabled(any);
    m_edit->setEnabled(any);
    if (!m_resolving) {
        m_status->setStyleSheet(QString());
        m_status->setText(m_model->rowCount() == 0
                              ? tr("No conflicts waiting.")
                              : tr("%n conflict(s) waiting. Select one or many, then take a side or type a value.",
                                   nullptr, m_model->rowCount()));
    }
}

} // namespace fb::ui
