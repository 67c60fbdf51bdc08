// The Colonna Mobile tab offscreen on a small database: every page builds
// and lists its rows, overdue vehicles are painted red, a vehicle typed
// wrong is refused in Italian inside its dialog with nothing written, a
// good one saved, the Cruscotto figures and the pages' help sections.

#include "fleetfixture.h"

#include "support/listwait.h"
#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"
#include "support/xlsxfromcsv.h"
#include "core/ui/importagainbox.h"

#include "core/ui/appcontext.h"
#include "core/ui/commandstack.h"
#include "core/ui/reportdialog.h"
#include "core/reporting/reportcatalog.h"
#include "core/db/sql.h"
#include "core/ui/errortext.h"
#include "core/ui/formattedsqlmodel.h"
#include "fleet/domain/fleetcommands.h"
#include "fleet/domain/fleetlists.h"
#include "fleet/domain/modulecommands.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/deploymentchoices.h"
#include "fleet/domain/fleetreports.h"
#include "fleet/ui/deploymentamenddialogs.h"
#include "fleet/ui/deploymentdialog.h"
#include "fleet/ui/deploymentspage.h"
#include "fleet/ui/equipmentpage.h"
#include "fleet/ui/fleetdialogs.h"
#include "fleet/ui/fleetimportdialog.h"
#include "fleet/ui/fleetmodule.h"
#include "fleet/ui/fleettab.h"
#include "fleet/ui/modulespage.h"
#include "fleet/ui/sitespage.h"
#include "fleet/ui/vehiclespage.h"
#include "moduleregistry.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QComboBox>
#include <QColor>
#include <QLineEdit>
#include <QListWidget>
#include <QTreeWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace fleet;
using namespace fleettest;

class TestFleetTab : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPageOpens();
    void overdueVehiclesAreRed();
    void wrongPlateIsRefusedInTheDialog();
    void maintenanceFromTheTabCanBeUndone();
    void cruscottoFigures();
    void modulesPageShowsReadiness();
    void importDialogShowsLinesAndProblemsFirst_data();
    void importDialogShowsLinesAndProblemsFirst();
    void deploymentFormRecordsADeployment();
    void deployFromTheModulesPage();
    void correctAndVoidFromTheDeploymentsPage();
    void withoutPermissionNoDeployment();
    void printMenuChecklistOfTheSelectedModule();

private:
    std::unique_ptr<testsupport::TestDatabase> m_database;
    core::FixedClock m_clock { QDateTime(today, QTime(10, 0)) };
    core::AppContext m_context;
    std::unique_ptr<FleetModule> m_module;
    FleetTab *m_tab = nullptr;
    qint64 m_overdue = 0;
};

void TestFleetTab::initTestCase()
{
    ::declareSyncTables();
    m_database = std::make_unique<testsupport::TestDatabase>();
    QVERIFY(m_database->isValid());
    const QSqlDatabase db = m_database->db();
    QVERIFY(testsupport::createRoleAccounts(db));
    const qint64 organisation = addOrganisation(db, QStringLiteral("Gruppo Comunale PC Segrate"));
    const qint64 pole = addSite(db, QStringLiteral("Polo Nord"));
    Vehicle late = van(QStringLiteral("AA001BB"), today.addDays(-3), today.addDays(200));
    late.siteId = pole;
    m_overdue = addVehicle(db, late);
    addVehicle(db, van(QStringLiteral("AA002BB"), today.addDays(200), today.addDays(200)));
    const qint64 tent = addEquipment(db, QStringLiteral("Tenda PI 88"), QStringLiteral("TND-1"));
    addEquipment(db, QStringLiteral("Motopompa"), QStringLiteral("MP-1"));
    QVERIFY(FleetRepository(db).lend(tent, organisation, today, {}, 0));
    QVERIFY(testsupport::signInAs(db, QStringLiteral("coord")));
    m_context.db = db;
    m_context.clock = &m_clock;
    m_module = std::make_unique<FleetModule>();
    m_tab = qobject_cast<FleetTab *>(m_module->createTab(m_context, nullptr));
    QVERIFY(m_tab);
    m_tab->resize(1366, 700);
    m_tab->show();
    m_tab->ensureBuilt();
}

