// The window's start (issue 17, "first paint first"): before the first
// paint it reads the same few pages of a small and of a big file, never
// the whole file; the quick and full checks run afterwards on a worker
// thread, and damage they find raises an alert over the window that does
// not interrupt the person; files that are no database, or from a newer
// program, are still refused at open.
//
// Reads are counted by a SQLite VFS that wraps the default one (the
// program's connections go through the same SQLite library), per thread.
#include "applicationcontroller.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "sync/backgroundcheck.h"
#include "sync/databasecheckdialog.h"
#include "sync/databaserecovery.h"

#include "support/damagedfile.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include "core/db/database.h"
#include "core/db/dbchecks.h"
#include "core/db/migrator.h"
#include "core/db/sql.h"
#include "core/sync/backups.h"
#include "core/sync/syncexporter.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QSemaphore>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace {

// ---- a VFS that counts the bytes read from main database files ----

std::atomic<qint64> guiBytes { 0 };
std::atomic<qint64> workerBytes { 0 };
// A gate for the worker's reads: past `gateAt` bytes, a worker read waits
// until the gate opens (the cancel test stops the check there).
std::atomic<qint64> gateAt { -1 };
std::atomic<bool> atGate { false };
QSemaphore gateOpen;
sqlite3_vfs *realVfs = nullptr;
sqlite3_vfs countingVfs;
sqlite3_io_methods countingIo;

struct CountingFile {
    sqlite3_file base;
    bool mainDb;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<CountingFile *>(f)->real();
}

