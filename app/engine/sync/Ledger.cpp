#include "Ledger.h"

#include "core/Logging.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace fb::sync {

QString toIso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString isoNow()
{
    return toIso(QDateTime::currentDateTimeUtc());
}

QDateTime fromIso(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(text, Qt::ISODate);
    }
    return t.toUTC();
}

namespace {
QVariant nullable(const QString& s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QJsonObject parseJson(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

Link readLink(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString()};
}

// The few values of service, entity and state, shared: remotes() holds one record per remote record of a side
// (100,000 and more), and a heap copy of "badger", "contact" and "linked" in each adds up.
QString shared(const QString& value)
{
    static const QStringList common = {u"highlevel"_s, u"badger"_s,  u"contact"_s, u"linked"_s,
                                       u"pending"_s,   u"failed"_s,  u"ambiguous"_s, u"deleted"_s};
    for (const QString& c : common) {
        if (c == value) {
            return c;
        }
    }
    return value;
}

RemoteRecord readRemote(const QSqlQuery& q)
{
    return {shared(q.value(0).toString()), q.value(1).toString(), shared(q.value(2).toString()), q.value(3).toString(),
            shared(q.value(4).toString()), q.value(5).toString(), fromIso(q.value(6).toString()),
            fromIso(q.value(7).toString()), q.value(8).toString()};
}

ConflictEntry readConflict(const QSqlQuery& q)
{
    ConflictEntry c;
    c.id = q.value(0).toLongLong();
    c.linkId = q.value(1).toLongLong();
    c.field = q.value(2).toString();
    c.baseValue = q.value(3).toString();
    c.highLevelValue = q.value(4).toString();
    c.badgerValue = q.value(5).toString();
    c.highLevelChangedAt = fromIso(q.value(6).toString());
    c.badgerChangedAt = fromIso(q.value(7).toString());
    c.createdAt = fromIso(q.value(8).toString());
    c.record = q.value(9).toString();
    return c;
}

const QString linkColumns = u"id, entity, ghl_id, badger_id, state, label"_s;
const QString remoteColumns =
    u"service, remote_id, entity, label, state, message, fetched_at, changed_at, fingerprint"_s;
const QString conflictColumns =
    u"c.id, c.link_id, c.field, c.base_value, c.ghl_value, c.badger_value, c.ghl_changed_at, c.badger_changed_at, "
    u"c.created_at, l.label"_s;
} // namespace

Ledger::Ledger(store::Database& db)
    : m_db(db)
{
}

bool Ledger::exec(QSqlQuery& q)
{
    if (q.exec()) {
        return true;
    }
    m_lastError = store::Database::describe(q.lastError());
    qCWarning(lcStore) << "ledger statement failed:" << q.lastError().text();
    return false;
}

std::optional<Link> Ledger::linkWhere(const char* idColumn, const QString& entity, const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + linkColumns + u" FROM links WHERE entity = ? AND "_s + QLatin1StringView(idColumn)
              + u" = ?"_s);
    q.addBindValue(entity);
    q.addBindValue(id);
    if (exec(q) && q.next()) {
        return readLink(q);
    }
    return std::nullopt;
}

std::optional<Link> Ledger::linkByHighLevel(const QString& entity, const QString& id)
{
    return linkWhere("ghl_id", entity, id);
}

std::optional<Link> Ledger::linkByBadger(const QString& entity, const QString& id)
{
    return linkWhere("badger_id", entity, id);
}

std::optional<Link> Ledger::link(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + linkColumns + u" FROM links WHERE id = ?"_s);
    q.addBindValue(id);
    if (exec(q) && q.next()) {
        return readLink(q);
    }
    return std::nullopt;
}

qint64 Ledger::createLink(const QString& entity, const QString& highLevelId, const QString& badgerId,
                          const QString& label)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO links (entity, ghl_id, badger_id, state, label, created_at, updated_at) "
              u"VALUES (?, ?, ?, 'linked', ?, ?, ?)"_s);
    const QString now = isoNow();
    q.addBindValue(entity);
    q.addBindValue(nullable(highLevelId));
    q.addBindValue(nullable(badgerId));
    q.addBindValue(label);
    q.addBindValue(now);
    q.addBindValue(now);
    return exec(q) ? q.lastInsertId().toLongLong() : 0;
}

