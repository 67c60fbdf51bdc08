// States from events (issue 15, item 3): two workstations do to the same
// delivery what each allows on its own, apart; after the exchange the
// delivery's state is what its events say, by the documented rule
// (deliveries/domain/deliverymerge.h), the goods never come back more
// than they left, the stock and every synchronised table are the same on
// both, and the case is on both workstations' review list.

#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "core/sync/conflictlog.h"
#include "core/sync/postimport.h"
#include "deliveries/domain/deliveryservice.h"
#include "deliveries/domain/recipientrepository.h"
#include "moduleregistry.h"
#include "stock/domain/receiptservice.h"
#include "stock/domain/stockcatalog.h"
#include "support/workstationpair.h"

#include <QTest>

using testsupport::WorkstationPair;

namespace {

const QDate march15(2021, 3, 15);
constexpr qint64 received = 100000;
constexpr qint64 sent = 64000;

qint64 number(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toLongLong() : -1;
}

QString text(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toString() : QStringLiteral("(error)");
}

QString errorOf(const core::Error &e)
{
    return e.code + QLatin1Char(' ') + e.args.join(QLatin1Char(' '));
}

} // namespace

class TestMergeEvents : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void deliveryStateFromEvents_data();
    void deliveryStateFromEvents();
    void flagKeysNameTheRule();

private:
    core::Status operate(const QSqlDatabase &db, const QString &operation, qint64 delivery);

    WorkstationPair *m_pair = nullptr;
};

void TestMergeEvents::initTestCase()
{
    declareSyncTables(); // as at start: ledgers, and the modules' reconcilers
    QVERIFY(core::sync::PostImport::reconcilerNames().contains(QStringLiteral("deliveries")));
}

core::Status TestMergeEvents::operate(const QSqlDatabase &db, const QString &operation, qint64 delivery)
{
    deliveries::DeliveryService service(db, m_pair->clock());
    if (operation == QLatin1String("load"))
        return service.load(delivery);
    if (operation == QLatin1String("deliver"))
        return service.deliver(delivery, QStringLiteral("Anna Verdi"), QDateTime(march15, QTime(11, 0)));
    if (operation == QLatin1String("cancel"))
        return service.cancel(delivery, QStringLiteral("Il COC non può ricevere"));
    if (operation == QLatin1String("return"))
        return service.returnDelivery(delivery, march15, QStringLiteral("Merce rifiutata dal COC"));
    return core::Error(QStringLiteral("test.unknown_operation"), { operation });
}

void TestMergeEvents::deliveryStateFromEvents_data()
{
    QTest::addColumn<QStringList>("before"); // done on workstation 1 and exchanged
    QTest::addColumn<QString>("onFirst"); // then apart, on workstation 1
    QTest::addColumn<QString>("onSecond"); // and on workstation 2, a minute later
    QTest::addColumn<QString>("status"); // everywhere after the exchange
    QTest::addColumn<qint64>("stock"); // pasta in the warehouse
    QTest::addColumn<QString>("rule"); // the review flag, "" for none

    // Delivered wins: the goods left, the cancellation is set aside.
    QTest::newRow("delivered here, cancelled there later")
        << QStringList() << "deliver" << "cancel" << "delivered" << received - sent << "deliveries.delivered_wins";
    QTest::newRow("cancelled here, delivered there later")
        << QStringList() << "cancel" << "deliver" << "delivered" << received - sent << "deliveries.delivered_wins";
    QTest::newRow("loaded here, cancelled there later")
        << QStringList() << "load" << "cancel" << "loaded" << received - sent << "deliveries.delivered_wins";
    // A return counts once per delivery line.
    QTest::newRow("returned on both")
        << QStringList { "deliver" } << "return" << "return" << "returned" << received
        << "deliveries.return_counted_once";
    QTest::newRow("loaded, returned on both")
        << QStringList { "load" } << "return" << "return" << "returned" << received << "deliveries.return_counted_once";
    // Returned here, signed for there: the return stands (a delivered
    // delivery may be returned), nothing impossible.
    QTest::newRow("returned here, delivered there later")
        << QStringList { "load" } << "return" << "deliver" << "returned" << received << "";
    // Nothing merged apart: left as it is.
    QTest::newRow("cancelled on both") << QStringList() << "cancel" << "cancel" << "cancelled" << received << "";
    QTest::newRow("delivered, nothing there")
        << QStringList() << "deliver" << "" << "delivered" << received - sent << "";
}