void TestFleetTab::cleanupTestCase()
{
    delete m_tab;
    m_tab = nullptr;
    m_database.reset();
}

void TestFleetTab::everyPageOpens()
{
    QCOMPARE(m_module->title(), QStringLiteral("Colonna Mobile"));
    QCOMPARE(m_tab->pages()->count(), 5);
    QVERIFY(testsupport::waitForList(m_tab->vehiclesPage()->model()));
    QCOMPARE(m_tab->vehiclesPage()->model()->rowCount(), 2);
    QVERIFY(testsupport::waitForList(m_tab->equipmentPage()->model()));
    QCOMPARE(m_tab->equipmentPage()->model()->rowCount(), 2);
    QVERIFY(testsupport::waitForList(m_tab->equipmentPage()->loansModel()));
    QCOMPARE(m_tab->equipmentPage()->loansModel()->rowCount(), 1);
    QVERIFY(testsupport::waitForList(m_tab->sitesPage()->model()));
    QCOMPARE(m_tab->sitesPage()->model()->rowCount(), 1);
    QTRY_VERIFY(!m_tab->modulesPage()->isReading());
    QCOMPARE(m_tab->modulesPage()->list()->topLevelItemCount(), 0);
    QVERIFY(testsupport::waitForList(m_tab->deploymentsPage()->model()));
    QCOMPARE(m_tab->deploymentsPage()->model()->rowCount(), 0);
    QVERIFY(m_tab->deploymentsPage()->newButton()->isEnabled());
    for (const QString &page : { QStringLiteral("vehicles"), QStringLiteral("equipment"), QStringLiteral("sites"),
             QStringLiteral("modules"), QStringLiteral("deployments") }) {
        QVERIFY(m_tab->openPage(page));
        QCOMPARE(m_tab->helpSection(), QStringLiteral("fleet-") + page);
    }
    QVERIFY(!m_tab->openPage(QStringLiteral("readiness")));
    m_tab->showPage(FleetTab::Vehicles);
    // Only the overdue and due ones.
    m_tab->vehiclesPage()->dueOnly()->setChecked(true);
    QVERIFY(testsupport::waitForList(m_tab->vehiclesPage()->model()));
    QCOMPARE(m_tab->vehiclesPage()->model()->rowCount(), 1);
    m_tab->vehiclesPage()->dueOnly()->setChecked(false);
    QVERIFY(testsupport::waitForList(m_tab->vehiclesPage()->model()));
}

