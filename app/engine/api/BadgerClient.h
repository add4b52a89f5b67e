#pragma once
// The typed Badger Maps client over the shared RequestEngine, with a probe of what the contract leaves unconfirmed.

#include "BadgerParsers.h"
#include "BadgerRequests.h"
#include "BadgerTypes.h"
#include "RequestEngine.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

namespace fb::api::badger {

// What the probe found out about the UNCONFIRMED parts of the contract; stored in the ledger as JSON.
struct BadgerCapabilities
{
    enum class Answer { Unknown, Yes, No };
    enum class UserSearchShape { Unknown, Object, List };

    Answer listAllCheckIns = Answer::Unknown; // GET /appointments/ without customer_id lists every check-in
    Answer accountTimestamps = Answer::Unknown; // account details carry updated_at/last_modified_date-like fields
    QStringList timestampFields; // which ones, e.g. {"updated_at", "last_modified_date"}
    Answer accountOwnerInResponses = Answer::Unknown;
    UserSearchShape userSearchShape = UserSearchShape::Unknown;
    QDateTime probedAt; // UTC; invalid: never probed
    QStringList notes; // why an answer stayed Unknown
    int requestsUsed = 0; // what the probe cost against the daily quota

    QJsonObject toJson() const;
    static BadgerCapabilities fromJson(const QJsonObject& json); // unknown/missing keys -> Unknown
    friend bool operator==(const BadgerCapabilities&, const BadgerCapabilities&) = default;
};

// One operation: the request to send and the parser of its answer.
template<typename T> struct Operation
{
    ApiRequest request;
    Result<T> (*parse)(const ApiResult&) = nullptr;
};

class BadgerClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(const Result<T>&)>;

    // The engine is not owned and must outlive the client; create the client in the engine's thread.
    explicit BadgerClient(RequestEngine& engine, QObject* parent = nullptr);

    RequestEngine& engine() const { return m_engine; }
    BadgerCapabilities capabilities() const { return m_caps; }
    void setCapabilities(const BadgerCapabilities& caps) { m_caps = caps; }
    bool canListAllCheckIns() const { return m_caps.listAllCheckIns == BadgerCapabilities::Answer::Yes; }

    // Generic forms. start(): the callback runs once, in the engine's thread, unless the client is destroyed first.
    // run(): blocking, for the sync worker's sequential code only (see RequestEngine::sendAndWait).
    template<typename T> RequestEngine::CallId start(const Operation<T>& op, Callback<T> done)
    {
        auto parse = op.parse;
        return m_engine.send(op.request, this, [parse, done = std::move(done)](const ApiResult& r) {
            if (done) {
                done(parse(r));
            }
        });
    }
    template<typename T> Result<T> run(const Operation<T>& op) { return op.parse(m_engine.sendAndWait(op.request)); }
    // Runs many operations of one kind concurrently (at most maxInFlight); results in the order given.
    template<typename T> QList<Result<T>> runAll(const QList<Operation<T>>& ops, int maxInFlight = 4)
    {
        QList<ApiRequest> requests;
        requests.reserve(ops.size());
        for (const auto& op : ops) {
            requests.append(op.request);
        }
        const QList<ApiResult> answers = m_engine.sendAll(requests, maxInFlight);
        QList<Result<T>> out;
        out.reserve(ops.size());
        for (qsizetype i = 0; i < ops.size() && i < answers.size(); ++i) {
            out.append(ops[i].parse(answers[i]));
        }
        return out;
    }

    // Operation descriptions (pure: nothing is sent).
    static Operation<Profile> profileOp();
    static Operation<QList<UserSummary>> searchUsersOp(const QString& query);
    static Operation<QList<AccountSummary>> listAccountsOp(std::optional<qint64> managedUserId = {});
    static Operation<Account> getAccountOp(qint64 accountId);
    static Operation<CreatedAccount> createAccountOp(const AccountInput& input);
    static Operation<Account> updateAccountOp(qint64 accountId, const AccountPatch& patch);
    static Operation<Done> deleteAccountOp(qint64 accountId);
    static Operation<Location> updateLocationOp(qint64 locationId, const LocationInput& input);
    static Operation<QList<CheckIn>> listCheckInsOp(qint64 accountId);
    static Operation<QList<CheckIn>> listAllCheckInsOp();
    static Operation<CheckIn> createCheckInOp(const CheckInInput& input);
    static Operation<QList<RouteSummary>> listRoutesOp();
    static Operation<Route> getRouteOp(qint64 routeId);

