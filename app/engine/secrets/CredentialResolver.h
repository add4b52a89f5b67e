#pragma once
// Decides where a connection's token comes from for a run: an explicit token file, then the environment, then the
// keychain.

#include "api/ApiTypes.h"
#include "secrets/CredentialResult.h"
#include "secrets/HeadlessCredentials.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace fb::secrets {

class CredentialStore;

struct ResolvedCredential
{
    CredentialResult token; // ok, value and source; or the error of the source that decided
    QString locationId; // HighLevel only, from the file or FIELDBRIDGE_GHL_LOCATION_ID; empty: use the settings
    CredentialSource locationSource = CredentialSource::None;
};

// The order, per field, for headless runs (documented in the README):
//   1. the token file named with --token-file, when it has an entry for the service;
//   2. the environment (FIELDBRIDGE_GHL_TOKEN, FIELDBRIDGE_GHL_LOCATION_ID, FIELDBRIDGE_BADGER_TOKEN);
//   3. the keychain item of the connection ("highlevel/<connection>", "badger/<connection>").
// A named token file that is missing, unreadable or readable by others stops the resolution with its error instead of
// falling through: the user asked for that file, and quietly using another token would hide the problem.
// A keychain failure (locked, no backend) is reported with its message, never replaced by a plaintext fallback.
class CredentialResolver
{
public:
    struct Options
    {
        QString connection = QStringLiteral("default");
        QString tokenFile; // empty: none named
        bool useEnvironment = true;
        bool useKeychain = true;
    };
    using Callback = std::function<void(const ResolvedCredential&)>;

    // store may be null (no keychain wanted); environment is injectable for tests.
    explicit CredentialResolver(CredentialStore* store,
                                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    void resolve(fb::api::Service service, const Options& options, Callback done);
    ResolvedCredential resolveAndWait(fb::api::Service service, const Options& options);

private:
    // Everything but the keychain; returns true when it decided (success or a stopping error).
    bool resolveWithoutKeychain(fb::api::Service service, const Options& options, ResolvedCredential* out) const;

    CredentialStore* m_store;
    QProcessEnvironment m_environment;
};

} // namespace fb::secrets
