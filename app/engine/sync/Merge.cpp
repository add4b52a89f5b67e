#include "Merge.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fb::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::sync::Merge)
};

MergeDecision write(Side target, const FieldMapping& row, const MappingOptions& options, const QString& value,
                    const FieldValues& sourceRecord)
{
    const Side source = target == Side::HighLevel ? Side::Badger : Side::HighLevel;
    const TransformResult converted = convertValue(row, value, source, sourceRecord, options);
    if (!converted.ok()) {
        return {MergeDecision::Action::Error, {}, converted.error};
    }
    return {target == Side::HighLevel ? MergeDecision::Action::WriteHighLevel : MergeDecision::Action::WriteBadger,
            converted.value, {}};
}
} // namespace

bool valuesAgree(const FieldMapping& row, const MappingOptions& options, const QString& highLevel,
                 const QString& badger, const FieldValues& highLevelRecord, const FieldValues& badgerRecord)
{
    if (highLevel == badger) {
        return true;
    }
    const TransformResult toBadger = convertValue(row, highLevel, Side::HighLevel, highLevelRecord, options);
    if (toBadger.ok() && toBadger.value == badger) {
        return true;
    }
    const TransformResult toHighLevel = convertValue(row, badger, Side::Badger, badgerRecord, options);
    return toHighLevel.ok() && toHighLevel.value == highLevel;
}

MergeDecision mergeField(const FieldMapping& row, const MappingOptions& options, const MergeInput& in,
                         const FieldValues& highLevelRecord, const FieldValues& badgerRecord)
{
    // A one-way row ignores edits on its target side: the source is the master of that field.
    const bool highLevelCanWin = row.writesTo(Side::Badger);
    const bool badgerCanWin = row.writesTo(Side::HighLevel);
    bool highLevelChanged = !in.base || in.base->highLevel != in.highLevel;
    bool badgerChanged = !in.base || in.base->badger != in.badger;

    if (valuesAgree(row, options, in.highLevel, in.badger, highLevelRecord, badgerRecord)) {
        return {(highLevelChanged || badgerChanged) ? MergeDecision::Action::AdoptBase : MergeDecision::Action::None,
                {}, {}};
    }
    if (!in.base) {
        // Just linked and the values differ: an empty side is filled; otherwise it is a both-sides change.
        if (in.badger.isEmpty() && !in.highLevel.isEmpty()) {
            badgerChanged = false;
        } else if (in.highLevel.isEmpty() && !in.badger.isEmpty()) {
            highLevelChanged = false;
        }
    }
    if (!highLevelCanWin) {
        highLevelChanged = false;
    }
    if (!badgerCanWin) {
        badgerChanged = false;
    }
    if (highLevelChanged && !badgerChanged) {
        return write(Side::Badger, row, options, in.highLevel, highLevelRecord);
    }
    if (badgerChanged && !highLevelChanged) {
        return write(Side::HighLevel, row, options, in.badger, badgerRecord);
    }
    if (!highLevelChanged && !badgerChanged) {
        if (!highLevelCanWin && badgerCanWin) {
            return write(Side::HighLevel, row, options, in.badger, badgerRecord); // one-way: mirror the source
        }
        if (!badgerCanWin && highLevelCanWin) {
            return write(Side::Badger, row, options, in.highLevel, highLevelRecord);
        }
        return {MergeDecision::Action::None, {}, {}};
    }
    // Both changed, differently.
    switch (row.conflict) {
    case ConflictPolicy::HighLevelWins:
        return write(Side::Badger, row, options, in.highLevel, highLevelRecord);
    case ConflictPolicy::BadgerWins:
        return write(Side::HighLevel, row, options, in.badger, badgerRecord);
    case ConflictPolicy::NewestWins:
        if (in.highLevelChangedAt.isValid() && in.badgerChangedAt.isValid()
            && in.highLevelChangedAt != in.badgerChangedAt) {
            return in.highLevelChangedAt > in.badgerChangedAt
                ? write(Side::Badger, row, options, in.highLevel, highLevelRecord)
                : write(Side::HighLevel, row, options, in.badger, badgerRecord);
        }
        return {MergeDecision::Action::Conflict, {},
                Tr::tr("Both sides changed and Fieldbridge cannot tell which change is newer.")};
    case ConflictPolicy::AskMe:
        return {MergeDecision::Action::Conflict, {}, Tr::tr("Both sides changed; this field asks you to choose.")};
    }
    return {};
}

} // namespace fb::sync
