#include "ApiRulesSource.h"

#include "api/BadgerRequests.h"
#include "api/HighLevelRequests.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::api::ApiResult;
using fb::api::Service;

namespace {
QString idText(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QString personName(const QJsonObject& o)
{
    return QString(o.value(u"first_name"_s).toString() + u' ' + o.value(u"last_name"_s).toString()).trimmed();
}
} // namespace

ApiRulesSource::ApiRulesSource(const fb::api::ServiceConfig& highLevel, const QString& locationId,
                               const fb::api::ServiceConfig& badger, QObject* parent)
    : RulesSource(parent)
    , m_engine(std::make_unique<fb::api::RequestEngine>())
    , m_locationId(locationId)
{
    m_engine->setServiceConfig(Service::HighLevel, highLevel);
    m_engine->setServiceConfig(Service::Badger, badger);
}

ApiRulesSource::~ApiRulesSource()
{
    delete m_context; // drops the callbacks of a load in flight before the engine goes
}

void ApiRulesSource::send(const fb::api::ApiRequest& request, std::function<void(const ApiResult&)> done)
{
    fb::api::ApiRequest r = request;
    r.priority = fb::api::Priority::UserAction; // someone is looking at the screen
    ++m_pending;
    m_engine->send(r, m_context, [this, done = std::move(done)](const ApiResult& result) {
        done(result);
        finishStep();
    });
}

void ApiRulesSource::load()
{
    delete m_context;
    m_context = new QObject(this);
    m_pending = 0;
    m_badgerUsers.clear();
    m_highLevelUsers.clear();
    m_errors.clear();

    // Badger: the connected user, then the owners of the accounts it sees, each named by a user search.
    auto known = std::make_shared<QSet<QString>>();
    send(fb::api::badger::request::profile(), [this, known](const ApiResult& r) {
        if (!r.ok()) {
            failed(Service::Badger, r);
            return;
        }
        const QJsonObject p = r.json.toObject();
        const QString id = idText(p.value(u"id"_s));
        if (!id.isEmpty() && !known->contains(id)) {
            known->insert(id);
            const QString name = personName(p);
            m_badgerUsers.append({name.isEmpty() ? id : name, id});
        }
    });
    send(fb::api::badger::request::listAccounts(), [this, known](const ApiResult& r) {
        if (!r.ok()) {
            failed(Service::Badger, r);
            return;
        }
        const QJsonArray accounts = r.json.isArray() ? r.json.toArray() : r.json.toObject().value(u"results"_s).toArray();
        QStringList owners;
        for (const QJsonValue& a : accounts) {
            const QString owner = idText(a.toObject().value(u"account_owner"_s));
            if (!owner.isEmpty() && !owners.contains(owner)) {
                owners.append(owner);
            }
        }
        for (const QString& owner : std::as_const(owners).mid(0, 25)) { // a team, not a directory
            send(fb::api::badger::request::searchUsers(owner), [this, owner, known](const ApiResult& s) {
                if (known->contains(owner)) {
                    return;
                }
                known->insert(owner);
                QString name;
                QJsonValue hit = s.json;
                if (s.json.isArray()) {
                    hit = s.json.toArray().isEmpty() ? QJsonValue() : s.json.toArray().first();
                }
                if (s.ok() && idText(hit.toObject().value(u"id"_s)) == owner) {
                    name = personName(hit.toObject());
                    if (name.isEmpty()) {
                        name = hit.toObject().value(u"username"_s).toString();
                    }
                }
                m_badgerUsers.append({name.isEmpty() ? owner : name, owner});
            });
        }
    });

    // HighLevel: users met on the first contacts (assigned or following).
    fb::api::ghl::SearchQuery query;
    query.pageLimit = 100;
    send(fb::api::ghl::request::searchContacts(m_locationId, query), [this](const ApiResult& r) {
        if (!r.ok()) {
            failed(Service::HighLevel, r);
            return;
        }
        const QJsonArray contacts = r.json.isArray() ? r.json.toArray() : r.json.toObject().value(u"contacts"_s).toArray();
        QStringList ids;
        for (const QJsonValue& c : contacts) {
            const QJsonObject o = c.toObject();
            QStringList of{o.value(u"assignedTo"_s).toString()};
            for (const QJsonValue& f : o.value(u"followers"_s).toArray()) {
                of.append(f.toString());
            }
            for (const QString& id : std::as_const(of)) {
                if (!id.isEmpty() && !ids.contains(id)) {
                    ids.append(id);
                }
            }
        }
        for (const QString& id : std::as_const(ids)) {
            m_highLevelUsers.append({id, id});
        }
    });
    send(fb::api::ghl::request::listLocationTags(m_locationId), [this](const ApiResult& r) {
        if (!r.ok()) {
            failed(Service::HighLevel, r);
            return;
        }
        QStringList tags;
        for (const QJsonValue& t : r.json.toObject().value(u"tags"_s).toArray()) {
            const QString name = t.toObject().value(u"name"_s).toString();
            if (!name.isEmpty()) {
                tags.append(name);
            }
        }
        tags.sort(Qt::CaseInsensitive);
        Q_EMIT tagsLoaded(tags);
    });
}

void ApiRulesSource::finishStep()
{
    if (--m_pending > 0) {
        return;
    }
    Q_EMIT usersLoaded(m_badgerUsers, m_highLevelUsers);
    if (!m_errors.isEmpty()) {
        Q_EMIT loadFailed(m_errors.join(u' '));
    }
}

void ApiRulesSource::failed(Service service, const ApiResult& result)
{
    const QString what = service == Service::HighLevel ? tr("HighLevel") : tr("Badger");
    const QString message = result.message.isEmpty() ? fb::api::toString(result.error) : result.message;
    const QString text = tr("Could not load the users from %1: %2").arg(what, message);
    if (!m_errors.contains(text)) {
        m_errors.append(text);
    }
}

} // namespace fb::ui
