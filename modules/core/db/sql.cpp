#include "core/db/sql.h"

#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace core {

Error queryError(const QSqlQuery &query, const QString &sql)
{
    const QSqlError e = query.lastError();
    QString message = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (message.contains(QLatin1String("integer overflow")))
        return Error(QStringLiteral("db.integer_overflow"), { sql.simplified().left(200) });
    return Error(QStringLiteral("db.query"), { message, sql.simplified().left(200) });
}

Status queryFinished(const QSqlQuery &query)
{
    if (query.lastError().isValid())
        return queryError(query, query.lastQuery());
    return {};
}

Error overflowError(const QString &what)
{
    return Error(QStringLiteral("db.integer_overflow"), { what });
}

bool addChecked(qint64 &sum, qint64 value)
{
    qint64 result = 0;
    if (__builtin_add_overflow(sum, value, &result))
        return false;
    sum = result;
    return true;
}

void bindValue(QSqlQuery &query, int position, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        query.bindValue(position, QString(QLatin1String("")));
    else
        query.bindValue(position, value);
}

namespace {

// --- Prepared statements kept per connection --------------------------------
//
// Parsing a statement costs more than running most of ours (one row by key),
// and the same few hundred statements run over and over. So runQuery keeps
// each statement prepared, per connection and thread, and runs it again:
//
// - The statements are ordinary QSQLITE queries made by the connection's own
//   driver, so QSQLITE finalizes them itself when the connection closes
//   (sqlite3_close would refuse a handle with statements of ours left open).
//   One whose statement was finalized (a close and reopen, a failed bind) is
//   dropped when next found, never run.
// - The caller gets a QSqlQuery over a PooledResult that forwards to the
//   kept query. When the caller's last copy of it goes away, the statement is
//   reset (no read left open: a reset statement holds no snapshot and no
//   lock) and goes back to its connection's idle set. While a caller holds
//   it, the same SQL run again (a nested loop) gets another statement.
// - Per thread: a connection belongs to the thread that opened it. A result
//   destroyed on another thread, or after its thread ended, is not given back.
// - At most kIdleLimit idle statements per connection; beyond it the least
//   recently used half is finalized (statements built with values inline
//   would otherwise pile up).
constexpr int kIdleLimit = 256;
constexpr int kIdlePerStatement = 4;

bool statementAlive(const QSqlQuery &query)
{
    const QSqlResult *r = query.result();
    if (!r)
        return false;
    const QVariant handle = r->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0
        && *static_cast<void *const *>(handle.constData()) != nullptr;
}

struct ConnectionPool {
    struct Idle {
        QSqlQuery query;
        quint64 used = 0;
    };
    QPointer<QSqlDriver> driver;
    std::unordered_map<QString, std::vector<Idle>> idle; // QSqlQuery moves, never copies
    int count = 0;
    quint64 tick = 0;

    std::optional<QSqlQuery> take(const QString &sql)
    {
        auto it = idle.find(sql);
        if (it == idle.end())
            return std::nullopt;
        std::vector<Idle> &list = it->second;
        std::optional<QSqlQuery> found;
        while (!list.empty() && !found) {
            QSqlQuery q = std::move(list.back().query);
            list.pop_back();
            --count;
            if (statementAlive(q))
                found = std::move(q);
        }
        if (list.empty())
            idle.erase(it);
        return found;
    }

    void giveBack(const QString &sql, QSqlQuery &&query)
    {
        std::vector<Idle> &list = idle[sql];
        if (int(list.size()) >= kIdlePerStatement)
            return;
        list.push_back(Idle { std::move(query), ++tick });
        if (++count > kIdleLimit)
            evictOlderHalf();
    }

    void evictOlderHalf()
    {
        std::vector<quint64> ticks;
        ticks.reserve(count);
        for (const auto &entry : idle)
            for (const Idle &i : entry.second)
                ticks.push_back(i.used);
        std::nth_element(ticks.begin(), ticks.begin() + ticks.size() / 2, ticks.end());
        const quint64 median = ticks[ticks.size() / 2];
        for (auto it = idle.begin(); it != idle.end();) {
            std::vector<Idle> &list = it->second;
            const auto old
                = std::remove_if(list.begin(), list.end(), [median](const Idle &i) { return i.used < median; });
            count -= int(list.end() - old);
            list.erase(old, list.end());
            it = list.empty() ? idle.erase(it) : std::next(it);
        }
    }
};

struct ThreadPools {
    std::unordered_map<const QSqlDriver *, std::shared_ptr<ConnectionPool>> byDriver;

