// Headless credential sources: environment variables, a token file (refused when others can read it) and the
// resolver's order (token file > environment > keychain), with the keychain being the real Secret Service.

#include "core/Redaction.h"
#include "secrets/CredentialResolver.h"
#include "secrets/CredentialStore.h"
#include "secrets/HeadlessCredentials.h"
#include "HarnessRequirement.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fb::api::Service;
using namespace fb::secrets;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents,
                  QFileDevice::Permissions permissions)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    f.write(contents);
    f.close();
    QFile::setPermissions(path, permissions);
    return path;
}

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString uniqueToken(const char* prefix)
{
    return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::global()->generate64(), 36);
}

} // namespace

class TestCredentialResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variableNames();
    void environment();
    void parseTokenFile_data();
    void parseTokenFile();
    void tokenFilePermissions_data();
    void tokenFilePermissions();
    void missingTokenFile();
    void tokenFileWithoutKeys();
    void order_data();
    void order();
    void namedBadFileStops();
    void nothingAnywhere();
    void keychainWhenNothingElse();
    void headlessTokensAreRedacted();
};

void TestCredentialResolver::variableNames()
{
    QCOMPARE(environmentVariableName(Service::HighLevel, CredentialField::Token), u"FIELDBRIDGE_GHL_TOKEN"_s);
    QCOMPARE(environmentVariableName(Service::HighLevel, CredentialField::LocationId),
             u"FIELDBRIDGE_GHL_LOCATION_ID"_s);
    QCOMPARE(environmentVariableName(Service::Badger, CredentialField::Token), u"FIELDBRIDGE_BADGER_TOKEN"_s);
    QVERIFY(environmentVariableName(Service::Badger, CredentialField::LocationId).isEmpty());
}

void TestCredentialResolver::environment()
{
    QProcessEnvironment env;
    env.insert(u"FIELDBRIDGE_BADGER_TOKEN"_s, u"  badger-env-token-123  "_s);
    CredentialResult r = fromEnvironment(env, Service::Badger, CredentialField::Token);
    QVERIFY(r.ok);
    QCOMPARE(r.value, u"badger-env-token-123"_s); // trimmed: a pasted newline must not become part of the token
    QCOMPARE(r.source, CredentialSource::Environment);

    r = fromEnvironment(env, Service::HighLevel, CredentialField::Token);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, CredentialError::NotFound);
    QVERIFY(r.message.contains(u"FIELDBRIDGE_GHL_TOKEN"_s));

    env.insert(u"FIELDBRIDGE_GHL_TOKEN"_s, u""_s);
    QCOMPARE(fromEnvironment(env, Service::HighLevel, CredentialField::Token).error, CredentialError::NotFound);
}

void TestCredentialResolver::parseTokenFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("ghlToken");
    QTest::addColumn<QString>("ghlLocation");
    QTest::addColumn<QString>("badgerToken");

    QTest::newRow("variable names") << "FIELDBRIDGE_GHL_TOKEN=pit-abc\nFIELDBRIDGE_GHL_LOCATION_ID=loc1\n"
                                       "FIELDBRIDGE_BADGER_TOKEN=bdg-xyz\n"_ba
                                    << u"pit-abc"_s << u"loc1"_s << u"bdg-xyz"_s;
    QTest::newRow("shell style with export and quotes")
        << "# comment\nexport FIELDBRIDGE_BADGER_TOKEN=\"bdg quoted\"\n\nexport FIELDBRIDGE_GHL_TOKEN='pit-single'\n"_ba
        << u"pit-single"_s << QString() << u"bdg quoted"_s;
    QTest::newRow("ini sections") << "[highlevel]\ntoken = pit-ini\nlocation_id = loc-ini\n\n; badger next\n"
                                     "[badger]\ntoken=bdg-ini\n"_ba
                                  << u"pit-ini"_s << u"loc-ini"_s << u"bdg-ini"_s;
    QTest::newRow("ini ghl alias, crlf line ends")
        << "[ghl]\r\ntoken=pit-crlf\r\n"_ba << u"pit-crlf"_s << QString() << QString();
    QTest::newRow("unknown keys ignored")
        << "[other]\ntoken=nope\nFOO=bar\n[badger]\nusername=ann\n"_ba << QString() << QString() << QString();
    QTest::newRow("value containing '='")
        << "FIELDBRIDGE_BADGER_TOKEN=abc=def==\n"_ba << QString() << QString() << u"abc=def=="_s;
}

void TestCredentialResolver::parseTokenFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, ghlToken);
    QFETCH(QString, ghlLocation);
    QFETCH(QString, badgerToken);
    const TokenFile file = TokenFile::parse(contents);
    auto check = [&](Service s, CredentialField f, const QString& expected) {
        const CredentialResult r = file.value(s, f);
        if (expected.isEmpty()) {
            QVERIFY(!r.ok);
            QCOMPARE(r.error, CredentialError::NotFound);
        } else {
            QVERIFY(r.ok);
            QCOMPARE(r.value, expected);
            QCOMPARE(r.source, CredentialSource::TokenFile);
        }
    };
    check(Service::HighLevel, CredentialField::Token, ghlToken);
    check(Service::HighLevel, CredentialField::LocationId, ghlLocation);
    check(Service::Badger, CredentialField::Token, badgerToken);
}

