// The Magazzino's commands: each needs stock.edit (a refused role writes
// nothing but the refusal), checks its input before anything is written,
// and undoes through a compensating entry, never a DELETE: a cancelled
// receipt, reversing ledger rows, the previous values of a master-data row.
// An undo that can no longer apply (the goods have left) is refused and
// writes nothing.

#include "core/commands/commandrunner.h"
#include "stock/domain/catalogcommands.h"
#include "stock/domain/countcommands.h"
#include "stock/domain/movementcommands.h"
#include "stock/domain/receiptcommands.h"
#include "stock/domain/stockservice.h"
#include "stockfixture.h"
#include "stockprobes.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"

#include <QTest>

#include <functional>
#include <memory>

using namespace stock;

namespace {

using MakeCommand = std::function<std::shared_ptr<core::Command>(StockFixture &f, qint64 lot)>;

} // namespace

Q_DECLARE_METATYPE(MakeCommand)

class TestStockCommands : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void refusedRoleWritesNothing_data();
    void refusedRoleWritesNothing();
    void receiptUndoCancelsAndRedoRecordsAgain();
    void receiptUndoRefusedOnceGoodsLeft();
    void movementUndoReverses_data();
    void movementUndoReverses();
    void itemEditUndoRestoresPreviousValues();
    void creationUndoTakesTheRowOutOfUse_data();
    void creationUndoTakesTheRowOutOfUse();
    void categoryCreatedWithGlobalId();
    void countOpenUndoCancels();
    void probesHoldForTheirRoles_data();
    void probesHoldForTheirRoles();

private:
    ReceiptDraft draft(qint64 quantity = 5000) const;
    qint64 lot(); // 10 kg of pasta received, expiring 30/06/2021
    std::unique_ptr<StockFixture> m_f;
};

void TestStockCommands::init()
{
    m_f = std::make_unique<StockFixture>();
    QVERIFY(m_f->setUp());
    QVERIFY(testsupport::createRoleAccounts(m_f->database.db(), m_f->clock));
    QVERIFY(testsupport::signInAs(m_f->database.db(), QStringLiteral("oper"), m_f->clock));
}

void TestStockCommands::cleanup()
{
    m_f.reset();
}

ReceiptDraft TestStockCommands::draft(qint64 quantity) const
{
    ReceiptDraft d;
    d.donorId = m_f->donor;
    d.date = QDate(2021, 3, 10);
    d.lines.append({ m_f->pasta, QStringLiteral("L1"), QDate(2021, 6, 30), quantity, 0 });
    return d;
}

qint64 TestStockCommands::lot()
{
    return m_f->receive(m_f->pasta, 10000, QDate(2021, 3, 1), QDate(2021, 6, 30), QStringLiteral("LOT"));
}

