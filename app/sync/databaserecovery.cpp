#include "databaserecovery.h"

#include "appsettings.h"

#include "core/db/dbchecks.h"
#include "core/sync/backups.h"
#include "core/ui/errortext.h"

#include <QApplication>
#include <QHash>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

QStringList DatabaseRecovery::quickCheck(const QSqlDatabase &db)
{
    auto check = core::checkDatabase(db, true);
    if (!check)
        return { core::ErrorText::describe(check.error()) };
    return check->integrityProblems + check->foreignKeyProblems;
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

RecoveryPlan::Choice DatabaseRecovery::ask(QWidget *parent, const RecoveryPlan &plan)
{
    const auto icon = plan.situation == RecoveryPlan::Situation::Missing ? QMessageBox::Question : QMessageBox::Critical;
    QMessageBox box(icon, plan.title, plan.text, QMessageBox::NoButton, parent);
    box.setInformativeText(plan.informative);
    if (!plan.details.isEmpty())
        box.setDetailedText(plan.details);
    QHash<QAbstractButton *, RecoveryPlan::Choice> buttons;
    for (RecoveryPlan::Choice c : plan.choices) {
        QAbstractButton *b = c == RecoveryPlan::Choice::Close ? box.addButton(QMessageBox::Close)
            : box.addButton(RecoveryPlan::label(c),
                c == RecoveryPlan::Choice::ContinueAnyway ? QMessageBox::DestructiveRole
                    : c == RecoveryPlan::Choice::OpenAnother ? QMessageBox::ActionRole
                                                             : QMessageBox::AcceptRole);
        buttons.insert(b, c);
        if (c == plan.defaultChoice)
            box.setDefaultButton(qobject_cast<QPushButton *>(b));
    }
    box.exec();
    return buttons.value(box.clickedButton(), RecoveryPlan::Choice::Close);
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
