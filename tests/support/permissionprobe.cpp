#include "support/permissionprobe.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace testsupport {

QByteArray contentHash(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    QSqlQuery list(db);
    list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "AND name NOT IN ('audit_event', 'change_log', 'session_context', 'id_allocator') ORDER BY name"));
    while (list.next())
        tables.append(list.value(0).toString());
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)))
            return {};
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01null") : v.toString().toUtf8() + '\x00');
            }
    }
    return hash.result().toHex();
}

} // namespace testsupport
