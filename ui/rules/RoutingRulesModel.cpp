#include "RoutingRulesModel.h"

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::RoutingRule;
using fb::sync::RuleSet;

RoutingRulesModel::RoutingRulesModel(RulesDocument* document, QObject* parent)
    : RuleTableModel(document, parent)
{
    refresh();
}

int RoutingRulesModel::count(const RuleSet& rules) const
{
    return int(rules.routing.size());
}

QString RoutingRulesModel::header(int column) const
{
    switch (column) {
    case Id:
        return tr("Rule");
    case Tag:
        return tr("Contacts tagged");
    case BadgerUser:
        return tr("Go to user");
    case SetHighLevel:
        return tr("Set HighLevel owner");
    case SetBadger:
        return tr("Set Badger owner");
    default:
        return {};
    }
}

QString RoutingRulesModel::headerTip(int column) const
{
    switch (column) {
    case Tag:
        return tr("A contact that receives this tag is routed");
    case BadgerUser:
        return tr("A user of the user map below (by Badger user id)");
    case SetHighLevel:
        return tr("Set the contact's assigned user in HighLevel");
    case SetBadger:
        return tr("Set the account owner in Badger");
    default:
        return header(column);
    }
}

QVariant RoutingRulesModel::cell(const RuleSet& rules, int row, int column, int role) const
{
    const RoutingRule& r = rules.routing.at(row);
    if (role == ChoicesRole) {
        if (column == Tag) {
            return choices(suggestions(u"tags"_s));
        }
        if (column == BadgerUser) {
            Choices c;
            for (const auto& u : rules.users) {
                if (!u.badgerUser.isEmpty()) {
                    c.append({u.name.isEmpty() ? u.badgerUser : tr("%1 (%2)").arg(u.name, u.badgerUser), u.badgerUser});
                }
            }
            return choices(c);
        }
        return {};
    }
    if (column == SetHighLevel || column == SetBadger) {
        const bool on = column == SetHighLevel ? r.setHighLevel : r.setBadger;
        return role == Qt::CheckStateRole ? QVariant(on ? Qt::Checked : Qt::Unchecked) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != ValueRole) {
        return {};
    }
    switch (column) {
    case Id:
        return r.id;
    case Tag:
        return r.tag;
    case BadgerUser:
        if (role == Qt::DisplayRole) {
            for (const auto& u : rules.users) {
                if (u.badgerUser == r.badgerUser && !u.name.isEmpty()) {
                    return tr("%1 (%2)").arg(u.name, u.badgerUser);
                }
            }
        }
        return r.badgerUser;
    default:
        return {};
    }
}

bool RoutingRulesModel::setCell(RuleSet& rules, int row, int column, const QVariant& value, int)
{
    RoutingRule& r = rules.routing[row];
    switch (column) {
    case Tag:
        r.tag = value.toString().trimmed();
        return true;
    case BadgerUser:
        r.badgerUser = value.toString().trimmed();
        return true;
    case SetHighLevel:
        r.setHighLevel = value.toInt() == Qt::Checked;
        return true;
    case SetBadger:
        r.setBadger = value.toInt() == Qt::Checked;
        return true;
    default:
        return false;
    }
}

void RoutingRulesModel::append(RuleSet& rules)
{
    RoutingRule r;
    r.id = document()->newId(u"routing"_s);
    if (!rules.users.isEmpty()) {
        r.badgerUser = rules.users.constFirst().badgerUser;
    }
    rules.routing.append(r);
}

void RoutingRulesModel::remove(RuleSet& rules, int row)
{
    rules.routing.removeAt(row);
}

QString RoutingRulesModel::ruleId(const RuleSet& rules, int row) const
{
    return rules.routing.value(row).id;
}

} // namespace fb::ui
