#include "volunteers/domain/attestatomerge.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"

#include <QHash>

#include <functional>

#include <algorithm>

namespace volunteers {

using core::Result;
using core::sync::Reconciled;
using core::sync::ReviewFlag;

namespace {

struct Attestato {
    qint64 id = 0;
    qint64 issuedAt = 0;
    int workstation = 0;
    QString number;
    QString issuedBy;
    bool operator<(const Attestato &o) const { return issuedAt != o.issuedAt ? issuedAt < o.issuedAt : id < o.id; }
};

// The attestati an activation is linked to, here or (by the conflict log)
// on another workstation.
Result<QSet<qint64>> candidatesOf(const QSqlDatabase &db, qint64 activationId)
{
    QSet<qint64> found;
    auto q = core::runQuery(db,
        QStringLiteral("SELECT attestato_id FROM attestato_day WHERE activation_id = ? "
                       "UNION SELECT json_extract(differences, '$.attestato_id[0]') FROM merge_conflict "
                       "WHERE table_name = 'attestato_day' AND row_id = ? AND kind = 'ledger' "
                       "UNION SELECT json_extract(differences, '$.attestato_id[1]') FROM merge_conflict "
                       "WHERE table_name = 'attestato_day' AND row_id = ? AND kind = 'ledger'"),
        { activationId, activationId, activationId });
    if (!q)
        return q.error();
    while (q->next())
        if (!q->value(0).isNull())
            found.insert(q->value(0).toLongLong());
    return found;
}

Result<QSet<qint64>> activationsOf(const QSqlDatabase &db, qint64 attestatoId)
{
    QSet<qint64> found;
    auto q = core::runQuery(
        db, QStringLiteral("SELECT activation_id FROM attestato_day WHERE attestato_id = ?"), { attestatoId });
    if (!q)
        return q.error();
    while (q->next())
        found.insert(q->value(0).toLongLong());
    return found;
}

// The register refuses UPDATE and DELETE (attestato_day_no_update,
// attestato_day_no_delete). The rule lifts that guard for its own rewrite
// only: inside the import's transaction, the two triggers are dropped and
// created again from their own text (a failure rolls both back).
core::Status withRegisterGuardLifted(const QSqlDatabase &db, const std::function<core::Status()> &work)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'attestato_day' "
                       "AND name IN ('attestato_day_no_update', 'attestato_day_no_delete') ORDER BY name"));
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> guards;
    while (q->next())
        guards.append({ q->value(0).toString(), q->value(1).toString() });
    for (const auto &g : guards)
        if (auto d = core::runQuery(db, QStringLiteral("DROP TRIGGER %1").arg(g.first)); !d)
            return d.error();
    const core::Status done = work();
    for (const auto &g : guards)
        if (auto c = core::runQuery(db, g.second); !c)
            return c.error();
    return done;
}

void addChanged(Reconciled &r, const QString &table)
{
    if (!r.changedTables.contains(table))
        r.changedTables.append(table);
}

} // namespace

Result<bool> isVoidAttestato(const QSqlDatabase &db, qint64 attestatoId)
{
    auto v = core::queryValue(db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM attestato WHERE id = ?) AND "
                       "NOT EXISTS (SELECT 1 FROM attestato_day WHERE attestato_id = ?)"),
        { attestatoId, attestatoId });
    if (!v)
        return v.error();
    return v->toInt() != 0;
}

