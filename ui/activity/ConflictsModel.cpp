#include "ConflictsModel.h"

using namespace Qt::StringLiterals;

namespace fb::ui {

namespace {
QString when(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QObject::tr("unknown");
}
} // namespace

void ConflictsModel::upsert(const sync::ConflictEntry& recorded)
{
    sync::ConflictEntry entry = recorded;
    if (!entry.createdAt.isValid()) {
        entry.createdAt = QDateTime::currentDateTimeUtc(); // the signal is sent as the conflict is found
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        const sync::ConflictEntry& c = m_rows.at(row);
        if ((entry.id != 0 && c.id == entry.id) || (c.linkId == entry.linkId && c.field == entry.field)) {
            m_rows[row] = entry;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(entry);
    endInsertRows();
}

void ConflictsModel::setConflicts(const QList<sync::ConflictEntry>& entries)
{
    beginResetModel();
    m_rows = entries;
    endResetModel();
}

void ConflictsModel::remove(const QList<qint64>& ids)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (ids.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
}

QList<qint64> ConflictsModel::ids(const QList<int>& rows) const
{
    QList<qint64> out;
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size() && !out.contains(m_rows.at(row).id)) {
            out << m_rows.at(row).id;
        }
    }
    return out;
}

int ConflictsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const sync::ConflictEntry& c = m_rows.at(index.row());
    switch (index.column()) {
    case Record: return c.record;
    case Field: return c.field;
    case Base: return c.baseValue;
    case HighLevel: return c.highLevelValue;
    case HighLevelChanged: return when(c.highLevelChangedAt);
    case Badger: return c.badgerValue;
    case BadgerChanged: return when(c.badgerChangedAt);
    case Detected: return when(c.createdAt);
    default: return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Record: return tr("Record");
    case Field: return tr("Field");
    case Base: return tr("Last agreed value");
    case HighLevel: return tr("HighLevel value");
    case HighLevelChanged: return tr("HighLevel changed");
    case Badger: return tr("Badger value");
    case BadgerChanged: return tr("Badger changed");
    case Detected: return tr("Detected");
    default: return {};
    }
}

} // namespace fb::ui
