// The demo builder: `cisiamo demo --years 1` and `--years 5`, whole process,
// into a temporary folder, against the floor of writing the same rows:
// `sqlite3 new.db < dump` of the database it built (one transaction,
// indexes and triggers created after the rows). Also the CPU time of each
// build (the machine is shared: CPU time moves less than wall time) and the
// 5-year/1-year ratio. BENCH_DEMO_RUNS sets the interleaved runs (default
// 3: a 5-year build takes about a minute). Asserts nothing about time.

#include "benchratio.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

namespace {

double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0 + usage.ru_stime.tv_sec * 1000.0
        + usage.ru_stime.tv_usec / 1000.0;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

struct Figures {
    double demoMs = -1, floorMs = -1, cpuMs = -1;
};

Figures measure(const QTemporaryDir &dir, int years, int runs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The demo's "today", as for the shared demo databases: the same rows
    // every run.
    if (!env.contains(QStringLiteral("CISIAMO_NOW")))
        env.insert(QStringLiteral("CISIAMO_NOW"), QStringLiteral("2026-03-10T10:00:00"));
    const QString db = dir.filePath(QStringLiteral("demo-%1y.sqlite").arg(years));
    const QString dump = dir.filePath(QStringLiteral("demo-%1y.sql").arg(years));
    const QString copy = dir.filePath(QStringLiteral("floor-%1y.sqlite").arg(years));
    QList<double> demo, floor, cpu;
    for (int i = 0; i < runs; ++i) {
        removeDatabase(db);
        const double cpuBefore = childrenCpuMs();
        const double ms = bench::timeProcess(bench::cisiamoBinary(),
            { QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--years"), QString::number(years) },
            env);
        if (ms < 0)
            return {};
        demo.append(ms);
        cpu.append(childrenCpuMs() - cpuBefore);
        if (i == 0 && bench::timeProcess(QStringLiteral("sqlite3"), { db, QStringLiteral(".dump") }, env, {}, dump) < 0)
            return {};
        removeDatabase(copy);
        const double floorMs = bench::timeProcess(QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("sqlite3 \"$1\" < \"$2\""), QStringLiteral("sh"), copy, dump });
        if (floorMs < 0)
            return {};
        floor.append(floorMs);
    }
    removeDatabase(db);
    removeDatabase(copy);
    QFile::remove(dump);
    return { bench::median(demo), bench::median(floor), bench::median(cpu) };
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(1, qEnvironmentVariableIntValue("BENCH_DEMO_RUNS") ? qEnvironmentVariableIntValue("BENCH_DEMO_RUNS") : 3);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const Figures one = measure(dir, 1, runs);
    const Figures five = measure(dir, 5, runs);
    if (one.demoMs < 0 || five.demoMs < 0) {
        std::fprintf(stderr, "bench_demo: a build or its floor failed\n");
        return 1;
    }
    bench::printRatio(QStringLiteral("demo --years 1"), one.demoMs, QStringLiteral("sqlite3 new.db < dump"), one.floorMs);
    bench::printFigure(QStringLiteral("demo --years 1 CPU"), QStringLiteral("%1 ms").arg(one.cpuMs, 0, 'f', 0));
    bench::printRatio(QStringLiteral("demo --years 5"), five.demoMs, QStringLiteral("sqlite3 new.db < dump"), five.floorMs);
    bench::printFigure(QStringLiteral("demo --years 5 CPU"), QStringLiteral("%1 ms").arg(five.cpuMs, 0, 'f', 0));
    bench::printRatio(QStringLiteral("demo --years 5 against --years 1"), five.demoMs, QStringLiteral("demo --years 1"),
        one.demoMs);
    return 0;
}
