#include "SandboxHost.h"

#include "SandboxSession.h"
#include "core/Logging.h"

#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace fb::ui {

namespace {

// Lives in the sandbox thread and owns the session there (the server's sockets belong to that thread).
class SessionHolder : public QObject
{
public:
    std::unique_ptr<app::SandboxSession> session;
};

} // namespace

SandboxHost::SandboxHost(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(u"fieldbridge-sandbox"_s);
    auto* holder = new SessionHolder;
    holder->moveToThread(m_thread);
    m_inThread = holder;
    m_thread->start();
}

SandboxHost::~SandboxHost()
{
    if (m_inThread) {
        auto* holder = static_cast<SessionHolder*>(m_inThread);
        // The session saves its state in its destructor; that must happen in the thread that owns the server.
        QMetaObject::invokeMethod(holder, [holder] { delete holder; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
}

void SandboxHost::shutdown()
{
    m_running = false;
    if (!m_inThread) {
        return;
    }
    auto* holder = static_cast<SessionHolder*>(m_inThread);
    m_inThread = nullptr;
    connect(m_thread, &QThread::finished, this, &QObject::deleteLater);
    QMetaObject::invokeMethod(holder, [holder] {
        delete holder;
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
}

void SandboxHost::start()
{
    if (m_running || m_starting || !m_inThread) {
        return;
    }
    m_starting = true;
    auto* holder = static_cast<SessionHolder*>(m_inThread);
    QMetaObject::invokeMethod(holder, [this, holder] {
        auto session = std::make_unique<app::SandboxSession>();
        QString error;
        const bool ok = session->start(&error);
        sync::WorkerSetup setup;
        if (ok) {
            setup = session->workerSetup(sync::MappingDocument::defaults());
            holder->session = std::move(session);
        }
        // Back to the GUI thread; `this` outlives the thread (the destructor waits for it).
        QMetaObject::invokeMethod(this, [this, ok, error, setup] {
            m_starting = false;
            if (!ok) {
                qCWarning(lcUi) << "sandbox did not start:" << error;
                Q_EMIT failed(error);
                return;
            }
            m_setup = setup;
            m_running = true;
            Q_EMIT started();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

sync::WorkerSetup SandboxHost::workerSetup(const sync::MappingDocument& mapping) const
{
    sync::WorkerSetup setup = m_setup;
    setup.mapping = mapping;
    return setup;
}

} // namespace fb::ui
