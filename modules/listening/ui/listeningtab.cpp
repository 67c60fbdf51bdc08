#include "listening/ui/listeningtab.h"
#include "core/ui/columnwidths.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/auth/session.h"
#include "core/db/backgroundreader.h"
#include "core/ui/appcontext.h"
#include "core/ui/backgroundreport.h"
#include "core/ui/errortext.h"
#include "core/ui/reportactions.h"
#include "core/ui/reportdialog.h"
#include "listening/domain/callbackqueue.h"
#include "listening/domain/listeningreports.h"
#include "core/ui/commandstack.h"
#include "listening/domain/listeningservice.h"
#include "listening/domain/requestcommands.h"
#include "listening/domain/staffservice.h"
#include "listening/ui/archivepage.h"
#include "listening/ui/callbackqueuemodel.h"
#include "listening/ui/casedialogs.h"
#include "listening/ui/countdowndelegate.h"
#include "listening/ui/groupspage.h"
#include "listening/ui/intakedialog.h"
#include "listening/ui/requestpanel.h"
#include "listening/ui/staffpage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace listening {

ListeningTab::ListeningTab(core::AppContext &context, QWidget *parent)
    : core::ModuleTab(context, parent)
{
}

void ListeningTab::buildContent()
{
    const QSqlDatabase db = context().db;
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(8);
    m_banner->setAccessibleName(tr("Queue summary"));

    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/listening.svg")), tr("&New request..."), this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add->setToolTip(tr("Record a message left on the answering machine (Ctrl+Shift+N)"));
    add->setEnabled(core::Access::allows(db, core::Permission::ListeningIntake) || !core::hasSession(db));
    auto *print = new QPushButton(tr("&Print the queue..."), this);
    m_print = print;
    auto *figures = new QPushButton(tr("Service &figures..."), this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(core::Access::allows(db, core::Permission::ListeningPersonalRead)
            ? tr("Search: request, name, phone, comune")
            : tr("Search: request, comune, psychologist"));
    m_search->setAccessibleName(tr("Search the queue"));
    m_mineOnly = new QCheckBox(tr("&Mine only"), this);
    m_mineOnly->setToolTip(tr("Only the requests assigned to me"));
    m_mineOnly->setVisible(myPsychologist() != 0);
    m_lateOnly = new QCheckBox(tr("Only &late"), this);
    connect(add, &QPushButton::clicked, this, &ListeningTab::newRequest);
    connect(print, &QPushButton::clicked, this, &ListeningTab::printQueue);
    connect(figures, &QPushButton::clicked, this, &ListeningTab::serviceFigures);
    // The filters apply to the queue already read: no SQL per key typed.
    connect(m_search, &QLineEdit::textChanged, this, &ListeningTab::showQueue);
    connect(m_mineOnly, &QCheckBox::toggled, this, &ListeningTab::showQueue);
    connect(m_lateOnly, &QCheckBox::toggled, this, &ListeningTab::showQueue);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(add);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_mineOnly);
    toolbar->addWidget(m_lateOnly);
    toolbar->addSpacing(12);
    toolbar->addWidget(print);
    toolbar->addWidget(figures);

    m_model = new CallbackQueueModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(CallbackQueueModel::Countdown, new CountdownDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Callback queue"));
    const QList<QPair<int, int>> widths = { { CallbackQueueModel::Code, 100 }, { CallbackQueueModel::Countdown, 210 },
        { CallbackQueueModel::Status, 190 }, { CallbackQueueModel::Caller, 150 }, { CallbackQueueModel::Phone, 115 },
        { CallbackQueueModel::Comune, 130 }, { CallbackQueueModel::Urgency, 105 },
        { CallbackQueueModel::Psychologist, 180 }, { CallbackQueueModel::Attempts, 90 },
        { CallbackQueueModel::CallerKind, 85 } };
    for (const auto &w : widths)
        core::setColumnWidth(m_view, w.first, w.second);

    m_panel = new RequestPanel(this);
    connect(m_panel, &RequestPanel::assignRequested, this, &ListeningTab::assign);
    connect(m_panel, &RequestPanel::attemptRequested, this, &ListeningTab::logAttempt);
    connect(m_panel, &RequestPanel::cancelAttemptRequested, this, &ListeningTab::cancelAttempt);
    connect(m_panel, &RequestPanel::escalationRequested, this, &ListeningTab::escalate);
    connect(m_panel, &RequestPanel::outcomeRequested, this, &ListeningTab::recordOutcome);
    connect(m_panel, &RequestPanel::closeUnreachableRequested, this, &ListeningTab::closeUnreachable);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListeningTab::showSelected);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_panel->attemptButton()->isEnabled())
            logAttempt();
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 7);
    splitter->setStretchFactor(1, 3);
    auto *queuePage = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePage);
    queueLayout->addLayout(toolbar);
    queueLayout->addWidget(splitter, 1);

    m_archive = new ArchivePage(context(), this);
    m_groups = new GroupsPage(context(), commands(), this);
    m_staff = new StaffPage(context(), commands(), this);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(queuePage, tr("Callback queue"));
    m_pages->addTab(m_archive, tr("Closed requests"));
    m_pages->addTab(m_groups, tr("Volunteer support groups"));
    m_pages->addTab(m_staff, tr("Psychologists and COC"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);

    m_tick = new QTimer(this);
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_model->tick(context().clock->nowMs());
        updateBanner();
    });
    m_tick->start();
    m_reloadSoon = new QTimer(this);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(200);
    connect(m_reloadSoon, &QTimer::timeout, this, &ListeningTab::reload);
    m_reader = new core::BackgroundReader(this);
    reload();
}

