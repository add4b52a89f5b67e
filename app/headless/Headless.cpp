#include "Headless.h"

#include "SandboxSession.h"
#include "api/BadgerClient.h"
#include "api/BadgerConnectionTest.h"
#include "api/HighLevelClient.h"
#include "api/HighLevelConnectionTest.h"
#include "api/RequestEngine.h"
#include "core/AppPaths.h"
#include "secrets/CredentialResolver.h"
#include "secrets/CredentialStore.h"
#include "sync/SyncConfig.h"
#include "sync/SyncWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace fb::app {

namespace {

std::atomic<bool> g_stopRequested{false};

void onStopSignal(int)
{
    g_stopRequested = true;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::app::Headless)
};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

void printJson(const QJsonObject& o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)) << Qt::flush;
}

QJsonObject toJson(const api::HighLevelConnectionReport& r)
{
    QJsonArray scopes;
    for (const api::HighLevelScopeProbe& probe : r.scopes) {
        const char* state = probe.state == api::HighLevelScopeProbe::State::Granted ? "granted"
            : probe.state == api::HighLevelScopeProbe::State::Denied               ? "denied"
            : probe.state == api::HighLevelScopeProbe::State::Failed               ? "failed"
                                                                                   : "not probed";
        scopes.append(QJsonObject{{u"scope"_s, probe.scope}, {u"state"_s, QString::fromLatin1(state)},
                                  {u"requiredBySync"_s, probe.requiredBySync}, {u"detail"_s, probe.detail}});
    }
    return {{u"ok"_s, r.ok},
            {u"summary"_s, r.summary},
            {u"fixes"_s, QJsonArray::fromStringList(r.fixes)},
            {u"locationId"_s, r.locationId},
            {u"locationName"_s, r.locationName},
            {u"identityNote"_s, r.identityNote},
            {u"scopes"_s, scopes},
            {u"limits"_s, QJsonObject{{u"burstMax"_s, r.limits.burstMax}, {u"intervalMs"_s, r.limits.intervalMs},
                                      {u"dailyLimit"_s, r.limits.dailyLimit},
                                      {u"dailyRemaining"_s, r.limits.dailyRemaining}}},
            {u"limitsNote"_s, r.limitsNote}};
}

int exitCodeFor(const sync::RunSummary& s)
{
    if (s.status == u"ok"_s) {
        return ExitOk;
    }
    if (s.status == u"budget"_s) {
        return ExitBudgetExhausted;
    }
    return ExitFailure;
}

void printSummary(const sync::RunSummary& s)
{
    out() << Tr::tr("%1: %2 HighLevel and %3 Badger calls; linked %4, created %5 in HighLevel and %6 in Badger, "
                "updated %7 in HighLevel and %8 in Badger; conflicts: %9, failed: %10.")
                 .arg(s.dryRun ? Tr::tr("Dry run") : Tr::tr("Sync"))
                 .arg(s.highLevelCalls)
                 .arg(s.badgerCalls)
                 .arg(s.linked)
                 .arg(s.createdHighLevel)
                 .arg(s.createdBadger)
                 .arg(s.updatedHighLevel)
                 .arg(s.updatedBadger)
                 .arg(s.conflicts)
                 .arg(s.failedRecords)
          << Qt::endl;
    if (s.dryRun) {
        for (const sync::PlannedChange& c : s.changes) {
            out() << u"  %1  %2  %3: %4 -> %5"_s.arg(c.direction, c.record, c.field.isEmpty() ? u"-"_s : c.field,
                                                    c.oldValue, c.newValue)
                  << Qt::endl;
        }
    }
    for (const QString& e : s.recordErrors) {
        err() << u"  ! "_s << e << Qt::endl;
    }
    if (!s.plan.isEmpty()) {
        out() << s.plan << Qt::endl;
    }
    if (!s.error.isEmpty()) {
        err() << s.error << Qt::endl;
    }
}

