#include "ExtrasSync.h"

#include "ExtrasTags.h"
#include "RecordAdapter.h"
#include "api/BadgerParsers.h"
#include "api/BadgerRequests.h"
#include "api/HighLevelParsers.h"
#include "api/HighLevelRequests.h"
#include "api/RequestEngine.h"
#include "core/Logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fb::sync {

using api::ApiRequest;
using api::ApiResult;
using api::ErrorClass;
namespace ghlreq = api::ghl::request;
namespace bgreq = api::badger::request;

namespace {

const QString Contact = u"contact"_s;
const QString ListAllCursor = u"extras.badger.listAllCheckIns"_s;
constexpr int Batch = 96;
constexpr int BulkChunk = 100;

QString errorText(const ApiResult& r)
{
    QString text = r.message.isEmpty() ? api::toString(r.error) : r.message;
    return r.status > 0 ? u"HTTP %1: %2"_s.arg(r.status).arg(text) : text;
}

// A create that failed this way was not applied; any other failure may have been (reconcile before re-sending).
bool definitelyNotApplied(const ApiResult& r)
{
    switch (r.error) {
    case ErrorClass::Validation:
    case ErrorClass::NotFound:
    case ErrorClass::Auth:
    case ErrorClass::Forbidden:
    case ErrorClass::BudgetExhausted:
    case ErrorClass::RateLimited:
    case ErrorClass::Insecure:
    case ErrorClass::Tls:
    case ErrorClass::Cancelled:
        return true;
    case ErrorClass::Network: // refused before sending (a create that may have been written is OutcomeUnknown)
        return true;
    case ErrorClass::Server:
        return r.status == 503;
    default:
        return false;
    }
}

bool hasLine(const QString& body, const QString& line)
{
    for (QStringView l : QStringView(body).split(u'\n')) {
        if (l.trimmed() == line) {
            return true;
        }
    }
    return false;
}

QString hash(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

QStringList fromJsonText(const QString& text)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        out.append(v.toString());
    }
    return out;
}

QString toJsonText(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(toArray(list)).toJson(QJsonDocument::Compact));
}

QString checkInTimeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

struct CheckInRow
{
    QString id;
    QString accountId;
    QString type;
    QDateTime at;
    QString comments;
    QJsonValue extraFields;
    QString createdBy;
    QString origin = u"badger"_s;
    QString noteState;
    QString noteId;
    QString rulesState;
};

struct TaskRow
{
    QString checkInId;
    QString ruleId;
    QString accountId;
    QString contactId;
    QString taskId;
    QString title;
    QString state;
    QDateTime openedAt;
};

struct TagState
{
    bool known = false;
    QStringList base;
    QStringList highLevel;
    QStringList badger;
    QJsonObject routed;
};

// A write of this phase: the request and what to do with its answer.
struct Write
{
    ApiRequest request;
    QString record;
    std::function<bool(const ApiResult&)> done; // inside a ledger transaction; false rolls back
    std::function<void(const ApiResult&)> failed;
};

} // namespace

struct ExtrasSync::Run
{
    const Input& in;
    RuleSet rules;
    bool dryRun = false;
    const std::atomic<bool>& stop;
    RunSummary& summary;
    QHash<QString, Link> byBadger;    // linked pairs by Badger account id
    QHash<QString, Link> byHighLevel; // by HighLevel contact id
    QHash<QString, CheckInRow> checkIns; // open work: rows whose note or rules are not done, by check-in id
    QList<TaskRow> tasks;                // extras_tasks rows not completed
    QHash<QString, QJsonObject> hlTasksNew; // completed HighLevel tasks seen for the first time (or newly completed)
    QHash<qint64, QStringList> outcomeAdd;    // link id -> tags to add (rule outcomes), in order
    QHash<qint64, QStringList> outcomeRemove;
    QHash<qint64, QStringList> outcomeSources; // link id -> "checkin:<id>" / "task:<id>" that produced outcomes
    QSet<qint64> tagWriteFailed;
    QSet<QString> completionFailed; // accounts where completing a task failed this run
    QHash<qint64, QStringList> finalTags; // link id -> merged set after this run
    QHash<QString, QJsonObject> contactsRead; // contacts read by this phase (tags/assignedTo of unknown sides)
    QHash<QString, QJsonObject> accountsRead;
    bool budgetStop = false;

    Run(const Input& input, const std::atomic<bool>& stopFlag, RunSummary& s)
        : in(input)
        , stop(stopFlag)
        , summary(s)
    {
    }

    void count(const ApiRequest& r, bool write)
    {
        if (r.service == api::Service::HighLevel) {
            ++summary.highLevelCalls;
            summary.highLevelWrites += write ? 1 : 0;
        } else {
            ++summary.badgerCalls;
            summary.badgerWrites += write ? 1 : 0;
        }
    }
    void plan(const QString& record, const QString& field, const QString& oldValue, const QString& newValue,
              const QString& direction)
    {
        summary.changes.append({record, field, oldValue, newValue, direction});
    }
    QString labelOf(const QString& accountId) const
    {
        const auto it = byBadger.constFind(accountId);
        return it == byBadger.constEnd() ? accountId : it->label;
    }
};

