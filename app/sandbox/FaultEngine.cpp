#include "FaultEngine.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fb::sandbox {

namespace {

const QList<QPair<FaultKind, QString>>& kindNames()
{
    static const QList<QPair<FaultKind, QString>> names = {
        {FaultKind::Http500, u"http500"_s},
        {FaultKind::Http502, u"http502"_s},
        {FaultKind::Http503, u"http503"_s},
        {FaultKind::Http429, u"http429"_s},
        {FaultKind::Http429NoRetryAfter, u"http429NoRetryAfter"_s},
        {FaultKind::Reset, u"reset"_s},
        {FaultKind::Drop, u"drop"_s},
        {FaultKind::NoResponse, u"noResponse"_s},
        {FaultKind::Truncated, u"truncated"_s},
        {FaultKind::Malformed, u"malformed"_s},
        {FaultKind::Slow, u"slow"_s},
    };
    return names;
}

FaultKind kindFromName(const QString& name)
{
    for (const auto& [kind, kindName] : kindNames()) {
        if (kindName == name)
            return kind;
    }
    return FaultKind::None;
}

bool processesByDefault(FaultKind kind)
{
    return kind == FaultKind::None || kind == FaultKind::Truncated || kind == FaultKind::Malformed
        || kind == FaultKind::Slow;
}

bool globMatches(const QString& glob, const QString& path)
{
    if (glob.isEmpty())
        return true;
    if (!glob.contains(u'*'))
        return glob == path;
    QString pattern = u"^"_s;
    const QStringList parts = glob.split(u'*');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            pattern += u".*"_s;
        pattern += QRegularExpression::escape(parts.at(i));
    }
    pattern += u"$"_s;
    return QRegularExpression(pattern).match(path).hasMatch();
}

quint64 apiSeed(quint64 seed, const QString& api)
{
    // Fixed mixing (not qHash, which is salted per process) so runs are reproducible.
    quint64 h = seed ^ 0x9E3779B97F4A7C15ULL;
    for (const QChar c : api)
        h = (h ^ c.unicode()) * 0x100000001B3ULL;
    return h;
}

} // namespace

QString faultKindName(FaultKind kind)
{
    for (const auto& [k, name] : kindNames()) {
        if (k == kind)
            return name;
    }
    return u"none"_s;
}

FaultEngine::FaultEngine()
{
    reset();
}

void FaultEngine::reset()
{
    m_randomSeed = 0;
    m_apis.clear();
}

void FaultEngine::reseed()
{
    for (auto it = m_apis.begin(); it != m_apis.end(); ++it)
        it->rng.seed(apiSeed(m_randomSeed, it.key()));
}

bool FaultEngine::parseApi(const QJsonObject& object, ApiFaults* out, QString* error)
{
    double sum = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key == u"failNext") {
            if (!it->isArray()) {
                *error = u"failNext must be an array"_s;
                return false;
            }
            const QJsonArray rules = it->toArray();
            for (const QJsonValue& v : rules) {
                const QJsonObject r = v.toObject();
                Rule rule;
                rule.kind = kindFromName(r.value(u"fault").toString());
                if (rule.kind == FaultKind::None) {
                    *error = u"unknown fault in failNext: "_s + r.value(u"fault").toString();
                    return false;
                }
                rule.count = r.value(u"count").toInt(1);
                rule.method = r.value(u"method").toString().toUpper().toLatin1();
                rule.pathGlob = r.value(u"path").toString();
                if (r.contains(u"process"))
                    rule.process = r.value(u"process").toBool() ? 1 : 0;
                if (rule.count != 0)
                    out->failNext.append(rule);
            }
        } else if (key == u"latency") {
            const QJsonObject l = it->toObject();
            out->latency.distribution = l.value(u"distribution").toString(u"fixed"_s);
            if (out->latency.distribution == u"fixed") {
                out->latency.a = l.value(u"ms").toDouble();
            } else if (out->latency.distribution == u"uniform") {
                out->latency.a = l.value(u"minMs").toDouble();
                out->latency.b = l.value(u"maxMs").toDouble();
                if (out->latency.b < out->latency.a) {
                    *error = u"latency maxMs < minMs"_s;
                    return false;
                }
            } else if (out->latency.distribution == u"normal") {
                out->latency.a = l.value(u"meanMs").toDouble();
                out->latency.b = l.value(u"stddevMs").toDouble();
            } else {
                *error = u"latency distribution must be fixed, uniform or normal"_s;
                return false;
            }
        } else if (key == u"retryAfterSeconds") {
            out->retryAfterSeconds = it->toInt(1);
        } else {
            const FaultKind kind = kindFromName(key);
            if (kind == FaultKind::None) {
                *error = u"unknown fault key: "_s + key;
                return false;
            }
            const double p = it->toDouble(-1);
            if (p < 0 || p > 1) {
                *error = u"probability out of [0,1]: "_s + key;
                return false;
            }
            out->probabilities.insert(kind, p);
            sum += p;
        }
    }
    if (sum > 1.0 + 1e-9) {
        *error = u"fault probabilities add up to more than 1"_s;
        return false;
    }
    return true;
}

