// A room of three workstations, as the operations room would live it:
// workstation 1 invites 2 and 3 (room invite / room join), all three record
// receipts apart and exchange through one folder; workstation 2 is
// restored from a backup and records again before it synchronises (the
// receipt numbers and ids it had already sent must not be handed out
// again); a file of workstation 3 is deleted from the folder before 2 saw
// it, the gap is named, and workstation 1 relays it from its own copy;
// later another is lost for good on the folder and 3 re-sends it. At the
// end the three hold the same rows and the same stock, every receipt
// number is unique, and nothing is missing; a month later, everything
// acknowledged, each prunes its files and the room goes on.

#include "syncfixtures.h"

#include "core/db/backup.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/reference/referenceloader.h"
#include "core/sync/backups.h"
#include "core/sync/invitation.h"
#include "core/sync/syncarchive.h"
#include "core/sync/syncexporter.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncfolder.h"
#include "core/sync/syncimporter.h"
#include "core/sync/syncprune.h"
#include "core/sync/syncschema.h"
#include "moduleregistry.h"
#include "stock/domain/receiptservice.h"
#include "stock/domain/stockcatalog.h"
#include "support/testaccounts.h"
#include "support/workstationpair.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

namespace {

const QString storyPassphrase = QStringLiteral("sala operativa idroscalo");

QString storyError(const core::Error &e)
{
    return e.code + QLatin1Char(' ') + e.args.join(QLatin1Char(' '));
}

qint64 storyNumber(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toLongLong() : -1;
}

} // namespace

class TestRoomStory : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void threeWorkstationsEndIdentical();

private:
    // One workstation: its database file and, while it is open, its connection.
    struct Station {
        QString path;
        std::unique_ptr<core::DbConnection> connection;
        QSqlDatabase db() const { return connection->db(); }
    };
    bool open(int index);
    void close(int index) { m_stations[index].connection.reset(); }
    QSqlDatabase db(int index) const { return m_stations[index].db(); }

    QStringList exportFrom(int index);
    QString importInto(int index); // the refusals and waits, empty when all was applied
    bool exchangeUntilQuiet();
    qint64 receipt(int index, core::Grams grams);
    QStringList differingTables(int first, int second) const;

    QTemporaryDir m_work;
    QString m_folder;
    core::FixedClock m_clock { QDateTime(QDate(2026, 3, 10), QTime(10, 0)) };
    Station m_stations[3];
    qint64 m_pasta = 0;
    qint64 m_donor = 0;
};

bool TestRoomStory::open(int index)
{
    auto connection = core::openDatabase(m_stations[index].path);
    if (!connection) {
        qWarning("cannot open workstation %d: %s", index + 1, qPrintable(storyError(connection.error())));
        return false;
    }
    m_stations[index].connection = std::make_unique<core::DbConnection>(std::move(*connection));
    core::setSessionOperator(db(index), QStringLiteral("test"));
    core::setSessionClock(db(index), &m_clock);
    return true;
}

QStringList TestRoomStory::exportFrom(int index)
{
    m_clock.advanceSecs(60);
    auto report = core::sync::SyncExporter(db(index), m_clock).exportTo({ m_folder, 20000, {} });
    if (!report) {
        qWarning("export of workstation %d failed: %s", index + 1, qPrintable(storyError(report.error())));
        return { QStringLiteral("(failed)") };
    }
    QStringList names;
    for (const core::sync::ExportedFile &f : report->files)
        names.append(f.fileName);
    return names;
}

QString TestRoomStory::importInto(int index)
{
    m_clock.advanceSecs(60);
    auto report = core::sync::SyncImporter(db(index), m_clock).importFrom(m_folder);
    if (!report)
        return QStringLiteral("import failed: ") + storyError(report.error());
    QStringList problems;
    for (const core::sync::SkippedFile &f : report->refused)
        problems.append(QStringLiteral("refused ") + f.fileName + QStringLiteral(": ") + storyError(f.reason));
    for (const core::sync::SkippedFile &f : report->waiting)
        problems.append(QStringLiteral("waiting ") + f.fileName);
    return problems.join(QStringLiteral("; "));
}

bool TestRoomStory::exchangeUntilQuiet()
{
    for (int round = 0; round < 4; ++round) {
        bool moved = false;
        for (int i = 0; i < 3; ++i) {
            const QStringList sent = exportFrom(i);
            if (sent.contains(QStringLiteral("(failed)")))
                return false;
            moved = moved || !sent.isEmpty();
        }
        for (int i = 0; i < 3; ++i)
            if (const QString problems = importInto(i); !problems.isEmpty()) {
                qWarning("workstation %d: %s", i + 1, qPrintable(problems));
                return false;
            }
        if (!moved)
            return true;
    }
    return true;
}

