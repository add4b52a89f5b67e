#pragma once
// Shows what one mapping row does to a real sample record: the value on each side and what a sync would write.

#include "sync/Mapping.h"
#include "sync/Transforms.h"

#include <QGroupBox>
#include <QJsonObject>

#include <optional>

class QLabel;

namespace fb::ui {

class RowPreview : public QGroupBox
{
    Q_OBJECT

public:
    explicit RowPreview(QWidget* parent = nullptr);

    void setSamples(const QJsonObject& highLevelContact, const QJsonObject& badgerAccount);
    bool hasSamples() const { return m_hasSamples; }
    // nullptr clears the preview.
    void setRow(const fb::sync::FieldMapping* row, const fb::sync::MappingOptions& options);

    // The texts shown, for tests and screen readers.
    QString highLevelValue() const;
    QString badgerValue() const;
    QString toBadger() const;
    QString toHighLevel() const;

private:
    void setValue(QLabel* label, const QString& value, const QString& emptyText);
    void refresh();

    bool m_hasSamples = false;
    fb::sync::FieldValues m_highLevel;
    fb::sync::FieldValues m_badger;
    QString m_highLevelName;
    QString m_badgerName;
    std::optional<fb::sync::FieldMapping> m_row;
    fb::sync::MappingOptions m_options;

    QLabel* m_sample;
    QLabel* m_highLevelValue;
    QLabel* m_badgerValue;
    QLabel* m_toBadger;
    QLabel* m_toHighLevel;
};

} // namespace fb::ui
