#pragma once
// What changed where: the activity rows the worker records (and the history it loads at start-up), newest last,
// bounded in memory (the ledger keeps the full history up to the retention the user sets).

#include "sync/Ledger.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <deque>

namespace fb::ui {

class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Run, Entity, Record, Field, OldValue, NewValue, Direction, ColumnCount };
    enum Role { TimeRole = Qt::UserRole + 1, RunRole, EntityRole, DirectionRole, RecordRole };

    explicit ActivityModel(QObject* parent = nullptr);

    void append(const sync::ActivityEntry& entry);
    void appendMany(const QList<sync::ActivityEntry>& entries); // one insert for the batch
    void setHistory(const QList<sync::ActivityEntry>& entries); // replaces the rows
    void clear();
    void setCapacity(int rows);
    int capacity() const { return m_capacity; }
    const sync::ActivityEntry& entry(int row) const { return m_rows.at(size_t(row)); }
    static QString directionText(const QString& direction);
    // The entity column and filter show the ledger's entity names (contact, checkin, task, note) translated.
    static QString entityText(const QString& entity);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void trim();
    static QString timeText(const sync::ActivityEntry& entry);

    std::deque<sync::ActivityEntry> m_rows;
    // The time column's text, made once per row: a repaint asks for it on every visible row, and converting to local
    // time is the costliest part of painting the table.
    std::deque<QString> m_timeText;
    int m_capacity = 20000;
};

// Search and filters for the activity view: free text over record, field and values; entity, direction and run
// exactly; a time window.
class ActivityFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearchText(const QString& text);
    void setEntity(const QString& entity);       // empty = any
    void setDirection(const QString& direction); // raw value (to_badger ...), empty = any
    void setRun(qint64 runId);                   // 0 = any
    void setTimeRange(const QDateTime& from, const QDateTime& to); // invalid = open

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    QString m_entity;
    QString m_direction;
    qint64 m_run = 0;
    QDateTime m_from;
    QDateTime m_to;
};

// RFC 4180 CSV (UTF-8, CRLF, fields with commas, quotes or line breaks quoted, quotes doubled) of what the model shows
// (its display text, header row first). False with *error when the file cannot be written.
bool exportCsv(const QAbstractItemModel& model, const QString& path, QString* error);
QString csvField(const QString& value);

} // namespace fb::ui