void TestCredentialResolver::tokenFilePermissions_data()
{
    QTest::addColumn<int>("permissions");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("mode");
    QTest::newRow("0600 owner only") << int(ownerOnly) << true << u"0600"_s;
    QTest::newRow("0400 owner read only") << int(QFileDevice::ReadOwner) << true << u"0400"_s;
    QTest::newRow("0644 world readable") << int(ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther) << false
                                         << u"0644"_s;
    QTest::newRow("0640 group readable") << int(ownerOnly | QFileDevice::ReadGroup) << false << u"0640"_s;
    QTest::newRow("0604 other readable") << int(ownerOnly | QFileDevice::ReadOther) << false << u"0604"_s;
    QTest::newRow("0620 group writable") << int(ownerOnly | QFileDevice::WriteGroup) << false << u"0620"_s;
}

void TestCredentialResolver::tokenFilePermissions()
{
    QFETCH(int, permissions);
    QFETCH(bool, accepted);
    QFETCH(QString, mode);
    QTemporaryDir dir;
    const QString path = writeFile(dir, u"tokens.env"_s, "FIELDBRIDGE_BADGER_TOKEN=perm-token-123\n",
                                   QFileDevice::Permissions(permissions));
    QVERIFY(!path.isEmpty());
    TokenFile file;
    const CredentialResult r = TokenFile::load(path, &file);
    QCOMPARE(r.ok, accepted);
    if (accepted) {
        QCOMPARE(file.value(Service::Badger, CredentialField::Token).value, u"perm-token-123"_s);
    } else {
        QCOMPARE(r.error, CredentialError::InsecureFile);
        QVERIFY2(r.message.contains(u"chmod 600 "_s + path), qPrintable(r.message));
        QVERIFY2(r.message.contains(mode), qPrintable(r.message));
        QVERIFY(!r.message.contains(u"perm-token-123"_s));
        QVERIFY(file.value(Service::Badger, CredentialField::Token).value.isEmpty());
    }
}

void TestCredentialResolver::missingTokenFile()
{
    QTemporaryDir dir;
    TokenFile file;
    const CredentialResult r = TokenFile::load(dir.filePath(u"nope.ini"_s), &file);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, CredentialError::NotFound);
    QVERIFY(r.message.contains(u"does not exist"_s));
}

void TestCredentialResolver::tokenFileWithoutKeys()
{
    QTemporaryDir dir;
    // A bare token pasted without a key: refused with a hint, and the token is not quoted back.
    const QString path = writeFile(dir, u"bare.txt"_s, "bare-token-without-key-999\n", ownerOnly);
    TokenFile file;
    const CredentialResult r = TokenFile::load(path, &file);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, CredentialError::Other);
    QVERIFY(r.message.contains(u"FIELDBRIDGE_BADGER_TOKEN="_s));
    QVERIFY(r.message.contains(u"line 1"_s));
    QVERIFY(!r.message.contains(u"bare-token-without-key-999"_s));
}

void TestCredentialResolver::order_data()
{
    QTest::addColumn<bool>("inFile");
    QTest::addColumn<bool>("inEnvironment");
    QTest::addColumn<int>("expectedSource");
    QTest::addColumn<QString>("expectedToken");
    QTest::newRow("file beats environment") << true << true << int(CredentialSource::TokenFile) << u"file-token-1"_s;
    QTest::newRow("file alone") << true << false << int(CredentialSource::TokenFile) << u"file-token-1"_s;
    QTest::newRow("environment when the file lacks the service")
        << false << true << int(CredentialSource::Environment) << u"env-token-22"_s;
}

void TestCredentialResolver::order()
{
    QFETCH(bool, inFile);
    QFETCH(bool, inEnvironment);
    QFETCH(int, expectedSource);
    QFETCH(QString, expectedToken);
    QTemporaryDir dir;
    // The file always has a HighLevel entry, so a file without the Badger entry is still a valid token file.
    QByteArray contents = "FIELDBRIDGE_GHL_TOKEN=ghl-file-token\nFIELDBRIDGE_GHL_LOCATION_ID=loc-from-file\n";
    if (inFile) {
        contents += "[badger]\ntoken=file-token-1\n";
    }
    const QString path = writeFile(dir, u"t.ini"_s, contents, ownerOnly);
    QProcessEnvironment env;
    if (inEnvironment) {
        env.insert(u"FIELDBRIDGE_BADGER_TOKEN"_s, u"env-token-22"_s);
    }
    env.insert(u"FIELDBRIDGE_GHL_LOCATION_ID"_s, u"loc-from-env"_s);
    CredentialResolver resolver(nullptr, env);
    CredentialResolver::Options options;
    options.tokenFile = path;
    const ResolvedCredential badger = resolver.resolveAndWait(Service::Badger, options);
    QVERIFY2(badger.token.ok, qPrintable(badger.token.message));
    QCOMPARE(int(badger.token.source), expectedSource);
    QCOMPARE(badger.token.value, expectedToken);
    QVERIFY(badger.locationId.isEmpty());

    const ResolvedCredential ghl = resolver.resolveAndWait(Service::HighLevel, options);
    QVERIFY(ghl.token.ok);
    QCOMPARE(ghl.token.value, u"ghl-file-token"_s);
    QCOMPARE(ghl.locationId, u"loc-from-file"_s); // the file beats the environment for the location id too
    QCOMPARE(ghl.locationSource, CredentialSource::TokenFile);

    // Without the file, the environment's location id is used.
    const ResolvedCredential ghlEnv = resolver.resolveAndWait(Service::HighLevel, {});
    QCOMPARE(ghlEnv.locationId, u"loc-from-env"_s);
    QCOMPARE(ghlEnv.locationSource, CredentialSource::Environment);
}

