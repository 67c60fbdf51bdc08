#include "demobuilder.h"

#include "core/auth/authservice.h"
#include "core/commands/commandrunner.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/datefield.h"
#include "core/ui/formattedsqlmodel.h"
#include "core/ui/invalidmark.h"
#include "core/ui/pagedsqlmodel.h"
#include "stock/domain/countcommands.h"
#include "stock/domain/movementcommands.h"
#include "stock/domain/receiptservice.h"
#include "stock/domain/stockcatalog.h"
#include "stock/ui/catalogdialogs.h"
#include "stock/ui/catalogpage.h"
#include "stock/ui/countspage.h"
#include "stock/ui/ledgerpage.h"
#include "stock/ui/lotspage.h"
#include "stock/ui/movementdialogs.h"
#include "stock/ui/overviewpage.h"
#include "stock/ui/receiptdialog.h"
#include "stock/ui/receiptlinesmodel.h"
#include "stock/ui/receiptspage.h"
#include "stock/ui/stockmodule.h"
#include "stock/ui/stocktab.h"

#include "support/listwait.h"
#include "support/sqlprobe.h"
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace stock;

// The Magazzino tab on the demo database, offscreen.
class TestStockTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithSomethingTrueOnEveryPage();
    void overviewIsReadOnAWorker();
    void ledgerFiltersAndScrolls();
    void receiptEntryWithUndo();
    void undoOfAReceiptWhoseGoodsLeftIsRefused();
    void writeOffAndTransferUndoneFromTheMenu();
    void itemEditUndoneFromTheMenu();
    void categoryCreatedAndUndone();
    void typingALineWithTheKeyboard();
    void requiredAndUnknownAreNamedAndMarked();
    void countedQuantityMarkedUntilCorrected();
    void headlineFigures();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    core::DbConnection m_connection;
    core::FixedClock m_clock { QDateTime(QDate(2025, 3, 15), QTime(10, 0)) };
    core::AppContext m_context;
    StockTab *m_tab = nullptr;
};

void TestStockTab::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.today = QDate(2025, 3, 15);
    auto built = createDemoDatabase(path, options);
    QVERIFY2(built.ok(), qPrintable(built.error().code + built.error().args.join(QLatin1Char(' '))));
    auto connection = core::openDatabase(path);
    QVERIFY(connection.ok());
    m_connection = std::move(*connection);
    core::setSessionOperator(m_connection.db(), QStringLiteral("Mario Rossi"));
    // Every write is a command: someone with stock.edit signs in.
    QVERIFY(core::AuthService(m_connection.db()).signIn(QStringLiteral("operatore"), QStringLiteral("demo1234")).ok());
    m_context.db = m_connection.db();
    m_context.operatorName = QStringLiteral("Mario Rossi");
    m_context.workstation = 1;
    m_context.clock = &m_clock;
    StockModule module; // registers the error texts
    m_tab = qobject_cast<StockTab *>(module.createTab(m_context, nullptr));
    QVERIFY(m_tab);
    m_tab->resize(1400, 900);
    m_tab->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tab));
    QVERIFY(m_tab->isBuilt());
    // The tab opens with its overview alone: each other page is built the
    // first time it comes on top or is asked for.
    QVERIFY(m_tab->findChild<OverviewPage *>());
    QVERIFY(!m_tab->findChild<LotsPage *>());
    QVERIFY(!m_tab->findChild<LedgerPage *>());
    QVERIFY(!m_tab->findChild<ReceiptsPage *>());
    QVERIFY(!m_tab->findChild<CountsPage *>());
    QVERIFY(!m_tab->findChild<CatalogPage *>());
}

void TestStockTab::opensWithSomethingTrueOnEveryPage()
{
    OverviewPage *overview = m_tab->overview();
    QTRY_VERIFY_WITH_TIMEOUT(!overview->isReading(), 120000); // read on a worker
    QCOMPARE(overview->categoryTable()->rowCount(), 14);
    QCOMPARE(overview->categoryTable()->item(0, 0)->text(), QStringLiteral("Bevande"));
    QVERIFY(!overview->chart()->series().isEmpty());
    QVERIFY(overview->expiringTable()->rowCount() >= 5); // four expiring this week, one expired
    QCOMPARE(overview->shortageTable()->rowCount(), 2);
    QVERIFY(testsupport::waitForList(m_tab->lots()->model()));
    QVERIFY(m_tab->lots()->model()->rowCount() > 10);
    QVERIFY(testsupport::waitForList(m_tab->ledger()->model()));
    QVERIFY(m_tab->ledger()->model()->rowCount() > 10);
    QVERIFY(m_tab->counts()->table()->rowCount() >= 1);
    QVERIFY(m_tab->catalog()->itemsTable()->rowCount() >= 30);
    QVERIFY(m_tab->catalog()->donorsTable()->rowCount() >= 14);
    for (int i = 0; i < m_tab->pages()->count(); ++i) {
        m_tab->pages()->setCurrentIndex(i);
        QCoreApplication::processEvents(); // builds the page
    }
}

