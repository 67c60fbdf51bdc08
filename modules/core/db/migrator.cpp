#include "core/db/migrator.h"

#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"

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
    return applyMigrationScript(db, migration, QString::fromUtf8(file.readAll()));
}

Status applyMigrationScript(const QSqlDatabase &db, const Migration &migration, const QString &script)
{
    const QStringList statements = splitSqlStatements(script);
    // A migration that rebuilds a table other tables point at (SQLite's
    // "12 steps") says so on a line of its own; the foreign keys are then
    // off during it (they cannot change inside a transaction) and checked
    // in full before COMMIT.
    const bool rebuild = script.contains(QLatin1String("\n-- migration: foreign keys off\n"));
    const auto keys = queryValue(db, QStringLiteral("PRAGMA foreign_keys"));
    const bool keysWereOn = keys && keys->toInt() == 1;
    QSqlQuery q(db);
    if (rebuild && !q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return queryError(q, QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto restoreKeys = [&] {
        if (rebuild && keysWereOn)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    };
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        restoreKeys();
        return queryError(q, QStringLiteral("BEGIN IMMEDIATE"));
    }
    auto fail = [&](const QSqlQuery &failed, const QString &sql) {
        Error e = queryError(failed, sql);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        restoreKeys();
        return Error(QStringLiteral("db.migration_failed"),
                     { QString::number(migration.version), migration.name, e.args.value(0), e.args.value(1) });
    };
    for (const QString &statement : statements) {
        QSqlQuery s(db);
        if (!s.exec(statement))
            return fail(s, statement);
    }
    if (rebuild) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return fail(check, QStringLiteral("PRAGMA foreign_key_check"));
        if (check.next()) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            restoreKeys();
            return Error(QStringLiteral("db.migration_failed"),
                { QString::number(migration.version), migration.name, QStringLiteral("PRAGMA foreign_key_check"),
                    check.value(0).toString() });
        }
    }
    const QString setVersion = QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
    if (!q.exec(setVersion))
        return fail(q, setVersion);
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q, QStringLiteral("COMMIT"));
    restoreKeys();
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
        if (auto s = applyMigration(db, m); !s) {
            qCCritical(logcat::db).noquote() << "migration failed:" << errorLogText(s.error());
            return s.error();
        }
        ++applied;
    }
    if (applied > 0 && *current > 0) // a new file's first schema is not news
        qCInfo(logcat::db) << "schema upgraded from version" << *current << "to" << latest;
    return applied;
}

Result<QString> schemaSql(const QSqlDatabase &db)
{
    auto q = runQuery(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL "
                                         "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"));
    if (!q)
        return q.error();
    QString text = QStringLiteral("-- The schema of a new Ci siAMO! database, generated by `cisiamo schema`.\n"
                                  "-- Do not edit: change sqlite/migrations/ and regenerate (see HACKING.md).\n\n");
    while (q->next())
        text += q->value(0).toString() + QStringLiteral(";\n\n");
    auto version = schemaVersion(db);
    if (!version)
        return version.error();
    text += QStringLiteral("PRAGMA user_version = %1;\n").arg(*version);
    return text;
}

} // namespace core
