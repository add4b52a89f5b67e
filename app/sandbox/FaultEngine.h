#pragma once
// Decides, per request and per API, whether the sandbox misbehaves: error statuses, resets, silence, slowness, bad
// bodies.
//
// Configuration (GET/PUT /_sandbox/faults, SandboxServer::setFaults), one object per API, all keys optional:
//   {"randomSeed": 42,
//    "highlevel": {
//       "http500": 0.1, "http502": 0, "http503": 0,      // probabilities in [0,1]; their sum must be <= 1
//       "http429": 0, "http429NoRetryAfter": 0,          // 429 with / without a Retry-After header
//       "reset": 0,        // TCP reset (SO_LINGER 0 + abort) before any response byte
//       "drop": 0,         // orderly close (FIN) before any response byte
//       "noResponse": 0,   // hold the connection open and never answer (client timeout)
//       "truncated": 0,    // Content-Length larger than the bytes sent, then close
//       "malformed": 0,    // 200-style reply whose body is broken JSON (correct framing)
//       "slow": 0,         // answer normally after a delay drawn from "latency"
//       "retryAfterSeconds": 1,
//       "latency": {"distribution": "fixed", "ms": 300}
//                | {"distribution": "uniform", "minMs": 100, "maxMs": 900}
//                | {"distribution": "normal", "meanMs": 300, "stddevMs": 100},   // clamped at 0
//       "failNext": [{"fault": "http503", "count": 2, "method": "POST", "path": "/contacts/*", "process": false}]},
//    "badger": {...}}
// "failNext" rules are consulted first, in order; method and path (relative to the API prefix, '*' = any characters)
// are optional filters; count -1 = forever. "process" says whether the simulator still executes the request (its state
// changes) before the fault is applied: defaults to false for error statuses, reset, drop and no response (the request
// never got through) and true for truncated, malformed and slow (the reply was damaged or delayed on the way back).
// Every decision comes from one deterministic generator per API seeded from randomSeed, so the same sequence of
// requests gives the same sequence of faults.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <random>

namespace fb::sandbox {

enum class FaultKind {
    None,
    Http500,
    Http502,
    Http503,
    Http429,
    Http429NoRetryAfter,
    Reset,
    Drop,
    NoResponse,
    Truncated,
    Malformed,
    Slow,
};

QString faultKindName(FaultKind kind);

struct FaultDecision
{
    FaultKind kind = FaultKind::None;
    bool process = true; // run the simulator before applying the fault
    int delayMs = 0; // for Slow
    int retryAfterSeconds = 1;
};

class FaultEngine
{
public:
    FaultEngine();

    // Replaces the whole configuration; on error the old one stays and *error says why.
    bool setConfig(const QJsonObject& config, QString* error);
    QJsonObject config() const; // with the remaining counts of failNext rules
    void reset(); // no faults, seed 0

    FaultDecision decide(const QString& api, const QByteArray& method, const QString& relativePath);

private:
    struct Rule
    {
        FaultKind kind = FaultKind::None;
        int count = 1;
        QByteArray method;
        QString pathGlob;
        int process = -1; // -1 = default for the kind
    };
    struct Latency
    {
        QString distribution = QStringLiteral("fixed");
        double a = 0; // ms, minMs or meanMs
        double b = 0; // maxMs or stddevMs
    };
    struct ApiFaults
    {
        QHash<FaultKind, double> probabilities;
        QList<Rule> failNext;
        Latency latency;
        int retryAfterSeconds = 1;
        std::mt19937_64 rng;
    };

    static bool parseApi(const QJsonObject& object, ApiFaults* out, QString* error);
    static QJsonObject apiToJson(const ApiFaults& faults);
    FaultDecision finish(ApiFaults& faults, FaultKind kind, int processOverride);
    void reseed();

    quint64 m_randomSeed = 0;
    QHash<QString, ApiFaults> m_apis;
};

} // namespace fb::sandbox
