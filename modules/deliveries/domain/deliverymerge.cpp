#include "deliveries/domain/deliverymerge.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/sync/syncfile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace deliveries {

using core::Result;
using core::Status;
using core::sync::Reconciled;
using core::sync::ReviewFlag;

namespace {

struct Event {
    qint64 id = 0;
    QString kind;
    qint64 at = 0;
    QString note;
    QString operatorName;
    core::sync::RowVersion version() const { return { at, core::workstationOfRowId(id) }; }
};

struct Lot {
    qint64 id = 0;
    qint64 lineId = 0;
    bool isReturn = false;
    qint64 movementId = 0;
    QString movedOn;
};

struct Row {
    QString status;
    QString origin;
    QVariant issuedOn, deliveredAt, returnedOn;
    QString signedBy, statusReason;
    qint64 requestId = 0;
};

// The state columns of a delivery as its ledgers say.
struct Derived {
    QString status;
    QVariant issuedOn, deliveredAt, returnedOn;
    QString signedBy, statusReason;
};

Result<QSet<qint64>> parentsOf(const QSqlDatabase &db, const QString &table, const QSet<qint64> &ids)
{
    QSet<qint64> parents;
    for (qint64 id : ids) {
        auto v = core::queryValue(db, QStringLiteral("SELECT delivery_id FROM %1 WHERE id = ?").arg(table), { id });
        if (!v)
            return v.error();
        if (v->isValid())
            parents.insert(v->toLongLong());
    }
    return parents;
}

bool earlier(const Event &a, const Event &b)
{
    return a.at != b.at ? a.at < b.at : a.id < b.id;
}

QString dateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
}

// The first event of these kinds, by time then id.
std::optional<Event> first(const QList<Event> &events, std::initializer_list<const char *> kinds)
{
    std::optional<Event> found;
    for (const Event &e : events)
        for (const char *k : kinds)
            if (e.kind == QLatin1String(k) && (!found || earlier(e, *found)))
                found = e;
    return found;
}

