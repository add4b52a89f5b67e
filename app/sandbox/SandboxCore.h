#pragma once
// The sandbox's server-thread object: listener, connections, both simulators, faults, stats and the admin endpoints.
// Lives in SandboxServer's thread; nothing here is called from any other thread.

#include "FaultEngine.h"
#include "HttpConnection.h"
#include "SandboxStats.h"
#include "SimTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>

#include <memory>

namespace fb::sandbox {

class HighLevelSimulator;
class BadgerSimulator;

class SandboxCore : public QObject
{
    Q_OBJECT
public:
    explicit SandboxCore(SimClock& clock);
    ~SandboxCore() override;

    bool listen(quint16 port, QString* error);
    void close(); // stop listening and drop every connection; state is kept
    quint16 port() const;

    // Admin operations (also reachable over HTTP under /_sandbox/).
    QJsonObject state() const;
    void loadSeed(const QJsonObject& seed);
    void resetAll();
    bool setFaults(const QJsonObject& faults, QString* error);
    QJsonObject faults() const { return m_faults.config(); }
    bool setLimits(const QJsonObject& limits, QString* error);
    QJsonObject limits() const;
    QJsonObject stats() const { return m_stats.toJson(); }
    int attempts(const QByteArray& method, const QByteArray& target) const { return m_stats.attempts(method, target); }
    void clearStats() { m_stats.clear(); }

private:
    void onNewConnection();
    void dispatch(HttpConnection* connection, const HttpRequest& request);
    SimReply handleAdmin(const HttpRequest& request);
    static SimReply faultReply(FaultKind kind, int retryAfterSeconds);

    SimClock& m_clock;
    std::unique_ptr<HighLevelSimulator> m_highLevel;
    std::unique_ptr<BadgerSimulator> m_badger;
    QList<ApiSimulator*> m_simulators;
    FaultEngine m_faults;
    SandboxStats m_stats;
    HttpLimits m_httpLimits;
    QTcpServer* m_server = nullptr;
    QSet<HttpConnection*> m_connections;
};

} // namespace fb::sandbox
