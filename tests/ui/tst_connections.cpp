// The Connections screen as a user meets it, offscreen, against a real SandboxServer over loopback HTTP and the real
// Secret Service (scripts/test): good token, bad token, wrong location, no server; the Badger key and sign-in; secrets
// in the keychain and never in the settings file; Replace/Remove; keyboard order and accessible names; no keychain.

#include "SandboxServer.h"
#include "connections/BadgerConnectionPage.h"
#include "connections/ConnectionsPage.h"
#include "connections/HighLevelConnectionPage.h"
#include "core/AppPaths.h"
#include "generator/SeedGenerator.h"
#include "secrets/CredentialStore.h"
#include "sync/SyncConfig.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using fb::sandbox::GeneratedSeedCredentials;
using namespace fb::ui;

namespace {

const QString kService = u"io.github.fieldbridge.Fieldbridge.tst_connections"_s;

QString latin(const char* s)
{
    return QString::fromLatin1(s);
}

// A loopback port with nothing listening: "no network" without depending on the machine's network.
QUrl closedPortUrl(const QString& path)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
}

template<typename T>
T* child(QObject* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w) {
        qWarning("no child %s", qPrintable(name));
    }
    return w;
}

void setText(QWidget* root, const QString& name, const QString& text)
{
    auto* edit = child<QLineEdit>(root, name);
    QVERIFY(edit);
    edit->clear();
    // Typed like a user would (paste equivalent), so the widget sees real edits.
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void click(QWidget* root, const QString& name)
{
    auto* button = child<QPushButton>(root, name);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void highLevelTest_data();
    void highLevelTest();
    void badgerTest_data();
    void badgerTest();
    void badgerSignIn_data();
    void badgerSignIn();
    void savesSecretsToTheKeychainOnly();
    void replaceAndRemove();
    void keyboardOrderAndAccessibleNames();
    void missingKeychainIsExplained();

private:
    void clearKeychain();

    QTemporaryDir m_data;
    fb::sandbox::SandboxServer m_server;
    fb::secrets::CredentialStore* m_store = nullptr;
};

void TestConnections::initTestCase()
{
    QVERIFY(m_data.isValid());
    fb::paths::setDataDirOverride(m_data.path());
    QString error;
    QVERIFY2(m_server.start(0, &error), qPrintable(error));
    m_server.loadSeed(fb::sandbox::generateSeed(12, 7));
    m_store = new fb::secrets::CredentialStore(kService, this);
    clearKeychain();
}

void TestConnections::init()
{
    // Each test starts with no settings file (the defaults: real HighLevel/Badger addresses).
    QFile::remove(m_data.filePath(u"settings.ini"_s));
}

void TestConnections::cleanupTestCase()
{
    clearKeychain();
}

void TestConnections::clearKeychain()
{
    m_store->removeAndWait(u"highlevel/default"_s);
    m_store->removeAndWait(u"badger/default"_s);
}

void TestConnections::highLevelTest_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("serverUp");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("shown");

    QTest::newRow("good token") << latin(GeneratedSeedCredentials::kHighLevelToken)
                                << latin(GeneratedSeedCredentials::kHighLevelLocationId) << true << true
                                << u"Connected to HighLevel location"_s;
    QTest::newRow("bad token") << u"pit-not-the-right-token"_s << latin(GeneratedSeedCredentials::kHighLevelLocationId)
                               << true << false << u"Paste the Private Integration Token again"_s;
    QTest::newRow("wrong location") << latin(GeneratedSeedCredentials::kHighLevelToken) << u"SomeOtherLocation01"_s
                                    << true << false << u"Check the location id"_s;
    QTest::newRow("no server") << latin(GeneratedSeedCredentials::kHighLevelToken)
                               << latin(GeneratedSeedCredentials::kHighLevelLocationId) << false << false
                               << u"Could not reach HighLevel"_s;
}

