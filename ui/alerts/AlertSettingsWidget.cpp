#include "AlertSettingsWidget.h"

#include "AlertWebhook.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

AlertSettingsWidget::AlertSettingsWidget(AlertWebhook* webhook, QWidget* parent)
    : QWidget(parent)
    , m_webhook(webhook)
    , m_url(new QLineEdit(savedUrl()))
    , m_test(new QPushButton(tr("Send test alert")))
    , m_status(new QLabel)
{
    setObjectName(u"alertSettings"_s);
    m_url->setObjectName(u"alertWebhookUrl"_s);
    m_url->setAccessibleName(tr("Alert webhook address"));
    m_url->setPlaceholderText(tr("https://hooks.slack.com/services/… (empty: no alerts)"));
    m_test->setObjectName(u"alertTestButton"_s);
    m_test->setAccessibleName(tr("Send a test alert"));
    m_status->setObjectName(u"alertStatus"_s);
    m_status->setWordWrap(true);
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Alert webhook:")));
    row->addWidget(m_url, 1);
    row->addWidget(m_test);
    root->addLayout(row);
    root->addWidget(m_status);
    connect(m_url, &QLineEdit::editingFinished, this, &AlertSettingsWidget::apply);
    connect(m_test, &QPushButton::clicked, this, [this] {
        apply();
        if (m_webhook->url().isEmpty()) {
            m_status->setText(tr("Enter a webhook address first."));
            return;
        }
        m_status->setText(tr("Sending…"));
        m_webhook->sendTest();
    });
    connect(m_webhook, &AlertWebhook::sent, this, [this](const QString&, bool ok, const QString& error) {
        m_status->setText(ok ? tr("Alert delivered.") : tr("The alert could not be delivered: %1").arg(error));
    });
    apply();
}

QString AlertSettingsWidget::savedUrl()
{
    return QSettings().value(u"alerts/webhookUrl"_s).toString();
}

void AlertSettingsWidget::apply()
{
    const QUrl url(m_url->text().trimmed());
    QString error;
    if (!m_webhook->setUrl(url, &error)) {
        m_status->setText(error);
        return;
    }
    QSettings().setValue(u"alerts/webhookUrl"_s, url.toString());
    m_status->setText(url.isEmpty() ? tr("No alerts are sent.") : tr("Critical errors are posted here, once per incident."));
}

} // namespace fb::ui
