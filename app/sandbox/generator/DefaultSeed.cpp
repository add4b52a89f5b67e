#include "generator/DefaultSeed.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fb::sandbox {

QString defaultSeedResourcePath()
{
    return u":/sandbox/default-seed.json"_s;
}

QJsonObject defaultSeed(QString* error)
{
    QFile file(defaultSeedResourcePath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return {};
    }
    return doc.object();
}

} // namespace fb::sandbox
