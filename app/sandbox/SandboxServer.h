#pragma once
// The sandbox server: both simulated APIs (HighLevel at /ghl, Badger at /badger/api/2) and the admin endpoints
// (/_sandbox/) over HTTP/1.1 on loopback, served from a thread of its own. Every method is safe to call from any
// thread other than the server's own; calls block only until the server thread has carried them out.
//
// Admin endpoints (not part of either API):
//   GET    /_sandbox/state   full state of both simulators, in the seed format {"highlevel":{...},"badger":{...}}
//   POST   /_sandbox/reset   empty state, default limits, no faults, stats cleared, clock offset 0
//   POST   /_sandbox/seed    body: a seed document; each section present replaces that simulator's state
//   GET    /_sandbox/faults  the fault configuration (format: FaultEngine.h), with the remaining failNext counts
//   PUT    /_sandbox/faults  replace it (400 with {"error"} when invalid)
//   GET    /_sandbox/limits  {"highlevel": {"burstMax","burstIntervalMs","dailyMax"}, "badger": {...its options},
//                             "http": {"maxHeaderBytes","maxBodyBytes"}}   (0 = unlimited for the rate limits)
//   PUT    /_sandbox/limits  change any subset of them
//   GET    /_sandbox/stats   requests by api + endpoint template + method + outcome, attempts per distinct request
//                            (QNAM's silent re-send shows as count 2), resets, connections (format: SandboxStats.h)
//   DELETE /_sandbox/stats   clear the stats
//   POST   /_sandbox/clock   body {"advanceMs": N}: move the simulated clock (daily caps, timestamps) forward
// Admin requests are never faulted, rate limited or counted.

#include "SimTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QThread;

namespace fb::sandbox {

class SandboxCore;

class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:port (0 = any free port). False with *error when the port is taken or already started.
    bool start(quint16 port = 0, QString* error = nullptr);
    void stop(); // closes the listener and every connection; the simulated state stays
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }

    QUrl highLevelBaseUrl() const; // http://127.0.0.1:PORT/ghl
    QUrl badgerBaseUrl() const; // http://127.0.0.1:PORT/badger/api/2
    QUrl adminUrl() const; // http://127.0.0.1:PORT/_sandbox

    void loadSeed(const QJsonObject& seed);
    QJsonObject state() const;
    void reset();
    bool setFaults(const QJsonObject& faults, QString* error = nullptr);
    QJsonObject faults() const;
    bool setLimits(const QJsonObject& limits, QString* error = nullptr);
    QJsonObject limits() const;
    QJsonObject stats() const;
    // Attempts the server saw for one request target, e.g. ("POST", "/ghl/contacts/"); body ignored.
    int attempts(const QByteArray& method, const QByteArray& target) const;
    void clearStats();
    void advanceClock(qint64 ms) { m_clock.advance(ms); }
    QDateTime now() const { return m_clock.now(); }

private:
    void runInServerThread(const std::function<void()>& work) const;

    SimClock m_clock;
    QThread* m_thread = nullptr;
    SandboxCore* m_core = nullptr;
    quint16 m_port = 0;
};

} // namespace fb::sandbox
