#pragma once

#include "core/db/sql.h"

namespace core {

// Inside a Transaction, turns the change_log triggers off for writes that
// must not be logged as this workstation's own changes: the reference data
// every workstation loads by itself, and changes applied from a sync file.
// Rolling the transaction back also restores logging.
class LogSuspension {
public:
    explicit LogSuspension(const QSqlDatabase &db) : m_db(db)
    {
        m_ok = bool(runQuery(m_db, QStringLiteral("UPDATE session_context SET log_enabled = 0 WHERE id = 1")));
    }
    ~LogSuspension()
    {
        (void)runQuery(m_db, QStringLiteral("UPDATE session_context SET log_enabled = 1 WHERE id = 1"));
    }
    LogSuspension(const LogSuspension &) = delete;
    LogSuspension &operator=(const LogSuspension &) = delete;
    bool ok() const { return m_ok; }

private:
    QSqlDatabase m_db;
    bool m_ok = false;
};

} // namespace core
