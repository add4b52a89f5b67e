// The sync engine against the sandbox over real HTTP: first sync, convergence after edits on both sides, no writes
// on a second run, dry run, deletes, conflicts and their resolution.

#include "SyncHarness.h"
#include "api/BadgerRequests.h"
#include "api/HighLevelRequests.h"
#include "sync/RecordAdapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb;
using fb::synctest::SyncHarness;

namespace {
QString describe(const sync::RunSummary& s)
{
    return QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact)).left(3000);
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void firstSyncConvergesAndSecondRunWritesNothing();
    void editsOnBothSidesConverge();
    void dryRunWritesNothing();
    void deleteUnlinksByDefault();
    void deletePropagatesWhenAskedTo();
    void askMeConflictIsKeptAndResolved();
    void hostileRecordsSyncOrFailAlone();
    void initialSyncSpreadsOverDays();
    void sharedPhoneNeverOverwritesAnotherContact();
    void dailyListingSeesDeletesChangesAndRetries();
};

void TestSyncEngine::firstSyncConvergesAndSecondRunWritesNothing()
{
    SyncHarness h(150, 7);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    const auto first = h.sync().run(false);
    QVERIFY2(first.status == u"ok"_s || first.status == u"partial"_s, qPrintable(describe(first)));
    QVERIFY2(first.linked > 50, qPrintable(describe(first)));
    QVERIFY(first.createdBadger > 0);
    QVERIFY(first.createdHighLevel > 0);
    const QStringList diffs = h.disagreements();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.mid(0, 10).join(u'\n')));

    const auto second = h.sync().run(false);
    QVERIFY2(second.writes() == 0, qPrintable(describe(second)));
    QCOMPARE(second.linked, 0);
    QCOMPARE(second.createdBadger + second.createdHighLevel, 0);

    // No duplicates: every Badger account and every HighLevel contact is linked at most once, and each side has
    // no more records than it started with plus what we created.
    const int accounts = int(h.badgerAccounts().size());
    const int contacts = int(h.highLevelContacts().size());
    h.restart();
    const auto third = h.sync().run(false);
    QCOMPARE(third.writes(), 0);
    QCOMPARE(int(h.badgerAccounts().size()), accounts);
    QCOMPARE(int(h.highLevelContacts().size()), contacts);
}

void TestSyncEngine::editsOnBothSidesConverge()
{
    SyncHarness h(2000, 11); // issue 5: 2,000 generated records with overlap
    QVERIFY2(h.ok(), qPrintable(h.error()));
    QVERIFY(h.sync().run(false).status != u"failed"_s);
    const QList<sync::Link> links = h.ledger().links(u"contact"_s);
    QVERIFY(links.size() > 20);

    // A user edits 5 contacts in HighLevel and 5 other accounts in Badger.
    for (int i = 0; i < 5; ++i) {
        api::ghl::ContactInput in;
        in.city = u"Tromsø %1"_s.arg(i);
        const auto r = h.send(api::ghl::request::updateContact(links.at(i).highLevelId, in));
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
    for (int i = 5; i < 10; ++i) {
        api::badger::AccountPatch patch;
        patch.email = u"edited%1@badger.example"_s.arg(i);
        const auto r = h.send(api::badger::request::updateAccount(links.at(i).badgerId.toLongLong(), patch));
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
    const auto run = h.sync().run(false);
    QVERIFY2(run.status != u"failed"_s, qPrintable(describe(run)));
    QVERIFY2(run.updatedBadger >= 5, qPrintable(describe(run)));
    QVERIFY2(run.updatedHighLevel >= 5, qPrintable(describe(run)));
    const QStringList diffs = h.disagreements();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.mid(0, 10).join(u'\n')));

    // The edits landed on the other side.
    bool foundCity = false;
    for (const QJsonObject& a : h.badgerAccounts()) {
        if (sync::canonicalText(a.value(u"id"_s)) == links.at(0).badgerId) {
            foundCity = sync::badgerValues(a).value(u"location.city"_s) == u"Tromsø 0"_s;
        }
    }
    QVERIFY(foundCity);
    bool foundEmail = false;
    for (const QJsonObject& c : h.highLevelContacts()) {
        if (c.value(u"id"_s).toString() == links.at(5).highLevelId) {
            foundEmail = c.value(u"email"_s).toString() == u"edited5@badger.example"_s;
        }
    }
    QVERIFY(foundEmail);

    const auto again = h.sync().run(false);
    QVERIFY2(again.writes() == 0, qPrintable(describe(again)));
}

