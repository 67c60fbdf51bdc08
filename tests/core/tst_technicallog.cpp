// The technical log (core/domain/technicallog.h): the line's form with the
// injected clock, the file's bound and the files kept, lines from worker
// threads whole, the level rules, a folder that cannot be written, a full
// disk (RLIMIT_FSIZE), the tail the window shows, and errorLogText, which
// keeps what a person typed out of the log.

#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"
#include "core/domain/technicallog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using core::TechnicalLog;

Q_DECLARE_METATYPE(core::Error)

namespace {

const QDateTime testInstant(QDate(2026, 3, 10), QTime(10, 0)); // local time (TZ=Europe/Rome under CTest)

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every line of the log's files, oldest first.
QStringList allLines(const QString &folder, int kept)
{
    QStringList lines;
    const QString base = QDir(folder).filePath(TechnicalLog::fileName());
    for (int i = kept; i >= 0; --i) {
        const QString path = i == 0 ? base : base + QLatin1Char('.') + QString::number(i);
        const QString text = QString::fromUtf8(readAll(path));
        lines += text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    return lines;
}

// stderr into a file while alive (the handler writes to fd 2).
class StderrCapture {
public:
    explicit StderrCapture(const QString &path)
    {
        std::fflush(stderr);
        m_saved = ::dup(2);
        m_file.setFileName(path);
        if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            ::dup2(m_file.handle(), 2);
    }
    ~StderrCapture() { restore(); }
    QByteArray restore()
    {
        if (m_saved >= 0) {
            std::fflush(stderr);
            ::dup2(m_saved, 2);
            ::close(m_saved);
            m_saved = -1;
            m_file.close();
        }
        return readAll(m_file.fileName());
    }

private:
    int m_saved = -1;
    QFile m_file;
};

} // namespace

class TestTechnicalLog : public QObject {
    Q_OBJECT
private slots:
    void init() { m_clock.set(testInstant); }
    void cleanup();
    void lineCarriesTimeLevelCategoryWorkstationAndPerson();
    void rotatesAtItsBoundAndKeepsFourFiles();
    void linesFromWorkerThreadsArriveWhole();
    void levelChoosesWhatIsWritten();
    void unwritableFolderMeansStderrOnly();
    void fullDiskIsSaidOnceAndNeverLoops();
    void tailIsBoundedAndStartsOnALine();
    void errorLogText_data();
    void errorLogText();

private:
    core::FixedClock m_clock { testInstant };
    QTemporaryDir m_dir;

    TechnicalLog::Options options(const QString &folder, qint64 maxBytes = 1024 * 1024)
    {
        TechnicalLog::Options o;
        o.folder = folder;
        o.maxBytes = maxBytes;
        o.clock = &m_clock;
        o.ownToStderr = false; // the test's output stays readable
        return o;
    }
};

void TestTechnicalLog::cleanup()
{
    TechnicalLog::uninstall();
    QLoggingCategory::setFilterRules(QString());
}

void TestTechnicalLog::lineCarriesTimeLevelCategoryWorkstationAndPerson()
{
    const QString folder = m_dir.filePath(QStringLiteral("form"));
    QVERIFY(TechnicalLog::install(options(folder)));
    QCOMPARE(TechnicalLog::filePath(), QDir(folder).filePath(QStringLiteral("cisiamo.log")));
    qCInfo(core::logcat::app) << "before anyone signs in";
    TechnicalLog::setWorkstation(3);
    TechnicalLog::setPerson(QStringLiteral("coordinatrice"));
    m_clock.set(testInstant.addMSecs(1234));
    qCWarning(core::logcat::sync).noquote() << "export failed:\nsecond line";
    TechnicalLog::setPerson(QString());
    qCCritical(core::logcat::backup).noquote() << "after sign-out";

    const QStringList lines = allLines(folder, 0);
    QCOMPARE(lines.size(), 3);
    const QString offset = testInstant.toLocalTime().offsetFromUtc() == 3600 ? QStringLiteral("+01:00") : QString();
    QVERIFY2(!offset.isEmpty(), "the suite runs with TZ=Europe/Rome");
    QCOMPARE(lines.at(0), QStringLiteral("2026-03-10 10:00:00.000 +01:00 info cisiamo.app | before anyone signs in"));
    QCOMPARE(lines.at(1),
        QStringLiteral("2026-03-10 10:00:01.234 +01:00 warning cisiamo.sync ws=3 user=coordinatrice | "
                       "export failed: | second line"));
    QCOMPARE(lines.at(2), QStringLiteral("2026-03-10 10:00:01.234 +01:00 critical cisiamo.backup ws=3 | after sign-out"));
}

void TestTechnicalLog::rotatesAtItsBoundAndKeepsFourFiles()
{
    const QString folder = m_dir.filePath(QStringLiteral("rotation"));
    const qint64 bound = 4096;
    QVERIFY(TechnicalLog::install(options(folder, bound)));
    // ~100 bytes a line: 20 files' worth, so the oldest must have gone.
    const int written = 800;
    for (int i = 1; i <= written; ++i)
        qCInfo(core::logcat::db).noquote() << QStringLiteral("line %1 ").arg(i, 5, 10, QLatin1Char('0')) + QString(30, QLatin1Char('x'));

    const QString base = QDir(folder).filePath(QStringLiteral("cisiamo.log"));
    for (const QString &suffix : { QString(), QStringLiteral(".1"), QStringLiteral(".2"), QStringLiteral(".3"), QStringLiteral(".4") }) {
        QVERIFY2(QFile::exists(base + suffix), qPrintable(base + suffix));
        QVERIFY2(QFileInfo(base + suffix).size() <= bound, qPrintable(base + suffix));
        QVERIFY2(QFileInfo(base + suffix).size() > bound / 2, qPrintable(base + suffix)); // each one nearly full
    }
    QVERIFY(!QFile::exists(base + QStringLiteral(".5")));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 5);

