// Two workstations recording changes offline and exchanging files through a
// shared folder: they end identical, re-import changes nothing, concurrent
// edits are settled the same way on both and logged, awkward rows wait
// instead of blocking.

#include "core/db/connectionstate.h"
#include "core/sync/conflictlog.h"
#include "core/sync/room.h"
#include "core/sync/syncfile.h"
#include "core/sync/syncimporter.h"
#include "core/sync/syncstate.h"
#include "syncfixtures.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace core;
using namespace core::sync;
using namespace syncfixtures;
using testsupport::WorkstationPair;

namespace {

const qint64 milano = 15146;
const qint64 rho = 15182;

QString fingerprint(const QSqlDatabase &db)
{
    QString text;
    for (const QString &t : { QStringLiteral("comune_cmm"), QStringLiteral("volunteer_service"),
             QStringLiteral("goods_category"), QStringLiteral("test_ledger"), QStringLiteral("merge_conflict"),
             QStringLiteral("sync_parked"), QStringLiteral("sync_source") })
        text += WorkstationPair::tableDump(db, t);
    return text;
}

int exchangeConflicts(const QSqlDatabase &db)
{
    return value(db, QStringLiteral("SELECT count(*) FROM merge_conflict")).toInt();
}

} // namespace

class TestSyncExchange : public QObject {
    Q_OBJECT
private slots:
    void init();
    void offlineChangesFlowBothWaysAndEndIdentical();
    void reimportIsANoOp();
    void concurrentEditIsSettledByTheLatestAndLogged();
    void equalTimesAreSettledByWorkstationNumber();
    void sequentialEditsAreNotConflicts();
    void restoringADiscardedValueWinsEverywhere();
    void deletionOfARowStillUsedElsewhereIsRefusedAndResent();
    void editRacingADeletionEndsTheSameEverywhere();
    void duplicateUniqueValueWaitsUntilRenamed();
    void ledgerRowsAreNeverOverwritten();
    void newWorkstationCatchesUpFromTheFolder();
    void bigBacklogIsSplitIntoFiles();
    void rowChangedInSeveralFilesTravelsAsItIsNow();
    void editsOfOneWorkstationAreNeverInConflict();

private:
    std::unique_ptr<WorkstationPair> m_pair;
};

void TestSyncExchange::init()
{
    m_pair = std::make_unique<WorkstationPair>(1, 2);
    QVERIFY2(m_pair->isValid(), qPrintable(m_pair->errorText()));
    QVERIFY(createTestLedger(m_pair->a()));
    QVERIFY(createTestLedger(m_pair->b()));
}

