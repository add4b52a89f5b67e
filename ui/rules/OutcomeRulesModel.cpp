#include "OutcomeRulesModel.h"

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::OutcomeRule;
using fb::sync::RuleSet;

OutcomeRulesModel::OutcomeRulesModel(RulesDocument* document, QObject* parent)
    : RuleTableModel(document, parent)
{
    refresh();
}

int OutcomeRulesModel::count(const RuleSet& rules) const
{
    return int(rules.outcomes.size());
}

QString OutcomeRulesModel::header(int column) const
{
    switch (column) {
    case Id:
        return tr("Rule");
    case CheckInTypes:
        return tr("When a check-in is");
    case TaskCompleted:
        return tr("Or a task is completed");
    case TitleContains:
        return tr("Task title contains");
    case AddTags:
        return tr("Add tags");
    case RemoveTags:
        return tr("Remove tags");
    default:
        return {};
    }
}

QString OutcomeRulesModel::headerTip(int column) const
{
    switch (column) {
    case Id:
        return tr("The rule's name in messages and in the preview");
    case CheckInTypes:
        return tr("Badger check-in types that trigger the rule, separated by commas (e.g. Meeting, Closed Won)");
    case TaskCompleted:
        return tr("Also trigger when a HighLevel task of the contact is completed");
    case TitleContains:
        return tr("Only completed tasks whose title contains this text (empty: any task)");
    case AddTags:
        return tr("HighLevel tags to add to the contact, separated by commas");
    case RemoveTags:
        return tr("HighLevel tags to remove from the contact, separated by commas");
    default:
        return header(column);
    }
}

QVariant OutcomeRulesModel::cell(const RuleSet& rules, int row, int column, int role) const
{
    const OutcomeRule& r = rules.outcomes.at(row);
    if (role == ChoicesRole) {
        if (column == CheckInTypes) {
            return choices(suggestions(u"checkInTypes"_s));
        }
        if (column == AddTags || column == RemoveTags) {
            return choices(suggestions(u"tags"_s));
        }
        return {};
    }
    if (column == TaskCompleted) {
        return role == Qt::CheckStateRole ? QVariant(r.taskCompleted ? Qt::Checked : Qt::Unchecked) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != ValueRole) {
        return {};
    }
    switch (column) {
    case Id:
        return r.id;
    case CheckInTypes:
        return r.checkInTypes.join(u", "_s);
    case TitleContains:
        return r.titleContains;
    case AddTags:
        return r.addTags.join(u", "_s);
    case RemoveTags:
        return r.removeTags.join(u", "_s);
    default:
        return {};
    }
}

bool OutcomeRulesModel::setCell(RuleSet& rules, int row, int column, const QVariant& value, int)
{
    OutcomeRule& r = rules.outcomes[row];
    switch (column) {
    case CheckInTypes:
        r.checkInTypes = splitList(value.toString());
        return true;
    case TaskCompleted:
        r.taskCompleted = value.toInt() == Qt::Checked;
        return true;
    case TitleContains:
        r.titleContains = value.toString().trimmed();
        return true;
    case AddTags:
        r.addTags = splitList(value.toString());
        return true;
    case RemoveTags:
        r.removeTags = splitList(value.toString());
        return true;
    default:
        return false;
    }
}

void OutcomeRulesModel::append(RuleSet& rules)
{
    OutcomeRule r;
    r.id = document()->newId(u"outcome"_s);
    rules.outcomes.append(r);
}

void OutcomeRulesModel::remove(RuleSet& rules, int row)
{
    rules.outcomes.removeAt(row);
}

QString OutcomeRulesModel::ruleId(const RuleSet& rules, int row) const
{
    return rules.outcomes.value(row).id;
}

} // namespace fb::ui
