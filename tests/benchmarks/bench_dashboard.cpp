// The Cruscotto's refresh on the 1-year and the 5-year demo: the time its
// figures take to read (on the worker since issue 17; before, on the GUI
// thread), each module's share, and the longest GUI-thread stall while a
// refresh runs, against the floor of the same probe on an idle empty
// window. The 5y/1y ratio says whether the refresh follows the period or
// the history. Prints figures; asserts nothing about time.

#include "benchratio.h"
#include "latencyprobe.h"

#include "dashboardloader.h"
#include "dashboardtab.h"
#include "moduleregistry.h"

#include "core/auth/authservice.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/demo/demoaccounts.h"
#include "core/ui/appcontext.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

constexpr int runs = 5;

struct Measured {
    double worker = 0; // all the figures, read on one connection
    double workerCpu = 0; // the same, CPU of the reading thread
    QHash<QString, double> byModule;
    QHash<QString, double> byModuleCpu;
    double stall = 0;  // the GUI thread's longest stall during a refresh
    double idle = 0;   // the same probe on an idle empty window
};

Measured measure(const QString &demo, const std::vector<std::unique_ptr<core::Module>> &modules)
{
    Measured m;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    if (!QFile::copy(demo, path)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(demo));
        return m;
    }
    auto connection = core::openDatabase(path);
    if (!connection) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return m;
    }
    const QSqlDatabase db = connection->db();
    // Signed in as in the room: some figures are read under a permission.
    if (!core::AuthService(db).signIn(QStringLiteral("coordinatrice"), core::demoPassword)) {
        std::fprintf(stderr, "cannot sign in\n");
        return m;
    }
    const QDate today = core::SystemClock::instance().today();
    QList<const core::Module *> all;
    for (const auto &module : modules)
        all.append(module.get());

    // The figures as the worker reads them (before issue 17: on the GUI thread).
    (void)computeDashboardFigures(db, all, today); // warm the page cache once
    QList<double> totals, totalsCpu;
    QHash<QString, QList<double>> each, eachCpu;
    for (int i = 0; i < runs; ++i) {
        double cpu = 0;
        totals.append(bench::timeMs(
            [&] { cpu = bench::threadCpuMs([&] { (void)computeDashboardFigures(db, all, today); }); }));
        totalsCpu.append(cpu);
        for (const core::Module *module : all) {
            each[module->id()].append(bench::timeMs(
                [&] { cpu = bench::threadCpuMs([&] { (void)module->headlineFigures(db, today); }); }));
            eachCpu[module->id()].append(cpu);
        }
    }
    m.worker = bench::median(totals);
    m.workerCpu = bench::median(totalsCpu);
    for (auto it = each.cbegin(); it != each.cend(); ++it)
        m.byModule.insert(it.key(), bench::median(it.value()));
    for (auto it = eachCpu.cbegin(); it != eachCpu.cend(); ++it)
        m.byModuleCpu.insert(it.key(), bench::median(it.value()));

    // The tab: the GUI thread's longest stall from Refresh to the figures on
    // screen, interleaved with the same wait on an idle empty window.
    core::AppContext context;
    context.db = db;
    context.operatorName = QStringLiteral("bench");
    DashboardTab tab(context, modules);
    tab.resize(1200, 800);
    tab.show();
    QSignalSpy shown(&tab, &DashboardTab::figuresShown);
    tab.ensureBuilt();
    shown.wait(60000);
    QMainWindow empty;
    empty.setCentralWidget(new QTabWidget);
    empty.show();
    bench::LatencyProbe probe;
    QList<double> stalls, idles;
    for (int i = 0; i < runs; ++i) {
        shown.clear();
        probe.reset();
        tab.refresh();
        shown.wait(60000);
        stalls.append(probe.worstMs());
        probe.reset();
        QTest::qWait(int(m.worker) + 50);
        idles.append(probe.worstMs());
    }
    m.stall = bench::median(stalls);
    m.idle = bench::median(idles);
    core::AuthService(db).signOut();
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const auto modules = createModules();
    const QString demo1 = bench::demoDatabase(1);
    const QString demo5 = bench::demoDatabase(5);
    if (demo1.isEmpty() || demo5.isEmpty())
        return 1;
    const Measured one = measure(demo1, modules);
    const Measured five = measure(demo5, modules);
    bench::printRatio(QStringLiteral("Cruscotto figures, 5y (worker)"), five.worker, QStringLiteral("same on 1y"),
                      one.worker);
    for (const auto &module : modules)
        bench::printRatio(QStringLiteral("  %1 figures, 5y").arg(module->id()), five.byModule.value(module->id()),
                          QStringLiteral("same on 1y"), one.byModule.value(module->id()));
    // CPU of the reading thread: on a loaded machine the wall times above
    // also count the waits for a core.
    bench::printRatio(QStringLiteral("Cruscotto figures, 5y (worker), CPU"), five.workerCpu,
                      QStringLiteral("same on 1y"), one.workerCpu);
    for (const auto &module : modules)
        bench::printRatio(QStringLiteral("  %1 figures, 5y, CPU").arg(module->id()),
                          five.byModuleCpu.value(module->id()), QStringLiteral("same on 1y"),
                          one.byModuleCpu.value(module->id()));
    bench::printRatio(QStringLiteral("Cruscotto refresh, 1y: GUI-thread longest stall"), one.stall,
                      QStringLiteral("idle empty window"), one.idle);
    bench::printRatio(QStringLiteral("Cruscotto refresh, 5y: GUI-thread longest stall"), five.stall,
                      QStringLiteral("idle empty window"), five.idle);
    return 0;
}
