#include "SecretField.h"

#include "secrets/CredentialStore.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fb::ui {

QString keychainAdvice(const secrets::CredentialResult& result)
{
    using secrets::CredentialError;
    switch (result.error) {
    case CredentialError::NoBackend:
        return SecretField::tr("No keychain is available, so Fieldbridge cannot keep your token. Install and start "
                               "a Secret Service (GNOME Keyring or KWallet) and log in again; on a server without a "
                               "desktop use the headless mode with a token file instead. (%1)")
            .arg(result.message);
    case CredentialError::Locked:
        return SecretField::tr("Your keychain is locked. Unlock it (your login keyring opens with your login "
                               "password), then try again. (%1)")
            .arg(result.message);
    default:
        return result.message;
    }
}

SecretField::SecretField(secrets::CredentialStore* store, const QString& key, const QString& objectPrefix,
                         const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_key(key)
    , m_edit(new QLineEdit(this))
    , m_storedLabel(new QLabel(this))
    , m_replace(new QPushButton(tr("Replace…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_keychainMessage(new QLabel(this))
{
    setObjectName(objectPrefix + u"Field"_s);
    m_edit->setObjectName(objectPrefix + u"Edit"_s);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(accessibleName);
    m_edit->setClearButtonEnabled(true);
    m_storedLabel->setObjectName(objectPrefix + u"StoredLabel"_s);
    m_storedLabel->setText(tr("Stored in your keychain (hidden)"));
    m_replace->setObjectName(objectPrefix + u"ReplaceButton"_s);
    m_replace->setAccessibleName(tr("Replace %1").arg(accessibleName));
    m_remove->setObjectName(objectPrefix + u"RemoveButton"_s);
    m_remove->setAccessibleName(tr("Remove %1 from the keychain").arg(accessibleName));
    m_keychainMessage->setObjectName(objectPrefix + u"KeychainMessage"_s);
    m_keychainMessage->setWordWrap(true);
    m_keychainMessage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_keychainMessage->hide();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_storedLabel, 1);
    row->addWidget(m_replace);
    row->addWidget(m_remove);
    layout->addLayout(row, 0, 0);
    layout->addWidget(m_keychainMessage, 1, 0);
    setFocusProxy(m_edit);

    connect(m_replace, &QPushButton::clicked, this, [this] {
        m_replacing = true;
        updateState();
        m_edit->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        remove([](const secrets::CredentialResult&) {});
    });
    updateState();
}

void SecretField::refresh()
{
    QPointer<SecretField> self(this);
    m_store->read(m_key, [self](const secrets::CredentialResult& r) {
        SecretField* const that = self.data();
        if (!that) {
            return;
        }
        that->m_known = true;
        that->m_stored = r.ok;
        if (r.ok || r.error == secrets::CredentialError::NotFound) {
            that->m_keychainMessage->hide();
        } else {
            that->showKeychainProblem(r);
        }
        that->updateState();
        Q_EMIT that->refreshed();
    });
}

QString SecretField::enteredSecret() const
{
    return !m_stored || m_replacing ? m_edit->text().trimmed() : QString();
}

void SecretField::setEnteredSecret(const QString& secret)
{
    m_replacing = true;
    m_edit->setText(secret);
    updateState();
}

void SecretField::clearEntered()
{
    m_edit->clear();
    m_replacing = false;
    updateState();
}

void SecretField::secretForUse(std::function<void(const secrets::CredentialResult&)> done)
{
    const QString typed = enteredSecret();
    if (!typed.isEmpty()) {
        done(secrets::CredentialResult::success(typed, secrets::CredentialSource::None));
        return;
    }
    QPointer<SecretField> self(this);
    m_store->read(m_key, [self, done = std::move(done)](const secrets::CredentialResult& r) {
        SecretField* const that = self.data();
        if (!that) {
            return;
        }
        if (!r.ok && r.error != secrets::CredentialError::NotFound) {
            that->showKeychainProblem(r);
        }
        done(r);
    });
}

void SecretField::store(std::function<void(const secrets::CredentialResult&)> done)
{
    const QString typed = enteredSecret();
    if (typed.isEmpty()) {
        done(secrets::CredentialResult::success({}, secrets::CredentialSource::Keychain));
        return;
    }
    QPointer<SecretField> self(this);
    m_store->write(m_key, typed, [self, done = std::move(done)](const secrets::CredentialResult& r) {
        SecretField* const that = self.data();
        if (!that) {
            return;
        }
        if (r.ok) {
            that->m_stored = true;
            that->m_known = true;
            that->m_keychainMessage->hide();
            that->clearEntered();
        } else {
            that->showKeychainProblem(r);
        }
        done(r);
    });
}

void SecretField::remove(std::function<void(const secrets::CredentialResult&)> done)
{
    QPointer<SecretField> self(this);
    m_store->remove(m_key, [self, done = std::move(done)](const secrets::CredentialResult& r) {
        SecretField* const that = self.data();
        if (!that) {
            return;
        }
        if (r.ok || r.error == secrets::CredentialError::NotFound) {
            that->m_stored = false;
            that->m_keychainMessage->hide();
            that->clearEntered();
            Q_EMIT that->removed();
        } else {
            that->showKeychainProblem(r);
        }
        done(r);
    });
}

void SecretField::showKeychainProblem(const secrets::CredentialResult& result)
{
    m_keychainMessage->setText(keychainAdvice(result));
    m_keychainMessage->show();
}

void SecretField::updateState()
{
    const bool editing = !m_stored || m_replacing;
    m_edit->setVisible(editing);
    m_storedLabel->setVisible(!editing);
    m_replace->setVisible(m_stored && !m_replacing);
    m_remove->setVisible(m_stored);
    if (m_stored && m_replacing) {
        m_edit->setPlaceholderText(tr("Paste the new one; the stored one stays until you save"));
    } else {
        m_edit->setPlaceholderText({});
    }
}

} // namespace fb::ui
