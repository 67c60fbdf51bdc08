#include "databaserecovery.h"

#include "appsettings.h"

#include "core/db/dbchecks.h"
#include "core/reference/referenceloader.h"
#include "core/sync/backups.h"
#include "core/ui/errortext.h"

#include <QApplication>
#include <QHash>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

DatabaseRecovery::Opened DatabaseRecovery::openAtStart(const QString &path, const core::OpenOptions &options)
{
    Opened opened;
    auto connection = core::openDatabase(path, options);
    if (!connection) {
        opened.status = connection.error();
        return opened;
    }
    // Before the reference data, which may write into the WAL: the start
    // check compares the file with its header only while the WAL is empty.
    auto problems = core::startCheck(connection->db());
    if (!problems) {
        opened.status = problems.error();
        return opened;
    }
    if (!core::isReadOnly(connection->db())) { // a read-only file came with its reference data
        // Constant time once loaded: one read of its version.
        if (auto loaded = core::loadReferenceData(connection->db()); !loaded) {
            opened.status = loaded;
            return opened;
        }
    }
    opened.problems = *problems;
    opened.connection = std::move(*connection);
    return opened;
}

std::optional<core::sync::BackupFile> DatabaseRecovery::newestGoodBackup(
    const QString &databasePath, const QString &backupFolder)
{
    const core::sync::BackupManager manager(databasePath, backupFolder);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto newest = manager.newestGoodBackup();
    QApplication::restoreOverrideCursor();
    if (!newest)
        return std::nullopt;
    return *newest;
}

namespace {

const char choiceProperty[] = "recoveryChoice";

// The plan's box: its sentences, and one button per choice (each knows
// its choice).
void fillBox(QMessageBox &box, const RecoveryPlan &plan)
{
    box.setIcon(plan.situation == RecoveryPlan::Situation::Missing ? QMessageBox::Question : QMessageBox::Critical);
    box.setWindowTitle(plan.title);
    box.setText(plan.text);
    box.setInformativeText(plan.informative);
    if (!plan.details.isEmpty())
        box.setDetailedText(plan.details);
    for (RecoveryPlan::Choice c : plan.choices) {
        QAbstractButton *b = c == RecoveryPlan::Choice::Close ? box.addButton(QMessageBox::Close)
            : box.addButton(RecoveryPlan::label(c),
                c == RecoveryPlan::Choice::ContinueAnyway ? QMessageBox::DestructiveRole
                    : c == RecoveryPlan::Choice::OpenAnother ? QMessageBox::ActionRole
                                                             : QMessageBox::AcceptRole);
        b->setProperty(choiceProperty, int(c));
        if (c == plan.defaultChoice)
            box.setDefaultButton(qobject_cast<QPushButton *>(b));
    }
}

} // namespace

RecoveryPlan::Choice DatabaseRecovery::choiceOf(const QAbstractButton *button)
{
    const QVariant c = button ? button->property(choiceProperty) : QVariant();
    return c.isValid() ? RecoveryPlan::Choice(c.toInt()) : RecoveryPlan::Choice::Close;
}

RecoveryPlan::Choice DatabaseRecovery::ask(QWidget *parent, const RecoveryPlan &plan)
{
    QMessageBox box(parent);
    fillBox(box, plan);
    box.exec();
    return choiceOf(box.clickedButton());
}

QMessageBox *DatabaseRecovery::alert(QWidget *parent, const RecoveryPlan &plan)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("databaseDamagedAlert"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    fillBox(*box, plan);
    box->show();
    box->raise();
    box->activateWindow();
    return box;
}

bool DatabaseRecovery::restore(QWidget *parent, const RecoveryPlan &plan)
{
    if (!plan.backup)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    core::sync::RestoreOptions options;
    options.syncFolder = AppSettings::syncFolder(); // nobody is signed in yet: the audit names no one
    auto restored = core::sync::restoreDatabase(plan.backup->path, plan.path, QStringLiteral("damaged"), options);
    QApplication::restoreOverrideCursor();
    if (!restored) {
        QMessageBox::critical(parent, tr("Damaged database"), core::ErrorText::describe(restored.error()));
        return false;
    }
    QMessageBox::information(parent, tr("Database restored"),
        tr("The database was restored from the backup of %1. The damaged file was kept as %2.")
            .arg(QLocale().toString(plan.backup->takenAt, QStringLiteral("dd/MM/yyyy HH:mm")), restored->keptAside)
            + countersText(restored->counters));
    return true;
}

QString DatabaseRecovery::countersText(const core::sync::CountersMoved &moved)
{
    switch (moved.source) {
    case core::sync::CountersMoved::Source::Nothing:
        return {};
    case core::sync::CountersMoved::Source::SyncFolder:
        return QStringLiteral("\n\n")
            + tr("New ids and document numbers start after those this workstation already sent to the sync folder.");
    case core::sync::CountersMoved::Source::SafetyMargin:
        break;
    }
    return QStringLiteral("\n\n")
        + tr("The sync folder cannot be reached: new ids and document numbers were moved past those of the "
             "restored database plus a safety margin.");
}
