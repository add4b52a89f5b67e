// Beyond contacts against the sandbox over real HTTP: check-ins -> notes (exactly once, also across unknown outcomes
// and interrupted runs), follow-up tasks opened and completed, outcome tags, routing, notes -> check-ins with
// "cannot be represented" for edits and deletes, completed tasks -> tags and check-ins, dry run, preview, and the
// 1,000 check-ins / 300 accounts run with and without the fault mix.

#include "tst_checkins_support.h"

#include "api/BadgerRequests.h"
#include "api/HighLevelRequests.h"
#include "sync/ExtrasSync.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb;
using namespace fb::synctest::extras;
using fb::synctest::SyncHarness;

namespace {

const QStringList Types{u"Drop-in"_s, u"Meeting"_s, u"Follow-up"_s, u"Phone Call"_s, u"Closed Won"_s};

QJsonObject fullRules(const QString& rileyHl, const QString& samHl)
{
    return QJsonDocument::fromJson(QStringLiteral(R"({
        "checkInNotes": {"enabled": true, "template": "{type} — {date}\n{comments}\n{fields}"},
        "tags": {"enabled": true, "badgerField": "custom_text4", "bulkThreshold": 5},
        "outcomes": [
            {"id": "won", "checkInTypes": ["Closed Won"], "addTags": ["Customer"], "removeTags": ["prospect"]},
            {"id": "met", "checkInTypes": ["Meeting"], "addTags": ["met"]}
        ],
        "followUps": [{"id": "fu", "checkInTypes": ["Follow-up"], "doneTypes": ["Closed Won"],
                       "title": "Follow up with {account}", "body": "{comments}", "dueDays": 3,
                       "assignee": "badger:5001"}],
        "routing": [{"id": "cust", "tag": "customer", "badgerUser": "5002", "setHighLevel": true}],
        "users": [{"badger": "5001", "highlevel": "%1", "name": "Sam"},
                  {"badger": "5002", "highlevel": "%2", "name": "Riley"}]
    })").arg(samHl, rileyHl).toUtf8()).object();
}

// Notes per check-in marker line, over the whole sandbox.
QHash<QString, int> notesByMarker(SyncHarness& h)
{
    QHash<QString, int> out;
    for (const QJsonObject& n : section(h, u"highlevel"_s, u"notes"_s)) {
        for (const QString& line : n.value(u"body"_s).toString().split(u'\n')) {
            if (line.startsWith(u"Badger check-in #"_s)) {
                out[line.trimmed()] += 1;
            }
        }
    }
    return out;
}

struct Expected
{
    int tasksOpened = 0;
    int tasksClosed = 0;
    QHash<int, QSet<QString>> tags; // pair -> tag keys
    QSet<int> routed;
};

// What the rules must produce, computed from the seed independently of the engine: per account, check-ins in time
// order; a Follow-up opens a task, a later Closed Won completes the open ones; Closed Won adds customer and removes
// prospect, Meeting adds met; the start set is the union of both sides' tags.
Expected expectedFor(const PairSeed& p)
{
    Expected e;
    QHash<int, QList<QJsonObject>> byPair;
    for (const QJsonValue& v : p.checkIns) {
        byPair[int(v.toObject().value(u"customer"_s).toInteger() - accountId(0))].append(v.toObject());
    }
    for (int i = 0; i < p.pairs; ++i) {
        QStringList start = p.highLevelTags.isEmpty() ? QStringList() : p.highLevelTags.at(i % p.highLevelTags.size());
        if (!p.badgerTagField.isEmpty()) {
            start += sync::parseTagField(p.badgerTagField.at(i % p.badgerTagField.size()));
        }
        QSet<QString> tags = sync::tagKeys(start);
        int open = 0;
        for (const QJsonObject& c : byPair.value(i)) { // seed order is time order
            const QString type = c.value(u"type"_s).toString();
            if (type == u"Follow-up"_s) {
                ++open;
                ++e.tasksOpened;
            } else if (type == u"Closed Won"_s) {
                e.tasksClosed += open;
                open = 0;
                tags.insert(u"customer"_s);
                tags.remove(u"prospect"_s);
            } else if (type == u"Meeting"_s) {
                tags.insert(u"met"_s);
            }
        }
        e.tags.insert(i, tags);
        if (tags.contains(u"customer"_s)) {
            e.routed.insert(i);
        }
    }
    return e;
}

} // namespace