void TestFleetTab::overdueVehiclesAreRed()
{
    core::FormattedSqlModel *model = m_tab->vehiclesPage()->model();
    QVERIFY(testsupport::waitForList(model));
    const int row = model->rowOfKey(m_overdue);
    QVERIFY(row >= 0);
    QCOMPARE(testsupport::cellText(model, row, 0), QStringLiteral("AA 001 BB"));
    QCOMPARE(model->index(row, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(0xb7, 0x1c, 0x1c));
    QCOMPARE(testsupport::cellText(model, row, FleetLists::VRevision),
        today.addDays(-3).toString(QStringLiteral("dd/MM/yyyy")));
}

void TestFleetTab::wrongPlateIsRefusedInTheDialog()
{
    const qint64 before = count(m_context.db, QStringLiteral("fleet_vehicle"));
    VehicleDialog dialog(m_context, Vehicle(), nullptr);
    dialog.plateField()->setText(QStringLiteral("12-AB"));
    dialog.setSave([&] { return m_tab->commands()->run(std::make_shared<SaveVehicle>(dialog.vehicle())); });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.errorText().contains(QStringLiteral("12-AB")));
    QVERIFY(!dialog.errorText().startsWith(QStringLiteral("fleet.")));
    QCOMPARE(count(m_context.db, QStringLiteral("fleet_vehicle")), before);
    dialog.plateField()->setText(QStringLiteral("gh 456 jk"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(m_context.db, QStringLiteral("fleet_vehicle")), before + 1);
    QVERIFY(FleetRepository(m_context.db).vehicleByPlate(QStringLiteral("GH456JK"))->id != 0);
}

void TestFleetTab::maintenanceFromTheTabCanBeUndone()
{
    MaintenanceEntry e;
    e.vehicleId = m_overdue;
    e.day = today;
    e.km = 50500;
    e.work = QStringLiteral("Sostituzione batteria");
    QVERIFY(m_tab->commands()->run(std::make_shared<RecordMaintenance>(e)).ok());
    QCOMPARE(count(m_context.db, QStringLiteral("fleet_maintenance")), qint64(1));
    m_tab->commands()->undoStack()->undo();
    QCOMPARE(count(m_context.db, QStringLiteral("fleet_maintenance")), qint64(2)); // the entry and its reversal
    m_tab->vehiclesPage()->selectVehicle(m_overdue);
    QVERIFY(testsupport::waitForList(m_tab->vehiclesPage()->logModel()));
    QCOMPARE(m_tab->vehiclesPage()->logModel()->rowCount(), 2);
}

void TestFleetTab::cruscottoFigures()
{
    const QList<core::HeadlineFigure> figures = m_module->headlineFigures(m_context.db, today);
    QCOMPARE(figures.size(), 3);
    QCOMPARE(figures[0].value, QStringLiteral("1"));
    QCOMPARE(figures[0].tone, core::HeadlineFigure::Tone::Alert);
    QCOMPARE(figures[0].page, QStringLiteral("vehicles"));
    QCOMPARE(figures[2].value, QStringLiteral("1")); // the tent on loan
    QVERIFY(m_module->headlineTables().contains(QStringLiteral("fleet_vehicle")));
    // 171 days later the second van is due too (in 29 days): 1 overdue, 1 due.
    const QList<core::HeadlineFigure> later = m_module->headlineFigures(m_context.db, today.addDays(171));
    QCOMPARE(later[0].value, QStringLiteral("2"));
}

void TestFleetTab::modulesPageShowsReadiness()
{
    // A module made in its form: the overdue van, the pump, two drivers.
    ModuleChoices choices;
    auto read = ModuleRepository(m_context.db).choices();
    QVERIFY(read);
    choices = *read;
    QCOMPARE(choices.vehicles.size(), 3);
    ModuleDialog dialog(m_context, ColonnaModule(), choices, nullptr);
    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("Modulo idrogeologico"));
    auto *vehicles = dialog.findChild<QListWidget *>();
    QVERIFY(vehicles);
    for (int i = 0; i < vehicles->count(); ++i)
        if (vehicles->item(i)->text().startsWith(QLatin1String("AA 001 BB")))
            vehicles->item(i)->setCheckState(Qt::Checked);
    dialog.addSkill(QStringLiteral("Patente C per mezzi pesanti"), 2);
    dialog.setSave([&] { return m_tab->commands()->run(std::make_shared<SaveModule>(dialog.module())); });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(m_context.db, QStringLiteral("fleet_module")), qint64(1));
    QCOMPARE(count(m_context.db, QStringLiteral("fleet_module_vehicle")), qint64(1));

    ModulesPage *page = m_tab->modulesPage();
    m_tab->showPage(FleetTab::Modules);
    page->refresh();
    QTRY_VERIFY(!page->isReading());
    QCOMPARE(page->list()->topLevelItemCount(), 1);
    QCOMPARE(page->readiness().size(), 1);
    QVERIFY(!page->readiness().first().ready());
    // The reasons in words: the revision of the van and the missing drivers.
    QVERIFY2(page->detailText().contains(QLatin1String("AA 001 BB")), qPrintable(page->detailText()));
    QVERIFY2(page->detailText().contains(QLatin1String("Patente C per mezzi pesanti")), qPrintable(page->detailText()));
    QCOMPARE(page->list()->topLevelItem(0)->foreground(5).color(), QColor(0xb7, 0x1c, 0x1c));
    // The Cruscotto: no module could leave.
    const QList<core::HeadlineFigure> figures = m_module->headlineFigures(m_context.db, today);
    QCOMPARE(figures.size(), 4);
    QCOMPARE(figures[3].value, QStringLiteral("0 of 1"));
    QCOMPARE(figures[3].tone, core::HeadlineFigure::Tone::Alert);
    QCOMPARE(figures[3].page, QStringLiteral("modules"));
    QVERIFY(m_module->headlineTables().contains(QStringLiteral("volunteer_qualification")));
}