void TestSyncExchange::offlineChangesFlowBothWaysAndEndIdentical()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    // Workstation 1: a comune's contacts, a new service and activity on it.
    QVERIFY(write(a,
        QStringLiteral("UPDATE comune_cmm SET coc_contact = 'Anna Neri', coc_phone = '02 1234' WHERE comune_id = ?"),
        { milano }));
    const qint64 service = insertService(a, QStringLiteral("alluvione"), QStringLiteral("Emergenza alluvione"));
    QVERIFY(service);
    const qint64 first = addLedgerRow(a, service, QStringLiteral("2024-05-02"), 12);
    QVERIFY(first);
    QVERIFY(addLedgerRow(a, service, QStringLiteral("2024-05-02"), -12, first)); // a correction
    // Workstation 2: a goods category and another comune.
    QVERIFY(insertCategory(b, QStringLiteral("acqua"), QStringLiteral("Acqua")));
    QVERIFY(write(b,
        QStringLiteral(
            "UPDATE comune_cmm SET zona_omogenea = 'Nord Ovest', notes = 'Sede COC nuova' WHERE comune_id = ?"),
        { rho }));

    auto exchange = m_pair->exchange();
    QVERIFY2(exchange, qPrintable(exchange.error().args.join(QLatin1Char(' '))));
    QCOMPARE(m_pair->differingTables(), QStringList());
    QCOMPARE(value(b, QStringLiteral("SELECT coc_contact FROM comune_cmm WHERE comune_id = ?"), { milano }).toString(),
        QStringLiteral("Anna Neri"));
    QCOMPARE(value(a, QStringLiteral("SELECT zona_omogenea FROM comune_cmm WHERE comune_id = ?"), { rho }).toString(),
        QStringLiteral("Nord Ovest"));
    QCOMPARE(value(b, QStringLiteral("SELECT sum(persons) FROM test_ledger")).toInt(), 0);
    QCOMPARE(value(b, QStringLiteral("SELECT count(*) FROM test_ledger")).toInt(), 2);
    QCOMPARE(exchangeConflicts(a) + exchangeConflicts(b), 0);

    // Workstation 2 builds on what it received: its rows refer to workstation 1's service.
    QVERIFY(addLedgerRow(b, service, QStringLiteral("2024-05-03"), 7));
    QVERIFY(m_pair->exchange());
    QCOMPARE(m_pair->differingTables(), QStringList());
    QCOMPARE(value(a, QStringLiteral("SELECT sum(persons) FROM test_ledger")).toInt(), 7);
    // Nothing was logged as the receiver's own change.
    QCOMPARE(value(a, QStringLiteral("SELECT count(*) FROM change_log WHERE workstation = 2")).toInt(), 0);
    QCOMPARE(value(a, QStringLiteral("SELECT count(*) FROM sync_parked")).toInt(), 0);
}

void TestSyncExchange::reimportIsANoOp()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const qint64 service = insertService(a, QStringLiteral("neve"), QStringLiteral("Emergenza neve"));
    QVERIFY(addLedgerRow(a, service, QStringLiteral("2024-01-10"), 4));
    QVERIFY(write(b, QStringLiteral("UPDATE comune_cmm SET phone = '02 999' WHERE comune_id = ?"), { milano }));
    QVERIFY(m_pair->exchange());
    const QString beforeA = fingerprint(a);
    const QString beforeB = fingerprint(b);

    auto again = m_pair->importInto(1);
    QVERIFY(again);
    QCOMPARE(again->files.size(), 0);
    QVERIFY(again->alreadyApplied > 0);
    QCOMPARE(fingerprint(b), beforeB);

    // Even with the record of applied files gone, applying the same files
    // again changes nothing: every change is already there.
    QVERIFY(write(b, QStringLiteral("DELETE FROM sync_import")));
    QVERIFY(write(b, QStringLiteral("DELETE FROM sync_source")));
    auto replay = m_pair->importInto(1);
    QVERIFY(replay);
    QVERIFY(replay->files.size() > 0);
    QCOMPARE(replay->appliedChanges(), 0);
    QCOMPARE(replay->conflicts, 0);
    QCOMPARE(WorkstationPair::tableDump(b, QStringLiteral("test_ledger"))
            + WorkstationPair::tableDump(b, QStringLiteral("comune_cmm")),
        WorkstationPair::tableDump(a, QStringLiteral("test_ledger"))
            + WorkstationPair::tableDump(a, QStringLiteral("comune_cmm")));
    QCOMPARE(fingerprint(a), beforeA);
}