void TestStockCommands::badInputWritesNothing_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<QString>("error");
    auto receipt = [](std::function<void(ReceiptDraft &)> change) {
        return MakeCommand([change](StockFixture &f, qint64) {
            ReceiptDraft d;
            d.donorId = f.donor;
            d.date = QDate(2021, 3, 10);
            d.lines.append({ f.pasta, QStringLiteral("L1"), QDate(2021, 6, 30), 1000, 0 });
            change(d);
            return std::make_shared<RecordReceipt>(d);
        });
    };
    QTest::newRow("receipt without lines") << receipt([](ReceiptDraft &d) { d.lines.clear(); }) << "stock.no_lines";
    QTest::newRow("receipt in the future") << receipt([](ReceiptDraft &d) { d.date = QDate(2021, 3, 16); }) << "stock.future_date";
    QTest::newRow("receipt of an unknown donor") << receipt([](ReceiptDraft &d) { d.donorId = 999; }) << "stock.unknown_donor";
    QTest::newRow("receipt line of zero") << receipt([](ReceiptDraft &d) { d.lines[0].quantity = 0; }) << "stock.bad_quantity";
    QTest::newRow("receipt without expiry") << receipt([](ReceiptDraft &d) { d.lines[0].expiry = QDate(); })
                                             << "stock.expiry_required";
    QTest::newRow("cancel without reason")
        << MakeCommand([](StockFixture &, qint64) { return std::make_shared<CancelReceipt>(1, QStringLiteral(" ")); })
        << "stock.missing_reason";
    QTest::newRow("cancel unknown receipt")
        << MakeCommand([](StockFixture &, qint64) { return std::make_shared<CancelReceipt>(999, QStringLiteral("errore")); })
        << "stock.unknown_receipt";
    QTest::newRow("write-off without reason") << MakeCommand([](StockFixture &, qint64 lot) {
        return std::make_shared<WriteOff>(WriteOffRequest { lot, 0, 100, QDate(2021, 3, 12), QString(), {} });
    }) << "stock.missing_reason";
    QTest::newRow("write-off too much") << MakeCommand([](StockFixture &, qint64 lot) {
        return std::make_shared<WriteOff>(WriteOffRequest { lot, 0, 20000, QDate(2021, 3, 12), QStringLiteral("rotto"), {} });
    }) << "stock.insufficient";
    QTest::newRow("write-off of an unknown lot") << MakeCommand([](StockFixture &, qint64) {
        return std::make_shared<WriteOff>(WriteOffRequest { 999, 0, 1, QDate(2021, 3, 12), QStringLiteral("rotto"), {} });
    }) << "stock.unknown_lot";
    QTest::newRow("transfer to the same place") << MakeCommand([](StockFixture &, qint64 lot) {
        return std::make_shared<Transfer>(TransferRequest { lot, 1, 1, 100, QDate(2021, 3, 12), {} });
    }) << "stock.same_location";
    QTest::newRow("transfer of nothing") << MakeCommand([](StockFixture &f, qint64 lot) {
        return std::make_shared<Transfer>(TransferRequest { lot, 1, f.pole, 0, QDate(2021, 3, 12), {} });
    }) << "stock.bad_quantity";
    QTest::newRow("transfer in the future") << MakeCommand([](StockFixture &f, qint64 lot) {
        return std::make_shared<Transfer>(TransferRequest { lot, 1, f.pole, 10, QDate(2021, 4, 1), {} });
    }) << "stock.future_date";
    QTest::newRow("kits without components") << MakeCommand([](StockFixture &f, qint64) {
        AssemblyRequest r;
        r.kitItemId = f.kit;
        r.kits = 3;
        r.date = QDate(2021, 3, 12);
        return std::make_shared<AssembleKits>(r);
    }) << "stock.insufficient";
    QTest::newRow("correction without reason")
        << MakeCommand([](StockFixture &, qint64) {
               return std::make_shared<CorrectMovement>(CorrectMovement::OneMovement, 1, QString());
           })
        << "stock.missing_reason";
    QTest::newRow("count in the future") << MakeCommand([](StockFixture &, qint64) {
        return std::make_shared<OpenCount>(0, 0, QDate(2021, 3, 20), QString());
    }) << "stock.future_date";
    QTest::newRow("close unknown count")
        << MakeCommand([](StockFixture &, qint64) { return std::make_shared<CloseCount>(999); }) << "stock.unknown_count";
    QTest::newRow("item without name") << MakeCommand([](StockFixture &f, qint64) {
        Item i;
        i.code = QStringLiteral("NEW");
        i.categoryId = f.categoryId("pasta_riso");
        return std::make_shared<SaveItem>(i);
    }) << "stock.empty_name";
    QTest::newRow("item of an unknown category") << MakeCommand([](StockFixture &, qint64) {
        Item i;
        i.code = QStringLiteral("NEW");
        i.name = QStringLiteral("Nuovo");
        i.categoryId = 999;
        return std::make_shared<SaveItem>(i);
    }) << "stock.unknown_category";
    QTest::newRow("item with a taken code") << MakeCommand([](StockFixture &f, qint64) {
        Item i;
        i.code = QStringLiteral("pasta");
        i.name = QStringLiteral("Altra pasta");
        i.categoryId = f.categoryId("pasta_riso");
        return std::make_shared<SaveItem>(i);
    }) << "stock.duplicate_code";
    QTest::newRow("edit of an unknown item") << MakeCommand([](StockFixture &f, qint64) {
        Item i;
        i.id = 999;
        i.code = QStringLiteral("X");
        i.name = QStringLiteral("X");
        i.categoryId = f.categoryId("pasta_riso");
        return std::make_shared<SaveItem>(i);
    }) << "stock.unknown_item";
    QTest::newRow("category of an unknown kind") << MakeCommand([](StockFixture &, qint64) {
        return std::make_shared<SaveCategory>(Category { 0, QStringLiteral("C"), QStringLiteral("Cancelleria"), QStringLiteral("paper") });
    }) << "stock.bad_category_kind";
    QTest::newRow("donor with a bad e-mail") << MakeCommand([](StockFixture &, qint64) {
        Donor d;
        d.name = QStringLiteral("Pro Loco");
        d.email = QStringLiteral("proloco@");
        return std::make_shared<SaveDonor>(d);
    }) << "stock.bad_email";
    QTest::newRow("default location out of use") << MakeCommand([](StockFixture &, qint64) {
        Location l;
        l.code = QStringLiteral("X");
        l.name = QStringLiteral("Deposito");
        l.isDefault = true;
        l.active = false;
        return std::make_shared<SaveLocation>(l);
    }) << "stock.default_inactive";
    QTest::newRow("warning days") << MakeCommand([](StockFixture &, qint64) {
        return std::make_shared<SetExpiryWarningDays>(400);
    }) << "stock.bad_warning_days";
}

