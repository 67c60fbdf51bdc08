// Benchmark of the daily situation report (SITREP, issue 19 item 5) on the
// shared demo database (`demo --years N`, default 1; argument: N, 5 for the
// issue's five-year figure; BENCH_SITREP_DB names another file): the SITREP
// of the demo's busiest recent day, for every event and for the Covid event,
// against its floor, measured in the same run: the modules' own reports of
// the same day built one after the other (person-days by service,
// distributions by category and by comune, stock by category, listening and
// tutoring summaries, the printed diary), which read the same figures. A
// ratio near 1 means the SITREP costs what its sources cost. Also the PDF as
// `cisiamo report sitrep` writes it (the whole program: start, sign-in,
// report, PDF), printed without floor. Medians of interleaved runs; asserts
// nothing about time.

#include "benchmarks/benchratio.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "deliveries/domain/deliveryreports.h"
#include "listening/domain/listeningreports.h"
#include "room/domain/diaryreport.h"
#include "room/domain/sitrep.h"
#include "stock/domain/stockreports.h"
#include "tutoring/domain/tutoringreports.h"
#include "volunteers/domain/volunteerreports.h"

#include <QGuiApplication>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>

namespace {

constexpr int runs = 7;

core::ReportRequest requestFor(const QDate &day, qint64 eventId)
{
    core::ReportRequest r;
    r.from = r.to = r.at = day;
    r.now = QDateTime(day, QTime(18, 0));
    r.locale = QLocale(QLocale::Italian, QLocale::Italy);
    if (eventId)
        r.options.insert(QStringLiteral("event"), QString::number(eventId));
    return r;
}

bool modulesReports(const QSqlDatabase &db, const core::ReportRequest &request)
{
    core::ReportRequest byService = request;
    byService.by = QStringLiteral("service");
    core::ReportRequest diary = request;
    diary.from = diary.to = QDate();
    return volunteers::VolunteerReports::personDays(db, byService).ok()
        && deliveries::DeliveryReports::byCategory(db, request).ok()
        && deliveries::DeliveryReports::byComune(db, request).ok()
        && stock::StockReports::byCategory(db, request).ok()
        && listening::ListeningReports::summary(db, request).ok()
        && tutoring::TutoringReports::summary(db, request).ok() && room::DiaryReport::build(db, diary).ok();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int years = argc > 1 ? QByteArray(argv[1]).toInt() : 1;
    // BENCH_SITREP_DB: an existing database instead (e.g. the suite's demo).
    const QString given = qEnvironmentVariable("BENCH_SITREP_DB");
    const QString path = given.isEmpty() ? bench::demoDatabase(years) : given;
    if (path.isEmpty())
        return 1;
    core::OpenOptions options;
    options.readOnly = true;
    auto connection = core::openDatabase(path, options);
    if (!connection) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    const QSqlDatabase db = connection->db();
    // The busiest of the demo's last 30 days with deliveries.
    auto dayValue = core::queryValue(db,
        QStringLiteral("SELECT delivery_date FROM delivery WHERE status = 'delivered' AND delivery_date >= "
                       "(SELECT date(max(delivery_date), '-30 days') FROM delivery WHERE status = 'delivered') "
                       "GROUP BY delivery_date ORDER BY count(*) DESC, delivery_date DESC LIMIT 1"));
    const QDate day = dayValue ? core::fromSqlDate(dayValue->toString()) : QDate();
    auto covid = core::queryValue(
        db, QStringLiteral("SELECT id FROM activation_event WHERE name LIKE '%ovid%' ORDER BY id LIMIT 1"));
    if (!day.isValid() || !covid) {
        std::fprintf(stderr, "no day with deliveries in %s\n", qPrintable(path));
        return 1;
    }
    bench::printFigure(QStringLiteral("day"), day.toString(Qt::ISODate));
    bench::printFigure(QStringLiteral("database"), given.isEmpty() ? QStringLiteral("demo --years %1").arg(years) : given);

    bool ok = true;
    for (const auto &[label, eventId] : { std::pair<QString, qint64> { QStringLiteral("SITREP, every event"), 0 },
             std::pair<QString, qint64> { QStringLiteral("SITREP, one event"), covid->toLongLong() } }) {
        const core::ReportRequest request = requestFor(day, eventId);
        const auto [ms, floorMs] = bench::interleaved(
            runs, [&] { ok &= room::SitrepReport::build(db, request).ok(); },
            [&] { ok &= modulesReports(db, request); });
        bench::printRatio(label, ms, QStringLiteral("the modules' reports of the day"), floorMs);
    }
    if (!ok) {
        std::fprintf(stderr, "a report failed\n");
        return 1;
    }

    // The whole command, as the room runs it for the PDF.
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CISIAMO_PASSWORD"), QStringLiteral("demo1234"));
    env.insert(QStringLiteral("HOME"), dir.path());
    QList<double> pdf;
    for (int i = 0; i < 3; ++i)
        pdf.append(bench::timeProcess(bench::cisiamoBinary(),
            { QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("coordinatrice"),
                QStringLiteral("report"), QStringLiteral("sitrep"), QStringLiteral("--at"), day.toString(Qt::ISODate),
                QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                dir.filePath(QStringLiteral("sitrep.pdf")) },
            env));
    bench::printFigure(
        QStringLiteral("cisiamo report sitrep --format pdf (ms, whole program)"), QString::number(bench::median(pdf), 'f', 1));
    return 0;
}
