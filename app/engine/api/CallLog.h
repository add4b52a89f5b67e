#pragma once
// The record of every HTTP attempt for the dashboard: what was called, how it went, never a token or a body.

#include "ApiTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QString>

namespace fb::api {

// One entry per HTTP attempt (a retried call leaves one entry per attempt, numbered 1..n); `final` marks the
// attempt whose outcome the caller received. A call refused before any attempt (budget exhausted, insecure URL,
// no credential) leaves one entry with attempt 0 and status 0.
struct CallLogEntry
{
    QDateTime time;         // UTC, when the attempt started
    Service service = Service::HighLevel;
    QByteArray method;
    QString pathTemplate;   // ids replaced, never the real path
    QString operation;
    int status = 0;         // HTTP status, 0 when none arrived
    qint64 latencyMs = 0;
    int attempt = 0;
    bool final = true;
    ErrorClass errorClass = ErrorClass::None;
    QString message;        // the server's message, redacted
    QString traceId;
};

// A bounded ring of the latest entries. Thread-safe: the engine appends in the worker thread, the dashboard reads.
class CallLog
{
public:
    explicit CallLog(int capacity = 2000);

    void append(const CallLogEntry& entry);
    QList<CallLogEntry> entries() const; // oldest first
    int size() const;
    int capacity() const;
    void setCapacity(int capacity);
    void clear();
    quint64 totalAppended() const; // including entries that have left the ring

private:
    mutable QMutex m_mutex;
    QList<CallLogEntry> m_ring;
    int m_capacity;
    int m_head = 0; // next slot to overwrite once full
    quint64 m_total = 0;
};

} // namespace fb::api

Q_DECLARE_METATYPE(fb::api::CallLogEntry)
