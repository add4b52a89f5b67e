#pragma once
// The built-in sandbox as the app and headless runs use it: an in-process SandboxServer whose simulated accounts
// persist in DATA/sandbox/state.json between runs (first start: the bundled default seed), with its own ledger so
// simulated records never mix with real ones.

#include "sync/SyncWorker.h"

#include <QString>

#include <memory>

namespace fb::sandbox {
class SandboxServer;
}

namespace fb::app {

class SandboxSession
{
public:
    SandboxSession();
    ~SandboxSession(); // saves the state

    // Starts the server on a free loopback port and loads the saved state or the default seed.
    bool start(QString* error);
    bool save(QString* error = nullptr) const;

    // A worker setup pointing at the sandbox: its URLs, its fixed credentials, a ledger under DATA/sandbox/.
    sync::WorkerSetup workerSetup(const sync::MappingDocument& mapping) const;

    sandbox::SandboxServer* server() const { return m_server.get(); }
    static QString directory(); // DATA/sandbox

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

} // namespace fb::app
