#pragma once
// Where the mapping editor gets its live data: both sides' field lists and one sample record per side. Always
// asynchronous, so the editor never waits on the network.

#include "sync/FieldCatalog.h"

#include <QJsonObject>
#include <QObject>

namespace fb::ui {

class MappingSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~MappingSource() override;

    // Starts (or restarts) loading; returns at once. Results arrive through the signals, in this object's thread.
    virtual void load() = 0;

Q_SIGNALS:
    // The standard fields plus the live custom fields of both sides.
    void catalogLoaded(const fb::sync::FieldCatalog& catalog);
    // A HighLevel contact (GET /contacts/{id} "contact") and a Badger account (GET /customers/{id}/); either may be
    // empty when that side has no records.
    void samplesLoaded(const QJsonObject& highLevelContact, const QJsonObject& badgerAccount);
    // What went wrong, user-presentable ("HighLevel: the token was refused (401) ...").
    void loadFailed(const QString& message);
};

} // namespace fb::ui
