#include "support/permissionprobe.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

namespace testsupport {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// Every value through SQLite's own API: the CLI tests hash a copy of the
// demo database (50 MB) before and after each refused command, and a
// QSqlQuery with a QVariant per value took seconds per hash.
bool hashRows(sqlite3 *handle, const QString &table, QCryptographicHash *hash)
{
    const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table).toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return false;
    }
    const int columns = sqlite3_column_count(statement);
    int step;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW)
        for (int i = 0; i < columns; ++i) {
            if (sqlite3_column_type(statement, i) == SQLITE_NULL) {
                hash->addData(QByteArrayView("\x01null", 5));
                continue;
            }
            // Integers and reals as SQLite writes them as text, text and
            // blobs as they are; each value ends with a NUL.
            const auto *text = sqlite3_column_text(statement, i);
            const int bytes = sqlite3_column_bytes(statement, i);
            hash->addData(QByteArrayView(reinterpret_cast<const char *>(text), bytes));
            hash->addData(QByteArrayView("\x00", 1));
        }
    sqlite3_finalize(statement);
    return step == SQLITE_DONE;
}

} // namespace

QByteArray contentHash(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    QSqlQuery list(db);
    list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                             "AND name NOT IN ('audit_event', 'change_log', 'session_context', 'id_allocator') ORDER BY name"));
    while (list.next())
        tables.append(list.value(0).toString());
    list.finish();
    sqlite3 *handle = sqliteHandle(db);
    for (const QString &table : tables) {
        hash.addData(table.toUtf8());
        if (handle) {
            if (!hashRows(handle, table, &hash))
                return {};
            continue;
        }
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)))
            return {};
        // The column count once: QSqlQuery::record() copies the whole row.
        const int columns = rows.record().count();
        while (rows.next())
            for (int i = 0; i < columns; ++i) {
                const QVariant v = rows.value(i);
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01null") : v.toString().toUtf8() + '\x00');
            }
    }
    return hash.result().toHex();
}

} // namespace testsupport