// The Importa... button of the vehicles' and the equipment's pages: the
// dialog reads the file and shows its lines (those with a problem in red,
// the problem in their tooltip) and its problems before anything is
// written; only a file without errors can be imported, and then it is.
void TestFleetTab::importDialogShowsLinesAndProblemsFirst_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QList<int>>("redRows"); // rows of the preview painted red
    QTest::addColumn<int>("added");          // -1: refused, nothing written
    QTest::newRow("two good vehicles") << "vehicles"
                                       << QByteArray("targa;tipo;proprietario;sede;revisione\n"
                                                     "CC 301 DD;furgone;CCV-MI;Polo Nord;31/12/2027\n"
                                                     "CC302DD;fuoristrada;Città metropolitana;;\n")
                                       << 2 << QList<int>() << 2;
    QTest::newRow("a plate in the wrong format")
        << "vehicles"
        << QByteArray("targa;tipo;proprietario\nCC 303 DD;furgone;CCV-MI\nXX-1;furgone;CCV-MI\nCC 304 DD;van;CCV-MI\n")
        << 3 << QList<int> { 1 } << -1;
    QTest::newRow("an unknown site and a bad date")
        << "vehicles"
        << QByteArray("targa,tipo,proprietario,sede,revisione\nCC305DD,van,CCV-MI,Polo Marte,\n"
                      "CC306DD,van,CCV-MI,,31/02/2027\n")
        << 2 << QList<int> { 0, 1 } << -1;
    QTest::newRow("a column missing") << "vehicles" << QByteArray("targa;tipo\nCC307DD;furgone\n") << 1
                                      << QList<int>() << -1;
    QTest::newRow("equipment") << "equipment"
                               << QByteArray("tipo;descrizione;matricola;verifica\n"
                                             "generatore;Gruppo elettrogeno 5 kW;GE-501;30/06/2027\n"
                                             "tenda;Tenda pneumatica;TP-77;\n")
                               << 2 << QList<int>() << 2;
    QTest::newRow("equipment of an unknown type")
        << "equipment" << QByteArray("tipo;descrizione;matricola\nfrigorifero;Frigo;F1\ntenda;Tenda;T9\n") << 2
        << QList<int> { 0 } << -1;
    // "workbook: ...": the same through the .xlsx the program's own Excel
    // writer makes of the lines (real dates, numbers).
    QTest::newRow("workbook: two good vehicles")
        << "vehicles"
        << QByteArray("targa;tipo;proprietario;sede;revisione;km\n"
                      "CC 311 DD;furgone;CCV-MI;Polo Nord;31/12/2027;54.300\n"
                      "CC312DD;fuoristrada;Città metropolitana;;;\n")
        << 2 << QList<int>() << 2;
    QTest::newRow("workbook: an unknown site and a revision before registration")
        << "vehicles"
        << QByteArray("targa;tipo;proprietario;sede;immatricolazione;revisione\n"
                      "CC313DD;van;CCV-MI;Polo Marte;;\n"
                      "CC314DD;van;CCV-MI;;02/05/2020;01/05/2020\n"
                      "CC315DD;van;CCV-MI;;;\n")
        << 3 << QList<int> { 0, 1 } << -1;
}

