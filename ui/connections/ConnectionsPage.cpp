#include "ConnectionsPage.h"

#include "BadgerConnectionPage.h"
#include "HighLevelConnectionPage.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

namespace {

QScrollArea* scrolled(QWidget* page, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

ConnectionsPage::ConnectionsPage(secrets::CredentialStore* store, QWidget* parent)
    : QWidget(parent)
    , m_mode(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_highLevel(new HighLevelConnectionPage(store))
    , m_badger(new BadgerConnectionPage(store))
{
    setObjectName(u"connectionsPage"_s);
    auto* heading = new QLabel(tr("Connections"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto* intro = new QLabel(tr("Connect your Badger Maps and HighLevel accounts. Tokens and keys are kept in your "
                                "system keychain only; Fieldbridge never shows them again."),
                             this);
    intro->setWordWrap(true);
    m_mode->setObjectName(u"connectionMode"_s);
    m_mode->setWordWrap(true);
    m_mode->hide();
    m_tabs->setObjectName(u"connectionTabs"_s);
    m_tabs->setAccessibleName(tr("Services"));
    m_tabs->addTab(scrolled(m_highLevel, m_tabs), tr("&HighLevel"));
    m_tabs->addTab(scrolled(m_badger, m_tabs), tr("&Badger Maps"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_mode);
    layout->addWidget(m_tabs, 1);

    connect(m_highLevel, &HighLevelConnectionPage::saved, this, &ConnectionsPage::credentialsChanged);
    connect(m_highLevel, &HighLevelConnectionPage::removed, this, &ConnectionsPage::credentialsChanged);
    connect(m_badger, &BadgerConnectionPage::saved, this, &ConnectionsPage::credentialsChanged);
    connect(m_badger, &BadgerConnectionPage::removed, this, &ConnectionsPage::credentialsChanged);
}

void ConnectionsPage::setModeText(const QString& text)
{
    m_mode->setText(text);
    m_mode->setVisible(!text.isEmpty());
}

} // namespace fb::ui
