#include "FollowUpRulesModel.h"

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::FollowUpRule;
using fb::sync::RuleSet;

FollowUpRulesModel::FollowUpRulesModel(RulesDocument* document, QObject* parent)
    : RuleTableModel(document, parent)
{
    refresh();
}

int FollowUpRulesModel::count(const RuleSet& rules) const
{
    return int(rules.followUps.size());
}

QString FollowUpRulesModel::header(int column) const
{
    switch (column) {
    case Id:
        return tr("Rule");
    case CheckInTypes:
        return tr("When a check-in is");
    case Title:
        return tr("Task title");
    case Body:
        return tr("Task notes");
    case DueDays:
        return tr("Due after (days)");
    case Assignee:
        return tr("Assign to");
    case DoneTypes:
        return tr("Completed by a check-in of");
    default:
        return {};
    }
}

QString FollowUpRulesModel::headerTip(int column) const
{
    switch (column) {
    case CheckInTypes:
        return tr("Badger check-in types that open a HighLevel task, separated by commas");
    case Title:
        return tr("Template of the task title; placeholders such as {type} and {account} are filled in");
    case Body:
        return tr("Template of the task's notes; {comments} is what the rep wrote");
    case DueDays:
        return tr("The task is due this many days after the check-in");
    case Assignee:
        return tr("Who gets the task: nobody, the contact's owner, a user of the user map or a HighLevel user id");
    case DoneTypes:
        return tr("A later check-in of one of these types on the same account completes the task");
    default:
        return header(column);
    }
}

QString FollowUpRulesModel::assigneeText(const RuleSet& rules, const QString& assignee)
{
    if (assignee.isEmpty()) {
        return tr("Unassigned");
    }
    if (assignee == u"contact"_s) {
        return tr("The contact's owner");
    }
    if (assignee.startsWith(u"badger:"_s)) {
        const QString id = assignee.mid(7);
        for (const auto& u : rules.users) {
            if (u.badgerUser == id && !u.name.isEmpty()) {
                return tr("%1 (Badger user %2)").arg(u.name, id);
            }
        }
        return tr("Badger user %1").arg(id);
    }
    return tr("HighLevel user %1").arg(assignee);
}

QVariant FollowUpRulesModel::cell(const RuleSet& rules, int row, int column, int role) const
{
    const FollowUpRule& r = rules.followUps.at(row);
    if (role == ChoicesRole) {
        if (column == CheckInTypes || column == DoneTypes) {
            return choices(suggestions(u"checkInTypes"_s));
        }
        if (column == Assignee) {
            Choices c{{tr("Unassigned"), QString()}, {tr("The contact's owner"), u"contact"_s}};
            for (const auto& u : rules.users) {
                if (!u.badgerUser.isEmpty()) {
                    c.append({assigneeText(rules, u"badger:"_s + u.badgerUser), u"badger:"_s + u.badgerUser});
                }
            }
            for (const auto& [text, value] : suggestions(u"highLevelUsers"_s)) {
                c.append({tr("HighLevel user %1").arg(text), value});
            }
            return choices(c);
        }
        return {};
    }
    if (role == ValueRole || role == Qt::EditRole || role == Qt::DisplayRole) {
        switch (column) {
        case Id:
            return r.id;
        case CheckInTypes:
            return r.checkInTypes.join(u", "_s);
        case Title:
            return r.title;
        case Body:
            return role == Qt::DisplayRole ? QString(r.body).replace(u'\n', u" \u21b5 "_s) : r.body;
        case DueDays:
            return r.dueDays;
        case Assignee:
            return role == Qt::DisplayRole ? assigneeText(rules, r.assignee) : r.assignee;
        case DoneTypes:
            return r.doneTypes.join(u", "_s);
        default:
            return {};
        }
    }
    return {};
}

bool FollowUpRulesModel::setCell(RuleSet& rules, int row, int column, const QVariant& value, int)
{
    FollowUpRule& r = rules.followUps[row];
    switch (column) {
    case CheckInTypes:
        r.checkInTypes = splitList(value.toString());
        return true;
    case Title:
        r.title = value.toString();
        return true;
    case Body:
        r.body = value.toString();
        return true;
    case DueDays: {
        bool ok = false;
        const int days = value.toInt(&ok);
        if (!ok) {
            return false;
        }
        r.dueDays = days;
        return true;
    }
    case Assignee:
        r.assignee = value.toString().trimmed();
        return true;
    case DoneTypes:
        r.doneTypes = splitList(value.toString());
        return true;
    default:
        return false;
    }
}

void FollowUpRulesModel::append(RuleSet& rules)
{
    FollowUpRule r;
    r.id = document()->newId(u"follow-up"_s);
    rules.followUps.append(r);
}

void FollowUpRulesModel::remove(RuleSet& rules, int row)
{
    rules.followUps.removeAt(row);
}

QString FollowUpRulesModel::ruleId(const RuleSet& rules, int row) const
{
    return rules.followUps.value(row).id;
}

} // namespace fb::ui
