#include "conflictsdialog.h"

#include "core/db/backgroundreader.h"
#include "core/auth/audittext.h"
#include "core/domain/dates.h"
#include "core/sync/naturalkeys.h"
#include "core/sync/postimport.h"
#include "core/sync/tableregistry.h"
#include "core/ui/errortext.h"
#include "core/ui/pagedsqlmodel.h"
#include "core/ui/tablemenu.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QPointer>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace {

enum Column { Detected, Table, Row, Kind, Kept, Discarded, State };

QString conflictTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("dd/MM/yyyy HH:mm:ss"))
                  : QString();
}

QString valueText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return ConflictsDialog::tr("(empty)");
    const QString text = v.toString();
    if (text.isEmpty())
        return ConflictsDialog::tr("(empty)");
    // Dates are stored as yyyy-MM-dd: people read them as dd/MM/yyyy.
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-'))
        if (const QDate day = core::fromSqlDate(text); day.isValid())
            return core::toItalianDate(day);
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

QString who(int workstation, const QString &operatorName, qint64 at)
{
    const QString person = operatorName.isEmpty() ? QString() : QStringLiteral(", %1").arg(operatorName);
    return ConflictsDialog::tr("workstation %1%2, %3").arg(workstation).arg(person, conflictTime(at));
}

} // namespace

