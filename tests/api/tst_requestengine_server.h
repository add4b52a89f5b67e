#pragma once
// A scripted HTTP/1.1 server for the request engine tests: canned answers and transport faults, counted server-side.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace fb::test {

struct Reply
{
    enum class Fault { None, Drop, Reset, Truncate, Hang, Stream, Stall };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Fault fault = Fault::None;
    qint64 streamBytes = 0;        // Stream: this many body bytes, sent as produced
    bool announceLength = true;    // Stream: with Content-Length, or framed by closing the connection

    static Reply json(int status, const QByteArray& body)
    {
        Reply r;
        r.status = status;
        r.headers = {{"Content-Type", "application/json"}};
        r.body = body;
        return r;
    }
    static Reply fault_(Fault f)
    {
        Reply r;
        r.fault = f;
        return r;
    }
};

struct SeenRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

class ScriptedServer : public QTcpServer
{
public:
    ScriptedServer()
    {
        connect(this, &QTcpServer::newConnection, this, &ScriptedServer::accept);
        listen(QHostAddress::LocalHost);
    }

    QByteArray baseUrl() const { return "http://127.0.0.1:" + QByteArray::number(serverPort()); }

    // Answers in order; when the script is empty, `fallback` answers.
    QList<Reply> script;
    Reply fallback = Reply::json(200, R"({"ok":true})");
    QList<SeenRequest> seen;
    int connections = 0;

private:
    struct Conn
    {
        QByteArray buffer;
        qint64 streamLeft = 0;
    };

    void accept()
    {
        while (QTcpSocket* s = nextPendingConnection()) {
            ++connections;
            auto conn = std::make_shared<Conn>();
            connect(s, &QTcpSocket::readyRead, s, [this, s, conn] { onData(s, conn); });
            connect(s, &QTcpSocket::bytesWritten, s, [this, s, conn] { pumpStream(s, conn); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

    void onData(QTcpSocket* s, const std::shared_ptr<Conn>& conn)
    {
        conn->buffer.append(s->readAll());
        for (;;) {
            const qsizetype end = conn->buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            const QList<QByteArray> lines = conn->buffer.left(end).split('\n');
            SeenRequest req;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            req.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0) {
                    req.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
                }
            }
            const qint64 length = req.headers.value("content-length").toLongLong();
            if (conn->buffer.size() < end + 4 + length) {
                return;
            }
            req.body = conn->buffer.mid(end + 4, length);
            conn->buffer.remove(0, end + 4 + length);
            seen.append(req);
            const Reply reply = script.isEmpty() ? fallback : script.takeFirst();
            if (!answer(s, conn, reply)) {
                return;
            }
        }
    }

    static QByteArray head(const Reply& r, qint64 contentLength)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
        for (const auto& h : r.headers) {
            out += h.first + ": " + h.second + "\r\n";
        }
        if (contentLength >= 0) {
            out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
        } else {
            out += "Connection: close\r\n";
        }
        return out + "\r\n";
    }

    // false when the connection is finished with.
    bool answer(QTcpSocket* s, const std::shared_ptr<Conn>& conn, const Reply& r)
    {
        switch (r.fault) {
        case Reply::Fault::Drop:
            s->disconnectFromHost();
            return false;
        case Reply::Fault::Reset:
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            s->abort();
            return false;
        case Reply::Fault::Hang:
            return false;
        case Reply::Fault::Truncate:
            s->write(head(r, r.body.size() + 100) + r.body);
            s->disconnectFromHost();
            return false;
        case Reply::Fault::Stall: // headers and part of the body, then silence with the connection open
            s->write(head(r, r.body.size() + 100) + r.body);
            return false;
        case Reply::Fault::Stream:
            s->write(head(r, r.announceLength ? r.streamBytes : -1));
            conn->streamLeft = r.streamBytes;
            pumpStream(s, conn);
            return false;
        case Reply::Fault::None:
            break;
        }
        s->write(head(r, r.body.size()) + r.body);
        return true;
    }

    // Produces a streamed body as the socket drains, so the server never holds more than a few chunks.
    static void pumpStream(QTcpSocket* s, const std::shared_ptr<Conn>& conn)
    {
        static const QByteArray chunk(64 * 1024, 'x');
        while (conn->streamLeft > 0 && s->bytesToWrite() < 256 * 1024 && s->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = std::min<qint64>(chunk.size(), conn->streamLeft);
            s->write(chunk.constData(), n);
            conn->streamLeft -= n;
            if (conn->streamLeft == 0) {
                s->disconnectFromHost();
            }
        }
    }
};

} // namespace fb::test