int cClose(sqlite3_file *f)
{
    return real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
}
int cRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    if (reinterpret_cast<CountingFile *>(f)->mainDb) {
        const bool gui = qApp && QThread::currentThread() == qApp->thread();
        (gui ? guiBytes : workerBytes) += amount;
        if (!gui && gateAt >= 0 && workerBytes > gateAt) {
            gateAt = -1;
            atGate = true;
            gateOpen.tryAcquire(1, 60000);
        }
    }
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int cWrite(sqlite3_file *f, const void *b, int n, sqlite3_int64 o) { return real(f)->pMethods->xWrite(real(f), b, n, o); }
int cTruncate(sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
int cSync(sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
int cFileSize(sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); }
int cLock(sqlite3_file *f, int lock) { return real(f)->pMethods->xLock(real(f), lock); }
int cUnlock(sqlite3_file *f, int lock) { return real(f)->pMethods->xUnlock(real(f), lock); }
int cCheckReserved(sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int cFileControl(sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int cSectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int cDevice(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int cShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int cShmLock(sqlite3_file *f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void cShmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
int cShmUnmap(sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }

int cOpen(sqlite3_vfs *, const char *name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<CountingFile *>(f);
    file->mainDb = (flags & SQLITE_OPEN_MAIN_DB) != 0;
    const int rc = realVfs->xOpen(realVfs, name, file->real(), flags, outFlags);
    file->base.pMethods = file->real()->pMethods ? &countingIo : nullptr;
    return rc;
}

// Version 2 of the I/O methods: no memory-mapped reads, every page goes
// through xRead and is counted.
void installCountingVfs()
{
    if (realVfs)
        return;
    realVfs = sqlite3_vfs_find(nullptr);
    countingIo = sqlite3_io_methods { 2, cClose, cRead, cWrite, cTruncate, cSync, cFileSize, cLock, cUnlock,
        cCheckReserved, cFileControl, cSectorSize, cDevice, cShmMap, cShmLock, cShmBarrier, cShmUnmap, nullptr,
        nullptr };
    countingVfs = *realVfs;
    countingVfs.zName = "counting";
    countingVfs.szOsFile = int(sizeof(CountingFile)) + realVfs->szOsFile;
    countingVfs.xOpen = cOpen;
    sqlite3_vfs_register(&countingVfs, 1);
}

void resetCounts()
{
    guiBytes = 0;
    workerBytes = 0;
}

// ---- files ----

// A test database with the accounts, its WAL checkpointed into the file,
// closed; `fillerMb` megabytes of rows added to make it big.
QString preparedDatabase(const QString &dir, int fillerMb, bool accounts = false)
{
    testsupport::TestDatabase source;
    if (!source.isValid())
        return {};
    if (accounts && !testsupport::createRoleAccounts(source.db()))
        return {};
    QSqlQuery q(source.db());
    // Rows of one of the program's own tables (a table of its own would
    // be a schema that is not the program's, refused at open).
    if (fillerMb > 0
        && !q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                  "INSERT INTO import_file(kind, sha256, file_name, imported_at) "
                                  "SELECT 'filler', hex(randomblob(32)), hex(randomblob(500)), i FROM n")
                       .arg(fillerMb * 1000)))
        return {};
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    source.close();
    const QString path = dir + QStringLiteral("/db.sqlite");
    QFile::remove(path);
    return QFile::copy(source.path(), path) ? path : QString();
}

qint64 readAtStart(const QString &path)
{
    resetCounts();
    core::OpenOptions options;
    options.create = false;
    DatabaseRecovery::Opened opened = DatabaseRecovery::openAtStart(path, options);
    if (!opened.connection || !opened.problems.isEmpty())
        return -1;
    return guiBytes + workerBytes;
}

} // namespace

class TestStart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void startReadsTheSameOnASmallAndABigFile();
    void refusedOrFoundAtOpen_data();
    void refusedOrFoundAtOpen();
    void checksRunOnAWorkerAfterTheWindow_data();
    void checksRunOnAWorkerAfterTheWindow();
    void damageRaisesAnAlertOverTheWindow();
    void aStartWithoutActionWritesNothingShared();
    void cancelInterruptsTheCheck();
    void checkFromTheMenuRunsOnAWorker_data();
    void checkFromTheMenuRunsOnAWorker();
};

void TestStart::initTestCase()
{
    installCountingVfs();
    ::declareSyncTables();
}

void TestStart::startReadsTheSameOnASmallAndABigFile()
{
    QTemporaryDir smallDir, bigDir;
    const QString small = preparedDatabase(smallDir.path(), 0);
    const QString big = preparedDatabase(bigDir.path(), 24);
    QVERIFY(!small.isEmpty() && !big.isEmpty());
    const qint64 bigSize = QFileInfo(big).size();
    QVERIFY(bigSize > 4 * QFileInfo(small).size());

    const qint64 smallRead = readAtStart(small);
    const qint64 bigRead = readAtStart(big);
    QVERIFY(smallRead > 0 && bigRead > 0);
    // The same pages (a page or two more for the deeper trees of the big
    // file), whatever the size; a whole-file check would read it all.
    QVERIFY2(bigRead <= smallRead + 4 * 4096,
        qPrintable(QStringLiteral("%1 bytes read on the small file, %2 on the big one").arg(smallRead).arg(bigRead)));
    QVERIFY2(bigRead < bigSize / 20, qPrintable(QString::number(bigRead)));

    // The counter sees whole-file work: quick_check reads every page.
    core::OpenOptions options;
    options.create = false;
    auto connection = core::openDatabase(big, options);
    QVERIFY(connection);
    resetCounts();
    QVERIFY(core::checkDatabase(connection->db(), true));
    QVERIFY2(guiBytes > bigSize / 2, qPrintable(QString::number(guiBytes)));
}

void TestStart::refusedOrFoundAtOpen_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code"); // refused at open with this error; empty: it opens
    QTest::addColumn<bool>("problems"); // it opens, and the start check finds a problem (the window offers a backup)
    QTest::newRow("intact") << QString() << QString() << false;
    QTest::newRow("not a database") << "text" << "db.not_sqlite" << false;
    QTest::newRow("newer program") << "newer" << "db.newer_schema" << false;
    QTest::newRow("zeroed header") << "zeroed header" << "db.corrupt" << false;
    QTest::newRow("empty") << "empty" << "db.empty" << false;
    QTest::newRow("cut in half") << "truncated" << "db.corrupt" << false;
    // SQLite compares the header's page count with the file at the first read.
    QTest::newRow("last pages cut") << "cut end" << "db.corrupt" << false;
    QTest::newRow("free pages beyond the file") << "free pages" << QString() << true;
    // A schema that is not what its version says (a change-log trigger
    // dropped with sqlite3): refused before anything is written.
    QTest::newRow("trigger dropped by hand") << "dropped trigger" << "db.schema_mismatch" << false;
    // Deep inside: for the checks after the first paint.
    QTest::newRow("damaged table page") << "table page" << QString() << false;
    QTest::newRow("damaged index page") << "index page" << QString() << false;
}

