#pragma once

#include "core/domain/result.h"
#include "core/sync/postimport.h"

#include <QSqlDatabase>

namespace deliveries {

// A delivery's and a request's state after a merge, derived from the
// ledgers (delivery_event, delivery_line_lot and their stock movements)
// with the transitions one workstation allows (DeliveryService):
//
//   planned -> loaded -> delivered -> returned, planned -> cancelled
//
// The status column is a copy of what the events say. Its columns merge as
// one (status, issued_on, delivered_at, signed_by, returned_on,
// status_reason: TableRegistry::declareMergedTogether), so a merge never
// makes half of one state and half of another. Merged by
// last-writer-wins it could say what no workstation allowed; after each
// sync file the reconciler puts it back, on every workstation alike:
// - returned when a return was recorded, else delivered when it was
//   signed for (or recorded from the past), else loaded when goods were
//   issued, else cancelled when it was called off, else planned;
// - "delivered wins": goods issued on one workstation and the delivery
//   cancelled on another stays loaded/delivered (the goods left), the
//   cancellation is set aside and flagged (deliveries.delivered_wins);
// - "a return counts once per delivery line": returned on two
//   workstations, the earliest return (time, then id) counts; the goods
//   of the other come back out of the stock by a reversing movement
//   (kind return, negative, reverses_id = the return's movement, id
//   keyed on it so every workstation writes the same row), and the case
//   is flagged (deliveries.return_counted_once);
// - "a load counts once per delivery": loaded on two workstations apart
//   (the goods issued twice), the earliest load (time, then id) counts;
//   the goods of the other go back into the stock by a reversing movement
//   (kind issue, positive, reverses_id = the issue movement, id keyed on
//   it), left out of the delivery's lots (DeliveryRepository), and the case
//   is flagged (deliveries.load_counted_once);
// - a request cancelled on one workstation while its goods were loaded
//   or delivered on another follows its deliveries (as
//   RequestStatusWriter::followDeliveries), flagged
//   (deliveries.request_delivered_wins).
// When the status already agrees and nothing impossible happened, the row
// is left as the merge made it. Columns rewritten come only from the
// ledgers, never from the clock, so the workstations agree.
class DeliveryMerge {
public:
    // The reconciler registered with core::sync::PostImport.
    static core::Result<core::sync::Reconciled> reconcile(const QSqlDatabase &db, const core::sync::ImportedRows &rows);
    // Reconciles these deliveries (and their requests) now.
    static core::Result<core::sync::Reconciled> reconcileDeliveries(
        const QSqlDatabase &db, const QSet<qint64> &deliveryIds, const QSet<qint64> &requestIds = {});
};

} // namespace deliveries