struct Prepared
{
    int exitCode = ExitOk;
    sync::WorkerSetup setup;
    std::unique_ptr<SandboxSession> sandbox;
};

// Reads the configuration and the credentials (token file > environment > keychain) or the sandbox's.
Prepared prepare(const CommandLineOptions& options, const QString& tokenFile, bool needTokens)
{
    Prepared p;
    sync::MappingDocument mapping;
    QString error;
    if (!sync::loadMapping(sync::mappingPath(), &mapping, &error)) {
        err() << error << Qt::endl;
        p.exitCode = ExitConfig;
        return p;
    }
    if (options.sandbox) {
        p.sandbox = std::make_unique<SandboxSession>();
        if (!p.sandbox->start(&error)) {
            err() << Tr::tr("Could not start the sandbox: %1").arg(error) << Qt::endl;
            p.exitCode = ExitFailure;
            return p;
        }
        p.setup = p.sandbox->workerSetup(mapping);
        p.setup.autoSync = false;
        return p;
    }
    auto settings = paths::openSettings();
    p.setup.config.load(*settings);
    if (options.ghlUrl.isValid()) {
        p.setup.config.highLevelBaseUrl = options.ghlUrl;
    }
    if (options.badgerUrl.isValid()) {
        p.setup.config.badgerBaseUrl = options.badgerUrl;
    }
    if (!options.locationId.isEmpty()) {
        p.setup.config.locationId = options.locationId;
    }
    p.setup.databasePath = paths::databasePath();
    p.setup.budgetFile = QDir(paths::dataDir()).filePath(u"budgets.ini"_s);
    p.setup.mapping = mapping;
    p.setup.autoSync = false;
    if (!needTokens) {
        return p;
    }
    secrets::CredentialStore store;
    secrets::CredentialResolver resolver(&store);
    secrets::CredentialResolver::Options resolveOptions;
    resolveOptions.connection = p.setup.config.connection;
    resolveOptions.tokenFile = tokenFile;
    const auto ghl = resolver.resolveAndWait(api::Service::HighLevel, resolveOptions);
    const auto badger = resolver.resolveAndWait(api::Service::Badger, resolveOptions);
    QStringList problems;
    if (!ghl.token.ok) {
        problems << Tr::tr("HighLevel token: %1").arg(ghl.token.message);
    }
    if (!badger.token.ok) {
        problems << Tr::tr("Badger API key: %1").arg(badger.token.message);
    }
    if (!ghl.locationId.isEmpty() && options.locationId.isEmpty()) {
        p.setup.config.locationId = ghl.locationId;
    }
    if (p.setup.config.locationId.isEmpty()) {
        problems << Tr::tr("No HighLevel location id: pass --location-id, set FIELDBRIDGE_GHL_LOCATION_ID, or connect "
                       "HighLevel in the app.");
    }
    if (!problems.isEmpty()) {
        for (const QString& problem : std::as_const(problems)) {
            err() << problem << Qt::endl;
        }
        p.exitCode = ExitConfig;
        return p;
    }
    p.setup.highLevelToken = ghl.token.value;
    p.setup.badgerToken = badger.token.value;
    return p;
}

