#include "HighLevelConnectionPage.h"

#include "SecretField.h"
#include "api/HighLevelClient.h"
#include "api/RequestEngine.h"
#include "core/AppPaths.h"
#include "secrets/CredentialStore.h"
#include "sync/SyncConfig.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
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
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    return secrets::CredentialStore::keyFor(api::Service::HighLevel, config.connection);
}

QString stateText(api::HighLevelScopeProbe::State state)
{
    switch (state) {
    case api::HighLevelScopeProbe::State::Granted:
        return HighLevelConnectionPage::tr("✔");
    case api::HighLevelScopeProbe::State::Denied:
        return HighLevelConnectionPage::tr("✘");
    case api::HighLevelScopeProbe::State::Failed:
        return HighLevelConnectionPage::tr("?");
    case api::HighLevelScopeProbe::State::NotProbed:
        break;
    }
    return HighLevelConnectionPage::tr("–");
}

} // namespace

HighLevelConnectionPage::HighLevelConnectionPage(secrets::CredentialStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_token(new SecretField(store, connectionKey(), u"highLevelToken"_s, tr("HighLevel Private Integration Token"),
                              this))
    , m_location(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_result(new QLabel(this))
{
    setObjectName(u"highLevelConnectionPage"_s);
    m_location->setObjectName(u"highLevelLocationEdit"_s);
    m_location->setAccessibleName(tr("HighLevel location id"));
    m_location->setPlaceholderText(tr("e.g. ve9EPM428h8vShlRW1KT"));
    m_baseUrl->setObjectName(u"highLevelBaseUrlEdit"_s);
    m_baseUrl->setAccessibleName(tr("HighLevel API base URL"));
    m_test->setObjectName(u"highLevelTestButton"_s);
    m_save->setObjectName(u"highLevelSaveButton"_s);
    m_save->setDefault(false);
    m_result->setObjectName(u"highLevelResult"_s);
    m_result->setAccessibleName(tr("HighLevel connection test result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setFocusPolicy(Qt::StrongFocus);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* tokenLabel = new QLabel(tr("Private Integration &Token:"), this);
    tokenLabel->setBuddy(m_token->edit());
    form->addRow(tokenLabel, m_token);
    form->addRow(QString(), helpLabel(tr("In HighLevel open <b>Settings → Private Integrations</b>, create an "
                                         "integration with the contacts, locations and tasks scopes and copy its "
                                         "token (it starts with <tt>pit-</tt>). HighLevel shows it only once."),
                                      this));
    auto* locationLabel = new QLabel(tr("&Location id:"), this);
    locationLabel->setBuddy(m_location);
    form->addRow(locationLabel, m_location);
    form->addRow(QString(), helpLabel(tr("Open the sub-account in HighLevel: the id is the part of the address "
                                         "after <tt>/v2/location/</tt>, e.g. app.gohighlevel.com/v2/location/<b>"
                                         "ve9EPM428h8vShlRW1KT</b>/dashboard."),
                                      this));

    auto* advanced = new QGroupBox(tr("Advanced"), this);
    advanced->setObjectName(u"highLevelAdvanced"_s);
    auto* advancedForm = new QFormLayout(advanced);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* urlLabel = new QLabel(tr("API &base URL:"), advanced);
    urlLabel->setBuddy(m_baseUrl);
    advancedForm->addRow(urlLabel, m_baseUrl);
    advancedForm->addRow(QString(), helpLabel(tr("Leave as is unless support asked you to change it."), advanced));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addLayout(buttons);
    layout->addWidget(m_result, 1);

    setTabOrder(m_token->edit(), m_token->replaceButton());
    setTabOrder(m_token->replaceButton(), m_token->removeButton());
    setTabOrder(m_token->removeButton(), m_location);
    setTabOrder(m_location, m_baseUrl);
    setTabOrder(m_baseUrl, m_test);
    setTabOrder(m_test, m_save);
    setTabOrder(m_save, m_result);

    connect(m_test, &QPushButton::clicked, this, &HighLevelConnectionPage::testConnection);
    connect(m_save, &QPushButton::clicked, this, &HighLevelConnectionPage::save);
    connect(m_token, &SecretField::removed, this, [this] {
        showMessage(tr("The token was removed from your keychain."), false);
        Q_EMIT removed();
    });
    reload();
}

void HighLevelConnectionPage::reload()
{
    auto settings = paths::openSettings();
    sync::SyncConfig config;
    config.load(*settings);
    m_location->setText(config.locationId);
    m_baseUrl->setText(config.highLevelBaseUrl.toString());
    m_token->refresh();
}

QUrl HighLevelConnectionPage::baseUrl() const
{
    return QUrl::fromUserInput(m_baseUrl->text().trimmed());
}

void HighLevelConnectionPage::setBusy(bool busy, const QString& message)
{
    m_busy = busy;
    m_test->setEnabled(!busy);
    m_save->setEnabled(!busy);
    if (!message.isEmpty()) {
        showMessage(message.toHtmlEscaped(), false);
    }
}

void HighLevelConnectionPage::showMessage(const QString& html, bool error)
{
    m_result->setText(error ? u"<p style=\"color:#c62828\"><b>%1</b></p>"_s.arg(html) : html);
}

void HighLevelConnectionPage::testConnection()
{
    if (m_busy) {
        return;
    }
    const QString location = m_location->text().trimmed();
    const QUrl url = baseUrl();
    if (location.isEmpty()) {
        showMessage(tr("Enter the location id first."), true);
        m_location->setFocus();
        return;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        showMessage(tr("The base URL is not a web address."), true);
        m_baseUrl->setFocus();
        return;
    }
    setBusy(true, tr("Testing the connection to HighLevel…"));
    QPointer<HighLevelConnectionPage> self(this);
    m_token->secretForUse([self, location, url](const secrets::CredentialResult& token) {
        HighLevelConnectionPage* const that = self.data();
        if (!that) {
            return;
        }
        if (!token.ok) {
            that->setBusy(false);
            that->showMessage(token.error == secrets::CredentialError::NotFound
                                  ? tr("Paste the Private Integration Token first.").toHtmlEscaped()
                                  : keychainAdvice(token).toHtmlEscaped(),
                              true);
            return;
        }
        // One engine per test: the network work is asynchronous, nothing here waits.
        auto* run = new QObject(that);
        auto* engine = new api::RequestEngine(run);
        api::ServiceConfig config;
        config.baseUrl = url;
        config.credential = token.value;
        config.accountKey = location;
        config.connectTimeoutMs = 10'000;
        engine->setServiceConfig(api::Service::HighLevel, config);
        api::RetryPolicy retry;
        retry.maxAttempts = 2;
        engine->setRetryPolicy(retry);
        auto* client = new api::HighLevelClient(engine, location, run);
        auto* test = new api::HighLevelConnectionTest(client, run);
        connect(test, &api::HighLevelConnectionTest::finished, that,
                [that, run](const api::HighLevelConnectionReport& report) {
                    run->deleteLater();
                    that->setBusy(false);
                    that->m_result->setText(reportHtml(report));
                    Q_EMIT that->testFinished(report);
                });
        test->start();
    });
}

void HighLevelConnectionPage::save()
{
    if (m_busy) {
        return;
    }
    const QString location = m_location->text().trimmed();
    const QUrl url = baseUrl();
    if (location.isEmpty()) {
        showMessage(tr("Enter the location id first."), true);
        Q_EMIT saveFailed(tr("Enter the location id first."));
        return;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        showMessage(tr("The base URL is not a web address."), true);
        Q_EMIT saveFailed(tr("The base URL is not a web address."));
        return;
    }
    if (m_token->enteredSecret().isEmpty() && !m_token->isStored()) {
        showMessage(tr("Paste the Private Integration Token first."), true);
        Q_EMIT saveFailed(tr("Paste the Private Integration Token first."));
        return;
    }
    setBusy(true, tr("Saving…"));
    QPointer<HighLevelConnectionPage> self(this);
    m_token->store([self, location, url](const secrets::CredentialResult& r) {
        HighLevelConnectionPage* const that = self.data();
        if (!that) {
            return;
        }
        that->setBusy(false);
        if (!r.ok) {
            const QString advice = keychainAdvice(r);
            that->showMessage(tr("The token was not saved: %1").arg(advice).toHtmlEscaped(), true);
            Q_EMIT that->saveFailed(advice);
            return;
        }
        auto settings = paths::openSettings();
        sync::SyncConfig config;
        config.load(*settings);
        config.locationId = location;
        config.highLevelBaseUrl = url;
        config.save(*settings);
        settings->sync();
        that->showMessage(tr("Saved. The token is in your keychain; the location id and address are in the "
                             "settings.")
                              .toHtmlEscaped(),
                          false);
        Q_EMIT that->saved();
    });
}

QString HighLevelConnectionPage::reportHtml(const api::HighLevelConnectionReport& report)
{
    QString html;
    const QString colour = report.ok ? u"#2e7d32"_s : u"#c62828"_s;
    html += u"<p style=\"color:%1\"><b>%2</b></p>"_s.arg(colour, report.summary.toHtmlEscaped());
    if (!report.fixes.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(tr("What to fix").toHtmlEscaped());
        for (const QString& fix : report.fixes) {
            html += u"<li>%1</li>"_s.arg(fix.toHtmlEscaped());
        }
        html += u"</ul>"_s;
    }
    if (!report.locationName.isEmpty() || !report.locationId.isEmpty()) {
        html += u"<p><b>%1</b> %2</p>"_s.arg(
            tr("Who:").toHtmlEscaped(),
            (report.locationName.isEmpty()
                 ? tr("location %1").arg(report.locationId)
                 : tr("location \"%1\" (%2)").arg(report.locationName, report.locationId))
                .toHtmlEscaped());
        if (!report.identityNote.isEmpty()) {
            html += u"<p><i>%1</i></p>"_s.arg(report.identityNote.toHtmlEscaped());
        }
    }
    if (!report.scopes.isEmpty()) {
        html += u"<p><b>%1</b></p><table cellspacing=\"2\">"_s.arg(tr("What the token may do:").toHtmlEscaped());
        for (const auto& scope : report.scopes) {
            html += u"<tr><td>%1</td><td><tt>%2</tt></td><td>%3</td></tr>"_s.arg(
                stateText(scope.state).toHtmlEscaped(), scope.scope.toHtmlEscaped(), scope.detail.toHtmlEscaped());
        }
        html += u"</table>"_s;
    }
    if (!report.limitsNote.isEmpty()) {
        html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Limits:").toHtmlEscaped(), report.limitsNote.toHtmlEscaped());
    }
    return html;
}

} // namespace fb::ui
