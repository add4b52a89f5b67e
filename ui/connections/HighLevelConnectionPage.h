#pragma once
// Connections → HighLevel: the Private Integration Token (keychain only) and the location id, where to find each,
// the base URL under Advanced, and "Test connection" with who, scopes, limits and what to fix.

#include "api/HighLevelConnectionTest.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fb::secrets {
class CredentialStore;
}

namespace fb::ui {

class SecretField;

class HighLevelConnectionPage : public QWidget
{
    Q_OBJECT

public:
    explicit HighLevelConnectionPage(secrets::CredentialStore* store, QWidget* parent = nullptr);

    void reload(); // settings and keychain state (asynchronous)
    void testConnection();
    void save();
    static QString reportHtml(const api::HighLevelConnectionReport& report);

Q_SIGNALS:
    void testFinished(const fb::api::HighLevelConnectionReport& report);
    void saved(); // token in the keychain, location and URL in the settings
    void saveFailed(const QString& message);
    void removed();

private:
    QUrl baseUrl() const;
    void setBusy(bool busy, const QString& message = {});
    void showMessage(const QString& html, bool error);

    secrets::CredentialStore* m_store;
    SecretField* m_token;
    QLineEdit* m_location;
    QLineEdit* m_baseUrl;
    QPushButton* m_test;
    QPushButton* m_save;
    QLabel* m_result;
    bool m_busy = false;
};

} // namespace fb::ui
