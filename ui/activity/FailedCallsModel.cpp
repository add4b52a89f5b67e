#include "FailedCallsModel.h"

#include "core/Redaction.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace fb::ui {

FailedCallsModel::FailedCallsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString FailedCallsModel::causeKey(const api::CallLogEntry& e)
{
    return api::toString(e.service) + u'|' + e.operation + u'|' + QString::number(e.status) + u'|'
           + api::toString(e.errorClass);
}

void FailedCallsModel::addCall(const api::CallLogEntry& entry)
{
    if (!entry.final) {
        return; // retried attempts: the final one says how the call ended, with its attempt number
    }
    if (entry.errorClass == api::ErrorClass::None) {
        // The same operation on the same API worked again: its failures have recovered.
        for (int row = 0; row < m_groups.size(); ++row) {
            Group& g = m_groups[row];
            if (g.state != GroupState::Recovered && g.latest.service == entry.service
                && g.latest.operation == entry.operation && entry.time >= g.latest.time) {
                g.state = GroupState::Recovered;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
        return;
    }
    const QString key = causeKey(entry);
    for (int row = 0; row < m_groups.size(); ++row) {
        Group& g = m_groups[row];
        if (g.key == key) {
            g.latest = entry;
            g.latest.message = redact::text(entry.message);
            ++g.count;
            g.state = GroupState::Failing;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    if (m_groups.size() >= m_maxGroups) {
        beginRemoveRows({}, 0, 0);
        m_groups.removeFirst();
        endRemoveRows();
    }
    Group g;
    g.key = key;
    g.latest = entry;
    g.latest.message = redact::text(entry.message);
    g.count = 1;
    g.firstSeen = entry.time;
    const int row = int(m_groups.size());
    beginInsertRows({}, row, row);
    m_groups.append(g);
    endInsertRows();
}

void FailedCallsModel::setNextRetry(const QDateTime& when)
{
    m_nextRetry = when;
    if (!m_groups.isEmpty()) {
        Q_EMIT dataChanged(index(0, NextRetry), index(rowCount() - 1, NextRetry));
    }
}

void FailedCallsModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_groups.isEmpty()) {
        Q_EMIT dataChanged(index(0, NextRetry), index(rowCount() - 1, NextRetry));
    }
}

void FailedCallsModel::setBudget(const api::BudgetState& state)
{
    QDateTime& resetAt = m_budgetResetAt[state.service == api::Service::HighLevel ? 0 : 1];
    const QDateTime next = state.exhausted ? state.resetAt : QDateTime();
    if (next == resetAt) {
        return;
    }
    resetAt = next;
    if (!m_groups.isEmpty()) {
        Q_EMIT dataChanged(index(0, NextRetry), index(rowCount() - 1, NextRetry));
    }
}

namespace {
QString serviceName(api::Service service)
{
    return service == api::Service::HighLevel ? FailedCallsModel::tr("HighLevel") : FailedCallsModel::tr("Badger");
}
} // namespace

QString FailedCallsModel::nextRetryText(const Group& g) const
{
    if (g.state == GroupState::Recovered) {
        return tr("—");
    }
    if (g.state == GroupState::Retrying) {
        return tr("now");
    }
    const api::CallLogEntry& e = g.latest;
    if (e.errorClass == api::ErrorClass::NotFound) {
        return tr("not retried: the record no longer exists in %1").arg(serviceName(e.service));
    }
    if (m_paused) {
        return tr("when syncing is resumed");
    }
    const QDateTime& resetAt = m_budgetResetAt[e.service == api::Service::HighLevel ? 0 : 1];
    if (e.errorClass == api::ErrorClass::BudgetExhausted || resetAt.isValid()) {
        return resetAt.isValid() ? tr("after the budget resets at %1").arg(resetAt.toLocalTime().toString(u"HH:mm"_s))
                                 : tr("after the daily budget resets");
    }
    const QString when = m_nextRetry.isValid() && m_nextRetry > QDateTime::currentDateTimeUtc()
                             ? tr("next sync %1").arg(m_nextRetry.toLocalTime().toString(u"HH:mm"_s))
                             : tr("next sync");
    switch (e.errorClass) {
    case api::ErrorClass::Validation: return tr("%1, fails again until the record is corrected").arg(when);
    case api::ErrorClass::Auth: return tr("%1, fails until the credentials are fixed").arg(when);
    case api::ErrorClass::Forbidden: return tr("%1, fails until the token is allowed").arg(when);
    case api::ErrorClass::Tls:
    case api::ErrorClass::Insecure: return tr("%1, fails until the server address is fixed").arg(when);
    case api::ErrorClass::OutcomeUnknown: return tr("%1, after checking whether it was applied").arg(when);
    default: return when;
    }
}

QString FailedCallsModel::nextRetryExplanation(const Group& g) const
{
    const api::CallLogEntry& e = g.latest;
    QString why;
    switch (g.state) {
    case GroupState::Recovered: return tr("The same operation has worked again since.");
    case GroupState::Retrying: return tr("A sync is retrying it now.");
    case GroupState::Failing: break;
    }
    switch (e.errorClass) {
    case api::ErrorClass::NotFound:
        return tr("The record was deleted in %1: the sync handles it as a deletion (following the delete setting) and "
                  "does not send this call again.")
            .arg(serviceName(e.service));
    case api::ErrorClass::Validation:
        why = tr("%1 refused the data (its message says what is wrong). The record is sent again at every sync and "
                 "fails the same way until it is corrected in the app it comes from.")
                  .arg(serviceName(e.service));
        break;
    case api::ErrorClass::Auth:
    case api::ErrorClass::Forbidden:
        why = tr("%1 refused the credentials or their permissions. Every sync fails until the token is fixed on the "
                 "Connections screen.")
                  .arg(serviceName(e.service));
        break;
    case api::ErrorClass::OutcomeUnknown:
        why = tr("The request may have been applied. It is never sent twice blindly: the next sync first checks "
                 "whether the record exists, then writes it only if it does not.");
        break;
    case api::ErrorClass::BudgetExhausted:
        why = tr("The daily request budget is used up; the sync continues with this record when it resets.");
        break;
    default:
        why = e.attempt > 1 ? tr("The call was already retried %n time(s) with increasing waits; the next sync reads "
                                 "and writes the record again.",
                                 nullptr, e.attempt - 1)
                            : tr("The next sync reads and writes the record again.");
        break;
    }
    return QString(nextRetryText(g) + u"\n"_s + why);
}

void FailedCallsModel::markRetrying(const QList<int>& rows)
{
    for (int row : rows) {
        if (row >= 0 && row < m_groups.size() && m_groups[row].state == GroupState::Failing) {
            m_groups[row].state = GroupState::Retrying;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void FailedCallsModel::dismiss(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        if (row >= 0 && row < m_groups.size()) {
            beginRemoveRows({}, row, row);
            m_groups.removeAt(row);
            endRemoveRows();
        }
    }
}

void FailedCallsModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

int FailedCallsModel::failingCount() const
{
    return int(std::count_if(m_groups.cbegin(), m_groups.cend(),
                             [](const Group& g) { return g.state != GroupState::Recovered; }));
}

QString FailedCallsModel::details(const Group& g)
{
    const api::CallLogEntry& e = g.latest;
    QStringList lines;
    lines << tr("Request") << tr("  %1 %2 (%3 API, operation %4)").arg(QString::fromLatin1(e.method), e.pathTemplate,
                                                                         api::toString(e.service), e.operation);
    lines << tr("  Started %1, attempt %2").arg(e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)).arg(e.attempt);
    lines << QString() << tr("Response");
    lines << (e.status == 0 ? tr("  No HTTP response (%1)").arg(api::errorClassText(e.errorClass))
                            : tr("  HTTP %1 (%2) after %3 ms").arg(e.status).arg(api::errorClassText(e.errorClass)).arg(e.latencyMs));
    lines << tr("  Server's message: %1").arg(e.message.isEmpty() ? tr("(none)") : e.message);
    if (!e.traceId.isEmpty()) {
        lines << tr("  Trace id: %1").arg(e.traceId);
    }
    lines << QString() << tr("This cause failed %n time(s) since %1.", nullptr, g.count)
                              .arg(g.firstSeen.toLocalTime().toString(u"HH:mm:ss"_s));
    lines << tr("Retry re-runs the sync now: records whose calls failed are read and written again.");
    return redact::text(lines.join(u'\n'));
}

int FailedCallsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int FailedCallsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailedCallsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Group& g = m_groups.at(index.row());
    const api::CallLogEntry& e = g.latest;
    if (role == Qt::ForegroundRole && index.column() == State) {
        return QBrush(g.state == GroupState::Recovered ? QColor(0x2e, 0x9d, 0x4f) : QColor(0xd0, 0x2b, 0x2b));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (index.column() == NextRetry) {
        return role == Qt::ToolTipRole ? nextRetryExplanation(g) : nextRetryText(g);
    }
    switch (index.column()) {
    case Time: return e.time.toLocalTime().toString(u"HH:mm:ss"_s);
    case Api: return api::toString(e.service);
    case Operation: return e.operation;
    case Status:
        return e.status == 0 ? api::errorClassText(e.errorClass)
                             : QString(QString::number(e.status) + u' ' + api::errorClassText(e.errorClass));
    case Message: return e.message;
    case Attempts: return e.attempt;
    case Count: return g.count;
    case State:
        switch (g.state) {
        case GroupState::Failing: return tr("Failing");
        case GroupState::Retrying: return tr("Retrying");
        case GroupState::Recovered: return tr("Recovered");
        }
        return {};
    default: return {};
    }
}

QVariant FailedCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time: return tr("Last seen");
    case Api: return tr("API");
    case Operation: return tr("Operation");
    case Status: return tr("Status");
    case Message: return tr("Server's message");
    case Attempts: return tr("Attempts");
    case Count: return tr("Times");
    case NextRetry: return tr("Next retry");
    case State: return tr("State");
    default: return {};
    }
}

} // namespace fb::ui
