#include "SyncEngine.h"

#include "ExtrasSync.h"

#include "Matcher.h"
#include "Merge.h"
#include "RecordAdapter.h"
#include "api/BadgerParsers.h"
#include "api/BadgerRequests.h"
#include "api/HighLevelParsers.h"
#include "api/HighLevelRequests.h"
#include "api/RequestEngine.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fb::sync {

using api::ApiRequest;
using api::ApiResult;
using api::ErrorClass;
using api::Service;
namespace ghlreq = api::ghl::request;
namespace bgreq = api::badger::request;

namespace {

const QString Contact = u"contact"_s;
const QString HL = u"highlevel"_s;
const QString BG = u"badger"_s;
const QString HighLevelCursor = u"highlevel.contacts.dateUpdated"_s;
const QString HighLevelFullScan = u"highlevel.contacts.fullScanAt"_s;
constexpr int WriteBatch = 48;
constexpr int ReadBatch = 96;

// A run may hold tens of thousands of records (the daily listing of every HighLevel contact, a day's Badger budget of
// accounts) and one Badger account's notes alone run to 20,000 characters. Strings longer than this that nothing
// reads are dropped from a record as soon as it is parsed.
constexpr qsizetype LongValue = 256;

// The keys the engine, the matcher and the extras read from a record whatever the mapping says (HighLevel and Badger
// spellings): never dropped, however long.
const QSet<QString>& keysAlwaysRead()
{
    static const QSet<QString> keys{
        u"id"_s, u"firstName"_s, u"lastName"_s, u"companyName"_s, u"email"_s, u"phone"_s, u"address1"_s, u"city"_s,
        u"state"_s, u"postalCode"_s, u"country"_s, u"website"_s, u"source"_s, u"dateOfBirth"_s, u"assignedTo"_s,
        u"tags"_s, u"customFields"_s, u"dateUpdated"_s, u"dateAdded"_s, u"first_name"_s, u"last_name"_s,
        u"full_name"_s, u"phone_number"_s, u"account_owner"_s, u"locations"_s};
    return keys;
}

// Whether a key may be read this run: always-read keys, and any name the enabled mapping rows or the rules mention
// anywhere (field names, template placeholders, the tag field). A plain substring test: it may keep too much, never
// too little.
struct ReadKeys
{
    QString mentioned;
    bool isRead(const QString& key) const { return keysAlwaysRead().contains(key) || mentioned.contains(key); }
};

ReadKeys readKeysOf(const MappingDocument& mapping)
{
    MappingDocument enabled = mapping;
    enabled.fields.removeIf([](const FieldMapping& row) { return !row.enabled; });
    return {QString::fromUtf8(QJsonDocument(enabled.toJson()).toJson(QJsonDocument::Compact))};
}

bool isLong(const QJsonValue& v)
{
    return v.isString() && v.toString().size() > LongValue;
}

// The record without its long values nobody reads (top level, and HighLevel custom field entries). Rebuilt rather than
// edited: a QJsonObject keeps a removed string's bytes in its buffer. Returned as is when nothing is dropped.
QJsonObject withoutUnreadValues(const QJsonObject& record, const ReadKeys& read)
{
    bool drop = false;
    for (auto it = record.constBegin(); it != record.constEnd() && !drop; ++it) {
        drop = isLong(it.value()) && !read.isRead(it.key());
    }
    QJsonArray customFields;
    bool dropCustom = false;
    if (const QJsonValue cf = record.value(u"customFields"_s); cf.isArray()) {
        for (const QJsonValue& entry : cf.toArray()) {
            const QJsonObject o = entry.toObject();
            const QJsonValue value = o.contains(u"value"_s) ? o.value(u"value"_s) : o.value(u"field_value"_s);
            if (isLong(value) && !read.isRead(o.value(u"id"_s).toString())) {
                dropCustom = true;
            } else {
                customFields.append(entry);
            }
        }
    }
    if (!drop && !dropCustom) {
        return record;
    }
    QJsonObject slim;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        if (dropCustom && it.key() == u"customFields"_s) {
            slim.insert(it.key(), customFields);
        } else if (!isLong(it.value()) || read.isRead(it.key())) {
            slim.insert(it.key(), it.value());
        }
    }
    return slim;
}

QString highLevelLabel(const QJsonObject& c)
{
    QString name = joinName(c.value(u"firstName"_s).toString(), c.value(u"lastName"_s).toString(), u"first_last"_s);
    if (name.isEmpty()) {
        name = c.value(u"companyName"_s).toString();
    }
    if (name.isEmpty()) {
        name = c.value(u"email"_s).toString();
    }
    return name.isEmpty() ? c.value(u"id"_s).toString() : name;
}

QString badgerLabel(const QJsonObject& a)
{
    const QString full = a.value(u"full_name"_s).toString();
    if (!full.isEmpty()) {
        return full;
    }
    const QString name = joinName(a.value(u"first_name"_s).toString(), a.value(u"last_name"_s).toString(),
                                  u"first_last"_s);
    return name.isEmpty() ? canonicalText(a.value(u"id"_s)) : name;
}

// The contact object inside {contact: {...}}, a search item, or the upsert response.
QJsonObject contactObject(const ApiResult& r)
{
    const QJsonObject o = r.json.toObject();
    return o.contains(u"contact"_s) ? o.value(u"contact"_s).toObject() : o;
}

// The account inside Badger's create wrapper {customer, profile, location}, or a bare account.
QJsonObject accountObject(const ApiResult& r)
{
    const QJsonObject o = r.json.toObject();
    if (o.value(u"customer"_s).isObject()) {
        QJsonObject account = o.value(u"customer"_s).toObject();
        if (!account.contains(u"locations"_s) && o.value(u"location"_s).isObject()) {
            account.insert(u"locations"_s, QJsonArray{o.value(u"location"_s)});
        }
        return account;
    }
    return o;
}

QDateTime contactUpdatedAt(const QJsonObject& c)
{
    return fromIso(c.value(u"dateUpdated"_s).toString());
}

QString errorText(const ApiResult& r)
{
    QString text = r.message;
    if (text.isEmpty()) {
        text = api::toString(r.error);
    }
    if (r.status > 0) {
        text = u"HTTP %1: %2"_s.arg(r.status).arg(text);
    }
    return text;
}

// The values one side holds according to the merge bases (used when a side was not read this run).
FieldValues valuesFromBases(const MappingDocument& mapping, const QHash<QString, FieldBase>& bases, Side side)
{
    FieldValues v;
    for (const FieldMapping& row : mapping.fields) {
        const auto it = bases.constFind(row.id);
        if (it != bases.constEnd()) {
            v.insert(side == Side::HighLevel ? row.highLevelField : row.badgerField,
                     side == Side::HighLevel ? it->highLevel : it->badger);
        }
    }
    return v;
}

api::ghl::ContactInput contactInputFrom(const QJsonObject& body)
{
    api::ghl::ContactInput in;
    auto text = [&](const char* key) -> std::optional<QString> {
        const QString k = QString::fromLatin1(key);
        if (!body.contains(k)) {
            return std::nullopt;
        }
        const QJsonValue v = body.value(k);
        return v.isNull() ? QString() : v.toString();
    };
    in.firstName = text("firstName");
    in.lastName = text("lastName");
    in.email = text("email");
    in.phone = text("phone");
    in.address1 = text("address1");
    in.city = text("city");
    in.state = text("state");
    in.postalCode = text("postalCode");
    in.country = text("country");
    in.website = text("website");
    in.source = text("source");
    in.dateOfBirth = text("dateOfBirth");
    in.assignedTo = text("assignedTo");
    in.companyName = text("companyName");
    if (body.contains(u"customFields"_s)) {
        QList<api::ghl::CustomFieldWrite> writes;
        for (const QJsonValue& v : body.value(u"customFields"_s).toArray()) {
            const QJsonObject o = v.toObject();
            writes.append({o.value(u"id"_s).toString(), QString(), o.value(u"field_value"_s)});
        }
        in.customFields = writes;
    }
    return in;
}

