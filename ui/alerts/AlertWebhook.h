#pragma once
// The optional alert webhook: one Slack-compatible POST {"text": ...} per incident the HealthMonitor starts (and one
// when it clears), never one per failed call. https only, except to a loopback host (local relays, tests).

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace fb::ui {

class HealthMonitor;

class AlertWebhook : public QObject
{
    Q_OBJECT

public:
    explicit AlertWebhook(QObject* parent = nullptr);

    // Sends every incident the monitor starts (and its all-clear) while a URL is set.
    void attach(HealthMonitor* monitor);
    // An empty URL turns alerts off. False (with *error) for a URL that is not https or loopback http.
    bool setUrl(const QUrl& url, QString* error = nullptr);
    QUrl url() const { return m_url; }
    static bool isAcceptable(const QUrl& url, QString* error = nullptr);
    void setSendResolved(bool on) { m_sendResolved = on; }

    // The "Send test alert" button.
    void sendTest();
    void send(const QString& text);

Q_SIGNALS:
    void sent(const QString& text, bool ok, const QString& error);

private:
    QNetworkAccessManager* m_network;
    QUrl m_url;
    bool m_sendResolved = true;
};

} // namespace fb::ui
