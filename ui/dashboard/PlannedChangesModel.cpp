#include "PlannedChangesModel.h"

using namespace Qt::StringLiterals;

namespace fb::ui {

void PlannedChangesModel::setChanges(const QList<sync::PlannedChange>& changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

QString PlannedChangesModel::directionText(const QString& d)
{
    if (d == u"to_highlevel"_s) return tr("Badger → HighLevel");
    if (d == u"to_badger"_s) return tr("HighLevel → Badger");
    if (d == u"create_in_highlevel"_s) return tr("Create in HighLevel");
    if (d == u"create_in_badger"_s) return tr("Create in Badger");
    if (d == u"link"_s) return tr("Link");
    if (d == u"unlink"_s) return tr("Unlink");
    if (d == u"conflict"_s) return tr("Conflict");
    return d;
}

int PlannedChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int PlannedChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlannedChangesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const sync::PlannedChange& c = m_changes.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Record: return c.record;
        case Field: return c.field.isEmpty() ? tr("(record)") : c.field;
        case OldValue: return c.oldValue;
        case NewValue: return c.newValue;
        case Direction: return directionText(c.direction);
        default: break;
        }
    }
    return {};
}

QVariant PlannedChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Record: return tr("Record");
    case Field: return tr("Field");
    case OldValue: return tr("Current value");
    case NewValue: return tr("Planned value");
    case Direction: return tr("Direction");
    default: return {};
    }
}

} // namespace fb::ui
