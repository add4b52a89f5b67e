// Tags as sets: normalisation, the Badger field's text form with escaped commas, the three-way merge; then against
// the sandbox over real HTTP: case variants, duplicates, commas inside tags, empty tags, 200 tags on one contact,
// edits on both sides, and the bulk endpoint when many contacts gain the same tag (never overwriting `tags`).

#include "tst_checkins_support.h"

#include "api/BadgerRequests.h"
#include "api/HighLevelRequests.h"
#include "sync/ExtrasTags.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb;
using namespace fb::synctest::extras;
using fb::synctest::SyncHarness;

namespace {
QJsonObject tagRules(int bulkThreshold = 5)
{
    return QJsonObject{{u"tags"_s, QJsonObject{{u"enabled"_s, true},
                                              {u"badgerField"_s, u"custom_text4"_s},
                                              {u"bulkThreshold"_s, bulkThreshold}}}};
}

QSet<QString> keys(const QStringList& l)
{
    return sync::tagKeys(l);
}

int endpointCount(SyncHarness& h, const QString& method, const QString& endpointPart)
{
    int n = 0;
    for (const QJsonValue& v : h.sandbox().stats().value(u"byEndpoint"_s).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"method"_s).toString() == method && o.value(u"endpoint"_s).toString().contains(endpointPart)) {
            n += o.value(u"count"_s).toInt();
        }
    }
    return n;
}
} // namespace

class TestTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void normalize_data();
    void normalize();
    void fieldText_data();
    void fieldText();
    void merge_data();
    void merge();
    void tagSetsAgainstTheSandbox();
    void twoHundredTagsOnOneContact();
    void editsOnBothSidesMergePerTag();
    void bulkWhenManyContactsGainATag_data();
    void bulkWhenManyContactsGainATag();
};

void TestTags::normalize_data()
{
    QTest::addColumn<QStringList>("in");
    QTest::addColumn<QStringList>("out");
    QTest::newRow("trim and collapse") << QStringList{u"  Gold   Club "_s} << QStringList{u"Gold Club"_s};
    QTest::newRow("case duplicates keep the first") << QStringList{u"VIP"_s, u"vip"_s, u"Vip "_s}
                                                    << QStringList{u"VIP"_s};
    QTest::newRow("empties dropped") << QStringList{u""_s, u"  "_s, u"a"_s, u"\t"_s} << QStringList{u"a"_s};
    QTest::newRow("unicode case folding") << QStringList{u"STRASSE"_s, u"straße"_s, u"مميز"_s, u"重要"_s}
                                          << QStringList{u"STRASSE"_s, u"straße"_s, u"مميز"_s, u"重要"_s};
    QTest::newRow("order kept") << QStringList{u"b"_s, u"a"_s, u"B"_s} << QStringList{u"b"_s, u"a"_s};
}

void TestTags::normalize()
{
    QFETCH(QStringList, in);
    QFETCH(QStringList, out);
    QCOMPARE(sync::normalizeTags(in), out);
}

void TestTags::fieldText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("formatted");
    QTest::newRow("plain list") << u"a, b,c"_s << QStringList{u"a"_s, u"b"_s, u"c"_s} << u"a, b, c"_s;
    QTest::newRow("empty field") << u""_s << QStringList{} << u""_s;
    QTest::newRow("empty items") << u" , ,x,, "_s << QStringList{u"x"_s} << u"x"_s;
    QTest::newRow("escaped comma") << u"north\\,east, west"_s << QStringList{u"north,east"_s, u"west"_s}
                                   << u"north\\,east, west"_s;
    QTest::newRow("escaped backslash") << u"a\\\\b, c"_s << QStringList{u"a\\b"_s, u"c"_s} << u"a\\\\b, c"_s;
    QTest::newRow("lone backslash kept") << u"a\\b"_s << QStringList{u"a\\b"_s} << u"a\\\\b"_s;
    QTest::newRow("case duplicates") << u"VIP, vip , Vip"_s << QStringList{u"VIP"_s} << u"VIP"_s;
}

void TestTags::fieldText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(QString, formatted);
    QCOMPARE(sync::parseTagField(text), tags);
    QCOMPARE(sync::formatTagField(tags), formatted);
    QCOMPARE(sync::parseTagField(sync::formatTagField(tags)), tags); // round trip
}

