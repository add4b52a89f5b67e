#include "RulesPreview.h"

#include "core/Logging.h"
#include "store/Database.h"
#include "sync/Ledger.h"

#include <QFileInfo>
#include <QPromise>
#include <QSqlQuery>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace fb::ui {

RulesPreview::RulesPreview(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<fb::ui::RulesPreviewResult>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &RulesPreview::start);
    connect(&m_watcher, &QFutureWatcher<RulesPreviewResult>::finished, this, &RulesPreview::onFinished);
}

RulesPreview::~RulesPreview() = default; // a computation still running finishes on its own copies

void RulesPreview::setLedgerPath(const QString& path)
{
    m_path = path;
}

void RulesPreview::request(const fb::sync::RuleSet& rules, int lastCheckIns, int lastTasks)
{
    m_rules = rules;
    m_lastCheckIns = lastCheckIns;
    m_lastTasks = lastTasks;
    ++m_generation;
    m_debounce.start();
}

void RulesPreview::start()
{
    if (m_running) {
        m_pending = true; // started again with the newest rules when the running one ends
        return;
    }
    m_running = true;
    m_pending = false;
    Q_EMIT started();
    auto promise = std::make_shared<QPromise<RulesPreviewResult>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, path = m_path, rules = m_rules, n = m_lastCheckIns,
                                          m = m_lastTasks, generation = m_generation] {
        RulesPreviewResult result = compute(path, rules, n, m);
        result.generation = generation;
        promise->addResult(result);
        promise->finish();
    });
}

void RulesPreview::onFinished()
{
    m_running = false;
    const RulesPreviewResult result = m_watcher.future().resultCount() > 0 ? m_watcher.result() : RulesPreviewResult{};
    if (m_pending || result.generation != m_generation) {
        start(); // the rules changed meanwhile: this result is stale
        return;
    }
    Q_EMIT finished(result);
}

RulesPreviewResult RulesPreview::compute(const QString& ledgerPath, const fb::sync::RuleSet& rules, int lastCheckIns,
                                         int lastTasks)
{
    RulesPreviewResult result;
    if (ledgerPath.isEmpty() || !QFileInfo::exists(ledgerPath)) {
        result.noLedger = true;
        return result;
    }
    // A plain connection of this thread: no integrity check, no migration (the worker owns the file), only reads.
    store::Database db(ledgerPath);
    db.connection().setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=3000"_s);
    if (!db.connection().open()) {
        result.error = store::Database::describe(db.connection().lastError());
        return result;
    }
    if (!db.connection().tables().contains(u"extras_checkins"_s)) {
        result.noLedger = true;
        return result;
    }
    {
        QSqlQuery q(db.connection());
        if (q.exec(u"SELECT COUNT(*) FROM extras_checkins WHERE origin = 'badger'"_s) && q.next()) {
            result.checkInsInLedger = q.value(0).toInt();
        }
        if (q.exec(u"SELECT DISTINCT type FROM extras_checkins WHERE type <> '' ORDER BY type LIMIT 200"_s)) {
            while (q.next()) {
                result.checkInTypes.append(q.value(0).toString());
            }
        }
        if (q.exec(u"SELECT COUNT(*) FROM extras_hl_tasks WHERE completed = 1"_s) && q.next()) {
            result.tasksExamined = std::min(std::max(0, lastTasks), q.value(0).toInt());
        }
    }
    result.checkInsExamined = std::min(std::max(0, lastCheckIns), result.checkInsInLedger);
    sync::Ledger ledger(db);
    result.items = sync::ExtrasSync::preview(ledger, rules, lastCheckIns, lastTasks);
    qCDebug(lcUi) << "rules preview:" << result.items.size() << "actions over" << result.checkInsExamined
                  << "check-ins";
    return result;
}

} // namespace fb::ui
