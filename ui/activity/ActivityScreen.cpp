#include "ActivityScreen.h"

#include "ActivityView.h"
#include "ConflictsView.h"
#include "FailedCallsView.h"

using namespace Qt::StringLiterals;

namespace fb::ui {

ActivityScreen::ActivityScreen(sync::SyncController* controller, QWidget* parent)
    : QTabWidget(parent)
    , m_activity(new ActivityView(controller))
    , m_failed(new FailedCallsView(controller))
    , m_conflicts(new ConflictsView(controller))
{
    setObjectName(u"activityScreen"_s);
    setAccessibleName(tr("Activity, failed calls and conflicts"));
    addTab(m_activity, tr("Activity"));
    addTab(m_failed, tr("Failed calls"));
    addTab(m_conflicts, tr("Conflicts"));
    // The history and open conflicts come from the worker's ledger: now (the controller may be open already) and each
    // time it opens one (at start-up the screens exist before it does; sandbox and real accounts have their own).
    controller->loadHistory();
    connect(controller, &sync::SyncController::opened, this, [controller] { controller->loadHistory(); });
}

void ActivityScreen::showFailedCalls()
{
    setCurrentWidget(m_failed);
}

void ActivityScreen::showConflicts()
{
    setCurrentWidget(m_conflicts);
}

} // namespace fb::ui