class TestCheckIns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rulesOffMeansNoCalls();
    void checkInsBecomeNotesOnce();
    void ruleKinds_data();
    void ruleKinds();
    void unknownOutcomeIsReconciledNotResent();
    void interruptedRunDoesNotDuplicate();
    void dryRunAndPreviewWriteNothing();
    void notesBecomeCheckInsAndEditsAreShown();
    void completedTaskAddsTagsAndLogsCheckIn();
    void listAllCheckInsWhenSupported();
    void thousandCheckInsOverThreeHundredAccounts();
    void thousandCheckInsUnderFaults();
};

void TestCheckIns::rulesOffMeansNoCalls()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 5;
    p.checkIns = makeCheckIns(10, 5, Types);
    load(h, buildSeed(p));
    const auto first = h.sync().run(false);
    QVERIFY2(first.status == u"ok"_s, qPrintable(describe(first)));
    const auto second = h.sync().run(false);
    QCOMPARE(second.notesCreated, 0);
    QCOMPARE(section(h, u"highlevel"_s, u"notes"_s).size(), 0);
    // Rules off: the extras phase adds no call at all (the contacts phase's own calls only).
    setRules(h, QJsonObject{{u"checkInNotes"_s, QJsonObject{{u"enabled"_s, false}}}});
    const auto third = h.sync().run(false);
    QCOMPARE(third.badgerCalls, second.badgerCalls);
    QCOMPARE(third.highLevelCalls, second.highLevelCalls);
}

void TestCheckIns::checkInsBecomeNotesOnce()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 8;
    p.checkIns = makeCheckIns(30, 8, Types);
    load(h, buildSeed(p));
    setRules(h, QJsonObject{{u"checkInNotes"_s, QJsonObject{{u"enabled"_s, true}}}});
    const auto first = h.sync().run(false);
    QVERIFY2(first.status == u"ok"_s, qPrintable(describe(first)));
    QCOMPARE(first.notesCreated, 30);
    const auto markers = notesByMarker(h);
    QCOMPARE(markers.size(), 30);
    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it) {
        QCOMPARE(it.value(), 1);
    }
    // The note sits on the linked contact and carries the template's parts.
    bool checked = false;
    for (const QJsonObject& n : section(h, u"highlevel"_s, u"notes"_s)) {
        if (n.value(u"body"_s).toString().contains(u"Badger check-in #990001"_s)) {
            QCOMPARE(n.value(u"contactId"_s).toString(), contactId(0));
            const QString body = n.value(u"body"_s).toString();
            QVERIFY2(body.startsWith(u"Drop-in — 2025-05-01 08:00 UTC\nVisit 0: talked to the owner — café ☕"_s),
                     qPrintable(body));
            QVERIFY2(body.contains(u"Log Type: Drop-in\nMeeting Notes: note 0"_s), qPrintable(body));
            checked = true;
        }
    }
    QVERIFY(checked);

    // A new check-in later: one more note; then nothing.
    api::badger::CheckInInput in;
    in.customer = accountId(3);
    in.type = u"Meeting"_s;
    in.comments = u"second visit"_s;
    QVERIFY(h.send(api::badger::request::createCheckIn(in)).ok());
    const auto second = h.sync().run(false);
    QCOMPARE(second.notesCreated, 1);
    QCOMPARE(second.highLevelWrites, 1);
    const auto third = h.sync().run(false);
    QVERIFY2(third.writes() == 0, qPrintable(describe(third)));
    QCOMPARE(notesByMarker(h).size(), 31);
    // A restart (fresh engine, same ledger) changes nothing either.
    h.restart();
    setRules(h, QJsonObject{{u"checkInNotes"_s, QJsonObject{{u"enabled"_s, true}}}});
    const auto fourth = h.sync().run(false);
    QVERIFY2(fourth.writes() == 0, qPrintable(describe(fourth)));
}

