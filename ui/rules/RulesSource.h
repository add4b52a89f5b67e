#pragma once
// Where the rules editor gets its live lists: both sides' users (for the user map and assignees) and the HighLevel
// location's tags. Always asynchronous, so the editor never waits on the network.

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

namespace fb::ui {

class RulesSource : public QObject
{
    Q_OBJECT

public:
    using Users = QList<QPair<QString, QString>>; // (display name, user id)

    using QObject::QObject;
    ~RulesSource() override;

    // Starts (or restarts) loading; returns at once. Results arrive through the signals, in this object's thread.
    virtual void load() = 0;

Q_SIGNALS:
    void usersLoaded(const fb::ui::RulesSource::Users& badgerUsers, const fb::ui::RulesSource::Users& highLevelUsers);
    void tagsLoaded(const QStringList& tags);
    // What went wrong, user-presentable; whatever did load was still delivered.
    void loadFailed(const QString& message);
};

} // namespace fb::ui
