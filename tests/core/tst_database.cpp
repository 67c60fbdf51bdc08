#include "core/db/backup.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schemacheck.h"
#include "core/db/schemafingerprint.h"
#include "core/ui/errortext.h"
#include "core/db/sql.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A plain SQLite file made without our program.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &s : statements)
            QVERIFY2(QSqlQuery(db).exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QSqlDatabase openDatabaseReadOnlyForTest(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-copy"));
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    db.open();
    return db;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private slots:
    void newDatabaseHasPragmasAndWorkstation();
    void backupOfAReadOnlyConnectionIsTheFastCopy_data();
    void backupOfAReadOnlyConnectionIsTheFastCopy();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesUnwritablePath();
    void missingFileWithoutCreate();
    void backsUpBeforeMigrating();
    void backupIsAConsistentCopyAndNeverOverwrites();
    void refusesASchemaNotItsVersions_data();
    void refusesASchemaNotItsVersions();
    void upgradesFromEveryOlderVersion();
};

void TestDatabase::newDatabaseHasPragmasAndWorkstation()
{
    QTemporaryDir dir;
    OpenOptions options;
    options.workstationForNew = 7;
    auto connection = openDatabase(dir.filePath(QStringLiteral("sub/folder/new.sqlite")), options);
    QVERIFY2(connection.ok(), qPrintable(connection.error().code));
    const QSqlDatabase db = connection->db();
    QCOMPARE(queryValue(db, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(queryValue(db, QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(queryValue(db, QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
    QVERIFY(queryValue(db, QStringLiteral("PRAGMA busy_timeout"))->toInt() >= 1000);
    QCOMPARE(schemaVersion(db).value(), latestSchemaVersion());
    QCOMPARE(queryValue(db, QStringLiteral("SELECT value FROM local_config WHERE key = 'workstation_number'"))->toString(),
             QStringLiteral("7"));
}

void TestDatabase::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("text file") << "text" << "db.not_sqlite";
    QTest::newRow("truncated SQLite header") << "truncated" << "db.corrupt"; // damaged, not foreign
    QTest::newRow("damaged SQLite file") << "damaged" << "db.corrupt";
    QTest::newRow("newer schema version") << "newer" << "db.newer_schema";
    QTest::newRow("another program's database") << "foreign" << "db.foreign_database";
    QTest::newRow("a folder") << "folder" << "db.not_a_file";
}

void TestDatabase::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, expectedCode);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bad.sqlite"));
    if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, "istat_code,name\n015146,Milano\n"));
    } else if (kind == QLatin1String("truncated")) {
        QVERIFY(writeFile(path, QByteArray("SQLite for", 10)));
    } else if (kind == QLatin1String("damaged")) {
        // A real database whose first page is overwritten after the header.
        testsupport::TestDatabase good(false);
        good.close();
        QFile f(good.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        for (int i = 100; i < 4096 && i < bytes.size(); ++i)
            bytes[i] = char(0xA5);
        QVERIFY(writeFile(path, bytes));
    } else if (kind == QLatin1String("newer")) {
        makeSqliteFile(path, { QStringLiteral("CREATE TABLE x(a)"),
                               QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 5) });
    } else if (kind == QLatin1String("foreign")) {
        makeSqliteFile(path, { QStringLiteral("CREATE TABLE recipes(name TEXT)") });
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("bad.sqlite")));
    }
    const QByteArray before = fileHash(path);
    auto connection = openDatabase(path);
    QVERIFY(!connection.ok());
    QCOMPARE(connection.error().code, expectedCode);
    // Never overwritten, never downgraded, no WAL left behind.
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

void TestDatabase::refusesUnwritablePath()
{
    QTemporaryDir dir;
    // A path under a regular file cannot be created, even by root.
    const QString blocker = dir.filePath(QStringLiteral("a-file"));
    QVERIFY(writeFile(blocker, "x"));
    auto connection = openDatabase(blocker + QStringLiteral("/sub/db.sqlite"));
    QVERIFY(!connection.ok());
    QCOMPARE(connection.error().code, QStringLiteral("file.cannot_create_dir"));
}

