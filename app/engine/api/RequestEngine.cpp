#include "RequestEngine.h"

#include "BuildInfo.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Redaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace fb::api {

namespace {

// The body of a non-idempotent request. QNetworkAccessManager silently re-sends a request once when the connection
// closes before any response byte (shared/sandbox-http.md §5), POST included; to re-send it must rewind the upload.
// Measured against a QTcpServer that reads the request and closes (Qt 6.4.2, HTTP/1.1, close and reset): a QByteArray
// body and a "Connection: close" header both reached the server twice; with DoNotBufferUploadDataAttribute and this
// device, whose reset() refuses, QNAM asks for reset(), gets false, and fails the reply with ContentReSendError
// instead: the server saw the request exactly once. tst_requestengine proves it on every run (server-side count).
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray& data)
        : m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::bytesAvailable() == 0; }
    bool reset() override
    {
        m_resetRefused = true;
        return false;
    }
    bool resetRefused() const { return m_resetRefused; }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n > 0) {
            std::copy_n(m_data.constData() + m_pos, n, out);
            m_pos += n;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_resetRefused = false;
};

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost"_s, Qt::CaseInsensitive)) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// HTTPS everywhere except loopback (the sandbox and tests).
bool isAllowedUrl(const QUrl& url)
{
    if (url.scheme() == u"https"_s) {
        return true;
    }
    return url.scheme() == u"http"_s && isLoopbackHost(url.host());
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == u"https"_s ? 443 : 80) == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

QUrl buildUrl(const ServiceConfig& config, const ApiRequest& request)
{
    QUrl url = config.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    QString path = request.path;
    if (!path.startsWith(u'/')) {
        path.prepend(u'/');
    }
    url.setPath(base + path);
    if (!request.query.isEmpty()) {
        url.setQuery(request.query);
    }
    return url;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

// Retry-After: delta-seconds or an HTTP-date (RFC 9110 §10.2.3). nullopt when absent or unreadable.
std::optional<qint64> retryAfterMs(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok) {
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    }
    const QString text = QString::fromLatin1(v);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        QString t = text;
        t.remove(u" GMT"_s);
        when = QLocale::c().toDateTime(t, u"ddd, dd MMM yyyy HH:mm:ss"_s);
        when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid()) {
        return std::nullopt;
    }
    return std::max<qint64>(nowUtc.msecsTo(when.toUTC()), 0);
}

QString joinMessages(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray()) {
            const QString s = joinMessages(item);
            if (!s.isEmpty()) {
                parts.append(s);
            }
        }
        return parts.join(u"; "_s);
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const auto& key : {u"message"_s, u"detail"_s, u"error_description"_s, u"error"_s}) {
            if (o.contains(key)) {
                return joinMessages(o.value(key));
            }
        }
    }
    return {};
}

// The server's own words: GHL `message` (string or array) / `error`; DRF `detail`, `non_field_errors`, field lists.
QString extractMessage(const QJsonValue& json)
{
    if (!json.isObject()) {
        return json.isArray() ? joinMessages(json) : QString();
    }
    const QJsonObject o = json.toObject();
    for (const auto& key : {u"message"_s, u"detail"_s, u"msg"_s, u"non_field_errors"_s}) {
        const QString s = joinMessages(o.value(key));
        if (!s.isEmpty()) {
            return s;
        }
    }
    if (o.value(u"error"_s).isString() || o.value(u"error"_s).isObject()) {
        const QString s = joinMessages(o.value(u"error"_s));
        if (!s.isEmpty()) {
            return s;
        }
    }
    // DRF field errors: {"email": ["Enter a valid email address."], "phone": ["..."]}.
    QStringList fields;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isArray()) {
            const QString s = joinMessages(it.value());
            if (!s.isEmpty()) {
                fields.append(it.key() + u": "_s + s);
            }
        }
    }
    return fields.join(u"; "_s);
}