void TestSyncEngine::dryRunWritesNothing()
{
    SyncHarness h(40, 3);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    const auto accountsBefore = h.badgerAccounts();
    const auto contactsBefore = h.highLevelContacts();
    const auto dry = h.sync().run(true);
    QVERIFY2(dry.status != u"failed"_s, qPrintable(describe(dry)));
    QCOMPARE(dry.writes(), 0);
    QVERIFY(!dry.changes.isEmpty());
    QVERIFY(h.badgerAccounts() == accountsBefore); // records untouched (the quota counter moves: reads count)
    QVERIFY(h.highLevelContacts() == contactsBefore);
    QCOMPARE(h.ledger().countLinks(u"contact"_s), 0);
    // The plan names records and directions.
    bool sawCreate = false;
    for (const auto& c : dry.changes) {
        sawCreate = sawCreate || c.direction == u"create_in_badger"_s || c.direction == u"create_in_highlevel"_s;
    }
    QVERIFY(sawCreate);
}

void TestSyncEngine::deleteUnlinksByDefault()
{
    SyncHarness h(30, 5);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    QVERIFY(h.sync().run(false).status != u"failed"_s);
    const sync::Link victim = h.ledger().links(u"contact"_s).first();
    QVERIFY(h.send(api::badger::request::deleteAccount(victim.badgerId.toLongLong())).ok());
    const int contactsBefore = int(h.highLevelContacts().size());
    const auto run = h.sync().run(false);
    QCOMPARE(run.unlinked, 1);
    QCOMPARE(h.ledger().link(victim.id)->state, u"badger_deleted"_s);
    QCOMPARE(int(h.highLevelContacts().size()), contactsBefore); // nothing deleted in HighLevel
    // The unlinked contact is not re-created in Badger on later runs.
    const auto later = h.sync().run(false);
    QCOMPARE(later.createdBadger, 0);
}

void TestSyncEngine::deletePropagatesWhenAskedTo()
{
    SyncHarness h(30, 6);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    sync::MappingDocument mapping = sync::MappingDocument::defaults();
    mapping.options.propagateDeletes = true;
    h.sync().setMapping(mapping);
    QVERIFY(h.sync().run(false).status != u"failed"_s);
    const sync::Link victim = h.ledger().links(u"contact"_s).first();
    QVERIFY(h.send(api::badger::request::deleteAccount(victim.badgerId.toLongLong())).ok());
    const auto run = h.sync().run(false);
    QVERIFY2(run.status != u"failed"_s, qPrintable(describe(run)));
    for (const QJsonObject& c : h.highLevelContacts()) {
        QVERIFY(c.value(u"id"_s).toString() != victim.highLevelId);
    }
}

void TestSyncEngine::askMeConflictIsKeptAndResolved()
{
    SyncHarness h(30, 8);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    sync::MappingDocument mapping = sync::MappingDocument::defaults();
    for (auto& row : mapping.fields) {
        if (row.id == u"firstName~first_name"_s) {
            row.conflict = sync::ConflictPolicy::AskMe;
        }
    }
    h.sync().setMapping(mapping);
    QVERIFY(h.sync().run(false).status != u"failed"_s);
    const sync::Link pair = h.ledger().links(u"contact"_s).at(2);
    api::ghl::ContactInput in;
    in.firstName = u"Hanna"_s;
    QVERIFY(h.send(api::ghl::request::updateContact(pair.highLevelId, in)).ok());
    api::badger::AccountPatch patch;
    patch.firstName = u"Johanna"_s;
    QVERIFY(h.send(api::badger::request::updateAccount(pair.badgerId.toLongLong(), patch)).ok());

    const auto run = h.sync().run(false);
    QCOMPARE(run.conflicts, 1);
    const auto conflicts = h.ledger().openConflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().highLevelValue, u"Hanna"_s);
    QCOMPARE(conflicts.first().badgerValue, u"Johanna"_s);
    // Still open after another run, and nothing was overwritten.
    QCOMPARE(h.sync().run(false).writes(), 0);

    QString error;
    QVERIFY2(h.sync().resolveConflict(conflicts.first().id, sync::SyncEngine::Resolution::TakeBadger, {}, &error),
             qPrintable(error));
    QCOMPARE(h.ledger().countOpenConflicts(), 0);
    for (const QJsonObject& c : h.highLevelContacts()) {
        if (c.value(u"id"_s).toString() == pair.highLevelId) {
            QCOMPARE(c.value(u"firstName"_s).toString(), u"Johanna"_s);
        }
    }
    QCOMPARE(h.sync().run(false).writes(), 0);
    QVERIFY(h.disagreements().isEmpty());
}

