// Benchmark: the start of the window, whole process (issue 17, "first
// paint first"). Each figure is the median of interleaved runs of the
// program and of its floor, an empty Qt window with a tab widget
// (bench_start_floor), both reporting their first paint with the same
// probe (app/firstpaint.h, CISIAMO_EXIT_AFTER_FIRST_PAINT=1, offscreen):
// - launch -> the sign-in dialog painted, on the 1- and 5-year demos;
// - launch -> the main window painted, signed in from the environment;
// - sign-in done -> the main window painted (the Argon2id key derivation
//   is by design and printed apart, as a figure).
// Times are taken on the monotonic clock the program prints. No
// assertions on time.
//   bench_start [RUNS]      (default 7)

#include "benchratio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

namespace {

double monotonicMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// One run: the marks the program printed ("first-paint", "signed-in",
// "signing-in"), in ms after the launch; empty when it failed.
QHash<QString, double> runOnce(const QString &program, const QStringList &arguments, bool signedIn)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CISIAMO_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (signedIn)
        env.insert(QStringLiteral("CISIAMO_PASSWORD"), QStringLiteral("demo1234"));
    else
        env.remove(QStringLiteral("CISIAMO_PASSWORD"));
    QProcess process;
    process.setProcessEnvironment(env);
    const double launched = monotonicMs();
    process.start(program, arguments);
    if (!process.waitForStarted(-1) || !process.waitForFinished(10 * 60 * 1000)) {
        process.kill();
        process.waitForFinished();
        std::fprintf(stderr, "%s did not finish\n", qPrintable(program));
        return {};
    }
    QHash<QString, double> marks;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2 && parts.at(0).startsWith("cisiamo-"))
            marks.insert(QString::fromLatin1(parts.at(0).mid(8)), parts.at(1).toDouble() - launched);
    }
    if (!marks.contains(QStringLiteral("first-paint")))
        std::fprintf(stderr, "%s: no first paint: %s\n", qPrintable(program), process.readAllStandardError().constData());
    return marks;
}

// A copy the program may write into (sign-in audit, WAL), made once.
QString copyOfDemo(const QTemporaryDir &dir, int years)
{
    const QString demo = bench::demoDatabase(years);
    if (demo.isEmpty())
        return {};
    const QString path = dir.filePath(QStringLiteral("demo-%1y.sqlite").arg(years));
    return QFile::copy(demo, path) ? path : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 7;
    const QString floorProgram = QCoreApplication::applicationDirPath() + QStringLiteral("/bench_start_floor");
    const QString program = bench::cisiamoBinary();
    QTemporaryDir dir;
    const QString floorName = QStringLiteral("empty window with tabs");

    for (const int years : { 1, 5 }) {
        const QString db = copyOfDemo(dir, years);
        if (db.isEmpty()) {
            std::fprintf(stderr, "no %d-year demo\n", years);
            return 1;
        }
        const QStringList open { QStringLiteral("--db"), db };
        const QStringList asUser = open + QStringList { QStringLiteral("--user"), QStringLiteral("coordinatrice") };
        runOnce(program, open, false); // warms the file cache for both

        QList<double> dialog, floor1, window, floor2, afterSignIn, signIn;
        for (int i = 0; i < runs; ++i) {
            dialog.append(runOnce(program, open, false).value(QStringLiteral("first-paint"), -1));
            floor1.append(runOnce(floorProgram, {}, false).value(QStringLiteral("first-paint"), -1));
            const QHash<QString, double> m = runOnce(program, asUser, true);
            window.append(m.value(QStringLiteral("first-paint"), -1));
            afterSignIn.append(m.value(QStringLiteral("first-paint"), -1) - m.value(QStringLiteral("signed-in"), 0));
            signIn.append(m.value(QStringLiteral("signed-in"), 0) - m.value(QStringLiteral("signing-in"), 0));
            floor2.append(runOnce(floorProgram, {}, false).value(QStringLiteral("first-paint"), -1));
        }
        const QString demo = QStringLiteral("%1-year demo").arg(years);
        bench::printRatio(QStringLiteral("launch -> sign-in dialog painted, ") + demo, bench::median(dialog), floorName,
                          bench::median(floor1));
        bench::printRatio(QStringLiteral("launch -> main window painted (user from the environment), ") + demo,
                          bench::median(window), floorName, bench::median(floor2));
        bench::printRatio(QStringLiteral("sign-in done -> main window painted, ") + demo, bench::median(afterSignIn),
                          floorName, bench::median(floor2));
        bench::printFigure(QStringLiteral("sign-in itself (Argon2id, session), ") + demo,
                           QString::number(bench::median(signIn), 'f', 1) + QStringLiteral(" ms"));
    }
    return 0;
}
