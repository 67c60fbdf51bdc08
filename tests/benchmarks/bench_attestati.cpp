// Benchmark of the attestati batch (issue 17, point 4): N attestati (default
// 2,000; first argument: N, second: runs) issued by AttestatoBatch on a copy
// of the 5-year demo (the 2020-2021 backlog: ~38,000 pending), with their
// PDF files and index, against the floor of a minimal program writing the
// same number of one-page PDFs with QPdfWriter and QTextDocument (the same
// certificate's HTML), measured in the same run: single-threaded against
// the batch with one render thread, and on two threads against the batch
// with two; and the batch as it was before render groups (each attestato a
// QPdfWriter document of its own: BatchOptions::renderGroup 1), interleaved
// with both (BENCH_ATTESTATI_AFTER_ONLY=1 leaves it out). Prints the ratios, the time per attestato and the peak resident
// memory of the batch. The machine is shared, so each figure is also given
// in CPU time (every thread of the process: what an idle machine's cores
// would spend), per attestato and against the floor's. Asserts nothing.
//
//   CISIAMO_BENCH_DATA=/work/bench bench_attestati 30000 1

#include "benchratio.h"

#include "core/auth/session.h"
#include "core/reporting/reportrenderer.h"
#include "volunteers/domain/attestatobatch.h"
#include "volunteers/domain/attestatodocument.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <numeric>

using namespace volunteers;

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// CPU time of the whole process (all its threads), ms.
double processCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

// Wall and CPU time of a piece of work.
struct Timed {
    double ms = 0;
    double cpuMs = 0;
};

Timed timed(const std::function<void()> &work)
{
    Timed t;
    const double cpu = processCpuMs();
    t.ms = bench::timeMs(work);
    t.cpuMs = processCpuMs() - cpu;
    return t;
}

// A typical attestato: a volunteer's days of one month.
AttestatoContent sampleContent()
{
    AttestatoContent c;
    c.number = QStringLiteral("2026/000001");
    c.issuedOn = QDate(2026, 3, 10);
    c.issuedAt = QDateTime(c.issuedOn, QTime(10, 0));
    c.issuedBy = QStringLiteral("Coordinatrice");
    c.volunteerName = QStringLiteral("Rossi Mario");
    c.volunteerTaxCode = QStringLiteral("RSSMRA80A01F205X");
    c.volunteerBirthDate = QDate(1980, 1, 1);
    c.organisationName = QStringLiteral("Gruppo comunale di Peschiera Borromeo");
    c.organisationComune = QStringLiteral("Peschiera Borromeo");
    c.organisationRegistry = QStringLiteral("MI-123");
    c.employerName = QStringLiteral("Naviglio Trasporti S.p.A.");
    c.employerTaxCode = QStringLiteral("12345678903");
    c.employerAddress = QStringLiteral("Via Roma 1, Milano");
    c.employerPec = QStringLiteral("naviglio@pec.it");
    c.eventName = QStringLiteral("Emergenza COVID-19");
    c.eventType = EventType::Covid19;
    c.authorisingAct = QStringLiteral("Delibera del Consiglio dei Ministri del 31/01/2020");
    for (int d = 1; d <= 3; ++d)
        c.days.append({ QDate(2020, 4, d), QStringLiteral("COC"), QStringLiteral("Peschiera Borromeo - COC"), false });
    c.reimbursementDeadline = QDate(2022, 4, 3);
    return c;
}

// The floor: one QTextDocument laid out and painted on a QPdfWriter per
// file, nothing else.
void writeMinimalPdf(const QString &html, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QPdfWriter writer(&file);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setHtml(html);
    doc.setTextWidth(writer.width());
    QPainter painter(&writer);
    doc.drawContents(&painter);
    painter.end();
}