void TestSyncEngine::hostileRecordsSyncOrFailAlone()
{
    // The generator's hostile records: right-to-left and CJK names, emoji, 20,000-character notes, missing emails
    // and phones, emails differing only in case. Each syncs, or fails alone with a message; the run goes on.
    SyncHarness h(200, 13);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    const auto run = h.sync().run(false);
    QVERIFY2(run.status == u"ok"_s || run.status == u"partial"_s, qPrintable(describe(run)));
    bool rtl = false;
    bool emoji = false;
    for (const sync::Link& link : h.ledger().links(u"contact"_s)) {
        for (const QChar c : link.label) {
            rtl = rtl || c.direction() == QChar::DirR || c.direction() == QChar::DirAL;
            emoji = emoji || c.isSurrogate();
        }
    }
    QVERIFY2(rtl, "no right-to-left record was linked");
    QVERIFY2(emoji, "no record with an emoji was linked");
    for (const QString& e : run.recordErrors) {
        QVERIFY2(e.contains(u": "_s) || e.contains(u"share the same"_s), qPrintable(e)); // names the record, says why
    }
    QVERIFY(h.disagreements().isEmpty());
    QCOMPARE(h.sync().run(false).writes(), 0);
}

void TestSyncEngine::initialSyncSpreadsOverDays()
{
    // A Badger budget far smaller than the initial sync: the planner reads what today allows, says how many days
    // the rest takes, and never runs into a 429.
    SyncHarness h(300, 17);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    api::ServiceLimits small = api::ServiceLimits::defaultsFor(api::Service::Badger);
    small.burstMax = 0;
    small.dailyLimit = 120;
    small.writeReserveFraction = 0.25;
    h.engine().governor()->setLimits(api::Service::Badger, small);
    const auto run = h.sync().run(false);
    QVERIFY2(run.deferred > 100, qPrintable(describe(run)));
    QVERIFY2(run.plan.contains(u"day"_s), qPrintable(run.plan));
    QVERIFY(run.eta.isValid());
    QVERIFY(run.eta > QDateTime::currentDateTimeUtc());
    const api::BudgetState budget = h.engine().budgetState(api::Service::Badger);
    QVERIFY2(budget.dailyUsed <= 120, qPrintable(QString::number(budget.dailyUsed)));
    // What was read is linked; no Badger account was created while Badger accounts that might match are unread.
    QVERIFY(h.ledger().countLinks(u"contact"_s) > 0);
    QCOMPARE(run.createdBadger, 0);
    QVERIFY(h.strayCreatedRecords().isEmpty());
}

void TestSyncEngine::sharedPhoneNeverOverwritesAnotherContact()
{
    // The record shape behind the 10,000-record no-op run that wrote (bench_sync): two people who share an office
    // phone. HighLevel knows Ann; Badger knows Ann and Bob, same phone in other formats. Ann links by email and Bob
    // has no contact yet. Creating Bob must neither write Bob's details over Ann (an upsert matches by phone) nor
    // leave a difference that the next run writes back.
    SyncHarness h(0, 1);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    const QString location = h.sync().settings().locationId;
    api::ghl::ContactInput ann;
    ann.firstName = u"Ann"_s;
    ann.lastName = u"Shared"_s;
    ann.email = u"ann.shared@example.com"_s;
    ann.phone = u"+13125550142"_s;
    ann.address1 = u"1 Main St"_s;
    ann.city = u"Chicago"_s;
    ann.state = u"IL"_s;
    ann.postalCode = u"60601"_s;
    const api::ApiResult created = h.send(api::ghl::request::createContact(location, ann));
    QVERIFY2(created.ok(), qPrintable(created.message));
    const QString annId = created.json.toObject().value(u"contact"_s).toObject().value(u"id"_s).toString();
    api::badger::AccountInput annAccount;
    annAccount.firstName = u"Ann"_s;
    annAccount.lastName = u"Shared"_s;
    annAccount.email = u"ann.shared@example.com"_s;
    annAccount.phoneNumber = u"312-555-0142"_s;
    annAccount.address = u"1 Main St, Chicago, IL, 60601"_s;
    annAccount.accountOwner = 5001; // the connected user of the generated seed
    const api::ApiResult annCreated = h.send(api::badger::request::createAccount(annAccount));
    QVERIFY2(annCreated.ok(), qPrintable(u"%1 %2"_s.arg(annCreated.status).arg(annCreated.message)));
    api::badger::AccountInput bob;
    bob.firstName = u"Bob"_s;
    bob.lastName = u"Other"_s;
    bob.email = u"bob.other@example.com"_s;
    bob.phoneNumber = u"(312) 555-0142"_s;
    bob.address = u"9 Elm St, Chicago, IL, 60601"_s;
    bob.accountOwner = 5001;
    QVERIFY(h.send(api::badger::request::createAccount(bob)).ok());

    const auto first = h.sync().run(false);
    QVERIFY2(first.status != u"failed"_s, qPrintable(describe(first)));
    auto contactById = [&](const QString& id) {
        for (const QJsonObject& c : h.highLevelContacts()) {
            if (c.value(u"id"_s).toString() == id) {
                return c;
            }
        }
        return QJsonObject();
    };
    QCOMPARE(contactById(annId).value(u"firstName"_s).toString(), u"Ann"_s);
    QCOMPARE(contactById(annId).value(u"email"_s).toString(), u"ann.shared@example.com"_s);
    QVERIFY(h.ledger().linkByHighLevel(u"contact"_s, annId).has_value());
    // Bob is reported, not merged into Ann.
    QVERIFY2(first.ambiguous == 1, qPrintable(describe(first)));
    QVERIFY2(first.recordErrors.join(u' ').contains(u"does not allow duplicate contacts"_s), qPrintable(describe(first)));

    const auto second = h.sync().run(false);
    QVERIFY2(second.writes() == 0, qPrintable(describe(second)));
    QCOMPARE(contactById(annId).value(u"firstName"_s).toString(), u"Ann"_s);
    const QStringList diffs = h.disagreements();
    QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
}

