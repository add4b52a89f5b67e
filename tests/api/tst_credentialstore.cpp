// Credentials against the real Secret Service (scripts/test provides a private D-Bus with an unlocked gnome-keyring):
// write, read, replace, delete; a locked keyring and a missing backend in private sub-sessions; nothing in plain text.

#include "BuildInfo.h"
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "core/Redaction.h"
#include "secrets/CredentialStore.h"
#include "HarnessRequirement.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using fb::secrets::CredentialError;
using fb::secrets::CredentialResult;
using fb::secrets::CredentialStore;

namespace {

// Every message any code logs while the test runs, as it was BEFORE redaction: the token must not be in it at all.
QMutex s_logMutex;
QStringList s_rawLog;
QtMessageHandler s_previousHandler = nullptr;

void capturingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_rawLog.append(message);
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
    }
}

QString uniqueToken(const char* prefix)
{
    return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::global()->generate64(), 36)
        + QString::number(QRandomGenerator::global()->generate64(), 36);
}

QJsonObject toJson(const CredentialResult& r, qint64 ms)
{
    return QJsonObject {{u"ok"_s, r.ok},           {u"error"_s, fb::secrets::errorName(r.error)},
                        {u"message"_s, r.message}, {u"detail"_s, r.detail},
                        {u"value"_s, r.value},     {u"ms"_s, ms}};
}

// ---- Sub-process side: one keychain operation in whatever D-Bus session the parent arranged, printed as JSON. ----

bool lockDefaultCollection(QString* error)
{
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                                       u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    call << QVariant::fromValue(
        QList<QDBusObjectPath> {QDBusObjectPath(u"/org/freedesktop/secrets/aliases/default"_s)});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 10'000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        *error = reply.errorMessage();
        return false;
    }
    QDBusMessage get =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets/aliases/default"_s,
                                       u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    get << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
    const QDBusMessage locked = QDBusConnection::sessionBus().call(get, QDBus::Block, 10'000);
    if (locked.type() == QDBusMessage::ErrorMessage || locked.arguments().isEmpty()) {
        *error = locked.errorMessage();
        return false;
    }
    if (!locked.arguments().constFirst().value<QDBusVariant>().variant().toBool()) {
        *error = u"the collection still reports Locked=false"_s;
        return false;
    }
    return true;
}

int runChild(const QString& mode)
{
    CredentialStore store;
    const QString key = qEnvironmentVariable("FB_TST_CREDENTIAL_KEY", u"badger/child"_s);
    const QString secret = qEnvironmentVariable("FB_TST_CREDENTIAL_SECRET", u"child-secret-0123456789"_s);
    QJsonObject out;
    auto timed = [&](const char* name, const std::function<CredentialResult()>& op) {
        QElapsedTimer t;
        t.start();
        const CredentialResult r = op();
        out.insert(QString::fromLatin1(name), toJson(r, t.elapsed()));
    };
    if (mode == u"locked"_s) {
        // Store while unlocked, lock the default collection, then read and write against the locked keyring.
        timed("writeUnlocked", [&] { return store.writeAndWait(key, secret); });
        QString lockError;
        out.insert(u"lockedOk"_s, lockDefaultCollection(&lockError));
        out.insert(u"lockError"_s, lockError);
        timed("read", [&] { return store.readAndWait(key); });
        timed("write", [&] { return store.writeAndWait(key, secret + u"-2"_s); });
        timed("remove", [&] { return store.removeAndWait(key); });
    } else {
        timed("read", [&] { return store.readAndWait(key); });
        timed("write", [&] { return store.writeAndWait(key, secret); });
    }
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        return 2;
    }
    stdoutFile.write(QJsonDocument(out).toJson(QJsonDocument::Compact));
    stdoutFile.write("\n");
    return 0;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyNames();
    void classify_data();
    void classify();
    void writeReadReplaceDelete();
    void storedInKeyringOnlyNeverInPlainText();
    void asyncCallbacksRunOnce();
    void tokenNeverInAnyLogLine();
    void lockedKeyring();
    void noBackend_data();
    void noBackend();

private:
    bool haveSecretService() const;
    QJsonObject runSubSession(const QStringList& command, const QProcessEnvironment& env, QString* stderrText);
    QString m_keyPrefix;
};

bool TestCredentialStore::haveSecretService() const
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

void TestCredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Installed here, after QTest installed its own handler: the capture sees every message before any masking.
    s_previousHandler = qInstallMessageHandler(capturingHandler);
    // Keys unique to this run: other tests may use the same keyring in parallel.
    m_keyPrefix = u"tst-credential-"_s + QString::number(QCoreApplication::applicationPid()) + u'-';
    FB_REQUIRE_HARNESS_PART(haveSecretService(),
                            "a session bus with an unlocked keyring (a private D-Bus and gnome-keyring)");
}

