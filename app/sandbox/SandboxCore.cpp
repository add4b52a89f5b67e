#include "SandboxCore.h"

#include "badger/BadgerSimulator.h"
#include "highlevel/HighLevelSimulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fb::sandbox {

namespace {

SimReply notFound(const QByteArray& method, const QString& path)
{
    // The shape NestJS (behind GHL) gives for an unknown route.
    return SimReply::json(
        404,
        QJsonObject {{u"statusCode"_s, 404},
                     {u"message"_s, QString(u"Cannot "_s + QString::fromLatin1(method) + u' ' + path)},
                     {u"error"_s, u"Not Found"_s}});
}

SimReply methodNotAllowed(const QByteArray& allow)
{
    SimReply r = SimReply::json(405, QJsonObject {{u"statusCode"_s, 405}, {u"message"_s, u"Method Not Allowed"_s}});
    r.setHeader("Allow", allow);
    return r;
}

SimReply adminError(int status, const QString& message)
{
    return SimReply::json(status, QJsonObject {{u"statusCode"_s, status}, {u"error"_s, message}});
}

} // namespace

SandboxCore::SandboxCore(SimClock& clock)
    : m_clock(clock)
    , m_highLevel(std::make_unique<HighLevelSimulator>(clock))
    , m_badger(std::make_unique<BadgerSimulator>(clock))
{
    m_simulators = {m_highLevel.get(), m_badger.get()};
}

SandboxCore::~SandboxCore()
{
    close();
}

bool SandboxCore::listen(quint16 port, QString* error)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &SandboxCore::onNewConnection);
    }
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 SandboxCore::port() const
{
    return m_server && m_server->isListening() ? m_server->serverPort() : 0;
}

void SandboxCore::close()
{
    if (m_server)
        m_server->close();
    const QSet<HttpConnection*> connections = m_connections;
    m_connections.clear();
    for (HttpConnection* c : connections)
        delete c;
}

void SandboxCore::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_stats.recordConnection();
        auto* connection = new HttpConnection(
            socket, m_httpLimits, [this](HttpConnection* c, const HttpRequest& r) { dispatch(c, r); },
            [this](int status) { m_stats.recordProtocolError(status); }, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::closed, this, [this, connection] { m_connections.remove(connection); });
    }
}

SimReply SandboxCore::faultReply(FaultKind kind, int retryAfterSeconds)
{
    switch (kind) {
    case FaultKind::Http500:
        return SimReply::json(500, QJsonObject {{u"statusCode"_s, 500}, {u"message"_s, u"Internal server error"_s}});
    case FaultKind::Http502:
    case FaultKind::Http503: {
        // What a gateway in front of the API sends: HTML, not the API's JSON.
        const int status = kind == FaultKind::Http502 ? 502 : 503;
        SimReply r;
        r.status = status;
        r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/html"));
        r.body = "<html><head><title>" + QByteArray::number(status) + ' ' + HttpConnection::reasonPhrase(status)
            + "</title></head><body><center><h1>" + QByteArray::number(status) + ' '
            + HttpConnection::reasonPhrase(status) + "</h1></center></body></html>\n";
        return r;
    }
    case FaultKind::Http429:
    case FaultKind::Http429NoRetryAfter: {
        SimReply r = SimReply::json(429, QJsonObject {{u"statusCode"_s, 429}, {u"message"_s, u"Too Many Requests"_s}});
        if (kind == FaultKind::Http429)
            r.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
        return r;
    }
    default:
        return SimReply::json(200, QJsonObject {{u"message"_s, u"ok"_s}});
    }
}

