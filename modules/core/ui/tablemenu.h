#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"

#include <QList>
#include <QStringList>

#include <functional>

class QAbstractItemView;
class QMenu;
class QPoint;

namespace core {

// The context menu every list of the program shares: "Copia" (the selected
// rows, tab-separated with the headers, for a spreadsheet or an e-mail),
// "Esporta questa tabella..." (the visible rows and columns as on screen,
// to a CSV for Italian spreadsheets) and "Salva come Excel..." (the same
// rows and columns as an .xlsx, each column as its model says it is:
// core/ui/listcolumnroles.h). ModuleTab installs it on every
// QTableView / QTreeView of a tab once built; dialogs call it themselves.
//
// A list that already has its own actions passes them in `extra`: they come
// first, the shared ones after a separator.
using TableMenuExtra = std::function<void(QMenu *menu, const QPoint &pos)>;
void installTableContextMenu(QAbstractItemView *view, TableMenuExtra extra = {});
// Every QTableView / QTreeView under `root` without a context menu of its
// own gets the shared one (installing twice is harmless).
void installTableContextMenus(QWidget *root);
// Appends "Copia", "Esporta questa tabella..." and "Salva come Excel..." to a menu.
void addTableActions(QMenu *menu, QAbstractItemView *view);

// What the actions write, for tests: the header then the rows, visible
// columns in their on-screen order, each cell as displayed. selectedOnly:
// only the rows with a selected cell (all when nothing is selected).
// Rows not yet fetched by a paged model are fetched first.
QList<QStringList> tableCells(QAbstractItemView *view, bool selectedOnly);
QString tableClipboardText(QAbstractItemView *view); // the selected rows, TSV
QByteArray tableCsv(QAbstractItemView *view); // every visible row, CSV (;, BOM)
void copyTableSelection(QAbstractItemView *view);
// Every visible row as a report of one table for the Excel writer: the
// columns' kinds from ColumnKindRole (a column whose model does not say is
// text, or a number when every cell of it is one, read with the locale and
// never with a leading zero: a code), the values from ExportValueRole.
ReportDocument tableDocument(QAbstractItemView *view);
// Asks for a file and writes the CSV; errors are shown to the person.
void exportTable(QAbstractItemView *view);
// Asks for a file and writes the Excel workbook; errors are shown.
void exportTableXlsx(QAbstractItemView *view);

} // namespace core
