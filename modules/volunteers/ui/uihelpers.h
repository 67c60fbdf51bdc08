#pragma once

#include "core/domain/result.h"
#include "core/ui/pagedsqlmodel.h"
#include "volunteers/domain/volunteerlists.h"

#include <QDate>
#include <QSqlDatabase>

class QComboBox;
class QTableView;
class QWidget;

namespace core {
class BackgroundReader;
class CommandStack;
}

namespace volunteers {

// Small things every page of the tab does the same way.
namespace ui {

// Fills a combo with organisations / events / services (data: the id).
// `anyText` non-empty adds a first item with id 0.
void fillOrganisations(QComboBox *combo, const QSqlDatabase &db, const QString &anyText = {});
// The same read on `reader`'s worker: the combo shows `anyText` alone
// until the organisations arrive; the choice made meanwhile stays (no
// currentIndexChanged when it does).
void fillOrganisationsLater(
    QComboBox *combo, core::BackgroundReader *reader, const QSqlDatabase &db, const QString &anyText = {});
void fillEvents(QComboBox *combo, const QSqlDatabase &db, const QString &anyText = {});
void fillServices(QComboBox *combo, const QSqlDatabase &db, bool activeOnly = true);
// Keeps the event if it covers the day, otherwise selects the latest event
// that does: what an operator entering days expects.
void selectEventCovering(QComboBox *combo, const QSqlDatabase &db, const QDate &day);
// A read-only list view set up like the rest of the program.
void setUpTable(QTableView *table);
// Gives the model a list of the query object (VolunteerLists): its SQL,
// with the page's titles, kinds and sortable flags in `columns` (their
// expressions are taken from the list). A refused list (no
// Permission::VolunteersView) leaves the model empty; returns the error.
core::Status setList(core::PagedSqlModel *model, const core::Result<ListSql> &list, QList<core::PagedColumn> columns);
// Shows a domain error in a warning box, in Italian.
void showError(QWidget *parent, const QString &title, const core::Error &error);
// The command stack of the tab a widget is in (its nearest ModuleTab);
// the Volontari pages and panels live inside one.
core::CommandStack &commandsOf(const QWidget *widget);
// Days as short ranges: "01/09/2020–30/09/2020, 03/10/2020" (sorted input).
QString dayRanges(const QList<QDate> &days);

} // namespace ui
} // namespace volunteers
