// ConosciAMO speed on years of data: builds a demo database with
// `cisiamo demo --years N` (N from TUTORING_BENCH_YEARS, default 5) and
// prints how long the things people wait for take: the calendar's month,
// a booking with its checks, the lessons list (count, first and last
// page), the report by comune and the summary figures. No assertions on
// time: the figures are for people to read.

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "support/testdatabase.h"
#include "tutoring/domain/bookingservice.h"
#include "tutoring/domain/tutoringfigures.h"
#include "tutoring/domain/tutoringreports.h"
#include "tutoring/ui/lessonsmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace tutoring;

namespace {

QTextStream out(stdout);

template <typename F> double timeMs(F &&f, int repeat = 1)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < repeat; ++i)
        f();
    return double(t.nsecsElapsed()) / 1e6 / repeat;
}

void line(const QString &what, double ms)
{
    out << QStringLiteral("%1 %2 ms").arg(what, -52).arg(ms, 9, 'f', 2) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int years = qEnvironmentVariableIntValue("TUTORING_BENCH_YEARS") > 0
        ? qEnvironmentVariableIntValue("TUTORING_BENCH_YEARS")
        : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    QElapsedTimer build;
    build.start();
    const auto demo = testsupport::runCisiamo(
        { QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--years"), QString::number(years) },
        1800000);
    if (demo.exitCode != 0) {
        out << "demo failed: " << demo.err << Qt::endl;
        return 1;
    }
    line(QStringLiteral("demo --years %1 (whole program)").arg(years), double(build.elapsed()));

    auto connection = core::openDatabase(path);
    if (!connection) {
        out << "cannot open " << path << Qt::endl;
        return 1;
    }
    const QSqlDatabase db = connection->db();
    core::setSessionOperator(db, QStringLiteral("bench"));
    out << "bookings: " << core::queryValue(db, QStringLiteral("SELECT count(*) FROM tutoring_booking"))->toLongLong()
        << ", outcomes: " << core::queryValue(db, QStringLiteral("SELECT count(*) FROM tutoring_outcome"))->toLongLong()
        << ", pupils: " << core::queryValue(db, QStringLiteral("SELECT count(*) FROM tutoring_pupil"))->toLongLong()
        << Qt::endl;

    // The calendar: a busy month of the last year.
    const QDate lastDay = QDate::fromString(
        core::queryValue(db, QStringLiteral("SELECT max(day) FROM tutoring_booking"))->toString(), Qt::ISODate);
    const QDate busyMonth = lastDay.addMonths(-2);
    core::FixedClock clock(QDateTime(QDate(busyMonth.year(), busyMonth.month(), 1), QTime(8, 0)));
    BookingService service(db, clock);
    line(QStringLiteral("calendar month view (one subject)"), timeMs([&] { (void)service.month(1, busyMonth); }, 10));
    line(QStringLiteral("calendar month view for a pupil"), timeMs([&] { (void)service.month(1, busyMonth, 1); }, 10));
    line(QStringLiteral("free assistants at a slot"),
        timeMs([&] { (void)service.freeAssistants(1, busyMonth.addDays(7), 16); }, 10));
    const qint64 pupil
        = core::queryValue(db, QStringLiteral("SELECT pupil_id FROM tutoring_booking WHERE day >= ? LIMIT 1"),
            { busyMonth.toString(Qt::ISODate) })
              ->toLongLong();
    BookingRequest r;
    r.pupilId = pupil;
    r.subjectId = 1;
    r.assistantId = 1;
    r.day = busyMonth.addDays(9);
    r.hour = 15;
    line(QStringLiteral("refused booking + next free slots"),
        timeMs(
            [&] {
                QList<FreeSlot> offered;
                (void)service.book(r, {}, &offered);
            },
            5));

    // The lessons list.
    LessonsModel model(db);
    double first = timeMs([&] { model.applyFilter({}); });
    line(QStringLiteral("lessons list: count (%1 rows)").arg(model.rowCount()), first);
    line(QStringLiteral("lessons list: first page"), timeMs([&] {
        model.refresh();
        (void)model.data(model.index(0, 0));
    }));
    line(QStringLiteral("lessons list: last page"),
        timeMs([&] { (void)model.data(model.index(model.rowCount() - 1, 0)); }));
    LessonsModel::Filter awaiting;
    awaiting.state = QStringLiteral("awaiting");
    awaiting.today = QDate::currentDate();
    line(QStringLiteral("lessons list: filter 'without outcome'"), timeMs([&] { model.applyFilter(awaiting); }));

    // Reports.
    core::ReportRequest request;
    request.now = QDateTime::currentDateTime();
    line(QStringLiteral("report by comune (every year)"),
        timeMs([&] { (void)TutoringReports::byComune(db, request); }, 3));
    line(QStringLiteral("summary figures (every year)"), timeMs([&] { (void)tutoringFigures(db); }, 3));
    line(QStringLiteral("report by subject and week (every year)"),
        timeMs([&] { (void)TutoringReports::bySubjectWeek(db, request); }, 3));
    line(QStringLiteral("PCTO statement (every year)"),
        timeMs([&] { (void)TutoringReports::pctoStatement(db, request); }, 3));
    return 0;
}
