// The HighLevel client against the sandbox over real HTTP: every operation the simulator serves round-trips through
// the real RequestEngine, plus the connection test with a good token, a bad token, a wrong location and a wrong URL.

#include "api/HighLevelClient.h"
#include "api/HighLevelConnectionTest.h"
#include "api/RequestEngine.h"

#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fb::api;
using fb::testsupport::SandboxFixture;

namespace {

const QString kLocation = QString::fromLatin1(SandboxFixture::kLocationId);
const QString kAnn = u"CntAnnLee00000000001"_s;
const QString kBo = u"CntBoMarsh0000000002"_s;
const QString kTextField = QString::fromLatin1(SandboxFixture::kTextFieldId);
const QString kCheckboxField = QString::fromLatin1(SandboxFixture::kCheckboxFieldId);

template<typename T> QByteArray why(const Result<T>& r)
{
    return QString(toString(r.api.error) + u" HTTP "_s + QString::number(r.api.status) + u": "_s + r.api.message)
        .toUtf8();
}

// The fixture's seed plus `extra` more contacts in the first location, dateUpdated one minute apart.
QJsonObject seedWithContacts(int extra)
{
    QJsonObject seed = SandboxFixture::highLevelSeed();
    QJsonObject ghlSection = seed.value(u"highlevel"_s).toObject();
    QJsonArray contacts = ghlSection.value(u"contacts"_s).toArray();
    const QDateTime base(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < extra; ++i) {
        const QString stamp = base.addSecs(60 * i).toString(Qt::ISODateWithMs);
        contacts.append(QJsonObject {{u"id"_s, QString(u"CntBulk"_s + QString::number(i).rightJustified(13, u'0'))},
                                     {u"locationId"_s, kLocation},
                                     {u"firstName"_s, QString(u"Bulk"_s + QString::number(i))},
                                     {u"email"_s, QString(u"bulk"_s + QString::number(i) + u"@example.com"_s)},
                                     {u"dateAdded"_s, stamp},
                                     {u"dateUpdated"_s, stamp}});
    }
    ghlSection.insert(u"contacts"_s, contacts);
    seed.insert(u"highlevel"_s, ghlSection);
    return seed;
}

} // namespace

class TestHighLevelClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void contactRoundTripWithCustomFieldAsymmetry();
    void searchPagesBySearchAfter();
    void searchFiltersByDateUpdated();
    void deprecatedListPagesWithItsCursor();
    void upsertMatchesByEmail();
    void duplicateSearchKeepsPlusInEmail();
    void tagsAddAndRemove();
    void bulkTags();
    void tasksRoundTrip();
    void notesRoundTrip();
    void appointmentsFollowersAndLocation();
    void asyncFormDeliversTypedResult();
    void errorsCarryServerMessage();
    void connectionTestGoodToken();
    void connectionTestBadToken();
    void connectionTestWrongLocation();
    void connectionTestWrongBaseUrl();
    void connectionTestUnreachable();
    void connectionTestInsecureUrl();
    void connectionTestMissingScope();

private:
    std::unique_ptr<RequestEngine> makeEngine(const QUrl& base, const QString& token, const QString& location);
    HighLevelConnectionReport runConnectionTest(const QUrl& base, const QString& token, const QString& location);

    SandboxFixture m_sandbox;
    std::unique_ptr<RequestEngine> m_engine;
    std::unique_ptr<HighLevelClient> m_client;
};

std::unique_ptr<RequestEngine> TestHighLevelClient::makeEngine(const QUrl& base, const QString& token,
                                                               const QString& location)
{
    auto engine = std::make_unique<RequestEngine>();
    ServiceConfig cfg;
    cfg.baseUrl = base;
    cfg.credential = token;
    cfg.accountKey = location;
    cfg.connectTimeoutMs = 5000;
    cfg.transferTimeoutMs = 5000;
    engine->setServiceConfig(Service::HighLevel, cfg);
    RetryPolicy quick;
    quick.maxAttempts = 2;
    quick.baseDelayMs = 10;
    quick.maxDelayMs = 50;
    engine->setRetryPolicy(quick);
    return engine;
}

void TestHighLevelClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_engine =
        makeEngine(m_sandbox.server().highLevelBaseUrl(), QString::fromLatin1(SandboxFixture::kToken), kLocation);
    m_client = std::make_unique<HighLevelClient>(m_engine.get(), kLocation);
}

void TestHighLevelClient::init()
{
    m_sandbox.server().reset();
    m_sandbox.server().loadSeed(SandboxFixture::highLevelSeed());
}

void TestHighLevelClient::contactRoundTripWithCustomFieldAsymmetry()
{
    ghl::ContactInput in;
    in.firstName = u"Dora"_s;
    in.lastName = u"Field"_s;
    in.email = u"dora@example.com"_s;
    in.phone = u"+15551239999"_s;
    in.companyName = u"Field & Co"_s;
    in.tags = QStringList {u"badger"_s};
    in.customFields = QList<ghl::CustomFieldWrite> {{kTextField, u"contact.region"_s, u"South"_s},
                                                    {kCheckboxField, {}, QJsonArray {u"Roofing"_s}}};
    const auto created = m_client->createContact(in);
    QVERIFY2(created.ok(), why(created).constData());
    QCOMPARE(created.api.status, 201);
    const QString id = created->id;
    QVERIFY(!id.isEmpty());

    // Written as {id, key, field_value}, read back as {id, value}.
    const auto got = m_client->getContact(id);
    QVERIFY2(got.ok(), why(got).constData());
    QCOMPARE(got->firstName, u"Dora"_s);
    QCOMPARE(got->companyName, u"Field & Co"_s);
    QCOMPARE(got->tags, QStringList {u"badger"_s});
    QHash<QString, QJsonValue> values;
    for (const auto& f : got->customFields) {
        values.insert(f.id, f.value);
    }
    QCOMPARE(values.value(kTextField), QJsonValue(u"South"_s));
    QCOMPARE(values.value(kCheckboxField), QJsonValue(QJsonArray {u"Roofing"_s}));
    QVERIFY(got->dateUpdated.isValid());

    ghl::ContactInput change;
    change.firstName = u"Dorothea"_s;
    change.email = QString(); // clear
    change.tags = QStringList {u"never-sent"_s};
    change.customFields = QList<ghl::CustomFieldWrite> {{kTextField, {}, u"East"_s}};
    const auto updated = m_client->updateContact(id, change);
    QVERIFY2(updated.ok(), why(updated).constData());
    QCOMPARE(updated->firstName, u"Dorothea"_s);
    QVERIFY(updated->email.isEmpty());
    QCOMPARE(updated->tags, QStringList {u"badger"_s}); // tags untouched by an update
    QCOMPARE(updated->companyName, u"Field & Co"_s); // companyName not sent on PUT, so unchanged

    const auto deleted = m_client->deleteContact(id);
    QVERIFY2(deleted.ok(), why(deleted).constData());
    const auto gone = m_client->getContact(id);
    QVERIFY(!gone.ok());
    QVERIFY2(gone.api.message.contains(u"not found"_s, Qt::CaseInsensitive), qPrintable(gone.api.message));
}

void TestHighLevelClient::searchPagesBySearchAfter()
{
    m_sandbox.server().reset();
    m_sandbox.server().loadSeed(seedWithContacts(23)); // 2 seeded + 23 = 25 in the location
    ghl::SearchQuery q;
    q.pageLimit = 10;
    q.sort = QJsonArray {ghl::SearchQuery::sortBy(u"dateAdded"_s, true)};
    QStringList ids;
    QList<bool> byCursor;
    ghl::SearchQuery current = q;
    int pages = 0;
    bool ceiling = true;
    const auto all = m_client->searchAll(
        q,
        [&](const ghl::SearchPage& page) {
            ++pages;
            QSet<QString> seen(ids.begin(), ids.end());
            for (const auto& c : page.contacts) {
                if (seen.contains(c.id)) {
                    qWarning() << "repeated" << c.id;
                }
                ids.append(c.id);
            }
            byCursor.append(!page.contacts.isEmpty() && !page.contacts.last().searchAfter.isEmpty());
            return true;
        },
        &ceiling);
    QVERIFY2(all.ok(), why(all).constData());
    QCOMPARE(*all, qint64(25));
    QCOMPARE(pages, 3);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 25);
    QVERIFY(byCursor.first()); // the server gave a cursor, so pages 2 and 3 went by searchAfter
    QVERIFY(!ceiling);
    // Sorted ascending by dateAdded: the last is the newest bulk contact.
    QCOMPARE(ids.last(), u"CntBulk0000000000022"_s);
    Q_UNUSED(current);

    // The cursor paging itself: the request after page 1 carries searchAfter and no page.
    const auto first = m_client->searchContacts(q);
    QVERIFY2(first.ok(), why(first).constData());
    const auto next = ghl::nextSearchQuery(q, *first);
    QVERIFY(next);
    QCOMPARE(next->page, 0);
    QCOMPARE(next->searchAfter, first->contacts.last().searchAfter);
    const auto second = m_client->searchContacts(*next);
    QVERIFY2(second.ok(), why(second).constData());
    QCOMPARE(second->contacts.first().id, ids.at(10));
}

