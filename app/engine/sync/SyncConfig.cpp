#include "SyncConfig.h"

#include "core/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace fb::sync {

void SyncConfig::load(QSettings& s)
{
    const SyncConfig d;
    highLevelBaseUrl = QUrl(s.value(u"highlevel/baseUrl"_s, d.highLevelBaseUrl.toString()).toString());
    locationId = s.value(u"highlevel/locationId"_s).toString();
    badgerBaseUrl = QUrl(s.value(u"badger/baseUrl"_s, d.badgerBaseUrl.toString()).toString());
    badgerTeam = s.value(u"badger/team"_s, d.badgerTeam).toString();
    connection = s.value(u"connection"_s, d.connection).toString();
    intervalSeconds = s.value(u"sync/intervalSeconds"_s, d.intervalSeconds).toInt();
    highLevelDailyBudget = s.value(u"budgets/highLevelDaily"_s, d.highLevelDailyBudget).toLongLong();
    highLevelBurst = s.value(u"budgets/highLevelBurst"_s, d.highLevelBurst).toInt();
    badgerDailyBudget = s.value(u"budgets/badgerDaily"_s, d.badgerDailyBudget).toLongLong();
    writeReserve = s.value(u"budgets/writeReserve"_s, d.writeReserve).toDouble();
    startMinimised = s.value(u"ui/startMinimised"_s, d.startMinimised).toBool();
    language = s.value(u"ui/language"_s).toString();
}

void SyncConfig::save(QSettings& s) const
{
    s.setValue(u"highlevel/baseUrl"_s, highLevelBaseUrl.toString());
    s.setValue(u"highlevel/locationId"_s, locationId);
    s.setValue(u"badger/baseUrl"_s, badgerBaseUrl.toString());
    s.setValue(u"badger/team"_s, badgerTeam);
    s.setValue(u"connection"_s, connection);
    s.setValue(u"sync/intervalSeconds"_s, intervalSeconds);
    s.setValue(u"budgets/highLevelDaily"_s, highLevelDailyBudget);
    s.setValue(u"budgets/highLevelBurst"_s, highLevelBurst);
    s.setValue(u"budgets/badgerDaily"_s, badgerDailyBudget);
    s.setValue(u"budgets/writeReserve"_s, writeReserve);
    s.setValue(u"ui/startMinimised"_s, startMinimised);
    s.setValue(u"ui/language"_s, language);
    s.sync();
}

QString mappingPath()
{
    return QDir(paths::dataDir()).filePath(u"mapping.json"_s);
}

bool loadMapping(const QString& path, MappingDocument* out, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        *out = MappingDocument::defaults();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("fb::sync::SyncConfig", "Could not read the mapping file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("fb::sync::SyncConfig", "The mapping file %1 is not valid JSON: %2")
                     .arg(path, parseError.errorString());
        return false;
    }
    return MappingDocument::fromJson(doc.object(), out, error);
}

bool saveMapping(const QString& path, const MappingDocument& mapping, QString* error)
{
    // QSaveFile: the old file stays intact until the new one is completely written (a full disk loses nothing).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(mapping.toJson()).toJson()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("fb::sync::SyncConfig", "Could not save the mapping file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fb::sync
