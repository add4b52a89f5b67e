#include "MappingTableModel.h"

#include "MappingCommand.h"
#include "TransformListModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QMimeData>
#include <QPalette>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::ConflictPolicy;
using fb::sync::Direction;
using fb::sync::FieldMapping;
using fb::sync::FieldType;
using fb::sync::MappingDocument;
using fb::sync::MappingIssue;
using fb::sync::Side;
using fb::sync::Transform;

namespace {
QString defaultRowId(const QString& highLevelId, const QString& badgerId)
{
    return highLevelId + u'~' + badgerId;
}
} // namespace

MappingTableModel::MappingTableModel(QUndoStack* undoStack, QObject* parent)
    : QAbstractTableModel(parent)
    , m_undo(undoStack)
{
    revalidate();
}

void MappingTableModel::setCatalog(const fb::sync::FieldCatalog& catalog)
{
    m_catalog = catalog;
    revalidate();
    if (!m_document.fields.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT documentChanged();
}

void MappingTableModel::setDocument(const MappingDocument& document)
{
    applyDocument(document);
}

void MappingTableModel::replaceDocument(const MappingDocument& document, const QString& undoText)
{
    m_undo->push(MappingCommand::replace(this, document, undoText));
}

const FieldMapping* MappingTableModel::mappingRow(int row) const
{
    return row >= 0 && row < m_document.fields.size() ? &m_document.fields.at(row) : nullptr;
}

int MappingTableModel::addPair(const QString& highLevelId, const QString& badgerId, int position)
{
    if (highLevelId.isEmpty() && badgerId.isEmpty()) {
        return -1;
    }
    if ((!highLevelId.isEmpty() && !m_catalog.find(Side::HighLevel, highLevelId))
        || (!badgerId.isEmpty() && !m_catalog.find(Side::Badger, badgerId))) {
        return -1;
    }
    if (wouldDuplicate(highLevelId, badgerId, -1)) {
        return -1;
    }
    FieldMapping m;
    m.highLevelField = highLevelId;
    m.badgerField = badgerId;
    m.id = defaultRowId(highLevelId, badgerId);
    // Transforms follow the HighLevel field's type, else the Badger one's (the row is symmetric by default).
    const fb::sync::FieldInfo* source = m_catalog.find(Side::HighLevel, highLevelId);
    if (!source) {
        source = m_catalog.find(Side::Badger, badgerId);
    }
    if (source) {
        m.transforms = suggestedTransforms(source->type);
    }
    const int row = position < 0 || position > m_document.fields.size() ? int(m_document.fields.size()) : position;
    QString text;
    if (!highLevelId.isEmpty() && !badgerId.isEmpty()) {
        text = tr("Map %1 to %2").arg(fieldLabel(Side::HighLevel, highLevelId), fieldLabel(Side::Badger, badgerId));
    } else {
        text = tr("Add row for %1").arg(highLevelId.isEmpty() ? fieldLabel(Side::Badger, badgerId)
                                                               : fieldLabel(Side::HighLevel, highLevelId));
    }
    m_undo->push(MappingCommand::insert(this, row, m, text));
    return row;
}

bool MappingTableModel::removeMappingRow(int row)
{
    const FieldMapping* m = mappingRow(row);
    if (!m) {
        return false;
    }
    m_undo->push(MappingCommand::remove(
        this, row,
        tr("Remove %1 \u2194 %2").arg(fieldLabel(Side::HighLevel, m->highLevelField),
                                      fieldLabel(Side::Badger, m->badgerField))));
    return true;
}

bool MappingTableModel::setRowField(int row, Side side, const QString& fieldId)
{
    const FieldMapping* current = mappingRow(row);
    if (!current || !m_catalog.find(side, fieldId)) {
        return false;
    }
    FieldMapping after = *current;
    QString& slot = side == Side::HighLevel ? after.highLevelField : after.badgerField;
    if (slot == fieldId) {
        return false;
    }
    const QString highLevelId = side == Side::HighLevel ? fieldId : after.highLevelField;
    const QString badgerId = side == Side::Badger ? fieldId : after.badgerField;
    if (wouldDuplicate(highLevelId, badgerId, row)) {
        return false;
    }
    // A row id in the default form names the fields; a merge base under it would describe the old pair.
    if (current->id == defaultRowId(current->highLevelField, current->badgerField)) {
        after.id = defaultRowId(highLevelId, badgerId);
    }
    const bool wasIncomplete = slot.isEmpty();
    slot = fieldId;
    if (wasIncomplete && after.transforms.isEmpty()) {
        if (const auto* f = m_catalog.find(side, fieldId)) {
            after.transforms = suggestedTransforms(f->type);
        }
    }
    return changeRow(row, after, tr("Use %1 in row %2").arg(fieldLabel(side, fieldId)).arg(row + 1));
}

bool MappingTableModel::setDirection(int row, Direction direction)
{
    const FieldMapping* current = mappingRow(row);
    if (!current) {
        return false;
    }
    FieldMapping after = *current;
    after.direction = direction;
    return changeRow(row, after, tr("Direction of row %1: %2").arg(row + 1).arg(directionText(direction)));
}

bool MappingTableModel::setConflictPolicy(int row, ConflictPolicy policy)
{
    const FieldMapping* current = mappingRow(row);
    if (!current) {
        return false;
    }
    FieldMapping after = *current;
    after.conflict = policy;
    return changeRow(row, after, tr("Conflicts in row %1: %2").arg(row + 1).arg(conflictText(policy)));
}

bool MappingTableModel::setRowEnabled(int row, bool enabled)
{
    const FieldMapping* current = mappingRow(row);
    if (!current) {
        return false;
    }
    FieldMapping after = *current;
    after.enabled = enabled;
    return changeRow(row, after, enabled ? tr("Enable row %1").arg(row + 1) : tr("Disable row %1").arg(row + 1));
}

bool MappingTableModel::setTransforms(int row, const QList<Transform>& transforms)
{
    const FieldMapping* current = mappingRow(row);
    if (!current) {
        return false;
    }
    FieldMapping after = *current;
    after.transforms = transforms;
    return changeRow(row, after, tr("Transforms of row %1").arg(row + 1));
}

bool MappingTableModel::changeRow(int row, const FieldMapping& after, const QString& undoText)
{
    if (*mappingRow(row) == after) {
        return false;
    }
    m_undo->push(MappingCommand::change(this, row, after, undoText));
    return true;
}

QList<MappingIssue> MappingTableModel::rowIssues(int row) const
{
    return row >= 0 && row < m_rowIssues.size() ? m_rowIssues.at(row) : QList<MappingIssue>{};
}

QList<MappingIssue> MappingTableModel::documentIssues() const
{
    QList<MappingIssue> out;
    for (const MappingIssue& i : m_issues) {
        if (i.rowId.isEmpty()) {
            out.append(i);
        }
    }
    return out;
}

MappingTableModel::Severity MappingTableModel::rowSeverity(int row) const
{
    Severity s = Severity::None;
    for (const MappingIssue& i : rowIssues(row)) {
        if (i.severity == MappingIssue::Severity::Error) {
            return Severity::Error;
        }
        s = Severity::Warning;
    }
    return s;
}

bool MappingTableModel::hasErrors() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(),
                       [](const MappingIssue& i) { return i.severity == MappingIssue::Severity::Error; });
}