void TestCredentialStore::keyNames()
{
    QCOMPARE(CredentialStore::keyFor(fb::api::Service::HighLevel, u"agency"_s), u"highlevel/agency"_s);
    QCOMPARE(CredentialStore::keyFor(fb::api::Service::Badger, u"team-east"_s), u"badger/team-east"_s);
    QCOMPARE(CredentialStore::keyFor(fb::api::Service::Badger, QString()), u"badger/default"_s);
    QCOMPARE(CredentialStore().serviceName(), QString::fromUtf8(fb::build::appId));
    QCOMPARE(CredentialStore().serviceName(), u"io.github.fieldbridge.Fieldbridge"_s);
}

void TestCredentialStore::classify_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<CredentialError>("expected");
    QTest::addColumn<QString>("messagePart");

    // The error texts are the ones measured in toolchain.md §4 and in the sub-session tests below.
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_s
                                     << CredentialError::NotFound << u"No token is stored"_s;
    QTest::newRow("access denied: locked collection")
        << int(QKeychain::AccessDenied) << u"Cannot create an item in a locked collection"_s << CredentialError::Locked
        << u"keychain is locked"_s;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << u"Access was denied"_s
                                    << CredentialError::Locked << u"Unlock it"_s;
    QTest::newRow("no backend available")
        << int(QKeychain::NoBackendAvailable) << u""_s << CredentialError::NoBackend << u"gnome-keyring"_s;
    QTest::newRow("other: autolaunch without display")
        << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << CredentialError::NoBackend
        << u"FIELDBRIDGE_GHL_TOKEN"_s;
    QTest::newRow("other: dbus-launch missing")
        << int(QKeychain::OtherError)
        << u"Failed to execute child process \u201Cdbus-launch\u201D (No such file or directory)"_s
        << CredentialError::NoBackend << u"token file"_s;
    QTest::newRow("other: no secrets provider on the bus")
        << int(QKeychain::OtherError) << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << CredentialError::NoBackend << u"Secret Service"_s;
    QTest::newRow("other: keyring daemon without login collection")
        << int(QKeychain::OtherError)
        << u"Object does not exist at path \u201C/org/freedesktop/secrets/collection/login\u201D"_s
        << CredentialError::NoBackend << u"no default keyring"_s;
    QTest::newRow("other: locked collection text")
        << int(QKeychain::OtherError) << u"Cannot create an item in a locked collection"_s << CredentialError::Locked
        << u"logging in"_s;
    QTest::newRow("other: unknown") << int(QKeychain::OtherError) << u"Unknown error"_s << CredentialError::Other
                                    << u"Unknown error"_s;
}

void TestCredentialStore::classify()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(CredentialError, expected);
    QFETCH(QString, messagePart);
    const CredentialResult r = CredentialStore::classify(code, text, true);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, expected);
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QCOMPARE(r.detail, text);
}

void TestCredentialStore::writeReadReplaceDelete()
{
    CredentialStore store;
    const QString key = m_keyPrefix + u"badger/roundtrip"_s;
    const QString first = uniqueToken("tok-first-");
    const QString second = uniqueToken("tok-second-");

    CredentialResult r = store.writeAndWait(key, first);
    QVERIFY2(r.ok, qPrintable(r.message + u" / "_s + r.detail));
    r = store.readAndWait(key);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(r.value, first);
    QCOMPARE(r.source, fb::secrets::CredentialSource::Keychain);

    r = store.writeAndWait(key, second); // replace, not a second item
    QVERIFY2(r.ok, qPrintable(r.message));
    r = store.readAndWait(key);
    QVERIFY(r.ok);
    QCOMPARE(r.value, second);

    r = store.removeAndWait(key);
    QVERIFY2(r.ok, qPrintable(r.message));
    r = store.readAndWait(key);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, CredentialError::NotFound);
    QVERIFY(r.value.isEmpty());
    QVERIFY(r.message.contains(u"No token is stored"_s));

    // A second delete of the same key is harmless, whatever the backend reports.
    r = store.removeAndWait(key);
    QVERIFY2(r.ok || r.error == CredentialError::NotFound, qPrintable(r.message));
}