qint64 TestRoomStory::receipt(int index, core::Grams grams)
{
    m_clock.advanceSecs(60);
    stock::ReceiptDraft draft;
    draft.donorId = m_donor;
    draft.date = m_clock.now().date();
    draft.lines.append({ m_pasta, QStringLiteral("L26060A"), QDate(2027, 6, 30), grams, 0 });
    auto recorded = stock::ReceiptService(db(index), m_clock).record(draft);
    if (!recorded) {
        qWarning("receipt on workstation %d refused: %s", index + 1, qPrintable(storyError(recorded.error())));
        return 0;
    }
    return recorded->receiptId;
}

QStringList TestRoomStory::differingTables(int first, int second) const
{
    QStringList differing;
    auto schema = core::sync::SyncSchema::read(db(first));
    if (!schema)
        return { QStringLiteral("schema: ") + storyError(schema.error()) };
    for (const QString &table : schema->order())
        if (testsupport::WorkstationPair::tableDump(db(first), table)
            != testsupport::WorkstationPair::tableDump(db(second), table))
            differing.append(table);
    return differing;
}

void TestRoomStory::initTestCase()
{
    QVERIFY(m_work.isValid());
    ::declareSyncTables(); // the stock ledger merges as a ledger
    m_folder = m_work.filePath(QStringLiteral("sala"));
    QVERIFY(QDir().mkpath(m_folder));
    for (int i = 0; i < 3; ++i)
        m_stations[i].path = m_work.filePath(QStringLiteral("postazione%1.sqlite").arg(i + 1));
}

