#pragma once
// The Settings screen: sync interval, rate budgets and the write reserve, delete propagation (a mapping option),
// language and start minimised. Non-secret settings only (SyncConfig in QSettings, the mapping file).

#include "sync/SyncConfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace fb::ui {

class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);

    void reload(); // from the settings and the mapping file
    bool save();   // writes both; false with the reason shown
    // The language codes offered besides the system's: "en", "de", "es".
    static QStringList languages();

Q_SIGNALS:
    // The sync settings changed (config) and/or the mapping's options (delete propagation).
    void saved(const fb::sync::SyncConfig& config, bool mappingChanged);

private:
    void markChanged();

    QSpinBox* m_interval;
    QSpinBox* m_highLevelDaily;
    QSpinBox* m_highLevelBurst;
    QSpinBox* m_badgerDaily;
    QDoubleSpinBox* m_writeReserve;
    QCheckBox* m_propagateDeletes;
    QComboBox* m_language;
    QCheckBox* m_startMinimised;
    QPushButton* m_save;
    QPushButton* m_revert;
    QLabel* m_status;
    QString m_loadedLanguage;
};

} // namespace fb::ui
