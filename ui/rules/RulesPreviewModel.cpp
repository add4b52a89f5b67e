#include "RulesPreviewModel.h"

using namespace Qt::StringLiterals;

namespace fb::ui {

RulesPreviewModel::RulesPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RulesPreviewModel::setItems(const QList<fb::sync::PreviewItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int RulesPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int RulesPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RulesPreviewModel::actionText(const QString& action)
{
    if (action == u"note"_s) {
        return tr("Add note");
    }
    if (action == u"task_open"_s) {
        return tr("Open task");
    }
    if (action == u"task_complete"_s) {
        return tr("Complete tasks");
    }
    if (action == u"tag_add"_s) {
        return tr("Add tag");
    }
    if (action == u"tag_remove"_s) {
        return tr("Remove tag");
    }
    if (action == u"route"_s) {
        return tr("Assign owner");
    }
    if (action == u"check_in"_s) {
        return tr("Log check-in");
    }
    return action;
}

QVariant RulesPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const fb::sync::PreviewItem& item = m_items.at(index.row());
    if (role == ActionKeyRole) {
        return item.action;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Source:
        return item.source;
    case Record:
        return item.record.isEmpty() ? tr("(not linked)") : item.record;
    case Action:
        return actionText(item.action);
    case Detail:
        // A note's body has several lines; the table shows them on one, the tooltip in full.
        return role == Qt::ToolTipRole ? item.detail : item.detail.simplified();
    case Rule:
        if (!item.ruleId.isEmpty()) {
            return item.ruleId;
        }
        return item.action == u"check_in"_s ? tr("completed tasks") : tr("check-in notes");
    default:
        return {};
    }
}

QVariant RulesPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Source:
        return tr("Check-in or task");
    case Record:
        return tr("Contact");
    case Action:
        return tr("Would");
    case Detail:
        return tr("Detail");
    case Rule:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace fb::ui
