#pragma once
// The outcome of every credential operation: the secret (on a read), or what went wrong in words the user can act on.

#include <QMetaType>
#include <QString>

namespace fb::secrets {

enum class CredentialError {
    None,
    NotFound, // nothing stored under that key (or the variable/file entry is absent)
    NoBackend, // no Secret Service/KWallet reachable: no session bus, or nothing provides org.freedesktop.secrets
    Locked, // the keyring is locked or access was denied; unlocking it fixes this
    InsecureFile, // a token file other users can read: refused
    Other,
};

// Where a secret came from; the headless sources are the documented, less safe options.
enum class CredentialSource { None, Keychain, Environment, TokenFile };

struct CredentialResult
{
    bool ok = false;
    QString value; // the secret on a successful read; empty otherwise
    CredentialError error = CredentialError::None;
    QString message; // user-presentable: what happened and what to do
    QString detail; // the backend's own error text, for the log (never contains the secret)
    CredentialSource source = CredentialSource::None;

    static CredentialResult success(const QString& secret, CredentialSource from)
    {
        CredentialResult r;
        r.ok = true;
        r.value = secret;
        r.source = from;
        return r;
    }
    static CredentialResult failure(CredentialError kind, const QString& userMessage, const QString& backendDetail = {},
                                    CredentialSource from = CredentialSource::None)
    {
        CredentialResult r;
        r.error = kind;
        r.message = userMessage;
        r.detail = backendDetail;
        r.source = from;
        return r;
    }
};

QString errorName(CredentialError error);
QString sourceName(CredentialSource source);

} // namespace fb::secrets

Q_DECLARE_METATYPE(fb::secrets::CredentialResult)
