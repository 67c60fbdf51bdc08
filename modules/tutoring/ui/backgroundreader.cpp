#include "tutoring/ui/backgroundreader.h"

#include "core/db/connectionstate.h"
#include "core/db/database.h"

namespace tutoring {

// Lives in the reader's thread and keeps its connection open between reads
// (SQLite's page cache stays warm); opened and closed in that thread.
class BackgroundReaderWorker : public QObject {
public:
    QSqlDatabase connect(const QString &path, const QString &operatorName)
    {
        if (!m_connection.isValid() || m_connection.path() != path) {
            m_connection.close();
            core::OpenOptions options; // read-only: nothing is written here
            options.create = false;
            options.migrate = false;
            options.readOnly = true;
            auto connection = core::openDatabase(path, options);
            if (!connection)
                return {};
            m_connection = std::move(*connection);
        }
        const QSqlDatabase db = m_connection.db();
        core::setSessionOperator(db, operatorName);
        return db;
    }
    void close() { m_connection.close(); }

private:
    core::DbConnection m_connection;
};

BackgroundReader::BackgroundReader(QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("tutoring-reader"));
    m_worker = new BackgroundReaderWorker;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

BackgroundReader::~BackgroundReader()
{
    m_next.reset();
    BackgroundReaderWorker *worker = m_worker;
    // Waits for a read still running (one, bounded), then closes the
    // connection in the thread that opened it.
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void BackgroundReader::read(const QSqlDatabase &db, Read read)
{
    m_next = Job { db.databaseName(), core::sessionOperator(db), std::move(read) };
    if (!m_running)
        startNext();
}

void BackgroundReader::startNext()
{
    if (!m_next)
        return;
    const Job job = std::move(*m_next);
    m_next.reset();
    if (!std::exchange(m_running, true))
        emit loadingChanged(true);
    BackgroundReaderWorker *worker = m_worker;
    BackgroundReader *reader = this;
    // The answer posted to the reader is dropped if it is destroyed first
    // (the destructor waits for the read itself).
    QMetaObject::invokeMethod(worker, [worker, job, reader] {
        const std::function<void()> deliver = job.read(worker->connect(job.path, job.operatorName));
        QMetaObject::invokeMethod(reader, [reader, deliver] { reader->finished(deliver); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void BackgroundReader::finished(const std::function<void()> &deliver)
{
    if (m_next) {
        startNext(); // superseded: only the latest read is shown
        return;
    }
    m_running = false;
    if (deliver)
        deliver();
    emit loadingChanged(false);
}

} // namespace tutoring
