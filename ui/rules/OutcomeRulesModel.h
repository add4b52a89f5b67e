#pragma once
// outcome -> tags: one row per OutcomeRule (trigger check-in types or a completed task, tags to add and remove).

#include "RuleTableModel.h"

namespace fb::ui {

class OutcomeRulesModel : public RuleTableModel
{
    Q_OBJECT

public:
    enum Column { Id, CheckInTypes, TaskCompleted, TitleContains, AddTags, RemoveTags, ColumnCount };

    explicit OutcomeRulesModel(RulesDocument* document, QObject* parent = nullptr);

protected:
    int count(const fb::sync::RuleSet& rules) const override;
    int dataColumns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerTip(int column) const override;
    QVariant cell(const fb::sync::RuleSet& rules, int row, int column, int role) const override;
    bool setCell(fb::sync::RuleSet& rules, int row, int column, const QVariant& value, int role) override;
    bool isCheckColumn(int column) const override { return column == TaskCompleted; }
    bool isEditable(int column) const override { return column != Id; }
    void append(fb::sync::RuleSet& rules) override;
    void remove(fb::sync::RuleSet& rules, int row) override;
    QString ruleId(const fb::sync::RuleSet& rules, int row) const override;
    QString itemName() const override { return tr("outcome rule"); }
};

} // namespace fb::ui
