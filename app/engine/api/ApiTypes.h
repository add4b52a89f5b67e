#pragma once
// What the typed API clients hand to the request engine, and what they get back.

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace fb::api {

enum class Service { HighLevel, Badger };

// Higher priorities are served first by the rate governor; writes keep a reserve of the budget.
enum class Priority { UserAction = 0, Write = 1, ChangeDetection = 2, Background = 3 };

enum class BodyKind { None, Json, Form };

struct ApiRequest
{
    Service service = Service::HighLevel;
    QByteArray method = "GET";
    QString path;          // relative to the service's base URL, already with ids: "/contacts/abc123"
    QString pathTemplate;  // ids replaced, for the call log: "/contacts/{contactId}"
    QString operation;     // stable operation name, e.g. "contacts.create", "customers.update"
    QUrlQuery query;
    BodyKind bodyKind = BodyKind::None;
    QByteArray body;       // already encoded (JSON or application/x-www-form-urlencoded)
    bool idempotent = true; // false for creates: never re-sent when the outcome is unknown
    Priority priority = Priority::ChangeDetection;
};

enum class ErrorClass {
    None,
    Network,         // connection refused/reset before sending; safe to retry
    Timeout,
    OutcomeUnknown,  // a non-idempotent request may have reached the server: reconcile, do not re-send
    RateLimited,     // 429 after the retries allowed
    BudgetExhausted, // the local governor refused: daily budget used up until resetAt
    Server,          // 5xx after retries
    Auth,            // 401: wrong or expired token
    Forbidden,       // 403: missing scope or location access
    NotFound,        // 404
    Validation,      // 400/422: the server's message says what is wrong; never retried
    Malformed,       // unparseable or wrongly typed response body
    TooLarge,        // response over the size cap
    Tls,             // TLS error (never ignored)
    Insecure,        // plain http to a non-loopback host, or a redirect that downgrades
    Cancelled,
    Other,
};

struct ApiResult
{
    int status = 0;                     // HTTP status of the last attempt, 0 when none arrived
    ErrorClass error = ErrorClass::None;
    QString message;                    // the server's own message (or ours), user-presentable
    QByteArray body;                    // raw body of the last attempt (never logged)
    QJsonValue json;                    // parsed body when it was JSON
    QList<QPair<QByteArray, QByteArray>> headers;
    QString traceId;                    // HighLevel traceId when present
    int attempts = 0;
    qint64 latencyMs = 0;               // of the last attempt
    QDateTime retryAt;                  // when the caller may try again (budget exhausted, rate limited)

    bool ok() const { return error == ErrorClass::None; }
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                return h.second;
            }
        }
        return {};
    }
};

QString toString(ErrorClass error);
// The error class in words for the user (translated; toString() is the stable code kept in the ledger).
QString errorClassText(ErrorClass error);
QString toString(Service service);
// "a string", "an array", ... for parser messages ("contact.email: expected a string, got a number").
QString jsonTypeName(const QJsonValue& value);

} // namespace fb::api
