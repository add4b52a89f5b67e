#pragma once
// Logged calls folded into fixed time buckets for the dashboard charts: per API a latency histogram (p50/p95) and
// per status class a count. Memory is constant however many calls arrive: a ring of buckets, each of fixed size.

#include "api/CallLog.h"

#include <QDateTime>

#include <array>
#include <vector>

namespace fb::ui {

class CallStats
{
public:
    enum StatusClass { Success = 0, ClientError = 1, ServerError = 2, Network = 3, StatusClassCount = 4 };
    static constexpr int kServices = 2;
    static constexpr int kLatencyBins = 64; // bin i holds latencies up to 2^(i/4) ms (about 19% wide)

    struct Bucket
    {
        qint64 start = -1; // seconds since the epoch, a multiple of bucketSeconds; -1 = empty
        std::array<int, StatusClassCount> byStatus{};
        std::array<std::array<quint32, kLatencyBins>, kServices> latency{};
        std::array<quint32, kServices> calls{};
    };

    explicit CallStats(int bucketSeconds = 10, int bucketCount = 90);

    void add(const api::CallLogEntry& entry);
    void clear();

    static StatusClass classify(const api::CallLogEntry& entry);
    static int latencyBin(qint64 ms);
    static qint64 binUpperMs(int bin);

    int bucketSeconds() const { return m_bucketSeconds; }
    int bucketCount() const { return int(m_ring.size()); }
    // Buckets oldest first, only those that hold calls.
    std::vector<const Bucket*> buckets() const;
    // The latency below which `quantile` (0..1) of the bucket's calls to `service` finished; -1 when none.
    static qint64 percentile(const Bucket& bucket, api::Service service, double quantile);

    quint64 totalCalls() const { return m_total; }
    std::array<quint64, StatusClassCount> totalsByStatus() const { return m_totals; }
    qint64 newestStart() const { return m_newest; }
    static constexpr size_t memoryBytesPerBucket() { return sizeof(Bucket); }

private:
    Bucket& bucketFor(qint64 start);

    int m_bucketSeconds;
    std::vector<Bucket> m_ring;
    qint64 m_newest = -1;
    quint64 m_total = 0;
    std::array<quint64, StatusClassCount> m_totals{};
};

} // namespace fb::ui
