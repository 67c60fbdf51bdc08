#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace core {

// One user action = one transaction. RAII: rolls back unless committed.
//
//   Transaction tx(db);
//   if (!tx) return tx.error();
//   ... writes ...
//   return tx.commit();
//
// The outermost transaction is BEGIN IMMEDIATE (takes the write lock at
// once, so two writers never deadlock in WAL mode) and stamps the session's
// operator and workstation into session_context, where the change_log
// triggers read them. A Transaction opened while another is active on the
// same connection becomes a SAVEPOINT, so a service can call another
// service (a delivery issuing stock) and both commit or fail together.
class Transaction {
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    explicit operator bool() const { return m_active; }
    const Error &error() const { return m_error; }

    // Commits (or releases the savepoint). After the outermost commit the
    // ChangeNotifier is told which tables changed.
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    int m_depth = 0;
    Error m_error;
};

} // namespace core
