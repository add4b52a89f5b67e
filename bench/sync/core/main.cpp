// Sync benchmarks (issue 5): one program, one table. Every figure is measured in this run against the sandbox over
// real HTTP on loopback.
//   1. initial sync of N accounts, no limits: wall, CPU, peak RSS, requests/s
//   2. HighLevel limits enforced (shortened window): achieved HighLevel rate / allowed rate, and 429s seen
//   3. no-op incremental sync of the linked records: calls per API, writes
//   4. peak RSS of a no-op sync over M linked records (--rss-records M): a real initial sync of --rss-template
//      records makes linked pairs that agree; their contacts, accounts and ledger rows (link, merge bases, remote
//      records) are copied under new ids up to M pairs, straight into the sandbox state and the ledger; then a
//      child process (--rss-client) runs the no-op sync against that sandbox and reports its own peak RSS, so the
//      in-process sandbox's memory is not counted. --rss-daily-scan measures the once-a-day run that lists every
//      HighLevel contact instead.

#include "SyncHarness.h"
#include "generator/SeedGenerator.h"
#include "sync/RecordAdapter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// The peak RSS of this process image from /proc (VmHWM). getrusage's ru_maxrss is no use in a child: Linux carries
// the parent's high-water mark across fork and exec, so the child would report the parent's sandbox too.
long imagePeakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                return line.mid(6).trimmed().split(' ').value(0).toLong();
            }
        }
    }
    return peakRssKb();
}

struct Row
{
    QString name;
    QString value;
};

// The child of --rss-records: the sync stack of SyncHarness on an existing data folder and sandbox, one no-op run,
// the figures as one JSON line on stdout.
int rssClient(const QString& dataDir, const QUrl& ghlUrl, const QUrl& badgerUrl, bool productionLimits, bool dailyScan)
{
    store::Database db(QDir(dataDir).filePath(u"fieldbridge.sqlite"_s));
    if (const store::OpenResult opened = db.open(); !opened.ok()) {
        QTextStream(stderr) << "ledger: " << opened.message << Qt::endl;
        return 1;
    }
    sync::Ledger ledger(db);
    if (dailyScan) {
        // The engine lists every HighLevel contact once a day (deletes show as missing ids): forget when it last did.
        // The cursor's name is SyncEngine.cpp's HighLevelFullScan.
        ledger.setCursor(u"highlevel.contacts.fullScanAt"_s, u"1970-01-01T00:00:00.000Z"_s);
    }
    api::RequestEngine engine;
    api::ServiceConfig ghl;
    ghl.baseUrl = ghlUrl;
    ghl.credential = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelToken);
    ghl.accountKey = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId);
    engine.setServiceConfig(api::Service::HighLevel, ghl);
    api::ServiceConfig badger;
    badger.baseUrl = badgerUrl;
    badger.credential = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kBadgerApiKey);
    badger.accountKey = u"sandbox-team"_s;
    engine.setServiceConfig(api::Service::Badger, badger);
    // Unlimited, as in SyncHarness: every linked Badger account is re-read (the worst case). Production: the
    // published daily budgets, so the planner re-reads the slice of Badger accounts the budget allows per run.
    // The sandbox has no Badger burst limit: production's own 10 per s pacing would only stretch the run.
    for (api::Service service : {api::Service::HighLevel, api::Service::Badger}) {
        api::ServiceLimits limits = api::ServiceLimits::defaultsFor(service);
        limits.burstMax = 0;
        if (!productionLimits) {
            limits.dailyLimit = 0;
        }
        engine.governor()->setLimits(service, limits);
    }
    sync::SyncEngine engineSync(ledger, engine);
    sync::SyncSettings settings;
    settings.locationId = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId);
    engineSync.setSettings(settings);
    const long rssBefore = imagePeakRssKb();
    // Where the memory goes: the peak RSS so far each time a phase starts.
    QJsonArray phases;
    QString lastPhase;
    QObject::connect(&engineSync, &sync::SyncEngine::progressed, &engineSync,
                     [&](const QString& phase, int, int) {
                         if (phase != lastPhase) {
                             lastPhase = phase;
                             const double mb = double(imagePeakRssKb()) / 1024.0;
                             phases.append(u"%1: %2 MB"_s.arg(phase).arg(mb, 0, 'f', 0));
                             QTextStream(stderr) << "no-op run: " << phases.last().toString() << Qt::endl;
                         }
                     });
    QElapsedTimer wall;
    wall.start();
    const sync::RunSummary run = engineSync.run(false);
    QTextStream(stdout) << QJsonDocument(QJsonObject{{u"peakRssKb"_s, qint64(imagePeakRssKb())},
                                                     {u"rssBeforeRunKb"_s, qint64(rssBefore)},
                                                     {u"wallMs"_s, wall.elapsed()},
                                                     {u"cpuS"_s, cpuSeconds()},
                                                     {u"linked"_s, ledger.countLinks(u"contact"_s)},
                                                     {u"phases"_s, phases},
                                                     {u"summary"_s, run.toJson()}})
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
    return 0;
}