QString htmlTitle(const QByteArray& body)
{
    static const QRegularExpression rx(u"<title[^>]*>([^<]{1,200})</title>"_s, QRegularExpression::CaseInsensitiveOption);
    const auto m = rx.match(QString::fromUtf8(body.left(64 * 1024)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

ErrorClass classForStatus(int status)
{
    if (status >= 200 && status < 300) {
        return ErrorClass::None;
    }
    switch (status) {
    case 400:
    case 422:
        return ErrorClass::Validation;
    case 401:
        return ErrorClass::Auth;
    case 403:
        return ErrorClass::Forbidden;
    case 404:
    case 410:
        return ErrorClass::NotFound;
    case 408:
        return ErrorClass::Timeout;
    case 429:
        return ErrorClass::RateLimited;
    default:
        break;
    }
    return status >= 500 && status < 600 ? ErrorClass::Server : ErrorClass::Other;
}

// A 2xx whose JSON says it is an error ({"statusCode": 4xx, ...} or an object made only of error fields).
std::optional<int> errorBodyStatus(const QJsonValue& json)
{
    if (!json.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    const int statusCode = o.value(u"statusCode"_s).toInt(0);
    if (statusCode >= 400 && statusCode < 600) {
        return statusCode;
    }
    const QJsonValue error = o.value(u"error"_s);
    const bool hasError = (error.isString() && !error.toString().isEmpty()) || error.isObject() || error == QJsonValue(true);
    if (!hasError) {
        return std::nullopt;
    }
    static const QStringList errorKeys = {u"error"_s, u"message"_s, u"statusCode"_s, u"status"_s, u"success"_s,
                                          u"traceId"_s, u"detail"_s, u"code"_s, u"errors"_s, u"error_description"_s};
    for (const QString& key : o.keys()) {
        if (!errorKeys.contains(key)) {
            return std::nullopt;
        }
    }
    return 0;
}

} // namespace

struct RequestEngine::Call
{
    CallId id = 0;
    ApiRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    ServiceConfig config;
    QUrl url;

    int attempt = 0;
    QPointer<QNetworkReply> reply;
    QPointer<OneShotBody> oneShot;
    Clock::TimerId backoffTimer = 0;
    RateGovernor::TicketId ticket = 0;
    quint64 slot = 0; // the governor's ticket of the attempt under way, reported back when it ends
    bool waitingForPermit = false;
    QElapsedTimer elapsed;
    QDateTime attemptStarted;
    bool requestWritten = false;
    int redirects = 0;
    bool followingRedirect = false;
    QByteArray buffer;
    ErrorClass abortReason = ErrorClass::None;
    QString abortMessage;
};

struct RequestEngine::Private
{
    RequestEngine* q = nullptr;
    QNetworkAccessManager* nam = nullptr;
    std::unique_ptr<QNetworkAccessManager> ownNam;
    Clock* clock = nullptr;
    std::unique_ptr<RateGovernor> governor;
    CallLog callLog;
    QHash<int, ServiceConfig> configs;
    RetryPolicy retry;
    std::function<double()> random;
    QHash<CallId, Call*> calls;
    CallId nextId = 1;
    bool destroying = false;
    QTimer watchdog;

    void sweepConnectTimeouts()
    {
        QList<CallId> late;
        bool anyReply = false;
        for (const Call* c : std::as_const(calls)) {
            if (c->reply) {
                anyReply = true;
                if (!c->requestWritten && c->elapsed.elapsed() > c->config.connectTimeoutMs) {
                    late.append(c->id);
                }
            }
        }
        for (CallId id : std::as_const(late)) {
            if (Call* c = find(id); c && c->reply) {
                abortReply(*c, ErrorClass::Timeout,
                           tr("Could not connect within %1 s.").arg(c->config.connectTimeoutMs / 1000.0));
            }
        }
        if (!anyReply) {
            watchdog.stop();
        }
    }

    Call* find(CallId id) const { return calls.value(id, nullptr); }

    static bool isWrite(const ApiRequest& r)
    {
        return !r.idempotent || (r.method != "GET" && r.method != "HEAD");
    }

    qint64 backoffMs(int attempt) const
    {
        // Full jitter (AWS architecture blog): uniform in [0, min(cap, base * 2^(attempt-1))].
        const double ceiling = std::min<double>(double(retry.maxDelayMs),
                                                double(retry.baseDelayMs) * std::pow(2.0, std::max(attempt - 1, 0)));
        const double r = std::clamp(random(), 0.0, 1.0);
        return qint64(std::floor(r * ceiling));
    }

    void logEntry(const Call& c, int status, qint64 latencyMs, ErrorClass error, const QString& message,
                  const QString& traceId, bool final)
    {
        CallLogEntry e;
        e.time = c.attemptStarted.isValid() ? c.attemptStarted : clock->now();
        e.service = c.request.service;
        e.method = c.request.method;
        e.pathTemplate = c.request.pathTemplate.isEmpty() ? u"(unnamed)"_s : c.request.pathTemplate;
        e.operation = c.request.operation;
        e.status = status;
        e.latencyMs = latencyMs;
        e.attempt = c.attempt;
        e.final = final;
        e.errorClass = error;
        e.message = message.isEmpty() ? QString() : fb::redact::text(message).left(500);
        e.traceId = traceId;
        callLog.append(e);
        qCDebug(lcApi).noquote() << toString(e.service) << QString::fromLatin1(e.method) << e.pathTemplate << "attempt"
                                 << e.attempt << "status" << e.status << toString(e.errorClass) << e.latencyMs << "ms";
        Q_EMIT q->callFinished(e);
    }

    void finish(CallId id, ApiResult result)
    {
        Call* c = find(id);
        if (!c) {
            return;
        }
        calls.remove(id);
        if (c->reply) {
            c->reply->disconnect(q);
            c->reply->deleteLater();
        }
        const bool deliver = !c->hasContext || c->context;
        Callback cb = std::move(c->callback);
        delete c;
        if (deliver && cb) {
            cb(result);
        }
    }

    // A call ended before any HTTP attempt (insecure URL, budget refused, cancelled while waiting).
    void refuse(CallId id, ErrorClass error, const QString& message, const QDateTime& retryAt = {})
    {
        Call* c = find(id);
        if (!c) {
            return;
        }
        ApiResult r;
        r.error = error;
        r.message = message;
        r.retryAt = retryAt;
        r.attempts = c->attempt;
        const int saved = c->attempt;
        c->attempt = 0;
        c->attemptStarted = clock->now();
        logEntry(*c, 0, 0, error, message, {}, true);
        c->attempt = saved;
        finish(id, r);
    }

    void start(CallId id);
    void requestPermit(CallId id);
    void sendAttempt(CallId id);
    void onFinished(CallId id);
    void abortReply(Call& c, ErrorClass reason, const QString& message);
};

void RequestEngine::Private::start(CallId id)
{
    Call* c = find(id);
    if (!c) {
        return;
    }
    if (!configs.contains(int(c->request.service)) || !c->config.baseUrl.isValid() || c->config.baseUrl.isEmpty()) {
        refuse(id, ErrorClass::Other, tr("%1 is not configured (no base URL).").arg(toString(c->request.service)));
        return;
    }
    c->url = buildUrl(c->config, c->request);
    if (!isAllowedUrl(c->url)) {
        refuse(id, ErrorClass::Insecure,
               tr("Refusing to send to %1 without HTTPS.")
                   .arg(c->url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemovePath)));
        return;
    }
    requestPermit(id);
}

void RequestEngine::Private::requestPermit(CallId id)
{
    Call* c = find(id);
    if (!c) {
        return;
    }
    c->waitingForPermit = true;
    // The callback may run inside acquire() and may end the call (a refusal deletes it): look the call up again after.
    auto onPermit = [this, id](const Permit& permit) {
        Call* call = find(id);
        if (!call) {
            return;
        }
        call->waitingForPermit = false;
        call->ticket = 0;
        if (!permit.granted) {
            refuse(id, ErrorClass::BudgetExhausted, permit.message, permit.retryAt);
            return;
        }
        call->slot = permit.ticket;
        sendAttempt(id);
    };
    const RateGovernor::TicketId ticket = governor->acquire(c->request.service, c->config.accountKey,
                                                            c->request.priority, isWrite(c->request), q, onPermit);
    if (Call* waiting = find(id); waiting && waiting->waitingForPermit) {
        waiting->ticket = ticket;
    }
}

void RequestEngine::Private::abortReply(Call& c, ErrorClass reason, const QString& message)
{
    if (c.abortReason == ErrorClass::None) {
        c.abortReason = reason;
        c.abortMessage = message;
    }
    if (QNetworkReply* reply = c.reply.data()) {
        reply->abort(); // emits finished synchronously: the caller must not touch c afterwards
    }
}

void RequestEngine::Private::sendAttempt(CallId id)
{
    Call* c = find(id);
    if (!c) {
        return;
    }
    if (c->followingRedirect) {
        c->followingRedirect = false;
    } else {
        ++c->attempt;
        c->redirects = 0;
        c->url = buildUrl(c->config, c->request);
    }
    c->buffer.clear();
    c->requestWritten = false;
    c->abortReason = ErrorClass::None;
    c->abortMessage.clear();
    c->attemptStarted = clock->now();
    c->elapsed.start();

    const ApiRequest& r = c->request;
    const ServiceConfig& cfg = c->config;
    QNetworkRequest nr(c->url);
    nr.setRawHeader("Accept", "application/json");
    nr.setRawHeader("User-Agent", QByteArray("Fieldbridge/") + fb::build::version);
    if (!cfg.credential.isEmpty()) {
        switch (r.service) {
        case Service::HighLevel:
            nr.setRawHeader("Authorization", "Bearer " + cfg.credential.toUtf8());
            nr.setRawHeader("Version", "2021-07-28");
            break;
        case Service::Badger:
            nr.setRawHeader("Authorization", "Token " + cfg.credential.toUtf8());
            break;
        }
    } else if (r.service == Service::HighLevel) {
        nr.setRawHeader("Version", "2021-07-28");
    }
    switch (r.bodyKind) {
    case BodyKind::Json:
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        break;
    case BodyKind::Form:
        nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        break;
    case BodyKind::None:
        break;
    }
    // Redirects are followed by us (onFinished), not by QNAM: we count them, refuse downgrades and other hosts (QNAM
    // would carry the Authorization header there) and never replay a create. Measured on 6.4.2: aborting a reply from
    // its redirected() signal under UserVerifiedRedirectPolicy made QNAM re-request the previous URL twice more.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setTransferTimeout(std::max(cfg.transferTimeoutMs, 1));
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkReply* reply = nullptr;
    if (!r.idempotent) {
        // See OneShotBody: an unbuffered body QNAM cannot rewind, so it cannot silently re-send a create. HTTP/2 is
        // off for creates so the HTTP/1.1 path measured above is the one taken.
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        nr.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        auto* body = new OneShotBody(r.body);
        reply = nam->sendCustomRequest(nr, r.method, body);
        body->setParent(reply);
        c->oneShot = body;
    } else if (r.method == "GET" && r.body.isEmpty()) {
        reply = nam->get(nr);
    } else {
        reply = nam->sendCustomRequest(nr, r.method, r.body);
    }
    c->reply = reply;
    // Back-pressure: the network thread stops reading once this much is waiting, so a huge body cannot pile up
    // in memory before the size cap below sees it.
    reply->setReadBufferSize(std::clamp<qint64>(cfg.maxResponseBytes / 4, 64 * 1024, 1024 * 1024));

    // Connect watchdog: QNAM has no connect timeout of its own, and its transfer timeout only counts inactivity once
    // the request is under way. One engine-wide real-time sweep (not a timer per request: bench/api showed the cost)
    // aborts attempts that have not written their request in time; it guards the network, not our scheduling, so it
    // does not use the injectable clock.
    if (!watchdog.isActive()) {
        watchdog.start();
    }

    QObject::connect(reply, &QNetworkReply::requestSent, q, [this, id] {
        if (Call* call = find(id)) {
            call->requestWritten = true;
        }
    });
    QObject::connect(reply, &QNetworkReply::uploadProgress, q, [this, id](qint64 sent, qint64) {
        if (Call* call = find(id); call && sent > 0) {
            call->requestWritten = true;
        }
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this, id] {
        Call* call = find(id);
        if (!call || !call->reply) {
            return;
        }
        call->requestWritten = true;
        const QVariant length = call->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > call->config.maxResponseBytes) {
            abortReply(*call, ErrorClass::TooLarge, tr("The response (%1 bytes) exceeds the %2-byte limit.")
                                                         .arg(length.toLongLong())
                                                         .arg(call->config.maxResponseBytes));
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this, id] {
        Call* call = find(id);
        QNetworkReply* current = call ? call->reply.data() : nullptr;
        if (!current || !current->isOpen()) {
            return;
        }
        // Checked before appending, so the buffer itself never passes the cap.
        if (call->buffer.size() + current->bytesAvailable() <= call->config.maxResponseBytes) {
            call->buffer.append(current->readAll());
        } else {
            call->buffer.clear();
            call->buffer.squeeze();
            abortReply(*call, ErrorClass::TooLarge,
                       tr("The response exceeds the %1-byte limit.").arg(call->config.maxResponseBytes));
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, q, [this, id] { onFinished(id); });
}

void RequestEngine::Private::onFinished(CallId id)
{
    Call* c = find(id);
    if (!c || !c->reply) {
        return;
    }
    QNetworkReply* reply = c->reply;
    const qint64 latency = c->elapsed.elapsed();
    reply->disconnect(q);
    if (c->abortReason == ErrorClass::None && reply->isOpen()) {
        c->buffer.append(reply->readAll());
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const bool resendRefused = c->oneShot && c->oneShot->resetRefused();

    ApiResult result;
    result.status = status;
    result.attempts = c->attempt;
    result.latencyMs = latency;
    result.headers = reply->rawHeaderPairs();
    c->reply = nullptr;
    reply->deleteLater();

    const QDateTime now = clock->now();
    // Every attempt, answered or not, frees its burst slot an interval from now (RateGovernor::acquire).
    const QDateTime exhaustedUntil = governor->attemptFinished(c->slot, result.headers, status);
    c->slot = 0;

    // Body: JSON when it parses; HTML pages and broken JSON are noted for the classification below.
    bool malformed = false;
    bool html = false;
    const QByteArray contentType = headerValue(result.headers, "Content-Type").toLower();
    if (c->abortReason == ErrorClass::None && !c->buffer.isEmpty()) {
        result.body = c->buffer;
        const QByteArray trimmed = c->buffer.trimmed();
        html = contentType.contains("html") || trimmed.startsWith('<');
        if (!html && !trimmed.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
            if (parseError.error == QJsonParseError::NoError) {
                result.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            } else {
                malformed = true;
            }
        }
    }
    c->buffer.clear();
    const QString serverMessage = extractMessage(result.json);
    if (result.json.isObject()) {
        result.traceId = result.json.toObject().value(u"traceId"_s).toString();
    }
    if (result.traceId.isEmpty()) {
        for (const QByteArray& name : {QByteArray("traceId"), QByteArray("X-Trace-Id"), QByteArray("X-Request-Id")}) {
            const QByteArray v = headerValue(result.headers, name);
            if (!v.isEmpty()) {
                result.traceId = QString::fromLatin1(v.left(128));
                break;
            }
        }
    }

    // Redirects (ManualRedirectPolicy: QNAM hands us the 3xx).
    const QByteArray location = headerValue(result.headers, "Location");
    if (c->abortReason == ErrorClass::None && !location.isEmpty()
        && (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)) {
        const QUrl target = c->url.resolved(QUrl::fromEncoded(location));
        QString refusal;
        ErrorClass refusalClass = ErrorClass::Insecure;
        if (!c->request.idempotent) {
            refusalClass = ErrorClass::Other;
            refusal = tr("The server redirected a create (HTTP %1); nothing was created. Check the base URL.").arg(status);
        } else if (c->url.scheme() == u"https"_s && target.scheme() != u"https"_s) {
            refusal = tr("Refused a redirect from HTTPS to an insecure address.");
        } else if (!isAllowedUrl(target)) {
            refusal = tr("Refused a redirect to an insecure address.");
        } else if (!sameOrigin(c->url, target)) {
            refusal = tr("Refused a redirect to another host (%1): the token is only sent to the configured server.")
                          .arg(target.host());
        } else if (c->redirects >= c->config.maxRedirects) {
            refusalClass = ErrorClass::Other;
            refusal = tr("Too many redirects (more than %1).").arg(c->config.maxRedirects);
        }
        if (refusal.isEmpty()) {
            logEntry(*c, status, latency, ErrorClass::None, {}, result.traceId, false);
            ++c->redirects;
            c->url = target;
            if (status == 303) {
                c->request.method = "GET";
                c->request.body.clear();
                c->request.bodyKind = BodyKind::None;
            }
            c->followingRedirect = true;
            requestPermit(id);
            return;
        }
        result.error = refusalClass;
        result.message = refusal;
        logEntry(*c, status, latency, result.error, result.message, result.traceId, true);
        finish(id, result);
        return;
    }

    // Classification. `unknown` marks a non-idempotent request that may have reached the server without our knowing
    // the outcome: it is never re-sent.
    bool retryable = false;
    std::optional<qint64> serverWaitMs;
    const bool written = c->requestWritten || status > 0;
    const bool createInDoubt = !c->request.idempotent && written;

    if (c->abortReason != ErrorClass::None) {
        result.error = c->abortReason;
        result.message = c->abortMessage;
        if (c->abortReason == ErrorClass::Timeout) {
            // Our connect watchdog fired: nothing was written, so even a create can be retried.
            retryable = !createInDoubt;
            if (createInDoubt) {
                result.error = ErrorClass::OutcomeUnknown;
            }
        } else if (c->abortReason == ErrorClass::Cancelled && createInDoubt && status == 0) {
            result.error = ErrorClass::OutcomeUnknown;
            result.message = tr("Cancelled after the request was sent: it may have been applied.");
        }
    } else if (resendRefused || netError == QNetworkReply::ContentReSendError) {
        result.error = ErrorClass::OutcomeUnknown;
        result.message = tr("The connection closed after the request was sent; it may have been applied. "
                            "Not re-sent: check the server before trying again.");
    } else if (status == 0 || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        // No HTTP answer, or an answer cut short (truncated body: RemoteHostClosed after the headers).
        const QString why = fb::redact::text(reply->errorString());
        switch (netError) {
        case QNetworkReply::SslHandshakeFailedError:
            result.error = ErrorClass::Tls;
            result.message = tr("TLS error: %1").arg(why);
            break;
        case QNetworkReply::InsecureRedirectError:
            result.error = ErrorClass::Insecure;
            result.message = tr("Refused a redirect from HTTPS to HTTP.");
            break;
        case QNetworkReply::TooManyRedirectsError:
            result.error = ErrorClass::Other;
            result.message = tr("Too many redirects (more than %1).").arg(c->config.maxRedirects);
            break;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            result.error = ErrorClass::Timeout;
            result.message = tr("No data for %1 s: the transfer timed out.").arg(c->config.transferTimeoutMs / 1000.0);
            retryable = true;
            break;
        default:
            result.error = ErrorClass::Network;
            result.message = status > 0 ? tr("The response was cut short: %1").arg(why) : tr("Network error: %1").arg(why);
            retryable = true;
            break;
        }
        if (retryable && createInDoubt) {
            result.error = ErrorClass::OutcomeUnknown;
            result.message = tr("%1 It may have been applied; not re-sent.").arg(result.message);
            retryable = false;
        }
    } else {
        int effective = status;
        if (status >= 200 && status < 300) {
            if (html) {
                result.error = ErrorClass::Malformed;
                const QString title = htmlTitle(result.body);
                result.message = title.isEmpty() ? tr("The server sent an HTML page instead of JSON.")
                                                 : tr("The server sent an HTML page instead of JSON: %1").arg(title);
            } else if (malformed) {
                result.error = ErrorClass::Malformed;
                result.message = tr("The server's answer is not valid JSON.");
            } else if (const auto bodyStatus = errorBodyStatus(result.json)) {
                effective = *bodyStatus;
                result.error = effective > 0 ? classForStatus(effective) : ErrorClass::Other;
                if (result.error == ErrorClass::None) {
                    result.error = ErrorClass::Other;
                }
                result.message = serverMessage.isEmpty() ? tr("The server answered with an error.") : serverMessage;
            }
        } else {
            result.error = classForStatus(status);
            if (!serverMessage.isEmpty()) {
                result.message = serverMessage;
            } else if (html) {
                const QString title = htmlTitle(result.body);
                result.message = title.isEmpty() ? tr("HTTP %1 (an HTML error page)").arg(status)
                                                 : tr("HTTP %1: %2").arg(status).arg(title);
            } else {
                result.message = tr("HTTP %1").arg(status);
            }
            if (status == 429) {
                const QByteArray retryAfter = headerValue(result.headers, "Retry-After");
                serverWaitMs = retryAfterMs(retryAfter, now);
                if (!serverWaitMs) {
                    bool ok = false;
                    const qint64 interval = headerValue(result.headers, "X-RateLimit-Interval-Milliseconds").trimmed().toLongLong(&ok);
                    if (ok && interval > 0) {
                        serverWaitMs = interval;
                    }
                }
                retryable = true;
            } else if (status >= 500) {
                // A create the server failed on may still have been stored (a 500 after the insert, a gateway
                // timeout): only 503 says it was not handled at all.
                if (createInDoubt && status != 503) {
                    result.error = ErrorClass::OutcomeUnknown;
                    result.message = tr("HTTP %1 after the request was sent; it may have been applied. %2")
                                         .arg(status)
                                         .arg(serverMessage)
                                         .trimmed();
                } else {
                    retryable = true;
                    if (status == 503) {
                        serverWaitMs = retryAfterMs(headerValue(result.headers, "Retry-After"), now);
                    }
                }
            }
        }
    }

    if (exhaustedUntil.isValid() && result.error == ErrorClass::RateLimited) {
        result.error = ErrorClass::BudgetExhausted;
        result.retryAt = exhaustedUntil;
        result.message = tr("The daily request budget of %1 is used up until %2.")
                             .arg(toString(c->request.service), exhaustedUntil.toLocalTime().toString(u"HH:mm"_s));
        retryable = false;
    }

    qint64 delay = 0;
    if (retryable) {
        delay = backoffMs(c->attempt);
        if (serverWaitMs) {
            if (*serverWaitMs > retry.maxServerWaitMs) {
                retryable = false;
                result.retryAt = now.addMSecs(*serverWaitMs);
            } else {
                delay = std::max(delay, *serverWaitMs);
            }
            // Every call to this account waits, not only this one: no retry storm.
            governor->pauseUntil(c->request.service, c->config.accountKey, clock->monotonicMs() + *serverWaitMs);
        }
        if (c->attempt >= retry.maxAttempts) {
            retryable = false;
            if (result.error == ErrorClass::RateLimited && !result.retryAt.isValid()) {
                result.retryAt = now.addMSecs(serverWaitMs.value_or(delay));
            }
        }
    }
    if (!result.message.isEmpty()) {
        result.message = fb::redact::text(result.message);
    }

    logEntry(*c, status, latency, result.error, result.message, result.traceId, !retryable);
    if (!retryable) {
        finish(id, result);
        return;
    }
    qCInfo(lcApi).noquote() << toString(c->request.service) << c->request.operation << "attempt" << c->attempt
                            << toString(result.error) << "status" << status << "- retrying in" << delay << "ms";
    c->backoffTimer = clock->schedule(delay, q, [this, id] {
        if (Call* call = find(id)) {
            call->backoffTimer = 0;
            requestPermit(id);
        }
    });
}

RequestEngine::RequestEngine(QObject* parent)
    : RequestEngine(nullptr, nullptr, parent)
{
}

RequestEngine::RequestEngine(QNetworkAccessManager* nam, Clock* clock, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<fb::api::CallLogEntry>();
    qRegisterMetaType<fb::api::Service>();
    d->q = this;
    d->clock = clock ? clock : Clock::system();
    if (nam) {
        d->nam = nam;
    } else {
        d->ownNam = std::make_unique<QNetworkAccessManager>();
        d->nam = d->ownNam.get();
    }
    d->governor = std::make_unique<RateGovernor>(d->clock, nullptr);
    d->watchdog.setInterval(250);
    connect(&d->watchdog, &QTimer::timeout, this, [this] { d->sweepConnectTimeouts(); });
    d->random = [] { return QRandomGenerator::global()->generateDouble(); };
}

RequestEngine::~RequestEngine()
{
    d->destroying = true;
    const auto calls = d->calls;
    d->calls.clear();
    for (Call* c : calls) {
        if (c->backoffTimer) {
            d->clock->cancel(c->backoffTimer);
        }
        if (c->ticket) {
            d->governor->cancel(c->ticket);
        }
        if (QNetworkReply* reply = c->reply.data()) {
            reply->disconnect(this);
            reply->abort();
            delete reply;
        }
        delete c;
    }
}

void RequestEngine::setServiceConfig(Service service, const ServiceConfig& config)
{
    const ServiceConfig old = d->configs.value(int(service));
    if (!old.credential.isEmpty() && old.credential != config.credential) {
        fb::redact::forgetSecret(old.credential);
    }
    if (!config.credential.isEmpty()) {
        fb::redact::registerSecret(config.credential);
    }
    d->configs.insert(int(service), config);
}

ServiceConfig RequestEngine::serviceConfig(Service service) const
{
    return d->configs.value(int(service));
}

void RequestEngine::setRetryPolicy(const RetryPolicy& policy)
{
    d->retry = policy;
    d->retry.maxAttempts = std::max(policy.maxAttempts, 1);
}

RetryPolicy RequestEngine::retryPolicy() const
{
    return d->retry;
}

void RequestEngine::setRandomSource(std::function<double()> random)
{
    if (random) {
        d->random = std::move(random);
    }
}

RateGovernor* RequestEngine::governor() const
{
    return d->governor.get();
}

CallLog* RequestEngine::callLog() const
{
    return &d->callLog;
}

Clock* RequestEngine::clock() const
{
    return d->clock;
}

QNetworkAccessManager* RequestEngine::networkManager() const
{
    return d->nam;
}

BudgetState RequestEngine::budgetState(Service service) const
{
    return d->governor->budgetState(service, d->configs.value(int(service)).accountKey);
}

RequestEngine::CallId RequestEngine::send(const ApiRequest& request, QObject* context, Callback callback)
{
    auto* c = new Call;
    c->id = d->nextId++;
    c->request = request;
    c->request.method = request.method.toUpper();
    c->context = context;
    c->hasContext = context != nullptr;
    c->callback = std::move(callback);
    c->config = d->configs.value(int(request.service));
    d->calls.insert(c->id, c);
    const CallId id = c->id;
    // Always asynchronous, so a callback never runs inside send().
    QMetaObject::invokeMethod(
        this, [this, id] { d->start(id); }, Qt::QueuedConnection);
    return id;
}

void RequestEngine::cancel(CallId id)
{
    Call* c = d->find(id);
    if (!c) {
        return;
    }
    if (c->reply) {
        d->abortReply(*c, ErrorClass::Cancelled, tr("Cancelled."));
        return;
    }
    if (c->backoffTimer) {
        d->clock->cancel(c->backoffTimer);
        c->backoffTimer = 0;
    }
    if (c->ticket) {
        d->governor->cancel(c->ticket);
        c->ticket = 0;
    }
    d->refuse(id, ErrorClass::Cancelled, tr("Cancelled."));
}

void RequestEngine::cancelAll()
{
    const auto ids = d->calls.keys();
    for (CallId id : ids) {
        cancel(id);
    }
}

int RequestEngine::callsInProgress() const
{
    return int(d->calls.size());
}

ApiResult RequestEngine::sendAndWait(const ApiRequest& request)
{
    return sendAll({request}, 1).value(0);
}

QList<ApiResult> RequestEngine::sendAll(const QList<ApiRequest>& requests, int maxInFlight)
{
    QList<ApiResult> results(requests.size());
    if (requests.isEmpty()) {
        return results;
    }
    const qsizetype total = requests.size();
    const int limit = std::max(maxInFlight, 1);
    // One queue and one in-flight count per service: a service waiting for its rate limit must not hold back the
    // other's requests in the same batch.
    QHash<int, QList<qsizetype>> queued;
    QHash<int, int> inFlight;
    for (qsizetype i = 0; i < total; ++i) {
        queued[int(requests.at(i).service)].append(i);
    }
    qsizetype done = 0;
    QEventLoop loop;
    std::function<void(int)> launch;
    launch = [&](int service) {
        QList<qsizetype>& queue = queued[service];
        while (!queue.isEmpty() && inFlight.value(service) < limit) {
            const qsizetype index = queue.takeFirst();
            ++inFlight[service];
            send(requests.at(index), &loop, [&, index, service](const ApiResult& r) {
                results[index] = r;
                --inFlight[service];
                if (++done == total) {
                    loop.quit();
                } else {
                    launch(service);
                }
            });
        }
    };
    const QList<int> services = queued.keys();
    for (int service : services) {
        launch(service);
    }
    if (done < total) {
        loop.exec();
    }
    return results;
}

} // namespace fb::api
