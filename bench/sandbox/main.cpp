// Throughput of the sandbox as a QNetworkAccessManager client sees it (6 requests in flight, 50/50 GET and PUT of a
// small JSON contact), beside the same client against a trivial HTTP echo server in the same run. Not a test: it
// prints figures. Usage: fieldbridge-bench-sandbox [--requests N] [--rounds R]
#include "SandboxServer.h"
#include "highlevel/HighLevelSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The baseline: answers every request with a fixed small JSON body (or echoes the request body), keep-alive.
class EchoServer : public QObject
{
public:
    bool listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server->nextPendingConnection()) {
                auto* buffer = new QByteArray;
                connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
                    delete buffer;
                    s->deleteLater();
                });
                connect(s, &QTcpSocket::readyRead, s, [s, buffer] {
                    buffer->append(s->readAll());
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        qint64 length = 0;
                        const qsizetype cl = buffer->left(end).toLower().indexOf("content-length:");
                        if (cl >= 0)
                            length = buffer->mid(cl + 15, buffer->indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        QByteArray body = buffer->mid(end + 4, length);
                        buffer->remove(0, end + 4 + length);
                        if (body.isEmpty())
                            body = R"({"contact":{"id":"CntBench000000000001","firstName":"Echo"}})";
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    }
                });
            }
        });
        return m_server->listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server->serverPort(); }

private:
    QTcpServer* m_server = nullptr;
};

struct RunResult
{
    double requestsPerSecond = 0;
    int errors = 0;
};

RunResult drive(const QUrl& base, const QByteArray& token, int total)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    const QUrl contactUrl(base.toString() + u"/contacts/CntBench000000000001"_s);
    const QByteArray putBody = R"({"city":"Bench","tags":["bench"]})";
    int started = 0;
    int finished = 0;
    int errors = 0;
    QEventLoop loop;
    QElapsedTimer timer;
    std::function<void()> startOne = [&] {
        QNetworkRequest request(contactUrl);
        request.setRawHeader("Authorization", "Bearer " + token);
        request.setRawHeader("Version", "2021-07-28");
        QNetworkReply* reply = nullptr;
        if (started % 2 == 0) {
            reply = manager.get(request);
        } else {
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            reply = manager.put(request, putBody);
        }
        ++started;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->error() != QNetworkReply::NoError
                || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++errors;
            reply->readAll();
            reply->deleteLater();
            if (++finished == total)
                loop.quit();
            else if (started < total)
                startOne();
        });
    };
    timer.start();
    for (int i = 0; i < 6 && started < total; ++i)
        startOne();
    loop.exec();
    return {total * 1000.0 / std::max<qint64>(1, timer.elapsed()), errors};
}

// The simulator core alone (no sockets): microseconds per handle() call.
double coreMicroseconds(const QJsonObject& seed, const QByteArray& method, int count)
{
    fb::sandbox::SimClock clock;
    fb::sandbox::HighLevelSimulator simulator(clock);
    simulator.loadSeed(seed.value(u"highlevel"_s).toObject());
    QString ignored;
    simulator.setLimits(QJsonObject {{u"burstMax"_s, 0}, {u"dailyMax"_s, 0}}, &ignored);
    fb::sandbox::SimRequest request;
    request.method = method;
    request.path = u"/contacts/CntBench000000000001"_s;
    request.headers.insert("authorization", "Bearer bench-token");
    request.headers.insert("version", "2021-07-28");
    if (method == "PUT")
        request.body = R"({"city":"Bench","tags":["bench"]})";
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        simulator.handle(request);
    return timer.nsecsElapsed() / 1000.0 / count;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption requests(u"requests"_s, u"Requests per run."_s, u"n"_s, u"20000"_s);
    const QCommandLineOption rounds(u"rounds"_s, u"Alternating rounds (echo, sandbox)."_s, u"n"_s, u"3"_s);
    parser.addOptions({requests, rounds});
    parser.process(app);
    const int total = parser.value(requests).toInt();
    const int roundCount = parser.value(rounds).toInt();
    QTextStream out(stdout);

    fb::sandbox::SandboxServer sandbox;
    const QJsonObject location {
        {u"id"_s, u"LocBench000000000001"_s}, {u"name"_s, u"Bench"_s}, {u"token"_s, u"bench-token"_s}};
    const QJsonObject contact {{u"id"_s, u"CntBench000000000001"_s},
                               {u"locationId"_s, u"LocBench000000000001"_s},
                               {u"firstName"_s, u"Bench"_s},
                               {u"email"_s, u"bench@example.com"_s}};
    const QJsonObject seed {
        {u"highlevel"_s, QJsonObject {{u"locations"_s, QJsonArray {location}}, {u"contacts"_s, QJsonArray {contact}}}}};
    sandbox.loadSeed(seed);
    sandbox.setLimits(QJsonObject {{u"highlevel"_s, QJsonObject {{u"burstMax"_s, 0}, {u"dailyMax"_s, 0}}}});
    QString error;
    if (!sandbox.start(0, &error)) {
        out << "sandbox: " << error << '\n';
        return 1;
    }

    QThread echoThread;
    auto* echo = new EchoServer;
    echo->moveToThread(&echoThread);
    echoThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        echo, [&] { listening = echo->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        out << "echo server cannot listen\n";
        return 1;
    }
    const QUrl echoBase(u"http://127.0.0.1:%1"_s.arg(echo->port()));

    out << "QNAM client, 6 in flight, " << total << " requests per run (50/50 GET/PUT of a small JSON contact), "
        << QThread::idealThreadCount() << " cores\n";
    out << "simulator core alone: GET " << QString::number(coreMicroseconds(seed, "GET", 20000), 'f', 1) << " us, PUT "
        << QString::number(coreMicroseconds(seed, "PUT", 20000), 'f', 1)
        << " us per request (first 2000 PUTs: " << QString::number(coreMicroseconds(seed, "PUT", 2000), 'f', 1)
        << " us)\n";
    QList<double> echoRates;
    QList<double> sandboxRates;
    drive(echoBase, "x", 500); // warm-up
    drive(sandbox.highLevelBaseUrl(), "bench-token", 500);
    for (int round = 1; round <= roundCount; ++round) {
        const RunResult e = drive(echoBase, "x", total);
        const RunResult s = drive(sandbox.highLevelBaseUrl(), "bench-token", total);
        echoRates.append(e.requestsPerSecond);
        sandboxRates.append(s.requestsPerSecond);
        out << "round " << round << ": echo " << qRound(e.requestsPerSecond) << " req/s (" << e.errors
            << " errors), sandbox " << qRound(s.requestsPerSecond) << " req/s (" << s.errors << " errors)\n";
        out.flush();
    }
    out << "sandbox accepted " << sandbox.stats().value(u"connections"_s).toInt() << " connections\n";
    const double ratio = median(echoRates) / std::max(1.0, median(sandboxRates));
    out << "median: echo " << qRound(median(echoRates)) << " req/s, sandbox " << qRound(median(sandboxRates))
        << " req/s, echo/sandbox = " << QString::number(ratio, 'f', 2)
        << (ratio <= 2.0 ? " (within 2x)\n" : " (OVER 2x)\n");

    QMetaObject::invokeMethod(
        echo, [echo] { delete echo; }, Qt::BlockingQueuedConnection);
    echoThread.quit();
    echoThread.wait();
    sandbox.stop();
    return 0;
}
