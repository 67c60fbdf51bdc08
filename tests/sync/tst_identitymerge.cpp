// One thing, one row (issue 15, item 2): what has a natural key is one row
// however many workstations create it. For each key, the same record made
// on workstation 1 and on workstation 2 (each with something referring to
// it on workstation 2) must end as one row on both, the older id kept, the
// references moved, the merge recorded in identity_merge, nothing on hold
// and every synchronised table equal. What the program cannot decide (the
// same codice fiscale under another name, donors' names equal only once
// normalised) is listed in "Da riconciliare" and merged by MergeIdentity,
// which a coordinator may run and an operator may not.

#include "core/commands/commandrunner.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/reference/comune.h"
#include "core/sync/conflictlog.h"
#include "core/sync/identityreview.h"
#include "core/sync/postimport.h"
#include "core/sync/naturalkeys.h"
#include "core/sync/syncoverview.h"
#include "core/sync/tableregistry.h"
#include "core/ui/errortext.h"
#include "core/ui/syncerrortext.h"
#include "moduleregistry.h"
#include "support/listwait.h"
#include "support/testaccounts.h"
#include "support/workstationpair.h"
#include "sync/conflictsdialog.h"
#include "sync/reconciledialog.h"
#include "sync/syncstatusdialog.h"
#include "sync/undomergedialog.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/ui/volunteererrors.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using testsupport::WorkstationPair;

// What both workstations share before they work apart.
struct Baseline {
    qint64 organisation = 0;
    qint64 event = 0;
    qint64 service = 0;
    qint64 item = 0;
    qint64 recipient = 0;
};

namespace {

QVariant sqlValue(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? *v : QVariant(QStringLiteral("<error %1>").arg(v.error().args.join(QLatin1Char(' '))));
}

bool sqlWrite(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = core::runQuery(db, sql, binds);
    if (!q)
        qWarning() << q.error().code << q.error().args;
    return bool(q);
}

qint64 newId(const QSqlDatabase &db)
{
    core::Transaction tx(db);
    auto id = core::allocateRowId(db);
    return tx && id && tx.commit() ? *id : 0;
}


qint64 insertVolunteer(const QSqlDatabase &db, qint64 organisation, const QString &taxCode, const QString &first)
{
    const qint64 id = newId(db);
    return sqlWrite(db,
               QStringLiteral("INSERT INTO volunteer(id, organisation_id, last_name, first_name, tax_code, birth_date, "
                              "comune_id) VALUES (?, ?, 'Bianchi', ?, ?, '1990-05-05', ?)"),
               { id, organisation, first, taxCode, core::milanoComuneId })
        ? id
        : 0;
}

QString codiceFiscale(const QString &first, const QDate &birth, QChar sex = QLatin1Char('M'))
{
    return volunteers::CodiceFiscale::build(QStringLiteral("Bianchi"), first, birth, sex, QStringLiteral("F205"));
}

qint64 insertActivation(const QSqlDatabase &db, const Baseline &base, qint64 volunteer, qint64 organisation)
{
    const qint64 id = newId(db);
    return sqlWrite(db,
               QStringLiteral("INSERT INTO activation(id, event_id, volunteer_id, organisation_id, day, service_id, "
                              "recorded_at) VALUES (?, ?, ?, ?, '2026-03-01', ?, 1)"),
               { id, base.event, volunteer, organisation, base.service })
        ? id
        : 0;
}

qint64 insertOrganisation(const QSqlDatabase &db, const QString &name, const QString &registry)
{
    const qint64 id = newId(db);
    return sqlWrite(db,
               QStringLiteral("INSERT INTO organisation(id, name, kind, comune_id, registry_number) "
                              "VALUES (?, ?, 'association', ?, ?)"),
               { id, name, core::milanoComuneId, registry })
        ? id
        : 0;
}

qint64 insertItem(const QSqlDatabase &db, const QString &code, const QString &name)
{
    const qint64 id = newId(db);
    return sqlWrite(db,
               QStringLiteral("INSERT INTO stock_item(id, code, name, category_id, unit) "
                              "VALUES (?, ?, ?, (SELECT min(id) FROM goods_category), 'g')"),
               { id, code, name })
        ? id
        : 0;
}

qint64 insertDonor(const QSqlDatabase &db, const QString &name)
{
    const qint64 id = newId(db);
    return sqlWrite(db, QStringLiteral("INSERT INTO stock_donor(id, name, kind) VALUES (?, ?, 'charity')"), { id, name })
        ? id
        : 0;
}

qint64 insertCountLot(const QSqlDatabase &db, qint64 item)
{
    const qint64 id = newId(db);
    return sqlWrite(db,
               QStringLiteral("INSERT INTO stock_lot(id, item_id, received_on, origin) VALUES (?, ?, '2026-03-01', "
                              "'count')"),
               { id, item })
        ? id
        : 0;
}

qint64 insertReceiptLot(const QSqlDatabase &db, qint64 donor, qint64 item, const QString &number)
{
    const qint64 receipt = newId(db);
    const qint64 lot = newId(db);
    if (!sqlWrite(db,
            QStringLiteral("INSERT INTO stock_receipt(id, number, donor_id, received_on, created_at, operator) "
                           "VALUES (?, ?, ?, '2026-03-01', 1, 'test')"),
            { receipt, number, donor }))
        return 0;
    return sqlWrite(db,
               QStringLiteral("INSERT INTO stock_lot(id, item_id, received_on, origin, donor_id, receipt_id) "
                              "VALUES (?, ?, '2026-03-01', 'receipt', ?, ?)"),
               { lot, item, donor, receipt })
        ? lot
        : 0;
}

qint64 insertRequest(const QSqlDatabase &db, qint64 recipient, const QString &number, const QString &booking)
{
    const qint64 id = newId(db);
    return sqlWrite(db,
               QStringLiteral("INSERT INTO delivery_request(id, number, recipient_id, requested_on, source, "
                              "external_ref, created_at, operator) VALUES (?, ?, ?, '2026-03-02', 'import', ?, 1, 'test')"),
               { id, number, recipient, booking })
        ? id
        : 0;
}

qint64 insertRequestLine(const QSqlDatabase &db, qint64 request, qint64 item)
{
    const qint64 id = newId(db);
    return sqlWrite(db,
               QStringLiteral("INSERT INTO delivery_request_line(id, request_id, item_id, quantity) VALUES (?, ?, ?, 5000)"),
               { id, request, item })
        ? id
        : 0;
}

} // namespace

class TestIdentityMerge : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void normalise_data();
    void normalise();
    void createdApartIsOneRow_data();
    void createdApartIsOneRow();
    void undecidedWaitsForAPerson();
    void operatorMayNotMerge();
    void donorNamesEqualOnceNormalised();
    void reconcileDialogMergesOffscreen();
    void undoRestoresEveryReference();
    void undoTravelsAndIsNotMergedAgain();
    void reconcileDialogUndoesOffscreen();
    void undoWithNewKey_data();
    void undoWithNewKey();
    void undoKeyTakenElsewhereIsReviewed_data();
    void undoKeyTakenElsewhereIsReviewed();
    void undoDialogAsksTheNewKeyOffscreen();
    void twoUndosApartWithDifferentKeys_data();
    void twoUndosApartWithDifferentKeys();

private:
    bool setUpBaseline();
    int parkedTotal() const;

    std::unique_ptr<WorkstationPair> m_pair;
    Baseline m_base;
};