void TestRoomStory::threeWorkstationsEndIdentical()
{
    // Workstation 1: a new database in the room, its accounts and catalogue.
    {
        core::OpenOptions options;
        options.workstationForNew = 1;
        auto created = core::openDatabase(m_stations[0].path, options);
        QVERIFY2(created, qPrintable(storyError(created.error())));
    }
    QVERIFY(open(0));
    QVERIFY(core::loadReferenceData(db(0)).ok());
    QVERIFY(testsupport::joinTestRoom(db(0)));
    QVERIFY(testsupport::createRoleAccounts(db(0), m_clock));
    stock::StockCatalog catalog(db(0));
    stock::Item pasta;
    pasta.code = QStringLiteral("PASTA");
    pasta.name = QStringLiteral("Pasta di semola");
    pasta.categoryId = int(storyNumber(db(0), QStringLiteral("SELECT id FROM goods_category WHERE code = 'pasta_riso'")));
    pasta.unit = stock::Unit::Grams;
    m_pasta = catalog.saveItem(pasta).value();
    stock::Donor donor;
    donor.name = QStringLiteral("Banco Alimentare della Lombardia");
    donor.kind = stock::DonorKind::Charity;
    m_donor = catalog.saveDonor(donor).value();
    QVERIFY(receipt(0, 100000));
    QCOMPARE(exportFrom(0).size(), 1);

    // 1 invites 2 and 3: each joins with its own number, nothing else to do.
    QVERIFY(testsupport::signInAs(db(0), QStringLiteral("coord")));
    const QString invitation = m_work.filePath(QStringLiteral("invito.cisinvite"));
    auto invited = core::sync::writeInvitation(db(0), invitation, storyPassphrase, m_clock);
    QVERIFY2(invited, qPrintable(storyError(invited.error())));
    for (int i : { 1, 2 }) {
        core::sync::JoinRequest request { invitation, storyPassphrase, m_stations[i].path, i + 1,
            QStringLiteral("Postazione %1").arg(i + 1), QStringLiteral("cli:coord") };
        auto joined = core::sync::joinByInvitation(request, m_clock);
        QVERIFY2(joined, qPrintable(storyError(joined.error())));
        QVERIFY(open(i));
        QCOMPARE(core::sessionWorkstation(db(i)), i + 1);
    }
    QVERIFY(exchangeUntilQuiet());

    // They work apart: a receipt each.
    QVERIFY(receipt(0, 5000));
    QVERIFY(receipt(1, 7000));
    QVERIFY(receipt(2, 3000));
    QVERIFY(exchangeUntilQuiet());

    // Workstation 2: a backup; a 25 kg receipt sent to the room; then the
    // disk fails and the backup is restored; it records 10 kg before its
    // next synchronisation. The restore moved its counters past what it
    // had sent, so the two receipts stay two receipts everywhere.
    const QString backup = m_work.filePath(QStringLiteral("postazione2-copia.sqlite"));
    QVERIFY(core::backupDatabase(db(1), backup).ok());
    const qint64 lost = receipt(1, 25000);
    QVERIFY(lost);
    const QString lostNumber = core::queryValue(db(1), QStringLiteral("SELECT number FROM stock_receipt WHERE id = ?"),
        { lost })->toString();
    QCOMPARE(exportFrom(1).size(), 1);
    close(1);
    core::sync::RestoreOptions restoreOptions { m_folder, QStringLiteral("cli:coord") };
    auto restored = core::sync::restoreDatabase(backup, m_stations[1].path, QStringLiteral("damaged"), restoreOptions, m_clock);
    QVERIFY2(restored, qPrintable(storyError(restored.error())));
    QVERIFY(open(1));
    const qint64 after = receipt(1, 10000);
    QVERIFY(after);
    QVERIFY(after != lost);
    const QString afterNumber = core::queryValue(db(1), QStringLiteral("SELECT number FROM stock_receipt WHERE id = ?"),
        { after })->toString();
    QVERIFY2(afterNumber != lostNumber, qPrintable(afterNumber));

    // Workstation 3 records and exports; its file is deleted from the
    // folder before workstation 2 saw it (workstation 1 applied it). Its
    // next file waits for it and the gap is named.
    QVERIFY(receipt(2, 4000));
    const QStringList lostFile = exportFrom(2);
    QCOMPARE(lostFile.size(), 1);
    QCOMPARE(importInto(0), QString());
    QVERIFY(QFile::remove(QDir(m_folder).filePath(lostFile.first())));
    QVERIFY(receipt(2, 6000));
    QCOMPARE(exportFrom(2).size(), 1);
    QVERIFY(importInto(1).contains(QStringLiteral("waiting")));
    auto missing = core::sync::findMissingFiles(db(1), m_folder);
    QVERIFY(missing);
    QCOMPARE(missing->size(), 1);
    QCOMPARE(missing->first().workstation, 3);
    // Workstation 1 relays it, byte for byte, from the copy it kept.
    auto relayed = core::sync::relayFiles(db(0), 3, missing->first().firstSeq, m_folder);
    QVERIFY2(relayed, qPrintable(storyError(relayed.error())));
    QCOMPARE(relayed->written, lostFile);
    QCOMPARE(importInto(1), QString());

    // Another file of workstation 3 lost before anyone applied it: 3 sends it again.
    QVERIFY(receipt(2, 2000));
    const QStringList lostAgain = exportFrom(2);
    QCOMPARE(lostAgain.size(), 1);
    const qint64 fromSeq = core::sync::SyncFileName::parse(lostAgain.first())->firstSeq;
    QVERIFY(QFile::remove(QDir(m_folder).filePath(lostAgain.first())));
    auto resent = core::sync::resendFiles(db(2), fromSeq, m_folder);
    QVERIFY2(resent, qPrintable(storyError(resent.error())));
    QCOMPARE(resent->written, lostAgain);

    // Everyone synchronises: the same rows everywhere, nothing missing.
    QVERIFY(exchangeUntilQuiet());
    for (int i = 0; i < 3; ++i) {
        auto gaps = core::sync::findMissingFiles(db(i), m_folder);
        QVERIFY(gaps);
        QVERIFY2(gaps->isEmpty(), qPrintable(QString::number(i + 1)));
    }
    QCOMPARE(differingTables(0, 1), QStringList());
    QCOMPARE(differingTables(0, 2), QStringList());
    // 100 + 5 + 7 + 3 + 25 + 10 + 4 + 6 + 2 kg, every receipt once.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(storyNumber(db(i), QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE item_id = ?"), { m_pasta }),
            162000);
        QCOMPARE(storyNumber(db(i), QStringLiteral("SELECT count(*) FROM stock_receipt")), 9);
        QCOMPARE(storyNumber(db(i), QStringLiteral("SELECT count(DISTINCT number) FROM stock_receipt")), 9);
    }

    // Every member acknowledged everything: each removes its own files from
    // the folder; nothing is then missing, and the room goes on.
    const int filesBefore = QDir(m_folder).entryList(QDir::Files).size();
    m_clock.advanceSecs(core::sync::folderRetentionMs / 1000); // a month on
    for (int i = 0; i < 3; ++i) {
        auto pruned = core::sync::pruneAcknowledged(db(i), m_folder, std::numeric_limits<qint64>::max(), m_clock);
        QVERIFY2(pruned, qPrintable(storyError(pruned.error())));
        QVERIFY2(!pruned->removed.isEmpty(), qPrintable(QString::number(i + 1)));
    }
    QVERIFY(QDir(m_folder).entryList(QDir::Files).size() < filesBefore);
    QVERIFY(receipt(0, 1000));
    QVERIFY(exchangeUntilQuiet());
    for (int i = 0; i < 3; ++i) {
        auto gaps = core::sync::findMissingFiles(db(i), m_folder);
        QVERIFY(gaps && gaps->isEmpty());
        QCOMPARE(storyNumber(db(i), QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE item_id = ?"), { m_pasta }),
            163000);
    }
    QCOMPARE(differingTables(1, 2), QStringList());
}

QTEST_GUILESS_MAIN(TestRoomStory)
#include "tst_roomstory.moc"
