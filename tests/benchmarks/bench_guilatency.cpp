// The GUI thread's longest stall, screen by screen, on the 5-year demo
// (BENCH_YEARS=1: the 1-year one): an event-loop latency probe
// (latencyprobe.h, a 10 ms timer) while the main window opens with the
// Cruscotto, while each tab is opened in turn, while the Consegne tab
// calculates an allocation, lists a comune clicked on the map and exports
// every request ever made (CSV and Excel), and while the Cruscotto
// refreshes after a save. The floor is the same probe
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
#include "core/ui/tablemenu.h"
#include "deliveries/ui/allocationpage.h"
#include "deliveries/ui/deliveriespage.h"
#include "deliveries/ui/deliveriestab.h"
#include "deliveries/ui/distributionmappage.h"
#include "deliveries/ui/requestspage.h"
#include "core/ui/formattedsqlmodel.h"

#include <QApplication>
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

double emptyWindowFloor(bench::LatencyProbe &probe)
{
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
        tabs->setCurrentIndex(i);
        QTest::qWait(300);
    }
    return probe.worstMs();
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
    for (int run = 0; run < runs; ++run) {
        floors.append(emptyWindowFloor(probe));

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
                window.tabs()->setCurrentIndex(i);
                QTest::qWait(settleMs);
                record(QStringLiteral("tab %1").arg(window.tabs()->tabText(i).remove(QLatin1Char('&'))));
            }
            // The Consegne tab's actions that read what grows with the
            // history: an allocation calculated, a comune clicked on the
            // map of the whole history, the whole list of deliveries
            // exported (its rows read, the file written).
            if (auto *consegne = window.findChild<deliveries::DeliveriesTab *>()) {
                window.tabs()->setCurrentWidget(consegne);
                consegne->pages()->setCurrentWidget(consegne->allocation());
                QTest::qWait(300);
                probe.reset();
                consegne->allocation()->calculate();
                QTest::qWait(settleMs);
                record(QStringLiteral("Consegne: Ripartizione, Calcola"));
                deliveries::DistributionMapPage *map = consegne->distributionMap();
                consegne->pages()->setCurrentWidget(map);
                map->setPeriod(QDate(2019, 1, 1), context.clock->today());
                QTest::qWait(settleMs);
                probe.reset();
                QTest::mouseClick(map->map()->viewport(), Qt::LeftButton, {}, map->map()->viewportPointOf(15146));
                QTest::qWait(settleMs);
                record(QStringLiteral("Consegne: Mappa, clic su Milano"));
                // Every request ever made (the list's filter "everything").
                deliveries::RequestsPage *requests = consegne->requests();
                consegne->pages()->setCurrentWidget(requests);
                requests->showEverything();
                (void)QTest::qWaitFor([&] { return requests->model()->isIdle(); }, 120000);
                QTest::qWait(300);
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
    return 0;
}