Timed floorTime(const QString &html, int count, int threads, const QString &dir)
{
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    QList<int> indexes(count);
    std::iota(indexes.begin(), indexes.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    return timed([&] {
        if (threads == 1)
            for (int i : indexes)
                writeMinimalPdf(html, QDir(dir).filePath(QStringLiteral("p%1.pdf").arg(i)));
        else
            QtConcurrent::blockingMap(&pool, indexes,
                [&](int i) { writeMinimalPdf(html, QDir(dir).filePath(QStringLiteral("p%1.pdf").arg(i))); });
    });
}

struct BatchFigure {
    double ms = -1;
    double cpuMs = 0;
    int issued = 0;
    double peakMb = 0;
};

BatchFigure runBatch(const QString &demo, const QString &work, int count, int workers, int renderGroup)
{
    BatchFigure figure;
    const QString db = QDir(work).filePath(QStringLiteral("batch.sqlite"));
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    if (!QFile::copy(demo, db))
        return figure;
    BatchOptions options;
    options.criteria.from = QDate(2020, 1, 1);
    options.criteria.to = QDate(2021, 12, 31);
    options.outputDir = QDir(work).filePath(QStringLiteral("attestati"));
    options.includeOverLimit = true;
    options.limit = count;
    options.workers = workers;
    options.renderGroup = renderGroup;
    if (qEnvironmentVariableIsSet("BENCH_ATTESTATI_CHUNK")) // attestati per transaction, to try others
        options.chunkSize = qEnvironmentVariableIntValue("BENCH_ATTESTATI_CHUNK");
    std::atomic_bool cancel { false };
    AttestatoBatch batch(db, core::SessionAccount { 0, QStringLiteral("benchmark"), QString(), core::Role::Operator },
        core::SystemClock::instance());
    figure.peakMb = residentMb();
    core::Result<BatchOutcome> outcome = core::Error(QStringLiteral("not run"));
    const Timed t = timed([&] {
        outcome = batch.run(
            options,
            [&](const BatchProgress &p) {
                if (p.done % 250 == 0)
                    figure.peakMb = std::max(figure.peakMb, residentMb());
                if (p.done > 0 && p.done % 5000 == 0)
                    std::fprintf(stderr, "  %d of %d\n", p.done, p.total);
            },
            cancel);
    });
    figure.ms = t.ms;
    figure.cpuMs = t.cpuMs;
    if (!outcome) {
        std::fprintf(stderr, "batch failed: %s %s\n", qPrintable(outcome.error().code),
            qPrintable(outcome.error().args.join(QLatin1Char(' '))));
        figure.ms = -1;
        return figure;
    }
    figure.issued = outcome->issued;
    // BENCH_ATTESTATI_KEEP=1: the files stay (to compare two builds' bytes).
    if (qEnvironmentVariableIntValue("BENCH_ATTESTATI_KEEP") == 0)
        QDir(work).removeRecursively();
    return figure;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts, for the PDF files
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    const QString demo = bench::demoDatabase(5);
    if (demo.isEmpty())
        return 1;
    QTemporaryDir dir;
    if (qEnvironmentVariableIntValue("BENCH_ATTESTATI_KEEP") != 0) {
        dir.setAutoRemove(false);
        std::fprintf(stderr, "files kept in %s\n", qPrintable(dir.path()));
    }
    const QString html = core::ReportRenderer(attestatoDocument(sampleContent()),
        QLocale(QLocale::Italian, QLocale::Italy))
                             .html();
    // Warm the fonts once, as a batch's threads are warm after the first page.
    floorTime(html, 2, 1, dir.filePath(QStringLiteral("warm")));

    // Before: each attestato a QPdfWriter document of its own (render
    // group 1, the batch as it was). After: the default render groups.
    const bool before = qEnvironmentVariableIntValue("BENCH_ATTESTATI_AFTER_ONLY") == 0;
    struct Series {
        QList<double> ms, cpuMs;
    };
    Series after1, after2, before1, before2, floor1, floor2;
    double peak = 0;
    int issued = 0;
    // BENCH_ATTESTATI_THREADS=2: only the two-thread figures (a long run).
    QList<int> threadCounts { 1, 2 };
    if (qEnvironmentVariableIsSet("BENCH_ATTESTATI_THREADS"))
        threadCounts = { qEnvironmentVariableIntValue("BENCH_ATTESTATI_THREADS") };
    for (int r = 0; r < runs; ++r) {
        for (int threads : threadCounts) {
            const BatchFigure now = runBatch(demo, dir.filePath(QStringLiteral("b%1").arg(threads)), count, threads, 0);
            // BENCH_ATTESTATI_FLOOR=0: the batch only (to profile it).
            const Timed f = qEnvironmentVariableIsSet("BENCH_ATTESTATI_FLOOR")
                    && qEnvironmentVariableIntValue("BENCH_ATTESTATI_FLOOR") == 0
                ? Timed { 1, 1 }
                : floorTime(html, count, threads, dir.filePath(QStringLiteral("f%1").arg(threads)));
            BatchFigure old;
            if (before)
                old = runBatch(demo, dir.filePath(QStringLiteral("o%1").arg(threads)), count, threads, 1);
            if (now.ms < 0 || (before && old.ms < 0))
                return 1;
            Series &a = threads == 1 ? after1 : after2;
            Series &b = threads == 1 ? before1 : before2;
            Series &fl = threads == 1 ? floor1 : floor2;
            a.ms.append(now.ms);
            a.cpuMs.append(now.cpuMs);
            fl.ms.append(f.ms);
            fl.cpuMs.append(f.cpuMs);
            if (before) {
                b.ms.append(old.ms);
                b.cpuMs.append(old.cpuMs);
            }
            peak = std::max({ peak, now.peakMb, old.peakMb });
            issued = now.issued;
            std::fprintf(stderr, "run %d, %d thread(s): batch %.0f ms (cpu %.0f), floor %.0f ms (cpu %.0f)", r + 1,
                threads, now.ms, now.cpuMs, f.ms, f.cpuMs);
            if (before)
                std::fprintf(stderr, ", one document each %.0f ms (cpu %.0f)", old.ms, old.cpuMs);
            std::fprintf(stderr, "\n");
        }
    }
    QDir(dir.filePath(QStringLiteral("f1"))).removeRecursively();
    QDir(dir.filePath(QStringLiteral("f2"))).removeRecursively();
    const auto m = [](const QList<double> &v) { return bench::median(v); };
    bench::printFigure(QStringLiteral("attestati issued"), QString::number(issued));
    for (int threads : threadCounts) {
        const Series &a = threads == 1 ? after1 : after2;
        const Series &b = threads == 1 ? before1 : before2;
        const Series &fl = threads == 1 ? floor1 : floor2;
        const QString t = threads == 1 ? QStringLiteral("1 render thread") : QStringLiteral("2 render threads");
        const QString ft = threads == 1 ? QStringLiteral("1 thread") : QStringLiteral("2 threads");
        bench::printRatio(QStringLiteral("%1 attestati, %2").arg(count).arg(t), m(a.ms),
            QStringLiteral("minimal QPdfWriter, %1").arg(ft), m(fl.ms));
        bench::printRatio(QStringLiteral("CPU of %1 attestati, %2").arg(count).arg(t), m(a.cpuMs),
            QStringLiteral("CPU of the minimal QPdfWriter, %1").arg(ft), m(fl.cpuMs));
        if (before) {
            bench::printRatio(QStringLiteral("before (one document each), %1").arg(t), m(b.ms),
                QStringLiteral("minimal QPdfWriter, %1").arg(ft), m(fl.ms));
            bench::printRatio(QStringLiteral("CPU before (one document each), %1").arg(t), m(b.cpuMs),
                QStringLiteral("CPU of the minimal QPdfWriter, %1").arg(ft), m(fl.cpuMs));
            bench::printRatio(QStringLiteral("after, %1").arg(t), m(a.ms),
                QStringLiteral("before (one document each), %1").arg(t), m(b.ms));
        }
    }
    const double perPage = std::max(1, issued);
    bench::printFigure(
        QStringLiteral("CPU ms per attestato, 2 threads"), QString::number(m(after2.cpuMs) / perPage, 'f', 2));
    bench::printFigure(QStringLiteral("CPU ms per page of the floor, 2 threads"),
        QString::number(m(floor2.cpuMs) / std::max(1, count), 'f', 2));
    bench::printFigure(QStringLiteral("30,000 attestati on 2 idle cores at this CPU, s"),
        QString::number(m(after2.cpuMs) / perPage * 30000 / 2 / 1000, 'f', 1));
    bench::printFigure(QStringLiteral("ms per attestato, 2 threads"), QString::number(m(after2.ms) / perPage, 'f', 2));
    bench::printFigure(QStringLiteral("30,000 attestati at this rate, s"),
        QString::number(m(after2.ms) / perPage * 30000 / 1000, 'f', 1));
    bench::printFigure(QStringLiteral("peak RSS during the batch, MB"), QString::number(peak, 'f', 1));
    return 0;
}