// Writes the reversal of a movement counted twice (a return's goods back,
// or a second load's goods out), unless it is there. `rule` keys its id.
Result<bool> reverseMovement(const QSqlDatabase &db, qint64 movementId, const QString &rule, const QString &kind)
{
    const qint64 id = core::keyedRowId(QStringLiteral("stock_movement"), { rule, movementId });
    auto known = core::queryValue(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM stock_movement WHERE id = ? OR reverses_id = ?)"),
        { id, movementId });
    if (!known)
        return known.error();
    if (known->toInt() != 0)
        return false;
    // Everything from the movement it reverses: the same row on every workstation.
    auto q = core::runQuery(db,
        QStringLiteral("INSERT INTO stock_movement(id, moved_on, kind, item_id, category_id, lot_id, location_id, "
                       "donor_id, quantity, grams, operation_id, reason, ref_type, ref_id, ref_line, reverses_id, "
                       "created_at, operator) "
                       "SELECT ?, moved_on, kind, item_id, category_id, lot_id, location_id, donor_id, -quantity, "
                       "-grams, ?, reason, ref_type, ref_id, ref_line, id, created_at, operator "
                       "FROM stock_movement WHERE id = ? AND kind = ? AND reverses_id IS NULL"),
        { id, id, movementId, kind });
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<Reconciled> reconcileOne(const QSqlDatabase &db, qint64 deliveryId, QSet<qint64> *requests)
{
    Reconciled done;
    auto r = core::runQuery(db,
        QStringLiteral("SELECT status, origin, issued_on, delivered_at, returned_on, signed_by, status_reason, "
                       "coalesce(request_id, 0) FROM delivery WHERE id = ?"),
        { deliveryId });
    if (!r)
        return r.error();
    if (!r->next())
        return done; // not here yet (waiting for its parent)
    Row row;
    row.status = r->value(0).toString();
    row.origin = r->value(1).toString();
    row.issuedOn = r->value(2);
    row.deliveredAt = r->value(3);
    row.returnedOn = r->value(4);
    row.signedBy = r->value(5).toString();
    row.statusReason = r->value(6).toString();
    row.requestId = r->value(7).toLongLong();
    if (row.requestId)
        requests->insert(row.requestId);
    if (row.origin == QLatin1String("import") || row.origin == QLatin1String("history"))
        return done; // recorded from the past: one event, never changed

    QList<Event> events;
    auto e = core::runQuery(db,
        QStringLiteral("SELECT id, event, happened_at, note, operator FROM delivery_event WHERE delivery_id = ? "
                       "ORDER BY happened_at, id"),
        { deliveryId });
    if (!e)
        return e.error();
    while (e->next())
        events.append({ e->value(0).toLongLong(), e->value(1).toString(), e->value(2).toLongLong(),
            e->value(3).toString(), e->value(4).toString() });
    QList<Lot> lots;
    auto l = core::runQuery(db,
        QStringLiteral("SELECT x.id, x.line_id, x.kind = 'return', x.movement_id, m.moved_on FROM delivery_line_lot x "
                       "JOIN stock_movement m ON m.id = x.movement_id WHERE x.delivery_id = ? ORDER BY x.id"),
        { deliveryId });
    if (!l)
        return l.error();
    while (l->next())
        lots.append({ l->value(0).toLongLong(), l->value(1).toLongLong(), l->value(2).toBool(), l->value(3).toLongLong(),
            l->value(4).toString() });

    QList<Event> loads;
    for (const Event &ev : events)
        if (ev.kind == QLatin1String("loaded"))
            loads.append(ev);
    std::sort(loads.begin(), loads.end(), earlier);
    // Loaded on two workstations apart: the earliest load counts (its
    // workstation's lots are the goods that left), the other's goods go
    // back into the stock by a reversing movement.
    const bool doubleLoad = loads.size() > 1;
    const int keptLoadStation = loads.isEmpty() ? 0 : core::workstationOfRowId(loads.first().id);
    auto counted = [&](const Lot &lot) {
        return !doubleLoad || core::workstationOfRowId(lot.id) == keptLoadStation;
    };
    const auto loaded = first(events, { "loaded" });
    const auto delivered = first(events, { "delivered" });
    const auto cancelled = first(events, { "cancelled" });
    QList<Event> returns;
    for (const Event &ev : events)
        if (ev.kind == QLatin1String("returned"))
            returns.append(ev);
    std::sort(returns.begin(), returns.end(), earlier);
    bool issued = loaded.has_value();
    QString issuedOn;
    for (const Lot &lot : lots)
        if (!lot.isReturn && counted(lot)) {
            issued = true;
            if (issuedOn.isEmpty() || lot.movedOn < issuedOn)
                issuedOn = lot.movedOn;
        }
    if (issuedOn.isEmpty() && loaded)
        issuedOn = dateOf(loaded->at);

    // The return that counts: the earliest; its workstation's lots are its goods.
    const bool doubleReturn = returns.size() > 1;
    const bool cancelledAfterIssue = cancelled && issued;
    Derived d;
    if (!returns.isEmpty() && issued) {
        d.status = QStringLiteral("returned");
        const Event &kept = returns.first();
        QString on;
        for (const Lot &lot : lots)
            if (lot.isReturn && core::workstationOfRowId(lot.id) == core::workstationOfRowId(kept.id)
                && (on.isEmpty() || lot.movedOn < on))
                on = lot.movedOn;
        d.returnedOn = on.isEmpty() ? dateOf(kept.at) : on;
        d.statusReason = kept.note;
    } else if (delivered) {
        d.status = QStringLiteral("delivered");
    } else if (issued) {
        d.status = QStringLiteral("loaded");
    } else if (cancelled) {
        d.status = QStringLiteral("cancelled");
        d.statusReason = cancelled->note;
    } else {
        d.status = QStringLiteral("planned");
    }
    if (d.status != QLatin1String("planned") && d.status != QLatin1String("cancelled"))
        d.issuedOn = issuedOn.isEmpty() ? QVariant() : QVariant(issuedOn);
    if (delivered && d.status != QLatin1String("loaded")) {
        d.deliveredAt = delivered->at;
        d.signedBy = delivered->note;
    }
    if (d.status == QLatin1String("returned") && d.statusReason.isEmpty())
        d.statusReason = QStringLiteral("-"); // a return always has its reason (CHECK)

    // Left as merged when it agrees and nothing impossible happened.
    const bool impossible = doubleReturn || cancelledAfterIssue || doubleLoad;
    if (d.status != row.status || impossible) {
        const bool differs = d.status != row.status || d.issuedOn != row.issuedOn || d.deliveredAt != row.deliveredAt
            || d.returnedOn != row.returnedOn || d.signedBy != row.signedBy || d.statusReason != row.statusReason;
        if (differs) {
            auto u = core::runQuery(db,
                QStringLiteral("UPDATE delivery SET status = ?, issued_on = ?, delivered_at = ?, signed_by = ?, "
                               "returned_on = ?, status_reason = ? WHERE id = ?"),
                { d.status, d.issuedOn, d.deliveredAt, d.signedBy, d.returnedOn, d.statusReason, deliveryId });
            if (!u)
                return u.error();
            done.changedTables.append(QStringLiteral("delivery"));
        }
    }

    if (cancelledAfterIssue) {
        const Event &stands = delivered ? *delivered : (loaded ? *loaded : *cancelled);
        ReviewFlag flag;
        flag.rule = QStringLiteral("deliveries.delivered_wins");
        flag.table = QStringLiteral("delivery");
        flag.rowId = deliveryId;
        flag.kept = stands.version();
        flag.keptOperator = stands.operatorName;
        flag.discarded = cancelled->version();
        flag.discardedOperator = cancelled->operatorName;
        flag.differences.insert(QStringLiteral("status"), QVariantList { d.status, QStringLiteral("cancelled") });
        flag.differences.insert(QStringLiteral("status_reason"), QVariantList { d.statusReason, cancelled->note });
        auto written = core::sync::flagForReview(db, flag);
        if (!written)
            return written.error();
        done.flagged += *written ? 1 : 0;
    }
    if (doubleLoad) {
        const Event &kept = loads.first();
        bool reversed = false;
        for (const Lot &lot : lots) {
            if (lot.isReturn || counted(lot))
                continue;
            auto written = reverseMovement(db, lot.movementId, QStringLiteral("load_counted_once"), QStringLiteral("issue"));
            if (!written)
                return written.error();
            reversed = reversed || *written;
        }
        // Returned where the load that does not count was made: that return
        // brought back goods already back by the reversal above (into that
        // workstation's lots), while the goods that left (the counted
        // load's) never came back. Goods back never exceed goods out, per
        // lot: the return goes out again and the counted load's goods come
        // back into the lots they left. The same rows whatever the order
        // the operations arrive in.
        const int returnStation = returns.isEmpty() ? 0 : core::workstationOfRowId(returns.first().id);
        if (d.status == QLatin1String("returned") && returnStation != keptLoadStation) {
            for (const Lot &lot : lots) {
                const bool returnedThere = lot.isReturn && core::workstationOfRowId(lot.id) == returnStation;
                const bool countedOut = !lot.isReturn && counted(lot);
                if (!returnedThere && !countedOut)
                    continue;
                auto written = returnedThere
                    ? reverseMovement(db, lot.movementId, QStringLiteral("load_returned_once"), QStringLiteral("return"))
                    : reverseMovement(db, lot.movementId, QStringLiteral("load_returned_once"), QStringLiteral("issue"));
                if (!written)
                    return written.error();
                reversed = reversed || *written;
            }
        }
        if (reversed)
            done.changedTables += { QStringLiteral("stock_movement"), QStringLiteral("stock_balance") };
        for (int i = 1; i < loads.size(); ++i) {
            ReviewFlag flag;
            flag.rule = QStringLiteral("deliveries.load_counted_once");
            flag.table = QStringLiteral("delivery");
            flag.rowId = deliveryId;
            flag.kept = kept.version();
            flag.keptOperator = kept.operatorName;
            flag.discarded = loads.at(i).version();
            flag.discardedOperator = loads.at(i).operatorName;
            flag.differences.insert(QStringLiteral("issued_on"),
                QVariantList { dateOf(kept.at), dateOf(loads.at(i).at) });
            auto written = core::sync::flagForReview(db, flag);
            if (!written)
                return written.error();
            done.flagged += *written ? 1 : 0;
        }
    }
    if (doubleReturn && issued) {
        const Event &kept = returns.first();
        const int keptStation = core::workstationOfRowId(kept.id);
        bool reversed = false;
        for (const Lot &lot : lots) {
            if (!lot.isReturn || core::workstationOfRowId(lot.id) == keptStation)
                continue;
            auto written = reverseMovement(db, lot.movementId, QStringLiteral("return_counted_once"), QStringLiteral("return"));
            if (!written)
                return written.error();
            reversed = reversed || *written;
        }
        if (reversed)
            done.changedTables += { QStringLiteral("stock_movement"), QStringLiteral("stock_balance") };
        for (int i = 1; i < returns.size(); ++i) {
            ReviewFlag flag;
            flag.rule = QStringLiteral("deliveries.return_counted_once");
            flag.table = QStringLiteral("delivery");
            flag.rowId = deliveryId;
            flag.kept = kept.version();
            flag.keptOperator = kept.operatorName;
            flag.discarded = returns.at(i).version();
            flag.discardedOperator = returns.at(i).operatorName;
            flag.differences.insert(QStringLiteral("status_reason"), QVariantList { kept.note, returns.at(i).note });
            auto written = core::sync::flagForReview(db, flag);
            if (!written)
                return written.error();
            done.flagged += *written ? 1 : 0;
        }
    }
    return done;
}

