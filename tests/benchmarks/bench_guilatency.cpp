// The GUI thread's longest stall, screen by screen, on the 5-year demo
// (BENCH_YEARS=1: the 1-year one): an event-loop latency probe
// (latencyprobe.h, a 10 ms timer) while the main window opens with the
// Cruscotto, while each tab is opened in turn, while the Consegne tab
// calculates an allocation, lists a comune clicked on the map and exports
// every request ever made (CSV and Excel), prints the map's report and
// reads a request's detail, while the Volontari tab shows its limits and
// person-days pages, while the Print menu builds the report by comune
// with its map, while every page of every tab comes on top in turn, and
// while the Cruscotto refreshes after a save. Also the
// GUI thread's time to open each tab the first time, until painted,
// against an empty window's tab switch. The floor is the same probe
// while an empty Qt window with a tab widget opens and switches tabs. The
// goal (issue 17): no stall over 50 ms on any screen. Prints figures;
// asserts nothing about time.

#include "benchratio.h"
#include "latencyprobe.h"

#include "dashboardtab.h"
#include "mainwindow.h"
#include "moduleregistry.h"
#include "translations.h"

#include "core/auth/authservice.h"
#include "core/db/changenotifier.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/demo/demoaccounts.h"
#include "core/ui/appcontext.h"
#include "core/ui/comunimapwidget.h"
#include "core/ui/datefield.h"
#include "core/ui/reportdialog.h"
#include "core/ui/tablemenu.h"
#include "deliveries/ui/allocationpage.h"
#include "deliveries/ui/deliveriespage.h"
#include "deliveries/ui/deliveriestab.h"
#include "deliveries/ui/distributionmappage.h"
#include "deliveries/ui/requestspage.h"
#include "core/ui/formattedsqlmodel.h"
#include "volunteers/ui/volunteerstab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <map>

