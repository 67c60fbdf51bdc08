#include "dashboardloader.h"

#include "core/db/connectionstate.h"
#include "core/db/backgroundreader.h"
#include "core/ui/errortext.h"

#include <memory>

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

DashboardLoader::DashboardLoader(QObject *parent)
    : QObject(parent), m_reader(new core::BackgroundReader(this))
{
}

DashboardLoader::~DashboardLoader()
{
    stop();
}

void DashboardLoader::stop()
{
    m_stopped = true;
    m_next.reset();
    // Waits for a refresh still running (one, bounded), then closes the
    // connection in the thread that opened it.
    m_reader->stop();
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
    if (m_stopped)
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
    auto figures = std::make_shared<DashboardFigures>();
    m_reader->read(
        request.databasePath,
        [request, figures](const QSqlDatabase &db) {
            if (request.session)
                core::beginSession(db, *request.session);
            else
                core::setSessionOperator(db, request.operatorName);
            if (request.statusAt.isValid())
                for (const core::Module *module : request.modules)
                    figures->byModule.insert(module->id(), module->statusFigures(db, request.statusAt));
            else
                *figures = computeDashboardFigures(db, request.modules, request.today);
            core::endSession(db); // the vault keys leave this connection now
        },
        [this, figures](const core::Error &openError) {
            finished(*figures, openError.code.isEmpty() ? QString() : core::ErrorText::describe(openError));
        });
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