QSet<QString> MappingTableModel::mappedIds(Side side) const
{
    QSet<QString> ids;
    for (const FieldMapping& m : m_document.fields) {
        const QString& id = side == Side::HighLevel ? m.highLevelField : m.badgerField;
        if (!id.isEmpty()) {
            ids.insert(id);
        }
    }
    return ids;
}

QList<Transform> MappingTableModel::suggestedTransforms(FieldType type)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Name:
        return {Transform{u"trim"_s, {}}};
    case FieldType::Email:
        return {Transform{u"trim"_s, {}}, Transform{u"case"_s, {{u"mode"_s, u"lower"_s}}}};
    case FieldType::Phone:
        return {Transform{u"phone"_s, {}}};
    case FieldType::Number:
    case FieldType::Date:
    case FieldType::UserId:
    case FieldType::TagList:
        return {};
    }
    return {};
}

QString MappingTableModel::directionArrow(Direction direction)
{
    switch (direction) {
    case Direction::Both: return u"\u21c4"_s;
    case Direction::ToBadger: return u"\u2192"_s;
    case Direction::ToHighLevel: return u"\u2190"_s;
    }
    return {};
}

QString MappingTableModel::directionText(Direction direction)
{
    switch (direction) {
    case Direction::Both: return tr("Both ways");
    case Direction::ToBadger: return tr("HighLevel to Badger only");
    case Direction::ToHighLevel: return tr("Badger to HighLevel only");
    }
    return {};
}

QString MappingTableModel::conflictText(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::NewestWins: return tr("Newest change wins");
    case ConflictPolicy::BadgerWins: return tr("Badger wins");
    case ConflictPolicy::HighLevelWins: return tr("HighLevel wins");
    case ConflictPolicy::AskMe: return tr("Ask me");
    }
    return {};
}

int MappingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document.fields.size());
}

int MappingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingTableModel::fieldLabel(Side side, const QString& id) const
{
    if (id.isEmpty()) {
        return {};
    }
    const fb::sync::FieldInfo* f = m_catalog.find(side, id);
    return f ? f->label : id;
}

