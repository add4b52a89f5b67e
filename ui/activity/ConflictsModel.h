#pragma once
// Open conflicts: both values, the merge base and when each side changed. Fed by conflictRecorded and the start-up
// history; rows leave when conflictsResolved names them.

#include "sync/Ledger.h"

#include <QAbstractTableModel>

namespace fb::ui {

class ConflictsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Record, Field, Base, HighLevel, HighLevelChanged, Badger, BadgerChanged, Detected, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void upsert(const sync::ConflictEntry& entry);
    void setConflicts(const QList<sync::ConflictEntry>& entries);
    void remove(const QList<qint64>& ids);
    const sync::ConflictEntry& conflict(int row) const { return m_rows.at(row); }
    QList<qint64> ids(const QList<int>& rows) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sync::ConflictEntry> m_rows;
};

} // namespace fb::ui
