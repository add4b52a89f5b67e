// The mapping document: defaults, JSON round trip, version handling and validation against live field lists.

#include "sync/Mapping.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb::sync;

namespace {
FieldCatalog liveCatalog()
{
    FieldCatalog c = FieldCatalog::standard();
    c.addHighLevelCustomFields(QJsonArray{
        QJsonObject{{u"id"_s, u"cfRegion"_s}, {u"name"_s, u"Region"_s}, {u"dataType"_s, u"TEXT"_s}},
        QJsonObject{{u"id"_s, u"cfRevenue"_s}, {u"name"_s, u"Revenue"_s}, {u"dataType"_s, u"NUMERICAL"_s}},
    });
    c.addBadgerDatafields(QJsonArray{
        QJsonObject{{u"name"_s, u"ct"_s}, {u"label"_s, u"Status"_s}, {u"type"_s, u"text"_s}},
        QJsonObject{{u"name"_s, u"cn"_s}, {u"label"_s, u"Revenue"_s}, {u"type"_s, u"numeric"_s}},
        QJsonObject{{u"name"_s, u"ct3"_s}, {u"label"_s, u"Website"_s}, {u"type"_s, u"text"_s}},
    });
    return c;
}

bool hasIssue(const QList<MappingIssue>& issues, MappingIssue::Severity severity, const QString& text)
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const MappingIssue& i) {
        return i.severity == severity && i.message.contains(text, Qt::CaseInsensitive);
    });
}

FieldMapping mapping(const QString& ghl, const QString& badger, Direction d = Direction::Both)
{
    FieldMapping r;
    r.id = ghl + u'~' + badger;
    r.highLevelField = ghl;
    r.badgerField = badger;
    r.direction = d;
    return r;
}
} // namespace

class TestMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreValid();
    void jsonRoundTrip();
    void rejectsBadDocuments_data();
    void rejectsBadDocuments();
    void validation_data();
    void validation();
    void datafieldKeys_data();
    void datafieldKeys();
};

void TestMapping::defaultsAreValid()
{
    const MappingDocument d = MappingDocument::defaults();
    const auto issues = d.validate(FieldCatalog::standard());
    for (const auto& i : issues) {
        QVERIFY2(i.severity != MappingIssue::Severity::Error, qPrintable(i.message));
    }
    QVERIFY(d.row(u"email~email"_s));
    QVERIFY(d.row(u"phone~phone_number"_s));
    QVERIFY(d.row(u"address1~location.address_line_1"_s)->direction == Direction::Both);
}

void TestMapping::jsonRoundTrip()
{
    MappingDocument d = MappingDocument::defaults();
    d.options.propagateDeletes = true;
    d.options.phoneRegion = u"DE"_s;
    FieldMapping custom = mapping(u"customField:cfRevenue"_s, u"custom_numeric"_s, Direction::ToHighLevel);
    custom.conflict = ConflictPolicy::AskMe;
    custom.transforms = {{u"map"_s, QJsonObject{{u"values"_s, QJsonObject{{u"A"_s, u"1"_s}}}}}};
    d.fields.append(custom);
    d.rules = QJsonObject{{u"tagRules"_s, QJsonArray{1, 2}}};
    MappingDocument back;
    QString error;
    QVERIFY2(MappingDocument::fromJson(d.toJson(), &back, &error), qPrintable(error));
    QCOMPARE(back, d);
}

void TestMapping::rejectsBadDocuments_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expected");
    QJsonObject good = MappingDocument::defaults().toJson();
    QJsonObject wrongFormat = good;
    wrongFormat.insert(u"format"_s, u"zapier"_s);
    QTest::newRow("not a mapping file") << wrongFormat << u"not a Fieldbridge mapping"_s;
    QJsonObject newer = good;
    newer.insert(u"version"_s, 99);
    QTest::newRow("newer version") << newer << u"newer Fieldbridge"_s;
    QJsonObject noFields = good;
    noFields.remove(u"fields"_s);
    QTest::newRow("no fields") << noFields << u"no list of fields"_s;
    QJsonObject badDirection = good;
    QJsonArray rows = good.value(u"fields"_s).toArray();
    QJsonObject first = rows.at(0).toObject();
    first.insert(u"direction"_s, u"sideways"_s);
    rows.replace(0, first);
    badDirection.insert(u"fields"_s, rows);
    QTest::newRow("bad direction") << badDirection << u"unknown direction"_s;
}

void TestMapping::rejectsBadDocuments()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, expected);
    MappingDocument d;
    QString error;
    QVERIFY(!MappingDocument::fromJson(json, &d, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestMapping::validation_data()
{
    QTest::addColumn<QList<FieldMapping>>("extraRows");
    QTest::addColumn<bool>("dropAddress");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("type mismatch number into email")
        << QList<FieldMapping>{mapping(u"customField:cfRevenue"_s, u"email"_s, Direction::ToBadger)} << false
        << u"Type mismatch"_s;
    QTest::newRow("text into numeric")
        << QList<FieldMapping>{mapping(u"customField:cfRegion"_s, u"custom_numeric"_s)} << false << u"Type mismatch"_s;
    QTest::newRow("duplicate target")
        << QList<FieldMapping>{mapping(u"companyName"_s, u"email"_s, Direction::ToBadger)} << false
        << u"written by two rows"_s;
    QTest::newRow("unknown custom field")
        << QList<FieldMapping>{mapping(u"customField:gone"_s, u"custom_text3"_s)} << false << u"no field"_s;
    QTest::newRow("missing required address") << QList<FieldMapping>{} << true << u"needs \"Street address\""_s;
    FieldMapping tpl = mapping(u"fullName"_s, u"custom_text3"_s);
    tpl.transforms = {{u"template"_s, QJsonObject{{u"template"_s, u"{firstName}"_s}}}};
    QTest::newRow("two-way template") << QList<FieldMapping>{tpl} << false << u"one way"_s;
    FieldMapping badTransform = mapping(u"customField:cfRegion"_s, u"custom_text"_s);
    badTransform.transforms = {{u"rot13"_s, {}}};
    QTest::newRow("unknown transform") << QList<FieldMapping>{badTransform} << false << u"Unknown transform"_s;
}

void TestMapping::validation()
{
    QFETCH(QList<FieldMapping>, extraRows);
    QFETCH(bool, dropAddress);
    QFETCH(QString, expectedError);
    MappingDocument d = MappingDocument::defaults();
    if (dropAddress) {
        d.fields.removeIf([](const FieldMapping& r) { return r.badgerField == u"location.address_line_1"_s; });
    }
    d.fields.append(extraRows);
    const auto issues = d.validate(liveCatalog());
    QVERIFY2(hasIssue(issues, MappingIssue::Severity::Error, expectedError),
             qPrintable(issues.isEmpty() ? u"no issues"_s : issues.first().message));
    QVERIFY(!d.isUsable(liveCatalog()));
}

void TestMapping::datafieldKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("ct") << u"ct"_s << u"custom_text"_s;
    QTest::newRow("ct2") << u"ct2"_s << u"custom_text2"_s;
    QTest::newRow("cn") << u"cn"_s << u"custom_numeric"_s;
    QTest::newRow("cn30") << u"cn30"_s << u"custom_numeric30"_s;
    QTest::newRow("system dslc") << u"dslc"_s << QString();
}

void TestMapping::datafieldKeys()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(FieldCatalog::badgerAccountKeyForDatafield(name), key);
}

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
