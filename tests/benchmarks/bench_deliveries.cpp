// Speed of the Consegne on `demo --years 5` (about 70,000 deliveries): the
// distribution reports for a year, the map recoloured for a period, opening
// the tab, the deliveries list over the whole history, the daily plan.
// Prints the figures; asserts nothing about time. Set BENCH_DELIVERIES_DB
// to an existing `demo --years 5` file to skip building one (about 2 min).

#include "demobuilder.h"

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/reporting/reportcsv.h"
#include "core/ui/appcontext.h"
#include "core/ui/comunimapwidget.h"
#include "core/ui/datefield.h"
#include "core/ui/formattedsqlmodel.h"
#include "deliveries/domain/dayplan.h"
#include "deliveries/domain/deliveryreports.h"
#include "deliveries/domain/distributionqueries.h"
#include "deliveries/ui/dayplanpage.h"
#include "deliveries/ui/deliveriesmodule.h"
#include "deliveries/ui/deliveriespage.h"
#include "deliveries/ui/deliveriestab.h"
#include "deliveries/ui/distributionmappage.h"
#include "deliveries/ui/mapimage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace deliveries;

namespace {

void report(const char *what, qint64 ns)
{
    std::printf("%-62s %9.1f ms\n", what, double(ns) / 1e6);
    std::fflush(stdout);
}

// The best of a few runs, after a first one that warms the cache: what an
// operator sees when asking twice; the first (cold) run is printed too.
template <typename F> void measure(const char *what, F &&work, int runs = 5)
{
    QElapsedTimer timer;
    timer.start();
    work();
    const qint64 cold = timer.nsecsElapsed();
    qint64 best = cold;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed());
    }
    std::printf("%-62s %9.1f ms (first run %.1f ms)\n", what, double(best) / 1e6, double(cold) / 1e6);
    std::fflush(stdout);
}

