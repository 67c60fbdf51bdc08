// Costs that follow the period, not the history (issue 17, point 3): the
// same work on the 1-year and the 5-year demo, whole-process, each beside
// its floor measured in the same run:
// - `report volunteers-over-limits` for January 2022 (floor: sqlite3
//   running the look-back window's SQL), a month both demos have as much
//   activity in (the 1-year demo's volunteers stop in March 2022);
// - `import deliveries` of 1,000 past deliveries without numbers (floor:
//   sqlite3 inserting as many rows into a fresh table of the same file);
// - `report stock-by-category --at D` six months back and in the middle of
//   the 5-year history (floor: sqlite3 summing the movements up to D), and
//   at 30/06/2023 again with the month-end snapshots deleted (the first ask);
// - `backup OUT` (floor: sqlite3 "VACUUM INTO").
// Each figure twice: wall time, and the CPU time of the process (user +
// system), which the machine's shared disk disturbs less.
//
// Usage: bench_period [runs [years]] (5 runs, both demos by default). CISIAMO_BENCH_BINARY measures
// another build of the program (e.g. the one before the change); the demo
// databases are copied first, never written.

#include "benchratio.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace {

double childCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

struct Timing {
    double wall = -1;
    double cpu = -1;
};

Timing run(const QString &program, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CISIAMO_PASSWORD"), QStringLiteral("demo1234"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const double cpuBefore = childCpuMs();
    Timing t;
    t.wall = bench::timeProcess(program, arguments, env, {}, QStringLiteral("/dev/null"));
    t.cpu = childCpuMs() - cpuBefore;
    return t;
}

// Medians of interleaved runs of the figure and its floor; `prepare` runs
// before each pair, untimed.
void measure(const QString &figure, int runs, const std::function<Timing(int)> &work, const QString &floorName,
    const std::function<Timing(int)> &floor, const std::function<void(int)> &prepare = {})
{
    // CISIAMO_BENCH_ONLY: only the figures whose name contains it.
    const QString only = qEnvironmentVariable("CISIAMO_BENCH_ONLY");
    if (!only.isEmpty() && !figure.contains(only))
        return;
    QList<double> wall, cpu, floorWall, floorCpu;
    for (int i = 0; i < runs; ++i) {
        if (prepare)
            prepare(i);
        const Timing a = work(i);
        const Timing b = floor(i);
        if (a.wall < 0 || b.wall < 0)
            return;
        wall.append(a.wall);
        cpu.append(a.cpu);
        floorWall.append(b.wall);
        floorCpu.append(b.cpu);
    }
    bench::printRatio(figure + QStringLiteral(" (wall)"), bench::median(wall), floorName, bench::median(floorWall));
    bench::printRatio(figure + QStringLiteral(" (cpu)"), bench::median(cpu), floorName, bench::median(floorCpu));
}

// 1,000 past deliveries of `year`, one line each, to the COC of 60 comuni.
bool writeImportFile(const QString &path, int year, const QStringList &comuni)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    const QStringList categories = { QStringLiteral("Bevande"), QStringLiteral("Pasta e riso"),
        QStringLiteral("Altri alimentari"), QStringLiteral("Formaggi e latticini") };
    QTextStream out(&f);
    out << "data;comune;categoria;kg\n";
    const QDate first(year, 1, 2);
    for (int i = 0; i < 1000; ++i)
        out << first.addDays(i / 4).toString(QStringLiteral("dd/MM/yyyy")) << ';'
            << comuni.value((i % 4) * 15 + (i / 4) % 15) << ';' << categories.at(i % 4) << ';' << 10 + i % 50
            << ",5\n";
    return true;
}