void TestTags::merge_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("hl");
    QTest::addColumn<QStringList>("bg");
    QTest::addColumn<QStringList>("result");
    QTest::addColumn<QStringList>("addHl");
    QTest::addColumn<QStringList>("removeHl");
    QTest::addColumn<bool>("badgerChanged");
    using L = QStringList;
    QTest::newRow("nothing changed") << L{u"a"_s} << L{u"a"_s} << L{u"A"_s} << L{u"a"_s} << L{} << L{} << false;
    QTest::newRow("first look: union") << L{} << L{u"a"_s} << L{u"b"_s} << L{u"a"_s, u"b"_s} << L{u"b"_s} << L{}
                                       << true;
    QTest::newRow("added on HighLevel") << L{u"a"_s} << L{u"a"_s, u"n"_s} << L{u"a"_s} << L{u"a"_s, u"n"_s} << L{}
                                        << L{} << true;
    QTest::newRow("removed in Badger") << L{u"a"_s, u"b"_s} << L{u"a"_s, u"b"_s} << L{u"a"_s} << L{u"a"_s} << L{}
                                       << L{u"b"_s} << false;
    QTest::newRow("removed on one side, added on the other")
        << L{u"a"_s, u"b"_s} << L{u"b"_s, u"c"_s} << L{u"a"_s, u"b"_s, u"d"_s} << L{u"b"_s, u"c"_s, u"d"_s}
        << L{u"d"_s} << L{} << true;
    QTest::newRow("both removed") << L{u"a"_s} << L{} << L{} << L{} << L{} << L{} << false;
    QTest::newRow("case change only is no change") << L{u"vip"_s} << L{u"vip"_s} << L{u"VIP"_s} << L{u"vip"_s} << L{}
                                                   << L{} << false;
    QTest::newRow("removal uses HighLevel's spelling")
        << L{u"a b"_s} << L{u"a  b"_s} << L{} << L{} << L{} << L{u"a  b"_s} << false;
}

void TestTags::merge()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, hl);
    QFETCH(QStringList, bg);
    QFETCH(QStringList, result);
    QFETCH(QStringList, addHl);
    QFETCH(QStringList, removeHl);
    QFETCH(bool, badgerChanged);
    const sync::TagMerge m = sync::mergeTags(base, hl, bg);
    QCOMPARE(m.result, result);
    QCOMPARE(m.addToHighLevel, addHl);
    QCOMPARE(m.removeFromHighLevel, removeHl);
    QCOMPARE(m.badgerChanged, badgerChanged);
    // Outcomes on top: add wins over the sides, remove wins over add of another rule in order.
    const sync::TagMerge o = sync::mergeTags(base, hl, bg, {u"won"_s}, {u"a"_s});
    QVERIFY(keys(o.result).contains(u"won"_s));
    QVERIFY(!keys(o.result).contains(u"a"_s));
}

void TestTags::tagSetsAgainstTheSandbox()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 5;
    p.highLevelTags = {{u"VIP"_s, u"vip "_s, u"Gold Club"_s},    // HighLevel keeps "vip", "gold club"
                       {u"a,b"_s, u"c"_s},                        // a comma inside a tag
                       {},                                         //
                       {u"  "_s, u""_s},                           // empty tags (dropped by HighLevel too)
                       {u"Same"_s}};
    p.badgerTagField = {u"Vip, gold  club, NEW"_s, u""_s, u" , ,x,, "_s, u"only\\,badger"_s, u"SAME, same"_s};
    load(h, buildSeed(p));
    setRules(h, tagRules());
    const auto run = h.sync().run(false);
    QVERIFY2(run.status == u"ok"_s && run.recordErrors.isEmpty(), qPrintable(describe(run)));

    const QList<QSet<QString>> expected{
        {u"vip"_s, u"gold club"_s, u"new"_s}, {u"a,b"_s, u"c"_s}, {u"x"_s}, {u"only,badger"_s}, {u"same"_s}};
    for (int i = 0; i < p.pairs; ++i) {
        QCOMPARE(keys(tagsOf(contact(h, i))), expected.at(i));
        const QString field = account(h, i).value(u"custom_text4"_s).toString();
        QCOMPARE(keys(sync::parseTagField(field)), expected.at(i));
    }
    // Badger text that already held the set (different case, spacing, duplicates) is left as the user wrote it.
    QCOMPARE(account(h, 0).value(u"custom_text4"_s).toString(), u"Vip, gold  club, NEW"_s);
    QCOMPARE(account(h, 4).value(u"custom_text4"_s).toString(), u"SAME, same"_s);
    QCOMPARE(account(h, 1).value(u"custom_text4"_s).toString(), u"a\\,b, c"_s);
    // HighLevel was never sent a whole `tags` array: only the tag endpoints wrote.
    QCOMPARE(endpointCount(h, u"PUT"_s, u"/contacts/{id}"_s), 0);
    const auto again = h.sync().run(false);
    QVERIFY2(again.writes() == 0, qPrintable(describe(again)));
}

