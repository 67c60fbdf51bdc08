#include "fleet/domain/loanmerge.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"

#include <algorithm>

namespace fleet {

using core::Result;
using core::sync::Reconciled;
using core::sync::ReviewFlag;

Result<Reconciled> LoanMerge::reconcile(const QSqlDatabase &db, const core::sync::ImportedRows &rows)
{
    const QSet<qint64> loans = rows.ids(QStringLiteral("fleet_loan"));
    if (loans.isEmpty())
        return Reconciled();
    // The pieces the file's 'out' rows lend.
    QSet<qint64> pieces;
    QList<qint64> ordered(loans.cbegin(), loans.cend());
    std::sort(ordered.begin(), ordered.end());
    for (qint64 id : ordered) {
        auto piece = core::queryValue(
            db, QStringLiteral("SELECT equipment_id FROM fleet_loan WHERE id = ? AND movement = 'out'"), { id });
        if (!piece)
            return piece.error();
        if (piece->isValid())
            pieces.insert(piece->toLongLong());
    }
    return flagDoubleLoans(db, pieces);
}

Result<Reconciled> LoanMerge::flagDoubleLoans(const QSqlDatabase &db, const QSet<qint64> &equipmentIds)
{
    Reconciled done;
    QList<qint64> pieces(equipmentIds.cbegin(), equipmentIds.cend());
    std::sort(pieces.begin(), pieces.end());
    for (qint64 piece : pieces) {
        auto q = core::runQuery(db,
            QStringLiteral("SELECT l.id, l.recorded_at, o.name, l.day FROM fleet_loan_open l "
                           "JOIN organisation o ON o.id = l.organisation_id WHERE l.equipment_id = ? "
                           "ORDER BY l.recorded_at, l.id"),
            { piece });
        if (!q)
            return q.error();
        struct Open {
            qint64 id;
            qint64 at;
            QString organisation;
            QString day;
        };
        QList<Open> open;
        while (q->next())
            open.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                q->value(3).toString() });
        if (open.size() < 2)
            continue;
        const Open &stands = open.first();
        for (int i = 1; i < open.size(); ++i) {
            const Open &later = open.at(i);
            ReviewFlag flag;
            flag.rule = QStringLiteral("fleet.loan_twice");
            flag.table = QStringLiteral("fleet_loan");
            flag.rowId = later.id;
            flag.kept = { stands.at, core::workstationOfRowId(stands.id) };
            flag.discarded = { later.at, core::workstationOfRowId(later.id) };
            flag.differences.insert(
                QStringLiteral("organisation_id"), QVariantList { stands.organisation, later.organisation });
            flag.differences.insert(QStringLiteral("day"), QVariantList { stands.day, later.day });
            auto written = core::sync::flagForReview(db, flag);
            if (!written)
                return written.error();
            done.flagged += *written ? 1 : 0;
        }
    }
    return done;
}

} // namespace fleet