Result<Reconciled> AttestatoMerge::reconcile(const QSqlDatabase &db, const core::sync::ImportedRows &rows)
{
    Reconciled done;
    QSet<qint64> activations = rows.ids(QStringLiteral("attestato_day"));
    for (qint64 attestato : rows.ids(QStringLiteral("attestato"))) {
        auto linked = activationsOf(db, attestato);
        if (!linked)
            return linked.error();
        activations.unite(*linked);
    }
    // Conflicts found elsewhere about a link: the other side's candidate.
    for (qint64 conflict : rows.ids(QStringLiteral("merge_conflict"))) {
        auto row = core::queryValue(db,
            QStringLiteral("SELECT row_id FROM merge_conflict WHERE id = ? AND table_name = 'attestato_day'"),
            { conflict });
        if (!row)
            return row.error();
        if (row->isValid())
            activations.insert(row->toLongLong());
    }
    if (!activations.isEmpty()) {
        // Only an activation linked twice somewhere is in the conflict log:
        // the others (every link of a first import) need no look.
        auto contested = core::runQuery(db,
            QStringLiteral("SELECT DISTINCT row_id FROM merge_conflict WHERE table_name = 'attestato_day' "
                           "AND kind = 'ledger'"));
        if (!contested)
            return contested.error();
        QSet<qint64> start;
        while (contested->next())
            if (activations.contains(contested->value(0).toLongLong()))
                start.insert(contested->value(0).toLongLong());
        activations = start;
    }
    if (!activations.isEmpty()) {
        auto links = reconcileActivations(db, activations);
        if (!links)
            return links.error();
        done = *links;
    }
    const QSet<qint64> entries = rows.ids(QStringLiteral("activation"));
    if (!entries.isEmpty()) {
        auto doubles = flagDoubleServices(db, entries);
        if (!doubles)
            return doubles.error();
        for (const QString &t : doubles->changedTables)
            addChanged(done, t);
        done.flagged += doubles->flagged;
    }
    return done;
}

Result<Reconciled> AttestatoMerge::reconcileActivations(const QSqlDatabase &db, const QSet<qint64> &start)
{
    Reconciled done;
    // The activations and attestati that meet, however far (usually a
    // month of one volunteer).
    QHash<qint64, QSet<qint64>> candidates; // activation -> attestati
    QHash<qint64, Attestato> attestati;
    QList<qint64> queue(start.cbegin(), start.cend());
    QSet<qint64> seenAttestati;
    bool contested = false;
    while (!queue.isEmpty()) {
        const qint64 activation = queue.takeLast();
        if (candidates.contains(activation))
            continue;
        auto found = candidatesOf(db, activation);
        if (!found)
            return found.error();
        QSet<qint64> present;
        for (qint64 id : *found) {
            if (!attestati.contains(id)) {
                auto q = core::runQuery(db,
                    QStringLiteral("SELECT issued_at, workstation, number, issued_by FROM attestato WHERE id = ?"), { id });
                if (!q)
                    return q.error();
                if (!q->next())
                    continue; // not here yet: it counts when it arrives
                attestati.insert(id, { id, q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString(),
                                         q->value(3).toString() });
            }
            present.insert(id);
        }
        candidates.insert(activation, present);
        contested = contested || present.size() > 1;
        for (qint64 id : present) {
            if (seenAttestati.contains(id))
                continue;
            seenAttestati.insert(id);
            auto linked = activationsOf(db, id);
            if (!linked)
                return linked.error();
            for (qint64 a : *linked)
                if (!candidates.contains(a))
                    queue.append(a);
        }
    }
    if (!contested)
        return done; // nothing certified twice

    // Earliest first: an attestato is valid unless a day it certifies was
    // certified by an earlier valid one. A void attestato keeps no day.
    QList<Attestato> ordered = attestati.values();
    std::sort(ordered.begin(), ordered.end());
    QHash<qint64, qint64> claimedBy; // activation -> valid attestato
    QHash<qint64, qint64> voidedBy; // void attestato -> the valid one that had its day
    for (const Attestato &a : ordered) {
        qint64 earlier = 0;
        QList<qint64> days;
        for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
            if (!it.value().contains(a.id))
                continue;
            days.append(it.key());
            const qint64 owner = claimedBy.value(it.key());
            if (owner && (!earlier || attestati.value(owner) < attestati.value(earlier)))
                earlier = owner;
        }
        if (earlier) {
            voidedBy.insert(a.id, earlier);
            continue;
        }
        for (qint64 day : days)
            claimedBy.insert(day, a.id);
    }

    // The links as the rule says, the same on every workstation.
    QList<qint64> activations = candidates.keys();
    std::sort(activations.begin(), activations.end());
    struct Rewrite {
        qint64 activation, target, here;
    };
    QList<Rewrite> rewrites;
    for (qint64 activation : activations) {
        auto current = core::queryValue(
            db, QStringLiteral("SELECT attestato_id FROM attestato_day WHERE activation_id = ?"), { activation });
        if (!current)
            return current.error();
        const qint64 target = claimedBy.value(activation);
        const qint64 here = current->isValid() ? current->toLongLong() : 0;
        if (target != here)
            rewrites.append({ activation, target, here });
    }
    if (!rewrites.isEmpty()) {
        const core::Status written = withRegisterGuardLifted(db, [&]() -> core::Status {
            for (const Rewrite &r : rewrites) {
                auto q = !r.target
                    ? core::runQuery(db, QStringLiteral("DELETE FROM attestato_day WHERE activation_id = ?"), { r.activation })
                    : r.here ? core::runQuery(db,
                                   QStringLiteral("UPDATE attestato_day SET attestato_id = ? WHERE activation_id = ?"),
                                   { r.target, r.activation })
                             : core::runQuery(db,
                                   QStringLiteral("INSERT INTO attestato_day(activation_id, attestato_id, day) "
                                                  "SELECT id, ?, day FROM activation WHERE id = ?"),
                                   { r.target, r.activation });
                if (!q)
                    return q.error();
            }
            return {};
        });
        if (!written)
            return written.error();
        addChanged(done, QStringLiteral("attestato_day"));
    }

    QList<qint64> voids = voidedBy.keys();
    std::sort(voids.begin(), voids.end());
    for (qint64 id : voids) {
        const Attestato loser = attestati.value(id);
        const Attestato winner = attestati.value(voidedBy.value(id));
        ReviewFlag flag;
        flag.rule = QStringLiteral("volunteers.attestato_void");
        flag.table = QStringLiteral("attestato");
        flag.rowId = id;
        flag.kept = { winner.issuedAt, winner.workstation };
        flag.keptOperator = winner.issuedBy;
        flag.discarded = { loser.issuedAt, loser.workstation };
        flag.discardedOperator = loser.issuedBy;
        flag.differences.insert(QStringLiteral("number"), QVariantList { winner.number, loser.number });
        auto written = core::sync::flagForReview(db, flag);
        if (!written)
            return written.error();
        done.flagged += *written ? 1 : 0;
    }
    return done;
}

