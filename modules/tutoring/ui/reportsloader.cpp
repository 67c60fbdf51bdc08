#include "tutoring/ui/reportsloader.h"

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "tutoring/domain/tutoringreports.h"

namespace tutoring {

ReportsData ReportsLoader::compute(const QSqlDatabase &db, const core::ReportRequest &request)
{
    ReportsData data;
    data.thread = QThread::currentThreadId();
    auto figures = tutoringFigures(db, request.from, request.to);
    if (!figures) {
        data.error = figures.error();
        return data;
    }
    data.figures = *figures;
    if (auto weeks = TutoringReports::bySubjectWeek(db, request))
        data.weeks = *weeks;
    return data;
}

// Lives in the loader's thread and keeps its connection open between reads
// (SQLite's page cache stays warm); opened and closed in that thread.
class ReportsWorker : public QObject {
public:
    ReportsData compute(const QString &path, const QString &operatorName, const core::ReportRequest &request)
    {
        if (!m_connection.isValid() || m_connection.path() != path) {
            m_connection.close();
            core::OpenOptions options; // read-only: the page writes nothing
            options.create = false;
            options.migrate = false;
            options.readOnly = true;
            auto connection = core::openDatabase(path, options);
            if (!connection) {
                ReportsData data;
                data.error = connection.error();
                return data;
            }
            m_connection = std::move(*connection);
        }
        const QSqlDatabase db = m_connection.db();
        core::setSessionOperator(db, operatorName);
        return ReportsLoader::compute(db, request);
    }
    void close() { m_connection.close(); }

private:
    core::DbConnection m_connection;
};

ReportsLoader::ReportsLoader(QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("tutoring-reports"));
    m_worker = new ReportsWorker;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

ReportsLoader::~ReportsLoader()
{
    m_next.reset();
    ReportsWorker *worker = m_worker;
    // Waits for a read still running (one, bounded), then closes the
    // connection in the thread that opened it.
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void ReportsLoader::request(const QSqlDatabase &db, const core::ReportRequest &request)
{
    m_next = Job { db.databaseName(), core::sessionOperator(db), request };
    if (!m_running)
        startNext();
}

void ReportsLoader::startNext()
{
    if (!m_next)
        return;
    const Job job = std::move(*m_next);
    m_next.reset();
    m_running = true;
    ReportsWorker *worker = m_worker;
    ReportsLoader *loader = this;
    // The answer posted to the loader is dropped if it is destroyed first
    // (the destructor waits for the read itself).
    QMetaObject::invokeMethod(worker, [worker, job, loader] {
        const ReportsData data = worker->compute(job.path, job.operatorName, job.request);
        QMetaObject::invokeMethod(loader, [loader, data] { loader->finished(data); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ReportsLoader::finished(const ReportsData &data)
{
    if (m_next) {
        startNext(); // superseded: only the latest request is shown
        return;
    }
    m_running = false;
    emit loaded(data);
}

} // namespace tutoring
