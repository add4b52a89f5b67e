#pragma once
// One side's mapping fields (standard and live custom) with their type and whether a row already maps them. A drag
// source of application/x-fieldbridge-field; a field of the other side dropped on a field asks to pair the two.

#include "FieldMime.h"
#include "sync/FieldCatalog.h"

#include <QAbstractTableModel>
#include <QSet>

namespace fb::ui {

class FieldListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, TypeColumn, ColumnCount };
    enum Role { FieldIdRole = Qt::UserRole + 1, FieldTypeRole, CustomRole, MappedRole, RequiredRole };

    explicit FieldListModel(fb::sync::Side side, QObject* parent = nullptr);

    fb::sync::Side side() const { return m_side; }
    void setCatalog(const fb::sync::FieldCatalog& catalog);
    void setMappedIds(const QSet<QString>& ids);
    const fb::sync::FieldInfo* field(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    // A field of the other side was dropped on one of ours: the two should become a mapping row.
    void pairDropped(const QString& highLevelId, const QString& badgerId);

private:
    bool dropTarget(const QMimeData* data, Qt::DropAction action, const QModelIndex& parent, FieldRef* dropped) const;

    fb::sync::Side m_side;
    fb::sync::FieldCatalog m_catalog;
    QList<fb::sync::FieldInfo> m_fields;
    QSet<QString> m_mapped;
};

} // namespace fb::ui
