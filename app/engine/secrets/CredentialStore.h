#pragma once
// API tokens in the operating system's keychain (QtKeychain: Secret Service, KWallet), never anywhere else.

#include "api/ApiTypes.h"
#include "secrets/CredentialResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace fb::secrets {

// One keychain item per connection, under the service name = the application id, e.g. "badger/default".
// The insecure fallback of QtKeychain (a plaintext settings file) is always off: when no keychain can be reached the
// caller gets CredentialError::NoBackend with a message that names the headless alternatives instead.
//
// Jobs are asynchronous and finish in the event loop of the thread that started them; use one store per thread.
// Every secret read or written is registered with fb::redact so it is masked in any later output.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const CredentialResult&)>;

    explicit CredentialStore(QObject* parent = nullptr);
    // A different service name: only for tests that must not touch the application's own items.
    CredentialStore(const QString& serviceName, QObject* parent = nullptr);
    ~CredentialStore() override;

    QString serviceName() const { return m_serviceName; }

    // "highlevel/<connection>" or "badger/<connection>".
    static QString keyFor(fb::api::Service service, const QString& connection);

    // The callback runs once, in this object's thread, after the keychain answered (or failed).
    void read(const QString& key, Callback done);
    void write(const QString& key, const QString& secret, Callback done); // creates or replaces
    void remove(const QString& key, Callback done); // NotFound when there was nothing

    // Blocking variants for the headless path and worker threads: spin a local event loop until the job finished.
    CredentialResult readAndWait(const QString& key);
    CredentialResult writeAndWait(const QString& key, const QString& secret);
    CredentialResult removeAndWait(const QString& key);

    // Turns a QtKeychain error into our kind and a message that says what to do. Public for the tests' tables.
    static CredentialResult classify(int keychainError, const QString& errorString, bool isRead);

private:
    void startJob(QKeychain::Job* job, bool isRead, Callback done);
    // Asks the Secret Service whether an item for key exists but is locked (done(locked, detail)).
    void checkLockedItem(const QString& key, std::function<void(bool, const QString&)> done);
    CredentialResult waitFor(const std::function<void(Callback)>& start);

    QString m_serviceName;
};

} // namespace fb::secrets
