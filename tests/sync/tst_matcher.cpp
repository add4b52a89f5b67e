// First-sync matching: email, then phone, then name + address; ambiguity reported, never guessed.

#include "sync/Matcher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb::sync;

namespace {
MatchCandidate hl(const QString& id, const QString& email, const QString& phone = {}, const QString& first = {},
                  const QString& last = {}, const QString& street = {}, const QString& zip = {})
{
    return {id, {{u"email"_s, email}, {u"phone"_s, phone}, {u"firstName"_s, first}, {u"lastName"_s, last},
                 {u"address1"_s, street}, {u"postalCode"_s, zip}}};
}
MatchCandidate bg(const QString& id, const QString& email, const QString& phone = {}, const QString& name = {},
                  const QString& street = {}, const QString& zip = {})
{
    return {id, {{u"email"_s, email}, {u"phone_number"_s, phone}, {u"last_name"_s, name},
                 {u"location.address_line_1"_s, street}, {u"location.zipcode"_s, zip}}};
}
} // namespace

class TestMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byEmailCaseInsensitive();
    void byPhoneWhenNoEmail();
    void byNameAndAddress();
    void ambiguousEmailIsReported();
    void emailWinsOverPhone();
    void unmatchedBothSides();
};

void TestMatcher::byEmailCaseInsensitive()
{
    const auto r = matchRecords({hl(u"h1"_s, u"Ann@Example.COM"_s)}, {bg(u"b1"_s, u" ann@example.com"_s)}, u"US"_s);
    QCOMPARE(r.pairs.size(), 1);
    QCOMPARE(r.pairs.at(0).matchedBy, u"email"_s);
    QCOMPARE(r.pairs.at(0).badgerId, u"b1"_s);
}

void TestMatcher::byPhoneWhenNoEmail()
{
    const auto r = matchRecords({hl(u"h1"_s, {}, u"+1 415 555 0132"_s)}, {bg(u"b1"_s, {}, u"(415) 555-0132"_s)}, u"US"_s);
    QCOMPARE(r.pairs.size(), 1);
    QCOMPARE(r.pairs.at(0).matchedBy, u"phone"_s);
}

void TestMatcher::byNameAndAddress()
{
    const auto r = matchRecords({hl(u"h1"_s, {}, {}, u"José"_s, u"Núñez"_s, u"12 Elm St."_s, u"90001"_s)},
                                {bg(u"b1"_s, {}, {}, u"jose nunez"_s, u"12 elm st"_s, u"90001"_s)}, u"US"_s);
    QCOMPARE(r.pairs.size(), 1);
    QCOMPARE(r.pairs.at(0).matchedBy, u"name_address"_s);
}

void TestMatcher::ambiguousEmailIsReported()
{
    // Two Badger accounts share an email that differs only in case: never guess which one.
    const auto r = matchRecords({hl(u"h1"_s, u"shared@x.com"_s)},
                                {bg(u"b1"_s, u"Shared@x.com"_s), bg(u"b2"_s, u"shared@X.com"_s)}, u"US"_s);
    QVERIFY(r.pairs.isEmpty());
    QCOMPARE(r.ambiguous.size(), 1);
    QCOMPARE(r.ambiguous.at(0).badgerIds.size(), 2);
    QVERIFY(r.ambiguous.at(0).reason.contains(u"email"_s));
    QVERIFY(r.unmatchedHighLevel.isEmpty()); // ambiguous records are neither matched nor created
    QVERIFY(r.unmatchedBadger.isEmpty());
}

void TestMatcher::emailWinsOverPhone()
{
    const auto r = matchRecords({hl(u"h1"_s, u"a@x.com"_s, u"4155550132"_s), hl(u"h2"_s, u"b@x.com"_s)},
                                {bg(u"b1"_s, u"b@x.com"_s, u"4155550132"_s), bg(u"b2"_s, u"a@x.com"_s)}, u"US"_s);
    QCOMPARE(r.pairs.size(), 2);
    for (const auto& p : r.pairs) {
        QCOMPARE(p.matchedBy, u"email"_s);
        QCOMPARE(p.badgerId, p.highLevelId == u"h1"_s ? u"b2"_s : u"b1"_s);
    }
}

void TestMatcher::unmatchedBothSides()
{
    const auto r = matchRecords({hl(u"h1"_s, u"a@x.com"_s)}, {bg(u"b1"_s, u"z@x.com"_s)}, u"US"_s);
    QVERIFY(r.pairs.isEmpty());
    QCOMPARE(r.unmatchedHighLevel, QStringList{u"h1"_s});
    QCOMPARE(r.unmatchedBadger, QStringList{u"b1"_s});
}

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