bool FaultEngine::setConfig(const QJsonObject& config, QString* error)
{
    QString localError;
    QString* err = error ? error : &localError;
    QHash<QString, ApiFaults> apis;
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (it.key() == u"randomSeed")
            continue;
        if (!it->isObject()) {
            *err = it.key() + u" must be an object"_s;
            return false;
        }
        ApiFaults faults;
        if (!parseApi(it->toObject(), &faults, err))
            return false;
        apis.insert(it.key(), faults);
    }
    m_apis = apis;
    m_randomSeed =
        config.contains(u"randomSeed") ? static_cast<quint64>(config.value(u"randomSeed").toInteger()) : m_randomSeed;
    reseed();
    return true;
}

QJsonObject FaultEngine::apiToJson(const ApiFaults& faults)
{
    QJsonObject o;
    for (auto it = faults.probabilities.begin(); it != faults.probabilities.end(); ++it)
        o.insert(faultKindName(it.key()), it.value());
    o.insert(u"retryAfterSeconds"_s, faults.retryAfterSeconds);
    QJsonObject latency {{u"distribution"_s, faults.latency.distribution}};
    if (faults.latency.distribution == u"fixed") {
        latency.insert(u"ms"_s, faults.latency.a);
    } else if (faults.latency.distribution == u"uniform") {
        latency.insert(u"minMs"_s, faults.latency.a);
        latency.insert(u"maxMs"_s, faults.latency.b);
    } else {
        latency.insert(u"meanMs"_s, faults.latency.a);
        latency.insert(u"stddevMs"_s, faults.latency.b);
    }
    o.insert(u"latency"_s, latency);
    QJsonArray rules;
    for (const Rule& r : faults.failNext) {
        QJsonObject ro {{u"fault"_s, faultKindName(r.kind)}, {u"count"_s, r.count}};
        if (!r.method.isEmpty())
            ro.insert(u"method"_s, QString::fromLatin1(r.method));
        if (!r.pathGlob.isEmpty())
            ro.insert(u"path"_s, r.pathGlob);
        if (r.process >= 0)
            ro.insert(u"process"_s, r.process == 1);
        rules.append(ro);
    }
    o.insert(u"failNext"_s, rules);
    return o;
}

QJsonObject FaultEngine::config() const
{
    QJsonObject o {{u"randomSeed"_s, static_cast<qint64>(m_randomSeed)}};
    for (auto it = m_apis.begin(); it != m_apis.end(); ++it)
        o.insert(it.key(), apiToJson(it.value()));
    return o;
}

FaultDecision FaultEngine::finish(ApiFaults& faults, FaultKind kind, int processOverride)
{
    FaultDecision d;
    d.kind = kind;
    d.process = processOverride >= 0 ? processOverride == 1 : processesByDefault(kind);
    d.retryAfterSeconds = faults.retryAfterSeconds;
    if (kind == FaultKind::Slow) {
        const Latency& l = faults.latency;
        double ms = l.a;
        if (l.distribution == u"uniform") {
            ms = std::uniform_real_distribution<double>(l.a, l.b)(faults.rng);
        } else if (l.distribution == u"normal") {
            ms = std::normal_distribution<double>(l.a, l.b)(faults.rng);
        }
        d.delayMs = static_cast<int>(std::lround(std::max(0.0, ms)));
    }
    return d;
}

FaultDecision FaultEngine::decide(const QString& api, const QByteArray& method, const QString& relativePath)
{
    auto it = m_apis.find(api);
    if (it == m_apis.end())
        return {};
    ApiFaults& faults = it.value();
    for (qsizetype i = 0; i < faults.failNext.size(); ++i) {
        Rule& rule = faults.failNext[i];
        if (!rule.method.isEmpty() && rule.method != method)
            continue;
        if (!globMatches(rule.pathGlob, relativePath))
            continue;
        const Rule matched = rule;
        if (rule.count > 0 && --rule.count == 0)
            faults.failNext.removeAt(i);
        return finish(faults, matched.kind, matched.process);
    }
    if (faults.probabilities.isEmpty())
        return {};
    // One draw per request whatever the configuration, so adding a zero-probability fault keeps the sequence.
    const double draw = std::uniform_real_distribution<double>(0.0, 1.0)(faults.rng);
    double edge = 0;
    for (const auto& [kind, name] : kindNames()) {
        Q_UNUSED(name);
        edge += faults.probabilities.value(kind, 0.0);
        if (draw < edge)
            return finish(faults, kind, -1);
    }
    return {};
}

} // namespace fb::sandbox
