// The first-start guide on an empty database: every step starts undone and
// is ticked from what the database holds; the starter catalogue is one
// audited command that creates each item once (a second run adds nothing);
// the organisations come from a CSV through the Volontari import; the
// Cruscotto leaves a line pointing to the guide while the database is new.

#include "dashboardtab.h"
#include "mainwindow.h"
#include "firststart/firststartpanel.h"
#include "firststart/firststartstate.h"
#include "moduleregistry.h"

#include "core/auth/authservice.h"
#include "core/commands/accountcommands.h"
#include "core/commands/commandrunner.h"
#include "core/commands/workstationcommands.h"
#include "core/db/sql.h"
#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "stock/domain/catalogcommands.h"
#include "stock/domain/startercatalogue.h"
#include "stock/ui/receiptlinesmodel.h"
#include "stock/ui/startercataloguedialog.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"
#include "volunteers/ui/importdialog.h"

#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

int count(const QSqlDatabase &db, const QString &sql)
{
    return core::queryValue(db, sql)->toInt();
}

} // namespace

class TestFirstStart : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void anEmptyDatabaseHasEveryStepToDo();
    void theStarterCatalogueIsCreatedOnceAndAudited();
    void itemsAlreadyThereAreNotProposed();
    void theOrganisationsComeFromACsv();
    void eachStepIsTickedFromTheDatabase();
    void theCruscottoPointsToTheGuide();
    void theHelpMenuOpensTheGuide();
    void aRoleThatCannotDoAStepSeesItGreyedOut();
    void aReceiptOnANewRoomSaysWhatIsMissing();

private:
    std::unique_ptr<testsupport::TestDatabase> m_database;
    core::FixedClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(9, 30)) };
    core::AppContext m_context;
    std::unique_ptr<QWidget> m_parent;
    core::CommandStack *m_commands = nullptr;
};

void TestFirstStart::init()
{
    m_database = std::make_unique<testsupport::TestDatabase>();
    QVERIFY2(m_database->isValid(), qPrintable(m_database->errorText()));
    const QSqlDatabase db = m_database->db();
    // What the window does on an empty database: the first administrator,
    // signed in.
    core::AuthService auth(db, m_clock, core::KdfCost::minimum());
    QVERIFY(*auth.needsFirstAdministrator());
    QVERIFY(auth.createFirstAdministrator("admin", "Maria Bianchi", "segreta-2026").ok());
    m_context.db = db;
    m_context.operatorName = "Maria Bianchi";
    m_context.workstation = 1;
    m_context.clock = &m_clock;
    m_parent = std::make_unique<QWidget>();
    m_commands = new core::CommandStack(m_context, m_parent.get());
}

void TestFirstStart::cleanup()
{
    m_parent.reset();
    m_context.db = QSqlDatabase();
    m_database.reset();
}

void TestFirstStart::anEmptyDatabaseHasEveryStepToDo()
{
    auto state = readFirstStartState(m_database->db());
    QVERIFY(state.ok());
    QCOMPARE(state->workstation, 1);
    QVERIFY(!state->workstationDone());
    QVERIFY(!state->accountsDone());
    QVERIFY(!state->catalogueDone());
    QVERIFY(!state->organisationsDone());
    QCOMPARE(state->requiredDone(), 0);
    QVERIFY(state->looksNew());

    FirstStartPanel panel(m_context, *m_commands);
    panel.refresh();
    QVERIFY(panel.checklistShown()); // opens by itself on a new database
    QVERIFY(!panel.hintShown());
    for (auto step : { FirstStartPanel::Workstation, FirstStartPanel::Accounts, FirstStartPanel::Catalogue,
             FirstStartPanel::Organisations })
        QVERIFY(!panel.stepDone(step));
    QVERIFY(panel.stepText(FirstStartPanel::Catalogue).contains("No items in the warehouse yet"));
    QVERIFY(panel.stepText(FirstStartPanel::Workstation).contains("without a name"));
}

