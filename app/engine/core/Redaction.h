#pragma once
// The one redaction function family: every URL, header and body that is logged, shown or stored passes here.

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace fb::redact {

inline constexpr QStringView mask = u"[REDACTED]";

// Redacts free text: known secret values, Authorization/Token/Bearer credentials, secret-looking query
// parameters and JSON/form fields whose names say they hold secrets.
QString text(QStringView input);

// A URL with secret-looking query parameters and any user info masked.
QString url(const QUrl& url);

// A header value, masked entirely when the header carries credentials (Authorization, Cookie, X-Api-Key ...).
QByteArray header(const QByteArray& name, const QByteArray& value);
bool isSensitiveHeader(const QByteArray& name);

// A request or response body: JSON and form bodies have secret fields masked; other text goes through text().
QByteArray body(const QByteArray& body);

// Secret values currently in use (tokens loaded from the keychain). Any occurrence of them is masked in every
// output above, whatever its context. Thread-safe.
void registerSecret(const QString& value);
void forgetSecret(const QString& value);

bool isSensitiveKey(QStringView key);

} // namespace fb::redact