void TestFleetTab::importDialogShowsLinesAndProblemsFirst()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, csv);
    QFETCH(int, lines);
    QFETCH(QList<int>, redRows);
    QFETCH(int, added);
    QTemporaryDir dir;
    const bool workbook = QByteArray(QTest::currentDataTag()).startsWith("workbook:");
    const QString path = dir.filePath(kind + (workbook ? QStringLiteral(".xlsx") : QStringLiteral(".csv")));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(workbook ? testsupport::xlsxFromCsv(csv) : csv);
    }
    // The page's button opens it.
    QWidget *page = kind == QLatin1String("vehicles") ? static_cast<QWidget *>(m_tab->vehiclesPage())
                                                      : static_cast<QWidget *>(m_tab->equipmentPage());
    bool hasButton = false;
    for (QPushButton *b : page->findChildren<QPushButton *>())
        hasButton = hasButton || (b->text() == VehiclesPage::tr("&Import...") && b->isEnabled());
    QVERIFY(hasButton);

    const QString table = kind == QLatin1String("vehicles") ? QStringLiteral("fleet_vehicle") : QStringLiteral("fleet_equipment");
    const qint64 before = count(m_context.db, table);
    const QByteArray content = testsupport::contentHash(m_context.db);
    FleetImportDialog dialog(m_context, *m_tab->commands(), kind);
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.setFile(path);
    // Checked, shown, and nothing written yet.
    QCOMPARE(testsupport::contentHash(m_context.db), content);
    QCOMPARE(dialog.rows()->rowCount(), lines);
    QList<int> red;
    for (int r = 0; r < dialog.rows()->rowCount(); ++r)
        if (dialog.rows()->item(r, 0)->background().color() == QColor(0xfd, 0xe0, 0xe0)) {
            red.append(r);
            QVERIFY(!dialog.rows()->item(r, 1)->toolTip().isEmpty());
        }
    QCOMPARE(red, redRows);
    QCOMPARE(dialog.importButton()->isEnabled(), added >= 0);
    QCOMPARE(dialog.problems()->rowCount() > 0, added < 0);
    if (added < 0) {
        // Each problem in Italian-ready words, not a code.
        for (int r = 0; r < dialog.problems()->rowCount(); ++r)
            for (int c = 0; c < dialog.problems()->columnCount(); ++c)
                if (auto *item = dialog.problems()->item(r, c))
                    QVERIFY2(!item->text().contains(QLatin1String("fleet.")), qPrintable(item->text()));
        QVERIFY(!dialog.summary()->text().isEmpty());
        QCOMPARE(count(m_context.db, table), before);
        return;
    }
    QVERIFY(dialog.runImport());
    QCOMPARE(count(m_context.db, table), before + added);
    // The same file again: the dialog says so and waits for the tick.
    FleetImportDialog again(m_context, *m_tab->commands(), kind);
    again.setFile(path);
    QVERIFY(again.againBox()->alreadyImported());
    QVERIFY(!again.importButton()->isEnabled());
}