int runSync(const CommandLineOptions& options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption once(u"once"_s, Tr::tr("Run one sync and exit (the default)."));
    const QCommandLineOption watch(u"watch"_s, Tr::tr("Keep syncing every <seconds> (default: the configured interval)."),
                                   Tr::tr("seconds"));
    const QCommandLineOption dryRun(u"dry-run"_s, Tr::tr("Show the planned changes without writing anything."));
    const QCommandLineOption full(u"full"_s, Tr::tr("Read every record on both sides this run."));
    const QCommandLineOption json(u"json"_s, Tr::tr("Print the run summary as JSON."));
    const QCommandLineOption tokenFile(u"token-file"_s, Tr::tr("Read the tokens from <file> (see README)."), Tr::tr("file"));
    parser.addOptions({once, watch, dryRun, full, json, tokenFile});
    // "--watch" without a value: the option takes one; accept the bare form too.
    QStringList argv = QStringList{u"sync"_s} + args;
    bool bareWatch = false;
    const qsizetype w = argv.indexOf(u"--watch"_s);
    if (w > 0 && (w + 1 >= argv.size() || argv.at(w + 1).startsWith(u"--"_s))) {
        argv.removeAt(w);
        bareWatch = true;
    }
    if (!parser.parse(argv)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    const bool watching = bareWatch || parser.isSet(watch);
    if (watching && parser.isSet(dryRun)) {
        err() << Tr::tr("--watch and --dry-run cannot be combined.") << Qt::endl;
        return ExitUsage;
    }
    Prepared p = prepare(options, parser.value(tokenFile), true);
    if (p.exitCode != ExitOk) {
        return p.exitCode;
    }
    sync::SyncStack stack;
    QString error;
    store::OpenResult opened;
    if (!stack.open(p.setup, &error, &opened)) {
        err() << error << Qt::endl;
        return opened.status == store::OpenResult::Status::Ok ? ExitFailure : ExitDataError;
    }
    sync::SyncSettings settings = stack.sync->settings();
    settings.fullRefresh = parser.isSet(full);
    stack.sync->setSettings(settings);

    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &stopPoll, [&] {
        if (g_stopRequested) {
            stack.sync->requestStop();
        }
    });
    stopPoll.start(200);

    const int interval = parser.isSet(watch) ? parser.value(watch).toInt() : p.setup.config.intervalSeconds;
    int code = ExitOk;
    do {
        const sync::RunSummary summary = stack.sync->run(parser.isSet(dryRun));
        if (parser.isSet(json)) {
            QJsonObject o = summary.toJson();
            o.insert(u"counts"_s, stack.sync->counts().toJson());
            printJson(o);
        } else {
            printSummary(summary);
        }
        // A run cut short because the user (or systemd stopping the unit) asked is a clean stop, not a failure: the
        // journal makes the next run continue where this one ended.
        code = g_stopRequested && summary.status == u"stopped"_s ? ExitOk : exitCodeFor(summary);
        if (p.sandbox) {
            p.sandbox->save();
        }
        if (!watching || g_stopRequested) {
            break;
        }
        // Wait for the next run; a budget stop waits until the budget allows it.
        qint64 waitMs = qint64(std::max(10, interval)) * 1000;
        if (summary.status == u"budget"_s && summary.resumeAt.isValid()) {
            waitMs = std::max<qint64>(waitMs, QDateTime::currentDateTimeUtc().msecsTo(summary.resumeAt));
        }
        QEventLoop loop;
        QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (g_stopRequested) {
                loop.quit();
            }
        });
        poll.start(200);
        loop.exec();
    } while (!g_stopRequested);
    return code;
}

int runStatus(const CommandLineOptions& options, const QStringList& args)
{
    const bool json = args.contains(u"--json"_s);
    Prepared p = prepare(options, {}, false);
    if (p.exitCode != ExitOk) {
        return p.exitCode;
    }
    sync::SyncStack stack;
    QString error;
    store::OpenResult opened;
    if (!stack.open(p.setup, &error, &opened)) {
        err() << error << Qt::endl;
        return opened.status == store::OpenResult::Status::Ok ? ExitFailure : ExitDataError;
    }
    const sync::EntityCounts counts = stack.sync->counts();
    const QJsonObject lastRun = stack.ledger->lastRunSummary();
    QJsonObject budgets;
    for (api::Service service : {api::Service::HighLevel, api::Service::Badger}) {
        const api::BudgetState b = stack.engine->budgetState(service);
        budgets.insert(api::toString(service).toLower(),
                       QJsonObject{{u"dailyLimit"_s, b.dailyLimit}, {u"dailyUsed"_s, b.dailyUsed},
                                   {u"dailyRemaining"_s, b.dailyRemaining}, {u"exhausted"_s, b.exhausted},
                                   {u"resetAt"_s, sync::toIso(b.resetAt)}});
    }
    const QJsonObject status{{u"counts"_s, counts.toJson()}, {u"lastRun"_s, lastRun}, {u"budgets"_s, budgets},
                             {u"dataDir"_s, paths::dataDir()}};
    if (json) {
        printJson(status);
    } else {
        out() << Tr::tr("Linked: %1, pending: %2, failed: %3, ambiguous: %4, conflicts: %5")
                     .arg(counts.linked)
                     .arg(counts.pending)
                     .arg(counts.failed)
                     .arg(counts.ambiguous)
                     .arg(counts.conflicts)
              << Qt::endl;
        if (lastRun.contains(u"status"_s)) {
            out() << Tr::tr("Last run: %1 (%2)")
                         .arg(sync::runStatusText(lastRun.value(u"status"_s).toString()),
                              lastRun.value(u"finishedAt"_s).toString())
                  << Qt::endl;
        } else {
            out() << Tr::tr("Last run: never") << Qt::endl;
        }
    }
    return ExitOk;
}

