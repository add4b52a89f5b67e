#pragma once
// A token or API key field backed by the keychain: typed once, masked, stored only in the keychain, never shown again
// (Replace types a new one, Remove deletes it); explains a missing or locked keychain.

#include "secrets/CredentialResult.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fb::secrets {
class CredentialStore;
}

namespace fb::ui {

class SecretField : public QWidget
{
    Q_OBJECT

public:
    // objectPrefix names the children: <prefix>Edit, <prefix>StoredLabel, <prefix>ReplaceButton,
    // <prefix>RemoveButton, <prefix>KeychainMessage.
    SecretField(secrets::CredentialStore* store, const QString& key, const QString& objectPrefix,
                const QString& accessibleName, QWidget* parent = nullptr);

    // Reads the keychain (asynchronously) to learn whether a secret is stored; refreshed() follows.
    void refresh();
    bool isStored() const { return m_stored; }
    bool isKnown() const { return m_known; } // false until the first keychain answer
    QString enteredSecret() const;
    void setEnteredSecret(const QString& secret); // e.g. an API key obtained by signing in
    void clearEntered();
    QLineEdit* edit() const { return m_edit; }
    QPushButton* replaceButton() const { return m_replace; }
    QPushButton* removeButton() const { return m_remove; }

    // The secret to use for a test: the one typed, else the stored one (read asynchronously).
    void secretForUse(std::function<void(const secrets::CredentialResult&)> done);
    // Writes the typed secret to the keychain (nothing typed: done with ok and no change).
    void store(std::function<void(const secrets::CredentialResult&)> done);
    void remove(std::function<void(const secrets::CredentialResult&)> done);

Q_SIGNALS:
    void refreshed();
    void removed();

private:
    void updateState();
    void showKeychainProblem(const secrets::CredentialResult& result);

    secrets::CredentialStore* m_store;
    QString m_key;
    bool m_stored = false;
    bool m_known = false;
    bool m_replacing = false;
    QLineEdit* m_edit;
    QLabel* m_storedLabel;
    QPushButton* m_replace;
    QPushButton* m_remove;
    QLabel* m_keychainMessage;
};

// The keychain's message with what to do, in words for the connection screens.
QString keychainAdvice(const secrets::CredentialResult& result);

} // namespace fb::ui
