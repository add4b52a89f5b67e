#include "FieldMime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace fb::ui {

QString FieldMime::mimeType()
{
    return u"application/x-fieldbridge-field"_s;
}

QMimeData* FieldMime::create(const FieldRef& field)
{
    auto* data = new QMimeData;
    const QJsonObject o{{u"side"_s, fb::sync::toString(field.side)}, {u"id"_s, field.id}};
    data->setData(mimeType(), QJsonDocument(o).toJson(QJsonDocument::Compact));
    // Plain text too, so dropping on a text editor shows which field it was.
    data->setText(field.id);
    return data;
}

bool FieldMime::read(const QMimeData* data, FieldRef* out)
{
    if (!data || !data->hasFormat(mimeType())) {
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data->data(mimeType()), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return false;
    }
    const QString side = doc.object().value(u"side"_s).toString();
    const QString id = doc.object().value(u"id"_s).toString();
    if (id.isEmpty()) {
        return false;
    }
    if (side == fb::sync::toString(fb::sync::Side::HighLevel)) {
        out->side = fb::sync::Side::HighLevel;
    } else if (side == fb::sync::toString(fb::sync::Side::Badger)) {
        out->side = fb::sync::Side::Badger;
    } else {
        return false;
    }
    out->id = id;
    return true;
}

} // namespace fb::ui