// A request follows its deliveries (RequestStatusWriter::followDeliveries),
// and a cancellation that met goods loaded or delivered elsewhere gives way.
Result<Reconciled> reconcileRequest(const QSqlDatabase &db, qint64 requestId)
{
    Reconciled done;
    auto q = core::runQuery(db,
        QStringLiteral("SELECT r.status, r.cancel_reason, (SELECT count(*) FROM delivery WHERE request_id = r.id AND "
                       "status IN ('planned', 'loaded')), "
                       "(SELECT count(*) FROM delivery WHERE request_id = r.id AND status = 'delivered'), "
                       "(SELECT count(*) FROM delivery WHERE request_id = r.id AND status IN ('loaded', 'delivered')) "
                       "FROM delivery_request r WHERE r.id = ?"),
        { requestId });
    if (!q)
        return q.error();
    if (!q->next())
        return done;
    const QString current = q->value(0).toString();
    const QString reason = q->value(1).toString();
    const int open = q->value(2).toInt(), deliveredCount = q->value(3).toInt(), left = q->value(4).toInt();
    if (current == QLatin1String("received"))
        return done;
    const bool cancelledWithGoods = current == QLatin1String("cancelled") && left > 0;
    if (current == QLatin1String("cancelled") && !cancelledWithGoods)
        return done;
    const QString next = open > 0 ? QStringLiteral("scheduled")
        : deliveredCount > 0      ? QStringLiteral("delivered")
                                  : QStringLiteral("allocated");
    if (next != current) {
        auto u = core::runQuery(db, QStringLiteral("UPDATE delivery_request SET status = ?, cancel_reason = '' WHERE id = ?"),
            { next, requestId });
        if (!u)
            return u.error();
        done.changedTables.append(QStringLiteral("delivery_request"));
    }
    if (!cancelledWithGoods && left > 0) {
        // Cancelled elsewhere while "delivered" (or loaded) was the later
        // write of the request: the field merge kept it and logged the
        // cancellation as an ordinary conflict. The rule's flag names it,
        // keyed by the two versions that conflict names (the same wherever
        // it was found).
        auto c = core::runQuery(db,
            QStringLiteral("SELECT kept_at, kept_workstation, kept_operator, discarded_at, discarded_workstation, "
                           "discarded_operator, differences FROM merge_conflict WHERE table_name = 'delivery_request' "
                           "AND row_id = ? AND kind = 'update' AND conflict_key NOT LIKE 'rule:%' ORDER BY id"),
            { requestId });
        if (!c)
            return c.error();
        while (c->next()) {
            const QJsonObject differences = QJsonDocument::fromJson(c->value(6).toString().toUtf8()).object();
            const QJsonArray status = differences.value(QStringLiteral("status")).toArray();
            if (status.size() != 2
                || core::sync::decodeSqlValue(status.at(1)).toString() != QLatin1String("cancelled"))
                continue;
            const QJsonArray reasons = differences.value(QStringLiteral("cancel_reason")).toArray();
            ReviewFlag flag;
            flag.rule = QStringLiteral("deliveries.request_delivered_wins");
            flag.table = QStringLiteral("delivery_request");
            flag.rowId = requestId;
            flag.kept = { c->value(0).toLongLong(), c->value(1).toInt() };
            flag.keptOperator = c->value(2).toString();
            flag.discarded = { c->value(3).toLongLong(), c->value(4).toInt() };
            flag.discardedOperator = c->value(5).toString();
            flag.differences.insert(QStringLiteral("status"), QVariantList { current, QStringLiteral("cancelled") });
            flag.differences.insert(QStringLiteral("cancel_reason"),
                QVariantList { QString(),
                    reasons.size() == 2 ? core::sync::decodeSqlValue(reasons.at(1)).toString() : QString() });
            auto written = core::sync::flagForReview(db, flag);
            if (!written)
                return written.error();
            done.flagged += *written ? 1 : 0;
        }
        c->finish();
    }
    if (cancelledWithGoods) {
        ReviewFlag flag;
        flag.rule = QStringLiteral("deliveries.request_delivered_wins");
        flag.table = QStringLiteral("delivery_request");
        flag.rowId = requestId;
        flag.differences.insert(QStringLiteral("status"), QVariantList { next, current });
        flag.differences.insert(QStringLiteral("cancel_reason"), QVariantList { QString(), reason });
        auto written = core::sync::flagForReview(db, flag);
        if (!written)
            return written.error();
        done.flagged += *written ? 1 : 0;
    }
    return done;
}

