#pragma once
// The Activity screen: tabs for the activity history, failed calls and the conflict queue, fed by one SyncController.
// Asks the worker for the stored history (activity, open conflicts) once when built.

#include "sync/SyncWorker.h"

#include <QTabWidget>

namespace fb::ui {

class ActivityView;
class ConflictsView;
class FailedCallsView;

class ActivityScreen : public QTabWidget
{
    Q_OBJECT

public:
    explicit ActivityScreen(sync::SyncController* controller, QWidget* parent = nullptr);

    ActivityView* activity() const { return m_activity; }
    FailedCallsView* failedCalls() const { return m_failed; }
    ConflictsView* conflicts() const { return m_conflicts; }
    void showFailedCalls();
    void showConflicts();

private:
    ActivityView* m_activity;
    FailedCallsView* m_failed;
    ConflictsView* m_conflicts;
};

} // namespace fb::ui