void TestIdentityMerge::initTestCase()
{
    ::declareSyncTables();
    volunteers::VolunteerErrors::registerOnce(); // the codice fiscale's refusals in words, as in the window
}

void TestIdentityMerge::init()
{
    if (QLatin1String(QTest::currentTestFunction()) == QLatin1String("normalise"))
        return; // a pure rule
    m_pair = std::make_unique<WorkstationPair>();
    QVERIFY2(m_pair->isValid(), qPrintable(m_pair->errorText()));
    QVERIFY(setUpBaseline());
}

void TestIdentityMerge::cleanup()
{
    if (m_pair)
        for (int i = 0; i < 2; ++i)
            testsupport::signOut(m_pair->station(i));
    m_pair.reset();
}

bool TestIdentityMerge::setUpBaseline()
{
    const QSqlDatabase a = m_pair->a();
    if (!testsupport::createRoleAccounts(a, m_pair->clock()))
        return false;
    m_base.organisation = insertOrganisation(a, QStringLiteral("Gruppo base"), QStringLiteral("MI-0001"));
    m_base.event = newId(a);
    m_base.service = newId(a);
    m_base.recipient = newId(a);
    if (!m_base.organisation
        || !sqlWrite(a,
            QStringLiteral("INSERT INTO activation_event(id, name, event_type, authorising_act, start_date) "
                           "VALUES (?, 'Alluvione', 'ordinary', 'Atto 1', '2026-01-01')"),
            { m_base.event })
        || !sqlWrite(a, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, 'log', 'Logistica')"),
            { m_base.service })
        || !sqlWrite(a,
            QStringLiteral("INSERT INTO delivery_recipient(id, kind, name, comune_id) VALUES (?, 'other', 'RSA Test', ?)"),
            { m_base.recipient, core::milanoComuneId }))
        return false;
    m_base.item = insertItem(a, QStringLiteral("BASE"), QStringLiteral("Articolo base"));
    if (!m_base.item)
        return false;
    auto exchanged = m_pair->exchange();
    if (!exchanged) {
        qWarning() << "exchange:" << exchanged.error().code << exchanged.error().args;
        return false;
    }
    m_pair->tick();
    const QStringList differing = m_pair->differingTables();
    if (!differing.isEmpty())
        qWarning() << "differing after the baseline:" << differing;
    return differing.isEmpty();
}

int TestIdentityMerge::parkedTotal() const
{
    return sqlValue(m_pair->a(), QStringLiteral("SELECT count(*) FROM sync_parked")).toInt()
        + sqlValue(m_pair->b(), QStringLiteral("SELECT count(*) FROM sync_parked")).toInt();
}

void TestIdentityMerge::normalise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case and spaces") << QStringLiteral("  Banco  Alimentare ") << QStringLiteral("banco alimentare");
    QTest::newRow("punctuation") << QStringLiteral("Coop. Lombardia s.r.l.") << QStringLiteral("coop lombardia s r l");
    QTest::newRow("accents") << QStringLiteral("Società Solidarietà") << QStringLiteral("societa solidarieta");
    QTest::newRow("apostrophe") << QStringLiteral("L'Abbraccio") << QStringLiteral("l abbraccio");
    QTest::newRow("empty") << QString() << QString();
}

void TestIdentityMerge::normalise()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(core::sync::NaturalKeys::normalise(text), expected);
}

void TestIdentityMerge::createdApartIsOneRow_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("keyColumn");
    QTest::addColumn<QString>("key");
    QTest::newRow("volunteer (codice fiscale)") << "volunteer" << "volunteer" << "tax_code" << "BNCLCU90E05F205X";
    QTest::newRow("booking PRN-777 (request)") << "request" << "delivery_request" << "external_ref" << "PRN-777";
    QTest::newRow("organisation (registry number)") << "organisation registry" << "organisation"
                                                    << "registry_number" << "MI-PC-0777";
    QTest::newRow("organisation (name)") << "organisation name" << "organisation" << "name" << "Croce Verde Rho";
    QTest::newRow("item (code)") << "item" << "stock_item" << "code" << "LATTE";
    QTest::newRow("donor (name)") << "donor" << "stock_donor" << "name" << "Banco Alimentare della Lombardia";
}

void TestIdentityMerge::createdApartIsOneRow()
{
    QFETCH(QString, kind);
    QFETCH(QString, table);
    QFETCH(QString, keyColumn);
    QFETCH(QString, key);
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();

    // The same thing created on both, and on workstation 2 something that
    // refers to its own copy.
    qint64 onA = 0, onB = 0, reference = 0;
    QString referenceTable, referenceColumn;
    if (kind == QLatin1String("volunteer")) {
        onA = insertVolunteer(a, m_base.organisation, key, QStringLiteral("Luca"));
        onB = insertVolunteer(b, m_base.organisation, key, QStringLiteral("LUCA"));
        reference = insertActivation(b, m_base, onB, m_base.organisation);
        referenceTable = QStringLiteral("activation");
        referenceColumn = QStringLiteral("volunteer_id");
    } else if (kind == QLatin1String("request")) {
        onA = insertRequest(a, m_base.recipient, QStringLiteral("RQ-1-0001"), key);
        onB = insertRequest(b, m_base.recipient, QStringLiteral("RQ-2-0001"), key);
        reference = insertRequestLine(b, onB, m_base.item);
        referenceTable = QStringLiteral("delivery_request_line");
        referenceColumn = QStringLiteral("request_id");
    } else if (kind == QLatin1String("organisation registry")) {
        onA = insertOrganisation(a, QStringLiteral("Protezione civile Rho"), key);
        onB = insertOrganisation(b, QStringLiteral("Protezione Civile  Rho"), key);
        reference = insertVolunteer(b, onB, QStringLiteral("RSSMRA80A01H264W"), QStringLiteral("Mario"));
        referenceTable = QStringLiteral("volunteer");
        referenceColumn = QStringLiteral("organisation_id");
    } else if (kind == QLatin1String("organisation name")) {
        onA = insertOrganisation(a, key, QString());
        onB = insertOrganisation(b, key.toUpper(), QString());
        reference = insertVolunteer(b, onB, QStringLiteral("RSSMRA80A01H264W"), QStringLiteral("Mario"));
        referenceTable = QStringLiteral("volunteer");
        referenceColumn = QStringLiteral("organisation_id");
    } else if (kind == QLatin1String("item")) {
        onA = insertItem(a, key, QStringLiteral("Latte UHT"));
        onB = insertItem(b, key, QStringLiteral("Latte intero UHT"));
        reference = insertCountLot(b, onB);
        referenceTable = QStringLiteral("stock_lot");
        referenceColumn = QStringLiteral("item_id");
    } else if (kind == QLatin1String("donor")) {
        onA = insertDonor(a, key);
        onB = insertDonor(b, key.toLower());
        reference = insertReceiptLot(b, onB, m_base.item, QStringLiteral("C-2-0001"));
        referenceTable = QStringLiteral("stock_lot");
        referenceColumn = QStringLiteral("donor_id");
    }
    QVERIFY(onA && onB && reference);
    QVERIFY(onA < onB); // workstation 1's ids are the lower: its row is the one kept

    auto exchanged = m_pair->exchange();
    QVERIFY(exchanged);

    const QString keySql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ? COLLATE NOCASE").arg(table, keyColumn);
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, keySql, { key }).toInt(), 1);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), { onA }).toInt(), 1);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table), { onB }).toInt(), 0);
        // What referred to workstation 2's copy refers to the one kept.
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(referenceColumn, referenceTable),
                     { reference })
                     .toLongLong(),
            onA);
        // Recorded, with the other copy's values, and travelling.
        QCOMPARE(sqlValue(db,
                     QStringLiteral("SELECT count(*) FROM identity_merge WHERE table_name = ? AND kept_id = ? "
                                    "AND merged_id = ?"),
                     { table, onA, onB })
                     .toInt()
                > 0,
            true);
    }
    if (kind == QLatin1String("volunteer"))
        for (const QSqlDatabase &db : { a, b }) // person-days: the day counted once, for the one volunteer
            QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM activation WHERE volunteer_id = ?"), { onA }).toInt(),
                1);
    if (kind.startsWith(QLatin1String("organisation")))
        for (const QSqlDatabase &db : { a, b })
            QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM organisation")).toInt(), 2);
    // The row moved on workstation 2 was not sent back as its own change,
    // and nothing waits.
    QCOMPARE(parkedTotal(), 0);
    QCOMPARE(m_pair->differingTables(), QStringList());
    // Quiet afterwards: another round changes nothing.
    QVERIFY(m_pair->exchange());
    QCOMPARE(m_pair->differingTables(), QStringList());
    // The kept row can still be edited and the edit travels.
    m_pair->tick();
    QVERIFY(sqlWrite(b, QStringLiteral("UPDATE %1 SET %2 = %2 || '' WHERE id = ?").arg(table, keyColumn), { onA }));
    QVERIFY(m_pair->exchange());
    QCOMPARE(m_pair->differingTables(), QStringList());
}