void TestSyncExchange::concurrentEditIsSettledByTheLatestAndLogged()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    QVERIFY(write(a, QStringLiteral("UPDATE comune_cmm SET coc_phone = '02 111' WHERE comune_id = ?"), { milano }));
    m_pair->tick(); // the next edits are the later ones
    QVERIFY(write(b,
        QStringLiteral("UPDATE comune_cmm SET coc_phone = '02 222', coc_contact = 'Luca Verdi' WHERE comune_id = ?"),
        { milano }));

    QVERIFY(m_pair->exchange());
    QCOMPARE(m_pair->differingTables(), QStringList());
    QCOMPARE(value(a, QStringLiteral("SELECT coc_phone FROM comune_cmm WHERE comune_id = ?"), { milano }).toString(),
        QStringLiteral("02 222"));

    // Workstation 1 lost its value: its log keeps it, and says who won.
    ConflictLog logA(a);
    auto conflicts = logA.list(true);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    const SyncConflict &c = conflicts->first();
    QCOMPARE(c.table, QStringLiteral("comune_cmm"));
    QCOMPARE(c.rowId, milano);
    QCOMPARE(c.kind, QStringLiteral("update"));
    QCOMPARE(c.kept.workstation, 2);
    QCOMPARE(c.discarded.workstation, 1);
    bool phone = false;
    for (const SyncConflict::Difference &d : c.differences)
        if (d.column == QLatin1String("coc_phone")) {
            phone = true;
            QCOMPARE(d.kept.toString(), QStringLiteral("02 222"));
            QCOMPARE(d.discarded.toString(), QStringLiteral("02 111"));
        }
    QVERIFY(phone);
    QCOMPARE(ConflictLog::restoreAction(c), RestoreAction::RewriteValues);
    QCOMPARE(logA.recordLabel(c.table, c.rowId).value(), QStringLiteral("Milano")); // through comune_cmm.comune_id
    // Workstation 2 kept its value and logged the one it discarded.
    auto conflictsB = ConflictLog(b).list(true);
    QVERIFY(conflictsB);
    QCOMPARE(conflictsB->size(), 1);
    QCOMPARE(conflictsB->first().discarded.workstation, 1);
}

void TestSyncExchange::equalTimesAreSettledByWorkstationNumber()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    QVERIFY(write(a, QStringLiteral("UPDATE comune_cmm SET email = 'uno@comune.it' WHERE comune_id = ?"), { rho }));
    QVERIFY(write(b, QStringLiteral("UPDATE comune_cmm SET email = 'due@comune.it' WHERE comune_id = ?"), { rho }));
    // The same millisecond on both clocks.
    for (const QSqlDatabase &db : { a, b })
        QVERIFY(runQuery(
            db, QStringLiteral("UPDATE change_log SET changed_at = 1700000000000 WHERE table_name = 'comune_cmm'")));
    QVERIFY(m_pair->exchange());
    QCOMPARE(m_pair->differingTables(), QStringList());
    QCOMPARE(value(a, QStringLiteral("SELECT email FROM comune_cmm WHERE comune_id = ?"), { rho }).toString(),
        QStringLiteral("due@comune.it"));
}

void TestSyncExchange::sequentialEditsAreNotConflicts()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    QVERIFY(write(a, QStringLiteral("UPDATE comune_cmm SET cap = '20121' WHERE comune_id = ?"), { milano }));
    QVERIFY(m_pair->exchange());
    QVERIFY(write(b, QStringLiteral("UPDATE comune_cmm SET cap = '20122' WHERE comune_id = ?"), { milano }));
    QVERIFY(m_pair->exchange());
    QVERIFY(write(a, QStringLiteral("UPDATE comune_cmm SET cap = '20123' WHERE comune_id = ?"), { milano }));
    QVERIFY(m_pair->exchange());
    QCOMPARE(m_pair->differingTables(), QStringList());
    QCOMPARE(value(b, QStringLiteral("SELECT cap FROM comune_cmm WHERE comune_id = ?"), { milano }).toString(),
        QStringLiteral("20123"));
    QCOMPARE(exchangeConflicts(a) + exchangeConflicts(b), 0);
}

