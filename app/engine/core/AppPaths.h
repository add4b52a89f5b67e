#pragma once
// Where Fieldbridge keeps its data and settings; --data-dir redirects both (tests and scripts isolate state with it).

#include <QString>

#include <memory>

class QSettings;

namespace fb::paths {

// Uses DIR for the database and settings instead of the standard locations. Call before anything opens them.
void setDataDirOverride(const QString& dir);
bool hasDataDirOverride();

// The data directory, created if missing: --data-dir or QStandardPaths::AppDataLocation.
QString dataDir();
QString databasePath();

// Non-secret settings: DIR/settings.ini under --data-dir, otherwise the platform's QSettings location.
std::unique_ptr<QSettings> openSettings();

} // namespace fb::paths
