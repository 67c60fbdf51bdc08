// Restores that cannot collide: a workstation exports, is restored from an
// older backup and records again before any sync; nothing it hands out may
// carry an id or a document number it already sent to the room (the union
// of the ledgers would keep whichever arrived first, for ever).

#include "core/db/backup.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/idallocator.h"
#include "core/db/numberfloor.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/sync/backups.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncfile.h"
#include "deliveries/domain/deliveryservice.h"
#include "deliveries/domain/recipientrepository.h"
#include "deliveries/domain/requestservice.h"
#include "listening/domain/listeningrepository.h"
#include "moduleregistry.h"
#include "stock/domain/receiptservice.h"
#include "stock/domain/stockcatalog.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What one recorded document is: its row id and number (empty for a row
// without one).
struct Recorded {
    qint64 id = 0;
    QString number;
};

QString restoreError(const core::Error &e)
{
    return e.code + QLatin1Char(' ') + e.args.join(QLatin1Char(' '));
}

// Everything the folder holds: row ids and the numbers of numbered rows.
void readFolder(const QString &folder, QSet<qint64> *ids, QSet<QString> *numbers)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList({ QStringLiteral("*.cisync") }, QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto content = core::sync::decodeSyncFile(file.readAll(), name, testsupport::testRoomKey());
        QVERIFY2(content, qPrintable(restoreError(content.error())));
        for (const auto &change : content->changes) {
            ids->insert(change.rowId);
            if (change.values.contains(QStringLiteral("number")))
                numbers->insert(
                    change.table + QLatin1Char(' ') + change.values.value(QStringLiteral("number")).toString());
        }
    }
}

} // namespace

class TestRestoreCounters : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void nothingExportedIsReused_data();
    void nothingExportedIsReused();
    void restoreFromTheCommandLine();
    void listeningCodesGoOnAfterAFloor();
    void documentNumbersSplit_data();
    void documentNumbersSplit();

private:
    Recorded record(const QSqlDatabase &db, const QString &kind);
    // An item, a donor and Rozzano's COC to record against (codes made
    // unique by `tag`: the restored database may already have others).
    void setUp(const QSqlDatabase &db, const QString &tag = QString());

    core::FixedClock m_clock { QDateTime(QDate(2026, 3, 10), QTime(10, 0)) };
    qint64 m_item = 0;
    qint64 m_donor = 0;
    qint64 m_recipient = 0;
    int m_donors = 0;
};

void TestRestoreCounters::initTestCase()
{
    ::declareSyncTables();
}

void TestRestoreCounters::setUp(const QSqlDatabase &db, const QString &tag)
{
    stock::StockCatalog catalog(db);
    stock::Item pasta;
    pasta.code = QStringLiteral("PASTA-RT") + tag;
    pasta.name = QStringLiteral("Pasta di semola");
    pasta.categoryId
        = core::queryValue(db, QStringLiteral("SELECT id FROM goods_category WHERE code = 'pasta_riso'"))->toInt();
    pasta.unit = stock::Unit::Grams;
    m_item = catalog.saveItem(pasta).value();
    stock::Donor donor;
    donor.name = QStringLiteral("Banco Alimentare della Lombardia RT") + tag;
    donor.kind = stock::DonorKind::Charity;
    m_donor = catalog.saveDonor(donor).value();
    const int rozzano = core::queryValue(db, QStringLiteral("SELECT id FROM comune WHERE name = 'Rozzano'"))->toInt();
    m_recipient = deliveries::RecipientRepository(db).cocOf(rozzano).value();
}

Recorded TestRestoreCounters::record(const QSqlDatabase &db, const QString &kind)
{
    if (kind == QLatin1String("id")) {
        stock::Donor donor;
        donor.name = QStringLiteral("Donatore %1").arg(++m_donors);
        donor.kind = stock::DonorKind::Charity;
        auto id = stock::StockCatalog(db).saveDonor(donor);
        if (!id)
            qWarning() << restoreError(id.error());
        return { id ? *id : 0, QString() };
    }
    if (kind == QLatin1String("receipt")) {
        stock::ReceiptDraft receipt;
        receipt.donorId = m_donor;
        receipt.date = m_clock.today();
        receipt.lines.append({ m_item, QStringLiteral("L1"), QDate(2027, 6, 30), 10000, 0 });
        auto r = stock::ReceiptService(db, m_clock).record(receipt);
        if (!r)
            qWarning() << restoreError(r.error());
        return r ? Recorded { r->receiptId, QStringLiteral("stock_receipt ") + r->number } : Recorded {};
    }
    if (kind == QLatin1String("ddt")) {
        deliveries::DeliveryDraft draft;
        draft.recipientId = m_recipient;
        draft.date = m_clock.today();
        draft.time = QTime(9, 30);
        deliveries::DeliveryLine line;
        line.itemId = m_item;
        line.quantity = 1000;
        draft.lines = { line };
        auto id = deliveries::DeliveryService(db, m_clock).save(draft);
        if (!id) {
            qWarning() << restoreError(id.error());
            return {};
        }
        return {
            *id,
            QStringLiteral("delivery ")
                + core::queryValue(db, QStringLiteral("SELECT number FROM delivery WHERE id = ?"), { *id })->toString()
        };
    }
    // "request"
    deliveries::RequestDraft draft;
    draft.recipientId = m_recipient;
    draft.requestedOn = m_clock.today();
    deliveries::RequestLine line;
    line.itemId = m_item;
    line.quantity = 1000;
    draft.lines = { line };
    auto id = deliveries::RequestService(db, m_clock).create(draft);
    if (!id) {
        qWarning() << restoreError(id.error());
        return {};
    }
    return { *id,
        QStringLiteral("delivery_request ")
            + core::queryValue(db, QStringLiteral("SELECT number FROM delivery_request WHERE id = ?"), { *id })
                  ->toString() };
}