void TestStart::refusedOrFoundAtOpen()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(bool, problems);
    QTemporaryDir dir;
    const QString path = preparedDatabase(dir.path(), kind == QLatin1String("cut end") ? 2 : 0);
    QVERIFY(!path.isEmpty());
    if (kind == QLatin1String("cut end")) {
        // A copy cut short: the filler's last pages are gone, the schema is whole.
        QVERIFY(QFile::resize(path, QFileInfo(path).size() - 64 * 1024));
    } else if (kind == QLatin1String("free pages")) {
        // The header's free-page count (offset 36) beyond any page.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(36));
        QCOMPARE(f.write(QByteArray::fromHex("7fffffff")), 4);
    } else if (kind == QLatin1String("text")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray("nome;cognome\nMario;Rossi\n").repeated(400));
    } else if (kind == QLatin1String("dropped trigger")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("by-hand"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER stock_movement_log_insert")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("by-hand"));
    } else if (kind == QLatin1String("newer")) {
        auto c = core::openDatabase(path);
        QVERIFY(c);
        QVERIFY(core::runQuery(c->db(), QStringLiteral("PRAGMA user_version = %1").arg(core::latestSchemaVersion() + 1)));
    } else if (!kind.isEmpty()) {
        const QString damaged = testsupport::damageDatabaseFile(path, kind);
        QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
    }
    core::OpenOptions options;
    options.create = false;
    DatabaseRecovery::Opened opened = DatabaseRecovery::openAtStart(path, options);
    QCOMPARE(opened.connection.has_value(), code.isEmpty());
    if (!code.isEmpty())
        QCOMPARE(opened.status.error().code, code);
    else if (problems)
        QVERIFY(!opened.problems.isEmpty());
    else
        QVERIFY2(opened.problems.isEmpty(), qPrintable(opened.problems.join('\n')));
}

void TestStart::checksRunOnAWorkerAfterTheWindow_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("quick check finds it") << "table page";
    QTest::newRow("only the full check finds it") << "index page";
}

void TestStart::checksRunOnAWorkerAfterTheWindow()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = preparedDatabase(dir.path(), 4);
    QVERIFY(!path.isEmpty());
    QVERIFY(testsupport::damageDatabaseFile(path, kind).isEmpty());
    resetCounts();
    BackgroundCheck check;
    QSignalSpy spy(&check, &BackgroundCheck::finished);
    check.start(path);
    QVERIFY(spy.wait(600000)); // a limit, not a measure
    QVERIFY(spy.first().at(1).toBool());
    QVERIFY(!spy.first().at(2).toStringList().isEmpty());
    QVERIFY(check.checkThread() && check.checkThread() != qApp->thread());
    QVERIFY2(workerBytes > QFileInfo(path).size() / 2, qPrintable(QString::number(workerBytes)));
    QCOMPARE(guiBytes.load(), 0);
}

