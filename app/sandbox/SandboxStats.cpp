#include "SandboxStats.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fb::sandbox {

QString SandboxStats::endpointTemplate(const QString& relativePath)
{
    QStringList parts = relativePath.split(u'/');
    for (QString& part : parts) {
        bool allDigits = !part.isEmpty();
        bool hasDigit = false;
        for (const QChar c : part) {
            allDigits = allDigits && c.isDigit();
            hasDigit = hasDigit || c.isDigit();
        }
        if (allDigits || (part.size() >= 16 && hasDigit))
            part = u"{id}"_s;
    }
    return parts.join(u'/');
}

void SandboxStats::recordAttempt(const QString& api, const QByteArray& method, const QByteArray& target,
                                 const QByteArray& body)
{
    ++m_requests;
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(12));
    ++m_attempts[Key {api, method, QString::fromUtf8(target), hash}];
}

void SandboxStats::recordOutcome(const QString& api, const QByteArray& method, const QString& relativePath,
                                 const QString& outcome)
{
    if (outcome == u"reset")
        ++m_resets;
    ++m_outcomes[Key {api, method, endpointTemplate(relativePath), outcome}];
}

int SandboxStats::attempts(const QByteArray& method, const QByteArray& target) const
{
    int n = 0;
    for (auto it = m_attempts.begin(); it != m_attempts.end(); ++it) {
        if (it.key().method == method && it.key().a == QString::fromUtf8(target))
            n += it.value();
    }
    return n;
}

QJsonObject SandboxStats::toJson() const
{
    auto sorted = [](const QHash<Key, int>& hash, const QString& aName, const QString& bName) {
        QList<std::pair<Key, int>> items;
        for (auto it = hash.begin(); it != hash.end(); ++it)
            items.append({it.key(), it.value()});
        std::sort(items.begin(), items.end(), [](const auto& l, const auto& r) {
            return std::tie(l.first.api, l.first.a, l.first.method, l.first.b)
                < std::tie(r.first.api, r.first.a, r.first.method, r.first.b);
        });
        QJsonArray out;
        for (const auto& [k, count] : items) {
            out.append(QJsonObject {{u"api"_s, k.api},
                                    {u"method"_s, QString::fromLatin1(k.method)},
                                    {aName, k.a},
                                    {bName, k.b},
                                    {u"count"_s, count}});
        }
        return out;
    };
    QJsonObject protocol;
    for (auto it = m_protocolErrors.begin(); it != m_protocolErrors.end(); ++it)
        protocol.insert(QString::number(it.key()), it.value());
    return QJsonObject {{u"requests"_s, m_requests},
                        {u"connections"_s, m_connections},
                        {u"resets"_s, m_resets},
                        {u"byEndpoint"_s, sorted(m_outcomes, u"endpoint"_s, u"outcome"_s)},
                        {u"attempts"_s, sorted(m_attempts, u"target"_s, u"bodySha1"_s)},
                        {u"protocolErrors"_s, protocol}};
}

void SandboxStats::clear()
{
    m_outcomes.clear();
    m_attempts.clear();
    m_protocolErrors.clear();
    m_requests = m_connections = m_resets = 0;
}

} // namespace fb::sandbox
