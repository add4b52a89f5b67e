#pragma once
// Failed API calls grouped by cause (API + operation + status + error class): many records failing the same way make
// one row with a count, not a wall of rows. A group turns "Recovered" when the same operation later succeeds.
// Bounded: at most maxGroups rows; each keeps only its latest failure.

#include "api/CallLog.h"
#include "api/RateGovernor.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace fb::ui {

class FailedCallsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Api, Operation, Status, Message, Attempts, Count, NextRetry, State, ColumnCount };
    enum class GroupState { Failing, Retrying, Recovered };

    struct Group
    {
        QString key;
        api::CallLogEntry latest;
        int count = 0;
        QDateTime firstSeen;
        GroupState state = GroupState::Failing;
    };

    explicit FailedCallsModel(QObject* parent = nullptr);

    void addCall(const api::CallLogEntry& entry); // every call: failures add, successes mark recovery
    void setNextRetry(const QDateTime& when); // the next scheduled sync
    void setPaused(bool paused);
    void setBudget(const api::BudgetState& state); // an exhausted budget delays the retry until it resets
    void markRetrying(const QList<int>& rows);
    void dismiss(QList<int> rows);
    void clear();
    const Group& group(int row) const { return m_groups.at(row); }
    int failingCount() const;
    void setMaxGroups(int groups) { m_maxGroups = std::max(1, groups); }

    static QString causeKey(const api::CallLogEntry& entry);
    // When the failed call is tried again, as the engine really does it: the request engine already retried transient
    // failures within the call (the attempts column), so a final failure waits for the next sync, which reads and
    // writes the record again; an exhausted budget waits for its reset; a 404 is handled as a deletion and never
    // retried; a refused call (validation, credentials, scope) is sent again but fails until its cause is fixed.
    QString nextRetryText(const Group& group) const;
    QString nextRetryExplanation(const Group& group) const; // the longer tooltip
    // The redacted request and response summary for the details view (never a token).
    static QString details(const Group& group);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Group> m_groups;
    QDateTime m_nextRetry;
    bool m_paused = false;
    QDateTime m_budgetResetAt[2]; // per service (HighLevel, Badger) while its budget is exhausted
    int m_maxGroups = 500;
};

} // namespace fb::ui
