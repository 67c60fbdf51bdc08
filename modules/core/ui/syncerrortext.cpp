#include "core/ui/syncerrortext.h"

#include "core/ui/errortext.h"

namespace core {

QString SyncErrorText::keyColumnText(const QString &column)
{
    if (column == QLatin1String("tax_code"))
        return tr("the codice fiscale");
    if (column == QLatin1String("code"))
        return tr("the code");
    if (column == QLatin1String("name"))
        return tr("the name");
    if (column == QLatin1String("number"))
        return tr("the number");
    if (column == QLatin1String("registry_number"))
        return tr("the registry number");
    if (column == QLatin1String("external_ref"))
        return tr("the booking id on the platform");
    if (column == QLatin1String("username"))
        return tr("the user name");
    if (column == QLatin1String("workstation"))
        return tr("the workstation number");
    return tr("a value");
}

QString SyncErrorText::parkedReason(const QString &reason, const QString &detail)
{
    if (reason == QLatin1String("missing_reference"))
        return tr("It refers to a record not received yet: it is applied as soon as that arrives.");
    if (reason == QLatin1String("natural_key"))
        return tr("%1 is the same as a record made on another workstation, whose details differ: a person decides "
                  "whether they are one (Synchronisation, To reconcile).")
            .arg(keyColumnText(detail.section(QLatin1Char(','), 0, 0)));
    if (reason == QLatin1String("duplicate_value")) {
        // "UNIQUE constraint failed: table.column[, table.column]": only the
        // first column's name is used, for its words.
        const QString columns = detail.section(QLatin1Char(':'), 1).trimmed();
        const QString column = columns.section(QLatin1Char(','), 0, 0).section(QLatin1Char('.'), 1).trimmed();
        return tr("%1 is already used here by another record: rename one of the two.").arg(keyColumnText(column));
    }
    return tr("A rule of this database refuses it (a value outside what is allowed here).");
}

QString SyncErrorText::message(const Error &e)
{
    const QString &c = e.code;
    const QString a0 = e.args.value(0), a1 = e.args.value(1), a2 = e.args.value(2), a3 = e.args.value(3);
    if (c == QLatin1String("sync.folder_unreachable"))
        return a0.isEmpty() ? tr("No sync folder is set: choose one in Settings, Synchronisation.")
                            : tr("The sync folder %1 cannot be reached (network share down, USB key removed?). "
                                 "Work goes on here and the changes leave as soon as it is back.")
                                  .arg(a0);
    if (c == QLatin1String("sync.folder_missing"))
        return tr("The folder %1 does not exist: nothing was exported (is the USB key or the network share "
                  "connected?). The changes stay here and leave with the next export.")
            .arg(a0);
    if (c == QLatin1String("sync.cannot_write"))
        return tr("The sync file %1 could not be written (%2). Nothing was lost: the changes stay here and leave "
                  "with the next export.")
            .arg(a0, ErrorText::writeFailureReason(e.args));
    if (c == QLatin1String("sync.file_truncated"))
        return tr("the file is incomplete (cut short while it was being copied?): refused, nothing of it was applied.");
    if (c == QLatin1String("sync.file_checksum"))
        return tr(
            "the file is damaged or was altered (its checksum does not match): refused, nothing of it was applied.");
    if (c == QLatin1String("sync.file_not_authenticated"))
        return tr("the file is not authenticated (not made by a workstation of this room, altered, or renamed): "
                  "refused, nothing of it was applied, and the refusal is in the audit log.");
    if (c == QLatin1String("sync.identity_unknown"))
        return tr("These records cannot be merged: they are not of a kind the program merges, or they are the same "
                  "record.");
    if (c == QLatin1String("sync.identity_gone"))
        return tr("One of the two records is no longer here nor waiting (merged or changed meanwhile): the list is "
                  "read again.");
    if (c == QLatin1String("sync.identity_merge_refused"))
        return tr("The two records cannot be merged: moving what refers to one of them onto the other would break "
                  "a rule of the database (for example two renewals of the same year). Correct one of the two "
                  "first.");
    if (c == QLatin1String("sync.identity_undo_done"))
        return tr("This merge was already undone (here or on another workstation): the list is read again.");
    if (c == QLatin1String("sync.identity_undo_key_taken")) {
        // The column SQLite names ("UNIQUE constraint failed: volunteer.tax_code"), else the declared key.
        QString column = e.args.value(2).section(QLatin1Char(':'), 1).trimmed().section(QLatin1Char(','), 0, 0)
                             .section(QLatin1Char('.'), 1).trimmed();
        if (column.isEmpty())
            column = e.args.value(1).section(QLatin1Char(';'), 0, 0).section(QLatin1Char(','), 0, 0);
        return tr("The merged record cannot come back: %1 would be the same as another record's (the record kept's, "
                  "unless it was corrected). Give the record brought back its correct value in the undo, or correct "
                  "the record kept first, then undo the merge.")
            .arg(keyColumnText(column));
    }
    if (c == QLatin1String("sync.identity_undo_new_key_taken")) {
        const QString who = e.args.value(3);
        return who.isEmpty() ? tr("Another record already has %1 %2: nothing was undone.")
                                   .arg(keyColumnText(e.args.value(1)), e.args.value(2))
                             : tr("Another record already has %1 %2 (%3): nothing was undone. Check the value, or "
                                  "merge the two records instead.")
                                   .arg(keyColumnText(e.args.value(1)), e.args.value(2), who);
    }
    if (c == QLatin1String("sync.identity_key_empty"))
        return tr("Give %1 of the record brought back: it cannot be empty.").arg(keyColumnText(e.args.value(0)));
    if (c == QLatin1String("sync.no_room"))
        return tr("This database belongs to no operations room yet: no sync file is read or written. Create the "
                  "room on the first workstation (cisiamo room create --name NAME); the others join it with an "
                  "invitation (cisiamo room invite on a member, cisiamo room join FILE on the new workstation), or "
                  "with cisiamo room join --from FILE, FILE being a copy of a member's database.");
    if (c == QLatin1String("sync.no_room_in"))
        return tr("%1 belongs to no operations room: join with the database of a workstation that is in the room.")
            .arg(a0);
    if (c == QLatin1String("sync.room_exists"))
        return tr("This database already belongs to the room \"%1\": a second room would make every file of the "
                  "first one unreadable.")
            .arg(a0);
    if (c == QLatin1String("sync.room_name"))
        return tr("Give the room a name (at most 80 characters).");
    if (c == QLatin1String("sync.room_bad_key"))
        return tr("The room's key could not be made or is not valid.");
    if (c == QLatin1String("sync.invite_short_passphrase"))
        return tr("The passphrase of an invitation must have at least %n character(s): nothing was written.", nullptr,
                  a0.toInt());
    if (c == QLatin1String("sync.invite_no_passphrase"))
        return tr("No passphrase for the invitation: set the environment variable %1 or run the command in a "
                  "terminal, where it asks for it.")
            .arg(a0);
    if (c == QLatin1String("sync.invite_passphrase_mismatch"))
        return tr("The two passphrases differ: nothing was written.");
    if (c == QLatin1String("sync.invite_crypto"))
        return tr("The encryption library does not work on this computer: no invitation can be written or read.");
    if (c == QLatin1String("sync.invite_not_invitation"))
        return tr("%1 is not an invitation to an operations room: nothing was created.").arg(a0);
    if (c == QLatin1String("sync.invite_damaged"))
        return tr("The invitation %1 is damaged or incomplete (cut short while it was copied, or altered): nothing "
                  "was created. Ask the workstation that made it for a new one.")
            .arg(a0);
    if (c == QLatin1String("sync.invite_newer"))
        return tr("The invitation %1 was made by a newer version of the program: nothing was created. Update the "
                  "program on this workstation.")
            .arg(a0);
    if (c == QLatin1String("sync.invite_wrong_passphrase"))
        return tr("Wrong passphrase for the invitation %1: nothing was created.").arg(a0);
    if (c == QLatin1String("sync.join_target_exists"))
        return tr("%1 already exists and holds data: nothing was replaced. Choose another file name for the new "
                  "database, or move that file away first.")
            .arg(a0);
    if (c == QLatin1String("sync.join_number_in_use"))
        return a1.isEmpty()
            ? tr("Workstation number %1 is already used in the room: choose another one. Nothing was created.").arg(a0)
            : tr("Workstation number %1 is already used in the room («%2»): choose another one. Nothing was created.")
                  .arg(a0, a1);
    if (c == QLatin1String("sync.file_malformed"))
        return tr("the file is not a valid sync file: refused, nothing of it was applied.");
    if (c == QLatin1String("sync.file_format"))
        return tr("the file was written by a newer version of the program, or is not a sync file: refused. "
                  "Update the program on this workstation.");
    if (c == QLatin1String("sync.file_name_mismatch"))
        return tr(
            "the file's name does not match its contents (renamed or altered): refused, nothing of it was applied.");
    if (c == QLatin1String("sync.file_bad_name"))
        return tr("the name is not that of a sync file written by the program (renamed or copied by hand?): ignored.");
    if (c == QLatin1String("sync.future_schema"))
        return tr("the file comes from a newer version of the program (database version %1, this one has %2): refused. "
                  "Update the program on this workstation; the file will be applied then.")
            .arg(a1, a2);
    if (c == QLatin1String("sync.cloned_database"))
        return tr("the file was written by a copy of this very database on another computer (workstation %1). "
                  "A copied database must get its own workstation number before it is used: refused.")
            .arg(a1);
    if (c == QLatin1String("sync.copied_database"))
        return tr("This database is a copy of workstation %2's, made by hand: the sync folder holds the file %1 of "
                  "this very identity that this database did not write. Nothing was exported nor imported, or the "
                  "two would overwrite each other's records. Join the room with an invitation instead: cisiamo room "
                  "invite on a member, then cisiamo room join FILE --workstation N (a free number) on this computer. A "
                  "backup put back by hand is restored with cisiamo restore BACKUP instead.")
            .arg(a0, a1);
    if (c == QLatin1String("sync.member_removed"))
        return tr("the file comes from workstation %1, which was removed from the room: its changes after %2 are "
                  "refused, nothing of it was applied, and the refusal is in the audit log.")
            .arg(a1, a2);
    if (c == QLatin1String("sync.unknown_member"))
        return tr("the file comes from workstation %1, which is not a member of the room (it never joined, or its "
                  "joining has not arrived yet): refused, nothing of it was applied, and the refusal is in the audit "
                  "log.")
            .arg(a1);
    if (c == QLatin1String("sync.member_self"))
        return tr("Workstation %1 is this one: a workstation cannot remove itself from the room.").arg(a0);
    if (c == QLatin1String("sync.member_unknown"))
        return tr("Workstation %1 is not in the room's membership list (cisiamo room status lists the members).")
            .arg(a0);
    if (c == QLatin1String("sync.member_already_removed"))
        return tr("Workstation %1 was already removed from the room.").arg(a0);
    if (c == QLatin1String("sync.same_workstation"))
        return a2.isEmpty()
            ? tr("the file comes from another workstation that also uses number %1, like this one. Two workstations "
                 "must "
                 "never share a number: change it on one of them (Settings, Workstation). Refused.")
                  .arg(a1)
            : tr("the file comes from another workstation («%2») that also uses number %1, like this one. Two "
                 "workstations "
                 "must never share a number: change it on one of them (Settings, Workstation). Refused.")
                  .arg(a1, a2);
    if (c == QLatin1String("sync.duplicate_workstation"))
        return tr(
            "two different databases (%2 and %3) both use workstation number %1: the files of the second are refused "
            "until one of them changes number.")
            .arg(a1, a2, a3);
    if (c == QLatin1String("sync.gap"))
        return tr("the file must wait: the changes %2 to %3 of workstation %1 have not arrived yet (a file still being "
                  "copied, or missing from the folder).")
            .arg(a1, a2, a3);
    if (c == QLatin1String("sync.conflict_copy"))
        return a1.isEmpty()
            ? tr("the file is a conflict copy made by the file-sync program and differs from its original: damaged, "
                 "not applied. Delete it once the original has been applied.")
            : tr("the file is a conflict copy of %1 made by the file-sync program and differs from it: damaged, not "
                 "applied. Delete it once the original has been applied.")
                  .arg(a1);
    if (c == QLatin1String("sync.resend_unavailable"))
        return a1 == QLatin1String("pruned")
            ? tr("The file %1 cannot be sent again: every workstation of the room had it, so it was removed with "
                 "its copy. A workstation that lacks it joins the room again with an invitation.")
                  .arg(a0)
            : tr("The file %1 cannot be sent again: no intact copy of it is kept on this workstation.").arg(a0);
    if (c == QLatin1String("sync.unknown_conflict"))
        return tr("The conflict %1 does not exist or was already settled.").arg(a0);
    if (c == QLatin1String("sync.cannot_restore"))
        return tr("The discarded values of this conflict cannot be restored (record %2 of %1).").arg(a0, a1);
    if (c == QLatin1String("sync.restore_refused"))
        return tr("The discarded values could not be restored on record %2 of %1: %3").arg(a0, a1, a2);
    if (c == QLatin1String("backup.damaged"))
        return tr("The backup %1 is damaged (%2): it cannot be used.").arg(a0, a1);
    if (c == QLatin1String("backup.none_good"))
        return tr("There is no intact automatic backup in %1.").arg(a0);
    if (c == QLatin1String("backup.same_file"))
        return tr("%1 is the database itself, not a backup of it.").arg(a0);
    return {};
}

QString SyncErrorText::clockAhead(int workstation, const QString &workstationName, qint64 aheadMs, bool brief)
{
    // Beyond a day by definition (HybridClock::maxAheadMs): whole days,
    // rounded; hours only in what is under two days.
    constexpr qint64 hourMs = 3600 * 1000;
    constexpr qint64 dayMs = 24 * hourMs;
    const QString howMuch = aheadMs < 2 * dayMs ? tr("%n hour(s)", nullptr, int((aheadMs + hourMs / 2) / hourMs))
                                                : tr("%n day(s)", nullptr, int((aheadMs + dayMs / 2) / dayMs));
    if (brief)
        return tr("clock of workstation %1 ahead by %2").arg(workstation).arg(howMuch);
    const QString who = workstationName.trimmed().isEmpty()
        ? tr("workstation %1").arg(workstation)
        : tr("workstation %1 (%2)").arg(workstation).arg(workstationName.trimmed());
    return tr("The clock of %1 is %2 ahead of this one. Its changes are applied, but until its date and time are "
              "set right its edits win over every edit made at the same time elsewhere: correct the clock of that "
              "computer (or of this one, if it is this one that is behind).")
        .arg(who, howMuch);
}

} // namespace core
