#pragma once
// A RulesSource over the real APIs through a RequestEngine of its own in this thread (send() never blocks).
// Badger: the connected user (GET /profiles/), the owners of the accounts it sees (GET /customers/) named through
// GET /search/users/?q=<id>. HighLevel has no user listing in the contract: the users assigned to or following the
// first contacts of a search. Tags: GET /locations/{id}/tags.

#include "RulesSource.h"

#include "api/ApiTypes.h"
#include "api/RequestEngine.h"

#include <memory>

namespace fb::ui {

class ApiRulesSource : public RulesSource
{
    Q_OBJECT

public:
    ApiRulesSource(const fb::api::ServiceConfig& highLevel, const QString& locationId,
                   const fb::api::ServiceConfig& badger, QObject* parent = nullptr);
    ~ApiRulesSource() override;

    void load() override;

private:
    void send(const fb::api::ApiRequest& request, std::function<void(const fb::api::ApiResult&)> done);
    void failed(fb::api::Service service, const fb::api::ApiResult& result);
    void finishStep();

    std::unique_ptr<fb::api::RequestEngine> m_engine;
    QString m_locationId;
    QObject* m_context = nullptr; // parent of every callback of one load(); deleting it drops a stale load
    int m_pending = 0;
    Users m_badgerUsers;
    Users m_highLevelUsers;
    QStringList m_errors;
};

} // namespace fb::ui
