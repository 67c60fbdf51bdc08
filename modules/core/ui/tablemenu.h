#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <memory>

class QAbstractItemView;
class QMenu;
class QPoint;
class QTimer;

namespace core {

struct ListReadControl;

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

// Every row of a paged list (core::PagedSqlModel, the view's own model)
// under its filter and sort, as the model's readAllRows() gives them, for
// an export: rows not painted yet are "…" in the view. `whole` false: the
// export writes the view's rows (any other model).
struct TableRows {
    bool whole = false;
    QList<QVariantList> rows;
};

// What the actions write, for tests: the header then the rows, visible
// columns in their on-screen order, each cell as displayed. selectedOnly:
// only the rows with a selected cell (all when nothing is selected).
// Rows not yet fetched by a paged model are fetched first.
QList<QStringList> tableCells(QAbstractItemView *view, bool selectedOnly);
QString tableClipboardText(QAbstractItemView *view); // the selected rows, TSV
// Every row, CSV (;, BOM): the view's rows, or `rows` when whole.
QByteArray tableCsv(QAbstractItemView *view, const TableRows &rows = {});
void copyTableSelection(QAbstractItemView *view);
// Every row as a report of one table for the Excel writer (the view's
// rows, or `rows` when whole): the columns' kinds from ColumnKindRole (a
// column whose model does not say is text, or a number when every cell of
// it is one, read with the locale and never with a leading zero: a code),
// the values from ExportValueRole.
ReportDocument tableDocument(QAbstractItemView *view, const TableRows &rows = {});

// One export of a list to a file the person chose. A paged list is read
// whole on its worker (PagedSqlModel::readAllRows), with a progress dialog
// whose Cancel stops the read and writes nothing; any other list is
// written at once. finished() says whether the file was written (errors
// are shown to the person). Deletes itself after finished().
class TableExport : public QObject {
    Q_OBJECT
public:
    enum class Format { Csv, Xlsx };
    // Starts the export (the view is its parent).
    static TableExport *start(QAbstractItemView *view, const QString &path, Format format);

    QProgressDialog *progressDialog() const { return m_progress; }
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(bool written);

private:
    TableExport(QAbstractItemView *view, const QString &path, Format format);
    void run();
    void write(const TableRows &rows);
    void finish(bool written);
    void showProgress();

    QPointer<QAbstractItemView> m_view;
    QString m_path;
    Format m_format;
    std::shared_ptr<ListReadControl> m_control;
    QPointer<QProgressDialog> m_progress;
    QTimer *m_timer = nullptr;
    bool m_running = false;
};

// Asks for a file and writes the CSV; errors are shown to the person.
void exportTable(QAbstractItemView *view);
// Asks for a file and writes the Excel workbook; errors are shown.
void exportTableXlsx(QAbstractItemView *view);

} // namespace core