ExtrasSync::ExtrasSync(Ledger& ledger, api::RequestEngine& engine, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_engine(engine)
{
}

ExtrasSync::~ExtrasSync() = default;

bool ExtrasSync::loadRules(const MappingDocument& mapping, RuleSet* rules, QList<RuleIssue>* issues)
{
    QString error;
    if (!RuleSet::fromJson(mapping.rules, rules, &error)) {
        issues->append({RuleIssue::Severity::Error, {}, error});
        return false;
    }
    QStringList hlFields;
    QStringList bgFields;
    for (const FieldMapping& row : mapping.fields) {
        if (row.enabled) {
            if (row.writesTo(Side::HighLevel)) {
                hlFields.append(row.highLevelField);
            }
            if (row.writesTo(Side::Badger)) {
                bgFields.append(row.badgerField);
            }
        }
    }
    *issues = rules->validate(hlFields, bgFields);
    return std::none_of(issues->cbegin(), issues->cend(),
                        [](const RuleIssue& i) { return i.severity == RuleIssue::Severity::Error; });
}

// ---- the run ----------------------------------------------------------------------------------------------------

void ExtrasSync::run(const Input& input, bool dryRun, const std::atomic<bool>& stop, RunSummary& summary)
{
    Run run(input, stop, summary);
    run.dryRun = dryRun;
    QList<RuleIssue> issues;
    if (!loadRules(input.mapping, &run.rules, &issues)) {
        for (const RuleIssue& i : std::as_const(issues)) {
            if (i.severity == RuleIssue::Severity::Error) {
                summary.recordErrors.append(tr("Rules: %1").arg(i.message));
            }
        }
        return;
    }
    if (!run.rules.anyEnabled()) {
        return;
    }
    for (const Link& link : m_ledger.links(Contact)) {
        run.byBadger.insert(link.badgerId, link);
        run.byHighLevel.insert(link.highLevelId, link);
    }
    if (run.byBadger.isEmpty()) {
        return;
    }
    if (run.rules.readsCheckIns() && !stop) {
        readCheckIns(run);
    }
    if (run.rules.readsTasks() && !stop) {
        readTasks(run);
    }
    if (!dryRun && !stop) {
        reconcile(run);
    }
    if (!stop && !run.budgetStop) {
        createNotesAndTasks(run);
    }
    if (!stop && !run.budgetStop) {
        completeTasks(run);
    }
    if (!stop && !run.budgetStop && run.rules.needsTagState()) {
        syncTags(run);
    }
    if (!stop && !run.budgetStop && !run.rules.routing.isEmpty()) {
        route(run);
    }
    if (!stop && !run.budgetStop && run.rules.taskCheckIns) {
        tasksToCheckIns(run);
    }
    if (!stop && !run.budgetStop && run.rules.notesToCheckIns) {
        notesToCheckIns(run);
    }
    if (!dryRun) {
        finishRules(run);
    }
}

// ---- reading check-ins ------------------------------------------------------------------------------------------

void ExtrasSync::readCheckIns(Run& run)
{
    QSqlDatabase& db = m_ledger.database().connection();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<api::badger::CheckIn> read;
    QStringList accountsRead;

    // One call for every check-in when the server allows it (UNCONFIRMED; probed, the answer kept for a week).
    const QString cap = m_ledger.cursor(ListAllCursor);
    const QDateTime capAt = fromIso(cap.section(u'|', 1));
    const bool knownNo = cap.startsWith(u"no"_s) && capAt.isValid() && capAt.daysTo(now) < 7;
    bool haveAll = false;
    if (!knownNo) {
        const ApiRequest request = bgreq::listAllCheckIns();
        const ApiResult r = m_engine.sendAndWait(request);
        run.count(request, false);
        const auto list = api::badger::parseCheckInList(r);
        if (list.ok()) {
            haveAll = true;
            read = *list;
            accountsRead = run.byBadger.keys();
            if (!run.dryRun) {
                m_ledger.setCursor(ListAllCursor, u"yes|"_s + toIso(now));
            }
        } else if (r.status == 400 && !run.dryRun) {
            m_ledger.setCursor(ListAllCursor, u"no|"_s + toIso(now));
        }
    }

    if (!haveAll) {
        // Per account, within the budget: never read first, then accounts the contacts phase found new or changed,
        // then the stalest.
        QHash<QString, QDateTime> readAt;
        QSqlQuery q(db);
        q.exec(u"SELECT account_id, checkins_read_at FROM extras_accounts"_s);
        while (q.next()) {
            readAt.insert(q.value(0).toString(), fromIso(q.value(1).toString()));
        }
        QStringList never;
        QStringList changed;
        QList<QPair<QDateTime, QString>> stale;
        for (auto it = run.byBadger.constBegin(); it != run.byBadger.constEnd(); ++it) {
            if (it->state != u"linked"_s) {
                continue;
            }
            if (!readAt.contains(it.key())) {
                never.append(it.key());
            } else if (run.in.badger.contains(it.key())) {
                changed.append(it.key());
            } else {
                stale.append({readAt.value(it.key()), it.key()});
            }
        }
        std::sort(never.begin(), never.end(), [](const QString& a, const QString& b) { return a.toLongLong() < b.toLongLong(); });
        std::sort(stale.begin(), stale.end());
        QStringList order = never + changed;
        for (const auto& s : std::as_const(stale)) {
            order.append(s.second);
        }
        const api::BudgetState budget = m_engine.budgetState(api::Service::Badger);
        qint64 allowed = order.size();
        if (run.rules.checkInAccountsPerRun >= 0) {
            allowed = std::min<qint64>(allowed, run.rules.checkInAccountsPerRun);
        } else if (budget.dailyLimit > 0) {
            const qint64 available = std::max<qint64>(0, budget.dailyRemaining - budget.writeReserve);
            const qint64 mandatory = never.size() + changed.size();
            const qint64 secondsLeft = std::max<qint64>(
                60, now.secsTo(budget.resetAt.isValid() ? budget.resetAt : now.addDays(1)));
            const qint64 runsLeft = std::max<qint64>(1, secondsLeft / std::max(60, run.in.settings.syncIntervalSeconds));
            const qint64 share = std::max<qint64>(0, available - mandatory) / runsLeft;
            allowed = std::min<qint64>({allowed, available, mandatory + share});
        }
        if (allowed < order.size()) {
            run.summary.deferred += int(order.size() - allowed);
            order = order.mid(0, allowed);
        }
        for (qsizetype start = 0; start < order.size() && !run.stop; start += Batch) {
            const QStringList ids = order.mid(start, Batch);
            QList<ApiRequest> requests;
            for (const QString& id : ids) {
                requests.append(bgreq::listCheckIns(id.toLongLong()));
            }
            const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
            for (qsizetype i = 0; i < results.size(); ++i) {
                run.count(requests.at(i), false);
                const auto list = api::badger::parseCheckInList(results.at(i));
                if (list.ok()) {
                    read.append(*list);
                    accountsRead.append(ids.at(i));
                } else if (results.at(i).error == ErrorClass::BudgetExhausted) {
                    run.budgetStop = true;
                    run.summary.status = u"budget"_s;
                    run.summary.resumeAt = results.at(i).retryAt;
                    run.summary.error = tr("Badger's daily budget is used up; check-ins are read next time.");
                    break;
                } else if (results.at(i).status != 404) {
                    run.summary.recordErrors.append(
                        tr("Check-ins of %1: %2").arg(run.labelOf(ids.at(i)), errorText(results.at(i))));
                }
            }
            if (run.budgetStop) {
                break;
            }
        }
    }

    // Keep what was read (the preview works from it), and load the open work.
    QHash<QString, CheckInRow> fresh;
    for (const api::badger::CheckIn& c : std::as_const(read)) {
        const QString account = QString::number(c.customer);
        if (!run.byBadger.contains(account)) {
            continue;
        }
        CheckInRow row;
        row.id = QString::number(c.id);
        row.accountId = account;
        row.type = c.type;
        row.at = c.logDatetime;
        row.comments = c.comments;
        row.extraFields = c.extraFields;
        row.createdBy = c.createdBy;
        // Check-ins Fieldbridge made from HighLevel notes and tasks carry their marker: never echoed back.
        if (c.comments.contains(u"HighLevel note "_s) || c.comments.contains(u"HighLevel task "_s)) {
            for (QStringView l : QStringView(c.comments).split(u'\n')) {
                const QString line = l.trimmed().toString();
                if (line.startsWith(u"HighLevel note "_s)) {
                    row.origin = u"highlevel_note"_s;
                } else if (line.startsWith(u"HighLevel task "_s)) {
                    row.origin = u"highlevel_task"_s;
                }
            }
        }
        fresh.insert(row.id, row);
    }
    if (!run.dryRun) {
        m_ledger.transaction([&] {
            QSqlQuery up(db);
            up.prepare(u"INSERT INTO extras_checkins (id, account_id, type, log_datetime, comments, extra_fields, "
                       u"created_by, origin, seen_at, note_state, rules_state) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                       u"ON CONFLICT(id) DO UPDATE SET type = excluded.type, comments = excluded.comments, "
                       u"extra_fields = excluded.extra_fields, log_datetime = excluded.log_datetime"_s);
            for (const CheckInRow& row : std::as_const(fresh)) {
                const bool ours = row.origin != u"badger"_s;
                up.addBindValue(row.id);
                up.addBindValue(row.accountId);
                up.addBindValue(row.type);
                up.addBindValue(checkInTimeText(row.at));
                up.addBindValue(row.comments);
                up.addBindValue(QString::fromUtf8(QJsonDocument::fromVariant(row.extraFields.toVariant()).toJson(
                    QJsonDocument::Compact)));
                up.addBindValue(row.createdBy);
                up.addBindValue(row.origin);
                up.addBindValue(isoNow());
                up.addBindValue(ours ? QVariant(u"skipped"_s) : QVariant());
                up.addBindValue(ours ? QVariant(u"done"_s) : QVariant());
                if (!up.exec()) {
                    qCWarning(lcSync) << "extras: could not store a check-in:" << up.lastError().text();
                    return false;
                }
            }
            QSqlQuery acc(db);
            acc.prepare(u"INSERT OR REPLACE INTO extras_accounts (account_id, checkins_read_at) VALUES (?, ?)"_s);
            const QString stamp = isoNow();
            for (const QString& id : std::as_const(accountsRead)) {
                acc.addBindValue(id);
                acc.addBindValue(stamp);
                if (!acc.exec()) {
                    return false;
                }
            }
            return true;
        });
    }
    // Open work from the ledger (earlier runs included), plus what a dry run read but did not store.
    QSqlQuery q(db);
    q.exec(u"SELECT id, account_id, type, log_datetime, comments, extra_fields, created_by, origin, note_state, note_id, "
           u"rules_state FROM extras_checkins WHERE origin = 'badger' AND (note_state IS NULL OR note_state <> 'done' "
           u"OR rules_state IS NULL)"_s);
    while (q.next()) {
        CheckInRow row;
        row.id = q.value(0).toString();
        row.accountId = q.value(1).toString();
        row.type = q.value(2).toString();
        row.at = fromIso(q.value(3).toString());
        row.comments = q.value(4).toString();
        row.extraFields = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        if (q.value(5).toString().startsWith(u'"')) {
            row.extraFields = QJsonDocument::fromJson(u"["_s.append(q.value(5).toString()).append(u"]"_s).toUtf8())
                                  .array()
                                  .at(0);
        }
        row.createdBy = q.value(6).toString();
        row.origin = q.value(7).toString();
        row.noteState = q.value(8).toString();
        row.noteId = q.value(9).toString();
        row.rulesState = q.value(10).toString();
        run.checkIns.insert(row.id, row);
    }
    if (run.dryRun) {
        for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it) {
            if (it->origin == u"badger"_s && !run.checkIns.contains(it.key())) {
                QSqlQuery known(db);
                known.prepare(u"SELECT 1 FROM extras_checkins WHERE id = ?"_s);
                known.addBindValue(it.key());
                if (known.exec() && !known.next()) {
                    run.checkIns.insert(it.key(), *it);
                }
            }
        }
    }
    // Tasks opened by follow-up rules and not completed yet.
    QSqlQuery t(db);
    t.exec(u"SELECT checkin_id, rule_id, account_id, contact_id, task_id, title, state, opened_at FROM extras_tasks "
           u"WHERE state <> 'completed'"_s);
    while (t.next()) {
        run.tasks.append({t.value(0).toString(), t.value(1).toString(), t.value(2).toString(), t.value(3).toString(),
                          t.value(4).toString(), t.value(5).toString(), t.value(6).toString(),
                          fromIso(t.value(7).toString())});
    }
}

// ---- reading HighLevel tasks ------------------------------------------------------------------------------------

void ExtrasSync::readTasks(Run& run)
{
    QSqlDatabase& db = m_ledger.database().connection();
    QHash<QString, bool> known; // task id -> completed as last seen
    {
        QSqlQuery q(db);
        q.exec(u"SELECT task_id, completed FROM extras_hl_tasks"_s);
        while (q.next()) {
            known.insert(q.value(0).toString(), q.value(1).toBool());
        }
    }
    const bool firstRead = known.isEmpty() && m_ledger.cursor(u"extras.highlevel.tasksReadAt"_s).isEmpty();
    // Tasks this phase opened: their completion is ours (a done check-in), not logged back to Badger.
    QSet<QString> ours;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT task_id FROM extras_tasks WHERE task_id IS NOT NULL"_s);
        while (q.next()) {
            ours.insert(q.value(0).toString());
        }
    }
    QList<QJsonObject> seen;
    api::ghl::TaskSearchQuery query;
    query.completed = true;
    query.limit = 100;
    for (int page = 0; page < 1000 && !run.stop; ++page) {
        const ApiRequest request = ghlreq::searchTasks(run.in.settings.locationId, query);
        const ApiResult r = m_engine.sendAndWait(request);
        run.count(request, false);
        const auto tasks = api::ghl::parseTaskSearchResponse(r);
        if (!tasks.ok()) {
            run.summary.recordErrors.append(tr("HighLevel tasks: %1").arg(errorText(r)));
            return;
        }
        for (const api::ghl::Task& t : *tasks) {
            if (!run.byHighLevel.contains(t.contactId)) {
                continue;
            }
            seen.append(QJsonObject{{u"id"_s, t.id}, {u"contactId"_s, t.contactId}, {u"title"_s, t.title},
                                    {u"body"_s, t.body}, {u"assignedTo"_s, t.assignedTo},
                                    {u"dueDate"_s, toIso(t.dueDate)}, {u"completed"_s, t.completed},
                                    {u"ours"_s, ours.contains(t.id)}});
        }
        if (tasks->size() < query.limit) {
            break;
        }
        query.skip += query.limit;
    }
    for (const QJsonObject& t : std::as_const(seen)) {
        const QString id = t.value(u"id"_s).toString();
        const bool wasCompleted = known.value(id, false);
        if (t.value(u"completed"_s).toBool() && !wasCompleted && !firstRead) {
            run.hlTasksNew.insert(id, t);
        }
    }
    if (run.dryRun) {
        return;
    }
    m_ledger.transaction([&] {
        QSqlQuery up(db);
        up.prepare(u"INSERT INTO extras_hl_tasks (task_id, contact_id, title, body, assigned_to, due_date, completed, "
                   u"seen_at, rules_state, checkin_state) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(task_id) DO UPDATE "
                   u"SET title = excluded.title, body = excluded.body, completed = excluded.completed, "
                   u"seen_at = excluded.seen_at"_s);
        for (const QJsonObject& t : std::as_const(seen)) {
            const QString id = t.value(u"id"_s).toString();
            const bool history = firstRead || known.value(id, false);
            up.addBindValue(id);
            up.addBindValue(t.value(u"contactId"_s).toString());
            up.addBindValue(t.value(u"title"_s).toString());
            up.addBindValue(t.value(u"body"_s).toString());
            up.addBindValue(t.value(u"assignedTo"_s).toString());
            up.addBindValue(t.value(u"dueDate"_s).toString());
            up.addBindValue(t.value(u"completed"_s).toBool() ? 1 : 0);
            up.addBindValue(isoNow());
            // Completed before Fieldbridge first looked: history, no rule fires for it.
            up.addBindValue(history ? QVariant(u"done"_s) : QVariant());
            up.addBindValue(history || t.value(u"ours"_s).toBool() ? QVariant(u"skipped"_s) : QVariant());
            if (!up.exec()) {
                return false;
            }
        }
        return m_ledger.setCursor(u"extras.highlevel.tasksReadAt"_s, isoNow());
    });
    // Completed tasks whose rules or check-in are still to do (an earlier run stopped before them).
    QSqlQuery q(db);
    q.exec(u"SELECT task_id, contact_id, title, body, checkin_state FROM extras_hl_tasks WHERE completed = 1 AND "
           u"(rules_state IS NULL OR checkin_state IS NULL OR checkin_state IN ('sent','unknown','failed'))"_s);
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!run.hlTasksNew.contains(id)) {
            run.hlTasksNew.insert(id, QJsonObject{{u"id"_s, id}, {u"contactId"_s, q.value(1).toString()},
                                                  {u"title"_s, q.value(2).toString()}, {u"body"_s, q.value(3).toString()},
                                                  {u"completed"_s, true}});
        }
    }
}

