// generateSeed(): determinism, the overlap kinds between the two sides, hostile records, and that its output (and the
// shipped default seed) loads into the Badger simulator and round-trips through dump().

#include "badger/BadgerSimulator.h"
#include "generator/DefaultSeed.h"
#include "generator/SeedGenerator.h"
#include "highlevel/HighLevelSimulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using fb::sandbox::BadgerSimulator;
using fb::sandbox::GeneratedSeedCredentials;
using fb::sandbox::SimClock;
using fb::sandbox::SimRequest;

namespace {

QString digitsOf(const QString& phone)
{
    QString d;
    for (const QChar c : phone) {
        if (c.isDigit())
            d += c;
    }
    return d.right(10);
}

bool hasScript(const QString& text, char32_t from, char32_t to)
{
    const auto ucs4 = text.toUcs4();
    return std::any_of(ucs4.cbegin(), ucs4.cend(), [&](char32_t c) { return c >= from && c <= to; });
}

struct Overlap
{
    int exactEmail = 0;
    int caseOnlyEmail = 0;
    int phoneOnly = 0;
    int nameAddressOnly = 0;
    int highLevelOnly = 0;
    int badgerOnly = 0;
};

// Classifies every account against the contacts the way a matcher would (email, then phone, then name + address).
Overlap classify(const QJsonArray& contacts, const QJsonArray& accounts)
{
    Overlap o;
    QSet<int> matchedContacts;
    for (const QJsonValue& av : accounts) {
        const QJsonObject a = av.toObject();
        const QString email = a.value(u"email"_s).toString();
        const QString phone = digitsOf(a.value(u"phone_number"_s).toString());
        const QJsonObject loc = a.value(u"locations"_s).toArray().first().toObject();
        bool matched = false;
        for (qsizetype i = 0; i < contacts.size() && !matched; ++i) {
            const QJsonObject c = contacts.at(i).toObject();
            const QString cEmail = c.value(u"email"_s).toString();
            if (!email.isEmpty() && !cEmail.isEmpty() && email.compare(cEmail, Qt::CaseInsensitive) == 0) {
                (email == cEmail ? o.exactEmail : o.caseOnlyEmail)++;
                matched = true;
            } else if (email.isEmpty() && !phone.isEmpty() && phone == digitsOf(c.value(u"phone"_s).toString())) {
                o.phoneOnly++;
                matched = true;
            } else if (email.isEmpty() && phone.isEmpty() && !a.value(u"first_name"_s).toString().isEmpty()
                       && a.value(u"first_name"_s).toString() == c.value(u"firstName"_s).toString()
                       && a.value(u"last_name"_s).toString() == c.value(u"lastName"_s).toString()
                       && loc.value(u"address_line_1"_s).toString() == c.value(u"address1"_s).toString()
                       && loc.value(u"city"_s).toString() == c.value(u"city"_s).toString()) {
                o.nameAddressOnly++;
                matched = true;
            }
            if (matched)
                matchedContacts.insert(static_cast<int>(i));
        }
        if (!matched)
            o.badgerOnly++;
    }
    o.highLevelOnly = static_cast<int>(contacts.size()) - static_cast<int>(matchedContacts.size());
    return o;
}

} // namespace

class TestGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deterministic();
    void countsPerSide_data();
    void countsPerSide();
    void overlapKinds();
    void hostileRecords();
    void customFieldsBothSides();
    void badgerSectionLoadsAndRoundTrips();
    void highLevelSectionLoads();
    void defaultSeedFile();
};

void TestGenerator::deterministic()
{
    const QByteArray a = QJsonDocument(fb::sandbox::generateSeed(40, 7)).toJson();
    const QByteArray b = QJsonDocument(fb::sandbox::generateSeed(40, 7)).toJson();
    QCOMPARE(a, b);
    QVERIFY(a != QJsonDocument(fb::sandbox::generateSeed(40, 8)).toJson());
    // No wall-clock input: later calls give the same bytes too.
    QCOMPARE(QJsonDocument(fb::sandbox::generateSeed(40, 7)).toJson(QJsonDocument::Compact),
             QJsonDocument::fromJson(a).toJson(QJsonDocument::Compact));
}

void TestGenerator::countsPerSide_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("default size") << 25;
    QTest::newRow("hundreds") << 300;
}

