#include "core/sync/syncschema.h"

#include "core/db/sql.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace core::sync {

QString quoteIdentifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

const SyncTable *SyncSchema::table(const QString &name) const
{
    auto it = m_tables.constFind(name);
    return it == m_tables.constEnd() ? nullptr : &it.value();
}

namespace {

// The key column from the trigger text "SELECT 'table', NEW.key, 'I', ...".
QString keyFromTrigger(const QString &sql)
{
    static const QRegularExpression pattern(
        QStringLiteral("NEW\\.\"?(\\w+)\"?\\s*,\\s*'I'"), QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(sql);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

Result<SyncSchema> SyncSchema::read(const QSqlDatabase &db)
{
    SyncSchema schema;
    auto triggers = runQuery(db,
        QStringLiteral("SELECT t.tbl_name, t.sql FROM sqlite_master t "
                       "JOIN sqlite_master s ON s.type = 'table' AND s.name = t.tbl_name "
                       "WHERE t.type = 'trigger' AND t.name = t.tbl_name || '_log_insert'"));
    if (!triggers)
        return triggers.error();
    while (triggers->next()) {
        const QString name = triggers->value(0).toString();
        if (TableRegistry::isBookkeeping(name) || TableRegistry::kind(name) == TableKind::LocalOnly)
            continue;
        SyncTable table;
        table.name = name;
        table.key = keyFromTrigger(triggers->value(1).toString());
        table.kind = TableRegistry::kind(name);
        schema.m_tables.insert(name, table);
    }

    for (auto it = schema.m_tables.begin(); it != schema.m_tables.end(); ++it) {
        SyncTable &table = it.value();
        auto columns = runQuery(
            db, QStringLiteral("SELECT name, pk, type FROM pragma_table_info(?) ORDER BY cid"), { table.name });
        if (!columns)
            return columns.error();
        QString integerKey;
        while (columns->next()) {
            const QString column = columns->value(0).toString();
            table.columns.append(column);
            if (columns->value(1).toInt() == 1
                && columns->value(2).toString().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                integerKey = column;
        }
        if (table.key.isEmpty() || !table.columns.contains(table.key))
            table.key = integerKey.isEmpty() ? QStringLiteral("id") : integerKey;
        auto parents
            = runQuery(db, QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"), { table.name });
        if (!parents)
            return parents.error();
        while (parents->next()) {
            const QString parent = parents->value(0).toString();
            if (parent != table.name)
                table.parents.append(parent);
        }
    }

    // Depth-first topological order; a cycle is broken where it is met (the
    // importer parks rows whose parent has not arrived yet, so an imperfect
    // order costs a retry, never data).
    QStringList names = schema.m_tables.keys();
    names.sort();
    QSet<QString> done;
    QSet<QString> visiting;
    std::function<void(const QString &)> visit = [&](const QString &name) {
        if (done.contains(name) || visiting.contains(name) || !schema.m_tables.contains(name))
            return;
        visiting.insert(name);
        QStringList parents = schema.m_tables.value(name).parents;
        parents.sort();
        for (const QString &p : parents)
            visit(p);
        visiting.remove(name);
        done.insert(name);
        schema.m_order.append(name);
    };
    for (const QString &name : names)
        visit(name);
    for (int i = 0; i < schema.m_order.size(); ++i)
        schema.m_tables[schema.m_order.at(i)].rank = i;
    return schema;
}

} // namespace core::sync