// The once-a-day HighLevel listing is what sees deletes, and (since it skips linked contacts that did not change
// since they were last read, to keep memory and the Badger budget in check) it must still merge a changed contact,
// unlink a deleted one, and retry a contact whose last merge failed. The incremental cursor is pushed far ahead so
// only the listing can see these changes.
void TestSyncEngine::dailyListingSeesDeletesChangesAndRetries()
{
    SyncHarness h(40, 8);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    QVERIFY(h.sync().run(false).status != u"failed"_s);
    QCOMPARE(h.sync().run(false).writes(), 0);
    auto forceDailyListing = [&h] {
        h.ledger().setCursor(u"highlevel.contacts.fullScanAt"_s, u"1970-01-01T00:00:00.000Z"_s);
        h.ledger().setCursor(u"highlevel.contacts.dateUpdated"_s, u"2099-01-01T00:00:00.000Z"_s);
    };

    const QList<sync::Link> links = h.ledger().links(u"contact"_s);
    QVERIFY(links.size() >= 3);
    const sync::Link deleted = links.at(0);
    const sync::Link changed = links.at(1);
    const sync::Link broken = links.at(2);
    QVERIFY(h.send(api::ghl::request::deleteContact(deleted.highLevelId)).ok());
    api::ghl::ContactInput rename;
    rename.firstName = u"Zedekiah"_s;
    QVERIFY(h.send(api::ghl::request::updateContact(changed.highLevelId, rename)).ok());
    forceDailyListing();
    const auto listing = h.sync().run(false);
    QVERIFY2(listing.status != u"failed"_s, qPrintable(describe(listing)));
    QCOMPARE(listing.unlinked, 1);
    QCOMPARE(h.ledger().linkByHighLevel(u"contact"_s, deleted.highLevelId)->state, u"ghl_deleted"_s);
    bool renamed = false;
    for (const QJsonObject& a : h.badgerAccounts()) {
        renamed = renamed || (sync::canonicalText(a.value(u"id"_s)) == changed.badgerId
                              && a.value(u"first_name"_s).toString() == u"Zedekiah"_s);
    }
    QVERIFY2(renamed, "the daily listing did not merge the changed contact");
    QVERIFY2(h.disagreements().isEmpty(), qPrintable(h.disagreements().join(u"; "_s)));
    QCOMPARE(h.sync().run(false).writes(), 0);

    // A contact whose merge fails is read again by the next daily listing (its stored change time is not advanced).
    api::ghl::ContactInput badPhone;
    badPhone.phone = u"call me maybe"_s;
    QVERIFY(h.send(api::ghl::request::updateContact(broken.highLevelId, badPhone)).ok());
    h.ledger().setCursor(u"highlevel.contacts.dateUpdated"_s, u"2000-01-01T00:00:00.000Z"_s);
    const auto failing = h.sync().run(false);
    QVERIFY2(failing.recordErrors.join(u"\n"_s).contains(u"call me maybe"_s), qPrintable(describe(failing)));
    forceDailyListing();
    const auto retried = h.sync().run(false);
    QVERIFY2(retried.recordErrors.join(u"\n"_s).contains(u"call me maybe"_s), qPrintable(describe(retried)));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
