#pragma once
// The preview's rows: one per action the rules would take (source check-in or task, record, action, detail, rule).

#include "sync/ExtrasSync.h"

#include <QAbstractTableModel>

namespace fb::ui {

class RulesPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Source, Record, Action, Detail, Rule, ColumnCount };
    enum Roles { ActionKeyRole = Qt::UserRole + 1 }; // the engine's action key: note, task_open, tag_add, ...

    explicit RulesPreviewModel(QObject* parent = nullptr);

    void setItems(const QList<fb::sync::PreviewItem>& items);
    const QList<fb::sync::PreviewItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(const QString& action);

private:
    QList<fb::sync::PreviewItem> m_items;
};

} // namespace fb::ui
