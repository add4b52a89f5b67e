#pragma once
// The user map: one row per Badger rep <-> HighLevel user pair, which routing and "badger:<id>" assignees go through.

#include "RuleTableModel.h"

namespace fb::ui {

class UserMapModel : public RuleTableModel
{
    Q_OBJECT

public:
    enum Column { BadgerUser, HighLevelUser, Name, ColumnCount };

    explicit UserMapModel(RulesDocument* document, QObject* parent = nullptr);

protected:
    int count(const fb::sync::RuleSet& rules) const override;
    int dataColumns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString headerTip(int column) const override;
    QVariant cell(const fb::sync::RuleSet& rules, int row, int column, int role) const override;
    bool setCell(fb::sync::RuleSet& rules, int row, int column, const QVariant& value, int role) override;
    void append(fb::sync::RuleSet& rules) override;
    void remove(fb::sync::RuleSet& rules, int row) override;
    QString ruleId(const fb::sync::RuleSet& rules, int row) const override;
    QList<fb::sync::RuleIssue> rowIssues(int row) const override;
    QString itemName() const override { return tr("user pair"); }
};

} // namespace fb::ui
