#include "Database.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace fb::store {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::store::Database)
};

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return u"fieldbridge-ledger-%1-%2"_s.arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16)
        .arg(++counter);
}

bool looksCorrupt(const QSqlError& error)
{
    const QString text = error.databaseText().toLower() + u' ' + error.driverText().toLower();
    return text.contains(u"not a database"_s) || text.contains(u"malformed"_s) || text.contains(u"corrupt"_s)
        || error.nativeErrorCode() == u"26"_s || error.nativeErrorCode() == u"11"_s;
}
} // namespace

Database::Database(const QString& path)
    : m_path(path)
    , m_connectionName(uniqueConnectionName())
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path);
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::execute(const QString& sql, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        if (error) {
            *error = q.lastError().text();
        }
        return false;
    }
    return true;
}

QString Database::describe(const QSqlError& error)
{
    const QString text = error.databaseText().toLower();
    const QString code = error.nativeErrorCode();
    if (code == u"13"_s || text.contains(u"disk is full"_s) || text.contains(u"database or disk is full"_s)) {
        return Tr::tr("The disk holding Fieldbridge's data is full. Nothing was lost: the last change was not saved "
                  "and will be retried. Free some space and sync again.");
    }
    if (code == u"8"_s || text.contains(u"readonly"_s) || text.contains(u"read-only"_s)) {
        return Tr::tr("Fieldbridge's data file is read-only. Check the permissions of the data folder.");
    }
    if (code == u"5"_s || code == u"6"_s || text.contains(u"locked"_s)) {
        return Tr::tr("Fieldbridge's data file is in use by another process. Close other Fieldbridge windows or "
                  "headless runs that use the same data folder and try again.");
    }
    if (looksCorrupt(error)) {
        return Tr::tr("Fieldbridge's data file is damaged.");
    }
    return Tr::tr("Database error: %1").arg(error.text());
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT version FROM schema_version"_s) || !q.next()) {
        return 0;
    }
    return q.value(0).toInt();
}

OpenResult Database::keepAside(const QString& reason)
{
    m_db.close();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString aside = m_path + u".corrupt-"_s + stamp;
    for (int n = 1; QFileInfo::exists(aside); ++n) {
        aside = m_path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    }
    OpenResult result;
    result.status = OpenResult::Status::Corrupt;
    if (!QFile::rename(m_path, aside)) {
        result.status = OpenResult::Status::Failed;
        result.message = Tr::tr("Fieldbridge's data file %1 is damaged (%2) and could not be moved aside. Move it away "
                            "yourself, then start Fieldbridge again; the sync will re-link your records.")
                             .arg(m_path, reason);
        return result;
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1StringView(suffix);
        if (QFileInfo::exists(side)) {
            QFile::rename(side, aside + QLatin1StringView(suffix));
        }
    }
    result.keptAsidePath = aside;
    result.message = Tr::tr("Fieldbridge's data file was damaged (%1). It has been kept as %2 and not changed. "
                        "Start again to create a fresh ledger: the next sync re-links records by email, phone and "
                        "name, and reports anything ambiguous instead of guessing.")
                         .arg(reason, aside);
    qCWarning(lcStore) << "ledger kept aside:" << aside << reason;
    return result;
}

OpenResult Database::open(const QList<Migration>& migrations)
{
    OpenResult result;
    const bool existed = QFileInfo::exists(m_path) && QFileInfo(m_path).size() > 0;
    if (!m_db.open()) {
        result.status = OpenResult::Status::Failed;
        result.message = Tr::tr("Could not open Fieldbridge's data file %1: %2").arg(m_path, describe(m_db.lastError()));
        return result;
    }

    QString error;
    QSqlQuery check(m_db);
    if (existed) {
        if (!check.exec(u"PRAGMA quick_check"_s)) {
            if (looksCorrupt(check.lastError())) {
                return keepAside(check.lastError().databaseText());
            }
            result.status = OpenResult::Status::Failed;
            result.message = describe(check.lastError());
            return result;
        }
        if (!check.next() || check.value(0).toString() != u"ok"_s) {
            return keepAside(check.value(0).toString());
        }
        check.finish();
    }

    if (!execute(u"PRAGMA journal_mode=WAL"_s, &error) || !execute(u"PRAGMA synchronous=NORMAL"_s, &error)
        || !execute(u"PRAGMA foreign_keys=ON"_s, &error) || !execute(u"PRAGMA busy_timeout=5000"_s, &error)) {
        result.status = OpenResult::Status::Failed;
        result.message = Tr::tr("Could not prepare Fieldbridge's data file: %1").arg(error);
        return result;
    }

    const bool hasVersionTable = m_db.tables().contains(u"schema_version"_s);
    if (existed && !hasVersionTable && !m_db.tables().isEmpty()) {
        return keepAside(Tr::tr("it is an SQLite file, but not a Fieldbridge ledger"));
    }
    const int found = hasVersionTable ? schemaVersion() : 0;
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    result.fromVersion = found;
    result.toVersion = found;
    if (found > latest) {
        m_db.close();
        result.status = OpenResult::Status::NewerVersion;
        result.message = Tr::tr("This data was written by a newer version of Fieldbridge (ledger schema %1; this "
                            "version understands up to %2). It has not been changed. Update Fieldbridge, or start "
                            "this version with another data folder (--data-dir).")
                             .arg(found)
                             .arg(latest);
        return result;
    }
    if (found == latest) {
        return result;
    }

    const bool migrated = transaction([&] {
        if (!hasVersionTable) {
            if (!execute(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s, &error)
                || !execute(u"INSERT INTO schema_version (version) VALUES (0)"_s, &error)) {
                return false;
            }
        }
        for (const Migration& migration : migrations) {
            if (migration.version <= found) {
                continue;
            }
            for (const QString& statement : migration.statements) {
                if (!execute(statement, &error)) {
                    error = Tr::tr("migration to schema %1 failed: %2").arg(migration.version).arg(error);
                    return false;
                }
            }
            QSqlQuery bump(m_db);
            bump.prepare(u"UPDATE schema_version SET version = ?"_s);
            bump.addBindValue(migration.version);
            if (!bump.exec()) {
                error = bump.lastError().text();
                return false;
            }
            qCInfo(lcStore) << "ledger migrated to schema" << migration.version << "-" << migration.summary;
        }
        return true;
    });
    if (!migrated) {
        result.status = OpenResult::Status::Failed;
        if (error.isEmpty()) {
            error = describe(m_db.lastError());
        }
        result.message = Tr::tr("Could not update Fieldbridge's data file to this version (%1). Nothing was changed.")
                             .arg(error);
        return result;
    }
    result.toVersion = latest;
    return result;
}

} // namespace fb::store
