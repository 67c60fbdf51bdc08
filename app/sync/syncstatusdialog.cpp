#include "syncstatusdialog.h"

#include "core/db/backgroundreader.h"
#include "core/sync/roomstatus.h"
#include "core/sync/syncfolder.h"
#include "core/sync/syncoverview.h"
#include "core/sync/syncservice.h"
#include "core/sync/tableregistry.h"
#include "core/ui/errortext.h"
#include "core/ui/syncerrortext.h"
#include "core/ui/tablemenu.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

// What the dialog shows from the database and the folder, read on the
// reader's thread.
struct SyncStatusData {
    core::Result<core::sync::SyncOverview> overview = core::Error(QStringLiteral("db.query_failed"));
    QList<core::sync::MissingRange> missing;
    std::optional<core::sync::RoomStatus> room;
    QThread *thread = nullptr;
};

namespace {

QString statusTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("dd/MM/yyyy HH:mm"))
                  : QString();
}

QString statusTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t, QStringLiteral("dd/MM/yyyy HH:mm")) : SyncStatusDialog::tr("never");
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    core::installTableContextMenu(table);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int i = 0; i < cells.size(); ++i)
        table->setItem(row, i, new QTableWidgetItem(cells.at(i)));
}

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("missing_reference"))
        return SyncStatusDialog::tr("refers to a record not received yet");
    if (reason == QLatin1String("duplicate_value"))
        return SyncStatusDialog::tr("a value that must be unique is already used here: rename one of the two");
    if (reason == QLatin1String("natural_key"))
        return SyncStatusDialog::tr("to reconcile: the same record made on two workstations");
    return SyncStatusDialog::tr("refused by a rule of this database");
}

} // namespace

