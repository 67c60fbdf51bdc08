// Files complete or absent. The real program runs each command that writes
// a file with a small file size limit (RLIMIT_FSIZE, SIGXFSZ ignored: past
// the limit write() fails with EFBIG, as on a full disk or a FAT32 key);
// it must exit 1 with a message naming the file, leave no partial or
// temporary file, and move no position or register: run again without the
// limit, it writes the same things. Needs no root.
//
// The test keeps its own connection open on the database, so that the
// child finds the -shm already sized, never checkpoints, and writes only
// the WAL (emptied before each run), at offsets below the limit.

#include "../volunteers/volunteerfixture.h"
#include "support/testdatabase.h"
#include "support/testaccounts.h"

#include "core/db/backup.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/db/idallocator.h"
#include "core/sync/syncexporter.h"
#include "volunteers/domain/activationledger.h"

#include <QDir>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {

using Run = testsupport::ProcessResult;

// The program with the file size limit (0: none), in Italian.
Run runCisiamo(const QString &database, const QStringList &arguments, qint64 fileSizeLimit)
{
    // Signed in as createRoleAccounts()' coordinator.
    const QStringList all = QStringList { QStringLiteral("--db"), database, QStringLiteral("--lang"), QStringLiteral("it"),
                                QStringLiteral("--user"), QStringLiteral("coord") }
        + arguments;
    const QHash<QString, QString> signIn { { QStringLiteral("CISIAMO_PASSWORD"), testsupport::testPassword } };
    if (fileSizeLimit <= 0)
        return testsupport::runCisiamo(all, signIn);
    return testsupport::runCisiamo(all, signIn, [fileSizeLimit] {
        // Between fork and exec: plain system calls only. Both survive exec.
        struct rlimit limit = { rlim_t(fileSizeLimit), rlim_t(fileSizeLimit) };
        ::setrlimit(RLIMIT_FSIZE, &limit);
        struct sigaction ignore = {};
        ignore.sa_handler = SIG_IGN;
        ::sigaction(SIGXFSZ, &ignore, nullptr);
    });
}

// Every file below the folder, hidden ones (temporary files) included.
QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// Text that does not compress: sync files are compressed, and the export
// must still be larger than its file size limit.
QString noise(int seed)
{
    QRandomGenerator random(quint32(seed) + 1);
    QByteArray bytes(180, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(random.bounded(256));
    return QString::fromLatin1(bytes.toBase64());
}

bool addServices(const QSqlDatabase &db, int count)
{
    for (int i = 0; i < count; ++i) {
        core::Transaction tx(db);
        auto id = core::allocateRowId(db);
        if (!tx || !id)
            return false;
        if (!core::runQuery(db, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, ?, ?)"),
                { *id, QStringLiteral("fd%1").arg(i), QStringLiteral("Servizio di prova %1 %2").arg(i).arg(noise(i)) }))
            return false;
        if (!tx.commit())
            return false;
    }
    return true;
}

} // namespace

class TestFullDisk : public QObject {
    Q_OBJECT
private slots:
    void writeFailsWholly_data();
    void writeFailsWholly();
    void failedBackupKeepsTheOlderOnes();
    void syncExportRefusesAMissingFolder();
};

void TestFullDisk::writeFailsWholly_data()
{
    QTest::addColumn<QStringList>("arguments"); // OUT: the output folder
    QTest::addColumn<qint64>("limit");

    // Limits: above what the command writes into the WAL before its file
    // (the export's identity check writes one page; the command line's sign-in
    // writes nothing), below the file.
    // 50 changes: a file of about 11 KB, smaller than Qt's write buffer,
    // so written in one piece at commit (where a stub used to be left).
    QTest::newRow("sync export") << QStringList { "sync", "export", "--to", "OUT" } << qint64(8192);
    QTest::newRow("backup") << QStringList { "backup", "OUT/copia.sqlite" } << qint64(64 * 1024);
    QTest::newRow("report csv") << QStringList { "report", "comuni", "--format", "csv", "--out", "OUT/comuni.csv" }
                                << qint64(4096);
    QTest::newRow("report pdf") << QStringList { "report", "comuni", "--format", "pdf", "--out", "OUT/comuni.pdf" }
                                << qint64(4096);
    // The workbook (about 12 KB) is assembled in TMPDIR (its sheet's XML is
    // larger than the file), then written here.
    QTest::newRow("report xlsx") << QStringList { "report", "comuni", "--format", "xlsx", "--out", "OUT/comuni.xlsx" }
                                 << qint64(4096);
    QTest::newRow("opendata") << QStringList { "opendata", "--out", "OUT" } << qint64(4096);
    // The CSV (about 15 KB) fits, the GeoJSON (over 200 KB) does not: no
    // new CSV may be left beside the missing others.
    QTest::newRow("opendata, second file") << QStringList { "opendata", "--out", "OUT" } << qint64(64 * 1024);
    // Each attestato is a PDF of about 27 KB.
    QTest::newRow("attestati") << QStringList { "attestati", "--from", "01/03/2020", "--to", "30/04/2020", "--out",
        "OUT" } << qint64(20 * 1024);
}

