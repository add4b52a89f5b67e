#pragma once
// The ledger database: SQLite in WAL mode, one named connection per thread, schema migrations in one transaction.

#include "Migrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace fb::store {

struct OpenResult
{
    enum class Status {
        Ok,
        NewerVersion, // written by a newer Fieldbridge: refused, file untouched
        Corrupt,      // not a database or failed its check: moved aside to keptAsidePath, never overwritten
        Failed,       // could not open or migrate (permissions, full disk, ...): file untouched
    };
    Status status = Status::Ok;
    QString message; // user-presentable: what happened and what to do
    QString keptAsidePath;
    int fromVersion = 0; // schema version found (0 for a new file)
    int toVersion = 0;   // schema version after migrations

    bool ok() const { return status == Status::Ok; }
};

// A connection to the ledger for the calling thread. Create one per thread (the worker has its own); the
// connection is closed and removed when the object is destroyed. Not copyable, not shareable across threads.
class Database
{
public:
    explicit Database(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the file (creating it when missing), checks it and applies pending migrations in one transaction.
    OpenResult open(const QList<Migration>& migrations = fb::store::migrations());

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion();

    // Runs fn inside a transaction; commits when it returns true, rolls back otherwise (or on a failed commit).
    template<typename Fn>
    bool transaction(Fn&& fn)
    {
        if (!m_db.transaction()) {
            return false;
        }
        if (!fn()) {
            m_db.rollback();
            return false;
        }
        if (!m_db.commit()) {
            m_db.rollback();
            return false;
        }
        return true;
    }

    // What a failed statement means for the user (full disk, read-only, locked, corrupt ...) and what to do.
    static QString describe(const QSqlError& error);

private:
    OpenResult keepAside(const QString& reason);
    bool execute(const QString& sql, QString* error);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace fb::store
