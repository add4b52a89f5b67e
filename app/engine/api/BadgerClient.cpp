#include "BadgerClient.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace fb::api::badger {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::api::badger::BadgerClient)
};

QString answerName(BadgerCapabilities::Answer a)
{
    switch (a) {
    case BadgerCapabilities::Answer::Yes:
        return u"yes"_s;
    case BadgerCapabilities::Answer::No:
        return u"no"_s;
    case BadgerCapabilities::Answer::Unknown:
        break;
    }
    return u"unknown"_s;
}

BadgerCapabilities::Answer answerFrom(const QJsonValue& v)
{
    const QString s = v.toString();
    if (s == u"yes"_s) {
        return BadgerCapabilities::Answer::Yes;
    }
    if (s == u"no"_s) {
        return BadgerCapabilities::Answer::No;
    }
    return BadgerCapabilities::Answer::Unknown;
}

template<typename T> Operation<T> op(ApiRequest request, Result<T> (*parse)(const ApiResult&))
{
    return Operation<T> {std::move(request), parse};
}

Result<QList<UserSummary>> parseUserSearchPlain(const ApiResult& r)
{
    return parseUserSearch(r);
}

// The probe's requests answer the user's "Test connection": they go first.
ApiRequest urgent(ApiRequest r)
{
    r.priority = Priority::UserAction;
    return r;
}

} // namespace

// ---- capabilities ----

QJsonObject BadgerCapabilities::toJson() const
{
    QString shape = u"unknown"_s;
    if (userSearchShape == UserSearchShape::Object) {
        shape = u"object"_s;
    } else if (userSearchShape == UserSearchShape::List) {
        shape = u"list"_s;
    }
    return QJsonObject {
        {u"listAllCheckIns"_s, answerName(listAllCheckIns)},
        {u"accountTimestamps"_s, answerName(accountTimestamps)},
        {u"timestampFields"_s, QJsonArray::fromStringList(timestampFields)},
        {u"accountOwnerInResponses"_s, answerName(accountOwnerInResponses)},
        {u"userSearchShape"_s, shape},
        {u"probedAt"_s, probedAt.isValid() ? probedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {u"notes"_s, QJsonArray::fromStringList(notes)},
        {u"requestsUsed"_s, requestsUsed},
    };
}

BadgerCapabilities BadgerCapabilities::fromJson(const QJsonObject& json)
{
    BadgerCapabilities c;
    c.listAllCheckIns = answerFrom(json.value(u"listAllCheckIns"_s));
    c.accountTimestamps = answerFrom(json.value(u"accountTimestamps"_s));
    c.accountOwnerInResponses = answerFrom(json.value(u"accountOwnerInResponses"_s));
    const QJsonArray fields = json.value(u"timestampFields"_s).toArray();
    for (const QJsonValue& f : fields) {
        if (f.isString()) {
            c.timestampFields.append(f.toString());
        }
    }
    const QString shape = json.value(u"userSearchShape"_s).toString();
    c.userSearchShape = shape == u"object"_s ? UserSearchShape::Object
        : shape == u"list"_s                 ? UserSearchShape::List
                                             : UserSearchShape::Unknown;
    c.probedAt = QDateTime::fromString(json.value(u"probedAt"_s).toString(), Qt::ISODateWithMs);
    const QJsonArray notes = json.value(u"notes"_s).toArray();
    for (const QJsonValue& n : notes) {
        if (n.isString()) {
            c.notes.append(n.toString());
        }
    }
    c.requestsUsed = json.value(u"requestsUsed"_s).toInt();
    return c;
}

// ---- client ----

BadgerClient::BadgerClient(RequestEngine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
}

template<typename T> Result<T> BadgerClient::notSent(ErrorClass error, const QString& message)
{
    Result<T> r;
    r.api.error = error;
    r.api.message = message;
    return r;
}

Operation<Profile> BadgerClient::profileOp()
{
    return op(request::profile(), &parseProfile);
}

Operation<QList<UserSummary>> BadgerClient::searchUsersOp(const QString& query)
{
    return op(request::searchUsers(query), &parseUserSearchPlain);
}

Operation<QList<AccountSummary>> BadgerClient::listAccountsOp(std::optional<qint64> managedUserId)
{
    return op(request::listAccounts(managedUserId), &parseAccountList);
}

Operation<Account> BadgerClient::getAccountOp(qint64 accountId)
{
    return op(request::getAccount(accountId), &parseAccount);
}

Operation<CreatedAccount> BadgerClient::createAccountOp(const AccountInput& input)
{
    return op(request::createAccount(input), &parseCreatedAccount);
}

Operation<Account> BadgerClient::updateAccountOp(qint64 accountId, const AccountPatch& patch)
{
    return op(request::updateAccount(accountId, patch), &parseAccount);
}

Operation<Done> BadgerClient::deleteAccountOp(qint64 accountId)
{
    return op(request::deleteAccount(accountId), &parseDeleted);
}

Operation<Location> BadgerClient::updateLocationOp(qint64 locationId, const LocationInput& input)
{
    return op(request::updateLocation(locationId, input), &parseLocation);
}

Operation<QList<CheckIn>> BadgerClient::listCheckInsOp(qint64 accountId)
{
    return op(request::listCheckIns(accountId), &parseCheckInList);
}

Operation<QList<CheckIn>> BadgerClient::listAllCheckInsOp()
{
    return op(request::listAllCheckIns(), &parseCheckInList);
}

Operation<CheckIn> BadgerClient::createCheckInOp(const CheckInInput& input)
{
    return op(request::createCheckIn(input), &parseCheckIn);
}

Operation<QList<RouteSummary>> BadgerClient::listRoutesOp()
{
    return op(request::listRoutes(), &parseRouteList);
}

Operation<Route> BadgerClient::getRouteOp(qint64 routeId)
{
    return op(request::getRoute(routeId), &parseRoute);
}

void BadgerClient::login(const QString& username, const QString& password, std::function<void(const LoginResult&)> done)
{
    m_engine.send(request::login(username, password), this, [done = std::move(done)](const ApiResult& r) {
        if (done) {
            done(parseLogin(r));
        }
    });
}

LoginResult BadgerClient::loginAndWait(const QString& username, const QString& password)
{
    return parseLogin(m_engine.sendAndWait(request::login(username, password)));
}

namespace {
QString emptyPatchMessage()
{
    return Tr::tr("The update has no fields to change; nothing was sent to Badger.");
}
QString noListAllMessage()
{
    return Tr::tr("This Badger account cannot list all check-ins at once (or it was not probed yet); check-ins are read "
              "per account instead.");
}
} // namespace

void BadgerClient::updateAccount(qint64 id, const AccountPatch& patch, Callback<Account> done)
{
    if (patch.isEmpty()) {
        // Deliver asynchronously like every other answer.
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done(notSent<Account>(ErrorClass::Validation, emptyPatchMessage())); },
            Qt::QueuedConnection);
        return;
    }
    start(updateAccountOp(id, patch), std::move(done));
}

