#include "core/ui/tablemenu.h"

#include "core/domain/clock.h"
#include "core/domain/csv.h"
#include "core/domain/wholefile.h"
#include "core/reporting/reportxlsx.h"
#include "core/ui/errortext.h"
#include "core/ui/listcolumnroles.h"
#include "core/ui/listreader.h"
#include "core/ui/pagedsqlmodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

namespace core {

namespace {

const char *installedProperty = "cisiamoTableMenu";

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// The model's columns in their on-screen order, hidden ones left out.
QList<int> visibleColumns(QAbstractItemView *view)
{
    QList<int> columns;
    const QAbstractItemModel *model = view->model();
    QHeaderView *header = headerOf(view);
    const int count = model ? model->columnCount(view->rootIndex()) : 0;
    for (int visual = 0; visual < count; ++visual) {
        const int logical = header ? header->logicalIndex(visual) : visual;
        if (logical < 0 || (header && header->isSectionHidden(logical)))
            continue;
        columns.append(logical);
    }
    return columns;
}

// Rows in display order; a tree's children only when their parent is open.
void collectRows(QAbstractItemView *view, const QModelIndex &parent, QList<QModelIndex> &rows)
{
    QAbstractItemModel *model = view->model();
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
    auto *tree = qobject_cast<QTreeView *>(view);
    auto *table = qobject_cast<QTableView *>(view);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (tree && tree->isRowHidden(row, parent))
            continue;
        if (table && table->isRowHidden(row))
            continue;
        const QModelIndex index = model->index(row, 0, parent);
        rows.append(index);
        if (tree && tree->isExpanded(index))
            collectRows(view, index, rows);
    }
}

QString oneLine(QString text)
{
    // One line per row in a spreadsheet.
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

QString cellText(const QModelIndex &index)
{
    return oneLine(index.data(Qt::DisplayRole).toString());
}

// A number as a spreadsheet reads it ("-1.234,5", "12%"): written as is.
bool looksNumeric(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9][0-9.,\\s\u00a0\u202f]*%?$"));
    return number.match(text).hasMatch();
}

QString tableTitle(QAbstractItemView *view)
{
    QString name = view->accessibleName();
    if (name.isEmpty())
        name = view->window()->windowTitle();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    if (name.trimmed().isEmpty())
        name = QCoreApplication::translate("core::TableMenu", "table");
    return name.trimmed();
}

QString suggestedName(QAbstractItemView *view, const QString &extension = QStringLiteral("csv"))
{
    return tableTitle(view) + QLatin1Char('.') + extension;
}

// A column whose model does not say what it holds: a number when every
// cell is one as the locale writes it ("1.234,5", "-3"), with as many
// decimals as the most precise. A digit after a leading zero ("015002")
// is a code: the column stays text.
bool guessNumbers(const QList<QString> &texts, const QLocale &locale, ReportColumn &column)
{
    static const QRegularExpression code(QStringLiteral("^-?0[0-9]"));
    int decimals = 0;
    int numbers = 0;
    for (const QString &text : texts) {
        if (text.isEmpty())
            continue;
        bool ok = false;
        locale.toDouble(text, &ok);
        if (!ok || code.match(text).hasMatch())
            return false;
        const qsizetype point = text.indexOf(locale.decimalPoint());
        if (point >= 0)
            decimals = std::max(decimals, int(text.size() - point - 1));
        ++numbers;
    }
    if (numbers == 0)
        return false;
    column.kind = decimals > 0 ? ColumnKind::Decimal : ColumnKind::Integer;
    column.decimals = decimals;
    return true;
}

// The paged list under a view's model and the identity proxies between
// them (the top one first).
struct PagedChain {
    PagedSqlModel *paged = nullptr;
    QList<const QAbstractProxyModel *> proxies;
};

PagedChain pagedChain(QAbstractItemModel *model)
{
    PagedChain chain;
    while (auto *proxy = qobject_cast<QAbstractProxyModel *>(model)) {
        if (!qobject_cast<QIdentityProxyModel *>(proxy))
            return {}; // its own rows and order: not the SQL's
        chain.proxies.append(proxy);
        model = proxy->sourceModel();
    }
    chain.paged = qobject_cast<PagedSqlModel *>(model);
    if (!chain.paged)
        chain.proxies.clear();
    return chain;
}

// A cell of a whole row as the list shows it (`shown`) and as an export of
// its kind writes it (`value`): the paged model's, then each proxy's over it.
struct ChainCell {
    QVariant shown;
    QVariant value;
};

ChainCell chainCell(const PagedChain &chain, const QVariantList &row, int column)
{
    ChainCell cell { chain.paged->displayValue(row, column), chain.paged->exportValue(row, column) };
    for (auto it = chain.proxies.crbegin(); it != chain.proxies.crend(); ++it) {
        const auto *text = dynamic_cast<const ExportRowText *>(*it);
        if (!text)
            continue;
        const QVariant rewritten = text->exportRowText(row, column, cell.shown);
        if (rewritten.isValid())
            cell.shown = cell.value = rewritten; // words where the list shows words
    }
    return cell;
}

// The CSV of header and rows (";", BOM, for Italian spreadsheets): pure,
// runs on the export's worker.
QByteArray csvBytes(const QList<QStringList> &cells)
{
    CsvWriteOptions options;
    options.separator = QLatin1Char(';');
    options.byteOrderMark = true;
    CsvWriter writer(options);
    for (int i = 0; i < cells.size(); ++i) {
        QList<CsvCell> kinds;
        for (const QString &cell : cells.at(i))
            kinds.append(i > 0 && looksNumeric(cell) ? CsvCell::Number : CsvCell::Text);
        writer.writeRow(cells.at(i), kinds);
    }
    return writer.data();
}

// The table's columns and header of a view, for an Excel export: each
// column's kind from ColumnKindRole when the model says it (`declared`).
ReportTable tableFrame(QAbstractItemView *view, const QList<int> &columns, QList<bool> &declared)
{
    ReportTable table;
    QAbstractItemModel *model = view->model();
    declared.clear();
    for (int column : columns) {
        ReportColumn c;
        c.title = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const QVariant kind = model->headerData(column, Qt::Horizontal, ColumnKindRole);
        declared.append(kind.isValid());
        if (kind.isValid()) {
            c.kind = ColumnKind(kind.toInt());
            c.decimals = model->headerData(column, Qt::Horizontal, ColumnDecimalsRole).toInt();
        }
        table.columns.append(c);
    }
    return table;
}

// The view's own rows (every row of a model that holds them all).
void appendViewRows(QAbstractItemView *view, const QList<int> &columns, const QList<bool> &declared, ReportTable &table)
{
    QList<QModelIndex> rows;
    collectRows(view, view->rootIndex(), rows);
    for (const QModelIndex &first : std::as_const(rows)) {
        QVariantList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QModelIndex index = first.siblingAtColumn(columns.at(i));
            QVariant value = declared.at(i) ? index.data(ExportValueRole) : QVariant();
            if (!value.isValid() || value.isNull())
                value = cellText(index); // what the list shows: a label, or a model that does not say
            values.append(value);
        }
        table.rows.append(values);
    }
}

