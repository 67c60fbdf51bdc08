// A workstation killed (SIGKILL) at random moments while it writes rows,
// exports sync files or imports them, many times: every committed row is
// still there, the database passes its integrity check, the folder holds
// only complete files, and the exchange resumes where it stopped.
// SYNC_CRASH_ITERATIONS raises the number of kills (default: a few seconds).

#include "core/db/connectionstate.h"
#include "core/db/dbchecks.h"
#include "core/sync/room.h"
#include "core/sync/syncfile.h"
#include "syncfixtures.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace core;
using namespace core::sync;
using namespace syncfixtures;

namespace {

int iterations(int fallback)
{
    const int fromEnv = qEnvironmentVariableIntValue("SYNC_CRASH_ITERATIONS");
    return fromEnv > 0 ? fromEnv : fallback;
}

// Starts the helper and kills it (SIGKILL) once it has printed `commits`
// "committed" lines (writer), or `ms` after it is ready (importer: where
// the kill falls inside the import is what varies; nothing is asserted on
// how much was done). A generous limit, never reached, guards a hung child.
QByteArray runAndKill(const QStringList &arguments, int commits, int ms = 0)
{
    constexpr int limitMs = 10 * 60 * 1000;
    QProcess child;
    child.start(QStringLiteral(SYNC_CRASH_HELPER), arguments);
    if (!child.waitForStarted(limitMs))
        return {};
    QByteArray out;
    while (!out.contains("ready\n") && child.waitForReadyRead(limitMs))
        out += child.readAllStandardOutput();
    while (out.count("committed ") < commits && child.waitForReadyRead(limitMs))
        out += child.readAllStandardOutput();
    if (ms > 0)
        child.waitForFinished(ms); // the importer never finishes by itself
    child.kill();
    child.waitForFinished(limitMs);
    out += child.readAllStandardOutput();
    return out;
}

QList<qint64> committedIds(const QByteArray &out)
{
    QList<qint64> ids;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("committed "))
            ids.append(line.mid(10).toLongLong());
    return ids;
}

void verifyDatabase(const QString &path, const QList<qint64> &ids)
{
    auto connection = openDatabase(path);
    QVERIFY2(connection, qPrintable(connection.error().code));
    auto check = checkDatabase(connection->db());
    QVERIFY(check);
    QVERIFY2(
        check->isClean(), qPrintable((check->integrityProblems + check->foreignKeyProblems).join(QLatin1Char('\n'))));
    for (qint64 id : ids)
        QVERIFY2(value(connection->db(), QStringLiteral("SELECT count(*) FROM volunteer_service WHERE id = ?"), { id })
                     .toInt()
                == 1,
            qPrintable(QStringLiteral("committed row %1 lost").arg(id)));
}

} // namespace

class TestSyncCrash : public QObject {
    Q_OBJECT
private slots:
    void killedWhileWritingAndExporting();
    void killedWhileImporting();
};

void TestSyncCrash::killedWhileWritingAndExporting()
{
    testsupport::TestDatabase a(true, 1);
    QVERIFY(a.isValid());
    const QString path = a.path();
    a.close();
    QTemporaryDir folder;
    QRandomGenerator random(20240502);
    QList<qint64> committed;
    const int kills = iterations(10);
    for (int i = 0; i < kills; ++i) {
        const QByteArray out
            = runAndKill({ QStringLiteral("write"), path, folder.path() }, 2 + int(random.bounded(12)));
        committed += committedIds(out);
        verifyDatabase(path, committed);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(committed.size() > kills, "the helper committed too little to prove anything");

    // Every file under a sync file name is complete; half-written ones
    // only ever exist under QSaveFile's temporary names.
    QByteArray key;
    {
        auto reader = core::openDatabase(path);
        QVERIFY(reader.ok());
        key = Room::key(reader->db());
    }
    for (const QString &name : syncFiles(folder.path())) {
        auto content = decodeSyncFile(readFile(QDir(folder.path()).filePath(name)), name, key);
        QVERIFY2(content, qPrintable(name + QLatin1Char(' ') + content.error().code));
    }

    // The exchange resumes: a last export, and another workstation ends
    // with every committed row, with no gap and no refused file.
    auto connection = openDatabase(path);
    QVERIFY(connection);
    setSessionOperator(connection->db(), QStringLiteral("test"));
    QVERIFY(SyncExporter(connection->db()).exportTo(ExportOptions { folder.path(), 20000, {} }));
    testsupport::TestDatabase b(true, 2);
    auto report = SyncImporter(b.db()).importFrom(folder.path());
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 0);
    QCOMPARE(report->waiting.size(), 0);
    for (const QString &table : { QStringLiteral("volunteer_service"), QStringLiteral("comune_cmm") })
        QCOMPARE(testsupport::WorkstationPair::tableDump(b.db(), table),
            testsupport::WorkstationPair::tableDump(connection->db(), table));
}

void TestSyncCrash::killedWhileImporting()
{
    // A folder with many files from workstation 1.
    testsupport::TestDatabase a(true, 1);
    QTemporaryDir folder;
    for (int f = 0; f < 30; ++f) {
        for (int r = 0; r < 20; ++r)
            QVERIFY(insertService(
                a.db(), QStringLiteral("f%1r%2").arg(f).arg(r), QStringLiteral("Servizio %1.%2").arg(f).arg(r)));
        QVERIFY(write(a.db(), QStringLiteral("UPDATE comune_cmm SET notes = ? WHERE comune_id = 15146"),
            { QStringLiteral("file %1").arg(f) }));
        QVERIFY(SyncExporter(a.db()).exportTo(ExportOptions { folder.path(), 20000, {} }));
    }
    testsupport::TestDatabase b(true, 2);
    const QString path = b.path();
    b.close();
    QRandomGenerator random(20240503);
    const int kills = iterations(6);
    for (int i = 0; i < kills; ++i) {
        runAndKill({ QStringLiteral("import"), path, folder.path() }, 0, 1 + int(random.bounded(120)));
        verifyDatabase(path, {});
        if (QTest::currentTestFailed())
            return;
    }
    auto connection = openDatabase(path);
    QVERIFY(connection);
    setSessionOperator(connection->db(), QStringLiteral("test"));
    auto report = SyncImporter(connection->db()).importFrom(folder.path());
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 0);
    QCOMPARE(report->waiting.size(), 0);
    for (const QString &table : { QStringLiteral("volunteer_service"), QStringLiteral("comune_cmm") })
        QCOMPARE(testsupport::WorkstationPair::tableDump(connection->db(), table),
            testsupport::WorkstationPair::tableDump(a.db(), table));
    QCOMPARE(value(connection->db(), QStringLiteral("SELECT count(*) FROM sync_import")).toInt(), 30);
}

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