// The stock by category (the movement ledger summed to a date) and the
// alerts (every lot) are read on a worker: "reading" first, nothing on the
// window's connection, and the answer for a date changed meanwhile dropped.
void TestStockTab::overviewIsReadOnAWorker()
{
    OverviewPage *overview = m_tab->overview();
    QTRY_VERIFY_WITH_TIMEOUT(!overview->isReading(), 120000);
    auto *at = overview->findChild<core::DateField *>();
    QVERIFY(at);
    const QDate today = at->date();
    {
        testsupport::SqlProbe probe(m_context.db);
        overview->refresh();
        QVERIFY(overview->isReading());
        QVERIFY2(overview->totalsLabel()->text().contains(QStringLiteral("Reading")), qPrintable(overview->totalsLabel()->text()));
        QVERIFY(overview->alertSummary()->text().contains(QStringLiteral("Reading")));
        at->setDate(QDate(2025, 1, 31)); // before today's answer arrives: today's is dropped
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isReading(), 120000);
        QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    }
    QVERIFY2(overview->totalsLabel()->text().contains(QStringLiteral("31/01/2025")), qPrintable(overview->totalsLabel()->text()));
    // The total is rounded like the rows: one decimal at most, not every gram.
    const QString total = overview->totalsLabel()->text().section(QStringLiteral("<b>"), 1).section(QStringLiteral(" kg</b>"), 0, 0);
    QVERIFY2(!total.isEmpty(), qPrintable(overview->totalsLabel()->text()));
    QVERIFY2(total.section(QLocale().decimalPoint(), 1).size() <= 1, qPrintable(total));
    QVERIFY(overview->expiringTable()->rowCount() >= 5);
    at->setDate(today);
    QTRY_VERIFY_WITH_TIMEOUT(!overview->isReading(), 120000);
    QVERIFY(overview->totalsLabel()->text().contains(today.toString(QStringLiteral("dd/MM/yyyy"))));
}

