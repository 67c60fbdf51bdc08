#include "core/db/backgroundreader.h"

#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"

#include <QThread>

namespace core {

// Lives in the reader's thread; its connection is opened and closed there.
class BackgroundReaderWorker : public QObject {
public:
    Error run(const QString &databasePath, const std::function<void(const QSqlDatabase &)> &work)
    {
        if (!m_connection.isValid() || m_connection.path() != databasePath) {
            m_connection.close();
            OpenOptions options; // reads only: never creates, migrates or writes
            options.create = false;
            options.migrate = false;
            options.readOnly = true;
            auto connection = openDatabase(databasePath, options);
            if (!connection) {
                qCWarning(logcat::db).noquote() << "background reader cannot open the database:"
                                                << errorLogText(connection.error());
                return connection.error();
            }
            m_connection = std::move(*connection);
        }
        work(m_connection.db());
        return {};
    }
    void close() { m_connection.close(); }

private:
    DbConnection m_connection;
};

BackgroundReader::BackgroundReader(QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("reader"));
    m_worker = new BackgroundReaderWorker;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

BackgroundReader::~BackgroundReader()
{
    stop();
}

void BackgroundReader::stop()
{
    if (!m_worker)
        return;
    ++m_generation;
    BackgroundReaderWorker *worker = m_worker;
    // Runs after the reads already queued (each one bounded): then the
    // connection closes in the thread that opened it.
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
}

void BackgroundReader::read(const QString &databasePath, std::function<void(const QSqlDatabase &)> work,
                            std::function<void(const Error &)> done)
{
    if (!m_worker)
        return;
    BackgroundReaderWorker *worker = m_worker;
    // `reader` outlives the worker's code (stop() waits for it); its answer
    // is dropped by Qt if it is destroyed before the answer is delivered.
    BackgroundReader *reader = this;
    const int generation = m_generation;
    QMetaObject::invokeMethod(
        worker,
        [worker, reader, generation, databasePath, work = std::move(work), done = std::move(done)] {
            if (reader->m_generation != generation) // stopped meanwhile
                return;
            const Error error = worker->run(databasePath, work);
            QMetaObject::invokeMethod(
                reader,
                [reader, generation, error, done] {
                    if (reader->m_generation == generation)
                        done(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace core