// Columns the model does not describe: numbers when every cell is one.
// Pure: runs on the export's worker.
void guessUndeclared(ReportTable &table, const QList<bool> &declared, const QLocale &locale)
{
    for (int i = 0; i < table.columns.size(); ++i) {
        if (declared.value(i))
            continue;
        QList<QString> texts;
        for (const QVariantList &row : std::as_const(table.rows))
            texts.append(row.at(i).toString());
        if (!guessNumbers(texts, locale, table.columns[i]))
            continue;
        for (QVariantList &row : table.rows) {
            const QString text = row.at(i).toString();
            row[i] = text.isEmpty() ? QVariant() : QVariant(locale.toDouble(text));
        }
    }
}

} // namespace

PagedSqlModel *pagedSourceOf(QAbstractItemModel *model)
{
    return pagedChain(model).paged;
}

QList<QStringList> tableCells(QAbstractItemView *view, bool selectedOnly)
{
    QList<QStringList> cells;
    QAbstractItemModel *model = view->model();
    if (!model)
        return cells;
    const QList<int> columns = visibleColumns(view);
    QStringList header;
    for (int column : columns)
        header.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    cells.append(header);

    QList<QModelIndex> rows;
    collectRows(view, view->rootIndex(), rows);
    const QItemSelectionModel *selection = view->selectionModel();
    const bool anySelected = selection && selection->hasSelection();
    for (const QModelIndex &first : std::as_const(rows)) {
        if (selectedOnly && anySelected) {
            bool selected = false;
            for (int column : columns)
                selected = selected || selection->isSelected(first.siblingAtColumn(column));
            if (!selected)
                continue;
        }
        QStringList row;
        for (int column : columns)
            row.append(cellText(first.siblingAtColumn(column)));
        cells.append(row);
    }
    return cells;
}

