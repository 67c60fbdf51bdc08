// Benchmark: PagedSqlModel over a million-row ledger-like table. Prints the
// time to count, to show the first page, to jump to the last row, to change
// sort and filter, and the memory held; no assertions on time.

#include "core/db/sql.h"
#include "core/ui/pagedsqlmodel.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTextStream>

namespace {

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
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

    const qint64 rssBefore = residentKb();
    core::PagedSqlModel model(db);
    model.setSource(QStringLiteral("bench_movement m"), QStringLiteral("m.id"));
    model.setColumns({ { QStringLiteral("m.day"), QStringLiteral("day"), core::ColumnKind::Date, 0, true },
                       { QStringLiteral("m.item_id"), QStringLiteral("item"), core::ColumnKind::Integer, 0, true },
                       { QStringLiteral("m.kind"), QStringLiteral("kind") },
                       { QStringLiteral("m.grams"), QStringLiteral("kg"), core::ColumnKind::Grams, 1 },
                       { QStringLiteral("m.note"), QStringLiteral("note") } });
    model.setDefaultSort(0, Qt::DescendingOrder);

    auto measure = [&](const char *what, const std::function<void()> &step) {
        QElapsedTimer t;
        t.start();
        step();
        out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << t.nsecsElapsed() / 1000 << " us\n";
    };
    measure("count all rows", [&] { model.refresh(); });
    measure("first page (sorted by day desc)", [&] { model.data(model.index(0, 0)); });
    measure("jump to the last row", [&] { model.data(model.index(model.rowCount() - 1, 0)); });
    measure("row in the middle", [&] { model.data(model.index(model.rowCount() / 2, 0)); });
    measure("scroll 50 pages from the end", [&] {
        for (int r = model.rowCount() - 1; r > model.rowCount() - 50 * 256; r -= 256)
            model.data(model.index(r, 0));
    });
    measure("filter one item, count + first page", [&] {
        model.setFilter(QStringLiteral("m.item_id = ?"), { 42 });
        model.data(model.index(0, 0));
    });
    measure("same filter, last row", [&] { model.data(model.index(model.rowCount() - 1, 0)); });
    measure("filter a month, count + first page", [&] {
        model.setFilter(QStringLiteral("m.day BETWEEN ? AND ?"), { QStringLiteral("2022-03-01"), QStringLiteral("2022-03-31") });
        model.data(model.index(0, 0));
    });
    measure("sort by item, first page", [&] {
        model.setFilter(QString());
        model.sort(1, Qt::AscendingOrder);
        model.data(model.index(0, 0));
    });
    out << "memory held by the model after browsing: " << (residentKb() - rssBefore) << " kB\n";
    out << "queries run: " << model.queryCount() << "\n";
    return 0;
}
