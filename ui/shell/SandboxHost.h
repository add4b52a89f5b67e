#pragma once
// The built-in sandbox for the desktop app: a SandboxSession running in a thread of its own, so loading its state,
// serving the simulated APIs and saving them on exit never hold up the window.

#include "sync/SyncWorker.h"

#include <QObject>
#include <QUrl>

class QThread;

namespace fb::ui {

class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(QObject* parent = nullptr);
    ~SandboxHost() override; // saves the simulated accounts and stops the server

    // Starts the server in its thread; started() or failed() follows. Calling it again while running does nothing.
    void start();
    bool isRunning() const { return m_running; }
    // Saves and stops in the sandbox thread without waiting, then deletes this object.
    void shutdown();

    // A worker setup for the sandbox (its URLs, its fixed credentials, its own ledger); valid after started().
    sync::WorkerSetup workerSetup(const sync::MappingDocument& mapping) const;
    QUrl highLevelBaseUrl() const { return m_setup.config.highLevelBaseUrl; }
    QUrl badgerBaseUrl() const { return m_setup.config.badgerBaseUrl; }

Q_SIGNALS:
    void started();
    void failed(const QString& message);

private:
    QThread* m_thread = nullptr;
    QObject* m_inThread = nullptr; // context object living in m_thread; owns the session
    sync::WorkerSetup m_setup;
    bool m_running = false;
    bool m_starting = false;
};

} // namespace fb::ui
