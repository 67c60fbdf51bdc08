// The Colonna Mobile's odometer, derived from readings and deployments
// (migrations 0030, 0031), read for every vehicle at once as the Mezzi list
// and the readiness of the modules read it, on a generated fleet (default
// 400 vehicles, 6,000 deployments over five years, a third of them
// recorded before 0030, some corrected, voided or withdrawn). Floor: sqlite3
// running the same SQL on the same file. Also, once, the same list through
// 0030's view (a correlated subquery per vehicle over the runs), kept here
// as a TEMP view, against the same floor: what 0031 took away.
//
//   bench_fleet [RUNS] [VEHICLES] [DEPLOYMENTS]

#include "benchratio.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

namespace {

const QString listSql = QStringLiteral(
    "SELECT v.plate, (SELECT k.odometer_km FROM fleet_vehicle_odometer k WHERE k.vehicle_id = v.id) "
    "FROM fleet_vehicle v ORDER BY v.plate");

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = core::runQuery(db, sql, binds);
    if (!q)
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql.left(80)), qPrintable(q.error().args.join(QLatin1Char(' '))));
    return q.ok();
}

bool generate(const QSqlDatabase &db, int vehicles, int deployments)
{
    core::Transaction tx(db);
    if (!tx)
        return false;
    QRandomGenerator random(7);
    const qint64 ws = qint64(1) << 40;
    bool ok = exec(db, QStringLiteral("UPDATE session_context SET log_enabled = 0 WHERE id = 1"))
        && exec(db, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (9001, 'bench', 'Bench')"))
        && exec(db, QStringLiteral("INSERT INTO activation_event(id, name, event_type, authorising_act, start_date) "
                                   "VALUES (9002, 'Bench', 'ordinary', 'Atto', '2021-01-01')"));
    QList<qint64> reading;
    for (int v = 0; ok && v < vehicles; ++v) {
        reading.append(10000 + random.bounded(5000));
        ok = exec(db,
            QStringLiteral("INSERT INTO fleet_vehicle(id, plate, vehicle_type, owner_kind, odometer_km) "
                           "VALUES (?, ?, 'van', 'ccv_mi', ?)"),
            { ws + 1 + v, QStringLiteral("BE%1").arg(v, 5, 10, QLatin1Char('0')), reading.last() });
    }
    qint64 item = ws + 10000000;
    for (int d = 0; ok && d < deployments; ++d) {
        const qint64 id = ws + 1000000 + d;
        const QString day = QStringLiteral("%1-%2-%3")
                                .arg(2021 + d * 5 / deployments)
                                .arg(1 + random.bounded(12), 2, 10, QLatin1Char('0'))
                                .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'));
        ok = exec(db,
            QStringLiteral("INSERT INTO fleet_deployment(id, number, event_id, scope, requested_by, start_date, end_date, "
                           "service_id, recorded_at) VALUES (?, ?, 9002, 'province', 'Sala', ?, ?, 9001, 0)"),
            { id, QStringLiteral("IMP-%1-%2").arg(day.left(4)).arg(d + 1, 4, 10, QLatin1Char('0')), day, day });
        const bool before0030 = d < deployments / 3;
        for (int k = 1 + random.bounded(3); ok && k > 0; --k) {
            const int v = random.bounded(vehicles);
            ++item;
            ok = exec(db,
                QStringLiteral("INSERT INTO fleet_deployment_item(id, deployment_id, vehicle_id, km, odometer_from) "
                               "VALUES (?, ?, ?, ?, ?)"),
                { item, id, ws + 1 + v, 10 + random.bounded(400),
                    before0030 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(reading.at(v)) });
            if (ok && random.bounded(20) == 0) {
                ok = exec(db,
                    QStringLiteral("INSERT INTO fleet_deployment_correction(id, deployment_id, item_id, km, previous_km, "
                                   "reason, recorded_at) VALUES (?, ?, ?, ?, 0, 'bench', 0)"),
                    { item + 50000000, id, item, 10 + random.bounded(400) });
                if (ok && before0030)
                    ok = exec(db,
                        QStringLiteral("INSERT INTO fleet_deployment_km_reading(id, item_id, vehicle_id, reading_km, "
                                       "recorded_at) VALUES (?, ?, ?, ?, 0)"),
                        { item + 60000000, item, ws + 1 + v, reading.at(v) });
            }
            if (ok && random.bounded(40) == 0)
                ok = exec(db,
                    QStringLiteral("INSERT INTO fleet_deployment_item_void(id, deployment_id, item_id, reason, "
                                   "recorded_at) VALUES (?, ?, ?, 'bench', 0)"),
                    { item + 70000000, id, item });
        }
        if (ok && random.bounded(33) == 0)
            ok = exec(db,
                QStringLiteral("INSERT INTO fleet_deployment_void(id, deployment_id, reason, recorded_at) "
                               "VALUES (?, ?, 'bench', 0)"),
                { id + 80000000, id });
        if (ok && d % 50 == 0) { // a reading typed now and then
            const int v = random.bounded(vehicles);
            reading[v] += 500;
            ok = exec(db, QStringLiteral("UPDATE fleet_vehicle SET odometer_km = ? WHERE id = ?"), { reading.at(v), ws + 1 + v });
        }
    }
    ok = ok && exec(db, QStringLiteral("UPDATE session_context SET log_enabled = 1 WHERE id = 1"));
    return ok && tx.commit().ok();
}

// The program's way: the list's SQL through core::runQuery, every row read.
qint64 readList(const QSqlDatabase &db, const QString &sql)
{
    qint64 sum = 0;
    auto q = core::runQuery(db, sql);
    if (!q)
        return -1;
    while (q->next())
        sum += q->value(1).toLongLong();
    return sum;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 5;
    const int vehicles = argc > 2 ? QByteArray(argv[2]).toInt() : 400;
    const int deployments = argc > 3 ? QByteArray(argv[3]).toInt() : 6000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fleet.sqlite"));
    auto connection = core::openDatabase(path);
    if (!connection) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 1;
    }
    const QSqlDatabase db = connection->db();
    if (!generate(db, vehicles, deployments))
        return 1;
    std::printf("== Odometers of %d vehicles, %d deployments, %d runs ==\n", vehicles, deployments, runs);
    const QString tag = QStringLiteral(" %1x%2").arg(vehicles).arg(deployments);
    const auto sqlite3 = [&](const QString &sql) {
        return bench::timeProcess(QStringLiteral("sqlite3"), { path, sql }, QProcessEnvironment::systemEnvironment(), {},
            QStringLiteral("/dev/null"));
    };
    qint64 total = 0;
    double floorMs = 0;
    const auto [ms, floor] = bench::interleaved(
        runs, [&] { total = readList(db, listSql); }, [&] { floorMs = sqlite3(listSql + QLatin1Char(';')); });
    Q_UNUSED(floorMs);
    if (total < 0)
        return 1;
    bench::printRatio(QStringLiteral("vehicles list odometers") + tag, ms, QStringLiteral("sqlite3 same SQL"), floor);

    // 0030's view, the same list through it.
    const bool old = exec(db,
        QStringLiteral("CREATE TEMP VIEW old_vehicle_km_run AS SELECT vehicle_id, odometer_from, odometer_from + sum(km) "
                       "AS reading FROM fleet_deployment_vehicle_km WHERE odometer_from IS NOT NULL AND NOT voided "
                       "GROUP BY vehicle_id, odometer_from"))
        && exec(db,
            QStringLiteral("CREATE TEMP VIEW old_vehicle_odometer AS SELECT v.id AS vehicle_id, max(v.odometer_km, "
                           "coalesce((SELECT max(r.reading) FROM old_vehicle_km_run r WHERE r.vehicle_id = v.id), 0)) "
                           "AS odometer_km FROM fleet_vehicle v"));
    if (!old)
        return 1;
    QString oldSql = listSql;
    oldSql.replace(QStringLiteral("fleet_vehicle_odometer"), QStringLiteral("old_vehicle_odometer"));
    const double oldMs = bench::timeMs([&] { readList(db, oldSql); });
    bench::printRatio(QStringLiteral("vehicles list odometers, 0030's view") + tag, oldMs,
        QStringLiteral("sqlite3 the list on 0031's views"), floor);
    return 0;
}