void TestIdentityMerge::undecidedWaitsForAPerson()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const QString taxCode = QStringLiteral("BNCLCU90E05F205X");
    const qint64 onA = insertVolunteer(a, m_base.organisation, taxCode, QStringLiteral("Luca"));
    const qint64 onB = insertVolunteer(b, m_base.organisation, taxCode, QStringLiteral("Lucia"));
    const qint64 day = insertActivation(b, m_base, onB, m_base.organisation);
    QVERIFY(onA && onB && day);
    QVERIFY(m_pair->exchange());

    // Not merged without a person: each waits on the other workstation,
    // listed to reconcile, and said in words.
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT reason FROM sync_parked WHERE table_name = 'volunteer'")).toString(),
            QStringLiteral("natural_key"));
        auto cases = core::sync::readReconcileList(db);
        QVERIFY(cases);
        QCOMPARE(cases->size(), 1);
        QCOMPARE(cases->first().table, QStringLiteral("volunteer"));
        QVERIFY(cases->first().otherWaiting);
        QCOMPARE(cases->first().differing, QStringList { QStringLiteral("first_name") });
        auto overview = core::sync::readSyncOverview(db);
        QVERIFY(overview);
        for (const core::sync::ParkedChange &p : overview->parked) {
            const QString text = core::SyncErrorText::parkedReason(p.reason, p.detail);
            QVERIFY2(!text.contains(QLatin1String("UNIQUE")) && !text.contains(QLatin1String("tax_code")),
                qPrintable(text));
        }
    }
    // The activation made on 2 waits too (its volunteer is not on 1 yet).
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM activation WHERE id = ?"), { day }).toInt(), 0);

    // A coordinator on workstation 2 merges: the older record stays.
    QVERIFY(testsupport::signInAs(b, QStringLiteral("coord"), m_pair->clock()));
    core::sync::MergeIdentity merge(QStringLiteral("volunteer"), onB, onA);
    core::CommandRunner runner(b, m_pair->clock());
    const core::Status merged = runner.run(merge);
    QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().code + merged.error().args.join(QLatin1Char(' '))));
    QCOMPARE(merge.keptId(), onA);
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT decided_by FROM identity_merge WHERE merged_id = ?"), { onB }).toString(),
        QStringLiteral("person"));
    QCOMPARE(sqlValue(b,
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE "
                                "'%sync.identity.merge%'"))
                 .toInt(),
        1);
    QVERIFY(m_pair->exchange());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM volunteer WHERE tax_code = ?"), { taxCode }).toInt(), 1);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT id FROM volunteer WHERE tax_code = ?"), { taxCode }).toLongLong(), onA);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { day }).toLongLong(), onA);
        auto cases = core::sync::readReconcileList(db);
        QVERIFY(cases && cases->isEmpty());
    }
    QCOMPARE(parkedTotal(), 0);
    QCOMPARE(m_pair->differingTables(), QStringList());
}

void TestIdentityMerge::operatorMayNotMerge()
{
    const QSqlDatabase a = m_pair->a();
    const qint64 first = insertDonor(a, QStringLiteral("Coop. Lombardia"));
    const qint64 second = insertDonor(a, QStringLiteral("Coop Lombardia"));
    QVERIFY(first && second);
    QVERIFY(testsupport::signInAs(a, QStringLiteral("oper"), m_pair->clock()));
    core::sync::MergeIdentity merge(QStringLiteral("stock_donor"), first, second);
    const core::Status s = core::CommandRunner(a, m_pair->clock()).run(merge);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM stock_donor WHERE id IN (?, ?)"), { first, second }).toInt(),
        2);
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM identity_merge")).toInt(), 0);
}

void TestIdentityMerge::donorNamesEqualOnceNormalised()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const qint64 onA = insertDonor(a, QStringLiteral("Coop. Lombardia"));
    const qint64 onB = insertDonor(b, QStringLiteral("Coop Lombardia"));
    const qint64 lot = insertReceiptLot(b, onB, m_base.item, QStringLiteral("C-2-0001"));
    QVERIFY(onA && onB && lot);
    QVERIFY(m_pair->exchange());
    // Two rows everywhere (the database sees two names), listed for review.
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM stock_donor WHERE id IN (?, ?)"), { onA, onB }).toInt(),
            2);
        auto cases = core::sync::readReconcileList(db);
        QVERIFY(cases);
        QCOMPARE(cases->size(), 1);
        QVERIFY(!cases->first().otherWaiting);
        QCOMPARE(cases->first().hereId, onA);
        QCOMPARE(cases->first().otherId, onB);
    }
    QVERIFY(testsupport::signInAs(a, QStringLiteral("coord"), m_pair->clock()));
    core::sync::MergeIdentity merge(QStringLiteral("stock_donor"), onA, onB);
    QVERIFY(core::CommandRunner(a, m_pair->clock()).run(merge));
    QVERIFY(m_pair->exchange());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM stock_donor WHERE id IN (?, ?)"), { onA, onB }).toInt(),
            1);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT donor_id FROM stock_lot WHERE id = ?"), { lot }).toLongLong(), onA);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM stock_receipt WHERE donor_id = ?"), { onA }).toInt(), 1);
        auto cases = core::sync::readReconcileList(db);
        QVERIFY(cases && cases->isEmpty());
    }
    QCOMPARE(parkedTotal(), 0);
    QCOMPARE(m_pair->differingTables(), QStringList());
}

