#pragma once
// Turns each API's record JSON into mapped field values, and mapped values back into each API's write payloads.

#include "Mapping.h"
#include "Transforms.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

namespace fb::sync {

// Canonical text of a JSON value: numbers without trailing zeros (125000.0 -> "125000"), null -> "",
// arrays of strings joined with ", ", booleans "true"/"false".
QString canonicalText(const QJsonValue& value);

// Values of every field id the catalog knows, from a HighLevel contact (GET /contacts/{id} "contact" object).
FieldValues highLevelValues(const QJsonObject& contact, const QString& nameFormat = QStringLiteral("first_last"));

// Values from a Badger account (GET /customers/{id}/); location.* come from the first location.
FieldValues badgerValues(const QJsonObject& account);

// The single address line Badger's location API takes ("street, city, state zip").
QString badgerAddressLine(const FieldValues& badgerFields);

struct HighLevelWrite
{
    QJsonObject body; // UpdateContactDto / CreateContactDto fields
    bool isEmpty() const { return body.isEmpty(); }
};

struct BadgerWrite
{
    QList<QPair<QString, QString>> accountForm;  // PATCH /customers/{id}/ keys
    bool locationChanged = false;                // PATCH /locations/{id}/ with the address line below
    QString address;
    bool isEmpty() const { return accountForm.isEmpty() && !locationChanged; }
};

// Builds the HighLevel body for the given field -> value changes (field ids from the catalog).
HighLevelWrite highLevelWriteFor(const FieldValues& changes, const FieldCatalog& catalog,
                                 const QString& nameFormat = QStringLiteral("first_last"));

// Builds the Badger form for the given changes; `current` supplies the unchanged address parts.
BadgerWrite badgerWriteFor(const FieldValues& changes, const FieldValues& current);

} // namespace fb::sync
