#pragma once
// Failed calls, grouped by cause, with retry (re-runs the sync now: records whose calls failed are read and written
// again), dismiss and a details pane with the redacted request and response.

#include "sync/SyncWorker.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace fb::ui {

class FailedCallsModel;

class FailedCallsView : public QWidget
{
    Q_OBJECT

public:
    explicit FailedCallsView(sync::SyncController* controller, QWidget* parent = nullptr);

    FailedCallsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void retrySelected();
    void dismissSelected();
    QString detailsText() const;

private:
    QList<int> selectedRows() const;
    void updateDetails();

    sync::SyncController* m_controller;
    FailedCallsModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QPushButton* m_retry;
    QPushButton* m_dismiss;
    QLabel* m_summary;
};

} // namespace fb::ui