void TestFleetTab::deploymentFormRecordsADeployment()
{
    // The module of the test above (the van whose revision is overdue), an
    // event, the service, two volunteers (one a driver).
    const QSqlDatabase db = m_context.db;
    const qint64 organisation = addOrganisation(db, QStringLiteral("Protezione Civile Peschiera"));
    const qint64 event = addEvent(db);
    QVERIFY(addService(db));
    const qint64 walker = addVolunteer(db, organisation, QStringLiteral("BNCLCU80A01F205B"), QStringLiteral("Bianchi"));
    const qint64 driver = addVolunteer(db, organisation, QStringLiteral("VRDGPP80A01F205C"), QStringLiteral("Verdi"),
        { QStringLiteral("Patente C per mezzi pesanti") }, today.addYears(1));
    QVERIFY(organisation && event && walker && driver);
    const qint64 module = ModuleRepository(db).modules(true)->first().id;
    auto choices = DeploymentChoices::read(db, today);
    QVERIFY(choices);

    DeploymentDialog dialog(m_context, *choices, nullptr);
    dialog.resize(1366, 700);
    dialog.setEvent(event);
    dialog.setRequestedBy(QStringLiteral("Regione Lombardia"));
    dialog.setDays(today, today.addDays(1));
    // Ticking the module puts the drivers first.
    QCOMPARE(dialog.listedVolunteers().first(), walker); // by name: Bianchi, Verdi
    dialog.tickModule(module);
    QCOMPARE(dialog.listedVolunteers().first(), driver);
    dialog.volunteerSearch()->setText(QStringLiteral("bianchi"));
    QCOMPARE(dialog.listedVolunteers(), QList<qint64> { walker });
    dialog.volunteerSearch()->clear();
    dialog.tickVolunteer(driver);
    // The van is not fit (its revision is overdue): the form says why, and
    // without a reason the command refuses it, nothing written.
    QVERIFY2(!dialog.vehicleProblem(m_overdue).isEmpty(), "the van's problem is shown");
    QCOMPARE(dialog.deployment().vehicles.size(), 1);
    dialog.setSave([&] { return m_tab->commands()->run(std::make_shared<RecordDeployment>(dialog.deployment())); });
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorText().contains(QLatin1String("AA 001 BB")), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.errorText().startsWith(QLatin1String("fleet.")));
    QCOMPARE(count(db, QStringLiteral("fleet_deployment")), qint64(0));
    // With the reason and the km: recorded.
    const auto odometerBefore = core::queryValue(
        db, QStringLiteral("SELECT odometer_km FROM fleet_vehicle_odometer WHERE vehicle_id = ?"), { m_overdue });
    QVERIFY(odometerBefore);
    dialog.tickVehicle(m_overdue, 80, QStringLiteral("Revisione prenotata, unico mezzo disponibile"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(count(db, QStringLiteral("fleet_deployment")), qint64(1));
    auto odometer = core::queryValue(
        db, QStringLiteral("SELECT odometer_km FROM fleet_vehicle_odometer WHERE vehicle_id = ?"), { m_overdue });
    QVERIFY(odometer);
    QCOMPARE(odometer->toLongLong(), odometerBefore->toLongLong() + 80);
    auto activations
        = core::queryValue(db, QStringLiteral("SELECT count(*) FROM activation WHERE volunteer_id = ?"), { driver });
    QCOMPARE(activations->toLongLong(), qint64(2));
    auto reason = core::queryValue(db,
        QStringLiteral("SELECT override_reason FROM fleet_deployment_item WHERE vehicle_id = ?"), { m_overdue });
    QCOMPARE(reason->toString(), QStringLiteral("Revisione prenotata, unico mezzo disponibile"));
    // The list shows it.
    QVERIFY(testsupport::waitForList(m_tab->deploymentsPage()->model()));
    QCOMPARE(m_tab->deploymentsPage()->model()->rowCount(), 1);
    core::FormattedSqlModel *model = m_tab->deploymentsPage()->model();
    QCOMPARE(testsupport::cellText(model, 0, FleetLists::DEvent), QStringLiteral("Alluvione Seveso"));
    QCOMPARE(testsupport::cellText(model, 0, FleetLists::DModules), QStringLiteral("Modulo idrogeologico"));
    QCOMPARE(testsupport::cellText(model, 0, FleetLists::DVolunteers), QStringLiteral("1"));
    QCOMPARE(testsupport::cellText(model, 0, FleetLists::DKm), QStringLiteral("80"));
    // A new form says the van is out on those days (no reason lets it go).
    auto again = DeploymentChoices::read(db, today);
    QVERIFY(again);
    DeploymentDialog second(m_context, *again, nullptr);
    second.setDays(today.addDays(1), today.addDays(3));
    QVERIFY2(second.vehicleProblem(m_overdue).contains(QLatin1String("Alluvione Seveso")),
        qPrintable(second.vehicleProblem(m_overdue)));
    second.setDays(today.addDays(2), today.addDays(3));
    QVERIFY(!second.vehicleProblem(m_overdue).contains(QLatin1String("Alluvione Seveso")));
}

void TestFleetTab::deployFromTheModulesPage()
{
    // «Deploy...» on the selected module: the deployments' page, its form
    // read off the GUI thread, the module ticked.
    m_tab->showPage(FleetTab::Modules);
    ModulesPage *modules = m_tab->modulesPage();
    modules->refresh();
    QTRY_VERIFY(!modules->isReading());
    QVERIFY(modules->selectedModule() != 0);
    QVERIFY(modules->deployButton()->isEnabled());
    NewDeployment seen;
    const QMetaObject::Connection opened = connect(m_tab->deploymentsPage(), &DeploymentsPage::dialogOpened, this, [&seen](DeploymentDialog *dialog) {
        seen = dialog->deployment();
        QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
    });
    modules->deployButton()->click();
    QCOMPARE(m_tab->pages()->currentIndex(), int(FleetTab::Deployments));
    QTRY_VERIFY(!m_tab->deploymentsPage()->isReading());
    QCOMPARE(seen.moduleIds, QList<qint64> { modules->selectedModule() });
    QCOMPARE(seen.vehicles.size(), 1);
    disconnect(opened);
}

void TestFleetTab::correctAndVoidFromTheDeploymentsPage()
{
    // The deployment of the form above (the van, 80 km, the driver's two
    // days): «Correct...» then «Void deployment...» on the selected row,
    // each read off the GUI thread, each with its reason.
    const QSqlDatabase db = m_context.db;
    const auto number = [&db](const QString &sql, const QVariantList &binds = {}) {
        auto v = core::queryValue(db, sql, binds);
        return v ? v->toLongLong() : qint64(-1);
    };
    const QString odometer = QStringLiteral("SELECT odometer_km FROM fleet_vehicle_odometer WHERE vehicle_id = ?");
    const qint64 before = number(odometer, { m_overdue });
    m_tab->showPage(FleetTab::Deployments);
    DeploymentsPage *page = m_tab->deploymentsPage();
    QVERIFY(testsupport::waitForList(page->model()));
    QCOMPARE(page->model()->rowCount(), 1);
    page->table()->clearSelection();
    QVERIFY(!page->correctButton()->isEnabled());
    QVERIFY(!page->voidButton()->isEnabled());
    page->table()->selectRow(0);
    QVERIFY(page->correctButton()->isEnabled());
    QVERIFY(page->voidButton()->isEnabled());

    QString correctionProblem;
    const QMetaObject::Connection corrected
        = connect(page, &DeploymentsPage::correctionOpened, this, [&](CorrectDeploymentDialog *dialog) {
              QCOMPARE(dialog->table()->rowCount(), 1);
              // Nothing changed, no reason: OK is off.
              QVERIFY(!dialog->okButton()->isEnabled());
              dialog->setKm(m_overdue, 8);
              QVERIFY(!dialog->okButton()->isEnabled());
              dialog->reasonField()->setText(QStringLiteral("Digitati 80 km invece di 8"));
              QVERIFY(dialog->okButton()->isEnabled());
              QMetaObject::invokeMethod(
                  dialog,
                  [dialog, &correctionProblem] {
                      dialog->okButton()->click();
                      correctionProblem = dialog->errorText();
                  },
                  Qt::QueuedConnection);
          });
    page->correctButton()->click();
    QTRY_VERIFY(!page->isReading());
    disconnect(corrected);
    QCOMPARE(correctionProblem, QString());
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment_correction")), qint64(1));
    QCOMPARE(number(odometer, { m_overdue }), before - 72);
    QVERIFY(testsupport::waitForList(page->model()));
    QCOMPARE(testsupport::cellText(page->model(), 0, FleetLists::DKm), QStringLiteral("8"));
    QCOMPARE(testsupport::cellText(page->model(), 0, FleetLists::DState), QStringLiteral("Corrected"));
    QCOMPARE(testsupport::cellText(page->model(), 0, FleetLists::DNumber), QStringLiteral("IMP-2026-0001"));

    // «Withdraw...»: the van went by mistake; its 8 km leave its odometer.
    page->table()->selectRow(0);
    QVERIFY(page->withdrawButton()->isEnabled());
    QString withdrawalProblem = QStringLiteral("not opened");
    const QMetaObject::Connection withdrawn
        = connect(page, &DeploymentsPage::withdrawalOpened, this, [&](WithdrawFromDeploymentDialog *dialog) {
              QVERIFY(!dialog->okButton()->isEnabled());
              dialog->choose(1, m_overdue);
              QVERIFY(!dialog->okButton()->isEnabled());
              dialog->reasonField()->setText(QStringLiteral("Rimasto in sede"));
              QVERIFY(dialog->okButton()->isEnabled());
              QCOMPARE(dialog->withdrawal().vehicleId, m_overdue);
              QMetaObject::invokeMethod(
                  dialog,
                  [dialog, &withdrawalProblem] {
                      dialog->okButton()->click();
                      withdrawalProblem = dialog->errorText();
                  },
                  Qt::QueuedConnection);
          });
    page->withdrawButton()->click();
    QTRY_VERIFY(!page->isReading());
    disconnect(withdrawn);
    QCOMPARE(withdrawalProblem, QString());
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment_item_void")), qint64(1));
    QCOMPARE(number(odometer, { m_overdue }), before - 80);
    QVERIFY(testsupport::waitForList(page->model()));
    QCOMPARE(testsupport::cellText(page->model(), 0, FleetLists::DVehicles), QStringLiteral("0"));

    page->table()->selectRow(0);
    const QMetaObject::Connection voided = connect(page, &DeploymentsPage::voidOpened, this, [&](VoidDeploymentDialog *dialog) {
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->reasonField()->setText(QStringLiteral("   "));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->reasonField()->setText(QStringLiteral("La colonna non è partita"));
        QVERIFY(dialog->okButton()->isEnabled());
        QMetaObject::invokeMethod(dialog, [dialog] { dialog->okButton()->click(); }, Qt::QueuedConnection);
    });
    page->voidButton()->click();
    QTRY_VERIFY(!page->isReading());
    disconnect(voided);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM fleet_deployment_void WHERE reason = 'La colonna non è partita'")),
        qint64(1));
    QCOMPARE(number(odometer, { m_overdue }), before - 80);
    QCOMPARE(number(QStringLiteral("SELECT count(*) FROM activation_effective")), qint64(0));
    // Still listed, marked, greyed; nothing more to do on it.
    QVERIFY(testsupport::waitForList(page->model()));
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(testsupport::cellText(page->model(), 0, FleetLists::DState), QStringLiteral("Voided"));
    QVERIFY(page->model()->index(0, FleetLists::DEvent).data(Qt::FontRole).value<QFont>().strikeOut());
    page->table()->selectRow(0);
    QVERIFY(!page->correctButton()->isEnabled());
    QVERIFY(!page->voidButton()->isEnabled());
    // Undo has nothing of these: they are ledger entries, corrected by new ones.
    QVERIFY(!m_tab->commands()->undoStack()->canUndo()
        || m_tab->commands()->undoStack()->undoText() != QStringLiteral("void of a deployment"));
}

