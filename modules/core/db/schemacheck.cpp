#include "core/db/schemacheck.h"

#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schemafingerprint.h"
#include "core/domain/logcategories.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace core {

namespace {

// ":/sqlite/schema_fingerprints.txt", written by the build: "N hex" lines.
const QHash<int, QByteArray> &recordedFingerprints()
{
    static const QHash<int, QByteArray> map = [] {
        QHash<int, QByteArray> m;
        QFile file(QStringLiteral(":/sqlite/schema_fingerprints.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return m;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() == 2)
                m.insert(parts.at(0).toInt(), parts.at(1));
        }
        return m;
    }();
    return map;
}

struct SchemaColumn {
    QString type, notNull, defaultValue, key, hidden;
    bool operator==(const SchemaColumn &o) const
    {
        return type == o.type && notNull == o.notNull && defaultValue == o.defaultValue && key == o.key
            && hidden == o.hidden;
    }
    bool operator!=(const SchemaColumn &o) const { return !(*this == o); }
};

// A table's columns, by name, in order.
QList<QPair<QString, SchemaColumn>> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QList<QPair<QString, SchemaColumn>> columns;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?)"));
    q.addBindValue(table);
    if (!q.exec())
        return columns;
    while (q.next())
        columns.append({ q.value(0).toString(),
            SchemaColumn { q.value(1).toString().toUpper(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                q.value(5).toString() } });
    return columns;
}

QString keyOf(const SchemaObject &o)
{
    return o.type + QLatin1Char('|') + o.name;
}

QString difference(const QString &kind, const QString &object, const QString &detail)
{
    return kind + QLatin1Char('|') + object + QLatin1Char('|') + detail;
}

} // namespace

QByteArray expectedSchemaFingerprint(int version)
{
    return recordedFingerprints().value(version);
}

Status checkSchema(const QSqlDatabase &db, int version, const QString &path)
{
    const QByteArray expected = expectedSchemaFingerprint(version);
    if (expected.isEmpty()) {
        // A program built without its fingerprints (never shipped): say so, never refuse.
        qCWarning(logcat::db) << "no schema fingerprint recorded for version" << version;
        return {};
    }
    QString readError;
    const auto objects = readSchemaObjects(db, &readError);
    if (!objects)
        return Error(QStringLiteral("db.cannot_open"), { path, readError });
    if (schemaFingerprint(*objects) == expected)
        return {};
    auto differences = schemaDifferences(db, version);
    QStringList args { path, QString::number(version) };
    if (differences)
        args += *differences;
    // The first few: a file of another version differs in hundreds of objects.
    qCCritical(logcat::db).noquote() << "the schema is not that of version" << version << "(user_version):"
                                     << (differences ? QStringLiteral("%1 differences, first: %2")
                                                           .arg(differences->size())
                                                           .arg(differences->mid(0, 10).join(QStringLiteral("; ")))
                                                     : differences.error().code);
    return Error(QStringLiteral("db.schema_mismatch"), args);
}

Result<QStringList> schemaDifferences(const QSqlDatabase &db, int version)
{
    const auto actual = readSchemaObjects(db);
    if (!actual)
        return Error(QStringLiteral("db.query"), { QStringLiteral("sqlite_master") });
    const QString name = uniqueConnectionName(QStringLiteral("schema-expected"));
    QStringList differences;
    Status built;
    {
        QSqlDatabase expectedDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        expectedDb.setDatabaseName(QStringLiteral(":memory:"));
        if (!expectedDb.open()) {
            built = Error(QStringLiteral("db.cannot_open"), { QStringLiteral(":memory:"), expectedDb.lastError().text() });
        } else {
            for (const Migration &m : availableMigrations()) {
                if (m.version > version)
                    break;
                QFile file(m.resourcePath);
                if (!file.open(QIODevice::ReadOnly)) {
                    built = Error(QStringLiteral("db.migration_missing"), { m.resourcePath });
                    break;
                }
                if (built = applyMigrationScript(expectedDb, m, QString::fromUtf8(file.readAll())); !built)
                    break;
            }
        }
        if (built) {
            const auto expected = readSchemaObjects(expectedDb);
            QMap<QString, SchemaObject> want, have;
            for (const SchemaObject &o : expected.value_or(QList<SchemaObject>()))
                want.insert(keyOf(o), o);
            for (const SchemaObject &o : *actual)
                have.insert(keyOf(o), o);
            // Tables first: a missing table's indexes and triggers follow it.
            for (const QString &type :
                { QStringLiteral("table"), QStringLiteral("view"), QStringLiteral("index"), QStringLiteral("trigger") }) {
                for (auto it = want.cbegin(); it != want.cend(); ++it) {
                    if (it->type != type)
                        continue;
                    const auto found = have.constFind(it.key());
                    if (found == have.cend()) {
                        differences.append(difference(QStringLiteral("missing"), type, it->name));
                        continue;
                    }
                    if (*found == *it)
                        continue;
                    if (type != QLatin1String("table")) {
                        differences.append(difference(QStringLiteral("changed"), type, it->name));
                        continue;
                    }
                    const auto wantColumns = columnsOf(expectedDb, it->name);
                    const auto haveColumns = columnsOf(db, it->name);
                    QHash<QString, SchemaColumn> haveByName;
                    for (const auto &c : haveColumns)
                        haveByName.insert(c.first, c.second);
                    QHash<QString, SchemaColumn> wantByName;
                    for (const auto &c : wantColumns)
                        wantByName.insert(c.first, c.second);
                    const int before = int(differences.size());
                    for (const auto &c : wantColumns) {
                        if (!haveByName.contains(c.first))
                            differences.append(difference(QStringLiteral("missing_column"), it->name, c.first));
                        else if (haveByName.value(c.first) != c.second)
                            differences.append(difference(QStringLiteral("changed_column"), it->name, c.first));
                    }
                    for (const auto &c : haveColumns) {
                        if (!wantByName.contains(c.first))
                            differences.append(difference(QStringLiteral("extra_column"), it->name, c.first));
                    }
                    if (differences.size() == before)
                        differences.append(difference(QStringLiteral("changed"), type, it->name));
                }
                for (auto it = have.cbegin(); it != have.cend(); ++it) {
                    if (it->type == type && !want.contains(it.key()))
                        differences.append(difference(QStringLiteral("extra"), type, it->name));
                }
            }
        }
        expectedDb.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!built)
        return built.error();
    return differences;
}

} // namespace core