qint64 ListeningTab::myPsychologist() const
{
    const auto account = core::sessionAccount(context().db);
    if (!account)
        return 0;
    auto id = StaffService(context().db).psychologistOfAccount(account->id);
    return id ? *id : 0;
}

void ListeningTab::reload()
{
    // Every open request with its calls, assignments and escalations, the
    // names opened with the session's keys: on the worker, signed in as
    // the window is (the keys are shared, not copied, and leave the
    // worker's connection when the read ends).
    const int read = ++m_read;
    m_loading = true;
    if (!m_loaded) {
        m_banner->setText(tr("Reading the callback queue…"));
        m_banner->setStyleSheet(
            QStringLiteral("QLabel { background: #e3edf7; color: #123a61; border-radius: 4px; font-size: 11pt; }"));
    }
    const qint64 now = context().clock->nowMs();
    const std::optional<core::Session> session = core::sessionCopy(context().db);
    struct Answer {
        std::optional<core::Result<QList<QueueEntry>>> entries;
        qint64 mine = 0;
    };
    auto answer = std::make_shared<Answer>();
    m_reader->read(
        context().db.databaseName(),
        [answer, session, now](const QSqlDatabase &db) {
            if (session)
                core::beginSession(db, *session);
            answer->entries = CallbackQueue::load(db, now, true);
            if (session)
                if (auto id = StaffService(db).psychologistOfAccount(session->account.id))
                    answer->mine = *id;
            core::endSession(db);
        },
        [this, read, answer](const core::Error &openError) {
            if (read != m_read)
                return; // a later read was asked meanwhile
            m_loading = false;
            if (!openError.code.isEmpty() || !answer->entries || !*answer->entries) {
                m_banner->setText(core::ErrorText::describe(
                    !openError.code.isEmpty() || !answer->entries ? openError : answer->entries->error()));
                return;
            }
            m_loaded = true;
            m_entries = **answer->entries;
            m_mine = answer->mine;
            showQueue();
            if (const qint64 id = std::exchange(m_selectWhenLoaded, 0))
                selectRequest(id);
        });
}

void ListeningTab::showQueue()
{
    if (!m_loaded)
        return;
    const qint64 selected = m_panel->requestId();
    const qint64 now = context().clock->nowMs();
    const QString text = m_search->text().trimmed();
    const qint64 mine = m_mineOnly->isChecked() ? m_mine : 0;
    QList<QueueEntry> shown;
    for (const QueueEntry &e : std::as_const(m_entries)) {
        if (mine && e.psychologistId != mine)
            continue;
        if (m_lateOnly->isChecked() && e.deadline.stage != DeadlineStage::Overdue
            && e.deadline.stage != DeadlineStage::Past24h && !e.raised)
            continue;
        if (!text.isEmpty()) {
            const QString digits = QString(text).remove(QLatin1Char(' '));
            const bool hit = e.code.contains(text, Qt::CaseInsensitive) || e.comune.contains(text, Qt::CaseInsensitive)
                || e.psychologist.contains(text, Qt::CaseInsensitive)
                || (e.personalVisible
                    && (e.callerName.contains(text, Qt::CaseInsensitive)
                        || QString(e.callerPhone).remove(QLatin1Char(' ')).contains(digits)));
            if (!hit)
                continue;
        }
        shown.append(e);
    }
    m_model->setEntries(shown, now);
    updateBanner();
    // Keep the selection; at first, start from the most urgent request.
    const int row = selected ? m_model->rowOf(selected) : (m_model->rowCount() > 0 ? 0 : -1);
    if (row >= 0) {
        m_view->selectRow(row);
        showSelected();
    } else {
        m_panel->clear();
    }
}

