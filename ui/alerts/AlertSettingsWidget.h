#pragma once
// Settings for the alert webhook: the URL (QSettings "alerts/webhookUrl"; a Slack incoming-webhook URL works) and a
// "Send test alert" button. ui-app may place it on its Settings page.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fb::ui {

class AlertWebhook;

class AlertSettingsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AlertSettingsWidget(AlertWebhook* webhook, QWidget* parent = nullptr);

    static QString savedUrl();

private:
    void apply();

    AlertWebhook* m_webhook;
    QLineEdit* m_url;
    QPushButton* m_test;
    QLabel* m_status;
};

} // namespace fb::ui
