// The database file as found on disk: damaged files are told apart from
// read-only ones and from missing ones, and are never written to.
#include "core/db/database.h"
#include "core/db/databasefile.h"
#include "core/db/dbchecks.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "support/damagedfile.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <sys/fsuid.h>
#include <unistd.h>

using namespace core;

namespace {

QByteArray hashOfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Permissions do not stop root, and the tests run as root here. Honest
// read-only conditions for root: this thread judges file access as
// "nobody" (setfsuid is per thread on Linux; with a non-zero fsuid the
// kernel drops CAP_DAC_OVERRIDE for it), so a chmod'ed file or folder is
// really read-only for SQLite's open() calls made on this thread. As an
// ordinary user the permissions work by themselves. (QFileInfo::exists and
// access() still answer for root: they use the real ids.)
class AsNobody {
public:
    AsNobody()
    {
        if (::geteuid() == 0) {
            ::setfsgid(65534); // or the root group's bits would apply
            ::setfsuid(65534);
        }
    }
    ~AsNobody()
    {
        if (::geteuid() == 0) {
            ::setfsuid(0);
            ::setfsgid(0);
        }
    }
};

QString preparedCopy(const QString &dir)
{
    testsupport::TestDatabase source;
    if (!source.isValid())
        return {};
    QSqlQuery(source.db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    source.close();
    const QString path = dir + QStringLiteral("/db.sqlite");
    QFile::remove(path);
    return QFile::copy(source.path(), path) ? path : QString();
}

} // namespace

class TestDatabaseSafety : public QObject {
    Q_OBJECT
private slots:
    void damagedFiles_data();
    void damagedFiles();
    void readOnly_data();
    void readOnly();
    void missingFileIsNotCreatedUnlessAsked();
    void headerIsNotReadWhileOpen();
};

void TestDatabaseSafety::damagedFiles_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : testsupport::damageKinds())
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestDatabaseSafety::damagedFiles()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = preparedCopy(dir.path());
    QVERIFY(!path.isEmpty());
    const QString damaged = testsupport::damageDatabaseFile(path, kind);
    QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    const QByteArray before = hashOfFile(path);
    const QString stage = testsupport::damageStage(kind);

    OpenOptions options;
    options.create = false;
    {
        auto connection = openDatabase(path, options);
        // Found no later than its stage: refused at open as damage, or by
        // the quick check before the first paint, or by the full check.
        if (stage == QLatin1String("open") || !connection.ok()) {
            QVERIFY(!connection.ok());
            QVERIFY2(isDamage(connection.error()), qPrintable(connection.error().code));
            QVERIFY(stage != QLatin1String("full"));
        } else {
            QVERIFY2(connection.ok(), qPrintable(connection.error().code + connection.error().args.join(' ')));
            auto quick = checkDatabase(connection->db(), true);
            const bool quickFinds = !quick || !quick->integrityProblems.isEmpty();
            QCOMPARE(quickFinds, stage == QLatin1String("quick"));
            auto full = checkDatabase(connection->db(), false);
            QVERIFY(!full || !full->integrityProblems.isEmpty());
        }
    }
    // Never "repaired", never turned into a new database.
    QCOMPARE(hashOfFile(path), before);
}

void TestDatabaseSafety::readOnly_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("read-only file") << "file";
    QTest::newRow("read-only folder") << "folder";
}

void TestDatabaseSafety::readOnly()
{
    QFETCH(QString, what);
    QTemporaryDir dir;
    const QString path = preparedCopy(dir.path());
    QVERIFY(!path.isEmpty());
    // "nobody" must be able to reach and read it.
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                  | QFile::ExeOther | (what == QLatin1String("folder") ? QFile::Permissions() : QFile::WriteOther)));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther
                                            | (what == QLatin1String("file") ? QFile::Permissions() : QFile::WriteOther)));
    const QByteArray before = hashOfFile(path);
    {
        AsNobody nobody;
        OpenOptions options;
        options.create = false;
        auto connection = openDatabase(path, options);
        QVERIFY2(connection.ok(), qPrintable(connection.error().code + connection.error().args.join(' ')));
        QVERIFY(!isDamage(connection.error()));
        QVERIFY(isReadOnly(connection->db()));
        QCOMPARE(readOnlyReason(connection->db()), what);
        // It reads...
        QCOMPARE(queryValue(connection->db(), QStringLiteral("SELECT count(*) FROM comune_cmm"))->toInt(), 133);
        QVERIFY(checkDatabase(connection->db(), true)->isClean());
        // ...and refuses writes politely, before SQLite does.
        Transaction tx(connection->db());
        QVERIFY(!tx);
        QCOMPARE(tx.error().code, QStringLiteral("db.read_only"));
    }
    QCOMPARE(hashOfFile(path), before);
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestDatabaseSafety::missingFileIsNotCreatedUnlessAsked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    OpenOptions options;
    options.create = false;
    auto refused = openDatabase(path, options);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("db.missing"));
    QVERIFY(!isDamage(refused.error()));
    QVERIFY(!QFile::exists(path));
    // An existing empty file is not "new": it is a database that lost its data.
    QFile empty(path);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto emptied = openDatabase(path); // even with create = true
    QVERIFY(!emptied.ok());
    QCOMPARE(emptied.error().code, QStringLiteral("db.empty"));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestDatabaseSafety::headerIsNotReadWhileOpen()
{
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(DatabaseFile::openHere(database.path()));
    QCOMPARE(DatabaseFile::readHeader(database.path()), DatabaseFile::Header::NotChecked);
    {
        auto second = database.openAnother();
        QVERIFY(second.isValid());
    }
    QVERIFY(DatabaseFile::openHere(database.path()));
    database.close();
    QVERIFY(!DatabaseFile::openHere(database.path()));
    QCOMPARE(DatabaseFile::readHeader(database.path()), DatabaseFile::Header::Sqlite);
}

QTEST_GUILESS_MAIN(TestDatabaseSafety)
#include "tst_databasesafety.moc"