void TestDatabase::missingFileWithoutCreate()
{
    QTemporaryDir dir;
    OpenOptions options;
    options.create = false;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    auto connection = openDatabase(path, options);
    QVERIFY(!connection.ok());
    QCOMPARE(connection.error().code, QStringLiteral("db.missing"));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::backsUpBeforeMigrating()
{
    // tests/data/cisiamo-v1.sqlite was written by the first release (schema
    // 1, no reference data yet, two rows of its own). Opening it brings it to
    // the latest schema, copies the original aside first, keeps its rows and
    // its change log.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(CISIAMO_SOURCE_DIR "/tests/data/cisiamo-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto connection = openDatabase(path);
        QVERIFY2(connection.ok(), qPrintable(connection.error().code));
        const QSqlDatabase db = connection->db();
        QCOMPARE(schemaVersion(db).value(), latestSchemaVersion());
        QCOMPARE(queryValue(db, QStringLiteral("SELECT name FROM volunteer_service WHERE code = 'logistica_magazzino'"))->toString(),
                 QStringLiteral("Logistica di magazzino"));
        QCOMPARE(queryValue(db, QStringLiteral("SELECT count(*) FROM change_log WHERE operator = 'Mario Rossi'"))->toInt(), 2);
        QCOMPARE(queryValue(db, QStringLiteral("SELECT value FROM local_config WHERE key = 'workstation_name'"))->toString(),
                 QStringLiteral("Sala operativa 1"));
        // Opening again migrates nothing and copies nothing.
    }
    {
        auto again = openDatabase(path);
        QVERIFY(again.ok());
    }
    const QStringList backups = QDir(dir.path()).entryList({ QStringLiteral("old.sqlite.pre-v1-*.bak") });
    if (latestSchemaVersion() == 1) {
        QVERIFY(backups.isEmpty()); // nothing to migrate, nothing to copy
        return;
    }
    QCOMPARE(backups.size(), 1);
    // The copy is the old database, readable as such.
    auto copy = queryValue(openDatabaseReadOnlyForTest(dir.filePath(backups.first())), QStringLiteral("PRAGMA user_version"));
    QCOMPARE(copy->toInt(), 1);
}

void TestDatabase::backupIsAConsistentCopyAndNeverOverwrites()
{
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    const QString target = database.dir() + QStringLiteral("/copy.sqlite");
    QVERIFY(backupDatabase(database.db(), target).ok());
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    {
        auto copy = openDatabase(target);
        QVERIFY(copy.ok());
        QCOMPARE(queryValue(copy->db(), QStringLiteral("SELECT count(*) FROM comune_cmm"))->toInt(), 133);
    }
    const QByteArray before = fileHash(target);
    const Status again = backupDatabase(database.db(), target);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("backup.target_exists"));
    QCOMPARE(fileHash(target), before);
}

// A read-only connection makes SQLite copy row by row (its slow path: the
// copy of a table with CHECK constraints is re-encoded and laid out
// differently). The backup of a read-only connection must be the very file
// the writable one gives (the fast path), complete and checked, also while
// another connection holds an open write transaction.
void TestDatabase::backupOfAReadOnlyConnectionIsTheFastCopy_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("writerOpen");
    QTest::newRow("writable") << false << false;
    QTest::newRow("read-only") << true << false;
    QTest::newRow("read-only, a write transaction open") << true << true;
    QTest::newRow("writable, a write transaction open") << false << true;
}

