#pragma once

// Small helpers shared by the sync tests: writes made the way the program
// makes them (one Transaction, ids from allocateRowId, logged by triggers).

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/sync/tableregistry.h"
#include "support/workstationpair.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace syncfixtures {

inline qint64 insertService(const QSqlDatabase &db, const QString &code, const QString &name)
{
    core::Transaction tx(db);
    auto id = core::allocateRowId(db);
    if (!tx || !id)
        return 0;
    if (!core::runQuery(
            db, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, ?, ?)"), { *id, code, name }))
        return 0;
    return tx.commit() ? *id : 0;
}

inline qint64 insertCategory(const QSqlDatabase &db, const QString &code, const QString &name)
{
    core::Transaction tx(db);
    auto id = core::allocateRowId(db);
    if (!tx || !id)
        return 0;
    if (!core::runQuery(db, QStringLiteral("INSERT INTO goods_category(id, code, name, kind) VALUES (?, ?, ?, 'food')"),
            { *id, code, name }))
        return 0;
    return tx.commit() ? *id : 0;
}

// One logged write in its own transaction.
inline bool write(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    core::Transaction tx(db);
    if (!tx)
        return false;
    if (!core::runQuery(db, sql, binds))
        return false;
    return bool(tx.commit());
}

// The test ledger: person-days of a volunteer service, append-only like
// the real ledgers (a trigger refuses updates), declared as a ledger.
inline bool createTestLedger(const QSqlDatabase &db)
{
    core::sync::TableRegistry::declare(QStringLiteral("test_ledger"), core::sync::TableKind::Ledger);
    if (!testsupport::createLoggedTable(db, QStringLiteral("test_ledger"),
            QStringLiteral("id INTEGER PRIMARY KEY, service_id INTEGER NOT NULL REFERENCES volunteer_service(id), "
                           "day TEXT NOT NULL, persons INTEGER NOT NULL CHECK (persons <> 0), "
                           "reverses_id INTEGER REFERENCES test_ledger(id)")))
        return false;
    return bool(core::runQuery(db,
        QStringLiteral("CREATE TRIGGER test_ledger_no_update BEFORE UPDATE ON test_ledger "
                       "BEGIN SELECT RAISE(ABORT, 'test.ledger_is_append_only'); END")));
}

inline qint64 addLedgerRow(
    const QSqlDatabase &db, qint64 serviceId, const QString &day, int persons, qint64 reverses = 0)
{
    core::Transaction tx(db);
    auto id = core::allocateRowId(db);
    if (!tx || !id)
        return 0;
    if (!core::runQuery(db,
            QStringLiteral("INSERT INTO test_ledger(id, service_id, day, persons, reverses_id) VALUES (?, ?, ?, ?, ?)"),
            { *id, serviceId, day, persons, reverses ? QVariant(reverses) : QVariant() }))
        return 0;
    return tx.commit() ? *id : 0;
}

inline QVariant value(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? *v : QVariant(QStringLiteral("error"));
}

inline QStringList syncFiles(const QString &folder)
{
    return QDir(folder).entryList({ QStringLiteral("*.cisync") }, QDir::Files, QDir::Name);
}

inline QStringList allFiles(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace syncfixtures