void TestFirstStart::theStarterCatalogueIsCreatedOnceAndAudited()
{
    const QSqlDatabase db = m_database->db();
    stock::StarterCatalogueDialog dialog(m_context, *m_commands);
    const QList<stock::Item> proposed = dialog.chosenItems();
    QVERIFY(proposed.size() >= 30); // everything is proposed, ticked
    QVERIFY(dialog.createButton()->isEnabled());
    // The six food categories and the DPI are all there.
    QStringList categories;
    for (int g = 0; g < dialog.itemsTree()->topLevelItemCount(); ++g)
        categories.append(dialog.itemsTree()->topLevelItem(g)->text(0));
    for (const char *name : { "Bevande", "Formaggi e latticini", "Frutta e latticini", "Pane e dolci", "Pasta e riso",
             "Altri alimentari", "Mascherine", "Guanti", "Kit tamponi" })
        QVERIFY2(categories.contains(name), name);

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.created(), int(proposed.size()));
    QCOMPARE(count(db, "SELECT count(*) FROM stock_item WHERE active = 1"), int(proposed.size()));
    QCOMPARE(count(db, "SELECT count(*) FROM stock_item WHERE code = 'PAS-PASTA' AND unit = 'g'"), 1);
    QCOMPARE(count(db, "SELECT count(*) FROM stock_item WHERE code = 'BEV-ACQUA' AND grams_per_piece = 1500 "
                       "AND pieces_per_package = 6"),
             1);
    // One command, one audit entry, under the person signed in.
    auto audit = core::runQuery(db, "SELECT username, detail FROM audit_event WHERE kind = 'command'");
    QVERIFY(audit.ok());
    QVERIFY(audit->next());
    QCOMPARE(audit->value(0).toString(), QString("admin"));
    QCOMPARE(audit->value(1).toString(),
             QString("stock.catalogue.starter %1 created, 0 already present").arg(proposed.size()));
    QVERIFY(!audit->next());

    // Again: everything is already there, nothing can be chosen.
    stock::StarterCatalogueDialog again(m_context, *m_commands);
    QVERIFY(again.chosenItems().isEmpty());
    QVERIFY(!again.createButton()->isEnabled());
    // Two windows that both showed the list: the second run adds nothing.
    auto twice = std::make_shared<stock::CreateStarterItems>(proposed);
    QVERIFY(m_commands->run(twice).ok());
    QVERIFY(twice->createdIds().isEmpty());
    QCOMPARE(twice->alreadyPresent(), int(proposed.size()));
    QCOMPARE(count(db, "SELECT count(*) FROM stock_item"), int(proposed.size()));

    auto state = readFirstStartState(db);
    QVERIFY(state->catalogueDone());
    QCOMPARE(state->activeItems, int(proposed.size()));
}

void TestFirstStart::itemsAlreadyThereAreNotProposed()
{
    const QSqlDatabase db = m_database->db();
    // The room already made its own pasta item, with another code.
    stock::Item pasta;
    pasta.code = "PASTA01";
    pasta.name = "pasta di semola";
    pasta.categoryId = core::queryValue(db, "SELECT id FROM goods_category WHERE code = 'pasta_riso'")->toLongLong();
    QVERIFY(m_commands->run(std::make_shared<stock::SaveItem>(pasta)).ok());

    auto proposal = stock::starterCatalogue(db);
    QVERIFY(proposal.ok());
    int present = 0;
    for (const stock::StarterItem &s : *proposal)
        if (s.present) {
            ++present;
            QCOMPARE(s.item.code, QString("PAS-PASTA"));
        }
    QCOMPARE(present, 1);
    stock::StarterCatalogueDialog dialog(m_context, *m_commands);
    QCOMPARE(dialog.chosenItems().size(), proposal->size() - 1);
    dialog.accept();
    QCOMPARE(count(db, "SELECT count(*) FROM stock_item WHERE name = 'Pasta di semola' COLLATE NOCASE"), 1);
    QCOMPARE(count(db, "SELECT count(*) FROM stock_item"), int(proposal->size()));

    // An empty choice is refused before anything is written.
    auto none = std::make_shared<stock::CreateStarterItems>(QList<stock::Item>());
    const core::Status refused = m_commands->run(none);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QString("stock.starter_empty"));
}