void TestTags::twoHundredTagsOnOneContact()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 2;
    QStringList many;
    for (int i = 1; i <= 200; ++i) {
        // Commas inside every tag. Lower case as HighLevel stores tags: the sandbox keeps a seeded tag's case but
        // lower-cases the names given to the remove endpoint, so a seeded "Tag 1" could never be removed.
        many.append(u"tag %1, part"_s.arg(i, 3, 10, QLatin1Char('0')));
    }
    p.highLevelTags = {many, {}};
    p.badgerTagField = {u""_s, u""_s};
    load(h, buildSeed(p));
    setRules(h, tagRules());
    const auto first = h.sync().run(false);
    QVERIFY2(first.status == u"ok"_s && first.recordErrors.isEmpty(), qPrintable(describe(first)));
    QCOMPARE(sync::parseTagField(account(h, 0).value(u"custom_text4"_s).toString()).size(), 200);
    QCOMPARE(keys(sync::parseTagField(account(h, 0).value(u"custom_text4"_s).toString())), keys(many));
    QVERIFY2(h.sync().run(false).writes() == 0, "second run wrote");

    // Three removed in Badger, two added in HighLevel: both land, per tag.
    QStringList edited = sync::parseTagField(account(h, 0).value(u"custom_text4"_s).toString());
    edited.removeAt(0);
    edited.removeAt(0);
    edited.removeAt(0);
    api::badger::AccountPatch patch;
    patch.customFields.insert(u"custom_text4"_s, sync::formatTagField(edited));
    QVERIFY(h.send(api::badger::request::updateAccount(accountId(0), patch)).ok());
    QVERIFY(h.send(api::ghl::request::addTags(contactId(0), {u"new one"_s, u"new, two"_s})).ok());
    const auto run = h.sync().run(false);
    QVERIFY2(run.status == u"ok"_s, qPrintable(describe(run)));
    QSet<QString> want = keys(many);
    want.remove(u"tag 001, part"_s);
    want.remove(u"tag 002, part"_s);
    want.remove(u"tag 003, part"_s);
    want.insert(u"new one"_s);
    want.insert(u"new, two"_s);
    QCOMPARE(keys(tagsOf(contact(h, 0))), want);
    QCOMPARE(keys(sync::parseTagField(account(h, 0).value(u"custom_text4"_s).toString())), want);
    QVERIFY2(h.sync().run(false).writes() == 0, "third run wrote");
}

void TestTags::editsOnBothSidesMergePerTag()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 3;
    p.highLevelTags = {{u"a"_s, u"b"_s}};
    p.badgerTagField = {u"a, b"_s};
    load(h, buildSeed(p));
    setRules(h, tagRules());
    QVERIFY(h.sync().run(false).status == u"ok"_s);
    // HighLevel drops "a" and gains "h"; Badger drops "b" and gains "g": the merge keeps h and g only.
    QVERIFY(h.send(api::ghl::request::removeTags(contactId(1), {u"a"_s})).ok());
    QVERIFY(h.send(api::ghl::request::addTags(contactId(1), {u"h"_s})).ok());
    api::badger::AccountPatch patch;
    patch.customFields.insert(u"custom_text4"_s, u"a, G"_s);
    QVERIFY(h.send(api::badger::request::updateAccount(accountId(1), patch)).ok());
    const auto run = h.sync().run(false);
    QVERIFY2(run.status == u"ok"_s, qPrintable(describe(run)));
    const QSet<QString> want{u"h"_s, u"g"_s};
    QCOMPARE(keys(tagsOf(contact(h, 1))), want);
    QCOMPARE(keys(sync::parseTagField(account(h, 1).value(u"custom_text4"_s).toString())), want);
    // The untouched pairs kept theirs.
    QCOMPARE(keys(tagsOf(contact(h, 0))), (QSet<QString>{u"a"_s, u"b"_s}));
    QVERIFY2(h.sync().run(false).writes() == 0, "second run wrote");
}

void TestTags::bulkWhenManyContactsGainATag_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("bulkCalls");
    QTest::addColumn<int>("singleCalls");
    QTest::newRow("12 contacts, threshold 5: one bulk call") << 5 << 1 << 0;
    QTest::newRow("12 contacts, threshold 50: one call each") << 50 << 0 << 12;
}

void TestTags::bulkWhenManyContactsGainATag()
{
    QFETCH(int, threshold);
    QFETCH(int, bulkCalls);
    QFETCH(int, singleCalls);
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 12;
    load(h, buildSeed(p));
    setRules(h, tagRules(threshold));
    QVERIFY(h.sync().run(false).status == u"ok"_s);
    for (int i = 0; i < 12; ++i) {
        api::badger::AccountPatch patch;
        patch.customFields.insert(u"custom_text4"_s, u"Spring Promo"_s);
        QVERIFY(h.send(api::badger::request::updateAccount(accountId(i), patch)).ok());
    }
    h.sandbox().clearStats();
    // The contacts phase must see the accounts changed: a full refresh reads them all.
    sync::SyncSettings s = h.sync().settings();
    s.fullRefresh = true;
    h.sync().setSettings(s);
    const auto run = h.sync().run(false);
    QVERIFY2(run.status == u"ok"_s && run.tagsAdded == 12, qPrintable(describe(run)));
    QCOMPARE(endpointCount(h, u"POST"_s, u"/contacts/bulk/tags/update/"_s), bulkCalls);
    QCOMPARE(endpointCount(h, u"POST"_s, u"/tags"_s) - bulkCalls, singleCalls);
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(keys(tagsOf(contact(h, i))), QSet<QString>{u"spring promo"_s});
    }
}

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