int runCheck(const CommandLineOptions& options, const QStringList& args)
{
    const bool json = args.contains(u"--json"_s);
    QString tokenFile;
    const qsizetype tf = args.indexOf(u"--token-file"_s);
    if (tf >= 0 && tf + 1 < args.size()) {
        tokenFile = args.at(tf + 1);
    }
    Prepared p = prepare(options, tokenFile, true);
    if (p.exitCode != ExitOk) {
        return p.exitCode;
    }
    api::RequestEngine engine;
    engine.setServiceConfig(api::Service::HighLevel, sync::highLevelServiceConfig(p.setup));
    engine.setServiceConfig(api::Service::Badger, sync::badgerServiceConfig(p.setup));

    api::HighLevelClient hlClient(&engine, p.setup.config.locationId);
    api::HighLevelConnectionTest hlTest(&hlClient);
    api::badger::BadgerClient bgClient(engine);
    api::badger::BadgerConnectionTest bgTest(bgClient);
    QEventLoop loop;
    int pending = 2;
    auto done = [&] {
        if (--pending == 0) {
            loop.quit();
        }
    };
    QObject::connect(&hlTest, &api::HighLevelConnectionTest::finished, &loop, done);
    QObject::connect(&bgTest, &api::badger::BadgerConnectionTest::finished, &loop, done);
    hlTest.start();
    bgTest.start();
    loop.exec();
    const api::HighLevelConnectionReport hl = hlTest.report();
    const api::badger::BadgerConnectionReport bg = bgTest.report();
    if (json) {
        printJson(QJsonObject{{u"highlevel"_s, toJson(hl)}, {u"badger"_s, bg.toJson()}});
    } else {
        out() << u"HighLevel: "_s << hl.summary << Qt::endl;
        for (const QString& fix : hl.fixes) {
            out() << u"  - "_s << fix << Qt::endl;
        }
        out() << u"Badger: "_s << bg.summary << Qt::endl;
        for (const QString& fix : bg.problems) {
            out() << u"  - "_s << fix << Qt::endl;
        }
    }
    return hl.ok && bg.ok ? ExitOk : ExitFailure;
}

} // namespace

int runHeadless(const CommandLineOptions& options)
{
    sync::registerSyncMetaTypes();
    const QString command = options.headlessArguments.value(0);
    const QStringList args = options.headlessArguments.mid(1);
    if (command == u"sync"_s) {
        return runSync(options, args);
    }
    if (command == u"status"_s) {
        return runStatus(options, args);
    }
    if (command == u"check"_s) {
        return runCheck(options, args);
    }
    err() << (command.isEmpty() ? Tr::tr("No headless command given.") : Tr::tr("Unknown headless command: \"%1\".").arg(command))
          << u' ' << Tr::tr("Commands: sync [--once|--watch [SECONDS]] [--dry-run] [--full] [--json], status [--json], "
                        "check [--json].")
          << Qt::endl;
    return ExitUsage;
}

} // namespace fb::app
