#include "UserMapModel.h"

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::RuleIssue;
using fb::sync::RuleSet;
using fb::sync::UserMapEntry;

UserMapModel::UserMapModel(RulesDocument* document, QObject* parent)
    : RuleTableModel(document, parent)
{
    refresh();
}

int UserMapModel::count(const RuleSet& rules) const
{
    return int(rules.users.size());
}

QString UserMapModel::header(int column) const
{
    switch (column) {
    case BadgerUser:
        return tr("Badger rep");
    case HighLevelUser:
        return tr("HighLevel user");
    case Name:
        return tr("Name");
    default:
        return {};
    }
}

QString UserMapModel::headerTip(int column) const
{
    switch (column) {
    case BadgerUser:
        return tr("The rep's Badger user id (what an account's owner holds)");
    case HighLevelUser:
        return tr("The same person's HighLevel user id (what a contact's assigned user holds)");
    case Name:
        return tr("A name for messages and lists");
    default:
        return header(column);
    }
}

QVariant UserMapModel::cell(const RuleSet& rules, int row, int column, int role) const
{
    const UserMapEntry& u = rules.users.at(row);
    if (role == ChoicesRole) {
        if (column == BadgerUser) {
            return choices(suggestions(u"badgerUsers"_s));
        }
        if (column == HighLevelUser) {
            return choices(suggestions(u"highLevelUsers"_s));
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != ValueRole) {
        return {};
    }
    switch (column) {
    case BadgerUser:
        return u.badgerUser;
    case HighLevelUser:
        return u.highLevelUser;
    case Name:
        return u.name;
    default:
        return {};
    }
}

bool UserMapModel::setCell(RuleSet& rules, int row, int column, const QVariant& value, int)
{
    UserMapEntry& u = rules.users[row];
    const QString text = value.toString().trimmed();
    auto nameFrom = [&](const QString& kind) {
        // Picking a user from the live list also names the pair, unless the admin named it already.
        if (u.name.isEmpty()) {
            for (const auto& [choiceText, choiceValue] : suggestions(kind)) {
                if (choiceValue == text && choiceText != text) {
                    u.name = choiceText;
                }
            }
        }
    };
    switch (column) {
    case BadgerUser:
        u.badgerUser = text;
        nameFrom(u"badgerUsers"_s);
        return true;
    case HighLevelUser:
        u.highLevelUser = text;
        nameFrom(u"highLevelUsers"_s);
        return true;
    case Name:
        u.name = text;
        return true;
    default:
        return false;
    }
}

void UserMapModel::append(RuleSet& rules)
{
    rules.users.append(UserMapEntry{});
}

void UserMapModel::remove(RuleSet& rules, int row)
{
    rules.users.removeAt(row);
}

QString UserMapModel::ruleId(const RuleSet&, int) const
{
    return {};
}

QList<RuleIssue> UserMapModel::rowIssues(int row) const
{
    // The engine reports user-map problems for the whole set, naming the user: they belong to the rows they name.
    const UserMapEntry u = document()->rules().users.value(row);
    const bool incomplete = u.badgerUser.isEmpty() || u.highLevelUser.isEmpty();
    const QString incompleteTag = u"("_s + (u.name.isEmpty() ? u.badgerUser + u.highLevelUser : u.name) + u")"_s;
    QList<RuleIssue> out;
    for (const RuleIssue& i : document()->setIssues()) {
        const bool names = (!u.badgerUser.isEmpty() && i.message.contains(u"user "_s + u.badgerUser))
            || (!u.highLevelUser.isEmpty() && i.message.contains(u"user "_s + u.highLevelUser))
            || (incomplete && i.message.contains(incompleteTag));
        if (names) {
            out.append(i);
        }
    }
    return out;
}

} // namespace fb::ui
