#include "core/db/schemafingerprint.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace core {

QString normaliseSchemaSql(const QString &sql)
{
    return sql.simplified();
}

std::optional<QList<SchemaObject>> readSchemaObjects(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                               "WHERE substr(name, 1, 7) <> 'sqlite_' ORDER BY type, name"))) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    QList<SchemaObject> objects;
    while (q.next())
        objects.append(SchemaObject { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            normaliseSchemaSql(q.value(3).toString()) });
    return objects;
}

QByteArray schemaFingerprint(const QList<SchemaObject> &objects)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SchemaObject &o : objects) {
        for (const QString *part : { &o.type, &o.name, &o.table, &o.sql }) {
            hash.addData(part->toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result().toHex();
}

} // namespace core