    // Named forms of every endpoint: asynchronous, then blocking.
    void login(const QString& username, const QString& password, std::function<void(const LoginResult&)> done);
    void profile(Callback<Profile> done) { start(profileOp(), std::move(done)); }
    void searchUsers(const QString& query, Callback<QList<UserSummary>> done)
    {
        start(searchUsersOp(query), std::move(done));
    }
    void listAccounts(Callback<QList<AccountSummary>> done, std::optional<qint64> managedUserId = {})
    {
        start(listAccountsOp(managedUserId), std::move(done));
    }
    void getAccount(qint64 id, Callback<Account> done) { start(getAccountOp(id), std::move(done)); }
    void createAccount(const AccountInput& input, Callback<CreatedAccount> done)
    {
        start(createAccountOp(input), std::move(done));
    }
    void updateAccount(qint64 id, const AccountPatch& patch, Callback<Account> done);
    void deleteAccount(qint64 id, Callback<Done> done) { start(deleteAccountOp(id), std::move(done)); }
    void updateLocation(qint64 locationId, const LocationInput& input, Callback<Location> done)
    {
        start(updateLocationOp(locationId, input), std::move(done));
    }
    void listCheckIns(qint64 accountId, Callback<QList<CheckIn>> done)
    {
        start(listCheckInsOp(accountId), std::move(done));
    }
    // Only when the probe found it supported; otherwise the callback gets ErrorClass::Other at once (no request).
    void listAllCheckIns(Callback<QList<CheckIn>> done);
    void createCheckIn(const CheckInInput& input, Callback<CheckIn> done)
    {
        start(createCheckInOp(input), std::move(done));
    }
    void listRoutes(Callback<QList<RouteSummary>> done) { start(listRoutesOp(), std::move(done)); }
    void getRoute(qint64 id, Callback<Route> done) { start(getRouteOp(id), std::move(done)); }

    LoginResult loginAndWait(const QString& username, const QString& password);
    Result<Profile> profileAndWait() { return run(profileOp()); }
    Result<QList<UserSummary>> searchUsersAndWait(const QString& query) { return run(searchUsersOp(query)); }
    Result<QList<AccountSummary>> listAccountsAndWait(std::optional<qint64> managedUserId = {})
    {
        return run(listAccountsOp(managedUserId));
    }
    Result<Account> getAccountAndWait(qint64 id) { return run(getAccountOp(id)); }
    Result<CreatedAccount> createAccountAndWait(const AccountInput& input) { return run(createAccountOp(input)); }
    Result<Account> updateAccountAndWait(qint64 id, const AccountPatch& patch);
    Result<Done> deleteAccountAndWait(qint64 id) { return run(deleteAccountOp(id)); }
    Result<Location> updateLocationAndWait(qint64 locationId, const LocationInput& input)
    {
        return run(updateLocationOp(locationId, input));
    }
    Result<QList<CheckIn>> listCheckInsAndWait(qint64 accountId) { return run(listCheckInsOp(accountId)); }
    Result<QList<CheckIn>> listAllCheckInsAndWait();
    Result<CheckIn> createCheckInAndWait(const CheckInInput& input) { return run(createCheckInOp(input)); }
    Result<QList<RouteSummary>> listRoutesAndWait() { return run(listRoutesOp()); }
    Result<Route> getRouteAndWait(qint64 id) { return run(getRouteOp(id)); }

    // Batches for a full pull (1 + N + N requests): details and check-ins of many accounts, concurrently.
    QList<Result<Account>> getAccountsAndWait(const QList<qint64>& ids, int maxInFlight = 4);
    QList<Result<QList<CheckIn>>> listCheckInsAndWait(const QList<qint64>& accountIds, int maxInFlight = 4);

    // Finds out what the contract leaves open (about 5 requests, UserAction priority), stores the answer in
    // capabilities() and hands it over. probeAndWait(): worker threads only.
    void probe(std::function<void(const BadgerCapabilities&)> done);
    BadgerCapabilities probeAndWait();

private:
    template<typename T> static Result<T> notSent(ErrorClass error, const QString& message);

    RequestEngine& m_engine;
    BadgerCapabilities m_caps;
};

} // namespace fb::api::badger