// ---- reconciling unknown outcomes -------------------------------------------------------------------------------

void ExtrasSync::reconcile(Run& run)
{
    QSqlDatabase& db = m_ledger.database().connection();
    // Notes and tasks whose create went out without a known answer: look for their marker line on the contact.
    QHash<QString, QStringList> noteRows; // contact id -> check-in ids
    for (const CheckInRow& row : std::as_const(run.checkIns)) {
        if ((row.noteState == u"sent"_s || row.noteState == u"unknown"_s) && run.byBadger.contains(row.accountId)) {
            noteRows[run.byBadger.value(row.accountId).highLevelId].append(row.id);
        }
    }
    QHash<QString, QList<qsizetype>> taskRows; // contact id -> indexes into run.tasks
    for (qsizetype i = 0; i < run.tasks.size(); ++i) {
        if (run.tasks.at(i).state == u"sent"_s || run.tasks.at(i).state == u"unknown"_s) {
            taskRows[run.tasks.at(i).contactId].append(i);
        }
    }
    if (!noteRows.isEmpty()) {
        const QStringList contacts = noteRows.keys();
        QList<ApiRequest> requests;
        for (const QString& c : contacts) {
            requests.append(ghlreq::listNotes(c));
        }
        const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
        for (qsizetype i = 0; i < results.size(); ++i) {
            run.count(requests.at(i), false);
            const auto notes = api::ghl::parseNoteListResponse(results.at(i));
            if (!notes.ok()) {
                // Not knowable now: leave the rows as they are (never re-sent blind); next run asks again.
                for (const QString& id : noteRows.value(contacts.at(i))) {
                    run.checkIns[id].noteState = u"unknown"_s;
                }
                continue;
            }
            for (const QString& id : noteRows.value(contacts.at(i))) {
                QString found;
                for (const api::ghl::Note& n : *notes) {
                    if (hasLine(n.body, checkInMarker(id))) {
                        found = n.id;
                        break;
                    }
                }
                QSqlQuery q(db);
                q.prepare(u"UPDATE extras_checkins SET note_state = ?, note_id = ? WHERE id = ?"_s);
                q.addBindValue(found.isEmpty() ? QVariant() : QVariant(u"done"_s));
                q.addBindValue(found.isEmpty() ? QVariant() : QVariant(found));
                q.addBindValue(id);
                q.exec();
                run.checkIns[id].noteState = found.isEmpty() ? QString() : u"done"_s;
                run.checkIns[id].noteId = found;
                if (!found.isEmpty()) {
                    ++run.summary.notesCreated;
                    qCInfo(lcSync) << "extras: an interrupted note create had been applied; check-in" << id;
                }
            }
        }
    }
    if (!taskRows.isEmpty()) {
        const QStringList contacts = taskRows.keys();
        QList<ApiRequest> requests;
        for (const QString& c : contacts) {
            requests.append(ghlreq::listTasks(c));
        }
        const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
        for (qsizetype i = 0; i < results.size(); ++i) {
            run.count(requests.at(i), false);
            const auto tasks = api::ghl::parseTaskListResponse(results.at(i));
            for (const qsizetype index : taskRows.value(contacts.at(i))) {
                TaskRow& row = run.tasks[index];
                if (!tasks.ok()) {
                    row.state = u"unknown"_s;
                    continue;
                }
                QString found;
                bool completed = false;
                for (const api::ghl::Task& t : *tasks) {
                    if (hasLine(t.body, followUpMarker(row.checkInId, row.ruleId))) {
                        found = t.id;
                        completed = t.completed;
                        break;
                    }
                }
                row.taskId = found;
                row.state = found.isEmpty() ? u"failed"_s : completed ? u"completed"_s : u"open"_s;
                if (!found.isEmpty()) {
                    ++run.summary.tasksOpened;
                }
                QSqlQuery q(db);
                q.prepare(u"UPDATE extras_tasks SET state = ?, task_id = ?, updated_at = ? WHERE checkin_id = ? AND "
                          u"rule_id = ?"_s);
                q.addBindValue(row.state);
                q.addBindValue(found.isEmpty() ? QVariant() : QVariant(found));
                q.addBindValue(isoNow());
                q.addBindValue(row.checkInId);
                q.addBindValue(row.ruleId);
                q.exec();
            }
        }
    }
    // Check-ins made from notes and tasks: look for the marker in the account's check-ins.
    struct Pending
    {
        QString table;
        QString id;
        QString accountId;
        QString marker;
    };
    QList<Pending> pending;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT note_id, contact_id FROM extras_hl_notes WHERE state IN ('sent','unknown')"_s);
        while (q.next()) {
            const Link link = run.byHighLevel.value(q.value(1).toString());
            pending.append({u"extras_hl_notes"_s, q.value(0).toString(), link.badgerId, noteMarker(q.value(0).toString())});
        }
        q.exec(u"SELECT task_id, contact_id FROM extras_hl_tasks WHERE checkin_state IN ('sent','unknown')"_s);
        while (q.next()) {
            const Link link = run.byHighLevel.value(q.value(1).toString());
            pending.append({u"extras_hl_tasks"_s, q.value(0).toString(), link.badgerId, taskMarker(q.value(0).toString())});
        }
    }
    QHash<QString, QList<api::badger::CheckIn>> byAccount;
    for (const Pending& p : std::as_const(pending)) {
        if (p.accountId.isEmpty()) {
            continue;
        }
        if (!byAccount.contains(p.accountId)) {
            const ApiRequest request = bgreq::listCheckIns(p.accountId.toLongLong());
            const ApiResult r = m_engine.sendAndWait(request);
            run.count(request, false);
            const auto list = api::badger::parseCheckInList(r);
            if (!list.ok()) {
                continue;
            }
            byAccount.insert(p.accountId, *list);
        }
        QString found;
        for (const api::badger::CheckIn& c : byAccount.value(p.accountId)) {
            if (hasLine(c.comments, p.marker)) {
                found = QString::number(c.id);
                break;
            }
        }
        QSqlQuery q(db);
        if (p.table == u"extras_hl_notes"_s) {
            q.prepare(u"UPDATE extras_hl_notes SET state = ?, checkin_id = ? WHERE note_id = ?"_s);
        } else {
            q.prepare(u"UPDATE extras_hl_tasks SET checkin_state = ?, checkin_id = ? WHERE task_id = ?"_s);
        }
        // Not found: back to "to do" (notes: 'new'), so it is sent again.
        q.addBindValue(found.isEmpty() ? (p.table == u"extras_hl_notes"_s ? QVariant(u"new"_s) : QVariant())
                                       : QVariant(u"done"_s));
        q.addBindValue(found.isEmpty() ? QVariant() : QVariant(found));
        q.addBindValue(p.id);
        q.exec();
        if (!found.isEmpty()) {
            ++run.summary.checkInsCreated;
        }
    }
}

// ---- notes and follow-up tasks ----------------------------------------------------------------------------------

namespace {

TemplateContext contextFor(const CheckInRow& row, const Link& link)
{
    TemplateContext c;
    c.type = row.type;
    c.date = row.at;
    c.comments = row.comments;
    c.fields = checkInFields(row.extraFields);
    c.account = link.label;
    c.contact = link.label;
    c.checkInId = row.id;
    c.createdBy = row.createdBy;
    return c;
}

bool typeIn(const QString& type, const QStringList& types)
{
    const QString key = type.trimmed().toCaseFolded();
    return std::any_of(types.cbegin(), types.cend(), [&](const QString& t) { return t.trimmed().toCaseFolded() == key; });
}

} // namespace

