#pragma once
// The dry run's planned changes, per record and field, for the dashboard's table.

#include "sync/SyncEngine.h"

#include <QAbstractTableModel>

namespace fb::ui {

class PlannedChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Record, Field, OldValue, NewValue, Direction, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(const QList<sync::PlannedChange>& changes);
    const QList<sync::PlannedChange>& changes() const { return m_changes; }
    static QString directionText(const QString& direction);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sync::PlannedChange> m_changes;
};

} // namespace fb::ui
