// The ledger store: migrations (fresh, upgrade, failed upgrade rolls back), newer-version refusal, corrupt files
// kept aside, WAL, per-thread connections, link uniqueness, and what a full disk looks like.

#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using fb::store::Database;
using fb::store::Migration;
using fb::store::OpenResult;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        return {};
    }
    return q.value(0);
}

const QList<Migration> v1Only = {{1, "t", {u"CREATE TABLE t (a TEXT)"_s}}};
} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void freshDatabase();
    void upgradeKeepsData();
    void failedMigrationRollsBack();
    void newerVersionRefused();
    void corruptFileKeptAside_data();
    void corruptFileKeptAside();
    void linksUniqueBothWays();
    void connectionPerThread();
    void fullDiskIsExplained();
};

void TestStore::freshDatabase()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"l.sqlite"_s));
    const OpenResult r = db.open();
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.fromVersion, 0);
    QCOMPARE(r.toVersion, fb::store::latestSchemaVersion());
    QCOMPARE(db.schemaVersion(), fb::store::latestSchemaVersion());
    const QStringList tables = db.connection().tables();
    for (const char* t : {"links", "field_bases", "intents", "cursors", "sync_runs", "call_log", "conflicts",
                          "activity", "budget_counters", "schema_version"}) {
        QVERIFY2(tables.contains(QLatin1StringView(t)), t);
    }
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);

    // Opening again is a no-op.
    Database again(dir.filePath(u"l.sqlite"_s));
    const OpenResult r2 = again.open();
    QVERIFY(r2.ok());
    QCOMPARE(r2.fromVersion, fb::store::latestSchemaVersion());
}

void TestStore::upgradeKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"l.sqlite"_s);
    {
        Database db(path);
        QVERIFY(db.open(v1Only).ok());
        QVERIFY(QSqlQuery(db.connection()).exec(u"INSERT INTO t VALUES ('kept')"_s));
    }
    const QList<Migration> v2 = v1Only + QList<Migration>{
        {2, "add b", {u"ALTER TABLE t ADD COLUMN b INTEGER NOT NULL DEFAULT 7"_s, u"CREATE TABLE u (x)"_s}}};
    Database db(path);
    const OpenResult r = db.open(v2);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.fromVersion, 1);
    QCOMPARE(r.toVersion, 2);
    QCOMPARE(scalar(db, u"SELECT a || b FROM t"_s).toString(), u"kept7"_s);
    QVERIFY(db.connection().tables().contains(u"u"_s));
}

void TestStore::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"l.sqlite"_s);
    {
        Database db(path);
        QVERIFY(db.open(v1Only).ok());
    }
    const QList<Migration> broken = v1Only + QList<Migration>{
        {2, "half", {u"CREATE TABLE half (x)"_s, u"THIS IS NOT SQL"_s}}};
    {
        Database db(path);
        const OpenResult r = db.open(broken);
        QCOMPARE(r.status, OpenResult::Status::Failed);
        QVERIFY(r.message.contains(u"schema 2"_s));
    }
    Database db(path);
    QVERIFY(db.open(v1Only).ok());
    QCOMPARE(db.schemaVersion(), 1);
    QVERIFY2(!db.connection().tables().contains(u"half"_s), "a failed migration left a table behind");
}

void TestStore::newerVersionRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"l.sqlite"_s);
    {
        Database db(path);
        QVERIFY(db.open().ok());
        QVERIFY(QSqlQuery(db.connection()).exec(u"UPDATE schema_version SET version = 999"_s));
        QVERIFY(QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const QByteArray before = fileHash(path);
    Database db(path);
    const OpenResult r = db.open();
    QCOMPARE(r.status, OpenResult::Status::NewerVersion);
    QCOMPARE(r.fromVersion, 999);
    QVERIFY(r.message.contains(u"newer version"_s));
    QVERIFY(r.message.contains(u"--data-dir"_s));
    QCOMPARE(fileHash(path), before);
}

void TestStore::corruptFileKeptAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text file") << QByteArray("this is not a database\n").repeated(200);
    QByteArray header("SQLite format 3");
    header.append('\0');
    QTest::newRow("sqlite header, garbage after") << header + QByteArray(8192, '\x5a');
    QTest::newRow("random bytes") << QByteArray::fromHex("deadbeef").repeated(4096);
}

void TestStore::corruptFileKeptAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"l.sqlite"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    OpenResult r;
    {
        Database db(path);
        r = db.open();
    }
    QCOMPARE(r.status, OpenResult::Status::Corrupt);
    QVERIFY(!r.keptAsidePath.isEmpty());
    QVERIFY(r.message.contains(r.keptAsidePath));
    QVERIFY(!QFile::exists(path));
    QFile kept(r.keptAsidePath);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content); // never overwritten

    Database fresh(path);
    QVERIFY(fresh.open().ok());
    QCOMPARE(fresh.schemaVersion(), fb::store::latestSchemaVersion());
}

void TestStore::linksUniqueBothWays()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"l.sqlite"_s));
    QVERIFY(db.open().ok());
    auto insert = [&](const QVariant& ghl, const QVariant& badger) {
        QSqlQuery q(db.connection());
        q.prepare(u"INSERT INTO links (entity, ghl_id, badger_id, created_at, updated_at) "
                  u"VALUES ('contact', ?, ?, 'now', 'now')"_s);
        q.addBindValue(ghl);
        q.addBindValue(badger);
        return q.exec();
    };
    QVERIFY(insert(u"g1"_s, u"b1"_s));
    QVERIFY(!insert(u"g1"_s, u"b2"_s));
    QVERIFY(!insert(u"g2"_s, u"b1"_s));
    QVERIFY(insert(u"g2"_s, QVariant()));
    QVERIFY(insert(u"g3"_s, QVariant())); // several half-links (not yet created on the other side) coexist
}

void TestStore::connectionPerThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"l.sqlite"_s);
    Database main(path);
    QVERIFY(main.open().ok());
    bool workerOk = false;
    QString workerConnection;
    QThread* worker = QThread::create([&] {
        Database db(path);
        workerOk = db.open().ok()
            && QSqlQuery(db.connection()).exec(u"INSERT INTO cursors VALUES ('c', 'v', 'now')"_s);
        workerConnection = db.connection().connectionName();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(workerOk);
    QVERIFY(workerConnection != main.connection().connectionName());
    QCOMPARE(scalar(main, u"SELECT value FROM cursors WHERE name = 'c'"_s).toString(), u"v"_s);
    QVERIFY(!QSqlDatabase::contains(workerConnection)); // removed when the worker's Database went away
}

void TestStore::fullDiskIsExplained()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"l.sqlite"_s));
    QVERIFY(db.open().ok());
    const int pages = scalar(db, u"PRAGMA page_count"_s).toInt();
    QVERIFY(QSqlQuery(db.connection()).exec(u"PRAGMA max_page_count = %1"_s.arg(pages + 2)));
    QSqlQuery q(db.connection());
    bool full = false;
    QSqlError error;
    for (int i = 0; i < 1000 && !full; ++i) {
        q.prepare(u"INSERT INTO activity (time, entity, record, direction) VALUES ('t', 'contact', ?, 'to_badger')"_s);
        q.addBindValue(QString(4000, u'x'));
        if (!q.exec()) {
            full = true;
            error = q.lastError();
        }
    }
    QVERIFY(full);
    const QString message = Database::describe(error);
    QVERIFY2(message.contains(u"disk"_s) && message.contains(u"full"_s), qPrintable(message));
    QVERIFY(message.contains(u"Nothing was lost"_s));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