void TestConnections::highLevelTest()
{
    QFETCH(QString, token);
    QFETCH(QString, location);
    QFETCH(bool, serverUp);
    QFETCH(bool, ok);
    QFETCH(QString, shown);

    ConnectionsPage page(m_store);
    page.resize(1000, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    HighLevelConnectionPage* hl = page.highLevelPage();
    QSignalSpy finished(hl, &HighLevelConnectionPage::testFinished);
    setText(hl, u"highLevelTokenEdit"_s, token);
    setText(hl, u"highLevelLocationEdit"_s, location);
    setText(hl, u"highLevelBaseUrlEdit"_s,
            serverUp ? m_server.highLevelBaseUrl().toString() : closedPortUrl(u"/ghl"_s).toString());
    click(hl, u"highLevelTestButton"_s);
    QVERIFY(!child<QPushButton>(hl, u"highLevelTestButton"_s)->isEnabled() || finished.count() == 1);
    QVERIFY(finished.count() == 1 || finished.wait(30'000));
    const auto report = finished.at(0).at(0).value<fb::api::HighLevelConnectionReport>();
    QCOMPARE(report.ok, ok);
    const QString text = child<QLabel>(hl, u"highLevelResult"_s)->text();
    QVERIFY2(text.contains(shown.toHtmlEscaped()), qPrintable(text));
    if (ok) {
        // Who, what the token may do and the limits are all on screen.
        QVERIFY2(text.contains(u"contacts.readonly"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Limits:"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Who:"_s), qPrintable(text));
    } else {
        QVERIFY2(text.contains(u"What to fix"_s), qPrintable(text));
    }
    QVERIFY(child<QPushButton>(hl, u"highLevelTestButton"_s)->isEnabled());
    // A test never stores anything.
    QCOMPARE(m_store->readAndWait(u"highlevel/default"_s).error, fb::secrets::CredentialError::NotFound);
}

void TestConnections::badgerTest_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("serverUp");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("shown");

    QTest::newRow("good key") << latin(GeneratedSeedCredentials::kBadgerApiKey) << true << true
                              << u"Connected to Badger as"_s;
    QTest::newRow("bad key") << u"not-a-badger-key"_s << true << false << u"Badger rejected the API key."_s;
    QTest::newRow("no server") << latin(GeneratedSeedCredentials::kBadgerApiKey) << false << false
                               << u"What to fix"_s;
}

void TestConnections::badgerTest()
{
    QFETCH(QString, key);
    QFETCH(bool, serverUp);
    QFETCH(bool, ok);
    QFETCH(QString, shown);

    ConnectionsPage page(m_store);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    child<QTabWidget>(&page, u"connectionTabs"_s)->setCurrentIndex(1);
    BadgerConnectionPage* badger = page.badgerPage();
    QSignalSpy finished(badger, &BadgerConnectionPage::testFinished);
    setText(badger, u"badgerKeyEdit"_s, key);
    setText(badger, u"badgerBaseUrlEdit"_s,
            serverUp ? m_server.badgerBaseUrl().toString() : closedPortUrl(u"/badger/api/2"_s).toString());
    click(badger, u"badgerTestButton"_s);
    QVERIFY(finished.wait(30'000));
    const auto report = finished.at(0).at(0).value<fb::api::badger::BadgerConnectionReport>();
    QCOMPARE(report.ok, ok);
    const QString text = child<QLabel>(badger, u"badgerResult"_s)->text();
    QVERIFY2(text.contains(shown.toHtmlEscaped()), qPrintable(text));
    if (ok) {
        QVERIFY2(text.contains(u"What the key may do"_s), qPrintable(text));
        QVERIFY2(text.contains(u"requests left today"_s), qPrintable(text));
    }
}

void TestConnections::badgerSignIn_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("shown");
    QTest::newRow("right password") << latin(GeneratedSeedCredentials::kBadgerPassword) << true << u"Signed in"_s;
    QTest::newRow("wrong password") << u"not-the-password"_s << false << u"Badger does not know"_s;
}

void TestConnections::badgerSignIn()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QFETCH(QString, shown);

    ConnectionsPage page(m_store);
    page.show();
    child<QTabWidget>(&page, u"connectionTabs"_s)->setCurrentIndex(1);
    BadgerConnectionPage* badger = page.badgerPage();
    QSignalSpy signedIn(badger, &BadgerConnectionPage::signInFinished);
    setText(badger, u"badgerBaseUrlEdit"_s, m_server.badgerBaseUrl().toString());
    setText(badger, u"badgerUserEdit"_s, latin(GeneratedSeedCredentials::kBadgerUsername));
    setText(badger, u"badgerPasswordEdit"_s, password);
    click(badger, u"badgerSignInButton"_s);
    QVERIFY(signedIn.wait(30'000));
    QCOMPARE(signedIn.at(0).at(0).toBool(), ok);
    QVERIFY2(child<QLabel>(badger, u"badgerResult"_s)->text().contains(shown), qPrintable(signedIn.at(0).at(1).toString()));
    // The password is used once: the field is emptied either way.
    QVERIFY(child<QLineEdit>(badger, u"badgerPasswordEdit"_s)->text().isEmpty());
    auto* keyEdit = child<QLineEdit>(badger, u"badgerKeyEdit"_s);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    if (ok) {
        // The key obtained works: testing it connects.
        QVERIFY(!keyEdit->text().isEmpty());
        QSignalSpy finished(badger, &BadgerConnectionPage::testFinished);
        click(badger, u"badgerTestButton"_s);
        QVERIFY(finished.wait(30'000));
        QVERIFY(finished.at(0).at(0).value<fb::api::badger::BadgerConnectionReport>().ok);
    } else {
        QVERIFY(keyEdit->text().isEmpty());
    }
}

void TestConnections::savesSecretsToTheKeychainOnly()
{
    clearKeychain();
    const QString token = latin(GeneratedSeedCredentials::kHighLevelToken);
    const QString key = latin(GeneratedSeedCredentials::kBadgerApiKey);
    {
        ConnectionsPage page(m_store);
        page.show();
        QSignalSpy changed(&page, &ConnectionsPage::credentialsChanged);
        HighLevelConnectionPage* hl = page.highLevelPage();
        setText(hl, u"highLevelTokenEdit"_s, token);
        setText(hl, u"highLevelLocationEdit"_s, latin(GeneratedSeedCredentials::kHighLevelLocationId));
        setText(hl, u"highLevelBaseUrlEdit"_s, m_server.highLevelBaseUrl().toString());
        click(hl, u"highLevelSaveButton"_s);
        QVERIFY(changed.wait(15'000));
        BadgerConnectionPage* badger = page.badgerPage();
        child<QTabWidget>(&page, u"connectionTabs"_s)->setCurrentIndex(1);
        setText(badger, u"badgerKeyEdit"_s, key);
        setText(badger, u"badgerBaseUrlEdit"_s, m_server.badgerBaseUrl().toString());
        click(badger, u"badgerSaveButton"_s);
        QVERIFY(changed.wait(15'000));
        // Never shown again: the edits are emptied and hidden, a "stored" note instead.
        QVERIFY(child<QLineEdit>(hl, u"highLevelTokenEdit"_s)->text().isEmpty());
        QVERIFY(child<QLineEdit>(hl, u"highLevelTokenEdit"_s)->isHidden());
        QVERIFY(child<QLabel>(hl, u"highLevelTokenStoredLabel"_s)->isHidden() == false);
        QVERIFY(child<QLineEdit>(badger, u"badgerKeyEdit"_s)->isHidden());
    }
    const auto storedToken = m_store->readAndWait(u"highlevel/default"_s);
    QVERIFY2(storedToken.ok, qPrintable(storedToken.message));
    QCOMPARE(storedToken.value, token);
    const auto storedKey = m_store->readAndWait(u"badger/default"_s);
    QVERIFY(storedKey.ok);
    QCOMPARE(storedKey.value, key);

    // The settings hold the location and addresses, never a secret.
    {
        auto settings = fb::paths::openSettings();
        fb::sync::SyncConfig config;
        config.load(*settings);
        QCOMPARE(config.locationId, latin(GeneratedSeedCredentials::kHighLevelLocationId));
        QCOMPARE(config.highLevelBaseUrl, m_server.highLevelBaseUrl());
        QCOMPARE(config.badgerBaseUrl, m_server.badgerBaseUrl());
    }
    QFile file(m_data.filePath(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(ini.contains(GeneratedSeedCredentials::kHighLevelLocationId));
    QVERIFY(!ini.contains(GeneratedSeedCredentials::kHighLevelToken));
    QVERIFY(!ini.contains(GeneratedSeedCredentials::kBadgerApiKey));

    // A new page knows the token is stored and tests with it without showing it.
    ConnectionsPage again(m_store);
    again.show();
    HighLevelConnectionPage* hl = again.highLevelPage();
    QTRY_VERIFY(child<QLabel>(hl, u"highLevelTokenStoredLabel"_s)->isVisible());
    QVERIFY(child<QLineEdit>(hl, u"highLevelTokenEdit"_s)->text().isEmpty());
    QSignalSpy finished(hl, &HighLevelConnectionPage::testFinished);
    click(hl, u"highLevelTestButton"_s);
    QVERIFY(finished.wait(30'000));
    QVERIFY(finished.at(0).at(0).value<fb::api::HighLevelConnectionReport>().ok);
    clearKeychain();
}

void TestConnections::replaceAndRemove()
{
    clearKeychain();
    QVERIFY(m_store->writeAndWait(u"badger/default"_s, u"old-key-0001"_s).ok);
    ConnectionsPage page(m_store);
    page.show();
    child<QTabWidget>(&page, u"connectionTabs"_s)->setCurrentIndex(1);
    BadgerConnectionPage* badger = page.badgerPage();
    QTRY_VERIFY(child<QPushButton>(badger, u"badgerKeyReplaceButton"_s)->isVisible());
    QVERIFY(child<QLineEdit>(badger, u"badgerKeyEdit"_s)->isHidden());
    click(badger, u"badgerKeyReplaceButton"_s);
    QVERIFY(child<QLineEdit>(badger, u"badgerKeyEdit"_s)->isVisible());
    setText(badger, u"badgerKeyEdit"_s, u"new-key-0002"_s);
    QSignalSpy saved(badger, &BadgerConnectionPage::saved);
    click(badger, u"badgerSaveButton"_s);
    QVERIFY(saved.wait(15'000));
    QCOMPARE(m_store->readAndWait(u"badger/default"_s).value, u"new-key-0002"_s);

    QSignalSpy removed(badger, &BadgerConnectionPage::removed);
    click(badger, u"badgerKeyRemoveButton"_s);
    QVERIFY(removed.wait(15'000));
    QCOMPARE(m_store->readAndWait(u"badger/default"_s).error, fb::secrets::CredentialError::NotFound);
    QVERIFY(child<QLineEdit>(badger, u"badgerKeyEdit"_s)->isVisible());
}

void TestConnections::keyboardOrderAndAccessibleNames()
{
    clearKeychain();
    ConnectionsPage page(m_store);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    HighLevelConnectionPage* hl = page.highLevelPage();
    QTRY_VERIFY(child<QLineEdit>(hl, u"highLevelTokenEdit"_s)->isVisible());
    child<QLineEdit>(hl, u"highLevelTokenEdit"_s)->setFocus();
    const QStringList order{u"highLevelLocationEdit"_s, u"highLevelBaseUrlEdit"_s, u"highLevelTestButton"_s,
                            u"highLevelSaveButton"_s, u"highLevelResult"_s};
    for (const QString& next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), next);
    }
    // Every input has a name a screen reader can read.
    for (QWidget* w : page.findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w)) {
            if (!w->parentWidget() || qobject_cast<QAbstractSpinBox*>(w->parentWidget())
                || qobject_cast<QComboBox*>(w->parentWidget())) {
                continue; // the inner editor of a composite control
            }
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        if (auto* b = qobject_cast<QPushButton*>(w)) {
            QVERIFY2(!b->text().isEmpty() || !b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        }
    }
}

void TestConnections::missingKeychainIsExplained()
{
    // A process whose session bus does not exist: no Secret Service can be reached.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/fieldbridge-test-bus"_s);
    env.insert(u"FB_TST_NO_KEYCHAIN_CHILD"_s, m_data.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {u"-child"_s});
    QVERIFY(child.waitForFinished(60'000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    QVERIFY2(child.exitCode() == 0, qPrintable(out + QString::fromUtf8(child.readAllStandardError())));
    QVERIFY2(out.contains(u"No keychain is available"_s), qPrintable(out));
    QVERIFY2(out.contains(u"token file"_s) || out.contains(u"headless"_s), qPrintable(out));
}

// The child side of missingKeychainIsExplained: save a token with no keychain and print what the page says.
static int runNoKeychainChild(int argc, char** argv)
{
    QApplication app(argc, argv);
    fb::paths::setDataDirOverride(qEnvironmentVariable("FB_TST_NO_KEYCHAIN_CHILD"));
    fb::secrets::CredentialStore store(kService);
    ConnectionsPage page(&store);
    page.show();
    HighLevelConnectionPage* hl = page.highLevelPage();
    hl->findChild<QLineEdit*>(u"highLevelTokenEdit"_s)->setText(u"pit-child-token"_s);
    hl->findChild<QLineEdit*>(u"highLevelLocationEdit"_s)->setText(u"ChildLocation"_s);
    QSignalSpy failed(hl, &HighLevelConnectionPage::saveFailed);
    hl->save();
    if (!failed.wait(30'000)) {
        std::fputs("no saveFailed\n", stdout);
        return 1;
    }
    const QString shown = hl->findChild<QLabel*>(u"highLevelTokenKeychainMessage"_s)->text();
    std::fputs(qPrintable(shown + u'\n'), stdout);
    return hl->findChild<QLabel*>(u"highLevelTokenKeychainMessage"_s)->isHidden() ? 1 : 0;
}

int main(int argc, char** argv)
{
    if (argc > 1 && qstrcmp(argv[1], "-child") == 0) {
        return runNoKeychainChild(1, argv);
    }
    QApplication app(argc, argv);
    TestConnections test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connections.moc"
