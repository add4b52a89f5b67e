#pragma once
// Typed access to the ledger tables the sync engine uses: links, merge bases, the intent journal, remote records,
// cursors, runs, activity and conflicts. One Ledger per thread (it wraps that thread's Database connection).

#include "Merge.h"
#include "api/CallLog.h"
#include "store/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace fb::sync {

struct Link
{
    qint64 id = 0;
    QString entity;
    QString highLevelId;
    QString badgerId;
    QString state; // linked | ghl_deleted | badger_deleted | unlinked
    QString label;
};

struct Intent
{
    qint64 id = 0;
    qint64 runId = 0;
    QString service;   // highlevel | badger
    QString operation; // contacts.create, contacts.upsert, contacts.update, customers.create, customers.update, ...
    QString entity;
    qint64 linkId = 0;
    QString targetId;
    QJsonObject payload;
    QJsonObject reconcileKey;
    QString state; // pending | sent | done | failed | unknown | superseded
    int attempts = 0;
    QString error;
    QDateTime createdAt;
};

struct RemoteRecord
{
    QString service;
    QString remoteId;
    QString entity;
    QString label;
    QString state; // linked | pending | ambiguous | failed | deleted
    QString message;
    QDateTime fetchedAt;
    QDateTime changedAt;
    QString fingerprint; // match keys when it was parked as ambiguous (see Matcher matchFingerprint)
};

struct ActivityEntry
{
    qint64 runId = 0;
    QDateTime time;
    QString entity;
    qint64 linkId = 0;
    QString record;
    QString field;
    QString oldValue;
    QString newValue;
    QString direction; // to_highlevel | to_badger | link | unlink | create_in_highlevel | create_in_badger
};

struct ConflictEntry
{
    qint64 id = 0;
    qint64 linkId = 0;
    QString record;
    QString field;
    QString baseValue;
    QString highLevelValue;
    QString badgerValue;
    QDateTime highLevelChangedAt;
    QDateTime badgerChangedAt;
    QDateTime createdAt;
};

class Ledger
{
public:
    explicit Ledger(store::Database& db);

    store::Database& database() { return m_db; }
    template<typename Fn>
    bool transaction(Fn&& fn)
    {
        return m_db.transaction(std::forward<Fn>(fn));
    }
    QString lastError() const { return m_lastError; }

    // Links
    std::optional<Link> linkByHighLevel(const QString& entity, const QString& id);
    std::optional<Link> linkByBadger(const QString& entity, const QString& id);
    std::optional<Link> link(qint64 id);
    qint64 createLink(const QString& entity, const QString& highLevelId, const QString& badgerId, const QString& label);
    bool setLinkState(qint64 id, const QString& state);
    bool setLinkLabel(qint64 id, const QString& label);
    QList<Link> links(const QString& entity, const QString& state = QStringLiteral("linked"));
    int countLinks(const QString& entity, const QString& state = QStringLiteral("linked"));

    // Merge bases
    QHash<QString, FieldBase> bases(qint64 linkId);
    bool setBase(qint64 linkId, const QString& field, const FieldBase& base);

    // Intent journal
    qint64 recordIntent(const Intent& intent);
    bool setIntentState(qint64 id, const QString& state, const QString& error = {}, const QString& resultId = {});
    QList<Intent> openIntents(); // pending, sent or unknown

    // Remote records
    bool upsertRemote(const RemoteRecord& record);
    std::optional<RemoteRecord> remote(const QString& service, const QString& id);
    QHash<QString, RemoteRecord> remotes(const QString& service, const QString& entity);
    QStringList remoteIdsInState(const QString& service, const QString& state);
    bool setRemoteState(const QString& service, const QString& id, const QString& state, const QString& message = {});

    // Cursors
    QString cursor(const QString& name);
    bool setCursor(const QString& name, const QString& value);

    // Runs
    qint64 startRun(const QString& kind);
    bool finishRun(qint64 id, const QString& status, const QJsonObject& summary);
    // The latest finished run: its summary plus startedAt/finishedAt/kind; empty when none.
    QJsonObject lastRunSummary();

    // The call log (the dashboard's history of API calls): entries are appended in one transaction per batch and
    // pruned to the newest maxRows.
    bool addCalls(const QList<api::CallLogEntry>& entries, qint64 runId);
    bool pruneCalls(int maxRows);

    // Activity and conflicts
    bool addActivity(const ActivityEntry& entry);
    bool addConflict(const ConflictEntry& entry); // replaces an open conflict on the same link and field
    QList<ConflictEntry> openConflicts();
    std::optional<ConflictEntry> conflict(qint64 id);
    bool resolveConflict(qint64 id, const QString& resolution, const QString& value);
    bool hasOpenConflict(qint64 linkId, const QString& field);
    int countOpenConflicts();

private:
    bool exec(class QSqlQuery& q);
    std::optional<Link> linkWhere(const char* idColumn, const QString& entity, const QString& id);

    store::Database& m_db;
    QString m_lastError;
};

QString isoNow();
QString toIso(const QDateTime& time);
QDateTime fromIso(const QString& text);

} // namespace fb::sync

Q_DECLARE_METATYPE(fb::sync::ActivityEntry)
Q_DECLARE_METATYPE(fb::sync::ConflictEntry)
