#include "BadgerConnectionTest.h"

#include "core/Redaction.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace fb::api::badger {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::api::badger::BadgerConnectionTest)
};

ApiRequest urgent(ApiRequest r)
{
    r.priority = Priority::UserAction;
    return r;
}

// The reason a request failed, with what to do; transport failures name the URL that could not be reached.
QString problemText(const QUrl& baseUrl, const ApiResult& api, bool forProfile = true)
{
    // Not fb::redact::url: it reconstructs the URL FullyDecoded, which QUrl refuses with a warning.
    const QString url = fb::redact::text(baseUrl.toString(QUrl::RemoveUserInfo));
    switch (api.error) {
    case ErrorClass::Network:
    case ErrorClass::Timeout:
        return Tr::tr("Fieldbridge could not reach Badger at %1 (%2). Check the internet connection and any proxy, and "
                  "that the base URL is right (the default is %3).")
            .arg(url, api.message.isEmpty() ? toString(api.error) : api.message, productionBaseUrl.toString());
    case ErrorClass::Tls:
        return Tr::tr("The secure connection to %1 failed (%2). Fieldbridge never ignores certificate errors: check the "
                  "system time and any proxy that intercepts HTTPS.")
            .arg(url, api.message);
    case ErrorClass::NotFound:
        if (!forProfile) {
            break;
        }
        // /profiles/ exists for every valid key and base URL: "not found" there means the URL is wrong.
        return Tr::tr("%1 did not answer like the Badger API (HTTP %2 for the profile). Check the base URL (the default "
                  "is %3).")
            .arg(url)
            .arg(api.status)
            .arg(productionBaseUrl.toString());
    case ErrorClass::Insecure:
        return Tr::tr("%1 is not an HTTPS address (%2). Use https://, as in the default %3.")
            .arg(url, api.message, productionBaseUrl.toString());
    default:
        break;
    }
    return api.message.isEmpty() ? Tr::tr("The request to Badger failed (%1).").arg(toString(api.error)) : api.message;
}

} // namespace

QJsonObject BadgerConnectionReport::toJson() const
{
    return QJsonObject {
        {u"ok"_s, ok},
        {u"error"_s, toString(error)},
        {u"summary"_s, summary},
        {u"problems"_s, QJsonArray::fromStringList(problems)},
        {u"userId"_s, userId},
        {u"name"_s, name},
        {u"email"_s, email},
        {u"company"_s, company},
        {u"isManager"_s, isManager},
        {u"canReadProfile"_s, canReadProfile},
        {u"canReadAccounts"_s, canReadAccounts},
        {u"accountCount"_s, accountCount},
        {u"canEditAccounts"_s, canEditAccounts},
        {u"canDeleteCheckIns"_s, canDeleteCheckIns},
        {u"canAddTextValues"_s, canAddTextValues},
        {u"dailyQuota"_s, dailyQuota},
        {u"usedToday"_s, usedToday},
        {u"remainingToday"_s, remainingToday},
        {u"quotaResetsAt"_s, quotaResetsAt.isValid() ? quotaResetsAt.toString(Qt::ISODate) : QString()},
        {u"limitsNote"_s, limitsNote},
    };
}

BadgerConnectionTest::BadgerConnectionTest(BadgerClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
}

BadgerConnectionReport BadgerConnectionTest::interpret(const QUrl& baseUrl, const Result<Profile>& profile,
                                                       const std::optional<Result<QList<AccountSummary>>>& accounts,
                                                       const BudgetState& budget)
{
    BadgerConnectionReport r;
    r.dailyQuota = budget.dailyLimit > 0 ? budget.dailyLimit : dailyQuotaPerTeam;
    r.usedToday = budget.dailyUsed;
    r.remainingToday = budget.dailyLimit > 0 ? budget.dailyRemaining : r.dailyQuota - r.usedToday;
    r.quotaResetsAt = budget.resetAt;
    r.limitsNote = Tr::tr("Badger allows about %1 requests a day per team and sends no rate-limit headers; Fieldbridge "
                      "counts its own requests (%2 today) and keeps a reserve for writes.")
                       .arg(QLocale().toString(r.dailyQuota), QLocale().toString(r.usedToday));
    if (budget.exhausted || budget.readsExhausted) {
        r.problems.append(budget.exhaustedUntilText());
    }

    if (!profile.ok()) {
        r.error = profile.api.error;
        r.problems.prepend(problemText(baseUrl, profile.api));
        r.summary = r.error == ErrorClass::Auth ? Tr::tr("Badger rejected the API key.")
                                                : Tr::tr("The connection to Badger does not work.");
        return r;
    }
    const Profile& p = *profile;
    r.canReadProfile = true;
    r.userId = p.id;
    r.name = p.displayName();
    r.email = p.email;
    r.company = p.company ? (p.company->name.isEmpty() ? p.company->shortName : p.company->name) : QString();
    r.isManager = p.isManager;
    r.canEditAccounts = p.isUserCanEdit;
    r.canDeleteCheckIns = p.isUserCanDeleteCheckins;
    r.canAddTextValues = p.isUserCanAddNewTextValues;
    if (!p.isUserCanEdit) {
        r.problems.append(Tr::tr("This Badger user may not edit accounts (is_user_can_edit is off), so changes from "
                             "HighLevel cannot be written to Badger. Ask your Badger administrator for edit rights "
                             "or sync one way only."));
    }

    if (accounts) {
        if (accounts->ok()) {
            r.canReadAccounts = true;
            r.accountCount = int(accounts->value->size());
        } else {
            r.error = accounts->api.error;
            r.problems.prepend(Tr::tr("The profile could be read but the account list could not: %1")
                                   .arg(problemText(baseUrl, accounts->api, false)));
        }
    }
    r.ok = r.canReadProfile && r.canReadAccounts;
    const QString who = r.company.isEmpty() ? r.name : Tr::tr("%1 at %2").arg(r.name, r.company);
    r.summary = r.ok ? Tr::tr("Connected to Badger as %1%2: %3 accounts.")
                           .arg(who, r.isManager ? Tr::tr(" (manager)") : QString())
                           .arg(r.accountCount)
                     : Tr::tr("Connected to Badger as %1, but the accounts cannot be read.").arg(who);
    return r;
}

void BadgerConnectionTest::start()
{
    auto profile = std::make_shared<Result<Profile>>();
    auto done = [this, profile](const std::optional<Result<QList<AccountSummary>>>& accounts) {
        const RequestEngine& engine = m_client.engine();
        m_report = interpret(engine.serviceConfig(Service::Badger).baseUrl, *profile, accounts,
                             engine.budgetState(Service::Badger));
        Q_EMIT finished(m_report);
    };
    m_client.engine().send(urgent(request::profile()), this, [this, profile, done](const ApiResult& r) {
        *profile = parseProfile(r);
        if (!profile->ok()) {
            done(std::nullopt); // no point asking for accounts with a key that does not work
            return;
        }
        m_client.engine().send(urgent(request::listAccounts()), this,
                               [done](const ApiResult& a) { done(parseAccountList(a)); });
    });
}

BadgerConnectionReport BadgerConnectionTest::runAndWait()
{
    QEventLoop loop;
    bool over = false;
    const auto c = connect(this, &BadgerConnectionTest::finished, this, [&] {
        over = true;
        loop.quit();
    });
    start();
    if (!over) {
        loop.exec();
    }
    disconnect(c);
    return m_report;
}

} // namespace fb::api::badger