void TestCheckIns::ruleKinds_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QStringList>("checkInTypes"); // logged in this order on pair 0
    QTest::addColumn<QStringList>("expectTags");   // tag keys on the contact afterwards (both sides)
    QTest::addColumn<int>("openTasks");
    QTest::addColumn<int>("completedTasks");
    QTest::addColumn<QString>("taskTitle");        // of the first task, when any
    QTest::addColumn<QString>("noteStart");        // start of the first note, when notes are on

    const QString tags = u"\"tags\": {\"enabled\": true, \"badgerField\": \"custom_text4\"}"_s;
    QTest::newRow("note template with one custom field")
        << u"{\"checkInNotes\": {\"enabled\": true, \"template\": \"[{type}] {field:Log Type} by {createdBy}\"}}"_s
        << QStringList{u"Meeting"_s} << QStringList{} << 0 << 0 << QString() << u"[Meeting] Meeting by Sam Manager"_s;
    QTest::newRow("outcome adds a tag")
        << u"{"_s + tags + u", \"outcomes\": [{\"id\": \"o\", \"checkInTypes\": [\"Meeting\"], \"addTags\": [\"Met\"]}]}"_s
        << QStringList{u"Meeting"_s} << QStringList{u"met"_s, u"prospect"_s} << 0 << 0 << QString() << QString();
    QTest::newRow("outcome removes a tag")
        << u"{"_s + tags
            + u", \"outcomes\": [{\"id\": \"o\", \"checkInTypes\": [\"Closed Won\"], \"addTags\": [\"customer\"], "
              "\"removeTags\": [\"Prospect\"]}]}"_s
        << QStringList{u"Closed Won"_s} << QStringList{u"customer"_s} << 0 << 0 << QString() << QString();
    QTest::newRow("later outcome wins")
        << u"{"_s + tags
            + u", \"outcomes\": [{\"id\": \"a\", \"checkInTypes\": [\"Meeting\"], \"addTags\": [\"hot\"]},"
              "{\"id\": \"b\", \"checkInTypes\": [\"Closed Won\"], \"removeTags\": [\"hot\"]}]}"_s
        << QStringList{u"Meeting"_s, u"Closed Won"_s} << QStringList{u"prospect"_s} << 0 << 0 << QString() << QString();
    QTest::newRow("outcome tags without the tag field")
        << u"{\"outcomes\": [{\"id\": \"o\", \"checkInTypes\": [\"Meeting\"], \"addTags\": [\"met\"]}]}"_s
        << QStringList{u"Meeting"_s} << QStringList{u"met"_s, u"prospect"_s} << 0 << 0 << QString() << QString();
    QTest::newRow("follow-up opens a task")
        << u"{\"followUps\": [{\"id\": \"f\", \"checkInTypes\": [\"Follow-up\"], \"title\": \"Call {account} ({type})\","
           "\"dueDays\": 2}]}"_s
        << QStringList{u"Follow-up"_s} << QStringList{} << 1 << 0 << u"Call Pat Pair 0 (Follow-up)"_s << QString();
    QTest::newRow("done type completes it")
        << u"{\"followUps\": [{\"id\": \"f\", \"checkInTypes\": [\"Follow-up\"], \"doneTypes\": [\"Closed Won\"]}]}"_s
        << QStringList{u"Follow-up"_s, u"Follow-up"_s, u"Closed Won"_s} << QStringList{} << 0 << 2
        << u"Follow up: Follow-up at Pat Pair 0"_s << QString();
    QTest::newRow("done type before the follow-up completes nothing")
        << u"{\"followUps\": [{\"id\": \"f\", \"checkInTypes\": [\"Follow-up\"], \"doneTypes\": [\"Closed Won\"]}]}"_s
        << QStringList{u"Closed Won"_s, u"Follow-up"_s} << QStringList{} << 1 << 0 << QString() << QString();
}

