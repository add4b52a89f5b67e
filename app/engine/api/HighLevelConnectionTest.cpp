#include "HighLevelConnectionTest.h"

#include "core/Logging.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fb::api {
namespace {

using State = HighLevelScopeProbe::State;

qint64 headerNumber(const ApiResult& r, const QByteArray& name)
{
    bool ok = false;
    const qint64 v = r.header(name).trimmed().toLongLong(&ok);
    return ok && v >= 0 ? v : -1;
}

// HighLevel answers a token that lacks a scope with 401 "The token is not authorized for this scope" (seen in the
// wild) or 403; a 401 without that wording means the token itself was refused.
bool mentionsScope(const ApiResult& r)
{
    return r.message.contains(u"scope"_s, Qt::CaseInsensitive);
}

bool mentionsLocation(const ApiResult& r)
{
    return r.message.contains(u"location"_s, Qt::CaseInsensitive);
}

bool looksLikeWrongHost(const ApiResult& r)
{
    // An HTML page, or a 404 for a path every HighLevel server has: without a JSON body, or with the framework's
    // "Cannot GET /path" (no such route; NestJS, which HighLevel runs on, words it so): not the API at this URL.
    static const QRegularExpression noRoute(u"^Cannot (GET|POST|PUT|DELETE|PATCH) /"_s);
    return (r.error == ErrorClass::Malformed && r.message.contains(u"web page"_s))
        || (r.error == ErrorClass::NotFound && (r.json.isUndefined() || noRoute.match(r.message).hasMatch()));
}

bool transportFailure(ErrorClass e)
{
    return e == ErrorClass::Network || e == ErrorClass::Timeout || e == ErrorClass::Tls || e == ErrorClass::Insecure;
}

} // namespace