void ExtrasSync::createNotesAndTasks(Run& run)
{
    QSqlDatabase& db = m_ledger.database().connection();
    QList<CheckInRow> rows = run.checkIns.values();
    std::sort(rows.begin(), rows.end(), [](const CheckInRow& a, const CheckInRow& b) {
        return a.at == b.at ? a.id.toLongLong() < b.id.toLongLong() : a.at < b.at;
    });
    QSet<QString> existingTasks;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT checkin_id || '|' || rule_id, state FROM extras_tasks"_s);
        while (q.next()) {
            if (q.value(1).toString() != u"failed"_s) {
                existingTasks.insert(q.value(0).toString());
            }
        }
    }
    struct Planned
    {
        enum class Kind { Note, Task } kind;
        QString checkInId;
        TaskRow task;
        ApiRequest request;
        QString record;
        QString detail;
    };
    QList<Planned> planned;
    for (const CheckInRow& row : std::as_const(rows)) {
        const auto linkIt = run.byBadger.constFind(row.accountId);
        if (linkIt == run.byBadger.constEnd() || linkIt->state != u"linked"_s || row.origin != u"badger"_s) {
            continue;
        }
        const Link& link = *linkIt;
        const TemplateContext context = contextFor(row, link);
        if (run.rules.checkInNotes && (row.noteState.isEmpty() || row.noteState == u"failed"_s)) {
            api::ghl::NoteInput note;
            note.body = renderTemplate(run.rules.noteTemplate, context, run.rules.dateFormat) + u"\n\n"_s
                + checkInMarker(row.id);
            planned.append({Planned::Kind::Note, row.id, {}, ghlreq::createNote(link.highLevelId, note), link.label,
                            tr("check-in #%1 (%2)").arg(row.id, row.type)});
        }
        if (!row.rulesState.isEmpty()) {
            continue;
        }
        for (const FollowUpRule& rule : std::as_const(run.rules.followUps)) {
            if (!typeIn(row.type, rule.checkInTypes) || existingTasks.contains(row.id + u"|"_s + rule.id)) {
                continue;
            }
            api::ghl::TaskInput task;
            task.title = renderTemplate(rule.title, context, run.rules.dateFormat).left(255);
            task.body = renderTemplate(rule.body, context, run.rules.dateFormat) + u"\n\n"_s
                + followUpMarker(row.id, rule.id);
            task.dueDate = (row.at.isValid() ? row.at : QDateTime::currentDateTimeUtc()).addDays(rule.dueDays);
            task.completed = false;
            QString assignee;
            if (rule.assignee == u"contact"_s) {
                const QJsonObject contact = run.in.highLevel.value(link.highLevelId);
                assignee = contact.value(u"assignedTo"_s).toString();
            } else if (rule.assignee.startsWith(u"badger:"_s)) {
                assignee = run.rules.highLevelUserFor(rule.assignee.mid(7));
            } else {
                assignee = rule.assignee;
            }
            if (!assignee.isEmpty()) {
                task.assignedTo = assignee;
            }
            TaskRow t{row.id, rule.id, row.accountId, link.highLevelId, {}, *task.title, u"sent"_s, row.at};
            planned.append({Planned::Kind::Task, row.id, t, ghlreq::createTask(link.highLevelId, task), link.label,
                            *task.title});
        }
    }
    if (planned.isEmpty()) {
        return;
    }
    if (run.dryRun) {
        for (const Planned& p : std::as_const(planned)) {
            if (p.kind == Planned::Kind::Note) {
                ++run.summary.notesCreated;
                run.plan(p.record, u"note"_s, {}, p.detail, u"note_to_highlevel"_s);
            } else {
                ++run.summary.tasksOpened;
                run.plan(p.record, u"task"_s, {}, p.detail, u"task_open"_s);
                run.tasks.append(p.task); // a done check-in in the same batch would complete it
            }
        }
        return;
    }
    for (qsizetype start = 0; start < planned.size() && !run.stop; start += Batch) {
        const QList<Planned> batch = planned.mid(start, Batch);
        // The journal: every create is marked sent before it goes out.
        const bool journaled = m_ledger.transaction([&] {
            for (const Planned& p : batch) {
                QSqlQuery q(db);
                if (p.kind == Planned::Kind::Note) {
                    q.prepare(u"UPDATE extras_checkins SET note_state = 'sent', note_error = NULL WHERE id = ?"_s);
                    q.addBindValue(p.checkInId);
                } else {
                    q.prepare(u"INSERT OR REPLACE INTO extras_tasks (checkin_id, rule_id, account_id, contact_id, "
                              u"title, state, opened_at, updated_at) VALUES (?,?,?,?,?,'sent',?,?)"_s);
                    q.addBindValue(p.task.checkInId);
                    q.addBindValue(p.task.ruleId);
                    q.addBindValue(p.task.accountId);
                    q.addBindValue(p.task.contactId);
                    q.addBindValue(p.task.title);
                    q.addBindValue(checkInTimeText(p.task.openedAt));
                    q.addBindValue(isoNow());
                }
                if (!q.exec()) {
                    return false;
                }
            }
            return true;
        });
        if (!journaled) {
            run.summary.recordErrors.append(tr("Could not record the planned notes: %1").arg(m_ledger.lastError()));
            run.budgetStop = true;
            return;
        }
        QList<ApiRequest> requests;
        for (const Planned& p : batch) {
            requests.append(p.request);
        }
        const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const Planned& p = batch.at(i);
            const ApiResult& r = results.at(i);
            run.count(p.request, true);
            if (!r.ok() && r.error == ErrorClass::BudgetExhausted) {
                run.summary.highLevelWrites -= 1; // refused locally, nothing was sent
            }
            QString newId;
            if (r.ok()) {
                if (p.kind == Planned::Kind::Note) {
                    const auto note = api::ghl::parseNoteResponse(r);
                    newId = note.ok() ? note->id : QString();
                } else {
                    const auto task = api::ghl::parseTaskResponse(r);
                    newId = task.ok() ? task->id : QString();
                }
            }
            const bool unknown = !r.ok() ? !definitelyNotApplied(r) : newId.isEmpty();
            const QString state = newId.isEmpty() ? (unknown ? u"unknown"_s : u"failed"_s) : QString();
            QSqlQuery q(db);
            if (p.kind == Planned::Kind::Note) {
                q.prepare(u"UPDATE extras_checkins SET note_state = ?, note_id = ?, note_error = ? WHERE id = ?"_s);
                q.addBindValue(state.isEmpty() ? u"done"_s : state);
                q.addBindValue(newId.isEmpty() ? QVariant() : QVariant(newId));
                q.addBindValue(r.ok() ? QVariant() : QVariant(errorText(r)));
                q.addBindValue(p.checkInId);
                run.checkIns[p.checkInId].noteState = state.isEmpty() ? u"done"_s : state;
            } else {
                q.prepare(u"UPDATE extras_tasks SET state = ?, task_id = ?, error = ?, updated_at = ? WHERE checkin_id = ? "
                          u"AND rule_id = ?"_s);
                q.addBindValue(state.isEmpty() ? u"open"_s : state);
                q.addBindValue(newId.isEmpty() ? QVariant() : QVariant(newId));
                q.addBindValue(r.ok() ? QVariant() : QVariant(errorText(r)));
                q.addBindValue(isoNow());
                q.addBindValue(p.task.checkInId);
                q.addBindValue(p.task.ruleId);
                if (state.isEmpty()) {
                    TaskRow t = p.task;
                    t.taskId = newId;
                    t.state = u"open"_s;
                    run.tasks.append(t);
                }
            }
            q.exec();
            if (!state.isEmpty()) {
                if (r.error == ErrorClass::BudgetExhausted) {
                    run.budgetStop = true;
                    run.summary.status = u"budget"_s;
                    run.summary.resumeAt = r.retryAt;
                } else {
                    run.summary.recordErrors.append(p.record + u": "_s + p.detail + u": "_s + errorText(r));
                }
                continue;
            }
            const bool note = p.kind == Planned::Kind::Note;
            (note ? run.summary.notesCreated : run.summary.tasksOpened) += 1;
            const qint64 linkId = run.byBadger.value(run.checkIns.value(p.checkInId).accountId).id;
            ActivityEntry a{run.summary.runId, now, note ? u"note"_s : u"task"_s, linkId, p.record,
                            note ? u"note"_s : u"task"_s, {}, p.detail, note ? u"note_to_highlevel"_s : u"task_open"_s};
            if (m_ledger.addActivity(a)) {
                Q_EMIT activityRecorded(a);
            }
            run.summary.changes.append({a.record, a.field, {}, a.newValue, a.direction});
        }
    }
}

void ExtrasSync::completeTasks(Run& run)
{
    if (run.rules.followUps.isEmpty()) {
        return;
    }
    QHash<QString, const FollowUpRule*> rules;
    for (const FollowUpRule& r : std::as_const(run.rules.followUps)) {
        rules.insert(r.id, &r);
    }
    // A done check-in completes the rule's open tasks on the same account opened at or before it.
    QList<qsizetype> toComplete;
    for (qsizetype i = 0; i < run.tasks.size(); ++i) {
        const TaskRow& t = run.tasks.at(i);
        const FollowUpRule* rule = rules.value(t.ruleId);
        if (!rule || t.state != u"open"_s) {
            continue;
        }
        for (const CheckInRow& row : std::as_const(run.checkIns)) {
            if (row.accountId == t.accountId && row.rulesState.isEmpty() && row.origin == u"badger"_s
                && typeIn(row.type, rule->doneTypes) && (!t.openedAt.isValid() || !row.at.isValid() || row.at >= t.openedAt)) {
                toComplete.append(i);
                break;
            }
        }
    }
    if (toComplete.isEmpty()) {
        return;
    }
    if (run.dryRun) {
        for (const qsizetype i : std::as_const(toComplete)) {
            ++run.summary.tasksClosed;
            run.plan(run.labelOf(run.tasks.at(i).accountId), u"task"_s, run.tasks.at(i).title, u"completed"_s,
                     u"task_complete"_s);
        }
        return;
    }
    QList<ApiRequest> requests;
    for (const qsizetype i : std::as_const(toComplete)) {
        const TaskRow& t = run.tasks.at(i);
        if (t.taskId.isEmpty()) {
            continue;
        }
        requests.append(ghlreq::setTaskCompleted(t.contactId, t.taskId, true));
    }
    const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
    QSqlDatabase& db = m_ledger.database().connection();
    qsizetype k = 0;
    for (const qsizetype i : std::as_const(toComplete)) {
        TaskRow& t = run.tasks[i];
        if (t.taskId.isEmpty()) {
            continue;
        }
        const ApiResult& r = results.at(k);
        run.count(requests.at(k), true);
        ++k;
        const QString label = run.labelOf(t.accountId);
        if (!r.ok()) {
            run.summary.recordErrors.append(tr("%1: completing the task \"%2\": %3").arg(label, t.title, errorText(r)));
            run.completionFailed.insert(t.accountId); // keeps the done check-in open for the next run
            continue;
        }
        t.state = u"completed"_s;
        ++run.summary.tasksClosed;
        QSqlQuery q(db);
        q.prepare(u"UPDATE extras_tasks SET state = 'completed', updated_at = ? WHERE checkin_id = ? AND rule_id = ?"_s);
        q.addBindValue(isoNow());
        q.addBindValue(t.checkInId);
        q.addBindValue(t.ruleId);
        q.exec();
        ActivityEntry a{run.summary.runId, QDateTime::currentDateTimeUtc(), u"task"_s, run.byBadger.value(t.accountId).id,
                        label, u"task"_s, t.title, u"completed"_s, u"task_complete"_s};
        if (m_ledger.addActivity(a)) {
            Q_EMIT activityRecorded(a);
        }
        run.summary.changes.append({label, u"task"_s, t.title, u"completed"_s, u"task_complete"_s});
    }
}

