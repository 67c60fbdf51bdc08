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
//
// Transaction(db, Transaction::Join) opened inside another writes in the
// enclosing one without a savepoint of its own. For bulk writes (an
// import's thousands of rows): while any savepoint is open, SQLite copies
// every page the writes change into an in-memory sub-journal, and each
// statement that fires a trigger then walks that journal when it ends, so
// a long write inside a savepoint costs in proportion to the pages it has
// changed times the statements (the import of 1,000 past deliveries spent
// half its time there on the 5-year demo). A joined level that rolls back
// cannot undo its own part: it marks the enclosing transaction
// rollback-only, whose commit() then rolls back and fails with
// "db.rolled_back"; rolling back an enclosing level clears the mark. Outside
// any transaction a joined one is an ordinary BEGIN IMMEDIATE.
class Transaction {
public:
    enum Nesting { Savepoint, Join };
    explicit Transaction(const QSqlDatabase &db, Nesting nesting = Savepoint);
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
    bool m_joined = false;
    Error m_error;
};

} // namespace core
