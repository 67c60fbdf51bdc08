#pragma once

#include "core/ui/module.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace room {

// The emergency plans on the Cruscotto, on its worker thread (see
// core::Module::headlineFigures): plans overdue for revision (red when
// any; amber when only some are due within planDueWindowDays), and the
// COCs open. Empty for a role without room.view.
QList<core::HeadlineFigure> planHeadlineFigures(const QSqlDatabase &db, const QDate &today);
// The tables planHeadlineFigures() reads.
QStringList planHeadlineTables();

} // namespace room