void TestStockTab::ledgerFiltersAndScrolls()
{
    LedgerPage *ledger = m_tab->ledger();
    QAbstractItemModelTester tester(ledger->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ledger->fromDate()->setDate(QDate(2020, 1, 1));
    QVERIFY(testsupport::waitForList(ledger->model()));
    const int all = ledger->model()->rowCount();
    QVERIFY(all > 1000);
    ledger->categoryFilter()->setCurrentIndex(ledger->categoryFilter()->findText(QStringLiteral("Pasta e riso")));
    QVERIFY(testsupport::waitForList(ledger->model()));
    const int pasta = ledger->model()->rowCount();
    QVERIFY(pasta > 0 && pasta < all);
    ledger->kindFilter()->setCurrentIndex(ledger->kindFilter()->findData(QStringLiteral("adjustment")));
    QVERIFY(testsupport::waitForList(ledger->model()));
    QCOMPARE(ledger->model()->rowCount(), 1); // the monthly count found 4 kg of broken packs
    QVERIFY(ledger->model()->index(0, 1).data().toString().length() > 3);
    ledger->kindFilter()->setCurrentIndex(0);
    ledger->categoryFilter()->setCurrentIndex(0);
    QVERIFY(testsupport::waitForList(ledger->model()));
    ledger->view()->scrollToBottom();
    const int last = ledger->model()->rowCount() - 1;
    QVERIFY(!testsupport::cellText(ledger->model(), last, 0).isEmpty());
    QCOMPARE(
        testsupport::cellText(ledger->model(), last, 0), QStringLiteral("28/09/2020")); // oldest first at the bottom
}

void TestStockTab::receiptEntryWithUndo()
{
    const qint64 receipts
        = core::queryValue(m_context.db, QStringLiteral("SELECT count(*) FROM stock_receipt"))->toLongLong();
    ReceiptDialog dialog(m_context, *m_tab->commands(), m_tab);
    dialog.donorCombo()->setCurrentIndex(dialog.donorCombo()->findText(QStringLiteral("Pane quotidiano")));
    ReceiptLinesModel *lines = dialog.linesModel();
    auto item = [&](const QString &name) {
        for (const Item &i : lines->items())
            if (i.name == name)
                return i.id;
        return qint64(0);
    };
    QVERIFY(lines->setData(lines->index(0, ReceiptLinesModel::ItemColumn), item(QStringLiteral("Pasta di semola"))));
    QVERIFY(lines->setData(lines->index(0, ReceiptLinesModel::QuantityColumn), QStringLiteral("120,5")));
    QVERIFY(lines->setData(lines->index(0, ReceiptLinesModel::ExpiryColumn), QStringLiteral("31/12/2026")));
    QVERIFY(lines->setData(lines->index(1, ReceiptLinesModel::ItemColumn), item(QStringLiteral("Latte UHT 1 l"))));
    QCOMPARE(lines->lineCount(), 2);
    dialog.undoStack()->undo(); // the second line goes away
    QCOMPARE(lines->lineCount(), 1);
    dialog.undoStack()->redo();
    QCOMPARE(lines->lineCount(), 2);
    lines->removeLine(1);
    QCOMPARE(lines->lineCount(), 1);
    QCOMPARE(lines->totalGrams(), qint64(120500));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_tab->recordReceipt(dialog.draft(), int(dialog.expiredPolicy())));
    QCOMPARE(core::queryValue(m_context.db, QStringLiteral("SELECT count(*) FROM stock_receipt"))->toLongLong(),
        receipts + 1);
    m_tab->commands()->undoStack()->undo(); // cancels it with reversing movements
    QCOMPARE(core::queryValue(m_context.db,
                 QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE ref_type = 'receipt' "
                                "AND ref_id = (SELECT max(id) FROM stock_receipt)"))
                 ->toLongLong(),
        qint64(0));
    // A dialog with a bad line stays open and says why.
    ReceiptDialog bad(m_context, *m_tab->commands(), m_tab);
    bad.donorCombo()->setCurrentIndex(bad.donorCombo()->findText(QStringLiteral("Pane quotidiano")));
    bad.linesModel()->setData(
        bad.linesModel()->index(0, ReceiptLinesModel::ItemColumn), item(QStringLiteral("Pasta di semola")));
    bad.linesModel()->setData(bad.linesModel()->index(0, ReceiptLinesModel::QuantityColumn), QStringLiteral("0"));
    bad.accept();
    QVERIFY(bad.result() != QDialog::Accepted);

    // A receipt the service refuses never reaches the undo stack, and the
    // undo stack's last receipt stays recorded (it used to be cancelled,
    // reading the refused command after QUndoStack::push had deleted it).
    QVERIFY(m_tab->commands()->undoStack()->canRedo());
    m_tab->commands()->undoStack()->redo(); // the receipt recorded above, again
    const int commands = m_tab->commands()->undoStack()->count();
    const int index = m_tab->commands()->undoStack()->index();
    ReceiptDraft refused = dialog.draft();
    refused.lines.clear();
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QMessageBox"))
                w->close();
    });
    QVERIFY(!m_tab->recordReceipt(refused, int(dialog.expiredPolicy())));
    QCOMPARE(m_tab->commands()->undoStack()->count(), commands);
    QCOMPARE(m_tab->commands()->undoStack()->index(), index);
    QCOMPARE(core::queryValue(m_context.db,
                 QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE ref_type = 'receipt' "
                                "AND ref_id = (SELECT max(id) FROM stock_receipt)"))
                 ->toLongLong(),
        qint64(120500));
}

