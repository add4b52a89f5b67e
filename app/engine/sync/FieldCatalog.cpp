#include "FieldCatalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fb::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::sync::FieldCatalog)
};
} // namespace

QString toString(FieldType type)
{
    switch (type) {
    case FieldType::Text: return u"text"_s;
    case FieldType::Email: return u"email"_s;
    case FieldType::Phone: return u"phone"_s;
    case FieldType::Number: return u"number"_s;
    case FieldType::Date: return u"date"_s;
    case FieldType::UserId: return u"user"_s;
    case FieldType::TagList: return u"tags"_s;
    case FieldType::Name: return u"name"_s;
    }
    return u"text"_s;
}

QString typeLabel(FieldType type)
{
    switch (type) {
    case FieldType::Text: return Tr::tr("text", "field type");
    case FieldType::Email: return Tr::tr("email", "field type");
    case FieldType::Phone: return Tr::tr("phone", "field type");
    case FieldType::Number: return Tr::tr("number", "field type");
    case FieldType::Date: return Tr::tr("date", "field type");
    case FieldType::UserId: return Tr::tr("user", "field type");
    case FieldType::TagList: return Tr::tr("tags", "field type");
    case FieldType::Name: return Tr::tr("name", "field type");
    }
    return Tr::tr("text", "field type");
}

QString toString(Side side)
{
    return side == Side::HighLevel ? u"highlevel"_s : u"badger"_s;
}

bool typesCompatible(FieldType from, FieldType to)
{
    if (from == to) {
        return true;
    }
    switch (to) {
    case FieldType::Text:
        return from != FieldType::TagList && from != FieldType::UserId;
    case FieldType::Name:
        return from == FieldType::Text;
    case FieldType::TagList:
        return from == FieldType::Text;
    case FieldType::Number:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Date:
    case FieldType::UserId:
        return false;
    }
    return false;
}

FieldCatalog FieldCatalog::standard()
{
    FieldCatalog c;
    // HighLevel contact fields (CreateContactDto / GetContectByIdSchema).
    c.m_highLevel = {
        {u"firstName"_s, Tr::tr("First name"), FieldType::Text},
        {u"lastName"_s, Tr::tr("Last name"), FieldType::Text},
        {u"fullName"_s, Tr::tr("Full name (first + last)"), FieldType::Name},
        {u"companyName"_s, Tr::tr("Company name"), FieldType::Text},
        {u"email"_s, Tr::tr("Email"), FieldType::Email},
        {u"phone"_s, Tr::tr("Phone"), FieldType::Phone},
        {u"address1"_s, Tr::tr("Street address"), FieldType::Text},
        {u"city"_s, Tr::tr("City"), FieldType::Text},
        {u"state"_s, Tr::tr("State"), FieldType::Text},
        {u"postalCode"_s, Tr::tr("Postal code"), FieldType::Text},
        {u"country"_s, Tr::tr("Country"), FieldType::Text},
        {u"website"_s, Tr::tr("Website"), FieldType::Text},
        {u"source"_s, Tr::tr("Source"), FieldType::Text},
        {u"dateOfBirth"_s, Tr::tr("Date of birth"), FieldType::Date},
        {u"assignedTo"_s, Tr::tr("Assigned user"), FieldType::UserId},
        {u"tags"_s, Tr::tr("Tags"), FieldType::TagList},
    };
    // Badger account fields (GET /customers/{id}/) and its location (PATCH /locations/{id}/).
    c.m_badger = {
        {u"first_name"_s, Tr::tr("First name"), FieldType::Text},
        {u"last_name"_s, Tr::tr("Account name"), FieldType::Text, false, true},
        {u"email"_s, Tr::tr("Email"), FieldType::Email},
        {u"phone_number"_s, Tr::tr("Phone"), FieldType::Phone},
        {u"location.address_line_1"_s, Tr::tr("Street address"), FieldType::Text, false, true},
        {u"location.city"_s, Tr::tr("City"), FieldType::Text},
        {u"location.state"_s, Tr::tr("State"), FieldType::Text},
        {u"location.zipcode"_s, Tr::tr("ZIP code"), FieldType::Text},
        {u"account_owner"_s, Tr::tr("Account owner"), FieldType::UserId},
        {u"notes"_s, Tr::tr("Notes"), FieldType::Text},
        {u"customer_id"_s, Tr::tr("External customer id"), FieldType::Text},
    };
    return c;
}

void FieldCatalog::addHighLevelCustomFields(const QJsonArray& customFields)
{
    for (const QJsonValue& v : customFields) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(u"id"_s).toString();
        if (id.isEmpty() || find(Side::HighLevel, u"customField:"_s + id)) {
            continue;
        }
        const QString dataType = o.value(u"dataType"_s).toString().toUpper();
        FieldType type = FieldType::Text;
        if (dataType == u"NUMERICAL"_s || dataType == u"NUMERIC"_s || dataType == u"MONETORY"_s
            || dataType == u"MONETARY"_s) {
            type = FieldType::Number;
        } else if (dataType == u"DATE"_s) {
            type = FieldType::Date;
        } else if (dataType == u"PHONE"_s) {
            type = FieldType::Phone;
        } else if (dataType == u"EMAIL"_s) {
            type = FieldType::Email;
        }
        const QString name = o.value(u"name"_s).toString(id);
        m_highLevel.append({u"customField:"_s + id, Tr::tr("%1 (custom)").arg(name), type, true});
    }
}

void FieldCatalog::addBadgerDatafields(const QJsonArray& datafields)
{
    for (const QJsonValue& v : datafields) {
        const QJsonObject o = v.toObject();
        const QString key = badgerAccountKeyForDatafield(o.value(u"name"_s).toString());
        if (key.isEmpty() || find(Side::Badger, key)) {
            continue;
        }
        const bool numeric = o.value(u"type"_s).toString() == u"numeric"_s || key.startsWith(u"custom_numeric"_s);
        const QString label = o.value(u"label"_s).toString(key);
        m_badger.append({key, Tr::tr("%1 (custom)").arg(label), numeric ? FieldType::Number : FieldType::Text, true});
    }
}

const FieldInfo* FieldCatalog::find(Side side, const QString& id) const
{
    for (const FieldInfo& f : fields(side)) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

QString FieldCatalog::badgerAccountKeyForDatafield(const QString& name)
{
    static const QRegularExpression rx(u"^(ct|cn)(\\d*)$"_s);
    const auto m = rx.match(name);
    if (!m.hasMatch()) {
        return {};
    }
    const QString base = m.captured(1) == u"ct"_s ? u"custom_text"_s : u"custom_numeric"_s;
    const QString n = m.captured(2);
    if (n == u"1"_s || n.isEmpty()) {
        return base; // there is no custom_text1: ct (and ct1 if a team has it) is custom_text
    }
    return base + n;
}

} // namespace fb::sync
