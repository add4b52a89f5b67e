#pragma once
// An editable combo box for cells that offer suggestions (RuleTableModel::ChoicesRole): pick a friendly entry, or
// type any value. Cells without suggestions get the default editor.

#include <QStyledItemDelegate>

namespace fb::ui {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace fb::ui
