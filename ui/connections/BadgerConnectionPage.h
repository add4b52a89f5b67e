#pragma once
// Connections → Badger Maps: the API key (keychain only; or user name + password to obtain one), the base URL under
// Advanced, and "Test connection" with who, what the key may do, the daily quota and what to fix.

#include "api/BadgerConnectionTest.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fb::secrets {
class CredentialStore;
}

namespace fb::ui {

class SecretField;

class BadgerConnectionPage : public QWidget
{
    Q_OBJECT

public:
    explicit BadgerConnectionPage(secrets::CredentialStore* store, QWidget* parent = nullptr);

    void reload();
    void testConnection();
    void signIn(); // POST /login/ with the user name and password; the key lands in the key field (masked)
    void save();
    static QString reportHtml(const api::badger::BadgerConnectionReport& report);

Q_SIGNALS:
    void testFinished(const fb::api::badger::BadgerConnectionReport& report);
    void signInFinished(bool ok, const QString& message);
    void saved();
    void saveFailed(const QString& message);
    void removed();

private:
    QUrl baseUrl() const;
    void setBusy(bool busy, const QString& message = {});
    void showMessage(const QString& text, bool error);

    SecretField* m_key;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QLineEdit* m_baseUrl;
    QPushButton* m_test;
    QPushButton* m_save;
    QLabel* m_result;
    bool m_busy = false;
};

} // namespace fb::ui