QString tableClipboardText(QAbstractItemView *view)
{
    QStringList lines;
    for (const QStringList &row : tableCells(view, true))
        lines.append(row.join(QLatin1Char('\t')));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray tableCsv(QAbstractItemView *view, const TableRows &rows)
{
    const PagedChain chain = view->model() ? pagedChain(view->model()) : PagedChain {};
    QList<QStringList> cells;
    if (rows.whole && chain.paged) {
        // Every row of the list, as the list shows it.
        const QList<int> columns = visibleColumns(view);
        QStringList header;
        for (int column : columns)
            header.append(view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        cells.append(header);
        for (const QVariantList &values : rows.rows) {
            QStringList row;
            for (int column : columns)
                row.append(oneLine(chainCell(chain, values, column).shown.toString()));
            cells.append(row);
        }
    } else {
        cells = tableCells(view, false);
    }
    return csvBytes(cells);
}

ReportDocument tableDocument(QAbstractItemView *view, const TableRows &whole)
{
    ReportDocument document;
    document.title = tableTitle(view);
    document.printedAt = SystemClock::instance().now();
    QAbstractItemModel *model = view->model();
    if (!model)
        return document;
    const QList<int> columns = visibleColumns(view);
    QList<bool> declared;
    ReportTable table = tableFrame(view, columns, declared);
    // A paged list holds only the rows painted so far: all of them, read
    // on its worker (TableExport), with its filter and sort.
    const PagedChain chain = pagedChain(model);
    if (chain.paged && whole.whole) {
        for (const QVariantList &row : whole.rows) {
            QVariantList values;
            for (int column : columns)
                values.append(chainCell(chain, row, column).value);
            table.rows.append(values);
        }
    } else {
        appendViewRows(view, columns, declared, table);
    }
    guessUndeclared(table, declared, QLocale());
    document.addTable(table);
    return document;
}

void copyTableSelection(QAbstractItemView *view)
{
    QApplication::clipboard()->setText(tableClipboardText(view));
}

// What an export carries from the list to its file: the rows read, the
// cells made of them so far (GUI thread, a slice at a time), then handed
// whole to the worker that writes the file.
struct TableExport::Work {
    QList<int> columns;
    QList<QVariantList> rows; // whole rows of a paged list, emptied as they are turned into cells
    int next = 0;
    int total = 0;
    QList<QStringList> cells; // CSV: the header, then the rows as shown
    ReportDocument document;  // Excel: title and time
    ReportTable table;
    QList<bool> declared;
    QLocale locale;
};

TableExport *TableExport::start(QAbstractItemView *view, const QString &path, Format format)
{
    auto *job = new TableExport(view, path, format);
    job->run();
    return job;
}

TableExport::TableExport(QAbstractItemView *view, const QString &path, Format format)
    : QObject(view), m_view(view), m_path(path), m_format(format)
{
}

static QString exportTitle(TableExport::Format format)
{
    return format == TableExport::Format::Csv ? QCoreApplication::translate("core::TableMenu", "Export this table")
                                              : QCoreApplication::translate("core::TableMenu", "Save as Excel");
}

QProgressDialog *TableExport::progress()
{
    if (m_progress || !m_view)
        return m_progress;
    // A window-modal progress dialog: the rows are read on the list's
    // worker and the file written on another, the window stays painted;
    // Cancel writes nothing.
    m_progress = new QProgressDialog(m_view->window());
    m_progress->setWindowTitle(exportTitle(m_format));
    m_progress->setLabelText(QCoreApplication::translate("core::TableMenu", "Reading the rows of the list..."));
    m_progress->setCancelButtonText(QCoreApplication::translate("core::TableMenu", "Cancel"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setRange(0, 0); // busy until the count arrives
    m_progress->setMinimumDuration(400);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &TableExport::cancel);
    return m_progress;
}

void TableExport::run()
{
    m_running = true;
    m_work = std::make_shared<Work>();
    auto *paged = m_view && m_view->model() ? pagedSourceOf(m_view->model()) : nullptr;
    if (!paged) {
        // The rows are all in the view already: prepared from the event
        // loop, so that finished() always comes after start() returned.
        QMetaObject::invokeMethod(this, [this] { prepare(TableRows {}); }, Qt::QueuedConnection);
        return;
    }
    QPointer<TableExport> self(this);
    m_control = paged->readAllRows([self](const Result<QList<QVariantList>> &rows) {
        if (!self)
            return;
        if (!rows) {
            if (self->m_view)
                QMessageBox::warning(self->m_view, exportTitle(self->m_format), ErrorText::describe(rows.error()));
            self->finish(false);
            return;
        }
        self->prepare(TableRows { true, *rows });
    });
    progress();
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &TableExport::showProgress);
    m_timer->start();
}

void TableExport::showProgress()
{
    if (!m_progress || !m_running || m_writing)
        return;
    const QLocale locale;
    if (m_work && m_work->total > 0) {
        // The rows read are being turned into the list's cells.
        m_progress->setMaximum(m_work->total);
        m_progress->setValue(std::min(m_work->next, m_work->total - 1));
        m_progress->setLabelText(QCoreApplication::translate("core::TableMenu", "Preparing the rows: %1 of %2...")
                                     .arg(locale.toString(m_work->next), locale.toString(m_work->total)));
        return;
    }
    if (!m_control)
        return;
    const int total = m_control->total;
    const int read = m_control->rows;
    if (total < 0)
        return;
    m_progress->setMaximum(std::max(1, total));
    m_progress->setValue(std::min(read, std::max(1, total) - 1));
    m_progress->setLabelText(QCoreApplication::translate("core::TableMenu", "Reading the rows of the list: %1 of %2...")
                                 .arg(locale.toString(read), locale.toString(total)));
}

void TableExport::cancel()
{
    if (!m_running || m_writing)
        return; // once the file is being written, it is written whole
    if (m_control)
        m_control->cancelled = true; // the worker stops; its answer is dropped
    finish(false);
}

void TableExport::prepare(const TableRows &rows)
{
    if (!m_running)
        return;
    if (!m_view || !m_view->model()) {
        finish(false);
        return;
    }
    Work &work = *m_work;
    work.columns = visibleColumns(m_view);
    work.locale = QLocale();
    if (m_format == Format::Xlsx) {
        work.document.title = tableTitle(m_view);
        work.document.printedAt = SystemClock::instance().now();
        work.table = tableFrame(m_view, work.columns, work.declared);
    }
    if (!rows.whole) {
        // A model that holds its rows (a short list): taken at once.
        if (m_format == Format::Csv)
            work.cells = tableCells(m_view, false);
        else
            appendViewRows(m_view, work.columns, work.declared, work.table);
        write();
        return;
    }
    if (m_format == Format::Csv) {
        QStringList header;
        for (int column : std::as_const(work.columns))
            header.append(m_view->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        work.cells.reserve(rows.rows.size() + 1);
        work.cells.append(header);
    } else {
        work.table.rows.reserve(rows.rows.size());
    }
    work.rows = rows.rows;
    work.total = int(work.rows.size());
    work.next = 0;
    prepareSlice();
}

void TableExport::prepareSlice()
{
    if (!m_running)
        return;
    const PagedChain chain = m_view && m_view->model() ? pagedChain(m_view->model()) : PagedChain {};
    if (!chain.paged) {
        finish(false); // the list went away meanwhile
        return;
    }
    // The cells as the list shows them come from its model (formatters
    // that belong to the GUI thread): a slice of rows per turn of the event
    // loop, so that the window keeps answering on a list of any length.
    Work &work = *m_work;
    QElapsedTimer slice;
    slice.start();
    while (work.next < work.total) {
        const QVariantList &values = work.rows.at(work.next);
        if (m_format == Format::Csv) {
            QStringList row;
            row.reserve(work.columns.size());
            for (int column : std::as_const(work.columns))
                row.append(oneLine(chainCell(chain, values, column).shown.toString()));
            work.cells.append(row);
        } else {
            QVariantList row;
            row.reserve(work.columns.size());
            for (int column : std::as_const(work.columns))
                row.append(chainCell(chain, values, column).value);
            work.table.rows.append(row);
        }
        ++work.next;
        if ((work.next & 63) == 0 && slice.elapsed() >= 15) {
            QTimer::singleShot(0, this, &TableExport::prepareSlice);
            return;
        }
    }
    work.rows.clear();
    write();
}

void TableExport::write()
{
    m_writing = true;
    if (m_progress) {
        m_progress->setRange(0, 0);
        m_progress->setLabelText(QCoreApplication::translate("core::TableMenu", "Writing the file..."));
        m_progress->setCancelButton(nullptr); // the file is written now, in one go
    }
    // Encoded and written on a worker: the file is complete or not there
    // (writeWholeFile, ReportXlsx::write). The answer comes back here, if
    // this export still exists; the file is finished either way.
    std::shared_ptr<Work> work = std::move(m_work);
    const QString path = m_path;
    const Format format = m_format;
    QPointer<TableExport> self(this);
    QThreadPool::globalInstance()->start([work, path, format, self] {
        Status status;
        if (format == Format::Csv) {
            status = writeWholeFile(path, csvBytes(work->cells));
        } else {
            guessUndeclared(work->table, work->declared, work->locale);
            work->document.addTable(work->table);
            status = ReportXlsx::write(work->document, path, work->locale);
        }
        const Qt::HANDLE thread = QThread::currentThreadId();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, status, thread] {
                if (self)
                    self->written(status, thread);
            },
            Qt::QueuedConnection);
    });
}

void TableExport::written(const Status &status, Qt::HANDLE thread)
{
    m_writtenOn = thread;
    if (!status && m_view)
        QMessageBox::warning(m_view, exportTitle(m_format), ErrorText::describe(status.error()));
    finish(bool(status));
}

void TableExport::finish(bool written)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_timer)
        m_timer->stop();
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->hide();
        m_progress->deleteLater();
    }
    emit finished(written);
    deleteLater();
}

