#pragma once
// The transport-independent heart of the sandbox: a request in, a reply (or a fault) out.
// The HTTP front end turns bytes into SimRequest and SimReply back into bytes; simulators never see a socket.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <atomic>

namespace fb::sandbox {

struct SimRequest
{
    QByteArray method;                    // "GET", "POST", ... upper case
    QString path;                         // decoded path relative to the simulator's prefix, e.g. "/contacts/abc"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

struct SimReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type/Length are added by the front end when missing
    QByteArray body;

    static SimReply json(int status, const QJsonValue& value)
    {
        SimReply r;
        r.status = status;
        r.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "application/json; charset=utf-8"));
        r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return r;
    }
    static SimReply empty(int status)
    {
        SimReply r;
        r.status = status;
        return r;
    }
    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        for (auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append(QPair<QByteArray, QByteArray>(name, value));
    }
};

// Time as the simulators see it: the wall clock plus an offset tests can move (e.g. past a daily reset).
class SimClock
{
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load()); }
    void advance(qint64 ms) { m_offsetMs += ms; }
    void reset() { m_offsetMs = 0; }

private:
    std::atomic<qint64> m_offsetMs{0};
};

// One simulated API (HighLevel or Badger). Not thread-safe by itself: the server serialises calls.
class ApiSimulator
{
public:
    virtual ~ApiSimulator() = default;
    virtual QString name() const = 0;            // "highlevel" or "badger": the key in seed files and stats
    virtual QString pathPrefix() const = 0;      // "/ghl" or "/badger/api/2": where the server mounts it
    virtual SimReply handle(const SimRequest& request) = 0;
    virtual void loadSeed(const QJsonObject& section) = 0; // the simulator's section of a seed document
    virtual QJsonObject dump() const = 0;                  // full state, in the seed format
    virtual void reset() = 0;                               // empty state, limits and counters back to defaults
};

} // namespace fb::sandbox
