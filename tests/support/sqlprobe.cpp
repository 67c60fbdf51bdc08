#include "support/sqlprobe.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace testsupport {

SqlProbe::SqlProbe(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (m_handle)
        sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT | SQLITE_TRACE_PROFILE, &SqlProbe::traced, this);
}

SqlProbe::~SqlProbe()
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

int SqlProbe::traced(unsigned kind, void *probe, void *statement, void *)
{
    auto *self = static_cast<SqlProbe *>(probe);
    if (kind == SQLITE_TRACE_PROFILE) {
        // Reset as read, so that a statement run again counts each run once.
        self->m_vmSteps += sqlite3_stmt_status(static_cast<sqlite3_stmt *>(statement), SQLITE_STMTSTATUS_VM_STEP, 1);
        return 0;
    }
    if (kind != SQLITE_TRACE_STMT)
        return 0;
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    self->m_statements.append(QString::fromUtf8(sql ? sql : "?").simplified().left(160));
    return 0;
}

} // namespace testsupport
