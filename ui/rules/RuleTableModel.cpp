#include "RuleTableModel.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::RuleIssue;
using fb::sync::RuleSet;

RuleTableModel::RuleTableModel(RulesDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RulesDocument::rulesChanged, this, &RuleTableModel::refresh);
}

void RuleTableModel::refresh()
{
    // Rows are compared as a whole: a change of the row count resets the table (undo of a removal puts the row
    // back in the middle), an edit in place only repaints, so the current cell and the selection stay.
    const int rows = count(m_document->rules());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

int RuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : dataColumns() + 1;
}

QStringList RuleTableModel::problems(int row) const
{
    QStringList out;
    for (const RuleIssue& i : rowIssues(row)) {
        out.append(i.message);
    }
    return out;
}

QList<RuleIssue> RuleTableModel::rowIssues(int row) const
{
    return m_document->issuesFor(ruleId(m_document->rules(), row));
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const QList<RuleIssue> issues = rowIssues(row);
    int severity = 0;
    for (const RuleIssue& i : issues) {
        severity = std::max(severity, i.severity == RuleIssue::Severity::Error ? 2 : 1);
    }
    if (role == SeverityRole) {
        return severity;
    }
    if (role == RuleIdRole) {
        return ruleId(m_document->rules(), row);
    }
    if (index.column() == problemsColumn() || (index.column() == 0 && role == Qt::DecorationRole)) {
        QStringList messages;
        for (const RuleIssue& i : issues) {
            messages.append(i.message);
        }
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != problemsColumn()) {
                return {};
            }
            return messages.isEmpty() ? tr("OK") : messages.join(u' ');
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole:
            return messages.isEmpty() ? tr("No problems") : messages.join(u'\n');
        case Qt::DecorationRole:
            if (severity == 2) {
                return QIcon(u":/icons/mapping-error.svg"_s);
            }
            if (severity == 1) {
                return QIcon(u":/icons/mapping-warning.svg"_s);
            }
            return {};
        default:
            return {};
        }
    }
    return cell(m_document->rules(), row, index.column(), role);
}

bool RuleTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() >= dataColumns()) {
        return false;
    }
    if (isCheckColumn(index.column()) ? role != Qt::CheckStateRole : role != Qt::EditRole) {
        return false;
    }
    RuleSet rules = m_document->rules();
    if (!setCell(rules, index.row(), index.column(), value, role)) {
        return false;
    }
    m_document->edit(rules, tr("Change %1 of %2").arg(header(index.column()), itemName()));
    return true;
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        return section == problemsColumn() ? tr("Problems") : header(section);
    }
    if (role == Qt::ToolTipRole) {
        return section == problemsColumn() ? tr("What is wrong with this rule, as the sync would see it")
                                           : headerTip(section);
    }
    return {};
}

QString RuleTableModel::headerTip(int column) const
{
    return header(column);
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() < dataColumns() && isEditable(index.column())) {
        f |= isCheckColumn(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    }
    return f;
}

bool RuleTableModel::isCheckColumn(int) const
{
    return false;
}

bool RuleTableModel::isEditable(int) const
{
    return true;
}

int RuleTableModel::addRow()
{
    RuleSet rules = m_document->rules();
    append(rules);
    m_document->edit(rules, tr("Add %1").arg(itemName()));
    return count(m_document->rules()) - 1;
}

bool RuleTableModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows) {
        return false;
    }
    RuleSet rules = m_document->rules();
    remove(rules, row);
    m_document->edit(rules, tr("Remove %1").arg(itemName()));
    return true;
}

void RuleTableModel::setSuggestions(const QString& kind, const Choices& choices)
{
    m_suggestions.insert(kind, choices);
}

QStringList RuleTableModel::splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',')) {
        const QString t = part.trimmed();
        if (!t.isEmpty()) {
            out.append(t);
        }
    }
    return out;
}

QVariantList RuleTableModel::choices(const Choices& textAndValue)
{
    QVariantList out;
    for (const auto& [text, value] : textAndValue) {
        out.append(QVariantMap{{u"text"_s, text}, {u"value"_s, value}});
    }
    return out;
}

} // namespace fb::ui