ConflictListModel::ConflictListModel(const QSqlDatabase &db, core::BackgroundReader *reader, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_db(db)
    , m_reader(reader)
{
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QIdentityProxyModel::data(index, role);
    const QVariant raw = QIdentityProxyModel::data(index, core::PagedSqlModel::RawRole);
    if (!raw.isValid())
        return QIdentityProxyModel::data(index, role); // its row is on its way: "…"
    if (index.column() == Row) {
        // The record by its name (a volunteer, an item, a comune), read on
        // the worker; its short id until then.
        if (raw.isNull())
            return QIdentityProxyModel::data(index, role);
        const QString table = QIdentityProxyModel::data(index.siblingAtColumn(Table), core::PagedSqlModel::RawRole)
                                  .toString();
        const QString key = table + QLatin1Char(':') + raw.toString();
        if (!m_labels.contains(key)) {
            m_wanted.insert(key, { table, raw.toLongLong() });
            if (!m_scheduled) {
                m_scheduled = true; // the rows painted together are named in one read
                QTimer::singleShot(0, const_cast<ConflictListModel *>(this), &ConflictListModel::readNames);
            }
        }
        return text(Row, raw, table);
    }
    const QVariant words = text(index.column(), raw, QString());
    return words.isValid() ? words : QIdentityProxyModel::data(index, role);
}

QVariant ConflictListModel::exportRowText(const QVariantList &row, int column, const QVariant &) const
{
    return text(column, row.value(column), row.value(Table).toString());
}

QVariant ConflictListModel::text(int column, const QVariant &raw, const QString &table) const
{
    switch (column) {
    case Detected:
        return conflictTime(raw.toLongLong());
    case Table:
        return core::sync::TableRegistry::title(raw.toString());
    case Row: {
        if (auto it = m_labels.constFind(table + QLatin1Char(':') + raw.toString()); it != m_labels.constEnd())
            return it.value();
        return core::AuditText::shortId(raw.toLongLong());
    }
    case Kind:
        return ConflictsDialog::kindText(raw.toString());
    case Kept:
    case Discarded:
        return ConflictsDialog::tr("Workstation %1").arg(raw.toInt());
    case State: {
        const QString r = raw.toString();
        return r == QLatin1String("accepted") ? ConflictsDialog::tr("Reviewed")
            : r == QLatin1String("restored")  ? ConflictsDialog::tr("Restored")
                                              : ConflictsDialog::tr("To review");
    }
    default:
        return {};
    }
}

void ConflictListModel::readNames()
{
    m_scheduled = false;
    if (m_wanted.isEmpty() || m_reading)
        return; // asked again when the read on its way has arrived
    m_reading = true;
    struct Names {
        QHash<QString, QPair<QString, qint64>> asked;
        QHash<QString, QString> labels;
    };
    auto names = std::make_shared<Names>();
    names->asked = std::exchange(m_wanted, {});
    QPointer<ConflictListModel> self(this);
    m_reader->read(
        m_db.databaseName(),
        [names](const QSqlDatabase &db) {
            const core::sync::ConflictLog log(db);
            for (auto it = names->asked.constBegin(); it != names->asked.constEnd(); ++it)
                if (auto label = log.recordLabel(it->first, it->second); label && !label->isEmpty())
                    names->labels.insert(it.key(), *label);
        },
        [self, names](const core::Error &) {
            if (!self)
                return;
            self->m_reading = false;
            // A record with no name (or a file that could not be read) keeps its short id.
            for (auto it = names->asked.constBegin(); it != names->asked.constEnd(); ++it)
                self->m_labels.insert(it.key(), names->labels.value(it.key(), core::AuditText::shortId(it->second)));
            if (const int rows = self->rowCount(); rows > 0)
                emit self->dataChanged(self->index(0, Row), self->index(rows - 1, Row), { Qt::DisplayRole });
            if (!self->m_wanted.isEmpty())
                self->readNames();
        });
}

QString ConflictsDialog::kindText(const QString &kind)
{
    if (kind == QLatin1String("update"))
        return tr("Edited on two workstations");
    if (kind == QLatin1String("delete"))
        return tr("Edited and deleted");
    if (kind == QLatin1String("recreated"))
        return tr("Deleted, then put back");
    if (kind == QLatin1String("delete_refused"))
        return tr("Deletion not applied");
    if (kind == QLatin1String("ledger"))
        return tr("Register entry differs");
    return kind;
}

QString ConflictsDialog::describe(const core::sync::SyncConflict &c, const QString &recordLabel)
{
    const QString kept = who(c.kept.workstation, c.keptOperator, c.kept.at);
    const QString discarded = who(c.discarded.workstation, c.discardedOperator, c.discarded.at);
    const QString record = recordLabel.isEmpty()
        ? tr("%1, record %2").arg(core::sync::TableRegistry::title(c.table), core::AuditText::shortId(c.rowId))
        : tr("%1, «%2» (record %3)")
              .arg(core::sync::TableRegistry::title(c.table), recordLabel, core::AuditText::shortId(c.rowId));
    QString text;
    const QString rule = core::sync::reviewFlagRule(c.conflictKey);
    if (rule == QLatin1String("sync.undo_key_set_aside")) {
        // Both choices are in the sentence: the key kept and the one set aside.
        // The key's columns (the codice fiscale), not what follows from it
        // (the date of birth: in the values below).
        QStringList keyColumns;
        for (const core::sync::NaturalKey &key : core::sync::NaturalKeys::forTable(c.table))
            keyColumns += key.columns;
        QStringList keptKey, discardedKey;
        for (const core::sync::SyncConflict::Difference &d : c.differences) {
            if (!keyColumns.isEmpty() && !keyColumns.contains(d.column))
                continue;
            if (!d.kept.toString().isEmpty())
                keptKey.append(d.kept.toString());
            if (!d.discarded.toString().isEmpty())
                discardedKey.append(d.discarded.toString());
        }
        const QString noKey = tr("the key it had before the merge");
        text = tr("The merge of %1 was undone on two workstations before they could exchange their "
                  "data, with different choices for the record brought back. The first undo (%2) gave it %3, which "
                  "every workstation keeps; the other undo (%4) had chosen %5, which was set aside. Check which is "
                  "right, and correct the record if it is the other.")
                   .arg(record, kept,
                       keptKey.isEmpty() ? noKey : keptKey.join(QStringLiteral(", ")), discarded,
                       discardedKey.isEmpty() ? noKey : discardedKey.join(QStringLiteral(", ")));
    } else if (!rule.isEmpty()) // a rule of the merge already applied (core/sync/postimport.h)
        text = describeRule(rule, record, kept, discarded);
    else if (c.kind == QLatin1String("update"))
        text = tr("%1 was changed on two workstations before they could exchange their data. The latest change was "
                  "kept (%2); "
                  "the other (%3) was discarded. Its values are below.")
                   .arg(record, kept, discarded);
    else if (c.kind == QLatin1String("delete") && c.discardedIsDeletion())
        text = tr("%1 was deleted (%3), but it had been changed later (%2): the record was kept.")
                   .arg(record, kept, discarded);
    else if (c.kind == QLatin1String("delete"))
        text = tr(
            "%1 was deleted (%2) after a change made elsewhere (%3): the deletion was kept and the changed values are "
            "below.")
                   .arg(record, kept, discarded);
    else if (c.kind == QLatin1String("recreated"))
        text = tr("%1 had been deleted (%3) but a later change put it back (%2).").arg(record, kept, discarded);
    else if (c.kind == QLatin1String("delete_refused"))
        text = tr("The deletion of %1 (%3) was not applied here: other records on this workstation still refer to it. "
                  "It was kept, and sent back to every workstation.")
                   .arg(record, discarded);
    else if (c.kind == QLatin1String("ledger"))
        text = tr("%1 is a register entry, which is never rewritten: the one from %3 differs from the one here, which "
                  "was kept "
                  "(%2). Check which is right and correct it with a new entry.")
                   .arg(record, kept, discarded);
    if (!c.isOpen())
        text += QLatin1Char(' ') + tr("Settled by %1 on %2.").arg(c.reviewedBy, conflictTime(c.reviewedAt));
    return text;
}

QString ConflictsDialog::describeRule(
    const QString &rule, const QString &record, const QString &kept, const QString &discarded)
{
    // The rules are documented where they are applied (deliverymerge.h,
    // attestatomerge.h, tutoringmerge.h) and in HACKING.md.
    if (rule == QLatin1String("deliveries.delivered_wins"))
        return tr("%1 was loaded or delivered on one workstation (%2) and cancelled on another (%3) before they "
                  "exchanged their data. The goods had left: the delivery stays loaded or delivered and the "
                  "cancellation was set aside. Check with the recipient.")
            .arg(record, kept, discarded);
    if (rule == QLatin1String("deliveries.return_counted_once"))
        return tr("%1 was returned on two workstations (%2 and %3). Its goods came back once: the second return "
                  "was reversed in the stock, and the first one counts.")
            .arg(record, kept, discarded);
    if (rule == QLatin1String("deliveries.load_counted_once"))
        return tr("%1 was loaded on two workstations (%2 and %3): its goods were issued twice. They left once: the "
                  "second load was reversed in the stock, and the first one counts. Check that the goods on the "
                  "vehicle are those of one load.")
            .arg(record, kept, discarded);
    if (rule == QLatin1String("deliveries.request_delivered_wins"))
        return tr("%1 was cancelled on one workstation while its goods were loaded or delivered on another: the "
                  "request follows its deliveries. Cancel it again if it must be closed.")
            .arg(record);
    if (rule == QLatin1String("volunteers.attestato_void"))
        return tr("%1 certifies days already certified by an attestato issued earlier on another workstation (%2). "
                  "It is void (%3): it is not printed again nor sent to the region, and the days only it "
                  "certified are to be certified again.")
            .arg(record, kept, discarded);
    if (rule == QLatin1String("volunteers.double_service"))
        return tr("%1: the volunteer was recorded on the same day in two services, on two workstations (%2 and %3). "
                  "Void the wrong day in the activation ledger.")
            .arg(record, kept, discarded);
    if (rule == QLatin1String("tutoring.double_booking"))
        return tr("%1: the pupil was booked in the same hour with two assistants, on two workstations (%2 and %3). "
                  "Cancel one of the two lessons.")
            .arg(record, kept, discarded);
    return tr("%1: two workstations recorded operations that cannot both stand; the merge kept %2 and set aside "
              "%3.")
        .arg(record, kept, discarded);
}

ConflictsDialog::ConflictsDialog(const QSqlDatabase &db, const QString &operatorName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_operator(operatorName)
{
    setWindowTitle(tr("Synchronisation conflicts"));
    resize(1080, 680);

    m_filter = new QComboBox(this);
    m_filter->addItem(tr("To review"));
    m_filter->addItem(tr("All, including reviewed"));
    m_count = new QLabel(this);

    m_model = new core::PagedSqlModel(m_db, this);
    m_model->setSource(QStringLiteral("merge_conflict_list"), QStringLiteral("id"));
    m_model->setColumns({
        { QStringLiteral("detected_at"), tr("Detected"), core::ColumnKind::Text, 0, true },
        { QStringLiteral("table_name"), tr("Data"), core::ColumnKind::Text, 0, false },
        { QStringLiteral("row_id"), tr("Record"), core::ColumnKind::Text, 0, false },
        { QStringLiteral("kind"), tr("What happened"), core::ColumnKind::Text, 0, false },
        { QStringLiteral("kept_workstation"), tr("Kept"), core::ColumnKind::Text, 0, false },
        { QStringLiteral("discarded_workstation"), tr("Discarded"), core::ColumnKind::Text, 0, false },
        { QStringLiteral("resolution"), tr("State"), core::ColumnKind::Text, 0, false },
    });
    m_model->setDefaultSort(Detected, Qt::DescendingOrder);
    // One worker reads the names listed and the selected conflict, in order.
    m_reader = new core::BackgroundReader(this);
    auto *proxy = new ConflictListModel(m_db, m_reader, this);
    proxy->setSourceModel(m_model);
    m_names = proxy;

    m_list = new QTableView(this);
    m_list->setModel(proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(true);
    m_list->horizontalHeader()->setSortIndicator(Detected, Qt::DescendingOrder);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    m_list->setAlternatingRowColors(true);
    core::installTableContextMenu(m_list);

    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_differences = new QTableWidget(0, 3, this);
    m_differences->setHorizontalHeaderLabels(
        { tr("Field"), tr("Kept value (now in the data)"), tr("Discarded value") });
    m_differences->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_differences->verticalHeader()->hide();
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->setToolTip(tr("Tick the discarded values to restore; leave the others as they are."));
    m_accept = new QPushButton(tr("&Keep what was kept"), this);
    m_accept->setToolTip(tr("Mark the conflict as reviewed: the data stays as it is."));
    m_restore = new QPushButton(tr("&Restore the discarded values"), this);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_description);
    detailLayout->addWidget(m_differences, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_accept);
    actions->addWidget(m_restore);
    detailLayout->addLayout(actions);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addStretch();
    top->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("When two workstations change the same data before exchanging it, the latest change is kept "
                        "everywhere and the other is listed here, so that nothing is lost without you knowing."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ConflictsDialog::reload);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConflictsDialog::showSelected);
    connect(m_accept, &QPushButton::clicked, this, &ConflictsDialog::markReviewed);
    connect(m_restore, &QPushButton::clicked, this, &ConflictsDialog::restore);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsDialog::showList);
    reload();
}

