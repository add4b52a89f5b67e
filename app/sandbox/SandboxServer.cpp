#include "SandboxServer.h"

#include "SandboxCore.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace fb::sandbox {

SandboxServer::SandboxServer(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_core(new SandboxCore(m_clock))
{
    m_thread->setObjectName(u"fieldbridge-sandbox"_s);
    m_core->moveToThread(m_thread);
    m_thread->start();
}

SandboxServer::~SandboxServer()
{
    runInServerThread([this] {
        m_core->close();
        delete m_core;
        m_core = nullptr;
    });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void SandboxServer::runInServerThread(const std::function<void()>& work) const
{
    if (QThread::currentThread() == m_thread) {
        work();
        return;
    }
    QMetaObject::invokeMethod(m_core, work, Qt::BlockingQueuedConnection);
}

bool SandboxServer::start(quint16 port, QString* error)
{
    if (m_port != 0) {
        if (error)
            *error = u"the sandbox is already running on port %1"_s.arg(m_port);
        return false;
    }
    bool ok = false;
    QString err;
    runInServerThread([&] {
        ok = m_core->listen(port, &err);
        m_port = ok ? m_core->port() : 0;
    });
    if (!ok && error)
        *error = err;
    return ok;
}

void SandboxServer::stop()
{
    runInServerThread([this] { m_core->close(); });
    m_port = 0;
}

QUrl SandboxServer::highLevelBaseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/ghl"_s.arg(m_port));
}

QUrl SandboxServer::badgerBaseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/badger/api/2"_s.arg(m_port));
}

QUrl SandboxServer::adminUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/_sandbox"_s.arg(m_port));
}

void SandboxServer::loadSeed(const QJsonObject& seed)
{
    runInServerThread([&] { m_core->loadSeed(seed); });
}

QJsonObject SandboxServer::state() const
{
    QJsonObject out;
    runInServerThread([&] { out = m_core->state(); });
    return out;
}

void SandboxServer::reset()
{
    runInServerThread([this] { m_core->resetAll(); });
}

bool SandboxServer::setFaults(const QJsonObject& faults, QString* error)
{
    bool ok = false;
    runInServerThread([&] { ok = m_core->setFaults(faults, error); });
    return ok;
}

QJsonObject SandboxServer::faults() const
{
    QJsonObject out;
    runInServerThread([&] { out = m_core->faults(); });
    return out;
}

bool SandboxServer::setLimits(const QJsonObject& limits, QString* error)
{
    bool ok = false;
    runInServerThread([&] { ok = m_core->setLimits(limits, error); });
    return ok;
}

QJsonObject SandboxServer::limits() const
{
    QJsonObject out;
    runInServerThread([&] { out = m_core->limits(); });
    return out;
}

QJsonObject SandboxServer::stats() const
{
    QJsonObject out;
    runInServerThread([&] { out = m_core->stats(); });
    return out;
}

int SandboxServer::attempts(const QByteArray& method, const QByteArray& target) const
{
    int n = 0;
    runInServerThread([&] { n = m_core->attempts(method, target); });
    return n;
}

void SandboxServer::clearStats()
{
    runInServerThread([this] { m_core->clearStats(); });
}

} // namespace fb::sandbox
