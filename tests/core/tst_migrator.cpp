#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/sql.h"
#include "core/db/sqlsplitter.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

namespace {

// (type, name, table, sql) of every schema object, sorted: what "equal
// schemas" means.
QStringList schemaObjects(const QSqlDatabase &db)
{
    QStringList objects;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    while (q.next())
        objects.append(QStringList{ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() }
                           .join(QLatin1Char('|')));
    return objects;
}

} // namespace

class TestMigrator : public QObject {
    Q_OBJECT
private slots:
    void migrationsAreNumberedWithoutGaps();
    void freshMigrationEqualsSchemaSnapshot();
    void migratingTwiceIsANoOp();
    void everyTableIsLoggedAndEveryForeignKeyIndexed();
    void failedMigrationLeavesPreviousVersion();
};

void TestMigrator::migrationsAreNumberedWithoutGaps()
{
    const auto migrations = availableMigrations();
    QVERIFY(!migrations.isEmpty());
    for (int i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations.at(i).version, i + 1);
    QCOMPARE(latestSchemaVersion(), int(migrations.size()));
}

void TestMigrator::freshMigrationEqualsSchemaSnapshot()
{
    testsupport::TestDatabase migrated(false);
    QVERIFY2(migrated.isValid(), qPrintable(migrated.errorText()));

    QFile file(QStringLiteral(CISIAMO_SOURCE_DIR "/sqlite/schema.sql"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString snapshot = QString::fromUtf8(file.readAll());
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snapshot"));
        db.setDatabaseName(dir.filePath(QStringLiteral("snapshot.sqlite")));
        QVERIFY(db.open());
        for (const QString &statement : splitSqlStatements(snapshot))
            QVERIFY2(QSqlQuery(db).exec(statement), qPrintable(statement.left(120)));
        const QStringList expected = schemaObjects(migrated.db());
        const QStringList actual = schemaObjects(db);
        if (expected != actual) {
            auto fresh = schemaSql(migrated.db());
            QVERIFY(fresh.ok());
            QFAIL("sqlite/schema.sql differs from a fresh migration: regenerate it with "
                  "`build/app/cisiamo schema > sqlite/schema.sql`");
        }
        QCOMPARE(schemaVersion(db).value(), latestSchemaVersion());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
}

void TestMigrator::migratingTwiceIsANoOp()
{
    testsupport::TestDatabase database(false);
    QVERIFY(database.isValid());
    const QStringList before = schemaObjects(database.db());
    auto applied = migrate(database.db());
    QVERIFY(applied.ok());
    QCOMPARE(*applied, 0);
    QCOMPARE(schemaObjects(database.db()), before);
    QCOMPARE(schemaVersion(database.db()).value(), latestSchemaVersion());
}

void TestMigrator::everyTableIsLoggedAndEveryForeignKeyIndexed()
{
    testsupport::TestDatabase database(false);
    const QSqlDatabase db = database.db();
    const QStringList bookkeeping = { QStringLiteral("local_config"), QStringLiteral("session_context"),
                                      QStringLiteral("id_allocator"), QStringLiteral("change_log"),
                                      // derived from the stock ledger by a trigger on every workstation
                                      QStringLiteral("stock_balance"), QStringLiteral("stock_snapshot"),
                                      QStringLiteral("stock_snapshot_day"), QStringLiteral("volunteer_backlog"),
                                      QStringLiteral("volunteer_backlog_dirty"),
                                      // the field merge's own state, local like sync_* (0032)
                                      QStringLiteral("merge_group_state") };
    QSqlQuery tables(db);
    QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    int checked = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        // sync_*: the sync engine's bookkeeping, local to each database (0004_sync.sql).
        if (bookkeeping.contains(table) || table.startsWith(QLatin1String("sync_")))
            continue;
        ++checked;
        for (const QString op : { QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete") }) {
            auto trigger = queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?"),
                                      { QStringLiteral("%1_log_%2").arg(table, op) });
            QVERIFY2(trigger.ok() && trigger->toInt() == 1, qPrintable(QStringLiteral("%1 has no %2 log trigger").arg(table, op)));
            // Its time comes from the connection's clock (0008_change_log_clock.sql).
            auto clocked = queryValue(db, QStringLiteral("SELECT instr(sql, 'coalesce(clock_ms,') > 0 FROM sqlite_master WHERE name = ?"),
                                      { QStringLiteral("%1_log_%2").arg(table, op) });
            QVERIFY2(clocked.ok() && clocked->toBool(),
                     qPrintable(QStringLiteral("%1_log_%2 does not read session_context.clock_ms (scripts/gen_triggers.py)").arg(table, op)));
        }
        // Each foreign key column is the first column of some index (or the primary key).
        QSqlQuery fks(db);
        QVERIFY(fks.exec(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list('%1')").arg(table)));
        while (fks.next()) {
            const QString column = fks.value(0).toString();
            auto indexed = queryValue(db, QStringLiteral(
                "SELECT count(*) FROM pragma_index_list(?) l JOIN pragma_index_info(l.name) i ON i.seqno = 0 WHERE i.name = ?"),
                { table, column });
            auto isPk = queryValue(db, QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ? AND pk = 1"),
                                   { table, column });
            QVERIFY2((indexed.ok() && indexed->toInt() > 0) || (isPk.ok() && isPk->toInt() > 0),
                     qPrintable(QStringLiteral("%1.%2 references another table without an index").arg(table, column)));
        }
    }
    QVERIFY(checked >= 8);
}

void TestMigrator::failedMigrationLeavesPreviousVersion()
{
    // A migration fails half way: what it did before the failure is rolled
    // back with it and user_version stays where it was.
    testsupport::TestDatabase database(false);
    const QSqlDatabase db = database.db();
    const int version = schemaVersion(db).value();
    const Migration broken{ version + 1, QStringLiteral("broken"), QString() };
    const Status s = applyMigrationScript(db, broken, QStringLiteral(
        "CREATE TABLE half_done(x);\nINSERT INTO half_done VALUES (1);\nCREATE TABLE local_config(x);"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("db.migration_failed"));
    QCOMPARE(s.error().args.value(0), QString::number(version + 1));
    auto exists = queryValue(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
    QCOMPARE(exists->toInt(), 0);
    QCOMPARE(schemaVersion(db).value(), version);

    const Status good = applyMigrationScript(db, broken, QStringLiteral("CREATE TABLE fine(x);"));
    QVERIFY(good.ok());
    QCOMPARE(schemaVersion(db).value(), version + 1);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
