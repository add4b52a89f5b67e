// Transforms and the three-way merge, data-driven: every conflict policy, direction and transform.

#include "sync/Merge.h"
#include "sync/RecordAdapter.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb::sync;
using Action = MergeDecision::Action;

Q_DECLARE_METATYPE(fb::sync::Transform)

class TestMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transforms_data();
    void transforms();
    void merge_data();
    void merge();
    void adapters();
    void writes();
};

void TestMerge::transforms_data()
{
    QTest::addColumn<QList<Transform>>("transforms");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("ok");
    const int HL = int(Side::HighLevel);
    const int BG = int(Side::Badger);
    auto t = [](const char* kind, QJsonObject p = {}) { return Transform{QString::fromLatin1(kind), p}; };

    QTest::newRow("trim") << QList{t("trim")} << u"  Ann \t"_s << HL << u"Ann"_s << true;
    QTest::newRow("lower") << QList{t("case", {{u"mode"_s, u"lower"_s}})} << u"Ann@X.COM"_s << BG << u"ann@x.com"_s << true;
    QTest::newRow("upper only to badger") << QList{t("case", {{u"mode"_s, u"upper"_s}, {u"only"_s, u"badger"_s}})}
                                          << u"ca"_s << HL << u"CA"_s << true;
    QTest::newRow("upper only to badger, reverse untouched")
        << QList{t("case", {{u"mode"_s, u"upper"_s}, {u"only"_s, u"badger"_s}})} << u"ca"_s << BG << u"ca"_s << true;
    QTest::newRow("title") << QList{t("case", {{u"mode"_s, u"title"_s}})} << u"o'neil-SMITH anne"_s << HL
                           << u"O'Neil-Smith Anne"_s << true;
    QTest::newRow("phone US national") << QList{t("phone")} << u"(415) 555-0132"_s << BG << u"+14155550132"_s << true;
    QTest::newRow("phone dots") << QList{t("phone")} << u"415.555.0132"_s << HL << u"+14155550132"_s << true;
    QTest::newRow("phone international") << QList{t("phone")} << u"+44 20 7946 0958"_s << BG << u"+442079460958"_s
                                         << true;
    QTest::newRow("phone region DE") << QList{t("phone", {{u"region"_s, u"DE"_s}})} << u"030 901820"_s << BG
                                     << u"+4930901820"_s << true;
    QTest::newRow("phone extension kept") << QList{t("phone")} << u"415-555-0132 ext. 12"_s << BG
                                          << u"+14155550132 ext. 12"_s << true;
    QTest::newRow("phone garbage") << QList{t("phone")} << u"call me maybe"_s << BG << QString() << false;
    QTest::newRow("phone empty") << QList{t("phone")} << QString() << BG << QString() << true;
    const QJsonObject dates{{u"highlevel"_s, u"yyyy-MM-dd"_s}, {u"badger"_s, u"MM/dd/yyyy"_s}};
    QTest::newRow("date to badger") << QList{t("date", dates)} << u"1990-09-25"_s << HL << u"09/25/1990"_s << true;
    QTest::newRow("date to highlevel") << QList{t("date", dates)} << u"09/25/1990"_s << BG << u"1990-09-25"_s << true;
    QTest::newRow("date bad") << QList{t("date", dates)} << u"next tuesday"_s << BG << QString() << false;
    const QJsonObject map{{u"values"_s, QJsonObject{{u"Hot"_s, u"A"_s}, {u"Cold"_s, u"C"_s}}}};
    QTest::newRow("map forward") << QList{t("map", map)} << u"Hot"_s << HL << u"A"_s << true;
    QTest::newRow("map inverse") << QList{t("map", map)} << u"C"_s << BG << u"Cold"_s << true;
    QTest::newRow("map unknown passes") << QList{t("map", map)} << u"Warm"_s << HL << u"Warm"_s << true;
    QTest::newRow("template") << QList{t("template", {{u"template"_s, u"{firstName} from {city}"_s}})} << QString()
                              << HL << u"Ann from Oslo"_s << true;
    QTest::newRow("chain trim+lower") << QList{t("trim"), t("case", {{u"mode"_s, u"lower"_s}})} << u" A@B.C "_s << HL
                                      << u"a@b.c"_s << true;
}

void TestMerge::transforms()
{
    QFETCH(QList<Transform>, transforms);
    QFETCH(QString, input);
    QFETCH(int, from);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    FieldMapping row;
    row.transforms = transforms;
    const FieldValues record{{u"firstName"_s, u"Ann"_s}, {u"city"_s, u"Oslo"_s}};
    const TransformResult r = convertValue(row, input, Side(from), record, MappingOptions{});
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(r.value, expected);
    } else {
        QVERIFY(!r.error.isEmpty());
    }
}

