#include "TrayIcon.h"

#include <QFont>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QSystemTrayIcon>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fb::ui {

TrayIcon::TrayIcon(HealthMonitor* monitor, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(u"trayIcon"_s);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                Q_EMIT activated();
            }
        });
    }
    connect(m_monitor, &HealthMonitor::changed, this, &TrayIcon::update);
    connect(m_monitor, &HealthMonitor::incidentStarted, this, &TrayIcon::notify);
    update();
    if (m_tray) {
        m_tray->show();
    }
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isTrayAvailable() const
{
    return m_tray != nullptr;
}

QColor TrayIcon::colourFor(HealthMonitor::Level level)
{
    switch (level) {
    case HealthMonitor::Level::Ok: return QColor(0x2e, 0x9d, 0x4f);
    case HealthMonitor::Level::Busy: return QColor(0x2f, 0x6f, 0xd0);
    case HealthMonitor::Level::Attention: return QColor(0xe0, 0x9a, 0x10);
    case HealthMonitor::Level::Error: return QColor(0xd0, 0x2b, 0x2b);
    }
    return Qt::gray;
}

QIcon TrayIcon::iconFor(HealthMonitor::Level level)
{
    QIcon icon;
    for (int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::white, std::max(1, size / 16)));
        p.setBrush(colourFor(level));
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        if (level == HealthMonitor::Level::Error || level == HealthMonitor::Level::Attention) {
            // A mark as well as a colour: colour alone fails colour-blind users.
            QFont f = p.font();
            f.setBold(true);
            f.setPixelSize(size * 3 / 4);
            p.setFont(f);
            p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, u"!"_s);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QColor TrayIcon::colour() const
{
    return colourFor(m_monitor->level());
}

void TrayIcon::setContextMenu(QMenu* menu)
{
    if (m_tray) {
        m_tray->setContextMenu(menu);
    }
}

void TrayIcon::update()
{
    const int level = int(m_monitor->level());
    if (level != m_iconLevel) {
        m_iconLevel = level;
        m_icon = iconFor(m_monitor->level());
        if (m_tray) {
            m_tray->setIcon(m_icon);
        }
    }
    const QString tip = m_monitor->tooltip();
    if (tip != m_toolTip) {
        m_toolTip = tip;
        if (m_tray) {
            m_tray->setToolTip(m_toolTip);
        }
    }
}

void TrayIcon::notify(const QString& key, const QString& text)
{
    const QString title = key == u"conflicts"_s ? tr("Fieldbridge: conflicts waiting") : tr("Fieldbridge: sync problem");
    m_notifications << title + u": "_s + text;
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(title, text,
                            key == u"conflicts"_s ? QSystemTrayIcon::Warning : QSystemTrayIcon::Critical, 15000);
    }
}

} // namespace fb::ui
