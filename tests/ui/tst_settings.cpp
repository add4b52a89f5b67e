// The Settings screen offscreen: every value round-trips through the settings file and the mapping file, a new page
// shows what was saved, Revert drops edits, language changes say they need a restart, keyboard order and names.

#include "core/AppPaths.h"
#include "settings/SettingsPage.h"
#include "sync/SyncConfig.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fb::ui::SettingsPage;

namespace {

// The control that has the focus (a spin box's inner line edit stands for the spin box).
QString focusedControl()
{
    QWidget* w = QApplication::focusWidget();
    while (w && w->objectName().startsWith(u"qt_"_s)) {
        w = w->parentWidget();
    }
    return w ? w->objectName() : QString();
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void showsDefaults();
    void roundTrip_data();
    void roundTrip();
    void revertDropsEdits();
    void keyboardOrderAndAccessibleNames();

private:
    QTemporaryDir m_data;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_data.isValid());
    fb::paths::setDataDirOverride(m_data.path());
}

void TestSettings::init()
{
    QFile::remove(m_data.filePath(u"settings.ini"_s));
    QFile::remove(fb::sync::mappingPath());
}

void TestSettings::showsDefaults()
{
    SettingsPage page;
    const fb::sync::SyncConfig defaults;
    QCOMPARE(page.findChild<QSpinBox*>(u"intervalSpin"_s)->value(), defaults.intervalSeconds / 60);
    QCOMPARE(page.findChild<QSpinBox*>(u"highLevelDailySpin"_s)->value(), int(defaults.highLevelDailyBudget));
    QCOMPARE(page.findChild<QSpinBox*>(u"highLevelBurstSpin"_s)->value(), defaults.highLevelBurst);
    QCOMPARE(page.findChild<QSpinBox*>(u"badgerDailySpin"_s)->value(), int(defaults.badgerDailyBudget));
    QCOMPARE(page.findChild<QDoubleSpinBox*>(u"writeReserveSpin"_s)->value(), defaults.writeReserve * 100);
    QCOMPARE(page.findChild<QCheckBox*>(u"propagateDeletesCheck"_s)->isChecked(),
             fb::sync::MappingDocument::defaults().options.propagateDeletes);
    QCOMPARE(page.findChild<QComboBox*>(u"languageCombo"_s)->currentData().toString(), QString());
    QVERIFY(!page.findChild<QPushButton*>(u"settingsSaveButton"_s)->isEnabled());
}

void TestSettings::roundTrip_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("highLevelDaily");
    QTest::addColumn<int>("burst");
    QTest::addColumn<int>("badgerDaily");
    QTest::addColumn<int>("reservePercent");
    QTest::addColumn<bool>("propagate");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("minimised");

    QTest::newRow("German, deletes propagate, minimised") << 5 << 50'000 << 40 << 10'000 << 10 << true << u"de"_s
                                                          << true;
    QTest::newRow("Spanish, hourly, smallest budgets") << 60 << 100 << 1 << 100 << 0 << false << u"es"_s << false;
    QTest::newRow("system language, largest budgets") << 1440 << 200'000 << 100 << 25'000 << 50 << true << QString()
                                                      << false;
}