void TestMerge::merge_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("direction");
    QTest::addColumn<bool>("hasBase");
    QTest::addColumn<QString>("baseHl");
    QTest::addColumn<QString>("baseBg");
    QTest::addColumn<QString>("hl");
    QTest::addColumn<QString>("bg");
    QTest::addColumn<int>("hlAgeSeconds"); // how long ago each side changed
    QTest::addColumn<int>("bgAgeSeconds");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("value");

    const int newest = int(ConflictPolicy::NewestWins), bgWins = int(ConflictPolicy::BadgerWins),
              hlWins = int(ConflictPolicy::HighLevelWins), ask = int(ConflictPolicy::AskMe);
    const int both = int(Direction::Both), toHl = int(Direction::ToHighLevel), toBg = int(Direction::ToBadger);

    QTest::newRow("unchanged") << newest << both << true << u"a"_s << u"a"_s << u"a"_s << u"a"_s << 0 << 0
                               << int(Action::None) << QString();
    QTest::newRow("highlevel changed") << newest << both << true << u"a"_s << u"a"_s << u"b"_s << u"a"_s << 0 << 0
                                       << int(Action::WriteBadger) << u"b"_s;
    QTest::newRow("badger changed") << newest << both << true << u"a"_s << u"a"_s << u"a"_s << u"c"_s << 0 << 0
                                    << int(Action::WriteHighLevel) << u"c"_s;
    QTest::newRow("both changed the same way") << ask << both << true << u"a"_s << u"a"_s << u"z"_s << u"z"_s << 0 << 0
                                               << int(Action::AdoptBase) << QString();
    QTest::newRow("both changed: badger wins") << bgWins << both << true << u"a"_s << u"a"_s << u"h"_s << u"b"_s << 0
                                               << 0 << int(Action::WriteHighLevel) << u"b"_s;
    QTest::newRow("both changed: highlevel wins") << hlWins << both << true << u"a"_s << u"a"_s << u"h"_s << u"b"_s
                                                  << 0 << 0 << int(Action::WriteBadger) << u"h"_s;
    QTest::newRow("both changed: newest is highlevel") << newest << both << true << u"a"_s << u"a"_s << u"h"_s << u"b"_s
                                                       << 10 << 100 << int(Action::WriteBadger) << u"h"_s;
    QTest::newRow("both changed: newest is badger") << newest << both << true << u"a"_s << u"a"_s << u"h"_s << u"b"_s
                                                    << 100 << 10 << int(Action::WriteHighLevel) << u"b"_s;
    QTest::newRow("both changed: same time") << newest << both << true << u"a"_s << u"a"_s << u"h"_s << u"b"_s << 5
                                             << 5 << int(Action::Conflict) << QString();
    QTest::newRow("both changed: ask me") << ask << both << true << u"a"_s << u"a"_s << u"h"_s << u"b"_s << 0 << 0
                                          << int(Action::Conflict) << QString();
    QTest::newRow("new link, badger empty") << ask << both << false << QString() << QString() << u"h"_s << QString()
                                            << 0 << 0 << int(Action::WriteBadger) << u"h"_s;
    QTest::newRow("new link, highlevel empty") << ask << both << false << QString() << QString() << QString() << u"b"_s
                                               << 0 << 0 << int(Action::WriteHighLevel) << u"b"_s;
    QTest::newRow("new link, equal") << ask << both << false << QString() << QString() << u"x"_s << u"x"_s << 0 << 0
                                     << int(Action::AdoptBase) << QString();
    QTest::newRow("new link, differ, ask") << ask << both << false << QString() << QString() << u"h"_s << u"b"_s << 0
                                           << 0 << int(Action::Conflict) << QString();
    QTest::newRow("value cleared on highlevel") << newest << both << true << u"a"_s << u"a"_s << QString() << u"a"_s
                                                << 0 << 0 << int(Action::WriteBadger) << QString();
    QTest::newRow("one-way to badger ignores badger edits") << ask << toBg << true << u"a"_s << u"a"_s << u"a"_s
                                                            << u"edited"_s << 0 << 0 << int(Action::WriteBadger)
                                                            << u"a"_s;
    QTest::newRow("one-way to highlevel copies badger") << ask << toHl << true << u"a"_s << u"a"_s << u"h"_s << u"b"_s
                                                        << 0 << 0 << int(Action::WriteHighLevel) << u"b"_s;
}

