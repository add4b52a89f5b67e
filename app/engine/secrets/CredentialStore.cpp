#include "CredentialStore.h"

#include "BuildInfo.h"
#include "core/Logging.h"
#include "core/Redaction.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>

#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace fb::secrets {

QString errorName(CredentialError error)
{
    switch (error) {
    case CredentialError::None:
        return u"none"_s;
    case CredentialError::NotFound:
        return u"not-found"_s;
    case CredentialError::NoBackend:
        return u"no-backend"_s;
    case CredentialError::Locked:
        return u"locked"_s;
    case CredentialError::InsecureFile:
        return u"insecure-file"_s;
    case CredentialError::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

QString sourceName(CredentialSource source)
{
    switch (source) {
    case CredentialSource::None:
        return u"none"_s;
    case CredentialSource::Keychain:
        return u"keychain"_s;
    case CredentialSource::Environment:
        return u"environment"_s;
    case CredentialSource::TokenFile:
        return u"token-file"_s;
    }
    return u"none"_s;
}

namespace {

QString noBackendMessage()
{
    return CredentialStore::tr(
        "No keychain service is running (Secret Service/KWallet). Install and start gnome-keyring (or KWallet), or for "
        "a headless server use FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN or a token file (see "
        "docs/credentials.md).");
}

QString lockedMessage()
{
    return CredentialStore::tr("The system keychain is locked. Unlock it (for example by logging in to your desktop "
                               "session) and try again.");
}

QString notFoundMessage()
{
    return CredentialStore::tr("No token is stored for this connection yet. Enter it on the Connections screen, or "
                               "for a headless run set FIELDBRIDGE_GHL_TOKEN / FIELDBRIDGE_BADGER_TOKEN.");
}

// QtKeychain's libsecret backend reports most D-Bus failures as OtherError with GLib's text; the text says which.
bool looksLikeNoBackend(const QString& s)
{
    static const QStringList markers = {
        u"autolaunch"_s, // no session bus and no $DISPLAY
        u"dbus-launch"_s, // no session bus, X11 present, dbus-x11 absent
        u"not provided by any"_s, // a bus, but nothing provides org.freedesktop.secrets
        u"ServiceUnknown"_s,
        u"Could not connect"_s, // DBUS_SESSION_BUS_ADDRESS names a dead socket
        u"Failed to connect to socket"_s,
        u"Cannot spawn a message bus"_s,
        u"No such file or directory"_s,
        u"Connection refused"_s,
        u"No keychain service available"_s,
        u"no backend"_s,
    };
    for (const QString& m : markers) {
        if (s.contains(m, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(QString::fromUtf8(fb::build::appId), parent)
{
}

CredentialStore::CredentialStore(const QString& serviceName, QObject* parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::keyFor(fb::api::Service service, const QString& connection)
{
    const QString prefix = service == fb::api::Service::HighLevel ? u"highlevel"_s : u"badger"_s;
    return prefix + u'/' + (connection.isEmpty() ? u"default"_s : connection);
}

CredentialResult CredentialStore::classify(int keychainError, const QString& errorString, bool isRead)
{
    using namespace QKeychain;
    switch (static_cast<Error>(keychainError)) {
    case NoError:
        return CredentialResult::success({}, CredentialSource::Keychain);
    case EntryNotFound:
        return CredentialResult::failure(CredentialError::NotFound, notFoundMessage(), errorString,
                                         CredentialSource::Keychain);
    case AccessDeniedByUser:
    case AccessDenied:
        return CredentialResult::failure(CredentialError::Locked, lockedMessage(), errorString,
                                         CredentialSource::Keychain);
    case NoBackendAvailable:
    case NotImplemented:
        return CredentialResult::failure(CredentialError::NoBackend, noBackendMessage(), errorString,
                                         CredentialSource::Keychain);
    case CouldNotDeleteEntry:
    case OtherError:
        break;
    }
    if (errorString.contains(u"locked"_s, Qt::CaseInsensitive)
        || errorString.contains(u"dismissed"_s, Qt::CaseInsensitive)) {
        return CredentialResult::failure(CredentialError::Locked, lockedMessage(), errorString,
                                         CredentialSource::Keychain);
    }
    if (errorString.contains(u"Object does not exist at path"_s, Qt::CaseInsensitive)) {
        // gnome-keyring runs, but the default ("login") keyring was never created.
        return CredentialResult::failure(
            CredentialError::NoBackend,
            tr("The keychain service is running but has no default keyring. Log in to your desktop session once (it "
               "creates the login keyring) or create one with a keyring manager such as Seahorse, then try again."),
            errorString, CredentialSource::Keychain);
    }
    if (looksLikeNoBackend(errorString)) {
        return CredentialResult::failure(CredentialError::NoBackend, noBackendMessage(), errorString,
                                         CredentialSource::Keychain);
    }
    const QString what = isRead ? tr("reading the token") : tr("saving or deleting the token");
    return CredentialResult::failure(
        CredentialError::Other,
        tr("The keychain reported an error while %1: %2. Try again; if it persists, check that your keyring service "
           "works (for example with \"secret-tool search --all service %3\").")
            .arg(what, errorString.isEmpty() ? tr("unknown error") : errorString, QString::fromUtf8(fb::build::appId)),
        errorString, CredentialSource::Keychain);
}

void CredentialStore::startJob(QKeychain::Job* job, bool isRead, Callback done)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QString key = job->key();
    auto finish = [isRead, done = std::move(done), timer, key](const CredentialResult& result) {
        // The key names the connection, never the secret; the error text comes from GLib/D-Bus.
        if (result.ok) {
            qCDebug(lcSecrets) << "keychain" << (isRead ? "read" : "write/delete") << key << "ok in" << timer->elapsed()
                               << "ms";
        } else {
            qCInfo(lcSecrets).noquote() << "keychain operation on" << key << "failed:" << errorName(result.error) << "-"
                                        << result.detail << "after" << timer->elapsed() << "ms";
        }
        if (done) {
            done(result);
        }
    };
    connect(job, &QKeychain::Job::finished, this, [this, job, isRead, finish, key](QKeychain::Job*) {
        CredentialResult result = classify(job->error(), job->errorString(), isRead);
        if (result.error == CredentialError::Other && !QDBusConnection::sessionBus().isConnected()) {
            // GLib's error texts are translated (a German session reads "D-Bus kann nicht automatisch …"), so the
            // markers in classify() miss them; the bus itself says there is no keychain to talk to.
            result = CredentialResult::failure(CredentialError::NoBackend, noBackendMessage(), job->errorString(),
                                               CredentialSource::Keychain);
        }
        if (result.ok) {
            if (auto* readJob = qobject_cast<QKeychain::ReadPasswordJob*>(job)) {
                result.value = readJob->textData();
                fb::redact::registerSecret(result.value);
            }
        }
        const bool isRemove = qobject_cast<QKeychain::DeletePasswordJob*>(job) != nullptr;
        job->deleteLater();
        // libsecret cannot unlock a locked keyring without a prompt. A read then reports "not found" and a delete
        // reports success, although the item is still there; the Secret Service itself tells locked items apart, so
        // ask it before saying NotFound or "deleted".
        const bool mayHideLock = (isRead && result.error == CredentialError::NotFound)
                              || (isRemove && (result.ok || result.error == CredentialError::NotFound));
        if (mayHideLock) {
            checkLockedItem(key, [finish, result](bool locked, const QString& detail) {
                if (locked) {
                    finish(CredentialResult::failure(CredentialError::Locked, lockedMessage(), detail,
                                                     CredentialSource::Keychain));
                } else {
                    finish(result);
                }
            });
            return;
        }
        finish(result);
    });
    job->start();
}

void CredentialStore::checkLockedItem(const QString& key, std::function<void(bool, const QString&)> done)
{
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                                       u"org.freedesktop.Secret.Service"_s, u"SearchItems"_s);
    // QtKeychain's libsecret schema (org.qt.keychain) stores the service as "server" and the key as "user".
    QMap<QString, QString> attributes {{u"server"_s, m_serviceName}, {u"user"_s, key}};
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered)
    call << QVariant::fromValue(attributes);
    auto* watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5'000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [done = std::move(done)](QDBusPendingCallWatcher* w) {
        QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *w;
        w->deleteLater();
        if (reply.isError()) {
            done(false, {});
            return;
        }
        const bool locked = !reply.argumentAt<1>().isEmpty();
        done(locked, locked ? u"the item exists in a locked collection"_s : QString());
    });
}

void CredentialStore::read(const QString& key, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    job->setKey(key);
    startJob(job, true, std::move(done));
}

void CredentialStore::write(const QString& key, const QString& secret, Callback done)
{
    fb::redact::registerSecret(secret);
    auto* job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setKey(key);
    job->setTextData(secret);
    startJob(job, false, std::move(done));
}

void CredentialStore::remove(const QString& key, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    job->setKey(key);
    startJob(job, false, std::move(done));
}

CredentialResult CredentialStore::waitFor(const std::function<void(Callback)>& start)
{
    QEventLoop loop;
    auto result = std::make_shared<CredentialResult>();
    auto finished = std::make_shared<bool>(false);
    QPointer<QEventLoop> guard(&loop);
    start([result, finished, guard](const CredentialResult& r) {
        *result = r;
        *finished = true;
        if (guard) {
            guard->quit();
        }
    });
    if (!*finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return *result;
}

CredentialResult CredentialStore::readAndWait(const QString& key)
{
    return waitFor([this, key](Callback cb) { read(key, std::move(cb)); });
}

CredentialResult CredentialStore::writeAndWait(const QString& key, const QString& secret)
{
    return waitFor([this, key, secret](Callback cb) { write(key, secret, std::move(cb)); });
}

CredentialResult CredentialStore::removeAndWait(const QString& key)
{
    return waitFor([this, key](Callback cb) { remove(key, std::move(cb)); });
}

} // namespace fb::secrets