void TestMergeEvents::deliveryStateFromEvents()
{
    QFETCH(QStringList, before);
    QFETCH(QString, onFirst);
    QFETCH(QString, onSecond);
    QFETCH(QString, status);
    QFETCH(qint64, stock);
    QFETCH(QString, rule);

    WorkstationPair pair;
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    m_pair = &pair;
    const QSqlDatabase a = pair.a(), b = pair.b();

    // Workstation 1: the warehouse receives 100 kg of pasta and plans 64 kg for Rho.
    stock::StockCatalog catalog(a);
    stock::Item pasta;
    pasta.code = QStringLiteral("PASTA");
    pasta.name = QStringLiteral("Pasta di semola");
    pasta.categoryId = number(a, QStringLiteral("SELECT id FROM goods_category WHERE code = 'pasta_riso'"));
    pasta.unit = stock::Unit::Grams;
    const qint64 item = catalog.saveItem(pasta).value();
    stock::Donor donor;
    donor.name = QStringLiteral("Banco Alimentare della Lombardia");
    donor.kind = stock::DonorKind::Charity;
    stock::ReceiptDraft receipt;
    receipt.donorId = catalog.saveDonor(donor).value();
    receipt.date = QDate(2021, 3, 1);
    receipt.lines.append({ item, QStringLiteral("L21060A"), QDate(2022, 6, 30), received, 0 });
    auto recorded = stock::ReceiptService(a, pair.clock()).record(receipt);
    QVERIFY2(recorded, qPrintable(errorOf(recorded.error())));
    deliveries::DeliveryDraft draft;
    draft.recipientId = deliveries::RecipientRepository(a)
                            .cocOf(int(number(a, QStringLiteral("SELECT id FROM comune WHERE name = 'Rho'"))))
                            .value();
    draft.date = march15;
    draft.lines = { deliveries::DeliveryLine {} };
    draft.lines[0].itemId = item;
    draft.lines[0].quantity = sent;
    auto saved = deliveries::DeliveryService(a, pair.clock()).save(draft);
    QVERIFY2(saved, qPrintable(errorOf(saved.error())));
    const qint64 delivery = *saved;
    for (const QString &op : before) {
        pair.tick();
        auto s = operate(a, op, delivery);
        QVERIFY2(s, qPrintable(errorOf(s.error())));
    }
    QVERIFY(pair.exchange());

    // Apart: each does what it allows on its own.
    pair.tick();
    if (!onFirst.isEmpty()) {
        auto s = operate(a, onFirst, delivery);
        QVERIFY2(s, qPrintable(errorOf(s.error())));
    }
    pair.tick();
    if (!onSecond.isEmpty()) {
        auto s = operate(b, onSecond, delivery);
        QVERIFY2(s, qPrintable(errorOf(s.error())));
    }
    auto exchanged = pair.exchange();
    QVERIFY2(exchanged, qPrintable(exchanged ? QString() : errorOf(exchanged.error())));

    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(text(db, QStringLiteral("SELECT status FROM delivery WHERE id = ?"), { delivery }), status);
        QCOMPARE(number(db, QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE item_id = ?"), { item }),
            stock);
        QCOMPARE(number(db, QStringLiteral("SELECT sum(quantity) FROM stock_balance WHERE item_id = ?"), { item }),
            stock);
        // Goods back never exceed goods issued, per delivery line.
        QCOMPARE(number(db,
                     QStringLiteral("SELECT count(*) FROM (SELECT ref_line FROM stock_movement WHERE ref_type = "
                                    "'delivery' AND ref_id = ? GROUP BY ref_line HAVING sum(quantity) > 0)"),
                     { delivery }),
            qint64(0));
        // The case is listed on both, once.
        auto list = core::sync::ConflictLog(db).list(false, 1000);
        QVERIFY(list);
        int flags = 0;
        for (const core::sync::SyncConflict &c : *list)
            if (core::sync::isReviewFlagKey(c.conflictKey)) {
                ++flags;
                QCOMPARE(core::sync::reviewFlagRule(c.conflictKey), rule);
                QCOMPARE(c.table, QStringLiteral("delivery"));
                QCOMPARE(c.rowId, delivery);
                QVERIFY(c.isOpen());
                QCOMPARE(core::sync::ConflictLog::restoreAction(c), core::sync::RestoreAction::None);
            }
        QCOMPARE(flags, rule.isEmpty() ? 0 : 1);
    }
    QCOMPARE(pair.differingTables(), QStringList());

    // Exchanging again changes nothing (the rule wrote the same rows on both).
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    m_pair = nullptr;
}

void TestMergeEvents::flagKeysNameTheRule()
{
    core::sync::ReviewFlag flag;
    flag.rule = QStringLiteral("deliveries.delivered_wins");
    flag.table = QStringLiteral("delivery");
    flag.rowId = 42;
    flag.kept = { 1000, 1 };
    flag.discarded = { 2000, 2 };
    const QString key = core::sync::reviewFlagKey(flag);
    QVERIFY(core::sync::isReviewFlagKey(key));
    QCOMPARE(core::sync::reviewFlagRule(key), flag.rule);
    QVERIFY(!core::sync::isReviewFlagKey(QStringLiteral("delivery:42:1000:1:2000:2")));
    QCOMPARE(core::sync::reviewFlagRule(QStringLiteral("delivery:42:1000:1:2000:2")), QString());
}

QTEST_MAIN(TestMergeEvents)
#include "tst_mergeevents.moc"
