#include "AppPaths.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace fb::paths {
namespace {
QString& overrideDir()
{
    static QString dir;
    return dir;
}
} // namespace

void setDataDirOverride(const QString& dir)
{
    overrideDir() = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

bool hasDataDirOverride()
{
    return !overrideDir().isEmpty();
}

QString dataDir()
{
    QString dir = overrideDir();
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    QDir().mkpath(dir);
    return dir;
}

QString databasePath()
{
    return QDir(dataDir()).filePath(u"fieldbridge.sqlite"_s);
}

std::unique_ptr<QSettings> openSettings()
{
    if (hasDataDirOverride()) {
        return std::make_unique<QSettings>(QDir(dataDir()).filePath(u"settings.ini"_s), QSettings::IniFormat);
    }
    return std::make_unique<QSettings>();
}

} // namespace fb::paths
