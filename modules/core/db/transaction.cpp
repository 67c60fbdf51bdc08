#include "core/db/transaction.h"

#include "core/db/changenotifier.h"
#include "core/db/connectionstate.h"
#include "core/db/sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace core {

namespace {

QString savepointName(int depth)
{
    return QStringLiteral("sp_%1").arg(depth);
}

bool execPlain(const QSqlDatabase &db, const QString &sql, Error *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = queryError(q, sql);
    return false;
}

} // namespace

Transaction::Transaction(const QSqlDatabase &db, Nesting nesting) : m_db(db)
{
    ConnectionState &state = connectionState(m_db);
    m_depth = state.transactionDepth;
    if (m_depth == 0) {
        if (!state.readOnlyReason.isEmpty()) {
            // A read-only file or folder: refused politely, before SQLite
            // says "attempt to write a readonly database".
            m_error = Error(QStringLiteral("db.read_only"), { m_db.databaseName(), state.readOnlyReason });
            return;
        }
        if (!execPlain(m_db, QStringLiteral("BEGIN IMMEDIATE"), &m_error))
            return;
        // clock_ms: the time the change_log triggers stamp (NULL: the real
        // time, read by the triggers themselves). It is a hybrid logical
        // time (core/sync/hybridclock.h): never before hlc_ms, which an
        // import moves past the changes it applied, so that an edit made
        // after an import orders after what it imported even when this
        // clock is slower. (Local stamps do not move hlc_ms: a test, or a
        // clock set right, may go back to before this file's first writes;
        // a workstation's own edits of one row are ordered by the version
        // rule, a new version later than the one it replaced.)
        const qint64 clockMs = sessionClockMs(m_db);
        const qint64 physicalMs = clockMs ? clockMs : QDateTime::currentMSecsSinceEpoch();
        auto stamp = runQuery(m_db,
            QStringLiteral("UPDATE session_context SET operator = ?, workstation = ?, "
                           "clock_ms = CASE WHEN hlc_ms > ? THEN hlc_ms ELSE ? END WHERE id = 1"),
            { state.operatorName, state.workstation, physicalMs,
                clockMs ? QVariant(clockMs) : QVariant(QMetaType(QMetaType::LongLong)) });
        if (!stamp) {
            m_error = stamp.error();
            execPlain(m_db, QStringLiteral("ROLLBACK"), nullptr);
            return;
        }
        auto seq = queryValue(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
        state.changeLogSeqAtBegin = seq ? seq->toLongLong() : 0;
        state.rollbackOnlyFrom = 0;
    } else if (nesting == Join) {
        m_joined = true; // writes in the enclosing level: no SQL
    } else if (!execPlain(m_db, QStringLiteral("SAVEPOINT ") + savepointName(m_depth), &m_error)) {
        return;
    }
    state.transactionDepth = m_depth + 1;
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.code.isEmpty() ? Error(QStringLiteral("db.no_transaction")) : m_error;
    ConnectionState &state = connectionState(m_db);
    // A joined level inside this one rolled back: its writes are still
    // here, and only a rollback removes them.
    if (state.rollbackOnlyFrom > m_depth) {
        rollback();
        return Error(QStringLiteral("db.rolled_back"));
    }
    if (m_joined) {
        state.transactionDepth = m_depth;
        m_active = false;
        return {};
    }
    if (m_depth > 0) {
        Error error;
        if (!execPlain(m_db, QStringLiteral("RELEASE ") + savepointName(m_depth), &error)) {
            rollback();
            return error;
        }
        state.transactionDepth = m_depth;
        m_active = false;
        return {};
    }

    // NOT INDEXED: for DISTINCT the planner would rather scan the whole
    // log through its (table_name, row_id) index than read the range of
    // this transaction's rows by seq, and each commit grew with the log.
    QStringList tables;
    if (auto changed = runQuery(m_db, QStringLiteral("SELECT DISTINCT table_name FROM change_log NOT INDEXED WHERE seq > ?"),
                                { state.changeLogSeqAtBegin })) {
        while (changed->next())
            tables.append(changed->value(0).toString());
    }
    Error error;
    if (!execPlain(m_db, QStringLiteral("COMMIT"), &error)) {
        rollback();
        return error;
    }
    state.transactionDepth = 0;
    m_active = false;
    ChangeNotifier::instance()->notifyChanged(tables);
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    ConnectionState &state = connectionState(m_db);
    if (m_joined) {
        // Nothing of its own to undo: the enclosing levels may only roll back.
        if (state.rollbackOnlyFrom == 0 || state.rollbackOnlyFrom > m_depth)
            state.rollbackOnlyFrom = m_depth;
        state.transactionDepth = m_depth;
        m_active = false;
        return;
    }
    if (state.rollbackOnlyFrom > m_depth)
        state.rollbackOnlyFrom = 0; // its writes go with this level's
    if (m_depth > 0) {
        const QString sp = savepointName(m_depth);
        execPlain(m_db, QStringLiteral("ROLLBACK TO ") + sp, nullptr);
        execPlain(m_db, QStringLiteral("RELEASE ") + sp, nullptr);
    } else {
        execPlain(m_db, QStringLiteral("ROLLBACK"), nullptr);
    }
    state.transactionDepth = m_depth;
    m_active = false;
}

} // namespace core
