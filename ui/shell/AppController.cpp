#include "AppController.h"

#include "MainWindow.h"
#include "SandboxHost.h"
#include "connections/BadgerConnectionPage.h"
#include "connections/ConnectionsPage.h"
#include "connections/HighLevelConnectionPage.h"
#include "connections/SecretField.h"
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "secrets/CredentialStore.h"
#include "settings/SettingsPage.h"
#include "activity/ActivityScreen.h"
#include "alerts/AlertSettingsWidget.h"
#include "alerts/AlertWebhook.h"
#include "dashboard/DashboardWidget.h"
#include "mapping/ApiMappingSource.h"
#include "mapping/MappingEditor.h"
#include "rules/ApiRulesSource.h"
#include "rules/RulesEditor.h"
#include "tray/HealthMonitor.h"
#include "tray/TrayIcon.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fb::ui {

AppController::AppController(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_window(std::make_unique<MainWindow>())
    , m_controller(new sync::SyncController(this))
    , m_credentials(options.keychainService.isEmpty() ? new secrets::CredentialStore(this)
                                                      : new secrets::CredentialStore(options.keychainService, this))
{
    connect(m_controller, &sync::SyncController::stateChanged, this,
            [this](sync::SyncState state, const QString& detail) {
                m_state = state;
                m_stateDetail = detail;
                updateStatus();
            });
    connect(m_controller, &sync::SyncController::runFinished, this, [this](const sync::RunSummary& summary) {
        m_lastRun = summary;
        m_lastRunAt = QDateTime::currentDateTime();
        ++m_finishedRuns;
        updateStatus();
    });
    connect(m_controller, &sync::SyncController::openFailed, this, &AppController::showOpenFailure);
    connect(m_window.get(), &MainWindow::bannerActivated, this,
            [this] { m_window->showScreen(MainWindow::Screen::Connections); });
    installScreens();
}

AppController::~AppController()
{
    // Screens first (they may hold the controller), then the worker, then the sandbox it talks to.
    m_window.reset();
    delete m_controller;
    m_controller = nullptr;
    delete m_sandbox.data();
}

SandboxHost* AppController::sandbox() const
{
    return m_sandbox.data();
}

QString AppController::sandboxBannerText()
{
    return tr("Simulated accounts — connect your real accounts. Fieldbridge is syncing built-in sample data so you "
              "can see how it works; nothing leaves this computer.");
}

void AppController::installScreens()
{
    m_connections = new ConnectionsPage(m_credentials);
    m_window->setScreenWidget(MainWindow::Screen::Connections, m_connections);
    connect(m_connections, &ConnectionsPage::credentialsChanged, this, &AppController::reconsiderMode);

    m_settings = new SettingsPage;
    m_window->setScreenWidget(MainWindow::Screen::Settings, m_settings);
    connect(m_settings, &SettingsPage::saved, this, &AppController::onSettingsSaved);

    m_mapping = new MappingEditor;
    m_window->setScreenWidget(MainWindow::Screen::Mapping, m_mapping);
    connect(m_mapping, &MappingEditor::mappingSaved, this,
            [this](const sync::MappingDocument& mapping) { m_controller->setMapping(mapping); });

    m_rules = new RulesEditor;
    m_window->setScreenWidget(MainWindow::Screen::Rules, m_rules);
    connect(m_rules, &RulesEditor::rulesSaved, this,
            [this](const sync::MappingDocument& mapping) { m_controller->setMapping(mapping); });
    connect(m_mapping, &MappingEditor::mappingSaved, m_rules, &RulesEditor::setMapping);
    connect(m_controller, &sync::SyncController::runFinished, m_rules, &RulesEditor::refreshPreview);
    connect(m_window.get(), &MainWindow::screenChanged, this, [this](MainWindow::Screen screen) {
        if (screen == MainWindow::Screen::Rules && m_rulesSource && m_rules->source() != m_rulesSource) {
            m_rules->setSource(m_rulesSource);
        }
    });

    // One health judgement for the dashboard, the tray and the alert webhook, so they never disagree.
    m_health = new HealthMonitor(m_controller, this);
    auto* dashboard = new DashboardWidget(m_controller, m_health);
    m_window->setScreenWidget(MainWindow::Screen::Dashboard, dashboard);
    auto* activity = new ActivityScreen(m_controller);
    m_window->setScreenWidget(MainWindow::Screen::Activity, activity);
    connect(dashboard, &DashboardWidget::failedCallsRequested, this, [this, activity] {
        activity->showFailedCalls();
        m_window->showScreen(MainWindow::Screen::Activity);
    });
    connect(dashboard, &DashboardWidget::conflictsRequested, this, [this, activity] {
        activity->showConflicts();
        m_window->showScreen(MainWindow::Screen::Activity);
    });
    m_tray = new TrayIcon(m_health, this);
    connect(m_tray, &TrayIcon::activated, this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    m_webhook = new AlertWebhook(this);
    m_webhook->attach(m_health);
    m_webhook->setUrl(QUrl(AlertSettingsWidget::savedUrl()));
}

void AppController::openController(const sync::WorkerSetup& setup)
{
    m_controller->open(setup);
    // The mapping editor reads the live field lists and sample records of the accounts the sync now uses.
    delete m_mappingSource;
    m_mappingSource = new ApiMappingSource(sync::highLevelServiceConfig(setup), setup.config.locationId,
                                           sync::badgerServiceConfig(setup), this);
    m_mapping->setSource(m_mappingSource);
    // The rules preview reads the ledger this setup syncs into; the user lists come from its accounts.
    m_rules->setLedgerPath(setup.databasePath);
    delete m_rulesSource;
    m_rulesSource = new ApiRulesSource(sync::highLevelServiceConfig(setup), setup.config.locationId,
                                       sync::badgerServiceConfig(setup), this);
    if (m_window->currentScreen() == MainWindow::Screen::Rules) {
        m_rules->setSource(m_rulesSource);
    }
}

void AppController::start()
{
    installDevelopmentHooks();
    if (m_options.startMinimised) {
        m_window->showMinimized();
    } else {
        m_window->show();
    }
    updateStatus();
    decide(false);
}

void AppController::reconsiderMode()
{
    decide(true);
}

void AppController::decide(bool userAction)
{
    const quint64 decision = ++m_decision;
    if (m_options.forceSandbox) {
        enterSandbox(tr("Fieldbridge was started with --sandbox."));
        return;
    }
    auto settings = paths::openSettings();
    sync::SyncConfig config;
    config.load(*settings);
    if (config.locationId.isEmpty()) {
        enterSandbox({});
        return;
    }
    const QString highLevelKey = secrets::CredentialStore::keyFor(api::Service::HighLevel, config.connection);
    const QString badgerKey = secrets::CredentialStore::keyFor(api::Service::Badger, config.connection);
    // Two asynchronous reads, one after the other; a newer decision makes these answers stale.
    m_credentials->read(highLevelKey, [this, decision, config, badgerKey,
                                       userAction](const secrets::CredentialResult& highLevel) {
        if (decision != m_decision) {
            return;
        }
        m_credentials->read(badgerKey, [this, decision, config, highLevel,
                                        userAction](const secrets::CredentialResult& badger) {
            if (decision != m_decision) {
                return;
            }
            if (highLevel.ok && badger.ok) {
                // Already on these accounts with these tokens: nothing to re-open.
                if (m_mode == Mode::Real && m_realSetup.highLevelToken == highLevel.value
                    && m_realSetup.badgerToken == badger.value && m_realSetup.config.locationId == config.locationId
                    && m_realSetup.config.highLevelBaseUrl == config.highLevelBaseUrl
                    && m_realSetup.config.badgerBaseUrl == config.badgerBaseUrl) {
                    return;
                }
                enterReal(config, highLevel.value, badger.value);
                return;
            }
            QStringList reasons;
            for (const auto* r : {&highLevel, &badger}) {
                if (!r->ok && r->error != secrets::CredentialError::NotFound) {
                    reasons << keychainAdvice(*r);
                    break; // the same keychain: one explanation is enough
                }
            }
            if (reasons.isEmpty() && userAction) {
                const bool missingHighLevel = !highLevel.ok;
                const bool missingBadger = !badger.ok;
                if (missingHighLevel && missingBadger) {
                    reasons << tr("Connect both services to sync your own accounts.");
                } else {
                    reasons << (missingHighLevel ? tr("Connect HighLevel too to sync your own accounts.")
                                                 : tr("Connect Badger Maps too to sync your own accounts."));
                }
            }
            enterSandbox(reasons.join(u' '));
        });
    });
}

sync::MappingDocument AppController::loadMapping()
{
    sync::MappingDocument mapping = sync::MappingDocument::defaults();
    QString error;
    if (!sync::loadMapping(sync::mappingPath(), &mapping, &error)) {
        qCWarning(lcUi) << "mapping file unreadable, using the default mapping:" << error;
        m_window->statusBar()->showMessage(tr("The mapping file could not be read; using the default mapping. %1")
                                               .arg(error),
                                           15'000);
    }
    return mapping;
}

void AppController::enterSandbox(const QString& reason)
{
    m_sandboxReason = reason;
    const bool wasSandbox = m_mode == Mode::Sandbox;
    setMode(Mode::Sandbox);
    QString banner = sandboxBannerText();
    if (!reason.isEmpty()) {
        banner += u' ' + reason;
    }
    m_window->setBanner(banner, tr("Connect accounts…"));
    m_connections->setModeText(tr("Fieldbridge is syncing simulated accounts now. Save both connections below to "
                                  "switch to your own; the simulated data stays apart from them."));
    if (SandboxHost* running = m_sandbox.data()) {
        if (!wasSandbox && running->isRunning()) {
            openController(running->workerSetup(loadMapping()));
            Q_EMIT controllerReopened(Mode::Sandbox);
        }
    } else {
        auto* host = new SandboxHost(this);
        m_sandbox = host;
        connect(host, &SandboxHost::started, this, [this, host] {
            if (m_mode != Mode::Sandbox || m_sandbox.data() != host) {
                return;
            }
            openController(host->workerSetup(loadMapping()));
            Q_EMIT controllerReopened(Mode::Sandbox);
        });
        connect(host, &SandboxHost::failed, this, [this](const QString& message) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Fieldbridge"),
                                        tr("The simulated accounts could not start: %1").arg(message),
                                        QMessageBox::Ok, m_window.get());
            box->setObjectName(u"sandboxFailedDialog"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
        host->start();
    }
}

void AppController::enterReal(const sync::SyncConfig& config, const QString& highLevelToken,
                              const QString& badgerToken)
{
    sync::WorkerSetup setup;
    setup.databasePath = paths::databasePath();
    setup.budgetFile = QDir(paths::dataDir()).filePath(u"budgets.ini"_s);
    setup.config = config;
    setup.highLevelToken = highLevelToken;
    setup.badgerToken = badgerToken;
    setup.mapping = loadMapping();
    setup.autoSync = true;
    m_realSetup = setup;
    m_lastRun = {};
    m_lastRunAt = {};
    openController(setup);
    setMode(Mode::Real);
    m_window->setBanner({});
    m_connections->setModeText({});
    if (SandboxHost* host = m_sandbox.data()) {
        m_sandbox = nullptr;
        // A sandbox run in progress finishes before the worker takes the open() queued behind it; stopping the
        // sandbox under it would leave that run retrying against a closed port. So the sandbox stops (saved, in its own
        // thread, the window never waits) only once the worker got to this point of its queue.
        QMetaObject::invokeMethod(
            m_controller->worker(),
            [this, host] { QMetaObject::invokeMethod(this, [host] { host->shutdown(); }, Qt::QueuedConnection); },
            Qt::QueuedConnection);
    }
    Q_EMIT controllerReopened(Mode::Real);
}

void AppController::setMode(Mode mode)
{
    if (m_mode == mode) {
        return;
    }
    m_mode = mode;
    updateStatus();
    Q_EMIT modeChanged(mode);
}

void AppController::onSettingsSaved(const sync::SyncConfig& config, bool mappingChanged)
{
    if (m_mode == Mode::Real) {
        m_realSetup.config.intervalSeconds = config.intervalSeconds;
        m_realSetup.config.highLevelDailyBudget = config.highLevelDailyBudget;
        m_realSetup.config.highLevelBurst = config.highLevelBurst;
        m_realSetup.config.badgerDailyBudget = config.badgerDailyBudget;
        m_realSetup.config.writeReserve = config.writeReserve;
        m_realSetup.mapping = loadMapping();
        m_realSetup.autoSync = true;
        openController(m_realSetup);
        Q_EMIT controllerReopened(Mode::Real);
    } else if (mappingChanged) {
        m_controller->setMapping(loadMapping());
    }
}

void AppController::updateStatus()
{
    QString text;
    switch (m_mode) {
    case Mode::Deciding:
        text = tr("Starting…");
        break;
    case Mode::Sandbox:
        text = tr("Simulated accounts");
        break;
    case Mode::Real:
        text = tr("Your accounts");
        break;
    }
    if (m_mode != Mode::Deciding) {
        text += u" · "_s + sync::toString(m_state);
        if (m_state == sync::SyncState::Error && !m_stateDetail.isEmpty()) {
            text += u": "_s + m_stateDetail;
        }
    }
    if (m_lastRunAt.isValid()) {
        text += u" · "_s
            + tr("last sync %1 (%2)").arg(QLocale().toString(m_lastRunAt.time(), QLocale::ShortFormat),
                                          sync::runStatusText(m_lastRun.status));
    }
    m_window->setStatusText(text);
}

void AppController::showOpenFailure(const QString& message)
{
    auto* box = new QMessageBox(m_window.get());
    box->setObjectName(u"openFailedDialog"_s);
    box->setIcon(QMessageBox::Critical);
    box->setWindowTitle(tr("Fieldbridge cannot open its data"));
    box->setText(message);
    box->setInformativeText(
        tr("Nothing was synced and no file was changed or deleted. If this database was made by a newer Fieldbridge, "
           "install that version again. If the file was damaged, Fieldbridge kept it aside; restore a backup or let "
           "Fieldbridge start a new one (your accounts are read again, links are rebuilt by matching).\n\nData "
           "folder: %1")
            .arg(QDir::toNativeSeparators(paths::dataDir())));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace fb::ui
