#include "core/sync/postimport.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace core::sync {

namespace {

struct Registered {
    QString name;
    PostImport::Reconciler reconciler;
};

QMutex &registryLock()
{
    static QMutex m;
    return m;
}

QList<Registered> &registry()
{
    static QList<Registered> list;
    return list;
}

const QString flagPrefix = QStringLiteral("rule:");

} // namespace

void PostImport::registerReconciler(const QString &name, Reconciler reconciler)
{
    QMutexLocker locker(&registryLock());
    for (Registered &r : registry())
        if (r.name == name) {
            r.reconciler = std::move(reconciler); // declared again (tests, a second start)
            return;
        }
    registry().append({ name, std::move(reconciler) });
}

QStringList PostImport::reconcilerNames()
{
    QMutexLocker locker(&registryLock());
    QStringList names;
    for (const Registered &r : registry())
        names.append(r.name);
    return names;
}

Result<Reconciled> PostImport::runAll(const QSqlDatabase &db, const ImportedRows &rows)
{
    QList<Registered> list;
    {
        QMutexLocker locker(&registryLock());
        list = registry();
    }
    Reconciled total;
    if (rows.isEmpty())
        return total;
    for (const Registered &r : list) {
        auto done = r.reconciler(db, rows);
        if (!done)
            return done.error();
        for (const QString &t : done->changedTables)
            if (!total.changedTables.contains(t))
                total.changedTables.append(t);
        total.flagged += done->flagged;
    }
    return total;
}

QString reviewFlagKey(const ReviewFlag &flag)
{
    return flagPrefix + flag.rule + QLatin1Char(':')
        + QStringLiteral("%1:%2:%3:%4:%5:%6")
              .arg(flag.table)
              .arg(flag.rowId)
              .arg(flag.kept.at)
              .arg(flag.kept.workstation)
              .arg(flag.discarded.at)
              .arg(flag.discarded.workstation);
}

bool isReviewFlagKey(const QString &conflictKey)
{
    return conflictKey.startsWith(flagPrefix);
}

QString reviewFlagRule(const QString &conflictKey)
{
    if (!isReviewFlagKey(conflictKey))
        return QString();
    return conflictKey.mid(flagPrefix.size()).section(QLatin1Char(':'), 0, 0);
}

Result<bool> flagForReview(const QSqlDatabase &db, const ReviewFlag &flag)
{
    const QString key = reviewFlagKey(flag);
    // The same id wherever the case is found: one row on every workstation.
    const qint64 id = core::keyedRowId(QStringLiteral("merge_conflict"), { key });
    auto known = queryValue(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM merge_conflict WHERE id = ?)"), { id });
    if (!known)
        return known.error();
    if (known->toInt() != 0)
        return false;
    QJsonObject differences;
    for (auto it = flag.differences.constBegin(); it != flag.differences.constEnd(); ++it) {
        const QVariantList pair = it.value().toList();
        differences.insert(it.key(), QJsonArray { encodeSqlValue(pair.value(0)), encodeSqlValue(pair.value(1)) });
    }
    // Found "when" is when the later of the two operations happened: the
    // same on every workstation (detected_on 0: by the rule, not by one of them).
    auto q = runQuery(db,
        QStringLiteral("INSERT INTO merge_conflict(id, conflict_key, detected_at, detected_on, table_name, row_id, kind, "
                       "kept_at, kept_workstation, kept_operator, discarded_at, discarded_workstation, "
                       "discarded_operator, differences, discarded_values, source_file) "
                       "VALUES (?, ?, ?, 0, ?, ?, 'ledger', ?, ?, ?, ?, ?, ?, ?, '{}', '')"),
        { id, key, std::max(flag.kept.at, flag.discarded.at), flag.table, flag.rowId, flag.kept.at,
            flag.kept.workstation, flag.keptOperator, flag.discarded.at, flag.discarded.workstation,
            flag.discardedOperator, QString::fromUtf8(QJsonDocument(differences).toJson(QJsonDocument::Compact)) });
    if (!q)
        return q.error();
    return true;
}

} // namespace core::sync