void TestIdentityMerge::reconcileDialogMergesOffscreen()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const QString taxCode = QStringLiteral("BNCLCU90E05F205X");
    const qint64 onA = insertVolunteer(a, m_base.organisation, taxCode, QStringLiteral("Luca"));
    QVERIFY(onA && insertVolunteer(b, m_base.organisation, taxCode, QStringLiteral("Lucia")));
    QVERIFY(insertDonor(a, QStringLiteral("Società Solidarietà")) && insertDonor(b, QStringLiteral("Societa' solidarieta")));
    QVERIFY(m_pair->exchange());
    QVERIFY(testsupport::signInAs(a, QStringLiteral("coord"), m_pair->clock()));

    ReconcileDialog dialog(a, m_pair->clock());
    dialog.resize(1366, 768); // a laptop's whole screen
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.isLoading());
    QCOMPARE(dialog.list()->rowCount(), 2);
    QVERIFY(!dialog.mergeButton()->isEnabled()); // nothing selected
    // A differing column is named in words, from the table's titles when
    // the dialog has no short name of its own for it.
    QCOMPARE(ReconcileDialog::columnText(QStringLiteral("volunteer"), QStringLiteral("first_name")),
        QStringLiteral("first name"));
    const QString taxCodeText = ReconcileDialog::columnText(QStringLiteral("volunteer"), QStringLiteral("tax_code"));
    QVERIFY2(!taxCodeText.isEmpty() && taxCodeText != QLatin1String("tax_code") && taxCodeText.at(0).isLower(),
        qPrintable(taxCodeText));
    const QString shots = qEnvironmentVariable("CISIAMO_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("reconcile.png"))));
    int volunteerRow = -1;
    for (int i = 0; i < dialog.cases().size(); ++i)
        if (dialog.cases().at(i).table == QLatin1String("volunteer"))
            volunteerRow = i;
    QVERIFY(volunteerRow >= 0);
    dialog.list()->selectRow(volunteerRow);
    QVERIFY(dialog.mergeButton()->isEnabled());
    QSignalSpy loaded(&dialog, &ReconcileDialog::loaded);
    QTest::mouseClick(dialog.mergeButton(), Qt::LeftButton);
    QTRY_VERIFY(loaded.count() >= 1);
    QTRY_VERIFY(!dialog.isLoading());
    QCOMPARE(dialog.list()->rowCount(), 1);
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM volunteer WHERE tax_code = ?"), { taxCode }).toInt(), 1);
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT id FROM volunteer WHERE tax_code = ?"), { taxCode }).toLongLong(), onA);

    // An operator sees the list but cannot merge.
    testsupport::signOut(a);
    QVERIFY(testsupport::signInAs(a, QStringLiteral("oper"), m_pair->clock()));
    ReconcileDialog forOperator(a, m_pair->clock());
    forOperator.show();
    QTRY_VERIFY(!forOperator.isLoading());
    QCOMPARE(forOperator.list()->rowCount(), 1);
    forOperator.list()->selectRow(0);
    QVERIFY(!forOperator.mergeButton()->isEnabled());

    // The sync status names the problem in words and offers the list.
    SyncStatusDialog status(b, nullptr);
    QTRY_VERIFY(!status.isLoading());
    const QList<QTableWidget *> parked = status.findChildren<QTableWidget *>();
    bool sawParked = false;
    for (QTableWidget *t : parked)
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c)
                if (t->item(r, c)) {
                    QVERIFY2(!t->item(r, c)->text().contains(QLatin1String("UNIQUE constraint")),
                        qPrintable(t->item(r, c)->text()));
                    sawParked = sawParked || t->item(r, c)->text().contains(QLatin1String("reconcile"));
                }
    QVERIFY(sawParked);
    auto *button = status.findChild<QPushButton *>(QStringLiteral("reconcileButton"));
    QVERIFY(button);
    QSignalSpy asked(&status, &SyncStatusDialog::reconcileRequested);
    button->click();
    QCOMPARE(asked.count(), 1);
}

void TestIdentityMerge::undoRestoresEveryReference()
{
    // One workstation: two donors merged by a person, then the merge undone.
    const QSqlDatabase a = m_pair->a();
    const qint64 first = insertDonor(a, QStringLiteral("Coop. Lombardia"));
    const qint64 second = insertDonor(a, QStringLiteral("Coop Lombardia"));
    const qint64 lot = insertReceiptLot(a, second, m_base.item, QStringLiteral("C-1-0001"));
    const qint64 otherLot = insertReceiptLot(a, first, m_base.item, QStringLiteral("C-1-0002"));
    QVERIFY(first && second && lot && otherLot);
    const qint64 receipt = sqlValue(a, QStringLiteral("SELECT receipt_id FROM stock_lot WHERE id = ?"), { lot }).toLongLong();
    QVERIFY(testsupport::signInAs(a, QStringLiteral("coord"), m_pair->clock()));
    core::sync::MergeIdentity merge(QStringLiteral("stock_donor"), first, second);
    QVERIFY(core::CommandRunner(a, m_pair->clock()).run(merge));
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT donor_id FROM stock_lot WHERE id = ?"), { lot }).toLongLong(), first);
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT donor_id FROM stock_receipt WHERE id = ?"), { receipt }).toLongLong(), first);
    auto merges = core::sync::readMergeList(a);
    QVERIFY(merges);
    QCOMPARE(merges->size(), 1);
    const qint64 mergeId = merges->first().mergeId;
    QCOMPARE(merges->first().mergedId, second);
    QVERIFY(merges->first().byPerson);
    QCOMPARE(core::sync::ReconcileCase::label(merges->first().merged), QStringLiteral("Coop Lombardia"));
    const QByteArray rowBefore = WorkstationPair::tableDump(a, QStringLiteral("stock_donor")).toUtf8();
    m_pair->tick();

    // An operator may not undo it (refused, audited, nothing written).
    testsupport::signOut(a);
    QVERIFY(testsupport::signInAs(a, QStringLiteral("oper"), m_pair->clock()));
    core::sync::UndoIdentityMerge denied(mergeId);
    const core::Status refused = core::CommandRunner(a, m_pair->clock()).run(denied);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("auth.denied"));
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM identity_merge_undo")).toInt(), 0);
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM stock_donor WHERE id = ?"), { second }).toInt(), 0);
    testsupport::signOut(a);

    QVERIFY(testsupport::signInAs(a, QStringLiteral("coord"), m_pair->clock()));
    core::sync::UndoIdentityMerge undo(mergeId);
    const core::Status undone = core::CommandRunner(a, m_pair->clock()).run(undo);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().code + QLatin1Char(' ') + undone.error().args.join(QLatin1Char(' '))));
    QVERIFY(undo.changedTables().contains(QStringLiteral("stock_lot")));
    // The donor is back as it was, and every reference the merge moved.
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT name FROM stock_donor WHERE id = ?"), { second }).toString(),
        QStringLiteral("Coop Lombardia"));
    QVERIFY(WorkstationPair::tableDump(a, QStringLiteral("stock_donor")).toUtf8() != rowBefore);
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT donor_id FROM stock_lot WHERE id = ?"), { lot }).toLongLong(), second);
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT donor_id FROM stock_receipt WHERE id = ?"), { receipt }).toLongLong(), second);
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT donor_id FROM stock_lot WHERE id = ?"), { otherLot }).toLongLong(), first);
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM sync_identity_pointer")).toInt(), 0);
    QCOMPARE(sqlValue(a, QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
    // The undo entry travels; the merge is no longer listed; audited.
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'identity_merge_undo'")).toInt(), 1);
    merges = core::sync::readMergeList(a);
    QVERIFY(merges && merges->isEmpty());
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE "
                                     "'%sync.identity.undo%'"))
                 .toInt(),
        1);
    // The two are listed to reconcile again (their names are equal once normalised).
    auto cases = core::sync::readReconcileList(a);
    QVERIFY(cases);
    QCOMPARE(cases->size(), 1);

    // A second undo of the same merge is refused, and writes nothing.
    core::sync::UndoIdentityMerge again(mergeId);
    const core::Status twice = core::CommandRunner(a, m_pair->clock()).run(again);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, QStringLiteral("sync.identity_undo_done"));
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM identity_merge_undo")).toInt(), 1);
    QVERIFY(!core::SyncErrorText::message(twice.error()).isEmpty());

    // A person may merge them again: a new entry, in effect.
    core::sync::MergeIdentity remerge(QStringLiteral("stock_donor"), first, second);
    QVERIFY(core::CommandRunner(a, m_pair->clock()).run(remerge));
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM stock_donor WHERE id = ?"), { second }).toInt(), 0);
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT donor_id FROM stock_lot WHERE id = ?"), { lot }).toLongLong(), first);
    merges = core::sync::readMergeList(a);
    QVERIFY(merges);
    QCOMPARE(merges->size(), 1);
    QVERIFY(merges->first().mergeId != mergeId);
}