QVariant MappingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const FieldMapping& m = m_document.fields.at(row);
    const Severity severity = rowSeverity(row);
    auto issueText = [&] {
        QStringList lines;
        for (const MappingIssue& i : rowIssues(row)) {
            lines.append(i.severity == MappingIssue::Severity::Error ? tr("Error: %1").arg(i.message)
                                                                       : tr("Warning: %1").arg(i.message));
        }
        return lines.join(u'\n');
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case HighLevelColumn:
            return m.highLevelField.isEmpty() ? tr("(drop a HighLevel field here)")
                                              : fieldLabel(Side::HighLevel, m.highLevelField);
        case DirectionColumn:
            return role == Qt::DisplayRole ? directionArrow(m.direction) : directionText(m.direction);
        case BadgerColumn:
            return m.badgerField.isEmpty() ? tr("(drop a Badger field here)") : fieldLabel(Side::Badger, m.badgerField);
        case TransformColumn:
            return m.transforms.isEmpty() ? tr("As is") : TransformListModel::describe(m.transforms);
        case ConflictColumn:
            return conflictText(m.conflict);
        case EnabledColumn:
            // Text beside the check box: some dark palettes draw an unchecked box almost invisibly.
            return role == Qt::DisplayRole ? (m.enabled ? tr("On") : tr("Off"))
                                           : (m.enabled ? tr("enabled") : tr("disabled"));
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case DirectionColumn: return int(m.direction);
        case ConflictColumn: return int(m.conflict);
        case EnabledColumn: return m.enabled;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn) {
            return m.enabled ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == HighLevelColumn && severity != Severity::None) {
            return QIcon(severity == Severity::Error ? u":/icons/mapping-error.svg"_s : u":/icons/mapping-warning.svg"_s);
        }
        return {};
    case Qt::ToolTipRole: {
        const QString issues = issueText();
        if (index.column() == DirectionColumn) {
            return issues.isEmpty() ? directionText(m.direction) : QString(directionText(m.direction) + u'\n' + issues);
        }
        if (index.column() == TransformColumn && !m.transforms.isEmpty()) {
            const QString t = TransformListModel::describe(m.transforms);
            return issues.isEmpty() ? t : QString(t + u'\n' + issues);
        }
        if (index.column() == HighLevelColumn || index.column() == BadgerColumn) {
            // The label may be elided in a narrow column: name it in full, with its id.
            const Side side = index.column() == HighLevelColumn ? Side::HighLevel : Side::Badger;
            const QString& id = side == Side::HighLevel ? m.highLevelField : m.badgerField;
            const QString name = id.isEmpty() ? QString() : QString(fieldLabel(side, id) + u" ("_s + id + u')');
            const QString text = QStringList{name, issues}.join(u'\n').trimmed();
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        return issues.isEmpty() ? QVariant() : QVariant(issues);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == DirectionColumn) {
            return int(Qt::AlignCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (!m.enabled || (index.column() == HighLevelColumn && m.highLevelField.isEmpty())
            || (index.column() == BadgerColumn && m.badgerField.isEmpty())) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == DirectionColumn) {
            QFont f = QGuiApplication::font();
            f.setPointSizeF(f.pointSizeF() * 1.3);
            f.setBold(true);
            return f;
        }
        return {};
    case RowIdRole:
        return m.id;
    case SeverityRole:
        return int(severity);
    case IssuesRole:
        return issueText();
    default:
        return {};
    }
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section >= 0 && section < rowCount() ? QVariant(section + 1) : QVariant();
    }
    switch (section) {
    case HighLevelColumn: return tr("HighLevel");
    case DirectionColumn: return tr("Direction");
    case BadgerColumn: return tr("Badger");
    case TransformColumn: return tr("Transform");
    case ConflictColumn: return tr("On conflict");
    case EnabledColumn: return tr("Active");
    default: return {};
    }
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled; // empty space below the rows starts a new row
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (index.column() == EnabledColumn) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool MappingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    if (index.column() == EnabledColumn && role == Qt::CheckStateRole) {
        return setRowEnabled(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    }
    if (role != Qt::EditRole) {
        return false;
    }
    if (index.column() == DirectionColumn) {
        const int d = value.toInt();
        return d >= int(Direction::Both) && d <= int(Direction::ToBadger)
            && setDirection(index.row(), Direction(d));
    }
    if (index.column() == ConflictColumn) {
        const int p = value.toInt();
        return p >= int(ConflictPolicy::NewestWins) && p <= int(ConflictPolicy::AskMe)
            && setConflictPolicy(index.row(), ConflictPolicy(p));
    }
    return false;
}