// ---- tags -------------------------------------------------------------------------------------------------------

void ExtrasSync::syncTags(Run& run)
{
    QSqlDatabase& db = m_ledger.database().connection();
    const QString field = run.rules.tagField;

    // Outcomes of check-ins and completed tasks, per link, oldest first.
    QList<CheckInRow> rows = run.checkIns.values();
    std::sort(rows.begin(), rows.end(), [](const CheckInRow& a, const CheckInRow& b) {
        return a.at == b.at ? a.id.toLongLong() < b.id.toLongLong() : a.at < b.at;
    });
    auto applyOutcome = [&](qint64 linkId, const OutcomeRule& rule, const QString& source) {
        QStringList& add = run.outcomeAdd[linkId];
        QStringList& remove = run.outcomeRemove[linkId];
        for (const QString& t : rule.addTags) {
            remove.removeIf([&](const QString& x) { return tagKey(x) == tagKey(t); });
            add.append(t);
        }
        for (const QString& t : rule.removeTags) {
            add.removeIf([&](const QString& x) { return tagKey(x) == tagKey(t); });
            remove.append(t);
        }
        run.outcomeSources[linkId].append(source);
    };
    for (const CheckInRow& row : std::as_const(rows)) {
        if (!row.rulesState.isEmpty() || row.origin != u"badger"_s || !run.byBadger.contains(row.accountId)) {
            continue;
        }
        for (const OutcomeRule& rule : std::as_const(run.rules.outcomes)) {
            if (typeIn(row.type, rule.checkInTypes)) {
                applyOutcome(run.byBadger.value(row.accountId).id, rule, u"checkin:"_s + row.id);
            }
        }
    }
    for (const QJsonObject& t : std::as_const(run.hlTasksNew)) {
        const QString contact = t.value(u"contactId"_s).toString();
        if (!run.byHighLevel.contains(contact)) {
            continue;
        }
        for (const OutcomeRule& rule : std::as_const(run.rules.outcomes)) {
            if (rule.taskCompleted
                && (rule.titleContains.isEmpty()
                    || t.value(u"title"_s).toString().contains(rule.titleContains, Qt::CaseInsensitive))) {
                applyOutcome(run.byHighLevel.value(contact).id, rule, u"task:"_s + t.value(u"id"_s).toString());
            }
        }
    }

    // Stored state per link.
    QHash<qint64, TagState> states;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT link_id, base, highlevel, badger, routed FROM extras_tag_state"_s);
        while (q.next()) {
            TagState s;
            s.known = true;
            s.base = fromJsonText(q.value(1).toString());
            s.highLevel = fromJsonText(q.value(2).toString());
            s.badger = fromJsonText(q.value(3).toString());
            s.routed = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            states.insert(q.value(0).toLongLong(), s);
        }
    }

    // Which links to look at: a side read this run, an outcome, or never seen. Sides not read and not stored are
    // read now (a pair linked by a create this run).
    QList<Link> work;
    QStringList needContacts;
    QStringList needAccounts;
    for (const Link& link : std::as_const(run.byBadger)) {
        if (link.state != u"linked"_s) {
            continue;
        }
        const TagState s = states.value(link.id);
        const bool hlRead = run.in.highLevel.contains(link.highLevelId);
        const bool bgRead = run.in.badger.contains(link.badgerId);
        const bool outcome = run.outcomeSources.contains(link.id);
        if (!hlRead && !bgRead && !outcome && s.known) {
            continue;
        }
        if (!run.rules.tags && !outcome && !s.known && !hlRead) {
            // Without the field sync only outcomes change tags; links without one need no read.
            continue;
        }
        work.append(link);
        if (!hlRead && !s.known) {
            needContacts.append(link.highLevelId);
        }
        if (run.rules.tags && !bgRead && !s.known) {
            needAccounts.append(link.badgerId);
        }
    }
    auto fetch = [&](const QStringList& ids, bool highLevel) {
        for (qsizetype start = 0; start < ids.size() && !run.stop; start += Batch) {
            const QStringList chunk = ids.mid(start, Batch);
            QList<ApiRequest> requests;
            for (const QString& id : chunk) {
                requests.append(highLevel ? ghlreq::getContact(id) : bgreq::getAccount(id.toLongLong()));
            }
            const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
            for (qsizetype i = 0; i < results.size(); ++i) {
                run.count(requests.at(i), false);
                if (!results.at(i).ok()) {
                    continue;
                }
                const QJsonObject o = results.at(i).json.toObject();
                if (highLevel) {
                    run.contactsRead.insert(chunk.at(i), o.contains(u"contact"_s) ? o.value(u"contact"_s).toObject() : o);
                } else {
                    run.accountsRead.insert(chunk.at(i), o);
                }
            }
        }
    };
    fetch(needContacts, true);
    fetch(needAccounts, false);

    struct LinkPlan
    {
        Link link;
        TagMerge merge;
        TagState state;
        QString badgerText;
        QString oldBadgerText;
    };
    QList<LinkPlan> plans;
    for (const Link& link : std::as_const(work)) {
        TagState s = states.value(link.id);
        QStringList hl;
        bool haveHl = true;
        if (run.in.highLevel.contains(link.highLevelId) || run.contactsRead.contains(link.highLevelId)) {
            const QJsonObject c = run.in.highLevel.contains(link.highLevelId) ? run.in.highLevel.value(link.highLevelId)
                                                                              : run.contactsRead.value(link.highLevelId);
            for (const QJsonValue& v : c.value(u"tags"_s).toArray()) {
                hl.append(v.toString());
            }
        } else if (s.known) {
            hl = s.highLevel;
        } else {
            haveHl = false;
        }
        QStringList bg;
        QString oldText;
        bool haveBg = true;
        if (run.rules.tags) {
            if (run.in.badger.contains(link.badgerId) || run.accountsRead.contains(link.badgerId)) {
                const QJsonObject a = run.in.badger.contains(link.badgerId) ? run.in.badger.value(link.badgerId)
                                                                            : run.accountsRead.value(link.badgerId);
                oldText = canonicalText(a.value(field));
                bg = parseTagField(oldText);
            } else if (s.known) {
                bg = s.badger;
                oldText = formatTagField(bg);
            } else {
                haveBg = false;
            }
        }
        if (!haveHl || !haveBg) {
            run.tagWriteFailed.insert(link.id);
            continue;
        }
        QStringList base = s.known ? s.base : QStringList();
        if (!run.rules.tags) {
            // Outcomes only: HighLevel is the one set; the base is HighLevel's own.
            base = hl;
            bg = hl;
        } else if (!s.known) {
            // First look at this pair: nothing was agreed yet, so the union is kept (no side's tag is lost).
            base = {};
        }
        LinkPlan p;
        p.link = link;
        p.state = s;
        p.merge = mergeTags(base, hl, bg, run.outcomeAdd.value(link.id), run.outcomeRemove.value(link.id));
        p.badgerText = formatTagField(p.merge.result);
        p.oldBadgerText = oldText;
        if (!run.rules.tags) {
            p.merge.badgerChanged = false;
        }
        run.finalTags.insert(link.id, p.merge.result);
        plans.append(p);
    }

    // HighLevel writes, batched: a tag that many contacts gain (or lose) goes in bulk calls.
    QHash<QString, QStringList> addByTag;    // tag key -> contact ids
    QHash<QString, QStringList> removeByTag;
    QHash<QString, QString> spelling;
    for (const LinkPlan& p : std::as_const(plans)) {
        for (const QString& t : p.merge.addToHighLevel) {
            addByTag[tagKey(t)].append(p.link.highLevelId);
            spelling.insert(tagKey(t), t);
        }
        for (const QString& t : p.merge.removeFromHighLevel) {
            removeByTag[t].append(p.link.highLevelId); // exact spelling as HighLevel holds it
        }
    }
    struct TagCall
    {
        ApiRequest request;
        QStringList contacts;
        QStringList tags;
        bool add = true;
        bool bulk = false;
    };
    QList<TagCall> calls;
    QHash<QString, QStringList> singleAdd;
    QHash<QString, QStringList> singleRemove;
    const int threshold = std::max(1, run.rules.bulkThreshold);
    for (auto it = addByTag.constBegin(); it != addByTag.constEnd(); ++it) {
        if (it->size() >= threshold) {
            for (qsizetype s = 0; s < it->size(); s += BulkChunk) {
                const QStringList chunk = it->mid(s, BulkChunk);
                calls.append({ghlreq::bulkTags(run.in.settings.locationId, api::ghl::BulkTagAction::Add, chunk,
                                               {spelling.value(it.key())}),
                              chunk, {spelling.value(it.key())}, true, true});
            }
        } else {
            for (const QString& c : *it) {
                singleAdd[c].append(spelling.value(it.key()));
            }
        }
    }
    for (auto it = removeByTag.constBegin(); it != removeByTag.constEnd(); ++it) {
        if (it->size() >= threshold) {
            for (qsizetype s = 0; s < it->size(); s += BulkChunk) {
                const QStringList chunk = it->mid(s, BulkChunk);
                calls.append({ghlreq::bulkTags(run.in.settings.locationId, api::ghl::BulkTagAction::Remove, chunk,
                                               {it.key()}),
                              chunk, {it.key()}, false, true});
            }
        } else {
            for (const QString& c : *it) {
                singleRemove[c].append(it.key());
            }
        }
    }
    for (auto it = singleAdd.constBegin(); it != singleAdd.constEnd(); ++it) {
        calls.append({ghlreq::addTags(it.key(), *it), {it.key()}, *it, true, false});
    }
    for (auto it = singleRemove.constBegin(); it != singleRemove.constEnd(); ++it) {
        calls.append({ghlreq::removeTags(it.key(), *it), {it.key()}, *it, false, false});
    }
    // Badger writes: the tag field, rewritten whole (a PATCH of one key).
    QList<qsizetype> badgerPlans;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        if (plans.at(i).merge.badgerChanged) {
            badgerPlans.append(i);
        }
    }

    for (const LinkPlan& p : std::as_const(plans)) {
        run.summary.tagsAdded += int(p.merge.addToHighLevel.size());
        run.summary.tagsRemoved += int(p.merge.removeFromHighLevel.size());
        if (run.dryRun) {
            for (const QString& t : p.merge.addToHighLevel) {
                run.plan(p.link.label, u"tags"_s, {}, t, u"tag_add"_s);
            }
            for (const QString& t : p.merge.removeFromHighLevel) {
                run.plan(p.link.label, u"tags"_s, t, {}, u"tag_remove"_s);
            }
            if (p.merge.badgerChanged) {
                run.plan(p.link.label, field, p.oldBadgerText, p.badgerText, u"to_badger"_s);
            }
        }
    }
    if (run.dryRun) {
        return;
    }

    QList<ApiRequest> requests;
    for (const TagCall& c : std::as_const(calls)) {
        requests.append(c.request);
    }
    for (const qsizetype i : std::as_const(badgerPlans)) {
        api::badger::AccountPatch patch;
        patch.customFields.insert(field, plans.at(i).badgerText);
        requests.append(bgreq::updateAccount(plans.at(i).link.badgerId.toLongLong(), patch));
    }
    QHash<QString, qint64> linkOfContact;
    for (const LinkPlan& p : std::as_const(plans)) {
        linkOfContact.insert(p.link.highLevelId, p.link.id);
    }
    const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const ApiResult& r = results.at(i);
        run.count(requests.at(i), true);
        const TagCall& c = calls.at(i);
        if (!r.ok()) {
            for (const QString& contact : c.contacts) {
                run.tagWriteFailed.insert(linkOfContact.value(contact));
            }
            run.summary.recordErrors.append(tr("Tags %1 on %n contact(s): %2", nullptr, int(c.contacts.size()))
                                                .arg(c.tags.join(u", "_s), errorText(r)));
            continue;
        }
        if (c.bulk) {
            const auto outcome = api::ghl::parseBulkTagsResponse(r);
            if (outcome.ok()) {
                for (const api::ghl::BulkTagItem& item : outcome->responses) {
                    if (!item.success) {
                        run.tagWriteFailed.insert(linkOfContact.value(item.contactId));
                        run.summary.recordErrors.append(tr("Tags on contact %1: %2").arg(item.contactId, item.message));
                    }
                }
            }
        }
    }
    for (qsizetype k = 0; k < badgerPlans.size(); ++k) {
        const qsizetype index = calls.size() + k;
        run.count(requests.at(index), true);
        if (!results.at(index).ok()) {
            run.tagWriteFailed.insert(plans.at(badgerPlans.at(k)).link.id);
            run.summary.recordErrors.append(tr("%1: the tag field: %2")
                                                .arg(plans.at(badgerPlans.at(k)).link.label, errorText(results.at(index))));
        }
    }

    // The new state per link: the merged set is now on both sides (unless a write failed: then the old state stays
    // and the next run merges again; every tag write is idempotent).
    m_ledger.transaction([&] {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO extras_tag_state (link_id, base, highlevel, badger, routed, updated_at) "
                  u"VALUES (?,?,?,?,?,?) ON CONFLICT(link_id) DO UPDATE SET base = excluded.base, "
                  u"highlevel = excluded.highlevel, badger = excluded.badger, updated_at = excluded.updated_at"_s);
        for (const LinkPlan& p : std::as_const(plans)) {
            if (run.tagWriteFailed.contains(p.link.id)) {
                continue;
            }
            q.addBindValue(p.link.id);
            q.addBindValue(toJsonText(p.merge.result));
            q.addBindValue(toJsonText(p.merge.result));
            q.addBindValue(toJsonText(p.merge.result));
            q.addBindValue(QString::fromUtf8(QJsonDocument(p.state.routed).toJson(QJsonDocument::Compact)));
            q.addBindValue(isoNow());
            if (!q.exec()) {
                return false;
            }
        }
        return true;
    });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const LinkPlan& p : std::as_const(plans)) {
        if (run.tagWriteFailed.contains(p.link.id)) {
            continue;
        }
        QList<ActivityEntry> entries;
        for (const QString& t : p.merge.addToHighLevel) {
            entries.append({run.summary.runId, now, Contact, p.link.id, p.link.label, u"tags"_s, {}, t, u"tag_add"_s});
        }
        for (const QString& t : p.merge.removeFromHighLevel) {
            entries.append({run.summary.runId, now, Contact, p.link.id, p.link.label, u"tags"_s, t, {}, u"tag_remove"_s});
        }
        if (p.merge.badgerChanged) {
            entries.append({run.summary.runId, now, Contact, p.link.id, p.link.label, field, p.oldBadgerText,
                            p.badgerText, u"to_badger"_s});
        }
        for (const ActivityEntry& a : std::as_const(entries)) {
            if (m_ledger.addActivity(a)) {
                Q_EMIT activityRecorded(a);
            }
            run.summary.changes.append({a.record, a.field, a.oldValue, a.newValue, a.direction});
        }
    }
}