void TestFullDisk::writeFailsWholly()
{
    QFETCH(QStringList, arguments);
    QFETCH(qint64, limit);

    VolunteerFixture f;
    QVERIFY2(f.ok, qPrintable(f.error));
    // Pending attestati: Rossi in March and April, Bianchi in April.
    for (const auto &[volunteer, from, to] : { std::tuple { f.rossi, QDate(2020, 3, 30), QDate(2020, 4, 2) },
             std::tuple { f.bianchi, QDate(2020, 4, 1), QDate(2020, 4, 1) } }) {
        volunteers::ActivationRequest r;
        r.eventId = f.covid;
        r.volunteerIds = { volunteer };
        r.from = from;
        r.to = to;
        r.serviceId = f.coc;
        r.comuneId = f.peschiera;
        r.place = QStringLiteral("COC");
        QVERIFY(volunteers::ActivationLedger(f.db(), f.clock).record(r).ok());
    }
    // Everything so far already exported: the next export carries 50 changes.
    QVERIFY(testsupport::createRoleAccounts(f.db()));
    QTemporaryDir earlier;
    QVERIFY(core::sync::SyncExporter(f.db()).exportTo({ earlier.path(), 20000 }).ok());
    QVERIFY(addServices(f.db(), 50));

    QTemporaryDir dir;
    const QString out = QDir(dir.path()).filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(out));
    for (QString &a : arguments)
        a.replace(QStringLiteral("OUT"), out);
    const auto count = [&](const char *sql) { return core::queryValue(f.db(), QLatin1String(sql))->toLongLong(); };
    const qint64 pending = core::sync::SyncExporter::pendingChanges(f.db()).value();
    QCOMPARE(pending, qint64(50));
    const qint64 attestati = count("SELECT count(*) FROM attestato");
    const qint64 batches = count("SELECT count(*) FROM attestato_batch");
    const qint64 exports = count("SELECT count(*) FROM sync_export");
    QVERIFY(core::runQuery(f.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());

    const Run full = runCisiamo(f.database.path(), arguments, limit);
    QCOMPARE(full.exitCode, 1);
    const QString message = QString::fromUtf8(full.err);
    QVERIFY2(message.contains(out), qPrintable(message)); // names the file
    QVERIFY2(message.contains(QStringLiteral("Non è stato possibile scrivere")), qPrintable(message)); // in Italian
    QCOMPARE(filesBelow(out).join(QLatin1Char(',')), QString()); // nothing partial, no temporary file
    QCOMPARE(core::sync::SyncExporter::pendingChanges(f.db()).value(), pending);
    QCOMPARE(count("SELECT count(*) FROM sync_export"), exports);
    QCOMPARE(count("SELECT count(*) FROM attestato"), attestati);
    QCOMPARE(count("SELECT count(*) FROM attestato_batch"), batches);

    // With room again, the same things are written.
    const Run room = runCisiamo(f.database.path(), arguments, 0);
    QVERIFY2(room.exitCode == 0, room.err.constData());
    QVERIFY(!filesBelow(out).isEmpty());
    if (arguments.first() == QLatin1String("sync")) {
        QVERIFY2(room.out.contains(QByteArrayLiteral("50 modifiche")), room.out.constData());
        QCOMPARE(core::sync::SyncExporter::pendingChanges(f.db()).value(), qint64(0));
    }
    if (arguments.first() == QLatin1String("attestati")) {
        // The numbers the failed run did not use: from 1.
        QCOMPARE(count("SELECT count(*) FROM attestato"), attestati + 3);
        QCOMPARE(filesBelow(out).filter(QStringLiteral("-000001_RSSMRA80A01F205X.pdf")).size(), 1);
    }
}

// The automatic backups are rotated only after a new one is whole.
void TestFullDisk::failedBackupKeepsTheOlderOnes()
{
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(testsupport::createRoleAccounts(database.db()));
    const QString folder = QDir(database.dir()).filePath(QStringLiteral("backups"));
    const QString older = QDir(folder).filePath(QStringLiteral("test-auto-20200101-000000.sqlite"));
    QVERIFY(core::backupDatabase(database.db(), older).ok());
    QVERIFY(core::runQuery(database.db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());

    const Run full = runCisiamo(database.path(), { "backup", "--keep", "1" }, 64 * 1024);
    QCOMPARE(full.exitCode, 1);
    QVERIFY2(QString::fromUtf8(full.err).contains(folder), full.err.constData());
    QCOMPARE(filesBelow(folder), QStringList { QFileInfo(older).fileName() });

    const Run room = runCisiamo(database.path(), { "backup", "--keep", "1" }, 0);
    QVERIFY2(room.exitCode == 0, room.err.constData());
    QCOMPARE(filesBelow(folder).size(), 1);
    QVERIFY(!filesBelow(folder).contains(QFileInfo(older).fileName())); // now rotated away
}

// With the USB key unplugged, its folder is missing: refused, nothing
// written anywhere, the changes still pending.
void TestFullDisk::syncExportRefusesAMissingFolder()
{
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(addServices(database.db(), 3));
    QVERIFY(testsupport::createRoleAccounts(database.db()));
    const qint64 pending = core::sync::SyncExporter::pendingChanges(database.db()).value();
    QTemporaryDir dir;
    const QString missing = QDir(dir.path()).filePath(QStringLiteral("chiavetta/sync"));
    const Run run = runCisiamo(database.path(), { "sync", "export", "--to", missing }, 0);
    QCOMPARE(run.exitCode, 1);
    const QString message = QString::fromUtf8(run.err);
    QVERIFY2(message.contains(missing), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("non esiste")), qPrintable(message));
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("chiavetta"))));
    QCOMPARE(filesBelow(dir.path()), QStringList());
    QCOMPARE(core::sync::SyncExporter::pendingChanges(database.db()).value(), pending);
    QCOMPARE(core::queryValue(database.db(), QStringLiteral("SELECT count(*) FROM sync_export"))->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
