#include "core/sync/roommembers.h"

#include "core/auth/permissions.h"
#include "core/db/connectionstate.h"
#include "core/db/localconfig.h"
#include "core/db/roommemberrows.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QMap>

namespace core::sync {

namespace {
const QString memberTable = QStringLiteral("room_member");
} // namespace

Result<QList<RoomMember>> roomMembers(const QSqlDatabase &db)
{
    QMap<int, RoomMember> members;
    // Workstations known only from their files, and this one: members
    // until the list says otherwise.
    auto sources = runQuery(db,
        QStringLiteral("SELECT workstation, workstation_name FROM sync_source ORDER BY coalesce(last_import_at, 0)"));
    if (!sources)
        return sources.error();
    while (sources->next()) {
        const int workstation = sources->value(0).toInt();
        members.insert(workstation, { workstation, sources->value(1).toString(), false, 0 });
    }
    const int own = sessionWorkstation(db);
    members.insert(own, { own, LocalConfig::value(db, LocalConfig::workstationName), false, 0 });
    auto listed = runQuery(db,
        QStringLiteral("SELECT workstation, name, removed_at IS NOT NULL, coalesce(removed_after_seq, 0), joined_at, "
                       "coalesce(removed_at, 0), removed_by FROM room_member"));
    if (!listed)
        return listed.error();
    while (listed->next()) {
        RoomMember m;
        m.workstation = listed->value(0).toInt();
        m.name = listed->value(1).toString();
        m.removed = listed->value(2).toBool();
        m.removedAfterSeq = listed->value(3).toLongLong();
        m.joinedAt = listed->value(4).toLongLong();
        m.removedAt = listed->value(5).toLongLong();
        m.removedBy = listed->value(6).toString();
        members.insert(m.workstation, m);
    }
    return members.values();
}

Status ensureOwnMembership(const QSqlDatabase &db, qint64 nowMs)
{
    if (!RoomMemberRows::inRoom(db))
        return {};
    // Read first: an export that has nothing to register writes nothing
    // (not even an empty transaction) before its file.
    const int number = sessionWorkstation(db);
    const QString name = LocalConfig::value(db, LocalConfig::workstationName);
    auto listed = runQuery(db,
        QStringLiteral("SELECT id <> ? OR removed_at IS NOT NULL OR name = ? FROM room_member WHERE workstation = ?"),
        { RoomMemberRows::ownRowId(db), name, number });
    if (!listed)
        return listed.error();
    if (listed->next() && listed->value(0).toBool())
        return {};
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s = RoomMemberRows::registerSelf(db, number, name, nowMs); !s)
        return s;
    return tx.commit();
}

Result<QList<ParkedMember>> parkedMembers(const QSqlDatabase &db)
{
    auto q = runQuery(db,
        QStringLiteral("SELECT json_extract(row_values, '$.workstation'), json_extract(row_values, '$.name'), "
                       "source_file, detail FROM sync_parked WHERE table_name = ? ORDER BY parked_at"),
        { memberTable });
    if (!q)
        return q.error();
    QList<ParkedMember> parked;
    while (q->next())
        parked.append({ q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString() });
    return parked;
}

bool introducesItself(const SyncFileContent &content)
{
    for (const SyncChange &c : content.changes)
        if (c.table == memberTable && c.operation != QLatin1Char('D')
            && c.values.value(QStringLiteral("workstation")).toInt() == content.header.workstation
            && c.values.value(QStringLiteral("removed_at")).isNull())
            return true;
    return false;
}

Result<std::optional<Error>> membershipRefusal(
    const QSqlDatabase &db, const SyncFileHeader &header, const QString &fileName)
{
    auto row = runQuery(db,
        QStringLiteral("SELECT removed_at IS NOT NULL, removed_after_seq FROM room_member WHERE workstation = ?"),
        { header.workstation });
    if (!row)
        return row.error();
    if (row->next()) {
        const qint64 after = row->value(1).toLongLong();
        if (!row->value(0).toBool() || header.lastSeq <= after)
            return std::optional<Error>();
        Error e(QStringLiteral("sync.member_removed"),
            { fileName, QString::number(header.workstation), QString::number(after) });
        e.where.file = fileName;
        return std::optional<Error>(e);
    }
    // Files of it applied here before the membership list existed.
    auto known = queryValue(
        db, QStringLiteral("SELECT count(*) FROM sync_source WHERE workstation = ?"), { header.workstation });
    if (!known)
        return known.error();
    if (known->toLongLong() > 0)
        return std::optional<Error>();
    Error e(QStringLiteral("sync.unknown_member"), { fileName, QString::number(header.workstation) });
    e.where.file = fileName;
    return std::optional<Error>(e);
}

RemoveMember::RemoveMember(int workstation)
    : m_workstation(workstation)
{
}

QString RemoveMember::code() const
{
    return QStringLiteral("sync.room.remove");
}

QString RemoveMember::permission() const
{
    return Permission::SyncManage;
}

Status RemoveMember::check(const CommandContext &context) const
{
    const QString number = QString::number(m_workstation);
    if (m_workstation == sessionWorkstation(context.db))
        return Error(QStringLiteral("sync.member_self"), { number });
    auto removed = queryValue(context.db,
        QStringLiteral("SELECT removed_at IS NOT NULL FROM room_member WHERE workstation = ?"), { m_workstation });
    if (!removed)
        return removed.error();
    if (!removed->isValid())
        return Error(QStringLiteral("sync.member_unknown"), { number });
    if (removed->toBool())
        return Error(QStringLiteral("sync.member_already_removed"), { number });
    return {};
}

Status RemoveMember::apply(const CommandContext &context)
{
    // What this workstation applied of it: the files it had sent before
    // being removed, as far as they reached here.
    auto applied = queryValue(context.db,
        QStringLiteral("SELECT applied_seq FROM sync_source WHERE workstation = ? "
                       "ORDER BY coalesce(last_import_at, 0) DESC LIMIT 1"),
        { m_workstation });
    if (!applied)
        return applied.error();
    m_afterSeq = applied->isValid() ? applied->toLongLong() : 0;
    auto marked = runQuery(context.db,
        QStringLiteral("UPDATE room_member SET removed_at = ?, removed_after_seq = ?, removed_by = ? "
                       "WHERE workstation = ? AND removed_at IS NULL"),
        { context.clock.nowMs(), m_afterSeq, sessionOperator(context.db), m_workstation });
    if (!marked)
        return marked.error();
    return {};
}

QString RemoveMember::auditDetail() const
{
    return QStringLiteral("workstation %1 removed, its files valid up to %2").arg(m_workstation).arg(m_afterSeq);
}

} // namespace core::sync
