#include "core/sync/tableregistry.h"

#include "core/auth/audittext.h"

#include <QHash>
#include <QReadWriteLock>

namespace core::sync {

namespace {

struct Entry {
    TableKind kind = TableKind::Mutable;
    bool declared = false;
    QStringList setKey;
    QList<QStringList> mergedTogether;
    QStringList mergedAsMax;
    QString localReason;
    TableRegistry::Title title;
    QHash<QString, TableRegistry::Title> columnTitles;
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

QHash<QString, TableRegistry::Title> &commonColumnTitles()
{
    static QHash<QString, TableRegistry::Title> map;
    return map;
}

TableRegistry::Title findColumnTitle(const QString &table, const QString &column)
{
    QReadLocker locker(&lock());
    if (auto it = entries().constFind(table); it != entries().constEnd())
        if (TableRegistry::Title own = it->columnTitles.value(column))
            return own;
    return commonColumnTitles().value(column);
}

} // namespace

void TableRegistry::declare(const QString &table, TableKind kind, Title title)
{
    QWriteLocker locker(&lock());
    Entry &e = entries()[table];
    e.kind = kind;
    e.declared = true;
    if (title) {
        AuditText::setTableTitle(table, title); // the audit log names tables the same way
        e.title = std::move(title);
    }
}

void TableRegistry::declareSet(const QString &table, const QStringList &keyColumns, Title title)
{
    declare(table, TableKind::SetMember, std::move(title));
    QWriteLocker locker(&lock());
    entries()[table].setKey = keyColumns;
}

void TableRegistry::declareMergedTogether(const QString &table, const QStringList &columns)
{
    QWriteLocker locker(&lock());
    QList<QStringList> &groups = entries()[table].mergedTogether;
    if (!groups.contains(columns)) // declared again (tests, a second start)
        groups.append(columns);
}

QList<QStringList> TableRegistry::mergedTogether(const QString &table)
{
    QReadLocker locker(&lock());
    return entries().value(table).mergedTogether;
}

void TableRegistry::declareMergedAsMax(const QString &table, const QString &column)
{
    QWriteLocker locker(&lock());
    QStringList &columns = entries()[table].mergedAsMax;
    if (!columns.contains(column))
        columns.append(column);
}

QStringList TableRegistry::mergedAsMax(const QString &table)
{
    QReadLocker locker(&lock());
    return entries().value(table).mergedAsMax;
}

void TableRegistry::declareLocal(const QString &table, const QString &reason)
{
    declare(table, TableKind::LocalOnly);
    QWriteLocker locker(&lock());
    entries()[table].localReason = reason;
}

bool TableRegistry::isDeclared(const QString &table)
{
    QReadLocker locker(&lock());
    return entries().value(table).declared;
}

QStringList TableRegistry::declaredTables()
{
    QReadLocker locker(&lock());
    QStringList tables;
    for (auto it = entries().cbegin(); it != entries().cend(); ++it)
        if (it.value().declared)
            tables.append(it.key());
    tables.sort();
    return tables;
}

QStringList TableRegistry::setKey(const QString &table)
{
    QReadLocker locker(&lock());
    return entries().value(table).setKey;
}

QString TableRegistry::localReason(const QString &table)
{
    QReadLocker locker(&lock());
    return entries().value(table).localReason;
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

void TableRegistry::declareColumnTitles(const QString &table, const QList<QPair<QString, Title>> &titles)
{
    QWriteLocker locker(&lock());
    QHash<QString, Title> &columns = entries()[table].columnTitles;
    for (const auto &title : titles)
        columns.insert(title.first, title.second);
}

void TableRegistry::declareCommonColumnTitle(const QString &column, Title title)
{
    QWriteLocker locker(&lock());
    commonColumnTitles().insert(column, std::move(title));
}

QString TableRegistry::columnTitle(const QString &table, const QString &column)
{
    const Title title = findColumnTitle(table, column); // called outside the lock: it may translate
    return title ? title() : column;
}

bool TableRegistry::hasColumnTitle(const QString &table, const QString &column)
{
    return bool(findColumnTitle(table, column));
}

bool TableRegistry::isBookkeeping(const QString &table)
{
    static const QStringList fixed = { QStringLiteral("local_config"), QStringLiteral("session_context"),
        QStringLiteral("id_allocator"), QStringLiteral("change_log") };
    return fixed.contains(table) || table.startsWith(QLatin1String("sync_"))
        || table.startsWith(QLatin1String("sqlite_"));
}

} // namespace core::sync
