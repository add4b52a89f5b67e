#pragma once
// One client connection of the sandbox's HTTP/1.1 front end: parses requests across TCP segments, hands them out one at
// a time (so pipelined requests are answered in order, also behind a delayed reply) and writes replies or faults.

#include "SimTypes.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>

namespace fb::sandbox {

struct HttpRequest
{
    QByteArray method; // as sent (upper case by convention)
    QByteArray target; // request-target as sent, e.g. "/ghl/contacts/?locationId=x"
    QString path; // decoded path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bool keepAlive = true;
};

struct HttpLimits
{
    qint64 maxHeaderBytes = 64 * 1024; // request line + headers; more -> 431
    qint64 maxBodyBytes = 16 * 1024 * 1024; // Content-Length above -> 413
};

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpConnection*, const HttpRequest&)>;
    // protocolError(status) reports 400/413/431/501/505 answers the front end gave itself.
    using ProtocolErrorHook = std::function<void(int status)>;

    HttpConnection(QTcpSocket* socket, const HttpLimits& limits, Handler handler, ProtocolErrorHook onProtocolError,
                   QObject* parent);
    ~HttpConnection() override;

    // Exactly one of these answers each request given to the handler, possibly later (e.g. from a timer whose context
    // is this connection). The next pipelined request is parsed only after it.
    void reply(const SimReply& reply);
    void replyTruncated(const SimReply& reply); // full Content-Length, half the body, then close
    void resetConnection(); // RST: SO_LINGER 0 + abort
    void dropConnection(); // FIN without a response byte
    void holdForever(); // never answer; the client's timeout ends it

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void closed();

private:
    void onReadyRead();
    void processBuffer();
    void scheduleProcessing();
    void failProtocol(int status, const QByteArray& message);
    QByteArray serialize(const SimReply& reply, bool withBody, qint64 contentLength) const;
    void finishRequest(bool close);

    QTcpSocket* m_socket = nullptr; // our child: lives exactly as long as this connection
    HttpLimits m_limits;
    Handler m_handler;
    ProtocolErrorHook m_onProtocolError;
    QByteArray m_buffer;
    bool m_busy = false; // a request is out with the handler
    bool m_closing = false; // no more requests on this connection
    bool m_continueSent = false;
    bool m_processingScheduled = false;
    bool m_currentHead = false;
    bool m_currentKeepAlive = true;
};

} // namespace fb::sandbox