Result<Account> BadgerClient::updateAccountAndWait(qint64 id, const AccountPatch& patch)
{
    if (patch.isEmpty()) {
        return notSent<Account>(ErrorClass::Validation, emptyPatchMessage());
    }
    return run(updateAccountOp(id, patch));
}

void BadgerClient::listAllCheckIns(Callback<QList<CheckIn>> done)
{
    if (!canListAllCheckIns()) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done(notSent<QList<CheckIn>>(ErrorClass::Other, noListAllMessage())); },
            Qt::QueuedConnection);
        return;
    }
    start(listAllCheckInsOp(), std::move(done));
}

Result<QList<CheckIn>> BadgerClient::listAllCheckInsAndWait()
{
    if (!canListAllCheckIns()) {
        return notSent<QList<CheckIn>>(ErrorClass::Other, noListAllMessage());
    }
    return run(listAllCheckInsOp());
}

QList<Result<Account>> BadgerClient::getAccountsAndWait(const QList<qint64>& ids, int maxInFlight)
{
    QList<Operation<Account>> ops;
    ops.reserve(ids.size());
    for (qint64 id : ids) {
        ops.append(getAccountOp(id));
    }
    return runAll(ops, maxInFlight);
}

QList<Result<QList<CheckIn>>> BadgerClient::listCheckInsAndWait(const QList<qint64>& accountIds, int maxInFlight)
{
    QList<Operation<QList<CheckIn>>> ops;
    ops.reserve(accountIds.size());
    for (qint64 id : accountIds) {
        ops.append(listCheckInsOp(id));
    }
    return runAll(ops, maxInFlight);
}

// ---- the capability probe: profile -> all check-ins -> accounts -> one account -> user search ----