void TestMerge::merge()
{
    QFETCH(int, policy);
    QFETCH(int, direction);
    QFETCH(bool, hasBase);
    QFETCH(QString, baseHl);
    QFETCH(QString, baseBg);
    QFETCH(QString, hl);
    QFETCH(QString, bg);
    QFETCH(int, hlAgeSeconds);
    QFETCH(int, bgAgeSeconds);
    QFETCH(int, action);
    QFETCH(QString, value);
    FieldMapping row;
    row.id = u"r"_s;
    row.conflict = ConflictPolicy(policy);
    row.direction = Direction(direction);
    MergeInput in;
    if (hasBase) {
        in.base = FieldBase{baseHl, baseBg};
    }
    in.highLevel = hl;
    in.badger = bg;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    in.highLevelChangedAt = now.addSecs(-hlAgeSeconds);
    in.badgerChangedAt = now.addSecs(-bgAgeSeconds);
    const MergeDecision d = mergeField(row, MappingOptions{}, in, {}, {});
    QCOMPARE(int(d.action), action);
    QCOMPARE(d.value, value);
}

void TestMerge::adapters()
{
    const QJsonObject contact{
        {u"id"_s, u"c1"_s},
        {u"firstName"_s, u"Ann"_s},
        {u"lastName"_s, u"Lee"_s},
        {u"email"_s, u"ann@x.com"_s},
        {u"phone"_s, QJsonValue(QJsonValue::Null)},
        {u"tags"_s, QJsonArray{u"vip"_s, u"a-list"_s}},
        {u"customFields"_s, QJsonArray{QJsonObject{{u"id"_s, u"cf1"_s}, {u"value"_s, 12.0}}}},
    };
    const FieldValues hl = highLevelValues(contact);
    QCOMPARE(hl.value(u"fullName"_s), u"Ann Lee"_s);
    QCOMPARE(hl.value(u"phone"_s), QString());
    QCOMPARE(hl.value(u"tags"_s), u"a-list, vip"_s);
    QCOMPARE(hl.value(u"customField:cf1"_s), u"12"_s);

    const QJsonObject account{
        {u"id"_s, 40001234},
        {u"last_name"_s, u"Acme"_s},
        {u"custom_numeric"_s, 125000.0},
        {u"custom_numeric2"_s, 2.5},
        {u"locations"_s, QJsonArray{QJsonObject{{u"id"_s, 77}, {u"address_line_1"_s, u"1 Main St"_s},
                                                 {u"city"_s, u"Oslo"_s}, {u"state"_s, u"CA"_s},
                                                 {u"zipcode"_s, u"90001"_s}}}},
    };
    const FieldValues bg = badgerValues(account);
    QCOMPARE(bg.value(u"id"_s), u"40001234"_s);
    QCOMPARE(bg.value(u"custom_numeric"_s), u"125000"_s);
    QCOMPARE(bg.value(u"custom_numeric2"_s), u"2.5"_s);
    QCOMPARE(bg.value(u"location.city"_s), u"Oslo"_s);
    QCOMPARE(bg.value(u"location.id"_s), u"77"_s);
    QCOMPARE(badgerAddressLine(bg), u"1 Main St, Oslo, CA 90001"_s);
}

void TestMerge::writes()
{
    FieldCatalog catalog = FieldCatalog::standard();
    catalog.addHighLevelCustomFields(
        QJsonArray{QJsonObject{{u"id"_s, u"cfN"_s}, {u"name"_s, u"N"_s}, {u"dataType"_s, u"NUMERICAL"_s}}});
    const HighLevelWrite w = highLevelWriteFor(
        {{u"fullName"_s, u"Mary Ann Lee"_s}, {u"email"_s, QString()}, {u"customField:cfN"_s, u"42"_s},
         {u"tags"_s, u"ignored"_s}},
        catalog);
    QCOMPARE(w.body.value(u"firstName"_s).toString(), u"Mary Ann"_s);
    QCOMPARE(w.body.value(u"lastName"_s).toString(), u"Lee"_s);
    QVERIFY(w.body.value(u"email"_s).isNull());
    QVERIFY(!w.body.contains(u"tags"_s));
    const QJsonObject cf = w.body.value(u"customFields"_s).toArray().at(0).toObject();
    QCOMPARE(cf.value(u"id"_s).toString(), u"cfN"_s);
    QCOMPARE(cf.value(u"field_value"_s).toDouble(), 42.0);

    const FieldValues current{{u"location.address_line_1"_s, u"1 Main St"_s}, {u"location.city"_s, u"Oslo"_s},
                              {u"location.state"_s, u"CA"_s}, {u"location.zipcode"_s, u"90001"_s}};
    const BadgerWrite b = badgerWriteFor({{u"location.city"_s, u"Bergen"_s}, {u"email"_s, u"a@b.c"_s}}, current);
    QVERIFY(b.locationChanged);
    QCOMPARE(b.address, u"1 Main St, Bergen, CA 90001"_s);
    QCOMPARE(b.accountForm, (QList<QPair<QString, QString>>{{u"email"_s, u"a@b.c"_s}}));
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
