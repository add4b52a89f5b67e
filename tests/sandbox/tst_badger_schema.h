#pragma once
// Checks Badger responses against tests/contracts/badger/badger-api.json (types, nullable, enums, oneOf, $ref)
// and against the body shapes in badger/samples/ (every key a real response carries must be there).

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

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
            missing << missingSampleKeys(sampleValue.toArray().first(), actual.toArray().first(),
                                         QString(at + u"[0]"));
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
                    check(it.value(), props.value(it.key()).toObject(), QString(at + u'.' + it.key()), strict, problems);
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

} // namespace fb::sandbox::testing
