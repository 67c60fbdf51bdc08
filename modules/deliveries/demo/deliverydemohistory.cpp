#include "deliveries/demo/deliverydemohistory.h"

#include "core/db/deferredchangelog.h"
#include "core/db/deferredindexes.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "core/sync/statementcache.h"
#include "deliveries/demo/deliverydemodata.h"

#include <QHash>

#include <optional>

namespace deliveries {

using core::Status;

namespace {

class HistoryWriter {
public:
    explicit HistoryWriter(core::DemoContext &context)
        : m_context(context)
        , m_db(context.db)
    {
    }

    Status prepare()
    {
        auto cocs = core::runQuery(m_db,
            QStringLiteral("SELECT c.name, r.id, r.comune_id FROM delivery_recipient r JOIN comune c ON c.id = "
                           "r.comune_id WHERE r.kind = 'coc'"));
        if (!cocs)
            return cocs.error();
        while (cocs->next())
            m_cocs.insert(cocs->value(0).toString(), { cocs->value(1).toLongLong(), cocs->value(2).toInt() });
        const QList<QPair<QString *, QString>> statements = {
            { &m_delivery,
                QStringLiteral("INSERT INTO delivery(id, number, recipient_id, comune_id, recipient_kind, location_id, "
                               "delivery_date, delivery_time, "
                               "vehicle, driver, organisation, transport_reason, packages, status, origin, issued_on, "
                               "delivered_at, signed_by, notes, "
                               "created_at, operator) VALUES (?, ?, ?, ?, 'coc', ?, ?, ?, ?, ?, ?, 'free_transfer', 0, "
                               "'delivered', 'history', ?, ?, ?, "
                               "?, ?, ?)") },
            { &m_line,
                QStringLiteral("INSERT INTO delivery_line(id, delivery_id, line_no, category_id, item_id, quantity, "
                               "packages, grams, pieces) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") },
            { &m_lot,
                QStringLiteral("INSERT INTO delivery_line_lot(id, delivery_id, line_id, kind, movement_id, lot_id, "
                               "item_id, quantity, grams) "
                               "VALUES (?, ?, ?, 'issue', ?, ?, ?, ?, ?)") },
            { &m_event,
                QStringLiteral("INSERT INTO delivery_event(id, delivery_id, event, happened_at, note, operator) VALUES "
                               "(?, ?, 'recorded', ?, '', ?)") },
        };
        // Straight on SQLite's statements: QSqlQuery's binding costs more
        // than the insert itself, millions of times over five years.
        m_statements.emplace(m_db);
        for (const auto &[statement, sql] : statements) {
            *statement = sql;
            core::Error error;
            if (!m_statements->statement(sql, &error))
                return error;
        }
        return {};
    }

    Status run()
    {
        auto range = core::runQuery(m_db,
            QStringLiteral("SELECT min(moved_on), max(moved_on) FROM stock_movement WHERE kind = 'issue' AND moved_on "
                           ">= '2021-07-01' "
                           "AND ref_type = '' AND reason LIKE 'Consegna al COC di %'"));
        if (!range)
            return range.error();
        if (!range->next() || range->value(0).isNull())
            return {};
        const QDate first = core::fromSqlDate(range->value(0).toString());
        const QDate last = core::fromSqlDate(range->value(1).toString());
        for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
            core::Transaction tx(m_db);
            if (!tx)
                return tx.error();
            // The month's change log written after its rows, parents first.
            auto log = core::DeferredChangeLog::begin(m_db,
                { QStringLiteral("delivery"), QStringLiteral("delivery_line"), QStringLiteral("delivery_line_lot"),
                    QStringLiteral("delivery_event") });
            if (!log)
                return log.error();
            if (auto s = recordMonth(month, month.addMonths(1).addDays(-1)); !s)
                return s;
            if (auto s = log->finish(); !s)
                return s;
            if (auto s = tx.commit(); !s)
                return s;
            m_context.progress(QStringLiteral("deliveries: %1").arg(month.toString(QStringLiteral("yyyy-MM"))));
        }
        return {};
    }

private:
    struct Coc {
        qint64 recipient = 0;
        int comune = 0;
    };
    struct Movement {
        qint64 id, lot, item, quantity, grams, createdAt;
        qint64 category;
        bool byPiece;
        qint64 piecesPerPackage;
    };

    core::Result<qint64> nextId()
    {
        if (m_idsLeft == 0) {
            auto first = core::allocateRowId(m_db, 4096);
            if (!first)
                return first.error();
            m_nextId = *first;
            m_idsLeft = 4096;
        }
        --m_idsLeft;
        return m_nextId++;
    }

    Status exec(const QString &sql, const QVariantList &values)
    {
        QSqlError error;
        if (!m_statements->exec(sql, values, &error))
            return core::Error(QStringLiteral("db.query"), { error.text(), sql });
        return {};
    }

