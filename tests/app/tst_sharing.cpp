// One database shared by the window and any number of command-line
// processes (issue 12): the test process plays the window, holding a GUI
// thread connection and a worker-thread connection (as the sync worker
// does), and writes on both while the real binary runs imports, reports
// and backups on the same file. Then every committed row must be there,
// integrity_check must say ok, and no descriptor may point at a deleted
// -wal (the symptom of lost locks: another process deleted the WAL the
// window still wrote into).
//
// No timing is assumed: children run to completion with generous limits,
// the test writes as many rows as it happens to while they run, and only
// what was committed is compared.
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

using namespace core;

namespace {

const int childLimitMs = 600000; // a limit for a hung child, not an expectation

bool insertProbe(const QSqlDatabase &db, const QString &who, int n)
{
    Transaction tx(db);
    if (!tx)
        return false;
    if (!runQuery(db, QStringLiteral("INSERT INTO import_file(id, kind, sha256, file_name, imported_at) "
                                         "VALUES (?, 'probe', hex(randomblob(32)), ?, ?)"), { -1 - n, who, n }))
        return false;
    return tx.commit().ok();
}

// The window's second connection: opened on its own thread after the GUI
// thread's, as the sync worker does, and used only there.
class Worker : public QObject {
    Q_OBJECT
public:
    QString path;
    DbConnection connection;
    bool ok = true;
public slots:
    void open()
    {
        auto c = openDatabase(path);
        ok = c.ok();
        if (ok)
            connection = std::move(*c);
    }
    void write(int n) { ok = ok && insertProbe(connection.db(), QStringLiteral("worker"), n); }
    void close() { connection.close(); }
};

QString readLink(const QString &link)
{
    QByteArray buffer(4096, '\0');
    const ssize_t n = ::readlink(QFile::encodeName(link).constData(), buffer.data(), size_t(buffer.size()));
    return n > 0 ? QString::fromLocal8Bit(buffer.constData(), int(n)) : QString();
}

QStringList descriptorsOnDeletedWal()
{
    QStringList found;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = readLink(fds.filePath(fd));
        if ((target.contains(QLatin1String("-wal")) || target.contains(QLatin1String("-shm")))
            && target.endsWith(QLatin1String("(deleted)")))
            found.append(target);
    }
    return found;
}

} // namespace

class TestSharing : public QObject {
    Q_OBJECT
private slots:
    void windowAndCommandLineShareOneDatabase();
};

void TestSharing::windowAndCommandLineShareOneDatabase()
{
    testsupport::TestDatabase window; // the GUI thread's connection
    QVERIFY2(window.isValid(), qPrintable(window.errorText()));
    QVERIFY(testsupport::createRoleAccounts(window.db())); // the command line signs in as "coord"
    // The probe rows go into one of the program's own tables (a table of
    // the test's would be a schema the command line refuses to open), with
    // ids of their own below the allocator's.
    int committed = 0;
    QVERIFY(insertProbe(window.db(), QStringLiteral("gui"), committed++));

    QThread thread;
    Worker worker;
    worker.path = window.path();
    worker.moveToThread(&thread);
    thread.start();
    // However the test ends, the worker's connection closes on its thread.
    const auto stopWorker = qScopeGuard([&] {
        if (thread.isRunning()) {
            QMetaObject::invokeMethod(&worker, &Worker::close, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        }
    });
    QMetaObject::invokeMethod(&worker, &Worker::open, Qt::BlockingQueuedConnection);
    QVERIFY(worker.ok);
    QMetaObject::invokeMethod(&worker, "write", Qt::BlockingQueuedConnection, Q_ARG(int, committed++));
    QVERIFY(worker.ok);

    QTemporaryDir scratch;
    int pupils = 0;
    const int rounds = 9;
    for (int round = 0; round < rounds; ++round) {
        QStringList arguments { QStringLiteral("--db"), window.path(), QStringLiteral("--user"), QStringLiteral("coord") };
        QString backup;
        const int kind = round % 3;
        const int committedBefore = committed;
        if (kind == 0) {
            // An import, as a cron job or a second operator would run it.
            const QString csv = scratch.filePath(QStringLiteral("pupils-%1.csv").arg(round));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("code,family_name,given_name,birth_year,school_order,class_year,comune,consent_on\n");
            for (int i = 0; i < 3; ++i)
                f.write(QStringLiteral("R%1P%2,Galli,Sofia,2008,media,2,Cisliano,01/02/2021\n").arg(round).arg(i).toUtf8());
            f.close();
            arguments << QStringLiteral("import") << QStringLiteral("pupils") << csv;
            pupils += 3;
        } else if (kind == 1) {
            arguments << QStringLiteral("report") << QStringLiteral("comuni") << QStringLiteral("--format")
                      << QStringLiteral("csv");
        } else {
            backup = scratch.filePath(QStringLiteral("backup-%1.sqlite").arg(round));
            arguments << QStringLiteral("backup") << backup;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("CISIAMO_PASSWORD"), testsupport::testPassword);
        child.setProcessEnvironment(env);
        child.start(QStringLiteral(CISIAMO_BINARY), arguments);
        QVERIFY(child.waitForStarted(childLimitMs));
        // The window goes on working while the command runs.
        int spins = 0;
        while (!child.waitForFinished(10)) {
            QVERIFY(insertProbe(window.db(), QStringLiteral("gui"), committed++));
            QMetaObject::invokeMethod(&worker, "write", Qt::BlockingQueuedConnection, Q_ARG(int, committed++));
            QVERIFY(worker.ok);
            QVERIFY2(++spins < childLimitMs / 10, "a child process hung");
        }
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
            qPrintable(arguments.join(' ') + QLatin1Char('\n') + QString::fromUtf8(child.readAllStandardError())));
        // And after it, on both connections.
        QVERIFY(insertProbe(window.db(), QStringLiteral("gui"), committed++));
        QMetaObject::invokeMethod(&worker, "write", Qt::BlockingQueuedConnection, Q_ARG(int, committed++));
        QVERIFY(worker.ok);

        // The window sees what the command committed...
        QCOMPARE(queryValue(window.db(), QStringLiteral("SELECT count(*) FROM tutoring_pupil"))->toInt(), pupils);
        // ...and the command saw what the window had committed.
        if (!backup.isEmpty()) {
            auto copy = openDatabase(backup, OpenOptions { false, false, true, 1 });
            QVERIFY(copy.ok());
            QVERIFY(queryValue(copy->db(), QStringLiteral("SELECT count(*) FROM import_file WHERE kind = 'probe'"))->toInt() >= committedBefore);
        }
        // Nobody deleted the WAL under the window's feet.
        QCOMPARE(descriptorsOnDeletedWal(), QStringList());
    }

    QMetaObject::invokeMethod(&worker, &Worker::close, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    window.close();

    OpenOptions inspect;
    inspect.create = false;
    inspect.readOnly = true;
    auto after = openDatabase(window.path(), inspect);
    QVERIFY(after.ok());
    QCOMPARE(queryValue(after->db(), QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    QCOMPARE(queryValue(after->db(), QStringLiteral("SELECT count(*) FROM import_file WHERE kind = 'probe'"))->toInt(), committed);
    QCOMPARE(queryValue(after->db(), QStringLiteral("SELECT count(DISTINCT imported_at) FROM import_file WHERE kind = 'probe'"))->toInt(), committed);
    QCOMPARE(queryValue(after->db(), QStringLiteral("SELECT count(*) FROM tutoring_pupil"))->toInt(), pupils);
}

QTEST_GUILESS_MAIN(TestSharing)
#include "tst_sharing.moc"
