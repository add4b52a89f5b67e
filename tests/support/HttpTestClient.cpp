#include "HttpTestClient.h"

#include "PrismRunner.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonParseError>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace fb::testsupport {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool HttpResponse::jsonParses() const
{
    QJsonParseError e {};
    QJsonDocument::fromJson(body, &e);
    return e.error == QJsonParseError::NoError;
}

QJsonArray HttpResponse::violations() const
{
    return PrismRunner::violations(header("sl-violations"));
}

HttpTestClient::HttpTestClient()
{
    // Loopback tests must never go through a proxy from the environment.
    m_manager.setProxy(QNetworkProxy::NoProxy);
}

void HttpTestClient::setDefaultHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : m_defaults) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    m_defaults.append({name, value});
}

HttpResponse HttpTestClient::sendJson(const QByteArray& method, const QUrl& url, const QJsonObject& body)
{
    return send(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
}

HttpResponse HttpTestClient::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                  const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    for (const auto& [name, value] : m_defaults)
        request.setRawHeader(name, value);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = nullptr;
    if (method == "GET" && body.isEmpty())
        reply = m_manager.get(request);
    else if (method == "HEAD")
        reply = m_manager.head(request);
    else
        reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    HttpResponse r;
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.errorString = reply->errorString();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

} // namespace fb::testsupport