void TestStockTab::undoOfAReceiptWhoseGoodsLeftIsRefused()
{
    QUndoStack *stack = m_tab->commands()->undoStack();
    auto id = [&](const QString &sql) { return core::queryValue(m_context.db, sql)->toLongLong(); };
    ReceiptDraft draft;
    draft.donorId = id(QStringLiteral("SELECT id FROM stock_donor WHERE name = 'Pane quotidiano'"));
    draft.date = QDate(2025, 3, 14);
    draft.lines.append({ id(QStringLiteral("SELECT id FROM stock_item WHERE name = 'Pasta di semola'")),
        QStringLiteral("UNDO-1"), QDate(2026, 12, 31), 10000, 0 });
    QVERIFY(m_tab->recordReceipt(draft, int(ExpiredOnArrival::Refuse)));
    const qint64 receipts = id(QStringLiteral("SELECT count(*) FROM stock_receipt"));
    const qint64 lot = id(QStringLiteral("SELECT id FROM stock_lot WHERE lot_code = 'UNDO-1'"));
    const int entries = stack->count();
    QVERIFY(stack->canUndo());
    QVERIFY(!stack->canRedo());
    // Meanwhile 3 kg of it leave (another tab, another workstation).
    WriteOff writeOff(WriteOffRequest { lot, 0, 3000, QDate(2025, 3, 15), QStringLiteral("Confezioni rotte"), {} });
    QVERIFY(core::CommandRunner(m_context.db, m_clock).run(writeOff).ok());

    QSignalSpy refused(m_tab->commands(), &core::CommandStack::refused);
    stack->undo();
    QCOMPARE(refused.count(), 1);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("UNDO-1")) || message.contains(QStringLiteral("Pasta di semola")),
        qPrintable(message));
    // The receipt stands, once; the entry left the history and Redo has
    // nothing to record twice.
    QCOMPARE(id(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE lot_id = %1").arg(lot)),
        qint64(7000));
    QCOMPARE(id(QStringLiteral("SELECT count(*) FROM stock_receipt")), receipts);
    QCOMPARE(stack->count(), entries - 1);
    QVERIFY(!stack->canRedo());
    stack->redo();
    QCOMPARE(id(QStringLiteral("SELECT count(*) FROM stock_receipt")), receipts);
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->inherits("QMessageBox"))
            w->close();
}

void TestStockTab::writeOffAndTransferUndoneFromTheMenu()
{
    QUndoStack *stack = m_tab->commands()->undoStack();
    auto id = [&](const QString &sql) { return core::queryValue(m_context.db, sql)->toLongLong(); };
    const qint64 lot = id(QStringLiteral("SELECT id FROM stock_lot WHERE lot_code = 'UNDO-1'"));
    const qint64 pole = id(QStringLiteral("SELECT id FROM stock_location WHERE id <> 1 AND active = 1 ORDER BY id LIMIT 1"));
    QVERIFY(lot && pole);
    auto balance = [&](qint64 location) {
        return id(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE lot_id = %1 AND location_id = %2")
                      .arg(lot)
                      .arg(location));
    };
    const qint64 before = balance(1);
    QVERIFY(before >= 2000);

    WriteOffDialog writeOff(m_context, *m_tab->commands(), lot, 1, m_tab);
    writeOff.findChildren<QLineEdit *>().at(0)->setText(QStringLiteral("1"));
    writeOff.accept();
    QCOMPARE(writeOff.result(), int(QDialog::Accepted));
    QCOMPARE(balance(1), before - 1000);

    TransferDialog transfer(m_context, *m_tab->commands(), lot, 1, m_tab);
    auto *to = transfer.findChild<QComboBox *>();
    to->setCurrentIndex(to->findData(pole));
    transfer.findChildren<QLineEdit *>().at(0)->setText(QStringLiteral("0,5"));
    transfer.accept();
    QCOMPARE(transfer.result(), int(QDialog::Accepted));
    QCOMPARE(balance(1), before - 1500);
    QCOMPARE(balance(pole), qint64(500));

    stack->undo(); // the transfer: back in the warehouse
    QCOMPARE(balance(pole), qint64(0));
    QCOMPARE(balance(1), before - 1000);
    stack->undo(); // the write-off
    QCOMPARE(balance(1), before);
    stack->redo();
    QCOMPARE(balance(1), before - 1000);
    stack->undo();
    QCOMPARE(balance(1), before);
}

