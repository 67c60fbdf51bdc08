#include "reconciledialog.h"

#include "undomergedialog.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/commands/commandrunner.h"
#include "core/db/backgroundreader.h"
#include "core/db/changenotifier.h"
#include "core/sync/naturalkeys.h"
#include "core/sync/tableregistry.h"
#include "core/ui/errortext.h"
#include "core/ui/syncerrortext.h"
#include "core/ui/tablemenu.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString reconcileValueText(const QVariant &value)
{
    if (value.isNull())
        return ReconcileDialog::tr("(empty)");
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.size() == 10 && date.isValid())
        return date.toString(QStringLiteral("dd/MM/yyyy"));
    return text.isEmpty() ? ReconcileDialog::tr("(empty)") : text;
}

} // namespace

ReconcileDialog::ReconcileDialog(const QSqlDatabase &db, const core::Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
{
    setWindowTitle(tr("To reconcile"));
    resize(1100, 560);
    auto *intro = new QLabel(tr("Records that seem to be one thing entered on two workstations. The program merges "
                                "them by itself when what identifies them agrees; for these it does not, and a "
                                "person decides. <b>Merge</b> keeps the record created first, moves onto it "
                                "everything that refers to the other one (activations, receipts, lots, request "
                                "lines), and does the same on every workstation. The merge is recorded with the "
                                "other record's details."),
        this);
    intro->setWordWrap(true);
    m_state = new QLabel(tr("Reading the records to reconcile..."), this);
    m_state->setObjectName(QStringLiteral("reconcileState"));
    m_list = new QTableWidget(0, 5, this);
    m_list->setObjectName(QStringLiteral("reconcileList"));
    m_list->setHorizontalHeaderLabels(
        { tr("Data"), tr("Same"), tr("Here"), tr("The other record"), tr("Where they differ") });
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    core::installTableContextMenu(m_list);

    auto *mergesTitle = new QLabel(tr("<b>Records merged</b>: by the program (the same codice fiscale, code or "
                                      "booking id with the same details) or by a person here. <b>Undo merge</b> "
                                      "brings the merged record back as it was and moves back to it what the merge "
                                      "had moved, on every workstation; the two are then never merged again without "
                                      "a person."),
        this);
    mergesTitle->setWordWrap(true);
    m_merges = new QTableWidget(0, 5, this);
    m_merges->setObjectName(QStringLiteral("mergeList"));
    m_merges->setHorizontalHeaderLabels({ tr("Data"), tr("Same"), tr("Record kept"), tr("Record merged into it"),
        tr("Merged") });
    m_merges->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_merges->horizontalHeader()->setStretchLastSection(true);
    m_merges->verticalHeader()->hide();
    m_merges->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_merges->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_merges->setSelectionMode(QAbstractItemView::SingleSelection);
    m_merges->setAlternatingRowColors(true);
    core::installTableContextMenu(m_merges);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::ActionRole);
    m_merge->setEnabled(false);
    m_undo = buttons->addButton(tr("&Undo merge"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoMergeButton"));
    m_undo->setEnabled(false);
    m_allowed = core::Access::allows(m_db, core::Permission::SyncReconcile);
    if (!m_allowed) {
        m_merge->setToolTip(tr("Only a coordinator or an administrator merges records."));
        m_undo->setToolTip(tr("Only a coordinator or an administrator undoes a merge."));
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeSelected(); });
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(); });
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &ReconcileDialog::updateButtons);
    connect(m_merges, &QTableWidget::itemSelectionChanged, this, &ReconcileDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_state);
    layout->addWidget(m_list, 3);
    layout->addWidget(mergesTitle);
    layout->addWidget(m_merges, 2);
    layout->addWidget(buttons);
    m_reader = new core::BackgroundReader(this);
    reload();
}

ReconcileDialog::~ReconcileDialog()
{
    m_reader->stop();
}

QString ReconcileDialog::columnText(const QString &table, const QString &column)
{
    if (column == QLatin1String("last_name"))
        return tr("surname");
    if (column == QLatin1String("first_name"))
        return tr("first name");
    if (column == QLatin1String("birth_date"))
        return tr("date of birth");
    if (column == QLatin1String("comune_id"))
        return tr("comune");
    if (column == QLatin1String("recipient_id"))
        return tr("recipient");
    if (column == QLatin1String("organisation_id"))
        return tr("organisation");
    if (column == QLatin1String("unit"))
        return tr("unit");
    if (column == QLatin1String("phone"))
        return tr("phone");
    if (column == QLatin1String("email"))
        return tr("e-mail");
    if (column == QLatin1String("address"))
        return tr("address");
    if (column == QLatin1String("notes"))
        return tr("notes");
    if (column == QLatin1String("kind"))
        return tr("kind");
    if (column == QLatin1String("name"))
        return tr("name");
    if (column == QLatin1String("code"))
        return tr("code");
    if (!core::sync::TableRegistry::hasColumnTitle(table, column))
        return column;
    // Inside a sentence: "telefono del COC", but "PEC" stays as it is.
    QString title = core::sync::TableRegistry::columnTitle(table, column);
    if (title.size() > 1 && title.at(1).isLower())
        title[0] = title.at(0).toLower();
    return title;
}