void TestHighLevelClient::searchFiltersByDateUpdated()
{
    m_sandbox.server().reset();
    m_sandbox.server().loadSeed(seedWithContacts(10));
    ghl::SearchQuery q;
    q.pageLimit = 100;
    const QDateTime from(QDate(2026, 2, 1), QTime(0, 5), Qt::UTC);
    q.filters = QJsonArray {ghl::SearchQuery::dateUpdatedBetween(from, {})};
    const auto page = m_client->searchContacts(q);
    QVERIFY2(page.ok(), why(page).constData());
    // Bulk 5..9 (00:05..00:09) and nothing older; Ann's dateUpdated is 2026-02-01T10:00 so she counts too.
    QSet<QString> names;
    for (const auto& c : page->contacts) {
        QVERIFY2(c.dateUpdated >= from, qPrintable(c.id));
        names.insert(c.id);
    }
    QCOMPARE(page->total, qint64(6));
    QVERIFY(names.contains(kAnn));
    QVERIFY(!names.contains(kBo));
}

void TestHighLevelClient::deprecatedListPagesWithItsCursor()
{
    m_sandbox.server().reset();
    m_sandbox.server().loadSeed(seedWithContacts(5));
    ghl::ContactListQuery q;
    q.limit = 3;
    QStringList ids;
    std::optional<ghl::ContactListQuery> next = q;
    int calls = 0;
    while (next && calls < 10) {
        const auto page = m_client->listContacts(*next);
        QVERIFY2(page.ok(), why(page).constData());
        ++calls;
        for (const auto& c : page->contacts) {
            ids.append(c.id);
        }
        next = ghl::nextListQuery(*next, *page);
    }
    QCOMPARE(ids.size(), 7);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 7);
}

void TestHighLevelClient::upsertMatchesByEmail()
{
    ghl::ContactInput same;
    same.email = u"ann.lee@example.com"_s; // the seed has Ann.Lee@Example.com
    same.city = u"Tuscaloosa"_s;
    const auto matched = m_client->upsertContact(same);
    QVERIFY2(matched.ok(), why(matched).constData());
    QVERIFY(!matched->created);
    QCOMPARE(matched->contact.id, kAnn);
    QCOMPARE(matched->contact.city, u"Tuscaloosa"_s);
    QCOMPARE(matched->contact.tags, (QStringList {u"customer"_s, u"badger"_s})); // tags kept: not sent on upsert

    ghl::ContactInput fresh;
    fresh.email = u"new.person@example.com"_s;
    const auto created = m_client->upsertContact(fresh);
    QVERIFY2(created.ok(), why(created).constData());
    QVERIFY(created->created);
    QVERIFY(created->contact.id != kAnn);
    // The repeat finds the contact the first call made: safe to retry.
    const auto again = m_client->upsertContact(fresh);
    QVERIFY2(again.ok(), why(again).constData());
    QVERIFY(!again->created);
    QCOMPARE(again->contact.id, created->contact.id);
}

