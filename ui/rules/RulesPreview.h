#pragma once
// "What would these rules do": ExtrasSync::preview over the last N check-ins and M completed tasks of the ledger the
// sync uses, computed in a pool thread with its own database connection, so the window never waits on the database.
// Requests are debounced; a request made while one runs replaces any waiting one, and only the newest result counts.

#include "sync/ExtrasSync.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace fb::ui {

struct RulesPreviewResult
{
    quint64 generation = 0;
    QList<fb::sync::PreviewItem> items;
    int checkInsInLedger = 0;  // check-ins made in Badger that the ledger holds
    int checkInsExamined = 0;  // min(N, checkInsInLedger)
    int tasksExamined = 0;     // completed HighLevel tasks looked at
    QStringList checkInTypes;  // every check-in type the ledger has seen, for suggestions
    QString error;             // user-presentable; empty when the preview ran
    bool noLedger = false;     // the sync has not created its ledger yet
};

class RulesPreview : public QObject
{
    Q_OBJECT

public:
    explicit RulesPreview(QObject* parent = nullptr);
    ~RulesPreview() override;

    // The ledger the sync worker uses (WorkerSetup::databasePath); empty: no preview.
    void setLedgerPath(const QString& path);
    QString ledgerPath() const { return m_path; }
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }

    // Schedules a preview of `rules` (after the debounce interval).
    void request(const fb::sync::RuleSet& rules, int lastCheckIns, int lastTasks);
    bool isBusy() const { return m_running || m_debounce.isActive(); }

    // The work itself, on the calling thread (a pool thread in the app; tests may call it directly).
    static RulesPreviewResult compute(const QString& ledgerPath, const fb::sync::RuleSet& rules, int lastCheckIns,
                                      int lastTasks);

Q_SIGNALS:
    void started();
    void finished(const fb::ui::RulesPreviewResult& result);

private:
    void start();
    void onFinished();

    QString m_path;
    QTimer m_debounce;
    QFutureWatcher<RulesPreviewResult> m_watcher;
    fb::sync::RuleSet m_rules;
    int m_lastCheckIns = 50;
    int m_lastTasks = 20;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pending = false;
};

} // namespace fb::ui

Q_DECLARE_METATYPE(fb::ui::RulesPreviewResult)
