#pragma once
// The drag payload of one mapping field: MIME type application/x-fieldbridge-field carrying the side and stable id.

#include "sync/FieldCatalog.h"

#include <QString>

class QMimeData;

namespace fb::ui {

struct FieldRef
{
    fb::sync::Side side = fb::sync::Side::HighLevel;
    QString id;
};

class FieldMime
{
public:
    static QString mimeType();
    // A new QMimeData (the caller or QDrag owns it) with the field as JSON {"side":"highlevel","id":"email"}.
    static QMimeData* create(const FieldRef& field);
    // False when the data has no field of ours or the payload is malformed.
    static bool read(const QMimeData* data, FieldRef* out);
};

} // namespace fb::ui
