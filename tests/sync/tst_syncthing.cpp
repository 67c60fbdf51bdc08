// Two workstations whose sync folders are kept together by two real
// Syncthing instances (the Debian package), on the loopback interface
// only: receipts recorded on each arrive on the other; imports run while
// Syncthing copies a big file (its temporary file in the folder); leftover
// temporary files and an identical conflict copy are ignored, by the
// program's `sync import` and `sync status` too; a real conflict copy made
// by Syncthing (the same name written apart on both sides) is reported as
// damaged while the rest is applied; both end with the same rows and the
// same stock reports. The slots are one story, run in order on the same two
// instances (starting Syncthing is the slow part). About 10 s; label
// "syncthing"; skipped when Syncthing is not installed.

#include "core/domain/clock.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncfolder.h"
#include "core/sync/syncimporter.h"
#include "moduleregistry.h"
#include "stock/domain/receiptservice.h"
#include "stock/domain/stockcatalog.h"
#include "support/testaccounts.h"
#include "support/workstationpair.h"
#include "syncthingdevice.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using testsupport::WorkstationPair;

namespace {

// Long enough for a loaded machine: on loopback the two connect within
// seconds of starting, and a delivery takes less than a second.
constexpr int connectLimitMs = 40000;
constexpr int deliveryLimitMs = 60000;

// The sync files (with conflict copies) of a folder and their bytes.
using FolderFiles = QMap<QString, QByteArray>;

FolderFiles syncFilesIn(const QString &folder)
{
    FolderFiles files;
    const QDir dir(folder);
    for (const QString &name :
        dir.entryList({ QStringLiteral("*") + core::sync::syncFileSuffix }, QDir::Files | QDir::Hidden)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

QString syncthingError(const core::Error &e)
{
    return e.code + QLatin1Char(' ') + e.args.join(QLatin1Char(' '));
}

QString refusals(const core::sync::ImportReport &report)
{
    QStringList names;
    for (const core::sync::SkippedFile &f : report.refused)
        names.append(f.fileName + QStringLiteral(": ") + syncthingError(f.reason));
    return names.join(QStringLiteral("; "));
}

qint64 syncthingNumber(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toLongLong() : -1;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSyncthing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void aReceiptRecordedOnOneArrivesOnTheOther();
    void importsWhileSyncthingCopiesDoNotFail();
    void temporaryFilesAndIdenticalConflictCopiesAreIgnored();
    void aConflictCopyMadeBySyncthingIsReportedAsDamaged();
    void bothWorkstationsEndTheSame();
    void cleanupTestCase();

private:
    QString folderOf(int station) const { return (station == 0 ? m_deviceA : m_deviceB)->folder(); }
    SyncthingDevice &device(int station) { return station == 0 ? *m_deviceA : *m_deviceB; }
    // Makes, starts and connects the two instances: empty, or what failed.
    QString startSyncthing();
    // Exports from a workstation into its own folder and has Syncthing
    // scan it at once. The names of the new files.
    QStringList exportFrom(int station);
    // Waits until Syncthing made both folders hold the same sync files,
    // importing into `importing` (0, 1, or -1 for none) on every look
    // meanwhile: what Syncthing leaves while it copies must never make an
    // import fail. False (with the folders' names) on time out.
    bool waitUntilFoldersAgree(int importing);
    core::Result<core::sync::ImportReport> importInto(int station);
    qint64 receipt(int station, core::Grams grams, const QDate &date);
    qint64 pastaInStock(int station) const;

    std::unique_ptr<WorkstationPair> m_pair;
    std::unique_ptr<SyncthingDevice> m_deviceA; // workstation 1's folder
    std::unique_ptr<SyncthingDevice> m_deviceB; // workstation 2's folder
    std::vector<std::unique_ptr<core::Module>> m_modules;
    core::ReportCatalog m_catalog;
    QElapsedTimer m_elapsed;
    qint64 m_pasta = 0;
    qint64 m_donor = 0;
    QString m_conflictCopy;
};

void TestSyncthing::initTestCase()
{
    m_elapsed.start();
    if (SyncthingDevice::binary().isEmpty())
        QSKIP("Syncthing is not installed (Debian package syncthing, scripts/install-deps.sh): the test that runs "
              "two real Syncthing instances is skipped.");
    ::declareSyncTables(); // as at start: the stock ledger merges as a ledger
    m_modules = createModules();
    m_catalog = createReportCatalog(m_modules);

    m_pair = std::make_unique<WorkstationPair>(1, 2);
    QVERIFY2(m_pair->isValid(), qPrintable(m_pair->errorText()));
    // The room's accounts, made on workstation 1: they reach workstation 2
    // with the first file, and the program signs in with them there.
    QVERIFY(testsupport::createRoleAccounts(m_pair->a(), m_pair->clock()));

    // A port chosen free can be taken by someone else before Syncthing
    // binds it: then both start again on new ports.
    QString why;
    for (int attempt = 1; attempt <= 3; ++attempt) {
        why = startSyncthing();
        if (why.isEmpty())
            break;
        qWarning("Syncthing, attempt %d: %s", attempt, qPrintable(why));
    }
    QVERIFY2(why.isEmpty(), qPrintable(why));
    qInfo("Syncthing instances connected after %lld ms", m_elapsed.elapsed());
}

QString TestSyncthing::startSyncthing()
{
    m_deviceA.reset(); // a failed attempt's instances stop here
    m_deviceB.reset();
    m_deviceA = std::make_unique<SyncthingDevice>(QStringLiteral("postazione-1"));
    m_deviceB = std::make_unique<SyncthingDevice>(QStringLiteral("postazione-2"));
    for (SyncthingDevice *device : { m_deviceA.get(), m_deviceB.get() })
        if (!device->isValid())
            return device->errorText();
    if (!m_deviceA->configure(*m_deviceB) || !m_deviceB->configure(*m_deviceA)
        || !m_deviceA->start() || !m_deviceB->start())
        return m_deviceA->errorText() + m_deviceB->errorText();
    const bool connected = QTest::qWaitFor(
        [this] { return m_deviceA->connectedTo(*m_deviceB) && m_deviceB->connectedTo(*m_deviceA); }, connectLimitMs);
    if (!connected)
        return QStringLiteral("the two Syncthing instances did not connect:\n%1\n%2")
            .arg(m_deviceA->logTail(), m_deviceB->logTail());
    return QString();
}

QStringList TestSyncthing::exportFrom(int station)
{
    core::sync::SyncExporter exporter(m_pair->station(station), m_pair->clock());
    auto report = exporter.exportTo(core::sync::ExportOptions { folderOf(station), 20000, {} });
    if (!report) {
        qWarning("export failed: %s", qPrintable(syncthingError(report.error())));
        return { QStringLiteral("(export failed)") };
    }
    QStringList names;
    for (const core::sync::ExportedFile &f : report->files)
        names.append(f.fileName);
    if (!device(station).scan())
        qWarning("the Syncthing scan was not accepted: %s", qPrintable(device(station).lastRefusal()));
    return names;
}

core::Result<core::sync::ImportReport> TestSyncthing::importInto(int station)
{
    core::sync::SyncImporter importer(m_pair->station(station), m_pair->clock());
    return importer.importFrom(folderOf(station));
}

bool TestSyncthing::waitUntilFoldersAgree(int importing)
{
    QDeadlineTimer deadline(deliveryLimitMs);
    while (true) {
        if (syncFilesIn(folderOf(0)) == syncFilesIn(folderOf(1)))
            return true;
        if (importing >= 0) {
            auto imported = importInto(importing);
            if (!imported) {
                qWarning("an import while Syncthing copies failed: %s", qPrintable(syncthingError(imported.error())));
                return false;
            }
            if (!imported->refused.isEmpty()) {
                qWarning("an import while Syncthing copies refused: %s", qPrintable(refusals(*imported)));
                return false;
            }
        }
        if (deadline.hasExpired())
            break;
        // Bounded polling (the deadline above): look again a fifth of a
        // second later, Syncthing's events served meanwhile.
        QTest::qWait(200);
    }
    qWarning() << "the folders still differ:" << syncFilesIn(folderOf(0)).keys() << syncFilesIn(folderOf(1)).keys();
    return false;
}

qint64 TestSyncthing::receipt(int station, core::Grams grams, const QDate &date)
{
    stock::ReceiptDraft draft;
    draft.donorId = m_donor;
    draft.date = date;
    draft.lines.append({ m_pasta, QStringLiteral("L26060A"), QDate(2027, 6, 30), grams, 0 });
    auto recorded = stock::ReceiptService(m_pair->station(station), m_pair->clock()).record(draft);
    if (!recorded) {
        qWarning("receipt refused: %s", qPrintable(syncthingError(recorded.error())));
        return 0;
    }
    return recorded->receiptId;
}

qint64 TestSyncthing::pastaInStock(int station) const
{
    return syncthingNumber(m_pair->station(station),
        QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE item_id = ?"), { m_pasta });
}

void TestSyncthing::aReceiptRecordedOnOneArrivesOnTheOther()
{
    const QSqlDatabase ws1 = m_pair->a();
    stock::StockCatalog catalog(ws1);
    stock::Item pasta;
    pasta.code = QStringLiteral("PASTA");
    pasta.name = QStringLiteral("Pasta di semola");
    pasta.categoryId = int(syncthingNumber(ws1, QStringLiteral("SELECT id FROM goods_category WHERE code = 'pasta_riso'")));
    pasta.unit = stock::Unit::Grams;
    m_pasta = catalog.saveItem(pasta).value();
    stock::Donor donor;
    donor.name = QStringLiteral("Banco Alimentare della Lombardia");
    donor.kind = stock::DonorKind::Charity;
    m_donor = catalog.saveDonor(donor).value();
    QVERIFY(receipt(0, 100000, QDate(2026, 3, 9)));

    // Workstation 1 exports into its folder; Syncthing carries the file
    // into workstation 2's folder, which imports it.
    const QStringList sent = exportFrom(0);
    QVERIFY(!sent.isEmpty() && !sent.contains(QStringLiteral("(export failed)")));
    QVERIFY(waitUntilFoldersAgree(1));
    for (const QString &name : sent)
        QVERIFY2(QFileInfo::exists(QDir(folderOf(1)).filePath(name)), qPrintable(name));
    auto imported = importInto(1);
    QVERIFY2(imported, qPrintable(syncthingError(imported.error())));
    QCOMPARE(imported->refused.size(), 0);
    QCOMPARE(pastaInStock(1), qint64(100000));

    // And back: workstation 2 receives 50 kg more of the same pasta.
    QVERIFY(receipt(1, 50000, QDate(2026, 3, 10)));
    const QStringList back = exportFrom(1);
    QVERIFY(!back.isEmpty() && !back.contains(QStringLiteral("(export failed)")));
    QVERIFY(waitUntilFoldersAgree(0));
    auto importedBack = importInto(0);
    QVERIFY2(importedBack, qPrintable(syncthingError(importedBack.error())));
    QCOMPARE(importedBack->refused.size(), 0);
    QCOMPARE(pastaInStock(0), qint64(150000));
    qInfo("records of each workstation arrived on the other after %lld ms", m_elapsed.elapsed());
}

void TestSyncthing::importsWhileSyncthingCopiesDoNotFail()
{
    // Workstation 2's Syncthing receives slowly (200 KiB/s, loopback
    // counted as a LAN), and workstation 1 sends a big file: a thousand
    // donors with long notes. While the copy lasts, Syncthing's temporary
    // file lies in workstation 2's folder, and workstation 2 imports.
    const QString throttle = QStringLiteral("/rest/config/devices/") + m_deviceA->id();
    QVERIFY(m_deviceB->patch(QStringLiteral("/rest/config/options"), { { "limitBandwidthInLan", true } }));
    QVERIFY(m_deviceB->patch(throttle, { { "maxRecvKbps", 200 } }));
    {
        core::Transaction tx(m_pair->a());
        QVERIFY(tx);
        stock::StockCatalog catalog(m_pair->a());
        for (int i = 1; i <= 1000; ++i) {
            stock::Donor donor;
            donor.name = QStringLiteral("Donatore %1").arg(i, 4, 10, QLatin1Char('0'));
            donor.kind = stock::DonorKind::Person;
            // Random, so that no block of the file repeats another (and
            // the compressed file stays over a megabyte).
            for (int k = 0; k < 128; ++k)
                donor.notes += QString::number(QRandomGenerator::global()->generate64(), 36);
            QVERIFY(catalog.saveDonor(donor).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    const QStringList sent = exportFrom(0);
    QCOMPARE(sent.size(), 1);
    QVERIFY(QFileInfo(QDir(folderOf(0)).filePath(sent.first())).size() > 1000000);

    int temporariesSeen = 0;
    QDeadlineTimer deadline(deliveryLimitMs);
    while (syncFilesIn(folderOf(0)) != syncFilesIn(folderOf(1)) && !deadline.hasExpired()) {
        if (!QDir(folderOf(1)).entryList({ QStringLiteral(".syncthing.*.tmp") }, QDir::Files | QDir::Hidden).isEmpty())
            ++temporariesSeen;
        auto imported = importInto(1);
        QVERIFY2(imported, qPrintable(syncthingError(imported.error())));
        QVERIFY2(imported->refused.isEmpty(), qPrintable(refusals(*imported)));
        QVERIFY(imported->waiting.isEmpty());
        QTest::qWait(100);
    }
    QVERIFY(m_deviceB->patch(throttle, { { "maxRecvKbps", 0 } }));
    QVERIFY(m_deviceB->patch(QStringLiteral("/rest/config/options"), { { "limitBandwidthInLan", false } }));
    QVERIFY2(!deadline.hasExpired(), "Syncthing did not deliver the big file in time");
    QVERIFY2(temporariesSeen > 0, "no import ran while Syncthing was copying");
    qInfo("%d imports ran while Syncthing's temporary file was in the folder", temporariesSeen);

    auto imported = importInto(1);
    QVERIFY2(imported, qPrintable(syncthingError(imported.error())));
    QVERIFY2(imported->refused.isEmpty(), qPrintable(refusals(*imported)));
    QCOMPARE(syncthingNumber(m_pair->b(), QStringLiteral("SELECT count(*) FROM stock_donor WHERE name LIKE 'Donatore %'")),
        qint64(1000));
}

void TestSyncthing::temporaryFilesAndIdenticalConflictCopiesAreIgnored()
{
    const FolderFiles files = syncFilesIn(folderOf(0));
    QVERIFY(!files.isEmpty());
    const QString original = files.firstKey();
    const QByteArray bytes = files.first();
    const QString base = original.chopped(core::sync::syncFileSuffix.size());

    // Half-copied files as Syncthing names them while it copies (Linux and
    // Windows), left behind as after a crash: Syncthing itself never sends
    // them, and the import does not read them.
    QVERIFY(writeBytes(QDir(folderOf(1)).filePath(QStringLiteral(".syncthing.") + original + QStringLiteral(".tmp")),
        bytes.left(bytes.size() / 2)));
    QVERIFY(writeBytes(QDir(folderOf(1)).filePath(QStringLiteral("~syncthing~") + original + QStringLiteral(".tmp")),
        bytes.left(bytes.size() / 3)));
    // A conflict copy identical to its original, as Syncthing names it,
    // carried by Syncthing to the other folder.
    const QString copy = base + QStringLiteral(".sync-conflict-20260310-100000-ABCDEFG") + core::sync::syncFileSuffix;
    QVERIFY(writeBytes(QDir(folderOf(0)).filePath(copy), bytes));
    QVERIFY2(m_deviceA->scan(), qPrintable(m_deviceA->lastRefusal()));
    QVERIFY(waitUntilFoldersAgree(1));
    QVERIFY(QFileInfo::exists(QDir(folderOf(1)).filePath(copy)));

    for (int station = 0; station < 2; ++station) {
        auto imported = importInto(station);
        QVERIFY2(imported, qPrintable(syncthingError(imported.error())));
        QVERIFY2(imported->refused.isEmpty(), qPrintable(refusals(*imported)));
        QCOMPARE(imported->ignoredCopies, 1);
        QCOMPARE(imported->appliedChanges(), 0);
    }

    // The program itself on workstation 2: the import and the status say
    // nothing is wrong (exit code 0), nothing is missing.
    const testsupport::SignIn coordinator { QStringLiteral("coord"), testsupport::testPassword };
    const QString ws2 = m_pair->database(1).path();
    auto cliImport = testsupport::runSignedIn(
        { "--lang", "en", "--db", ws2, "sync", "import", "--from", folderOf(1) }, {}, coordinator);
    QVERIFY2(cliImport.exitCode == 0, cliImport.out + cliImport.err);
    auto cliStatus = testsupport::runSignedIn({ "--lang", "en", "--db", ws2, "sync", "status", "--from", folderOf(1) },
        {}, coordinator);
    QVERIFY2(cliStatus.exitCode == 0, cliStatus.out + cliStatus.err);
    QVERIFY2(!cliStatus.err.contains("MISSING"), cliStatus.err.constData());
}

void TestSyncthing::aConflictCopyMadeBySyncthingIsReportedAsDamaged()
{
    // The link between the two goes down (workstation 1 pauses the other
    // device). Workstation 1 records and exports; a different file of the
    // same name appears in workstation 2's folder (an altered copy, older).
    QVERIFY(m_deviceA->post(QStringLiteral("/rest/system/pause?device=") + m_deviceB->id()));
    QVERIFY(QTest::qWaitFor(
        [this] { return !m_deviceA->connectedTo(*m_deviceB) && !m_deviceB->connectedTo(*m_deviceA); },
        deliveryLimitMs));
    QVERIFY(receipt(0, 25000, QDate(2026, 3, 10)));
    const QStringList sent = exportFrom(0);
    QCOMPARE(sent.size(), 1);
    const QString name = sent.first();
    QFile sentFile(QDir(folderOf(0)).filePath(name));
    QVERIFY(sentFile.open(QIODevice::ReadOnly));
    const QByteArray original = sentFile.readAll();
    QByteArray altered = original;
    altered[altered.size() / 2] = altered[altered.size() / 2] == 'x' ? 'y' : 'x';
    const QString alteredPath = QDir(folderOf(1)).filePath(name);
    QVERIFY(writeBytes(alteredPath, altered));
    // Syncthing keeps the newer of two conflicting files under the name.
    QFile alteredFile(alteredPath);
    QVERIFY(alteredFile.open(QIODevice::ReadWrite));
    QVERIFY(alteredFile.setFileTime(sentFile.fileTime(QFileDevice::FileModificationTime).addSecs(-3600),
        QFileDevice::FileModificationTime));
    alteredFile.close();
    QVERIFY2(m_deviceB->scan(), qPrintable(m_deviceB->lastRefusal()));

    // The link comes back: Syncthing keeps workstation 1's file and makes a
    // conflict copy of the other, in both folders.
    QVERIFY(m_deviceA->post(QStringLiteral("/rest/system/resume?device=") + m_deviceB->id()));
    QVERIFY(waitUntilFoldersAgree(-1));
    const FolderFiles files = syncFilesIn(folderOf(1));
    QCOMPARE(files.value(name), original);
    QStringList copies;
    for (auto it = files.begin(); it != files.end(); ++it)
        if (it.key().contains(QLatin1String(".sync-conflict-")) && it.value() == altered)
            copies.append(it.key());
    QVERIFY2(copies.size() == 1, qPrintable(files.keys().join(QLatin1Char(' '))));
    m_conflictCopy = copies.first();
    QCOMPARE(core::sync::conflictOriginal(m_conflictCopy), name);

    // Workstation 2 applies the file and reports the copy as damaged,
    // without failing; workstation 1 reports it too.
    for (int station : { 1, 0 }) {
        auto imported = importInto(station);
        QVERIFY2(imported, qPrintable(syncthingError(imported.error())));
        QCOMPARE(imported->refused.size(), 1);
        QCOMPARE(imported->refused.first().fileName, m_conflictCopy);
        QCOMPARE(imported->refused.first().reason.code, QStringLiteral("sync.conflict_copy"));
    }
    QCOMPARE(pastaInStock(1), qint64(175000));

    // The command line names it among the refused files (stderr, exit code
    // 1 as for every refused file: someone should look), and applies the
    // rest.
    auto cliImport = testsupport::runSignedIn(
        { "--lang", "en", "--db", m_pair->database(1).path(), "sync", "import", "--from", folderOf(1) }, {},
        { QStringLiteral("coord"), testsupport::testPassword });
    QVERIFY2(cliImport.exitCode == 1, cliImport.out + cliImport.err);
    QVERIFY2(cliImport.err.contains(m_conflictCopy.toUtf8()), cliImport.err.constData());
}

void TestSyncthing::bothWorkstationsEndTheSame()
{
    // Rounds until nothing moves: export on both, let Syncthing carry,
    // import on both.
    for (int round = 0; round < 4; ++round) {
        const int sent = int(exportFrom(0).size() + exportFrom(1).size());
        QVERIFY(waitUntilFoldersAgree(-1));
        int applied = 0;
        for (int station = 0; station < 2; ++station) {
            auto imported = importInto(station);
            QVERIFY2(imported, qPrintable(syncthingError(imported.error())));
            applied += int(imported->files.size()) + imported->retried;
        }
        if (sent == 0 && applied == 0)
            break;
    }
    QCOMPARE(pastaInStock(0), qint64(175000));
    QCOMPARE(pastaInStock(1), qint64(175000));
    QCOMPARE(m_pair->differingTables(), QStringList());
    core::ReportRequest request;
    request.from = QDate(2026, 3, 1);
    request.to = QDate(2026, 3, 31);
    request.at = QDate(2026, 3, 10);
    request.by = QStringLiteral("month");
    request.now = QDateTime(QDate(2026, 3, 10), QTime(18, 0));
    QCOMPARE(m_pair->differingReports(m_catalog,
                 { QStringLiteral("stock-by-category"), QStringLiteral("stock-by-lot"),
                     QStringLiteral("stock-movements") },
                 request),
        QStringList());
}

void TestSyncthing::cleanupTestCase()
{
    if (m_deviceA)
        m_deviceA->stop();
    if (m_deviceB)
        m_deviceB->stop();
    if (m_deviceA) {
        QVERIFY(!m_deviceA->isRunning() && !m_deviceB->isRunning());
        // Nothing answers on their ports any more: no Syncthing process is
        // left (the monitor's child included).
        QVERIFY(m_deviceA->get(QStringLiteral("/rest/system/ping"), 2000).isNull());
        QVERIFY(m_deviceB->get(QStringLiteral("/rest/system/ping"), 2000).isNull());
    }
    qInfo("the Syncthing test took %lld ms", m_elapsed.elapsed());
}

QTEST_MAIN(TestSyncthing)
#include "tst_syncthing.moc"
