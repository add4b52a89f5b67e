#pragma once
// The mapping document: which fields sync, in which direction, through which transforms, under which conflict
// policy. Versioned JSON, validated against the live field lists.

#include "FieldCatalog.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace fb::sync {

enum class Direction { Both, ToHighLevel, ToBadger };
enum class ConflictPolicy { NewestWins, BadgerWins, HighLevelWins, AskMe };

QString toString(Direction direction);
QString toString(ConflictPolicy policy);
bool parseDirection(const QString& text, Direction* out);
bool parseConflictPolicy(const QString& text, ConflictPolicy* out);

struct Transform
{
    QString kind;       // trim | case | phone | date | map | template
    QJsonObject params; // kind-specific, see Transforms.h
    friend bool operator==(const Transform&, const Transform&) = default;
};

struct FieldMapping
{
    QString id;          // stable row id (used for merge bases and conflicts); defaults to "<ghl>~<badger>"
    QString highLevelField;
    QString badgerField;
    Direction direction = Direction::Both;
    QList<Transform> transforms;
    ConflictPolicy conflict = ConflictPolicy::NewestWins;
    bool enabled = true;

    bool writesTo(Side side) const
    {
        return direction == Direction::Both
            || (side == Side::HighLevel ? direction == Direction::ToHighLevel : direction == Direction::ToBadger);
    }
    friend bool operator==(const FieldMapping&, const FieldMapping&) = default;
};

struct MappingOptions
{
    QString phoneRegion = QStringLiteral("US"); // region for phone numbers written without a country code
    bool contactsEnabled = true;
    bool createInBadger = true;     // a HighLevel contact with no match becomes a Badger account
    bool createInHighLevel = true;  // a Badger account with no match becomes a HighLevel contact
    bool propagateDeletes = false;  // off: a delete unlinks and is shown; on: the other side is deleted too
    QString defaultAccountOwner;    // Badger user id for new accounts; empty = the connected user
    QString defaultAddress;         // Badger requires an address; used when the contact has none
    friend bool operator==(const MappingOptions&, const MappingOptions&) = default;
};

struct MappingIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString rowId; // empty for document-level issues
    QString message;
};

struct MappingDocument
{
    static constexpr int CurrentVersion = 1;

    int version = CurrentVersion;
    MappingOptions options;
    QList<FieldMapping> fields;
    QJsonObject rules; // rules section (tags, tasks, routing) — versioned with the mapping, read by the rule engine

    static MappingDocument defaults();
    QJsonObject toJson() const;
    // Parses a document; returns false with a message for malformed JSON, a newer version or bad values.
    static bool fromJson(const QJsonObject& json, MappingDocument* out, QString* error);

    // Errors make the mapping unusable (the sync refuses to run); warnings are shown.
    QList<MappingIssue> validate(const FieldCatalog& catalog) const;
    bool isUsable(const FieldCatalog& catalog) const;

    const FieldMapping* row(const QString& id) const;
    friend bool operator==(const MappingDocument&, const MappingDocument&) = default;
};

} // namespace fb::sync