// ---- routing ----------------------------------------------------------------------------------------------------

void ExtrasSync::route(Run& run)
{
    QSqlDatabase& db = m_ledger.database().connection();
    QHash<qint64, TagState> states;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT link_id, base, routed FROM extras_tag_state"_s);
        while (q.next()) {
            TagState s;
            s.known = true;
            s.base = fromJsonText(q.value(1).toString());
            s.routed = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            states.insert(q.value(0).toLongLong(), s);
        }
    }
    struct RoutePlan
    {
        Link link;
        const RoutingRule* rule;
        QJsonObject routed;
    };
    QList<RoutePlan> plans;
    QList<QPair<qint64, QJsonObject>> cleared; // routing entries whose tag went away (the next arrival routes again)
    for (const Link& link : std::as_const(run.byBadger)) {
        if (link.state != u"linked"_s || run.tagWriteFailed.contains(link.id)) {
            continue;
        }
        const TagState s = states.value(link.id);
        const QStringList tags = run.finalTags.contains(link.id) ? run.finalTags.value(link.id) : s.base;
        const QSet<QString> keys = tagKeys(tags);
        QJsonObject routed = s.routed;
        bool changed = false;
        for (const RoutingRule& rule : std::as_const(run.rules.routing)) {
            if (!keys.contains(tagKey(rule.tag)) && routed.contains(rule.id)) {
                routed.remove(rule.id);
                changed = true;
            }
        }
        const RoutingRule* match = nullptr;
        for (const RoutingRule& rule : std::as_const(run.rules.routing)) {
            if (keys.contains(tagKey(rule.tag))) {
                match = &rule;
                break;
            }
        }
        if (match && routed.value(match->id).toString() != match->badgerUser) {
            plans.append({link, match, routed});
        } else if (changed && !run.dryRun) {
            cleared.append({link.id, routed});
        }
    }
    auto storeRouted = [&](qint64 linkId, const QJsonObject& routed) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO extras_tag_state (link_id, base, highlevel, badger, routed, updated_at) "
                  u"VALUES (?, '[]', '[]', '[]', ?, ?) ON CONFLICT(link_id) DO UPDATE SET routed = excluded.routed, "
                  u"updated_at = excluded.updated_at"_s);
        q.addBindValue(linkId);
        q.addBindValue(QString::fromUtf8(QJsonDocument(routed).toJson(QJsonDocument::Compact)));
        q.addBindValue(isoNow());
        return q.exec();
    };
    for (const auto& [linkId, routed] : std::as_const(cleared)) {
        storeRouted(linkId, routed);
    }
    if (plans.isEmpty()) {
        return;
    }
    QList<ApiRequest> requests;
    QList<qsizetype> owner; // request -> plan index
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const RoutePlan& p = plans.at(i);
        const QString hlUser = run.rules.highLevelUserFor(p.rule->badgerUser);
        if (p.rule->setHighLevel && !hlUser.isEmpty()) {
            const QJsonObject contact = run.in.highLevel.contains(p.link.highLevelId)
                ? run.in.highLevel.value(p.link.highLevelId)
                : run.contactsRead.value(p.link.highLevelId);
            if (contact.value(u"assignedTo"_s).toString() != hlUser || contact.isEmpty()) {
                api::ghl::ContactInput in;
                in.assignedTo = hlUser;
                requests.append(ghlreq::updateContact(p.link.highLevelId, in));
                owner.append(i);
            }
        }
        if (p.rule->setBadger) {
            const QJsonObject account = run.in.badger.value(p.link.badgerId);
            if (canonicalText(account.value(u"account_owner"_s)) != p.rule->badgerUser) {
                api::badger::AccountPatch patch;
                patch.accountOwner = p.rule->badgerUser.toLongLong();
                requests.append(bgreq::updateAccount(p.link.badgerId.toLongLong(), patch));
                owner.append(i);
            }
        }
        ++run.summary.ownersRouted;
        if (run.dryRun) {
            run.plan(p.link.label, u"owner"_s, {}, p.rule->badgerUser, u"route"_s);
        }
    }
    if (run.dryRun) {
        return;
    }
    const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
    QSet<qsizetype> failed;
    for (qsizetype k = 0; k < results.size(); ++k) {
        run.count(requests.at(k), true);
        if (!results.at(k).ok()) {
            failed.insert(owner.at(k));
            run.summary.recordErrors.append(tr("%1: routing to user %2: %3")
                                                .arg(plans.at(owner.at(k)).link.label, plans.at(owner.at(k)).rule->badgerUser,
                                                     errorText(results.at(k))));
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < plans.size(); ++i) {
        if (failed.contains(i)) {
            --run.summary.ownersRouted;
            continue;
        }
        RoutePlan p = plans.at(i);
        p.routed.insert(p.rule->id, p.rule->badgerUser);
        storeRouted(p.link.id, p.routed);
        ActivityEntry a{run.summary.runId, now, Contact, p.link.id, p.link.label, u"owner"_s, {}, p.rule->badgerUser,
                        u"route"_s};
        if (m_ledger.addActivity(a)) {
            Q_EMIT activityRecorded(a);
        }
        run.summary.changes.append({a.record, a.field, {}, a.newValue, a.direction});
    }
}

// ---- completed HighLevel tasks -> check-ins ---------------------------------------------------------------------