void TestCheckIns::ruleKinds()
{
    QFETCH(QString, rules);
    QFETCH(QStringList, checkInTypes);
    QFETCH(QStringList, expectTags);
    QFETCH(int, openTasks);
    QFETCH(int, completedTasks);
    QFETCH(QString, taskTitle);
    QFETCH(QString, noteStart);

    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 3;
    p.highLevelTags = {{u"prospect"_s}};
    p.checkIns = makeCheckIns(int(checkInTypes.size()), 1, checkInTypes);
    load(h, buildSeed(p));
    const QJsonObject ruleJson = QJsonDocument::fromJson(rules.toUtf8()).object();
    QVERIFY2(!ruleJson.isEmpty(), qPrintable(rules));
    setRules(h, ruleJson);
    const auto run = h.sync().run(false);
    QVERIFY2(run.status == u"ok"_s && run.recordErrors.isEmpty(), qPrintable(describe(run)));

    if (!expectTags.isEmpty()) {
        QCOMPARE(sync::tagKeys(tagsOf(contact(h, 0))), QSet<QString>(expectTags.cbegin(), expectTags.cend()));
        if (ruleJson.value(u"tags"_s).toObject().value(u"enabled"_s).toBool()) {
            QCOMPARE(sync::tagKeys(sync::parseTagField(account(h, 0).value(u"custom_text4"_s).toString())),
                     QSet<QString>(expectTags.cbegin(), expectTags.cend()));
        }
    }
    int open = 0;
    int completed = 0;
    QString firstTitle;
    for (const QJsonObject& t : section(h, u"highlevel"_s, u"tasks"_s)) {
        QCOMPARE(t.value(u"contactId"_s).toString(), contactId(0));
        (t.value(u"completed"_s).toBool() ? completed : open) += 1;
        if (firstTitle.isEmpty()) {
            firstTitle = t.value(u"title"_s).toString();
        }
    }
    QCOMPARE(open, openTasks);
    QCOMPARE(completed, completedTasks);
    if (!taskTitle.isEmpty()) {
        QCOMPARE(firstTitle, taskTitle);
    }
    if (!noteStart.isEmpty()) {
        const auto notes = section(h, u"highlevel"_s, u"notes"_s);
        QCOMPARE(notes.size(), checkInTypes.size());
        QVERIFY2(notes.first().value(u"body"_s).toString().startsWith(noteStart),
                 qPrintable(notes.first().value(u"body"_s).toString()));
    }
    const auto again = h.sync().run(false);
    QVERIFY2(again.writes() == 0, qPrintable(describe(again)));
}

void TestCheckIns::unknownOutcomeIsReconciledNotResent()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 4;
    p.checkIns = makeCheckIns(8, 4, Types);
    load(h, buildSeed(p));
    setRules(h, QJsonDocument::fromJson(R"({"checkInNotes": {"enabled": true},
        "followUps": [{"id": "f", "checkInTypes": ["Follow-up"]}]})").object());
    h.sync().run(false); // link the pairs first
    // Every note and task create is applied, then the connection is reset before any answer: the outcome is unknown.
    QVERIFY(section(h, u"highlevel"_s, u"notes"_s).size() == 8);
    api::badger::CheckInInput in;
    for (const QString& type : {u"Meeting"_s, u"Follow-up"_s}) {
        in.customer = accountId(1);
        in.type = type;
        in.comments = u"after the reset"_s;
        QVERIFY(h.send(api::badger::request::createCheckIn(in)).ok());
    }
    QString error;
    QVERIFY2(h.sandbox().setFaults(QJsonDocument::fromJson(R"({"highlevel": {"failNext": [
        {"fault": "reset", "count": 4, "method": "POST", "path": "/contacts/*/notes*", "process": true},
        {"fault": "reset", "count": 4, "method": "POST", "path": "/contacts/*/tasks*", "process": true}]}})")
                                       .object(),
                                   &error),
             qPrintable(error));
    const auto first = h.sync().run(false);
    QCOMPARE(first.notesCreated, 0); // unknown: not counted, not re-sent
    QVERIFY2(!first.recordErrors.isEmpty(), qPrintable(describe(first)));
    QVERIFY(h.sandbox().setFaults(QJsonObject{}, &error));
    const auto second = h.sync().run(false);
    QVERIFY2(second.status == u"ok"_s, qPrintable(describe(second)));
    QCOMPARE(second.highLevelWrites, 0); // found by their marker lines instead
    QCOMPARE(second.notesCreated, 2); // both new check-ins' notes had been applied
    QCOMPARE(second.tasksOpened, 1);  // and the follow-up's task
    const auto markers = notesByMarker(h);
    QCOMPARE(markers.size(), 10);
    for (int n : markers) {
        QCOMPARE(n, 1);
    }
    QCOMPARE(section(h, u"highlevel"_s, u"tasks"_s).size(), 2 + 1);
}