QStringList MappingTableModel::mimeTypes() const
{
    return {FieldMime::mimeType()};
}

Qt::DropActions MappingTableModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool MappingTableModel::wouldDuplicate(const QString& highLevelId, const QString& badgerId, int ignoreRow) const
{
    if (highLevelId.isEmpty() || badgerId.isEmpty()) {
        return false;
    }
    for (int i = 0; i < m_document.fields.size(); ++i) {
        const FieldMapping& m = m_document.fields.at(i);
        if (i != ignoreRow && m.highLevelField == highLevelId && m.badgerField == badgerId) {
            return true;
        }
    }
    return false;
}

bool MappingTableModel::dropTarget(const QMimeData* data, Qt::DropAction action, int row, const QModelIndex& parent,
                                   FieldRef* field, int* targetRow, int* insertAt) const
{
    if (action != Qt::CopyAction || !FieldMime::read(data, field) || !m_catalog.find(field->side, field->id)) {
        return false;
    }
    if (parent.isValid()) {
        if (!checkIndex(parent, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return false;
        }
        const FieldMapping& m = m_document.fields.at(parent.row());
        const QString& current = field->side == Side::HighLevel ? m.highLevelField : m.badgerField;
        if (current == field->id) {
            return false;
        }
        const QString hl = field->side == Side::HighLevel ? field->id : m.highLevelField;
        const QString bg = field->side == Side::Badger ? field->id : m.badgerField;
        if (wouldDuplicate(hl, bg, parent.row())) {
            return false;
        }
        *targetRow = parent.row();
        *insertAt = -1;
        return true;
    }
    if (row > rowCount()) {
        return false;
    }
    *targetRow = -1;
    *insertAt = row < 0 ? rowCount() : row;
    return true;
}

bool MappingTableModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                        const QModelIndex& parent) const
{
    FieldRef field;
    int targetRow = -1;
    int insertAt = -1;
    return dropTarget(data, action, row, parent, &field, &targetRow, &insertAt);
}

bool MappingTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                     const QModelIndex& parent)
{
    FieldRef field;
    int targetRow = -1;
    int insertAt = -1;
    if (!dropTarget(data, action, row, parent, &field, &targetRow, &insertAt)) {
        return false;
    }
    if (targetRow >= 0) {
        return setRowField(targetRow, field.side, field.id);
    }
    return field.side == Side::HighLevel ? addPair(field.id, QString(), insertAt) >= 0
                                         : addPair(QString(), field.id, insertAt) >= 0;
}

void MappingTableModel::applyInsert(int row, const FieldMapping& mapping)
{
    beginInsertRows({}, row, row);
    m_document.fields.insert(row, mapping);
    revalidate();
    endInsertRows();
    // Issues of other rows (duplicates, required fields) may have changed with this one.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT documentChanged();
}

void MappingTableModel::applyRemove(int row)
{
    beginRemoveRows({}, row, row);
    m_document.fields.removeAt(row);
    revalidate();
    endRemoveRows();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT documentChanged();
}

void MappingTableModel::applyChange(int row, const FieldMapping& mapping)
{
    m_document.fields[row] = mapping;
    revalidate();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT documentChanged();
}

void MappingTableModel::applyDocument(const MappingDocument& document)
{
    beginResetModel();
    m_document = document;
    revalidate();
    endResetModel();
    Q_EMIT documentChanged();
}

void MappingTableModel::revalidate()
{
    // Incomplete rows get their own message; the engine's validation sees only the complete ones.
    MappingDocument complete = m_document;
    complete.fields.clear();
    QList<MappingIssue> own;
    for (const FieldMapping& m : m_document.fields) {
        if (m.highLevelField.isEmpty()) {
            own.append({MappingIssue::Severity::Error, m.id,
                        tr("Choose a HighLevel field for %1: drop one on this row, or select one and press Pair.")
                            .arg(fieldLabel(Side::Badger, m.badgerField))});
        } else if (m.badgerField.isEmpty()) {
            own.append({MappingIssue::Severity::Error, m.id,
                        tr("Choose a Badger field for %1: drop one on this row, or select one and press Pair.")
                            .arg(fieldLabel(Side::HighLevel, m.highLevelField))});
        } else {
            complete.fields.append(m);
        }
    }
    m_issues = complete.validate(m_catalog) + own;
    m_rowIssues.clear();
    for (const FieldMapping& m : m_document.fields) {
        QList<MappingIssue> rowIssues;
        for (const MappingIssue& i : m_issues) {
            if (!i.rowId.isEmpty() && i.rowId == m.id) {
                rowIssues.append(i);
            }
        }
        m_rowIssues.append(rowIssues);
    }
}

} // namespace fb::ui