bool Ledger::setLinkState(qint64 id, const QString& state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE links SET state = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(isoNow());
    q.addBindValue(id);
    return exec(q);
}

bool Ledger::setLinkLabel(qint64 id, const QString& label)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE links SET label = ? WHERE id = ? AND label <> ?"_s);
    q.addBindValue(label);
    q.addBindValue(id);
    q.addBindValue(label);
    return exec(q);
}

QList<Link> Ledger::links(const QString& entity, const QString& state)
{
    QList<Link> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + linkColumns + u" FROM links WHERE entity = ? AND state = ? ORDER BY id"_s);
    q.addBindValue(entity);
    q.addBindValue(state);
    if (exec(q)) {
        while (q.next()) {
            out.append(readLink(q));
        }
    }
    return out;
}

int Ledger::countLinks(const QString& entity, const QString& state)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT COUNT(*) FROM links WHERE entity = ? AND state = ?"_s);
    q.addBindValue(entity);
    q.addBindValue(state);
    return exec(q) && q.next() ? q.value(0).toInt() : 0;
}

QHash<QString, FieldBase> Ledger::bases(qint64 linkId)
{
    QHash<QString, FieldBase> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT field, ghl_value, badger_value FROM field_bases WHERE link_id = ?"_s);
    q.addBindValue(linkId);
    if (exec(q)) {
        while (q.next()) {
            out.insert(q.value(0).toString(), FieldBase{q.value(1).toString(), q.value(2).toString()});
        }
    }
    return out;
}

bool Ledger::setBase(qint64 linkId, const QString& field, const FieldBase& base)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO field_bases (link_id, field, ghl_value, badger_value, synced_at) VALUES (?, ?, ?, ?, ?) "
              u"ON CONFLICT (link_id, field) DO UPDATE SET ghl_value = excluded.ghl_value, "
              u"badger_value = excluded.badger_value, synced_at = excluded.synced_at"_s);
    q.addBindValue(linkId);
    q.addBindValue(field);
    q.addBindValue(base.highLevel);
    q.addBindValue(base.badger);
    q.addBindValue(isoNow());
    return exec(q);
}

qint64 Ledger::recordIntent(const Intent& intent)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO intents (run_id, service, operation, entity, link_id, target_id, payload, reconcile_key, "
              u"state, attempts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)"_s);
    const QString now = isoNow();
    q.addBindValue(intent.runId);
    q.addBindValue(intent.service);
    q.addBindValue(intent.operation);
    q.addBindValue(intent.entity);
    q.addBindValue(intent.linkId > 0 ? QVariant(intent.linkId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(nullable(intent.targetId));
    q.addBindValue(json(intent.payload));
    q.addBindValue(json(intent.reconcileKey));
    q.addBindValue(now);
    q.addBindValue(now);
    return exec(q) ? q.lastInsertId().toLongLong() : 0;
}

bool Ledger::setIntentState(qint64 id, const QString& state, const QString& error, const QString& resultId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE intents SET state = ?, error = ?, result_id = COALESCE(?, result_id), updated_at = ?, "
              u"attempts = attempts + (CASE WHEN ? = 'sent' THEN 1 ELSE 0 END) WHERE id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(nullable(error));
    q.addBindValue(resultId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(resultId));
    q.addBindValue(isoNow());
    q.addBindValue(state);
    q.addBindValue(id);
    return exec(q);
}

QList<Intent> Ledger::openIntents()
{
    QList<Intent> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, run_id, service, operation, entity, link_id, target_id, payload, reconcile_key, state, "
              u"attempts, error, created_at FROM intents WHERE state IN ('pending','sent','unknown') ORDER BY id"_s);
    if (exec(q)) {
        while (q.next()) {
            Intent i;
            i.id = q.value(0).toLongLong();
            i.runId = q.value(1).toLongLong();
            i.service = q.value(2).toString();
            i.operation = q.value(3).toString();
            i.entity = q.value(4).toString();
            i.linkId = q.value(5).toLongLong();
            i.targetId = q.value(6).toString();
            i.payload = parseJson(q.value(7).toString());
            i.reconcileKey = parseJson(q.value(8).toString());
            i.state = q.value(9).toString();
            i.attempts = q.value(10).toInt();
            i.error = q.value(11).toString();
            i.createdAt = fromIso(q.value(12).toString());
            out.append(i);
        }
    }
    return out;
}

