#include "stock/domain/receiptservice.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/numberfloor.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "stock/domain/stockledger.h"
#include "stock/domain/stockservice.h"

namespace stock {

using core::Error;
using core::Result;

ReceiptService::ReceiptService(const QSqlDatabase &db, const core::Clock &clock) : m_db(db), m_clock(clock) { }

Result<QString> ReceiptService::nextNumber(int year)
{
    const int workstation = core::sessionWorkstation(m_db);
    const QString prefix = workstation == 1 ? QStringLiteral("%1/").arg(year) : QStringLiteral("%1/%2-").arg(year).arg(workstation);
    auto v = core::queryValue(m_db, QStringLiteral(
        "SELECT coalesce(max(CAST(substr(number, ?) AS INTEGER)), 0) FROM stock_receipt WHERE number LIKE ? || '%' "
        "AND substr(number, ?) NOT GLOB '*[^0-9]*'"),
        { prefix.size() + 1, prefix, prefix.size() + 1 });
    if (!v)
        return v.error();
    // Past the numbers already handed out before a restore (numberfloor.h).
    const qint64 last = std::max(v->toLongLong(), core::numberFloor(m_db, QStringLiteral("stock_receipt"), prefix));
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Result<QList<ReceiptProblem>> ReceiptService::validate(const ReceiptDraft &draft, ExpiredOnArrival expired)
{
    QList<ReceiptProblem> problems;
    auto donor = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM stock_donor WHERE id = ?"), { draft.donorId });
    if (!donor)
        return donor.error();
    if (donor->toInt() == 0)
        problems.append({ 0, Error(QStringLiteral("stock.unknown_donor"), { QString::number(draft.donorId) }) });
    if (!draft.date.isValid())
        problems.append({ 0, Error(QStringLiteral("stock.bad_date")) });
    else if (draft.date > m_clock.today())
        problems.append({ 0, Error(QStringLiteral("stock.future_date"), { core::toSqlDate(draft.date) }) });
    if (draft.lines.isEmpty())
        problems.append({ 0, Error(QStringLiteral("stock.no_lines")) });
    StockLedger ledger(m_db, m_clock);
    for (int i = 0; i < draft.lines.size(); ++i) {
        const ReceiptLine &line = draft.lines.at(i);
        auto item = ledger.item(line.itemId);
        if (!item) {
            problems.append({ i + 1, item.error() });
            continue;
        }
        if (!item->active)
            problems.append({ i + 1, Error(QStringLiteral("stock.inactive_item"), { item->name }) });
        if (line.quantity <= 0)
            problems.append({ i + 1, Error(QStringLiteral("stock.bad_quantity"), { QString::number(line.quantity) }) });
        if (item->tracksExpiry && !line.expiry.isValid())
            problems.append({ i + 1, Error(QStringLiteral("stock.expiry_required"), { item->name }) });
        if (expired == ExpiredOnArrival::Refuse && line.expiry.isValid() && draft.date.isValid() && line.expiry < draft.date)
            problems.append({ i + 1, Error(QStringLiteral("stock.expired_on_arrival"),
                                           { item->name, core::toSqlDate(line.expiry), core::toSqlDate(draft.date) }) });
        if (line.locationId) {
            auto location = core::runQuery(m_db, QStringLiteral("SELECT name, active FROM stock_location WHERE id = ?"), { line.locationId });
            if (!location)
                return location.error();
            if (!location->next())
                problems.append({ i + 1, Error(QStringLiteral("stock.unknown_location"), { QString::number(line.locationId) }) });
            else if (location->value(1).toInt() == 0)
                problems.append({ i + 1, Error(QStringLiteral("stock.inactive_location"), { location->value(0).toString() }) });
        }
    }
    return problems;
}

Result<RecordedReceipt> ReceiptService::record(const ReceiptDraft &draft, ExpiredOnArrival expired)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto problems = validate(draft, expired);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        Error first = problems->constFirst().error;
        if (problems->constFirst().line > 0)
            first.where.line = problems->constFirst().line;
        return first;
    }
    StockLedger ledger(m_db, m_clock);
    auto defaultLocation = ledger.defaultLocationId();
    if (!defaultLocation)
        return defaultLocation.error();
    auto number = nextNumber(draft.date.year());
    if (!number)
        return number.error();
    auto receiptId = core::allocateRowId(m_db);
    if (!receiptId)
        return receiptId.error();
    auto inserted = core::runQuery(m_db, QStringLiteral(
        "INSERT INTO stock_receipt(id, number, donor_id, received_on, document_ref, notes, created_at, operator) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { *receiptId, *number, draft.donorId, core::toSqlDate(draft.date), draft.documentRef.trimmed(), draft.notes.trimmed(),
          m_clock.nowMs(), core::sessionOperator(m_db) });
    if (!inserted)
        return inserted.error();
    auto operation = ledger.newOperationId();
    if (!operation)
        return operation.error();