void TestFleetTab::withoutPermissionNoDeployment()
{
    // An operator edits the fleet but does not deploy: the actions are off.
    QVERIFY(testsupport::signInAs(m_context.db, QStringLiteral("oper")));
    DeploymentsPage page(m_context, *m_tab->commands(), nullptr);
    QVERIFY(!page.newButton()->isEnabled());
    QVERIFY(!page.correctButton()->isEnabled());
    QVERIFY(!page.voidButton()->isEnabled());
    ModulesPage modules(m_context, *m_tab->commands(), nullptr);
    QTRY_VERIFY(!modules.isReading());
    QVERIFY(modules.selectedModule() != 0);
    QVERIFY(!modules.deployButton()->isEnabled());
    // And the command refuses anyway.
    NewDeployment d;
    QVERIFY(!m_tab->commands()->run(std::make_shared<RecordDeployment>(d)).ok());
    QVERIFY(testsupport::signInAs(m_context.db, QStringLiteral("coord")));
}

void TestFleetTab::printMenuChecklistOfTheSelectedModule()
{
    // A second module; the Print menu's checklist is the selected module's
    // (FleetTab::reportChoice), and "every active module" is still offered.
    ColonnaModule other;
    other.name = QStringLiteral("Modulo cucina da campo");
    other.equipmentIds = { FleetRepository(m_context.db).equipmentBySerial(QStringLiteral("MP-1"))->id };
    QVERIFY(ModuleRepository(m_context.db).saveModule(other).ok());
    ModulesPage *modules = m_tab->modulesPage();
    modules->refresh();
    QTRY_VERIFY(!modules->isReading());
    const qint64 selected = modules->selectedModule();
    QVERIFY(selected != 0);
    QCOMPARE(m_tab->reportChoice(QStringLiteral("departure-checklist")), QString::number(selected));
    QCOMPARE(m_tab->reportChoice(QStringLiteral("readiness")), QString());

    core::ReportCatalog catalog;
    for (const core::ReportDefinition &d : FleetReports::definitions())
        catalog.add(d);
    core::AppContext context = m_context;
    context.reports = &catalog;
    core::ReportDialog dialog(context, QStringLiteral("departure-checklist"), nullptr);
    QCOMPARE(dialog.choiceCombo()->count(), 3); // every module, then the two
    auto all = dialog.buildSelected();
    QVERIFY(all);
    QCOMPARE(all->title, QStringLiteral("Departure checklists"));
    dialog.setChoice(m_tab->reportChoice(QStringLiteral("departure-checklist")));
    auto one = dialog.buildSelected();
    QVERIFY(one);
    QString name;
    for (const ModuleReadiness &m : modules->readiness())
        if (m.moduleId == selected)
            name = m.name;
    QCOMPARE(one->title, QStringLiteral("Departure checklist: %1").arg(name));
}

QTEST_MAIN(TestFleetTab)
#include "tst_fleettab.moc"