bool Ledger::upsertRemote(const RemoteRecord& r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO remote_records ("_s + remoteColumns
              + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (service, remote_id) DO UPDATE SET "
                u"entity = excluded.entity, label = excluded.label, state = excluded.state, message = excluded.message, "
                u"fetched_at = COALESCE(excluded.fetched_at, fetched_at), "
                u"changed_at = COALESCE(excluded.changed_at, changed_at), "
                u"fingerprint = COALESCE(excluded.fingerprint, fingerprint)"_s);
    q.addBindValue(r.service);
    q.addBindValue(r.remoteId);
    q.addBindValue(r.entity);
    q.addBindValue(r.label);
    q.addBindValue(r.state);
    q.addBindValue(nullable(r.message));
    q.addBindValue(r.fetchedAt.isValid() ? QVariant(toIso(r.fetchedAt)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(r.changedAt.isValid() ? QVariant(toIso(r.changedAt)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(nullable(r.fingerprint));
    return exec(q);
}

std::optional<RemoteRecord> Ledger::remote(const QString& service, const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + remoteColumns + u" FROM remote_records WHERE service = ? AND remote_id = ?"_s);
    q.addBindValue(service);
    q.addBindValue(id);
    if (exec(q) && q.next()) {
        return readRemote(q);
    }
    return std::nullopt;
}

QHash<QString, RemoteRecord> Ledger::remotes(const QString& service, const QString& entity)
{
    QHash<QString, RemoteRecord> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + remoteColumns + u" FROM remote_records WHERE service = ? AND entity = ?"_s);
    q.addBindValue(service);
    q.addBindValue(entity);
    if (exec(q)) {
        while (q.next()) {
            RemoteRecord r = readRemote(q);
            out.insert(r.remoteId, r);
        }
    }
    return out;
}

QStringList Ledger::remoteIdsInState(const QString& service, const QString& state)
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT remote_id FROM remote_records WHERE service = ? AND state = ? ORDER BY remote_id"_s);
    q.addBindValue(service);
    q.addBindValue(state);
    if (exec(q)) {
        while (q.next()) {
            out.append(q.value(0).toString());
        }
    }
    return out;
}

bool Ledger::setRemoteState(const QString& service, const QString& id, const QString& state, const QString& message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE remote_records SET state = ?, message = ? WHERE service = ? AND remote_id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(nullable(message));
    q.addBindValue(service);
    q.addBindValue(id);
    return exec(q);
}

QString Ledger::cursor(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT value FROM cursors WHERE name = ?"_s);
    q.addBindValue(name);
    return exec(q) && q.next() ? q.value(0).toString() : QString();
}

bool Ledger::setCursor(const QString& name, const QString& value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO cursors (name, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
              u"value = excluded.value, updated_at = excluded.updated_at"_s);
    q.addBindValue(name);
    q.addBindValue(value);
    q.addBindValue(isoNow());
    return exec(q);
}

qint64 Ledger::startRun(const QString& kind)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO sync_runs (kind, started_at, status) VALUES (?, ?, 'running')"_s);
    q.addBindValue(kind);
    q.addBindValue(isoNow());
    return exec(q) ? q.lastInsertId().toLongLong() : 0;
}

bool Ledger::finishRun(qint64 id, const QString& status, const QJsonObject& summary)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE sync_runs SET finished_at = ?, status = ?, summary = ? WHERE id = ?"_s);
    q.addBindValue(isoNow());
    q.addBindValue(status);
    q.addBindValue(json(summary));
    q.addBindValue(id);
    return exec(q);
}

bool Ledger::addCalls(const QList<api::CallLogEntry>& entries, qint64 runId)
{
    return transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(u"INSERT INTO call_log (run_id, time, service, method, path_template, operation, status, latency_ms, "
                  u"attempt, error_class, message, trace_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const api::CallLogEntry& e : entries) {
            q.addBindValue(runId > 0 ? QVariant(runId) : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(toIso(e.time));
            q.addBindValue(api::toString(e.service).toLower());
            q.addBindValue(QString::fromLatin1(e.method));
            q.addBindValue(e.pathTemplate);
            q.addBindValue(e.operation);
            q.addBindValue(e.status);
            q.addBindValue(e.latencyMs);
            q.addBindValue(e.attempt);
            q.addBindValue(api::toString(e.errorClass));
            q.addBindValue(e.message); // already redacted by the engine; never a body or a token
            q.addBindValue(e.traceId);
            if (!exec(q)) {
                return false;
            }
        }
        return true;
    });
}