void TestRestoreCounters::nothingExportedIsReused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("folderState"); // read, unreachable, or an own file damaged
    for (const char *kind : { "id", "receipt", "ddt", "request" })
        for (const char *state : { "read", "unreachable", "damaged" })
            QTest::addRow("%s, folder %s", kind, state) << QString::fromLatin1(kind) << QString::fromLatin1(state);
}

void TestRestoreCounters::nothingExportedIsReused()
{
    QFETCH(QString, kind);
    QFETCH(QString, folderState);
    const bool folderReachable = folderState != QLatin1String("unreachable");
    auto database = std::make_unique<testsupport::TestDatabase>(true, 3);
    QVERIFY2(database->isValid(), qPrintable(database->errorText()));
    const QString path = database->path();
    QTemporaryDir folder;
    QTemporaryDir backups;
    setUp(database->db());
    const auto exportNow
        = [&] { return core::sync::SyncExporter(database->db(), m_clock).exportTo({ folder.path() }).ok(); };

    // Work, exported; the backup; more work, exported.
    QVERIFY(record(database->db(), kind).id);
    QVERIFY(exportNow());
    auto older = core::sync::BackupManager(path, backups.path(), m_clock).takeBackup(database->db(), 3);
    QVERIFY(older);
    for (int i = 0; i < 2; ++i)
        QVERIFY(record(database->db(), kind).id);
    QVERIFY(exportNow());
    QSet<qint64> exportedIds;
    QSet<QString> exportedNumbers;
    readFolder(folder.path(), &exportedIds, &exportedNumbers);
    database->close();
    if (folderState == QLatin1String("damaged")) {
        // The newer file, cut short: what it handed out is unknown.
        const QStringList files
            = QDir(folder.path()).entryList({ QStringLiteral("*.cisync") }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2);
        QFile newer(folder.filePath(files.last()));
        QVERIFY(newer.resize(newer.size() / 2));
    }

    // The older backup comes back; the folder can be read or not.
    core::sync::RestoreOptions options;
    options.syncFolder = folderReachable ? folder.path() : folder.filePath(QStringLiteral("unplugged"));
    options.operatorName = QStringLiteral("test");
    auto restored = core::sync::restoreDatabase(older->path, path, QStringLiteral("before-restore"), options, m_clock);
    QVERIFY2(restored, qPrintable(restoreError(restored.error())));
    auto connection = core::openDatabase(path);
    QVERIFY(connection);
    QSqlDatabase db = connection->db();
    core::setSessionOperator(db, QStringLiteral("test"));

    // Recorded before any sync: nothing the room already has comes again.
    for (int i = 0; i < 3; ++i) {
        const Recorded again = record(db, kind);
        QVERIFY(again.id);
        QCOMPARE(core::workstationOfRowId(again.id), 3);
        QVERIFY2(again.number.isEmpty() || !exportedNumbers.contains(again.number), qPrintable(again.number));
        QVERIFY2(!exportedIds.contains(again.id), qPrintable(QString::number(again.id)));
    }
    QCOMPARE(int(restored->counters.unreadable.size()), folderState == QLatin1String("damaged") ? 1 : 0);
    // Said and audited.
    QCOMPARE(restored->counters.source,
        folderReachable ? core::sync::CountersMoved::Source::SyncFolder
                        : core::sync::CountersMoved::Source::SafetyMargin);
    QCOMPARE(
        core::queryValue(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE detail LIKE 'restore.counters%'"))
            ->toInt(),
        1);
}

void TestRestoreCounters::restoreFromTheCommandLine()
{
    // Workstation 2 records a receipt and exports it from the command line,
    // is backed up, records and exports two more, is restored from the
    // command line and records a receipt before any sync.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("sync"));
    const QString backup = dir.filePath(QStringLiteral("older.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    testsupport::TestDatabase database(true, 2);
    QVERIFY(database.isValid());
    const QString path = database.path();
    QVERIFY(testsupport::createRoleAccounts(database.db(), m_clock));
    QVERIFY(testsupport::signInAs(database.db(), QStringLiteral("coord"), m_clock));
    setUp(database.db());
    QVERIFY(!record(database.db(), QStringLiteral("receipt")).number.isEmpty());
    database.close();
    auto run = [&](const QStringList &arguments) {
        auto r = testsupport::runSignedIn(QStringList { QStringLiteral("--db"), path } + arguments, {},
            { QStringLiteral("coord"), testsupport::testPassword });
        if (r.exitCode != 0)
            qWarning() << r.out << r.err;
        return r;
    };
    QCOMPARE(run({ QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--to"), folder }).exitCode, 0);
    {
        auto connection = core::openDatabase(path);
        QVERIFY(connection);
        QVERIFY(core::backupDatabase(connection->db(), backup).ok());
        QVERIFY(testsupport::signInAs(connection->db(), QStringLiteral("coord"), m_clock));
        for (int i = 0; i < 2; ++i)
            QVERIFY(!record(connection->db(), QStringLiteral("receipt")).number.isEmpty());
    }
    QCOMPARE(run({ QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--to"), folder }).exitCode, 0);
    QSet<qint64> exportedIds;
    QSet<QString> exportedNumbers;
    readFolder(folder, &exportedIds, &exportedNumbers);
    QCOMPARE(exportedNumbers.size(), 3);

    const auto restored = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("restore"), backup,
        QStringLiteral("--sync-folder"), folder });
    QCOMPARE(restored.exitCode, 0);

    auto connection = core::openDatabase(path);
    QVERIFY(connection);
    QVERIFY(testsupport::signInAs(connection->db(), QStringLiteral("coord"), m_clock));
    const Recorded again = record(connection->db(), QStringLiteral("receipt"));
    QVERIFY(!again.number.isEmpty());
    QCOMPARE(again.number, QStringLiteral("stock_receipt 2026/2-0004"));
    QVERIFY2(!exportedIds.contains(again.id), qPrintable(QString::number(again.id)));
    QVERIFY2(!exportedNumbers.contains(again.number), qPrintable(again.number));
    // Said and audited under who restored.
    QVERIFY2(restored.out.contains("of workstation 2 in the sync folder"), restored.out.constData());
    QCOMPARE(core::queryValue(connection->db(),
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE detail LIKE 'restore.counters folder%' "
                                "AND username = 'coord'"))
                 ->toInt(),
        1);
}

void TestRestoreCounters::listeningCodesGoOnAfterAFloor()
{
    testsupport::TestDatabase database(true, 3);
    QVERIFY(database.isValid());
    const listening::ListeningRepository repository(database.db());
    QCOMPARE(repository.nextCode(2026, 3).value(), QStringLiteral("AS-26-3-0001"));
    QVERIFY(
        core::raiseNumberFloor(database.db(), QStringLiteral("listening_request"), QStringLiteral("AS-26-3-"), 4).ok());
    QCOMPARE(repository.nextCode(2026, 3).value(), QStringLiteral("AS-26-3-0005"));
    // A floor is never lowered, and belongs to its series only.
    QVERIFY(
        core::raiseNumberFloor(database.db(), QStringLiteral("listening_request"), QStringLiteral("AS-26-3-"), 2).ok());
    QCOMPARE(repository.nextCode(2026, 3).value(), QStringLiteral("AS-26-3-0005"));
    QCOMPARE(repository.nextCode(2027, 3).value(), QStringLiteral("AS-27-3-0001"));
}

void TestRestoreCounters::documentNumbersSplit_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<qint64>("value");
    QTest::newRow("receipt, workstation 1") << "2026/0012" << true << "2026/" << qint64(12);
    QTest::newRow("delivery, workstation 3") << "2026/3-0012" << true << "2026/3-" << qint64(12);
    QTest::newRow("recorded afterwards") << "2026/S3-0004" << true << "2026/S3-" << qint64(4);
    QTest::newRow("attestato") << "2026/000123" << true << "2026/" << qint64(123);
    QTest::newRow("listening") << "AS-26-3-0002" << true << "AS-26-3-" << qint64(2);
    QTest::newRow("no digits at the end") << "2026/3-A" << false << "" << qint64(0);
    QTest::newRow("empty") << "" << false << "" << qint64(0);
    QTest::newRow("too many digits") << "X-1234567890123456789" << false << "" << qint64(0);
}

void TestRestoreCounters::documentNumbersSplit()
{
    QFETCH(QString, number);
    QFETCH(bool, ok);
    QFETCH(QString, prefix);
    QFETCH(qint64, value);
    QString gotPrefix;
    qint64 gotValue = 0;
    QCOMPARE(core::splitDocumentNumber(number, &gotPrefix, &gotValue), ok);
    if (ok) {
        QCOMPARE(gotPrefix, prefix);
        QCOMPARE(gotValue, value);
    }
}

QTEST_GUILESS_MAIN(TestRestoreCounters)
#include "tst_restorecounters.moc"