void TestStart::damageRaisesAnAlertOverTheWindow()
{
    // A big file whose index page is damaged (only the full check sees
    // it), with an intact backup taken before the damage.
    // The backup is in the default folder (none set): next to the database.
    QTemporaryDir dir;
    const QString path = preparedDatabase(dir.path(), 8, true);
    QVERIFY(!path.isEmpty());
    AppSettings::setBackupFolder(QString());
    {
        auto c = core::openDatabase(path);
        QVERIFY(c);
        QVERIFY(core::sync::BackupManager(path, AppSettings::backupFolder()).takeBackup(c->db(), 3));
    }
    QVERIFY(testsupport::damageDatabaseFile(path, QStringLiteral("index page")).isEmpty());
    qputenv("CISIAMO_PASSWORD", testsupport::testPassword.toUtf8());

    // A modal box (the old start's check before the window, the old alert
    // after it) is noted and closed: the test fails instead of hanging.
    QStringList modalBefore, modalAfter;
    QTimer watch;
    ApplicationController *controllerSeen = nullptr;
    connect(&watch, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            (controllerSeen && controllerSeen->window() ? modalAfter : modalBefore).append(box->text());
            box->reject();
        }
    });
    watch.start(20);

    resetCounts();
    ApplicationController controller(path, QStringLiteral("coord"));
    controllerSeen = &controller;
    QVERIFY(controller.start());
    const qint64 beforeWindow = guiBytes;
    QVERIFY(controller.window() && controller.window()->isVisible());
    QVERIFY2(modalBefore.isEmpty(), qPrintable(modalBefore.join('\n')));
    // Nothing whole-file on the GUI thread before the window was shown.
    QVERIFY2(beforeWindow < QFileInfo(path).size() / 10, qPrintable(QString::number(beforeWindow)));

    QMessageBox *alert = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        ((alert = controller.window()->findChild<QMessageBox *>(QStringLiteral("databaseDamagedAlert")))
            && alert->isVisible())
            || !modalAfter.isEmpty(),
        600000);
    watch.stop();
    QVERIFY2(modalAfter.isEmpty(), qPrintable(modalAfter.join('\n')));
    // Found on the worker, shown over the window, not modal: the window
    // and whatever the person was doing in it stay.
    QVERIFY(workerBytes > QFileInfo(path).size() / 2);
    QVERIFY(!alert->isModal());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(controller.window()->isVisible());
    QVERIFY(alert->text().contains(path));
    QVERIFY(!alert->detailedText().isEmpty());
    QStringList labels;
    for (QAbstractButton *b : alert->buttons())
        labels.append(b->text());
    QVERIFY2(labels.contains(RecoveryPlan::label(RecoveryPlan::Choice::Restore)), qPrintable(labels.join('|')));
    QCOMPARE(DatabaseRecovery::choiceOf(alert->defaultButton()), RecoveryPlan::Choice::Restore);
    QVERIFY(labels.contains(RecoveryPlan::label(RecoveryPlan::Choice::ContinueAnyway)));

    // Going on with the damaged file closes the alert, the window stays.
    for (QAbstractButton *b : alert->buttons())
        if (DatabaseRecovery::choiceOf(b) == RecoveryPlan::Choice::ContinueAnyway) {
            b->click();
            break;
        }
    QTRY_VERIFY(!controller.window()->findChild<QMessageBox *>(QStringLiteral("databaseDamagedAlert")));
    QVERIFY(controller.window()->isVisible());

    // Sincronizzazione > Controlla il database finds the damage again, on
    // a worker, in a dialog that leaves the window usable.
    QAction *checkAction = nullptr;
    for (QAction *a : controller.window()->findChildren<QAction *>())
        if (a->text() == MainWindow::tr("&Check the database"))
            checkAction = a;
    QVERIFY(checkAction);
    checkAction->trigger();
    auto *checkDialog = controller.window()->findChild<DatabaseCheckDialog *>();
    QVERIFY(checkDialog && checkDialog->isVisible() && !checkDialog->isModal());
    QTRY_VERIFY_WITH_TIMEOUT(checkDialog->isDone(), 600000);
    QVERIFY(checkDialog->foundDamage());
    QVERIFY(checkDialog->check()->checkThread() != qApp->thread());
    qunsetenv("CISIAMO_PASSWORD");
}

void TestStart::aStartWithoutActionWritesNothingShared()
{
    // The window started on a file of a room with a sync folder, signed in
    // from the environment and closed (File › Quit) without anything done,
    // twice. The start itself writes nothing that travels: the change log
    // gets who signed in and out (audit_event, shared), and both have left
    // with the session's last export. The sign-out used to be written when
    // the program ended, after that export: one change left unsent by
    // every session.
    QTemporaryDir dir;
    const QString path = preparedDatabase(dir.path(), 0, true);
    QVERIFY(!path.isEmpty());
    const QString folder = dir.filePath(QStringLiteral("sync"));
    QVERIFY(QDir().mkpath(folder));
    AppSettings::setBackupFolder(QString());
    AppSettings::setSyncFolder(folder);
    qputenv("CISIAMO_PASSWORD", testsupport::testPassword.toUtf8());
    const auto cleanup = qScopeGuard([] {
        qunsetenv("CISIAMO_PASSWORD");
        AppSettings::setSyncFolder(QString());
    });
    const QString lastSeq = QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log");
    // Only the change log is compared: this workstation's own bookkeeping
    // (sync positions, the automatic backup, derived caches the Cruscotto
    // fills) may change, and never travels.
    qint64 seq = 0;
    {
        auto c = core::openDatabase(path);
        QVERIFY(c);
        seq = core::queryValue(c->db(), lastSeq)->toLongLong();
    }
    for (int start = 1; start <= 2; ++start) {
        {
            ApplicationController controller(path, QStringLiteral("coord"));
            QVERIFY(controller.start());
            QVERIFY(controller.window() && controller.window()->isVisible());
            auto reader = core::openDatabase(path);
            QVERIFY(reader);
            // The first sync round sends the sign-in.
            QTRY_COMPARE_WITH_TIMEOUT(core::sync::SyncExporter::pendingChanges(reader->db()).value(), qint64(0), 120000);
            controller.window()->close(); // File › Quit
        }
        auto c = core::openDatabase(path);
        QVERIFY(c);
        QStringList written;
        QSqlQuery q(c->db());
        q.prepare(QStringLiteral("SELECT table_name, operation FROM change_log WHERE seq > ? ORDER BY seq"));
        q.addBindValue(seq);
        QVERIFY(q.exec());
        while (q.next())
            written.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
        QCOMPARE(written, QStringList({ QStringLiteral("audit_event I"), QStringLiteral("audit_event I") }));
        QCOMPARE(core::sync::SyncExporter::pendingChanges(c->db()).value(), qint64(0)); // both sent
        seq = core::queryValue(c->db(), lastSeq)->toLongLong();
    }
}

