// Keyboard-only use of the whole app, on the built-in sandbox as a new user sees it: Ctrl+1..6 reach every screen; on
// every screen (and every tab of its tab widgets) Tab walks through every visible, enabled control and comes back
// round (no focus trap, e.g. a table whose Tab key moves between cells or a text box that types the tab); every such control has a name a screen
// reader can say (accessibleName, a QLabel buddy, or a button's own text).

#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include "core/AppPaths.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using fb::ui::AppController;
using fb::ui::MainWindow;

namespace {

const QString kService = u"io.github.fieldbridge.Fieldbridge.tst_accessibility"_s;

QString describe(const QWidget* w)
{
    QString name = w->objectName();
    if (name.isEmpty() && w->parentWidget()) {
        name = u"(child of "_s + QString::fromLatin1(w->parentWidget()->metaObject()->className()) + u' '
               + w->parentWidget()->objectName() + u')';
    }
    return QString(QString::fromLatin1(w->metaObject()->className()) + u' ' + name);
}

bool isInteractive(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
           || qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
           || qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTabBar*>(w)
           || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w);
}

// Parts of a composite control that are not controls of their own: a spin box's or combo box's line edit, a table's
// headers and corner button, the views' editors, a line edit's clear button, a tab bar's scroll buttons, scroll bars.
bool isPartOfAnotherControl(const QWidget* w, const QWidget* screen)
{
    if (qobject_cast<const QHeaderView*>(w) || qobject_cast<const QScrollBar*>(w)) {
        return true;
    }
    for (const QWidget* p = w->parentWidget(); p && p != screen; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p)
            || qobject_cast<const QAbstractItemView*>(p) || qobject_cast<const QLineEdit*>(p)
            || qobject_cast<const QTabBar*>(p) || qobject_cast<const QScrollBar*>(p)
            || qobject_cast<const QPlainTextEdit*>(p) || qobject_cast<const QTextEdit*>(p)) {
            return true;
        }
    }
    return false;
}

QList<QWidget*> controlsOf(QWidget* screen)
{
    QList<QWidget*> out;
    for (QWidget* w : screen->findChildren<QWidget*>()) {
        if (isInteractive(w) && w->isVisible() && w->isEnabled() && !isPartOfAnotherControl(w, screen)) {
            out << w;
        }
    }
    return out;
}

// The control a focus widget belongs to (a spin box's inner line edit counts as the spin box).
QWidget* controlFor(QWidget* focus, const QList<QWidget*>& controls)
{
    for (QWidget* w = focus; w; w = w->parentWidget()) {
        if (controls.contains(w)) {
            return w;
        }
    }
    return nullptr;
}

// What a screen reader says for the control: its accessibleName, else the text of a QLabel whose buddy it is, else
// (buttons, tab bars) its own visible text. A combo box's current value or a line edit's contents are not a name.
QString accessibleNameOf(QWidget* w)
{
    if (!w->accessibleName().trimmed().isEmpty()) {
        return w->accessibleName().trimmed();
    }
    for (QLabel* label : w->window()->findChildren<QLabel*>()) {
        if (label->buddy() == w && !label->text().trimmed().isEmpty()) {
            return label->text().remove(u'&').trimmed();
        }
    }
    if (auto* button = qobject_cast<QAbstractButton*>(w)) {
        return button->text().remove(u'&').trimmed();
    }
    if (auto* bar = qobject_cast<QTabBar*>(w)) {
        QStringList tabs;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i).trimmed().isEmpty()) {
                return {};
            }
            tabs << bar->tabText(i);
        }
        return tabs.join(u", "_s);
    }
    return {};
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyScreenByKeyboard();
    void cleanupTestCase();

private:
    // Tabs from the navigation list round to it again; fails on a trap or an unreachable control.
    void checkTabCycle(MainWindow* window, QWidget* screen, const QString& where);

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<AppController> m_app;
};

