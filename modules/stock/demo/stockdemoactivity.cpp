#include "stock/demo/stockdemoactivity.h"

#include "core/db/deferredchangelog.h"
#include "core/db/deferredindexes.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "core/sync/statementcache.h"
#include "stock/demo/stockdemodata.h"

#include <QHash>
#include <QTimeZone>

#include <optional>

#include <algorithm>

namespace stock {

using core::Error;
using core::Status;
using namespace stock::demo;

namespace {

struct SimItem {
    qint64 id = 0;
    int categoryId = 0;
    Unit unit = Unit::Grams;
    qint64 gramsPerPiece = 0;
    int shelfMin = 0, shelfMax = 0;
    qint64 lotSize = 0; // typical receipt line, item's unit
    QList<qint64> donors;
};

struct SimLot {
    qint64 id = 0;
    int item = 0;
    QDate expiry;
    QDate received;
    qint64 donorId = 0;
    qint64 quantity = 0;
};

class ActivityGenerator {
public:
    ActivityGenerator(core::DemoContext &context) : m_context(context), m_db(context.db) { }

    Status prepare()
    {
        auto items = core::runQuery(m_db, QStringLiteral(
            "SELECT i.id, i.code, i.category_id, i.unit, coalesce(i.grams_per_piece, 0), c.code FROM stock_item i "
            "JOIN goods_category c ON c.id = i.category_id WHERE i.active = 1 AND c.kind <> 'kit' ORDER BY i.code"));
        if (!items)
            return items.error();
        QHash<QString, qint64> donorIds;
        auto donors = core::runQuery(m_db, QStringLiteral("SELECT name, id FROM stock_donor"));
        if (!donors)
            return donors.error();
        while (donors->next())
            donorIds.insert(donors->value(0).toString(), donors->value(1).toLongLong());
        while (items->next()) {
            SimItem item;
            item.id = items->value(0).toLongLong();
            item.categoryId = items->value(2).toLongLong();
            item.unit = unitFromCode(items->value(3).toString());
            item.gramsPerPiece = items->value(4).toLongLong();
            const QString code = items->value(1).toString();
            const QString category = items->value(5).toString();
            for (const ItemSpec &s : itemSpecs())
                if (QLatin1String(s.code) == code) {
                    item.shelfMin = s.shelfMin;
                    item.shelfMax = s.shelfMax;
                }
            item.lotSize = item.unit == Unit::Grams ? 400000 : (item.gramsPerPiece > 0 ? 400000 / item.gramsPerPiece : 2000);
            for (const DonorSpec &d : donorSpecs()) {
                const bool gives = std::any_of(d.categories.begin(), d.categories.end(),
                                               [&](const char *c) { return category == QLatin1String(c); });
                if (gives || (d.kind == DonorKind::PublicBody && !category.startsWith(QLatin1String("kit")) && d.categories.isEmpty()
                              && item.gramsPerPiece == 0))
                    item.donors.append(donorIds.value(QString::fromUtf8(d.name)));
            }
            if (item.donors.isEmpty())
                item.donors.append(donorIds.value(QStringLiteral("Banco Alimentare della Lombardia")));
            m_items.append(item);
            m_lots.append(QList<SimLot>());
        }
        auto comuni = core::runQuery(m_db, QStringLiteral("SELECT c.name FROM comune_cmm m JOIN comune c ON c.id = m.comune_id ORDER BY c.name"));
        if (!comuni)
            return comuni.error();
        while (comuni->next())
            m_comuni.append(comuni->value(0).toString());
        auto poles = core::runQuery(m_db, QStringLiteral("SELECT id FROM stock_location WHERE kind = 'pole' ORDER BY id"));
        if (!poles)
            return poles.error();
        while (poles->next())
            m_poles.append(poles->value(0).toLongLong());
        m_warehouse = idroscaloLocationId;
        if (m_comuni.isEmpty())
            m_comuni.append(QStringLiteral("Milano"));
        return prepareStatements();
    }

