#pragma once

#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;

namespace testsupport {

// Counts the statements SQLite runs on one connection while it lives
// (sqlite3_trace_v2 on the connection's handle): a test holds one on the
// window's own connection (the GUI thread's) around an action whose reads
// belong on a worker, and expects none. Workers open connections of their
// own, which it does not see. One probe per connection at a time; the
// trace is removed when it goes.
class SqlProbe {
public:
    explicit SqlProbe(const QSqlDatabase &db);
    ~SqlProbe();
    SqlProbe(const SqlProbe &) = delete;
    SqlProbe &operator=(const SqlProbe &) = delete;

    bool isValid() const { return m_handle != nullptr; }
    int count() const { return int(m_statements.size()); }
    // The statements' text, for a failure message.
    QStringList statements() const { return m_statements; }
    QString describe() const { return m_statements.join(QStringLiteral(" | ")); }
    // The virtual-machine steps of the statements that finished meanwhile
    // (SQLITE_STMTSTATUS_VM_STEP): the work of a read, counted rather than
    // timed. A statement counts when it finishes (its last row read, or
    // reset); a scan of N rows takes a few steps per row.
    qint64 vmSteps() const { return m_vmSteps; }
    void reset()
    {
        m_statements.clear();
        m_vmSteps = 0;
    }

private:
    static int traced(unsigned kind, void *probe, void *statement, void *sql);
    sqlite3 *m_handle = nullptr;
    QStringList m_statements;
    qint64 m_vmSteps = 0;
};

} // namespace testsupport