void TestStockCommands::badInputWritesNothing()
{
    QFETCH(MakeCommand, make);
    QFETCH(QString, error);
    const qint64 l = lot();
    QVERIFY(l);
    auto command = make(*m_f, l);
    const QByteArray before = testsupport::contentHash(m_f->database.db());
    const core::Status s = core::CommandRunner(m_f->database.db(), m_f->clock).run(*command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, error);
    QCOMPARE(testsupport::contentHash(m_f->database.db()), before);
}

void TestStockCommands::refusedRoleWritesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("error");
    QTest::newRow("psychologist") << "psy" << "auth.denied";
    QTest::newRow("service") << "serv" << "auth.denied";
    QTest::newRow("nobody") << "" << "auth.not_signed_in";
}

void TestStockCommands::refusedRoleWritesNothing()
{
    QFETCH(QString, user);
    QFETCH(QString, error);
    QSqlDatabase db = m_f->database.db();
    const qint64 l = lot();
    testsupport::signOut(db);
    if (!user.isEmpty())
        QVERIFY(testsupport::signInAs(db, user, m_f->clock));
    const QByteArray before = testsupport::contentHash(db);
    Item item;
    item.code = QStringLiteral("NEW");
    item.name = QStringLiteral("Riso");
    item.categoryId = m_f->categoryId("pasta_riso");
    const QList<std::shared_ptr<core::Command>> commands {
        std::make_shared<RecordReceipt>(draft()),
        std::make_shared<WriteOff>(WriteOffRequest { l, 0, 100, QDate(2021, 3, 12), QStringLiteral("rotto"), {} }),
        std::make_shared<Transfer>(TransferRequest { l, 1, m_f->pole, 100, QDate(2021, 3, 12), {} }),
        std::make_shared<OpenCount>(0, 0, QDate(2021, 3, 12), QString()),
        std::make_shared<SaveItem>(item),
        std::make_shared<SetExpiryWarningDays>(3),
    };
    for (const auto &command : commands) {
        const core::Status s = core::CommandRunner(db, m_f->clock).run(*command);
        QVERIFY2(!s, qPrintable(command->code()));
        QCOMPARE(s.error().code, error);
    }
    QCOMPARE(testsupport::contentHash(db), before);
}

void TestStockCommands::receiptUndoCancelsAndRedoRecordsAgain()
{
    const core::CommandRunner runner(m_f->database.db(), m_f->clock);
    RecordReceipt command(draft());
    QVERIFY(runner.run(command).ok());
    const qint64 first = command.recorded().receiptId;
    QVERIFY(first);
    QCOMPARE(m_f->balance(command.recorded().lotIds.value(0)), qint64(5000));
    QVERIFY(runner.undo(command).ok());
    QCOMPARE(m_f->balance(command.recorded().lotIds.value(0)), qint64(0));
    // The receipt stays, cancelled by reversing rows.
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM stock_receipt")), qint64(1));
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM stock_movement WHERE reverses_id IS NOT NULL")), qint64(1));
    QVERIFY(runner.run(command).ok());
    QVERIFY(command.recorded().receiptId != first);
    QCOMPARE(m_f->count(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE item_id = ?"), { m_f->pasta }),
        qint64(5000));
}

void TestStockCommands::receiptUndoRefusedOnceGoodsLeft()
{
    const core::CommandRunner runner(m_f->database.db(), m_f->clock);
    RecordReceipt command(draft());
    QVERIFY(runner.run(command).ok());
    IssueRequest issue;
    issue.itemId = m_f->pasta;
    issue.quantity = 2000;
    issue.date = QDate(2021, 3, 12);
    QVERIFY(StockService(m_f->database.db(), m_f->clock).issue(issue).ok());
    const QByteArray before = testsupport::contentHash(m_f->database.db());
    const core::Status s = runner.undo(command);
    QVERIFY(!s);
    QCOMPARE(s.error().code, QStringLiteral("stock.would_go_negative"));
    QCOMPARE(testsupport::contentHash(m_f->database.db()), before);
}

void TestStockCommands::movementUndoReverses_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::newRow("write-off") << MakeCommand([](StockFixture &, qint64 lot) {
        return std::make_shared<WriteOff>(WriteOffRequest { lot, 0, 1000, QDate(2021, 3, 12), QStringLiteral("rotto"), {} });
    });
    QTest::newRow("transfer") << MakeCommand([](StockFixture &f, qint64 lot) {
        return std::make_shared<Transfer>(TransferRequest { lot, 1, f.pole, 1000, QDate(2021, 3, 12), {} });
    });
}