void TestIdentityMerge::undoTravelsAndIsNotMergedAgain()
{
    // The same volunteer made on both workstations, merged by the program
    // on both; the merge undone on B (after the codice fiscale of the kept
    // record was corrected): both end with two volunteers, each with its
    // own activations, and never merge them again.
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const QString taxCode = QStringLiteral("BNCLCU90E05F205X");
    const qint64 onA = insertVolunteer(a, m_base.organisation, taxCode, QStringLiteral("Luca"));
    const qint64 onB = insertVolunteer(b, m_base.organisation, taxCode, QStringLiteral("Luca"));
    QVERIFY(onA && onB && onA < onB);
    const qint64 activationA = insertActivation(a, m_base, onA, m_base.organisation);
    const qint64 activationB = insertActivation(b, m_base, onB, m_base.organisation);
    QVERIFY(activationA && activationB);
    QVERIFY(m_pair->exchange());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM volunteer WHERE tax_code = ?"), { taxCode }).toInt(), 1);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB }).toLongLong(),
            onA);
    }
    QCOMPARE(m_pair->differingTables(), QStringList());
    m_pair->tick();

    QVERIFY(testsupport::signInAs(b, QStringLiteral("coord"), m_pair->clock()));
    auto merges = core::sync::readMergeList(b);
    QVERIFY(merges);
    QCOMPARE(merges->size(), 1);
    QVERIFY(!merges->first().byPerson);
    const qint64 mergeId = merges->first().mergeId;
    // The kept record still has the codice fiscale: refused, nothing written.
    core::sync::UndoIdentityMerge tooEarly(mergeId);
    const core::Status taken = core::CommandRunner(b, m_pair->clock()).run(tooEarly);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code, QStringLiteral("sync.identity_undo_key_taken"));
    QVERIFY(core::SyncErrorText::message(taken.error()).contains(core::SyncErrorText::keyColumnText(QStringLiteral("tax_code"))));
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT count(*) FROM identity_merge_undo")).toInt(), 0);
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB }).toLongLong(), onA);

    // The codice fiscale of the kept record was typed wrong: corrected, then undone.
    const QString corrected = QStringLiteral("BNCLCU90E05F205Y");
    QVERIFY(sqlWrite(b, QStringLiteral("UPDATE volunteer SET tax_code = ? WHERE id = ?"), { corrected, onA }));
    m_pair->tick();
    core::sync::UndoIdentityMerge undo(mergeId);
    const core::Status undone = core::CommandRunner(b, m_pair->clock()).run(undo);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().code + QLatin1Char(' ') + undone.error().args.join(QLatin1Char(' '))));
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onB }).toString(), taxCode);
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB }).toLongLong(), onB);
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationA }).toLongLong(), onA);
    m_pair->tick();

    auto exchanged = m_pair->exchange();
    QVERIFY(exchanged);
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onA }).toString(), corrected);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onB }).toString(), taxCode);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB }).toLongLong(),
            onB);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationA }).toLongLong(),
            onA);
        auto list = core::sync::readMergeList(db);
        QVERIFY(list && list->isEmpty());
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM sync_identity_pointer")).toInt(), 0);
    }
    QCOMPARE(parkedTotal(), 0);
    QCOMPARE(m_pair->differingTables(), QStringList());

    // The restored record is a record again: its changes are no longer
    // dropped, and nothing merges the two again.
    m_pair->tick();
    QVERIFY(sqlWrite(a, QStringLiteral("UPDATE volunteer SET phone = '3331234567' WHERE id = ?"), { onB }));
    QVERIFY(m_pair->exchange());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT phone FROM volunteer WHERE id = ?"), { onB }).toString(),
            QStringLiteral("3331234567"));
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM volunteer WHERE id IN (?, ?)"), { onA, onB }).toInt(), 2);
    }
    QCOMPARE(parkedTotal(), 0);
    QCOMPARE(m_pair->differingTables(), QStringList());
}

void TestIdentityMerge::reconcileDialogUndoesOffscreen()
{
    const QSqlDatabase a = m_pair->a();
    const qint64 first = insertDonor(a, QStringLiteral("Società Solidarietà"));
    const qint64 second = insertDonor(a, QStringLiteral("Societa' solidarieta"));
    const qint64 lot = insertReceiptLot(a, second, m_base.item, QStringLiteral("C-1-0003"));
    QVERIFY(first && second && lot);
    QVERIFY(testsupport::signInAs(a, QStringLiteral("coord"), m_pair->clock()));
    core::sync::MergeIdentity merge(QStringLiteral("stock_donor"), first, second);
    QVERIFY(core::CommandRunner(a, m_pair->clock()).run(merge));

    ReconcileDialog dialog(a, m_pair->clock());
    dialog.resize(1366, 768);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.isLoading());
    QCOMPARE(dialog.list()->rowCount(), 0);
    QCOMPARE(dialog.mergeList()->rowCount(), 1);
    QCOMPARE(dialog.mergeList()->item(0, 3)->text(), QStringLiteral("Societa' solidarieta"));
    QVERIFY(!dialog.undoButton()->isEnabled()); // nothing selected
    dialog.mergeList()->selectRow(0);
    QVERIFY(dialog.undoButton()->isEnabled());
    const QString shots = qEnvironmentVariable("CISIAMO_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("reconcile-merges.png"))));
    QSignalSpy loaded(&dialog, &ReconcileDialog::loaded);
    QVERIFY(dialog.undoSelected(false));
    QTRY_VERIFY(loaded.count() >= 1);
    QTRY_VERIFY(!dialog.isLoading());
    QCOMPARE(dialog.mergeList()->rowCount(), 0);
    QCOMPARE(dialog.list()->rowCount(), 1); // the two donors to reconcile again
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT donor_id FROM stock_lot WHERE id = ?"), { lot }).toLongLong(), second);

    // An operator sees the merges but cannot undo one.
    core::sync::MergeIdentity again(QStringLiteral("stock_donor"), first, second);
    QVERIFY(core::CommandRunner(a, m_pair->clock()).run(again));
    testsupport::signOut(a);
    QVERIFY(testsupport::signInAs(a, QStringLiteral("oper"), m_pair->clock()));
    ReconcileDialog forOperator(a, m_pair->clock());
    forOperator.show();
    QTRY_VERIFY(!forOperator.isLoading());
    QCOMPARE(forOperator.mergeList()->rowCount(), 1);
    forOperator.mergeList()->selectRow(0);
    QVERIFY(!forOperator.undoButton()->isEnabled());
}

