#pragma once
// Tags as sets: normalisation (trim, collapse inner whitespace, drop empties, case-insensitive dedupe keeping the first
// spelling), the Badger tag field's text form (", "-separated; a comma inside a tag is written "\," and a backslash
// "\\"), and the three-way merge of two sides' sets against the stored base.

#include <QSet>
#include <QString>
#include <QStringList>

namespace fb::sync {

// Trimmed, inner whitespace runs collapsed to one space; empty when the tag is blank.
QString normalizeTag(const QString& tag);
// The comparison key: normalised and case-folded ("Gold  Club" and "gold club" are one tag).
QString tagKey(const QString& tag);
// Normalised tags, empties dropped, duplicates (by key) removed keeping the first spelling, order kept.
QStringList normalizeTags(const QStringList& tags);
QSet<QString> tagKeys(const QStringList& tags);
bool sameTagSet(const QStringList& a, const QStringList& b);

// The Badger field's text <-> tags. parse("a, b\\,c ,, A") == {"a", "b,c"}.
QStringList parseTagField(const QString& text);
QString formatTagField(const QStringList& tags);

struct TagMerge
{
    QStringList result;          // the merged set, spelled as first seen (HighLevel side, then Badger, then base)
    QStringList addToHighLevel;  // in result, missing on HighLevel
    QStringList removeFromHighLevel; // on HighLevel (its own spelling), not in result
    bool badgerChanged = false;  // the Badger field must be rewritten (its set differs from result)
};

// Per-tag three-way merge: a tag added on either side since the base is added, a tag removed on either side is
// removed. (A tag cannot be both: added means absent from the base, removed means present in it.) Then `extraAdd`
// and `extraRemove` (rule outcomes, in that order) are applied on top.
TagMerge mergeTags(const QStringList& base, const QStringList& highLevel, const QStringList& badger,
                   const QStringList& extraAdd = {}, const QStringList& extraRemove = {});

} // namespace fb::sync
