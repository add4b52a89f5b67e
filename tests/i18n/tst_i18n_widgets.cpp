// German and Spanish reach the user: the compiled .qm files load through core/Translations (the app's loader), real
// widgets (main window, Settings screen) show German, the language choice follows the rules (Settings language over
// the system's, English first means English), and the fieldbridge binary speaks German under LANG=de_DE.UTF-8 both
// from <bin>/../share/fieldbridge/translations (the installed layout, mirrored by the build tree) and from its
// embedded :/i18n copy.

#include "core/AppPaths.h"
#include "core/Translations.h"
#include "settings/SettingsPage.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString qmDir = QString::fromUtf8(FIELDBRIDGE_QM_DIR);

QStringList navigationTexts(const fb::ui::MainWindow& window)
{
    QStringList texts;
    auto* nav = window.findChild<QListWidget*>(u"navigation"_s);
    for (int i = 0; nav && i < nav->count(); ++i) {
        texts << nav->item(i)->text();
    }
    return texts;
}

QStringList labelTexts(const QWidget& widget)
{
    QStringList texts;
    for (const QLabel* label : widget.findChildren<QLabel*>()) {
        texts << label->text();
    }
    for (const QGroupBox* box : widget.findChildren<QGroupBox*>()) {
        texts << box->title();
    }
    return texts;
}

} // namespace

class TestI18nWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void languageChoice_data();
    void languageChoice();
    void settingOverridesSystem();
    void germanMainWindow();
    void germanSettingsPage();
    void spanishLoads();
    void binaryFollowsLang_data();
    void binaryFollowsLang();

private:
    void install(const QString& language);

    QTemporaryDir m_data;
    std::unique_ptr<QTranslator> m_translator;
};

void TestI18nWidgets::initTestCase()
{
    QVERIFY(m_data.isValid());
    fb::paths::setDataDirOverride(m_data.path());
    QVERIFY2(QFile::exists(qmDir + u"/fieldbridge_de.qm"_s), qPrintable(qmDir));
    QVERIFY2(QFile::exists(qmDir + u"/fieldbridge_es.qm"_s), qPrintable(qmDir));
}

void TestI18nWidgets::cleanup()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
}

void TestI18nWidgets::install(const QString& language)
{
    m_translator = std::make_unique<QTranslator>();
    QCOMPARE(fb::i18n::loadTranslation(*m_translator, u"fieldbridge"_s, {language}, {qmDir}), language);
    QVERIFY(!m_translator->isEmpty());
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
}

void TestI18nWidgets::languageChoice_data()
{
    QTest::addColumn<QStringList>("languages");
    QTest::addColumn<QString>("loaded");
    QTest::newRow("German with region") << QStringList{u"de-DE"_s} << u"de"_s;
    QTest::newRow("German without region") << QStringList{u"de"_s} << u"de"_s;
    QTest::newRow("Austrian German") << QStringList{u"de-AT"_s, u"de"_s} << u"de"_s;
    QTest::newRow("Spanish after an untranslated language") << QStringList{u"fr-FR"_s, u"es-ES"_s} << u"es"_s;
    QTest::newRow("English before a German fallback") << QStringList{u"en-US"_s, u"en"_s, u"de-DE"_s} << QString();
    QTest::newRow("C locale") << QStringList{u"C"_s} << QString();
    QTest::newRow("only untranslated languages") << QStringList{u"fr-FR"_s, u"it"_s} << QString();
    QTest::newRow("Settings language English") << QStringList{u"en"_s} << QString();
}

void TestI18nWidgets::languageChoice()
{
    QFETCH(QStringList, languages);
    QFETCH(QString, loaded);
    QTranslator translator;
    QCOMPARE(fb::i18n::loadTranslation(translator, u"fieldbridge"_s, languages, {u"/nonexistent"_s, qmDir}), loaded);
    QCOMPARE(translator.isEmpty(), loaded.isEmpty());
}