void TestHighLevelClient::duplicateSearchKeepsPlusInEmail()
{
    ghl::ContactInput in;
    in.email = u"rosa+field@example.com"_s;
    const auto created = m_client->createContact(in);
    QVERIFY2(created.ok(), why(created).constData());
    const auto found = m_client->findDuplicate(u"rosa+field@example.com"_s, {});
    QVERIFY2(found.ok(), why(found).constData());
    QVERIFY2(found->contact.has_value(), "the + in the email must reach the server as +, not as a space");
    QCOMPARE(found->contact->id, created->id);
    const auto none = m_client->findDuplicate(u"nobody@example.com"_s, {});
    QVERIFY2(none.ok(), why(none).constData());
    QVERIFY(!none->contact.has_value());
    const auto byPhone = m_client->findDuplicate({}, u"+15551230002"_s);
    QVERIFY2(byPhone.ok(), why(byPhone).constData());
    QVERIFY(byPhone->contact.has_value());
    QCOMPARE(byPhone->contact->id, kBo);
}

void TestHighLevelClient::tagsAddAndRemove()
{
    const auto added = m_client->addTags(kBo, {u"VIP"_s, u"route-7"_s});
    QVERIFY2(added.ok(), why(added).constData());
    QVERIFY(added->tags.contains(u"vip"_s));
    QVERIFY(added->tags.contains(u"route-7"_s));
    const auto removed = m_client->removeTags(kBo, {u"vip"_s});
    QVERIFY2(removed.ok(), why(removed).constData());
    QVERIFY(!removed->tags.contains(u"vip"_s));
    QVERIFY(removed->tags.contains(u"route-7"_s));
    const auto got = m_client->getContact(kBo);
    QVERIFY2(got.ok(), why(got).constData());
    QCOMPARE(got->tags, QStringList {u"route-7"_s});
    // A tag new to the location appears in the location's tag list.
    const auto tags = m_client->listLocationTags();
    QVERIFY2(tags.ok(), why(tags).constData());
    QStringList names;
    for (const auto& t : *tags) {
        names << t.name;
    }
    QVERIFY2(names.contains(u"route-7"_s), qPrintable(names.join(u',')));
}

void TestHighLevelClient::bulkTags()
{
    const auto added =
        m_client->bulkTags(ghl::BulkTagAction::Add, {kAnn, kBo, u"NoSuchContact0000000"_s}, {u"spring"_s});
    QVERIFY2(added.ok(), why(added).constData());
    QCOMPARE(added->responses.size(), 3);
    QCOMPARE(added->errorCount, 1);
    int ok = 0;
    for (const auto& item : added->responses) {
        ok += item.success ? 1 : 0;
    }
    QCOMPARE(ok, 2);
    QVERIFY(m_client->getContact(kBo)->tags.contains(u"spring"_s));

    const auto removed = m_client->bulkTags(ghl::BulkTagAction::Remove, {kAnn}, {}, true);
    QVERIFY2(removed.ok(), why(removed).constData());
    QVERIFY(m_client->getContact(kAnn)->tags.isEmpty());
}

void TestHighLevelClient::tasksRoundTrip()
{
    ghl::TaskInput in;
    in.title = u"Call Bo"_s;
    in.body = u"Quote follow-up"_s;
    in.dueDate = QDateTime(QDate(2026, 3, 5), QTime(15, 0), Qt::UTC);
    in.completed = false;
    in.assignedTo = QString::fromLatin1(SandboxFixture::kUserId);
    const auto created = m_client->createTask(kBo, in);
    QVERIFY2(created.ok(), why(created).constData());
    QCOMPARE(created.api.status, 201);
    QCOMPARE(created->dueDate, *in.dueDate);
    const QString id = created->id;

    const auto list = m_client->listTasks(kBo);
    QVERIFY2(list.ok(), why(list).constData());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().title, u"Call Bo"_s);

    ghl::TaskInput change;
    change.title = u"Call Bo again"_s;
    const auto updated = m_client->updateTask(kBo, id, change);
    QVERIFY2(updated.ok(), why(updated).constData());
    QCOMPARE(updated->title, u"Call Bo again"_s);
    QCOMPARE(updated->body, u"Quote follow-up"_s);

    const auto done = m_client->setTaskCompleted(kBo, id, true);
    QVERIFY2(done.ok(), why(done).constData());
    QVERIFY(done->completed);
    QVERIFY(m_client->getTask(kBo, id)->completed);

    ghl::TaskSearchQuery search;
    search.contactIds = {kBo};
    const auto found = m_client->searchTasks(search);
    QVERIFY2(found.ok(), why(found).constData());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, id);

    QVERIFY(m_client->deleteTask(kBo, id).ok());
    QVERIFY(m_client->listTasks(kBo)->isEmpty());
    QVERIFY(!m_client->getTask(kBo, id).ok());
}

