#pragma once
// The fields each side offers for mapping: standard fields we know from the contracts plus the account's custom
// fields fetched live (HighLevel custom fields, Badger profile datafields).

#include <QJsonArray>
#include <QList>
#include <QString>

namespace fb::sync {

enum class Side { HighLevel, Badger };

enum class FieldType { Text, Email, Phone, Number, Date, UserId, TagList, Name };

QString toString(FieldType type);
// The type as shown to the user (translated; toString() is the stable code).
QString typeLabel(FieldType type);
QString toString(Side side);

struct FieldInfo
{
    QString id;          // stable id used in the mapping: "email", "customField:abc123", "custom_text3", "location.city"
    QString label;       // what the user sees ("Email", "Region (custom)")
    FieldType type = FieldType::Text;
    bool custom = false;
    bool requiredOnCreate = false; // the side refuses a create without it
    bool writable = true;
};

// Which field types can feed which without losing meaning (a number into text is fine, text into a number not).
bool typesCompatible(FieldType from, FieldType to);

class FieldCatalog
{
public:
    // The standard fields only (what the contracts define).
    static FieldCatalog standard();

    // Adds the live custom fields: HighLevel GET /locations/{id}/customFields -> customFields[], Badger
    // GET /profiles/ -> datafields[]. Unknown data types become Text.
    void addHighLevelCustomFields(const QJsonArray& customFields);
    void addBadgerDatafields(const QJsonArray& datafields);

    const QList<FieldInfo>& fields(Side side) const { return side == Side::HighLevel ? m_highLevel : m_badger; }
    const FieldInfo* find(Side side, const QString& id) const;

    // Badger datafield name -> account key: ct -> custom_text, ct3 -> custom_text3, cn -> custom_numeric, ...
    static QString badgerAccountKeyForDatafield(const QString& name);

private:
    QList<FieldInfo> m_highLevel;
    QList<FieldInfo> m_badger;
};

} // namespace fb::sync