void TestSyncExchange::restoringADiscardedValueWinsEverywhere()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    QVERIFY(write(
        a, QStringLiteral("UPDATE comune_cmm SET notes = 'chiavi in portineria' WHERE comune_id = ?"), { milano }));
    m_pair->tick(); // the next edits are the later ones
    QVERIFY(write(
        b, QStringLiteral("UPDATE comune_cmm SET notes = '' , coc_phone = '02 5' WHERE comune_id = ?"), { milano }));
    QVERIFY(m_pair->exchange());
    ConflictLog log(a);
    auto open = log.list(true);
    QVERIFY(open && open->size() == 1);
    QVERIFY(log.restoreDiscarded(open->first().id, QStringLiteral("Anna"), { QStringLiteral("notes") }));
    QCOMPARE(log.openCount().value(), 0);
    QVERIFY(m_pair->exchange());
    QCOMPARE(m_pair->differingTables(), QStringList());
    QCOMPARE(value(b, QStringLiteral("SELECT notes FROM comune_cmm WHERE comune_id = ?"), { milano }).toString(),
        QStringLiteral("chiavi in portineria"));
    QCOMPARE(value(b, QStringLiteral("SELECT coc_phone FROM comune_cmm WHERE comune_id = ?"), { milano }).toString(),
        QStringLiteral("02 5"));
    // Restoring is a change of its own: it is not a new conflict anywhere;
    // the review travelled with it, so the conflict is settled on b too.
    QCOMPARE(ConflictLog(b).openCount().value(), 0);
    auto settled = ConflictLog(b).list(false);
    QVERIFY(settled && settled->size() == 1);
    QCOMPARE(settled->first().resolution, QStringLiteral("restored"));
    QCOMPARE(settled->first().reviewedBy, QStringLiteral("Anna"));
}

void TestSyncExchange::deletionOfARowStillUsedElsewhereIsRefusedAndResent()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const qint64 service = insertService(a, QStringLiteral("prova"), QStringLiteral("Servizio di prova"));
    QVERIFY(m_pair->exchange());
    // Offline: 1 deletes the service, 2 records activity on it.
    QVERIFY(write(a, QStringLiteral("DELETE FROM volunteer_service WHERE id = ?"), { service }));
    const qint64 row = addLedgerRow(b, service, QStringLiteral("2024-03-01"), 3);
    QVERIFY(row);

    auto exchange = m_pair->exchange();
    QVERIFY(exchange);
    QCOMPARE(m_pair->differingTables(), QStringList());
    // The activity is kept, so is the service it needs.
    QCOMPARE(value(a, QStringLiteral("SELECT count(*) FROM volunteer_service WHERE id = ?"), { service }).toInt(), 1);
    QCOMPARE(value(a, QStringLiteral("SELECT count(*) FROM test_ledger WHERE id = ?"), { row }).toInt(), 1);
    // b refused the deletion; the entry travelled to a (the conflict log is
    // shared), beside a's own about the service coming back.
    for (const QSqlDatabase &db : { a, b })
        QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM merge_conflict WHERE kind = 'delete_refused'")).toInt(),
            1);
    QCOMPARE(ConflictLog(a).list(false).value().size(), ConflictLog(b).list(false).value().size());
    QCOMPARE(ConflictLog(b).recordLabel(QStringLiteral("volunteer_service"), service).value(),
        QStringLiteral("Servizio di prova"));
    QCOMPARE(value(a, QStringLiteral("SELECT count(*) FROM sync_parked")).toInt(), 0);
    QCOMPARE(value(b, QStringLiteral("SELECT count(*) FROM sync_parked")).toInt(), 0);
}

