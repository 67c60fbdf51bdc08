#pragma once

#include "core/domain/result.h"
#include "core/sync/backups.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What the window offers when the database cannot be used as it is: the
// decision, without widgets, so that it is tested (DatabaseRecovery shows
// it). A damaged file is offered the newest intact backup and kept aside;
// a missing file is created only when the person chooses so; a read-only
// file is not a problem here at all (it opens, and the window says so).
class RecoveryPlan {
    Q_DECLARE_TR_FUNCTIONS(RecoveryPlan)
public:
    enum class Situation { Missing, Damaged, Unusable };
    enum class Choice { Restore, JoinRoom, CreateEmpty, CreateDemo, OpenAnother, ContinueAnyway, Close };

    Situation situation = Situation::Unusable;
    QString path;
    QString title;
    QString text;        // the main sentence, naming the file
    QString informative; // what can be done
    QString details;     // the problems found, for the "details" part
    QList<Choice> choices;
    Choice defaultChoice = Choice::Close;
    std::optional<core::sync::BackupFile> backup; // what Restore restores

    bool offers(Choice c) const { return choices.contains(c); }
    static QString label(Choice c);

    // The file does not exist: join a room by invitation, create empty,
    // create a demo, open another.
    static RecoveryPlan missing(const QString &path);
    // Damaged (an open error for which core::isDamage(), or the problems a
    // check found): restore the newest intact backup when there is one.
    // canContinue: the file opens, the person may go on with it.
    static RecoveryPlan damaged(const QString &path, const QString &problem,
        const std::optional<core::sync::BackupFile> &newest, bool canContinue);
    // The checks run after the window opened found damage: restore (the
    // window closes and reopens) or go on working with it for now; the
    // person may first finish what is open.
    static RecoveryPlan damagedWhileOpen(const QString &path, const QString &problem,
        const std::optional<core::sync::BackupFile> &newest);
    // Any other refusal (not a database, a newer schema, cannot open):
    // the message, and another file.
    static RecoveryPlan unusable(const QString &path, const QString &message);
    // The plan for an error of core::openDatabase().
    static RecoveryPlan forOpenError(const QString &path, const core::Error &error, const QString &message,
        const std::optional<core::sync::BackupFile> &newest);
};
