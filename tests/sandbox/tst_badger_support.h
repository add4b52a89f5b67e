#pragma once
// Shared by the Badger sandbox tests: a contract checker for tests/contracts/badger/badger-api.json (types, nullable,
// enums, oneOf, $ref, no unknown keys), the key sets of the real bodies in badger/samples/, and a seed built from
// those samples (three users with a manager relation, a disabled, a trial-expired and a delinquent user).

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fb::sandbox::testing {

class BadgerContract
{
public:
    BadgerContract()
    {
        m_spec = readJson(QStringLiteral(FIELDBRIDGE_CONTRACTS_DIR "/badger/badger-api.json")).toObject();
    }

    bool isLoaded() const { return m_spec.contains(QStringLiteral("paths")); }

    static QJsonValue readJson(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    static QJsonValue sample(const QString& name)
    {
        return readJson(QStringLiteral(FIELDBRIDGE_CONTRACTS_DIR "/badger/samples/") + name);
    }

    // The response schema the spec gives for a path template, method and status; null when it has none.
    QJsonObject responseSchema(const QString& pathTemplate, const QString& method, int status) const
    {
        const QJsonObject response = m_spec[QStringLiteral("paths")][pathTemplate][method.toLower()]
                                           [QStringLiteral("responses")][QString::number(status)]
                                               .toObject();
        const QJsonObject resolved = deref(response);
        return resolved[QStringLiteral("content")][QStringLiteral("application/json")][QStringLiteral("schema")]
            .toObject();
    }

    bool hasResponse(const QString& pathTemplate, const QString& method, int status) const
    {
        return m_spec[QStringLiteral("paths")][pathTemplate][method.toLower()][QStringLiteral("responses")]
            .toObject()
            .contains(QString::number(status));
    }

    // Problems found validating value against schema; strict: object keys the schema does not name are problems too.
    QStringList validate(const QJsonValue& value, const QJsonObject& schema, bool strict = true) const
    {
        QStringList problems;
        check(value, schema, QStringLiteral("$"), strict, problems);
        return problems;
    }

    // Keys present in the sample but missing from the response (recursing into objects and first array elements).
    static QStringList missingSampleKeys(const QJsonValue& sampleValue, const QJsonValue& actual,
                                         const QString& at = QStringLiteral("$"))
    {
        QStringList missing;
        if (sampleValue.isObject() && actual.isObject()) {
            const QJsonObject s = sampleValue.toObject();
            const QJsonObject a = actual.toObject();
            for (auto it = s.begin(); it != s.end(); ++it) {
                if (!a.contains(it.key()))
                    missing << QString(at + u'.' + it.key());
                else if (!it.value().isNull() && !a.value(it.key()).isNull())
                    missing << missingSampleKeys(it.value(), a.value(it.key()), QString(at + u'.' + it.key()));
            }
        } else if (sampleValue.isArray() && actual.isArray() && !sampleValue.toArray().isEmpty()
                   && !actual.toArray().isEmpty()) {
            missing << missingSampleKeys(sampleValue.toArray().first(), actual.toArray().first(), QString(at + u"[0]"));
        }
        return missing;
    }

private:
    QJsonObject deref(QJsonObject schema) const
    {
        for (int guard = 0; guard < 8 && schema.contains(QStringLiteral("$ref")); ++guard) {
            const QStringList parts = schema.value(QStringLiteral("$ref")).toString().mid(2).split(u'/');
            QJsonValue node = m_spec;
            for (const QString& p : parts)
                node = node[p];
            schema = node.toObject();
        }
        return schema;
    }

    void check(const QJsonValue& value, const QJsonObject& rawSchema, const QString& at, bool strict,
               QStringList& problems) const
    {
        const QJsonObject schema = deref(rawSchema);
        if (value.isNull()) {
            if (!schema.value(QStringLiteral("nullable")).toBool() && schema.contains(QStringLiteral("type")))
                problems << QString(at + u" is null but not nullable");
            return;
        }
        if (schema.contains(QStringLiteral("oneOf"))) {
            int matches = 0;
            for (const QJsonValue& alt : schema.value(QStringLiteral("oneOf")).toArray()) {
                QStringList sub;
                check(value, alt.toObject(), at, strict, sub);
                matches += sub.isEmpty() ? 1 : 0;
            }
            if (matches != 1)
                problems << QString(at + u" matches " + QString::number(matches) + u" of oneOf");
            return;
        }
        const QString type = schema.value(QStringLiteral("type")).toString();
        if (type == u"object" && !value.isObject())
            problems << QString(at + u" should be an object");
        else if (type == u"array" && !value.isArray())
            problems << QString(at + u" should be an array");
        else if (type == u"string" && !value.isString())
            problems << QString(at + u" should be a string");
        else if (type == u"boolean" && !value.isBool())
            problems << QString(at + u" should be a boolean");
        else if (type == u"number" && !value.isDouble())
            problems << QString(at + u" should be a number");
        else if (type == u"integer" && (!value.isDouble() || value.toDouble() != double(value.toInteger())))
            problems << QString(at + u" should be an integer");
        if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(value))
            problems << QString(at + u" is not one of the enum values");
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
            for (const QJsonValue& r : schema.value(QStringLiteral("required")).toArray()) {
                if (!o.contains(r.toString()))
                    problems << QString(at + u" lacks required " + r.toString());
            }
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (props.contains(it.key()))
                    check(it.value(), props.value(it.key()).toObject(), QString(at + u'.' + it.key()), strict,
                          problems);
                else if (strict && !props.isEmpty() && !schema.value(QStringLiteral("additionalProperties")).toBool())
                    problems << QString(at + u'.' + it.key() + u" is not in the contract");
            }
        }
        if (value.isArray() && schema.contains(QStringLiteral("items"))) {
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                check(a.at(i), schema.value(QStringLiteral("items")).toObject(),
                      QString(at + u'[' + QString::number(i) + u']'), strict, problems);
        }
    }

    QJsonObject m_spec;
};