void TestHighLevelClient::notesRoundTrip()
{
    ghl::NoteInput in;
    in.body = u"Visited, wants a demo"_s;
    in.userId = QString::fromLatin1(SandboxFixture::kUserId);
    const auto created = m_client->createNote(kAnn, in);
    QVERIFY2(created.ok(), why(created).constData());
    QVERIFY(created->dateAdded.isValid());
    const auto list = m_client->listNotes(kAnn);
    QVERIFY2(list.ok(), why(list).constData());
    QCOMPARE(list->size(), 2); // the seeded note and this one
    ghl::NoteInput change;
    change.body = u"Demo booked"_s;
    const auto updated = m_client->updateNote(kAnn, created->id, change);
    QVERIFY2(updated.ok(), why(updated).constData());
    QCOMPARE(m_client->getNote(kAnn, created->id)->body, u"Demo booked"_s);
    QVERIFY(m_client->deleteNote(kAnn, created->id).ok());
    QCOMPARE(m_client->listNotes(kAnn)->size(), 1);
}

void TestHighLevelClient::appointmentsFollowersAndLocation()
{
    const auto events = m_client->listAppointments(kAnn);
    QVERIFY2(events.ok(), why(events).constData());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().title, u"Site visit"_s);

    const QString user = QString::fromLatin1(SandboxFixture::kUserId);
    const auto followed = m_client->addFollowers(kAnn, {user});
    QVERIFY2(followed.ok(), why(followed).constData());
    QVERIFY(followed->followers.contains(user));
    const auto unfollowed = m_client->removeFollowers(kAnn, {user});
    QVERIFY2(unfollowed.ok(), why(unfollowed).constData());
    QVERIFY(!unfollowed->followers.contains(user));

    const auto fields = m_client->listCustomFields();
    QVERIFY2(fields.ok(), why(fields).constData());
    QStringList keys;
    for (const auto& f : *fields) {
        keys << f.fieldKey;
    }
    QVERIFY(keys.contains(u"contact.region"_s));
    QVERIFY2(!keys.contains(u"opportunity.deal_size"_s), "model=contact must be sent");

    const auto location = m_client->getLocation();
    QVERIFY2(location.ok(), why(location).constData());
    QCOMPARE(location->id, kLocation);
    QVERIFY(!location->name.isEmpty());
}