SyncStatusDialog::SyncStatusDialog(const QSqlDatabase &db, core::sync::SyncService *service, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_service(service)
{
    setWindowTitle(tr("Synchronisation status"));
    // Wide enough for a member's row with its last file's name, within a
    // 1366×768 laptop's screen.
    resize(1180, 620);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QListWidget(this);
    m_problems->setWordWrap(true);
    m_members = makeTable({ tr("Workstation"), tr("Name"), tr("Joined"), tr("State"), tr("Up to change"),
                              tr("When"), tr("Last file") },
        this);
    m_members->setObjectName(QStringLiteral("roomMembers"));
    // Every value on one line (a file name is never broken): the columns
    // fit their contents, the table scrolls sideways if it must.
    m_members->setWordWrap(false);
    m_members->horizontalHeader()->setStretchLastSection(false);
    m_sources = makeTable(
        { tr("Workstation"), tr("Name"), tr("Files"), tr("Changes"), tr("Up to change"), tr("Last received") }, this);
    m_parked = makeTable({ tr("Data"), tr("Record"), tr("From"), tr("Since"), tr("Why it waits"), tr("Detail") }, this);
    m_exports = makeTable({ tr("File"), tr("Changes"), tr("Sent"), tr("Folder") }, this);

    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_summary);
    overviewLayout->addWidget(new QLabel(tr("Files of the last round that were refused or must wait:"), overview));
    overviewLayout->addWidget(m_problems, 1);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(overview, tr("Overview"));
    tabs->addTab(m_members, tr("Room members"));
    tabs->addTab(m_sources, tr("Other workstations"));
    tabs->addTab(m_parked, tr("Changes on hold"));
    tabs->addTab(m_exports, tr("Files sent"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_now = buttons->addButton(tr("&Synchronise now"), QDialogButtonBox::ActionRole);
    m_conflicts = buttons->addButton(tr("&Conflicts..."), QDialogButtonBox::ActionRole);
    m_reconcile = buttons->addButton(tr("To &reconcile..."), QDialogButtonBox::ActionRole);
    m_reconcile->setObjectName(QStringLiteral("reconcileButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_now, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->synchroniseNow();
        reload();
    });
    connect(m_conflicts, &QPushButton::clicked, this, &SyncStatusDialog::conflictsRequested);
    connect(m_reconcile, &QPushButton::clicked, this, &SyncStatusDialog::reconcileRequested);
    if (m_service) {
        connect(m_service, &core::sync::SyncService::statusChanged, this, &SyncStatusDialog::reload);
    }
    m_loadingLabel = new QLabel(tr("Reading the synchronisation status..."), this);
    m_loadingLabel->setObjectName(QStringLiteral("syncStatusLoading"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadingLabel);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    m_reader = new core::BackgroundReader(this);
    reload();
}

SyncStatusDialog::~SyncStatusDialog()
{
    m_reader->stop(); // waits for a read running, before the widgets go
}

void SyncStatusDialog::reload()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_again = false;
    m_loadingLabel->show();
    const core::sync::SyncStatus status = m_service ? m_service->status() : core::sync::SyncStatus();
    // The folder is looked at only when it can be reached.
    const QString folder = status.enabled && status.folderReachable ? status.folder : QString();
    auto data = std::make_shared<SyncStatusData>();
    m_reader->read(
        m_db.databaseName(),
        [data, folder](const QSqlDatabase &db) {
            data->thread = QThread::currentThread();
            data->overview = core::sync::readSyncOverview(db);
            if (!folder.isEmpty())
                if (auto found = core::sync::findMissingFiles(db, folder))
                    data->missing = *found;
            if (auto room = core::sync::readRoomStatus(db, QString()))
                data->room = *room;
        },
        [this, data](const core::Error &openError) {
            m_loading = false;
            if (!openError.code.isEmpty())
                data->overview = openError;
            m_readThread = data->thread;
            showData(*data);
            if (m_again) {
                reload();
                return;
            }
            m_loadingLabel->hide();
            emit loaded();
        });
}

void SyncStatusDialog::showData(const SyncStatusData &data)
{
    const auto &overview = data.overview;
    if (!overview) {
        m_summary->setText(core::ErrorText::describe(overview.error()));
        return;
    }
    const core::sync::SyncStatus status = m_service ? m_service->status() : core::sync::SyncStatus();
    QStringList lines;
    if (!status.enabled)
        lines << tr("<b>No sync folder is set</b>: this workstation works on its own. Choose one in Settings, "
                    "Synchronisation.");
    else if (!status.folderReachable)
        lines << tr(
            "<b style='color:#b71c1c'>The sync folder %1 cannot be reached.</b> Work goes on here; the changes leave "
            "as soon as it is back (next attempt at %2).")
                     .arg(status.folder.toHtmlEscaped(),
                         QLocale().toString(status.nextAttempt.time(), QStringLiteral("HH:mm")));
    else
        lines << tr("Sync folder: <b>%1</b>%2")
                     .arg(status.folder.toHtmlEscaped(), status.busy ? tr(" (synchronising...)") : QString());
    // This session's rounds, else what the database remembers (a sync made
    // from the command line, or before the program was started); never the
    // epoch for "never".
    qint64 lastImportAt = 0;
    for (const core::sync::SourceInfo &source : overview->sources)
        lastImportAt = std::max(lastImportAt, source.lastImportAt);
    const auto remembered = [](qint64 ms) { return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime(); };
    lines << tr("Workstation %1; changes not yet sent: <b>%2</b>; last sent: %3; last received: %4.")
                 .arg(overview->workstation)
                 .arg(QLocale().toString(overview->pending))
                 .arg(statusTime(status.lastExport.isValid() ? status.lastExport : remembered(overview->lastExportAt)),
                     statusTime(status.lastImport.isValid() ? status.lastImport : remembered(lastImportAt)));
    lines << tr("Conflicts to review: <b>%1</b>; changes on hold: <b>%2</b>.")
                 .arg(overview->openConflicts)
                 .arg(overview->parked.size());
    if (m_service)
        lines << tr("Open data: %1. Automatic backups: %2 (last %3).")
                     .arg(m_service->settings().effectiveOpenDataFolder().toHtmlEscaped(),
                         m_service->settings().effectiveBackupFolder().toHtmlEscaped(), statusTime(status.lastBackup));
    if (!status.lastError.code.isEmpty())
        lines << QStringLiteral("<span style='color:#b71c1c'>%1</span>")
                     .arg(core::ErrorText::describe(status.lastError).toHtmlEscaped());
    for (const core::sync::ClockAhead &c : status.clockAhead)
        lines << QStringLiteral("<b style='color:#b71c1c'>%1</b>")
                     .arg(core::SyncErrorText::clockAhead(c.workstation, c.workstationName, c.aheadMs).toHtmlEscaped());
    // Files missing from the folder block every later file of their
    // workstation: said here, not only in the last round's problems.
    const QList<core::sync::MissingRange> &missing = data.missing;
    if (!missing.isEmpty())
        lines << QStringLiteral("<b style='color:#b71c1c'>%1</b>")
                     .arg(tr(
                         "%Ln file(s) missing from the sync folder: see the list below.", nullptr, int(missing.size())));
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    m_problems->clear();
    for (const core::sync::MissingRange &m : missing) {
        if (m.nextFile.isEmpty())
            m_problems->addItem(tr("Missing: the changes %2-%3 of workstation %1 are in no file of the folder, and "
                                   "another workstation has already applied them (the last file was lost). On "
                                   "workstation %1, send them again (cisiamo sync resend --from %2), or on a "
                                   "workstation that holds them (cisiamo sync resend --workstation %1 --from %2).")
                                    .arg(m.workstation)
                                    .arg(m.firstSeq)
                                    .arg(m.lastSeq));
        else
            m_problems->addItem(tr("Missing: the changes %2-%3 of workstation %1 are in no file of the folder; %4 "
                                   "and the files after it wait for them. On workstation %1, send them again "
                                   "(cisiamo sync resend --from %2), or on a workstation that holds them (cisiamo "
                                   "sync resend --workstation %1 --from %2).")
                                    .arg(m.workstation)
                                    .arg(m.firstSeq)
                                    .arg(m.lastSeq)
                                    .arg(m.nextFile));
    }
    if (m_service && m_service->lastResult() && m_service->lastResult()->imported) {
        const core::sync::ImportReport &r = *m_service->lastResult()->imported;
        for (const core::sync::SkippedFile &f : r.refused)
            m_problems->addItem(tr("Refused: %1").arg(core::ErrorText::describe(f.reason)));
        for (const core::sync::SkippedFile &f : r.waiting)
            m_problems->addItem(tr("Waiting: %1").arg(core::ErrorText::describe(f.reason)));
    }
    if (m_problems->count() == 0)
        m_problems->addItem(tr("None."));

    // The room's membership list, and rows on hold because two
    // workstations took the same number.
    m_members->setRowCount(0);
    if (const auto &room = data.room) {
        for (const core::sync::MemberStatus &ms : room->members) {
            const core::sync::RoomMember &m = ms.member;
            const QString state = m.removed
                ? tr("removed %1 (%2), files valid up to change %3")
                      .arg(statusTime(m.removedAt), m.removedBy)
                      .arg(m.removedAfterSeq)
                : (ms.self ? tr("member (this workstation)") : tr("member"));
            addRow(m_members,
                { QString::number(m.workstation), m.name, statusTime(m.joinedAt), state,
                    ms.lastFile.isEmpty() ? QString() : QString::number(ms.lastSeq), statusTime(ms.lastAt),
                    ms.lastFile });
        }
        for (const core::sync::ParkedMember &p : room->parked)
            addRow(m_members,
                { QString::number(p.workstation), p.name, QString(),
                    tr("on hold: number already taken, give one of the two a free number"), QString(), QString(),
                    p.sourceFile });
        m_members->resizeRowsToContents();
    }
    m_sources->setRowCount(0);
    for (const core::sync::SourceInfo &s : overview->sources)
        addRow(m_sources,
            { QString::number(s.workstation), s.workstationName, QString::number(s.files), QString::number(s.changes),
                QString::number(s.appliedSeq), statusTime(s.lastImportAt) });
    m_parked->setRowCount(0);
    for (const core::sync::ParkedChange &p : overview->parked)
        addRow(m_parked,
            { core::sync::TableRegistry::title(p.table), QString::number(p.rowId),
                tr("workstation %1, %2").arg(p.workstation).arg(p.operatorName), statusTime(p.parkedAt),
                reasonText(p.reason), core::SyncErrorText::parkedReason(p.reason, p.detail) });
    m_exports->setRowCount(0);
    for (const core::sync::ExportedFileInfo &e : overview->recentExports)
        addRow(m_exports, { e.fileName, QString::number(e.changes), statusTime(e.exportedAt), e.folder });
    m_conflicts->setText(
        overview->openConflicts > 0 ? tr("&Conflicts (%1)...").arg(overview->openConflicts) : tr("&Conflicts..."));
    const auto toReconcile = std::count_if(overview->parked.cbegin(), overview->parked.cend(),
        [](const core::sync::ParkedChange &p) { return p.reason == QLatin1String("natural_key"); });
    m_reconcile->setText(toReconcile > 0 ? tr("To &reconcile (%1)...").arg(toReconcile) : tr("To &reconcile..."));
    m_now->setEnabled(m_service && status.enabled && !status.busy);
}