void TestSyncExchange::editRacingADeletionEndsTheSameEverywhere()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const qint64 kept = insertService(a, QStringLiteral("k"), QStringLiteral("Da tenere"));
    const qint64 gone = insertService(a, QStringLiteral("g"), QStringLiteral("Da togliere"));
    QVERIFY(m_pair->exchange());
    // Edit then delete on one side, delete then edit on the other.
    QVERIFY(write(b, QStringLiteral("UPDATE volunteer_service SET name = 'Rinominato' WHERE id = ?"), { kept }));
    QVERIFY(write(a, QStringLiteral("DELETE FROM volunteer_service WHERE id = ?"), { gone }));
    m_pair->tick(); // the next edits are the later ones
    QVERIFY(write(a, QStringLiteral("DELETE FROM volunteer_service WHERE id = ?"), { kept }));
    QVERIFY(write(b, QStringLiteral("UPDATE volunteer_service SET name = 'Rinominato anche' WHERE id = ?"), { gone }));
    QVERIFY(m_pair->exchange());
    QCOMPARE(m_pair->differingTables(), QStringList());
    // The later deletion won over the earlier edit; the later edit over the earlier deletion.
    QCOMPARE(value(a, QStringLiteral("SELECT count(*) FROM volunteer_service WHERE id = ?"), { kept }).toInt(), 0);
    QCOMPARE(value(a, QStringLiteral("SELECT name FROM volunteer_service WHERE id = ?"), { gone }).toString(),
        QStringLiteral("Rinominato anche"));
    // Each loser is in a log, with what it would have written.
    QVERIFY(exchangeConflicts(a) >= 1 && exchangeConflicts(b) >= 1);
    // Found on both workstations, listed once on each.
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(value(db, QStringLiteral("SELECT count(*) FROM merge_conflict WHERE kind = 'delete' AND row_id = ?"),
                     { kept })
                     .toInt(),
            2);
        QCOMPARE(
            value(db, QStringLiteral("SELECT count(*) FROM merge_conflict_list WHERE row_id = ?"), { kept }).toInt(), 1);
    }
    QVERIFY(value(b, QStringLiteral("SELECT discarded_values FROM merge_conflict WHERE row_id = ?"), { kept })
                .toString()
                .contains(QStringLiteral("Rinominato")));
    QCOMPARE(
        value(a, QStringLiteral("SELECT count(*) FROM merge_conflict WHERE kind = 'recreated' AND row_id = ?"), { gone })
            .toInt(),
        1);
}

void TestSyncExchange::duplicateUniqueValueWaitsUntilRenamed()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const qint64 onA = insertCategory(a, QStringLiteral("latte"), QStringLiteral("Latte"));
    const qint64 onB = insertCategory(b, QStringLiteral("latte"), QStringLiteral("Latte UHT"));
    QVERIFY(onA && onB);
    auto first = m_pair->exchange();
    QVERIFY(first);
    // Neither can take the other's row: it waits, and says why.
    QCOMPARE(first->intoA.parkedTotal, 1);
    QCOMPARE(first->intoB.parkedTotal, 1);
    QCOMPARE(value(a, QStringLiteral("SELECT reason FROM sync_parked")).toString(), QStringLiteral("duplicate_value"));
    QVERIFY(value(a, QStringLiteral("SELECT detail FROM sync_parked"))
                .toString()
                .contains(QStringLiteral("goods_category.code")));

    // An operator renames one of them: everything settles.
    QVERIFY(write(b, QStringLiteral("UPDATE goods_category SET code = 'latte_uht' WHERE id = ?"), { onB }));
    auto second = m_pair->exchange();
    QVERIFY(second);
    QCOMPARE(m_pair->differingTables(), QStringList());
    QCOMPARE(value(a, QStringLiteral("SELECT count(*) FROM sync_parked")).toInt()
            + value(b, QStringLiteral("SELECT count(*) FROM sync_parked")).toInt(),
        0);
    QCOMPARE(value(a, QStringLiteral("SELECT code FROM goods_category WHERE id = ?"), { onB }).toString(),
        QStringLiteral("latte_uht"));
}