void TestGenerator::countsPerSide()
{
    QFETCH(int, count);
    const QJsonObject seed = fb::sandbox::generateSeed(count, 42);
    QCOMPARE(seed.value(u"highlevel"_s)[u"contacts"_s].toArray().size(), count);
    QCOMPARE(seed.value(u"badger"_s)[u"accounts"_s].toArray().size(), count);
    // Ids are unique on both sides.
    QSet<QString> ghlIds;
    for (const QJsonValue& c : seed.value(u"highlevel"_s)[u"contacts"_s].toArray())
        ghlIds.insert(c[u"id"_s].toString());
    QCOMPARE(ghlIds.size(), count);
    QSet<qint64> badgerIds;
    QSet<QString> phones;
    int withPhone = 0;
    for (const QJsonValue& a : seed.value(u"badger"_s)[u"accounts"_s].toArray()) {
        badgerIds.insert(a[u"id"_s].toInteger());
        QCOMPARE(a[u"locations"_s][0][u"location"_s].toString(),
                 BadgerSimulator::wktPoint(a[u"locations"_s][0][u"lat"_s].toDouble(),
                                           a[u"locations"_s][0][u"long"_s].toDouble()));
    }
    QCOMPARE(badgerIds.size(), count);
    for (const QJsonValue& c : seed.value(u"highlevel"_s)[u"contacts"_s].toArray()) {
        if (c.toObject().contains(u"phone"_s)) {
            ++withPhone;
            phones.insert(digitsOf(c[u"phone"_s].toString()));
        }
    }
    QCOMPARE(phones.size(), withPhone); // no accidental phone matches inside HighLevel
}

void TestGenerator::overlapKinds()
{
    const QJsonObject seed = fb::sandbox::generateSeed(50, 3);
    const QJsonArray contacts = seed.value(u"highlevel"_s)[u"contacts"_s].toArray();
    const QJsonArray accounts = seed.value(u"badger"_s)[u"accounts"_s].toArray();
    const Overlap o = classify(contacts, accounts);
    qInfo("exact email %d, case-only email %d, phone only %d, name+address only %d, GHL only %d, Badger only %d",
          o.exactEmail, o.caseOnlyEmail, o.phoneOnly, o.nameAddressOnly, o.highLevelOnly, o.badgerOnly);
    QVERIFY(o.exactEmail >= 10);
    QVERIFY(o.caseOnlyEmail >= 5);
    QVERIFY(o.phoneOnly >= 5);
    QVERIFY(o.nameAddressOnly >= 5);
    QVERIFY(o.highLevelOnly >= 10);
    QVERIFY(o.badgerOnly >= 10);

    // Phone numbers come in several formats; HighLevel mostly E.164.
    const QList<QRegularExpression> formats = {QRegularExpression(u"^\\+1\\d{10}$"_s),
                                               QRegularExpression(u"^\\(\\d{3}\\) \\d{3}-\\d{4}$"_s),
                                               QRegularExpression(u"^\\d{3}-\\d{3}-\\d{4}$"_s),
                                               QRegularExpression(u"^\\d{3}\\.\\d{3}\\.\\d{4}$"_s),
                                               QRegularExpression(u"^\\+1 \\d{3}-\\d{3}-\\d{4}$"_s),
                                               QRegularExpression(u"^\\d{10}$"_s)};
    QSet<int> seen;
    for (const QJsonValue& a : accounts) {
        for (int f = 0; f < formats.size(); ++f) {
            if (formats[f].match(a[u"phone_number"_s].toString()).hasMatch())
                seen.insert(f);
        }
    }
    for (const QJsonValue& c : contacts) {
        for (int f = 0; f < formats.size(); ++f) {
            if (formats[f].match(c[u"phone"_s].toString()).hasMatch())
                seen.insert(f);
        }
    }
    QCOMPARE(seen.size(), formats.size());
}

