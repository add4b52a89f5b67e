#pragma once
// Checks a HighLevel connection: whose location it is, which scopes the token carries, the limits in force, and
// for each failure what the user should fix.

#include "HighLevelClient.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

namespace fb::api {

struct HighLevelScopeProbe
{
    enum class State { Granted, Denied, NotProbed, Failed };
    QString scope; // "contacts.readonly"
    QString operation; // the probe's operation name, empty when not probed
    State state = State::NotProbed;
    bool requiredBySync = true;
    QString detail; // user-presentable: what happened and, when not granted, what to do
};

struct HighLevelLimits
{
    // From the X-RateLimit-* headers of the probe answers; -1 = not sent.
    qint64 burstMax = -1;
    qint64 burstRemaining = -1;
    qint64 intervalMs = -1;
    qint64 dailyLimit = -1;
    qint64 dailyRemaining = -1;
    bool fromHeaders() const { return burstMax >= 0 || dailyLimit >= 0 || intervalMs >= 0; }
};

struct HighLevelConnectionReport
{
    bool ok = false; // reachable, token accepted, location accessible, every required scope granted
    ErrorClass error = ErrorClass::None; // the decisive failure when !ok
    QString summary; // one line for the connection screen
    QStringList fixes; // what to change, one sentence each
    // Who: a Private Integration Token has no user identity endpoint; the location stands for the account.
    QString locationId;
    QString locationName;
    QString companyId;
    QString identityNote;
    QList<HighLevelScopeProbe> scopes;
    HighLevelLimits limits;
    QString limitsNote;
};

class HighLevelConnectionTest : public QObject
{
    Q_OBJECT

public:
    // client is not owned and must outlive the test.
    explicit HighLevelConnectionTest(HighLevelClient* client, QObject* parent = nullptr);

    // Sends the probes concurrently (UserAction priority); finished() follows once, in the engine's thread.
    void start();
    bool isRunning() const { return m_pending > 0; }
    HighLevelConnectionReport report() const { return m_report; }

    // The interpretation of the probe answers, public for tests: location answer + one answer per scope probe.
    static HighLevelConnectionReport interpret(const QString& locationId, const QUrl& baseUrl,
                                               const Result<ghl::LocationInfo>& location,
                                               const QList<QPair<HighLevelScopeProbe, ApiResult>>& probes);

Q_SIGNALS:
    void finished(const fb::api::HighLevelConnectionReport& report);

private:
    void probeDone();

    HighLevelClient* m_client;
    int m_pending = 0;
    Result<ghl::LocationInfo> m_location;
    QList<QPair<HighLevelScopeProbe, ApiResult>> m_probes;
    HighLevelConnectionReport m_report;
};

} // namespace fb::api

Q_DECLARE_METATYPE(fb::api::HighLevelConnectionReport)