void applyBadgerField(const QString& key, const QString& value, api::badger::AccountPatch& patch)
{
    if (key == u"first_name"_s) {
        patch.firstName = value;
    } else if (key == u"last_name"_s) {
        patch.lastName = value;
    } else if (key == u"phone_number"_s) {
        patch.phoneNumber = value;
    } else if (key == u"email"_s) {
        patch.email = value;
    } else if (key == u"notes"_s) {
        patch.notes = value;
    } else if (key == u"customer_id"_s) {
        patch.customerId = value;
    } else if (key == u"account_owner"_s) {
        bool ok = false;
        const qint64 owner = value.toLongLong(&ok);
        if (ok) {
            patch.accountOwner = owner;
        }
    } else if (key.startsWith(u"custom_"_s)) {
        patch.customFields.insert(key, value);
    } else {
        patch.otherFields.append({key, value});
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

QJsonObject RunSummary::toJson() const
{
    QJsonArray errors;
    for (const QString& e : recordErrors) {
        errors.append(e);
    }
    QJsonObject o{
        {u"runId"_s, runId},
        {u"dryRun"_s, dryRun},
        {u"status"_s, status},
        {u"calls"_s, QJsonObject{{u"highlevel"_s, highLevelCalls}, {u"badger"_s, badgerCalls}}},
        {u"writes"_s, QJsonObject{{u"highlevel"_s, highLevelWrites}, {u"badger"_s, badgerWrites}}},
        {u"linked"_s, linked},
        {u"unlinked"_s, unlinked},
        {u"updated"_s, QJsonObject{{u"highlevel"_s, updatedHighLevel}, {u"badger"_s, updatedBadger}}},
        {u"created"_s, QJsonObject{{u"highlevel"_s, createdHighLevel}, {u"badger"_s, createdBadger}}},
        {u"conflicts"_s, conflicts},
        {u"ambiguous"_s, ambiguous},
        {u"failedRecords"_s, failedRecords},
        {u"deferred"_s, deferred},
        {u"recordErrors"_s, errors},
        {u"extras"_s, QJsonObject{{u"notesCreated"_s, notesCreated}, {u"tasksOpened"_s, tasksOpened},
                                  {u"tasksClosed"_s, tasksClosed}, {u"tagsAdded"_s, tagsAdded},
                                  {u"tagsRemoved"_s, tagsRemoved}, {u"ownersRouted"_s, ownersRouted},
                                  {u"checkInsCreated"_s, checkInsCreated}}},
    };
    if (!error.isEmpty()) {
        o.insert(u"error"_s, error);
    }
    if (resumeAt.isValid()) {
        o.insert(u"resumeAt"_s, toIso(resumeAt));
    }
    if (!plan.isEmpty()) {
        o.insert(u"plan"_s, plan);
    }
    if (eta.isValid()) {
        o.insert(u"eta"_s, toIso(eta));
    }
    if (dryRun) {
        QJsonArray planned;
        for (const PlannedChange& c : changes) {
            planned.append(QJsonObject{{u"record"_s, c.record}, {u"field"_s, c.field}, {u"old"_s, c.oldValue},
                                       {u"new"_s, c.newValue}, {u"direction"_s, c.direction}});
        }
        o.insert(u"changes"_s, planned);
    }
    return o;
}

QJsonObject EntityCounts::toJson() const
{
    return {{u"linked"_s, linked}, {u"pending"_s, pending}, {u"failed"_s, failed}, {u"conflicts"_s, conflicts},
            {u"ambiguous"_s, ambiguous}};
}

// ---------------------------------------------------------------------------------------------------------------

namespace {
// A write waiting to be sent: its request, its journal entry, and what to record when it succeeds.
struct PendingWrite
{
    enum class Kind { HighLevelUpdate, HighLevelCreate, BadgerUpdate, BadgerLocation, BadgerCreate, HighLevelDelete,
                      BadgerDelete };
    Kind kind = Kind::HighLevelUpdate;
    qint64 linkId = 0;
    QString record;
    QString sourceId;               // creates: the record on the other side
    ApiRequest request;
    Intent intent;
    QHash<QString, QString> rows;   // mapping row id -> value written (target representation)
    FieldValues sourceValues;       // the other side's current values, for the new bases
    QHash<QString, QString> oldValues; // row id -> the target's value before the write (activity)
};
} // namespace

struct SyncEngine::Run
{
    RunSummary summary;
    bool dryRun = false;
    bool firstSync = false;
    QHash<QString, QJsonObject> hl; // read this run: HighLevel contact id -> contact
    QHash<QString, QJsonObject> bg; // read this run: Badger account id -> account
    QHash<QString, QString> bgListed; // id -> name from the list call
    QHash<QString, RemoteRecord> bgKnown;
    QSet<QString> hlGone;
    QSet<QString> bgGone;
    QSet<QString> deferredHl; // HighLevel contacts whose Badger side could not be read within the budget
    QDateTime maxDateUpdated;
    QDateTime minDeferredDateUpdated;
    QList<PendingWrite> writes;
    bool fatal = false;
    ReadKeys readKeys; // what withoutUnreadValues() keeps of the records read
    // HighLevel contacts whose pair did not settle this run (a merge error, a failed or deferred write): finish() gives
    // them no changedAt, so the ledger keeps the one of the last read that settled, and the daily listing reads them
    // again (and retries) rather than taking them for unchanged.
    QSet<QString> hlUnsettled;
};

SyncEngine::SyncEngine(Ledger& ledger, api::RequestEngine& engine, QObject* parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_engine(engine)
{
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::loadCatalog(QString* error)
{
    FieldCatalog catalog = FieldCatalog::standard();
    const QList<ApiResult> results = m_engine.sendAll(
        {ghlreq::listCustomFields(m_settings.locationId), bgreq::profile()}, 2);
    if (!results.at(0).ok()) {
        *error = tr("Could not read HighLevel's custom fields: %1").arg(errorText(results.at(0)));
        return false;
    }
    if (!results.at(1).ok()) {
        *error = tr("Could not read the Badger profile: %1").arg(errorText(results.at(1)));
        return false;
    }
    catalog.addHighLevelCustomFields(results.at(0).json.toObject().value(u"customFields"_s).toArray());
    const QJsonObject profile = results.at(1).json.toObject();
    catalog.addBadgerDatafields(profile.value(u"datafields"_s).toArray());
    if (profile.value(u"id"_s).isDouble()) {
        m_badgerUserId = static_cast<qint64>(profile.value(u"id"_s).toDouble());
    }
    m_catalog = catalog;
    m_catalogLoaded = true;
    return true;
}

EntityCounts SyncEngine::counts()
{
    EntityCounts c;
    c.linked = m_ledger.countLinks(Contact);
    c.pending = m_ledger.remoteIdsInState(HL, u"pending"_s).size() + m_ledger.remoteIdsInState(BG, u"pending"_s).size();
    c.failed = m_ledger.remoteIdsInState(HL, u"failed"_s).size() + m_ledger.remoteIdsInState(BG, u"failed"_s).size();
    c.ambiguous =
        m_ledger.remoteIdsInState(HL, u"ambiguous"_s).size() + m_ledger.remoteIdsInState(BG, u"ambiguous"_s).size();
    c.conflicts = m_ledger.countOpenConflicts();
    return c;
}

RunSummary SyncEngine::run(bool dryRun)
{
    m_stop = false;
    Run run;
    run.dryRun = dryRun;
    run.summary.dryRun = dryRun;
    run.summary.runId = m_ledger.startRun(dryRun ? u"dry-run"_s : u"sync"_s);
    run.firstSync = m_ledger.cursor(HighLevelCursor).isEmpty();

    if (!m_catalogLoaded) {
        QString error;
        if (!loadCatalog(&error)) {
            run.summary.status = u"failed"_s;
            run.summary.error = error;
            finish(run);
            return run.summary;
        }
    }
    const auto issues = m_mapping.validate(m_catalog);
    for (const MappingIssue& issue : issues) {
        if (issue.severity == MappingIssue::Severity::Error) {
            run.summary.status = u"failed"_s;
            run.summary.error = tr("The field mapping has an error: %1").arg(issue.message);
            finish(run);
            return run.summary;
        }
    }
    if (!m_mapping.options.contactsEnabled) {
        finish(run);
        return run.summary;
    }

    run.bgKnown = m_ledger.remotes(BG, Contact);
    run.readKeys = readKeysOf(m_mapping);

    if (fetchHighLevel(run) && !m_stop && fetchBadger(run) && !m_stop) {
        if (!dryRun) {
            reconcileIntents(run);
        }
        handleDeletes(run);
        mergeLinked(run);
        flushWrites(run);
        if (!run.fatal && !m_stop) {
            matchAndCreate(run);
            flushWrites(run);
        }
        if (!run.fatal && !m_stop) {
            runExtras(run);
        }
    }
    if (m_stop && run.summary.status == u"ok"_s) {
        run.summary.status = u"stopped"_s;
        run.summary.error = tr("The sync was stopped; it continues where it left off next time.");
    }
    finish(run);
    return run.summary;
}

// ---- reading ----------------------------------------------------------------------------------------------------

bool SyncEngine::fetchHighLevel(Run& run)
{
    Q_EMIT progressed(tr("Reading HighLevel changes"), 0, 0);
    const QDateTime cursor = fromIso(m_ledger.cursor(HighLevelCursor));
    const QDateTime lastFullScan = fromIso(m_ledger.cursor(HighLevelFullScan));
    const bool fullScan = run.firstSync || m_settings.fullRefresh || !lastFullScan.isValid()
        || lastFullScan.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600;

    api::ghl::SearchQuery query;
    query.pageLimit = std::clamp(m_settings.searchPageLimit, 1, api::ghl::SearchQuery::maxPageLimit);
    query.sort = QJsonArray{api::ghl::SearchQuery::sortBy(u"dateUpdated"_s, true)};
    if (!fullScan && cursor.isValid()) {
        query.filters = QJsonArray{api::ghl::SearchQuery::dateUpdatedBetween(
            cursor.addSecs(-m_settings.overlapSeconds), QDateTime())};
    }
    // The once-a-day listing (not the first sync, not a full refresh the user asked for) is there to tell deletes apart
    // (a linked id missing from it) and to catch what the incremental window missed. A linked contact not updated
    // since it was last read is no change: holding it would make its Badger side a mandatory read (the whole daily
    // Badger budget at 100,000 links) and keep every contact in memory.
    const bool dailyListing = fullScan && !run.firstSync && !m_settings.fullRefresh;
    QSet<QString> seen;
    QSet<QString> keysSeen; // of the items as listed, before withoutUnreadValues(): see the thin test below
    while (!m_stop) {
        const ApiResult r = m_engine.sendAndWait(ghlreq::searchContacts(m_settings.locationId, query));
        ++run.summary.highLevelCalls;
        const auto page = api::ghl::parseSearchResponse(r);
        if (!page.ok()) {
            run.summary.status = r.error == ErrorClass::BudgetExhausted ? u"budget"_s : u"failed"_s;
            run.summary.resumeAt = r.retryAt;
            run.summary.error = tr("Could not read HighLevel contacts: %1").arg(errorText(page.api));
            run.fatal = true;
            return false;
        }
        const QJsonArray items = r.json.toObject().value(u"contacts"_s).toArray();
        for (const QJsonValue& v : items) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(u"id"_s).toString();
            if (id.isEmpty() || seen.contains(id)) {
                continue;
            }
            seen.insert(id);
            for (auto k = c.constBegin(); k != c.constEnd(); ++k) {
                keysSeen.insert(k.key());
            }
            const QDateTime updated = contactUpdatedAt(c);
            if (dailyListing && updated.isValid()) {
                if (const auto known = m_ledger.remote(HL, id); known && known->state == u"linked"_s
                    && known->changedAt.isValid() && updated <= known->changedAt) {
                    continue; // unchanged since read; `seen` keeps it from counting as deleted
                }
            }
            run.hl.insert(id, withoutUnreadValues(c, run.readKeys));
            if (updated.isValid() && (!run.maxDateUpdated.isValid() || updated > run.maxDateUpdated)) {
                run.maxDateUpdated = updated;
            }
        }
        Q_EMIT progressed(tr("Reading HighLevel changes"), int(seen.size()), int(page->total));
        bool ceiling = false;
        const auto next = api::ghl::nextSearchQuery(query, *page, &ceiling);
        if (!next || items.isEmpty()) {
            if (ceiling) {
                run.summary.recordErrors.append(
                    tr("HighLevel: more than 10,000 contacts changed and the server gave no paging cursor; the rest "
                       "is read next run."));
            }
            break;
        }
        query = *next;
    }

    // Search results may be thinner than a contact read (UNCONFIRMED). A mapped key that no item carries means the
    // search leaves it out: re-read those contacts in full. (A key some items carry and others lack is just empty.)
    bool thin = false;
    for (const FieldMapping& row : m_mapping.fields) {
        const QString key = row.highLevelField.startsWith(u"customField:"_s) ? u"customFields"_s
            : row.highLevelField == u"fullName"_s                            ? u"firstName"_s
                                                                              : row.highLevelField;
        thin = thin || (row.enabled && row.highLevelField != u"tags"_s && !keysSeen.contains(key));
    }
    QStringList reread;
    if (thin) {
        reread = run.hl.keys();
    }
    // And retry records left pending, failed or ambiguous by an earlier run: asked of the ledger by state rather than
    // loading every HighLevel record it knows (100,000 of them in bench_sync --rss-records) for a few retries.
    for (const QString& state : {u"pending"_s, u"failed"_s, u"ambiguous"_s}) {
        for (const QString& id : m_ledger.remoteIdsInState(HL, state)) {
            if (!run.hl.contains(id)) {
                reread.append(id);
            }
        }
    }
    if (fullScan) {
        // Every contact was listed: a linked contact that is missing may have been deleted; confirm with a read.
        for (const Link& link : m_ledger.links(Contact)) {
            if (!link.highLevelId.isEmpty() && !seen.contains(link.highLevelId)) {
                reread.append(link.highLevelId);
            }
        }
    }
    for (qsizetype start = 0; start < reread.size() && !m_stop; start += ReadBatch) {
        const QStringList ids = reread.mid(start, ReadBatch);
        QList<ApiRequest> requests;
        for (const QString& id : ids) {
            requests.append(ghlreq::getContact(id));
        }
        const QList<ApiResult> results = m_engine.sendAll(requests, m_settings.maxInFlight);
        run.summary.highLevelCalls += int(results.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const ApiResult& r = results.at(i);
            if (r.status == 404 || (r.status == 400 && r.message.contains(u"not found"_s, Qt::CaseInsensitive))) {
                run.hlGone.insert(ids.at(i));
                run.hl.remove(ids.at(i));
            } else if (r.ok()) {
                run.hl.insert(ids.at(i), withoutUnreadValues(contactObject(r), run.readKeys));
            } else if (r.error == ErrorClass::BudgetExhausted) {
                run.summary.status = u"budget"_s;
                run.summary.resumeAt = r.retryAt;
                run.summary.error = tr("HighLevel's daily budget is used up.");
                run.fatal = true;
                return false;
            } else {
                run.hl.remove(ids.at(i)); // thin search item we could not complete: read it next run
                run.summary.recordErrors.append(tr("HighLevel contact %1: %2").arg(ids.at(i), errorText(r)));
            }
        }
    }
    if (fullScan && !run.dryRun) {
        m_ledger.setCursor(HighLevelFullScan, isoNow());
    }
    return true;
}

bool SyncEngine::fetchBadger(Run& run)
{
    Q_EMIT progressed(tr("Reading Badger accounts"), 0, 0);
    {
        const ApiResult list = m_engine.sendAndWait(bgreq::listAccounts());
        ++run.summary.badgerCalls;
        const auto summaries = api::badger::parseAccountList(list);
        if (!summaries.ok()) {
            run.summary.status = list.error == ErrorClass::BudgetExhausted ? u"budget"_s : u"failed"_s;
            run.summary.resumeAt = list.retryAt;
            run.summary.error = tr("Could not list Badger accounts: %1").arg(errorText(summaries.api));
            run.fatal = true;
            return false;
        }
        for (const auto& s : *summaries) {
            run.bgListed.insert(QString::number(s.id), joinName(s.firstName, s.lastName, u"first_last"_s));
        }
    } // the list's body, its JSON and the summaries are freed before the reads (tens of MB at 100,000 accounts)

    // What must be read, most important first.
    QStringList mandatory; // unread so far, retries, and the Badger side of HighLevel changes
    QSet<QString> queued;
    auto queue = [&](QStringList& into, const QString& id) {
        if (!queued.contains(id) && run.bgListed.contains(id)) {
            queued.insert(id);
            into.append(id);
        }
    };
    for (const RemoteRecord& r : std::as_const(run.bgKnown)) {
        if (r.state == u"pending"_s || r.state == u"failed"_s || r.state == u"ambiguous"_s) {
            queue(mandatory, r.remoteId);
        }
    }
    QStringList fresh;
    for (auto it = run.bgListed.constBegin(); it != run.bgListed.constEnd(); ++it) {
        const auto known = run.bgKnown.constFind(it.key());
        if (known == run.bgKnown.constEnd() || known->state == u"deleted"_s) {
            fresh.append(it.key());
        } else if (known->label != it.value()) {
            queue(mandatory, it.key()); // renamed
        }
    }
    std::sort(fresh.begin(), fresh.end(), [](const QString& a, const QString& b) { return a.toLongLong() < b.toLongLong(); });
    for (const QString& id : std::as_const(fresh)) {
        queue(mandatory, id);
    }
    QHash<QString, QString> hlForBadger; // badger id -> HighLevel contact that changed
    for (auto it = run.hl.constBegin(); it != run.hl.constEnd(); ++it) {
        if (const auto link = m_ledger.linkByHighLevel(Contact, it.key()); link && link->state == u"linked"_s) {
            hlForBadger.insert(link->badgerId, it.key());
            queue(mandatory, link->badgerId);
        }
    }

    // The budget: the daily Badger quota is shared with the rest of the team and counted locally.
    const api::BudgetState budget = m_engine.budgetState(Service::Badger);
    const bool unlimited = budget.dailyLimit <= 0;
    const qint64 available =
        unlimited ? std::numeric_limits<qint64>::max() : std::max<qint64>(0, budget.dailyRemaining - budget.writeReserve);
    QStringList toRead = mandatory;
    if (qint64(toRead.size()) > available) {
        const qsizetype dropped = toRead.size() - qsizetype(available);
        toRead = toRead.mid(0, qsizetype(available));
        run.summary.deferred += int(dropped);
        const double perDay = double(std::max<qint64>(1, budget.dailyLimit - budget.writeReserve));
        const int days = int(std::ceil(double(dropped) / perDay));
        run.summary.eta = budget.resetAt.isValid() ? budget.resetAt.addDays(days - 1) : QDateTime();
        run.summary.plan = tr("%1 Badger accounts are still to be read. Badger allows %2 requests a day for your "
                              "team, so this takes about %n more day(s); Fieldbridge continues automatically.",
                              nullptr, days)
                               .arg(dropped)
                               .arg(budget.dailyLimit);
        for (const QString& id : mandatory.mid(toRead.size())) {
            if (hlForBadger.contains(id)) {
                run.deferredHl.insert(hlForBadger.value(id));
            }
        }
    }
    // Then the stalest linked accounts, as many as the planner allows this run.
    if (qint64(toRead.size()) < available) {
        QList<RemoteRecord> linked;
        for (const RemoteRecord& r : std::as_const(run.bgKnown)) {
            if (r.state == u"linked"_s && !queued.contains(r.remoteId) && run.bgListed.contains(r.remoteId)) {
                linked.append(r);
            }
        }
        std::sort(linked.begin(), linked.end(),
                  [](const RemoteRecord& a, const RemoteRecord& b) { return a.fetchedAt < b.fetchedAt; });
        qint64 slice = 0;
        if (m_settings.fullRefresh || run.firstSync) {
            slice = linked.size();
        } else if (m_settings.badgerRefreshPerRun >= 0) {
            slice = m_settings.badgerRefreshPerRun;
        } else if (unlimited) {
            slice = linked.size();
        } else {
            const qint64 secondsLeft = std::max<qint64>(
                60, QDateTime::currentDateTimeUtc().secsTo(budget.resetAt.isValid() ? budget.resetAt
                                                                                   : QDateTime::currentDateTimeUtc().addDays(1)));
            const qint64 runsLeft = std::max<qint64>(1, secondsLeft / std::max(60, m_settings.syncIntervalSeconds));
            slice = (available - toRead.size()) / runsLeft;
        }
        slice = std::min<qint64>({slice, qint64(linked.size()), available - qint64(toRead.size())});
        for (qint64 i = 0; i < slice; ++i) {
            toRead.append(linked.at(i).remoteId);
        }
    }

    for (qsizetype start = 0; start < toRead.size() && !m_stop; start += ReadBatch) {
        const QStringList ids = toRead.mid(start, ReadBatch);
        QList<ApiRequest> requests;
        for (const QString& id : ids) {
            requests.append(bgreq::getAccount(id.toLongLong()));
        }
        const QList<ApiResult> results = m_engine.sendAll(requests, m_settings.maxInFlight);
        run.summary.badgerCalls += int(results.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const ApiResult& r = results.at(i);
            const QString& id = ids.at(i);
            if (r.status == 404) {
                run.bgGone.insert(id);
            } else if (r.ok() && r.json.isObject()) {
                run.bg.insert(id, withoutUnreadValues(r.json.toObject(), run.readKeys));
            } else if (r.error == ErrorClass::BudgetExhausted) {
                run.summary.status = u"budget"_s;
                run.summary.resumeAt = r.retryAt;
                run.summary.error = tr("Badger's daily budget is used up (%1).").arg(budget.exhaustedUntilText());
                if (hlForBadger.contains(id)) {
                    run.deferredHl.insert(hlForBadger.value(id));
                }
                ++run.summary.deferred;
            } else {
                run.summary.recordErrors.append(tr("Badger account %1: %2").arg(id, errorText(r)));
                if (hlForBadger.contains(id)) {
                    run.deferredHl.insert(hlForBadger.value(id));
                }
            }
        }
        Q_EMIT progressed(tr("Reading Badger accounts"), int(start + ids.size()), int(toRead.size()));
    }
    for (const QString& hlId : std::as_const(run.deferredHl)) {
        const QDateTime updated = contactUpdatedAt(run.hl.value(hlId));
        if (updated.isValid() && (!run.minDeferredDateUpdated.isValid() || updated < run.minDeferredDateUpdated)) {
            run.minDeferredDateUpdated = updated;
        }
        run.hl.remove(hlId); // merged next run, when its Badger side can be read
    }
    // Accounts we knew that are no longer listed: deleted, or reassigned to another user (the list only shows the
    // connected user's accounts). A read tells which; only a 404 unlinks.
    QStringList missing;
    for (const RemoteRecord& r : std::as_const(run.bgKnown)) {
        if (r.state != u"deleted"_s && !run.bgListed.contains(r.remoteId) && !run.bgGone.contains(r.remoteId)) {
            missing.append(r.remoteId);
        }
    }
    for (qsizetype start = 0; start < missing.size() && !m_stop; start += ReadBatch) {
        const QStringList ids = missing.mid(start, ReadBatch);
        QList<ApiRequest> requests;
        for (const QString& id : ids) {
            requests.append(bgreq::getAccount(id.toLongLong()));
        }
        const QList<ApiResult> results = m_engine.sendAll(requests, m_settings.maxInFlight);
        run.summary.badgerCalls += int(results.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            const ApiResult& r = results.at(i);
            if (r.status == 404) {
                run.bgGone.insert(ids.at(i));
            } else if (r.ok() && r.json.isObject()) {
                // still there, owned by someone else
                run.bg.insert(ids.at(i), withoutUnreadValues(r.json.toObject(), run.readKeys));
                run.bgListed.insert(ids.at(i), run.bgKnown.value(ids.at(i)).label);
            }
        }
    }
    return true;
}

// ---- deletes ----------------------------------------------------------------------------------------------------

void SyncEngine::handleDeletes(Run& run)
{
    auto unlink = [&](const Link& link, bool badgerSide) {
        const QString state = badgerSide ? u"badger_deleted"_s : u"ghl_deleted"_s;
        ++run.summary.unlinked;
        run.summary.changes.append({link.label, {}, {}, {}, u"unlink"_s});
        if (run.dryRun) {
            return;
        }
        m_ledger.transaction([&] {
            ActivityEntry a{run.summary.runId, QDateTime::currentDateTimeUtc(), Contact, link.id, link.label, {},
                            {}, badgerSide ? tr("deleted in Badger") : tr("deleted in HighLevel"), u"unlink"_s};
            const bool ok = m_ledger.setLinkState(link.id, state)
                && m_ledger.setRemoteState(badgerSide ? BG : HL, badgerSide ? link.badgerId : link.highLevelId,
                                           u"deleted"_s)
                && m_ledger.addActivity(a);
            if (ok) {
                Q_EMIT activityRecorded(a);
            }
            return ok;
        });
        if (!m_mapping.options.propagateDeletes) {
            return;
        }
        PendingWrite w;
        w.kind = badgerSide ? PendingWrite::Kind::HighLevelDelete : PendingWrite::Kind::BadgerDelete;
        w.linkId = link.id;
        w.record = link.label;
        w.request = badgerSide ? ghlreq::deleteContact(link.highLevelId) : bgreq::deleteAccount(link.badgerId.toLongLong());
        w.intent = {0, run.summary.runId, badgerSide ? HL : BG, w.request.operation, Contact, link.id,
                    badgerSide ? link.highLevelId : link.badgerId, {}, {}, {}, 0, {}, {}};
        run.writes.append(w);
    };
    for (const QString& id : std::as_const(run.bgGone)) {
        if (const auto link = m_ledger.linkByBadger(Contact, id); link && link->state == u"linked"_s) {
            unlink(*link, true);
        } else if (!run.dryRun) {
            m_ledger.setRemoteState(BG, id, u"deleted"_s);
        }
    }
    for (const QString& id : std::as_const(run.hlGone)) {
        if (const auto link = m_ledger.linkByHighLevel(Contact, id); link && link->state == u"linked"_s) {
            unlink(*link, false);
        } else if (!run.dryRun) {
            m_ledger.setRemoteState(HL, id, u"deleted"_s);
        }
    }
}

// ---- merging linked pairs ---------------------------------------------------------------------------------------

void SyncEngine::mergeLinked(Run& run)
{
    Q_EMIT progressed(tr("Comparing linked records"), 0, 0);
    // Pairs with fresh data on at least one side. A HighLevel change is only merged when its Badger side was read.
    QList<Link> pairs;
    QSet<qint64> seen;
    for (auto it = run.bg.constBegin(); it != run.bg.constEnd(); ++it) {
        if (const auto link = m_ledger.linkByBadger(Contact, it.key()); link && link->state == u"linked"_s) {
            pairs.append(*link);
            seen.insert(link->id);
        }
    }
    for (auto it = run.hl.constBegin(); it != run.hl.constEnd(); ++it) {
        const auto link = m_ledger.linkByHighLevel(Contact, it.key());
        if (link && link->state == u"linked"_s && !seen.contains(link->id) && run.bg.contains(link->badgerId)) {
            pairs.append(*link);
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Link& link : std::as_const(pairs)) {
        if (m_stop) {
            return;
        }
        const QHash<QString, FieldBase> bases = m_ledger.bases(link.id);
        const bool haveHl = run.hl.contains(link.highLevelId);
        const bool haveBg = run.bg.contains(link.badgerId);
        const QJsonObject hlRaw = run.hl.value(link.highLevelId);
        const QJsonObject bgRaw = run.bg.value(link.badgerId);
        const FieldValues hlValues =
            haveHl ? highLevelValues(hlRaw) : valuesFromBases(m_mapping, bases, Side::HighLevel);
        const FieldValues bgValues = haveBg ? badgerValues(bgRaw) : valuesFromBases(m_mapping, bases, Side::Badger);
        const QString label = haveHl ? highLevelLabel(hlRaw) : badgerLabel(bgRaw);
        const QDateTime hlChanged = haveHl ? contactUpdatedAt(hlRaw) : QDateTime();
        const auto remoteBg = run.bgKnown.value(link.badgerId);
        QDateTime bgChanged = remoteBg.changedAt.isValid() ? remoteBg.changedAt : now;

        QHash<QString, QString> toHl;  // row id -> value
        QHash<QString, QString> toBg;
        QHash<QString, FieldBase> adopt;
        QHash<QString, QString> oldHl;
        QHash<QString, QString> oldBg;
        bool badgerChanged = false;
        for (const FieldMapping& row : m_mapping.fields) {
            if (!row.enabled || row.highLevelField == u"tags"_s) {
                continue;
            }
            MergeInput in;
            if (bases.contains(row.id)) {
                in.base = bases.value(row.id);
            }
            in.highLevel = hlValues.value(row.highLevelField);
            in.badger = bgValues.value(row.badgerField);
            in.highLevelChangedAt = hlChanged;
            in.badgerChangedAt = bgChanged;
            if (in.base && in.base->badger != in.badger) {
                badgerChanged = true;
            }
            if (in.base && m_ledger.hasOpenConflict(link.id, row.id)) {
                continue; // waiting for the user
            }
            const MergeDecision d = mergeField(row, m_mapping.options, in, hlValues, bgValues);
            switch (d.action) {
            case MergeDecision::Action::None:
                break;
            case MergeDecision::Action::AdoptBase:
                adopt.insert(row.id, FieldBase{in.highLevel, in.badger});
                break;
            case MergeDecision::Action::WriteHighLevel:
                toHl.insert(row.id, d.value);
                oldHl.insert(row.id, in.highLevel);
                break;
            case MergeDecision::Action::WriteBadger:
                toBg.insert(row.id, d.value);
                oldBg.insert(row.id, in.badger);
                break;
            case MergeDecision::Action::Conflict: {
                ++run.summary.conflicts;
                run.summary.changes.append({label, row.id, in.highLevel, in.badger, u"conflict"_s});
                if (!run.dryRun) {
                    ConflictEntry c;
                    c.linkId = link.id;
                    c.record = label;
                    c.field = row.id;
                    c.baseValue = in.base ? in.base->highLevel : QString();
                    c.highLevelValue = in.highLevel;
                    c.badgerValue = in.badger;
                    c.highLevelChangedAt = hlChanged;
                    c.badgerChangedAt = bgChanged;
                    if (m_ledger.addConflict(c)) {
                        Q_EMIT conflictRecorded(c);
                    }
                }
                break;
            }
            case MergeDecision::Action::Error:
                run.hlUnsettled.insert(link.highLevelId);
                ++run.summary.failedRecords;
                run.summary.recordErrors.append(u"%1 (%2): %3"_s.arg(label, row.id, d.message));
                break;
            }
        }
        if (!run.dryRun && (!adopt.isEmpty() || badgerChanged)) {
            m_ledger.transaction([&] {
                for (auto it = adopt.constBegin(); it != adopt.constEnd(); ++it) {
                    if (!m_ledger.setBase(link.id, it.key(), it.value())) {
                        return false;
                    }
                }
                if (badgerChanged && haveBg) {
                    RemoteRecord r = run.bgKnown.value(link.badgerId);
                    r.changedAt = now;
                    r.service = BG;
                    r.remoteId = link.badgerId;
                    r.entity = Contact;
                    r.state = u"linked"_s;
                    r.label = run.bgListed.value(link.badgerId, label);
                    run.bgKnown.insert(link.badgerId, r);
                }
                return true;
            });
        }
        if (!toHl.isEmpty()) {
            FieldValues changes;
            for (auto it = toHl.constBegin(); it != toHl.constEnd(); ++it) {
                changes.insert(m_mapping.row(it.key())->highLevelField, it.value());
            }
            PendingWrite w;
            w.kind = PendingWrite::Kind::HighLevelUpdate;
            w.linkId = link.id;
            w.record = label;
            const QJsonObject body = highLevelWriteFor(changes, m_catalog).body;
            w.request = ghlreq::updateContact(link.highLevelId, contactInputFrom(body));
            w.rows = toHl;
            w.oldValues = oldHl;
            w.sourceValues = bgValues;
            w.intent = {0, run.summary.runId, HL, w.request.operation, Contact, link.id, link.highLevelId,
                        body, {}, {}, 0, {}, {}};
            run.writes.append(w);
        }
        if (!toBg.isEmpty()) {
            FieldValues changes;
            for (auto it = toBg.constBegin(); it != toBg.constEnd(); ++it) {
                changes.insert(m_mapping.row(it.key())->badgerField, it.value());
            }
            const BadgerWrite bw = badgerWriteFor(changes, bgValues);
            QHash<QString, QString> accountRows;
            QHash<QString, QString> locationRows;
            for (auto it = toBg.constBegin(); it != toBg.constEnd(); ++it) {
                (m_mapping.row(it.key())->badgerField.startsWith(u"location."_s) ? locationRows : accountRows)
                    .insert(it.key(), it.value());
            }
            if (!bw.accountForm.isEmpty()) {
                api::badger::AccountPatch patch;
                for (const auto& [key, value] : bw.accountForm) {
                    applyBadgerField(key, value, patch);
                }
                PendingWrite w;
                w.kind = PendingWrite::Kind::BadgerUpdate;
                w.linkId = link.id;
                w.record = label;
                w.request = bgreq::updateAccount(link.badgerId.toLongLong(), patch);
                w.rows = accountRows;
                w.oldValues = oldBg;
                w.sourceValues = hlValues;
                w.intent = {0, run.summary.runId, BG, w.request.operation, Contact, link.id, link.badgerId, {}, {}, {}, 0, {}, {}};
                run.writes.append(w);
            }
            const QString locationId = bgValues.value(u"location.id"_s);
            if (bw.locationChanged && !locationId.isEmpty()) {
                PendingWrite w;
                w.kind = PendingWrite::Kind::BadgerLocation;
                w.linkId = link.id;
                w.record = label;
                w.request = bgreq::updateLocation(locationId.toLongLong(), api::badger::LocationInput{bw.address, {}, {}});
                w.rows = locationRows;
                w.oldValues = oldBg;
                w.sourceValues = hlValues;
                w.intent = {0, run.summary.runId, BG, w.request.operation, Contact, link.id, locationId, {}, {}, {}, 0, {}, {}};
                run.writes.append(w);
            } else if (bw.locationChanged) {
                run.summary.recordErrors.append(tr("%1: the Badger account has no location to update.").arg(label));
                ++run.summary.failedRecords;
            }
        }
        if (run.writes.size() >= WriteBatch) {
            flushWrites(run);
            if (run.fatal) {
                return;
            }
        }
    }
}

// ---- first-sync matching and creates ----------------------------------------------------------------------------

void SyncEngine::matchAndCreate(Run& run)
{
    Q_EMIT progressed(tr("Matching new records"), 0, 0);
    QList<MatchCandidate> hlCandidates;
    QList<MatchCandidate> bgCandidates;
    QSet<QString> deferred;
    for (auto it = run.hl.constBegin(); it != run.hl.constEnd(); ++it) {
        if (!m_ledger.linkByHighLevel(Contact, it.key())) {
            hlCandidates.append({it.key(), highLevelValues(*it)});
        }
    }
    for (auto it = run.bg.constBegin(); it != run.bg.constEnd(); ++it) {
        if (!m_ledger.linkByBadger(Contact, it.key())) {
            bgCandidates.append({it.key(), badgerValues(*it)});
        }
    }
    // Also consider unlinked records known from earlier runs whose other side was not read this run.
    std::sort(hlCandidates.begin(), hlCandidates.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    std::sort(bgCandidates.begin(), bgCandidates.end(),
              [](const auto& a, const auto& b) { return a.id.toLongLong() < b.id.toLongLong(); });
    const MatchResult match = matchRecords(hlCandidates, bgCandidates, m_mapping.options.phoneRegion);

    auto remember = [&](const QString& service, const QString& id, const QString& label, const QString& state,
                        const QString& message, const QDateTime& changedAt) {
        if (!run.dryRun) {
            m_ledger.upsertRemote({service, id, Contact, label, state, message, QDateTime::currentDateTimeUtc(),
                                   changedAt, {}});
        }
    };

    for (const auto& a : match.ambiguous) {
        ++run.summary.ambiguous;
        run.summary.recordErrors.append(a.reason + u" ("_s + a.key + u')');
        for (const QString& id : a.highLevelIds) {
            remember(HL, id, highLevelLabel(run.hl.value(id)), u"ambiguous"_s, a.reason, {});
        }
        for (const QString& id : a.badgerIds) {
            remember(BG, id, badgerLabel(run.bg.value(id)), u"ambiguous"_s, a.reason, {});
        }
    }

    for (const auto& pair : match.pairs) {
        const QJsonObject hlRaw = run.hl.value(pair.highLevelId);
        const QString label = highLevelLabel(hlRaw);
        ++run.summary.linked;
        run.summary.changes.append({label, {}, {}, tr("matched by %1").arg(pair.matchedBy), u"link"_s});
        if (run.dryRun) {
            continue;
        }
        qint64 linkId = 0;
        m_ledger.transaction([&] {
            linkId = m_ledger.createLink(Contact, pair.highLevelId, pair.badgerId, label);
            ActivityEntry a{run.summary.runId, QDateTime::currentDateTimeUtc(), Contact, linkId, label, {}, {},
                            tr("matched by %1").arg(pair.matchedBy), u"link"_s};
            const bool ok = linkId > 0 && m_ledger.addActivity(a)
                && m_ledger.upsertRemote({HL, pair.highLevelId, Contact, label, u"linked"_s, {},
                                          QDateTime::currentDateTimeUtc(), contactUpdatedAt(hlRaw), {}})
                && m_ledger.upsertRemote({BG, pair.badgerId, Contact, run.bgListed.value(pair.badgerId), u"linked"_s,
                                          {}, QDateTime::currentDateTimeUtc(), {}, {}});
            if (ok) {
                Q_EMIT activityRecorded(a);
            }
            return ok;
        });
    }
    if (!match.pairs.isEmpty() && !run.dryRun) {
        // Merge the fresh pairs now (no base yet: empty sides are filled, differences follow the policies).
        Run pairsRun;
        pairsRun.summary = run.summary;
        pairsRun.dryRun = run.dryRun;
        pairsRun.bgListed = run.bgListed;
        pairsRun.bgKnown = m_ledger.remotes(BG, Contact);
        for (const auto& pair : match.pairs) {
            pairsRun.hl.insert(pair.highLevelId, run.hl.value(pair.highLevelId));
            pairsRun.bg.insert(pair.badgerId, run.bg.value(pair.badgerId));
        }
        mergeLinked(pairsRun);
        run.writes.append(pairsRun.writes);
        run.summary = pairsRun.summary;
        run.fatal = run.fatal || pairsRun.fatal;
    }

    // Badger accounts never read yet (the initial read spans days) might match: no creates until they are read.
    int unreadBadger = 0;
    for (auto it = run.bgListed.constBegin(); it != run.bgListed.constEnd(); ++it) {
        if (!run.bg.contains(it.key()) && !m_ledger.remote(BG, it.key())) {
            ++unreadBadger;
        }
    }

    // HighLevel contacts with no Badger account: create accounts.
    for (const QString& id : match.unmatchedHighLevel) {
        const QJsonObject raw = run.hl.value(id);
        const QString label = highLevelLabel(raw);
        if (unreadBadger > 0) {
            remember(HL, id, label, u"pending"_s,
                     tr("waiting for %n Badger account(s) to be read before creating new ones", nullptr, unreadBadger),
                     contactUpdatedAt(raw));
            continue;
        }
        if (!m_mapping.options.createInBadger) {
            remember(HL, id, label, u"pending"_s, tr("not linked (creating Badger accounts is off)"), contactUpdatedAt(raw));
            continue;
        }
        const FieldValues hlValues = highLevelValues(raw);
        FieldValues target;
        QHash<QString, QString> rows;
        QString problem;
        for (const FieldMapping& row : m_mapping.fields) {
            if (!row.enabled || !row.writesTo(Side::Badger) || row.highLevelField == u"tags"_s) {
                continue;
            }
            const TransformResult v = convertValue(row, hlValues.value(row.highLevelField), Side::HighLevel, hlValues,
                                                   m_mapping.options);
            if (!v.ok()) {
                problem = v.error;
                continue; // the field is left empty; the record still syncs
            }
            target.insert(row.badgerField, v.value);
            rows.insert(row.id, v.value);
        }
        api::badger::AccountInput input;
        input.lastName = target.value(u"last_name"_s).trimmed();
        input.firstName = target.value(u"first_name"_s).trimmed();
        if (input.lastName.isEmpty()) {
            // Badger requires an account name: fall back to the person's full name, company or email.
            input.lastName = highLevelLabel(raw);
            input.firstName.clear();
        }
        input.address = badgerAddressLine(target);
        if (input.address.isEmpty()) {
            input.address = m_mapping.options.defaultAddress;
        }
        if (input.address.isEmpty()) {
            ++run.summary.failedRecords;
            const QString message = tr("Badger needs an address to create an account and this contact has none. "
                                       "Add an address in HighLevel or set a default address in the mapping.");
            run.summary.recordErrors.append(label + u": "_s + message);
            remember(HL, id, label, u"failed"_s, message, contactUpdatedAt(raw));
            continue;
        }
        input.email = target.value(u"email"_s);
        input.phoneNumber = target.value(u"phone_number"_s);
        for (auto it = target.constBegin(); it != target.constEnd(); ++it) {
            if (it.key().startsWith(u"custom_"_s)) {
                input.customFields.insert(it.key(), it.value());
            } else if (it.key() == u"notes"_s || it.key() == u"customer_id"_s) {
                input.otherFields.append({it.key(), it.value()});
            }
        }
        bool ownerOk = false;
        const qint64 mappedOwner = target.value(u"account_owner"_s).toLongLong(&ownerOk);
        if (ownerOk) {
            input.accountOwner = mappedOwner;
        } else if (!m_mapping.options.defaultAccountOwner.isEmpty()) {
            input.accountOwner = m_mapping.options.defaultAccountOwner.toLongLong();
        } else if (m_settings.badgerOwnerId) {
            input.accountOwner = m_settings.badgerOwnerId;
        } else if (m_badgerUserId) {
            input.accountOwner = m_badgerUserId;
        }
        if (!problem.isEmpty()) {
            run.summary.recordErrors.append(label + u": "_s + problem);
        }
        run.summary.changes.append({label, {}, {}, input.lastName, u"create_in_badger"_s});
        PendingWrite w;
        w.kind = PendingWrite::Kind::BadgerCreate;
        w.record = label;
        w.sourceId = id;
        w.request = bgreq::createAccount(input);
        w.rows = rows;
        w.sourceValues = hlValues;
        w.intent = {0, run.summary.runId, BG, w.request.operation, Contact, 0, {},
                    QJsonObject{{u"source"_s, id}},
                    QJsonObject{{u"last_name"_s, input.lastName}, {u"email"_s, input.email},
                                {u"phone_number"_s, input.phoneNumber}, {u"highlevel_id"_s, id}},
                    {}, 0, {}, {}};
        run.writes.append(w);
        if (run.writes.size() >= WriteBatch) {
            flushWrites(run);
        }
    }

    // Badger accounts with no HighLevel contact: create contacts. Never by upsert: HighLevel's upsert matches by email
    // or phone and writes over the contact it matched, which may be another person sharing an office phone, linked
    // to another account (seen in the 10,000-record bench). A create that HighLevel refuses as a duplicate (the
    // location does not allow them) names the contact it matched: flushWrites() links it or reports it.
    for (const QString& id : match.unmatchedBadger) {
        const QJsonObject raw = run.bg.value(id);
        const QString label = badgerLabel(raw);
        const auto known = m_ledger.remote(BG, id);
        if (known && known->state == u"ambiguous"_s
            && known->fingerprint == matchFingerprint(badgerValues(raw), false, m_mapping.options.phoneRegion)) {
            ++run.summary.ambiguous; // parked until its email, phone or name changes
            continue;
        }
        if (!m_mapping.options.createInHighLevel) {
            remember(BG, id, label, u"pending"_s, tr("not linked (creating HighLevel contacts is off)"), {});
            continue;
        }
        const FieldValues bgValues = badgerValues(raw);
        FieldValues changes;
        QHash<QString, QString> rows;
        for (const FieldMapping& row : m_mapping.fields) {
            if (!row.enabled || !row.writesTo(Side::HighLevel) || row.highLevelField == u"tags"_s) {
                continue;
            }
            const TransformResult v =
                convertValue(row, bgValues.value(row.badgerField), Side::Badger, bgValues, m_mapping.options);
            if (!v.ok()) {
                run.summary.recordErrors.append(label + u": "_s + v.error);
                continue;
            }
            changes.insert(row.highLevelField, v.value);
            rows.insert(row.id, v.value);
        }
        api::ghl::ContactInput input = contactInputFrom(highLevelWriteFor(changes, m_catalog).body);
        run.summary.changes.append({label, {}, {}, label, u"create_in_highlevel"_s});
        PendingWrite w;
        w.kind = PendingWrite::Kind::HighLevelCreate;
        w.record = label;
        w.sourceId = id;
        w.request = ghlreq::createContact(m_settings.locationId, input);
        w.rows = rows;
        w.sourceValues = bgValues;
        w.intent = {0, run.summary.runId, HL, w.request.operation, Contact, 0, {}, QJsonObject{{u"source"_s, id}},
                    QJsonObject{{u"firstName"_s, changes.value(u"firstName"_s)},
                                {u"lastName"_s, changes.value(u"lastName"_s)}, {u"badger_id"_s, id}},
                    {}, 0, {}, {}};
        run.writes.append(w);
        if (run.writes.size() >= WriteBatch) {
            flushWrites(run);
        }
    }
}

// ---- the intent journal -----------------------------------------------------------------------------------------

void SyncEngine::reconcileIntents(Run& run)
{
    const QList<Intent> open = m_ledger.openIntents();
    if (open.isEmpty()) {
        return;
    }
    Q_EMIT progressed(tr("Checking interrupted writes"), 0, int(open.size()));
    for (const Intent& intent : open) {
        if (intent.operation == u"customers.create"_s) {
            // Did the account get created? Look for a new, unlinked account with the same name, email and phone.
            const QString sourceId = intent.reconcileKey.value(u"highlevel_id"_s).toString();
            if (m_ledger.linkByHighLevel(Contact, sourceId)) {
                m_ledger.setIntentState(intent.id, u"superseded"_s);
                continue;
            }
            QStringList candidates;
            for (auto it = run.bg.constBegin(); it != run.bg.constEnd(); ++it) {
                if (m_ledger.linkByBadger(Contact, it.key()) || run.bgKnown.contains(it.key())) {
                    continue;
                }
                const QJsonObject a = *it;
                if (a.value(u"last_name"_s).toString().trimmed() == intent.reconcileKey.value(u"last_name"_s).toString()
                    && canonicalText(a.value(u"email"_s)) == intent.reconcileKey.value(u"email"_s).toString()
                    && canonicalText(a.value(u"phone_number"_s)) == intent.reconcileKey.value(u"phone_number"_s).toString()) {
                    candidates.append(it.key());
                }
            }
            std::sort(candidates.begin(), candidates.end(),
                      [](const QString& a, const QString& b) { return a.toLongLong() < b.toLongLong(); });
            if (candidates.isEmpty()) {
                m_ledger.setIntentState(intent.id, u"failed"_s, tr("not created (checked after an interruption)"));
                continue;
            }
            const QString badgerId = candidates.first();
            const QString label = badgerLabel(run.bg.value(badgerId));
            m_ledger.transaction([&] {
                const qint64 linkId = m_ledger.createLink(Contact, sourceId, badgerId, label);
                return linkId > 0 && m_ledger.setIntentState(intent.id, u"done"_s, {}, badgerId)
                    && m_ledger.upsertRemote({BG, badgerId, Contact, run.bgListed.value(badgerId), u"linked"_s, {},
                                              QDateTime::currentDateTimeUtc(), {}, {}})
                    && m_ledger.upsertRemote({HL, sourceId, Contact, label, u"linked"_s, {}, {}, {}, {}});
            });
            if (candidates.size() > 1) {
                run.summary.recordErrors.append(
                    tr("%1: an interrupted create may have left %2 Badger accounts with the same details (%3).")
                        .arg(label)
                        .arg(candidates.size())
                        .arg(candidates.join(u", "_s)));
            }
            qCInfo(lcSync) << "reconciled an interrupted Badger create: linked" << sourceId << "to" << badgerId;
        } else if (intent.operation == u"contacts.create"_s) {
            const QString sourceId = intent.reconcileKey.value(u"badger_id"_s).toString();
            if (m_ledger.linkByBadger(Contact, sourceId)) {
                m_ledger.setIntentState(intent.id, u"superseded"_s);
                continue;
            }
            const QString first = intent.reconcileKey.value(u"firstName"_s).toString();
            const QString last = intent.reconcileKey.value(u"lastName"_s).toString();
            QString found;
            for (auto it = run.hl.constBegin(); it != run.hl.constEnd(); ++it) {
                const QDateTime added = fromIso(it->value(u"dateAdded"_s).toString());
                if (!m_ledger.linkByHighLevel(Contact, it.key()) && it->value(u"firstName"_s).toString() == first
                    && it->value(u"lastName"_s).toString() == last && added.isValid()
                    && added >= intent.createdAt.addSecs(-120)) {
                    found = it.key();
                    break;
                }
            }
            if (found.isEmpty()) {
                m_ledger.setIntentState(intent.id, u"failed"_s, tr("not created (checked after an interruption)"));
                continue;
            }
            m_ledger.transaction([&] {
                const qint64 linkId = m_ledger.createLink(Contact, found, sourceId, highLevelLabel(run.hl.value(found)));
                return linkId > 0 && m_ledger.setIntentState(intent.id, u"done"_s, {}, found);
            });
        } else {
            // Updates, upserts and deletes are safe to redo: the merge sees the same difference again.
            m_ledger.setIntentState(intent.id, u"superseded"_s);
        }
    }
}

void SyncEngine::flushWrites(Run& run)
{
    if (run.writes.isEmpty()) {
        return;
    }
    QList<PendingWrite> writes = std::move(run.writes);
    run.writes.clear();
    if (run.dryRun) {
        for (const PendingWrite& w : std::as_const(writes)) {
            for (auto it = w.rows.constBegin(); it != w.rows.constEnd(); ++it) {
                const bool toHl = w.kind == PendingWrite::Kind::HighLevelUpdate;
                if (w.kind == PendingWrite::Kind::HighLevelUpdate || w.kind == PendingWrite::Kind::BadgerUpdate
                    || w.kind == PendingWrite::Kind::BadgerLocation) {
                    run.summary.changes.append({w.record, it.key(), w.oldValues.value(it.key()), it.value(),
                                                toHl ? u"to_highlevel"_s : u"to_badger"_s});
                }
            }
        }
        return;
    }
    // Journal every write before anything is sent.
    const bool journaled = m_ledger.transaction([&] {
        for (PendingWrite& w : writes) {
            w.intent.id = m_ledger.recordIntent(w.intent);
            if (w.intent.id == 0) {
                return false;
            }
        }
        return true;
    });
    if (!journaled) {
        run.fatal = true;
        run.summary.status = u"failed"_s;
        run.summary.error = tr("Could not record the planned writes: %1").arg(m_ledger.lastError());
        return;
    }
    // A create HighLevel refused as a duplicate of contactId (the location does not allow duplicates).
    auto linkRefusedDuplicate = [&](const PendingWrite& w, const QString& contactId, const QString& matchingField) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (const auto existing = m_ledger.linkByHighLevel(Contact, contactId)) {
            // Another person with the same email or phone, linked to another account: parked until this account's
            // email, phone or name changes.
            const QString message = tr("HighLevel already has a contact with this %1 (\"%2\", linked to another Badger "
                                       "account) and the location does not allow duplicate contacts. Change one of "
                                       "them or allow duplicates in HighLevel, then sync again.")
                                        .arg(matchingField.isEmpty() ? tr("email or phone") : matchingField,
                                             existing->label);
            m_ledger.transaction([&] {
                return m_ledger.setIntentState(w.intent.id, u"failed"_s, message)
                    && m_ledger.upsertRemote({BG, w.sourceId, Contact, w.record, u"ambiguous"_s, message, now, {},
                                              matchFingerprint(w.sourceValues, false, m_mapping.options.phoneRegion)});
            });
            run.summary.recordErrors.append(w.record + u": "_s + message);
            ++run.summary.ambiguous;
            return;
        }
        // Nobody has linked it: by HighLevel's own rules it is the same person (or our own create whose answer was
        // lost). Link it without writing over it; the next run merges the fields like any fresh pair.
        ActivityEntry a{run.summary.runId, now, Contact, 0, w.record, {}, {},
                        tr("matched by %1 in HighLevel").arg(matchingField), u"link"_s};
        const bool linked = m_ledger.transaction([&] {
            a.linkId = m_ledger.createLink(Contact, contactId, w.sourceId, w.record);
            return a.linkId > 0 && m_ledger.setIntentState(w.intent.id, u"done"_s, {}, contactId)
                && m_ledger.upsertRemote({HL, contactId, Contact, w.record, u"linked"_s, {}, now, {}, {}})
                && m_ledger.upsertRemote({BG, w.sourceId, Contact, run.bgListed.value(w.sourceId, w.record),
                                          u"linked"_s, {}, now, {}, {}})
                && m_ledger.addActivity(a);
        });
        if (!linked) {
            run.summary.recordErrors.append(w.record + u": "_s + m_ledger.lastError());
            ++run.summary.failedRecords;
            return;
        }
        ++run.summary.linked;
        run.summary.changes.append({a.record, {}, {}, a.newValue, a.direction});
        Q_EMIT activityRecorded(a);
    };

    QList<ApiRequest> requests;
    for (const PendingWrite& w : std::as_const(writes)) {
        requests.append(w.request);
    }
    Q_EMIT progressed(tr("Writing changes"), 0, int(requests.size()));
    const QList<ApiResult> results = m_engine.sendAll(requests, m_settings.maxInFlight);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    for (qsizetype i = 0; i < writes.size(); ++i) {
        const PendingWrite& w = writes.at(i);
        const ApiResult& r = results.at(i);
        const bool toHl = w.kind == PendingWrite::Kind::HighLevelUpdate || w.kind == PendingWrite::Kind::HighLevelCreate
            || w.kind == PendingWrite::Kind::HighLevelDelete;
        (toHl ? run.summary.highLevelCalls : run.summary.badgerCalls) += 1;
        const QString duplicateOf = w.kind == PendingWrite::Kind::HighLevelCreate && r.status == 400
            ? r.json.toObject().value(u"meta"_s).toObject().value(u"contactId"_s).toString()
            : QString();
        if (!duplicateOf.isEmpty()) {
            (toHl ? run.summary.highLevelCalls : run.summary.badgerCalls) += 1;
            linkRefusedDuplicate(w, duplicateOf,
                                 r.json.toObject().value(u"meta"_s).toObject().value(u"matchingField"_s).toString());
            continue;
        }
        if (!r.ok()) {
            if (w.linkId > 0) {
                if (const auto link = m_ledger.link(w.linkId)) {
                    run.hlUnsettled.insert(link->highLevelId);
                }
            }
            const QString message = errorText(r);
            const bool unknown = r.error == ErrorClass::OutcomeUnknown || r.error == ErrorClass::Timeout;
            m_ledger.setIntentState(w.intent.id, unknown ? u"unknown"_s : u"failed"_s, message);
            if (r.error == ErrorClass::BudgetExhausted) {
                run.summary.status = u"budget"_s;
                run.summary.resumeAt = r.retryAt;
                run.summary.error = tr("The daily budget is used up; the remaining writes wait for it.");
                ++run.summary.deferred;
                continue;
            }
            ++run.summary.failedRecords;
            run.summary.recordErrors.append(w.record + u": "_s + message);
            if (w.kind == PendingWrite::Kind::BadgerCreate) {
                m_ledger.upsertRemote({HL, w.sourceId, Contact, w.record, u"failed"_s, message, now, {}, {}});
            } else if (w.kind == PendingWrite::Kind::HighLevelCreate) {
                m_ledger.upsertRemote({BG, w.sourceId, Contact, w.record, u"failed"_s, message, now, {}, {}});
            }
            if ((r.status == 404) && w.linkId > 0) {
                if (const auto link = m_ledger.link(w.linkId)) {
                    (toHl ? run.hlGone : run.bgGone).insert(toHl ? link->highLevelId : link->badgerId);
                }
            }
            continue;
        }
        (toHl ? run.summary.highLevelWrites : run.summary.badgerWrites) += 1;

        QList<ActivityEntry> activity;
        const bool committed = m_ledger.transaction([&] {
            qint64 linkId = w.linkId;
            FieldValues written; // the target side's values as the server now holds them
            QString resultId;
            switch (w.kind) {
            case PendingWrite::Kind::HighLevelUpdate:
                written = highLevelValues(contactObject(r));
                ++run.summary.updatedHighLevel;
                break;
            case PendingWrite::Kind::BadgerUpdate:
                written = badgerValues(accountObject(r));
                ++run.summary.updatedBadger;
                break;
            case PendingWrite::Kind::BadgerLocation: {
                const QJsonObject loc = r.json.toObject();
                for (const char* key : {"address_line_1", "city", "state", "zipcode"}) {
                    written.insert(u"location."_s + QLatin1StringView(key), canonicalText(loc.value(QLatin1StringView(key))));
                }
                ++run.summary.updatedBadger;
                break;
            }
            case PendingWrite::Kind::BadgerCreate: {
                const QJsonObject account = accountObject(r);
                written = badgerValues(account);
                resultId = canonicalText(account.value(u"id"_s));
                if (resultId.isEmpty()) {
                    return false;
                }
                linkId = m_ledger.createLink(Contact, w.sourceId, resultId, w.record);
                if (linkId == 0) {
                    return false;
                }
                m_ledger.upsertRemote({BG, resultId, Contact, badgerLabel(account), u"linked"_s, {}, now, now, {}});
                m_ledger.upsertRemote({HL, w.sourceId, Contact, w.record, u"linked"_s, {}, now, {}, {}});
                activity.append({run.summary.runId, now, Contact, linkId, w.record, {}, {}, badgerLabel(account),
                                 u"create_in_badger"_s});
                ++run.summary.createdBadger;
                ++run.summary.linked;
                break;
            }
            case PendingWrite::Kind::HighLevelCreate: {
                const QJsonObject contact = contactObject(r);
                written = highLevelValues(contact);
                resultId = contact.value(u"id"_s).toString();
                if (resultId.isEmpty()) {
                    return false;
                }
                if (const auto existing = m_ledger.linkByHighLevel(Contact, resultId)) {
                    // Creates are plain POSTs now (never upserts), so this should not happen; kept because a server
                    // that answered a create with an existing contact would otherwise fail on the link's uniqueness
                    // with a database error instead of a message the user can act on.
                    const QString message = tr("HighLevel matched this account to contact \"%1\", which is already "
                                               "linked to another Badger account (same email or phone). Resolve "
                                               "the duplicate, then sync again.")
                                                .arg(existing->label);
                    m_ledger.upsertRemote({BG, w.sourceId, Contact, w.record, u"ambiguous"_s, message, now, {},
                                           matchFingerprint(w.sourceValues, false, m_mapping.options.phoneRegion)});
                    run.summary.recordErrors.append(w.record + u": "_s + message);
                    ++run.summary.ambiguous;
                    return m_ledger.setIntentState(w.intent.id, u"done"_s, message, resultId);
                }
                linkId = m_ledger.createLink(Contact, resultId, w.sourceId, w.record);
                if (linkId == 0) {
                    return false;
                }
                m_ledger.upsertRemote({HL, resultId, Contact, highLevelLabel(contact), u"linked"_s, {}, now,
                                       contactUpdatedAt(contact), {}});
                m_ledger.upsertRemote({BG, w.sourceId, Contact, run.bgListed.value(w.sourceId, w.record),
                                       u"linked"_s, {}, now, {}, {}});
                activity.append({run.summary.runId, now, Contact, linkId, w.record, {}, {}, highLevelLabel(contact),
                                 u"create_in_highlevel"_s});
                ++run.summary.createdHighLevel;
                ++run.summary.linked;
                break;
            }
            case PendingWrite::Kind::HighLevelDelete:
            case PendingWrite::Kind::BadgerDelete:
                activity.append({run.summary.runId, now, Contact, linkId, w.record, {}, {},
                                 toHl ? tr("deleted in HighLevel") : tr("deleted in Badger"), u"unlink"_s});
                return m_ledger.setIntentState(w.intent.id, u"done"_s) && m_ledger.setLinkState(linkId, u"unlinked"_s)
                    && m_ledger.addActivity(activity.constFirst());
            }
            // The new bases: what the target holds now (as the server returned it) and the source's value.
            for (auto it = w.rows.constBegin(); it != w.rows.constEnd(); ++it) {
                const FieldMapping* row = m_mapping.row(it.key());
                if (!row) {
                    continue;
                }
                FieldBase base;
                if (toHl) {
                    base.highLevel = written.contains(row->highLevelField) ? written.value(row->highLevelField) : it.value();
                    base.badger = w.sourceValues.value(row->badgerField);
                } else {
                    base.badger = written.contains(row->badgerField) ? written.value(row->badgerField) : it.value();
                    base.highLevel = w.sourceValues.value(row->highLevelField);
                }
                if (!m_ledger.setBase(linkId, row->id, base)) {
                    return false;
                }
                if (w.kind == PendingWrite::Kind::HighLevelUpdate || w.kind == PendingWrite::Kind::BadgerUpdate
                    || w.kind == PendingWrite::Kind::BadgerLocation) {
                    activity.append({run.summary.runId, now, Contact, linkId, w.record, row->id,
                                     w.oldValues.value(row->id), it.value(), toHl ? u"to_highlevel"_s : u"to_badger"_s});
                }
            }
            for (const ActivityEntry& a : std::as_const(activity)) {
                if (!m_ledger.addActivity(a)) {
                    return false;
                }
            }
            return m_ledger.setIntentState(w.intent.id, u"done"_s, {}, resultId);
        });
        if (!committed) {
            // The remote write happened but the ledger could not record it (e.g. disk full): leave the intent open
            // so the next run reconciles it instead of writing again.
            m_ledger.setIntentState(w.intent.id, u"unknown"_s, m_ledger.lastError());
            run.summary.recordErrors.append(w.record + u": "_s + m_ledger.lastError());
            run.fatal = true;
            run.summary.status = u"failed"_s;
            run.summary.error = m_ledger.lastError();
            continue;
        }
        for (const ActivityEntry& a : std::as_const(activity)) {
            run.summary.changes.append({a.record, a.field, a.oldValue, a.newValue, a.direction});
            Q_EMIT activityRecorded(a);
        }
    }
    Q_EMIT progressed(tr("Writing changes"), int(requests.size()), int(requests.size()));
}

// ---- beyond contacts (ExtrasSync.cpp) ---------------------------------------------------------------------------

void SyncEngine::runExtras(Run& run)
{
    if (!m_extras) {
        m_extras = std::make_unique<ExtrasSync>(m_ledger, m_engine);
        connect(m_extras.get(), &ExtrasSync::activityRecorded, this, &SyncEngine::activityRecorded);
    }
    m_extras->run({m_mapping, m_settings, run.hl, run.bg}, run.dryRun, m_stop, run.summary);
}

// ---- finishing --------------------------------------------------------------------------------------------------

void SyncEngine::finish(Run& run)
{
    if (!run.dryRun && !run.fatal) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_ledger.transaction([&] {
            for (auto it = run.hl.constBegin(); it != run.hl.constEnd(); ++it) {
                auto known = m_ledger.remote(HL, it.key());
                const bool linked = m_ledger.linkByHighLevel(Contact, it.key()).has_value();
                QString state = linked ? u"linked"_s : known ? known->state : u"pending"_s;
                m_ledger.upsertRemote({HL, it.key(), Contact, highLevelLabel(*it), state, known ? known->message : QString(),
                                       now, run.hlUnsettled.contains(it.key()) ? QDateTime() : contactUpdatedAt(*it),
                                       {}});
            }
            for (auto it = run.bg.constBegin(); it != run.bg.constEnd(); ++it) {
                auto known = m_ledger.remote(BG, it.key());
                const bool linked = m_ledger.linkByBadger(Contact, it.key()).has_value();
                QString state = linked ? u"linked"_s : known ? known->state : u"pending"_s;
                const QDateTime changedAt = run.bgKnown.value(it.key()).changedAt;
                m_ledger.upsertRemote({BG, it.key(), Contact, run.bgListed.value(it.key(), badgerLabel(*it)), state,
                                       known ? known->message : QString(), now, changedAt, {}});
            }
            // Move the HighLevel cursor past what was read, but never past a change left for a later run.
            QDateTime cursor = run.maxDateUpdated;
            if (run.minDeferredDateUpdated.isValid() && (!cursor.isValid() || run.minDeferredDateUpdated <= cursor)) {
                cursor = run.minDeferredDateUpdated.addMSecs(-1);
            }
            if (cursor.isValid()) {
                m_ledger.setCursor(HighLevelCursor, toIso(cursor));
            } else if (m_ledger.cursor(HighLevelCursor).isEmpty()) {
                m_ledger.setCursor(HighLevelCursor, toIso(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
            }
            return true;
        });
    }
    if (run.summary.status == u"ok"_s && run.summary.failedRecords > 0) {
        run.summary.status = u"partial"_s;
    }
    m_ledger.finishRun(run.summary.runId, run.summary.status, run.summary.toJson());
    Q_EMIT progressed(tr("Done"), 1, 1);
}

// ---- conflicts ----------------------------------------------------------------------------------------------------

bool SyncEngine::resolveConflict(qint64 conflictId, Resolution resolution, const QString& value, QString* error)
{
    const auto conflict = m_ledger.conflict(conflictId);
    if (!conflict) {
        *error = tr("This conflict no longer exists.");
        return false;
    }
    const auto link = m_ledger.link(conflict->linkId);
    const FieldMapping* row = m_mapping.row(conflict->field);
    if (!link || !row) {
        *error = tr("The record or the mapped field of this conflict is gone.");
        return false;
    }
    QString hlValue = conflict->highLevelValue;
    QString bgValue = conflict->badgerValue;
    const FieldValues none;
    if (resolution == Resolution::TakeBadger) {
        const TransformResult t = convertValue(*row, bgValue, Side::Badger, none, m_mapping.options);
        if (!t.ok()) {
            *error = t.error;
            return false;
        }
        hlValue = t.value;
    } else if (resolution == Resolution::TakeHighLevel) {
        const TransformResult t = convertValue(*row, hlValue, Side::HighLevel, none, m_mapping.options);
        if (!t.ok()) {
            *error = t.error;
            return false;
        }
        bgValue = t.value;
    } else {
        hlValue = value;
        const TransformResult t = convertValue(*row, value, Side::HighLevel, none, m_mapping.options);
        if (!t.ok()) {
            *error = t.error;
            return false;
        }
        bgValue = t.value;
    }
    QList<ApiRequest> requests;
    if (hlValue != conflict->highLevelValue) {
        requests.append(ghlreq::updateContact(
            link->highLevelId, contactInputFrom(highLevelWriteFor({{row->highLevelField, hlValue}}, m_catalog).body)));
    }
    if (bgValue != conflict->badgerValue) {
        const BadgerWrite bw = badgerWriteFor({{row->badgerField, bgValue}}, FieldValues());
        if (bw.locationChanged) {
            *error = tr("Address conflicts are resolved on the next sync: edit the address on the side you want.");
            return false;
        }
        api::badger::AccountPatch patch;
        for (const auto& [k, v] : bw.accountForm) {
            applyBadgerField(k, v, patch);
        }
        requests.append(bgreq::updateAccount(link->badgerId.toLongLong(), patch));
    }
    for (const ApiRequest& request : std::as_const(requests)) {
        Intent intent{0, 0, request.service == Service::HighLevel ? HL : BG, request.operation, Contact, link->id,
                      request.service == Service::HighLevel ? link->highLevelId : link->badgerId, {}, {}, {}, 0, {}, {}};
        intent.id = m_ledger.recordIntent(intent);
        const ApiResult r = m_engine.sendAndWait(request);
        if (!r.ok()) {
            m_ledger.setIntentState(intent.id, r.error == ErrorClass::OutcomeUnknown ? u"unknown"_s : u"failed"_s,
                                    errorText(r));
            *error = errorText(r);
            return false;
        }
        m_ledger.setIntentState(intent.id, u"done"_s);
    }
    const QString resolutionName = resolution == Resolution::TakeBadger ? u"badger"_s
        : resolution == Resolution::TakeHighLevel                        ? u"highlevel"_s
                                                                         : u"edited"_s;
    return m_ledger.transaction([&] {
        ActivityEntry a{0, QDateTime::currentDateTimeUtc(), Contact, link->id, link->label, row->id,
                        conflict->highLevelValue + u" | "_s + conflict->badgerValue, hlValue, u"conflict_resolved"_s};
        const bool ok = m_ledger.setBase(link->id, row->id, FieldBase{hlValue, bgValue})
            && m_ledger.resolveConflict(conflictId, resolutionName, hlValue) && m_ledger.addActivity(a);
        if (ok) {
            Q_EMIT activityRecorded(a);
        }
        return ok;
    });
}

} // namespace fb::sync
