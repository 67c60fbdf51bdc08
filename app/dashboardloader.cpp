#include "dashboardloader.h"

#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/ui/errortext.h"

#include <QThread>

DashboardFigures computeDashboardFigures(const QSqlDatabase &db, const QList<const core::Module *> &modules,
                                         const QDate &today)
{
    DashboardFigures figures;
    for (const core::Module *module : modules)
        figures.byModule.insert(module->id(), module->headlineFigures(db, today));
    if (auto activity = core::activitySummary(db, today))
        figures.activity = *activity;
    return figures;
}

DashboardRequest DashboardRequest::from(const QSqlDatabase &db, QList<const core::Module *> modules, const QDate &today)
{
    DashboardRequest request;
    request.databasePath = db.databaseName();
    request.operatorName = core::sessionOperator(db);
    request.session = core::sessionCopy(db);
    request.modules = std::move(modules);
    request.today = today;
    return request;
}

// Lives in the loader's thread and keeps its connection open between
// refreshes (SQLite's page cache stays warm); the connection is opened and
// closed in that thread.
class DashboardWorker : public QObject {
public:
    // Runs in the worker thread.
    DashboardFigures compute(const DashboardRequest &request, QString *error)
    {
        if (!m_connection.isValid() || m_connection.path() != request.databasePath) {
            m_connection.close();
            // Read-only: the Cruscotto writes nothing, never migrates or creates.
            core::OpenOptions options;
            options.create = false;
            options.migrate = false;
            options.readOnly = true;
            auto connection = core::openDatabase(request.databasePath, options);
            if (!connection) {
                *error = core::ErrorText::describe(connection.error());
                return {};
            }
            m_connection = std::move(*connection);
        }
        const QSqlDatabase db = m_connection.db();
        if (request.session)
            core::beginSession(db, *request.session);
        else
            core::setSessionOperator(db, request.operatorName);
        DashboardFigures figures;
        if (request.statusAt.isValid())
            for (const core::Module *module : request.modules)
                figures.byModule.insert(module->id(), module->statusFigures(db, request.statusAt));
        else
            figures = computeDashboardFigures(db, request.modules, request.today);
        core::endSession(db); // the vault keys leave this connection now
        return figures;
    }
    void close() { m_connection.close(); }

private:
    core::DbConnection m_connection;
};

DashboardLoader::DashboardLoader(QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("cruscotto"));
    m_worker = new DashboardWorker;
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

DashboardLoader::~DashboardLoader()
{
    stop();
}

void DashboardLoader::stop()
{
    if (!m_worker)
        return;
    m_next.reset();
    // Waits for a refresh still running (one, bounded), then closes the
    // connection in the thread that opened it.
    DashboardWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended: nothing of it runs any more
    m_worker = nullptr;
    if (std::exchange(m_running, false))
        emit loadingChanged(false);
}

void DashboardLoader::request(const QSqlDatabase &db, const QList<const core::Module *> &modules, const QDate &today)
{
    ask(DashboardRequest::from(db, modules, today));
}

void DashboardLoader::requestStatus(const QSqlDatabase &db, const QList<const core::Module *> &modules,
                                    const QDateTime &now)
{
    DashboardRequest request = DashboardRequest::from(db, modules, now.date());
    request.statusAt = now;
    ask(std::move(request));
}

void DashboardLoader::ask(DashboardRequest request)
{
    if (!m_worker)
        return;
    if (m_running) {
        // Merged into the one that runs next: the latest day and session,
        // every module asked since.
        if (m_next)
            for (const core::Module *module : std::as_const(m_next->modules))
                if (!request.modules.contains(module))
                    request.modules.append(module);
        m_next = std::move(request);
        return;
    }
    m_next = std::move(request);
    startNext();
}

void DashboardLoader::startNext()
{
    if (!m_next)
        return;
    const DashboardRequest request = std::move(*m_next);
    m_next.reset();
    const bool wasRunning = std::exchange(m_running, true);
    if (!wasRunning)
        emit loadingChanged(true);
    DashboardWorker *worker = m_worker;
    // The loader outlives the computation (stop() waits for it); the answer
    // posted to it is dropped if it is destroyed before it is delivered.
    DashboardLoader *loader = this;
    QMetaObject::invokeMethod(worker, [worker, request, loader] {
        QString error;
        const DashboardFigures figures = worker->compute(request, &error);
        QMetaObject::invokeMethod(loader, [loader, figures, error] { loader->finished(figures, error); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void DashboardLoader::finished(const DashboardFigures &figures, const QString &error)
{
    if (!m_running)
        return; // stopped meanwhile
    if (error.isEmpty())
        emit loaded(figures);
    else
        emit failed(error);
    if (m_next) {
        startNext();
        return;
    }
    m_running = false;
    emit loadingChanged(false);
}