void TestCredentialResolver::namedBadFileStops()
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, u"open.ini"_s, "[badger]\ntoken=file-token-open\n", ownerOnly | QFileDevice::ReadOther);
    QProcessEnvironment env;
    env.insert(u"FIELDBRIDGE_BADGER_TOKEN"_s, u"env-token-ignored"_s);
    CredentialResolver resolver(nullptr, env);
    CredentialResolver::Options options;
    options.tokenFile = path;
    const ResolvedCredential r = resolver.resolveAndWait(Service::Badger, options);
    QVERIFY(!r.token.ok);
    QCOMPARE(r.token.error, CredentialError::InsecureFile);
    QVERIFY(r.token.value.isEmpty()); // not silently the environment's token
}

void TestCredentialResolver::nothingAnywhere()
{
    CredentialResolver resolver(nullptr, QProcessEnvironment());
    CredentialResolver::Options options;
    options.useKeychain = false;
    const ResolvedCredential r = resolver.resolveAndWait(Service::Badger, options);
    QVERIFY(!r.token.ok);
    QCOMPARE(r.token.error, CredentialError::NotFound);
    QVERIFY(r.token.message.contains(u"FIELDBRIDGE_BADGER_TOKEN"_s));
    QVERIFY(r.token.message.contains(u"--token-file"_s));
}

void TestCredentialResolver::keychainWhenNothingElse()
{
    FB_REQUIRE_HARNESS_PART(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                            "a session bus with an unlocked keyring (a private D-Bus and gnome-keyring)");
    CredentialStore store;
    const QString connection = u"tst-resolver-"_s + QString::number(QCoreApplication::applicationPid());
    const QString key = CredentialStore::keyFor(Service::Badger, connection);
    const QString token = uniqueToken("kc-token-");
    QVERIFY(store.writeAndWait(key, token).ok);

    CredentialResolver::Options options;
    options.connection = connection;
    CredentialResolver fromKeychain(&store, QProcessEnvironment());
    ResolvedCredential r = fromKeychain.resolveAndWait(Service::Badger, options);
    QVERIFY2(r.token.ok, qPrintable(r.token.message));
    QCOMPARE(r.token.source, CredentialSource::Keychain);
    QCOMPARE(r.token.value, token);

    // The asynchronous form gives the same answer.
    bool called = false;
    fromKeychain.resolve(Service::Badger, options, [&](const ResolvedCredential& rr) {
        called = true;
        r = rr;
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 20'000);
    QCOMPARE(r.token.value, token);

    // The environment beats the keychain.
    QProcessEnvironment env;
    env.insert(u"FIELDBRIDGE_BADGER_TOKEN"_s, u"env-token-wins"_s);
    CredentialResolver withEnv(&store, env);
    r = withEnv.resolveAndWait(Service::Badger, options);
    QCOMPARE(r.token.source, CredentialSource::Environment);
    QCOMPARE(r.token.value, u"env-token-wins"_s);

    QVERIFY(store.removeAndWait(key).ok);
    r = fromKeychain.resolveAndWait(Service::Badger, options);
    QCOMPARE(r.token.error, CredentialError::NotFound);
    QCOMPARE(r.token.source, CredentialSource::Keychain);
}

void TestCredentialResolver::headlessTokensAreRedacted()
{
    QTemporaryDir dir;
    const QString fileToken = uniqueToken("file-secret-");
    const QString envToken = uniqueToken("env-secret-");
    const QString path =
        writeFile(dir, u"r.ini"_s, QByteArray("[badger]\ntoken=" + fileToken.toUtf8() + "\n"), ownerOnly);
    QProcessEnvironment env;
    env.insert(u"FIELDBRIDGE_GHL_TOKEN"_s, envToken);
    CredentialResolver resolver(nullptr, env);
    CredentialResolver::Options options;
    options.tokenFile = path;
    QVERIFY(resolver.resolveAndWait(Service::Badger, options).token.ok);
    QVERIFY(resolver.resolveAndWait(Service::HighLevel, options).token.ok);
    // Once in use, both are masked wherever they would be printed, whatever the context.
    QVERIFY(!fb::redact::text(QString(u"odd place "_s + fileToken)).contains(fileToken));
    QVERIFY(!fb::redact::text(QString(u"odd place "_s + envToken)).contains(envToken));
}

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"