inline const QString kOwnerToken = u"tok-owner-5021"_s; // Avery, manager of Jordan
inline const QString kRepToken = u"tok-rep-5034"_s; // Jordan, managed by Avery
inline const QString kOutsiderToken = u"tok-other-5040"_s; // Casey, nobody's manager
inline const QString kDisabledToken = u"tok-disabled-5050"_s;

inline QJsonObject sampleSeed()
{
    QJsonObject profile = BadgerContract::sample(u"profile.json"_s).toObject();
    QJsonObject account = BadgerContract::sample(u"customer-detail.json"_s).toObject();
    account.insert(u"account_owner"_s, 5021);
    QJsonObject second = account;
    second.insert(u"id"_s, 40004567);
    second.insert(u"last_name"_s, u"Cedar Point Pharmacy"_s);
    second.insert(u"full_name"_s, u"Cedar Point Pharmacy"_s);
    QJsonObject secondLocation = second.value(u"locations"_s).toArray().first().toObject();
    secondLocation.insert(u"id"_s, 55504567);
    second.insert(u"locations"_s, QJsonArray {secondLocation});
    QJsonObject repAccount = account;
    repAccount.insert(u"id"_s, 40007000);
    repAccount.insert(u"last_name"_s, u"Jordan's Deli"_s);
    repAccount.insert(u"full_name"_s, u"Jordan's Deli"_s);
    repAccount.insert(u"account_owner"_s, 5034);
    QJsonObject repLocation = secondLocation;
    repLocation.insert(u"id"_s, 55507000);
    repAccount.insert(u"locations"_s, QJsonArray {repLocation});

    QJsonArray checkins = BadgerContract::sample(u"appointments-list.json"_s).toArray();
    QJsonObject custom = BadgerContract::sample(u"appointments-list-custom-fields.json"_s).toArray().first().toObject();
    checkins.append(custom);
    QJsonObject route = BadgerContract::sample(u"route-detail.json"_s).toObject();
    QJsonObject route2 = route;
    route2.insert(u"id"_s, 3102);
    route2.insert(u"name"_s, u"Tuesday North Loop"_s);
    route2.insert(u"route_date"_s, u"2025-04-15"_s);
    QJsonObject privateRoute = route;
    privateRoute.insert(u"id"_s, 3200);
    privateRoute.insert(u"user_id"_s, 5034);

    const auto user = [](int id, const QString& username, const QString& first, const QString& last, bool manager,
                         QJsonValue managerId, const QString& status) {
        return QJsonObject {{u"id"_s, id},
                            {u"username"_s, username},
                            {u"password"_s, QString(u"pw-"_s + username)},
                            {u"first_name"_s, first},
                            {u"last_name"_s, last},
                            {u"email"_s, QString(username + u"@example.com"_s)},
                            {u"is_manager"_s, manager},
                            {u"manager"_s, managerId},
                            {u"status"_s, status}};
    };
    return QJsonObject {
        {u"apiKeys"_s,
         QJsonArray {QJsonObject {{u"key"_s, kOwnerToken}, {u"user_id"_s, 5021}},
                     QJsonObject {{u"key"_s, kRepToken}, {u"user_id"_s, 5034}},
                     QJsonObject {{u"key"_s, kOutsiderToken}, {u"user_id"_s, 5040}},
                     QJsonObject {{u"key"_s, kDisabledToken}, {u"user_id"_s, 5050}}}},
        {u"users"_s,
         QJsonArray {user(5021, u"asample"_s, u"Avery"_s, u"Sample"_s, true, QJsonValue::Null, u"active"_s),
                     user(5034, u"jrivera"_s, u"Jordan"_s, u"Rivera"_s, false, 5021, u"active"_s),
                     user(5040, u"cother"_s, u"Casey"_s, u"Other"_s, false, QJsonValue::Null, u"active"_s),
                     user(5050, u"dgone"_s, u"Dana"_s, u"Gone"_s, false, 5021, u"disabled"_s),
                     user(5060, u"ttrial"_s, u"Toni"_s, u"Trial"_s, false, QJsonValue::Null, u"trial_expired"_s),
                     user(5070, u"ddebt"_s, u"Dee"_s, u"Debt"_s, false, QJsonValue::Null, u"delinquent"_s)}},
        {u"profile"_s, profile},
        {u"accounts"_s, QJsonArray {account, second, repAccount}},
        {u"checkins"_s, checkins},
        {u"routes"_s, QJsonArray {route, route2, privateRoute}},
    };
}

} // namespace fb::sandbox::testing