void TestDatabase::backupOfAReadOnlyConnectionIsTheFastCopy()
{
    QFETCH(bool, readOnly);
    QFETCH(bool, writerOpen);
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(runQuery(database.db(),
        QStringLiteral("CREATE TABLE bulk(id INTEGER PRIMARY KEY, t TEXT NOT NULL CHECK (t <> ''), u INTEGER)"))
                .ok());
    QVERIFY(runQuery(database.db(), QStringLiteral("CREATE INDEX bulk_u ON bulk(u)")).ok());
    QVERIFY(runQuery(database.db(),
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                       "INSERT INTO bulk SELECT i, 'riga ' || i, i % 7 FROM n"))
                .ok());
    const QString reference = database.dir() + QStringLiteral("/reference.sqlite");
    QVERIFY(backupDatabase(database.db(), reference).ok());

    core::DbConnection writer;
    if (writerOpen) {
        writer = database.openAnother();
        QVERIFY(runQuery(writer.db(), QStringLiteral("BEGIN IMMEDIATE")).ok());
        QVERIFY(runQuery(writer.db(), QStringLiteral("INSERT INTO bulk VALUES (20001, 'in corso', 1)")).ok());
    }
    OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.readOnly = readOnly;
    options.checkSchema = false; // the test's own table "bulk" is not the program's schema
    auto connection = openDatabase(database.path(), options);
    QVERIFY(connection.ok());
    QCOMPARE(isReadOnly(connection->db()), readOnly);
    const QString target = database.dir() + QStringLiteral("/copy.sqlite");
    QVERIFY(backupDatabase(connection->db(), target).ok());
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));
    QCOMPARE(fileHash(target), fileHash(reference));
    if (writerOpen)
        QVERIFY(runQuery(writer.db(), QStringLiteral("ROLLBACK")).ok());

    auto copy = openDatabase(target, options);
    QVERIFY(copy.ok());
    QCOMPARE(queryValue(copy->db(), QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    QCOMPARE(queryValue(copy->db(), QStringLiteral("SELECT count(*) FROM bulk"))->toInt(), 20000);
}

// A file whose user_version says one thing and whose schema another is
// refused before anything is written (the journal mode, a backup, a
// migration), with what differs; read-only too (the window would show
// what is not there), and the check says it is damage (a backup is offered).
void TestDatabase::refusesASchemaNotItsVersions_data()
{
    QTest::addColumn<QStringList>("statements"); // run on the file without the program
    QTest::addColumn<QString>("difference");     // one of the differences reported
    QTest::newRow("dropped table") << QStringList { QStringLiteral("DROP TABLE import_file") }
                                   << "missing|table|import_file";
    QTest::newRow("dropped index") << QStringList { QStringLiteral("DROP INDEX change_log_table_row") }
                                   << "missing|index|change_log_table_row";
    // The change log depends on its triggers: a change made without them
    // would never reach the other workstations.
    QTest::newRow("dropped change-log trigger") << QStringList { QStringLiteral("DROP TRIGGER volunteer_log_insert") }
                                                << "missing|trigger|volunteer_log_insert";
    QTest::newRow("trigger rewritten") << QStringList { QStringLiteral("DROP TRIGGER volunteer_log_delete"),
        QStringLiteral("CREATE TRIGGER volunteer_log_delete AFTER DELETE ON volunteer BEGIN SELECT 1; END") }
                                       << "changed|trigger|volunteer_log_delete";
    QTest::newRow("column added") << QStringList { QStringLiteral("ALTER TABLE import_file ADD COLUMN notes TEXT") }
                                  << "extra_column|import_file|notes";
    QTest::newRow("column renamed") << QStringList { QStringLiteral("ALTER TABLE volunteer RENAME COLUMN phone TO telefono") }
                                    << "missing_column|volunteer|phone";
    QTest::newRow("column dropped") << QStringList { QStringLiteral("ALTER TABLE import_file DROP COLUMN file_name") }
                                    << "missing_column|import_file|file_name";
    QTest::newRow("column type changed") << QStringList { QStringLiteral("DROP TABLE import_file"),
        QStringLiteral("CREATE TABLE import_file (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, sha256 TEXT NOT NULL, "
                       "file_name TEXT NOT NULL DEFAULT '', imported_at INTEGER NOT NULL, operator INTEGER, "
                       "again INTEGER NOT NULL DEFAULT 0)") }
                                         << "changed_column|import_file|operator";
    QTest::newRow("extra table") << QStringList { QStringLiteral("CREATE TABLE appunti(testo TEXT)") }
                                 << "extra|table|appunti";
    QTest::newRow("extra view") << QStringList { QStringLiteral("CREATE VIEW v AS SELECT 1") } << "extra|view|v";
    // The schema of the latest version under an older number, and the other way round.
    QTest::newRow("user_version lower than the schema")
        << QStringList { QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() - 1) }
        << QString();
    QTest::newRow("user_version of a later schema")
        << QStringList { QStringLiteral("DROP TABLE import_file"), QStringLiteral("PRAGMA user_version = 8") }
        << QString();
}