void TestCheckIns::interruptedRunDoesNotDuplicate()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 5;
    p.checkIns = makeCheckIns(20, 5, Types);
    load(h, buildSeed(p));
    setRules(h, QJsonObject{{u"checkInNotes"_s, QJsonObject{{u"enabled"_s, true}}}});
    QVERIFY(h.sync().run(false).status == u"ok"_s);
    // As if the process died after sending but before recording: journal rows left 'sent', for notes that exist
    // (5) and for notes that never reached the server (5 deleted from the sandbox's view by removing them).
    QSqlQuery q(h.ledger().database().connection());
    QVERIFY(q.exec(u"UPDATE extras_checkins SET note_state = 'sent', note_id = NULL WHERE CAST(id AS INTEGER) <= 990010"_s));
    QStringList lost;
    for (const QJsonObject& n : section(h, u"highlevel"_s, u"notes"_s)) {
        const QString body = n.value(u"body"_s).toString();
        for (int k = 990006; k <= 990010; ++k) {
            if (body.endsWith(u"Badger check-in #%1"_s.arg(k))) {
                QVERIFY(h.send(api::ghl::request::deleteNote(n.value(u"contactId"_s).toString(), n.value(u"id"_s).toString()))
                            .ok());
                lost << QString::number(k);
            }
        }
    }
    QCOMPARE(lost.size(), 5);
    h.restart();
    setRules(h, QJsonObject{{u"checkInNotes"_s, QJsonObject{{u"enabled"_s, true}}}});
    const auto run = h.sync().run(false);
    QVERIFY2(run.status == u"ok"_s, qPrintable(describe(run)));
    QCOMPARE(run.highLevelWrites, 5); // only the ones that were not there
    const auto markers = notesByMarker(h);
    QCOMPARE(markers.size(), 20);
    for (int n : markers) {
        QCOMPARE(n, 1);
    }
}

void TestCheckIns::dryRunAndPreviewWriteNothing()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 4;
    p.highLevelTags = {{u"prospect"_s}};
    p.checkIns = makeCheckIns(10, 4, Types);
    load(h, buildSeed(p));
    const QJsonObject rules = fullRules(highLevelUser(h, u"Riley"_s), highLevelUser(h, u"Sam"_s));
    setRules(h, QJsonObject{});
    QVERIFY(h.sync().run(false).status == u"ok"_s); // link only
    setRules(h, rules);
    const auto dry = h.sync().run(true);
    QCOMPARE(dry.writes(), 0);
    QCOMPARE(dry.notesCreated, 10);
    QVERIFY2(dry.tasksOpened == 2 && dry.tagsAdded > 0, qPrintable(describe(dry)));
    QCOMPARE(section(h, u"highlevel"_s, u"notes"_s).size(), 0);
    QCOMPARE(section(h, u"highlevel"_s, u"tasks"_s).size(), 0);
    const QJsonObject json = dry.toJson();
    QCOMPARE(json.value(u"extras"_s).toObject().value(u"notesCreated"_s).toInt(), 10);
    QVERIFY(json.value(u"changes"_s).toArray().size() >= 10);

    // The preview reads the ledger only: run for real once so the check-ins are stored, then preview another rule set.
    const auto real = h.sync().run(false);
    QVERIFY2(real.status == u"ok"_s, qPrintable(describe(real)));
    h.sandbox().clearStats();
    sync::RuleSet other;
    QString error;
    QVERIFY(sync::RuleSet::fromJson(QJsonDocument::fromJson(R"({"checkInNotes": {"enabled": true, "template": "{type}!"},
        "outcomes": [{"id": "call", "checkInTypes": ["Phone Call"], "addTags": ["called"]}]})").object(),
                                    &other, &error));
    const auto items = sync::ExtrasSync::preview(h.ledger(), other, 5, 5);
    QCOMPARE(h.sandbox().stats().value(u"requests"_s).toInt(-1), 0);
    int notes = 0;
    int called = 0;
    for (const auto& i : items) {
        notes += i.action == u"note"_s ? 1 : 0;
        called += i.action == u"tag_add"_s && i.detail == u"called"_s ? 1 : 0;
    }
    QCOMPARE(notes, 5);     // the last 5 check-ins
    QCOMPARE(called, 1);    // check-ins 990001.. cycle through 5 types: one Phone Call among the last 5
    QVERIFY(items.first().detail.startsWith(u"Closed Won!"_s)); // newest first (the 10th is Closed Won)
}