void BadgerClient::probe(std::function<void(const BadgerCapabilities&)> done)
{
    using Answer = BadgerCapabilities::Answer;
    struct State
    {
        BadgerCapabilities caps;
        Profile profile;
        std::function<void(const BadgerCapabilities&)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    // Every step runs from an engine callback whose context is this client, so `this` is alive in all of them.
    auto finish = [this, state] {
        state->caps.probedAt = QDateTime::currentDateTimeUtc();
        m_caps = state->caps;
        qCInfo(lcApi).noquote() << "Badger capabilities probed:"
                                << QString::fromUtf8(
                                       QJsonDocument(state->caps.toJson()).toJson(QJsonDocument::Compact));
        if (state->done) {
            state->done(state->caps);
        }
    };

    auto searchStep = [this, state, finish] {
        if (state->profile.email.isEmpty() && state->profile.id == 0) {
            state->caps.notes.append(Tr::tr("user search not probed: the profile has no email or id"));
            finish();
            return;
        }
        const QString q = state->profile.email.isEmpty() ? QString::number(state->profile.id) : state->profile.email;
        ++state->caps.requestsUsed;
        m_engine.send(urgent(request::searchUsers(q)), this, [state, finish](const ApiResult& r) {
            bool wasList = false;
            const auto users = parseUserSearch(r, &wasList);
            if (users.ok() && wasList) {
                state->caps.userSearchShape = BadgerCapabilities::UserSearchShape::List;
            } else if (users.ok() && !users->isEmpty()) {
                state->caps.userSearchShape = BadgerCapabilities::UserSearchShape::Object;
            } else if (users.ok()) {
                // Our own user was not found and no list came back: the one-object form answers 404 for no hit.
                state->caps.userSearchShape = BadgerCapabilities::UserSearchShape::Object;
                state->caps.notes.append(Tr::tr("user search did not find the key's own user; assumed one-object form"));
            } else {
                state->caps.notes.append(Tr::tr("user search failed: %1").arg(users.api.message));
            }
            finish();
        });
    };

    auto accountStep = [this, state, searchStep] {
        ++state->caps.requestsUsed;
        m_engine.send(urgent(request::listAccounts()), this, [this, state, searchStep](const ApiResult& r) {
            const auto list = parseAccountList(r);
            if (!list.ok() || list->isEmpty()) {
                state->caps.notes.append(list.ok() ? Tr::tr("account fields not probed: the user has no accounts")
                                                   : Tr::tr("account list failed: %1").arg(list.api.message));
                searchStep();
                return;
            }
            ++state->caps.requestsUsed;
            m_engine.send(
                urgent(request::getAccount(list->constFirst().id)), this, [state, searchStep](const ApiResult& detail) {
                    const auto account = parseAccount(detail);
                    if (!account.ok()) {
                        state->caps.notes.append(Tr::tr("account detail failed: %1").arg(account.api.message));
                        searchStep();
                        return;
                    }
                    QStringList fields;
                    if (account->updatedAt.isValid()) {
                        fields.append(u"updated_at"_s);
                    }
                    if (account->lastModified.isValid()) {
                        fields.append(u"last_modified_date"_s);
                    }
                    // Other names a change timestamp might go by; kept in extra by the parser.
                    for (const char* name : {"modified", "modified_at", "date_modified", "last_modified", "updated"}) {
                        if (account->extra.contains(QLatin1StringView(name))) {
                            fields.append(QString::fromLatin1(name));
                        }
                    }
                    state->caps.timestampFields = fields;
                    state->caps.accountTimestamps = fields.isEmpty() ? Answer::No : Answer::Yes;
                    state->caps.accountOwnerInResponses = account->accountOwner ? Answer::Yes : Answer::No;
                    searchStep();
                });
        });
    };

    auto checkInStep = [this, state, accountStep] {
        ++state->caps.requestsUsed;
        m_engine.send(urgent(request::listAllCheckIns()), this, [state, accountStep](const ApiResult& r) {
            const auto list = parseCheckInList(r);
            if (list.ok()) {
                state->caps.listAllCheckIns = Answer::Yes;
            } else if (list.api.error == ErrorClass::Validation || list.api.error == ErrorClass::NotFound) {
                // DRF answers 400 "customer_id required" (or 404/405) when the filter is mandatory.
                state->caps.listAllCheckIns = Answer::No;
            } else {
                state->caps.notes.append(Tr::tr("listing all check-ins could not be probed: %1").arg(list.api.message));
            }
            accountStep();
        });
    };

    ++state->caps.requestsUsed;
    m_engine.send(urgent(request::profile()), this, [state, finish, checkInStep](const ApiResult& r) {
        const auto profile = parseProfile(r);
        if (!profile.ok()) {
            state->caps.notes.append(Tr::tr("probe stopped: the profile could not be read: %1").arg(profile.api.message));
            finish();
            return;
        }
        state->profile = *profile;
        checkInStep();
    });
}

BadgerCapabilities BadgerClient::probeAndWait()
{
    QEventLoop loop;
    BadgerCapabilities out;
    bool finished = false;
    probe([&](const BadgerCapabilities& caps) {
        out = caps;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
    return out;
}

} // namespace fb::api::badger
