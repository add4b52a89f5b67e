#pragma once
// Value transforms applied when a mapped field is copied from one side to the other.
//
// Kinds and parameters (JSON, in a mapping row's "transforms" list, applied in order):
//   {"kind":"trim"}                                   trims white space (both directions)
//   {"kind":"case","mode":"lower|upper|title"[,"only":"highlevel|badger"]}
//   {"kind":"phone"[,"region":"US"]}                  E.164 via libphonenumber (region: the mapping's default)
//   {"kind":"date","highlevel":"yyyy-MM-dd","badger":"MM/dd/yyyy"}   reformats between the two sides
//   {"kind":"map","values":{"HighLevel value":"Badger value",...}[,"caseInsensitive":true]}  inverted towards HighLevel
//   {"kind":"template","template":"{firstName} {lastName}"}          one-way: fields of the source record
//   {"kind":"name","format":"first_last|last_comma_first"}           how a full name is written and split

#include "FieldCatalog.h"
#include "Mapping.h"

#include <QHash>
#include <QString>

namespace fb::sync {

// A record's mapped values by field id, as one side holds them.
using FieldValues = QHash<QString, QString>;

struct TransformResult
{
    QString value;
    QString error; // non-empty: the value cannot be written (e.g. not a phone number); the field is skipped
    bool ok() const { return error.isEmpty(); }
};

// Converts `value` (held by side `from`) for writing to the other side through the row's transforms.
TransformResult convertValue(const FieldMapping& row, const QString& value, Side from, const FieldValues& sourceRecord,
                             const MappingOptions& options);

// Whether the transforms are valid (known kinds, required parameters); message for the first problem.
QString checkTransforms(const FieldMapping& row);

// E.164 ("+14155550132") or an error. Empty input gives empty output.
TransformResult normalisePhone(const QString& raw, const QString& defaultRegion);

// The full-name virtual field: join and split.
QString joinName(const QString& first, const QString& last, const QString& format);
QPair<QString, QString> splitName(const QString& full, const QString& format);

} // namespace fb::sync