void TestStockCommands::movementUndoReverses()
{
    QFETCH(MakeCommand, make);
    const qint64 l = lot();
    auto command = make(*m_f, l);
    const core::CommandRunner runner(m_f->database.db(), m_f->clock);
    QVERIFY(runner.run(*command).ok());
    QCOMPARE(m_f->balance(l), qint64(9000));
    QVERIFY(runner.undo(*command).ok());
    QCOMPARE(m_f->balance(l), qint64(10000));
    QCOMPARE(m_f->balance(l, m_f->pole), qint64(0));
    // Nothing deleted: the rows and their reversals are all there.
    QVERIFY(m_f->count(QStringLiteral("SELECT count(*) FROM stock_movement WHERE reverses_id IS NOT NULL")) >= 1);
}

void TestStockCommands::itemEditUndoRestoresPreviousValues()
{
    auto before = StockCatalog(m_f->database.db()).item(m_f->pasta);
    QVERIFY(before);
    Item edited = *before;
    edited.name = QStringLiteral("Pasta integrale");
    edited.minLevel = 50000;
    SaveItem command(edited);
    const core::CommandRunner runner(m_f->database.db(), m_f->clock);
    QVERIFY(runner.run(command).ok());
    QCOMPARE(StockCatalog(m_f->database.db()).item(m_f->pasta)->name, QStringLiteral("Pasta integrale"));
    QVERIFY(runner.undo(command).ok());
    auto after = StockCatalog(m_f->database.db()).item(m_f->pasta);
    QCOMPARE(after->name, before->name);
    QCOMPARE(after->minLevel, before->minLevel);
    // Through an update, never a DELETE.
    QCOMPARE(m_f->count(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'stock_item' AND operation = 'D'")),
        qint64(0));
    QVERIFY(runner.run(command).ok());
    QCOMPARE(StockCatalog(m_f->database.db()).item(m_f->pasta)->name, QStringLiteral("Pasta integrale"));
}

void TestStockCommands::creationUndoTakesTheRowOutOfUse_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("item") << "stock_item";
    QTest::newRow("category") << "goods_category";
    QTest::newRow("donor") << "stock_donor";
    QTest::newRow("location") << "stock_location";
}

void TestStockCommands::creationUndoTakesTheRowOutOfUse()
{
    QFETCH(QString, table);
    std::shared_ptr<core::Command> command;
    std::function<qint64()> id;
    if (table == QLatin1String("stock_item")) {
        Item i;
        i.code = QStringLiteral("RISO");
        i.name = QStringLiteral("Riso");
        i.categoryId = m_f->categoryId("pasta_riso");
        auto c = std::make_shared<SaveItem>(i);
        id = [c] { return c->id(); };
        command = c;
    } else if (table == QLatin1String("goods_category")) {
        auto c = std::make_shared<SaveCategory>(Category { 0, QStringLiteral("cancelleria"), QStringLiteral("Cancelleria"), QStringLiteral("other") });
        id = [c] { return c->id(); };
        command = c;
    } else if (table == QLatin1String("stock_donor")) {
        Donor d;
        d.name = QStringLiteral("Pro Loco");
        auto c = std::make_shared<SaveDonor>(d);
        id = [c] { return c->id(); };
        command = c;
    } else {
        Location l;
        l.code = QStringLiteral("COC");
        l.name = QStringLiteral("COC Rho");
        auto c = std::make_shared<SaveLocation>(l);
        id = [c] { return c->id(); };
        command = c;
    }
    const core::CommandRunner runner(m_f->database.db(), m_f->clock);
    QVERIFY(runner.run(*command).ok());
    QVERIFY(id() > 0);
    const QString active = QStringLiteral("SELECT active FROM %1 WHERE id = ?").arg(table);
    QCOMPARE(m_f->count(active, { id() }), qint64(1));
    QVERIFY(runner.undo(*command).ok());
    QCOMPARE(m_f->count(active, { id() }), qint64(0));
    // Redo brings the same row back into use, no second copy.
    const qint64 first = id();
    QVERIFY(runner.run(*command).ok());
    QCOMPARE(id(), first);
    QCOMPARE(m_f->count(active, { id() }), qint64(1));
}

