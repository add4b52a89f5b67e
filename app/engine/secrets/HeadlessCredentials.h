#pragma once
// Tokens for headless servers from environment variables or a user-named token file: the documented, less safe options.

#include "api/ApiTypes.h"
#include "secrets/CredentialResult.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>

namespace fb::secrets {

enum class CredentialField { Token, LocationId };

// FIELDBRIDGE_GHL_TOKEN, FIELDBRIDGE_GHL_LOCATION_ID, FIELDBRIDGE_BADGER_TOKEN; empty for a pair that has no variable
// (Badger has no location id).
QString environmentVariableName(fb::api::Service service, CredentialField field);

// Environment variables are visible to every process of the same user (/proc/<pid>/environ) and easily end up in
// shell history or CI logs, which is why the keychain stays the default.
CredentialResult fromEnvironment(const QProcessEnvironment& environment, fb::api::Service service,
                                 CredentialField field);

// A token file the user names (--token-file). Either the variable names as keys
//     FIELDBRIDGE_BADGER_TOKEN=...
// or INI sections
//     [highlevel]            [badger]
//     token=...              token=...
//     location_id=...
// Blank lines and lines starting with '#' or ';' are ignored; values may be quoted. The file is refused when its group
// or other users may read or write it (the message says to chmod 600), and never written by Fieldbridge.
class TokenFile
{
public:
    // ok=false with InsecureFile (permissions), NotFound (missing or unreadable) or Other (syntax) and a message.
    static CredentialResult load(const QString& path, TokenFile* out);
    static TokenFile parse(const QByteArray& contents, QString* error = nullptr);

    CredentialResult value(fb::api::Service service, CredentialField field) const;
    QString path() const { return m_path; }

private:
    QString m_path;
    QHash<QString, QString> m_values; // keyed by the environment variable name
};

} // namespace fb::secrets
