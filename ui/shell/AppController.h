#pragma once
// The desktop app's conductor: decides at start whether to run on the real accounts (settings + keychain tokens) or
// the built-in sandbox, opens the SyncController on it, plugs the screens into the main window and switches to the
// real accounts once working credentials are saved. Nothing here waits on the network, the keychain or the database.

#include "sync/SyncWorker.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace fb::secrets {
class CredentialStore;
}

namespace fb::ui {

class AlertWebhook;
class ApiMappingSource;
class ApiRulesSource;
class ConnectionsPage;
class HealthMonitor;
class MappingEditor;
class RulesEditor;
class TrayIcon;
class MainWindow;
class SandboxHost;
class SettingsPage;

class AppController : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Deciding, // reading the settings and the keychain
        Sandbox,  // the built-in simulated accounts
        Real,     // the user's own accounts
    };
    Q_ENUM(Mode)

    struct Options
    {
        bool forceSandbox = false;    // --sandbox
        bool startMinimised = false;  // --minimised or the setting
        QString keychainService;      // empty: the application's own keychain items (tests use their own)
    };

    explicit AppController(const Options& options, QObject* parent = nullptr);
    ~AppController() override;

    // Shows the window (or minimised) and starts deciding the mode; returns at once.
    void start();

    MainWindow* window() const { return m_window.get(); }
    // The one SyncController of the app: construct dashboard widgets with it. Valid from construction; it is re-opened
    // (not replaced) when the mode changes.
    sync::SyncController* controller() const { return m_controller; }
    secrets::CredentialStore* credentials() const { return m_credentials; }
    ConnectionsPage* connectionsPage() const { return m_connections; }
    SettingsPage* settingsPage() const { return m_settings; }
    SandboxHost* sandbox() const; // null unless on the sandbox
    Mode mode() const { return m_mode; }
    sync::SyncState syncState() const { return m_state; }
    sync::RunSummary lastRun() const { return m_lastRun; }
    int finishedRuns() const { return m_finishedRuns; }

    static QString sandboxBannerText();

    // Reads the settings and the keychain again and uses the real accounts when both services are configured, the
    // sandbox otherwise (unless --sandbox). Called after the Connections page saved or removed a secret.
    void reconsiderMode();

Q_SIGNALS:
    void modeChanged(fb::ui::AppController::Mode mode);
    // The controller was (re)opened on new accounts; screens that cache data should reload.
    void controllerReopened(fb::ui::AppController::Mode mode);

private:
    void decide(bool userAction);
    void enterSandbox(const QString& reason);
    void enterReal(const sync::SyncConfig& config, const QString& highLevelToken, const QString& badgerToken);
    void setMode(Mode mode);
    sync::MappingDocument loadMapping();
    void updateStatus();
    void showOpenFailure(const QString& message);
    void onSettingsSaved(const sync::SyncConfig& config, bool mappingChanged);
    void installScreens();
    void openController(const sync::WorkerSetup& setup);
    void installDevelopmentHooks();

    Options m_options;
    std::unique_ptr<MainWindow> m_window;
    sync::SyncController* m_controller;
    secrets::CredentialStore* m_credentials;
    QPointer<SandboxHost> m_sandbox;
    ConnectionsPage* m_connections = nullptr;
    MappingEditor* m_mapping = nullptr;
    ApiMappingSource* m_mappingSource = nullptr;
    RulesEditor* m_rules = nullptr;
    ApiRulesSource* m_rulesSource = nullptr; // asked only once the Rules screen is shown (it costs API calls)
    HealthMonitor* m_health = nullptr;
    TrayIcon* m_tray = nullptr;
    AlertWebhook* m_webhook = nullptr;
    SettingsPage* m_settings = nullptr;
    Mode m_mode = Mode::Deciding;
    sync::SyncState m_state = sync::SyncState::NotConfigured;
    QString m_stateDetail;
    sync::RunSummary m_lastRun;
    QDateTime m_lastRunAt;
    int m_finishedRuns = 0;
    quint64 m_decision = 0; // a newer decision makes the keychain answers of an older one stale
    sync::WorkerSetup m_realSetup; // tokens held in memory while on the real accounts, for re-opening
    QString m_sandboxReason;
};

} // namespace fb::ui