    std::shared_ptr<ConnectionPool> of(QSqlDriver *driver)
    {
        auto it = byDriver.find(driver);
        if (it != byDriver.end()) {
            if (it->second->driver == driver)
                return it->second;
            byDriver.erase(it); // a new driver where a deleted one was
        }
        // Forget the pools of connections removed since.
        for (auto i = byDriver.begin(); i != byDriver.end();)
            i = i->second->driver.isNull() ? byDriver.erase(i) : std::next(i);
        auto pool = std::make_shared<ConnectionPool>();
        pool->driver = driver;
        byDriver.emplace(driver, pool);
        return pool;
    }
};

thread_local ThreadPools t_pools;

// What the caller's QSqlQuery runs on: every call forwards to the kept
// query, whose state (position, active, error) is copied back after it.
class PooledResult final : public QSqlResult {
public:
    PooledResult(const QSqlDriver *driver, QSqlQuery &&inner, const QString &sql, std::weak_ptr<ConnectionPool> pool)
        : QSqlResult(driver)
        , m_inner(std::move(inner))
        , m_sql(sql)
        , m_pool(std::move(pool))
        , m_thread(QThread::currentThread())
    {
        QSqlResult::setForwardOnly(true);
        QSqlResult::setQuery(sql);
        mirror();
    }

    ~PooledResult() override
    {
        if (!m_returnable || QThread::currentThread() != m_thread)
            return;
        auto pool = m_pool.lock();
        if (!pool || pool->driver.isNull() || !pool->driver->isOpen())
            return;
        m_inner.finish();
        if (statementAlive(m_inner))
            pool->giveBack(m_sql, std::move(m_inner));
    }

    QVariant handle() const override { return m_inner.result() ? m_inner.result()->handle() : QVariant(); }

protected:
    QVariant data(int i) override { return m_inner.value(i); }
    bool isNull(int i) override { return m_inner.isNull(i); }
    bool reset(const QString &sql) override
    {
        m_returnable = false;
        const bool ok = m_inner.exec(sql);
        mirror();
        return ok;
    }
    bool prepare(const QString &sql) override
    {
        m_returnable = false;
        m_inner.finish();
        const bool ok = m_inner.prepare(sql);
        mirror();
        return ok;
    }
    bool exec() override
    {
        const QList<QVariant> &values = boundValues();
        for (int i = 0; i < values.size(); ++i)
            m_inner.bindValue(i, values.at(i));
        const bool ok = m_inner.exec();
        mirror();
        return ok;
    }
    bool fetch(int i) override { return moved(m_inner.seek(i)); }
    bool fetchNext() override { return moved(m_inner.next()); }
    bool fetchPrevious() override { return moved(m_inner.previous()); }
    bool fetchFirst() override { return moved(m_inner.first()); }
    bool fetchLast() override { return moved(m_inner.last()); }
    int size() override { return m_inner.size(); }
    int numRowsAffected() override { return m_inner.numRowsAffected(); }
    QSqlRecord record() const override { return m_inner.record(); }
    QVariant lastInsertId() const override { return m_inner.lastInsertId(); }
    void detachFromResultSet() override { m_inner.finish(); }
    void setNumericalPrecisionPolicy(QSql::NumericalPrecisionPolicy policy) override
    {
        if (policy != m_inner.numericalPrecisionPolicy())
            m_returnable = false;
        m_inner.setNumericalPrecisionPolicy(policy);
        QSqlResult::setNumericalPrecisionPolicy(policy);
    }

private:
    bool moved(bool ok)
    {
        mirror();
        return ok;
    }
    void mirror()
    {
        QSqlResult::setAt(m_inner.at());
        QSqlResult::setSelect(m_inner.isSelect());
        QSqlResult::setActive(m_inner.isActive());
        QSqlResult::setLastError(m_inner.lastError());
    }

    QSqlQuery m_inner;
    QString m_sql;
    std::weak_ptr<ConnectionPool> m_pool;
    QThread *m_thread;
    bool m_returnable = true;
};

Result<QSqlQuery> runUncached(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryError(query, sql);
    for (int i = 0; i < binds.size(); ++i)
        bindValue(query, i, binds.at(i));
    if (!query.exec())
        return queryError(query, sql);
    return query;
}

} // namespace

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->isOpen() || driver->dbmsType() != QSqlDriver::SQLite)
        return runUncached(db, sql, binds);
    std::shared_ptr<ConnectionPool> pool = t_pools.of(driver);
    std::optional<QSqlQuery> kept = pool->take(sql);
    if (!kept) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return queryError(query, sql);
        kept = std::move(query);
    }
    for (int i = 0; i < binds.size(); ++i)
        bindValue(*kept, i, binds.at(i));
    if (!kept->exec()) {
        Error error = queryError(*kept, sql);
        kept->finish();
        if (statementAlive(*kept))
            pool->giveBack(sql, std::move(*kept));
        return error;
    }
    return QSqlQuery(new PooledResult(driver, std::move(*kept), sql, pool));
}

Result<QVariant> queryValue(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    auto query = runQuery(db, sql, binds);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

} // namespace core
