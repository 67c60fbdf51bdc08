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
class QAbstractItemModel;
class QMenu;
class QPoint;
class QTimer;

namespace core {

struct ListReadControl;
class PagedSqlModel;

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

// Every row of a paged list (core::PagedSqlModel, the view's own model or
// the one under its identity proxies) under its filter and sort, as the
// model's readAllRows() gives them, for an export: rows not painted yet
// are "…" in the view. `whole` false: the export writes the view's rows
// (any other model).
struct TableRows {
    bool whole = false;
    QList<QVariantList> rows;
};

// An identity proxy (QIdentityProxyModel) over a paged list that shows some
// of its cells otherwise (a code as words, a workstation number as a
// phrase) says so here, so that an export of rows never painted writes
// them as the list shows them. `row` holds the paged model's values (the
// columns, then the key); `below` is the cell as the model under the proxy
// shows it. An invalid answer: the proxy shows the cell as it is below.
// GUI thread.
class ExportRowText {
public:
    virtual ~ExportRowText() = default;
    virtual QVariant exportRowText(const QVariantList &row, int column, const QVariant &below) const = 0;
};

// The paged list a view's model reads, when whole rows can be read from it:
// the model itself, or the source under identity proxies (same rows, same
// order); null for any other model (a sorting or filtering proxy keeps
// its own order and rows, which SQL cannot repeat).
PagedSqlModel *pagedSourceOf(QAbstractItemModel *model);

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

// One export of a list to a file the person chose, the GUI thread never
// waiting: a paged list (also under identity proxies) is read whole on its
// worker (PagedSqlModel::readAllRows); its rows are then turned into the
// cells the list shows a slice at a time between events; the file is
// encoded and written on a worker thread through writeWholeFile /
// ReportXlsx::write (complete, or not there at all). A progress dialog says
// which step runs; Cancel (while reading or preparing) writes nothing.
// finished() says whether the file was written (errors are shown to the
// person, in the program's language). Deletes itself after finished().
class TableExport : public QObject {
    Q_OBJECT
public:
    enum class Format { Csv, Xlsx };
    // Starts the export (the view is its parent).
    static TableExport *start(QAbstractItemView *view, const QString &path, Format format);

    QProgressDialog *progressDialog() const { return m_progress; }
    void cancel();
    bool isRunning() const { return m_running; }
    // The thread that wrote the file, once finished() says written (tests).
    Qt::HANDLE writtenOn() const { return m_writtenOn; }

signals:
    void finished(bool written);

private:
    struct Work;
    TableExport(QAbstractItemView *view, const QString &path, Format format);
    void run();
    void prepare(const TableRows &rows);
    void prepareSlice();
    void write();
    void written(const Status &status, Qt::HANDLE thread);
    void finish(bool written);
    void showProgress();
    QProgressDialog *progress();

    QPointer<QAbstractItemView> m_view;
    QString m_path;
    Format m_format;
    std::shared_ptr<ListReadControl> m_control;
    std::shared_ptr<Work> m_work;
    QPointer<QProgressDialog> m_progress;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    bool m_writing = false;
    Qt::HANDLE m_writtenOn = nullptr;
};

// Asks for a file and writes the CSV; errors are shown to the person.
void exportTable(QAbstractItemView *view);
// Asks for a file and writes the Excel workbook; errors are shown.
void exportTableXlsx(QAbstractItemView *view);

} // namespace core
