#pragma once
// Where the rate governor keeps its daily counters between runs (the ledger's budget_counters later).

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace fb::api {

struct BudgetCounter
{
    qint64 used = 0;      // requests counted in the current window
    QDateTime resetAt;    // UTC end of the current window
};

// Keys are "<service>/<account>", e.g. "badger/team-42". Implementations must be thread-safe.
class BudgetStore
{
public:
    virtual ~BudgetStore();
    virtual std::optional<BudgetCounter> load(const QString& key) const = 0;
    virtual void save(const QString& key, const BudgetCounter& counter) = 0;
};

class MemoryBudgetStore final : public BudgetStore
{
public:
    std::optional<BudgetCounter> load(const QString& key) const override;
    void save(const QString& key, const BudgetCounter& counter) override;

private:
    mutable QMutex m_mutex;
    QHash<QString, BudgetCounter> m_counters;
};

// An INI file through QSettings. Saves land in QSettings' cache, written out by its own periodic sync and on
// destruction (a crash may lose the last few counts; the server's headers correct HighLevel's count anyway).
class SettingsBudgetStore final : public BudgetStore
{
public:
    explicit SettingsBudgetStore(const QString& filePath);
    ~SettingsBudgetStore() override;

    std::optional<BudgetCounter> load(const QString& key) const override;
    void save(const QString& key, const BudgetCounter& counter) override;

private:
    mutable QMutex m_mutex;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace fb::api