void TestCheckIns::notesBecomeCheckInsAndEditsAreShown()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 3;
    QJsonObject seed = buildSeed(p);
    // A note from before the option was turned on: history, never sent to Badger.
    QJsonObject hlSection = seed.value(u"highlevel"_s).toObject();
    hlSection.insert(u"notes"_s, QJsonArray{QJsonObject{{u"id"_s, u"FbOldNote00000000001"_s}, {u"contactId"_s, contactId(0)},
                                                        {u"body"_s, u"old history"_s}, {u"userId"_s, QJsonValue()},
                                                        {u"dateAdded"_s, u"2025-06-01T00:00:00.000Z"_s}}});
    seed.insert(u"highlevel"_s, hlSection);
    load(h, seed);
    const QJsonObject rules = QJsonDocument::fromJson(R"({"checkInNotes": {"enabled": true},
        "notesToCheckIns": {"enabled": true, "type": "HighLevel note"}})").object();
    setRules(h, rules);
    QVERIFY(h.sync().run(false).status == u"ok"_s);
    api::ghl::NoteInput note;
    note.body = u"Customer called about pricing"_s;
    const auto created = h.send(api::ghl::request::createNote(contactId(1), note));
    QVERIFY(created.ok());
    const QString noteId = created.json.toObject().value(u"note"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!noteId.isEmpty());
    const auto first = h.sync().run(false);
    QVERIFY2(first.checkInsCreated == 1, qPrintable(describe(first)));
    QList<QJsonObject> mine;
    for (const QJsonObject& c : section(h, u"badger"_s, u"checkins"_s)) {
        if (c.value(u"comments"_s).toString().contains(noteId)) {
            mine.append(c);
        }
    }
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().value(u"type"_s).toString(), u"HighLevel note"_s);
    for (const QJsonObject& c : section(h, u"badger"_s, u"checkins"_s)) {
        QVERIFY(!c.value(u"comments"_s).toString().contains(u"old history"_s));
    }
    QCOMPARE(mine.first().value(u"customer"_s).toInteger(), accountId(1));
    // The check-in made from the note is not turned back into a note.
    const auto second = h.sync().run(false);
    QVERIFY2(second.writes() == 0, qPrintable(describe(second)));
    QCOMPARE(section(h, u"highlevel"_s, u"notes"_s).size(), 2); // the old one and the new one, no echo

    // An edit and then a delete: each shown once as not representable, nothing written.
    note.body = u"Customer called about pricing (edited)"_s;
    QVERIFY(h.send(api::ghl::request::updateNote(contactId(1), noteId, note)).ok());
    const auto edited = h.sync().run(false);
    QCOMPARE(edited.writes(), 0);
    QVERIFY2(edited.recordErrors.join(u'\n').contains(u"edit cannot be represented in Badger"_s), qPrintable(describe(edited)));
    const auto quiet = h.sync().run(false);
    QVERIFY(!quiet.recordErrors.join(u'\n').contains(u"cannot be represented"_s));
    QVERIFY(h.send(api::ghl::request::deleteNote(contactId(1), noteId)).ok());
    const auto deleted = h.sync().run(false);
    QCOMPARE(deleted.writes(), 0);
    QVERIFY2(deleted.recordErrors.join(u'\n').contains(u"delete cannot be represented in Badger"_s),
             qPrintable(describe(deleted)));
    bool activity = false;
    QSqlQuery q(h.ledger().database().connection());
    q.exec(u"SELECT COUNT(*) FROM activity WHERE direction = 'not_representable'"_s);
    activity = q.next() && q.value(0).toInt() == 2;
    QVERIFY(activity);
}

void TestCheckIns::completedTaskAddsTagsAndLogsCheckIn()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 3;
    load(h, buildSeed(p));
    setRules(h, QJsonDocument::fromJson(R"({
        "outcomes": [{"id": "t", "taskCompleted": true, "titleContains": "demo", "addTags": ["demoed"]}],
        "taskCheckIns": {"enabled": true, "type": "Task completed", "comments": "Done in HighLevel: {title}"}})").object());
    QVERIFY(h.sync().run(false).status == u"ok"_s);
    api::ghl::TaskInput task;
    task.title = u"Book a demo"_s;
    task.dueDate = QDateTime::currentDateTimeUtc().addDays(1);
    task.completed = false;
    const auto created = h.send(api::ghl::request::createTask(contactId(2), task));
    QVERIFY(created.ok());
    const QString taskId = created.json.toObject().value(u"task"_s).toObject().value(u"id"_s).toString();
    QVERIFY(h.sync().run(false).writes() == 0); // not completed yet
    QVERIFY(h.send(api::ghl::request::setTaskCompleted(contactId(2), taskId, true)).ok());
    const auto run = h.sync().run(false);
    QVERIFY2(run.status == u"ok"_s && run.checkInsCreated == 1 && run.tagsAdded == 1, qPrintable(describe(run)));
    QCOMPARE(sync::tagKeys(tagsOf(contact(h, 2))), QSet<QString>{u"demoed"_s});
    int logged = 0;
    for (const QJsonObject& c : section(h, u"badger"_s, u"checkins"_s)) {
        if (c.value(u"customer"_s).toInteger() == accountId(2) && c.value(u"type"_s).toString() == u"Task completed"_s) {
            ++logged;
            QVERIFY(c.value(u"comments"_s).toString().startsWith(u"Done in HighLevel: Book a demo"_s));
        }
    }
    QCOMPARE(logged, 1);
    const auto again = h.sync().run(false);
    QVERIFY2(again.writes() == 0, qPrintable(describe(again)));
}

