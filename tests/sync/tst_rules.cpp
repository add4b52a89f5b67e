// The rule set: JSON round trip and bad values, validation (cycles, contradictions, unknown placeholders, the user
// map, double writers with the field mapping), templates and markers.

#include "sync/Rules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb::sync;

namespace {
QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char* usersJson = R"("users": [{"badger": "5001", "highlevel": "hlSam"}, {"badger": 5002, "highlevel": "hlRiley"}])";
} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void badValues_data();
    void badValues();
    void validation_data();
    void validation();
    void doubleWriters();
    void templates_data();
    void templates();
    void markersAreWholeLines();
    void checkInFieldShapes();
};

void TestRules::roundTrip()
{
    RuleSet r;
    r.checkInNotes = true;
    r.noteTemplate = u"{type}: {comments}"_s;
    r.tags = true;
    r.tagField = u"custom_text4"_s;
    r.notesToCheckIns = true;
    r.notesSince = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    r.outcomes.append({u"won"_s, {u"Closed Won"_s}, false, {}, {u"customer"_s}, {u"prospect"_s}});
    r.followUps.append({u"fu"_s, {u"Follow-up"_s}, {u"Meeting"_s}, u"T {account}"_s, u"B"_s, 2, u"contact"_s});
    r.routing.append({u"west"_s, u"west"_s, u"5002"_s, true, true});
    r.users.append({u"5002"_s, u"hlRiley"_s, u"Riley"_s});
    RuleSet back;
    QString error;
    QVERIFY2(RuleSet::fromJson(r.toJson(), &back, &error), qPrintable(error));
    QCOMPARE(back, r);
    // An empty document is "everything off".
    RuleSet empty;
    QVERIFY(RuleSet::fromJson({}, &empty, &error));
    QVERIFY(!empty.anyEnabled());
    QVERIFY(RuleSet::defaults().checkInNotes);
}

void TestRules::badValues_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("section not an object") << u"{\"tags\": true}"_s << u"tags must be an object"_s;
    QTest::newRow("enabled not a bool") << u"{\"checkInNotes\": {\"enabled\": \"yes\"}}"_s << u"checkInNotes.enabled"_s;
    QTest::newRow("threshold not a number") << u"{\"tags\": {\"bulkThreshold\": \"5\"}}"_s << u"tags.bulkThreshold"_s;
    QTest::newRow("outcomes not a list") << u"{\"outcomes\": {}}"_s << u"outcomes must be a list"_s;
    QTest::newRow("tag list of numbers") << u"{\"outcomes\": [{\"addTags\": [1]}]}"_s << u"outcomes[0].addTags"_s;
    QTest::newRow("due days fractional") << u"{\"followUps\": [{\"dueDays\": 1.5}]}"_s << u"followUps[0].dueDays"_s;
    QTest::newRow("since not a time") << u"{\"notesToCheckIns\": {\"since\": \"yesterday\"}}"_s << u"since"_s;
}