    Status recordMonth(const QDate &from, const QDate &to)
    {
        auto q = core::runQuery(m_db,
            QStringLiteral(
                "SELECT m.operation_id, m.moved_on, substr(m.reason, 20), m.id, m.lot_id, m.item_id, -m.quantity, "
                "-m.grams, m.category_id, "
                "m.created_at, m.operator, i.unit = 'pcs', coalesce(i.pieces_per_package, 0) "
                "FROM stock_movement m JOIN stock_item i ON i.id = m.item_id "
                "WHERE m.kind = 'issue' AND m.moved_on BETWEEN ? AND ? AND m.ref_type = '' AND m.reverses_id IS NULL "
                "AND m.reason LIKE 'Consegna al COC di %' ORDER BY m.operation_id, m.item_id, m.id"),
            { core::toSqlDate(from), core::toSqlDate(to) });
        if (!q)
            return q.error();
        qint64 operation = -1;
        QDate date;
        QString comune, operatorName;
        qint64 createdAt = 0;
        QList<Movement> movements;
        auto flush = [&]() -> Status {
            if (movements.isEmpty())
                return {};
            const Status s = recordDelivery(date, comune, operatorName, createdAt, movements);
            movements.clear();
            return s;
        };
        while (q->next()) {
            const qint64 op = q->value(0).toLongLong();
            if (op != operation) {
                if (auto s = flush(); !s)
                    return s;
                operation = op;
                date = core::fromSqlDate(q->value(1).toString());
                comune = q->value(2).toString();
                createdAt = q->value(9).toLongLong();
                operatorName = q->value(10).toString();
            }
            movements.append({ q->value(3).toLongLong(), q->value(4).toLongLong(), q->value(5).toLongLong(),
                q->value(6).toLongLong(), q->value(7).toLongLong(), q->value(9).toLongLong(), q->value(8).toInt(),
                q->value(11).toBool(), q->value(12).toLongLong() });
        }
        return flush();
    }

    Status recordDelivery(const QDate &date, const QString &comune, const QString &operatorName, qint64 createdAt,
        const QList<Movement> &movements)
    {
        const auto coc = m_cocs.constFind(comune);
        if (coc == m_cocs.constEnd())
            return {}; // not a COC of the metropolitan city: left as a plain issue
        auto id = nextId();
        if (!id)
            return id.error();
        const int year = date.year();
        if (!m_numbers.contains(year)) {
            auto max = core::queryValue(m_db,
                QStringLiteral("SELECT coalesce(max(CAST(substr(number, 8) AS INTEGER)), 0) FROM delivery WHERE number "
                               ">= ? AND number < ?"),
                { QStringLiteral("%1/S-").arg(year), QStringLiteral("%1/S-~").arg(year) });
            if (!max)
                return max.error();
            m_numbers.insert(year, max->toInt());
        }
        const QString number = QStringLiteral("%1/S-%2").arg(year).arg(++m_numbers[year], 4, 10, QLatin1Char('0'));
        const demo::VehicleSpec &v
            = demo::vehicleSpecs().at(int(m_context.random.bounded(int(demo::vehicleSpecs().size()))));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(createdAt);
        const QString signedBy = demo::signatories().at(int(m_context.random.bounded(int(demo::signatories().size()))));
        if (auto s = exec(m_delivery,
                { *id, number, coc->recipient, coc->comune, qint64(1), core::toSqlDate(date),
                    at.time().toString(QStringLiteral("HH:mm")), QString::fromUtf8(v.vehicle),
                    QString::fromUtf8(v.driver), QString::fromUtf8(v.organisation), core::toSqlDate(date),
                    createdAt + 3600 * 1000, signedBy, QStringLiteral("Registrata dal registro del magazzino"),
                    createdAt, operatorName });
            !s)
            return s;
        // One line per item, with every lot the warehouse took.
        int lineNo = 0;
        for (int i = 0; i < movements.size();) {
            int j = i;
            qint64 quantity = 0, grams = 0;
            while (j < movements.size() && movements.at(j).item == movements.at(i).item) {
                quantity += movements.at(j).quantity;
                grams += movements.at(j).grams;
                ++j;
            }
            const Movement &m = movements.at(i);
            auto lineId = nextId();
            if (!lineId)
                return lineId.error();
            const qint64 packages
                = m.byPiece && m.piecesPerPackage > 0 ? (quantity + m.piecesPerPackage - 1) / m.piecesPerPackage : 0;
            if (auto s = exec(m_line,
                    { *lineId, *id, ++lineNo, m.category, m.item, quantity, packages, grams,
                        m.byPiece ? quantity : 0 });
                !s)
                return s;
            for (int k = i; k < j; ++k) {
                auto lotRow = nextId();
                if (!lotRow)
                    return lotRow.error();
                const Movement &x = movements.at(k);
                if (auto s = exec(m_lot, { *lotRow, *id, *lineId, x.id, x.lot, x.item, x.quantity, x.grams }); !s)
                    return s;
            }
            i = j;
        }
        auto eventId = nextId();
        if (!eventId)
            return eventId.error();
        return exec(m_event, { *eventId, *id, createdAt, operatorName });
    }

    core::DemoContext &m_context;
    QSqlDatabase m_db;
    QHash<QString, Coc> m_cocs;
    QHash<int, int> m_numbers;
    std::optional<core::sync::StatementCache> m_statements;
    QString m_delivery, m_line, m_lot, m_event; // their statements
    qint64 m_nextId = 0;
    qint64 m_idsLeft = 0;
};

} // namespace

Status recordInventedHistory(core::DemoContext &context)
{
    // The deliveries of the invented years are only written here (read back
    // by number, a unique index that stays): their plain indexes are built
    // once at the end.
    auto indexes = core::DeferredIndexes::drop(context.db,
        { QStringLiteral("delivery"), QStringLiteral("delivery_line"), QStringLiteral("delivery_line_lot"),
            QStringLiteral("delivery_event") });
    if (!indexes)
        return indexes.error();
    {
        HistoryWriter writer(context);
        if (auto s = writer.prepare(); !s)
            return s;
        if (auto s = writer.run(); !s)
            return s;
    }
    return indexes->restore();
}

} // namespace deliveries