void merge(Reconciled &into, const Reconciled &from)
{
    for (const QString &t : from.changedTables)
        if (!into.changedTables.contains(t))
            into.changedTables.append(t);
    into.flagged += from.flagged;
}

} // namespace

Result<Reconciled> DeliveryMerge::reconcile(const QSqlDatabase &db, const core::sync::ImportedRows &rows)
{
    if (!rows.touches(QStringLiteral("delivery")) && !rows.touches(QStringLiteral("delivery_event"))
        && !rows.touches(QStringLiteral("delivery_line_lot")) && !rows.touches(QStringLiteral("delivery_request")))
        return Reconciled {};
    QSet<qint64> deliveries = rows.ids(QStringLiteral("delivery"));
    for (const QString &table : { QStringLiteral("delivery_event"), QStringLiteral("delivery_line_lot") }) {
        auto parents = parentsOf(db, table, rows.ids(table));
        if (!parents)
            return parents.error();
        deliveries.unite(*parents);
    }
    return reconcileDeliveries(db, deliveries, rows.ids(QStringLiteral("delivery_request")));
}

Result<Reconciled> DeliveryMerge::reconcileDeliveries(
    const QSqlDatabase &db, const QSet<qint64> &deliveryIds, const QSet<qint64> &requestIds)
{
    Reconciled done;
    QSet<qint64> requests = requestIds;
    QList<qint64> ordered(deliveryIds.cbegin(), deliveryIds.cend());
    std::sort(ordered.begin(), ordered.end());
    for (qint64 id : ordered) {
        auto one = reconcileOne(db, id, &requests);
        if (!one)
            return one.error();
        merge(done, *one);
    }
    QList<qint64> orderedRequests(requests.cbegin(), requests.cend());
    std::sort(orderedRequests.begin(), orderedRequests.end());
    for (qint64 id : orderedRequests) {
        auto one = reconcileRequest(db, id);
        if (!one)
            return one.error();
        merge(done, *one);
    }
    return done;
}

} // namespace deliveries
