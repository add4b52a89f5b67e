// libFuzzer target: every Badger response parser on arbitrary bytes, as a 2xx body, at other statuses and as an error
// body; also the error-message extractor and the date parser. Built by scripts/fuzz (clang, fuzzer+ASan+UBSan);
// must never crash, leak or hang, and every result must be either a value or a typed error with a message.

#include "api/BadgerParsers.h"
#include "api/BadgerRequests.h"
#include "core/Redaction.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>

using namespace fb::api;
using namespace fb::api::badger;

namespace {

template<typename T> void check(const Result<T>& r)
{
    if (r.ok() != (r.api.error == ErrorClass::None)) {
        __builtin_trap();
    }
    if (!r.ok() && r.api.message.isEmpty()) {
        __builtin_trap();
    }
}

void checkLogin(const LoginResult& r)
{
    if (r.ok() && r.token.isEmpty()) {
        __builtin_trap();
    }
    if (!r.ok() && (r.api.error == ErrorClass::None || r.api.message.isEmpty() || !r.token.isEmpty())) {
        __builtin_trap();
    }
}

void runAll(const ApiResult& api)
{
    const LoginResult login = parseLogin(api);
    checkLogin(login);
    // A parsed token joins the process-wide secret registry (by design: it must be masked from then on); forget it
    // again here, or the registry grows with every input and each redaction gets slower (found by this fuzzer: exec/s
    // fell from ~250 to ~18 over 15 minutes).
    if (!login.token.isEmpty()) {
        fb::redact::forgetSecret(login.token);
    }
    check(parseProfile(api));
    bool wasList = false;
    check(parseUserSearch(api, &wasList));
    check(parseAccountList(api));
    const auto account = parseAccount(api);
    check(account);
    if (account.ok()) {
        (void)account->changedAt();
        // What we read must be writable back without surprises.
        AccountPatch patch;
        for (auto it = account->customFields.cbegin(); it != account->customFields.cend(); ++it) {
            patch.customFields.insert(it.key(), it.value().toVariant().toString());
        }
        patch.lastName = account->lastName;
        (void)request::updateAccount(account->id, patch);
    }
    const auto created = parseCreatedAccount(api);
    check(created);
    check(parseDeleted(api));
    check(parseLocation(api));
    check(parseCheckInList(api));
    check(parseCheckIn(api));
    check(parseRouteList(api));
    check(parseRoute(api));
    const auto profile = parseProfile(api);
    if (profile.ok()) {
        for (const Datafield& d : profile->datafields) {
            const QString key = d.accountKey();
            if (!key.isEmpty() && datafieldForAccountKey(key) != d.name) {
                __builtin_trap(); // the mapping must round-trip
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    QJsonValue json;
    if (pe.error == QJsonParseError::NoError) {
        json = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }

    ApiResult ok;
    ok.status = 200;
    ok.body = body;
    ok.json = json; // as the engine hands it over
    runAll(ok);

    ApiResult raw = ok; // an engine that left parsing to the client
    raw.json = QJsonValue();
    raw.status = 201;
    runAll(raw);

    // The first byte picks a status the engine did not classify; the parsers must classify it themselves.
    static const int statuses[] = {204, 301, 400, 401, 403, 404, 415, 429, 500, 503, 418, 0};
    ApiResult odd = raw;
    odd.status = size > 0 ? statuses[data[0] % (sizeof(statuses) / sizeof(statuses[0]))] : 404;
    runAll(odd);

    ApiResult failed = ok;
    failed.status = 400;
    failed.error = ErrorClass::Validation;
    failed.message = QStringLiteral("HTTP 400");
    runAll(failed);

    const QString message = errorMessageFromBody(body);
    if (message.size() > 400) {
        __builtin_trap();
    }
    (void)parseBadgerDateTime(QString::fromUtf8(body.left(64)));
    (void)accountKeyForDatafield(QString::fromUtf8(body.left(16)));

    if (json.isObject()) {
        const QJsonObject o = json.toObject();
        QString error;
        Account a;
        AccountSummary s;
        Location l;
        Profile p;
        Datafield d;
        UserSummary u;
        CheckIn c;
        RouteSummary rs;
        Route r;
        Waypoint w;
        (void)readAccount(o, a, &error);
        (void)readAccountSummary(o, s, &error);
        (void)readLocation(o, l, &error);
        (void)readProfile(o, p, &error);
        (void)readDatafield(o, d, &error);
        (void)readUserSummary(o, u, &error);
        (void)readCheckIn(o, c, &error);
        (void)readRouteSummary(o, rs, &error);
        (void)readRoute(o, r, &error);
        (void)readWaypoint(o, w, &error);
    }
    return 0;
}
