#pragma once
// The activity history: what changed where (record, field, old → new, direction, run), searchable and filterable,
// exportable to CSV, with the retention the user sees and sets (older rows are deleted in the worker).

#include "sync/SyncWorker.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace fb::ui {

class ActivityFilter;
class ActivityModel;

class ActivityView : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityView(sync::SyncController* controller, QWidget* parent = nullptr);

    ActivityModel* model() const { return m_model; }
    ActivityFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    bool exportTo(const QString& path, QString* error); // what the filter shows

    static int retentionDays(); // QSettings "activity/retentionDays", default 90
    void setRetentionDays(int days); // saves it and deletes older rows in the worker

private:
    void applyFilters();
    void updateSummary();

    sync::SyncController* m_controller;
    ActivityModel* m_model;
    ActivityFilter* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_entity;
    QComboBox* m_direction;
    QLineEdit* m_run;
    QComboBox* m_time;
    QPushButton* m_export;
    QSpinBox* m_retention;
    QPushButton* m_applyRetention;
    QLabel* m_summary;
    QString m_pruneNote;
    QList<sync::ActivityEntry> m_pending; // recorded, not yet in the model
};

} // namespace fb::ui
