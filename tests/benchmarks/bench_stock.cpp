// Speed of the Magazzino on `demo --years 5` (about 460,000 ledger rows):
// opening the tab, changing a ledger filter, scrolling to the end of the
// ledger, sorting it, and the stock-by-category report. Prints the figures;
// asserts nothing about time. Set BENCH_STOCK_DB to an existing
// `demo --years 5` file to skip building one (about 40 s).

#include "demobuilder.h"

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/ui/appcontext.h"
#include "core/ui/datefield.h"
#include "core/ui/formattedsqlmodel.h"
#include "stock/domain/stockreports.h"
#include "stock/ui/ledgerpage.h"
#include "stock/ui/stockmodule.h"
#include "stock/ui/stocktab.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

void report(const char *what, qint64 ns)
{
    std::printf("%-58s %9.1f ms\n", what, double(ns) / 1e6);
    std::fflush(stdout);
}

// Reads the cells a view shows: what the user waits for.
void readVisibleRows(QTableView *view)
{
    QApplication::processEvents(); // lays the view out after a reset
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
    QString path = qEnvironmentVariable("BENCH_STOCK_DB");
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
    core::setSessionOperator(connection->db(), QStringLiteral("bench"));
    const qint64 rows
        = core::queryValue(connection->db(), QStringLiteral("SELECT count(*) FROM stock_movement"))->toLongLong();
    std::printf("ledger rows: %lld\n", rows);

    core::AppContext context;
    context.db = connection->db();
    context.operatorName = QStringLiteral("bench");
    context.workstation = 1;
    stock::StockModule module;

    timer.start();
    auto *tab = qobject_cast<stock::StockTab *>(module.createTab(context, nullptr));
    tab->resize(1400, 900);
    tab->show();
    tab->ensureBuilt();
    QApplication::processEvents();
    report("open the Magazzino tab (all pages built)", timer.nsecsElapsed());

    stock::LedgerPage *ledger = tab->ledger();
    QTableView *view = ledger->view();
    tab->pages()->setCurrentWidget(ledger);
    QApplication::processEvents();

    timer.start();
    ledger->fromDate()->setDate(QDate(2000, 1, 1));
    readVisibleRows(view);
    report("ledger filter: whole history (count + first page)", timer.nsecsElapsed());
    std::printf("  rows shown: %d\n", ledger->model()->rowCount());

    timer.start();
    view->scrollToBottom();
    readVisibleRows(view);
    report("ledger: scroll to the end of the whole history", timer.nsecsElapsed());

    timer.start();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    readVisibleRows(view);
    report("ledger: jump to the middle", timer.nsecsElapsed());

    timer.start();
    ledger->categoryFilter()->setCurrentIndex(ledger->categoryFilter()->findText(QStringLiteral("Pasta e riso")));
    readVisibleRows(view);
    report("ledger filter: category Pasta e riso", timer.nsecsElapsed());
    std::printf("  rows shown: %d\n", ledger->model()->rowCount());

    timer.start();
    ledger->kindFilter()->setCurrentIndex(ledger->kindFilter()->findData(QStringLiteral("write_off")));
    readVisibleRows(view);
    report("ledger filter: + kind write-off", timer.nsecsElapsed());

    timer.start();
    ledger->kindFilter()->setCurrentIndex(0);
    view->scrollToBottom();
    readVisibleRows(view);
    report("ledger: scroll to the end (Pasta e riso)", timer.nsecsElapsed());

    timer.start();
    ledger->categoryFilter()->setCurrentIndex(0);
    ledger->fromDate()->setDate(context.clock->today().addMonths(-3));
    readVisibleRows(view);
    report("ledger filter: last three months", timer.nsecsElapsed());

    timer.start();
    ledger->fromDate()->setDate(QDate(2000, 1, 1));
    view->horizontalHeader()->setSortIndicator(1, Qt::AscendingOrder);
    readVisibleRows(view);
    report("ledger: sort by movement kind (whole history)", timer.nsecsElapsed());

    core::ReportRequest request;
    request.at = context.clock->today();
    timer.start();
    auto today = stock::StockReports::byCategory(context.db, request);
    report("report stock-by-category at today", timer.nsecsElapsed());
    request.at = QDate(2023, 6, 30);
    timer.start();
    auto past = stock::StockReports::byCategory(context.db, request);
    report("report stock-by-category at 30/06/2023", timer.nsecsElapsed());
    request.at = QDate(2021, 1, 15);
    timer.start();
    auto old = stock::StockReports::byCategory(context.db, request);
    report("report stock-by-category at 15/01/2021", timer.nsecsElapsed());
    delete tab;
    return today.ok() && past.ok() && old.ok() ? 0 : 1;
}