void TestI18nWidgets::settingOverridesSystem()
{
    QCOMPARE(fb::i18n::preferredLanguages(u"es"_s), QStringList{u"es"_s});
    QCOMPARE(fb::i18n::preferredLanguages({}), QLocale::system().uiLanguages());
    const QStringList dirs = fb::i18n::translationDirectories();
    QCOMPARE(dirs.size(), 2);
    QVERIFY2(dirs.at(0).endsWith(u"/share/fieldbridge/translations"_s), qPrintable(dirs.at(0)));
    QCOMPARE(dirs.at(1), u":/i18n"_s);
}

void TestI18nWidgets::germanMainWindow()
{
    install(u"de"_s);
    fb::ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(navigationTexts(window), (QStringList{u"Verbindungen"_s, u"Feldzuordnung"_s, u"Regeln"_s,
                                                   u"Dashboard"_s, u"Aktivität"_s, u"Einstellungen"_s}));
    QStringList menus;
    for (const QAction* action : window.menuBar()->actions()) {
        menus << action->text();
    }
    QCOMPARE(menus, (QStringList{u"&Datei"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
}

void TestI18nWidgets::germanSettingsPage()
{
    install(u"de"_s);
    fb::ui::SettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* combo = page.findChild<QComboBox*>(u"languageCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(0), u"Systemstandard"_s);
    // Language names stay in their own language, whatever the interface language.
    QCOMPARE(combo->itemText(2), u"Deutsch"_s);
    QCOMPARE(combo->itemText(3), u"Español"_s);
    QCOMPARE(page.findChild<QPushButton*>(u"settingsSaveButton"_s)->text(), u"&Speichern"_s);
    QCOMPARE(page.findChild<QPushButton*>(u"settingsRevertButton"_s)->text(), u"&Zurücksetzen"_s);
    const QStringList texts = labelTexts(page);
    QVERIFY2(texts.contains(u"Einstellungen"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY2(texts.contains(u"Anfragekontingente"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY2(texts.contains(u"Sp&rache:"_s), qPrintable(texts.join(u" | "_s)));
}

void TestI18nWidgets::spanishLoads()
{
    // Only that Spanish is there and reaches the widgets: the words are the Spanish translator's.
    QStringList english;
    {
        fb::ui::MainWindow window;
        english = navigationTexts(window);
    }
    install(u"es"_s);
    fb::ui::MainWindow window;
    const QStringList spanish = navigationTexts(window);
    QCOMPARE(spanish.size(), english.size());
    for (qsizetype i = 0; i < spanish.size(); ++i) {
        QVERIFY(!spanish.at(i).isEmpty());
        if (english.at(i) != u"Dashboard"_s) {
            QVERIFY2(spanish.at(i) != english.at(i), qPrintable(english.at(i)));
        }
    }
    QVERIFY(!spanish.contains(u"Einstellungen"_s));
}

void TestI18nWidgets::binaryFollowsLang_data()
{
    QTest::addColumn<bool>("copyBinary");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    const QString german = u"Unbekannter Befehl: „frobnicate“."_s;
    const QString english = u"Unknown headless command: \"frobnicate\"."_s;
    QTest::newRow("German from share/ beside bin/") << false << u"de_DE.UTF-8"_s << german;
    QTest::newRow("German from the embedded copy") << true << u"de_DE.UTF-8"_s << german;
    QTest::newRow("English under LANG=C") << false << u"C"_s << english;
    QTest::newRow("English under en_US") << false << u"en_US.UTF-8"_s << english;
}

void TestI18nWidgets::binaryFollowsLang()
{
    QFETCH(bool, copyBinary);
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QString program = QString::fromUtf8(FIELDBRIDGE_EXECUTABLE);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (copyBinary) {
        // No ../share/fieldbridge/translations next to this copy: only the embedded :/i18n files can answer.
        const QString copy = dir.filePath(u"fieldbridge"_s);
        QVERIFY(QFile::copy(program, copy));
        QVERIFY(QFile::setPermissions(copy, QFile::permissions(program)));
        program = copy;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s}) {
        env.remove(name);
    }
    env.insert(u"LANG"_s, lang);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, {u"--data-dir"_s, dir.filePath(u"data"_s), u"--headless"_s, u"frobnicate"_s});
    QVERIFY(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(output.contains(expected), qPrintable(output));
    QCOMPARE(process.exitCode(), 2); // usage error
}

QTEST_MAIN(TestI18nWidgets)
#include "tst_i18n_widgets.moc"
