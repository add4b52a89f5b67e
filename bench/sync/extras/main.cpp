// Benchmark of the sync beyond contacts against the sandbox over real HTTP (loopback), printing a table:
//  - HighLevel calls per synced check-in (target: <= 1.1 writes plus amortised reads), per-account check-in reads
//    and GET /appointments/ (all), with and without the fault mix, notes only and with every rule kind;
//  - the tag-batching saving when one tag lands on 1,000 contacts (bulk endpoint vs one call per contact).
// The pairs are linked by a first run without rules; the figures count only the extras phase's calls, from the
// sandbox's own request statistics (every attempt, retries included).

#include "tst_checkins_support.h"

#include "api/BadgerRequests.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fb;
using namespace fb::synctest::extras;
using fb::synctest::SyncHarness;

namespace {

struct Calls
{
    int hlReads = 0;
    int hlWrites = 0;
    int bgReads = 0;
    int bgWrites = 0;
    int bulk = 0;
    int tagSingle = 0;
};

Calls callsFrom(const QJsonObject& stats)
{
    Calls c;
    for (const QJsonValue& v : stats.value(u"byEndpoint"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const bool hl = o.value(u"api"_s).toString() == u"highlevel"_s;
        const QString method = o.value(u"method"_s).toString();
        const QString endpoint = o.value(u"endpoint"_s).toString();
        const int n = o.value(u"count"_s).toInt();
        const bool read = method == u"GET"_s || endpoint.endsWith(u"/search"_s);
        if (hl) {
            (read ? c.hlReads : c.hlWrites) += n;
        } else {
            (read ? c.bgReads : c.bgWrites) += n;
        }
        if (endpoint.contains(u"/bulk/tags/"_s)) {
            c.bulk += n;
        } else if (endpoint.endsWith(u"/tags"_s) && hl) {
            c.tagSingle += n;
        }
    }
    return c;
}

// One scenario: pairs linked without rules, then the rules switched on and run until nothing is left to do.
struct Row
{
    QString name;
    int checkIns = 0;
    int runs = 0;
    Calls calls;
    qint64 ms = 0;
    int notes = 0;
};

Row scenario(const QString& name, int pairs, int checkIns, const QJsonObject& rules, bool listAll, bool faults)
{
    Row row;
    row.name = name;
    row.checkIns = checkIns;
    SyncHarness h;
    PairSeed p;
    p.pairs = pairs;
    p.highLevelTags = {{u"prospect"_s}, {}};
    p.checkIns = makeCheckIns(checkIns, pairs, {u"Drop-in"_s, u"Meeting"_s, u"Follow-up"_s, u"Phone Call"_s,
                                                u"Closed Won"_s},
                              990001, true);
    QJsonObject seed = buildSeed(p);
    if (listAll) {
        QJsonObject bg = seed.value(u"badger"_s).toObject();
        QJsonObject options = bg.value(u"options"_s).toObject();
        options.insert(u"listAllCheckins"_s, true);
        bg.insert(u"options"_s, options);
        seed.insert(u"badger"_s, bg);
    }
    load(h, seed);
    h.sync().run(false); // link only
    for (const api::Service s : {api::Service::HighLevel, api::Service::Badger}) {
        api::ServiceConfig c = h.engine().serviceConfig(s);
        c.transferTimeoutMs = 700;
        h.engine().setServiceConfig(s, c);
    }
    api::RetryPolicy retry = h.engine().retryPolicy();
    retry.baseDelayMs = 20;
    retry.maxDelayMs = 200;
    h.engine().setRetryPolicy(retry);
    // The baseline: what the contacts phase alone costs per run (subtracted below).
    h.sandbox().clearStats();
    h.sync().run(false);
    const Calls base = callsFrom(h.sandbox().stats());
    if (faults) {
        const QJsonObject mix{{u"http500"_s, 0.10}, {u"http429"_s, 0.05}, {u"reset"_s, 0.02}, {u"noResponse"_s, 0.01},
                              {u"malformed"_s, 0.01}, {u"retryAfterSeconds"_s, 0}};
        h.sandbox().setFaults(QJsonObject{{u"randomSeed"_s, 7}, {u"highlevel"_s, mix}, {u"badger"_s, mix}});
    }
    setRules(h, rules);
    h.sandbox().clearStats();
    QElapsedTimer timer;
    timer.start();
    for (row.runs = 1; row.runs <= 8; ++row.runs) {
        const auto r = h.sync().run(false);
        row.notes += r.notesCreated;
        if (r.notesCreated + r.tasksOpened + r.tasksClosed + r.tagsAdded + r.tagsRemoved + r.ownersRouted == 0
            && r.recordErrors.isEmpty()) {
            break;
        }
        if (faults && row.runs == 4) {
            h.sandbox().setFaults(QJsonObject{}); // the tail settles without faults
        }
    }
    row.ms = timer.elapsed();
    Calls c = callsFrom(h.sandbox().stats());
    // Subtract the contacts phase's per-run baseline.
    c.hlReads -= base.hlReads * row.runs;
    c.bgReads -= base.bgReads * row.runs;
    c.hlWrites -= base.hlWrites * row.runs;
    c.bgWrites -= base.bgWrites * row.runs;
    row.calls = c;
    // Exactly one note per check-in, whatever happened on the way.
    QHash<QString, int> markers;
    for (const QJsonObject& n : section(h, u"highlevel"_s, u"notes"_s)) {
        markers[n.value(u"body"_s).toString().section(u'\n', -1)] += 1;
    }
    int duplicates = 0;
    for (const int n : std::as_const(markers)) {
        duplicates += n - 1;
    }
    row.notes = int(markers.size()) * 1000 + duplicates; // decoded below
    return row;
}

QJsonObject notesOnly()
{
    return QJsonObject{{u"checkInNotes"_s, QJsonObject{{u"enabled"_s, true}}}};
}

QJsonObject everything(SyncHarness* /*unused*/)
{
    return QJsonDocument::fromJson(R"({
        "checkInNotes": {"enabled": true},
        "tags": {"enabled": true, "badgerField": "custom_text4", "bulkThreshold": 5},
        "outcomes": [{"id": "won", "checkInTypes": ["Closed Won"], "addTags": ["customer"], "removeTags": ["prospect"]},
                     {"id": "met", "checkInTypes": ["Meeting"], "addTags": ["met"]}],
        "followUps": [{"id": "fu", "checkInTypes": ["Follow-up"], "doneTypes": ["Closed Won"]}],
        "routing": [{"id": "cust", "tag": "customer", "badgerUser": "5001"}],
        "users": [{"badger": "5001", "highlevel": "someHighLevelUser01"}]})")
        .object();
}

void printRow(const Row& r)
{
    const int unique = r.notes / 1000;
    const int duplicates = r.notes % 1000;
    const double n = std::max(1, r.checkIns);
    std::printf("%-44s %6d %5d %8.3f %8.3f %8.3f %8.3f %7d %5d %7lld\n", qPrintable(r.name), r.checkIns, r.runs,
                r.calls.hlWrites / n, r.calls.hlReads / n, r.calls.bgReads / n, r.calls.bgWrites / n, unique,
                duplicates, static_cast<long long>(r.ms));
}

struct TagRow
{
    int threshold = 0;
    int bulkCalls = 0;
    int singleCalls = 0;
    int tagged = 0;
    qint64 ms = 0;
};

TagRow tagScenario(int threshold)
{
    TagRow t;
    t.threshold = threshold;
    SyncHarness h;
    PairSeed p;
    p.pairs = 1000;
    load(h, buildSeed(p));
    h.sync().run(false); // link
    setRules(h, QJsonObject{{u"tags"_s, QJsonObject{{u"enabled"_s, true}, {u"badgerField"_s, u"custom_text4"_s},
                                                   {u"bulkThreshold"_s, threshold}}}});
    h.sync().run(false); // the tag state of every pair is known (no tags anywhere)
    // One tag lands on 1,000 accounts in Badger.
    QList<api::ApiRequest> edits;
    for (int i = 0; i < 1000; ++i) {
        api::badger::AccountPatch patch;
        patch.customFields.insert(u"custom_text4"_s, u"Spring Promo"_s);
        edits.append(api::badger::request::updateAccount(accountId(i), patch));
    }
    h.engine().sendAll(edits, 8);
    h.sandbox().clearStats();
    QElapsedTimer timer;
    timer.start();
    h.sync().run(false);
    t.ms = timer.elapsed();
    const Calls c = callsFrom(h.sandbox().stats());
    t.bulkCalls = c.bulk;
    t.singleCalls = c.tagSingle;
    for (const QJsonObject& contact : section(h, u"highlevel"_s, u"contacts"_s)) {
        t.tagged += contact.value(u"tags"_s).toArray().contains(u"spring promo"_s) ? 1 : 0;
    }
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::printf("Fieldbridge sync extras benchmark (sandbox over loopback HTTP; calls counted by the sandbox, every "
                "attempt, contacts-phase baseline subtracted)\n\n");
    std::printf("%-44s %6s %5s %8s %8s %8s %8s %7s %5s %7s\n", "scenario", "checkins", "runs", "HLwr/ci", "HLrd/ci",
                "BGrd/ci", "BGwr/ci", "notes", "dups", "ms");
    printRow(scenario(u"notes only, per-account check-in reads"_s, 300, 1000, notesOnly(), false, false));
    printRow(scenario(u"notes only, GET /appointments/ (all)"_s, 300, 1000, notesOnly(), true, false));
    printRow(scenario(u"every rule kind, per-account reads"_s, 300, 1000, everything(nullptr), false, false));
    printRow(scenario(u"notes only, fault mix (4 runs), then settle"_s, 300, 1000, notesOnly(), false, true));
    printRow(scenario(u"every rule kind, fault mix, then settle"_s, 300, 1000, everything(nullptr), false, true));
    std::printf("\nOne tag lands on 1,000 contacts (Badger tag field -> HighLevel tags)\n");
    std::printf("%-30s %10s %12s %10s %8s\n", "mode", "bulk calls", "single calls", "tagged", "ms");
    const TagRow bulk = tagScenario(5);
    const TagRow single = tagScenario(1000000);
    std::printf("%-30s %10d %12d %10d %8lld\n", "bulk (threshold 5)", bulk.bulkCalls, bulk.singleCalls, bulk.tagged,
                static_cast<long long>(bulk.ms));
    std::printf("%-30s %10d %12d %10d %8lld\n", "per contact", single.bulkCalls, single.singleCalls, single.tagged,
                static_cast<long long>(single.ms));
    const int withBulk = bulk.bulkCalls + bulk.singleCalls;
    const int without = single.bulkCalls + single.singleCalls;
    std::printf("saving: %d -> %d HighLevel calls (%.1fx fewer)\n", without, withBulk,
                withBulk > 0 ? double(without) / withBulk : 0.0);
    return 0;
}