    Status run(const QDate &from, const QDate &to, int years)
    {
        if (from >= to)
            return {};
        int workingDays = 0;
        for (QDate d = from; d <= to; d = d.addDays(1))
            workingDays += d.dayOfWeek() <= 5 ? 1 : 0;
        // ~100,000 rows a year, whatever the window. A receipt line brings a
        // lot; an issue line asks for 1/25 to 2/25 of one: 14 issue lines per
        // received lot take ~85% of what comes in, the rest expires and is
        // written off, as in a real food bank.
        const double rowsPerDay = 100000.0 * years / std::max(1, workingDays);
        const int receiptLinesPerDay = std::max(2, int(rowsPerDay / 17));
        const int issuesPerDay = receiptLinesPerDay * 14;
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
            core::Transaction tx(m_db);
            if (!tx)
                return tx.error();
            // The month's change log written after its rows, parents first.
            // The negative stock check steps aside meanwhile: the generator
            // follows each lot's quantity itself and never goes below zero.
            auto log = core::DeferredChangeLog::begin(m_db,
                { QStringLiteral("stock_receipt"), QStringLiteral("stock_lot"), QStringLiteral("stock_movement") });
            if (!log)
                return log.error();
            const QDate last = std::min(to, month.addMonths(1).addDays(-1));
            for (QDate day = std::max(from, month); day <= last; day = day.addDays(1)) {
                if (day.dayOfWeek() > 5)
                    continue;
                m_secondOfDay = 8 * 3600;
                if (auto s = receiveDay(day, receiptLinesPerDay); !s)
                    return s;
                if (auto s = issueDay(day, issuesPerDay); !s)
                    return s;
                if (day.dayOfWeek() == 5)
                    if (auto s = writeOffExpired(day); !s)
                        return s;
                if (day.day() <= 7 && day.dayOfWeek() == 3)
                    if (auto s = transferToPole(day); !s)
                        return s;
            }
            if (last == to)
                if (auto s = emptyShelves(to); !s)
                    return s;
            if (auto s = log->finish(); !s)
                return s;
            if (auto s = tx.commit(); !s)
                return s;
            m_context.progress(QStringLiteral("stock: %1").arg(month.toString(QStringLiteral("yyyy-MM"))));
        }
        return {};
    }

private:
    Status prepareStatements()
    {
        // Straight on SQLite's statements: QSqlQuery's binding costs more
        // than the insert itself, a million times over five years.
        m_statements.emplace(m_db);
        m_receipt = QStringLiteral("INSERT INTO stock_receipt(id, number, donor_id, received_on, document_ref, notes, "
                                   "created_at, operator) VALUES (?, ?, ?, ?, ?, '', ?, ?)");
        m_lot = QStringLiteral("INSERT INTO stock_lot(id, item_id, lot_code, expiry_on, received_on, origin, donor_id, "
                               "receipt_id) VALUES (?, ?, ?, ?, ?, 'receipt', ?, ?)");
        m_movement = QStringLiteral(
            "INSERT INTO stock_movement(id, moved_on, kind, item_id, category_id, lot_id, location_id, donor_id, quantity, grams, "
            "operation_id, reason, ref_type, ref_id, ref_line, reverses_id, created_at, operator) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)");
        return {};
    }

    Status insert(const QString &sql, const QVariantList &values)
    {
        QSqlError error;
        if (!m_statements->exec(sql, values, &error))
            return core::Error(QStringLiteral("db.query"), { error.text(), sql });
        return {};
    }

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

    qint64 stamp(const QDate &day)
    {
        m_secondOfDay += 1 + int(m_context.random.bounded(40));
        return QDateTime(day, QTime(0, 0).addSecs(std::min(m_secondOfDay, 86399))).toMSecsSinceEpoch();
    }

    QString operatorName() { return demoOperators().at(int(m_context.random.bounded(int(demoOperators().size())))); }

    Status movement(const QDate &day, const char *kind, int itemIndex, const SimLot &lot, qint64 location, qint64 quantity,
                    qint64 operation, const QString &reason, const QString &refType = {}, qint64 refId = 0, qint64 refLine = 0)
    {
        auto id = nextId();
        if (!id)
            return id.error();
        const SimItem &item = m_items.at(itemIndex);
        const QVariantList values{ *id, core::toSqlDate(day), QLatin1String(kind), item.id, item.categoryId, lot.id, location,
                                   lot.donorId ? QVariant(lot.donorId) : QVariant(), quantity,
                                   item.unit == Unit::Grams ? quantity : quantity * item.gramsPerPiece, operation, reason, refType,
                                   refType.isEmpty() ? QVariant() : QVariant(refId), refType.isEmpty() ? QVariant() : QVariant(refLine),
                                   stamp(day), m_operator };
        return insert(m_movement, values);
    }