QString sqlite3()
{
    return QStringLiteral("sqlite3");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 5;
    QList<int> demos = { 1, 5 };
    if (argc > 2) // only this demo
        demos = { QByteArray(argv[2]).toInt() };
    QString binary = qEnvironmentVariable("CISIAMO_BENCH_BINARY");
    if (binary.isEmpty())
        binary = bench::cisiamoBinary();
    std::printf("== Period, not history: %s, %d runs ==\n", qPrintable(binary), runs);
    QTemporaryDir dir;
    for (int years : demos) {
        const QString demo = bench::demoDatabase(years);
        if (demo.isEmpty())
            return 1;
        const QString db = dir.filePath(QStringLiteral("demo-%1y.sqlite").arg(years));
        if (!QFile::copy(demo, db))
            return 1;
        const QString tag = QStringLiteral(" %1y").arg(years);
        auto cisiamo = [&](const QString &user, QStringList arguments) {
            return run(binary, QStringList { QStringLiteral("--db"), db, QStringLiteral("--user"), user } + arguments);
        };
        // Opened once first: the migrations of a newer build are not timed.
        cisiamo(QStringLiteral("admin"), { QStringLiteral("report"), QStringLiteral("stock-by-category") });

        measure(QStringLiteral("limits one month") + tag, runs,
            [&](int) {
                return cisiamo(QStringLiteral("coordinatrice"),
                    { QStringLiteral("report"), QStringLiteral("volunteers-over-limits"), QStringLiteral("--from"),
                        QStringLiteral("2022-01-01"), QStringLiteral("--to"), QStringLiteral("2022-01-31"),
                        QStringLiteral("--format"), QStringLiteral("csv") });
            },
            QStringLiteral("sqlite3 window"),
            [&](int) {
                return run(sqlite3(),
                    { db,
                        QStringLiteral("SELECT count(*) FROM activation a JOIN activation_event e ON e.id = a.event_id "
                                       "WHERE a.entry_kind = 'entry' AND NOT EXISTS (SELECT 1 FROM activation r WHERE "
                                       "r.reverses_id = a.id) AND a.day >= '2021-07-05' AND a.day <= '2022-01-31'") });
            });

        measure(QStringLiteral("stock by category 6 months back") + tag, runs,
            [&](int) {
                return cisiamo(QStringLiteral("admin"),
                    { QStringLiteral("report"), QStringLiteral("stock-by-category"), QStringLiteral("--at"),
                        QStringLiteral("2025-09-10"), QStringLiteral("--format"), QStringLiteral("csv") });
            },
            QStringLiteral("sqlite3 sum after D"),
            [&](int) {
                return run(sqlite3(),
                    { db,
                        QStringLiteral("SELECT count(*), sum(grams) FROM stock_movement WHERE moved_on > "
                                       "'2025-09-10'") });
            });
        measure(QStringLiteral("stock by category at 30/06/2023") + tag, runs,
            [&](int) {
                return cisiamo(QStringLiteral("admin"),
                    { QStringLiteral("report"), QStringLiteral("stock-by-category"), QStringLiteral("--at"),
                        QStringLiteral("2023-06-30"), QStringLiteral("--format"), QStringLiteral("csv") });
            },
            QStringLiteral("sqlite3 sum to D"),
            [&](int) {
                return run(sqlite3(),
                    { db,
                        QStringLiteral("SELECT count(*), sum(grams) FROM stock_movement WHERE moved_on <= "
                                       "'2023-06-30'") });
            });

        // The same date with no month-end snapshot yet (0016_stock_snapshot):
        // the first ask builds it from the nearer end of the ledger.
        measure(QStringLiteral("stock by category at 30/06/2023, first ask") + tag, runs,
            [&](int) {
                return cisiamo(QStringLiteral("admin"),
                    { QStringLiteral("report"), QStringLiteral("stock-by-category"), QStringLiteral("--at"),
                        QStringLiteral("2023-06-30"), QStringLiteral("--format"), QStringLiteral("csv") });
            },
            QStringLiteral("sqlite3 sum to D"),
            [&](int) {
                return run(sqlite3(),
                    { db,
                        QStringLiteral("SELECT count(*), sum(grams) FROM stock_movement WHERE moved_on <= "
                                       "'2023-06-30'") });
            },
            [&](int) { run(sqlite3(), { db, QStringLiteral("DELETE FROM stock_snapshot; DELETE FROM stock_snapshot_day") }); });

        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        const QString vacuum = dir.filePath(QStringLiteral("vacuum.sqlite"));
        measure(QStringLiteral("backup") + tag, runs,
            [&](int) { return cisiamo(QStringLiteral("servizio"), { QStringLiteral("backup"), backup }); },
            QStringLiteral("sqlite3 VACUUM INTO"),
            [&](int) { return run(sqlite3(), { db, QStringLiteral("VACUUM INTO '%1'").arg(vacuum) }); },
            [&](int) {
                QFile::remove(backup);
                QFile::remove(vacuum);
            });
        QFile::remove(backup);
        QFile::remove(vacuum);

        // Imports last: they add deliveries. A year per run with no
        // deliveries in either demo (numbers "yyyy/S-0001" onwards).
        QStringList comuni;
        {
            QProcess p;
            p.start(sqlite3(),
                { db,
                    QStringLiteral("SELECT c.name FROM comune_cmm m JOIN comune c ON c.id = m.comune_id ORDER BY "
                                   "c.name LIMIT 60") });
            p.waitForFinished(-1);
            comuni = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        const QList<int> importYears = { 2024, 2023, 2022, 2019, 2018, 2017, 2016, 2015, 2014 };
        measure(QStringLiteral("import 1000 past deliveries") + tag, std::min(runs, int(importYears.size())),
            [&](int i) {
                const QString file = dir.filePath(QStringLiteral("import-%1.csv").arg(i));
                return cisiamo(QStringLiteral("coordinatrice"),
                    { QStringLiteral("import"), QStringLiteral("deliveries"), file });
            },
            QStringLiteral("sqlite3 1000 inserts"),
            [&](int i) {
                return run(sqlite3(),
                    { db,
                        QStringLiteral("CREATE TEMP TABLE t(id INTEGER PRIMARY KEY, number TEXT UNIQUE, day TEXT); "
                                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) "
                                       "INSERT INTO t(number, day) SELECT '%1/S-' || i, '%1-01-01' FROM n;")
                            .arg(importYears.at(i)) });
            },
            [&](int i) { writeImportFile(dir.filePath(QStringLiteral("import-%1.csv").arg(i)), importYears.at(i), comuni); });
        QFile::remove(db);
    }
    return 0;
}
