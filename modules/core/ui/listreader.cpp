#include "core/ui/listreader.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"

#include <QHash>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <limits>

namespace core {

ListRows runListRead(const QSqlDatabase &db, const ListRead &read)
{
    ListRows reply;
    reply.client = read.client;
    reply.generation = read.generation;
    reply.page = read.page;
    reply.ticket = read.ticket;
    reply.thread = QThread::currentThreadId();
    reply.locateTicket = read.locateTicket;
    if (read.locate) {
        read.locate(db, reply);
        return reply;
    }
    ListReadControl *control = read.control.get();
    if (!read.countSql.isEmpty()) {
        auto count = queryValue(db, read.countSql, read.countBinds);
        if (!count) {
            qCWarning(logcat::ui).noquote() << "a list could not be counted:" << errorLogText(count.error());
            reply.error = count.error().args.value(0);
            return reply;
        }
        reply.count = count->toInt();
        if (control)
            control->total = reply.count;
    }
    int wanted = control ? std::numeric_limits<int>::max() : read.limit;
    for (int i = 0; i < read.segments.size() && wanted > 0; ++i) {
        const ListRead::Segment &segment = read.segments.at(i);
        QString sql = segment.sql;
        if (!control)
            sql += QStringLiteral(" LIMIT %1").arg(wanted);
        if (i == 0 && read.offset > 0 && !control)
            sql += QStringLiteral(" OFFSET %1").arg(read.offset);
        auto q = runQuery(db, sql, segment.binds);
        if (!q) {
            qCWarning(logcat::ui).noquote() << "a list could not be read:" << errorLogText(q.error());
            reply.error = q.error().args.value(0);
            return reply;
        }
        const int width = q->record().count();
        while (q->next()) {
            QVariantList row;
            row.reserve(width);
            for (int c = 0; c < width; ++c)
                row.append(q->value(c));
            reply.rows.append(row);
            --wanted;
            if (control) {
                if (control->cancelled.load(std::memory_order_relaxed))
                    return reply; // the asker drops it
                if ((reply.rows.size() & 255) == 0)
                    control->rows = int(reply.rows.size());
            }
        }
    }
    if (control)
        control->rows = int(reply.rows.size());
    if (read.reversed)
        std::reverse(reply.rows.begin(), reply.rows.end());
    return reply;
}

std::shared_ptr<ListReader> ListReader::forDatabase(const QSqlDatabase &db)
{
    const QString path = db.databaseName();
    if (path.isEmpty() || path == QLatin1String(":memory:") || path.contains(QLatin1String("mode=memory")))
        return {};
    // GUI thread only, like the models that ask.
    static QHash<QString, std::weak_ptr<ListReader>> readers;
    if (auto reader = readers.value(path).lock())
        return reader;
    auto reader = std::make_shared<ListReader>(path);
    readers.insert(path, reader);
    reader->start(QThread::LowPriority);
    return reader;
}

ListReader::ListReader(QString path) : m_path(std::move(path))
{
    static const int registered = qRegisterMetaType<core::ListRows>();
    Q_UNUSED(registered)
}

ListReader::~ListReader()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_wake.wakeAll();
    wait(); // the read in progress, then the connection closes in run()
}

void ListReader::submit(ListRead read)
{
    std::deque<ListRead> dropped;
    {
        QMutexLocker lock(&m_mutex);
        // The latest request wins: older generations of this model are not run.
        int waitingPages = 0;
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            if (it->ticket != 0 || read.ticket != 0) {
                ++it; // a whole-list read runs in its turn, whatever comes after it
            } else if (it->client == read.client && it->generation < read.generation) {
                if (it->locateTicket != 0)
                    dropped.push_back(std::move(*it)); // its asker decides whether to ask again
                it = m_queue.erase(it); // stale: its reply would be dropped anyway
            } else if (it->locateTicket != 0 || read.locateTicket != 0) {
                ++it; // a row being found is no page: never merged
            } else if (it->client == read.client && it->generation == read.generation && it->page == read.page) {
                it = m_queue.erase(it); // asked again: runs once, in its new place
            } else {
                waitingPages += it->client == read.client ? 1 : 0;
                ++it;
            }
        }
        if (waitingPages >= maxWaitingPages) {
            auto oldest = std::find_if(m_queue.begin(), m_queue.end(),
                                       [&](const ListRead &r) {
                                           return r.client == read.client && r.countSql.isEmpty() && r.ticket == 0
                                               && r.locateTicket == 0;
                                       });
            if (oldest != m_queue.end()) {
                dropped.push_back(std::move(*oldest));
                m_queue.erase(oldest);
            }
        }
        m_queue.push_back(std::move(read));
    }
    m_wake.wakeOne();
    for (const ListRead &r : dropped) {
        ListRows reply;
        reply.client = r.client;
        reply.generation = r.generation;
        reply.page = r.page;
        reply.locateTicket = r.locateTicket;
        reply.dropped = true;
        emit rowsRead(reply);
    }
}

void ListReader::run()
{
    // Read-only: never creates, migrates or writes the file.
    OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.readOnly = true;
    auto connection = openDatabase(m_path, options);
    for (;;) {
        ListRead read;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && m_queue.empty())
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            read = std::move(m_queue.front());
            m_queue.pop_front();
        }
        ListRows reply;
        if (connection) {
            reply = runListRead(connection->db(), read);
        } else {
            reply.client = read.client;
            reply.generation = read.generation;
            reply.page = read.page;
            reply.ticket = read.ticket;
            reply.locateTicket = read.locateTicket;
            reply.unavailable = true;
        }
        emit rowsRead(reply);
    }
    // The connection closes here, in the thread that opened it.
}

} // namespace core
