#include "AlertWebhook.h"

#include "core/Redaction.h"
#include "tray/HealthMonitor.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace fb::ui {

AlertWebhook::AlertWebhook(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void AlertWebhook::attach(HealthMonitor* monitor)
{
    connect(monitor, &HealthMonitor::incidentStarted, this,
            [this](const QString&, const QString& text) { send(tr("Fieldbridge: %1").arg(text)); });
    connect(monitor, &HealthMonitor::incidentCleared, this, [this](const QString& key) {
        if (m_sendResolved) {
            send(tr("Fieldbridge: resolved (%1)").arg(key));
        }
    });
}

bool AlertWebhook::isAcceptable(const QUrl& url, QString* error)
{
    if (url.isEmpty()) {
        return true;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        if (error) {
            *error = tr("This is not a valid web address.");
        }
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s) {
        return true;
    }
    const QHostAddress address(url.host());
    const bool loopback = url.host() == u"localhost"_s || (!address.isNull() && address.isLoopback());
    if (scheme == u"http"_s && loopback) {
        return true;
    }
    if (error) {
        *error = tr("Alerts are only sent over https (plain http only to this computer).");
    }
    return false;
}

bool AlertWebhook::setUrl(const QUrl& url, QString* error)
{
    if (!isAcceptable(url, error)) {
        return false;
    }
    m_url = url;
    return true;
}

void AlertWebhook::sendTest()
{
    send(tr("Fieldbridge: test alert. Critical sync errors will be posted here."));
}

void AlertWebhook::send(const QString& text)
{
    if (m_url.isEmpty()) {
        return;
    }
    const QString safe = redact::text(text);
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(15000);
    QNetworkReply* reply =
        m_network->post(request, QJsonDocument(QJsonObject{{u"text"_s, safe}}).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, safe] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
        Q_EMIT sent(safe, ok, ok ? QString() : redact::text(reply->errorString()));
    });
}

} // namespace fb::ui
