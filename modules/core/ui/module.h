#pragma once

#include "core/reporting/reportcatalog.h"

#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QWidget;

namespace core {

class ModuleTab;
struct AppContext;

// One figure on the Cruscotto (home) tab.
struct HeadlineFigure {
    enum class Tone { Normal, Warning, Alert };
    QString label;
    QString value;
    QString note;
    Tone tone = Tone::Normal;
    // The page of the module's tab that clicking the figure opens (a name
    // its ModuleTab::openPage() knows, e.g. "lots"); empty: the tab as it is.
    QString page;
};

// One record found by the global search (Ctrl+K), grouped by kind in the
// results. `kind` is a stable name the module's ModuleTab::showRecord()
// knows ("volunteer", "ddt", "request", "pupil", "comune", "caller").
struct SearchHit {
    QString kind;
    QString group; // translated title of the kind ("Volontari")
    qint64 id = 0;
    QString title;
    QString detail;
};

// A line of work hosted by the main window. app/moduleregistry.cpp lists the
// modules in order, in plain code (no plugin loader).
class Module {
public:
    virtual ~Module() = default;

    virtual QString id() const = 0;     // stable, e.g. "stock"
    virtual QString title() const = 0;  // translated tab title
    virtual QIcon icon() const = 0;
    virtual ModuleTab *createTab(AppContext &context, QWidget *parent) = 0;

    // Reports offered in the Print menu and on the command line.
    virtual QList<ReportDefinition> reports() const { return {}; }
    // Headline figures for the Cruscotto, read from the database. Called on
    // the Cruscotto's worker thread with its own read-only connection
    // (app/dashboardloader.h): read only `db` and immutable members.
    virtual QList<HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &today) const
    {
        Q_UNUSED(db);
        Q_UNUSED(today);
        return {};
    }
    // The tables headlineFigures() reads: the Cruscotto recomputes them only
    // after a change to one of these. Empty: after any change.
    virtual QStringList headlineTables() const { return {}; }
    // Short figures for the main window's status bar, for what must never
    // be missed (overdue callbacks...): shown on every tab, refreshed after
    // each commit and every minute; Alert tone paints them red. Clicking
    // one opens the module's tab. Aggregate only: no personal data. Called
    // on the status bar's worker thread, like headlineFigures().
    virtual QList<HeadlineFigure> statusFigures(const QSqlDatabase &db, const QDateTime &now) const
    {
        Q_UNUSED(db);
        Q_UNUSED(now);
        return {};
    }
    // The global search's provider: this module's records containing `text`
    // (at most `limit` of each kind; the queries live in the module's
    // repositories). Only asked when the role may see the module's tab; a
    // kind the role may not read is simply left out, without an audit entry.
    // Called on the search's worker thread with that thread's own read-only
    // connection (signed in as the person searching): read only `db` and
    // the module's immutable members, never the GUI or its connection.
    virtual QList<SearchHit> search(const QSqlDatabase &db, const QString &text, int limit) const
    {
        Q_UNUSED(db);
        Q_UNUSED(text);
        Q_UNUSED(limit);
        return {};
    }
};

} // namespace core
