// Hidden hooks for the screenshot script and the start-up benchmark, switched on by environment variables only:
//   FIELDBRIDGE_REPORT_INTERACTIVE=1   print "fieldbridge-interactive <ms since the epoch>" to stderr once the window
//                                      was exposed and the event loop turned (also sandbox-ready, first-sync lines)
//   FIELDBRIDGE_QUIT_AFTER=interactive|first-sync  quit right after that mark
//   FIELDBRIDGE_SCREENSHOT=<file.png>  after the first finished sync (or 20 s) show FIELDBRIDGE_SCREENSHOT_SCREEN
//                                      (connections, connections-highlevel, connections-badger, mapping, rules,
//                                      dashboard, activity, settings), save the window as PNG and quit

#include "AppController.h"
#include "MainWindow.h"
#include "SandboxHost.h"
#include "connections/BadgerConnectionPage.h"
#include "connections/ConnectionsPage.h"
#include "connections/HighLevelConnectionPage.h"
#include "generator/SeedGenerator.h"
#include "rules/RulesEditor.h"
#include "sync/SyncConfig.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fb::ui {

namespace {

void printMark(const char* what)
{
    std::fprintf(stderr, "%s %lld\n", what, static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stderr);
}

class ExposeWatcher : public QObject
{
public:
    ExposeWatcher(QObject* parent, bool quit)
        : QObject(parent)
        , m_quit(quit)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The first expose of any top-level window (the main window is the only one at start).
        if (!m_done && event->type() == QEvent::Expose && watched->isWindowType()) {
            m_done = true;
            // The next turn of the event loop: the window is painted and takes input.
            QTimer::singleShot(0, this, [this] {
                printMark("fieldbridge-interactive");
                if (m_quit) {
                    QTimer::singleShot(0, qApp, &QApplication::quit);
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
    bool m_quit;
};

void fillSandboxCredentials(AppController* app, bool badger)
{
    ConnectionsPage* page = app->connectionsPage();
    if (!app->sandbox()) {
        return;
    }
    if (badger) {
        auto* tabs = page->findChild<QTabWidget*>(u"connectionTabs"_s);
        tabs->setCurrentIndex(1);
        BadgerConnectionPage* b = page->badgerPage();
        b->findChild<QLineEdit*>(u"badgerKeyEdit"_s)
            ->setText(QString::fromLatin1(sandbox::GeneratedSeedCredentials::kBadgerApiKey));
        b->findChild<QLineEdit*>(u"badgerBaseUrlEdit"_s)->setText(app->sandbox()->badgerBaseUrl().toString());
        b->testConnection();
    } else {
        HighLevelConnectionPage* h = page->highLevelPage();
        h->findChild<QLineEdit*>(u"highLevelTokenEdit"_s)
            ->setText(QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelToken));
        h->findChild<QLineEdit*>(u"highLevelLocationEdit"_s)
            ->setText(QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId));
        h->findChild<QLineEdit*>(u"highLevelBaseUrlEdit"_s)->setText(app->sandbox()->highLevelBaseUrl().toString());
        h->testConnection();
    }
}

} // namespace

void AppController::installDevelopmentHooks()
{
    const bool report = qEnvironmentVariableIntValue("FIELDBRIDGE_REPORT_INTERACTIVE") == 1;
    if (report) {
        const QString quitAfter = qEnvironmentVariable("FIELDBRIDGE_QUIT_AFTER");
        new ExposeWatcher(this, quitAfter == u"interactive"_s);
        connect(this, &AppController::controllerReopened, this, [] { printMark("fieldbridge-controller-opened"); });
        connect(m_controller, &sync::SyncController::runFinished, this, [this, quitAfter] {
            if (m_finishedRuns == 1) {
                printMark("fieldbridge-first-sync-finished");
                if (quitAfter == u"first-sync"_s) {
                    QTimer::singleShot(0, qApp, &QApplication::quit);
                }
            }
        });
    }
    const QString shot = qEnvironmentVariable("FIELDBRIDGE_SCREENSHOT");
    if (shot.isEmpty()) {
        return;
    }
    m_window->resize(1280, 800);
    const QString screen = qEnvironmentVariable("FIELDBRIDGE_SCREENSHOT_SCREEN", u"connections"_s);
    if (screen == u"rules"_s) {
        // The example rules, saved before the first sync reads check-ins for them, so the preview has some.
        QString error;
        if (!RulesEditor::saveExampleRulesIfNone(sync::mappingPath(), &error)) {
            std::fprintf(stderr, "fieldbridge-screenshot rules: %s\n", qPrintable(error));
        }
        m_rules->revert();
    }
    auto* taken = new bool(false);
    auto capture = [this, shot, screen, taken] {
        if (*taken) {
            return;
        }
        *taken = true;
        const QHash<QString, MainWindow::Screen> screens{
            {u"connections"_s, MainWindow::Screen::Connections},
            {u"connections-highlevel"_s, MainWindow::Screen::Connections},
            {u"connections-badger"_s, MainWindow::Screen::Connections},
            {u"mapping"_s, MainWindow::Screen::Mapping},
            {u"rules"_s, MainWindow::Screen::Rules},
            {u"dashboard"_s, MainWindow::Screen::Dashboard},
            {u"activity"_s, MainWindow::Screen::Activity},
            {u"settings"_s, MainWindow::Screen::Settings},
        };
        m_window->showScreen(screens.value(screen, MainWindow::Screen::Connections));
        int wait = 800;
        if (screen == u"connections-highlevel"_s || screen == u"connections-badger"_s) {
            fillSandboxCredentials(this, screen == u"connections-badger"_s);
            wait = 2500;
        }
        QTimer::singleShot(wait, this, [this, shot, taken] {
            const bool saved = m_window->grab().save(shot, "PNG");
            std::fprintf(stderr, "fieldbridge-screenshot %s %s\n", saved ? "saved" : "FAILED", qPrintable(shot));
            delete taken;
            QApplication::exit(saved ? 0 : 1);
        });
    };
    connect(m_controller, &sync::SyncController::runFinished, this, capture);
    QTimer::singleShot(qEnvironmentVariableIntValue("FIELDBRIDGE_SCREENSHOT_TIMEOUT_MS") > 0
                           ? qEnvironmentVariableIntValue("FIELDBRIDGE_SCREENSHOT_TIMEOUT_MS")
                           : 20'000,
                       this, capture);
}

} // namespace fb::ui
