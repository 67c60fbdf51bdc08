#include "databaserecovery.h"

#include "core/db/dbchecks.h"
#include "core/sync/backups.h"
#include "core/ui/errortext.h"

#include <QApplication>
#include <QFileInfo>
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

DatabaseRecovery::Choice DatabaseRecovery::offerRestore(
    QWidget *parent, const QString &databasePath, const QString &problem, const QString &backupFolder, bool canContinue)
{
    const core::sync::BackupManager manager(databasePath, backupFolder);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto newest = manager.newestGoodBackup();
    QApplication::restoreOverrideCursor();

    QMessageBox box(QMessageBox::Critical, tr("Damaged database"), tr("The database %1 is damaged.").arg(databasePath),
        QMessageBox::NoButton, parent);
    box.setDetailedText(problem);
    QPushButton *restore = nullptr;
    if (newest) {
        box.setInformativeText(
            tr("The newest intact automatic backup is of %1. Restore it? The damaged file is kept aside "
               "(%2.damaged-...), and the changes this workstation had already sent to the others come back "
               "with the next synchronisation.")
                .arg(QLocale().toString(newest->takenAt, QStringLiteral("dd/MM/yyyy HH:mm")), QFileInfo(databasePath).fileName()));
        restore = box.addButton(tr("&Restore the backup"), QMessageBox::AcceptRole);
    } else {
        box.setInformativeText(tr("There is no intact automatic backup in %1. The file was left untouched: "
                                  "call for technical help, or open another database.")
                                   .arg(manager.folder()));
    }
    QPushButton *goOn
        = canContinue ? box.addButton(tr("&Continue with the damaged file"), QMessageBox::DestructiveRole) : nullptr;
    box.addButton(QMessageBox::Close);
    if (restore)
        box.setDefaultButton(restore);
    box.exec();
    if (restore && box.clickedButton() == restore) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto restored = core::sync::restoreDatabase(newest->path, databasePath, QStringLiteral("damaged"));
        QApplication::restoreOverrideCursor();
        if (!restored) {
            QMessageBox::critical(parent, tr("Damaged database"), core::ErrorText::describe(restored.error()));
            return Choice::GiveUp;
        }
        QMessageBox::information(parent, tr("Database restored"),
            tr("The database was restored from the backup of %1. The damaged file was kept as %2.")
                .arg(QLocale().toString(newest->takenAt, QStringLiteral("dd/MM/yyyy HH:mm")), restored->keptAside));
        return Choice::Restored;
    }
    if (goOn && box.clickedButton() == goOn)
        return Choice::ContinueAnyway;
    return Choice::GiveUp;
}