void TestAccessibility::initTestCase()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    fb::paths::setDataDirOverride(m_data->path());
    m_app = std::make_unique<AppController>(AppController::Options{true, false, kService});
    m_app->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    // Controls enable and disable as a run starts and ends: let the first run finish so the screens hold still.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->finishedRuns() >= 1, 240'000);
}

void TestAccessibility::cleanupTestCase()
{
    m_app.reset();
}

void TestAccessibility::checkTabCycle(MainWindow* window, QWidget* screen, const QString& where)
{
    const QList<QWidget*> controls = controlsOf(screen);
    for (QWidget* c : controls) {
        const QString name = accessibleNameOf(c);
        QVERIFY2(!name.isEmpty(), qPrintable(where + u": "_s + describe(c) + u" has no accessible name"_s));
    }
    auto* nav = window->findChild<QListWidget*>(u"navigation"_s);
    nav->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), nav);
    QSet<QWidget*> reached;
    // Generous: every focusable widget of the window twice. A trap shows as never getting back to the list.
    int budget = 0;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        budget += w->focusPolicy() & Qt::TabFocus ? 2 : 0;
    }
    bool back = false;
    QStringList path;
    for (int i = 0; i < budget + 10 && !back; ++i) {
        QWidget* before = QApplication::focusWidget();
        QTest::keyClick(before ? before : window, Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        QVERIFY2(now, qPrintable(where + u": focus lost after "_s + (before ? describe(before) : u"nothing"_s)));
        back = now == nav;
        if (QWidget* c = controlFor(now, controls)) {
            reached.insert(c);
        }
        if (path.isEmpty() || path.last() != describe(now)) {
            path << describe(now);
        }
    }
    qInfo().noquote() << where << u": %1 controls, %2 reached by Tab"_s.arg(controls.size()).arg(reached.size());
    QVERIFY2(back, qPrintable(where + u": Tab never came back to the screen list (a focus trap?): "_s
                              + path.mid(std::max<qsizetype>(0, path.size() - 6)).join(u" → "_s)));
    for (QWidget* c : controls) {
        QVERIFY2(reached.contains(c), qPrintable(where + u": "_s + describe(c) + u" is not reachable with Tab. Path: "_s
                                                 + path.join(u" → "_s)));
    }
}

void TestAccessibility::everyScreenByKeyboard()
{
    MainWindow* window = m_app->window();
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    const QMetaEnum screens = QMetaEnum::fromType<MainWindow::Screen>();
    QCOMPARE(screens.keyCount(), 6);
    for (int i = screens.keyCount() - 1; i >= 0; --i) {
        const auto screen = static_cast<MainWindow::Screen>(screens.value(i));
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window,
                        static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        QTRY_COMPARE(window->currentScreen(), screen);
        QWidget* page = window->screenWidget(screen);
        const QString where = QString::fromLatin1(screens.key(i));
        checkTabCycle(window, page, where);
        // Every tab of every tab widget, switched the keyboard way (arrow keys on the focused tab bar).
        QList<QTabWidget*> tabWidgets = page->findChildren<QTabWidget*>();
        if (auto* self = qobject_cast<QTabWidget*>(page)) {
            tabWidgets.prepend(self);
        }
        for (QTabWidget* tabs : std::as_const(tabWidgets)) {
            if (!tabs->isVisible()) {
                continue;
            }
            QTabBar* bar = tabs->tabBar();
            for (int t = 1; t < tabs->count(); ++t) {
                bar->setFocus(Qt::TabFocusReason);
                const int before = tabs->currentIndex();
                QTest::keyClick(bar, before < t ? Qt::Key_Right : Qt::Key_Left);
                QTRY_VERIFY(tabs->currentIndex() != before);
                tabs->setCurrentIndex(t);
                checkTabCycle(window, page, QString(where + u" / "_s + tabs->objectName() + u" / "_s + bar->tabText(t)));
            }
            tabs->setCurrentIndex(0);
        }
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
