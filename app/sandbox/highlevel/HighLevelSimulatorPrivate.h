#pragma once
// Internals shared by the HighLevel simulator's source files.

#include "HighLevelSimulator.h"

#include <QDateTime>

namespace fb::sandbox {

struct HighLevelSimulator::Ctx
{
    const SimRequest& request;
    QStringList params;
    QString locationId; // the location the bearer token belongs to
    QJsonObject body;
    bool declares422 = true;
};

namespace hl {

// Epoch ms of an ISO-8601 string or a number; -1 when neither.
inline qint64 toEpochMs(const QJsonValue& v)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    if (v.isString()) {
        const QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (dt.isValid())
            return dt.toMSecsSinceEpoch();
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return -1;
}

inline QString digitsOnly(const QString& phone)
{
    QString out;
    for (const QChar c : phone) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

inline bool isDateField(const QString& field)
{
    return field == u"dateAdded" || field == u"dateUpdated" || field == u"lastActivity" || field == u"dateOfBirth";
}

} // namespace hl
} // namespace fb::sandbox
