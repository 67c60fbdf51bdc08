#include "globalsearch.h"

#include "core/domain/errorlogtext.h"
#include "core/domain/logcategories.h"
#include "core/db/connectionstate.h"
#include "core/db/database.h"
#include "core/ui/errortext.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Role { ModuleRole = Qt::UserRole + 1, KindRole, IdRole };
}

QList<FoundRecord> searchEverywhere(const QSqlDatabase &db, const QList<const core::Module *> &modules, const QString &text,
                                    int perKind)
{
    QList<FoundRecord> found;
    const QString wanted = text.simplified();
    if (wanted.size() < 2)
        return found;
    for (const core::Module *module : modules)
        for (const core::SearchHit &hit : module->search(db, wanted, perKind))
            found.append({ module->id(), hit });
    return found;
}

SearchRequest SearchRequest::from(const QSqlDatabase &db, QList<const core::Module *> modules, QString text)
{
    SearchRequest request;
    request.databasePath = db.databaseName();
    request.operatorName = core::sessionOperator(db);
    request.session = core::sessionCopy(db);
    request.modules = std::move(modules);
    request.text = std::move(text);
    return request;
}

core::Result<QList<FoundRecord>> searchInOwnConnection(const SearchRequest &request)
{
    // Read-only: a search writes nothing, and never migrates or creates.
    core::OpenOptions options;
    options.create = false;
    options.migrate = false;
    options.readOnly = true;
    auto connection = core::openDatabase(request.databasePath, options);
    if (!connection)
        return connection.error();
    QList<FoundRecord> found;
    {
        const QSqlDatabase db = connection->db();
        if (request.session)
            core::beginSession(db, *request.session);
        else
            core::setSessionOperator(db, request.operatorName);
        found = searchEverywhere(db, request.modules, request.text, request.perKind);
        core::endSession(db); // the vault keys leave this connection now
    }
    return found; // the connection is closed here, in the thread that opened it
}

QThreadPool *GlobalSearchDialog::threads()
{
    // A child of the application: when it quits, the pool's destructor waits
    // for a search still running (a bounded query) before the SQL driver goes.
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(1);
    }
    return pool;
}

GlobalSearchDialog::GlobalSearchDialog(const QSqlDatabase &db, QList<const core::Module *> modules, QWidget *parent)
    : QDialog(parent), m_db(db), m_modules(std::move(modules))
{
    setWindowTitle(tr("Search"));
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Volunteer, codice fiscale, DDT, request, pupil, comune..."));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search everywhere"));
    m_field->installEventFilter(this);
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_field->setFont(big);

    m_results = new QTreeWidget(this);
    m_results->setColumnCount(2);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAccessibleName(tr("Records found"));
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_status = new QLabel(tr("Type at least two characters."), this);
    m_status->setStyleSheet(QStringLiteral("color: #555f6a;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(640, 460);

    // A short pause after the last key: each key does not cost a query.
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(250);
    connect(m_pause, &QTimer::timeout, this, &GlobalSearchDialog::searchNow);
    connect(m_field, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::textChanged, this, [this] { m_openWhenDone = false; });
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        // Typed and Enter at once: open the first record when it is found.
        if (m_pause->isActive())
            searchNow();
        if (isSearching())
            m_openWhenDone = true;
        else
            choose(m_results->currentItem());
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { choose(item); });
}

GlobalSearchDialog::~GlobalSearchDialog()
{
    // A search still running finishes on its own, and one still waiting is
    // skipped: nobody waits here. Its watcher goes with the dialog, so its
    // results have nowhere to arrive.
    m_latest->store(-1);
}

void GlobalSearchDialog::searchNow()
{
    m_pause->stop();
    m_results->clear();
    const int generation = ++m_generation;
    m_latest->store(generation);
    const QString text = m_field->text().simplified();
    if (text.size() < 2) {
        m_shown = generation;
        m_status->setText(tr("Type at least two characters."));
        emit resultsShown(text, 0);
        return;
    }
    m_status->setText(tr("Searching…"));
    const SearchRequest request = SearchRequest::from(m_db, m_modules, text);
    const std::shared_ptr<std::atomic_int> latest = m_latest;
    auto *watcher = new QFutureWatcher<core::Result<QList<FoundRecord>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, text] {
        watcher->deleteLater();
        showResults(generation, text, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(threads(), [request, latest, generation]() -> core::Result<QList<FoundRecord>> {
        if (latest->load() != generation) // superseded while waiting for the thread
            return QList<FoundRecord>();
        return searchInOwnConnection(request);
    }));
}

void GlobalSearchDialog::showResults(int generation, const QString &text, const core::Result<QList<FoundRecord>> &result)
{
    if (generation != m_generation)
        return; // a newer search was started: these results are stale
    m_shown = generation;
    m_results->clear();
    if (!result) {
        // What was typed stays out of the log: it is often a name.
        qCWarning(core::logcat::ui).noquote() << "the global search failed:" << core::errorLogText(result.error());
        m_status->setText(tr("The search failed: %1").arg(core::ErrorText::describe(result.error())));
        emit resultsShown(text, 0);
        return;
    }
    const QList<FoundRecord> &found = *result;
    QTreeWidgetItem *group = nullptr;
    QString groupKind;
    QTreeWidgetItem *first = nullptr;
    for (const FoundRecord &r : found) {
        if (!group || groupKind != r.hit.kind) {
            group = new QTreeWidgetItem(m_results, { r.hit.group });
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled); // a heading, not a choice
            group->setFirstColumnSpanned(true);
            groupKind = r.hit.kind;
        }
        auto *item = new QTreeWidgetItem(group, { r.hit.title, r.hit.detail });
        item->setData(0, ModuleRole, r.moduleId);
        item->setData(0, KindRole, r.hit.kind);
        item->setData(0, IdRole, r.hit.id);
        item->setForeground(1, QColor(QStringLiteral("#555f6a")));
        if (!first)
            first = item;
    }
    m_results->expandAll();
    if (first)
        m_results->setCurrentItem(first);
    m_status->setText(found.isEmpty() ? tr("Nothing found for «%1».").arg(text)
                                      : tr("%Ln record(s) found. Enter opens the highlighted one.", nullptr, int(found.size())));
    emit resultsShown(text, int(found.size()));
    if (std::exchange(m_openWhenDone, false))
        choose(m_results->currentItem());
}

void GlobalSearchDialog::choose(QTreeWidgetItem *item)
{
    if (!item || item->data(0, IdRole).isNull())
        return;
    const QString moduleId = item->data(0, ModuleRole).toString();
    const QString kind = item->data(0, KindRole).toString();
    const qint64 id = item->data(0, IdRole).toLongLong();
    accept();
    emit recordChosen(moduleId, kind, id);
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move in the results while the cursor stays in the field.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QTreeWidgetItem *item = m_results->currentItem();
            const bool down = key == Qt::Key_Down || key == Qt::Key_PageDown;
            do
                item = item ? (down ? m_results->itemBelow(item) : m_results->itemAbove(item))
                            : (m_results->topLevelItemCount() ? m_results->topLevelItem(0) : nullptr);
            while (item && item->data(0, IdRole).isNull());
            if (item)
                m_results->setCurrentItem(item);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