// Two different people merged by the program because one codice fiscale
// was typed wrong: the undo gives the record brought back its correct code
// in the same command (checked as the volunteer form checks it), and both
// workstations end with the same two records.
void TestIdentityMerge::undoWithNewKey_data()
{
    QTest::addColumn<QString>("newKey");
    QTest::addColumn<QString>("error"); // empty: accepted
    const QString lucia = codiceFiscale(QStringLiteral("Lucia"), QDate(1991, 6, 7), QLatin1Char('F'));
    QString badCheck = lucia;
    badCheck[15] = badCheck.at(15) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QTest::newRow("valid") << lucia << QString();
    QTest::newRow("typed in lower case with spaces")
        << (lucia.left(6).toLower() + QLatin1Char(' ') + lucia.mid(6)) << QString();
    QTest::newRow("wrong check character") << badCheck << "volunteers.cf_check";
    QTest::newRow("too short") << "BNCLCU90"
                               << "volunteers.cf_length";
    QTest::newRow("empty") << ""
                           << "volunteers.cf_empty";
    QTest::newRow("the record kept's") << "kept"
                                       << "sync.identity_undo_new_key_taken";
    QTest::newRow("a third record's") << "third"
                                      << "sync.identity_undo_new_key_taken";
}

void TestIdentityMerge::undoWithNewKey()
{
    QFETCH(QString, newKey);
    QFETCH(QString, error);
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const QString taxCode = codiceFiscale(QStringLiteral("Luca"), QDate(1990, 5, 5)); // valid
    const qint64 onA = insertVolunteer(a, m_base.organisation, taxCode, QStringLiteral("Luca"));
    const qint64 onB = insertVolunteer(b, m_base.organisation, taxCode, QStringLiteral("Luca"));
    QVERIFY(onA && onB && onA < onB);
    const qint64 activationB = insertActivation(b, m_base, onB, m_base.organisation);
    QVERIFY(activationB);
    if (newKey == QLatin1String("kept"))
        newKey = taxCode;
    if (newKey == QLatin1String("third")) {
        newKey = codiceFiscale(QStringLiteral("Marta"), QDate(1985, 1, 2), QLatin1Char('F'));
        QVERIFY(insertVolunteer(a, m_base.organisation, newKey, QStringLiteral("Marta")));
    }
    QVERIFY(m_pair->exchange());
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB }).toLongLong(),
        onA);
    m_pair->tick();

    QVERIFY(testsupport::signInAs(b, QStringLiteral("coord"), m_pair->clock()));
    auto merges = core::sync::readMergeList(b);
    QVERIFY(merges);
    QCOMPARE(merges->size(), 1);
    // The dialog knows beforehand that the codice fiscale must change.
    QCOMPARE(merges->first().takenKeys, QStringList { QStringLiteral("tax_code") });
    core::sync::UndoIdentityMerge undo(merges->first().mergeId, { { QStringLiteral("tax_code"), newKey } });
    const core::Status s = core::CommandRunner(b, m_pair->clock()).run(undo);
    if (!error.isEmpty()) {
        QVERIFY(!s);
        QCOMPARE(s.error().code, error);
        QVERIFY(!core::ErrorText::describe(s.error()).isEmpty());
        if (error.startsWith(QLatin1String("sync.")))
            QVERIFY(!core::SyncErrorText::message(s.error()).isEmpty());
        // Nothing written: the merge stands.
        QCOMPARE(sqlValue(b, QStringLiteral("SELECT count(*) FROM identity_merge_undo")).toInt(), 0);
        QCOMPARE(sqlValue(b, QStringLiteral("SELECT count(*) FROM volunteer WHERE id = ?"), { onB }).toInt(), 0);
        QCOMPARE(
            sqlValue(b, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB }).toLongLong(),
            onA);
        return;
    }
    QVERIFY2(s, qPrintable(s ? QString() : s.error().code + QLatin1Char(' ') + s.error().args.join(QLatin1Char(' '))));
    const QString expected = volunteers::CodiceFiscale::normalise(newKey);
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onB }).toString(), expected);
    // The date of birth follows the codice fiscale, as in the volunteer form.
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT birth_date FROM volunteer WHERE id = ?"), { onB }).toString(),
        QStringLiteral("1991-06-07"));
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onA }).toString(), taxCode);
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB }).toLongLong(),
        onB);
    // Audited with the new key.
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT count(*) FROM audit_event WHERE kind = 'command' AND detail LIKE ?"),
                 { QStringLiteral("%sync.identity.undo%tax_code=") + expected + QLatin1Char('%') })
                 .toInt(),
        1);
    m_pair->tick();
    QVERIFY(m_pair->exchange());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onA }).toString(), taxCode);
        QCOMPARE(
            sqlValue(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onB }).toString(), expected);
        QCOMPARE(
            sqlValue(db, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB }).toLongLong(),
            onB);
        auto list = core::sync::readMergeList(db);
        QVERIFY(list && list->isEmpty());
        auto cases = core::sync::readReconcileList(db);
        QVERIFY(cases && cases->isEmpty());
    }
    QCOMPARE(parkedTotal(), 0);
    QCOMPARE(m_pair->differingTables(), QStringList());
    // A record like any other: its later edits travel, nothing merges it again.
    m_pair->tick();
    QVERIFY(sqlWrite(a, QStringLiteral("UPDATE volunteer SET phone = '3330001111' WHERE id = ?"), { onB }));
    QVERIFY(m_pair->exchange());
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT phone FROM volunteer WHERE id = ?"), { onB }).toString(),
        QStringLiteral("3330001111"));
    QCOMPARE(parkedTotal(), 0);
    QCOMPARE(m_pair->differingTables(), QStringList());
}

// The undo gives the record brought back a codice fiscale that, on the
// other workstation, a third record took meanwhile. The other workstation
// does not keep the merge: the record brought back meets the third one as
// a received record would, the same way on both workstations: merged by
// the program when they are the same person, else listed in "Da
// riconciliare" on both until a person decides (here: the third record's
// codice fiscale is corrected), and then both end equal.
void TestIdentityMerge::undoKeyTakenElsewhereIsReviewed_data()
{
    QTest::addColumn<QString>("thirdName");
    QTest::addColumn<bool>("samePerson");
    QTest::newRow("the same person") << "Lucia" << true;
    QTest::newRow("another person") << "Marta" << false;
}