    Status receiveDay(const QDate &day, int lines)
    {
        int line = 0;
        while (line < lines) {
            // One donor, one receipt of up to four lines of what it gives.
            const int first = int(m_context.random.bounded(int(m_items.size())));
            const qint64 donor = m_items.at(first).donors.at(int(m_context.random.bounded(int(m_items.at(first).donors.size()))));
            auto receiptId = nextId();
            if (!receiptId)
                return receiptId.error();
            auto operation = nextId();
            if (!operation)
                return operation.error();
            m_operator = operatorName();
            const QString number = QStringLiteral("%1/S%2").arg(day.year()).arg(++m_receiptNumber, 6, 10, QLatin1Char('0'));
            const QVariantList header{ *receiptId, number, donor, core::toSqlDate(day),
                                       QStringLiteral("DDT %1").arg(1 + m_context.random.bounded(9000)), stamp(day), m_operator };
            if (auto s = insert(m_receipt, header); !s)
                return s;
            const int count = 1 + int(m_context.random.bounded(4));
            for (int k = 0; k < count && line < lines; ++k, ++line) {
                int index = k == 0 ? first : int(m_context.random.bounded(int(m_items.size())));
                if (!m_items.at(index).donors.contains(donor))
                    index = first;
                const SimItem &item = m_items.at(index);
                SimLot lot;
                auto lotId = nextId();
                if (!lotId)
                    return lotId.error();
                lot.id = *lotId;
                lot.item = index;
                lot.received = day;
                lot.donorId = donor;
                lot.quantity = std::max<qint64>(1, item.lotSize / 2 + qint64(m_context.random.bounded(quint64(item.lotSize))));
                if (item.unit == Unit::Grams)
                    lot.quantity = lot.quantity / 1000 * 1000 + 1000;
                if (item.shelfMax > 0)
                    lot.expiry = day.addDays(item.shelfMin + int(m_context.random.bounded(item.shelfMax - item.shelfMin + 1)));
                const QVariantList values{ lot.id, item.id, QStringLiteral("L%1%2").arg(day.year() % 100, 2, 10, QLatin1Char('0'))
                                                                .arg(day.dayOfYear() * 10 + k, 4, 10, QLatin1Char('0')),
                                           lot.expiry.isValid() ? QVariant(core::toSqlDate(lot.expiry)) : QVariant(), core::toSqlDate(day),
                                           donor, *receiptId };
                if (auto s = insert(m_lot, values); !s)
                    return s;
                if (auto s = movement(day, "receipt", index, lot, m_warehouse, lot.quantity, *operation, QString(),
                                      QStringLiteral("receipt"), *receiptId, k + 1);
                    !s)
                    return s;
                insertFefo(lot);
            }
        }
        return {};
    }

    void insertFefo(const SimLot &lot)
    {
        QList<SimLot> &lots = m_lots[lot.item];
        auto before = [](const SimLot &a, const SimLot &b) {
            if (a.expiry.isValid() != b.expiry.isValid())
                return a.expiry.isValid();
            if (a.expiry != b.expiry)
                return a.expiry < b.expiry;
            return a.id < b.id;
        };
        lots.insert(std::upper_bound(lots.begin(), lots.end(), lot, before) - lots.begin(), lot);
    }

    Status issueDay(const QDate &day, int requests)
    {
        int asked = 0;
        while (asked < requests) {
            // A delivery to a comune: a few items, FEFO, skipping expired lots.
            auto operation = nextId();
            if (!operation)
                return operation.error();
            m_operator = operatorName();
            const QString reason = QStringLiteral("Consegna al COC di %1").arg(m_comuni.at(int(m_context.random.bounded(int(m_comuni.size())))));
            const int lines = 3 + int(m_context.random.bounded(6));
            for (int l = 0; l < lines && asked < requests; ++l, ++asked) {
                const int index = int(m_context.random.bounded(int(m_items.size())));
                qint64 wanted = std::max<qint64>(1, m_items.at(index).lotSize / 25 + qint64(m_context.random.bounded(quint64(m_items.at(index).lotSize / 25 + 1))));
                if (m_items.at(index).unit == Unit::Grams)
                    wanted = std::max<qint64>(1000, wanted / 1000 * 1000);
                QList<SimLot> &lots = m_lots[index];
                for (int i = 0; i < lots.size() && wanted > 0;) {
                    SimLot &lot = lots[i];
                    if (lot.received > day || (lot.expiry.isValid() && lot.expiry < day)) {
                        ++i;
                        continue;
                    }
                    const qint64 take = std::min(wanted, lot.quantity);
                    if (auto s = movement(day, "issue", index, lot, m_warehouse, -take, *operation, reason); !s)
                        return s;
                    lot.quantity -= take;
                    wanted -= take;
                    if (lot.quantity == 0)
                        lots.removeAt(i);
                    else
                        ++i;
                }
            }
        }
        return {};
    }

