#include "BadgerConnectionPage.h"

#include "SecretField.h"
#include "api/BadgerClient.h"
#include "api/RequestEngine.h"
#include "core/AppPaths.h"
#include "secrets/CredentialStore.h"
#include "sync/SyncConfig.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

namespace {

QLabel* helpLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    // Under its field, not centred in the taller row a wrapped label's size hint asks the form for.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextFormat(Qt::RichText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

QString connectionKey()
{
    auto settings = paths::openSettings();
    sync::SyncConfig config;
    config.load(*settings);
    return secrets::CredentialStore::keyFor(api::Service::Badger, config.connection);
}

api::RequestEngine* newEngine(QObject* parent, const QUrl& url, const QString& key)
{
    auto* engine = new api::RequestEngine(parent);
    api::ServiceConfig config;
    config.baseUrl = url;
    config.credential = key;
    config.accountKey = u"connection-test"_s;
    config.connectTimeoutMs = 10'000;
    engine->setServiceConfig(api::Service::Badger, config);
    api::RetryPolicy retry;
    retry.maxAttempts = 2;
    engine->setRetryPolicy(retry);
    return engine;
}

QString yesNo(bool yes)
{
    return yes ? BadgerConnectionPage::tr("✔") : BadgerConnectionPage::tr("✘");
}

} // namespace