void readVisibleRows(QTableView *view)
{
    QApplication::processEvents();
    const int first = std::max(0, view->rowAt(0));
    const int bottom = view->rowAt(view->viewport()->height() - 1);
    const int last = bottom >= 0 ? bottom : std::min(view->model()->rowCount() - 1, first + 40);
    for (int row = first; row <= last && row >= 0; ++row)
        for (int column = 0; column < view->model()->columnCount(); ++column)
            (void)view->model()->index(row, column).data();
    QApplication::processEvents();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("BENCH_DELIVERIES_DB");
    QElapsedTimer timer;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo5.sqlite"));
        DemoOptions options;
        options.years = 5;
        timer.start();
        if (auto s = createDemoDatabase(path, options); !s) {
            std::fprintf(
                stderr, "demo failed: %s\n", qPrintable(s.error().code + s.error().args.join(QLatin1Char(' '))));
            return 1;
        }
        report("build demo --years 5", timer.nsecsElapsed());
    }
    auto connection = core::openDatabase(path);
    if (!connection) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    const QSqlDatabase db = connection->db();
    core::setSessionOperator(db, QStringLiteral("bench"));
    auto count = [&](const char *table) {
        return core::queryValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toLongLong();
    };
    std::printf("deliveries: %lld, lines: %lld, lots: %lld, requests: %lld\n", count("delivery"),
        count("delivery_line"), count("delivery_line_lot"), count("delivery_request"));
    // The busiest full year of deliveries.
    auto busiest = core::queryValue(db,
        QStringLiteral("SELECT substr(delivery_date, 1, 4) FROM delivery WHERE delivery_date < ? GROUP BY 1 ORDER BY "
                       "count(*) DESC LIMIT 1"),
        { QStringLiteral("%1-01-01").arg(QDate::currentDate().year()) });
    const int year = busiest && busiest->isValid() ? busiest->toInt() : QDate::currentDate().year() - 1;
    const QDate from(year, 1, 1), to(year, 12, 31);
    auto yearDeliveries = core::queryValue(db,
        QStringLiteral("SELECT count(*) FROM delivery WHERE status = 'delivered' AND delivery_date BETWEEN ? AND ?"),
        { core::toSqlDate(from), core::toSqlDate(to) });
    std::printf("year %d: %lld delivered deliveries\n", year, yearDeliveries->toLongLong());

    core::ReportRequest request;
    request.from = from;
    request.to = to;
    request.operatorName = QStringLiteral("bench");
    request.now = QDateTime::currentDateTime();

    measure("report distributions-by-category, a year", [&] { (void)DeliveryReports::byCategory(db, request); });
    measure("report distributions-by-comune, a year (no map)", [&] { (void)DeliveryReports::byComune(db, request); });
    measure(
        "report distributions-by-comune, a year, with the map",
        [&] { (void)DeliveryReports::byComune(db, request, &renderDistributionMap); }, 2);
    measure(
        "report distributions-by-recipient-type, a year", [&] { (void)DeliveryReports::byRecipientType(db, request); });
    measure("CSV of distributions-by-category, a year",
        [&] { (void)core::reportToCsv(DeliveryReports::byCategory(db, request).value(), core::CsvFlavor::Machine); });
    measure("map figures by comune, a year (query)", [&] {
        (void)DistributionQueries::byComune(db, { from, to }, GoodsFilter::Food);
    });
    measure("map figures by comune, a month (query)", [&] {
        (void)DistributionQueries::byComune(db, { QDate(year, 6, 1), QDate(year, 6, 30) }, GoodsFilter::Food);
    });
    measure("map figures by comune, whole history (query)",
        [&] { (void)DistributionQueries::byComune(db, {}, GoodsFilter::All); });

    core::AppContext context;
    context.db = db;
    context.operatorName = QStringLiteral("bench");
    context.workstation = 1;
    DeliveriesModule module;
    measure("Cruscotto figures", [&] { (void)module.headlineFigures(db, QDate::currentDate()); });

    timer.start();
    auto *tab = qobject_cast<DeliveriesTab *>(module.createTab(context, nullptr));
    tab->resize(1500, 920);
    tab->show();
    tab->ensureBuilt();
    QApplication::processEvents();
    report("open the Consegne tab (all pages built)", timer.nsecsElapsed());

    DistributionMapPage *mapPage = tab->distributionMap();
    tab->pages()->setCurrentWidget(mapPage->parentWidget());
    QApplication::processEvents();
    int flip = 0;
    // The figures are read on the page's worker: each measure waits for them.
    auto arrived = [&] {
        while (mapPage->isReading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    arrived();
    measure("recolour the map: a year (query on the worker, colours, legend, repaint)", [&] {
        mapPage->setPeriod(from, (flip++ % 2) ? to : to.addDays(-1)); // a different period each time
        arrived();
        mapPage->map()->viewport()->repaint();
    });
    measure("recolour the map: a month", [&] {
        mapPage->setPeriod(QDate(year, 6, 1), (flip++ % 2) ? QDate(year, 6, 30) : QDate(year, 6, 29));
        arrived();
        mapPage->map()->viewport()->repaint();
    });
    measure("recolour the map: switch measure kg / deliveries", [&] {
        mapPage->setMeasure((flip++ % 2) ? DistributionMapPage::Measure::Kg : DistributionMapPage::Measure::Deliveries);
        arrived();
        mapPage->map()->viewport()->repaint();
    });
    measure("select a comune on the map (Milano: figures and deliveries)", [&] { mapPage->selectComune(15146); });

    DeliveriesPage *page = tab->deliveries();
    tab->pages()->setCurrentWidget(page->parentWidget());
    QApplication::processEvents();
    QTableView *view = page->view();
    timer.start();
    page->fromDate()->setDate(QDate(2000, 1, 1));
    readVisibleRows(view);
    report("deliveries list: whole history (count + first page)", timer.nsecsElapsed());
    std::printf("  rows shown: %d\n", page->model()->rowCount());
    timer.start();
    view->scrollToBottom();
    readVisibleRows(view);
    report("deliveries list: scroll to the end", timer.nsecsElapsed());
    timer.start();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    readVisibleRows(view);
    report("deliveries list: jump to the middle", timer.nsecsElapsed());
    timer.start();
    page->comuneFilter()->setCurrentIndex(page->comuneFilter()->findData(15146));
    readVisibleRows(view);
    report("deliveries list: one comune over the whole history", timer.nsecsElapsed());

    auto busyDay = core::queryValue(db,
        QStringLiteral("SELECT delivery_date FROM delivery WHERE delivery_date BETWEEN ? AND ? GROUP BY 1 ORDER BY "
                       "count(*) DESC LIMIT 1"),
        { core::toSqlDate(from), core::toSqlDate(to) });
    const QDate day = core::fromSqlDate(busyDay->toString());
    auto plan = DayPlan::plan(db, day);
    std::printf("busiest day %s: %d deliveries in %d rounds\n", qPrintable(day.toString(Qt::ISODate)), plan->deliveries,
        int(plan->rounds.size()));
    measure(
        "daily plan of the busiest day (read, route every round)", [&] { (void)DayPlan::plan(db, day); }, 3);
    delete tab;
    return 0;
}
