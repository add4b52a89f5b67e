#pragma once
// A small synchronous wrapper over QNetworkAccessManager for tests: send one request, wait for the reply, keep status,
// headers, body, the network error and Prism's sl-violations. Real HTTP, no mocks.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace fb::testsupport {

struct HttpResponse
{
    int status = 0; // 0 when no HTTP response arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool jsonParses() const;
    QJsonArray violations() const; // Prism's sl-violations header, parsed
};

class HttpTestClient
{
public:
    HttpTestClient();

    // Default headers sent with every request (e.g. Authorization and Version).
    void setDefaultHeader(const QByteArray& name, const QByteArray& value);
    void clearDefaultHeaders() { m_defaults.clear(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    HttpResponse send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                      const QList<QPair<QByteArray, QByteArray>>& headers = {});
    HttpResponse sendJson(const QByteArray& method, const QUrl& url, const QJsonObject& body);

    QNetworkAccessManager& manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
    QList<QPair<QByteArray, QByteArray>> m_defaults;
    int m_timeoutMs = 15000;
};

} // namespace fb::testsupport
