#pragma once
// Checks a Badger connection: who the key belongs to, what it may do, the limits in force, and for each failure what
// the user should fix.

#include "BadgerClient.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace fb::api::badger {

struct BadgerConnectionReport
{
    bool ok = false; // reachable, key accepted, profile and accounts readable
    ErrorClass error = ErrorClass::None; // the decisive failure when !ok
    QString summary; // one line for the connection screen
    QStringList problems; // what went wrong and what to do, one sentence (or two) each

    // Who
    qint64 userId = 0;
    QString name;
    QString email;
    QString company;
    bool isManager = false;

    // What the key may do
    bool canReadProfile = false;
    bool canReadAccounts = false;
    int accountCount = -1; // -1: not read
    bool canEditAccounts = false; // profile.is_user_can_edit
    bool canDeleteCheckIns = false; // profile.is_user_can_delete_checkins
    bool canAddTextValues = false; // profile.is_user_can_add_new_text_values

    // Limits: Badger sends no rate-limit headers; the daily quota is counted locally by the rate governor.
    qint64 dailyQuota = dailyQuotaPerTeam;
    qint64 usedToday = 0;
    qint64 remainingToday = dailyQuotaPerTeam;
    QDateTime quotaResetsAt;
    QString limitsNote;

    QJsonObject toJson() const;
};

class BadgerConnectionTest : public QObject
{
    Q_OBJECT

public:
    // client is not owned and must outlive the test; runs in the client's (engine's) thread.
    explicit BadgerConnectionTest(BadgerClient& client, QObject* parent = nullptr);

    // GET /profiles/ then GET /customers/ at UserAction priority; finished() follows once.
    void start();
    // Blocking: worker threads and headless runs only.
    BadgerConnectionReport runAndWait();
    BadgerConnectionReport report() const { return m_report; }

    // The interpretation of the two answers, public for tests.
    static BadgerConnectionReport interpret(const QUrl& baseUrl, const Result<Profile>& profile,
                                            const std::optional<Result<QList<AccountSummary>>>& accounts,
                                            const BudgetState& budget);

Q_SIGNALS:
    void finished(const fb::api::badger::BadgerConnectionReport& report);

private:
    BadgerClient& m_client;
    BadgerConnectionReport m_report;
};

} // namespace fb::api::badger

Q_DECLARE_METATYPE(fb::api::badger::BadgerConnectionReport)
