#include "CallLog.h"

#include <QMutexLocker>

#include <algorithm>

namespace fb::api {

CallLog::CallLog(int capacity)
    : m_capacity(std::max(capacity, 1))
{
}

void CallLog::append(const CallLogEntry& entry)
{
    QMutexLocker lock(&m_mutex);
    ++m_total;
    if (m_ring.size() < m_capacity) {
        m_ring.append(entry);
        return;
    }
    m_ring[m_head] = entry;
    m_head = (m_head + 1) % m_capacity;
}

QList<CallLogEntry> CallLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    QList<CallLogEntry> out;
    out.reserve(m_ring.size());
    for (qsizetype i = 0; i < m_ring.size(); ++i) {
        out.append(m_ring.at((m_head + i) % m_ring.size()));
    }
    return out;
}

int CallLog::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_ring.size());
}

int CallLog::capacity() const
{
    QMutexLocker lock(&m_mutex);
    return m_capacity;
}

void CallLog::setCapacity(int capacity)
{
    QMutexLocker lock(&m_mutex);
    QList<CallLogEntry> ordered;
    for (qsizetype i = 0; i < m_ring.size(); ++i) {
        ordered.append(m_ring.at((m_head + i) % m_ring.size()));
    }
    m_capacity = std::max(capacity, 1);
    if (ordered.size() > m_capacity) {
        ordered = ordered.mid(ordered.size() - m_capacity);
    }
    m_ring = ordered;
    m_head = 0;
}

void CallLog::clear()
{
    QMutexLocker lock(&m_mutex);
    m_ring.clear();
    m_head = 0;
}

quint64 CallLog::totalAppended() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

} // namespace fb::api