void TestSyncExchange::ledgerRowsAreNeverOverwritten()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const qint64 service = insertService(a, QStringLiteral("x"), QStringLiteral("Servizio X"));
    const qint64 row = addLedgerRow(a, service, QStringLiteral("2024-02-02"), 5);
    QVERIFY(m_pair->exchange());
    // A ledger row that somehow differs (a bug elsewhere, a hand edit):
    // the receiver keeps its own and logs the other.
    QVERIFY(runQuery(b, QStringLiteral("DROP TRIGGER test_ledger_no_update")));
    QVERIFY(write(b, QStringLiteral("UPDATE test_ledger SET persons = 50 WHERE id = ?"), { row }));
    QVERIFY(m_pair->exportFrom(1));
    auto imported = m_pair->importInto(0);
    QVERIFY(imported);
    QCOMPARE(value(a, QStringLiteral("SELECT persons FROM test_ledger WHERE id = ?"), { row }).toInt(), 5);
    QCOMPARE(value(a, QStringLiteral("SELECT kind FROM merge_conflict")).toString(), QStringLiteral("ledger"));
}

void TestSyncExchange::newWorkstationCatchesUpFromTheFolder()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const qint64 service = insertService(a, QStringLiteral("sisma"), QStringLiteral("Sisma"));
    QVERIFY(addLedgerRow(a, service, QStringLiteral("2024-04-04"), 9));
    QVERIFY(insertCategory(b, QStringLiteral("coperte"), QStringLiteral("Coperte")));
    QVERIFY(m_pair->exchange());

    testsupport::TestDatabase third(true, 3);
    QVERIFY(third.isValid());
    QVERIFY(createTestLedger(third.db()));
    SyncImporter importer(third.db());
    auto report = importer.importFrom(m_pair->folder());
    QVERIFY(report);
    QCOMPARE(report->refused.size(), 0);
    QCOMPARE(report->waiting.size(), 0);
    for (const QString &table : { QStringLiteral("volunteer_service"), QStringLiteral("goods_category"),
             QStringLiteral("test_ledger"), QStringLiteral("comune_cmm") })
        QCOMPARE(WorkstationPair::tableDump(third.db(), table), WorkstationPair::tableDump(a, table));
}

void TestSyncExchange::bigBacklogIsSplitIntoFiles()
{
    const QSqlDatabase a = m_pair->a();
    for (int i = 0; i < 30; ++i)
        QVERIFY(insertService(a, QStringLiteral("s%1").arg(i), QStringLiteral("Servizio %1").arg(i)));
    SyncExporter exporter(a);
    auto report = exporter.exportTo(ExportOptions { m_pair->folder(), 7, {} });
    QVERIFY(report);
    QCOMPARE(report->files.size(), 5);
    QCOMPARE(report->changes(), 31); // and a's row in the room's membership list
    QCOMPARE(SyncExporter::pendingChanges(a).value(), 0);
    auto imported = m_pair->importInto(1);
    QVERIFY(imported);
    QCOMPARE(imported->files.size(), 5);
    QCOMPARE(m_pair->differingTables(), QStringList());
}

// A backlog split into files: a row changed in the range of an early file
// and again later travels in both, each time with its values as they are
// at export, once per file, with the version of its latest change (the
// later file's after the one the earlier file recorded).
void TestSyncExchange::rowChangedInSeveralFilesTravelsAsItIsNow()
{
    const QSqlDatabase a = m_pair->a();
    const qint64 first = insertService(a, QStringLiteral("r0"), QStringLiteral("Primo"));
    QVERIFY(first > 0);
    QVERIFY(write(a, QStringLiteral("UPDATE volunteer_service SET name = 'Secondo' WHERE id = ?"), { first }));
    for (int i = 1; i < 6; ++i)
        QVERIFY(insertService(a, QStringLiteral("r%1").arg(i), QStringLiteral("Servizio %1").arg(i)));
    m_pair->tick();
    QVERIFY(write(a, QStringLiteral("UPDATE volunteer_service SET name = 'Ultimo' WHERE id = ?"), { first }));
    const QVariant latestAt = value(a,
        QStringLiteral("SELECT changed_at FROM change_log WHERE table_name = 'volunteer_service' AND row_id = ? "
                       "ORDER BY seq DESC LIMIT 1"),
        { first });
    auto report = SyncExporter(a).exportTo(ExportOptions { m_pair->folder(), 3, {} });
    QVERIFY(report);
    QVERIFY(report->files.size() >= 3);
    int seen = 0;
    for (const ExportedFile &f : report->files) {
        QFile file(QDir(m_pair->folder()).filePath(f.fileName));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto content = decodeSyncFile(file.readAll(), f.fileName, Room::key(a));
        QVERIFY(content);
        int inFile = 0;
        for (const SyncChange &c : content->changes) {
            if (c.table != QLatin1String("volunteer_service") || c.rowId != first)
                continue;
            ++inFile;
            QCOMPARE(c.values.value(QStringLiteral("name")).toString(), QStringLiteral("Ultimo"));
            // The version of its latest change; in a later file, after the
            // version the earlier file recorded (one millisecond on).
            if (seen == 0)
                QCOMPARE(c.version.at, latestAt.toLongLong());
            else
                QVERIFY(c.version.at > latestAt.toLongLong());
            QVERIFY(c.seq >= f.firstSeq && c.seq <= f.lastSeq);
        }
        QVERIFY(inFile <= 1);
        seen += inFile;
    }
    QVERIFY(seen >= 2); // in the range of its first changes, and in the last file
    auto imported = m_pair->importInto(1);
    QVERIFY(imported);
    QCOMPARE(imported->refused.size(), 0);
    QCOMPARE(m_pair->differingTables(), QStringList());
}