Result<Reconciled> AttestatoMerge::flagDoubleServices(const QSqlDatabase &db, const QSet<qint64> &entries)
{
    Reconciled done;
    QList<qint64> ordered(entries.cbegin(), entries.cend());
    if (ordered.size() > 200) {
        // A file with many days (a first import): one pass over the ledger
        // finds the days with two services, then only those are looked at.
        auto q = core::runQuery(db,
            QStringLiteral("SELECT a.id FROM activation_effective a JOIN activation_effective o ON o.volunteer_id = "
                           "a.volunteer_id AND o.day = a.day AND o.service_id <> a.service_id"));
        if (!q)
            return q.error();
        QList<qint64> doubles;
        while (q->next())
            if (entries.contains(q->value(0).toLongLong()))
                doubles.append(q->value(0).toLongLong());
        ordered = doubles;
    }
    std::sort(ordered.begin(), ordered.end());
    for (qint64 id : ordered) {
        // The entry and the other effective entries of its volunteer and
        // day on another service: the later of each pair is flagged.
        auto q = core::runQuery(db,
            QStringLiteral("SELECT o.id, o.recorded_at, so.name, a.recorded_at, sa.name FROM activation_effective a "
                           "JOIN activation_effective o ON o.volunteer_id = a.volunteer_id AND o.day = a.day "
                           "AND o.service_id <> a.service_id AND o.id <> a.id "
                           "JOIN volunteer_service sa ON sa.id = a.service_id "
                           "JOIN volunteer_service so ON so.id = o.service_id WHERE a.id = ?"),
            { id });
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 other = q->value(0).toLongLong();
            const qint64 otherAt = q->value(1).toLongLong(), thisAt = q->value(3).toLongLong();
            const bool thisLater = thisAt != otherAt ? thisAt > otherAt : id > other;
            ReviewFlag flag;
            flag.rule = QStringLiteral("volunteers.double_service");
            flag.table = QStringLiteral("activation");
            flag.rowId = thisLater ? id : other;
            const qint64 keptId = thisLater ? other : id;
            flag.kept = { thisLater ? otherAt : thisAt, core::workstationOfRowId(keptId) };
            flag.discarded = { thisLater ? thisAt : otherAt, core::workstationOfRowId(flag.rowId) };
            flag.differences.insert(QStringLiteral("service"),
                QVariantList { thisLater ? q->value(2) : q->value(4), thisLater ? q->value(4) : q->value(2) });
            auto written = core::sync::flagForReview(db, flag);
            if (!written)
                return written.error();
            done.flagged += *written ? 1 : 0;
        }
    }
    return done;
}

} // namespace volunteers
