#pragma once
// A stateful simulator of the Badger Maps REST API v2 (tests/contracts/badger/badgerupdatedapi.apib).
//
// Behaves like the Django REST Framework service the contract implies: `Authorization: Token <key>`, trailing
// slashes, form-encoded writes, JSON responses, DRF-style error bodies ({"detail": ...}, per-field lists on 400),
// a daily request quota per team, and no idempotency (a repeated POST makes a duplicate).
//
// Seed/dump format (the "badger" section of a seed document; docs/sandbox-seed.md has the full description):
//   apiKeys  [{key, user_id}]                 tokens accepted in `Authorization: Token <key>`
//   users    [{id, username, password, first_name, last_name, email, is_manager, manager, status}]
//            status: "active" (default), "disabled", "trial_expired", "delinquent" (drives /login/ statuses)
//   profile  {...}                            as GET /profiles/ returns it; per-user keys are overlaid per token
//   accounts [...]                            as GET /customers/{id}/ returns them, plus account_owner,
//                                              created_at, updated_at, last_modified_date (shown only by switch)
//   checkins [...]                            as GET /appointments/ returns them
//   routes   [...]                            as GET /routes/{id}/ returns them, optional "user_id" (owner)
//   options  {...}                            the switches below
//   nextIds  {account, location, checkin}     next ids to hand out (optional; default max + 1)
//   quota    {date, used}                     today's quota usage (optional)
//
// Options (setOptions merges; unknown keys and wrong types are reported and ignored):
//   dailyQuota                 int    25000     authenticated requests per team per UTC day; 0 = unlimited; 429 past it
//   searchUsersReturnsList     bool   false     UNCONFIRMED: /search/users/ answers [..] instead of one object
//   accountOwnerOptional       bool   false     UNCONFIRMED: POST /customers/ without account_owner -> token's user
//   listAllCheckins            bool   false     UNCONFIRMED: GET /appointments/ without customer_id lists all
//                                               check-ins of the user's accounts (off: 400 customer_id required)
//   acceptJsonBodies           bool   false     UNCONFIRMED: JSON write bodies accepted (off: 415 as DRF says)
//   accountTimestamps          bool   false     UNCONFIRMED: accounts carry created_at, updated_at, last_modified_date
//   accountOwnerInResponses    bool   false     UNCONFIRMED: accounts carry account_owner
//   missingTrailingSlash       string "redirect" "redirect": 301 to the slash path as Django's APPEND_SLASH does;
//                                               "404": Django's HTML 404
//   rawAddressWhenLatLngGiven  bool   true      create with lat+lng skips geocoding: address_line_1 becomes the
//                                               upper-cased address, city/state/zipcode "" (as the doc example shows)

#include "SimTypes.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <map>
#include <optional>

namespace fb::sandbox {

class BadgerSimulator final : public ApiSimulator
{
public:
    explicit BadgerSimulator(SimClock& clock);
    ~BadgerSimulator() override;

    QString name() const override { return QStringLiteral("badger"); }
    QString pathPrefix() const override { return QStringLiteral("/badger/api/2"); }
    SimReply handle(const SimRequest& request) override;
    void loadSeed(const QJsonObject& section) override;
    QJsonObject dump() const override;
    void reset() override;

    // Merges the given keys into the current options; returns one message per rejected key (empty: all applied).
    QStringList setOptions(const QJsonObject& options);
    QJsonObject options() const;
    static QJsonObject defaultOptions();

    // Requests counted against today's quota (UTC day of the SimClock).
    int quotaUsedToday() const;

    // Datafield short code -> account key: ct -> custom_text, ct2 -> custom_text2, cn -> custom_numeric, cn3 -> ...
    // Empty when the name is not a custom-field code.
    static QString accountKeyForDatafield(const QString& datafieldName);
    // Deterministic stand-in for Badger's geocoder: address parts plus lat/long inside the continental US.
    static QJsonObject geocode(const QString& address);
    // GeoDjango's WKT as Badger prints it: "POINT (<long> <lat>)" with 16 decimals.
    static QString wktPoint(double lat, double lng);

private:
    struct Options
    {
        int dailyQuota = 25000;
        bool searchUsersReturnsList = false;
        bool accountOwnerOptional = false;
        bool listAllCheckins = false;
        bool acceptJsonBodies = false;
        bool accountTimestamps = false;
        bool accountOwnerInResponses = false;
        bool redirectMissingSlash = true;
        bool rawAddressWhenLatLngGiven = true;
    };
    struct Form;
    struct Context;

    SimReply dispatch(const SimRequest& request);
    SimReply login(const SimRequest& request);
    SimReply getProfile(const Context& ctx);
    SimReply searchUsers(const Context& ctx);
    SimReply listAccounts(const Context& ctx);
    SimReply createAccount(const Context& ctx);
    SimReply getAccount(const Context& ctx, qint64 id);
    SimReply updateAccount(const Context& ctx, qint64 id);
    SimReply deleteAccount(const Context& ctx, qint64 id);
    SimReply updateLocation(const Context& ctx, qint64 id);
    SimReply listCheckins(const Context& ctx);
    SimReply createCheckin(const Context& ctx);
    SimReply listRoutes(const Context& ctx);
    SimReply getRoute(const Context& ctx, qint64 id);

    std::optional<SimReply> authenticate(const SimRequest& request, qint64& userId) const;
    std::optional<SimReply> countQuota();
    std::optional<SimReply> parseForm(const SimRequest& request, Form& form) const;

    bool canSeeOwner(qint64 userId, qint64 ownerId) const;
    bool accountVisible(qint64 userId, const QJsonObject& account) const;
    QJsonObject accountResponse(const QJsonObject& account) const;
    QJsonObject profileFor(qint64 userId) const;
    QString displayName(qint64 userId) const;
    qint64 defaultUserId() const;
    QString timestamp() const; // created_at/updated_at style: ISO 8601 UTC with microseconds and "Z"
    void normaliseAccount(QJsonObject& account) const;
    void reindexLocations();
    void rollQuotaDay();

    SimClock& m_clock;
    Options m_options;
    QJsonArray m_apiKeys;
    QHash<QString, qint64> m_tokens;
    std::map<qint64, QJsonObject> m_users;
    QJsonObject m_profile;
    std::map<qint64, QJsonObject> m_accounts;
    QHash<qint64, qint64> m_locationAccount; // location id -> account id
    std::map<qint64, QJsonObject> m_checkins;
    QHash<qint64, QList<qint64>> m_checkinsByAccount; // account id -> check-in ids, so a full pull stays linear
    std::map<qint64, QJsonObject> m_routes;
    qint64 m_nextAccountId = 0;
    qint64 m_nextLocationId = 0;
    qint64 m_nextCheckinId = 0;
    QDate m_quotaDate;
    int m_quotaUsed = 0;
};

} // namespace fb::sandbox
