#pragma once
// Seeds for the beyond-contacts tests: N clean pairs (same person on both sides, matched by exact email, nothing for
// the contacts phase to write), check-ins spread over the accounts, tags on both sides; plus readers of the
// sandbox state (notes, tasks, check-ins, tags) for the checks.

#include "SyncHarness.h"
#include "generator/SeedGenerator.h"
#include "sync/ExtrasTags.h"
#include "sync/RecordAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fb::synctest::extras {

using namespace Qt::StringLiterals;

inline QString contactId(int i)
{
    return u"FbPairContact%1"_s.arg(i, 7, 10, QLatin1Char('0')); // 20 characters like GHL's ids
}

inline qint64 accountId(int i)
{
    return 41000000 + i;
}

struct PairSeed
{
    int pairs = 10;
    QList<QStringList> highLevelTags; // per pair (cycled); empty = none
    QList<QString> badgerTagField;    // per pair (cycled), custom_text4
    QJsonArray checkIns;              // as Badger lists them
};

// Check-in k of `count`, on account k % pairs, types cycling through `types`, one minute apart (oldest first).
// mixTypes shifts the cycle on every pass over the accounts, so one account sees several types even when `pairs`
// is a multiple of the number of types.
inline QJsonArray makeCheckIns(int count, int pairs, const QStringList& types, int firstId = 990001,
                               bool mixTypes = false)
{
    QJsonArray out;
    const QDateTime start(QDate(2025, 5, 1), QTime(8, 0), Qt::UTC);
    for (int k = 0; k < count; ++k) {
        const QString type = types.at((k + (mixTypes ? k / pairs : 0)) % types.size());
        QJsonObject c{{u"id"_s, firstId + k},
                      {u"customer"_s, accountId(k % pairs)},
                      {u"log_datetime"_s, start.addSecs(60LL * k).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s)},
                      {u"type"_s, type},
                      {u"comments"_s, u"Visit %1: talked to the owner — café ☕"_s.arg(k)},
                      {u"created_by"_s, u"Sam Manager"_s},
                      {u"crm_id"_s, QJsonValue()},
                      {u"extra_fields"_s, k % 3 == 0 ? QJsonValue(QJsonObject{{u"Log Type"_s, type},
                                                                             {u"Meeting Notes"_s, u"note %1"_s.arg(k)}})
                                                     : QJsonValue()}};
        out.append(c);
    }
    return out;
}

inline QJsonObject buildSeed(const PairSeed& p)
{
    QJsonObject seed = sandbox::generateSeed(0, 5);
    QJsonObject hl = seed.value(u"highlevel"_s).toObject();
    QJsonObject bg = seed.value(u"badger"_s).toObject();
    QJsonArray contacts;
    QJsonArray accounts;
    for (int i = 0; i < p.pairs; ++i) {
        const QString email = u"pair%1@example.com"_s.arg(i);
        QJsonArray tags;
        if (!p.highLevelTags.isEmpty()) {
            for (const QString& t : p.highLevelTags.at(i % p.highLevelTags.size())) {
                tags.append(t);
            }
        }
        contacts.append(QJsonObject{{u"id"_s, contactId(i)},
                                    {u"locationId"_s, QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId)},
                                    {u"firstName"_s, u"Pat"_s},
                                    {u"lastName"_s, u"Pair %1"_s.arg(i)},
                                    {u"email"_s, email},
                                    {u"address1"_s, u"%1 Main St"_s.arg(100 + i)},
                                    {u"city"_s, u"Chicago"_s},
                                    {u"state"_s, u"IL"_s},
                                    {u"postalCode"_s, u"60601"_s},
                                    {u"country"_s, u"US"_s},
                                    {u"tags"_s, tags},
                                    {u"customFields"_s, QJsonArray()},
                                    {u"dateAdded"_s, u"2025-06-01T00:00:00.000Z"_s},
                                    {u"dateUpdated"_s, u"2025-06-01T00:00:00.000Z"_s}});
        const QString field = p.badgerTagField.isEmpty() ? QString() : p.badgerTagField.at(i % p.badgerTagField.size());
        accounts.append(QJsonObject{
            {u"id"_s, accountId(i)},
            {u"first_name"_s, u"Pat"_s},
            {u"last_name"_s, u"Pair %1"_s.arg(i)},
            {u"email"_s, email},
            {u"phone_number"_s, u""_s},
            {u"custom_text4"_s, field.isNull() ? QJsonValue() : QJsonValue(field)},
            {u"account_owner"_s, 5001},
            {u"locations"_s, QJsonArray{QJsonObject{{u"id"_s, 56000000 + i},
                                                    {u"address_line_1"_s, u"%1 Main St"_s.arg(100 + i)},
                                                    {u"city"_s, u"Chicago"_s},
                                                    {u"state"_s, u"IL"_s},
                                                    {u"zipcode"_s, u"60601"_s},
                                                    {u"lat"_s, 41.88},
                                                    {u"long"_s, -87.63}}}}});
    }
    hl.insert(u"contacts"_s, contacts);
    hl.insert(u"notes"_s, QJsonArray());
    hl.insert(u"tasks"_s, QJsonArray());
    bg.insert(u"accounts"_s, accounts);
    bg.insert(u"checkins"_s, p.checkIns);
    seed.insert(u"highlevel"_s, hl);
    seed.insert(u"badger"_s, bg);
    return seed;
}

inline QList<QJsonObject> section(SyncHarness& h, const QString& api, const QString& key)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : h.sandbox().state().value(api).toObject().value(key).toArray()) {
        out.append(v.toObject());
    }
    return out;
}

// HighLevel user id by first name, from the seed's users.
inline QString highLevelUser(SyncHarness& h, const QString& firstName)
{
    for (const QJsonObject& u : section(h, u"highlevel"_s, u"users"_s)) {
        if (u.value(u"firstName"_s).toString() == firstName) {
            return u.value(u"id"_s).toString();
        }
    }
    return {};
}

inline QJsonObject contact(SyncHarness& h, int i)
{
    for (const QJsonObject& c : section(h, u"highlevel"_s, u"contacts"_s)) {
        if (c.value(u"id"_s).toString() == contactId(i)) {
            return c;
        }
    }
    return {};
}

inline QJsonObject account(SyncHarness& h, int i)
{
    for (const QJsonObject& a : section(h, u"badger"_s, u"accounts"_s)) {
        if (a.value(u"id"_s).toInteger() == accountId(i)) {
            return a;
        }
    }
    return {};
}

inline QStringList tagsOf(const QJsonObject& contact)
{
    QStringList out;
    for (const QJsonValue& v : contact.value(u"tags"_s).toArray()) {
        out.append(v.toString());
    }
    return out;
}

inline QString describe(const sync::RunSummary& s)
{
    return QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact)).left(4000);
}

inline void setRules(SyncHarness& h, const QJsonObject& rules)
{
    sync::MappingDocument m = h.sync().mapping();
    m.rules = rules;
    h.sync().setMapping(m);
}

} // namespace fb::synctest::extras

namespace fb::synctest::extras {

// Replaces the sandbox state with `seed`, keeping the harness's "no limits".
inline void load(SyncHarness& h, const QJsonObject& seed)
{
    h.sandbox().loadSeed(seed);
    h.sandbox().setLimits(QJsonObject{
        {u"highlevel"_s, QJsonObject{{u"burstMax"_s, 0}, {u"dailyMax"_s, 0}}},
        {u"badger"_s, QJsonObject{{u"dailyQuota"_s, 0}}},
    });
}

} // namespace fb::synctest::extras
