// Benchmark of the Volontari module, on a demo database with one more year
// of activity (`cisiamo demo --years 1`):
// - the person-days reports (by month, service, organisation, comune) and
//   the art. 39 check of every volunteer;
// - batch production of 30,000 attestati (the 2020 backlog) with their PDF
//   files and index, timing it and sampling the resident memory, which must
//   stay flat.
// Prints its figures; asserts nothing about time (run: ctest -L benchmark -V).

#include "core/auth/session.h"
#include "support/testdatabase.h"

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/reporting/reportrenderer.h"
#include "volunteers/domain/attestatobatch.h"
#include "volunteers/domain/attestatodocument.h"
#include "volunteers/domain/attestatoregister.h"
#include "volunteers/domain/limitmonitor.h"
#include "volunteers/domain/persondays.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

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

template <typename F> double timeMs(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts, for the PDF files
    const int target = argc > 1 ? QByteArray(argv[1]).toInt() : 30000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));

    std::printf("== Volontari benchmark ==\n");
    QElapsedTimer demoTimer;
    demoTimer.start();
    const auto demo = testsupport::runCisiamo(
        { QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1") },
        600000);
    if (demo.exitCode != 0) {
        std::fprintf(stderr, "demo failed: %s\n", demo.err.constData());
        return 1;
    }
    std::printf(
        "demo --years 1 built in %.1f s (%.1f MB)\n", demoTimer.elapsed() / 1000.0, QFile(path).size() / 1048576.0);

    {
        auto connection = core::openDatabase(path);
        if (!connection)
            return 1;
        const QSqlDatabase db = connection->db();
        PersonDays counter(db);
        qint64 total = 0;
        std::printf("\nperson-days reports (whole ledger, %s rows):\n",
            qPrintable(QString::number(counter.total({}, {}).value())));
        for (auto [name, grouping] :
            { std::pair { "month", PersonDaysGrouping::Month }, std::pair { "service", PersonDaysGrouping::Service },
                std::pair { "organisation", PersonDaysGrouping::Organisation },
                std::pair { "comune", PersonDaysGrouping::Comune } }) {
            int rows = 0;
            const double ms = timeMs([&] {
                auto r = counter.count(grouping, QDate(2020, 1, 1), QDate(2023, 12, 31));
                rows = r ? int(r->size()) : -1;
            });
            std::printf("  by %-13s %7.1f ms  (%d rows)\n", name, ms, rows);
        }
        const double published = timeMs([&] { total = counter.total(QDate(2020, 2, 1), QDate(2020, 10, 31)).value(); });
        std::printf("  total Feb-Oct 2020  %7.1f ms  (%lld person-days)\n", published, total);
        int over = 0;
        const double limits = timeMs([&] { over = int(LimitMonitor(db).volunteersOverLimits().value().size()); });
        std::printf("  art. 39 check of every volunteer %.1f ms (%d over a limit)\n", limits, over);
        PendingSummary pending;
        const double pendingMs = timeMs(
            [&] { pending = AttestatoRegister(db, core::SystemClock::instance()).pendingSummary({}).value(); });
        std::printf(
            "  pending attestati: %d (%d person-days), counted in %.1f ms\n", pending.groups, pending.days, pendingMs);
        if (pending.groups < target)
            std::printf("  (fewer than %d pending: the batch issues them all)\n", target);
    }

    std::printf("\nbatch of %d attestati with PDF files and index:\n", target);
    BatchOptions options;
    options.outputDir = dir.filePath(QStringLiteral("attestati"));
    options.includeOverLimit = true;
    options.limit = target;
    std::atomic_bool cancel { false };
    AttestatoBatch batch(path, core::SessionAccount { 0, QStringLiteral("benchmark"), QString(), core::Role::Operator },
        core::SystemClock::instance());
    QElapsedTimer timer;
    timer.start();
    double rssStart = residentMb(), rssPeak = rssStart, rssAt1000 = 0;
    std::printf("  %8s %9s %9s\n", "issued", "seconds", "RSS MB");
    auto outcome = batch.run(
        options,
        [&](const BatchProgress &p) {
            if (p.done == 0 || p.done % 2500 != 0)
                return;
            const double rss = residentMb();
            rssPeak = std::max(rssPeak, rss);
            if (p.done == 2500)
                rssAt1000 = rss;
            std::printf("  %8d %9.1f %9.1f\n", p.done, timer.elapsed() / 1000.0, rss);
            std::fflush(stdout);
        },
        cancel);
    const double seconds = timer.elapsed() / 1000.0;
    if (!outcome) {
        std::fprintf(stderr, "batch failed: %s\n",
            qPrintable(outcome.error().code + QLatin1Char(' ') + outcome.error().args.join(QLatin1Char(' '))));
        return 1;
    }
    qint64 bytes = 0;
    int files = 0;
    for (QDirIterator it(options.outputDir, { QStringLiteral("*.pdf") }, QDir::Files); it.hasNext();) {
        it.next();
        bytes += it.fileInfo().size();
        ++files;
    }
    const double rssEnd = residentMb();
    std::printf("  issued %d attestati (%s - %s) in %.1f s: %.2f ms each, %.0f per minute\n", outcome->issued,
        qPrintable(outcome->firstNumber), qPrintable(outcome->lastNumber), seconds,
        1000.0 * seconds / std::max(1, outcome->issued), 60.0 * outcome->issued / seconds);
    std::printf("  %d PDF files, %.1f MB; index %s\n", files, bytes / 1048576.0, qPrintable(outcome->indexFile));
    std::printf("  resident memory: %.1f MB before, %.1f MB after 2,500, %.1f MB peak, %.1f MB at the end\n", rssStart,
        rssAt1000, rssPeak, rssEnd);

    // One reprint, as from the register page.
    auto connection = core::openDatabase(path);
    if (connection) {
        AttestatoRegister reg(connection->db(), core::SystemClock::instance());
        const qint64 id = reg.idOfNumber(outcome->lastNumber).value();
        QByteArray pdf;
        const double ms
            = timeMs([&] { pdf = core::ReportRenderer(attestatoDocument(reg.content(id).value())).pdfData(); });
        std::printf("  reprint of %s: %.1f ms (%lld bytes)\n", qPrintable(outcome->lastNumber), ms, qint64(pdf.size()));
    }
    return 0;
}