void ExtrasSync::tasksToCheckIns(Run& run)
{
    QSqlDatabase& db = m_ledger.database().connection();
    struct Plan
    {
        QString taskId;
        Link link;
        ApiRequest request;
        QString title;
    };
    QList<Plan> plans;
    for (const QJsonObject& t : std::as_const(run.hlTasksNew)) {
        const QString id = t.value(u"id"_s).toString();
        QSqlQuery q(db);
        q.prepare(u"SELECT checkin_state FROM extras_hl_tasks WHERE task_id = ?"_s);
        q.addBindValue(id);
        QString state;
        if (q.exec() && q.next()) {
            state = q.value(0).toString();
        }
        if (!(state.isEmpty() || state == u"failed"_s) && !run.dryRun) {
            continue;
        }
        if (run.dryRun && !state.isEmpty() && state != u"failed"_s) {
            continue;
        }
        const auto link = run.byHighLevel.constFind(t.value(u"contactId"_s).toString());
        if (link == run.byHighLevel.constEnd() || link->state != u"linked"_s) {
            continue;
        }
        TemplateContext c;
        c.title = t.value(u"title"_s).toString();
        c.body = t.value(u"body"_s).toString();
        c.contact = link->label;
        c.account = link->label;
        api::badger::CheckInInput in;
        in.customer = link->badgerId.toLongLong();
        in.type = run.rules.taskCheckInType;
        in.comments = renderTemplate(run.rules.taskCheckInComments, c, run.rules.dateFormat) + u"\n\n"_s + taskMarker(id);
        plans.append({id, *link, bgreq::createCheckIn(in), c.title});
    }
    if (plans.isEmpty()) {
        return;
    }
    if (run.dryRun) {
        for (const Plan& p : std::as_const(plans)) {
            ++run.summary.checkInsCreated;
            run.plan(p.link.label, u"check-in"_s, {}, p.title, u"checkin_to_badger"_s);
        }
        return;
    }
    for (const Plan& p : std::as_const(plans)) {
        QSqlQuery q(db);
        q.prepare(u"UPDATE extras_hl_tasks SET checkin_state = 'sent' WHERE task_id = ?"_s);
        q.addBindValue(p.taskId);
        q.exec();
    }
    QList<ApiRequest> requests;
    for (const Plan& p : std::as_const(plans)) {
        requests.append(p.request);
    }
    const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const ApiResult& r = results.at(i);
        run.count(requests.at(i), true);
        const auto created = api::badger::parseCheckIn(r);
        const QString state = created.ok() ? u"done"_s : (r.ok() || !definitelyNotApplied(r)) ? u"unknown"_s : u"failed"_s;
        QSqlQuery q(db);
        q.prepare(u"UPDATE extras_hl_tasks SET checkin_state = ?, checkin_id = ? WHERE task_id = ?"_s);
        q.addBindValue(state);
        q.addBindValue(created.ok() ? QVariant(QString::number(created->id)) : QVariant());
        q.addBindValue(plans.at(i).taskId);
        q.exec();
        if (created.ok()) {
            ++run.summary.checkInsCreated;
            QSqlQuery mark(db);
            mark.prepare(u"INSERT OR IGNORE INTO extras_checkins (id, account_id, type, comments, origin, origin_id, "
                         u"seen_at, note_state, rules_state) VALUES (?,?,?,?, 'highlevel_task', ?, ?, 'skipped', 'done')"_s);
            mark.addBindValue(QString::number(created->id));
            mark.addBindValue(plans.at(i).link.badgerId);
            mark.addBindValue(created->type);
            mark.addBindValue(created->comments);
            mark.addBindValue(plans.at(i).taskId);
            mark.addBindValue(isoNow());
            mark.exec();
            ActivityEntry a{run.summary.runId, QDateTime::currentDateTimeUtc(), u"task"_s, plans.at(i).link.id,
                            plans.at(i).link.label, u"check-in"_s, {}, plans.at(i).title, u"checkin_to_badger"_s};
            if (m_ledger.addActivity(a)) {
                Q_EMIT activityRecorded(a);
            }
        } else {
            run.summary.recordErrors.append(
                tr("%1: logging the completed task as a check-in: %2").arg(plans.at(i).link.label, errorText(r)));
        }
    }
}

// ---- HighLevel notes -> check-ins -------------------------------------------------------------------------------

void ExtrasSync::notesToCheckIns(Run& run)
{
    QSqlDatabase& db = m_ledger.database().connection();
    // Notes cannot be searched location-wide: one read per linked contact (HighLevel's note changes do not touch the
    // contact's dateUpdated, so changed contacts alone would miss them).
    QStringList contacts;
    for (const Link& link : std::as_const(run.byBadger)) {
        if (link.state == u"linked"_s) {
            contacts.append(link.highLevelId);
        }
    }
    struct Known
    {
        QString contact;
        QString hash;
        QString state;
    };
    QHash<QString, Known> known;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT note_id, contact_id, body_hash, state FROM extras_hl_notes"_s);
        while (q.next()) {
            known.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        }
    }
    QSet<QString> ourNotes;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT note_id FROM extras_checkins WHERE note_id IS NOT NULL"_s);
        while (q.next()) {
            ourNotes.insert(q.value(0).toString());
        }
    }
    // Only notes added after the option was turned on become check-ins: the rules' own "since", else the moment this
    // ledger first ran with the option on (kept as a cursor), so turning it on does not replay years of notes.
    QDateTime since = run.rules.notesSince;
    if (!since.isValid()) {
        since = fromIso(m_ledger.cursor(u"extras.notesToCheckIns.since"_s));
        if (!since.isValid()) {
            since = QDateTime::currentDateTimeUtc().addSecs(-5); // a little slack for clock skew
            if (!run.dryRun) {
                m_ledger.setCursor(u"extras.notesToCheckIns.since"_s, toIso(since));
            }
        }
    }
    struct Plan
    {
        QString noteId;
        QString contactId;
        QString hash;
        QString dateAdded;
        Link link;
        ApiRequest request;
    };
    QList<Plan> plans;
    struct Unrepresentable
    {
        QString noteId;
        QString message;
        QString newHash; // empty for a delete
    };
    QList<Unrepresentable> messages;
    QSet<QString> readContacts;
    QSet<QString> seenNotes;
    for (qsizetype start = 0; start < contacts.size() && !run.stop; start += Batch) {
        const QStringList chunk = contacts.mid(start, Batch);
        QList<ApiRequest> requests;
        for (const QString& c : chunk) {
            requests.append(ghlreq::listNotes(c));
        }
        const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
        for (qsizetype i = 0; i < results.size(); ++i) {
            run.count(requests.at(i), false);
            const auto notes = api::ghl::parseNoteListResponse(results.at(i));
            if (!notes.ok()) {
                continue;
            }
            readContacts.insert(chunk.at(i));
            const Link link = run.byHighLevel.value(chunk.at(i));
            for (const api::ghl::Note& n : *notes) {
                seenNotes.insert(n.id);
                if (ourNotes.contains(n.id) || n.body.contains(u"Badger check-in #"_s)) {
                    continue; // written by Fieldbridge from a check-in
                }
                const QString h = hash(n.body);
                const auto k = known.constFind(n.id);
                if (k != known.constEnd()) {
                    if (k->hash != h && (k->state == u"done"_s || k->state == u"unknown"_s || k->state == u"sent"_s)) {
                        messages.append({n.id,
                                         tr("The HighLevel note was edited; Badger check-ins cannot be edited "
                                            "through its API, so the edit cannot be represented in Badger."),
                                         h});
                    }
                    if (k->state != u"new"_s && k->state != u"failed"_s) {
                        continue;
                    }
                } else if (since.isValid() && n.dateAdded.isValid() && n.dateAdded < since) {
                    if (!run.dryRun) {
                        QSqlQuery q(db);
                        q.prepare(u"INSERT OR IGNORE INTO extras_hl_notes (note_id, contact_id, body_hash, date_added, "
                                  u"state) VALUES (?,?,?,?,'history')"_s);
                        q.addBindValue(n.id);
                        q.addBindValue(chunk.at(i));
                        q.addBindValue(h);
                        q.addBindValue(toIso(n.dateAdded));
                        q.exec();
                    }
                    continue;
                }
                api::badger::CheckInInput in;
                in.customer = link.badgerId.toLongLong();
                in.type = run.rules.noteCheckInType;
                in.comments = n.body + u"\n\n"_s + noteMarker(n.id);
                plans.append({n.id, chunk.at(i), h, toIso(n.dateAdded), link, bgreq::createCheckIn(in)});
            }
        }
    }
    // Deleted notes that had become check-ins: shown, never silently dropped.
    for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
        if (readContacts.contains(it->contact) && !seenNotes.contains(it.key()) && it->state == u"done"_s) {
            messages.append({it.key(),
                             tr("The HighLevel note was deleted; Badger check-ins cannot be deleted through its API, "
                                "so the delete cannot be represented in Badger."),
                             {}});
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Unrepresentable& m : std::as_const(messages)) {
        const Link link = run.byHighLevel.value(known.value(m.noteId).contact);
        run.summary.changes.append({link.label, u"note"_s, m.noteId, m.message, u"not_representable"_s});
        if (run.dryRun) {
            continue;
        }
        ActivityEntry a{run.summary.runId, now, u"note"_s, link.id, link.label, u"note"_s, m.noteId, m.message,
                        u"not_representable"_s};
        if (m_ledger.addActivity(a)) {
            Q_EMIT activityRecorded(a);
        }
        run.summary.recordErrors.append(link.label + u": "_s + m.message);
        // Shown once: an edit stores the new body's hash, a delete marks the row.
        QSqlQuery q(db);
        if (m.newHash.isEmpty()) {
            q.prepare(u"UPDATE extras_hl_notes SET state = 'deleted', message = ? WHERE note_id = ?"_s);
            q.addBindValue(m.message);
        } else {
            q.prepare(u"UPDATE extras_hl_notes SET body_hash = ?, message = ? WHERE note_id = ?"_s);
            q.addBindValue(m.newHash);
            q.addBindValue(m.message);
        }
        q.addBindValue(m.noteId);
        q.exec();
    }
    if (plans.isEmpty()) {
        return;
    }
    if (run.dryRun) {
        for (const Plan& p : std::as_const(plans)) {
            ++run.summary.checkInsCreated;
            run.plan(p.link.label, u"check-in"_s, {}, noteMarker(p.noteId), u"checkin_to_badger"_s);
        }
        return;
    }
    m_ledger.transaction([&] {
        for (const Plan& p : std::as_const(plans)) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO extras_hl_notes (note_id, contact_id, body_hash, date_added, state) VALUES "
                      u"(?,?,?,?,'sent') ON CONFLICT(note_id) DO UPDATE SET state = 'sent', body_hash = excluded.body_hash"_s);
            q.addBindValue(p.noteId);
            q.addBindValue(p.contactId);
            q.addBindValue(p.hash);
            q.addBindValue(p.dateAdded);
            if (!q.exec()) {
                return false;
            }
        }
        return true;
    });
    QList<ApiRequest> requests;
    for (const Plan& p : std::as_const(plans)) {
        requests.append(p.request);
    }
    const QList<ApiResult> results = m_engine.sendAll(requests, run.in.settings.maxInFlight);
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const ApiResult& r = results.at(i);
        run.count(requests.at(i), true);
        const auto created = api::badger::parseCheckIn(r);
        const QString state = created.ok() ? u"done"_s : (r.ok() || !definitelyNotApplied(r)) ? u"unknown"_s : u"failed"_s;
        QSqlQuery q(db);
        q.prepare(u"UPDATE extras_hl_notes SET state = ?, checkin_id = ?, message = ? WHERE note_id = ?"_s);
        q.addBindValue(state);
        q.addBindValue(created.ok() ? QVariant(QString::number(created->id)) : QVariant());
        q.addBindValue(created.ok() ? QVariant() : QVariant(errorText(r)));
        q.addBindValue(plans.at(i).noteId);
        q.exec();
        if (!created.ok()) {
            run.summary.recordErrors.append(plans.at(i).link.label + u": note -> check-in: "_s + errorText(r));
            continue;
        }
        ++run.summary.checkInsCreated;
        QSqlQuery mark(db);
        mark.prepare(u"INSERT OR IGNORE INTO extras_checkins (id, account_id, type, comments, origin, origin_id, seen_at, "
                     u"note_state, rules_state) VALUES (?,?,?,?, 'highlevel_note', ?, ?, 'skipped', 'done')"_s);
        mark.addBindValue(QString::number(created->id));
        mark.addBindValue(plans.at(i).link.badgerId);
        mark.addBindValue(created->type);
        mark.addBindValue(created->comments);
        mark.addBindValue(plans.at(i).noteId);
        mark.addBindValue(isoNow());
        mark.exec();
        ActivityEntry a{run.summary.runId, QDateTime::currentDateTimeUtc(), u"note"_s, plans.at(i).link.id,
                        plans.at(i).link.label, u"check-in"_s, {}, noteMarker(plans.at(i).noteId), u"checkin_to_badger"_s};
        if (m_ledger.addActivity(a)) {
            Q_EMIT activityRecorded(a);
        }
    }
}

