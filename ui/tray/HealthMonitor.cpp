#include "HealthMonitor.h"

using namespace Qt::StringLiterals;

namespace fb::ui {

HealthMonitor::HealthMonitor(sync::SyncController* controller, QObject* parent)
    : QObject(parent)
{
    if (controller) {
        connect(controller, &sync::SyncController::stateChanged, this, &HealthMonitor::onStateChanged);
        connect(controller, &sync::SyncController::runFinished, this, &HealthMonitor::onRunFinished);
        connect(controller, &sync::SyncController::countsChanged, this, &HealthMonitor::onCountsChanged);
        connect(controller, &sync::SyncController::callFinished, this, &HealthMonitor::onCallFinished);
        connect(controller, &sync::SyncController::budgetChanged, this, &HealthMonitor::onBudgetChanged);
        connect(controller, &sync::SyncController::openFailed, this, &HealthMonitor::onOpenFailed);
    }
    recompute();
}

QString HealthMonitor::levelName(Level level)
{
    switch (level) {
    case Level::Ok: return tr("OK");
    case Level::Busy: return tr("Syncing");
    case Level::Attention: return tr("Needs attention");
    case Level::Error: return tr("Error");
    }
    return {};
}

void HealthMonitor::onStateChanged(sync::SyncState state, const QString& detail)
{
    if (state == sync::SyncState::Running && !m_inRun) {
        m_runFailedCalls = 0;
    }
    m_inRun = state == sync::SyncState::Running;
    m_state = state;
    m_detail = detail;
    // A failed sync explained by rejected credentials is the same incident, not a second alert.
    bool authFailing = false;
    for (auto it = m_incidents.cbegin(); it != m_incidents.cend(); ++it) {
        authFailing = authFailing || it.key().startsWith(u"auth:"_s);
    }
    if (state != sync::SyncState::Error || !authFailing) {
        setIncident(u"sync-error"_s, state == sync::SyncState::Error,
                    detail.isEmpty() ? tr("The sync failed.") : tr("The sync failed: %1").arg(detail));
    }
    if (state == sync::SyncState::BudgetExhausted) {
        setIncident(u"budget"_s, true,
                    detail.isEmpty() ? tr("The API budget is exhausted.") : detail);
    } else if (state == sync::SyncState::Idle) {
        bool anyExhausted = false;
        for (const api::BudgetState& b : std::as_const(m_budgets)) {
            anyExhausted = anyExhausted || b.exhausted;
        }
        if (!anyExhausted) {
            setIncident(u"budget"_s, false, {});
        }
    }
    if (state != sync::SyncState::Error && state != sync::SyncState::NotConfigured) {
        setIncident(u"open-failed"_s, false, {});
    }
    recompute();
}

void HealthMonitor::onRunFinished(const sync::RunSummary& summary)
{
    if (summary.dryRun) {
        return;
    }
    m_lastRunFailures = summary.failedRecords;
    // Records failing run after run; a run that fails as a whole is the "sync-error" incident already.
    const bool failed = summary.failedRecords > 0;
    m_failedRunsInRow = failed ? m_failedRunsInRow + 1 : 0;
    setIncident(u"repeated-failures"_s, m_failedRunsInRow >= m_repeatRuns,
                tr("%n sync run(s) in a row had failures", nullptr, m_failedRunsInRow)
                    + (summary.error.isEmpty() ? QString() : u": "_s + summary.error));
    recompute();
}

void HealthMonitor::onCountsChanged(const sync::EntityCounts& counts)
{
    m_counts = counts;
    setIncident(u"conflicts"_s, counts.conflicts > 0,
                tr("%n conflict(s) waiting for a decision", nullptr, counts.conflicts));
    recompute();
}

void HealthMonitor::onCallFinished(const api::CallLogEntry& entry)
{
    if (!entry.final) {
        return;
    }
    if (entry.errorClass != api::ErrorClass::None) {
        ++m_runFailedCalls;
        recompute();
    }
    const QString key = u"auth:"_s + api::toString(entry.service);
    if (entry.errorClass == api::ErrorClass::Auth) {
        setIncident(key, true,
                    tr("%1 rejected the credentials (authentication failed)").arg(api::toString(entry.service)));
        recompute();
    } else if (entry.errorClass == api::ErrorClass::None && m_incidents.contains(key)) {
        setIncident(key, false, {});
        recompute();
    }
}

void HealthMonitor::onBudgetChanged(const api::BudgetState& state)
{
    m_budgets.insert(api::toString(state.service), state);
    bool anyExhausted = false;
    QString text;
    for (const api::BudgetState& b : std::as_const(m_budgets)) {
        if (b.exhausted) {
            anyExhausted = true;
            text = api::toString(b.service) + u": "_s + b.exhaustedUntilText();
        }
    }
    if (anyExhausted) {
        setIncident(u"budget"_s, true, text);
    } else if (m_state != sync::SyncState::BudgetExhausted) {
        setIncident(u"budget"_s, false, {});
    }
    recompute();
}

void HealthMonitor::onOpenFailed(const QString& message)
{
    setIncident(u"open-failed"_s, true, tr("The sync could not start: %1").arg(message));
    recompute();
}

void HealthMonitor::setIncident(const QString& key, bool active, const QString& text)
{
    if (active) {
        const bool isNew = !m_incidents.contains(key);
        m_incidents.insert(key, text); // the text may be refined; it is still the same incident
        if (isNew) {
            Q_EMIT incidentStarted(key, text);
        }
    } else if (m_incidents.remove(key) > 0) {
        Q_EMIT incidentCleared(key);
    }
}

QStringList HealthMonitor::problems() const
{
    QStringList out;
    // Incidents are errors; the rest needs attention.
    for (auto it = m_incidents.cbegin(); it != m_incidents.cend(); ++it) {
        if (it.key() != u"conflicts"_s) {
            out << it.value();
        }
    }
    if (m_counts.failed > 0) {
        out << tr("%n record(s) failed to sync", nullptr, m_counts.failed);
    } else if (m_lastRunFailures > 0) {
        out << tr("%n record(s) failed in the last run", nullptr, m_lastRunFailures);
    }
    if (m_runFailedCalls > 0) {
        out << (m_inRun ? tr("%n call(s) failed during this run", nullptr, m_runFailedCalls)
                        : tr("%n call(s) failed in the last run", nullptr, m_runFailedCalls));
    }
    if (m_counts.conflicts > 0) {
        out << tr("%n conflict(s) waiting for a decision", nullptr, m_counts.conflicts);
    }
    if (m_counts.ambiguous > 0) {
        out << tr("%n ambiguous match(es) to review", nullptr, m_counts.ambiguous);
    }
    if (m_state == sync::SyncState::Idle && !m_detail.isEmpty() && m_lastRunFailures == 0 && m_counts.failed == 0) {
        out << m_detail;
    }
    return out;
}

void HealthMonitor::recompute()
{
    Level level = Level::Ok;
    bool hardError = false;
    for (auto it = m_incidents.cbegin(); it != m_incidents.cend(); ++it) {
        hardError = hardError || it.key() != u"conflicts"_s;
    }
    if (hardError || m_state == sync::SyncState::Error || m_state == sync::SyncState::BudgetExhausted) {
        level = Level::Error;
    } else if (m_counts.failed > 0 || m_lastRunFailures > 0 || m_runFailedCalls > 0 || m_counts.conflicts > 0 || m_counts.ambiguous > 0
               || m_state == sync::SyncState::Paused || m_state == sync::SyncState::NotConfigured) {
        level = Level::Attention;
    } else if (m_state == sync::SyncState::Running) {
        level = Level::Busy;
    }
    m_level = level;
    Q_EMIT changed();
}

QString HealthMonitor::headline() const
{
    QString state = sync::toString(m_state);
    if (m_state == sync::SyncState::BudgetExhausted && !m_detail.isEmpty()) {
        state = m_detail;
    }
    const QStringList issues = problems();
    if (m_level == Level::Error || m_level == Level::Attention) {
        const QString first = issues.isEmpty() ? (m_detail.isEmpty() ? state : m_detail) : issues.first();
        if (m_state == sync::SyncState::Running || m_state == sync::SyncState::Paused) {
            return QString(state + u" — "_s + first);
        }
        return QString(levelName(m_level) + u": "_s + first);
    }
    return state;
}

QString HealthMonitor::tooltip() const
{
    QStringList lines{u"Fieldbridge — "_s + headline()};
    const QStringList issues = problems();
    for (qsizetype i = 1; i < issues.size(); ++i) {
        lines << u"• "_s + issues.at(i);
    }
    return lines.join(u'\n');
}

} // namespace fb::ui