void TestFirstStart::theOrganisationsComeFromACsv()
{
    const QSqlDatabase db = m_database->db();
    const QString path = QFINDTESTDATA("data/organisations.csv");
    QVERIFY(!path.isEmpty());
    volunteers::ImportDialog dialog(m_context, *m_commands, volunteers::ImportDialog::Organisations, nullptr);
    dialog.setFile(path);
    QVERIFY2(dialog.check(), qPrintable(dialog.summary()->text()));
    QCOMPARE(count(db, "SELECT count(*) FROM organisation"), 0); // the check writes nothing
    // No catalogue in this test: the plural pieces are their English source.
    QVERIFY2(dialog.summary()->text().contains("3 organisation(s) to add"), qPrintable(dialog.summary()->text()));
    QVERIFY2(dialog.runImport(), qPrintable(dialog.summary()->text()));
    QCOMPARE(count(db, "SELECT count(*) FROM organisation WHERE active = 1"), 3);
    QCOMPARE(count(db, "SELECT count(*) FROM organisation WHERE kind = 'municipal_group' "
                       "AND name = 'Gruppo comunale di protezione civile di Peschiera Borromeo'"),
             1);
    QCOMPARE(count(db, "SELECT count(*) FROM organisation o JOIN comune c ON c.id = o.comune_id "
                       "WHERE o.registry_number = 'MI-PC-0201' AND c.name = 'Cesano Boscone'"),
             1);
    QCOMPARE(count(db, "SELECT count(*) FROM audit_event WHERE kind = 'command' AND username = 'admin' "
                       "AND detail LIKE 'volunteers.import organisations organisations.csv: 3 added, 0 updated'"),
             1);

    FirstStartPanel panel(m_context, *m_commands);
    panel.refresh();
    QVERIFY(panel.stepDone(FirstStartPanel::Organisations));
    QVERIFY(panel.stepText(FirstStartPanel::Organisations).contains("3 organisation(s) on record"));

    // The same list again (another copy of the file): updated, not added.
    volunteers::ImportDialog again(m_context, *m_commands, volunteers::ImportDialog::Organisations, nullptr);
    again.setFile(path);
    QVERIFY(again.check());
    QVERIFY2(again.summary()->text().contains("0 organisation(s) to add, 3 to update"), qPrintable(again.summary()->text()));
    QCOMPARE(count(db, "SELECT count(*) FROM organisation"), 3);
}

void TestFirstStart::eachStepIsTickedFromTheDatabase()
{
    const QSqlDatabase db = m_database->db();
    FirstStartPanel panel(m_context, *m_commands);
    panel.refresh();
    QCOMPARE(panel.state().requiredDone(), 0);

    core::SetWorkstation workstation(1, QString("Sala operativa 1"));
    QVERIFY(core::CommandRunner(db, m_clock).run(workstation).ok());
    panel.refresh();
    QVERIFY(panel.stepDone(FirstStartPanel::Workstation));
    QVERIFY(panel.stepText(FirstStartPanel::Workstation).contains("«Sala operativa 1»"));

    // A second administrator is not one of the room's people at the desks.
    core::NewAccount admin2 { "admin2", "Paolo Neri", core::Role::Administrator, "provvisoria-1", true };
    QVERIFY(m_commands->run(std::make_shared<core::CreateAccount>(admin2, core::KdfCost::minimum())).ok());
    panel.refresh();
    QVERIFY(!panel.stepDone(FirstStartPanel::Accounts));
    core::NewAccount operatore { "luca.verdi", "Luca Verdi", core::Role::Operator, "provvisoria-1", true };
    QVERIFY(m_commands->run(std::make_shared<core::CreateAccount>(operatore, core::KdfCost::minimum())).ok());
    panel.refresh();
    QVERIFY(panel.stepDone(FirstStartPanel::Accounts));
    QCOMPARE(panel.state().requiredDone(), 2);
    QVERIFY(!panel.state().complete());

    stock::StarterCatalogueDialog catalogue(m_context, *m_commands);
    catalogue.accept();
    volunteers::ImportDialog organisations(m_context, *m_commands, volunteers::ImportDialog::Organisations, nullptr);
    organisations.setFile(QFINDTESTDATA("data/organisations.csv"));
    QVERIFY(organisations.runImport());
    panel.refresh();
    QVERIFY(panel.state().complete());
    QCOMPARE(panel.state().requiredDone(), FirstStartState::requiredSteps);
    // Done and no longer new: the guide steps aside, and comes back from
    // the Aiuto menu.
    QVERIFY(!panel.checklistShown());
    QVERIFY(!panel.hintShown());
    panel.open();
    QVERIFY(panel.checklistShown());

    // Nothing about the guide is stored: a deactivated last item makes the
    // step undone again.
    QVERIFY(core::runQuery(db, "UPDATE stock_item SET active = 0").ok());
    panel.refresh();
    QVERIFY(!panel.stepDone(FirstStartPanel::Catalogue));
}

void TestFirstStart::theCruscottoPointsToTheGuide()
{
    const auto modules = createModules();
    DashboardTab dashboard(m_context, modules);
    dashboard.ensureBuilt();
    FirstStartPanel *guide = dashboard.guide();
    QVERIFY(guide);
    QVERIFY(guide->checklistShown());
    // Hidden by the person, one line stays while there are no goods.
    guide->hideGuide();
    QVERIFY(!guide->checklistShown());
    QVERIFY(guide->hintShown());
    QVERIFY(guide->hintLabel()->text().contains("No items in the warehouse yet"));
    QVERIFY(guide->hintLabel()->text().contains("first-start guide"));
    // The line's link opens the guide again.
    emit guide->hintLabel()->linkActivated("guide");
    QVERIFY(guide->checklistShown());
    QVERIFY(!guide->hintShown());
}