void ReconcileDialog::reload()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_again = false;
    m_merge->setEnabled(false);
    m_undo->setEnabled(false);
    m_state->setText(tr("Reading the records to reconcile..."));
    auto result = std::make_shared<core::Result<QList<core::sync::ReconcileCase>>>(
        core::Error(QStringLiteral("db.query_failed")));
    auto merges = std::make_shared<core::Result<QList<core::sync::MergeRecord>>>(
        core::Error(QStringLiteral("db.query_failed")));
    m_reader->read(
        m_db.databaseName(),
        [result, merges](const QSqlDatabase &db) {
            *result = core::sync::readReconcileList(db);
            *merges = core::sync::readMergeList(db);
        },
        [this, result, merges](const core::Error &openError) {
            m_loading = false;
            if (!openError.code.isEmpty())
                *result = openError;
            if (m_again) {
                reload();
                return;
            }
            if (!*result) {
                m_state->setText(core::ErrorText::describe(result->error()));
                m_cases.clear();
                m_list->setRowCount(0);
            } else {
                showCases(**result);
            }
            showMerges(*merges ? **merges : QList<core::sync::MergeRecord>());
            updateButtons();
            emit loaded();
        });
}

void ReconcileDialog::showCases(const QList<core::sync::ReconcileCase> &cases)
{
    m_cases = cases;
    m_state->setText(cases.isEmpty() ? tr("Nothing to reconcile.")
                                     : tr("%n record(s) to reconcile.", nullptr, int(cases.size())));
    m_list->setRowCount(0);
    for (const core::sync::ReconcileCase &c : cases) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        QStringList differences;
        for (const QString &column : c.differing)
            differences.append(tr("%1: %2 here, %3 in the other")
                                   .arg(columnText(c.table, column), reconcileValueText(c.here.value(column)),
                                       reconcileValueText(c.other.value(column))));
        const QString key = core::SyncErrorText::keyColumnText(c.keyColumns.section(QLatin1Char(','), 0, 0));
        const QString other = c.otherWaiting
            ? tr("%1 (from workstation %2, waiting)").arg(core::sync::ReconcileCase::label(c.other)).arg(c.otherWorkstation)
            : tr("%1 (workstation %2)").arg(core::sync::ReconcileCase::label(c.other)).arg(c.otherWorkstation);
        const QStringList cells { core::sync::TableRegistry::title(c.table),
            c.otherWaiting ? tr("%1: %2").arg(key, c.keyValue) : tr("%1, written otherwise: %2").arg(key, c.keyValue),
            core::sync::ReconcileCase::label(c.here), other,
            differences.isEmpty() ? tr("only in how the name is written") : differences.join(QLatin1Char('\n')) };
        for (int i = 0; i < cells.size(); ++i)
            m_list->setItem(row, i, new QTableWidgetItem(cells.at(i)));
    }
    m_list->resizeRowsToContents();
}

bool ReconcileDialog::mergeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_cases.size() || m_loading)
        return false;
    const core::sync::ReconcileCase c = m_cases.at(row);
    core::sync::MergeIdentity command(c.table, c.hereId, c.otherId);
    core::CommandRunner runner(m_db, m_clock);
    if (auto s = runner.run(command); !s) {
        QMessageBox::warning(this, tr("To reconcile"), core::ErrorText::describe(s.error()));
        reload();
        return false;
    }
    core::ChangeNotifier::instance()->notifyChanged(command.changedTables());
    reload();
    return true;
}

void ReconcileDialog::updateButtons()
{
    m_merge->setEnabled(m_allowed && !m_loading && !m_list->selectedItems().isEmpty());
    m_undo->setEnabled(m_allowed && !m_loading && !m_merges->selectedItems().isEmpty());
}

void ReconcileDialog::showMerges(const QList<core::sync::MergeRecord> &merges)
{
    m_mergeRecords = merges;
    m_merges->setRowCount(0);
    for (const core::sync::MergeRecord &m : merges) {
        const int row = m_merges->rowCount();
        m_merges->insertRow(row);
        const QString key = core::SyncErrorText::keyColumnText(
            core::sync::NaturalKeys::forTable(m.table).value(0).columns.value(0));
        const QString when = QDateTime::fromMSecsSinceEpoch(m.mergedAt, QTimeZone::systemTimeZone())
                                 .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        const QString how = m.byPerson
            ? tr("%1, by %2 on workstation %3").arg(when, m.operatorName).arg(m.mergedOn)
            : tr("%1, by the program on workstation %2").arg(when).arg(m.mergedOn);
        const QString same = m.takenKeys.isEmpty()
            ? tr("%1: %2").arg(key, m.naturalKey)
            : tr("%1: %2\n(undo: give the record brought back its own)").arg(key, m.naturalKey);
        const QStringList cells { core::sync::TableRegistry::title(m.table), same,
            m.kept.isEmpty() ? tr("(not here)") : core::sync::ReconcileCase::label(m.kept),
            core::sync::ReconcileCase::label(m.merged), how };
        for (int i = 0; i < cells.size(); ++i)
            m_merges->setItem(row, i, new QTableWidgetItem(cells.at(i)));
    }
    m_merges->resizeRowsToContents();
}

bool ReconcileDialog::undoSelected(bool ask)
{
    const int row = m_merges->currentRow();
    if (row < 0 || row >= m_mergeRecords.size() || m_loading)
        return false;
    const core::sync::MergeRecord m = m_mergeRecords.at(row);
    QStringList changed;
    if (ask) {
        // What comes back, and its new key when another record has its own.
        UndoMergeDialog dialog(m_db, m_clock, m, this);
        if (dialog.exec() != QDialog::Accepted) {
            reload();
            return false;
        }
        changed = dialog.changedTables();
    } else {
        core::sync::UndoIdentityMerge command(m.mergeId);
        core::CommandRunner runner(m_db, m_clock);
        if (auto s = runner.run(command); !s) {
            QMessageBox::warning(this, tr("Undo merge"), core::ErrorText::describe(s.error()));
            reload();
            return false;
        }
        changed = command.changedTables();
    }
    core::ChangeNotifier::instance()->notifyChanged(changed);
    reload();
    return true;
}
