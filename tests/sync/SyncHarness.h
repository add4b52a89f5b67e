#pragma once
// A complete sync stack for tests and benchmarks: a real SandboxServer on a loopback port seeded by the generator,
// a ledger in a temporary folder, a RequestEngine configured with the seed's credentials, and a SyncEngine.

#include "SandboxServer.h"
#include "api/RequestEngine.h"
#include "store/Database.h"
#include "sync/Ledger.h"
#include "sync/SyncEngine.h"

#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

namespace fb::synctest {

class SyncHarness
{
public:
    // Starts the sandbox with generateSeed(count, randomSeed) and no rate limits; opens a fresh ledger.
    explicit SyncHarness(int count = 0, quint64 randomSeed = 1);
    ~SyncHarness();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    sandbox::SandboxServer& sandbox() { return *m_sandbox; }
    api::RequestEngine& engine() { return *m_engine; }
    sync::Ledger& ledger() { return *m_ledger; }
    sync::SyncEngine& sync() { return *m_sync; }
    QString dataDir() const { return m_dir.path(); }

    // Records as the sandbox holds them now.
    QList<QJsonObject> highLevelContacts();
    QList<QJsonObject> badgerAccounts();

    // For every linked pair, the mapped fields on which the two sides disagree ("<pair>: <field> hl=… bg=…").
    QStringList disagreements();

    // Sends one request through the engine (for edits "by a user" between runs).
    api::ApiResult send(const api::ApiRequest& request) { return m_engine->sendAndWait(request); }

    // Re-opens the ledger and engine (as a restart would), keeping the data folder and the sandbox.
    void restart();

    // Short timeouts and back-off, for runs against a faulty sandbox (a silent server costs timeoutMs).
    void setFastRetries(int timeoutMs = 1500);

    // Records that exist on one side, were not in the seed, and are not linked: what a retried create that was
    // not reconciled would leave behind. Empty when nothing was duplicated.
    QStringList strayCreatedRecords();

    // The ledger lives at dataDir()/fieldbridge.sqlite, where `fieldbridge --data-dir dataDir()` finds it.
    QString databasePath() const;

private:
    void openStack();

    QTemporaryDir m_dir;
    QSet<QString> m_seedHighLevel;
    QSet<QString> m_seedBadger;
    QString m_error;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<sync::Ledger> m_ledger;
    std::unique_ptr<api::RequestEngine> m_engine;
    std::unique_ptr<sync::SyncEngine> m_sync;
};

} // namespace fb::synctest