void TestRules::badValues()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    RuleSet r;
    QString error;
    QVERIFY(!RuleSet::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &r, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestRules::validation_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("message"); // empty: no issue at all

    const QString users = QString::fromLatin1(usersJson);
    QTest::newRow("valid full set")
        << u"{\"checkInNotes\": {\"enabled\": true}, \"tags\": {\"enabled\": true, \"badgerField\": \"custom_text4\"},"
           "\"outcomes\": [{\"id\": \"won\", \"checkInTypes\": [\"Closed Won\"], \"addTags\": [\"customer\"]}],"
           "\"followUps\": [{\"id\": \"fu\", \"checkInTypes\": [\"Follow-up\"], \"doneTypes\": [\"Meeting\"]}],"
           "\"routing\": [{\"id\": \"r\", \"tag\": \"west\", \"badgerUser\": \"5002\"}], "_s
            + users + u"}"_s
        << false << QString();
    QTest::newRow("add and remove one tag in one rule")
        << u"{\"outcomes\": [{\"id\": \"x\", \"checkInTypes\": [\"Meeting\"], \"addTags\": [\"Hot\"], \"removeTags\": [\" hot \"]}]}"_s
        << true << u"both adds and removes"_s;
    QTest::newRow("two rules fight over a tag")
        << u"{\"outcomes\": [{\"id\": \"a\", \"checkInTypes\": [\"Meeting\"], \"addTags\": [\"hot\"]},"
           "{\"id\": \"b\", \"checkInTypes\": [\"meeting\"], \"removeTags\": [\"HOT\"]}]}"_s
        << true << u"fight over the tag"_s;
    QTest::newRow("different triggers may add and remove")
        << u"{\"outcomes\": [{\"id\": \"a\", \"checkInTypes\": [\"Meeting\"], \"addTags\": [\"hot\"]},"
           "{\"id\": \"b\", \"checkInTypes\": [\"Closed Won\"], \"removeTags\": [\"hot\"]}]}"_s
        << false << QString();
    QTest::newRow("outcome without trigger")
        << u"{\"outcomes\": [{\"id\": \"a\", \"addTags\": [\"hot\"]}]}"_s << true << u"no trigger"_s;
    QTest::newRow("outcome without tags")
        << u"{\"outcomes\": [{\"id\": \"a\", \"checkInTypes\": [\"Meeting\"]}]}"_s << true << u"neither adds nor removes"_s;
    QTest::newRow("empty tag") << u"{\"outcomes\": [{\"id\": \"a\", \"checkInTypes\": [\"M\"], \"addTags\": [\"  \"]}]}"_s
                               << true << u"empty tag"_s;
    QTest::newRow("duplicate ids")
        << u"{\"outcomes\": [{\"id\": \"a\", \"checkInTypes\": [\"M\"], \"addTags\": [\"x\"]}],"
           "\"followUps\": [{\"id\": \"a\", \"checkInTypes\": [\"F\"]}]}"_s
        << true << u"share the id"_s;
    QTest::newRow("follow-up opens and completes with one type")
        << u"{\"followUps\": [{\"id\": \"f\", \"checkInTypes\": [\"Visit\"], \"doneTypes\": [\"visit\"]}]}"_s << true
        << u"both open and complete"_s;
    QTest::newRow("two follow-ups on one type")
        << u"{\"followUps\": [{\"id\": \"f\", \"checkInTypes\": [\"Visit\"]}, {\"id\": \"g\", \"checkInTypes\": [\"Visit\"]}]}"_s
        << true << u"both open a task"_s;
    QTest::newRow("unknown placeholder in title")
        << u"{\"followUps\": [{\"id\": \"f\", \"checkInTypes\": [\"Visit\"], \"title\": \"Call {acount}\"}]}"_s << true
        << u"{acount}"_s;
    QTest::newRow("unknown placeholder in note template")
        << u"{\"checkInNotes\": {\"enabled\": true, \"template\": \"{type} {when}\"}}"_s << true << u"{when}"_s;
    QTest::newRow("negative due offset")
        << u"{\"followUps\": [{\"id\": \"f\", \"checkInTypes\": [\"Visit\"], \"dueDays\": -1}]}"_s << true << u"0-3650"_s;
    QTest::newRow("assignee not in the user map")
        << u"{\"followUps\": [{\"id\": \"f\", \"checkInTypes\": [\"Visit\"], \"assignee\": \"badger:77\"}]}"_s << true
        << u"not in the user map"_s;
    QTest::newRow("cycle: completed task logs the done type")
        << u"{\"taskCheckIns\": {\"enabled\": true, \"type\": \"Meeting\"},"
           "\"followUps\": [{\"id\": \"f\", \"checkInTypes\": [\"Follow-up\"], \"doneTypes\": [\"Meeting\"]}]}"_s
        << true << u"Cycle"_s;
    QTest::newRow("cycle: completed task logs an opening type")
        << u"{\"taskCheckIns\": {\"enabled\": true, \"type\": \"Follow-up\"},"
           "\"followUps\": [{\"id\": \"f\", \"checkInTypes\": [\"Follow-up\"]}]}"_s
        << true << u"Cycle"_s;
    QTest::newRow("routing to a user outside the map")
        << u"{\"routing\": [{\"id\": \"r\", \"tag\": \"west\", \"badgerUser\": \"9\"}]}"_s << true
        << u"not in the user map"_s;
    QTest::newRow("two routing rules fight over one tag")
        << u"{\"routing\": [{\"id\": \"r\", \"tag\": \"West\", \"badgerUser\": \"5001\"},"
           "{\"id\": \"s\", \"tag\": \"west \", \"badgerUser\": \"5002\"}], "_s
            + users + u"}"_s
        << true << u"fight over the owner"_s;
    QTest::newRow("routing that sets nothing")
        << u"{\"routing\": [{\"id\": \"r\", \"tag\": \"w\", \"badgerUser\": \"5001\", \"setHighLevel\": false}], "_s + users
            + u"}"_s
        << true << u"sets neither"_s;
    QTest::newRow("several routing tags: warning")
        << u"{\"routing\": [{\"id\": \"r\", \"tag\": \"east\", \"badgerUser\": \"5001\"},"
           "{\"id\": \"s\", \"tag\": \"west\", \"badgerUser\": \"5002\"}], "_s
            + users + u"}"_s
        << false << u"first rule in the list"_s;
    QTest::newRow("user map pairs one Badger user twice")
        << u"{\"users\": [{\"badger\": \"1\", \"highlevel\": \"a\"}, {\"badger\": \"1\", \"highlevel\": \"b\"}]}"_s << true
        << u"two HighLevel users"_s;
    QTest::newRow("tag field not a custom text")
        << u"{\"tags\": {\"enabled\": true, \"badgerField\": \"custom_numeric\"}}"_s << true << u"custom text"_s;
}

