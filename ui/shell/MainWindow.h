#pragma once
// The main window: a sidebar of screens (Connections, Mapping, Rules, Dashboard, Activity, Settings) over a page stack.

#include <QMainWindow>

class QLabel;
class QListWidget;
class QPushButton;
class QFrame;
class QStackedWidget;

namespace fb::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Screen { Connections, Mapping, Rules, Dashboard, Activity, Settings };
    Q_ENUM(Screen)

    explicit MainWindow(QWidget* parent = nullptr);

    // Puts a screen's widget in place of its page (later issues fill the screens this way).
    void setScreenWidget(Screen screen, QWidget* widget);
    QWidget* screenWidget(Screen screen) const;
    void showScreen(Screen screen);
    Screen currentScreen() const;

    // A banner above every screen, e.g. "simulated accounts — connect your real accounts"; empty hides it.
    // With actionText, a button in the banner emits bannerActivated().
    void setBanner(const QString& text, const QString& actionText = {});
    // A permanent message at the right of the status bar (the sync state).
    void setStatusText(const QString& text);

Q_SIGNALS:
    void screenChanged(fb::ui::MainWindow::Screen screen);
    void bannerActivated();

private:
    void createMenus();
    QWidget* createEmptyPage(const QString& title, const QString& explanation);

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QFrame* m_bannerFrame = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_bannerButton = nullptr;
    QLabel* m_statusText = nullptr;
};

} // namespace fb::ui
