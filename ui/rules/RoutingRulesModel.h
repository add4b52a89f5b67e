#pragma once
// team routing: one row per RoutingRule (a contact carrying the tag is assigned to a user of the user map).

#include "RuleTableModel.h"

namespace fb::ui {

class RoutingRulesModel : public RuleTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Tag, BadgerUser, SetHighLevel, SetBadger, ColumnCount };

    explicit RoutingRulesModel(RulesDocument* document, QObject* parent = nullptr);

protected:
    int count(const fb::sync::RuleSet& rules) const override;
    int dataColumns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerTip(int column) const override;
    QVariant cell(const fb::sync::RuleSet& rules, int row, int column, int role) const override;
    bool setCell(fb::sync::RuleSet& rules, int row, int column, const QVariant& value, int role) override;
    bool isCheckColumn(int column) const override { return column == SetHighLevel || column == SetBadger; }
    bool isEditable(int column) const override { return column != Id; }
    void append(fb::sync::RuleSet& rules) override;
    void remove(fb::sync::RuleSet& rules, int row) override;
    QString ruleId(const fb::sync::RuleSet& rules, int row) const override;
    QString itemName() const override { return tr("routing rule"); }
};

} // namespace fb::ui
