#pragma once

#include "core/domain/clock.h"

#include <QSqlDatabase>
#include <QString>

namespace core {

class ReportCatalog;

// What every tab needs from the running program: the GUI thread's database
// connection, the operator at the keyboard, the clock and the report
// catalogue. Owned by the main window; tabs keep a reference.
struct AppContext {
    QSqlDatabase db;
    QString operatorName;
    int workstation = 0;
    const Clock *clock = &SystemClock::instance();
    const ReportCatalog *reports = nullptr;
};

} // namespace core
