#pragma once
// The mapping rows as a table (HighLevel field, direction, Badger field, transforms, conflict policy, enabled) with
// each row's validation issues. Every edit goes through the undo stack; fields dropped on a row side replace that
// side, fields dropped on empty space start a new row.

#include "FieldMime.h"
#include "sync/FieldCatalog.h"
#include "sync/Mapping.h"

#include <QAbstractTableModel>
#include <QSet>

class QUndoStack;

namespace fb::ui {

class MappingCommand;

class MappingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HighLevelColumn, DirectionColumn, BadgerColumn, TransformColumn, ConflictColumn, EnabledColumn,
                  ColumnCount };
    enum Role { RowIdRole = Qt::UserRole + 1, SeverityRole, IssuesRole };
    enum class Severity { None, Warning, Error };

    // The stack is not owned; every edit below is pushed onto it.
    explicit MappingTableModel(QUndoStack* undoStack, QObject* parent = nullptr);

    void setCatalog(const fb::sync::FieldCatalog& catalog);
    const fb::sync::FieldCatalog& catalog() const { return m_catalog; }

    // Replaces the document without an undo step (loading); replaceDocument() is the undoable form (reset, import).
    void setDocument(const fb::sync::MappingDocument& document);
    void replaceDocument(const fb::sync::MappingDocument& document, const QString& undoText);
    const fb::sync::MappingDocument& document() const { return m_document; }
    const fb::sync::FieldMapping* mappingRow(int row) const;

    // Undoable edits; false (and nothing pushed) when the edit is not possible or changes nothing.
    // A pair with one id empty is an incomplete row waiting for its other side.
    int addPair(const QString& highLevelId, const QString& badgerId, int position = -1);
    bool removeMappingRow(int row);
    bool setRowField(int row, fb::sync::Side side, const QString& fieldId);
    bool setDirection(int row, fb::sync::Direction direction);
    bool setConflictPolicy(int row, fb::sync::ConflictPolicy policy);
    bool setRowEnabled(int row, bool enabled);
    bool setTransforms(int row, const QList<fb::sync::Transform>& transforms);

    // Issues of the document (validate() plus incomplete rows); those of one row; those of no row.
    const QList<fb::sync::MappingIssue>& issues() const { return m_issues; }
    QList<fb::sync::MappingIssue> rowIssues(int row) const;
    QList<fb::sync::MappingIssue> documentIssues() const;
    Severity rowSeverity(int row) const;
    bool hasErrors() const;
    QSet<QString> mappedIds(fb::sync::Side side) const;

    // Transforms a new row starts with, by the source field's type (trim text, normalise phones, lower-case emails).
    static QList<fb::sync::Transform> suggestedTransforms(fb::sync::FieldType type);
    static QString directionArrow(fb::sync::Direction direction);
    static QString directionText(fb::sync::Direction direction);
    static QString conflictText(fb::sync::ConflictPolicy policy);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    // After every change of rows, fields or catalog (issues are up to date).
    void documentChanged();

private:
    friend class MappingCommand;
    // Applied by MappingCommand (redo/undo) only.
    void applyInsert(int row, const fb::sync::FieldMapping& mapping);
    void applyRemove(int row);
    void applyChange(int row, const fb::sync::FieldMapping& mapping);
    void applyDocument(const fb::sync::MappingDocument& document);

    bool changeRow(int row, const fb::sync::FieldMapping& after, const QString& undoText);
    // Where a drop lands: an existing row (*targetRow >= 0) or a new row at *insertAt.
    bool dropTarget(const QMimeData* data, Qt::DropAction action, int row, const QModelIndex& parent,
                    FieldRef* field, int* targetRow, int* insertAt) const;
    bool wouldDuplicate(const QString& highLevelId, const QString& badgerId, int ignoreRow) const;
    QString fieldLabel(fb::sync::Side side, const QString& id) const;
    void revalidate();

    QUndoStack* m_undo;
    fb::sync::FieldCatalog m_catalog = fb::sync::FieldCatalog::standard();
    fb::sync::MappingDocument m_document;
    QList<fb::sync::MappingIssue> m_issues;
    QList<QList<fb::sync::MappingIssue>> m_rowIssues;
};

} // namespace fb::ui