void TestGenerator::hostileRecords()
{
    const QJsonObject seed = fb::sandbox::generateSeed(30, 11);
    const QJsonObject ghl = seed.value(u"highlevel"_s).toObject();
    const QJsonObject badger = seed.value(u"badger"_s).toObject();
    QString ghlNames;
    QString badgerNames;
    int contactsWithoutEmail = 0;
    int contactsWithoutPhone = 0;
    for (const QJsonValue& c : ghl.value(u"contacts"_s).toArray()) {
        ghlNames += c[u"firstName"_s].toString() + c[u"lastName"_s].toString() + c[u"companyName"_s].toString();
        contactsWithoutEmail += c.toObject().contains(u"email"_s) ? 0 : 1;
        contactsWithoutPhone += c.toObject().contains(u"phone"_s) ? 0 : 1;
    }
    int accountsWithoutEmail = 0;
    int accountsWithoutPhone = 0;
    int longNotes = 0;
    QHash<QString, QSet<QString>> emailSpellings;
    for (const QJsonValue& a : badger.value(u"accounts"_s).toArray()) {
        badgerNames += a[u"first_name"_s].toString() + a[u"last_name"_s].toString();
        accountsWithoutEmail += a[u"email"_s].toString().isEmpty() ? 1 : 0;
        accountsWithoutPhone += a[u"phone_number"_s].toString().isEmpty() ? 1 : 0;
        longNotes += a[u"notes"_s].toString().size() >= 20000 ? 1 : 0;
        if (!a[u"email"_s].toString().isEmpty())
            emailSpellings[a[u"email"_s].toString().toLower()].insert(a[u"email"_s].toString());
    }
    for (const QString* names : {&ghlNames, &badgerNames}) {
        QVERIFY(hasScript(*names, 0x0600, 0x06FF)); // Arabic
        QVERIFY(hasScript(*names, 0x0590, 0x05FF)); // Hebrew
        QVERIFY(hasScript(*names, 0x4E00, 0x9FFF) || hasScript(*names, 0xAC00, 0xD7AF)
                || hasScript(*names, 0x3040, 0x30FF));
        QVERIFY(hasScript(*names, 0x1F300, 0x1FAFF)); // emoji
        QVERIFY(hasScript(*names, 0x00C0, 0x017F)); // Latin with diacritics
    }
    QVERIFY(contactsWithoutEmail > 0);
    QVERIFY(contactsWithoutPhone > 0);
    QVERIFY(accountsWithoutEmail > 0);
    QVERIFY(accountsWithoutPhone > 0);
    QVERIFY(longNotes > 0);
    const bool caseDuplicates = std::any_of(emailSpellings.cbegin(), emailSpellings.cend(),
                                            [](const QSet<QString>& s) { return s.size() > 1; });
    QVERIFY(caseDuplicates); // the same email twice in Badger, differing in case

    int longComments = 0;
    int extraFields = 0;
    for (const QJsonValue& c : badger.value(u"checkins"_s).toArray()) {
        longComments += c[u"comments"_s].toString().size() >= 20000 ? 1 : 0;
        extraFields += c[u"extra_fields"_s].isObject() ? 1 : 0;
    }
    QVERIFY(longComments > 0);
    QVERIFY(extraFields > 0);
    int longGhlNotes = 0;
    for (const QJsonValue& n : ghl.value(u"notes"_s).toArray())
        longGhlNotes += n[u"body"_s].toString().size() >= 20000 ? 1 : 0;
    QVERIFY(longGhlNotes > 0);
    QVERIFY(!ghl.value(u"tasks"_s).toArray().isEmpty());
    // Every long text survives a JSON round trip (no split surrogate pairs).
    const QByteArray bytes = QJsonDocument(seed).toJson(QJsonDocument::Compact);
    QCOMPARE(QJsonDocument(QJsonDocument::fromJson(bytes).object()).toJson(QJsonDocument::Compact), bytes);
    QVERIFY(!bytes.contains("\xEF\xBF\xBD")); // no U+FFFD replacement characters
}

void TestGenerator::customFieldsBothSides()
{
    const QJsonObject seed = fb::sandbox::generateSeed(20, 5);
    QSet<QString> definedIds;
    for (const QJsonValue& f : seed.value(u"highlevel"_s)[u"customFields"_s].toArray()) {
        QCOMPARE(f[u"model"_s].toString(), u"contact"_s);
        QVERIFY(f[u"fieldKey"_s].toString().startsWith(u"contact."_s));
        definedIds.insert(f[u"id"_s].toString());
    }
    int values = 0;
    for (const QJsonValue& c : seed.value(u"highlevel"_s)[u"contacts"_s].toArray()) {
        for (const QJsonValue& v : c[u"customFields"_s].toArray()) {
            QVERIFY(definedIds.contains(v[u"id"_s].toString()));
            ++values;
        }
    }
    QVERIFY(values >= 20);
    const QJsonArray datafields = seed.value(u"badger"_s)[u"profile"_s][u"datafields"_s].toArray();
    QVERIFY(datafields.size() >= 6);
    int filled = 0;
    for (const QJsonValue& d : datafields) {
        const QString key = BadgerSimulator::accountKeyForDatafield(d[u"name"_s].toString());
        QVERIFY2(!key.isEmpty(), qPrintable(d[u"name"_s].toString()));
        for (const QJsonValue& a : seed.value(u"badger"_s)[u"accounts"_s].toArray()) {
            const QJsonValue v = a[key];
            if (v.isUndefined() || v.isNull())
                continue;
            ++filled;
            QCOMPARE(v.isDouble(), d[u"type"_s].toString() == u"numeric");
        }
    }
    QVERIFY(filled >= 20);
}

