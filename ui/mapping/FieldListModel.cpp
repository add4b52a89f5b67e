#include "FieldListModel.h"

#include <QIcon>
#include <QMimeData>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::FieldInfo;
using fb::sync::Side;

FieldListModel::FieldListModel(Side side, QObject* parent)
    : QAbstractTableModel(parent)
    , m_side(side)
{
}

void FieldListModel::setCatalog(const fb::sync::FieldCatalog& catalog)
{
    beginResetModel();
    m_catalog = catalog;
    m_fields = catalog.fields(m_side);
    endResetModel();
}

void FieldListModel::setMappedIds(const QSet<QString>& ids)
{
    if (ids == m_mapped) {
        return;
    }
    m_mapped = ids;
    if (!m_fields.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_fields.size()) - 1, ColumnCount - 1));
    }
}

const FieldInfo* FieldListModel::field(int row) const
{
    return row >= 0 && row < m_fields.size() ? &m_fields.at(row) : nullptr;
}

int FieldListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

int FieldListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FieldInfo& f = m_fields.at(index.row());
    const bool mapped = m_mapped.contains(f.id);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LabelColumn ? f.label : fb::sync::typeLabel(f.type);
    case Qt::DecorationRole:
        if (index.column() == LabelColumn) {
            // Unmapped fields get an empty icon of the same size so the labels line up.
            static const QIcon blank = [] {
                QPixmap p(16, 16);
                p.fill(Qt::transparent);
                return QIcon(p);
            }();
            return mapped ? QIcon(u":/icons/mapping-linked.svg"_s) : blank;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{f.label, tr("Type: %1").arg(fb::sync::typeLabel(f.type)), tr("Field id: %1").arg(f.id)};
        if (f.requiredOnCreate) {
            lines.append(tr("Required to create a record"));
        }
        if (!f.writable) {
            lines.append(tr("Read-only"));
        }
        lines.append(mapped ? tr("Already mapped") : tr("Not mapped yet"));
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return index.column() == LabelColumn
                   ? QString(f.label + u", "_s + (mapped ? tr("mapped") : tr("not mapped")))
                   : fb::sync::typeLabel(f.type);
    case FieldIdRole:
        return f.id;
    case FieldTypeRole:
        return int(f.type);
    case CustomRole:
        return f.custom;
    case MappedRole:
        return mapped;
    case RequiredRole:
        return f.requiredOnCreate;
    default:
        return {};
    }
}

QVariant FieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (section == LabelColumn) {
        return m_side == Side::HighLevel ? tr("HighLevel field") : tr("Badger field");
    }
    return tr("Type");
}

Qt::ItemFlags FieldListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags; // no drops between fields: a pairing needs a field to land on
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList FieldListModel::mimeTypes() const
{
    return {FieldMime::mimeType()};
}

QMimeData* FieldListModel::mimeData(const QModelIndexList& indexes) const
{
    // A drag carries one field: the first valid index (the columns of one row all name the same field).
    for (const QModelIndex& i : indexes) {
        if (checkIndex(i, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return FieldMime::create({m_side, m_fields.at(i.row()).id});
        }
    }
    return nullptr;
}

Qt::DropActions FieldListModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions FieldListModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool FieldListModel::dropTarget(const QMimeData* data, Qt::DropAction action, const QModelIndex& parent,
                                FieldRef* dropped) const
{
    if (action != Qt::CopyAction || !FieldMime::read(data, dropped) || dropped->side == m_side) {
        return false;
    }
    if (!m_catalog.find(dropped->side, dropped->id)) {
        return false; // a field the catalog does not know (stale drag, foreign payload)
    }
    return parent.isValid() && checkIndex(parent, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

bool FieldListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) const
{
    FieldRef dropped;
    return dropTarget(data, action, parent, &dropped);
}

bool FieldListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int, int, const QModelIndex& parent)
{
    FieldRef dropped;
    if (!dropTarget(data, action, parent, &dropped)) {
        return false;
    }
    const QString ours = m_fields.at(parent.row()).id;
    if (m_side == Side::HighLevel) {
        Q_EMIT pairDropped(ours, dropped.id);
    } else {
        Q_EMIT pairDropped(dropped.id, ours);
    }
    return true;
}

} // namespace fb::ui
