#include "RecordAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fb::sync {

QString canonicalText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) {
            return QString::number(static_cast<qint64>(d));
        }
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray()) {
            parts << canonicalText(v);
        }
        return parts.join(u", "_s);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

FieldValues highLevelValues(const QJsonObject& contact, const QString& nameFormat)
{
    FieldValues v;
    for (const char* key : {"firstName", "lastName", "companyName", "email", "phone", "address1", "city", "state",
                            "postalCode", "country", "website", "source", "dateOfBirth", "assignedTo"}) {
        const QString k = QString::fromLatin1(key);
        v.insert(k, canonicalText(contact.value(k)));
    }
    v.insert(u"fullName"_s, joinName(v.value(u"firstName"_s), v.value(u"lastName"_s), nameFormat));
    QStringList tags;
    for (const QJsonValue& t : contact.value(u"tags"_s).toArray()) {
        tags << t.toString();
    }
    std::sort(tags.begin(), tags.end());
    v.insert(u"tags"_s, tags.join(u", "_s));
    for (const QJsonValue& cf : contact.value(u"customFields"_s).toArray()) {
        const QJsonObject o = cf.toObject();
        const QString id = o.value(u"id"_s).toString();
        if (id.isEmpty()) {
            continue;
        }
        // Read shape is {id, value}; tolerate the write shape {id, field_value} too.
        const QJsonValue value = o.contains(u"value"_s) ? o.value(u"value"_s) : o.value(u"field_value"_s);
        v.insert(u"customField:"_s + id, canonicalText(value));
    }
    return v;
}

FieldValues badgerValues(const QJsonObject& account)
{
    FieldValues v;
    for (auto it = account.constBegin(); it != account.constEnd(); ++it) {
        if (it.value().isObject() || it.value().isArray()) {
            continue;
        }
        v.insert(it.key(), canonicalText(it.value()));
    }
    const QJsonArray locations = account.value(u"locations"_s).toArray();
    const QJsonObject location = locations.isEmpty() ? QJsonObject() : locations.first().toObject();
    for (const char* key : {"address_line_1", "city", "state", "zipcode"}) {
        const QString k = QString::fromLatin1(key);
        v.insert(u"location."_s + k, canonicalText(location.value(k)));
    }
    v.insert(u"location.id"_s, canonicalText(location.value(u"id"_s)));
    return v;
}

QString badgerAddressLine(const FieldValues& f)
{
    QStringList parts;
    const QString street = f.value(u"location.address_line_1"_s).trimmed();
    const QString city = f.value(u"location.city"_s).trimmed();
    const QString stateZip =
        QString(f.value(u"location.state"_s).trimmed() + u' ' + f.value(u"location.zipcode"_s).trimmed()).trimmed();
    for (const QString& p : {street, city, stateZip}) {
        if (!p.isEmpty()) {
            parts << p;
        }
    }
    return parts.join(u", "_s);
}

HighLevelWrite highLevelWriteFor(const FieldValues& changes, const FieldCatalog& catalog, const QString& nameFormat)
{
    HighLevelWrite w;
    QJsonArray customFields;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QString& field = it.key();
        const QString& value = it.value();
        const QJsonValue json = value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
        if (field == u"fullName"_s) {
            const auto [first, last] = splitName(value, nameFormat);
            w.body.insert(u"firstName"_s, first.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(first));
            w.body.insert(u"lastName"_s, last.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(last));
        } else if (field.startsWith(u"customField:"_s)) {
            const QString id = field.mid(12);
            const FieldInfo* info = catalog.find(Side::HighLevel, field);
            QJsonValue fieldValue = json;
            if (info && info->type == FieldType::Number && !value.isEmpty()) {
                bool ok = false;
                const double d = value.toDouble(&ok);
                fieldValue = ok ? QJsonValue(d) : QJsonValue(value);
            }
            customFields.append(QJsonObject{{u"id"_s, id}, {u"field_value"_s, fieldValue}});
        } else if (field == u"tags"_s) {
            continue; // tags go through the add/remove tag endpoints, never by overwriting
        } else {
            w.body.insert(field, json);
        }
    }
    if (!customFields.isEmpty()) {
        w.body.insert(u"customFields"_s, customFields);
    }
    return w;
}

BadgerWrite badgerWriteFor(const FieldValues& changes, const FieldValues& current)
{
    BadgerWrite w;
    FieldValues address = current;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.key().startsWith(u"location."_s)) {
            address.insert(it.key(), it.value());
            w.locationChanged = true;
        } else {
            w.accountForm.append({it.key(), it.value()});
        }
    }
    std::sort(w.accountForm.begin(), w.accountForm.end());
    if (w.locationChanged) {
        w.address = badgerAddressLine(address);
    }
    return w;
}

} // namespace fb::sync
