// Benchmark: PagedSqlModel over a million-row ledger-like table. For the
// first page, a row in the middle, 50 pages near the end, a sort change (alone
// and keeping a selected row deep in the new order) and a filter change it prints two figures against the same floor, the same
// SQL run on a plain connection in this thread:
// - "GUI blocked": the longest time the GUI thread was busy (the call
//   itself, or one event-loop turn handling a reply), probed while waiting;
// - "rows arrive": from the call until the rows are there.
// "before" is what the model did until issue 17: the count and the OFFSET
// pages on the GUI thread's connection (the same SQL as the old code), all
// of it blocking. Medians of interleaved runs; no assertions on time.

#include "benchratio.h"
#include "core/db/sql.h"
#include "core/ui/pagedsqlmodel.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

namespace {

constexpr int pageSize = 256;
constexpr int runs = 5;
const QString columns = QStringLiteral("m.day, m.item_id, m.kind, m.grams, m.note, m.id");

// Runs a query and reads every row, as the model's reader does.
int readAll(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = core::runQuery(db, sql, binds);
    int n = 0;
    while (q && q->next()) {
        for (int c = 0; c < 6; ++c)
            q->value(c);
        ++n;
    }
    return n;
}

struct Timing {
    double blocked = 0; // longest GUI-thread stretch
    double arrived = 0; // until the rows are there
};

// Calls `start` on the GUI thread, then turns the event loop until `ready`:
// each turn is GUI-thread time (replies handled), waiting between is not.
Timing measure(const std::function<void()> &start, const std::function<bool()> &ready)
{
    QElapsedTimer total;
    total.start();
    Timing t;
    t.blocked = bench::timeMs(start);
    while (!ready()) {
        QElapsedTimer turn;
        turn.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        t.blocked = std::max(t.blocked, double(turn.nsecsElapsed()) / 1e6);
        QThread::yieldCurrentThread();
    }
    t.arrived = double(total.nsecsElapsed()) / 1e6;
    return t;
}

bool waitIdle(const core::PagedSqlModel &model)
{
    while (!model.isIdle())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;

    testsupport::TestDatabase database(false);
    const QSqlDatabase db = database.db();
    QElapsedTimer timer;
    timer.start();
    QSqlQuery(db).exec(QStringLiteral("CREATE TABLE bench_movement (id INTEGER PRIMARY KEY, day TEXT NOT NULL, "
                                      "item_id INTEGER NOT NULL, kind TEXT NOT NULL, grams INTEGER NOT NULL, note TEXT)"));
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO bench_movement VALUES (?, ?, ?, ?, ?, ?)"));
    const QDate start(2020, 12, 1);
    for (int i = 1; i <= rows; ++i) {
        insert.bindValue(0, i);
        insert.bindValue(1, start.addDays(i / 600).toString(Qt::ISODate));
        insert.bindValue(2, i % 400);
        insert.bindValue(3, (i % 7) == 0 ? QStringLiteral("issue") : QStringLiteral("receipt"));
        insert.bindValue(4, (i * 37) % 25000);
        insert.bindValue(5, QStringLiteral("lotto %1").arg(i % 997));
        insert.exec();
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    QSqlQuery(db).exec(QStringLiteral("CREATE INDEX bench_day ON bench_movement(day)"));
    QSqlQuery(db).exec(QStringLiteral("CREATE INDEX bench_item_day ON bench_movement(item_id, day)"));
    out << "rows: " << rows << " (built in " << timer.elapsed() << " ms)\n";

    // The floor's connection: plain, in this thread, on the same file.
    core::DbConnection plain = database.openAnother();
    const QSqlDatabase floorDb = plain.db();

    core::PagedSqlModel model(db);
    model.setSource(QStringLiteral("bench_movement m"), QStringLiteral("m.id"));
    model.setColumns({ { QStringLiteral("m.day"), QStringLiteral("day"), core::ColumnKind::Date, 0, true },
                       { QStringLiteral("m.item_id"), QStringLiteral("item"), core::ColumnKind::Integer, 0, true },
                       { QStringLiteral("m.kind"), QStringLiteral("kind") },
                       { QStringLiteral("m.grams"), QStringLiteral("kg"), core::ColumnKind::Grams, 1 },
                       { QStringLiteral("m.note"), QStringLiteral("note") } });
    model.setPageSize(pageSize);
    model.setDefaultSort(0, Qt::DescendingOrder);
    model.setFilter(QString());
    waitIdle(model);
    const int n = model.rowCount();
    auto loaded = [&](int row) { return [&model, row] { return !model.loadedRowValues(row).isEmpty(); }; };
    const QString byDay = QStringLiteral(" ORDER BY m.day DESC, m.id DESC");
    const QString byDayUp = QStringLiteral(" ORDER BY m.day ASC, m.id ASC");

    auto report = [&](const QString &figure, const std::function<void()> &prepare, const std::function<Timing()> &run,
                      const std::function<void()> &floor, const std::function<void()> &before,
                      const QString &beforeName = QStringLiteral("before (OFFSET on the GUI thread)")) {
        QList<double> blocked, arrived, floors, befores;
        for (int i = 0; i < runs; ++i) {
            prepare();
            const Timing t = run();
            blocked.append(t.blocked);
            arrived.append(t.arrived);
            floors.append(bench::timeMs(floor));
            befores.append(bench::timeMs(before));
        }
        const double f = bench::median(floors);
        bench::printRatio(figure + QStringLiteral(": GUI blocked"), bench::median(blocked), QStringLiteral("same SQL, plain connection"), f);
        bench::printRatio(figure + QStringLiteral(": rows arrive"), bench::median(arrived), QStringLiteral("same SQL, plain connection"), f);
        bench::printRatio(figure + QStringLiteral(": ") + beforeName, bench::median(befores),
                          QStringLiteral("same SQL, plain connection"), f);
    };
    auto reset = [&] {
        model.setFilter(QStringLiteral("1 = ?"), { 1 }); // another filter: nothing cached
        model.setFilter(QString());
        waitIdle(model);
    };
    auto countAndFirst = [&](const QString &where, const QVariantList &binds, const QString &order) {
        core::queryValue(floorDb, QStringLiteral("SELECT count(*) FROM bench_movement m") + where, binds);
        readAll(floorDb, QStringLiteral("SELECT %1 FROM bench_movement m%2%3 LIMIT %4").arg(columns, where, order).arg(pageSize), binds);
    };

    report(QStringLiteral("first page (count + page, by day desc)"), [] {},
           [&] {
               return measure([&] { model.setFilter(QStringLiteral("m.id > ?"), { 0 }); }, loaded(0));
           },
           [&] { countAndFirst(QStringLiteral(" WHERE m.id > ?"), { 0 }, byDay); },
           [&] { countAndFirst(QStringLiteral(" WHERE m.id > ?"), { 0 }, byDay); });
    model.setFilter(QString());
    waitIdle(model);

    const int middle = n / 2;
    const int middleFirst = middle / pageSize * pageSize;
    report(QStringLiteral("row in the middle"), reset, [&] { return measure([&] { model.data(model.index(middle, 0)); }, loaded(middle)); },
           [&] { readAll(floorDb, QStringLiteral("SELECT %1 FROM bench_movement m%2 LIMIT %3 OFFSET %4").arg(columns, byDay).arg(pageSize).arg(middleFirst)); },
           [&] { readAll(floorDb, QStringLiteral("SELECT %1 FROM bench_movement m%2 LIMIT %3 OFFSET %4").arg(columns, byDay).arg(pageSize).arg(middleFirst)); });

    // The last page, then 50 pages backwards from it, one after the other.
    const int lastPage = (n - 1) / pageSize;
    report(QStringLiteral("last page, then 50 pages backwards"), reset,
           [&] {
               Timing sum;
               for (int p = lastPage; p > lastPage - 51; --p) {
                   const Timing t = measure([&] { model.data(model.index(p * pageSize, 0)); }, loaded(p * pageSize));
                   sum.blocked = std::max(sum.blocked, t.blocked);
                   sum.arrived += t.arrived;
               }
               return sum;
           },
           [&] {
               // The keyset SQL the model runs: the end, then each page before the last one read.
               const int tail = n - lastPage * pageSize;
               auto q = core::runQuery(floorDb, QStringLiteral("SELECT %1 FROM bench_movement m%2 LIMIT %3").arg(columns, byDayUp).arg(tail));
               QVariant day, id;
               while (q && q->next())
                   day = q->value(0), id = q->value(5);
               for (int p = 0; p < 50; ++p) {
                   auto k = core::runQuery(floorDb, QStringLiteral("SELECT %1 FROM bench_movement m WHERE (m.day, m.id) > (?, ?)%2 LIMIT %3").arg(columns, byDayUp).arg(pageSize), { day, id });
                   while (k && k->next())
                       day = k->value(0), id = k->value(5);
               }
           },
           [&] {
               // The old model: each page read backwards from the end with OFFSET.
               for (int p = lastPage; p > lastPage - 51; --p) {
                   const int first = p * pageSize;
                   const int last = std::min(n, first + pageSize) - 1;
                   readAll(floorDb, QStringLiteral("SELECT %1 FROM bench_movement m%2 LIMIT %3 OFFSET %4").arg(columns, byDayUp).arg(last - first + 1).arg(n - 1 - last));
               }
           });

    int sortColumn = 1;
    report(QStringLiteral("sort change (by item), first page"), reset,
           [&] {
               const Timing t = measure([&] { model.sort(sortColumn, Qt::AscendingOrder); model.data(model.index(0, 0)); }, loaded(0));
               model.sort(0, Qt::DescendingOrder);
               return t;
           },
           [&] { readAll(floorDb, QStringLiteral("SELECT %1 FROM bench_movement m ORDER BY m.item_id ASC, m.id ASC LIMIT %2").arg(columns).arg(pageSize)); },
           [&] { readAll(floorDb, QStringLiteral("SELECT %1 FROM bench_movement m ORDER BY m.item_id ASC, m.id ASC LIMIT %2").arg(columns).arg(pageSize)); });

    // A sort change while a row deep in the new order is selected: the
    // tab keeps it selected, so its place is found (locate) with the first
    // page. The row: item 60, about 151,000 rows down by item.
    const int selectedKey = 60 + 400 * 1000;
    report(QStringLiteral("sort change (by item) keeping a selected row 151k rows down"), reset,
           [&] {
               int found = -2;
               const Timing t = measure(
                   [&] {
                       model.sort(sortColumn, Qt::AscendingOrder);
                       model.data(model.index(0, 0));
                       model.locate(selectedKey, [&found](int row) { found = row; });
                   },
                   [&] { return found != -2 && !model.loadedRowValues(0).isEmpty(); });
               if (found < 0)
                   std::fprintf(stderr, "the selected row was not found\n");
               waitIdle(model);
               return t; // still by item: `before` finds the row the old way, then sorts back

           },
           [&] {
               readAll(floorDb, QStringLiteral("SELECT %1 FROM bench_movement m ORDER BY m.item_id ASC, m.id ASC LIMIT %2").arg(columns).arg(pageSize));
               readAll(floorDb, QStringLiteral("SELECT %1 FROM bench_movement m WHERE m.id = ?").arg(columns), { selectedKey });
               core::queryValue(floorDb, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM bench_movement m WHERE (m.item_id, m.id) < (?, ?) LIMIT 200001)"),
                                { 60, selectedKey });
           },
           [&] {
               // Until now: the row's place found on the GUI thread (rowOfKey);
               // sorting back only asks for pages.
               if (model.rowOfKey(selectedKey) < 0)
                   std::fprintf(stderr, "the selected row was not found\n");
               model.sort(0, Qt::DescendingOrder);
           },
           QStringLiteral("before (rowOfKey on the GUI thread)"));

    report(QStringLiteral("filter change (a month), count + first page"), reset,
           [&] {
               return measure([&] { model.setFilter(QStringLiteral("m.day BETWEEN ? AND ?"), { QStringLiteral("2022-03-01"), QStringLiteral("2022-03-31") }); }, loaded(0));
           },
           [&] { countAndFirst(QStringLiteral(" WHERE m.day BETWEEN ? AND ?"), { QStringLiteral("2022-03-01"), QStringLiteral("2022-03-31") }, byDay); },
           [&] { countAndFirst(QStringLiteral(" WHERE m.day BETWEEN ? AND ?"), { QStringLiteral("2022-03-01"), QStringLiteral("2022-03-31") }, byDay); });

    bench::printFigure(QStringLiteral("reads asked by the model"), QString::number(model.queryCount()));
    return 0;
}
