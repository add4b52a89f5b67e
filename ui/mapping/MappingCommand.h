#pragma once
// One undoable edit of the mapping table: insert, remove or change a row, or replace the whole document.

#include "sync/Mapping.h"

#include <QUndoCommand>

namespace fb::ui {

class MappingTableModel;

class MappingCommand : public QUndoCommand
{
public:
    static MappingCommand* insert(MappingTableModel* model, int row, const fb::sync::FieldMapping& mapping,
                                  const QString& text);
    static MappingCommand* remove(MappingTableModel* model, int row, const QString& text);
    static MappingCommand* change(MappingTableModel* model, int row, const fb::sync::FieldMapping& after,
                                  const QString& text);
    static MappingCommand* replace(MappingTableModel* model, const fb::sync::MappingDocument& after,
                                   const QString& text);

    void redo() override;
    void undo() override;

private:
    enum class Kind { Insert, Remove, Change, Replace };
    MappingCommand(MappingTableModel* model, Kind kind, const QString& text);

    MappingTableModel* m_model;
    Kind m_kind;
    int m_row = -1;
    fb::sync::FieldMapping m_before;
    fb::sync::FieldMapping m_after;
    fb::sync::MappingDocument m_documentBefore;
    fb::sync::MappingDocument m_documentAfter;
};

} // namespace fb::ui