void TestGenerator::badgerSectionLoadsAndRoundTrips()
{
    SimClock clock;
    BadgerSimulator sim(clock);
    const QJsonObject seed = fb::sandbox::generateSeed(60, 9);
    sim.loadSeed(seed.value(u"badger"_s).toObject());

    SimRequest r;
    r.method = "GET";
    r.path = u"/customers/"_s;
    r.headers.insert("authorization", QByteArray("Token ") + GeneratedSeedCredentials::kBadgerApiKey);
    const auto reply = sim.handle(r);
    QCOMPARE(reply.status, 200);
    const QJsonArray mine = QJsonDocument::fromJson(reply.body).array();
    QVERIFY(mine.size() > 30); // most accounts belong to the manager
    QVERIFY(mine.size() < 60);

    SimRequest login;
    login.method = "POST";
    login.path = u"/login/"_s;
    login.headers.insert("content-type", "application/x-www-form-urlencoded");
    login.body = QByteArray("username=")
        + QUrl::toPercentEncoding(QString::fromLatin1(GeneratedSeedCredentials::kBadgerUsername))
        + "&password=" + GeneratedSeedCredentials::kBadgerPassword;
    const QJsonObject session = QJsonDocument::fromJson(sim.handle(login).body).object();
    QCOMPARE(session.value(u"token"_s).toString(), QString::fromLatin1(GeneratedSeedCredentials::kBadgerApiKey));

    const QJsonObject dumped = sim.dump();
    BadgerSimulator again(clock);
    again.loadSeed(dumped);
    QCOMPARE(QJsonDocument(again.dump()).toJson(), QJsonDocument(dumped).toJson());
    // The generator's accounts are already complete: loading adds nothing but the derived full_name checks.
    QCOMPARE(dumped.value(u"accounts"_s).toArray().size(), 60);
    QCOMPARE(dumped.value(u"checkins"_s).toArray(), seed.value(u"badger"_s)[u"checkins"_s].toArray());
}

void TestGenerator::highLevelSectionLoads()
{
    SimClock clock;
    fb::sandbox::HighLevelSimulator sim(clock);
    const QJsonObject seed = fb::sandbox::generateSeed(30, 13);
    const QJsonObject section = seed.value(u"highlevel"_s).toObject();
    sim.loadSeed(section);
    const QJsonObject dumped = sim.dump();
    for (const QString& key : {u"contacts"_s, u"notes"_s, u"tasks"_s, u"customFields"_s, u"users"_s})
        QCOMPARE(dumped.value(key).toArray().size(), section.value(key).toArray().size());

    // A right-to-left contact with a 20,000-character note, read back through the API.
    const QJsonObject contact = section.value(u"contacts"_s).toArray().at(5).toObject();
    QVERIFY(hasScript(contact.value(u"firstName"_s).toString(), 0x0590, 0x06FF));
    SimRequest r;
    r.method = "GET";
    r.path = u"/contacts/"_s + contact.value(u"id"_s).toString();
    r.headers.insert("authorization", QByteArray("Bearer ") + GeneratedSeedCredentials::kHighLevelToken);
    r.headers.insert("version", "2021-07-28");
    const auto reply = sim.handle(r);
    QCOMPARE(reply.status, 200);
    const QJsonObject read = QJsonDocument::fromJson(reply.body).object().value(u"contact"_s).toObject();
    QCOMPARE(read.value(u"firstName"_s), contact.value(u"firstName"_s));
    QCOMPARE(read.value(u"email"_s), contact.value(u"email"_s));
    r.path += u"/notes"_s;
    const QJsonArray notes = QJsonDocument::fromJson(sim.handle(r).body).object().value(u"notes"_s).toArray();
    QVERIFY(std::any_of(notes.cbegin(), notes.cend(),
                        [](const QJsonValue& n) { return n[u"body"_s].toString().size() >= 20000; }));
}

void TestGenerator::defaultSeedFile()
{
    QFile f(QStringLiteral(FIELDBRIDGE_SOURCE_DIR "/resources/sandbox/default-seed.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    // The library's embedded copy is this file.
    QString resourceError;
    const QJsonObject seed = fb::sandbox::defaultSeed(&resourceError);
    QVERIFY2(resourceError.isEmpty(), qPrintable(resourceError));
    QCOMPARE(seed, doc.object());
    const qsizetype contacts = seed.value(u"highlevel"_s)[u"contacts"_s].toArray().size();
    const qsizetype accounts = seed.value(u"badger"_s)[u"accounts"_s].toArray().size();
    QVERIFY(contacts >= 20 && contacts <= 40);
    QVERIFY(accounts >= 20 && accounts <= 40);
    QCOMPARE(seed.value(u"highlevel"_s)[u"locations"_s][0][u"token"_s].toString(),
             QString::fromLatin1(GeneratedSeedCredentials::kHighLevelToken));

    SimClock clock;
    BadgerSimulator sim(clock);
    sim.loadSeed(seed.value(u"badger"_s).toObject());
    SimRequest r;
    r.method = "GET";
    r.path = u"/profiles/"_s;
    r.headers.insert("authorization", QByteArray("Token ") + GeneratedSeedCredentials::kBadgerApiKey);
    QCOMPARE(sim.handle(r).status, 200);
    QCOMPARE(sim.dump().value(u"accounts"_s).toArray().size(), accounts);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
