#include "Matcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fb::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::sync::Matcher)
};

QString folded(const QString& s)
{
    // Case- and accent-insensitive, punctuation and spacing ignored.
    const QString decomposed = s.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            out.append(c);
        }
    }
    return out;
}

QString highLevelName(const FieldValues& v)
{
    const QString full = joinName(v.value(u"firstName"_s), v.value(u"lastName"_s), u"first_last"_s);
    return full.isEmpty() ? v.value(u"companyName"_s) : full;
}

QString badgerName(const FieldValues& v)
{
    return joinName(v.value(u"first_name"_s), v.value(u"last_name"_s), u"first_last"_s);
}

using KeyFn = QString (*)(const FieldValues&, bool highLevel, const QString& region);

QString emailKey(const FieldValues& v, bool highLevel, const QString&)
{
    return matchEmail(v.value(highLevel ? u"email"_s : u"email"_s));
}

QString phoneKey(const FieldValues& v, bool highLevel, const QString& region)
{
    return matchPhone(v.value(highLevel ? u"phone"_s : u"phone_number"_s), region);
}

QString nameAddressKey(const FieldValues& v, bool highLevel, const QString&)
{
    if (highLevel) {
        return matchNameAddress(highLevelName(v), v.value(u"address1"_s), v.value(u"postalCode"_s));
    }
    return matchNameAddress(badgerName(v), v.value(u"location.address_line_1"_s), v.value(u"location.zipcode"_s));
}
} // namespace

QString matchEmail(const QString& email)
{
    return email.trimmed().toCaseFolded();
}

QString matchPhone(const QString& phone, const QString& region)
{
    const TransformResult r = normalisePhone(phone, region);
    return r.ok() ? r.value : QString();
}

QString matchNameAddress(const QString& name, const QString& street, const QString& postalCode)
{
    const QString n = folded(name);
    const QString s = folded(street);
    if (n.isEmpty() || s.isEmpty()) {
        return {};
    }
    return n + u'|' + s + u'|' + folded(postalCode);
}

QString matchFingerprint(const FieldValues& values, bool highLevel, const QString& region)
{
    return emailKey(values, highLevel, region) + u'|' + phoneKey(values, highLevel, region) + u'|'
        + nameAddressKey(values, highLevel, region);
}

MatchResult matchRecords(const QList<MatchCandidate>& highLevel, const QList<MatchCandidate>& badger,
                         const QString& phoneRegion)
{
    MatchResult result;
    QSet<QString> doneHighLevel;
    QSet<QString> doneBadger;
    QSet<QString> ambiguousHighLevel;
    QSet<QString> ambiguousBadger;

    const struct {
        KeyFn key;
        const char* name;
        const char* what;
    } passes[] = {
        {emailKey, "email", QT_TRANSLATE_NOOP("fb::sync::Matcher", "email")},
        {phoneKey, "phone", QT_TRANSLATE_NOOP("fb::sync::Matcher", "phone number")},
        {nameAddressKey, "name_address", QT_TRANSLATE_NOOP("fb::sync::Matcher", "name and address")},
    };
    for (const auto& pass : passes) {
        QHash<QString, QStringList> hlByKey;
        QHash<QString, QStringList> bgByKey;
        for (const MatchCandidate& c : highLevel) {
            if (doneHighLevel.contains(c.id) || ambiguousHighLevel.contains(c.id)) {
                continue;
            }
            const QString k = pass.key(c.values, true, phoneRegion);
            if (!k.isEmpty()) {
                hlByKey[k].append(c.id);
            }
        }
        for (const MatchCandidate& c : badger) {
            if (doneBadger.contains(c.id) || ambiguousBadger.contains(c.id)) {
                continue;
            }
            const QString k = pass.key(c.values, false, phoneRegion);
            if (!k.isEmpty()) {
                bgByKey[k].append(c.id);
            }
        }
        // Deterministic order: walk HighLevel's order.
        for (const MatchCandidate& c : highLevel) {
            const QString k = pass.key(c.values, true, phoneRegion);
            if (k.isEmpty() || !hlByKey.contains(k) || !bgByKey.contains(k)) {
                continue;
            }
            const QStringList hl = hlByKey.take(k);
            const QStringList bg = bgByKey.take(k);
            if (hl.size() == 1 && bg.size() == 1) {
                result.pairs.append({hl.first(), bg.first(), QString::fromLatin1(pass.name)});
                doneHighLevel.insert(hl.first());
                doneBadger.insert(bg.first());
            } else {
                result.ambiguous.append(
                    {hl, bg, k,
                     Tr::tr("%1 and %2 share the same %3; link them by hand.")
                         .arg(Tr::tr("%n HighLevel contact(s)", nullptr, int(hl.size())),
                              Tr::tr("%n Badger account(s)", nullptr, int(bg.size())), Tr::tr(pass.what))});
                for (const QString& id : hl) {
                    ambiguousHighLevel.insert(id);
                }
                for (const QString& id : bg) {
                    ambiguousBadger.insert(id);
                }
            }
        }
    }
    for (const MatchCandidate& c : highLevel) {
        if (!doneHighLevel.contains(c.id) && !ambiguousHighLevel.contains(c.id)) {
            result.unmatchedHighLevel.append(c.id);
        }
    }
    for (const MatchCandidate& c : badger) {
        if (!doneBadger.contains(c.id) && !ambiguousBadger.contains(c.id)) {
            result.unmatchedBadger.append(c.id);
        }
    }
    return result;
}

} // namespace fb::sync
