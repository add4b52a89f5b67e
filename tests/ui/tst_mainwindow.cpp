// The main window shell: navigation between screens, banner, About dialog.

#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using fb::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void navigatesBetweenScreens();
    void keyboardNavigation();
    void replacesScreenWidgets();
    void banner();
    void aboutShowsVersionAndLicence();
};

void TestMainWindow::navigatesBetweenScreens()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* nav = window.findChild<QListWidget*>(u"navigation"_s);
    auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
    QVERIFY(nav && pages);
    QCOMPARE(nav->count(), 6);
    QCOMPARE(pages->count(), 6);
    QSignalSpy spy(&window, &MainWindow::screenChanged);
    const QRect rect = nav->visualItemRect(nav->item(3));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.currentScreen(), MainWindow::Screen::Dashboard);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<MainWindow::Screen>(), MainWindow::Screen::Dashboard);
}

void TestMainWindow::keyboardNavigation()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    QTRY_COMPARE(window.currentScreen(), MainWindow::Screen::Settings);
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(window.currentScreen(), MainWindow::Screen::Activity);
    auto* nav = window.findChild<QListWidget*>(u"navigation"_s);
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Up);
    QCOMPARE(window.currentScreen(), MainWindow::Screen::Dashboard);
}

void TestMainWindow::replacesScreenWidgets()
{
    MainWindow window;
    auto* page = new QLabel(u"real page"_s);
    window.setScreenWidget(MainWindow::Screen::Mapping, page);
    QCOMPARE(window.screenWidget(MainWindow::Screen::Mapping), page);
    window.showScreen(MainWindow::Screen::Mapping);
    QCOMPARE(window.findChild<QStackedWidget*>(u"pages"_s)->currentWidget(), page);
}

void TestMainWindow::banner()
{
    MainWindow window;
    window.show();
    auto* banner = window.findChild<QLabel*>(u"banner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    auto* button = window.findChild<QPushButton*>(u"bannerButton"_s);
    QVERIFY(button);
    window.setBanner(u"Simulated accounts"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(!button->isVisible());
    QCOMPARE(banner->text(), u"Simulated accounts"_s);
    QSignalSpy activated(&window, &MainWindow::bannerActivated);
    window.setBanner(u"Simulated accounts"_s, u"Connect accounts…"_s);
    QVERIFY(button->isVisible());
    QCOMPARE(button->accessibleName(), u"Connect accounts…"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(activated.count(), 1);
    window.setBanner({});
    QVERIFY(!banner->isVisible());
    QVERIFY(!button->isVisible());
}

void TestMainWindow::aboutShowsVersionAndLicence()
{
    fb::ui::AboutDialog dialog;
    auto* text = dialog.findChild<QLabel*>(u"aboutText"_s);
    QVERIFY(text);
    QVERIFY(text->text().contains(u"0.1.0"_s));
    QVERIFY(text->text().contains(u"GPL-3.0-or-later"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