void ConflictsDialog::reload()
{
    m_model->setFilter(m_filter->currentIndex() == 0 ? QStringLiteral("reviewed_at IS NULL") : QString());
    showList(); // empty while counting: the count arrives with a modelReset
}

void ConflictsDialog::showList()
{
    m_count->setText(tr("%Ln conflict(s)", nullptr, m_model->rowCount()));
    m_list->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_list->selectRow(0);
    showSelected();
}

void ConflictsDialog::showSelected()
{
    m_current.reset();
    m_differences->setRowCount(0);
    m_accept->setEnabled(false);
    m_restore->setEnabled(false);
    const int read = ++m_read;
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid()) {
        m_reading = false;
        m_description->setText(m_filter->currentIndex() == 0 ? tr("No conflicts to review.") : tr("No conflicts."));
        return;
    }
    // The conflict and its record's name are read on the worker: explaining
    // it reads the schema of every synchronised table.
    m_reading = true;
    m_description->setText(tr("Reading the conflict…"));
    struct Read {
        std::optional<core::Result<core::sync::SyncConflict>> conflict;
        QString label;
    };
    auto answer = std::make_shared<Read>();
    const qint64 id = m_model->keyAt(index.row()).toLongLong();
    m_reader->read(
        m_db.databaseName(),
        [id, answer](const QSqlDatabase &db) {
            const core::sync::ConflictLog log(db);
            answer->conflict = log.conflict(id);
            if (*answer->conflict)
                if (auto label = log.recordLabel((*answer->conflict)->table, (*answer->conflict)->rowId))
                    answer->label = *label;
        },
        [this, read, answer](const core::Error &openError) {
            if (read != m_read)
                return; // another row was chosen meanwhile
            m_reading = false;
            if (!openError.code.isEmpty())
                m_description->setText(core::ErrorText::describe(openError));
            else if (!answer->conflict || !*answer->conflict)
                m_description->setText(
                    answer->conflict ? core::ErrorText::describe(answer->conflict->error()) : QString());
            else
                showConflict(**answer->conflict, answer->label);
        });
}