bool Ledger::pruneCalls(int maxRows)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM call_log WHERE id <= (SELECT MAX(id) FROM call_log) - ?"_s);
    q.addBindValue(maxRows);
    return exec(q);
}

QJsonObject Ledger::lastRunSummary()
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT kind, started_at, finished_at, status, summary FROM sync_runs WHERE finished_at IS NOT NULL "
              u"ORDER BY id DESC LIMIT 1"_s);
    if (!exec(q) || !q.next()) {
        return {};
    }
    QJsonObject o = parseJson(q.value(4).toString());
    o.insert(u"kind"_s, q.value(0).toString());
    o.insert(u"startedAt"_s, q.value(1).toString());
    o.insert(u"finishedAt"_s, q.value(2).toString());
    o.insert(u"status"_s, q.value(3).toString());
    return o;
}

bool Ledger::addActivity(const ActivityEntry& e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO activity (run_id, time, entity, link_id, record, field, old_value, new_value, direction) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(e.runId);
    q.addBindValue(toIso(e.time.isValid() ? e.time : QDateTime::currentDateTimeUtc()));
    q.addBindValue(e.entity);
    q.addBindValue(e.linkId);
    q.addBindValue(e.record);
    q.addBindValue(nullable(e.field));
    q.addBindValue(nullable(e.oldValue));
    q.addBindValue(nullable(e.newValue));
    q.addBindValue(e.direction);
    return exec(q);
}

bool Ledger::addConflict(const ConflictEntry& c)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO conflicts (link_id, field, base_value, ghl_value, badger_value, ghl_changed_at, "
              u"badger_changed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
              u"ON CONFLICT (link_id, field) WHERE resolved_at IS NULL DO UPDATE SET "
              u"ghl_value = excluded.ghl_value, badger_value = excluded.badger_value, "
              u"ghl_changed_at = excluded.ghl_changed_at, badger_changed_at = excluded.badger_changed_at"_s);
    q.addBindValue(c.linkId);
    q.addBindValue(c.field);
    q.addBindValue(c.baseValue);
    q.addBindValue(c.highLevelValue);
    q.addBindValue(c.badgerValue);
    q.addBindValue(toIso(c.highLevelChangedAt));
    q.addBindValue(toIso(c.badgerChangedAt));
    q.addBindValue(isoNow());
    return exec(q);
}

QList<ConflictEntry> Ledger::openConflicts()
{
    QList<ConflictEntry> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + conflictColumns
              + u" FROM conflicts c JOIN links l ON l.id = c.link_id WHERE c.resolved_at IS NULL ORDER BY c.id"_s);
    if (exec(q)) {
        while (q.next()) {
            out.append(readConflict(q));
        }
    }
    return out;
}

std::optional<ConflictEntry> Ledger::conflict(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT "_s + conflictColumns + u" FROM conflicts c JOIN links l ON l.id = c.link_id WHERE c.id = ?"_s);
    q.addBindValue(id);
    if (exec(q) && q.next()) {
        return readConflict(q);
    }
    return std::nullopt;
}

bool Ledger::resolveConflict(qint64 id, const QString& resolution, const QString& value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE conflicts SET resolved_at = ?, resolution = ?, resolved_value = ? WHERE id = ? AND "
              u"resolved_at IS NULL"_s);
    q.addBindValue(isoNow());
    q.addBindValue(resolution);
    q.addBindValue(value);
    q.addBindValue(id);
    return exec(q) && q.numRowsAffected() == 1;
}

bool Ledger::hasOpenConflict(qint64 linkId, const QString& field)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT 1 FROM conflicts WHERE link_id = ? AND field = ? AND resolved_at IS NULL"_s);
    q.addBindValue(linkId);
    q.addBindValue(field);
    return exec(q) && q.next();
}

int Ledger::countOpenConflicts()
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT COUNT(*) FROM conflicts WHERE resolved_at IS NULL"_s);
    return exec(q) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace fb::sync
