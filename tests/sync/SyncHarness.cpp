#include "SyncHarness.h"

#include "generator/SeedGenerator.h"
#include "sync/RecordAdapter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fb::synctest {

SyncHarness::SyncHarness(int count, quint64 randomSeed)
    : m_sandbox(std::make_unique<sandbox::SandboxServer>())
{
    QString error;
    if (!m_sandbox->start(0, &error)) {
        m_error = error;
        return;
    }
    m_sandbox->loadSeed(sandbox::generateSeed(count, randomSeed));
    m_sandbox->setLimits(QJsonObject{
        {u"highlevel"_s, QJsonObject{{u"burstMax"_s, 0}, {u"dailyMax"_s, 0}}},
        {u"badger"_s, QJsonObject{{u"dailyQuota"_s, 0}}},
    });
    for (const QJsonObject& contact : highLevelContacts()) {
        m_seedHighLevel.insert(contact.value(u"id"_s).toString());
    }
    for (const QJsonObject& account : badgerAccounts()) {
        m_seedBadger.insert(sync::canonicalText(account.value(u"id"_s)));
    }
    openStack();
}

QString SyncHarness::databasePath() const
{
    return m_dir.filePath(u"fieldbridge.sqlite"_s);
}

void SyncHarness::setFastRetries(int timeoutMs)
{
    for (api::Service service : {api::Service::HighLevel, api::Service::Badger}) {
        api::ServiceConfig config = m_engine->serviceConfig(service);
        config.connectTimeoutMs = timeoutMs;
        config.transferTimeoutMs = timeoutMs;
        m_engine->setServiceConfig(service, config);
    }
    api::RetryPolicy retry = m_engine->retryPolicy();
    retry.baseDelayMs = 20;
    retry.maxDelayMs = 200;
    retry.maxServerWaitMs = 3000;
    m_engine->setRetryPolicy(retry);
}

QStringList SyncHarness::strayCreatedRecords()
{
    QStringList out;
    for (const QJsonObject& contact : highLevelContacts()) {
        const QString id = contact.value(u"id"_s).toString();
        if (!m_seedHighLevel.contains(id) && !m_ledger->linkByHighLevel(u"contact"_s, id)) {
            out << u"HighLevel contact %1 (%2 %3)"_s.arg(id, contact.value(u"firstName"_s).toString(),
                                                          contact.value(u"lastName"_s).toString());
        }
    }
    for (const QJsonObject& account : badgerAccounts()) {
        const QString id = sync::canonicalText(account.value(u"id"_s));
        if (!m_seedBadger.contains(id) && !m_ledger->linkByBadger(u"contact"_s, id)) {
            out << u"Badger account %1 (%2)"_s.arg(id, account.value(u"last_name"_s).toString());
        }
    }
    return out;
}

SyncHarness::~SyncHarness()
{
    m_sync.reset();
    m_engine.reset();
    m_ledger.reset();
    m_db.reset();
    if (m_sandbox) {
        m_sandbox->stop();
    }
}

void SyncHarness::openStack()
{
    m_sync.reset();
    m_engine.reset();
    m_ledger.reset();
    m_db = std::make_unique<store::Database>(databasePath());
    const store::OpenResult opened = m_db->open();
    if (!opened.ok()) {
        m_error = opened.message;
        return;
    }
    m_ledger = std::make_unique<sync::Ledger>(*m_db);
    m_engine = std::make_unique<api::RequestEngine>();
    api::ServiceConfig ghl;
    ghl.baseUrl = m_sandbox->highLevelBaseUrl();
    ghl.credential = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelToken);
    ghl.accountKey = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId);
    m_engine->setServiceConfig(api::Service::HighLevel, ghl);
    api::ServiceConfig badger;
    badger.baseUrl = m_sandbox->badgerBaseUrl();
    badger.credential = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kBadgerApiKey);
    badger.accountKey = u"sandbox-team"_s;
    m_engine->setServiceConfig(api::Service::Badger, badger);
    api::ServiceLimits unlimited;
    unlimited.burstMax = 0;
    unlimited.dailyLimit = 0;
    m_engine->governor()->setLimits(api::Service::HighLevel, unlimited);
    m_engine->governor()->setLimits(api::Service::Badger, unlimited);
    m_sync = std::make_unique<sync::SyncEngine>(*m_ledger, *m_engine);
    sync::SyncSettings settings;
    settings.locationId = QString::fromLatin1(sandbox::GeneratedSeedCredentials::kHighLevelLocationId);
    m_sync->setSettings(settings);
}

void SyncHarness::restart()
{
    openStack();
}

QList<QJsonObject> SyncHarness::highLevelContacts()
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : m_sandbox->state().value(u"highlevel"_s).toObject().value(u"contacts"_s).toArray()) {
        out.append(v.toObject());
    }
    return out;
}

QList<QJsonObject> SyncHarness::badgerAccounts()
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : m_sandbox->state().value(u"badger"_s).toObject().value(u"accounts"_s).toArray()) {
        out.append(v.toObject());
    }
    return out;
}

QStringList SyncHarness::disagreements()
{
    QHash<QString, QJsonObject> contacts;
    for (const QJsonObject& c : highLevelContacts()) {
        contacts.insert(c.value(u"id"_s).toString(), c);
    }
    QHash<QString, QJsonObject> accounts;
    for (const QJsonObject& a : badgerAccounts()) {
        accounts.insert(sync::canonicalText(a.value(u"id"_s)), a);
    }
    const sync::MappingDocument& mapping = m_sync->mapping();
    QStringList out;
    for (const sync::Link& link : m_ledger->links(u"contact"_s)) {
        if (!contacts.contains(link.highLevelId) || !accounts.contains(link.badgerId)) {
            out << u"%1: linked record missing (hl %2, badger %3)"_s.arg(link.label, link.highLevelId, link.badgerId);
            continue;
        }
        const sync::FieldValues hl = sync::highLevelValues(contacts.value(link.highLevelId));
        const sync::FieldValues bg = sync::badgerValues(accounts.value(link.badgerId));
        for (const sync::FieldMapping& row : mapping.fields) {
            if (!row.enabled || m_ledger->hasOpenConflict(link.id, row.id)) {
                continue;
            }
            if (!sync::valuesAgree(row, mapping.options, hl.value(row.highLevelField), bg.value(row.badgerField), hl,
                                   bg)) {
                out << u"%1: %2 hl=\"%3\" bg=\"%4\""_s.arg(link.label, row.id, hl.value(row.highLevelField),
                                                            bg.value(row.badgerField));
            }
        }
    }
    return out;
}

} // namespace fb::synctest
