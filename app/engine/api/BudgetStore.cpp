#include "BudgetStore.h"

#include <QMutexLocker>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fb::api {

BudgetStore::~BudgetStore() = default;

std::optional<BudgetCounter> MemoryBudgetStore::load(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_counters.constFind(key);
    if (it == m_counters.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

void MemoryBudgetStore::save(const QString& key, const BudgetCounter& counter)
{
    QMutexLocker lock(&m_mutex);
    m_counters.insert(key, counter);
}

SettingsBudgetStore::SettingsBudgetStore(const QString& filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

SettingsBudgetStore::~SettingsBudgetStore() = default;

namespace {
// QSettings treats '/' as a group separator; keep each counter in one flat group.
QString groupFor(const QString& key)
{
    return u"budget_counters/"_s + QString(key).replace(u'/', u'|');
}
} // namespace

std::optional<BudgetCounter> SettingsBudgetStore::load(const QString& key) const
{
    QMutexLocker lock(&m_mutex);
    const QString g = groupFor(key);
    const QVariant used = m_settings->value(g + u"/used"_s);
    const QVariant reset = m_settings->value(g + u"/resetAt"_s);
    if (!used.isValid() || !reset.isValid()) {
        return std::nullopt;
    }
    BudgetCounter c;
    bool ok = false;
    c.used = used.toLongLong(&ok);
    c.resetAt = QDateTime::fromString(reset.toString(), Qt::ISODateWithMs).toUTC();
    if (!ok || !c.resetAt.isValid()) {
        return std::nullopt;
    }
    return c;
}

void SettingsBudgetStore::save(const QString& key, const BudgetCounter& counter)
{
    QMutexLocker lock(&m_mutex);
    const QString g = groupFor(key);
    m_settings->setValue(g + u"/used"_s, counter.used);
    m_settings->setValue(g + u"/resetAt"_s, counter.resetAt.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace fb::api