void TestStockCommands::categoryCreatedWithGlobalId()
{
    SaveCategory command(Category { 0, QStringLiteral("cancelleria"), QStringLiteral("Cancelleria"), QStringLiteral("other") });
    QVERIFY(core::CommandRunner(m_f->database.db(), m_f->clock).run(command).ok());
    auto saved = StockCatalog(m_f->database.db()).category(command.id());
    QVERIFY(saved);
    QCOMPARE(saved->code, QStringLiteral("CANCELLERIA"));
    // An item of the new category keeps the whole 64-bit id.
    Item i;
    i.code = QStringLiteral("PENNE");
    i.name = QStringLiteral("Penne a sfera");
    i.categoryId = command.id();
    i.unit = Unit::Pieces;
    i.tracksExpiry = false;
    SaveItem item(i);
    QVERIFY(core::CommandRunner(m_f->database.db(), m_f->clock).run(item).ok());
    QCOMPARE(StockCatalog(m_f->database.db()).item(item.id())->categoryId, command.id());
    OpenCount count(0, command.id(), QDate(2021, 3, 14), QString());
    QVERIFY(core::CommandRunner(m_f->database.db(), m_f->clock).run(count).ok());
    QCOMPARE(CountService(m_f->database.db(), m_f->clock).count(count.countId())->categoryId, command.id());
}

void TestStockCommands::countOpenUndoCancels()
{
    QVERIFY(lot());
    OpenCount command(0, 0, QDate(2021, 3, 14), QStringLiteral("inventario"));
    const core::CommandRunner runner(m_f->database.db(), m_f->clock);
    QVERIFY(runner.run(command).ok());
    QVERIFY(command.countId());
    QVERIFY(runner.undo(command).ok());
    QCOMPARE(m_f->count(QStringLiteral("SELECT status = 'cancelled' FROM stock_count WHERE id = ?"), { command.countId() }), qint64(1));
}

void TestStockCommands::probesHoldForTheirRoles_data()
{
    QTest::addColumn<int>("probe");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("allowed");
    const auto probes = stockPermissionProbes();
    QCOMPARE(probes.size(), 2); // stock.view, stock.edit
    for (int i = 0; i < probes.size(); ++i) {
        QTest::addRow("%s, operator", qPrintable(probes.at(i).permission)) << i << "oper" << true;
        QTest::addRow("%s, psychologist", qPrintable(probes.at(i).permission)) << i << "psy" << false;
    }
}

// The probes the permission-table test runs for every role, here for one
// role that has stock.* and one that has not.
void TestStockCommands::probesHoldForTheirRoles()
{
    QFETCH(int, probe);
    QFETCH(QString, user);
    QFETCH(bool, allowed);
    const testsupport::PermissionProbe p = stockPermissionProbes().at(probe);
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(testsupport::createRoleAccounts(database.db()));
    if (p.prepare)
        QVERIFY(p.prepare(database.db()));
    QVERIFY(testsupport::signInAs(database.db(), user));
    const QByteArray before = testsupport::contentHash(database.db());
    const core::Status s = p.act(database.db());
    if (allowed) {
        QVERIFY2(s.ok(), qPrintable(s.error().code + s.error().args.join(QLatin1Char(' '))));
    } else {
        QCOMPARE(s.error().code, QStringLiteral("auth.denied"));
        QCOMPARE(testsupport::contentHash(database.db()), before);
    }
}

QTEST_GUILESS_MAIN(TestStockCommands)
#include "tst_stockcommands.moc"
