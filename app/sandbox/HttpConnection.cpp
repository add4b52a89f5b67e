#include "HttpConnection.h"

#include <QJsonObject>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace fb::sandbox {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Finds the blank line ending the header section; accepts bare LF line ends like common servers do.
qsizetype findHeaderEnd(const QByteArray& buffer, qsizetype* separatorLength)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf)) {
        *separatorLength = 4;
        return crlf;
    }
    if (lf >= 0) {
        *separatorLength = 2;
        return lf;
    }
    return -1;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const HttpLimits& limits, Handler handler,
                               ProtocolErrorHook onProtocolError, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_onProtocolError(std::move(onProtocolError))
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        Q_EMIT closed();
        deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        scheduleProcessing();
}

HttpConnection::~HttpConnection() = default;

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    if (m_closing) {
        m_socket->readAll(); // draining after an error reply: nothing more is parsed
        return;
    }
    m_buffer.append(m_socket->readAll());
    if (!m_busy)
        processBuffer();
}

void HttpConnection::scheduleProcessing()
{
    if (m_processingScheduled)
        return;
    m_processingScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_processingScheduled = false;
            if (m_socket)
                m_buffer.append(m_socket->readAll());
            processBuffer();
        },
        Qt::QueuedConnection);
}

void HttpConnection::processBuffer()
{
    if (m_busy || m_closing || !m_socket)
        return;
    // Empty lines before a request line are ignored (RFC 9112 §2.2).
    qsizetype skip = 0;
    while (skip < m_buffer.size() && (m_buffer.at(skip) == '\r' || m_buffer.at(skip) == '\n'))
        ++skip;
    if (skip > 0)
        m_buffer.remove(0, skip);
    if (m_buffer.isEmpty())
        return;

    qsizetype separatorLength = 0;
    const qsizetype headerEnd = findHeaderEnd(m_buffer, &separatorLength);
    if (headerEnd < 0) {
        if (m_buffer.size() > m_limits.maxHeaderBytes)
            failProtocol(431, "Request Header Fields Too Large");
        return;
    }
    if (headerEnd > m_limits.maxHeaderBytes) {
        failProtocol(431, "Request Header Fields Too Large");
        return;
    }

    const QByteArray head = m_buffer.left(headerEnd);
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()) {
        failProtocol(400, "Malformed request line");
        return;
    }
    const QByteArray& version = requestLine.at(2);
    if (!version.startsWith("HTTP/") || version.size() != 8 || version.at(6) != '.') {
        failProtocol(400, "Malformed HTTP version");
        return;
    }
    if (version.at(5) != '1') {
        failProtocol(505, "HTTP Version Not Supported");
        return;
    }

    HttpRequest request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    const bool http10 = version.at(7) == '0';

    for (const QByteArray& line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            failProtocol(400, "Obsolete header line folding");
            return;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            failProtocol(400, "Malformed header line");
            return;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (request.headers.contains(name)) {
            if (name == "content-length" && request.headers.value(name) != value) {
                failProtocol(400, "Conflicting Content-Length");
                return;
            }
            if (name != "content-length")
                request.headers[name] += ", " + value;
        } else {
            request.headers.insert(name, value);
        }
    }
    if (!http10 && !request.headers.contains("host")) {
        failProtocol(400, "Missing Host header");
        return;
    }

    if (request.headers.contains("transfer-encoding")) {
        failProtocol(501, "Transfer-Encoding is not supported; send Content-Length");
        return;
    }
    qint64 contentLength = 0;
    if (request.headers.contains("content-length")) {
        bool ok = false;
        const QByteArray cl = request.headers.value("content-length");
        contentLength = cl.toLongLong(&ok);
        if (!ok || contentLength < 0 || cl.startsWith('+')) {
            failProtocol(400, "Invalid Content-Length");
            return;
        }
    }
    if (contentLength > m_limits.maxBodyBytes) {
        failProtocol(413, "Payload Too Large");
        return;
    }
    const qint64 total = headerEnd + separatorLength + contentLength;
    if (m_buffer.size() < total) {
        if (!m_continueSent && request.headers.value("expect").toLower() == "100-continue") {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    m_continueSent = false;
    request.body = m_buffer.mid(headerEnd + separatorLength, contentLength);
    m_buffer.remove(0, total);

    // Origin form ("/path?query") or absolute form ("http://host/path"); parsed by hand, QUrl costs more than the rest.
    QByteArray target = request.target;
    if (target.startsWith("http://")) {
        const qsizetype slash = target.indexOf('/', 7);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    if (!target.startsWith('/')) {
        failProtocol(400, "Malformed request target");
        return;
    }
    for (const char c : std::as_const(target)) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) {
            failProtocol(400, "Malformed request target");
            return;
        }
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));

    const QByteArray connection = request.headers.value("connection").toLower();
    request.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    m_currentKeepAlive = request.keepAlive;
    m_currentHead = request.method == "HEAD";
    m_busy = true;
    m_handler(this, request);
}

