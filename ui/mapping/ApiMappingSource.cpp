#include "ApiMappingSource.h"

#include "api/BadgerRequests.h"
#include "api/HighLevelRequests.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::api::ApiResult;
using fb::api::Service;

namespace {
QJsonArray listOf(const QJsonValue& json, const QString& key)
{
    if (json.isArray()) {
        return json.toArray();
    }
    return json.toObject().value(key).toArray();
}

QString folded(const QJsonValue& v)
{
    return v.toString().trimmed().toCaseFolded();
}
} // namespace

ApiMappingSource::ApiMappingSource(fb::api::RequestEngine* engine, const QString& locationId, QObject* parent)
    : MappingSource(parent)
    , m_engine(engine)
    , m_locationId(locationId)
{
}

ApiMappingSource::ApiMappingSource(const fb::api::ServiceConfig& highLevel, const QString& locationId,
                                   const fb::api::ServiceConfig& badger, QObject* parent)
    : MappingSource(parent)
    , m_ownEngine(std::make_unique<fb::api::RequestEngine>())
    , m_engine(m_ownEngine.get())
    , m_locationId(locationId)
{
    m_engine->setServiceConfig(Service::HighLevel, highLevel);
    m_engine->setServiceConfig(Service::Badger, badger);
}

ApiMappingSource::~ApiMappingSource()
{
    delete m_context; // drops the callbacks of a load still in flight before the engine goes
}

void ApiMappingSource::load()
{
    delete m_context;
    m_context = new QObject(this);
    m_pending = 0;
    m_failed = false;
    m_highLevelCustomFields = {};
    m_badgerDatafields = {};
    m_highLevelContact = {};
    m_badgerAccount = {};
    m_badgerAccounts = {};

    auto send = [this](const fb::api::ApiRequest& request, std::function<void(const ApiResult&)> done) {
        fb::api::ApiRequest r = request;
        r.priority = fb::api::Priority::UserAction; // someone is looking at the screen
        ++m_pending;
        m_engine->send(r, m_context, [this, done = std::move(done)](const ApiResult& result) {
            done(result);
            finishStep();
        });
    };

    // Catalog: both lists of custom fields.
    auto catalogParts = std::make_shared<int>(2);
    auto catalogStep = [this, catalogParts] {
        if (--*catalogParts == 0 && !m_failed) {
            fb::sync::FieldCatalog catalog = fb::sync::FieldCatalog::standard();
            catalog.addHighLevelCustomFields(m_highLevelCustomFields);
            catalog.addBadgerDatafields(m_badgerDatafields);
            Q_EMIT catalogLoaded(catalog);
        }
    };
    send(fb::api::ghl::request::listCustomFields(m_locationId), [this, catalogStep](const ApiResult& r) {
        if (!r.ok()) {
            fail(Service::HighLevel, r);
            return;
        }
        m_highLevelCustomFields = r.json.toObject().value(u"customFields"_s).toArray();
        catalogStep();
    });
    send(fb::api::badger::request::profile(), [this, catalogStep](const ApiResult& r) {
        if (!r.ok()) {
            fail(Service::Badger, r);
            return;
        }
        m_badgerDatafields = r.json.toObject().value(u"datafields"_s).toArray();
        catalogStep();
    });

    // Samples: a HighLevel contact and, preferably, the Badger account of the same person.
    auto lists = std::make_shared<int>(2);
    auto contacts = std::make_shared<QJsonArray>();
    auto listsStep = [this, lists, contacts] {
        if (--*lists == 0 && !m_failed) {
            fetchHighLevelSample(*contacts);
            fetchBadgerSample();
        }
    };
    fb::api::ghl::SearchQuery query;
    query.pageLimit = 20;
    send(fb::api::ghl::request::searchContacts(m_locationId, query), [this, listsStep, contacts](const ApiResult& r) {
        if (!r.ok()) {
            fail(Service::HighLevel, r);
            return;
        }
        *contacts = listOf(r.json, u"contacts"_s);
        listsStep();
    });
    send(fb::api::badger::request::listAccounts(), [this, listsStep](const ApiResult& r) {
        if (!r.ok()) {
            fail(Service::Badger, r);
            return;
        }
        m_badgerAccounts = listOf(r.json, u"results"_s);
        listsStep();
    });
}

void ApiMappingSource::fetchHighLevelSample(const QJsonArray& contacts)
{
    // The first contact with a Badger account of the same name, else the first contact.
    QString chosen;
    for (const QJsonValue& c : contacts) {
        const QJsonObject o = c.toObject();
        for (const QJsonValue& a : std::as_const(m_badgerAccounts)) {
            const QJsonObject b = a.toObject();
            const bool samePerson = folded(b.value(u"first_name"_s)) == folded(o.value(u"firstName"_s))
                && folded(b.value(u"last_name"_s)) == folded(o.value(u"lastName"_s));
            const bool sameCompany = !folded(o.value(u"companyName"_s)).isEmpty()
                && folded(b.value(u"last_name"_s)) == folded(o.value(u"companyName"_s));
            if (samePerson || sameCompany) {
                chosen = o.value(u"id"_s).toString();
                m_badgerAccount = QJsonObject{{u"id"_s, b.value(u"id"_s)}}; // placeholder until the detail arrives
                break;
            }
        }
        if (!chosen.isEmpty()) {
            break;
        }
    }
    if (chosen.isEmpty() && !contacts.isEmpty()) {
        chosen = contacts.first().toObject().value(u"id"_s).toString();
    }
    if (chosen.isEmpty()) {
        return;
    }
    ++m_pending;
    fb::api::ApiRequest r = fb::api::ghl::request::getContact(chosen);
    r.priority = fb::api::Priority::UserAction;
    m_engine->send(r, m_context, [this](const ApiResult& result) {
        if (result.ok()) {
            m_highLevelContact = result.json.toObject().value(u"contact"_s).toObject();
        } else {
            fail(Service::HighLevel, result);
        }
        finishStep();
    });
}

void ApiMappingSource::fetchBadgerSample()
{
    qint64 id = m_badgerAccount.value(u"id"_s).toInteger(-1);
    if (id < 0 && !m_badgerAccounts.isEmpty()) {
        id = m_badgerAccounts.first().toObject().value(u"id"_s).toInteger(-1);
    }
    m_badgerAccount = {};
    if (id < 0) {
        return;
    }
    ++m_pending;
    fb::api::ApiRequest r = fb::api::badger::request::getAccount(id);
    r.priority = fb::api::Priority::UserAction;
    m_engine->send(r, m_context, [this](const ApiResult& result) {
        if (result.ok()) {
            m_badgerAccount = result.json.toObject();
        } else {
            fail(Service::Badger, result);
        }
        finishStep();
    });
}

void ApiMappingSource::finishStep()
{
    if (--m_pending == 0 && !m_failed) {
        Q_EMIT samplesLoaded(m_highLevelContact, m_badgerAccount);
    }
}

void ApiMappingSource::fail(Service service, const ApiResult& result)
{
    if (m_failed) {
        return;
    }
    m_failed = true;
    const QString what = service == Service::HighLevel ? tr("HighLevel") : tr("Badger");
    const QString message = result.message.isEmpty() ? fb::api::toString(result.error) : result.message;
    Q_EMIT loadFailed(tr("Could not load the live fields from %1: %2").arg(what, message));
}

} // namespace fb::ui