    // What is kept is the newest lines, in order, without a gap.
    const QStringList lines = allLines(folder, 4);
    QVERIFY(lines.size() > 100 && lines.size() < written);
    static const QRegularExpression number(QStringLiteral("\\| line (\\d+) "));
    int expected = written - int(lines.size()) + 1;
    for (const QString &line : lines) {
        const auto m = number.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        QCOMPARE(m.captured(1).toInt(), expected++);
    }
    QCOMPARE(expected - 1, written);
}

void TestTechnicalLog::linesFromWorkerThreadsArriveWhole()
{
    const QString folder = m_dir.filePath(QStringLiteral("threads"));
    QVERIFY(TechnicalLog::install(options(folder)));
    TechnicalLog::setPerson(QStringLiteral("servizio"));
    constexpr int threads = 4;
    constexpr int each = 250;
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t) {
        workers.append(QThread::create([t] {
            for (int i = 0; i < each; ++i)
                qCWarning(core::logcat::sync).noquote() << QStringLiteral("worker %1 line %2 end").arg(t).arg(i);
        }));
        workers.last()->start();
    }
    qCInfo(core::logcat::ui) << "from the GUI thread meanwhile";
    for (QThread *w : std::as_const(workers)) {
        QVERIFY(w->wait(600000));
        delete w;
    }
    const QStringList lines = allLines(folder, 0);
    QCOMPARE(lines.size(), threads * each + 1);
    static const QRegularExpression whole(
        QStringLiteral("^2026-03-10 10:00:00\\.000 \\+01:00 warning cisiamo\\.sync user=servizio \\| worker \\d line \\d+ end$"));
    QList<int> seen(threads, 0);
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("GUI thread")))
            continue;
        QVERIFY2(whole.match(line).hasMatch(), qPrintable(line));
        const int t = line.section(QLatin1String("worker "), 1).left(1).toInt();
        const int i = line.section(QLatin1String(" line "), 1).section(QLatin1Char(' '), 0, 0).toInt();
        QCOMPARE(i, seen[t]++); // each thread's lines in its own order
    }
    QCOMPARE(seen, QList<int>(threads, each));
}

void TestTechnicalLog::levelChoosesWhatIsWritten()
{
    const QString folder = m_dir.filePath(QStringLiteral("levels"));
    QVERIFY(TechnicalLog::install(options(folder)));
    qCDebug(core::logcat::sync) << "debug by default: not written";
    qCInfo(core::logcat::sync) << "info by default: written";
    QVERIFY(TechnicalLog::setLevel(QStringLiteral("warning")));
    qCInfo(core::logcat::sync) << "info at warning: not written";
    qCWarning(core::logcat::sync) << "warning at warning: written";
    QVERIFY(TechnicalLog::setLevel(QStringLiteral("DEBUG")));
    qCDebug(core::logcat::import) << "debug at debug: written";
    QVERIFY(!TechnicalLog::setLevel(QStringLiteral("verbose")));
    QVERIFY(!TechnicalLog::setLevel(QString()));
    const QString text = QString::fromUtf8(readAll(TechnicalLog::filePath()));
    QVERIFY(!text.contains(QLatin1String("not written")));
    QCOMPARE(text.count(QLatin1String(": written")), 3);
}