void SandboxCore::dispatch(HttpConnection* connection, const HttpRequest& request)
{
    if (request.path == u"/_sandbox" || request.path.startsWith(u"/_sandbox/")) {
        connection->reply(handleAdmin(request));
        return;
    }
    ApiSimulator* simulator = nullptr;
    for (ApiSimulator* s : std::as_const(m_simulators)) {
        const QString prefix = s->pathPrefix();
        if (request.path == prefix || request.path.startsWith(prefix + u'/')) {
            simulator = s;
            break;
        }
    }
    if (!simulator) {
        m_stats.recordOutcome(u"-"_s, request.method, request.path, u"404"_s);
        connection->reply(notFound(request.method, request.path));
        return;
    }

    SimRequest sim;
    sim.method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    sim.path = request.path.mid(simulator->pathPrefix().size());
    if (sim.path.isEmpty())
        sim.path = u"/"_s;
    sim.query = request.query;
    sim.headers = request.headers;
    sim.body = request.body;

    const QString api = simulator->name();
    m_stats.recordAttempt(api, request.method, request.target, request.body);
    const FaultDecision fault = m_faults.decide(api, request.method, sim.path);
    auto record = [&](const QString& outcome) { m_stats.recordOutcome(api, request.method, sim.path, outcome); };

    SimReply reply;
    const bool processed = fault.process && fault.kind != FaultKind::Slow;
    if (processed)
        reply = simulator->handle(sim);

    switch (fault.kind) {
    case FaultKind::None:
        record(QString::number(reply.status));
        connection->reply(reply);
        return;
    case FaultKind::Reset:
        record(u"reset"_s);
        connection->resetConnection();
        return;
    case FaultKind::Drop:
        record(u"drop"_s);
        connection->dropConnection();
        return;
    case FaultKind::NoResponse:
        record(u"noResponse"_s);
        connection->holdForever();
        return;
    case FaultKind::Http500:
    case FaultKind::Http502:
    case FaultKind::Http503:
    case FaultKind::Http429:
    case FaultKind::Http429NoRetryAfter: {
        const SimReply r = faultReply(fault.kind, fault.retryAfterSeconds);
        record(QString::number(r.status));
        connection->reply(r);
        return;
    }
    case FaultKind::Truncated:
        if (!processed)
            reply = faultReply(FaultKind::None, 0);
        record(u"truncated"_s);
        connection->replyTruncated(reply);
        return;
    case FaultKind::Malformed: {
        if (!processed)
            reply = faultReply(FaultKind::None, 0);
        // Framing stays correct; the JSON inside does not parse.
        reply.body = reply.body.left(reply.body.size() / 2) + "\x01<!-- upstream error -->";
        record(u"malformed"_s);
        connection->reply(reply);
        return;
    }
    case FaultKind::Slow: {
        record(u"slow"_s);
        QPointer<HttpConnection> guard(connection);
        if (fault.process) {
            const SimReply ready = simulator->handle(sim);
            QTimer::singleShot(fault.delayMs, connection, [guard, ready] {
                if (guard)
                    guard->reply(ready);
            });
        } else {
            QTimer::singleShot(fault.delayMs, connection, [guard, simulator, sim] {
                if (guard)
                    guard->reply(simulator->handle(sim));
            });
        }
        return;
    }
    }
}

QJsonObject SandboxCore::state() const
{
    QJsonObject out;
    for (const ApiSimulator* s : m_simulators)
        out.insert(s->name(), s->dump());
    return out;
}

void SandboxCore::loadSeed(const QJsonObject& seed)
{
    for (ApiSimulator* s : std::as_const(m_simulators)) {
        if (seed.contains(s->name()))
            s->loadSeed(seed.value(s->name()).toObject());
    }
}

void SandboxCore::resetAll()
{
    for (ApiSimulator* s : std::as_const(m_simulators))
        s->reset();
    m_faults.reset();
    m_stats.clear();
    m_httpLimits = HttpLimits();
    m_clock.reset();
}

bool SandboxCore::setFaults(const QJsonObject& faults, QString* error)
{
    return m_faults.setConfig(faults, error);
}

QJsonObject SandboxCore::limits() const
{
    return QJsonObject {{u"highlevel"_s, m_highLevel->limits()},
                        {u"badger"_s, m_badger->options()},
                        {u"http"_s,
                         QJsonObject {{u"maxHeaderBytes"_s, m_httpLimits.maxHeaderBytes},
                                      {u"maxBodyBytes"_s, m_httpLimits.maxBodyBytes}}}};
}