void TestSyncExchange::editsOfOneWorkstationAreNeverInConflict()
{
    // issue 15: "kept: workstation 1; discarded: workstation 1". A third
    // workstation holds 1's first edit; 2 edits after it, 1 edits after 2;
    // the third then reads 1's newer file before 2's: its base (2's
    // version) is not what the third holds (1's first), yet 1 made it
    // knowing its own first edit.
    testsupport::TestDatabase third(true, 3);
    QVERIFY(third.isValid());
    core::setSessionClock(third.db(), &m_pair->clock());
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    auto importThird = [&] { return SyncImporter(third.db(), m_pair->clock()).importFrom(m_pair->folder()).ok(); };
    QVERIFY(write(a, QStringLiteral("UPDATE comune_cmm SET cap = '20121' WHERE comune_id = ?"), { milano }));
    QVERIFY(m_pair->exportFrom(0));
    QVERIFY(importThird());
    QVERIFY(m_pair->importInto(1));
    m_pair->tick();
    QVERIFY(write(b, QStringLiteral("UPDATE comune_cmm SET cap = '20122' WHERE comune_id = ?"), { milano }));
    QVERIFY(m_pair->exportFrom(1));
    QVERIFY(m_pair->importInto(0));
    m_pair->tick();
    QVERIFY(write(a, QStringLiteral("UPDATE comune_cmm SET cap = '20123' WHERE comune_id = ?"), { milano }));
    QVERIFY(m_pair->exportFrom(0));
    // The third sees 1's second file without 2's: 2's files wait aside.
    const QDir folder(m_pair->folder());
    const QStringList fromB = folder.entryList({ QStringLiteral("cisiamo-ws0002-*") }, QDir::Files);
    QVERIFY(!fromB.isEmpty());
    QVERIFY(folder.mkpath(QStringLiteral("later")));
    for (const QString &name : fromB)
        QVERIFY(QFile::rename(folder.filePath(name), folder.filePath(QStringLiteral("later/") + name)));
    QVERIFY(importThird());
    for (const QString &name : fromB)
        QVERIFY(QFile::rename(folder.filePath(QStringLiteral("later/") + name), folder.filePath(name)));
    QVERIFY(importThird());
    QCOMPARE(value(third.db(), QStringLiteral("SELECT cap FROM comune_cmm WHERE comune_id = ?"), { milano }).toString(),
        QStringLiteral("20123"));
    QCOMPARE(value(third.db(),
                 QStringLiteral("SELECT count(*) FROM merge_conflict WHERE kept_workstation = discarded_workstation"))
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestSyncExchange)
#include "tst_syncexchange.moc"
