// Client-side cost of the request engine per request (requests/s and CPU time per request, from getrusage), beside raw
// QNetworkAccessManager against the same sandbox in the same run. The sandbox runs in a child process (this program
// with --serve) with no rate limits, so the CPU measured here is the client's alone. Not a test: it prints figures.
// Usage: fieldbridge-bench-api [--requests N] [--rounds R]   (bench/api/run.sh builds and runs it)
#include "SandboxServer.h"
#include "api/RequestEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Token = "bench-token";
const QString ContactPath = u"/contacts/CntBench000000000001"_s;
const QByteArray PutBody = R"({"city":"Bench","tags":["bench"]})";

int serve()
{
    fb::sandbox::SandboxServer sandbox;
    const QJsonObject location{{u"id"_s, u"LocBench000000000001"_s}, {u"name"_s, u"Bench"_s},
                               {u"token"_s, QString::fromLatin1(Token)}};
    const QJsonObject contact{{u"id"_s, u"CntBench000000000001"_s}, {u"locationId"_s, u"LocBench000000000001"_s},
                              {u"firstName"_s, u"Bench"_s}, {u"email"_s, u"bench@example.com"_s}};
    sandbox.loadSeed(QJsonObject{{u"highlevel"_s, QJsonObject{{u"locations"_s, QJsonArray{location}},
                                                              {u"contacts"_s, QJsonArray{contact}}}}});
    sandbox.setLimits(QJsonObject{{u"highlevel"_s, QJsonObject{{u"burstMax"_s, 0}, {u"dailyMax"_s, 0}}}});
    QString error;
    if (!sandbox.start(0, &error)) {
        QTextStream(stderr) << "sandbox: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << sandbox.highLevelBaseUrl().toString() << '\n';
    out.flush();
    // Until the parent closes our stdin.
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    while (!in.readLine().isEmpty() || !in.atEnd()) {
    }
    sandbox.stop();
    return 0;
}

struct Figures
{
    double requestsPerSecond = 0;
    double cpuMicrosPerRequest = 0;
    int errors = 0;
};

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Runs `total` requests, 6 in flight, 50/50 GET and PUT; startOne(i, done) must call done(ok) once.
Figures measure(int total, const std::function<void(int, std::function<void(bool)>)>& startOne)
{
    int started = 0;
    int finished = 0;
    int errors = 0;
    QEventLoop loop;
    std::function<void()> next;
    next = [&] {
        const int i = started++;
        startOne(i, [&](bool ok) {
            if (!ok) {
                ++errors;
            }
            if (++finished == total) {
                loop.quit();
            } else if (started < total) {
                next();
            }
        });
    };
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 6 && started < total; ++i) {
        next();
    }
    loop.exec();
    const qint64 ms = std::max<qint64>(timer.elapsed(), 1);
    const double cpu = cpuSeconds() - cpu0;
    return {total * 1000.0 / double(ms), cpu * 1e6 / total, errors};
}

Figures runRaw(const QUrl& base, int total)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    const QUrl url(base.toString() + ContactPath);
    return measure(total, [&](int i, std::function<void(bool)> done) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + Token);
        request.setRawHeader("Version", "2021-07-28");
        request.setRawHeader("Accept", "application/json");
        QNetworkReply* reply = nullptr;
        if (i % 2 == 0) {
            reply = manager.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            reply = manager.put(request, PutBody);
        }
        QObject::connect(reply, &QNetworkReply::finished, &manager, [reply, done] {
            const bool ok = reply->error() == QNetworkReply::NoError
                            && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->readAll();
            reply->deleteLater();
            done(ok);
        });
    });
}

