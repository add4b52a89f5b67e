#include "MainWindow.h"

#include "AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Fieldbridge"));
    setWindowIcon(QIcon(u":/icons/fieldbridge.svg"_s));

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_bannerFrame = new QFrame(central);
    m_bannerFrame->setObjectName(u"bannerFrame"_s);
    m_bannerFrame->setAutoFillBackground(true);
    // Fixed colours on both ends so the banner reads the same on light and dark palettes.
    QPalette bannerPalette = m_bannerFrame->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xc4));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_bannerFrame->setPalette(bannerPalette);
    auto* bannerLayout = new QHBoxLayout(m_bannerFrame);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    m_banner = new QLabel(m_bannerFrame);
    m_banner->setObjectName(u"banner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_bannerButton = new QPushButton(m_bannerFrame);
    m_bannerButton->setObjectName(u"bannerButton"_s);
    m_bannerButton->hide();
    connect(m_bannerButton, &QPushButton::clicked, this, &MainWindow::bannerActivated);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_bannerButton);
    m_bannerFrame->hide();
    outer->addWidget(m_bannerFrame);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    outer->addLayout(body, 1);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setFixedWidth(180);
    m_navigation->setIconSize(QSize(20, 20));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(u"pages"_s);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);

    const struct {
        Screen screen;
        QString title;
        QString explanation;
    } screens[] = {
        {Screen::Connections, tr("Connections"),
         tr("Connect your Badger Maps and HighLevel accounts. Secrets are kept in your system keychain.")},
        {Screen::Mapping, tr("Mapping"), tr("Choose which fields sync, in which direction, and how conflicts are settled.")},
        {Screen::Rules, tr("Rules"), tr("Tags on outcomes, follow-up tasks and team routing.")},
        {Screen::Dashboard, tr("Dashboard"), tr("Sync status, failed calls, latency and rate budgets.")},
        {Screen::Activity, tr("Activity"), tr("What changed where, and when.")},
        {Screen::Settings, tr("Settings"), tr("Sync interval, rate budgets, language.")},
    };
    for (const auto& s : screens) {
        auto* item = new QListWidgetItem(s.title, m_navigation);
        item->setData(Qt::UserRole, QVariant::fromValue(s.screen));
        m_pages->addWidget(createEmptyPage(s.title, s.explanation));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) {
            return;
        }
        m_pages->setCurrentIndex(row);
        Q_EMIT screenChanged(static_cast<Screen>(row));
    });
    m_navigation->setCurrentRow(0);

    setCentralWidget(central);
    createMenus();
    statusBar()->setObjectName(u"statusBar"_s);
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(u"syncStatus"_s);
    statusBar()->addPermanentWidget(m_statusText);
    resize(1100, 720);
}

QWidget* MainWindow::createEmptyPage(const QString& title, const QString& explanation)
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 20);
    auto* heading = new QLabel(title, page);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto* text = new QLabel(explanation, page);
    text->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch(1);
    return page;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QAction* go = view->addAction(m_navigation->item(row)->text(), this,
                                      [this, row] { showScreen(static_cast<Screen>(row)); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Fieldbridge"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setObjectName(u"actionAbout"_s);
}

void MainWindow::setScreenWidget(Screen screen, QWidget* widget)
{
    const int index = static_cast<int>(screen);
    QWidget* old = m_pages->widget(index);
    m_pages->insertWidget(index, widget);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (m_navigation->currentRow() == index) {
        m_pages->setCurrentIndex(index);
    }
}

QWidget* MainWindow::screenWidget(Screen screen) const
{
    return m_pages->widget(static_cast<int>(screen));
}

void MainWindow::showScreen(Screen screen)
{
    m_navigation->setCurrentRow(static_cast<int>(screen));
}

MainWindow::Screen MainWindow::currentScreen() const
{
    return static_cast<Screen>(m_pages->currentIndex());
}

void MainWindow::setBanner(const QString& text, const QString& actionText)
{
    m_banner->setText(text);
    m_bannerButton->setText(actionText);
    m_bannerButton->setAccessibleName(actionText);
    m_bannerButton->setVisible(!actionText.isEmpty());
    m_bannerFrame->setVisible(!text.isEmpty());
}

void MainWindow::setStatusText(const QString& text)
{
    m_statusText->setText(text);
}

} // namespace fb::ui