void TestDatabase::refusesASchemaNotItsVersions()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, difference);
    testsupport::TestDatabase database(false);
    QVERIFY(database.isValid());
    const QString path = database.path();
    database.close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hand"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"))); // no WAL left by the edit
        for (const QString &statement : statements)
            QVERIFY2(QSqlQuery(db).exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hand"));
    const QByteArray before = fileHash(path);
    for (const bool readOnly : { false, true }) {
        OpenOptions options;
        options.create = false;
        options.readOnly = readOnly;
        auto connection = openDatabase(path, options);
        QVERIFY2(!connection.ok(), readOnly ? "read-only" : "writable");
        QCOMPARE(connection.error().code, QStringLiteral("db.schema_mismatch"));
        QVERIFY(isDamage(connection.error()));
        QCOMPARE(connection.error().args.value(0), path);
        const QStringList differences = connection.error().args.mid(2);
        QVERIFY(!differences.isEmpty());
        if (!difference.isEmpty())
            QVERIFY2(differences.contains(difference), qPrintable(differences.join(QStringLiteral("; "))));
        // Named in words (English here: no translator in this test).
        const QString message = ErrorText::describe(connection.error());
        QVERIFY2(message.contains(path), qPrintable(message));
        if (!difference.isEmpty())
            QVERIFY2(message.contains(difference.section(QLatin1Char('|'), 2)), qPrintable(message));
    }
    // Nothing written: not the file, no WAL, no backup beside it.
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    QCOMPARE(QDir(database.dir()).entryList({ QStringLiteral("*.bak") }), QStringList());
    // A tool that changes the schema on purpose may still open it.
    OpenOptions unchecked;
    unchecked.create = false;
    unchecked.migrate = false;
    unchecked.readOnly = true;
    unchecked.checkSchema = false;
    QVERIFY(openDatabase(path, unchecked).ok());
}

// Every older schema (made by the migrations up to it, as the program of
// that time made it) carries the fingerprint the build recorded for its
// version, and opens: migrated to the latest, a copy kept aside.
void TestDatabase::upgradesFromEveryOlderVersion()
{
    QTemporaryDir dir;
    const QString building = dir.filePath(QStringLiteral("building.sqlite"));
    const QString connectionName = QStringLiteral("building");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(building);
        QVERIFY(db.open());
        QVERIFY(runQuery(db, QStringLiteral("PRAGMA synchronous = OFF")).ok()); // a scratch file
        for (const Migration &m : availableMigrations()) {
            QFile file(m.resourcePath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Status applied = applyMigrationScript(db, m, QString::fromUtf8(file.readAll()));
            QVERIFY2(applied.ok(), qPrintable(m.name));
            const auto objects = readSchemaObjects(db);
            QVERIFY(objects.has_value());
            QVERIFY2(schemaFingerprint(*objects) == expectedSchemaFingerprint(m.version),
                qPrintable(QStringLiteral("version %1").arg(m.version)));
            if (m.version == latestSchemaVersion())
                break;
            const QString copy = dir.filePath(QStringLiteral("v%1.sqlite").arg(m.version));
            QVERIFY(runQuery(db, QStringLiteral("VACUUM INTO ?"), { copy }).ok());
            auto connection = openDatabase(copy);
            QVERIFY2(connection.ok(), qPrintable(QStringLiteral("version %1: %2").arg(m.version).arg(ErrorText::describe(connection.error()))));
            QCOMPARE(schemaVersion(connection->db()).value(), latestSchemaVersion());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
