#pragma once
// Three-way merge of one mapped field against its stored base.

#include "Mapping.h"
#include "Transforms.h"

#include <QDateTime>
#include <optional>

namespace fb::sync {

struct FieldBase
{
    QString highLevel; // the value HighLevel held when the field was last in agreement
    QString badger;
};

struct MergeInput
{
    std::optional<FieldBase> base; // none: the pair was just linked
    QString highLevel;             // current values
    QString badger;
    QDateTime highLevelChangedAt;  // HighLevel dateUpdated
    QDateTime badgerChangedAt;     // Badger updated_at when it has one, else when Fieldbridge saw the change
};

struct MergeDecision
{
    enum class Action {
        None,          // nothing to do
        AdoptBase,     // both sides agree (again): only the base moves
        WriteHighLevel,
        WriteBadger,
        Conflict,      // "ask me", or newest-wins with no way to tell: keep both, ask the user
        Error,         // the value cannot be converted; the field is skipped with this message
    };
    Action action = Action::None;
    QString value;   // the value to write (in the target side's representation)
    QString message; // for Error and Conflict
};

// The sides agree when either value, converted to the other side, equals the other side's value.
bool valuesAgree(const FieldMapping& row, const MappingOptions& options, const QString& highLevel,
                 const QString& badger, const FieldValues& highLevelRecord, const FieldValues& badgerRecord);

MergeDecision mergeField(const FieldMapping& row, const MappingOptions& options, const MergeInput& input,
                         const FieldValues& highLevelRecord, const FieldValues& badgerRecord);

} // namespace fb::sync
