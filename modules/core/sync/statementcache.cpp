#include "core/sync/statementcache.h"

#include "core/db/sql.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace core::sync {

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
}

StatementCache::~StatementCache()
{
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
}

Error StatementCache::lastError(const QString &sql) const
{
    const QString message = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("no connection");
    if (message.contains(QLatin1String("integer overflow")))
        return Error(QStringLiteral("db.integer_overflow"), { sql.simplified().left(200) });
    return Error(QStringLiteral("db.query"), { message, sql.simplified().left(200) });
}

sqlite3_stmt *StatementCache::statement(const QString &sql, Error *error)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return it.value();
    if (!m_handle) {
        *error = Error(QStringLiteral("db.query"), { QStringLiteral("not an SQLite connection"), sql.left(200) });
        return nullptr;
    }
    sqlite3_stmt *s = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr)
            != SQLITE_OK
        || !s) {
        *error = lastError(sql);
        sqlite3_finalize(s);
        return nullptr;
    }
    m_statements.insert(sql, s);
    return s;
}

int StatementCache::bind(sqlite3_stmt *s, int position, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        // core::bindValue: a null QString is '' (QSqlQuery would bind NULL).
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(s, position, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    default:
        break;
    }
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(s, position);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return sqlite3_bind_int64(s, position, value.toLongLong());
    case QMetaType::Bool:
        return sqlite3_bind_int(s, position, value.toBool() ? 1 : 0);
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(s, position, qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(s, position, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(s, position, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    default: {
        // As QSQLITE does: anything else as its text.
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(s, position, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

QVariant StatementCache::columnValue(sqlite3_stmt *s, int column)
{
    switch (sqlite3_column_type(s, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(s, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(s, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QVariant(QByteArray(
            static_cast<const char *>(sqlite3_column_blob(s, column)), sqlite3_column_bytes(s, column)));
    default: {
        const char *text = reinterpret_cast<const char *>(sqlite3_column_text(s, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(s, column)));
    }
    }
}

Result<std::optional<QVariantList>> StatementCache::firstRow(const QString &sql, const QVariantList &binds)
{
    Error error;
    sqlite3_stmt *s = statement(sql, &error);
    if (!s)
        return error;
    for (int i = 0; i < binds.size(); ++i)
        if (bind(s, i + 1, binds.at(i)) != SQLITE_OK) {
            Error e = lastError(sql);
            sqlite3_reset(s);
            return e;
        }
    std::optional<QVariantList> row;
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        QVariantList values;
        const int columns = sqlite3_column_count(s);
        values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            values.append(columnValue(s, i));
        row = std::move(values);
    } else if (rc != SQLITE_DONE) {
        Error e = lastError(sql);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return e;
    }
    sqlite3_reset(s);
    return row;
}

Result<QList<QVariantList>> StatementCache::rows(const QString &sql, const QVariantList &binds)
{
    Error error;
    sqlite3_stmt *s = statement(sql, &error);
    if (!s)
        return error;
    for (int i = 0; i < binds.size(); ++i)
        if (bind(s, i + 1, binds.at(i)) != SQLITE_OK) {
            Error e = lastError(sql);
            sqlite3_reset(s);
            return e;
        }
    QList<QVariantList> result;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        QVariantList values;
        const int columns = sqlite3_column_count(s);
        values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            values.append(columnValue(s, i));
        result.append(std::move(values));
    }
    if (rc != SQLITE_DONE) {
        Error e = lastError(sql);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return e;
    }
    sqlite3_reset(s);
    return result;
}

Result<QVariant> StatementCache::value(const QString &sql, const QVariantList &binds)
{
    auto row = firstRow(sql, binds);
    if (!row)
        return row.error();
    return *row ? (*row)->value(0) : QVariant();
}

bool StatementCache::exec(const QString &sql, const QVariantList &binds, QSqlError *error)
{
    Error prepareError;
    sqlite3_stmt *s = statement(sql, &prepareError);
    if (!s) {
        *error = QSqlError(prepareError.args.value(0), QString(), QSqlError::StatementError);
        return false;
    }
    int rc = SQLITE_OK;
    for (int i = 0; i < binds.size() && rc == SQLITE_OK; ++i)
        rc = bind(s, i + 1, binds.at(i));
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(s);
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        // The extended code as QSQLITE gives it (its nativeErrorCode).
        *error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
            QString::number(sqlite3_extended_errcode(m_handle)));
    sqlite3_reset(s);
    return ok;
}

LargePageCache::LargePageCache(const QSqlDatabase &db)
    : m_db(db)
{
    auto previous = queryValue(db, QStringLiteral("PRAGMA cache_size"));
    if (!previous || !previous->isValid())
        return;
    const qint64 size = previous->toLongLong();
    // Negative: KiB; positive: pages (4 KiB here). Never made smaller.
    if ((size < 0 && -size >= 65536) || (size > 0 && size * 4 >= 65536))
        return;
    if (runQuery(db, QStringLiteral("PRAGMA cache_size = -65536")))
        m_previous = *previous;
}

LargePageCache::~LargePageCache()
{
    if (m_previous.isValid())
        (void)runQuery(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
}

} // namespace core::sync
