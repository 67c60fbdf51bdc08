#pragma once

// What every benchmark prints: a figure and its floor, measured in the same
// run, and their ratio. Speed is judged by ratios against a floor (sqlite3
// on the same SQL, an empty Qt window, a minimal QPdfWriter program,
// `sqlite3 .dump`), never by timed assertions: absolute times depend on how
// busy the machine is, ratios much less.
//
// Each figure is one line that scripts/bench.sh collects into its table:
//   RATIO<TAB>benchmark<TAB>figure<TAB>ms<TAB>floor<TAB>floor ms<TAB>ratio
// A figure without a floor (a count, a size in MB) is printed with
// printFigure() and has no ratio.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <utility>

namespace bench {

inline QString benchmarkName()
{
    return QFileInfo(QCoreApplication::applicationFilePath()).fileName();
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Milliseconds one call of `work` takes.
inline double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Milliseconds of CPU the calling thread spends in one call of `work`
// (user + system): on a loaded machine the wall time also counts the
// waits for a core, this does not.
inline double threadCpuMs(const std::function<void()> &work)
{
    auto now = [] {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    };
    const double start = now();
    work();
    return now() - start;
}

// Medians of `runs` interleaved runs of a figure and its floor (figure,
// floor, figure, floor...): a burst of load on the machine hits both.
inline std::pair<double, double> interleaved(int runs, const std::function<void()> &figure,
                                             const std::function<void()> &floor)
{
    QList<double> a, b;
    for (int i = 0; i < runs; ++i) {
        a.append(timeMs(figure));
        b.append(timeMs(floor));
    }
    return { median(a), median(b) };
}

// Runs a program to its end and returns the milliseconds it took, or -1 if
// it could not start, crashed or exited non-zero (its error goes to stderr).
inline double timeProcess(const QString &program, const QStringList &arguments,
                          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                          const QByteArray &input = {}, const QString &outputFile = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(-1))
        return -1;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed: %s\n", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
        return -1;
    }
    return ms;
}

inline void printRatio(const QString &figure, double ms, const QString &floorName, double floorMs)
{
    const double ratio = floorMs > 0 ? ms / floorMs : 0;
    QTextStream out(stdout);
    out << figure << ": " << QString::number(ms, 'f', 1) << " ms; floor (" << floorName
        << "): " << QString::number(floorMs, 'f', 1) << " ms; ratio " << QString::number(ratio, 'f', 2) << "\n";
    out << "RATIO\t" << benchmarkName() << '\t' << figure << '\t' << QString::number(ms, 'f', 1) << '\t' << floorName
        << '\t' << QString::number(floorMs, 'f', 1) << '\t' << QString::number(ratio, 'f', 2) << "\n";
}

// A figure that has no floor (a size, a count, a rate).
inline void printFigure(const QString &figure, const QString &value)
{
    QTextStream out(stdout);
    out << figure << ": " << value << "\n";
    out << "FIGURE\t" << benchmarkName() << '\t' << figure << '\t' << value << "\n";
}

// The program under test, built beside the benchmarks (CISIAMO_BINARY is
// set by cisiamo_add_benchmark).
inline QString cisiamoBinary()
{
#ifdef CISIAMO_BINARY
    return QStringLiteral(CISIAMO_BINARY);
#else
    return QStringLiteral("cisiamo");
#endif
}

// A demo database with `years` of invented activity, built once and kept in
// the benchmark data folder ($CISIAMO_BENCH_DATA, else bench-data in the
// build folder): the 5-year demo takes a while to build, and every benchmark
// needs the same one. Empty when it could not be built.
inline QString demoDatabase(int years)
{
    QString folder = qEnvironmentVariable("CISIAMO_BENCH_DATA");
#ifdef CISIAMO_BENCH_DATA_DIR
    if (folder.isEmpty())
        folder = QStringLiteral(CISIAMO_BENCH_DATA_DIR);
#endif
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/demo-%1y.sqlite").arg(years);
    if (QFileInfo::exists(path))
        return path;
    std::fprintf(stderr, "building the %d-year demo in %s...\n", years, qPrintable(path));
    const double ms = timeProcess(cisiamoBinary(), { QStringLiteral("--db"), path, QStringLiteral("demo"),
                                                     QStringLiteral("--years"), QString::number(years) });
    if (ms < 0)
        return {};
    std::fprintf(stderr, "built in %.1f s\n", ms / 1000);
    return path;
}

} // namespace bench
