#include "core/db/migrator.h"

#include "core/db/sql.h"
#include "core/db/sqlsplitter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace core {

QList<Migration> availableMigrations()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sqlite/migrations"));
    for (const QString &file : dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        list.append(Migration{ m.captured(1).toInt(), m.captured(2), dir.filePath(file) });
    }
    return list;
}

int latestSchemaVersion()
{
    const auto list = availableMigrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> schemaVersion(const QSqlDatabase &db)
{
    auto v = queryValue(db, QStringLiteral("PRAGMA user_version"));
    if (!v)
        return v.error();
    return v->toInt();
}

static Status applyMigration(const QSqlDatabase &db, const Migration &migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("db.migration_missing"), { migration.resourcePath });
    const QStringList statements = splitSqlStatements(QString::fromUtf8(file.readAll()));

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return queryError(q, QStringLiteral("BEGIN IMMEDIATE"));
    auto fail = [&](const QSqlQuery &failed, const QString &sql) {
        Error e = queryError(failed, sql);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Error(QStringLiteral("db.migration_failed"),
                     { QString::number(migration.version), migration.name, e.args.value(0), e.args.value(1) });
    };
    for (const QString &statement : statements) {
        QSqlQuery s(db);
        if (!s.exec(statement))
            return fail(s, statement);
    }
    const QString setVersion = QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
    if (!q.exec(setVersion))
        return fail(q, setVersion);
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q, QStringLiteral("COMMIT"));
    return {};
}

Result<int> migrate(const QSqlDatabase &db)
{
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    const auto migrations = availableMigrations();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (*current > latest)
        return Error(QStringLiteral("db.newer_schema"), { QString::number(*current), QString::number(latest) });
    int applied = 0;
    for (const Migration &m : migrations) {
        if (m.version <= *current)
            continue;
        if (auto s = applyMigration(db, m); !s)
            return s.error();
        ++applied;
    }
    return applied;
}

} // namespace core
