#pragma once
// follow-up -> task: one row per FollowUpRule (check-in types that open a HighLevel task, its title, notes, due date
// and assignee templates, and the check-in types that complete it).

#include "RuleTableModel.h"

namespace fb::ui {

class FollowUpRulesModel : public RuleTableModel
{
    Q_OBJECT

public:
    enum Column { Id, CheckInTypes, Title, Body, DueDays, Assignee, DoneTypes, ColumnCount };

    explicit FollowUpRulesModel(RulesDocument* document, QObject* parent = nullptr);

    // How an assignee value reads: "" unassigned, "contact", "badger:<id>" through the user map, a HighLevel user id.
    static QString assigneeText(const fb::sync::RuleSet& rules, const QString& assignee);

protected:
    int count(const fb::sync::RuleSet& rules) const override;
    int dataColumns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerTip(int column) const override;
    QVariant cell(const fb::sync::RuleSet& rules, int row, int column, int role) const override;
    bool setCell(fb::sync::RuleSet& rules, int row, int column, const QVariant& value, int role) override;
    bool isEditable(int column) const override { return column != Id; }
    void append(fb::sync::RuleSet& rules) override;
    void remove(fb::sync::RuleSet& rules, int row) override;
    QString ruleId(const fb::sync::RuleSet& rules, int row) const override;
    QString itemName() const override { return tr("follow-up rule"); }
};

} // namespace fb::ui