    RecordedReceipt recorded;
    recorded.receiptId = *receiptId;
    recorded.number = *number;
    recorded.operationId = *operation;
    StockService service(m_db, m_clock);
    for (int i = 0; i < draft.lines.size(); ++i) {
        const ReceiptLine &line = draft.lines.at(i);
        auto lotId = core::allocateRowId(m_db);
        if (!lotId)
            return lotId.error();
        auto lot = core::runQuery(m_db, QStringLiteral(
            "INSERT INTO stock_lot(id, item_id, lot_code, expiry_on, received_on, origin, donor_id, receipt_id) "
            "VALUES (?, ?, ?, ?, ?, 'receipt', ?, ?)"),
            { *lotId, line.itemId, line.lotCode.trimmed(), line.expiry.isValid() ? QVariant(core::toSqlDate(line.expiry)) : QVariant(),
              core::toSqlDate(draft.date), draft.donorId, *receiptId });
        if (!lot)
            return lot.error();
        MovementDraft movement;
        movement.date = draft.date;
        movement.kind = MovementKind::Receipt;
        movement.itemId = line.itemId;
        movement.lotId = *lotId;
        movement.locationId = line.locationId ? line.locationId : *defaultLocation;
        movement.quantity = line.quantity;
        movement.operationId = *operation;
        movement.reference = { QStringLiteral("receipt"), *receiptId, i + 1 };
        if (auto id = ledger.append(movement); !id)
            return Error(id.error()).at(QString(), i + 1);
        recorded.lotIds.append(*lotId);
        if (line.expiry.isValid() && line.expiry < draft.date) {
            // Arrived already expired: it can only leave as a write-off.
            WriteOffRequest writeOff;
            writeOff.lotId = *lotId;
            writeOff.locationId = movement.locationId;
            writeOff.date = draft.date;
            writeOff.reason = tr("Expired on arrival (expiry %1)").arg(line.expiry.toString(QStringLiteral("dd/MM/yyyy")));
            writeOff.reference = movement.reference;
            if (auto w = service.writeOff(writeOff); !w)
                return w.error();
            ++recorded.writtenOff;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return recorded;
}

core::Status ReceiptService::cancel(qint64 receiptId, const QString &reason)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(m_db, QStringLiteral(
        "SELECT m.id FROM stock_movement m WHERE m.ref_type = 'receipt' AND m.ref_id = ? AND %1 ORDER BY m.quantity, m.id")
        .arg(StockLedger::notReversed(QStringLiteral("m"))),
        { receiptId });
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    if (ids.isEmpty())
        return Error(QStringLiteral("stock.already_reversed"), { QString::number(receiptId) });
    StockService service(m_db, m_clock);
    for (qint64 id : ids)
        if (auto r = service.reverseMovement(id, reason); !r)
            return r.error();
    return tx.commit();
}

} // namespace stock