bool SandboxCore::setLimits(const QJsonObject& limits, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    if (limits.contains(u"highlevel") && !m_highLevel->setLimits(limits.value(u"highlevel").toObject(), err))
        return false;
    if (limits.contains(u"badger"))
        m_badger->setOptions(limits.value(u"badger").toObject());
    if (limits.contains(u"http")) {
        const QJsonObject http = limits.value(u"http").toObject();
        const qint64 header = http.value(u"maxHeaderBytes").toInteger(m_httpLimits.maxHeaderBytes);
        const qint64 body = http.value(u"maxBodyBytes").toInteger(m_httpLimits.maxBodyBytes);
        if (header < 256 || body < 0) {
            *err = u"http limits out of range"_s;
            return false;
        }
        // Applies to connections accepted from now on.
        m_httpLimits.maxHeaderBytes = header;
        m_httpLimits.maxBodyBytes = body;
    }
    return true;
}

SimReply SandboxCore::handleAdmin(const HttpRequest& request)
{
    const QString path = request.path.mid(QStringLiteral("/_sandbox").size());
    const QByteArray& method = request.method;
    auto parseBody = [&](QJsonObject* out) {
        QJsonParseError e {};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        *out = doc.object();
        return true;
    };
    auto ok = [](const QJsonObject& o) { return SimReply::json(200, o); };

    if (path == u"/state") {
        if (method != "GET" && method != "HEAD")
            return methodNotAllowed("GET, HEAD");
        return ok(state());
    }
    if (path == u"/reset") {
        if (method != "POST")
            return methodNotAllowed("POST");
        resetAll();
        return ok(QJsonObject {{u"reset"_s, true}});
    }
    if (path == u"/seed") {
        if (method != "POST")
            return methodNotAllowed("POST");
        QJsonObject seed;
        if (!parseBody(&seed))
            return adminError(400, u"the seed must be a JSON object"_s);
        loadSeed(seed);
        return ok(QJsonObject {{u"loaded"_s, QJsonArray::fromStringList(seed.keys())}});
    }
    if (path == u"/faults" || path == u"/limits") {
        const bool faultsPath = path == u"/faults";
        if (method == "GET" || method == "HEAD")
            return ok(faultsPath ? faults() : limits());
        if (method != "PUT")
            return methodNotAllowed("GET, HEAD, PUT");
        QJsonObject config;
        if (!parseBody(&config))
            return adminError(400, u"the body must be a JSON object"_s);
        QString error;
        if (!(faultsPath ? setFaults(config, &error) : setLimits(config, &error)))
            return adminError(400, error);
        return ok(faultsPath ? faults() : limits());
    }
    if (path == u"/stats") {
        if (method == "GET" || method == "HEAD")
            return ok(stats());
        if (method != "DELETE")
            return methodNotAllowed("GET, HEAD, DELETE");
        clearStats();
        return SimReply::empty(204);
    }
    if (path == u"/clock") {
        if (method != "POST")
            return methodNotAllowed("POST");
        QJsonObject body;
        if (!parseBody(&body) || !body.value(u"advanceMs").isDouble())
            return adminError(400, u"body must be {\"advanceMs\": N}"_s);
        m_clock.advance(body.value(u"advanceMs").toInteger());
        return ok(QJsonObject {{u"now"_s, m_clock.now().toString(Qt::ISODateWithMs)}});
    }
    if (path.isEmpty() || path == u"/") {
        if (method != "GET" && method != "HEAD")
            return methodNotAllowed("GET, HEAD");
        return ok(
            QJsonObject {{u"endpoints"_s,
                          QJsonArray {u"GET /_sandbox/state"_s, u"POST /_sandbox/reset"_s, u"POST /_sandbox/seed"_s,
                                      u"GET|PUT /_sandbox/faults"_s, u"GET|PUT /_sandbox/limits"_s,
                                      u"GET|DELETE /_sandbox/stats"_s, u"POST /_sandbox/clock"_s}}});
    }
    return notFound(method, request.path);
}

} // namespace fb::sandbox
