#include "SandboxSession.h"

#include "SandboxServer.h"
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "generator/DefaultSeed.h"
#include "generator/SeedGenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fb::app {

SandboxSession::SandboxSession() = default;

SandboxSession::~SandboxSession()
{
    if (m_server && m_server->isRunning()) {
        save();
        m_server->stop();
    }
}

QString SandboxSession::directory()
{
    const QString dir = QDir(paths::dataDir()).filePath(u"sandbox"_s);
    QDir().mkpath(dir);
    return dir;
}

bool SandboxSession::start(QString* error)
{
    m_server = std::make_unique<sandbox::SandboxServer>();
    if (!m_server->start(0, error)) {
        return false;
    }
    QJsonObject seed;
    QFile saved(QDir(directory()).filePath(u"state.json"_s));
    if (saved.open(QIODevice::ReadOnly)) {
        const QJsonDocument doc = QJsonDocument::fromJson(saved.readAll());
        if (doc.isObject()) {
            seed = doc.object();
        } else {
            qCWarning(lcSandbox) << "sandbox state file unreadable; starting from the default seed";
        }
    }
    if (seed.isEmpty()) {
        seed = sandbox::defaultSeed();
    }
    m_server->loadSeed(seed);
    qCInfo(lcSandbox) << "sandbox serving HighLevel at" << m_server->highLevelBaseUrl().toString() << "and Badger at"
                      << m_server->badgerBaseUrl().toString();
    return true;
}

bool SandboxSession::save(QString* error) const
{
    if (!m_server || !m_server->isRunning()) {
        return true;
    }
    QSaveFile file(QDir(directory()).filePath(u"state.json"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(m_server->state()).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

sync::WorkerSetup SandboxSession::workerSetup(const sync::MappingDocument& mapping) const
{
    sync::WorkerSetup setup;
    setup.databasePath = QDir(directory()).filePath(u"fieldbridge.sqlite"_s);
    setup.budgetFile = QDir(directory()).filePath(u"budgets.ini"_s);
    setup.config.highLevelBaseUrl = m_server->highLevelBaseUrl();
    setup.config.badgerBaseUrl = m_server->badgerBaseUrl();
    setup.config.locationId = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId);
    setup.config.badgerTeam = u"sandbox"_s;
    setup.config.intervalSeconds = 60;
    setup.highLevelToken = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelToken);
    setup.badgerToken = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kBadgerApiKey);
    setup.mapping = mapping;
    return setup;
}

} // namespace fb::app
