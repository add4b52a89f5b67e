#pragma once
// The conflict queue: both values, the base and when each side changed; resolve the selected rows (one or many) by
// taking Badger's value, HighLevel's, or a value typed here, through SyncController::resolveConflicts.

#include "sync/SyncWorker.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace fb::ui {

class ConflictsModel;

class ConflictsView : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsView(sync::SyncController* controller, QWidget* parent = nullptr);

    ConflictsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Resolves the selected rows (all rows when none is selected is NOT assumed: nothing happens).
    void resolveSelected(sync::SyncEngine::Resolution resolution, const QString& value = {});

private:
    QList<int> selectedRows() const;
    void updateButtons();

    sync::SyncController* m_controller;
    ConflictsModel* m_model;
    QTableView* m_table;
    QPushButton* m_takeBadger;
    QPushButton* m_takeHighLevel;
    QPushButton* m_edit;
    QLabel* m_status;
    bool m_resolving = false;
};

} // namespace fb::ui