void TestHighLevelClient::asyncFormDeliversTypedResult()
{
    std::optional<Result<ghl::Contact>> got;
    m_client->start(m_client->getContactOp(kAnn), this, [&got](const Result<ghl::Contact>& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10'000);
    QVERIFY2(got->ok(), why(*got).constData());
    QCOMPARE((*got)->firstName, u"Ann"_s);
    QVERIFY(!got->api.traceId.isEmpty() || got->api.json.toObject().contains(u"traceId"_s));
}

void TestHighLevelClient::errorsCarryServerMessage()
{
    // 422 from the server: its message array becomes the user-facing message, never retried.
    ghl::TaskInput incomplete;
    incomplete.title = u"No due date"_s;
    const auto task = m_client->createTask(kAnn, incomplete);
    QVERIFY(!task.ok());
    QCOMPARE(toString(task.api.error), toString(ErrorClass::Validation));
    QVERIFY2(task.api.message.contains(u"dueDate"_s), qPrintable(task.api.message));
    QCOMPARE(task.api.attempts, 1);
    // A contact of another location: 403 with the server's words.
    const auto foreign = m_client->getContact(u"CntCyOtherLoc0000003"_s);
    QVERIFY(!foreign.ok());
    QCOMPARE(toString(foreign.api.error), toString(ErrorClass::Forbidden));
}

HighLevelConnectionReport TestHighLevelClient::runConnectionTest(const QUrl& base, const QString& token,
                                                                 const QString& location)
{
    auto engine = makeEngine(base, token, location);
    HighLevelClient client(engine.get(), location);
    HighLevelConnectionTest test(&client);
    QSignalSpy finished(&test, &HighLevelConnectionTest::finished);
    test.start();
    if (!finished.wait(30'000)) {
        qWarning("connection test did not finish");
        return {};
    }
    return test.report();
}

void TestHighLevelClient::connectionTestGoodToken()
{
    const auto rep = runConnectionTest(m_sandbox.server().highLevelBaseUrl(),
                                       QString::fromLatin1(SandboxFixture::kToken), kLocation);
    QVERIFY2(rep.ok, qPrintable(rep.summary + u" | "_s + rep.fixes.join(u' ')));
    QVERIFY(!rep.locationName.isEmpty());
    QVERIFY(rep.summary.contains(rep.locationName));
    QVERIFY(rep.identityNote.contains(u"Private Integration Token"_s));
    QHash<QString, HighLevelScopeProbe::State> states;
    for (const auto& s : rep.scopes) {
        states.insert(s.scope, s.state);
    }
    for (const auto& scope : {u"contacts.readonly"_s, u"locations/customFields.readonly"_s,
                              u"locations/tags.readonly"_s, u"locations/tasks.readonly"_s, u"locations.readonly"_s}) {
        QVERIFY2(states.value(scope, HighLevelScopeProbe::State::Failed) == HighLevelScopeProbe::State::Granted,
                 qPrintable(scope));
    }
    QVERIFY(states.value(u"contacts.write"_s) == HighLevelScopeProbe::State::NotProbed);
    // Limits from the sandbox's X-RateLimit-* headers.
    const QJsonObject limits = m_sandbox.server().limits().value(u"highlevel"_s).toObject();
    QVERIFY2(rep.limits.fromHeaders(), qPrintable(rep.limitsNote));
    QCOMPARE(rep.limits.burstMax, qint64(limits.value(u"burstMax"_s).toInteger()));
    QCOMPARE(rep.limits.dailyLimit, qint64(limits.value(u"dailyMax"_s).toInteger()));
    QVERIFY(rep.limits.burstRemaining < rep.limits.burstMax);
}

void TestHighLevelClient::connectionTestBadToken()
{
    const auto rep = runConnectionTest(m_sandbox.server().highLevelBaseUrl(), u"pit-wrong-token"_s, kLocation);
    QVERIFY(!rep.ok);
    QCOMPARE(toString(rep.error), toString(ErrorClass::Auth));
    QVERIFY2(rep.summary.contains(u"refused the token"_s), qPrintable(rep.summary));
    QVERIFY2(rep.summary.contains(u"Invalid token"_s), qPrintable(rep.summary)); // the server's own words
    QVERIFY(!rep.fixes.isEmpty());
    QVERIFY(rep.fixes.first().contains(u"Private Integration Token"_s));
}

void TestHighLevelClient::connectionTestWrongLocation()
{
    // A valid token, but for another location than the one configured.
    const auto rep =
        runConnectionTest(m_sandbox.server().highLevelBaseUrl(), QString::fromLatin1(SandboxFixture::kToken),
                          QString::fromLatin1(SandboxFixture::kOtherLocationId));
    QVERIFY(!rep.ok);
    QCOMPARE(toString(rep.error), toString(ErrorClass::Forbidden));
    QVERIFY2(rep.summary.contains(u"no access to location"_s), qPrintable(rep.summary));
    QVERIFY(rep.fixes.first().contains(u"location id"_s));
    QVERIFY(rep.locationName.isEmpty());
}

void TestHighLevelClient::connectionTestWrongBaseUrl()
{
    // The sandbox's admin prefix answers, but not like HighLevel.
    QUrl wrong = m_sandbox.server().highLevelBaseUrl();
    wrong.setPath(u"/nothing-here"_s);
    const auto rep = runConnectionTest(wrong, QString::fromLatin1(SandboxFixture::kToken), kLocation);
    QVERIFY(!rep.ok);
    QVERIFY2(rep.summary.contains(u"does not answer like the HighLevel API"_s), qPrintable(rep.summary));
    QVERIFY(rep.fixes.first().contains(u"base URL"_s));
}

void TestHighLevelClient::connectionTestUnreachable()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    const auto rep = runConnectionTest(QUrl(u"http://127.0.0.1:"_s + QString::number(port)),
                                       QString::fromLatin1(SandboxFixture::kToken), kLocation);
    QVERIFY(!rep.ok);
    QCOMPARE(toString(rep.error), toString(ErrorClass::Network));
    QVERIFY2(rep.summary.contains(u"Could not reach HighLevel"_s), qPrintable(rep.summary));
}

void TestHighLevelClient::connectionTestInsecureUrl()
{
    // Plain http to a real host is refused by the engine before anything is sent; the token never leaves.
    const auto rep = runConnectionTest(QUrl(u"http://services.leadconnectorhq.com"_s),
                                       QString::fromLatin1(SandboxFixture::kToken), kLocation);
    QVERIFY(!rep.ok);
    QCOMPARE(toString(rep.error), toString(ErrorClass::Insecure));
    QVERIFY2(rep.summary.contains(u"not HTTPS"_s), qPrintable(rep.summary));
    QVERIFY(rep.fixes.first().contains(u"https://services.leadconnectorhq.com"_s));
}

void TestHighLevelClient::connectionTestMissingScope()
{
    // The sandbox grants every scope, so the interpretation of a scope refusal is checked on its own: GHL answers a
    // token without a scope with 401 "The token is not authorized for this scope."
    auto answer = [](int status, ErrorClass error, const QString& message) {
        ApiResult r;
        r.status = status;
        r.error = error;
        r.message = message;
        r.json = QJsonObject {{u"statusCode"_s, status}, {u"message"_s, message}};
        r.headers = {{"X-RateLimit-Max", "100"},
                     {"X-RateLimit-Remaining", "97"},
                     {"X-RateLimit-Interval-Milliseconds", "10000"},
                     {"X-RateLimit-Limit-Daily", "200000"},
                     {"X-RateLimit-Daily-Remaining", "199000"}};
        return r;
    };
    auto probe = [](const QString& scope, const QString& operation) {
        HighLevelScopeProbe p;
        p.scope = scope;
        p.operation = operation;
        return p;
    };
    const ApiResult granted = answer(200, ErrorClass::None, {});
    const ApiResult noScope = answer(401, ErrorClass::Auth, u"The token is not authorized for this scope."_s);
    Result<ghl::LocationInfo> location;
    location.api = noScope; // locations.readonly missing too: optional
    QList<QPair<HighLevelScopeProbe, ApiResult>> probes {
        {probe(u"contacts.readonly"_s, u"contacts.search"_s), granted},
        {probe(u"locations/customFields.readonly"_s, u"customFields.list"_s), noScope},
        {probe(u"locations/tags.readonly"_s, u"locationTags.list"_s), granted},
        {probe(u"locations/tasks.readonly"_s, u"tasks.search"_s), granted},
    };
    const auto rep = HighLevelConnectionTest::interpret(kLocation, QUrl(u"https://services.leadconnectorhq.com"_s),
                                                        location, probes);
    QVERIFY(!rep.ok);
    QCOMPARE(toString(rep.error), toString(ErrorClass::Forbidden));
    QVERIFY2(rep.summary.contains(u"locations/customFields.readonly"_s), qPrintable(rep.summary));
    QVERIFY2(!rep.summary.contains(u"locations.readonly"_s), "an optional scope is not a failure");
    QVERIFY(rep.fixes.first().contains(u"Private Integrations"_s));
    QCOMPARE(rep.limits.burstMax, qint64(100));
    QCOMPARE(rep.limits.dailyRemaining, qint64(199000));

    // The same with every scope granted (and no location name) is a pass.
    probes[1].second = granted;
    const auto good = HighLevelConnectionTest::interpret(kLocation, {}, location, probes);
    QVERIFY2(good.ok, qPrintable(good.summary));
}

QTEST_GUILESS_MAIN(TestHighLevelClient)
#include "tst_highlevelclient.moc"
