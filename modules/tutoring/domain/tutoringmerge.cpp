#include "tutoring/domain/tutoringmerge.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"

#include <algorithm>

namespace tutoring {

using core::Result;
using core::sync::Reconciled;

Result<Reconciled> TutoringMerge::reconcile(const QSqlDatabase &db, const core::sync::ImportedRows &rows)
{
    if (!rows.touches(QStringLiteral("tutoring_booking")))
        return Reconciled {};
    return flagDoubleBookings(db, rows.ids(QStringLiteral("tutoring_booking")));
}

Result<Reconciled> TutoringMerge::flagDoubleBookings(const QSqlDatabase &db, const QSet<qint64> &bookings)
{
    Reconciled done;
    QList<qint64> ordered(bookings.cbegin(), bookings.cend());
    std::sort(ordered.begin(), ordered.end());
    for (qint64 id : ordered) {
        // Other lessons of the pupil in the same hour, not cancelled.
        auto q = core::runQuery(db,
            QStringLiteral(
                "SELECT o.id, o.booked_at, o.booked_by, b.booked_at, b.booked_by, "
                "(SELECT family_name || ' ' || given_name FROM tutoring_assistant WHERE id = o.assistant_id), "
                "(SELECT family_name || ' ' || given_name FROM tutoring_assistant WHERE id = b.assistant_id) "
                "FROM tutoring_lesson b JOIN tutoring_lesson o ON o.pupil_id = b.pupil_id AND o.day = b.day "
                "AND o.start_hour = b.start_hour AND o.id <> b.id AND o.state <> 'cancelled' "
                "WHERE b.id = ? AND b.state <> 'cancelled'"),
            { id });
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 other = q->value(0).toLongLong();
            const qint64 otherAt = q->value(1).toLongLong(), thisAt = q->value(3).toLongLong();
            const bool thisLater = thisAt != otherAt ? thisAt > otherAt : id > other;
            core::sync::ReviewFlag flag;
            flag.rule = QStringLiteral("tutoring.double_booking");
            flag.table = QStringLiteral("tutoring_booking");
            flag.rowId = thisLater ? id : other;
            const qint64 keptId = thisLater ? other : id;
            flag.kept = { thisLater ? otherAt : thisAt, core::workstationOfRowId(keptId) };
            flag.keptOperator = (thisLater ? q->value(2) : q->value(4)).toString();
            flag.discarded = { thisLater ? thisAt : otherAt, core::workstationOfRowId(flag.rowId) };
            flag.discardedOperator = (thisLater ? q->value(4) : q->value(2)).toString();
            flag.differences.insert(QStringLiteral("assistant"),
                QVariantList { thisLater ? q->value(5) : q->value(6), thisLater ? q->value(6) : q->value(5) });
            auto written = core::sync::flagForReview(db, flag);
            if (!written)
                return written.error();
            done.flagged += *written ? 1 : 0;
        }
    }
    return done;
}

} // namespace tutoring
