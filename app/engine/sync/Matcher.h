#pragma once
// First-sync matching of HighLevel contacts to Badger accounts: by email, then phone, then name + address.
// Anything that could match more than one record is reported as ambiguous instead of guessed.

#include "Transforms.h"

#include <QList>
#include <QString>

namespace fb::sync {

struct MatchCandidate
{
    QString id;
    FieldValues values; // highLevelValues() / badgerValues()
};

struct MatchResult
{
    struct Pair
    {
        QString highLevelId;
        QString badgerId;
        QString matchedBy; // email | phone | name_address
    };
    struct Ambiguity
    {
        QStringList highLevelIds;
        QStringList badgerIds;
        QString key;    // the shared email/phone/name
        QString reason; // user-presentable
    };
    QList<Pair> pairs;
    QList<Ambiguity> ambiguous;
    QStringList unmatchedHighLevel;
    QStringList unmatchedBadger;
};

// Keys used for matching (exposed for tests and the reconcile step).
QString matchEmail(const QString& email);
QString matchPhone(const QString& phone, const QString& region);
QString matchNameAddress(const QString& name, const QString& street, const QString& postalCode);

// All three keys of a record, joined: changes when anything the matcher looks at changes.
QString matchFingerprint(const FieldValues& values, bool highLevel, const QString& region);

MatchResult matchRecords(const QList<MatchCandidate>& highLevel, const QList<MatchCandidate>& badger,
                         const QString& phoneRegion);

} // namespace fb::sync