void TestStart::cancelInterruptsTheCheck()
{
    // Closing the database (a restore, quitting) must not wait for the
    // whole check of a big file: the check is stopped where it is.
    QTemporaryDir dir;
    const QString path = preparedDatabase(dir.path(), 16);
    QVERIFY(!path.isEmpty());
    const qint64 size = QFileInfo(path).size();
    resetCounts();
    atGate = false;
    gateAt = size + size / 10; // in the full stage: quick_check has read the file once
    BackgroundCheck check;
    QSignalSpy spy(&check, &BackgroundCheck::finished);
    check.start(path);
    QTRY_VERIFY_WITH_TIMEOUT(atGate, 600000);
    // The worker waits at the gate; cancel() interrupts it and waits for
    // it, so the gate opens from another thread a moment later.
    std::thread opener([] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        gateOpen.release();
    });
    check.cancel();
    opener.join();
    QVERIFY(!check.isRunning());
    const qint64 read = workerBytes;
    // Without the interrupt the full check would go on to read the rest.
    QVERIFY2(read < size + size / 5, qPrintable(QStringLiteral("%1 of %2").arg(read).arg(2 * size)));
    QTest::qWait(50);
    QCOMPARE(spy.count(), 0); // interrupted: neither intact nor damaged
}

void TestStart::checkFromTheMenuRunsOnAWorker_data()
{
    QTest::addColumn<QString>("kind"); // empty: intact
    QTest::newRow("intact") << QString();
    QTest::newRow("damage only the full check finds") << "index page";
}

// Sincronizzazione > Controlla il database: the check reads the file on
// the worker's connection only (the GUI thread reads nothing), the dialog
// says it is running meanwhile, and the outcome (damage too) is shown.
void TestStart::checkFromTheMenuRunsOnAWorker()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = preparedDatabase(dir.path(), 4);
    QVERIFY(!path.isEmpty());
    if (!kind.isEmpty())
        QVERIFY(testsupport::damageDatabaseFile(path, kind).isEmpty());
    resetCounts();
    DatabaseCheckDialog dialog(path);
    QSignalSpy done(&dialog, &DatabaseCheckDialog::checkFinished);
    dialog.show();
    QVERIFY(dialog.isChecking() || !done.isEmpty()); // "in progress" until the answer
    QVERIFY(done.wait(600000) || !done.isEmpty()); // a limit, not a measure
    QVERIFY(dialog.isDone());
    QCOMPARE(dialog.foundDamage(), !kind.isEmpty());
    QVERIFY(dialog.findChild<QProgressBar *>()->isHidden());
    const QString text = dialog.findChild<QLabel *>(QStringLiteral("checkText"))->text();
    QVERIFY2(kind.isEmpty() ? !text.contains(QStringLiteral("b71c1c")) : text.contains(QStringLiteral("b71c1c")),
             qPrintable(text));
    QVERIFY(dialog.check()->checkThread() && dialog.check()->checkThread() != qApp->thread());
    QVERIFY2(workerBytes > QFileInfo(path).size() / 2, qPrintable(QString::number(workerBytes)));
    QCOMPARE(guiBytes.load(), 0);
}

QTEST_MAIN(TestStart)
#include "tst_start.moc"
