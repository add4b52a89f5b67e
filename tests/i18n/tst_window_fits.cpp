// The whole app fits a 1280x800 screen in every language it speaks: German and Spanish texts run longer than English,
// and a label that does not wrap widens the window past the screen (the first German build was 1315 px wide). Runs the
// real app on the built-in sandbox, lets its first sync finish (the screens then hold their longest texts) and checks
// the window's minimum size, naming the widgets that are widest.
#include "core/AppPaths.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using fb::ui::AppController;
using fb::ui::MainWindow;

namespace {

constexpr int kScreenWidth = 1280;
constexpr int kScreenHeight = 800;

// The widest widgets of a screen by minimum width, so a failure says what to fix.
QString widest(QWidget* screen)
{
    QList<QPair<int, QWidget*>> all;
    for (QWidget* w : screen->findChildren<QWidget*>()) {
        if (!w->isWindow() && !w->isHidden()) { // the pages of a stack not shown still count, dialogs do not
            all.append({w->minimumSizeHint().width(), w});
        }
    }
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList out;
    for (const auto& [width, w] : all) {
        if (out.size() == 10) {
            break;
        }
        const auto* label = qobject_cast<QLabel*>(w);
        out << QString(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName() + u' '
                       + QString::number(width) + (label ? u" \""_s + label->text().left(60) + u'"' : QString()));
    }
    return out.join(u"; "_s);
}

} // namespace

class TestWindowFits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitsOnSmallScreen_data();
    void fitsOnSmallScreen();
};

void TestWindowFits::fitsOnSmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Spanish") << u"es"_s;
}

void TestWindowFits::fitsOnSmallScreen()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(u"fieldbridge_"_s + language, QString::fromUtf8(FIELDBRIDGE_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    QTemporaryDir data;
    QVERIFY(data.isValid());
    fb::paths::setDataDirOverride(data.path());
    {
        AppController app(AppController::Options{true, false, u"io.github.fieldbridge.Fieldbridge.tst_window_fits"_s});
        app.start();
        MainWindow* window = app.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(app.finishedRuns() >= 1, 240'000);
        for (int i = 0; i <= int(MainWindow::Screen::Settings); ++i) {
            const auto screen = MainWindow::Screen(i);
            window->showScreen(screen);
            QCoreApplication::processEvents();
            const QSize min = window->minimumSizeHint().expandedTo(window->minimumSize());
            QVERIFY2(min.width() <= kScreenWidth,
                     qPrintable(u"window needs %1 px on screen %2; widest: %3"_s.arg(min.width()).arg(i).arg(
                         widest(window))));
            QVERIFY2(min.height() <= kScreenHeight,
                     qPrintable(u"window needs %1 px of height on screen %2"_s.arg(min.height()).arg(i)));
        }
    }
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestWindowFits)
#include "tst_window_fits.moc"