void ConflictsDialog::showConflict(const core::sync::SyncConflict &c, const QString &recordLabel)
{
    m_current = c;
    m_description->setText(describe(c, recordLabel));
    const core::sync::RestoreAction action = core::sync::ConflictLog::restoreAction(c);
    auto addRow = [this, &c](const QString &column, const QString &kept, const QString &discarded, bool checkable) {
        const int row = m_differences->rowCount();
        m_differences->insertRow(row);
        // The field in words ("Date of birth"); the stored column, which a
        // restore names, under Qt::UserRole.
        auto *name = new QTableWidgetItem(core::sync::TableRegistry::columnTitle(c.table, column));
        name->setData(Qt::UserRole, column);
        if (checkable) {
            name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
            name->setCheckState(Qt::Unchecked); // the other side may have changed other fields on purpose
        }
        m_differences->setItem(row, 0, name);
        m_differences->setItem(row, 1, new QTableWidgetItem(kept));
        m_differences->setItem(row, 2, new QTableWidgetItem(discarded));
    };
    if (!c.differences.isEmpty()) {
        for (const core::sync::SyncConflict::Difference &d : c.differences)
            addRow(d.column, valueText(d.kept), valueText(d.discarded),
                action == core::sync::RestoreAction::RewriteValues);
    } else if (!c.discardedValues.isEmpty()) {
        for (auto it = c.discardedValues.constBegin(); it != c.discardedValues.constEnd(); ++it)
            addRow(it.key(), c.rowExists ? QString() : tr("(deleted)"), valueText(it.value()), false);
    }
    m_accept->setEnabled(c.isOpen());
    m_restore->setEnabled(action != core::sync::RestoreAction::None);
    m_restore->setText(action == core::sync::RestoreAction::DeleteRow ? tr("&Delete the record after all")
            : action == core::sync::RestoreAction::RecreateRow        ? tr("&Put the record back")
                                                                      : tr("&Restore the ticked values"));
}