void TestCheckIns::listAllCheckInsWhenSupported()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    PairSeed p;
    p.pairs = 20;
    p.checkIns = makeCheckIns(40, 20, Types);
    QJsonObject seed = buildSeed(p);
    QJsonObject bg = seed.value(u"badger"_s).toObject();
    QJsonObject options = bg.value(u"options"_s).toObject();
    options.insert(u"listAllCheckins"_s, true);
    bg.insert(u"options"_s, options);
    seed.insert(u"badger"_s, bg);
    load(h, seed);
    setRules(h, QJsonObject{});
    const auto linkOnly = h.sync().run(false);
    setRules(h, QJsonObject{{u"checkInNotes"_s, QJsonObject{{u"enabled"_s, true}}}});
    const auto run = h.sync().run(false);
    QCOMPARE(run.notesCreated, 40);
    // One list call instead of one per account (20).
    QVERIFY2(run.badgerCalls <= linkOnly.badgerCalls + 1, qPrintable(describe(run)));
}

namespace {

PairSeed bigSeed()
{
    PairSeed p;
    p.pairs = 300;
    p.highLevelTags = {{u"prospect"_s}, {u"VIP"_s, u"prospect"_s}, {}, {u"Gold Club"_s}};
    p.badgerTagField = {u"prospect"_s, u"vip, West"_s, QString(), u"gold club, north\\,east"_s, u" , Prospect ,"_s};
    p.checkIns = makeCheckIns(1000, 300, Types, 990001, true);
    return p;
}

void verifyBig(SyncHarness& h, const PairSeed& p)
{
    const Expected e = expectedFor(p);
    const auto markers = notesByMarker(h);
    QCOMPARE(markers.size(), 1000);
    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it) {
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }
    int open = 0;
    int completed = 0;
    QHash<QString, int> taskMarkers;
    for (const QJsonObject& t : section(h, u"highlevel"_s, u"tasks"_s)) {
        (t.value(u"completed"_s).toBool() ? completed : open) += 1;
        taskMarkers[t.value(u"body"_s).toString().section(u'\n', -1)] += 1;
    }
    for (auto it = taskMarkers.constBegin(); it != taskMarkers.constEnd(); ++it) {
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }
    QCOMPARE(open + completed, e.tasksOpened);
    QCOMPARE(completed, e.tasksClosed);
    QVERIFY(e.tasksClosed > 20 && e.tasksOpened > e.tasksClosed); // the data exercises both
    const QString riley = highLevelUser(h, u"Riley"_s);
    QHash<QString, QJsonObject> contacts;
    for (const QJsonObject& c : section(h, u"highlevel"_s, u"contacts"_s)) {
        contacts.insert(c.value(u"id"_s).toString(), c);
    }
    QHash<qint64, QJsonObject> accounts;
    for (const QJsonObject& a : section(h, u"badger"_s, u"accounts"_s)) {
        accounts.insert(a.value(u"id"_s).toInteger(), a);
    }
    int routed = 0;
    for (int i = 0; i < p.pairs; ++i) {
        const QJsonObject c = contacts.value(contactId(i));
        QCOMPARE(sync::tagKeys(tagsOf(c)), e.tags.value(i));
        QCOMPARE(sync::tagKeys(sync::parseTagField(accounts.value(accountId(i)).value(u"custom_text4"_s).toString())),
                 e.tags.value(i));
        if (e.routed.contains(i)) {
            QCOMPARE(c.value(u"assignedTo"_s).toString(), riley);
            ++routed;
        }
    }
    QVERIFY(routed > 50);
    // The comma inside "north,east" survived both ways.
    QVERIFY(e.tags.value(3).contains(u"north,east"_s));
}

} // namespace

