#pragma once

#include "core/auth/session.h"
#include "core/db/activity.h"
#include "core/ui/module.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace core {
class BackgroundReader;
}

// The Cruscotto's figures read from the database: those of the modules
// asked (by module id; a module that failed has an empty list) and today's
// activity from the change log.
struct DashboardFigures {
    QHash<QString, QList<core::HeadlineFigure>> byModule; // headline, or status-bar figures

    std::optional<core::ActivitySummary> activity;
};

Q_DECLARE_METATYPE(DashboardFigures)

// Reads them on the connection given, in the calling thread.
DashboardFigures computeDashboardFigures(const QSqlDatabase &db, const QList<const core::Module *> &modules,
                                         const QDate &today);

// What a refresh on the worker needs, taken on the GUI thread as plain data:
// the file, who is signed in (with the session's vault keys), the modules
// (Module::headlineFigures is const and reads only the connection given)
// and the day.
struct DashboardRequest {
    QString databasePath;
    std::optional<core::Session> session;
    QString operatorName;
    QList<const core::Module *> modules;
    QDate today;
    // Valid: the modules' status-bar figures at this instant
    // (Module::statusFigures) instead of the headline ones and the activity.
    QDateTime statusAt;

    static DashboardRequest from(const QSqlDatabase &db, QList<const core::Module *> modules, const QDate &today);
};

// Computes the Cruscotto's figures on a thread of its own, with its own
// read-only connection opened there (one connection per thread): the GUI
// thread never waits on SQL. One refresh runs at a time; refreshes asked
// meanwhile are merged into one that runs next (the latest day, the union
// of the modules): they never queue up. stop() (and the destructor) waits
// for the running refresh and closes the worker's connection in its thread,
// before the owner closes the database.
class DashboardLoader : public QObject {
    Q_OBJECT
public:
    explicit DashboardLoader(QObject *parent = nullptr);
    ~DashboardLoader() override;

    // Asks for the figures of `modules` on `today`, read from the file of
    // `db` as its session sees it. The answer comes with loaded().
    void request(const QSqlDatabase &db, const QList<const core::Module *> &modules, const QDate &today);
    // The same for the status bar's figures at `now` (a loader of its own).
    void requestStatus(const QSqlDatabase &db, const QList<const core::Module *> &modules, const QDateTime &now);
    bool isLoading() const { return m_running; }
    void stop();

signals:
    // On the GUI thread: the figures of a refresh, or why the worker could
    // not open its connection.
    void loaded(const DashboardFigures &figures);
    void failed(const QString &error);
    void loadingChanged(bool loading);

private:
    void ask(DashboardRequest request);
    void startNext();
    void finished(const DashboardFigures &figures, const QString &error);

    core::BackgroundReader *m_reader = nullptr; // the thread and its read-only connection
    bool m_running = false;
    bool m_stopped = false; // asks after stop() are ignored
    std::optional<DashboardRequest> m_next; // asked while one was running
};