namespace {

// How long each screen is watched after it is asked for: what it loads on
// the side arrives meanwhile.
constexpr int settleMs = 1500;

struct Floor {
    double stallMs = 0; // the probe's worst while the window opens and switches tabs
    double switchMs = 0; // the slowest tab switch, until painted
};

Floor emptyWindowFloor(bench::LatencyProbe &probe)
{
    Floor floor;
    probe.reset();
    QMainWindow window;
    auto *tabs = new QTabWidget;
    for (int i = 0; i < 6; ++i)
        tabs->addTab(new QLabel(QStringLiteral("Scheda %1").arg(i)), QStringLiteral("Scheda %1").arg(i));
    window.setCentralWidget(tabs);
    window.resize(1366, 768);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    QTest::qWait(300);
    for (int i = 1; i < tabs->count(); ++i) {
        QElapsedTimer timer;
        timer.start();
        tabs->setCurrentIndex(i);
        window.repaint();
        floor.switchMs = std::max(floor.switchMs, double(timer.nsecsElapsed()) / 1e6);
        QTest::qWait(300);
    }
    floor.stallMs = probe.worstMs();
    return floor;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslations(app, QStringLiteral("it"));
    const int years = qEnvironmentVariableIsSet("BENCH_YEARS") ? qEnvironmentVariableIntValue("BENCH_YEARS") : 5;
    const QString demo = bench::demoDatabase(years);
    if (demo.isEmpty())
        return 1;
    std::fprintf(stderr, "on the %d-year demo\n", years);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    if (!QFile::copy(demo, path))
        return 1;
    const int runs = qEnvironmentVariableIsSet("BENCH_RUNS") ? qEnvironmentVariableIntValue("BENCH_RUNS") : 3;

    bench::LatencyProbe probe;
    std::map<int, QList<double>> stalls; // screen order -> the stalls of each run
    QStringList screens;
    QList<double> floors;
    QList<double> switchFloors;
    std::map<int, QList<double>> openings; // tab -> the GUI thread's time to open it the first time, until painted
    QStringList openingNames;
    for (int run = 0; run < runs; ++run) {
        const Floor floor = emptyWindowFloor(probe);
        floors.append(floor.stallMs);
        switchFloors.append(floor.switchMs);

        auto connection = core::openDatabase(path);
        if (!connection) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
            return 1;
        }
        const QSqlDatabase db = connection->db();
        if (!core::AuthService(db).signIn(QStringLiteral("coordinatrice"), core::demoPassword)) {
            std::fprintf(stderr, "cannot sign in\n");
            return 1;
        }
        const auto modules = createModules();
        const core::ReportCatalog reports = createReportCatalog(modules);
        core::AppContext context;
        context.db = db;
        context.operatorName = core::sessionOperator(db);
        context.workstation = core::sessionWorkstation(db);
        context.reports = &reports;
        {
            int screen = 0;
            auto record = [&](const QString &name) {
                if (run == 0)
                    screens.append(name);
                stalls[screen++].append(probe.worstMs());
            };
            probe.reset();
            MainWindow window(context, modules);
            QSignalSpy shown(window.dashboard(), &DashboardTab::figuresShown);
            window.resize(1366, 768);
            window.show();
            window.dashboard()->ensureBuilt();
            (void)QTest::qWaitForWindowExposed(&window);
            if (shown.isEmpty())
                shown.wait(120000);
            QTest::qWait(settleMs);
            record(QStringLiteral("main window + Cruscotto"));
            // A save while only the Cruscotto is built: its refresh (400 ms
            // later) and the status bar's figures.
            auto afterASave = [&](const QString &name) {
                probe.reset();
                shown.clear();
                core::ChangeNotifier::instance()->notifyChanged(
                    { QStringLiteral("activation"), QStringLiteral("stock_movement") });
                shown.wait(120000);
                QTest::qWait(300);
                record(name);
            };
            afterASave(QStringLiteral("save, Cruscotto only built"));
            for (int i = 1; i < window.tabs()->count(); ++i) {
                probe.reset();
                // The first opening: what the GUI thread does from the
                // click until the tab is painted (built, laid out, drawn;
                // what its workers read arrives later).
                QElapsedTimer opening;
                opening.start();
                window.tabs()->setCurrentIndex(i);
                window.repaint();
                openings[i].append(double(opening.nsecsElapsed()) / 1e6);
                const QString name = window.tabs()->tabText(i).remove(QLatin1Char('&'));
                if (run == 0)
                    openingNames.append(name);
                QTest::qWait(settleMs);
                record(QStringLiteral("tab %1").arg(name));
            }
            // The Volontari pages that read every volunteer's days (the
            // art. 39 limits) and count the person-days, shown the first
            // time; the report by comune with its map from the Print menu.
            if (auto *volontari = window.findChild<volunteers::VolunteersTab *>()) {
                window.tabs()->setCurrentWidget(volontari);
                QTest::qWait(300);
                for (auto page : { volunteers::VolunteersTab::Limits, volunteers::VolunteersTab::PersonDays }) {
                    probe.reset();
                    volontari->showPage(page);
                    QTest::qWait(settleMs);
                    record(page == volunteers::VolunteersTab::Limits ? QStringLiteral("Volontari: Limiti art. 39")
                                                                     : QStringLiteral("Volontari: Giornate/persona"));
                }
            }
            {
                core::ReportDialog dialog(context, QStringLiteral("distributions-by-comune"), &window);
                dialog.show();
                (void)QTest::qWaitForWindowExposed(&dialog);
                if (auto *from = dialog.findChildren<core::DateField *>().value(0))
                    from->setDate(QDate(2019, 1, 1));
                QTest::qWait(300);
                probe.reset();
                bool built = false;
                dialog.buildInBackground([&](const core::Result<core::ReportDocument> &) { built = true; });
                (void)QTest::qWaitFor([&] { return built; }, 600000);
                QTest::qWait(300);
                record(QStringLiteral("Stampa: distribuzioni per comune con la mappa, tutta la storia"));
            }
            // The Consegne tab's actions that read what grows with the
            // history: an allocation calculated, a comune clicked on the
            // map of the whole history, the whole list of deliveries
            // exported (its rows read, the file written).
            if (auto *consegne = window.findChild<deliveries::DeliveriesTab *>()) {
                window.tabs()->setCurrentWidget(consegne);
                consegne->showPage(deliveries::DeliveriesTab::Allocation);
                QTest::qWait(300);
                probe.reset();
                consegne->allocation()->calculate();
                QTest::qWait(settleMs);
                record(QStringLiteral("Consegne: Ripartizione, Calcola"));
                deliveries::DistributionMapPage *map = consegne->distributionMap();
                consegne->showPage(deliveries::DeliveriesTab::Map);
                map->setPeriod(QDate(2019, 1, 1), context.clock->today());
                QTest::qWait(settleMs);
                probe.reset();
                QTest::mouseClick(map->map()->viewport(), Qt::LeftButton, {}, map->map()->viewportPointOf(15146));
                QTest::qWait(settleMs);
                record(QStringLiteral("Consegne: Mappa, clic su Milano"));
                probe.reset();
                bool printed = false;
                map->prepareReport([&](const core::Result<core::ReportDocument> &) { printed = true; });
                (void)QTest::qWaitFor([&] { return printed; }, 600000);
                QTest::qWait(300);
                record(QStringLiteral("Consegne: Mappa, Stampa il report"));
                // Every request ever made (the list's filter "everything").
                deliveries::RequestsPage *requests = consegne->requests();
                consegne->showPage(deliveries::DeliveriesTab::Requests);
                requests->showEverything();
                (void)QTest::qWaitFor([&] { return requests->model()->isIdle(); }, 120000);
                QTest::qWait(300);
                probe.reset();
                requests->view()->selectRow(0);
                (void)QTest::qWaitFor([&] { return !requests->isReadingDetail(); }, 120000);
                QTest::qWait(300);
                record(QStringLiteral("Consegne: una richiesta selezionata"));
                for (auto format : { core::TableExport::Format::Csv, core::TableExport::Format::Xlsx }) {
                    probe.reset();
                    core::TableExport *job = core::TableExport::start(requests->view(),
                        dir.filePath(format == core::TableExport::Format::Csv ? QStringLiteral("consegne.csv")
                                                                              : QStringLiteral("consegne.xlsx")),
                        format);
                    QSignalSpy finished(job, &core::TableExport::finished);
                    finished.wait(600000);
                    QTest::qWait(300);
                    record(format == core::TableExport::Format::Csv
                            ? QStringLiteral("Consegne: esporta le richieste (CSV)")
                            : QStringLiteral("Consegne: salva le richieste come Excel"));
                }
            }
            // Every page of every tab, in turn (those not shown above are
            // built now): what each reads when it comes on top.
            for (int i = 1; i < window.tabs()->count(); ++i) {
                window.tabs()->setCurrentIndex(i);
                QTest::qWait(300);
                auto *pages = window.tabs()->widget(i)->findChild<QTabWidget *>();
                if (!pages)
                    continue;
                const QString tab = window.tabs()->tabText(i).remove(QLatin1Char('&'));
                // The page on top is visited last, coming back to it.
                QList<int> order;
                for (int p = 0; p < pages->count(); ++p)
                    if (p != pages->currentIndex())
                        order.append(p);
                order.append(pages->currentIndex());
                for (int p : std::as_const(order)) {
                    probe.reset();
                    pages->setCurrentIndex(p);
                    QTest::qWait(settleMs);
                    record(QStringLiteral("%1 › %2").arg(tab, pages->tabText(p).remove(QLatin1Char('&'))));
                }
            }
            window.tabs()->setCurrentIndex(0);
            QTest::qWait(300);
            // The same save with every tab built: each tab reloads what it
            // shows from the changed tables (their own refreshes).
            afterASave(QStringLiteral("save, every tab built"));
            core::AuthService(db).signOut();
        }
    }
    const double floor = bench::median(floors);
    int over = 0;
    for (int i = 0; i < screens.size(); ++i) {
        const double worst = bench::median(stalls[i]);
        bench::printRatio(QStringLiteral("longest GUI stall: %1").arg(screens.at(i)), worst,
                          QStringLiteral("empty Qt window"), floor);
        if (worst > 50)
            ++over;
    }
    bench::printFigure(QStringLiteral("screens with a stall over 50 ms"), QString::number(over));
    const double switchFloor = bench::median(switchFloors);
    for (int i = 0; i < openingNames.size(); ++i)
        bench::printRatio(QStringLiteral("first opening, GUI thread until painted: tab %1").arg(openingNames.at(i)),
            bench::median(openings[i + 1]), QStringLiteral("empty Qt window, a tab switch painted"), switchFloor);
    return 0;
}
