#include "CallStats.h"

#include <algorithm>
#include <cmath>

namespace fb::ui {

CallStats::CallStats(int bucketSeconds, int bucketCount)
    : m_bucketSeconds(std::max(1, bucketSeconds))
    , m_ring(size_t(std::max(2, bucketCount)))
{
}

void CallStats::clear()
{
    for (Bucket& b : m_ring) {
        b = Bucket{};
    }
    m_newest = -1;
    m_total = 0;
    m_totals = {};
}

CallStats::StatusClass CallStats::classify(const api::CallLogEntry& entry)
{
    if (entry.status == 0) {
        return Network;
    }
    if (entry.status >= 500) {
        return ServerError;
    }
    if (entry.status >= 400) {
        return ClientError;
    }
    return Success;
}

int CallStats::latencyBin(qint64 ms)
{
    if (ms <= 1) {
        return 0;
    }
    const int bin = int(std::ceil(4.0 * std::log2(double(ms))));
    return std::clamp(bin, 0, kLatencyBins - 1);
}

qint64 CallStats::binUpperMs(int bin)
{
    return qint64(std::llround(std::pow(2.0, bin / 4.0)));
}

CallStats::Bucket& CallStats::bucketFor(qint64 start)
{
    const qint64 n = qint64(m_ring.size());
    const size_t slot = size_t(((start / m_bucketSeconds) % n + n) % n);
    Bucket& b = m_ring[slot];
    if (b.start != start) {
        b = Bucket{};
        b.start = start;
    }
    return b;
}

void CallStats::add(const api::CallLogEntry& entry)
{
    const qint64 secs = (entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    const qint64 start = secs - ((secs % m_bucketSeconds) + m_bucketSeconds) % m_bucketSeconds;
    ++m_total;
    const StatusClass cls = classify(entry);
    ++m_totals[size_t(cls)];
    if (m_newest >= 0 && start <= m_newest - qint64(m_ring.size()) * m_bucketSeconds) {
        return; // older than the window: only the totals keep it
    }
    m_newest = std::max(m_newest, start);
    Bucket& b = bucketFor(start);
    ++b.byStatus[size_t(cls)];
    if (entry.status != 0) {
        const size_t s = entry.service == api::Service::HighLevel ? 0 : 1;
        ++b.latency[s][size_t(latencyBin(entry.latencyMs))];
        ++b.calls[s];
    }
}

std::vector<const CallStats::Bucket*> CallStats::buckets() const
{
    std::vector<const Bucket*> out;
    const qint64 oldest = m_newest - qint64(m_ring.size() - 1) * m_bucketSeconds;
    for (const Bucket& b : m_ring) {
        if (b.start >= 0 && b.start >= oldest) {
            out.push_back(&b);
        }
    }
    std::sort(out.begin(), out.end(), [](const Bucket* a, const Bucket* b) { return a->start < b->start; });
    return out;
}

qint64 CallStats::percentile(const Bucket& bucket, api::Service service, double quantile)
{
    const size_t s = service == api::Service::HighLevel ? 0 : 1;
    const quint32 n = bucket.calls[s];
    if (n == 0) {
        return -1;
    }
    const double target = std::max(1.0, std::ceil(quantile * n));
    quint64 seen = 0;
    for (int i = 0; i < kLatencyBins; ++i) {
        seen += bucket.latency[s][size_t(i)];
        if (double(seen) >= target) {
            return binUpperMs(i);
        }
    }
    return binUpperMs(kLatencyBins - 1);
}

} // namespace fb::ui
