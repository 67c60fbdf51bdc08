#include "recoveryplan.h"

#include "core/db/database.h"

#include <QFileInfo>
#include <QLocale>

QString RecoveryPlan::label(Choice c)
{
    switch (c) {
    case Choice::Restore:
        return tr("&Restore the backup");
    case Choice::JoinRoom:
        return tr("&Join an operations room...");
    case Choice::CreateEmpty:
        return tr("Create &empty");
    case Choice::CreateDemo:
        return tr("Create &demo");
    case Choice::OpenAnother:
        return tr("&Open another...");
    case Choice::ContinueAnyway:
        return tr("&Continue with the damaged file");
    case Choice::Close:
        return tr("Close");
    }
    return {};
}

RecoveryPlan RecoveryPlan::missing(const QString &path)
{
    RecoveryPlan plan;
    plan.situation = Situation::Missing;
    plan.path = path;
    plan.title = tr("Ci siAMO!");
    plan.text = tr("The database %1 does not exist yet.").arg(path);
    plan.informative = tr("Join an operations room with an invitation from one of its workstations, create an empty "
                          "database, create a demo database to try the program, or open another file?");
    plan.choices = { Choice::JoinRoom, Choice::CreateEmpty, Choice::CreateDemo, Choice::OpenAnother, Choice::Close };
    plan.defaultChoice = Choice::OpenAnother; // creating is a choice, never a reflex
    return plan;
}

RecoveryPlan RecoveryPlan::damaged(
    const QString &path, const QString &problem, const std::optional<core::sync::BackupFile> &newest, bool canContinue)
{
    RecoveryPlan plan;
    plan.situation = Situation::Damaged;
    plan.path = path;
    plan.title = tr("Damaged database");
    plan.text = tr("The database %1 is damaged.").arg(path);
    plan.details = problem;
    plan.backup = newest;
    if (newest) {
        plan.informative
            = tr("The newest intact automatic backup is of %1. Restore it? The damaged file is kept aside, untouched "
                 "(%2.damaged-...), and the changes this workstation had already sent to the others come back with "
                 "the next synchronisation.")
                  .arg(QLocale().toString(newest->takenAt, QStringLiteral("dd/MM/yyyy HH:mm")),
                      QFileInfo(path).fileName());
        plan.choices.append(Choice::Restore);
        plan.defaultChoice = Choice::Restore;
    } else {
        plan.informative = tr("There is no intact automatic backup. The file was left untouched: call for technical "
                              "help, or open another database.");
        plan.defaultChoice = Choice::Close;
    }
    if (canContinue)
        plan.choices.append(Choice::ContinueAnyway);
    plan.choices.append(Choice::OpenAnother);
    plan.choices.append(Choice::Close);
    return plan;
}

RecoveryPlan RecoveryPlan::damagedWhileOpen(
    const QString &path, const QString &problem, const std::optional<core::sync::BackupFile> &newest)
{
    RecoveryPlan plan = damaged(path, problem, newest, true);
    // Shown over the window while the person works (not modal).
    plan.text = tr("The automatic check found damage in the database %1.").arg(path);
    plan.informative = tr("Nothing has been closed: finish what you are doing (save or cancel the open form), then "
                          "choose.")
        + QStringLiteral("\n\n") + plan.informative;
    plan.choices.removeAll(Choice::OpenAnother);
    plan.choices.removeAll(Choice::Close);
    if (!newest) {
        plan.defaultChoice = Choice::ContinueAnyway;
        // Another database is not offered here: the window is open on this one.
        plan.informative = tr("Nothing has been closed: finish what you are doing (save or cancel the open form), then "
                              "choose.")
            + QStringLiteral("\n\n")
            + tr("There is no intact automatic backup. The file was left untouched: call for technical help.");
    }
    return plan;
}

RecoveryPlan RecoveryPlan::unusable(const QString &path, const QString &message)
{
    RecoveryPlan plan;
    plan.situation = Situation::Unusable;
    plan.path = path;
    plan.title = tr("Ci siAMO!");
    plan.text = message;
    plan.choices = { Choice::OpenAnother, Choice::Close };
    plan.defaultChoice = Choice::Close;
    return plan;
}

RecoveryPlan RecoveryPlan::forOpenError(const QString &path, const core::Error &error, const QString &message,
    const std::optional<core::sync::BackupFile> &newest)
{
    if (error.code == QLatin1String("db.missing"))
        return missing(path);
    if (core::isDamage(error)) {
        RecoveryPlan plan = damaged(path, message, newest, false);
        // What differs is the news (a table dropped by hand, another
        // program's file): said up front, not under "details".
        // Said once: not again under "details".
        if (error.code == QLatin1String("db.schema_mismatch")) {
            plan.text = message;
            plan.details.clear();
        }
        return plan;
    }
    return unusable(path, message);
}