void TestCredentialStore::storedInKeyringOnlyNeverInPlainText()
{
    CredentialStore store;
    const QString key = m_keyPrefix + u"highlevel/ondisk"_s;
    const QString token = uniqueToken("pit-plain-");
    QVERIFY(store.writeAndWait(key, token).ok);

    // What secret-tool sees: the item under service = the app id, key = our key, schema org.qt.keychain.
    QProcess lookup;
    lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, QString::fromUtf8(fb::build::appId), u"user"_s, key});
    QVERIFY(lookup.waitForFinished(20'000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), token);

    QProcess search;
    search.start(u"secret-tool"_s, {u"search"_s, u"server"_s, QString::fromUtf8(fb::build::appId), u"user"_s, key});
    QVERIFY(search.waitForFinished(20'000));
    const QString listing = QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
    QVERIFY2(listing.contains(u"attribute.user = "_s + key), qPrintable(listing));
    QVERIFY2(listing.contains(u"org.qt.keychain"_s), qPrintable(listing));

    // Nowhere on disk in plain text: not in the keyring directory (encrypted), not in our data dir or test home.
    QStringList roots = {qEnvironmentVariable("XDG_DATA_HOME"), fb::paths::dataDir()};
    roots.removeAll(QString());
    QVERIFY(!roots.isEmpty());
    int filesChecked = 0;
    for (const QString& root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() > 16 * 1024 * 1024 || !f.open(QIODevice::ReadOnly)) {
                continue;
            }
            ++filesChecked;
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(u"token in plain text in "_s + f.fileName()));
        }
    }
    QVERIFY2(filesChecked > 0, "the keyring directory should hold at least the keyring file");
    QVERIFY(store.removeAndWait(key).ok);
}