// ---- finishing --------------------------------------------------------------------------------------------------

void ExtrasSync::finishRules(Run& run)
{
    // A check-in's rules are done once its outcome tags reached both sides, its follow-up task is open (not just sent,
    // unknown or failed) and, for a done type, every earlier task of that rule on the account is settled and was
    // completed. Otherwise it stays open and the next run applies it again (all of it idempotent or journaled).
    QSqlDatabase& db = m_ledger.database().connection();
    struct TaskState
    {
        QString checkInId;
        QString ruleId;
        QString accountId;
        QString state;
        QDateTime openedAt;
    };
    QList<TaskState> tasks;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT checkin_id, rule_id, account_id, state, opened_at FROM extras_tasks"_s);
        while (q.next()) {
            tasks.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          fromIso(q.value(4).toString())});
        }
    }
    auto settled = [&](const CheckInRow& row) {
        for (const FollowUpRule& rule : std::as_const(run.rules.followUps)) {
            if (typeIn(row.type, rule.checkInTypes)) {
                const bool open = std::any_of(tasks.cbegin(), tasks.cend(), [&](const TaskState& t) {
                    return t.checkInId == row.id && t.ruleId == rule.id
                        && (t.state == u"open"_s || t.state == u"completed"_s);
                });
                if (!open) {
                    return false;
                }
            }
            if (typeIn(row.type, rule.doneTypes)) {
                if (run.completionFailed.contains(row.accountId)) {
                    return false;
                }
                const bool pending = std::any_of(tasks.cbegin(), tasks.cend(), [&](const TaskState& t) {
                    return t.accountId == row.accountId && t.ruleId == rule.id && t.state != u"open"_s
                        && t.state != u"completed"_s && (!t.openedAt.isValid() || !row.at.isValid() || t.openedAt <= row.at);
                });
                if (pending) {
                    return false;
                }
            }
        }
        return true;
    };
    m_ledger.transaction([&] {
        QSqlQuery q(db);
        q.prepare(u"UPDATE extras_checkins SET rules_state = 'done' WHERE id = ?"_s);
        for (const CheckInRow& row : std::as_const(run.checkIns)) {
            if (!row.rulesState.isEmpty() || !run.byBadger.contains(row.accountId)) {
                continue;
            }
            const qint64 linkId = run.byBadger.value(row.accountId).id;
            if (run.tagWriteFailed.contains(linkId) && run.outcomeSources.value(linkId).contains(u"checkin:"_s + row.id)) {
                continue;
            }
            if (!settled(row)) {
                continue;
            }
            q.addBindValue(row.id);
            if (!q.exec()) {
                return false;
            }
        }
        QSqlQuery t(db);
        t.prepare(u"UPDATE extras_hl_tasks SET rules_state = 'done' WHERE task_id = ?"_s);
        for (const QJsonObject& task : std::as_const(run.hlTasksNew)) {
            const qint64 linkId = run.byHighLevel.value(task.value(u"contactId"_s).toString()).id;
            if (run.tagWriteFailed.contains(linkId)) {
                continue;
            }
            t.addBindValue(task.value(u"id"_s).toString());
            if (!t.exec()) {
                return false;
            }
        }
        return true;
    });
}

// ---- preview ----------------------------------------------------------------------------------------------------

QList<PreviewItem> ExtrasSync::preview(Ledger& ledger, const RuleSet& rules, int lastCheckIns, int lastTasks)
{
    QList<PreviewItem> items;
    QSqlDatabase& db = ledger.database().connection();
    QHash<QString, Link> byBadger;
    QHash<QString, Link> byHighLevel;
    for (const Link& link : ledger.links(Contact)) {
        byBadger.insert(link.badgerId, link);
        byHighLevel.insert(link.highLevelId, link);
    }
    QHash<qint64, QStringList> tags;
    {
        QSqlQuery q(db);
        q.exec(u"SELECT link_id, base FROM extras_tag_state"_s);
        while (q.next()) {
            tags.insert(q.value(0).toLongLong(), fromJsonText(q.value(1).toString()));
        }
    }
    auto routingFor = [&](const QString& source, const Link& link, const QString& tag, const QString& ruleId) {
        for (const RoutingRule& r : rules.routing) {
            if (tagKey(r.tag) == tagKey(tag)) {
                items.append({source, link.label, u"route"_s,
                              tr("owner -> Badger user %1 / HighLevel user %2")
                                  .arg(r.badgerUser, rules.highLevelUserFor(r.badgerUser)),
                              r.id});
                Q_UNUSED(ruleId)
                break;
            }
        }
    };
    QSqlQuery q(db);
    q.prepare(u"SELECT id, account_id, type, log_datetime, comments, extra_fields, created_by, origin FROM extras_checkins "
              u"ORDER BY log_datetime DESC, CAST(id AS INTEGER) DESC LIMIT ?"_s);
    q.addBindValue(std::max(0, lastCheckIns));
    q.exec();
    while (q.next()) {
        CheckInRow row;
        row.id = q.value(0).toString();
        row.accountId = q.value(1).toString();
        row.type = q.value(2).toString();
        row.at = fromIso(q.value(3).toString());
        row.comments = q.value(4).toString();
        row.extraFields = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        row.createdBy = q.value(6).toString();
        row.origin = q.value(7).toString();
        const Link link = byBadger.value(row.accountId);
        const QString source = tr("check-in #%1 (%2, %3)").arg(row.id, row.type, row.at.toString(Qt::ISODate));
        if (row.origin != u"badger"_s) {
            continue; // made by Fieldbridge: no rule applies
        }
        const TemplateContext context = contextFor(row, link);
        if (rules.checkInNotes) {
            items.append({source, link.label, u"note"_s,
                          renderTemplate(rules.noteTemplate, context, rules.dateFormat) + u"\n\n"_s + checkInMarker(row.id),
                          {}});
        }
        for (const FollowUpRule& r : rules.followUps) {
            if (typeIn(row.type, r.checkInTypes)) {
                items.append({source, link.label, u"task_open"_s,
                              tr("%1 (due %2)")
                                  .arg(renderTemplate(r.title, context, rules.dateFormat),
                                       row.at.addDays(r.dueDays).toString(Qt::ISODate)),
                              r.id});
            }
            if (typeIn(row.type, r.doneTypes)) {
                items.append({source, link.label, u"task_complete"_s, tr("open tasks of rule %1").arg(r.id), r.id});
            }
        }
        const QSet<QString> current = tagKeys(tags.value(link.id));
        for (const OutcomeRule& r : rules.outcomes) {
            if (!typeIn(row.type, r.checkInTypes)) {
                continue;
            }
            for (const QString& t : r.addTags) {
                items.append({source, link.label, u"tag_add"_s,
                              current.contains(tagKey(t)) ? tr("%1 (already there)").arg(t) : t, r.id});
                routingFor(source, link, t, r.id);
            }
            for (const QString& t : r.removeTags) {
                items.append({source, link.label, u"tag_remove"_s,
                              current.contains(tagKey(t)) ? t : tr("%1 (not there)").arg(t), r.id});
            }
        }
    }
    QSqlQuery t(db);
    t.prepare(u"SELECT task_id, contact_id, title FROM extras_hl_tasks WHERE completed = 1 ORDER BY seen_at DESC LIMIT ?"_s);
    t.addBindValue(std::max(0, lastTasks));
    t.exec();
    while (t.next()) {
        const Link link = byHighLevel.value(t.value(1).toString());
        const QString title = t.value(2).toString();
        const QString source = tr("task %1 (%2, completed)").arg(t.value(0).toString(), title);
        for (const OutcomeRule& r : rules.outcomes) {
            if (!r.taskCompleted || (!r.titleContains.isEmpty() && !title.contains(r.titleContains, Qt::CaseInsensitive))) {
                continue;
            }
            for (const QString& tag : r.addTags) {
                items.append({source, link.label, u"tag_add"_s, tag, r.id});
                routingFor(source, link, tag, r.id);
            }
            for (const QString& tag : r.removeTags) {
                items.append({source, link.label, u"tag_remove"_s, tag, r.id});
            }
        }
        if (rules.taskCheckIns) {
            TemplateContext c;
            c.title = title;
            c.contact = link.label;
            c.account = link.label;
            items.append({source, link.label, u"check_in"_s,
                          rules.taskCheckInType + u": "_s + renderTemplate(rules.taskCheckInComments, c, rules.dateFormat),
                          {}});
        }
    }
    return items;
}

} // namespace fb::sync
