#include "ChoiceDelegate.h"

#include "RuleTableModel.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace fb::ui {

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const QVariantList choices = index.data(RuleTableModel::ChoicesRole).toList();
    if (choices.isEmpty()) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto* combo = new QComboBox(parent);
    combo->setObjectName(u"choiceEditor"_s);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const QVariant& c : choices) {
        const QVariantMap m = c.toMap();
        combo->addItem(m.value(u"text"_s).toString(), m.value(u"value"_s));
    }
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QString value = index.data(Qt::EditRole).toString();
    const int at = combo->findData(value);
    if (at >= 0) {
        combo->setCurrentIndex(at);
    } else {
        combo->setCurrentIndex(-1);
        combo->setEditText(value);
    }
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    // A friendly entry stands for its value; anything typed is the value itself.
    const QString text = combo->currentText();
    const int at = combo->findText(text);
    model->setData(index, at >= 0 ? combo->itemData(at).toString() : text.trimmed(), Qt::EditRole);
}

} // namespace fb::ui
