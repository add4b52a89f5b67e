#pragma once
// Everything a sync needs except the secrets: where each API is, the location, the interval, budgets and the mapping
// file. Stored in QSettings (no secrets there, ever) and the mapping as JSON beside the ledger.

#include "Mapping.h"

#include <QString>
#include <QUrl>

class QSettings;

namespace fb::sync {

struct SyncConfig
{
    QUrl highLevelBaseUrl = QUrl(QStringLiteral("https://services.leadconnectorhq.com"));
    QString locationId;
    QUrl badgerBaseUrl = QUrl(QStringLiteral("https://badgerapis.badgermapping.com/api/2"));
    QString badgerTeam = QStringLiteral("default"); // the account key of Badger's per-team daily budget
    QString connection = QStringLiteral("default"); // keychain item suffix
    int intervalSeconds = 900;
    qint64 highLevelDailyBudget = 200000;
    int highLevelBurst = 100;
    qint64 badgerDailyBudget = 25000;
    double writeReserve = 0.05;
    bool startMinimised = false;
    QString language; // empty: follow the system

    void load(QSettings& settings);
    void save(QSettings& settings) const;
};

// The mapping file (DATA/mapping.json); the defaults when there is none. Errors leave *out untouched.
bool loadMapping(const QString& path, MappingDocument* out, QString* error);
bool saveMapping(const QString& path, const MappingDocument& mapping, QString* error);
QString mappingPath(); // DATA/mapping.json

} // namespace fb::sync
