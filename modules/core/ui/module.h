#pragma once

#include "core/reporting/reportcatalog.h"

#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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
    // Headline figures for the Cruscotto, read from the database.
    virtual QList<HeadlineFigure> headlineFigures(const QSqlDatabase &db, const QDate &today) const
    {
        Q_UNUSED(db);
        Q_UNUSED(today);
        return {};
    }
    // Short figures for the main window's status bar, for what must never
    // be missed (overdue callbacks...): shown on every tab, refreshed after
    // each commit and every minute; Alert tone paints them red. Clicking
    // one opens the module's tab. Aggregate only: no personal data.
    virtual QList<HeadlineFigure> statusFigures(const QSqlDatabase &db, const QDateTime &now) const
    {
        Q_UNUSED(db);
        Q_UNUSED(now);
        return {};
    }
};

} // namespace core