void TestSettings::roundTrip()
{
    QFETCH(int, minutes);
    QFETCH(int, highLevelDaily);
    QFETCH(int, burst);
    QFETCH(int, badgerDaily);
    QFETCH(int, reservePercent);
    QFETCH(bool, propagate);
    QFETCH(QString, language);
    QFETCH(bool, minimised);
    {
        SettingsPage page;
        page.show();
        QSignalSpy saved(&page, &SettingsPage::saved);
        page.findChild<QSpinBox*>(u"intervalSpin"_s)->setValue(minutes);
        page.findChild<QSpinBox*>(u"highLevelDailySpin"_s)->setValue(highLevelDaily);
        page.findChild<QSpinBox*>(u"highLevelBurstSpin"_s)->setValue(burst);
        page.findChild<QSpinBox*>(u"badgerDailySpin"_s)->setValue(badgerDaily);
        page.findChild<QDoubleSpinBox*>(u"writeReserveSpin"_s)->setValue(reservePercent);
        page.findChild<QCheckBox*>(u"propagateDeletesCheck"_s)->setChecked(propagate);
        auto* combo = page.findChild<QComboBox*>(u"languageCombo"_s);
        combo->setCurrentIndex(combo->findData(language));
        page.findChild<QCheckBox*>(u"startMinimisedCheck"_s)->setChecked(minimised);
        auto* save = page.findChild<QPushButton*>(u"settingsSaveButton"_s);
        QVERIFY(save->isEnabled() || (minutes == 15 && language.isEmpty()));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        const QString status = page.findChild<QLabel*>(u"settingsStatus"_s)->text();
        QCOMPARE(status.contains(u"Restart"_s), !language.isEmpty());
        QCOMPARE(saved.at(0).at(1).toBool(), propagate != fb::sync::MappingDocument::defaults().options.propagateDeletes);
    }
    // The files hold what was chosen.
    auto settings = fb::paths::openSettings();
    fb::sync::SyncConfig config;
    config.load(*settings);
    QCOMPARE(config.intervalSeconds, minutes * 60);
    QCOMPARE(config.highLevelDailyBudget, highLevelDaily);
    QCOMPARE(config.highLevelBurst, burst);
    QCOMPARE(config.badgerDailyBudget, badgerDaily);
    QCOMPARE(qRound(config.writeReserve * 100), reservePercent);
    QCOMPARE(config.language, language);
    QCOMPARE(config.startMinimised, minimised);
    fb::sync::MappingDocument mapping;
    QString error;
    QVERIFY2(fb::sync::loadMapping(fb::sync::mappingPath(), &mapping, &error), qPrintable(error));
    QCOMPARE(mapping.options.propagateDeletes, propagate);
    // The rest of the mapping is untouched: still the default fields.
    QCOMPARE(mapping.fields, fb::sync::MappingDocument::defaults().fields);

    // A new page shows them again.
    SettingsPage again;
    QCOMPARE(again.findChild<QSpinBox*>(u"intervalSpin"_s)->value(), minutes);
    QCOMPARE(again.findChild<QSpinBox*>(u"highLevelDailySpin"_s)->value(), highLevelDaily);
    QCOMPARE(again.findChild<QSpinBox*>(u"highLevelBurstSpin"_s)->value(), burst);
    QCOMPARE(again.findChild<QSpinBox*>(u"badgerDailySpin"_s)->value(), badgerDaily);
    QCOMPARE(qRound(again.findChild<QDoubleSpinBox*>(u"writeReserveSpin"_s)->value()), reservePercent);
    QCOMPARE(again.findChild<QCheckBox*>(u"propagateDeletesCheck"_s)->isChecked(), propagate);
    QCOMPARE(again.findChild<QComboBox*>(u"languageCombo"_s)->currentData().toString(), language);
    QCOMPARE(again.findChild<QCheckBox*>(u"startMinimisedCheck"_s)->isChecked(), minimised);
}

void TestSettings::revertDropsEdits()
{
    SettingsPage page;
    auto* interval = page.findChild<QSpinBox*>(u"intervalSpin"_s);
    const int before = interval->value();
    interval->setValue(before + 7);
    auto* revert = page.findChild<QPushButton*>(u"settingsRevertButton"_s);
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(interval->value(), before);
    QVERIFY(!revert->isEnabled());
}

void TestSettings::keyboardOrderAndAccessibleNames()
{
    SettingsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.findChild<QSpinBox*>(u"intervalSpin"_s)->setFocus();
    const QStringList order{u"propagateDeletesCheck"_s, u"highLevelDailySpin"_s, u"highLevelBurstSpin"_s,
                            u"badgerDailySpin"_s,       u"writeReserveSpin"_s,   u"languageCombo"_s,
                            u"startMinimisedCheck"_s};
    for (const QString& next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(focusedControl(), next);
    }
    // Keyboard change then save with the mnemonic-free way: focus the button and press Space.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(page.findChild<QCheckBox*>(u"startMinimisedCheck"_s)->isChecked());
    for (QWidget* w : page.findChildren<QWidget*>()) {
        if (qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w)) {
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            QVERIFY2(!b->text().isEmpty(), qPrintable(b->objectName()));
        }
    }
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