    Status writeOffExpired(const QDate &day)
    {
        for (int index = 0; index < m_lots.size(); ++index) {
            QList<SimLot> &lots = m_lots[index];
            for (int i = 0; i < lots.size();) {
                if (lots.at(i).expiry.isValid() && lots.at(i).expiry < day) {
                    auto operation = nextId();
                    if (!operation)
                        return operation.error();
                    m_operator = operatorName();
                    if (auto s = movement(day, "write_off", index, lots.at(i), m_warehouse, -lots.at(i).quantity, *operation,
                                          QStringLiteral("Scaduto il %1").arg(lots.at(i).expiry.toString(QStringLiteral("dd/MM/yyyy"))));
                        !s)
                        return s;
                    lots.removeAt(i);
                } else {
                    ++i;
                }
            }
        }
        return {};
    }

    // A pole borrows some goods for an exercise and gives them back a week later.
    Status transferToPole(const QDate &day)
    {
        if (m_poles.isEmpty())
            return {};
        const int index = int(m_context.random.bounded(int(m_items.size())));
        QList<SimLot> &lots = m_lots[index];
        if (lots.isEmpty())
            return {};
        const SimLot &lot = lots.constLast();
        if (lot.received > day)
            return {};
        const qint64 pole = m_poles.at(int(m_context.random.bounded(int(m_poles.size()))));
        const qint64 quantity = std::max<qint64>(1, lot.quantity / 4);
        for (const QDate &d : { day, day.addDays(7) }) {
            auto operation = nextId();
            if (!operation)
                return operation.error();
            m_operator = operatorName();
            const bool out = d == day;
            const QString reason = out ? QStringLiteral("Dotazione per esercitazione") : QStringLiteral("Rientro da esercitazione");
            if (auto s = movement(d, "transfer", index, lot, out ? m_warehouse : pole, -quantity, *operation, reason); !s)
                return s;
            if (auto s = movement(d, "transfer", index, lot, out ? pole : m_warehouse, quantity, *operation, reason); !s)
                return s;
        }
        return {};
    }

    Status emptyShelves(const QDate &day)
    {
        if (auto s = writeOffExpired(day); !s)
            return s;
        auto operation = nextId();
        if (!operation)
            return operation.error();
        m_operator = operatorName();
        for (int index = 0; index < m_lots.size(); ++index) {
            for (const SimLot &lot : m_lots.at(index))
                if (lot.received <= day)
                    if (auto s = movement(day, "issue", index, lot, m_warehouse, -lot.quantity, *operation,
                                          QStringLiteral("Consegna straordinaria ai COC"));
                        !s)
                        return s;
            m_lots[index].clear();
        }
        return {};
    }

    core::DemoContext &m_context;
    QSqlDatabase m_db;
    QList<SimItem> m_items;
    QList<QList<SimLot>> m_lots; // per item, FEFO order
    QStringList m_comuni;
    QList<qint64> m_poles;
    qint64 m_warehouse = 0;
    std::optional<core::sync::StatementCache> m_statements;
    QString m_receipt, m_lot, m_movement; // their statements

    qint64 m_nextId = 0;
    qint64 m_idsLeft = 0;
    int m_receiptNumber = 0;
    int m_secondOfDay = 0;
    QString m_operator;
};

} // namespace

Status generateActivity(core::DemoContext &context, const QDate &from, const QDate &to, int years)
{
    if (from >= to)
        return {};
    // ~100,000 rows a year that nothing reads back until the end: the
    // tables' plain indexes are built once afterwards.
    auto indexes = core::DeferredIndexes::drop(context.db,
        { QStringLiteral("stock_movement"), QStringLiteral("stock_lot"), QStringLiteral("stock_receipt") });
    if (!indexes)
        return indexes.error();
    {
        ActivityGenerator generator(context);
        if (auto s = generator.prepare(); !s)
            return s;
        if (auto s = generator.run(from, to, years); !s)
            return s;
    }
    return indexes->restore();
}

} // namespace stock
