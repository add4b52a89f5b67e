#pragma once
// Shared by the dashboard/activity/conflicts/tray tests: a real SandboxServer on a loopback port seeded by the
// generator (no rate limits), and the WorkerSetup that opens a SyncController on it with a ledger in a temp folder.

#include "SandboxServer.h"
#include "api/RequestEngine.h"
#include "generator/SeedGenerator.h"
#include "sync/SyncWorker.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace fb::uitest {

using namespace Qt::StringLiterals;

class UiSandbox
{
public:
    bool start(int count, quint64 randomSeed, QString* error)
    {
        server = std::make_unique<sandbox::SandboxServer>();
        if (!server->start(0, error)) {
            return false;
        }
        server->loadSeed(sandbox::generateSeed(count, randomSeed));
        return server->setLimits(QJsonObject{
                                     {u"highlevel"_s, QJsonObject{{u"burstMax"_s, 0}, {u"dailyMax"_s, 0}}},
                                     {u"badger"_s, QJsonObject{{u"dailyQuota"_s, 0}}},
                                 },
                                 error);
    }

    sync::WorkerSetup setup(const sync::MappingDocument& mapping = sync::MappingDocument::defaults(),
                            const QString& highLevelToken = {}) const
    {
        sync::WorkerSetup s;
        s.databasePath = dir.filePath(u"ledger.sqlite"_s);
        s.budgetFile = dir.filePath(u"budgets.ini"_s);
        s.config.highLevelBaseUrl = server->highLevelBaseUrl();
        s.config.badgerBaseUrl = server->badgerBaseUrl();
        s.config.locationId = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId);
        s.config.badgerTeam = u"sandbox"_s;
        s.config.intervalSeconds = 3600;
        s.highLevelToken = highLevelToken.isEmpty()
                               ? QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelToken)
                               : highLevelToken;
        s.badgerToken = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kBadgerApiKey);
        s.mapping = mapping;
        s.autoSync = false;
        s.unlimitedBudgets = true;
        return s;
    }

    // Sends one request as a user editing a record would (between sync runs), on the test's thread.
    api::ApiResult send(const api::ApiRequest& request)
    {
        if (!engine) {
            engine = std::make_unique<api::RequestEngine>();
            api::ServiceConfig ghl;
            ghl.baseUrl = server->highLevelBaseUrl();
            ghl.credential = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelToken);
            ghl.accountKey = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId);
            engine->setServiceConfig(api::Service::HighLevel, ghl);
            api::ServiceConfig badger;
            badger.baseUrl = server->badgerBaseUrl();
            badger.credential = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kBadgerApiKey);
            badger.accountKey = u"test-edits"_s;
            engine->setServiceConfig(api::Service::Badger, badger);
            api::ServiceLimits unlimited;
            unlimited.burstMax = 0;
            unlimited.dailyLimit = 0;
            engine->governor()->setLimits(api::Service::HighLevel, unlimited);
            engine->governor()->setLimits(api::Service::Badger, unlimited);
        }
        return engine->sendAndWait(request);
    }

    QTemporaryDir dir;
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<api::RequestEngine> engine;
};

// Keeps a QAbstractItemModelTester on every model for the test's lifetime (it checks each change as it happens).
inline std::unique_ptr<QAbstractItemModelTester> testModel(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

} // namespace fb::uitest