void TestFirstStart::theHelpMenuOpensTheGuide()
{
    const auto modules = createModules();
    MainWindow window(m_context, modules);
    window.tabs()->setCurrentIndex(1);
    QAction *guideAction = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == "&Help")
            for (QAction *a : menu->menu()->actions())
                if (a->text() == "&First-start guide")
                    guideAction = a;
    QVERIFY(guideAction);
    window.dashboard()->ensureBuilt();
    window.dashboard()->guide()->hideGuide();
    guideAction->trigger();
    QCOMPARE(window.tabs()->currentWidget(), static_cast<QWidget *>(window.dashboard()));
    QVERIFY(window.dashboard()->guide()->checklistShown());
}

void TestFirstStart::aRoleThatCannotDoAStepSeesItGreyedOut()
{
    const QSqlDatabase db = m_database->db();
    core::NewAccount operatore { "luca.verdi", "Luca Verdi", core::Role::Operator, testsupport::testPassword, false };
    QVERIFY(m_commands->run(std::make_shared<core::CreateAccount>(operatore, core::KdfCost::minimum())).ok());
    QVERIFY(testsupport::signInAs(db, "luca.verdi", m_clock));
    FirstStartPanel panel(m_context, *m_commands);
    panel.refresh();
    QStringList enabled, disabled;
    for (QPushButton *b : panel.findChildren<QPushButton *>())
        if (!b->text().contains("guide"))
            (b->isEnabled() ? enabled : disabled).append(b->text());
    enabled.sort();
    disabled.sort();
    // An operator adds items and organisations; the workstation, the
    // accounts and the room are for the administrator or the coordinator.
    QCOMPARE(enabled, (QStringList{ "&Import from a spreadsheet...", "&New organisation...", "Starter &catalogue..." }));
    QCOMPARE(disabled, (QStringList{ "&Workstation...", "Operations r&oom...", "Operators and &roles..." }));
}

// A receipt typed before there is any item, or with an item that is not in
// the catalogue, says which (never "unknown item «»").
void TestFirstStart::aReceiptOnANewRoomSaysWhatIsMissing()
{
    const QSqlDatabase db = m_database->db();
    auto codes = [](const stock::ReceiptLinesModel &lines) {
        QList<QPair<int, core::Error>> problems;
        lines.receiptLines(&problems);
        QStringList found;
        for (const auto &[row, error] : problems)
            found.append(QString("%1 %2 %3").arg(row).arg(error.code, error.args.value(0)));
        return found;
    };
    QUndoStack undo;
    stock::ReceiptLinesModel empty(stock::StockCatalog(db).items().value(), {}, &undo);
    QVERIFY(empty.setData(empty.index(0, stock::ReceiptLinesModel::ItemColumn), QString("farina")));
    QVERIFY(empty.setData(empty.index(0, stock::ReceiptLinesModel::QuantityColumn), QString("10")));
    QCOMPARE(empty.data(empty.index(0, stock::ReceiptLinesModel::ItemColumn)).toString(), QString("farina"));
    QCOMPARE(codes(empty), QStringList{ "0 stock.catalogue_empty " });

    stock::StarterCatalogueDialog catalogue(m_context, *m_commands);
    catalogue.accept();
    stock::ReceiptLinesModel lines(stock::StockCatalog(db).items().value(), {}, &undo);
    QVERIFY(lines.setData(lines.index(0, stock::ReceiptLinesModel::ItemColumn), QString("farina")));
    QVERIFY(lines.setData(lines.index(0, stock::ReceiptLinesModel::QuantityColumn), QString("10")));
    QVERIFY(lines.setData(lines.index(1, stock::ReceiptLinesModel::QuantityColumn), QString("5")));
    QCOMPARE(codes(lines), (QStringList{ "0 stock.import_unknown_item farina", "1 stock.item_missing " }));
    // Undo puts the typed text back as it was.
    const qint64 riso = stock::StockCatalog(db).itemByCode("PAS-RISO")->id;
    QVERIFY(lines.setData(lines.index(0, stock::ReceiptLinesModel::ItemColumn), riso));
    QCOMPARE(lines.data(lines.index(0, stock::ReceiptLinesModel::ItemColumn)).toString(), QString("Riso"));
    undo.undo();
    QCOMPARE(lines.data(lines.index(0, stock::ReceiptLinesModel::ItemColumn)).toString(), QString("farina"));
}

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