void exportTable(QAbstractItemView *view)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(view, QCoreApplication::translate("core::TableMenu", "Export this table"),
        QDir(folder).filePath(suggestedName(view)), QCoreApplication::translate("core::TableMenu", "CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    TableExport::start(view, path, TableExport::Format::Csv);
}

void exportTableXlsx(QAbstractItemView *view)
{
    const QString title = QCoreApplication::translate("core::TableMenu", "Save as Excel");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(view, title,
        QDir(folder).filePath(suggestedName(view, QStringLiteral("xlsx"))),
        QCoreApplication::translate("core::TableMenu", "Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    TableExport::start(view, path, TableExport::Format::Xlsx);
}

void addTableActions(QMenu *menu, QAbstractItemView *view)
{
    QAction *copy = menu->addAction(QCoreApplication::translate("core::TableMenu", "&Copy"), view, [view] {
        copyTableSelection(view);
    });
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(view->model() && view->model()->rowCount(view->rootIndex()) > 0);
    menu->addAction(QCoreApplication::translate("core::TableMenu", "&Export this table..."), view, [view] {
        exportTable(view);
    });
    menu->addAction(QCoreApplication::translate("core::TableMenu", "Save as E&xcel..."), view, [view] {
        exportTableXlsx(view);
    });
}

void installTableContextMenu(QAbstractItemView *view, TableMenuExtra extra)
{
    if (!view || view->property(installedProperty).toBool())
        return;
    view->setProperty(installedProperty, true);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, extra](const QPoint &pos) {
        QMenu menu(view);
        if (extra) {
            extra(&menu, pos);
            if (!menu.isEmpty())
                menu.addSeparator();
        }
        addTableActions(&menu, view);
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
    // Ctrl+C on the list copies the rows too, not only the current cell.
    auto *copy = new QAction(QCoreApplication::translate("core::TableMenu", "Copy the selected rows"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] { copyTableSelection(view); });
    view->addAction(copy);
}

void installTableContextMenus(QWidget *root)
{
    if (!root)
        return;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!qobject_cast<QTableView *>(view) && !qobject_cast<QTreeView *>(view))
            continue;
        // A list with its own menu installs the shared one itself (extra).
        if (view->contextMenuPolicy() != Qt::DefaultContextMenu && !view->property(installedProperty).toBool())
            continue;
        installTableContextMenu(view);
    }
}

} // namespace core
