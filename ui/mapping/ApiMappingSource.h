#pragma once
// A MappingSource over the real APIs through a RequestEngine in this thread (its send() never blocks):
// HighLevel GET /locations/{id}/customFields and a sample contact; Badger GET /profiles/ datafields and an account.

#include "MappingSource.h"

#include "api/ApiTypes.h"
#include "api/RequestEngine.h"

#include <QPointer>

#include <memory>

namespace fb::ui {

class ApiMappingSource : public MappingSource
{
    Q_OBJECT

public:
    // Uses `engine` (not owned; it must live in this object's thread and have both services configured).
    ApiMappingSource(fb::api::RequestEngine* engine, const QString& locationId, QObject* parent = nullptr);
    // Creates and owns an engine for the two services (credentials read by the caller, e.g. from the keychain).
    ApiMappingSource(const fb::api::ServiceConfig& highLevel, const QString& locationId,
                     const fb::api::ServiceConfig& badger, QObject* parent = nullptr);
    ~ApiMappingSource() override;

    void load() override;
    bool isLoading() const { return m_pending > 0; }

private:
    void finishStep();
    void fail(fb::api::Service service, const fb::api::ApiResult& result);
    void fetchHighLevelSample(const QJsonArray& contacts);
    void fetchBadgerSample();

    std::unique_ptr<fb::api::RequestEngine> m_ownEngine;
    fb::api::RequestEngine* m_engine;
    QString m_locationId;
    QObject* m_context = nullptr; // parent of every callback in one load(); deleting it drops a stale load
    int m_pending = 0;
    bool m_failed = false;
    QJsonArray m_highLevelCustomFields;
    QJsonArray m_badgerDatafields;
    QJsonObject m_highLevelContact;
    QJsonObject m_badgerAccount;
    QJsonArray m_badgerAccounts;
};

} // namespace fb::ui
