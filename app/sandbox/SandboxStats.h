#pragma once
// Request statistics of the sandbox: by API, endpoint template and outcome, plus attempt counts per distinct request.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace fb::sandbox {

class SandboxStats
{
public:
    // An id-like path segment (digits, or a 20-character GHL id) becomes "{id}", so stats group by operation.
    static QString endpointTemplate(const QString& relativePath);

    // One attempt = one request that reached the sandbox. QNAM's silent re-send of a request whose connection dropped
    // shows up as a second attempt with the same method, target and body.
    void recordAttempt(const QString& api, const QByteArray& method, const QByteArray& target, const QByteArray& body);
    // outcome: the HTTP status ("200") or the fault that replaced it ("reset", "drop", "noResponse").
    void recordOutcome(const QString& api, const QByteArray& method, const QString& relativePath,
                       const QString& outcome);
    void recordConnection() { ++m_connections; }
    void recordProtocolError(int status) { ++m_protocolErrors[status]; }

    // {"requests": N, "connections": N, "resets": N,
    //  "byEndpoint": [{"api","method","endpoint","outcome","count"}],
    //  "attempts": [{"api","method","target","bodySha1","count"}], "protocolErrors": {"431": 1}}
    QJsonObject toJson() const;
    // Attempts seen for a request, matched by method and target ("/ghl/contacts/?locationId=x"); body ignored.
    int attempts(const QByteArray& method, const QByteArray& target) const;
    void clear();

private:
    struct Key
    {
        QString api;
        QByteArray method;
        QString a; // endpoint or target
        QString b; // outcome or body hash
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& k, size_t seed) { return qHashMulti(seed, k.api, k.method, k.a, k.b); }

    QHash<Key, int> m_outcomes;
    QHash<Key, int> m_attempts;
    QHash<int, int> m_protocolErrors;
    int m_requests = 0;
    int m_connections = 0;
    int m_resets = 0;
};

} // namespace fb::sandbox