void TestRules::validation()
{
    QFETCH(QString, json);
    QFETCH(bool, isError);
    QFETCH(QString, message);
    RuleSet r;
    QString error;
    QVERIFY2(RuleSet::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &r, &error), qPrintable(error));
    const QList<RuleIssue> issues = r.validate();
    QStringList all;
    for (const RuleIssue& i : issues) {
        all.append(u"%1: %2"_s.arg(i.severity == RuleIssue::Severity::Error ? u"error"_s : u"warning"_s, i.message));
    }
    if (message.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(all.join(u'\n')));
        return;
    }
    const bool found = std::any_of(issues.cbegin(), issues.cend(), [&](const RuleIssue& i) {
        return i.message.contains(message) && (i.severity == RuleIssue::Severity::Error) == isError;
    });
    QVERIFY2(found, qPrintable(all.join(u'\n')));
    if (!isError) {
        QVERIFY2(std::none_of(issues.cbegin(), issues.cend(),
                              [](const RuleIssue& i) { return i.severity == RuleIssue::Severity::Error; }),
                 qPrintable(all.join(u'\n')));
    }
}

void TestRules::doubleWriters()
{
    RuleSet r;
    QString error;
    QVERIFY(RuleSet::fromJson(parse(R"({"tags": {"enabled": true, "badgerField": "custom_text4"},
        "routing": [{"id": "r", "tag": "w", "badgerUser": "5001", "setBadger": true}],
        "users": [{"badger": "5001", "highlevel": "hl1"}]})"),
                              &r, &error));
    QVERIFY(r.validate().isEmpty());
    const auto issues = r.validate({u"assignedTo"_s}, {u"custom_text4"_s, u"account_owner"_s});
    QStringList messages;
    for (const RuleIssue& i : issues) {
        messages.append(i.message);
    }
    const QString text = messages.join(u'\n');
    QVERIFY2(text.contains(u"custom_text4 is also in the field mapping"_s), qPrintable(text));
    QVERIFY2(text.contains(u"sets assignedTo, which the field mapping also writes"_s), qPrintable(text));
    QVERIFY2(text.contains(u"sets account_owner, which the field mapping also writes"_s), qPrintable(text));
}

void TestRules::templates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("type and date") << u"{type} on {date}"_s << u"Meeting on 2025-04-09 16:20 UTC"_s;
    QTest::newRow("comments with unicode") << u"{comments}"_s << u"Met José 📦 — שלום"_s;
    QTest::newRow("all custom fields as lines") << u"{fields}"_s << u"Log Type: Meeting\nMeeting Notes: bring samples"_s;
    QTest::newRow("one custom field") << u"Notes: {field:Meeting Notes}"_s << u"Notes: bring samples"_s;
    QTest::newRow("missing custom field is empty") << u"[{field:Nope}]"_s << u"[]"_s;
    QTest::newRow("account, id, author") << u"{account} #{checkInId} by {createdBy}"_s
                                         << u"Acme Ltd #880001 by Sam Manager"_s;
    QTest::newRow("literal braces") << u"{{type}} = {type}"_s << u"{type} = Meeting"_s;
    QTest::newRow("unknown placeholder kept") << u"{nope}"_s << u"{nope}"_s;
    QTest::newRow("blank lines collapse") << u"{type}\n\n\n\n{comments}"_s << u"Meeting\n\nMet José 📦 — שלום"_s;
    QTest::newRow("task title and body") << u"{title}: {body}"_s << u"Call back: after 3pm"_s;
}

void TestRules::templates()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    TemplateContext c;
    c.type = u"Meeting"_s;
    c.date = QDateTime(QDate(2025, 4, 9), QTime(16, 20, 45), Qt::UTC);
    c.comments = u"Met José 📦 — שלום"_s;
    c.fields = checkInFields(parse(R"({"Log Type": "Meeting", "Meeting Notes": "bring samples"})"));
    c.account = u"Acme Ltd"_s;
    c.checkInId = u"880001"_s;
    c.createdBy = u"Sam Manager"_s;
    c.title = u"Call back"_s;
    c.body = u"after 3pm"_s;
    QCOMPARE(renderTemplate(text, c, u"yyyy-MM-dd HH:mm 'UTC'"_s), expected);
}

void TestRules::markersAreWholeLines()
{
    QCOMPARE(checkInMarker(u"12"_s), u"Badger check-in #12"_s);
    QVERIFY(checkInMarker(u"123"_s).startsWith(checkInMarker(u"12"_s))); // why the engine matches whole lines
    QCOMPARE(unknownPlaceholders(u"{type} {field:X} {bad} {{ok}}"_s), QStringList{u"{bad}"_s});
}

void TestRules::checkInFieldShapes()
{
    QCOMPARE(checkInFields(QJsonValue()).size(), 0);
    QCOMPARE(checkInFields(QJsonValue(u"{\"A\": \"1\", \"B\": 2}"_s)),
             (QList<QPair<QString, QString>>{{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}}));
    QCOMPARE(checkInFields(QJsonValue(u"plain text"_s)), (QList<QPair<QString, QString>>{{QString(), u"plain text"_s}}));
    QCOMPARE(checkInFields(parse(R"({"Done": true})")), (QList<QPair<QString, QString>>{{u"Done"_s, u"yes"_s}}));
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
