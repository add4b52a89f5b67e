#pragma once
// The tray icon and desktop notifications, driven by a HealthMonitor: the colour is the monitor's level (red for any
// error, amber for attention, blue while syncing, green only when nothing is wrong) and the tooltip lists every problem.
// Works without a system tray (Xvfb, offscreen): the state is still kept and readable.

#include "HealthMonitor.h"

#include <QIcon>
#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace fb::ui {

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(HealthMonitor* monitor, QObject* parent = nullptr);
    ~TrayIcon() override;

    bool isTrayAvailable() const;
    QColor colour() const;
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    QStringList notificationsShown() const { return m_notifications; } // title + text, for tests and the log
    static QColor colourFor(HealthMonitor::Level level);
    static QIcon iconFor(HealthMonitor::Level level);
    // Optional menu (Open, Sync now, Pause, Quit) the app supplies.
    void setContextMenu(QMenu* menu);

Q_SIGNALS:
    void activated(); // the user clicked the icon: show the main window

private:
    void update();
    void notify(const QString& key, const QString& text);

    HealthMonitor* m_monitor;
    QSystemTrayIcon* m_tray = nullptr;
    QIcon m_icon;
    QString m_toolTip;
    QStringList m_notifications;
    int m_iconLevel = -1; // the level m_icon was painted for
};

} // namespace fb::ui