QByteArray HttpConnection::serialize(const SimReply& reply, bool withBody, qint64 contentLength) const
{
    QByteArray out;
    out.reserve(256 + (withBody ? reply.body.size() : 0));
    out += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    bool hasType = false;
    for (const auto& [name, value] : reply.headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0
            || name.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        hasType = hasType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    const bool bodyless = reply.status == 204 || reply.status == 304 || reply.status < 200;
    if (!bodyless) {
        if (!hasType && !reply.body.isEmpty())
            out += "Content-Type: application/json; charset=utf-8\r\n";
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    }
    if (!m_currentKeepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (withBody && !bodyless)
        out += reply.body;
    return out;
}

void HttpConnection::finishRequest(bool close)
{
    m_busy = false;
    if (!m_socket)
        return;
    if (close) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
        scheduleProcessing();
}

void HttpConnection::reply(const SimReply& reply)
{
    if (!m_socket || !m_busy)
        return;
    m_socket->write(serialize(reply, !m_currentHead, reply.body.size()));
    finishRequest(!m_currentKeepAlive);
}

void HttpConnection::replyTruncated(const SimReply& reply)
{
    if (!m_socket || !m_busy)
        return;
    QByteArray body = reply.body;
    if (body.size() < 2)
        body = "{\"statusCode\":200,\"message\":\"truncated by the sandbox\"}";
    const qint64 announced = body.size();
    m_socket->write(serialize(reply, false, announced) + body.left(body.size() / 2));
    m_currentKeepAlive = false;
    finishRequest(true);
}

void HttpConnection::resetConnection()
{
    m_busy = false;
    m_closing = true;
    if (!m_socket)
        return;
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        linger l {};
        l.l_onoff = 1;
        l.l_linger = 0;
        ::setsockopt(static_cast<int>(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    m_socket->abort();
    Q_EMIT closed();
    deleteLater();
}

void HttpConnection::dropConnection()
{
    m_busy = false;
    m_closing = true;
    if (m_socket)
        m_socket->disconnectFromHost();
}

void HttpConnection::holdForever()
{
    // Stay busy: nothing more is parsed or written; the socket lives until the client gives up.
    m_closing = true;
}

void HttpConnection::failProtocol(int status, const QByteArray& message)
{
    m_closing = true;
    m_buffer.clear();
    if (m_onProtocolError)
        m_onProtocolError(status);
    if (!m_socket)
        return;
    const QJsonObject body {{u"statusCode"_s, status}, {u"message"_s, QString::fromLatin1(message)}};
    SimReply r = SimReply::json(status, body);
    m_currentKeepAlive = false;
    m_currentHead = false;
    m_socket->write(serialize(r, true, r.body.size()));
    // Lingering close, as nginx does: a client still sending its (refused) body would get a RST, and lose the reply,
    // if we closed with unread data. Send FIN after the reply, discard what still arrives, close when the client does
    // or after 2 s.
    m_socket->flush();
    const qintptr fd = m_socket->socketDescriptor();
    if (m_socket->bytesToWrite() == 0 && fd >= 0) {
        ::shutdown(static_cast<int>(fd), SHUT_WR);
        QTimer::singleShot(2000, this, [this] {
            if (m_socket)
                m_socket->abort();
            Q_EMIT closed();
            deleteLater();
        });
    } else {
        m_socket->disconnectFromHost();
    }
}

} // namespace fb::sandbox