void TestTechnicalLog::unwritableFolderMeansStderrOnly()
{
    // A folder that cannot be made, even by root: its parent is a file.
    const QString file = m_dir.filePath(QStringLiteral("plain-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString folder = file + QStringLiteral("/log");
    TechnicalLog::Options o = options(folder);
    o.ownToStderr = true;
    StderrCapture capture(m_dir.filePath(QStringLiteral("stderr-unwritable.txt")));
    QVERIFY(!TechnicalLog::install(o));
    QVERIFY(TechnicalLog::filePath().isEmpty());
    qCWarning(core::logcat::backup) << "still said on stderr";
    const QByteArray err = capture.restore();
    QVERIFY2(err.contains("warning cisiamo.backup | still said on stderr"), err.constData());
    QVERIFY(!QFileInfo::exists(folder));
}

void TestTechnicalLog::fullDiskIsSaidOnceAndNeverLoops()
{
    const QString folder = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(TechnicalLog::install(options(folder)));
    // Larger than what stderr will carry: the limit applies to the file
    // stderr is captured into as well.
    for (int i = 0; i < 50; ++i)
        qCInfo(core::logcat::app) << "before the disk fills" << i;
    const qint64 before = QFileInfo(TechnicalLog::filePath()).size();
    QVERIFY(before > 0);

    // Past the soft limit write() fails with EFBIG, as on a full disk.
    struct sigaction ignore = {};
    struct sigaction previous = {};
    ignore.sa_handler = SIG_IGN;
    QCOMPARE(::sigaction(SIGXFSZ, &ignore, &previous), 0);
    struct rlimit saved = {};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    struct rlimit small = saved;
    small.rlim_cur = rlim_t(before + 150);
    QByteArray err;
    {
        StderrCapture capture(m_dir.filePath(QStringLiteral("stderr-full.txt")));
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        for (int i = 0; i < 200; ++i)
            qCWarning(core::logcat::sync).noquote() << QStringLiteral("line %1 on a full disk ").arg(i) + QString(40, QLatin1Char('y'));
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &saved), 0);
        err = capture.restore();
    }
    ::sigaction(SIGXFSZ, &previous, nullptr);
    QVERIFY(QFileInfo(TechnicalLog::filePath()).size() <= before + 150);
    QCOMPARE(err.count("cannot be written"), 1); // said once, not once a line
    QVERIFY2(err.contains(TechnicalLog::filePath().toUtf8()), err.constData());

    // With room again, the next line is written.
    qCWarning(core::logcat::sync) << "room again";
    QVERIFY(readAll(TechnicalLog::filePath()).contains("room again"));
}

void TestTechnicalLog::tailIsBoundedAndStartsOnALine()
{
    const QString folder = m_dir.filePath(QStringLiteral("tail"));
    QVERIFY(TechnicalLog::install(options(folder, 2048)));
    for (int i = 1; i <= 60; ++i)
        qCInfo(core::logcat::ui).noquote() << QStringLiteral("tail line %1").arg(i);
    TechnicalLog::uninstall();
    const QString base = QDir(folder).filePath(QStringLiteral("cisiamo.log"));
    QVERIFY(QFile::exists(base + QStringLiteral(".1"))); // the tail spans two files

    const QString tail = TechnicalLog::readTail(folder, 2500);
    QVERIFY(tail.toUtf8().size() <= 2500);
    QVERIFY(QFileInfo(base).size() < 2500); // so part of it came from .1
    const QStringList lines = tail.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QVERIFY2(lines.first().startsWith(QLatin1String("2026-03-10 ")), qPrintable(lines.first()));
    QVERIFY(lines.last().endsWith(QLatin1String("| tail line 60")));
    QCOMPARE(TechnicalLog::readTail(m_dir.filePath(QStringLiteral("nothing-here")), 1000), QString());
}

void TestTechnicalLog::errorLogText_data()
{
    QTest::addColumn<core::Error>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sync: arguments are technical")
        << core::Error(QStringLiteral("sync.cannot_write"), { QStringLiteral("/mnt/sync/3-000012.cisync"),
                                                              QStringLiteral("No space left on device"), QStringLiteral("disk_full") })
        << QStringLiteral("sync.cannot_write(/mnt/sync/3-000012.cisync, No space left on device, disk_full)");
    QTest::newRow("db: the statement, on one line")
        << core::Error(QStringLiteral("db.query"), { QStringLiteral("database is locked"), QStringLiteral("SELECT 1\n  FROM t") })
        << QStringLiteral("db.query(database is locked, SELECT 1 FROM t)");
    QTest::newRow("volunteers: what was typed stays out")
        << core::Error(QStringLiteral("volunteers.bad_tax_code"), { QStringLiteral("RSSMRA80A01F205X") }, { QStringLiteral("volontari.csv"), 12, QStringLiteral("codice_fiscale") })
        << QStringLiteral("volunteers.bad_tax_code(1 argument) at volontari.csv:12 codice_fiscale");
    QTest::newRow("auth: no user name typed")
        << core::Error(QStringLiteral("auth.inactive"), { QStringLiteral("mario.rossi"), QStringLiteral("x") })
        << QStringLiteral("auth.inactive(2 arguments)");
    QTest::newRow("import: operator and file stay out")
        << core::Error(QStringLiteral("import.already_imported"), { QStringLiteral("1773133200000"), QStringLiteral("Maria Bianchi"), QStringLiteral("x.csv") })
        << QStringLiteral("import.already_imported(3 arguments)");
    QTest::newRow("no arguments") << core::Error(QStringLiteral("backup.none_good")) << QStringLiteral("backup.none_good");
    QTest::newRow("no code") << core::Error() << QStringLiteral("(no code)");
    QTest::newRow("long argument shortened")
        << core::Error(QStringLiteral("db.query"), { QString(300, QLatin1Char('a')) })
        << QStringLiteral("db.query(%1)").arg(QString(199, QLatin1Char('a')) + QChar(0x2026));
}

void TestTechnicalLog::errorLogText()
{
    QFETCH(core::Error, error);
    QFETCH(QString, expected);
    QCOMPARE(core::errorLogText(error), expected);
}

QTEST_GUILESS_MAIN(TestTechnicalLog)
#include "tst_technicallog.moc"