void TestCheckIns::thousandCheckInsOverThreeHundredAccounts()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    const PairSeed p = bigSeed();
    load(h, buildSeed(p));
    setRules(h, fullRules(highLevelUser(h, u"Riley"_s), highLevelUser(h, u"Sam"_s)));
    const auto first = h.sync().run(false);
    QVERIFY2(first.status == u"ok"_s && first.recordErrors.isEmpty(), qPrintable(describe(first)));
    QCOMPARE(first.linked, 300);
    QCOMPARE(first.notesCreated, 1000);
    const Expected e = expectedFor(p);
    QCOMPARE(first.tasksOpened, e.tasksOpened);
    QCOMPARE(first.tasksClosed, e.tasksClosed);
    QCOMPARE(first.ownersRouted, e.routed.size());
    verifyBig(h, p);
    const auto second = h.sync().run(false);
    QVERIFY2(second.writes() == 0, qPrintable(describe(second)));
    qInfo("first run: %d HighLevel calls (%d writes), %d Badger calls (%d writes); second run: %d HighLevel and %d "
          "Badger calls",
          first.highLevelCalls, first.highLevelWrites, first.badgerCalls, first.badgerWrites, second.highLevelCalls,
          second.badgerCalls);
}

void TestCheckIns::thousandCheckInsUnderFaults()
{
    SyncHarness h;
    QVERIFY2(h.ok(), qPrintable(h.error()));
    const PairSeed p = bigSeed();
    load(h, buildSeed(p));
    // Timeouts are part of the mix: a short transfer timeout keeps the test quick.
    for (const api::Service s : {api::Service::HighLevel, api::Service::Badger}) {
        api::ServiceConfig c = h.engine().serviceConfig(s);
        c.transferTimeoutMs = 700;
        h.engine().setServiceConfig(s, c);
    }
    api::RetryPolicy retry = h.engine().retryPolicy();
    retry.baseDelayMs = 20;
    retry.maxDelayMs = 200;
    h.engine().setRetryPolicy(retry);
    const QJsonObject mix{{u"http500"_s, 0.10}, {u"http429"_s, 0.05}, {u"reset"_s, 0.02}, {u"noResponse"_s, 0.01},
                          {u"malformed"_s, 0.01}, {u"retryAfterSeconds"_s, 0}};
    // The pairs are linked first without faults: the contacts phase's own behaviour under faults is tst_sync_engine's
    // subject; here every extras call meets the mix.
    setRules(h, QJsonObject{});
    const auto linking = h.sync().run(false);
    QVERIFY2(linking.linked == 300, qPrintable(describe(linking)));
    QString error;
    QVERIFY2(h.sandbox().setFaults(QJsonObject{{u"randomSeed"_s, 42}, {u"highlevel"_s, mix}, {u"badger"_s, mix}}, &error),
             qPrintable(error));
    setRules(h, fullRules(highLevelUser(h, u"Riley"_s), highLevelUser(h, u"Sam"_s)));
    // Three runs under the mix (every create it makes may come back unknown, every read may fail), then the faults
    // stop and the sync must settle: nothing duplicated by a re-send, nothing lost.
    for (int run = 0; run < 3; ++run) {
        const auto r = h.sync().run(false);
        qInfo("run %d under faults: %s, notes %d, tasks %d/%d, tags +%d -%d, routed %d, %d record errors", run + 1,
              qPrintable(r.status), r.notesCreated, r.tasksOpened, r.tasksClosed, r.tagsAdded, r.tagsRemoved,
              r.ownersRouted, int(r.recordErrors.size()));
    }
    QVERIFY(h.sandbox().setFaults(QJsonObject{}, &error));
    int runs = 0;
    for (; runs < 4; ++runs) {
        const auto r = h.sync().run(false);
        if (r.status == u"ok"_s && r.writes() == 0 && r.recordErrors.isEmpty()) {
            break;
        }
        qInfo("settling run %d: %s", runs + 1, qPrintable(describe(r).left(1500)));
    }
    QVERIFY2(runs < 4, "did not settle within 4 runs after the faults stopped");
    verifyBig(h, p);
    qInfo("settled %d run(s) after the faults stopped", runs + 1);
}

QTEST_GUILESS_MAIN(TestCheckIns)
#include "tst_checkins.moc"
