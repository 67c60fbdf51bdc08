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
    void reset() { m_statements.clear(); }

private:
    static int traced(unsigned kind, void *probe, void *statement, void *sql);
    sqlite3 *m_handle = nullptr;
    QStringList m_statements;
};

} // namespace testsupport
