// Benchmark: the room diary of a five-year database (60,000 entries by
// default; argument: the count) as the Diario di sala page reads it: a
// core::PagedSqlModel over DiaryListQuery, newest first. For opening the
// diary, filtering by event, by day, by kind and searching a word it prints
// - "GUI blocked": the longest stretch the GUI thread was busy (the call or
//   one event-loop turn handling a reply),
// - "rows arrive": from the call until the count and the first page are
//   there,
// each against the floor: the same count and first page run with the same
// SQL on a plain connection in this thread. Medians of interleaved runs; no
// assertions on time.

#include "benchmarks/benchratio.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "core/ui/pagedsqlmodel.h"
#include "room/domain/diaryrepository.h"
#include "room/domain/roomsync.h"
#include "support/testdatabase.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

using namespace room;

namespace {

constexpr int runs = 5;
constexpr int pageSize = 256;

struct Timing {
    double blocked = 0;
    double arrived = 0;
};

Timing measure(const std::function<void()> &start, const std::function<bool()> &ready)
{
    QElapsedTimer total;
    total.start();
    Timing t;
    t.blocked = bench::timeMs(start);
    while (!ready()) {
        QElapsedTimer turn;
        turn.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        t.blocked = std::max(t.blocked, double(turn.nsecsElapsed()) / 1e6);
        QThread::yieldCurrentThread();
    }
    t.arrived = double(total.nsecsElapsed()) / 1e6;
    return t;
}

const char *const words[] = { "COC", "Sindaco", "mascherine", "pacchi", "volontari", "Seveso", "sabbia", "DPI",
    "farmaci", "tamponi", "Prefettura", "ATS" };
const char *const kinds[] = { "call_in", "call_out", "message", "decision", "action", "note" };

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int entries = argc > 1 ? QByteArray(argv[1]).toInt() : 60000;
    declareSyncTables();

