#include "ActivityModel.h"

#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fb::ui {

ActivityModel::ActivityModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString ActivityModel::directionText(const QString& d)
{
    if (d == u"to_highlevel"_s) return tr("Badger → HighLevel");
    if (d == u"to_badger"_s) return tr("HighLevel → Badger");
    if (d == u"create_in_highlevel"_s) return tr("Created in HighLevel");
    if (d == u"create_in_badger"_s) return tr("Created in Badger");
    if (d == u"link"_s) return tr("Linked");
    if (d == u"unlink"_s) return tr("Unlinked");
    // What the rules and check-in options do (ExtrasSync) and conflict decisions.
    if (d == u"tag_add"_s) return tr("Tag added in HighLevel");
    if (d == u"tag_remove"_s) return tr("Tag removed in HighLevel");
    if (d == u"task_open"_s) return tr("Task created in HighLevel");
    if (d == u"task_complete"_s) return tr("Task completed in HighLevel");
    if (d == u"note_to_highlevel"_s) return tr("Note added in HighLevel");
    if (d == u"checkin_to_badger"_s) return tr("Check-in added in Badger");
    if (d == u"route"_s) return tr("Routed to a Badger owner");
    if (d == u"not_representable"_s) return tr("Not sent (cannot be represented)");
    if (d == u"conflict_resolved"_s) return tr("Conflict resolved");
    return d;
}

QString ActivityModel::entityText(const QString& e)
{
    if (e == u"contact"_s) return tr("contact", "activity entity");
    if (e == u"checkin"_s) return tr("check-in", "activity entity");
    if (e == u"task"_s) return tr("task", "activity entity");
    if (e == u"note"_s) return tr("note", "activity entity");
    return e;
}

QString ActivityModel::timeText(const sync::ActivityEntry& entry)
{
    return entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

void ActivityModel::append(const sync::ActivityEntry& entry)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.push_back(entry);
    m_timeText.push_back(timeText(entry));
    endInsertRows();
    trim();
}

void ActivityModel::appendMany(const QList<sync::ActivityEntry>& entries)
{
    if (entries.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_rows.insert(m_rows.end(), entries.cbegin(), entries.cend());
    for (const sync::ActivityEntry& e : entries) {
        m_timeText.push_back(timeText(e));
    }
    endInsertRows();
    trim();
}

void ActivityModel::setHistory(const QList<sync::ActivityEntry>& entries)
{
    beginResetModel();
    m_rows.assign(entries.cbegin(), entries.cend());
    while (int(m_rows.size()) > m_capacity) {
        m_rows.pop_front();
    }
    m_timeText.clear();
    for (const sync::ActivityEntry& e : m_rows) {
        m_timeText.push_back(timeText(e));
    }
    endResetModel();
}

void ActivityModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_timeText.clear();
    endResetModel();
}

void ActivityModel::setCapacity(int rows)
{
    m_capacity = std::max(1, rows);
    trim();
}

void ActivityModel::trim()
{
    const int excess = int(m_rows.size()) - m_capacity;
    if (excess <= 0) {
        return;
    }
    // Trim in chunks so a steady stream does not remove one row per insert.
    const int remove = std::min(int(m_rows.size()), std::max(excess, m_capacity / 10));
    beginRemoveRows({}, 0, remove - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + remove);
    m_timeText.erase(m_timeText.begin(), m_timeText.begin() + remove);
    endRemoveRows();
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const sync::ActivityEntry& e = m_rows.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time: return m_timeText.at(size_t(index.row()));
        case Run: return e.runId;
        case Entity: return entityText(e.entity);
        case Record: return e.record;
        case Field: return e.field;
        case OldValue: return e.oldValue;
        case NewValue: return e.newValue;
        case Direction: return directionText(e.direction);
        default: return {};
        }
    case TimeRole: return e.time;
    case RunRole: return e.runId;
    case EntityRole: return e.entity;
    case DirectionRole: return e.direction;
    case RecordRole: return e.record;
    default: return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time: return tr("Time");
    case Run: return tr("Run");
    case Entity: return tr("Entity");
    case Record: return tr("Record");
    case Field: return tr("Field");
    case OldValue: return tr("Old value");
    case NewValue: return tr("New value");
    case Direction: return tr("Direction");
    default: return {};
    }
}

// ---- filter ----

void ActivityFilter::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void ActivityFilter::setEntity(const QString& entity)
{
    m_entity = entity;
    invalidateFilter();
}

void ActivityFilter::setDirection(const QString& direction)
{
    m_direction = direction;
    invalidateFilter();
}

void ActivityFilter::setRun(qint64 runId)
{
    m_run = runId;
    invalidateFilter();
}

void ActivityFilter::setTimeRange(const QDateTime& from, const QDateTime& to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool ActivityFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (!m_entity.isEmpty() && m->data(first, ActivityModel::EntityRole).toString() != m_entity) {
        return false;
    }
    if (!m_direction.isEmpty() && m->data(first, ActivityModel::DirectionRole).toString() != m_direction) {
        return false;
    }
    if (m_run != 0 && m->data(first, ActivityModel::RunRole).toLongLong() != m_run) {
        return false;
    }
    if (m_from.isValid() || m_to.isValid()) {
        const QDateTime t = m->data(first, ActivityModel::TimeRole).toDateTime();
        if ((m_from.isValid() && t < m_from) || (m_to.isValid() && t > m_to)) {
            return false;
        }
    }
    if (m_search.isEmpty()) {
        return true;
    }
    for (int c : {int(ActivityModel::Record), int(ActivityModel::Field), int(ActivityModel::OldValue),
                  int(ActivityModel::NewValue)}) {
        if (m->data(m->index(sourceRow, c, sourceParent)).toString().contains(m_search, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool ActivityFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == ActivityModel::Time) {
        return left.data(ActivityModel::TimeRole).toDateTime() < right.data(ActivityModel::TimeRole).toDateTime();
    }
    if (left.column() == ActivityModel::Run) {
        return left.data(ActivityModel::RunRole).toLongLong() < right.data(ActivityModel::RunRole).toLongLong();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

// ---- CSV ----

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r')) {
        return value;
    }
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return QString(u'"' + quoted + u'"');
}

bool exportCsv(const QAbstractItemModel& model, const QString& path, QString* error)
{
    QString out;
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c) {
        cells << csvField(model.headerData(c, Qt::Horizontal).toString());
    }
    out += cells.join(u',') + u"\r\n"_s;
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c) {
            cells << csvField(model.index(r, c).data().toString());
        }
        out += cells.join(u',') + u"\r\n"_s;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.toUtf8()) < 0 || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

} // namespace fb::ui
