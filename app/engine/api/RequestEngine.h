#pragma once
// The one place that talks HTTP to HighLevel and Badger: auth, timeouts, TLS/redirect rules, retries, rate limits, call log.

#include "ApiTypes.h"
#include "CallLog.h"
#include "RateGovernor.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace fb {
class Clock;
}

namespace fb::api {

struct ServiceConfig
{
    QUrl baseUrl;              // e.g. https://services.leadconnectorhq.com, https://badgerapis.badgermapping.com/api/2
    QString credential;        // the token itself (set by the caller from the keychain); registered as a secret
    QString accountKey;        // per-account budgets: the HighLevel location id, the Badger team
    int connectTimeoutMs = 15'000;   // until the request is written (TCP + TLS + upload)
    int transferTimeoutMs = 60'000;  // no bytes moving for this long aborts the transfer
    qint64 maxResponseBytes = 32 * 1024 * 1024;
    int maxRedirects = 3;
};

struct RetryPolicy
{
    int maxAttempts = 4;            // attempts per call, including the first
    qint64 baseDelayMs = 500;       // full jitter: wait uniform in [0, min(maxDelayMs, baseDelayMs * 2^(attempt-1))]
    qint64 maxDelayMs = 30'000;
    qint64 maxServerWaitMs = 120'000; // a Retry-After longer than this ends the call (RateLimited + retryAt)
};

class RequestEngine : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult&)>;
    using CallId = quint64;

    // Creates its own QNetworkAccessManager and uses the system clock.
    explicit RequestEngine(QObject* parent = nullptr);
    // nam and clock are not owned (nullptr: own manager / system clock). Create the engine in the thread it serves.
    RequestEngine(QNetworkAccessManager* nam, Clock* clock, QObject* parent = nullptr);
    ~RequestEngine() override;

    void setServiceConfig(Service service, const ServiceConfig& config);
    ServiceConfig serviceConfig(Service service) const;
    void setRetryPolicy(const RetryPolicy& policy);
    RetryPolicy retryPolicy() const;
    // Uniform random source in [0, 1) for the jitter (tests inject a fixed sequence).
    void setRandomSource(std::function<double()> random);

    RateGovernor* governor() const;
    CallLog* callLog() const;
    Clock* clock() const;
    QNetworkAccessManager* networkManager() const;
    // The budget of the account configured for this service.
    BudgetState budgetState(Service service) const;

    // Asynchronous: callback runs once, in this engine's thread, unless context is destroyed first.
    CallId send(const ApiRequest& request, QObject* context, Callback callback);
    // Ends the call: the callback gets ErrorClass::Cancelled (a write already sent gets OutcomeUnknown).
    void cancel(CallId id);
    void cancelAll();
    int callsInProgress() const;

    // Blocking conveniences for the sync engine's sequential code. They spin a local QEventLoop, so use them in
    // worker threads only, never in the GUI thread, and never from inside another callback of this engine.
    ApiResult sendAndWait(const ApiRequest& request);
    // Runs the requests concurrently (at most maxInFlight at a time per service, so one service waiting for its
    // rate limit does not stall the other's requests); results in the order of the requests.
    QList<ApiResult> sendAll(const QList<ApiRequest>& requests, int maxInFlight = 6);

Q_SIGNALS:
    // One per HTTP attempt (see CallLogEntry); queued connections across threads work (the type is registered).
    void callFinished(const fb::api::CallLogEntry& entry);

private:
    struct Private;
    struct Call;
    std::unique_ptr<Private> d;
    friend struct Call;
};

} // namespace fb::api
