#pragma once
// The ledger's schema history: ordered migrations, each a list of SQL statements applied in one transaction.

#include <QList>
#include <QStringList>

namespace fb::store {

struct Migration
{
    int version;            // the schema version this migration produces
    const char* summary;    // one line, for logs
    QStringList statements;
};

// All migrations in ascending version order. Append only: never edit a released migration.
const QList<Migration>& migrations();

// The schema version this build writes.
int latestSchemaVersion();

} // namespace fb::store