BadgerConnectionPage::BadgerConnectionPage(secrets::CredentialStore* store, QWidget* parent)
    : QWidget(parent)
    , m_key(new SecretField(store, connectionKey(), u"badgerKey"_s, tr("Badger Maps API key"), this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("&Get API key"), this))
    , m_baseUrl(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_result(new QLabel(this))
{
    setObjectName(u"badgerConnectionPage"_s);
    m_user->setObjectName(u"badgerUserEdit"_s);
    m_user->setAccessibleName(tr("Badger user name (email)"));
    m_password->setObjectName(u"badgerPasswordEdit"_s);
    m_password->setAccessibleName(tr("Badger password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(u"badgerSignInButton"_s);
    m_baseUrl->setObjectName(u"badgerBaseUrlEdit"_s);
    m_baseUrl->setAccessibleName(tr("Badger API base URL"));
    m_test->setObjectName(u"badgerTestButton"_s);
    m_save->setObjectName(u"badgerSaveButton"_s);
    m_result->setObjectName(u"badgerResult"_s);
    m_result->setAccessibleName(tr("Badger connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setFocusPolicy(Qt::StrongFocus);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key->edit());
    form->addRow(keyLabel, m_key);
    form->addRow(QString(), helpLabel(tr("Badger support gives each user an API key; or sign in below with your "
                                         "Badger user name and password and Fieldbridge asks Badger for it. Use a "
                                         "manager's key to sync the whole team."),
                                      this));

    auto* signInBox = new QGroupBox(tr("No key? Sign in instead"), this);
    signInBox->setObjectName(u"badgerSignInBox"_s);
    auto* signInForm = new QFormLayout(signInBox);
    signInForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* userLabel = new QLabel(tr("&User name:"), signInBox);
    userLabel->setBuddy(m_user);
    auto* passwordLabel = new QLabel(tr("&Password:"), signInBox);
    passwordLabel->setBuddy(m_password);
    signInForm->addRow(userLabel, m_user);
    signInForm->addRow(passwordLabel, m_password);
    auto* signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signIn);
    signInRow->addWidget(helpLabel(tr("The password is used once and never stored."), signInBox), 1);
    signInForm->addRow(QString(), signInRow);

    auto* advanced = new QGroupBox(tr("Advanced"), this);
    advanced->setObjectName(u"badgerAdvanced"_s);
    auto* advancedForm = new QFormLayout(advanced);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* urlLabel = new QLabel(tr("API &base URL:"), advanced);
    urlLabel->setBuddy(m_baseUrl);
    advancedForm->addRow(urlLabel, m_baseUrl);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(signInBox);
    layout->addWidget(advanced);
    layout->addLayout(buttons);
    layout->addWidget(m_result, 1);

    setTabOrder(m_key->edit(), m_key->replaceButton());
    setTabOrder(m_key->replaceButton(), m_key->removeButton());
    setTabOrder(m_key->removeButton(), m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_signIn);
    setTabOrder(m_signIn, m_baseUrl);
    setTabOrder(m_baseUrl, m_test);
    setTabOrder(m_test, m_save);
    setTabOrder(m_save, m_result);

    connect(m_test, &QPushButton::clicked, this, &BadgerConnectionPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &BadgerConnectionPage::save);
    connect(m_signIn, &QPushButton::clicked, this, &BadgerConnectionPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &BadgerConnectionPage::signIn);
    connect(m_key, &SecretField::removed, this, [this] {
        showMessage(tr("The API key was removed from your keychain."), false);
        Q_EMIT removed();
    });
    reload();
}

void BadgerConnectionPage::reload()
{
    auto settings = paths::openSettings();
    sync::SyncConfig config;
    config.load(*settings);
    m_baseUrl->setText(config.badgerBaseUrl.toString());
    m_key->refresh();
}

QUrl BadgerConnectionPage::baseUrl() const
{
    return QUrl::fromUserInput(m_baseUrl->text().trimmed());
}

void BadgerConnectionPage::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_test->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    if (!message.isEmpty()) {
        showMessage(message, false);
    }
}

void BadgerConnectionPage::showMessage(const QString& text, bool error)
{
    m_result->setText(error ? u"<p style=\"color:#c62828\"><b>%1</b></p>"_s.arg(text.toHtmlEscaped())
                            : u"<p>%1</p>"_s.arg(text.toHtmlEscaped()));
}

void BadgerConnectionPage::signIn()
{
    if (m_busy) {
        return;
    }
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    const QUrl url = baseUrl();
    if (user.isEmpty() || password.isEmpty()) {
        showMessage(tr("Enter your Badger user name and password."), true);
        return;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        showMessage(tr("The base URL is not a web address."), true);
        return;
    }
    setBusy(true, tr("Signing in to Badger…"));
    auto* run = new QObject(this);
    auto* client = new api::badger::BadgerClient(*newEngine(run, url, {}), run);
    QPointer<BadgerConnectionPage> self(this);
    client->login(user, password, [self, run](const api::badger::LoginResult& result) {
        run->deleteLater();
        BadgerConnectionPage* const that = self.data();
        if (!that) {
            return;
        }
        that->setBusy(false);
        that->m_password->clear();
        if (!result.ok()) {
            const QString message = result.api.message.isEmpty() ? tr("Badger did not sign you in (%1).")
                                                                       .arg(result.statusText)
                                                                 : result.api.message;
            that->showMessage(message, true);
            Q_EMIT that->signInFinished(false, message);
            return;
        }
        that->m_key->setEnteredSecret(result.token);
        const QString message = tr("Signed in: Badger gave Fieldbridge an API key for this user. Test it, then "
                                   "Save to keep it in your keychain.");
        that->showMessage(message, false);
        Q_EMIT that->signInFinished(true, message);
    });
}

void BadgerConnectionPage::testConnection()
{
    if (m_busy) {
        return;
    }
    const QUrl url = baseUrl();
    if (!url.isValid() || url.host().isEmpty()) {
        showMessage(tr("The base URL is not a web address."), true);
        m_baseUrl->setFocus();
        return;
    }
    setBusy(true, tr("Testing the connection to Badger…"));
    QPointer<BadgerConnectionPage> self(this);
    m_key->secretForUse([self, url](const secrets::CredentialResult& key) {
        BadgerConnectionPage* const that = self.data();
        if (!that) {
            return;
        }
        if (!key.ok) {
            that->setBusy(false);
            that->showMessage(key.error == secrets::CredentialError::NotFound
                                  ? tr("Enter the API key first (or sign in to get one).")
                                  : keychainAdvice(key),
                              true);
            return;
        }
        auto* run = new QObject(that);
        auto* client = new api::badger::BadgerClient(*newEngine(run, url, key.value), run);
        auto* test = new api::badger::BadgerConnectionTest(*client, run);
        connect(test, &api::badger::BadgerConnectionTest::finished, that,
                [that, run](const api::badger::BadgerConnectionReport& report) {
                    run->deleteLater();
                    that->setBusy(false);
                    that->m_result->setText(reportHtml(report));
                    Q_EMIT that->testFinished(report);
                });
        test->start();
    });
}

void BadgerConnectionPage::save()
{
    if (m_busy) {
        return;
    }
    const QUrl url = baseUrl();
    if (!url.isValid() || url.host().isEmpty()) {
        showMessage(tr("The base URL is not a web address."), true);
        Q_EMIT saveFailed(tr("The base URL is not a web address."));
        return;
    }
    if (m_key->enteredSecret().isEmpty() && !m_key->isStored()) {
        showMessage(tr("Enter the API key first (or sign in to get one)."), true);
        Q_EMIT saveFailed(tr("Enter the API key first (or sign in to get one)."));
        return;
    }
    setBusy(true, tr("Saving…"));
    QPointer<BadgerConnectionPage> self(this);
    m_key->store([self, url](const secrets::CredentialResult& r) {
        BadgerConnectionPage* const that = self.data();
        if (!that) {
            return;
        }
        that->setBusy(false);
        if (!r.ok) {
            const QString advice = keychainAdvice(r);
            that->showMessage(tr("The API key was not saved: %1").arg(advice), true);
            Q_EMIT that->saveFailed(advice);
            return;
        }
        auto settings = paths::openSettings();
        sync::SyncConfig config;
        config.load(*settings);
        config.badgerBaseUrl = url;
        config.save(*settings);
        settings->sync();
        that->showMessage(tr("Saved. The API key is in your keychain; the address is in the settings."), false);
        Q_EMIT that->saved();
    });
}

QString BadgerConnectionPage::reportHtml(const api::badger::BadgerConnectionReport& report)
{
    QString html;
    const QString colour = report.ok ? u"#2e7d32"_s : u"#c62828"_s;
    html += u"<p style=\"color:%1\"><b>%2</b></p>"_s.arg(colour, report.summary.toHtmlEscaped());
    if (!report.problems.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(tr("What to fix").toHtmlEscaped());
        for (const QString& problem : report.problems) {
            html += u"<li>%1</li>"_s.arg(problem.toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    if (report.canReadProfile) {
        QString who = report.name;
        if (!report.email.isEmpty()) {
            who += u" <"_s + report.email + u'>';
        }
        if (!report.company.isEmpty()) {
            who += u", "_s + report.company;
        }
        if (report.isManager) {
            who += u" "_s + tr("(team manager)");
        }
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Who:").toHtmlEscaped(), who.toHtmlEscaped());
        html += u"<p><b>%1</b></p><table cellspacing=\"2\">"_s.arg(tr("What the key may do:").toHtmlEscaped());
        const auto row = [&html](bool yes, const QString& what) {
            html += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(yesNo(yes).toHtmlEscaped(), what.toHtmlEscaped());
        };
        row(report.canReadAccounts, report.accountCount >= 0
                                        ? tr("read accounts (%1 visible)").arg(report.accountCount)
                                        : tr("read accounts"));
        row(report.canEditAccounts, tr("edit accounts"));
        row(report.canDeleteCheckIns, tr("delete check-ins"));
        row(report.canAddTextValues, tr("add new values to text fields"));
        html += u"</table>"_s;
        QString limits = tr("%1 of %2 requests left today (counted by Fieldbridge)")
                             .arg(QLocale().toString(report.remainingToday), QLocale().toString(report.dailyQuota));
        if (report.quotaResetsAt.isValid()) {
            limits += u"; "_s
                + tr("resets %1").arg(QLocale().toString(report.quotaResetsAt.toLocalTime(), QLocale::ShortFormat));
        }
        html += u"<p><b>%1</b> %2.</p>"_s.arg(tr("Limits:").toHtmlEscaped(), limits.toHtmlEscaped());
    }
    if (!report.limitsNote.isEmpty()) {
        html += u"<p><i>%1</i></p>"_s.arg(report.limitsNote.toHtmlEscaped());
    }
    return html;
}

} // namespace fb::ui
