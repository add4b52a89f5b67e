#include "RowPreview.h"

#include "sync/RecordAdapter.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::Side;

namespace {
constexpr int kShownChars = 90; // notes can hold 20,000 characters; the tooltip has more

QLabel* valueLabel(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setAccessibleName(accessibleName);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setFocusPolicy(Qt::StrongFocus);
    l->setMinimumWidth(120);
    l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return l;
}
} // namespace

RowPreview::RowPreview(QWidget* parent)
    : QGroupBox(tr("Preview on a sample record"), parent)
{
    setObjectName(u"rowPreview"_s);
    setAccessibleName(title());
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_sample = valueLabel(this, u"previewSample"_s, tr("Sample records"));
    m_sample->setWordWrap(true);
    m_highLevelValue = valueLabel(this, u"previewHighLevelValue"_s, tr("Value in HighLevel"));
    m_badgerValue = valueLabel(this, u"previewBadgerValue"_s, tr("Value in Badger"));
    m_toBadger = valueLabel(this, u"previewToBadger"_s, tr("Would write to Badger"));
    m_toHighLevel = valueLabel(this, u"previewToHighLevel"_s, tr("Would write to HighLevel"));
    form->addRow(tr("Sample:"), m_sample);
    form->addRow(tr("In HighLevel:"), m_highLevelValue);
    form->addRow(tr("In Badger:"), m_badgerValue);
    form->addRow(tr("Writes to Badger:"), m_toBadger);
    form->addRow(tr("Writes to HighLevel:"), m_toHighLevel);
    refresh();
}

void RowPreview::setSamples(const QJsonObject& highLevelContact, const QJsonObject& badgerAccount)
{
    m_hasSamples = true;
    m_highLevel = fb::sync::highLevelValues(highLevelContact);
    m_badger = fb::sync::badgerValues(badgerAccount);
    auto join = [](const QString& a, const QString& b) { return QString(a + u' ' + b).trimmed(); };
    m_highLevelName = highLevelContact.isEmpty()
                          ? QString()
                          : join(m_highLevel.value(u"firstName"_s), m_highLevel.value(u"lastName"_s));
    m_badgerName = badgerAccount.isEmpty() ? QString()
                                           : join(m_badger.value(u"first_name"_s), m_badger.value(u"last_name"_s));
    refresh();
}

void RowPreview::setRow(const fb::sync::FieldMapping* row, const fb::sync::MappingOptions& options)
{
    m_row = row ? std::optional<fb::sync::FieldMapping>(*row) : std::nullopt;
    m_options = options;
    refresh();
}

QString RowPreview::highLevelValue() const
{
    return m_highLevelValue->text();
}

QString RowPreview::badgerValue() const
{
    return m_badgerValue->text();
}

QString RowPreview::toBadger() const
{
    return m_toBadger->text();
}

QString RowPreview::toHighLevel() const
{
    return m_toHighLevel->text();
}

void RowPreview::setValue(QLabel* label, const QString& value, const QString& emptyText)
{
    QString shown = value.isEmpty() ? emptyText : value;
    shown.replace(u'\n', u' ');
    if (shown.size() > kShownChars) {
        shown = shown.left(kShownChars) + u'\u2026';
    }
    label->setText(shown);
    label->setToolTip(value.size() > kShownChars ? value.left(1000) : QString());
}

void RowPreview::refresh()
{
    if (!m_hasSamples) {
        m_sample->setText(tr("Loading a sample record from each side\u2026"));
    } else {
        // A name is cut to what fits (a 200-character name without spaces cannot wrap); the tooltip has it all.
        const auto shortName = [](const QString& name) {
            return name.size() > 60 ? QString(name.left(59) + u'\u2026') : name;
        };
        const QString hl = m_highLevelName.isEmpty() ? tr("(none)") : m_highLevelName;
        const QString bg = m_badgerName.isEmpty() ? tr("(none)") : m_badgerName;
        const QString text = tr("HighLevel contact \u201c%1\u201d, Badger account \u201c%2\u201d");
        m_sample->setText(text.arg(shortName(hl), shortName(bg)));
        m_sample->setToolTip(hl.size() > 60 || bg.size() > 60 ? text.arg(hl.left(1000), bg.left(1000)) : QString());
    }
    const QString none = QStringLiteral("\u2014");
    if (!m_row || !m_hasSamples) {
        for (QLabel* l : {m_highLevelValue, m_badgerValue, m_toBadger, m_toHighLevel}) {
            setValue(l, QString(), m_row ? none : tr("Select a row to preview it."));
        }
        return;
    }
    const fb::sync::FieldMapping& row = *m_row;
    const QString hl = m_highLevel.value(row.highLevelField);
    const QString bg = m_badger.value(row.badgerField);
    setValue(m_highLevelValue, hl, row.highLevelField.isEmpty() ? tr("(no field chosen)") : tr("(empty)"));
    setValue(m_badgerValue, bg, row.badgerField.isEmpty() ? tr("(no field chosen)") : tr("(empty)"));
    auto write = [&](QLabel* label, Side to) {
        const Side from = to == Side::Badger ? Side::HighLevel : Side::Badger;
        if (row.highLevelField.isEmpty() || row.badgerField.isEmpty()) {
            setValue(label, QString(), none);
            return;
        }
        if (!row.enabled) {
            setValue(label, QString(), tr("nothing (row is off)"));
            return;
        }
        if (!row.writesTo(to)) {
            setValue(label, QString(), tr("nothing (one way)"));
            return;
        }
        const fb::sync::TransformResult r =
            fb::sync::convertValue(row, from == Side::HighLevel ? hl : bg, from,
                                   from == Side::HighLevel ? m_highLevel : m_badger, m_options);
        if (!r.ok()) {
            setValue(label, tr("skipped: %1").arg(r.error), none);
        } else {
            setValue(label, r.value, tr("(empty)"));
        }
    };
    write(m_toBadger, Side::Badger);
    write(m_toHighLevel, Side::HighLevel);
}

} // namespace fb::ui
