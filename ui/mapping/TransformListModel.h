#pragma once
// The transform list of one mapping row while the transform dialog edits it (applied in order).

#include "sync/Mapping.h"

#include <QAbstractListModel>

namespace fb::ui {

class TransformListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, ParamsRole };

    explicit TransformListModel(QObject* parent = nullptr);

    void setTransforms(const QList<fb::sync::Transform>& transforms);
    const QList<fb::sync::Transform>& transforms() const { return m_transforms; }

    // Appends a transform of `kind` with sensible parameters; returns its row.
    int append(const QString& kind);
    bool remove(int row);
    bool move(int row, int delta); // -1 up, +1 down
    bool setParams(int row, const QJsonObject& params);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // The kinds the editor offers, in menu order, and what a user reads for each.
    static QStringList kinds();
    static QString kindLabel(const QString& kind);
    static QJsonObject defaultParams(const QString& kind);
    // One line for a transform ("Lower case", "Phone to E.164 (US)") and for a list ("Trim spaces, Lower case").
    static QString describe(const fb::sync::Transform& transform);
    static QString describe(const QList<fb::sync::Transform>& transforms);

private:
    QList<fb::sync::Transform> m_transforms;
};

} // namespace fb::ui