// Copies the template's linked pairs under new ids until there are `target` pairs: sandbox records (contacts and
// accounts only: their notes, tasks and check-ins stay with the originals) and ledger rows. Returns the pairs made.
int cloneLinkedPairs(synctest::SyncHarness& h, int target, QString* error)
{
    const QList<sync::Link> links = h.ledger().links(u"contact"_s);
    if (links.isEmpty()) {
        *error = u"the template sync linked nothing"_s;
        return 0;
    }
    QJsonObject state = h.sandbox().state();
    QJsonObject highlevel = state.value(u"highlevel"_s).toObject();
    QJsonObject badger = state.value(u"badger"_s).toObject();
    QJsonArray contacts = highlevel.value(u"contacts"_s).toArray();
    QJsonArray accounts = badger.value(u"accounts"_s).toArray();
    QHash<QString, QJsonObject> contactById;
    for (const QJsonValue& v : std::as_const(contacts)) {
        contactById.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
    }
    QHash<QString, QJsonObject> accountById;
    for (const QJsonValue& v : std::as_const(accounts)) {
        accountById.insert(sync::canonicalText(v.toObject().value(u"id"_s)), v.toObject());
    }
    struct Template
    {
        sync::Link link;
        QHash<QString, sync::FieldBase> bases;
        sync::RemoteRecord hl;
        sync::RemoteRecord bg;
    };
    QList<Template> templates;
    for (const sync::Link& link : links) {
        const auto hl = h.ledger().remote(u"highlevel"_s, link.highLevelId);
        const auto bg = h.ledger().remote(u"badger"_s, link.badgerId);
        if (hl && bg && contactById.contains(link.highLevelId) && accountById.contains(link.badgerId)) {
            templates.append({link, h.ledger().bases(link.id), *hl, *bg});
        }
    }
    int pairs = int(links.size());
    bool ok = h.ledger().transaction([&] {
        for (int copy = 1; pairs < target; ++copy) {
            for (const Template& t : std::as_const(templates)) {
                if (pairs >= target) {
                    break;
                }
                const QString suffix = QString::number(copy).rightJustified(5, u'0');
                QJsonObject contact = contactById.value(t.link.highLevelId);
                const QString hlId = t.link.highLevelId.left(15) + suffix;
                contact.insert(u"id"_s, hlId);
                // An hour older than the original: outside the no-op run's re-read window, as a steady state is.
                const QDateTime updated = sync::fromIso(contact.value(u"dateUpdated"_s).toString()).addSecs(-3600);
                contact.insert(u"dateUpdated"_s, updated.toString(Qt::ISODateWithMs));
                contacts.append(contact);
                QJsonObject account = accountById.value(t.link.badgerId);
                const qint64 bgId = t.link.badgerId.toLongLong() + qint64(copy) * 10'000'000;
                account.insert(u"id"_s, double(bgId));
                QJsonArray locations = account.value(u"locations"_s).toArray();
                for (qsizetype i = 0; i < locations.size(); ++i) {
                    QJsonObject location = locations.at(i).toObject();
                    location.insert(u"id"_s, location.value(u"id"_s).toDouble() + double(copy) * 10'000'000);
                    locations.replace(i, location);
                }
                account.insert(u"locations"_s, locations);
                accounts.append(account);

                const QString badgerId = QString::number(bgId);
                const qint64 linkId = h.ledger().createLink(u"contact"_s, hlId, badgerId, t.link.label);
                if (linkId == 0) {
                    return false;
                }
                for (auto it = t.bases.constBegin(); it != t.bases.constEnd(); ++it) {
                    if (!h.ledger().setBase(linkId, it.key(), it.value())) {
                        return false;
                    }
                }
                sync::RemoteRecord hl = t.hl;
                hl.remoteId = hlId;
                hl.changedAt = updated;
                sync::RemoteRecord bg = t.bg;
                bg.remoteId = badgerId;
                if (!h.ledger().upsertRemote(hl) || !h.ledger().upsertRemote(bg)) {
                    return false;
                }
                ++pairs;
            }
        }
        return true;
    });
    if (!ok) {
        *error = h.ledger().lastError();
        return 0;
    }
    highlevel.insert(u"contacts"_s, contacts);
    badger.insert(u"accounts"_s, accounts);
    h.sandbox().loadSeed(QJsonObject{{u"highlevel"_s, highlevel}, {u"badger"_s, badger}});
    return pairs;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption records(u"records"_s, u"records per side for 1-3"_s, u"n"_s, u"10000"_s);
    const QCommandLineOption limited(u"limited-records"_s, u"records per side for the rate-limited run"_s, u"n"_s,
                                     u"400"_s);
    const QCommandLineOption rssRecords(u"rss-records"_s, u"only measure the peak RSS of a no-op sync over n linked "
                                                          u"pairs (0: skip; see the header)"_s,
                                        u"n"_s, u"0"_s);
    const QCommandLineOption rssTemplate(u"rss-template"_s, u"records per side of the real sync the pairs are copied "
                                                            u"from"_s,
                                         u"n"_s, u"2000"_s);
    const QCommandLineOption rssClientDir(u"rss-client"_s, u"(internal) run the no-op sync on this data folder"_s,
                                          u"dir"_s);
    const QCommandLineOption rssLimits(u"rss-limits"_s, u"client limits of the no-op run: unlimited (every linked "
                                                        u"Badger account re-read) or production"_s,
                                       u"kind"_s, u"unlimited"_s);
    const QCommandLineOption ghlUrl(u"ghl-url"_s, u"(internal, with --rss-client)"_s, u"url"_s);
    const QCommandLineOption badgerUrl(u"badger-url"_s, u"(internal, with --rss-client)"_s, u"url"_s);
    const QCommandLineOption rssDailyScan(u"rss-daily-scan"_s, u"with --rss-records: measure the once-a-day run "
                                                               "that lists every HighLevel contact instead"_s);
    parser.addOptions({records, limited, rssRecords, rssTemplate, rssClientDir, rssLimits, rssDailyScan, ghlUrl,
                       badgerUrl});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    QList<Row> rows;

    if (parser.isSet(rssClientDir)) {
        return rssClient(parser.value(rssClientDir), QUrl(parser.value(ghlUrl)), QUrl(parser.value(badgerUrl)),
                         parser.value(rssLimits) == u"production"_s, parser.isSet(rssDailyScan));
    }
    if (const int target = parser.value(rssRecords).toInt(); target > 0) {
        synctest::SyncHarness h(parser.value(rssTemplate).toInt(), 2026);
        if (!h.ok()) {
            out << "sandbox failed: " << h.error() << Qt::endl;
            return 1;
        }
        const sync::RunSummary first = h.sync().run(false);
        // A second real run before copying: the first run's HighLevel cursor stops at the newest dateUpdated it READ
        // (the generator's dates), while its own writes stamped most template contacts with today's time; copies of
        // those (an hour older) would all fall inside the no-op window and be read again. The second run reads the
        // first's writes once, moves the cursor past them and makes no write: the steady state the copies join.
        const sync::RunSummary second = h.sync().run(false);
        QElapsedTimer seeding;
        seeding.start();
        QString error;
        const int pairs = cloneLinkedPairs(h, target, &error);
        if (pairs == 0) {
            out << "seeding failed: " << error << Qt::endl;
            return 1;
        }
        const double seedSeconds = double(seeding.elapsed()) / 1000.0;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    QStringList{u"--rss-client"_s, h.dataDir(), u"--ghl-url"_s, h.sandbox().highLevelBaseUrl().toString(),
                     u"--badger-url"_s, h.sandbox().badgerBaseUrl().toString(), u"--rss-limits"_s,
                     parser.value(rssLimits)}
                        + (parser.isSet(rssDailyScan) ? QStringList{u"--rss-daily-scan"_s} : QStringList()));
        // The sandbox serves from its own thread: blocking here is fine.
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            out << "the no-op sync process failed" << Qt::endl;
            return 1;
        }
        const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
        const QJsonObject summary = result.value(u"summary"_s).toObject();
        rows << Row{u"template: real initial sync of %1 records/side, linked"_s.arg(parser.value(rssTemplate)),
                    u"%1 (%2)"_s.arg(first.linked).arg(first.status)}
             << Row{u"template: second real sync (moves the cursor past the first's writes): writes"_s,
                    u"%1 (%2)"_s.arg(second.highLevelWrites + second.badgerWrites).arg(second.status)}
             << Row{u"pairs copied into sandbox + ledger (seeding time)"_s,
                    u"%1 linked pairs (%2 s)"_s.arg(pairs).arg(seedSeconds, 0, 'f', 1)}
             << Row{u"%1 (%2 limits) in its own process over %3 linked: peak RSS"_s
                        .arg(parser.isSet(rssDailyScan) ? u"daily full-listing sync"_s : u"no-op sync"_s)
                        .arg(parser.value(rssLimits))
                        .arg(result.value(u"linked"_s).toInt()),
                    u"%1 MB"_s.arg(double(result.value(u"peakRssKb"_s).toInteger()) / 1024.0, 0, 'f', 1)}
             << Row{u"  RSS before the run (process + ledger open)"_s,
                    u"%1 MB"_s.arg(double(result.value(u"rssBeforeRunKb"_s).toInteger()) / 1024.0, 0, 'f', 1)}
             << Row{u"  wall / CPU"_s, u"%1 s / %2 s"_s.arg(double(result.value(u"wallMs"_s).toInteger()) / 1000.0, 0, 'f', 1)
                                           .arg(result.value(u"cpuS"_s).toDouble(), 0, 'f', 1)}
             << Row{u"  calls HighLevel / Badger, writes"_s,
                    u"%1 / %2, %3"_s.arg(summary.value(u"calls"_s).toObject().value(u"highlevel"_s).toInt())
                        .arg(summary.value(u"calls"_s).toObject().value(u"badger"_s).toInt())
                        .arg(summary.value(u"writes"_s).toObject().value(u"highlevel"_s).toInt()
                             + summary.value(u"writes"_s).toObject().value(u"badger"_s).toInt())}
             << Row{u"  status"_s, summary.value(u"status"_s).toString()};
        for (const QJsonValue& phase : result.value(u"phases"_s).toArray()) {
            rows << Row{u"    peak RSS when starting: "_s + phase.toString().section(u": "_s, 0, -2),
                        phase.toString().section(u": "_s, -1)};
        }
    } else {

        {
            const int n = parser.value(records).toInt();
            synctest::SyncHarness h(n, 2026);
            if (!h.ok()) {
                out << "sandbox failed: " << h.error() << Qt::endl;
                return 1;
            }
            const double cpu0 = cpuSeconds();
            QElapsedTimer wall;
            wall.start();
            const sync::RunSummary first = h.sync().run(false);
            const double seconds = double(wall.elapsed()) / 1000.0;
            const double cpu = cpuSeconds() - cpu0;
            const int calls = first.highLevelCalls + first.badgerCalls;
            rows << Row{u"initial sync, %1 records/side: status"_s.arg(n), first.status}
                 << Row{u"  wall time"_s, u"%1 s"_s.arg(seconds, 0, 'f', 1)}
                 << Row{u"  CPU time (client + in-process sandbox)"_s, u"%1 s"_s.arg(cpu, 0, 'f', 1)}
                 << Row{u"  peak RSS (client + in-process sandbox)"_s, u"%1 MB"_s.arg(double(peakRssKb()) / 1024.0, 0, 'f', 1)}
                 << Row{u"  calls (HighLevel / Badger)"_s, u"%1 / %2"_s.arg(first.highLevelCalls).arg(first.badgerCalls)}
                 << Row{u"  requests/s"_s, u"%1"_s.arg(double(calls) / seconds, 0, 'f', 0)}
                 << Row{u"  linked / created in HL / created in Badger"_s,
                        u"%1 / %2 / %3"_s.arg(first.linked).arg(first.createdHighLevel).arg(first.createdBadger)};

            QElapsedTimer wall2;
            wall2.start();
            const sync::RunSummary noop = h.sync().run(false);
            rows << Row{u"no-op incremental over %1 linked: calls HighLevel / Badger"_s.arg(h.ledger().countLinks(u"contact"_s)),
                        u"%1 / %2"_s.arg(noop.highLevelCalls).arg(noop.badgerCalls)}
                 << Row{u"  writes"_s, QString::number(noop.writes())}
                 << Row{u"  wall time"_s, u"%1 s"_s.arg(double(wall2.elapsed()) / 1000.0, 0, 'f', 1)};
            // A no-op run that writes has found a difference the first run left behind: say which.
            int shown = 0;
            for (const sync::PlannedChange& c : std::as_const(noop.changes)) {
                if (c.direction == u"to_highlevel"_s || c.direction == u"to_badger"_s || c.direction.startsWith(u"create"_s)) {
                    if (++shown > 12) {
                        break;
                    }
                    rows << Row{u"    %1: %2 %3"_s.arg(c.direction, c.record.left(40), c.field),
                                u"\"%1\" -> \"%2\""_s.arg(c.oldValue.left(60), c.newValue.left(60))};
                }
            }
        }

        {
            // HighLevel's 100 / 10 s, shortened to 20 / 1 s so the run takes seconds, enforced by the sandbox; the client
            // starts from the same defaults it would use in production and adapts to the headers.
            const int n = parser.value(limited).toInt();
            synctest::SyncHarness h(n, 77);
            h.sandbox().setLimits(QJsonObject{{u"highlevel"_s, QJsonObject{{u"burstMax"_s, 20}, {u"burstIntervalMs"_s, 1000},
                                                                          {u"dailyMax"_s, 0}}}});
            api::ServiceLimits limits = api::ServiceLimits::defaultsFor(api::Service::HighLevel);
            limits.burstMax = 20;
            limits.burstIntervalMs = 1000;
            limits.dailyLimit = 0;
            h.engine().governor()->setLimits(api::Service::HighLevel, limits);
            int hl429 = 0;
            QList<QDateTime> hlCalls;
            QList<QDateTime> hlWrites;
            QObject::connect(&h.engine(), &api::RequestEngine::callFinished, &app, [&](const api::CallLogEntry& e) {
                if (e.service == api::Service::HighLevel) {
                    hlCalls.append(e.time);
                    hl429 += e.status == 429 ? 1 : 0;
                    if (e.method != "GET" && e.operation != u"contacts.search"_s) {
                        hlWrites.append(e.time);
                    }
                }
            });
            const sync::RunSummary run = h.sync().run(false);
            // What the server allows over a span T from a first call to a last: at most 20 in any 1 s, so at most
            // 20 * (floor(T) + 1) calls (the bound is reached by full bursts at 0, 1, ..., floor(T) s). The earlier
            // figure, 20 * T + 20, also counts the fraction of a window after the last call, which no client can use.
            auto spanOf = [](QList<QDateTime> times) {
                std::sort(times.begin(), times.end());
                return times.size() > 1 ? double(times.first().msecsTo(times.last())) / 1000.0 : 0.0;
            };
            auto maxAllowed = [](double span) { return 20.0 * (std::floor(span) + 1.0); };
            auto linearAllowed = [](double span) { return 20.0 * span + 20.0; };
            const double span = spanOf(hlCalls);
            // The write phase: from the first HighLevel write to the last, every HighLevel call made in it (reads too,
            // they use the same budget). Before it, the sync is reading (mostly Badger) and has nothing to write yet.
            std::sort(hlWrites.begin(), hlWrites.end());
            const double writeSpan = spanOf(hlWrites);
            int inWritePhase = 0;
            for (const QDateTime& t : std::as_const(hlCalls)) {
                inWritePhase += !hlWrites.isEmpty() && t >= hlWrites.first() && t <= hlWrites.last() ? 1 : 0;
            }
            auto ratios = [](double calls, double exact, double linear) {
                return u"%1  (20 * T + 20: %2)"_s.arg(calls / exact, 0, 'f', 3).arg(calls / linear, 0, 'f', 3);
            };
            rows << Row{u"HighLevel limit 20 per 1 s enforced, %1 records/side: HighLevel calls / writes"_s.arg(n),
                        u"%1 / %2"_s.arg(hlCalls.size()).arg(hlWrites.size())}
                 << Row{u"  write phase T (first to last HighLevel write)"_s,
                        u"%1 s, %2 HighLevel calls"_s.arg(writeSpan, 0, 'f', 2).arg(inWritePhase)}
                 << Row{u"  achieved / allowed in the write phase"_s,
                        ratios(inWritePhase, maxAllowed(writeSpan), linearAllowed(writeSpan))}
                 << Row{u"  all HighLevel traffic T (reads first)"_s, u"%1 s"_s.arg(span, 0, 'f', 2)}
                 << Row{u"  achieved / allowed over all of it"_s,
                        ratios(hlCalls.size(), maxAllowed(span), linearAllowed(span))}
                 << Row{u"  429 responses"_s, QString::number(hl429)}
                 << Row{u"  status"_s, run.status};
        }

    }

    int width = 0;
    for (const Row& r : std::as_const(rows)) {
        width = std::max(width, int(r.name.size()));
    }
    out << Qt::endl << u"Fieldbridge sync benchmark"_s << Qt::endl;
    for (const Row& r : std::as_const(rows)) {
        out << r.name.leftJustified(width + 2) << r.value << Qt::endl;
    }
    return 0;
}
