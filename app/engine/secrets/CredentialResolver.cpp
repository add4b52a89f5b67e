#include "CredentialResolver.h"

#include "core/Logging.h"
#include "secrets/CredentialStore.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace fb::secrets {

CredentialResolver::CredentialResolver(CredentialStore* store, QProcessEnvironment environment)
    : m_store(store)
    , m_environment(std::move(environment))
{
}

bool CredentialResolver::resolveWithoutKeychain(fb::api::Service service, const Options& options,
                                                ResolvedCredential* out) const
{
    TokenFile file;
    bool haveFile = false;
    if (!options.tokenFile.isEmpty()) {
        const CredentialResult loaded = TokenFile::load(options.tokenFile, &file);
        if (!loaded.ok) {
            out->token = loaded;
            return true;
        }
        haveFile = true;
    }

    if (service == fb::api::Service::HighLevel) {
        CredentialResult location = haveFile ? file.value(service, CredentialField::LocationId)
                                             : CredentialResult::failure(CredentialError::NotFound, {});
        if (!location.ok && options.useEnvironment) {
            location = fromEnvironment(m_environment, service, CredentialField::LocationId);
        }
        if (location.ok) {
            out->locationId = location.value;
            out->locationSource = location.source;
        }
    }

    if (haveFile) {
        const CredentialResult token = file.value(service, CredentialField::Token);
        if (token.ok) {
            qCInfo(lcSecrets).noquote() << "token for" << environmentVariableName(service, CredentialField::Token)
                                        << "taken from the token file" << options.tokenFile;
            out->token = token;
            return true;
        }
    }
    if (options.useEnvironment) {
        const CredentialResult token = fromEnvironment(m_environment, service, CredentialField::Token);
        if (token.ok) {
            qCInfo(lcSecrets).noquote() << "token taken from the environment variable"
                                        << environmentVariableName(service, CredentialField::Token);
            out->token = token;
            return true;
        }
    }
    return false;
}

void CredentialResolver::resolve(fb::api::Service service, const Options& options, Callback done)
{
    auto out = std::make_shared<ResolvedCredential>();
    if (resolveWithoutKeychain(service, options, out.get())) {
        done(*out);
        return;
    }
    if (!options.useKeychain || !m_store) {
        const QString variable = environmentVariableName(service, CredentialField::Token);
        out->token = CredentialResult::failure(
            CredentialError::NotFound,
            QCoreApplication::translate("fb::secrets::CredentialResolver",
                                        "No token found: set %1 or name a token file with --token-file.")
                .arg(variable));
        done(*out);
        return;
    }
    m_store->read(CredentialStore::keyFor(service, options.connection),
                  [out, done = std::move(done)](const CredentialResult& r) {
                      out->token = r;
                      done(*out);
                  });
}

ResolvedCredential CredentialResolver::resolveAndWait(fb::api::Service service, const Options& options)
{
    ResolvedCredential out;
    if (resolveWithoutKeychain(service, options, &out)) {
        return out;
    }
    if (!options.useKeychain || !m_store) {
        bool called = false;
        resolve(service, options, [&](const ResolvedCredential& r) {
            out = r;
            called = true;
        });
        Q_ASSERT(called);
        return out;
    }
    out.token = m_store->readAndWait(CredentialStore::keyFor(service, options.connection));
    return out;
}

} // namespace fb::secrets