QStringList ConflictsDialog::chosenColumns() const
{
    QStringList columns;
    for (int row = 0; row < m_differences->rowCount(); ++row) {
        const QTableWidgetItem *item = m_differences->item(row, 0);
        if (item && (item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            columns.append(item->data(Qt::UserRole).toString());
    }
    return columns;
}

void ConflictsDialog::markReviewed()
{
    if (!m_current)
        return;
    if (auto s = core::sync::ConflictLog(m_db).markReviewed(m_current->id, m_operator); !s)
        QMessageBox::warning(this, windowTitle(), core::ErrorText::describe(s.error()));
    reload();
}

void ConflictsDialog::restore()
{
    if (!m_current)
        return;
    const core::sync::RestoreAction action = core::sync::ConflictLog::restoreAction(*m_current);
    const QStringList columns = chosenColumns();
    if (action == core::sync::RestoreAction::RewriteValues && columns.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Tick at least one value to restore."));
        return;
    }
    const QString question = action == core::sync::RestoreAction::DeleteRow
        ? tr("Delete this record on every workstation?")
        : action == core::sync::RestoreAction::RecreateRow ? tr("Put this record back on every workstation?")
                                                           : tr("Restore the ticked values on every workstation?");
    if (QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return;
    if (auto s = core::sync::ConflictLog(m_db).restoreDiscarded(m_current->id, m_operator, columns); !s)
        QMessageBox::warning(this, windowTitle(), core::ErrorText::describe(s.error()));
    reload();
}
