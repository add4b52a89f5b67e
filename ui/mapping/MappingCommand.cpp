#include "MappingCommand.h"

#include "MappingTableModel.h"

namespace fb::ui {

MappingCommand::MappingCommand(MappingTableModel* model, Kind kind, const QString& text)
    : m_model(model)
    , m_kind(kind)
{
    setText(text);
}

MappingCommand* MappingCommand::insert(MappingTableModel* model, int row, const fb::sync::FieldMapping& mapping,
                                       const QString& text)
{
    auto* c = new MappingCommand(model, Kind::Insert, text);
    c->m_row = row;
    c->m_after = mapping;
    return c;
}

MappingCommand* MappingCommand::remove(MappingTableModel* model, int row, const QString& text)
{
    auto* c = new MappingCommand(model, Kind::Remove, text);
    c->m_row = row;
    c->m_before = *model->mappingRow(row);
    return c;
}

MappingCommand* MappingCommand::change(MappingTableModel* model, int row, const fb::sync::FieldMapping& after,
                                       const QString& text)
{
    auto* c = new MappingCommand(model, Kind::Change, text);
    c->m_row = row;
    c->m_before = *model->mappingRow(row);
    c->m_after = after;
    return c;
}

MappingCommand* MappingCommand::replace(MappingTableModel* model, const fb::sync::MappingDocument& after,
                                        const QString& text)
{
    auto* c = new MappingCommand(model, Kind::Replace, text);
    c->m_documentBefore = model->document();
    c->m_documentAfter = after;
    return c;
}

void MappingCommand::redo()
{
    switch (m_kind) {
    case Kind::Insert: m_model->applyInsert(m_row, m_after); break;
    case Kind::Remove: m_model->applyRemove(m_row); break;
    case Kind::Change: m_model->applyChange(m_row, m_after); break;
    case Kind::Replace: m_model->applyDocument(m_documentAfter); break;
    }
}

void MappingCommand::undo()
{
    switch (m_kind) {
    case Kind::Insert: m_model->applyRemove(m_row); break;
    case Kind::Remove: m_model->applyInsert(m_row, m_before); break;
    case Kind::Change: m_model->applyChange(m_row, m_before); break;
    case Kind::Replace: m_model->applyDocument(m_documentBefore); break;
    }
}

} // namespace fb::ui
