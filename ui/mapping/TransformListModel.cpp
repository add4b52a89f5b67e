#include "TransformListModel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::Transform;

TransformListModel::TransformListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void TransformListModel::setTransforms(const QList<Transform>& transforms)
{
    beginResetModel();
    m_transforms = transforms;
    endResetModel();
}

int TransformListModel::append(const QString& kind)
{
    const int row = int(m_transforms.size());
    beginInsertRows({}, row, row);
    m_transforms.append(Transform{kind, defaultParams(kind)});
    endInsertRows();
    return row;
}

bool TransformListModel::remove(int row)
{
    if (row < 0 || row >= m_transforms.size()) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_transforms.removeAt(row);
    endRemoveRows();
    return true;
}

bool TransformListModel::move(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_transforms.size() || to < 0 || to >= m_transforms.size() || delta == 0) {
        return false;
    }
    // beginMoveRows wants the destination as "insert before" in the pre-move numbering.
    const int destination = delta > 0 ? to + 1 : to;
    if (!beginMoveRows({}, row, row, {}, destination)) {
        return false;
    }
    m_transforms.move(row, to);
    endMoveRows();
    return true;
}

bool TransformListModel::setParams(int row, const QJsonObject& params)
{
    if (row < 0 || row >= m_transforms.size()) {
        return false;
    }
    if (m_transforms[row].params == params) {
        return true;
    }
    m_transforms[row].params = params;
    const QModelIndex i = index(row, 0);
    Q_EMIT dataChanged(i, i);
    return true;
}

int TransformListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_transforms.size());
}

QVariant TransformListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Transform& t = m_transforms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return describe(t);
    case KindRole:
        return t.kind;
    case ParamsRole:
        return t.params;
    default:
        return {};
    }
}

QStringList TransformListModel::kinds()
{
    return {u"trim"_s, u"case"_s, u"phone"_s, u"date"_s, u"map"_s, u"template"_s, u"name"_s};
}

QString TransformListModel::kindLabel(const QString& kind)
{
    if (kind == u"trim"_s) {
        return tr("Trim spaces");
    }
    if (kind == u"case"_s) {
        return tr("Change case");
    }
    if (kind == u"phone"_s) {
        return tr("Phone number (E.164)");
    }
    if (kind == u"date"_s) {
        return tr("Date format");
    }
    if (kind == u"map"_s) {
        return tr("Map values");
    }
    if (kind == u"template"_s) {
        return tr("Template");
    }
    if (kind == u"name"_s) {
        return tr("Full name format");
    }
    return kind;
}

QJsonObject TransformListModel::defaultParams(const QString& kind)
{
    if (kind == u"case"_s) {
        return {{u"mode"_s, u"lower"_s}};
    }
    if (kind == u"date"_s) {
        return {{u"highlevel"_s, u"yyyy-MM-dd"_s}, {u"badger"_s, u"MM/dd/yyyy"_s}};
    }
    if (kind == u"map"_s) {
        return {{u"values"_s, QJsonObject{}}};
    }
    if (kind == u"template"_s) {
        return {{u"template"_s, u"{firstName} {lastName}"_s}};
    }
    if (kind == u"name"_s) {
        return {{u"format"_s, u"first_last"_s}};
    }
    return {};
}

QString TransformListModel::describe(const Transform& t)
{
    const QJsonObject& p = t.params;
    if (t.kind == u"trim"_s) {
        return tr("Trim spaces");
    }
    if (t.kind == u"case"_s) {
        const QString mode = p.value(u"mode"_s).toString();
        QString text = mode == u"upper"_s ? tr("Upper case") : mode == u"title"_s ? tr("Title case") : tr("Lower case");
        const QString only = p.value(u"only"_s).toString();
        if (only == u"highlevel"_s) {
            text = tr("%1 (into HighLevel only)").arg(text);
        } else if (only == u"badger"_s) {
            text = tr("%1 (into Badger only)").arg(text);
        }
        return text;
    }
    if (t.kind == u"phone"_s) {
        const QString region = p.value(u"region"_s).toString();
        return region.isEmpty() ? tr("Phone to E.164") : tr("Phone to E.164 (%1)").arg(region);
    }
    if (t.kind == u"date"_s) {
        return tr("Date %1 \u21c4 %2")
            .arg(p.value(u"highlevel"_s).toString(), p.value(u"badger"_s).toString());
    }
    if (t.kind == u"map"_s) {
        const int n = int(p.value(u"values"_s).toObject().size());
        return n == 1 ? tr("Map 1 value") : tr("Map %1 values").arg(n);
    }
    if (t.kind == u"template"_s) {
        return tr("Template \u201c%1\u201d").arg(p.value(u"template"_s).toString());
    }
    if (t.kind == u"name"_s) {
        return p.value(u"format"_s).toString() == u"last_comma_first"_s ? tr("Name as “Last, First”")
                                                                          : tr("Name as “First Last”");
    }
    return tr("Unknown transform \u201c%1\u201d").arg(t.kind);
}

QString TransformListModel::describe(const QList<Transform>& transforms)
{
    QStringList parts;
    for (const Transform& t : transforms) {
        parts.append(describe(t));
    }
    return parts.join(u", "_s);
}

} // namespace fb::ui