void TestCredentialStore::asyncCallbacksRunOnce()
{
    CredentialStore store;
    const QString key = m_keyPrefix + u"badger/async"_s;
    const QString token = uniqueToken("tok-async-");
    int calls = 0;
    CredentialResult last;
    store.write(key, token, [&](const CredentialResult& r) {
        ++calls;
        last = r;
    });
    QCOMPARE(calls, 0); // asynchronous: nothing before the event loop runs
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20'000);
    QVERIFY(last.ok);
    store.read(key, [&](const CredentialResult& r) {
        ++calls;
        last = r;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 20'000);
    QCOMPARE(last.value, token);
    store.remove(key, [&](const CredentialResult& r) {
        ++calls;
        last = r;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 3, 20'000);
    QVERIFY(last.ok);
    QTest::qWait(50);
    QCOMPARE(calls, 3);
}

void TestCredentialStore::tokenNeverInAnyLogLine()
{
    {
        QMutexLocker lock(&s_logMutex);
        s_rawLog.clear();
    }
    CredentialStore store;
    const QString key = m_keyPrefix + u"badger/logging"_s;
    const QString token = uniqueToken("tok-log-");
    QVERIFY(store.writeAndWait(key, token).ok);
    QCOMPARE(store.readAndWait(key).value, token);
    QVERIFY(store.removeAndWait(key).ok);
    QCOMPARE(store.readAndWait(key).error, CredentialError::NotFound);

    QMutexLocker lock(&s_logMutex);
    QVERIFY2(!s_rawLog.isEmpty(), "debug logging of fieldbridge.secrets is on in this test: expected some lines");
    bool sawKey = false;
    for (const QString& line : std::as_const(s_rawLog)) {
        QVERIFY2(!line.contains(token), qPrintable(u"token in a log line: "_s + fb::redact::text(line)));
        sawKey = sawKey || line.contains(key);
    }
    QVERIFY2(sawKey, "the log names the key (the connection), so it says what happened");
}

QJsonObject TestCredentialStore::runSubSession(const QStringList& command, const QProcessEnvironment& env,
                                               QString* stderrText)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(command.constFirst(), command.mid(1));
    if (!p.waitForStarted(10'000)) {
        *stderrText = p.errorString();
        return {};
    }
    // Generous: a hang (a keyring prompt waiting for a display) would exceed it by far.
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished(5'000);
        *stderrText = u"timed out (hang?): "_s + QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    *stderrText = QString::fromUtf8(p.readAllStandardError());
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QJsonDocument doc = QJsonDocument::fromJson(*it);
        if (doc.isObject()) {
            return doc.object();
        }
    }
    return {};
}

void TestCredentialStore::lockedKeyring()
{
    // Its own bus and keyring, so locking it cannot disturb other tests using the shared keyring in parallel.
    QTemporaryDir data;
    QTemporaryDir runtime;
    QVERIFY(data.isValid() && runtime.isValid());
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"DISPLAY"_s); // without a display no unlock prompt can appear, so nothing may wait for one
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"XDG_DATA_HOME"_s, data.path());
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    env.insert(u"FB_TST_CREDENTIAL_CHILD"_s, u"locked"_s);
    env.insert(u"FB_TST_CREDENTIAL_KEY"_s, u"badger/locked"_s);
    const QString script = u"echo -n child-pass | gnome-keyring-daemon --unlock --components=secrets --daemonize "
                           u">/dev/null && exec \"$0\""_s;
    QString err;
    const QJsonObject out = runSubSession(
        {u"dbus-run-session"_s, u"--"_s, u"bash"_s, u"-c"_s, script, QCoreApplication::applicationFilePath()}, env,
        &err);
    QVERIFY2(!out.isEmpty(), qPrintable(err));
    QVERIFY2(out.value(u"writeUnlocked"_s)[u"ok"_s].toBool(), QJsonDocument(out).toJson().constData());
    QVERIFY2(out.value(u"lockedOk"_s).toBool(), qPrintable(out.value(u"lockError"_s).toString()));

    // libsecret alone would say "not found" for the read and "deleted" for the remove; both must say Locked.
    for (const QString& op : {u"read"_s, u"write"_s, u"remove"_s}) {
        const QJsonObject r = out.value(op).toObject();
        QVERIFY2(!r[u"ok"_s].toBool(), qPrintable(op));
        QCOMPARE(r[u"error"_s].toString(), fb::secrets::errorName(CredentialError::Locked));
        QVERIFY2(r[u"message"_s].toString().contains(u"The system keychain is locked. Unlock it"_s),
                 qPrintable(r[u"message"_s].toString()));
        QVERIFY(r[u"value"_s].toString().isEmpty());
        qInfo().noquote() << "locked keyring," << op << "answered in" << r[u"ms"_s].toInteger()
                          << "ms:" << r[u"detail"_s].toString();
        QVERIFY2(r[u"ms"_s].toInteger() < 30'000, "a locked keyring must fail, not wait for a prompt");
    }
}

void TestCredentialStore::noBackend_data()
{
    QTest::addColumn<QString>("setup");
    QTest::newRow("bus address naming a dead socket") << u"dead-socket"_s;
    QTest::newRow("private bus without a secrets provider") << u"bus-without-provider"_s;
    QTest::newRow("no session bus and no display") << u"no-bus"_s;
}

void TestCredentialStore::noBackend()
{
    QFETCH(QString, setup);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"FB_TST_CREDENTIAL_CHILD"_s, u"plain"_s);
    QStringList command {QCoreApplication::applicationFilePath()};
    if (setup == u"dead-socket"_s) {
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dir.filePath(u"no-such-bus"_s));
    } else if (setup == u"no-bus"_s) {
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    } else {
        // A session bus that knows no .service files: nothing can provide org.freedesktop.secrets.
        QFile conf(dir.filePath(u"bus.conf"_s));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:dir="
                   + dir.path().toUtf8()
                   + "</listen><auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" "
                     "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        conf.close();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        command = QStringList {u"dbus-run-session"_s, u"--config-file="_s + conf.fileName(), u"--"_s} + command;
    }
    QString err;
    const QJsonObject out = runSubSession(command, env, &err);
    QVERIFY2(!out.isEmpty(), qPrintable(err));
    for (const QString& op : {u"read"_s, u"write"_s}) {
        const QJsonObject r = out.value(op).toObject();
        QVERIFY2(!r[u"ok"_s].toBool(), qPrintable(op));
        QCOMPARE(r[u"error"_s].toString(), fb::secrets::errorName(CredentialError::NoBackend));
        QVERIFY2(r[u"message"_s].toString().contains(u"No keychain service is running (Secret Service/KWallet)"_s),
                 qPrintable(r[u"message"_s].toString()));
        QVERIFY2(r[u"message"_s].toString().contains(u"FIELDBRIDGE_GHL_TOKEN"_s), "names the headless alternative");
        qInfo().noquote() << setup << op << "answered in" << r[u"ms"_s].toInteger()
                          << "ms:" << r[u"detail"_s].toString();
        QVERIFY2(r[u"ms"_s].toInteger() < 10'000, "no backend must be reported at once, not after a long wait");
    }
}

int main(int argc, char** argv)
{
    const QString child = qEnvironmentVariable("FB_TST_CREDENTIAL_CHILD");
    if (child.isEmpty()) {
        // All of our own logging on, so the "never logged" check has lines to look at.
        qputenv("QT_LOGGING_RULES", "fieldbridge.*=true");
    }
    QCoreApplication app(argc, argv);
    if (!child.isEmpty()) {
        return runChild(child);
    }
    TestCredentialStore tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_credentialstore.moc"