void TestStockTab::itemEditUndoneFromTheMenu()
{
    QUndoStack *stack = m_tab->commands()->undoStack();
    const qint64 pasta
        = core::queryValue(m_context.db, QStringLiteral("SELECT id FROM stock_item WHERE name = 'Pasta di semola'"))
              ->toLongLong();
    auto item = StockCatalog(m_context.db).item(pasta);
    QVERIFY(item);
    ItemDialog dialog(m_context.db, *m_tab->commands(), *item, m_tab);
    auto *name = dialog.findChildren<QLineEdit *>().at(1);
    QCOMPARE(name->text(), QStringLiteral("Pasta di semola"));
    name->setText(QStringLiteral("Pasta di semola di grano duro"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(StockCatalog(m_context.db).item(pasta)->name, QStringLiteral("Pasta di semola di grano duro"));
    stack->undo();
    QCOMPARE(StockCatalog(m_context.db).item(pasta)->name, QStringLiteral("Pasta di semola"));
    stack->redo();
    QCOMPARE(StockCatalog(m_context.db).item(pasta)->name, QStringLiteral("Pasta di semola di grano duro"));
    stack->undo();
    QCOMPARE(StockCatalog(m_context.db).item(pasta)->name, QStringLiteral("Pasta di semola"));
}

void TestStockTab::categoryCreatedAndUndone()
{
    QUndoStack *stack = m_tab->commands()->undoStack();
    CategoryDialog dialog(*m_tab->commands(), Category(), m_tab);
    const auto edits = dialog.findChildren<QLineEdit *>();
    edits.at(0)->setText(QStringLiteral("cancelleria"));
    edits.at(1)->setText(QStringLiteral("Cancelleria"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto active = [&] {
        return core::queryValue(m_context.db, QStringLiteral("SELECT active FROM goods_category WHERE code = 'CANCELLERIA'"))
            ->toInt();
    };
    QCOMPARE(active(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("new category Cancelleria"));
    stack->undo(); // out of use, never deleted
    QCOMPARE(active(), 0);
    stack->redo();
    QCOMPARE(active(), 1);
    // A bad category keeps the dialog open and writes nothing.
    CategoryDialog bad(*m_tab->commands(), Category(), m_tab);
    bad.findChildren<QLineEdit *>().at(0)->setText(QStringLiteral("vuota"));
    bad.accept();
    QVERIFY(bad.result() != QDialog::Accepted);
    QCOMPARE(core::queryValue(m_context.db, QStringLiteral("SELECT count(*) FROM goods_category WHERE code = 'VUOTA'"))
                 ->toInt(),
        0);
}

void TestStockTab::typingALineWithTheKeyboard()
{
    ReceiptDialog dialog(m_context, *m_tab->commands(), m_tab);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableView *view = dialog.linesView();
    ReceiptLinesModel *lines = dialog.linesModel();
    view->setFocus();
    view->setCurrentIndex(lines->index(0, ReceiptLinesModel::ItemColumn));
    view->edit(view->currentIndex());
    auto typeAndEnter = [&](const QString &text) {
        QPointer<QWidget> editor = QApplication::focusWidget();
        QVERIFY(editor);
        QTest::keyClicks(editor, text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // The value is committed and the editor closed (the next cell's opens).
        QTRY_VERIFY_WITH_TIMEOUT(
            editor.isNull() || !editor->isVisible() || QApplication::focusWidget() != editor, 120000);
    };
    typeAndEnter(QStringLiteral("Pasta di semola"));
    QCOMPARE(lines->lineCount(), 1);
    QVERIFY(lines->line(0).itemId != 0);
    QCOMPARE(view->currentIndex().column(), int(ReceiptLinesModel::LotColumn));
    typeAndEnter(QStringLiteral("L26320A"));
    typeAndEnter(QStringLiteral("31/12/2027"));
    typeAndEnter(QStringLiteral("125,5"));
    QCOMPARE(lines->line(0).lot, QStringLiteral("L26320A"));
    QCOMPARE(lines->line(0).expiry, QStringLiteral("31/12/2027"));
    QCOMPARE(lines->line(0).quantity, QStringLiteral("125,5"));
    QCOMPARE(lines->totalGrams(), qint64(125500));
    dialog.reject();
}

// Issue 16: a new receipt with a typed item ended in "articolo sconosciuto
// «»". A missing item is said as required, a typed unknown item by its
// text; the cells are painted red and go back to normal when fixed, and
// the message follows the corrections.
void TestStockTab::requiredAndUnknownAreNamedAndMarked()
{
    ReceiptDialog dialog(m_context, *m_tab->commands(), m_tab);
    ReceiptLinesModel *lines = dialog.linesModel();
    qint64 pasta = 0;
    for (const Item &i : lines->items())
        if (i.name == QStringLiteral("Pasta di semola"))
            pasta = i.id;
    QVERIFY(pasta);
    const auto cell = [lines](int row, int column) { return lines->index(row, column); };
    const auto red = [lines](const QModelIndex &index) { return index.data(Qt::BackgroundRole).isValid(); };

    // Typed through the cell's editor: the text is kept, not dropped.
    ReceiptLineDelegate delegate;
    QLineEdit editor;
    editor.setText(QStringLiteral("pasta xyz"));
    delegate.setModelData(&editor, lines, cell(0, ReceiptLinesModel::ItemColumn));
    QCOMPARE(lines->lineCount(), 1);
    QCOMPARE(lines->line(0).itemText, QStringLiteral("pasta xyz"));
    QCOMPARE(cell(0, ReceiptLinesModel::ItemColumn).data().toString(), QStringLiteral("pasta xyz"));
    QVERIFY(red(cell(0, ReceiptLinesModel::ItemColumn))); // unknown: at once
    QCOMPARE(cell(0, ReceiptLinesModel::ItemColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("unknown item «pasta xyz»."));
    QVERIFY(lines->setData(cell(0, ReceiptLinesModel::QuantityColumn), QStringLiteral("3")));
    // A line without an item: required, marked only once a save was tried.
    QVERIFY(lines->setData(cell(1, ReceiptLinesModel::LotColumn), QStringLiteral("L1")));
    QVERIFY(lines->setData(cell(1, ReceiptLinesModel::QuantityColumn), QStringLiteral("2")));
    QCOMPARE(lines->cellProblem(1, ReceiptLinesModel::ItemColumn)->code, QStringLiteral("stock.item_missing"));
    QVERIFY(!red(cell(1, ReceiptLinesModel::ItemColumn)));

    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    const QString message = dialog.errorLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("Donor: required")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Line 1: unknown item «pasta xyz».")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Line 2: Item: required.")), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("«»")));
    QVERIFY(red(cell(1, ReceiptLinesModel::ItemColumn)));
    QVERIFY(core::isMarkedInvalid(dialog.donorCombo()));

    // Fixed one by one: each mark and message goes.
    QVERIFY(lines->setData(cell(0, ReceiptLinesModel::ItemColumn), pasta));
    QVERIFY(!red(cell(0, ReceiptLinesModel::ItemColumn)));
    QVERIFY(!dialog.errorLabel()->text().contains(QStringLiteral("Line 1")));
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("Line 2")));
    QVERIFY(lines->setData(cell(1, ReceiptLinesModel::ItemColumn), pasta));
    QVERIFY(!red(cell(1, ReceiptLinesModel::ItemColumn)));
    dialog.donorCombo()->setCurrentIndex(dialog.donorCombo()->findText(QStringLiteral("Pane quotidiano")));
    QVERIFY(!core::isMarkedInvalid(dialog.donorCombo()));
    QVERIFY2(dialog.errorLabel()->text().isEmpty(), qPrintable(dialog.errorLabel()->text()));
    // A quantity that is no number is named as typed.
    QVERIFY(lines->setData(cell(1, ReceiptLinesModel::QuantityColumn), QStringLiteral("due")));
    QVERIFY(red(cell(1, ReceiptLinesModel::QuantityColumn)));
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("Line 2: «due» is not a quantity.")));
    dialog.reject();
}