Figures runEngine(const QUrl& base, int total)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    fb::api::RequestEngine engine(&manager, nullptr);
    fb::api::ServiceConfig config;
    config.baseUrl = base;
    config.credential = QString::fromLatin1(Token);
    config.accountKey = u"LocBench000000000001"_s;
    engine.setServiceConfig(fb::api::Service::HighLevel, config);
    fb::api::ServiceLimits unlimited = fb::api::ServiceLimits::defaultsFor(fb::api::Service::HighLevel);
    unlimited.burstMax = 0;
    unlimited.dailyLimit = 0;
    engine.governor()->setLimits(fb::api::Service::HighLevel, unlimited);
    return measure(total, [&](int i, std::function<void(bool)> done) {
        fb::api::ApiRequest r;
        r.path = ContactPath;
        r.pathTemplate = u"/contacts/{contactId}"_s;
        if (i % 2 == 0) {
            r.method = "GET";
            r.operation = u"contacts.get"_s;
        } else {
            r.method = "PUT";
            r.operation = u"contacts.update"_s;
            r.bodyKind = fb::api::BodyKind::Json;
            r.body = PutBody;
        }
        engine.send(r, &engine, [done](const fb::api::ApiResult& res) { done(res.ok() && res.json.isObject()); });
    });
}

Figures median(QList<Figures> v)
{
    std::sort(v.begin(), v.end(), [](const Figures& a, const Figures& b) { return a.requestsPerSecond < b.requestsPerSecond; });
    return v.isEmpty() ? Figures{} : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serveOption(u"serve"_s, u"Internal: run the sandbox and print its HighLevel URL."_s);
    const QCommandLineOption requests(u"requests"_s, u"Requests per run."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption rounds(u"rounds"_s, u"Alternating rounds (raw QNAM, engine)."_s, u"n"_s, u"5"_s);
    parser.addOptions({serveOption, requests, rounds});
    parser.process(app);
    if (parser.isSet(serveOption)) {
        return serve();
    }
    const int total = std::max(parser.value(requests).toInt(), 10);
    const int roundCount = std::max(parser.value(rounds).toInt(), 1);
    QTextStream out(stdout);

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QCoreApplication::applicationFilePath(), {u"--serve"_s});
    if (!server.waitForStarted(10000) || !server.waitForReadyRead(10000)) {
        out << "could not start the sandbox process\n";
        return 1;
    }
    const QUrl base(QString::fromLatin1(server.readLine().trimmed()));

    out << "Client cost per request: 6 in flight, " << total << " requests per run, 50/50 GET and PUT of a small JSON "
        << "contact, sandbox in its own process (no limits), " << QThread::idealThreadCount() << " cores\n";
    runRaw(base, 500); // warm-up
    runEngine(base, 500);
    QList<Figures> raws;
    QList<Figures> engines;
    for (int round = 1; round <= roundCount; ++round) {
        const Figures raw = runRaw(base, total);
        const Figures eng = runEngine(base, total);
        raws.append(raw);
        engines.append(eng);
        out << "round " << round << ": raw QNAM " << qRound(raw.requestsPerSecond) << " req/s, "
            << QString::number(raw.cpuMicrosPerRequest, 'f', 1) << " us CPU/req (" << raw.errors << " errors) | engine "
            << qRound(eng.requestsPerSecond) << " req/s, " << QString::number(eng.cpuMicrosPerRequest, 'f', 1)
            << " us CPU/req (" << eng.errors << " errors)\n";
        out.flush();
    }
    const Figures r = median(raws);
    const Figures e = median(engines);
    out << "median: raw QNAM " << qRound(r.requestsPerSecond) << " req/s, " << QString::number(r.cpuMicrosPerRequest, 'f', 1)
        << " us CPU/req; engine " << qRound(e.requestsPerSecond) << " req/s, "
        << QString::number(e.cpuMicrosPerRequest, 'f', 1) << " us CPU/req; engine overhead "
        << QString::number(e.cpuMicrosPerRequest - r.cpuMicrosPerRequest, 'f', 1) << " us CPU/req ("
        << QString::number(100.0 * (e.cpuMicrosPerRequest / std::max(r.cpuMicrosPerRequest, 0.001) - 1.0), 'f', 0) << "%)\n";
    server.closeWriteChannel();
    if (!server.waitForFinished(5000)) {
        server.kill();
        server.waitForFinished(2000);
    }
    return 0;
}
