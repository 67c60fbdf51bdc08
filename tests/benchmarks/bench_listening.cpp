// Figures for the listening line on years of data (demo --years): how long
// a sign-in takes (Argon2 on purpose), the callback queue with and without
// opening callers' data, the status-bar count, the service figures over
// the years, paging the closed requests, and sealing/opening one field.
// Prints its figures; asserts nothing about time.

#include "core/auth/authservice.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/auth/vault.h"
#include "core/db/sql.h"
#include "core/demo/demoaccounts.h"
#include "core/reporting/reportcatalog.h"
#include "core/ui/pagedsqlmodel.h"
#include "listening/domain/callbackqueue.h"
#include "listening/domain/listeningreports.h"
#include "support/testdatabase.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

namespace {

QTextStream out(stdout);

// Runs `work` `times` times and prints the mean in milliseconds.
void measure(const QString &what, int times, const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < times; ++i)
        work();
    out << QStringLiteral("%1: %2 ms").arg(what, -58).arg(double(timer.nsecsElapsed()) / 1e6 / times, 0, 'f', 3)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int years = qEnvironmentVariableIntValue("CISIAMO_BENCH_YEARS") > 0
        ? qEnvironmentVariableIntValue("CISIAMO_BENCH_YEARS")
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
    out << QStringLiteral("demo --years %1 built in %2 s").arg(years).arg(build.elapsed() / 1000.0, 0, 'f', 1)
        << Qt::endl;
    auto connection = core::openDatabase(path);
    if (!connection)
        return 1;
    const QSqlDatabase db = connection->db();
    out << "requests: " << core::queryValue(db, QStringLiteral("SELECT count(*) FROM listening_request"))->toLongLong()
        << ", attempts: "
        << core::queryValue(db, QStringLiteral("SELECT count(*) FROM listening_attempt"))->toLongLong() << ", open: "
        << core::queryValue(db,
               QStringLiteral("SELECT count(*) FROM listening_request r WHERE NOT EXISTS "
                              "(SELECT 1 FROM listening_outcome o WHERE o.request_id = r.id)"))
               ->toLongLong()
        << Qt::endl;

    core::AuthService auth(db);
    measure(QStringLiteral("sign-in, operator (one Argon2id)"), 5,
        [&] { (void)auth.signIn(QStringLiteral("operatore"), core::demoPassword); });
    measure(QStringLiteral("sign-in, coordinator (two Argon2id + keys)"), 5,
        [&] { (void)auth.signIn(QStringLiteral("coordinatrice"), core::demoPassword); });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    measure(QStringLiteral("callback queue, names closed"), 20,
        [&] { (void)listening::CallbackQueue::load(db, now, false); });
    measure(QStringLiteral("callback queue, names opened"), 20,
        [&] { (void)listening::CallbackQueue::load(db, now, true); });
    measure(QStringLiteral("status-bar count (every minute)"), 20,
        [&] { (void)listening::CallbackQueue::counts(db, now); });
    const QDate today = QDate::currentDate();
    measure(QStringLiteral("service figures, %1 years by month").arg(years), 3, [&] {
        (void)listening::ListeningReports::serviceFigures(db, today.addYears(-years), today, QStringLiteral("month"));
    });
    measure(QStringLiteral("service figures, last year by week"), 3, [&] {
        (void)listening::ListeningReports::serviceFigures(db, today.addYears(-1), today, QStringLiteral("week"));
    });
    core::ReportRequest request;
    request.from = today.addYears(-1);
    request.to = today;
    request.now = QDateTime::currentDateTime();
    measure(QStringLiteral("summary report document, one year by month"), 3,
        [&] { (void)listening::ListeningReports::summary(db, request); });

    core::PagedSqlModel archive(db);
    archive.setSource(QStringLiteral("listening_outcome o JOIN listening_request r ON r.id = o.request_id "
                                     "LEFT JOIN comune c ON c.id = r.comune_id"),
        QStringLiteral("r.id"));
    archive.setColumns({ { QStringLiteral("r.code"), QStringLiteral("code"), core::ColumnKind::Text, 0, true },
        { QStringLiteral("r.received_at"), QStringLiteral("received"), core::ColumnKind::DateTime, 0, true },
        { QStringLiteral("coalesce(c.name, '')"), QStringLiteral("comune") } });
    archive.setDefaultSort(1, Qt::DescendingOrder);
    measure(QStringLiteral("closed requests: count + first page"), 5, [&] {
        archive.refresh();
        (void)archive.data(archive.index(0, 0));
    });
    measure(QStringLiteral("closed requests: last page"), 5, [&] {
        archive.refresh();
        (void)archive.data(archive.index(archive.rowCount() - 1, 0));
    });

    const qint64 vault = core::Vault::vaultFor(db, core::Permission::ListeningPersonalRead).value();
    QByteArray sealed;
    measure(QStringLiteral("seal one field"), 1000, [&] {
        sealed = core::Vault::seal(db, vault, QStringLiteral("t.c:1"), QStringLiteral("Lucia Esempio")).value();
    });
    measure(
        QStringLiteral("open one field"), 1000, [&] { (void)core::Vault::open(db, sealed, QStringLiteral("t.c:1")); });
    auth.signOut();
    return 0;
}