    testsupport::TestDatabase database;
    const QSqlDatabase db = database.db();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    QElapsedTimer timer;
    timer.start();
    // Five years, an event a quarter, entries all day long.
    const QDate first(2020, 2, 23);
    QList<qint64> events;
    QSqlQuery(db).exec(QStringLiteral("BEGIN"));
    for (int q = 0; q < 20; ++q) {
        const qint64 id = core::makeRowId(1, 1000000 + q);
        core::runQuery(db,
            QStringLiteral("INSERT INTO activation_event(id, name, event_type, authorising_act, start_date, end_date, scenario, phase) "
                           "VALUES (?, ?, 'ordinary', 'Atto', ?, ?, 'other', 'closed')"),
            { id, QStringLiteral("Evento %1").arg(q), core::toSqlDate(first.addDays(q * 91)),
                core::toSqlDate(first.addDays(q * 91 + 90)) });
        events.append(id);
    }
    const int comune = core::queryValue(db, QStringLiteral("SELECT comune_id FROM comune_cmm LIMIT 1"))->toInt();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO room_diary(id, event_id, at, day, kind, body, counterpart, author, "
                                  "author_name, comune_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'oper', 'Oscar', ?, ?)"));
    const qint64 span = qint64(5 * 364) * 24 * 3600 * 1000;
    const qint64 start = QDateTime(first, QTime(7, 0)).toMSecsSinceEpoch();
    for (int i = 0; i < entries; ++i) {
        const qint64 at = start + span / entries * i;
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(at);
        const int quarter = std::min(19, int(first.daysTo(t.date()) / 91));
        insert.bindValue(0, core::makeRowId(1, 2000000 + i));
        insert.bindValue(1, events.at(quarter));
        insert.bindValue(2, at);
        insert.bindValue(3, core::toSqlDate(t.date()));
        insert.bindValue(4, QString::fromLatin1(kinds[i % 6]));
        insert.bindValue(5, QStringLiteral("Voce %1: il %2 chiede %3 per le famiglie in isolamento")
                                .arg(i)
                                .arg(QString::fromLatin1(words[i % 12]), QString::fromLatin1(words[(i * 7) % 12])));
        insert.bindValue(6, QStringLiteral("COC %1").arg(i % 133));
        insert.bindValue(7, i % 5 == 0 ? QVariant(comune) : QVariant());
        insert.bindValue(8, at);
        insert.exec();
    }
    QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));
    out << "diary entries: " << entries << " (built in " << timer.elapsed() << " ms)\n";

    core::DbConnection plain = database.openAnother();
    const QSqlDatabase floorDb = plain.db();

    // The page's model, as DiaryPage sets it up.
    using Q = DiaryListQuery;
    core::PagedSqlModel model(db);
    model.setSource(Q::from(), Q::key());
    QList<core::PagedColumn> columns;
    for (int c = 0; c < Q::ColumnCount; ++c)
        columns.append({ Q::expression(Q::Column(c)), QString::number(c), core::ColumnKind::Text, 0, Q::sortable(Q::Column(c)) });
    model.setColumns(columns);
    model.setPageSize(pageSize);
    model.setDefaultSort(Q::At, Qt::DescendingOrder);
    QStringList expressions;
    for (const core::PagedColumn &c : std::as_const(columns))
        expressions.append(c.expression);
    const QString select = expressions.join(QStringLiteral(", "));

    struct Case {
        QString figure;
        DiaryFilter filter;
    };
    DiaryFilter all, byEvent, byDay, byKind, byText, eventAndText;
    byEvent.eventId = events.at(7);
    byDay.day = first.addDays(800);
    byKind.kind = DiaryKind::Decision;
    byText.text = QStringLiteral("mascherine");
    eventAndText.eventId = events.at(3);
    eventAndText.text = QStringLiteral("tamponi");
    const QList<Case> cases { { QStringLiteral("open the diary"), all }, { QStringLiteral("filter by event"), byEvent },
        { QStringLiteral("filter by day"), byDay }, { QStringLiteral("filter by kind"), byKind },
        { QStringLiteral("search a word"), byText }, { QStringLiteral("event and word"), eventAndText } };

    for (const Case &c : cases) {
        QVariantList binds;
        const QString where = Q::where(c.filter, &binds);
        const QString whereSql = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
        QList<double> blocked, arrived, floors;
        int count = 0;
        for (int i = 0; i < runs; ++i) {
            model.setFilter(QStringLiteral("1 = ?"), { 2 }); // nothing cached
            while (!model.isIdle())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            const Timing t = measure([&] { model.setFilter(where, binds); },
                [&] { return model.isIdle() && (model.rowCount() == 0 || !model.loadedRowValues(0).isEmpty()); });
            blocked.append(t.blocked);
            arrived.append(t.arrived);
            count = model.rowCount();
            floors.append(bench::timeMs([&] {
                core::queryValue(floorDb, QStringLiteral("SELECT count(*) FROM ") + Q::from() + whereSql, binds);
                auto q = core::runQuery(floorDb,
                    QStringLiteral("SELECT %1, d.id FROM %2%3 ORDER BY d.at DESC, d.id DESC LIMIT %4")
                        .arg(select, Q::from(), whereSql)
                        .arg(pageSize),
                    binds);
                while (q && q->next())
                    for (int k = 0; k < Q::ColumnCount; ++k)
                        q->value(k);
            }));
        }
        const double floor = bench::median(floors);
        bench::printFigure(c.figure + QStringLiteral(": entries"), QString::number(count));
        bench::printRatio(c.figure + QStringLiteral(": GUI blocked"), bench::median(blocked),
            QStringLiteral("count and first page, plain connection"), floor);
        bench::printRatio(c.figure + QStringLiteral(": rows arrive"), bench::median(arrived),
            QStringLiteral("count and first page, plain connection"), floor);
    }
    return 0;
}
