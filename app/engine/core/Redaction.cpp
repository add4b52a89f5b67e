#include "Redaction.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fb::redact {
namespace {

// Registered secrets shorter than this are ignored: masking every "abc" would destroy the text.
constexpr qsizetype MinimumSecretLength = 6;

struct SecretRegistry
{
    QMutex mutex;
    QSet<QString> values;
};

SecretRegistry& registry()
{
    static SecretRegistry r;
    return r;
}

// Names that mark a value as secret, in keys (JSON, form, query) and free text.
const QString& sensitiveNamePattern()
{
    static const QString p = u"[A-Za-z0-9_.\\-]*(?:token|passw(?:or)?d|secret|api[_\\-]?key|apikey|authorization|"
                             u"private[_\\-]?key|session[_\\-]?id|cookie|signature)[A-Za-z0-9_.\\-]*"_s;
    return p;
}

const QRegularExpression& authHeaderRx()
{
    // "Authorization: Bearer abc", "authorization=Token abc", "\"Authorization\": \"Bearer abc\""
    static const QRegularExpression rx(
        u"((?:proxy-)?authorization\"?\\s*[:=]\\s*\"?)(?:(bearer|token|basic|digest)\\s+)?([^\\s\",;]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return rx;
}

const QRegularExpression& bearerRx()
{
    static const QRegularExpression rx(u"\\b(Bearer)\\s+[A-Za-z0-9._~+/=\\-]{4,}"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return rx;
}

const QRegularExpression& tokenWordRx()
{
    // "Token 0123abcd..." as Badger spells its scheme; only long, digit-bearing values so prose survives.
    static const QRegularExpression rx(u"\\b(Token)\\s+(?=[A-Za-z0-9._\\-]*\\d)[A-Za-z0-9._~+/=\\-]{16,}"_s);
    return rx;
}

const QRegularExpression& jsonFieldRx()
{
    static const QRegularExpression rx(u"(\"(?:"_s + sensitiveNamePattern()
                                           + u")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return rx;
}

const QRegularExpression& keyValueRx()
{
    // query strings, form bodies and "key=value" in prose
    static const QRegularExpression rx(u"((?:^|[?&;\\s,(])(?:"_s + sensitiveNamePattern() + u"|key|pit|code)=)([^&\\s#\"',;)]+)"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return rx;
}

QString maskKnownSecrets(QString s)
{
    QList<QString> secrets;
    {
        QMutexLocker lock(&registry().mutex);
        secrets = registry().values.values();
    }
    // Longest first, so a secret that contains another is masked whole.
    std::sort(secrets.begin(), secrets.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& secret : std::as_const(secrets)) {
        s.replace(secret, mask.toString());
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret) {
            s.replace(encoded, mask.toString());
        }
    }
    return s;
}

} // namespace

bool isSensitiveKey(QStringView key)
{
    static const QRegularExpression rx(u"^(?:"_s + sensitiveNamePattern() + u"|key|pit|code)$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return rx.match(key.toString()).hasMatch();
}

bool isSensitiveHeader(const QByteArray& name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "cookie" || n == "set-cookie"
        || n.contains("token") || n.contains("api-key") || n.contains("apikey") || n.contains("secret");
}

QString text(QStringView input)
{
    QString s = maskKnownSecrets(input.toString());
    s.replace(authHeaderRx(), u"\\1\\2 "_s + mask.toString());
    s.replace(bearerRx(), u"\\1 "_s + mask.toString());
    s.replace(tokenWordRx(), u"\\1 "_s + mask.toString());
    s.replace(jsonFieldRx(), u"\\1\""_s + mask.toString() + u"\""_s);
    s.replace(keyValueRx(), u"\\1"_s + mask.toString());
    // The auth rule leaves "Authorization:  [REDACTED]" with two spaces when no scheme was present.
    s.replace(u":  "_s + mask.toString(), u": "_s + mask.toString());
    return s;
}

QString url(const QUrl& input)
{
    QUrl u = input;
    if (!u.password().isEmpty()) {
        u.setPassword(mask.toString());
    }
    if (u.hasQuery()) {
        QUrlQuery query(u);
        const auto items = query.queryItems(QUrl::FullyDecoded);
        QUrlQuery clean;
        for (const auto& [key, value] : items) {
            clean.addQueryItem(key, isSensitiveKey(key) ? mask.toString() : value);
        }
        u.setQuery(clean);
    }
    return text(u.toString());
}

QByteArray header(const QByteArray& name, const QByteArray& value)
{
    if (isSensitiveHeader(name)) {
        return mask.toUtf8();
    }
    return text(QString::fromUtf8(value)).toUtf8();
}

QByteArray body(const QByteArray& bodyBytes)
{
    return text(QString::fromUtf8(bodyBytes)).toUtf8();
}

void registerSecret(const QString& value)
{
    if (value.size() < MinimumSecretLength) {
        return;
    }
    QMutexLocker lock(&registry().mutex);
    registry().values.insert(value);
}

void forgetSecret(const QString& value)
{
    QMutexLocker lock(&registry().mutex);
    registry().values.remove(value);
}

} // namespace fb::redact
