#include "core/sync/tableregistry.h"

#include "core/auth/audittext.h"

#include <QHash>
#include <QReadWriteLock>

namespace core::sync {

namespace {

struct Entry {
    TableKind kind = TableKind::MasterData;
    TableRegistry::Title title;
};

QReadWriteLock &lock()
{
    static QReadWriteLock l;
    return l;
}

QHash<QString, Entry> &entries()
{
    static QHash<QString, Entry> map;
    return map;
}

} // namespace

void TableRegistry::declare(const QString &table, TableKind kind, Title title)
{
    QWriteLocker locker(&lock());
    Entry &e = entries()[table];
    e.kind = kind;
    if (title) {
        AuditText::setTableTitle(table, title); // the audit log names tables the same way
        e.title = std::move(title);
    }
}

void TableRegistry::setTitle(const QString &table, Title title)
{
    QWriteLocker locker(&lock());
    AuditText::setTableTitle(table, title);
    entries()[table].title = std::move(title);
}

TableKind TableRegistry::kind(const QString &table)
{
    QReadLocker locker(&lock());
    return entries().value(table).kind;
}

QString TableRegistry::title(const QString &table)
{
    Title title;
    {
        QReadLocker locker(&lock());
        title = entries().value(table).title;
    }
    return title ? title() : table;
}

bool TableRegistry::isBookkeeping(const QString &table)
{
    static const QStringList fixed = { QStringLiteral("local_config"), QStringLiteral("session_context"),
        QStringLiteral("id_allocator"), QStringLiteral("change_log") };
    return fixed.contains(table) || table.startsWith(QLatin1String("sync_"))
        || table.startsWith(QLatin1String("sqlite_"));
}

} // namespace core::sync