void ListeningTab::updateBanner()
{
    const QueueCounts c = CallbackQueue::count(m_model->entries());
    QStringList parts;
    parts.append(tr("<b>%Ln request(s)</b> to call back", nullptr, c.waiting));
    if (c.open > c.waiting)
        parts.append(tr("%Ln waiting for the outcome", nullptr, c.open - c.waiting));
    if (c.overdue > 0)
        parts.append(tr("<b>%Ln OVERDUE</b>", nullptr, c.overdue));
    if (c.past24h > 0)
        parts.append(tr("%Ln beyond 24 hours", nullptr, c.past24h));
    if (c.dueSoon > 0)
        parts.append(tr("%Ln due within 4 hours", nullptr, c.dueSoon));
    if (c.raised > 0)
        parts.append(tr("<b>%Ln with the coordinator</b> after failed calls", nullptr, c.raised));
    m_banner->setText(parts.join(QStringLiteral(" · ")));
    m_banner->setStyleSheet(c.overdue > 0
            ? QStringLiteral("QLabel { background: #b71c1c; color: white; border-radius: 4px; font-size: 11pt; }")
            : c.past24h + c.raised > 0
            ? QStringLiteral("QLabel { background: #ffe0b2; color: #5d4037; border-radius: 4px; font-size: 11pt; }")
            : QStringLiteral("QLabel { background: #e3edf7; color: #123a61; border-radius: 4px; font-size: 11pt; }"));
}

void ListeningTab::showSelected()
{
    const QueueEntry *e = m_model->entry(m_view->currentIndex().row());
    if (!e || !core::Access::allows(context().db, core::Permission::ListeningView)) {
        m_panel->clear();
        return;
    }
    auto detail = ListeningService(context().db, *context().clock).detail(e->requestId);
    if (!detail) {
        m_panel->clear();
        report(core::ErrorText::describe(detail.error()));
        return;
    }
    m_panel->showDetail(*detail, context().db);
}

void ListeningTab::selectRequest(qint64 requestId)
{
    ensureBuilt();
    m_pages->setCurrentIndex(0);
    const int row = m_model->rowOf(requestId);
    if (row >= 0) {
        m_view->selectRow(row);
        showSelected();
    }
    if (m_loading)
        m_selectWhenLoaded = requestId; // the read on its way may bring it (a request just made)
}

namespace {
// The pages' stable names, in the order of the tab (dashboard, search, F1).
const QStringList pageNames { QStringLiteral("queue"), QStringLiteral("archive"), QStringLiteral("groups"),
    QStringLiteral("staff") };
} // namespace

bool ListeningTab::openPage(const QString &page)
{
    const int index = pageNames.indexOf(page);
    if (index < 0)
        return false;
    ensureBuilt();
    m_pages->setCurrentIndex(index);
    return true;
}

bool ListeningTab::showRecord(const QString &kind, qint64 id)
{
    if (kind != QLatin1String("caller"))
        return false;
    ensureBuilt();
    if (m_model->rowOf(id) < 0) { // hidden by the queue's own filters
        m_search->clear();
        m_mineOnly->setChecked(false);
        m_lateOnly->setChecked(false);
    }
    selectRequest(id);
    // Shown, or on its way with the queue being read.
    return m_model->rowOf(id) >= 0 || m_loading;
}

QString ListeningTab::helpSection() const
{
    return m_pages ? QStringLiteral("listening-") + pageNames.value(m_pages->currentIndex()) : QString();
}

void ListeningTab::tablesChanged(const QStringList &tables)
{
    bool queue = false, groups = false, staff = false;
    for (const QString &t : tables) {
        queue = queue || t == QLatin1String("listening_request") || t == QLatin1String("listening_assignment")
            || t == QLatin1String("listening_attempt") || t == QLatin1String("listening_escalation")
            || t == QLatin1String("listening_outcome") || t == QLatin1String("key_grant");
        groups
            = groups || t.startsWith(QLatin1String("listening_group")) || t == QLatin1String("listening_support_group");
        staff = staff || t == QLatin1String("listening_psychologist") || t == QLatin1String("listening_coc_placement");
    }
    if (queue || staff)
        m_reloadSoon->start();
    if (groups || staff)
        m_groups->reload();
    if (staff)
        m_staff->reload();
}

void ListeningTab::report(const QString &error)
{
    QMessageBox::warning(this, tr("AscoltiAMO"), error);
}

qint64 ListeningTab::selectedPsychologist() const
{
    const QueueEntry *e = m_model->entry(m_view->currentIndex().row());
    const qint64 mine = myPsychologist();
    return mine ? mine : e ? e->psychologistId : 0;
}