void TestIdentityMerge::undoKeyTakenElsewhereIsReviewed()
{
    QFETCH(QString, thirdName);
    QFETCH(bool, samePerson);
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const QString taxCode = codiceFiscale(QStringLiteral("Luca"), QDate(1990, 5, 5)); // valid
    const qint64 onA = insertVolunteer(a, m_base.organisation, taxCode, QStringLiteral("Lucia"));
    const qint64 onB = insertVolunteer(b, m_base.organisation, taxCode, QStringLiteral("Lucia"));
    QVERIFY(onA && onB && onA < onB);
    const qint64 activationB = insertActivation(b, m_base, onB, m_base.organisation);
    QVERIFY(activationB);
    QVERIFY(m_pair->exchange());
    QCOMPARE(m_pair->differingTables(), QStringList());
    m_pair->tick();

    // Apart: on B a third record takes the codice fiscale that A's undo
    // gives the record brought back (same date of birth as the others).
    const QString newKey = codiceFiscale(QStringLiteral("Lucia"), QDate(1990, 5, 5), QLatin1Char('F'));
    const qint64 third = insertVolunteer(b, m_base.organisation, newKey, thirdName);
    QVERIFY(third && onB < third);
    const qint64 thirdDay = insertActivation(b, m_base, third, m_base.organisation);
    QVERIFY(thirdDay);
    QVERIFY(testsupport::signInAs(a, QStringLiteral("coord"), m_pair->clock()));
    auto merges = core::sync::readMergeList(a);
    QVERIFY(merges && merges->size() == 1);
    core::sync::UndoIdentityMerge undo(merges->first().mergeId, { { QStringLiteral("tax_code"), newKey } });
    const core::Status undone = core::CommandRunner(a, m_pair->clock()).run(undo);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().code + undone.error().args.join(QLatin1Char(' '))));
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB }).toLongLong(),
        onB);
    m_pair->tick();
    QVERIFY(m_pair->exchange());

    if (samePerson) {
        // One person: the program merges the third record into the one
        // brought back (the lower id) on both, with what refers to either.
        for (const QSqlDatabase &db : { a, b }) {
            QCOMPARE(sqlValue(db, QStringLiteral("SELECT count(*) FROM volunteer WHERE id = ?"), { third }).toInt(), 0);
            QCOMPARE(
                sqlValue(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onB }).toString(), newKey);
            QCOMPARE(
                sqlValue(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onA }).toString(), taxCode);
            QCOMPARE(sqlValue(db, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB })
                         .toLongLong(),
                onB);
            QCOMPARE(sqlValue(db, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { thirdDay })
                         .toLongLong(),
                onB);
            auto cases = core::sync::readReconcileList(db);
            QVERIFY(cases && cases->isEmpty());
        }
        QCOMPARE(parkedTotal(), 0);
        QCOMPARE(m_pair->differingTables(), QStringList());
        return;
    }

    // Two people: listed on both workstations, in words.
    for (const QSqlDatabase &db : { a, b }) {
        auto cases = core::sync::readReconcileList(db);
        QVERIFY(cases);
        QCOMPARE(cases->size(), 1);
        QCOMPARE(cases->first().table, QStringLiteral("volunteer"));
        QCOMPARE(cases->first().keyValue, newKey);
        QVERIFY(cases->first().otherWaiting);
        QCOMPARE(QSet<qint64>({ cases->first().hereId, cases->first().otherId }), QSet<qint64>({ onB, third }));
        QCOMPARE(cases->first().differing, QStringList { QStringLiteral("first_name") });
    }
    // The merge is no longer in effect anywhere.
    for (const QSqlDatabase &db : { a, b }) {
        auto list = core::sync::readMergeList(db);
        QVERIFY(list && list->isEmpty());
    }
    // A person decides: the third record's codice fiscale was the wrong one.
    m_pair->tick();
    const QString thirdsOwn = codiceFiscale(thirdName, QDate(1990, 5, 5), QLatin1Char('F'));
    QVERIFY(sqlWrite(b, QStringLiteral("UPDATE volunteer SET tax_code = ? WHERE id = ?"), { thirdsOwn, third }));
    m_pair->tick();
    QVERIFY(m_pair->exchange());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onB }).toString(), newKey);
        QCOMPARE(
            sqlValue(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { third }).toString(), thirdsOwn);
        QCOMPARE(
            sqlValue(db, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { activationB }).toLongLong(),
            onB);
        QCOMPARE(
            sqlValue(db, QStringLiteral("SELECT volunteer_id FROM activation WHERE id = ?"), { thirdDay }).toLongLong(),
            third);
        auto cases = core::sync::readReconcileList(db);
        QVERIFY(cases && cases->isEmpty());
    }
    QCOMPARE(sqlValue(b, QStringLiteral("SELECT count(*) FROM sync_identity_pointer")).toInt(), 0);
    QCOMPARE(parkedTotal(), 0);
    QCOMPARE(m_pair->differingTables(), QStringList());
}

// The undo dialog: for a merge whose record kept still has the codice
// fiscale, it asks for the new one, refuses a wrong one in words and stays
// open, and undoes with a right one.
void TestIdentityMerge::undoDialogAsksTheNewKeyOffscreen()
{
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const QString taxCode = codiceFiscale(QStringLiteral("Luca"), QDate(1990, 5, 5)); // valid
    const qint64 onA = insertVolunteer(a, m_base.organisation, taxCode, QStringLiteral("Luca"));
    const qint64 onB = insertVolunteer(b, m_base.organisation, taxCode, QStringLiteral("Luca"));
    QVERIFY(onA && onB);
    QVERIFY(m_pair->exchange());
    QVERIFY(testsupport::signInAs(a, QStringLiteral("coord"), m_pair->clock()));
    auto merges = core::sync::readMergeList(a);
    QVERIFY(merges && merges->size() == 1);
    const QString shots = qEnvironmentVariable("CISIAMO_SCREENSHOT_DIR");
    {
        // The list says which merges need a new key to be undone.
        ReconcileDialog list(a, m_pair->clock());
        list.resize(1366, 768);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QTRY_VERIFY(!list.isLoading());
        QCOMPARE(list.mergeList()->rowCount(), 1);
        QVERIFY(list.mergeList()->item(0, 1)->text().contains(QLatin1Char('\n')));
        list.mergeList()->selectRow(0);
        QVERIFY(list.undoButton()->isEnabled());
        if (!shots.isEmpty())
            QVERIFY(list.grab().save(QDir(shots).filePath(QStringLiteral("reconcile-merge-needs-key.png"))));
    }

    UndoMergeDialog dialog(a, m_pair->clock(), merges->first());
    dialog.resize(640, 360);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *edit = dialog.keyEdit(QStringLiteral("tax_code"));
    QVERIFY(edit);
    QCOMPARE(edit->text(), taxCode); // the value it had, to correct
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("undo-new-key.png"))));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    // Unchanged: still the record kept's, refused in words, nothing written.
    ok->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.refusal()->text().isEmpty());
    QVERIFY(!dialog.refusal()->text().contains(QLatin1String("sync.")));
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM identity_merge_undo")).toInt(), 0);
    // A wrong check character: refused by the codice fiscale's own rule.
    QString wrong = codiceFiscale(QStringLiteral("Lucio"), QDate(1992, 2, 3));
    wrong[15] = wrong.at(15) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    edit->setText(wrong);
    ok->click();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.refusal()->text().isEmpty());
    QVERIFY2(!dialog.refusal()->text().contains(QLatin1String("volunteers.")), qPrintable(dialog.refusal()->text()));
    if (!shots.isEmpty())
        QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("undo-new-key-refused.png"))));
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM identity_merge_undo")).toInt(), 0);
    // The right one: undone, the dialog closes.
    const QString right = codiceFiscale(QStringLiteral("Lucio"), QDate(1992, 2, 3));
    edit->setText(right.toLower());
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onB }).toString(), right);
    // One undo entry per merge entry of the two (each workstation recorded the merge).
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM identity_merge_undo")).toInt(),
        sqlValue(a, QStringLiteral("SELECT count(*) FROM identity_merge")).toInt());
    QVERIFY(dialog.changedTables().contains(QStringLiteral("volunteer")));
}

