#include "SettingsPage.h"

#include "core/AppPaths.h"
#include "sync/Mapping.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fb::ui {

namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

QSpinBox* spin(const QString& objectName, const QString& accessible, int min, int max, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessible);
    box->setRange(min, max);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

QStringList SettingsPage::languages()
{
    return {u"en"_s, u"de"_s, u"es"_s};
}

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_interval(spin(u"intervalSpin"_s, tr("Sync interval in minutes"), 1, 24 * 60, this))
    , m_highLevelDaily(spin(u"highLevelDailySpin"_s, tr("HighLevel daily request budget"), 100, 200'000, this))
    , m_highLevelBurst(spin(u"highLevelBurstSpin"_s, tr("HighLevel requests per 10 seconds"), 1, 100, this))
    , m_badgerDaily(spin(u"badgerDailySpin"_s, tr("Badger daily request budget"), 100, 25'000, this))
    , m_writeReserve(new QDoubleSpinBox(this))
    , m_propagateDeletes(new QCheckBox(tr("&Delete on the other side too"), this))
    , m_language(new QComboBox(this))
    , m_startMinimised(new QCheckBox(tr("Start &minimised"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"settingsPage"_s);
    m_interval->setSuffix(tr(" min"));
    m_highLevelBurst->setSuffix(tr(" per 10 s"));
    m_writeReserve->setObjectName(u"writeReserveSpin"_s);
    m_writeReserve->setAccessibleName(tr("Share of the budget kept for writes, in percent"));
    m_writeReserve->setRange(0, 50);
    m_writeReserve->setDecimals(0);
    m_writeReserve->setSuffix(tr(" %"));
    m_propagateDeletes->setObjectName(u"propagateDeletesCheck"_s);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_startMinimised->setObjectName(u"startMinimisedCheck"_s);
    m_save->setObjectName(u"settingsSaveButton"_s);
    m_revert->setObjectName(u"settingsRevertButton"_s);
    m_status->setObjectName(u"settingsStatus"_s);
    m_status->setWordWrap(true);

    auto* heading = new QLabel(tr("Settings"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);

    auto* syncBox = new QGroupBox(tr("Sync"), this);
    auto* syncForm = new QFormLayout(syncBox);
    syncForm->addRow(tr("Sync &every:"), m_interval);
    syncForm->addRow(m_propagateDeletes);
    syncForm->addRow(note(tr("Off: a record deleted on one side is unlinked and shown in Activity. On: it is "
                             "deleted on the other side as well."),
                          syncBox));

    auto* budgetBox = new QGroupBox(tr("Rate budgets"), this);
    auto* budgetForm = new QFormLayout(budgetBox);
    budgetForm->addRow(tr("&HighLevel per day:"), m_highLevelDaily);
    budgetForm->addRow(tr("HighLevel &burst:"), m_highLevelBurst);
    budgetForm->addRow(tr("&Badger per day:"), m_badgerDaily);
    budgetForm->addRow(tr("&Reserve for writes:"), m_writeReserve);
    budgetForm->addRow(note(tr("HighLevel allows 200,000 requests a day and 100 per 10 seconds per location; Badger "
                               "25,000 a day per team. Lower budgets leave room for your other integrations; the "
                               "reserve keeps part of each budget for writing changes."),
                            budgetBox));

    auto* appBox = new QGroupBox(tr("Application"), this);
    auto* appForm = new QFormLayout(appBox);
    appForm->addRow(tr("&Language:"), m_language);
    appForm->addRow(note(tr("A new language applies when you restart Fieldbridge."), appBox));
    appForm->addRow(m_startMinimised);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(heading);
    layout->addWidget(syncBox);
    layout->addWidget(budgetBox);
    layout->addWidget(appBox);
    layout->addLayout(buttons);
    layout->addStretch(1);

    // The visual order, top to bottom (the default chain would follow the order the widgets were created in).
    const QList<QWidget*> order{m_interval,    m_propagateDeletes, m_highLevelDaily, m_highLevelBurst,
                                m_badgerDaily, m_writeReserve,     m_language,       m_startMinimised,
                                m_save,        m_revert};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::reload);
    for (QSpinBox* box : {m_interval, m_highLevelDaily, m_highLevelBurst, m_badgerDaily}) {
        connect(box, &QSpinBox::valueChanged, this, &SettingsPage::markChanged);
    }
    connect(m_writeReserve, &QDoubleSpinBox::valueChanged, this, &SettingsPage::markChanged);
    connect(m_propagateDeletes, &QCheckBox::toggled, this, &SettingsPage::markChanged);
    connect(m_startMinimised, &QCheckBox::toggled, this, &SettingsPage::markChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::markChanged);
    reload();
}

void SettingsPage::reload()
{
    auto settings = paths::openSettings();
    sync::SyncConfig config;
    config.load(*settings);
    sync::MappingDocument mapping = sync::MappingDocument::defaults();
    QString error;
    sync::loadMapping(sync::mappingPath(), &mapping, &error);

    const QSignalBlocker b1(m_interval), b2(m_highLevelDaily), b3(m_highLevelBurst), b4(m_badgerDaily),
        b5(m_writeReserve), b6(m_propagateDeletes), b7(m_language), b8(m_startMinimised);
    m_interval->setValue(std::max(1, config.intervalSeconds / 60));
    m_highLevelDaily->setValue(int(config.highLevelDailyBudget));
    m_highLevelBurst->setValue(config.highLevelBurst);
    m_badgerDaily->setValue(int(config.badgerDailyBudget));
    m_writeReserve->setValue(config.writeReserve * 100.0);
    m_propagateDeletes->setChecked(mapping.options.propagateDeletes);
    const int languageIndex = m_language->findData(config.language);
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    m_startMinimised->setChecked(config.startMinimised);
    m_loadedLanguage = config.language;
    m_status->setText(error.isEmpty() ? QString() : tr("The mapping file could not be read: %1").arg(error));
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
}

void SettingsPage::markChanged()
{
    m_save->setEnabled(true);
    m_revert->setEnabled(true);
    m_status->clear();
}

bool SettingsPage::save()
{
    auto settings = paths::openSettings();
    sync::SyncConfig config;
    config.load(*settings);
    config.intervalSeconds = m_interval->value() * 60;
    config.highLevelDailyBudget = m_highLevelDaily->value();
    config.highLevelBurst = m_highLevelBurst->value();
    config.badgerDailyBudget = m_badgerDaily->value();
    config.writeReserve = std::round(m_writeReserve->value()) / 100.0;
    config.language = m_language->currentData().toString();
    config.startMinimised = m_startMinimised->isChecked();
    config.save(*settings);
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        m_status->setText(tr("The settings could not be written to %1.").arg(settings->fileName()));
        return false;
    }

    sync::MappingDocument mapping = sync::MappingDocument::defaults();
    QString error;
    const QString path = sync::mappingPath();
    if (!sync::loadMapping(path, &mapping, &error)) {
        m_status->setText(tr("Saved the settings, but the mapping file could not be read: %1").arg(error));
        return false;
    }
    const bool mappingChanged = mapping.options.propagateDeletes != m_propagateDeletes->isChecked();
    if (mappingChanged) {
        mapping.options.propagateDeletes = m_propagateDeletes->isChecked();
        if (!sync::saveMapping(path, mapping, &error)) {
            m_status->setText(tr("Saved the settings, but the mapping file could not be written: %1").arg(error));
            return false;
        }
    }
    QString status = tr("Saved.");
    if (config.language != m_loadedLanguage) {
        status += u' ' + tr("Restart Fieldbridge to use the new language.");
    }
    m_status->setText(status);
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    Q_EMIT saved(config, mappingChanged);
    return true;
}

} // namespace fb::ui