void ListeningTab::newRequest()
{
    IntakeDialog dialog(context().db, *context().clock, commands(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectRequest(dialog.requestId());
}

void ListeningTab::assign()
{
    const QueueEntry *e = m_model->entry(m_view->currentIndex().row());
    if (!e)
        return;
    auto list = StaffService(context().db).psychologists(true);
    if (!list || list->isEmpty()) {
        report(tr("There is no active psychologist on the roster: add them in «Psychologists and COC»."));
        return;
    }
    QStringList names;
    int current = 0;
    for (int i = 0; i < list->size(); ++i) {
        names.append(list->at(i).name);
        if (list->at(i).id == e->psychologistId)
            current = i;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Assign request %1").arg(e->code), tr("Psychologist who calls back:"), names, current, false, &ok);
    if (!ok)
        return;
    const qint64 id = list->at(names.indexOf(chosen)).id;
    if (auto s = commands()->run(std::make_shared<AssignRequest>(e->requestId, id)); !s)
        report(core::ErrorText::describe(s.error()));
}

void ListeningTab::logAttempt()
{
    auto detail = ListeningService(context().db, *context().clock).detail(m_panel->requestId());
    if (!detail)
        return;
    AttemptDialog dialog(context().db, *context().clock, commands(), *detail, selectedPsychologist(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.result().raisedNow)
        QMessageBox::information(this, tr("Raised to the coordinator"),
            tr("Request %1 could not be reached and is now with the coordinator. It stays in the "
               "queue, highlighted, until someone reaches the caller.")
                .arg(detail->request.code));
}

void ListeningTab::cancelAttempt()
{
    auto detail = ListeningService(context().db, *context().clock).detail(m_panel->requestId());
    if (!detail)
        return;
    QSet<qint64> cancelled;
    for (const AttemptRecord &a : detail->attempts)
        if (a.outcome == AttemptOutcome::Void)
            cancelled.insert(a.voidsId);
    const AttemptRecord *last = nullptr;
    for (const AttemptRecord &a : detail->attempts)
        if (a.outcome != AttemptOutcome::Void && !cancelled.contains(a.id))
            last = &a;
    if (!last)
        return;
    const auto answer = QMessageBox::question(this, tr("Cancel an entry"),
        tr("Cancel the call of %1 (%2) as entered by mistake? It stays in the history, crossed out.")
            .arg(QLocale().toString(
                     QDateTime::fromMSecsSinceEpoch(last->attemptedAt), QStringLiteral("dd/MM/yyyy HH:mm")),
                ListeningText::attemptOutcome(last->outcome)));
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = commands()->run(std::make_shared<VoidAttempt>(last->id)); !s)
        report(core::ErrorText::describe(s.error()));
}

void ListeningTab::escalate()
{
    auto detail = ListeningService(context().db, *context().clock).detail(m_panel->requestId());
    if (!detail)
        return;
    EscalationDialog dialog(context().db, *context().clock, commands(), *detail, selectedPsychologist(), this);
    dialog.exec();
}

void ListeningTab::recordOutcome()
{
    auto detail = ListeningService(context().db, *context().clock).detail(m_panel->requestId());
    if (!detail)
        return;
    OutcomeDialog dialog(context().db, *context().clock, commands(), *detail, selectedPsychologist(), this);
    dialog.exec();
}

void ListeningTab::closeUnreachable()
{
    const QueueEntry *e = m_model->entry(m_view->currentIndex().row());
    if (!e)
        return;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(this, tr("Close request %1 as unreachable").arg(e->code),
        tr("%Ln call(s) failed. Write what was tried (a message left, another number...): the request leaves the queue.",
            nullptr, e->attempts.failed),
        QString(), &ok);
    if (!ok)
        return;
    if (auto s = commands()->run(std::make_shared<CloseUnreachable>(e->requestId, note)); !s)
        report(core::ErrorText::describe(s.error()));
}

bool ListeningTab::prepareQueueReport(std::function<void(const core::Result<core::ReportDocument> &)> done)
{
    if (m_preparingReport)
        return false; // the one asked is on its way
    core::ReportRequest request;
    request.operatorName = context().operatorName;
    request.now = context().clock->now();
    request.locale = QLocale();
    m_preparingReport = true;
    m_print->setEnabled(false);
    const QString text = m_print->text();
    m_print->setText(tr("Preparing the queue…"));
    core::buildReportInBackground(
        m_reader, context().db, [request](const QSqlDatabase &db) { return ListeningReports::queue(db, request); },
        [this, text, done = std::move(done)](const core::Result<core::ReportDocument> &document) {
            m_preparingReport = false;
            m_print->setText(text);
            m_print->setEnabled(true);
            done(document);
        });
    return true;
}

void ListeningTab::printQueue()
{
    prepareQueueReport([this](const core::Result<core::ReportDocument> &document) {
        if (!document) {
            report(core::ErrorText::describe(document.error()));
            return;
        }
        core::ReportActions::preview(this, *document);
    });
}

void ListeningTab::serviceFigures()
{
    core::ReportDialog dialog(context(), QStringLiteral("listening-summary"), this);
    dialog.exec();
}

} // namespace listening