// The same merge undone apart on both workstations, each giving the record
// brought back its own new codice fiscale (or none): the first undo's
// choice stands everywhere (the record is the same row on both), and the
// other choice is not lost in silence: the shared conflict log lists it on
// both workstations, one line, naming both choices in Italian.
void TestIdentityMerge::twoUndosApartWithDifferentKeys_data()
{
    QTest::addColumn<bool>("aFirst"); // a's undo is the earlier
    QTest::addColumn<bool>("secondHasKey"); // the later undo gives a new key too
    QTest::newRow("a first") << true << true;
    QTest::newRow("b first") << false << true;
    QTest::newRow("the later undo keeps the old key") << true << false;
}

void TestIdentityMerge::twoUndosApartWithDifferentKeys()
{
    QFETCH(bool, aFirst);
    QFETCH(bool, secondHasKey);
    const QSqlDatabase a = m_pair->a();
    const QSqlDatabase b = m_pair->b();
    const QString taxCode = codiceFiscale(QStringLiteral("Luca"), QDate(1990, 5, 5));
    const qint64 onA = insertVolunteer(a, m_base.organisation, taxCode, QStringLiteral("Luca"));
    const qint64 onB = insertVolunteer(b, m_base.organisation, taxCode, QStringLiteral("Luca"));
    QVERIFY(onA && onB && onA < onB);
    QVERIFY(m_pair->exchange());
    QCOMPARE(sqlValue(a, QStringLiteral("SELECT count(*) FROM volunteer WHERE id = ?"), { onB }).toInt(), 0);
    const QString firstKey = codiceFiscale(QStringLiteral("Lucia"), QDate(1991, 6, 7), QLatin1Char('F'));
    const QString secondKey = codiceFiscale(QStringLiteral("Lucio"), QDate(1992, 7, 8));
    // Apart: the first undo, then (a minute later) the other workstation's.
    for (int i = 0; i < 2; ++i) {
        m_pair->tick();
        const QSqlDatabase db = (i == 0) == aFirst ? a : b;
        QVERIFY(testsupport::signInAs(db, QStringLiteral("coord"), m_pair->clock()));
        auto merges = core::sync::readMergeList(db);
        QVERIFY(merges && merges->size() == 1);
        QVariantMap key;
        if (i == 0 || secondHasKey)
            key.insert(QStringLiteral("tax_code"), i == 0 ? firstKey : secondKey);
        core::sync::UndoIdentityMerge undo(merges->first().mergeId, key);
        if (key.isEmpty()) {
            // Without a new key the record comes back with the kept one's
            // codice fiscale: refused here. Made with the record kept
            // corrected first, as the refusal asks.
            QVERIFY(sqlWrite(db, QStringLiteral("UPDATE volunteer SET tax_code = ? WHERE id = ?"),
                { codiceFiscale(QStringLiteral("Luca"), QDate(1990, 5, 6)), onA }));
        }
        const core::Status s = core::CommandRunner(db, m_pair->clock()).run(undo);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().code + QLatin1Char(' ') + s.error().args.join(QLatin1Char(' '))));
    }
    m_pair->tick();
    QVERIFY(m_pair->exchange());
    QCOMPARE(parkedTotal(), 0);
    QCOMPARE(m_pair->differingTables(), QStringList());
    const QString kept = volunteers::CodiceFiscale::normalise(firstKey);
    const QString setAside = secondHasKey ? volunteers::CodiceFiscale::normalise(secondKey) : QString();
    QString text;
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT tax_code FROM volunteer WHERE id = ?"), { onB }).toString(), kept);
        auto list = core::sync::ConflictLog(db).list(false);
        QVERIFY(list);
        QList<core::sync::SyncConflict> flags;
        for (const core::sync::SyncConflict &c : *list)
            if (core::sync::reviewFlagRule(c.conflictKey) == QLatin1String("sync.undo_key_set_aside"))
                flags.append(c);
        QCOMPARE(flags.size(), 1);
        const core::sync::SyncConflict &flag = flags.first();
        QVERIFY(flag.isOpen());
        QCOMPARE(flag.table, QStringLiteral("volunteer"));
        QCOMPARE(flag.rowId, onB);
        QCOMPARE(flag.kept.workstation, aFirst ? 1 : 2);
        QCOMPARE(flag.discarded.workstation, aFirst ? 2 : 1);
        // Both choices, column by column (the date of birth follows the code).
        QStringList choices;
        for (const core::sync::SyncConflict::Difference &d : flag.differences)
            if (d.column == QLatin1String("tax_code"))
                choices << d.kept.toString() << d.discarded.toString();
        QCOMPARE(choices, (QStringList { kept, setAside }));
        const QString here = ConflictsDialog::describe(flag, QStringLiteral("Luca Bianchi"));
        QVERIFY2(here.contains(kept), qPrintable(here));
        QVERIFY2(here.contains(setAside.isEmpty() ? QStringLiteral("before the merge") : setAside), qPrintable(here));
        QVERIFY2(here.contains(QStringLiteral("workstation 1")) && here.contains(QStringLiteral("workstation 2")),
            qPrintable(here));
        if (!text.isEmpty())
            QCOMPARE(here, text); // the same line everywhere
        text = here;
    }
    // In the window: File > Synchronisation conflicts lists it and explains
    // it with both choices (CISIAMO_SHOTS=dir keeps a picture of it).
    ConflictsDialog dialog(a, QStringLiteral("Mario Rossi"));
    dialog.resize(1080, 680);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(testsupport::waitForList(dialog.list()->model()));
    QVERIFY(dialog.list()->model()->rowCount() >= 1);
    int row = -1;
    for (int i = 0; i < dialog.list()->model()->rowCount() && row < 0; ++i)
        if (dialog.list()->model()->index(i, 1).data().toString() == core::sync::TableRegistry::title(QStringLiteral("volunteer")))
            row = i;
    QVERIFY(row >= 0);
    dialog.list()->selectRow(row);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReadingConflict(), 120000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isNamingRecords(), 120000);
    bool shown = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        shown = shown || (label->text().contains(kept) && label->text().contains(QStringLiteral("set aside")));
    QVERIFY(shown);
    // The dates of birth read as people write them, never as stored.
    for (QTableWidget *table : dialog.findChildren<QTableWidget *>())
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 1; c < table->columnCount(); ++c)
                if (const QTableWidgetItem *item = table->item(r, c))
                    QVERIFY2(!QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(item->text()).hasMatch(),
                        qPrintable(item->text()));
    if (const QString shots = qEnvironmentVariable("CISIAMO_SHOTS"); !shots.isEmpty())
        dialog.grab().save(QDir(shots).filePath(QStringLiteral("undo-key-set-aside-%1.png").arg(QTest::currentDataTag())
                                                    .replace(QLatin1Char(' '), QLatin1Char('-'))));
}

QTEST_MAIN(TestIdentityMerge)
#include "tst_identitymerge.moc"