HighLevelConnectionTest::HighLevelConnectionTest(HighLevelClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

void HighLevelConnectionTest::start()
{
    if (m_pending > 0) {
        return;
    }
    m_probes.clear();
    m_location = {};
    m_report = {};

    auto userAction = [](auto op) {
        op.request.priority = Priority::UserAction;
        return op;
    };

    ghl::SearchQuery oneContact;
    oneContact.page = 1;
    oneContact.pageLimit = 1;
    ghl::TaskSearchQuery oneTask;
    oneTask.limit = 1;

    struct Probe
    {
        QString scope;
        ApiRequest request;
    };
    const QList<Probe> probes = {
        {u"contacts.readonly"_s, userAction(m_client->searchContactsOp(oneContact)).request},
        {u"locations/customFields.readonly"_s, userAction(m_client->listCustomFieldsOp()).request},
        {u"locations/tags.readonly"_s, userAction(m_client->listLocationTagsOp()).request},
        {u"locations/tasks.readonly"_s, userAction(m_client->searchTasksOp(oneTask)).request},
    };
    m_pending = int(probes.size()) + 1;

    m_client->start(userAction(m_client->getLocationOp()), this, [this](const Result<ghl::LocationInfo>& r) {
        m_location = r;
        probeDone();
    });
    for (const Probe& p : probes) {
        HighLevelScopeProbe probe;
        probe.scope = p.scope;
        probe.operation = p.request.operation;
        m_client->engine()->send(p.request, this, [this, probe](const ApiResult& r) {
            // Refine the engine's message with the server's words the same way the parsers do.
            Result<ghl::Done> refined = ghl::parseDoneResponse(r);
            ApiResult answer = r;
            if (!r.ok()) {
                answer.message = refined.api.message;
            }
            m_probes.append({probe, answer});
            probeDone();
        });
    }
}

void HighLevelConnectionTest::probeDone()
{
    if (--m_pending > 0) {
        return;
    }
    m_report = interpret(m_client->locationId(), m_client->engine()->serviceConfig(Service::HighLevel).baseUrl,
                         m_location, m_probes);
    qCInfo(lcApi) << "HighLevel connection test:" << (m_report.ok ? "ok" : "failed") << toString(m_report.error);
    Q_EMIT finished(m_report);
}

HighLevelConnectionReport HighLevelConnectionTest::interpret(const QString& locationId, const QUrl& baseUrl,
                                                             const Result<ghl::LocationInfo>& location,
                                                             const QList<QPair<HighLevelScopeProbe, ApiResult>>& probes)
{
    HighLevelConnectionReport rep;
    rep.locationId = locationId;
    rep.identityNote = tr("HighLevel has no \"who am I\" endpoint for a Private Integration Token: the token "
                          "belongs to the sub-account (location) it was created in, shown here by name.");

    // Every answer, the location first, decides the transport-level verdicts.
    QList<ApiResult> all {location.api};
    for (const auto& p : probes) {
        all.append(p.second);
    }

    // Limits: the smallest remaining counts any answer reported.
    for (const ApiResult& r : all) {
        auto take = [&r](qint64& field, const QByteArray& name, bool smallest) {
            const qint64 v = headerNumber(r, name);
            if (v >= 0 && (field < 0 || (smallest ? v < field : v > field))) {
                field = v;
            }
        };
        take(rep.limits.burstMax, "X-RateLimit-Max", false);
        take(rep.limits.burstRemaining, "X-RateLimit-Remaining", true);
        take(rep.limits.intervalMs, "X-RateLimit-Interval-Milliseconds", false);
        take(rep.limits.dailyLimit, "X-RateLimit-Limit-Daily", false);
        take(rep.limits.dailyRemaining, "X-RateLimit-Daily-Remaining", true);
    }
    if (rep.limits.fromHeaders()) {
        rep.limitsNote = tr("Limits reported by HighLevel: %1 requests per %2 s (%3 left), %4 per day (%5 left).")
                             .arg(rep.limits.burstMax)
                             .arg(double(rep.limits.intervalMs) / 1000.0)
                             .arg(rep.limits.burstRemaining)
                             .arg(rep.limits.dailyLimit)
                             .arg(rep.limits.dailyRemaining);
    } else {
        rep.limitsNote = tr("HighLevel sent no rate-limit headers; Fieldbridge assumes 100 requests per 10 s and "
                            "200,000 per day.");
    }

    // 1. Could we talk to HighLevel at all?
    bool allTransport = true;
    bool allWrongHost = true;
    for (const ApiResult& r : all) {
        allTransport = allTransport && transportFailure(r.error);
        allWrongHost = allWrongHost && looksLikeWrongHost(r);
    }
    const QString base = baseUrl.toString();
    if (allTransport) {
        const ApiResult& r = all.constFirst();
        rep.error = r.error;
        if (r.error == ErrorClass::Tls) {
            rep.summary = tr("The secure connection to HighLevel failed: %1").arg(r.message);
            rep.fixes << tr("Check the system date and any proxy that intercepts HTTPS; Fieldbridge never ignores "
                            "certificate errors.");
        } else if (r.error == ErrorClass::Insecure) {
            rep.summary = tr("The HighLevel base URL %1 is not HTTPS.").arg(base);
            rep.fixes << tr("Use https://services.leadconnectorhq.com as the base URL.");
        } else {
            rep.summary = tr("Could not reach HighLevel at %1: %2").arg(base, r.message);
            rep.fixes << tr("Check the network connection and the base URL (normally "
                            "https://services.leadconnectorhq.com).");
        }
        for (const auto& p : probes) {
            HighLevelScopeProbe s = p.first;
            s.state = State::Failed;
            s.detail = tr("not checked: HighLevel could not be reached");
            rep.scopes.append(s);
        }
    } else if (allWrongHost) {
        rep.error = ErrorClass::NotFound;
        rep.summary = tr("%1 does not answer like the HighLevel API.").arg(base);
        rep.fixes << tr("Check the base URL: it should be https://services.leadconnectorhq.com.");
        for (const auto& p : probes) {
            HighLevelScopeProbe s = p.first;
            s.state = State::Failed;
            s.detail = tr("not checked: wrong base URL");
            rep.scopes.append(s);
        }
    }
    if (!rep.summary.isEmpty()) {
        rep.scopes.append({u"contacts.write"_s, {}, State::NotProbed, true, tr("not probed")});
        return rep;
    }

    // 2. Was the token itself refused? A 401 that does not speak of scopes on every answer.
    bool tokenRefused = true;
    for (const ApiResult& r : all) {
        tokenRefused = tokenRefused && r.error == ErrorClass::Auth && !mentionsScope(r);
    }
    if (tokenRefused) {
        rep.error = ErrorClass::Auth;
        rep.summary = tr("HighLevel refused the token: %1").arg(all.constFirst().message);
        rep.fixes << tr("Paste the Private Integration Token again (Settings → Private Integrations in the "
                        "sub-account); it may have been rotated, expired or copied incompletely.");
        for (const auto& p : probes) {
            HighLevelScopeProbe s = p.first;
            s.state = State::Failed;
            s.detail = tr("not checked: the token was refused");
            rep.scopes.append(s);
        }
        rep.scopes.append({u"contacts.write"_s, {}, State::NotProbed, true, tr("not probed")});
        return rep;
    }

    // 3. Wrong location: a 403/404/422 that speaks of the location, on the location itself or on every probe.
    auto wrongLocation = [](const ApiResult& r) {
        return (r.error == ErrorClass::Forbidden && (mentionsLocation(r) || !mentionsScope(r)))
            || (r.error == ErrorClass::NotFound && !r.json.isUndefined())
            || (r.error == ErrorClass::Validation && mentionsLocation(r));
    };
    bool everyProbeWrongLocation = !probes.isEmpty();
    for (const auto& p : probes) {
        everyProbeWrongLocation = everyProbeWrongLocation && wrongLocation(p.second);
    }
    if (everyProbeWrongLocation && !location.ok()) {
        rep.error = ErrorClass::Forbidden;
        rep.summary =
            tr("The token has no access to location %1: %2").arg(locationId, probes.constFirst().second.message);
        rep.fixes << tr("Check the location id (the part after /v2/location/ in the HighLevel address bar) and that "
                        "the Private Integration was created in that sub-account.");
    }

    // Who
    if (location.ok()) {
        rep.locationName = location->name;
        rep.companyId = location->companyId;
    }

    // What the token may do.
    for (const auto& [probe, r] : probes) {
        HighLevelScopeProbe s = probe;
        if (r.ok()) {
            s.state = State::Granted;
            s.detail = tr("granted");
        } else if (rep.error == ErrorClass::Forbidden) {
            s.state = State::Failed;
            s.detail = tr("not checked: no access to this location");
        } else if ((r.error == ErrorClass::Auth && mentionsScope(r)) || r.error == ErrorClass::Forbidden) {
            s.state = State::Denied;
            s.detail = tr("missing: edit the Private Integration in HighLevel and add the scope %1").arg(s.scope);
        } else {
            s.state = State::Failed;
            s.detail = tr("the check failed (%1): %2").arg(toString(r.error), r.message);
        }
        rep.scopes.append(s);
    }
    HighLevelScopeProbe locationsRead {u"locations.readonly"_s, u"locations.get"_s, State::Granted, false,
                                       tr("granted")};
    if (!location.ok()) {
        const ApiResult& r = location.api;
        if ((r.error == ErrorClass::Auth && mentionsScope(r)) || r.error == ErrorClass::Forbidden) {
            locationsRead.state = State::Denied;
            locationsRead.detail = tr("missing (optional: only needed to show the location's name)");
        } else {
            locationsRead.state = State::Failed;
            locationsRead.detail = tr("the check failed (%1): %2").arg(toString(r.error), r.message);
        }
    }
    rep.scopes.append(locationsRead);
    rep.scopes.append({u"contacts.write"_s,
                       {},
                       State::NotProbed,
                       true,
                       tr("not probed: HighLevel offers no side-effect-free check; the first write will tell")});

    if (rep.error == ErrorClass::Forbidden) {
        return rep;
    }
    QStringList denied;
    QStringList failed;
    for (const auto& s : std::as_const(rep.scopes)) {
        if (!s.requiredBySync) {
            continue;
        }
        if (s.state == State::Denied) {
            denied << s.scope;
        } else if (s.state == State::Failed) {
            failed << QString(s.scope + u": "_s + s.detail);
        }
    }
    if (!denied.isEmpty()) {
        rep.error = ErrorClass::Forbidden;
        rep.summary = tr("The token is missing scopes the sync needs: %1").arg(denied.join(u", "_s));
        rep.fixes << tr("In HighLevel, open Settings → Private Integrations, edit this integration and enable: %1. "
                        "Then paste the new token if HighLevel issued one.")
                         .arg(denied.join(u", "_s));
        return rep;
    }
    if (!failed.isEmpty()) {
        rep.error = ErrorClass::Other;
        for (const auto& [probe, r] : probes) {
            if (!r.ok()) {
                rep.error = r.error;
                break;
            }
        }
        rep.summary = tr("Some checks failed: %1").arg(failed.join(u"; "_s));
        rep.fixes << tr("Try again in a moment; if it persists, check HighLevel's status page.");
        return rep;
    }
    rep.ok = true;
    rep.summary = rep.locationName.isEmpty()
        ? tr("Connected to HighLevel location %1.").arg(locationId)
        : tr("Connected to HighLevel location \"%1\" (%2).").arg(rep.locationName, locationId);
    return rep;
}

} // namespace fb::api