// A counted quantity that is no number is painted red with the reason,
// and goes back to normal once corrected.
void TestStockTab::countedQuantityMarkedUntilCorrected()
{
    auto open = std::make_shared<OpenCount>(0, 0, m_clock.today(), QString());
    QVERIFY(m_tab->commands()->run(open));
    CountDialog dialog(m_context, *m_tab->commands(), open->countId(), m_tab);
    QVERIFY(dialog.table()->rowCount() > 0);
    QTableWidgetItem *counted = dialog.table()->item(0, 6);
    counted->setText(QStringLiteral("tre"));
    QCOMPARE(counted->background().color(), core::invalidCellColor());
    QCOMPARE(counted->toolTip(), QStringLiteral("«tre» is not a quantity."));
    counted->setText(QStringLiteral("3"));
    QVERIFY(!counted->data(Qt::BackgroundRole).isValid());
    QVERIFY(counted->toolTip().isEmpty());
    QVERIFY(m_tab->commands()->run(std::make_shared<CancelCount>(open->countId())));
}

void TestStockTab::headlineFigures()
{
    StockModule module;
    const auto figures = module.headlineFigures(m_context.db, m_clock.today());
    QCOMPARE(figures.size(), 3);
    QCOMPARE(figures.at(1).value, QStringLiteral("4"));
    QCOMPARE(figures.at(1).tone, core::HeadlineFigure::Tone::Alert);
    QCOMPARE(figures.at(2).value, QStringLiteral("2"));
}

void TestStockTab::cleanupTestCase()
{
    delete m_tab;
    m_connection.close();
}

QTEST_MAIN(TestStockTab)
#include "tst_stocktab.moc"
