<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>ApplicationController</name>
    <message>
        <source>Ci siAMO!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from %1. The file it replaced was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database has one account per role, all with the password «demo1234»: admin, coordinatrice, psicologa, psicologo, operatore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRun</name>
    <message>
        <source>Database file (default: the one in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the program: it (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name recorded with the changes made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for «%1»: cisiamo %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already exists: left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years wants a number of years between 0 and 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workstation wants a number between 1 and 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References between tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n broken</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report called «%1». Reports: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format wants csv, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF needs a file: add --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written dd/mm/yyyy or yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates a demo database (refuses to replace one without --force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing database (the old file is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing when the database already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of invented activity, for performance work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation number of the new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks the integrity of the database and the references between tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produces a report (CSV: RFC 4180, comma, dot decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of a position report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping, for reports that offer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default), html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prints the SQL schema of a new database (sqlite/schema.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and list its problems; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports a CSV file, all or nothing (--dry-run: only check it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported as «%1». Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 line(s) in %2 receipt(s), %3 kg, %4 new donor(s). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 receipt(s) with %2 line(s), %3 kg; %4 new donor(s); %5 line(s) written off as expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipts of donated goods (Magazzino)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive goods already expired on arrival and write them off at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) in %2 record(s); nothing was written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 record(s) checked, no problems: %3 to create, %4 to update. Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 record(s) imported: %3 created, %4 updated, %5 outcome(s) recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO study assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO bookings and their outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep wants a number of backups, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups kept in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check (as at start), skipping the index cross-checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes a consistent copy of the database to OUT, or an automatic backup into the backup folder keeping the newest N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups to keep (default: the settings, 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to export: --to DIR (or set a sync folder in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: every change of this workstation is already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written %1: %n change(s), log %2-%3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) in %1 file(s) to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to import from: --from DIR (or set a sync folder in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied %1 (workstation %2): %3 written, %4 already here, %5 older than here, %6 waiting, %7 conflict(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITING %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 file(s) from %2: %3 change(s) written, %4 conflict(s) logged; %5 file(s) already applied, %6 refused, %7 waiting; %8 change(s) waiting for rows not yet received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet (never exported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From workstation %1 %2: %3 file(s), %4 change(s), up to %5, last %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting for rows not yet received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: workstation %1 (%2, %3); discarded: workstation %4 (%5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sync wants export, import, status or conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data of %1 comuni: %2 distribution(s), %3 kg of food.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries are recorded by this program yet: the totals are zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced database was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes already sent to the sync folder after that backup come back with the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanges changes with the other workstations through a sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to export to (default: the sync folder of the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to import from (default: the sync folder of the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List reviewed conflicts too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes the open data of distributions per comune (CSV and GeoJSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write to (default: the open data folder of the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces the database with a backup (default: the newest intact automatic one), keeping the current file aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attestati needs the period: --from D --to D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is reversed: %1 comes after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attestati needs a folder for the PDF files: --out DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit wants a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organisation «%1» (give its id, registry number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event «%1» (give its id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the art. 39 limits: %1 (%2), %3: %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued with the days marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left pending: look at it, then use --include-over-limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employer on record, left pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attestati: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attestato to issue for the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attestati issued (%2 – %3) in %4 s; PDF files in %5, index %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left pending: %1 over the limits, %2 without employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems: nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lines read: %2 volunteers added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines read: %2 person-days added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing was written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issues the pending attestati of the period: one PDF each and an index CSV in DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this organisation (id, registry number or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this event (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue also for volunteers over the art. 39 limits (the days are marked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N attestati.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the PDF files and the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports volunteers from CSV (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports activation days from CSV (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role wants operator, coordinator, psychologist or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name wants the person&apos;s name and surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created (%2): a new password is asked at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists the operator accounts and who holds the key to callers&apos; data (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates an account; its temporary password comes from CISIAMO_NEW_PASSWORD or the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator, coordinator, psychologist or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user (password from CISIAMO_PASSWORD or asked at the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with --user NAME; the password is read from %1 or asked at the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands that read protected data need --user; the password is never an argument: it is read from the environment variable CISIAMO_PASSWORD or typed at the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--option wants KEY=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report-specific filter, e.g. operator=mario.rossi (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 line(s) in %2 request(s), %3 kg; %4 booking(s) already imported. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 request(s) with %2 line(s), %3 kg; %4 booking(s) already imported were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 line(s) in %2 delivery(ies), %3 kg; %4 note(s) already recorded. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 past delivery(ies) with %2 line(s), %3 kg; %4 note(s) already recorded were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocate needs --requests FILE and --available FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weighting wants request or population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): no allocation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>requests of goods from the booking platform (Consegne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past deliveries kept in spreadsheets (Consegne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tries the equitable allocation on two CSV files (nothing is written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of the requests: comune, category, kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of what is available: category, kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request (default) or population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database file when it does not exist (otherwise a missing file is an error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database %1 was not created; nothing was left in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no intact automatic backup in %1: call for technical help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest intact backup is %1, of %2. To restore it (the damaged file is kept aside): cisiamo --db %3 restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access: read-only (the file cannot be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access: read-only (its folder cannot be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file even though the same content was already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. If the file is really new, import it again with --again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation %1%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited on two workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited and deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted, then put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register entry differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on two workstations before they could exchange their data. The latest change was kept (%2); the other (%3) was discarded. Its values are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted (%3), but it had been changed later (%2): the record was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted (%2) after a change made elsewhere (%3): the deletion was kept and the changed values are below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had been deleted (%3) but a later change put it back (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deletion of %1 (%3) was not applied here: other records on this workstation still refer to it. It was kept, and sent back to every workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a register entry, which is never rewritten: the one from %3 differs from the one here, which was kept (%2). Check which is right and correct it with a new entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, including reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the discarded values to restore; leave the others as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep what was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the conflict as reviewed: the data stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the discarded values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When two workstations change the same data before exchanging it, the latest change is kept everywhere and the other is listed here, so that nothing is lost without you knowing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the record after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put the record back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the ticked values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one value to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record on every workstation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this record back on every workstation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the ticked values on every workstation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, «%2» (record %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept value (now in the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreTableTitles</name>
    <message>
        <source>Comuni of Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuni: details and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuni: other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study support subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected data keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to protected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes recorded today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>by %n operator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseRecovery</name>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from the backup of %1. The damaged file was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ci siAMO! · CCV-MI operations room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;operator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ci siAMO!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;data and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consistent copy of the database was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is intact: integrity and references are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has problems. Make a backup and call for technical help.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Ci siAMO!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal boundaries: ISTAT, processed by openpolis (CC BY 4.0).
Residents: ANPR register, Ministero dell&apos;Interno (CC0).
List of Italian comuni: ISTAT (CC BY) and Wikidata (CC0), via Comuni-ITA (MIT).
Town hall contacts: IndicePA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation &amp;status...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts to review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts to review (%1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open data files are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing an automatic backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?

The current file is not deleted: it is kept aside with the time in its name. Changes made after the backup and already sent to the other workstations come back with the next synchronisation; the others are only in the file kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the latest changes to the sync folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pass&amp;word...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators and &amp;roles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ci siAMO! %1&lt;/h3&gt;&lt;p&gt;The operations room of the CCV-MI, the coordination of the civil-protection volunteer organisations of the Città metropolitana di Milano, at the Idroscalo.&lt;/p&gt;&lt;p&gt;Stock, deliveries, volunteers, study support, the listening line: it works offline and keeps every change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only because %1. You can look and print; changes are refused. To work normally, ask for write access to it or copy it to a folder of yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPlan</name>
    <message>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue with the damaged file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci siAMO!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database, create a demo database to try the program, or open another file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest intact automatic backup is of %1. Restore it? The damaged file is kept aside, untouched (%2.damaged-...), and the changes this workstation had already sent to the others come back with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no intact automatic backup. The file was left untouched: call for technical help, or open another database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database file (.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sala operativa 1, Magazzino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation n&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every workstation that shares data must have its own number: it is part of every record it creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared folder, USB key or synced folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are exchanged with the other workstations through this folder. It can be missing for a while: the program keeps working offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronise &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: &quot;open-data&quot; next to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions per comune (CSV and GeoJSON) for the public map are written here at every synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: &quot;backups&quot; next to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consistent copy of the database is taken every day while the program runs. Prefer a folder on another disk or a USB key: if the disk breaks, the backups must survive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workstation left alone locks itself and hides what is on screen: callers&apos; data must not stay in view of whoever passes by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusDialog</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a record not received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value that must be unique is already used here: rename one of the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by a rule of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the last round that were refused or must wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other workstations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No sync folder is set&lt;/b&gt;: this workstation works on its own. Choose one in Settings, Synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b71c1c&apos;&gt;The sync folder %1 cannot be reached.&lt;/b&gt; Work goes on here; the changes leave as soon as it is back (next attempt at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (synchronising...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation %1; changes not yet sent: &lt;b&gt;%2&lt;/b&gt;; last sent: %3; last received: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review: &lt;b&gt;%1&lt;/b&gt;; changes on hold: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data: %1. Automatic backups: %2 (last %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder is set: this workstation works on its own. Set one in Settings, Synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not shared</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Sync folder unreachable: working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last automatic backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the synchronisation status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review: Synchronisation, Conflicts to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received change(s) on hold, waiting for data not yet arrived.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkstationCover</name>
    <message>
        <source>Workstation locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comuni::ComuneDetailsForm</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 02 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocollo@comune...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comune...@pec.it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the COC meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and role of the COC contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone answered during emergencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zona omogenea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;EC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA&amp;P:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC (Centro Operativo Comunale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISTAT code %1 · %2 residents · %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a comune in the list or on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comuni::ComuniModule</name>
    <message>
        <source>Comuni of the metropolitan city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC with a contact on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete them in the Comuni tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zona omogenea assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comuni::ComuniReports</name>
    <message>
        <source>Comuni of the metropolitan city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town hall and COC contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n comuni</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Comuni of the Città metropolitana di Milano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISTAT code, centroid of the municipal area and residents (ANPR register). Boundaries: ISTAT, processed by openpolis (CC BY 4.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zona omogenea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town hall phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>comuni::ComuniTab</name>
    <message>
        <source>Search by name or ISTAT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zona omogenea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over a comune to see its name; click to select it. Wheel: zoom; drag: move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole metropolitan city (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comuni shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of %1 were changed and not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::AccountEditDialog</name>
    <message>
        <source>Can read callers&apos; names, phone numbers and notes (AscoltiAMO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages accounts, settings and the audit log; cannot read callers&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read callers&apos; data: records requests, sees the queue without names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mario.rossi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;active (can sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell it to the person: they choose their own at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::AccountsDialog</name>
    <message>
        <source>Operators and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers&apos; data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear sign-in delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After wrong passwords the next try must wait: let this user try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same table is enforced by the program and printed by «cisiamo report permissions». Callers&apos; data can be read only by the roles marked for it, and only with the key their own password unlocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: gets the key when a colleague with it signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 holds the key to callers&apos; data: if that password is lost, the data cannot be read any more. Create a second psychologist or coordinator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds the key to callers&apos; data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a forgotten password. %1 chooses a new one at the next sign-in; the key to callers&apos; data is given again by the next colleague who holds it and signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset anyway and lose the callers&apos; data recorded so far?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can try to sign in again now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins and refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::AuditKindText</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in delay cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::AuditReports</name>
    <message>
        <source>Audit log: changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log: sign-ins and refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each role may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table the program enforces: an action not marked for a role is refused, and the refusal is written to the audit log. Callers&apos; data is also encrypted: only the roles allowed to read it hold the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: who changed what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every insert, update and delete is recorded by the database itself, in the same transaction as the change, with the operator signed in and the workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 changes of %2 are listed: choose a shorter period or an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log: sign-ins, refusals and data keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ComuniMapWidget</name>
    <message>
        <source>Map of the comuni of the metropolitan city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idroscalo: CCV-MI operations room and warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idroscalo (CCV-MI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ErrorText</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file (it is a folder or a device).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Ci siAMO! database (it is not an SQLite file). The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be read (%2). The file was left untouched: restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of the program (schema %2, this program knows up to %3). The file was left untouched: update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2, current %3) and was opened read-only: open it normally to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written here: check the folder and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to version %1 (%2) failed: %3. The database is unchanged at the previous version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update script %1 is missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a write was attempted outside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation number must be between 1 and 9999 (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation number %1 is already used by another workstation whose data is in this database: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already exists: nothing was changed. Use --force to replace it (the old file is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists: nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 already exists: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report called «%1». Reports: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 needs a start date (--from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 needs an end date (--to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report %1 needs a date (--at).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is reversed: %1 comes after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a grouping of this report; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data (comuni) is not loaded in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comune with code %1 is not one of the 133 of the Città metropolitana di Milano.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a zona omogenea of the metropolitan city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a valid postcode (CAP): it has five digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown comune «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» could be more than one comune: %2. Write the province too, e.g. «Name (MI)».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown comune «%1». Did you mean: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reference point «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has no outline for the comune %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid map geometry (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a valid date: write it as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: «%1» needs the role %2, and %3 is signed in with another role. The refusal has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» needs someone signed in with the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: wait %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The account «%1» is deactivated: ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a valid user name: 2 to 40 lower-case letters, digits, dots, hyphens or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the person&apos;s name and surname (at least two letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name «%1» is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has accounts: sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is the last active administrator: make someone else administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is the only account that can open callers&apos; data: resetting the password would make that data unreadable for ever. Create another psychologist or coordinator account and let them sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for «%1»: set the environment variable %2 or run the command in a terminal, where it asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» must choose a new password first: sign in from the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not work: protected data cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no psychologist or coordinator account yet, so nobody could read what would be recorded. The administrator must first create an account with the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session holds no key to the protected data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected field is damaged or out of place and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than this disk or the system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk or USB key refused the write: full, removed or faulty?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk full or read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first bytes, which say what the file is, are zero or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: the file is empty (0 bytes), its data is lost. The file was left untouched: restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open read-only (%2): nothing can be changed. You can still look and print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened for inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in use by another window or command of Ci siAMO!: close them first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total is larger than the largest number the program can count (%1): some recorded quantity is wrong, check the quantities of the period. Nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2): it was not created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written (%2): no partial file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2: a separator is missing or too many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is %1 characters long; at most %2 are accepted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is out of range: at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was already imported on %1 (same content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was already imported on %1 by %2 (same content).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::FirstAdministratorDialog</name>
    <message>
        <source>First start: administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no operator accounts yet.&lt;/b&gt;&lt;br/&gt;Create the administrator&apos;s account: the administrator then creates an account for every operator, coordinator and psychologist (File &amp;gt; Operators and roles). Keep this password safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User names: lower-case letters, digits, dots (mario.rossi). Passwords: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ImportAgainBox</name>
    <message>
        <source>Import it again anyway: it is a new file with the same content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ImportProblemsTable</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose your own password now.&lt;/b&gt;&lt;br/&gt;The one you were given was temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters that only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::PermissionText</name>
    <message>
        <source>Manage operator accounts and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the workstation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the comuni and their contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit town hall and COC contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the warehouse stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive, issue and adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and record deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See volunteers and activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record volunteer activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue attestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See study-support bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage study-support bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the callback queue without callers&apos; data, and aggregate figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a request left on the listening line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read callers&apos; names, phone numbers and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign requests to psychologists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log callback attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the interview outcome and close a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an escalation to 118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a request whose caller cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage volunteer support groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the psychologists and their COC placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AscoltiAMO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ReportActions</name>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grouped by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ReportHtmlWriter</name>
    <message>
        <source>Printed on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1 at %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ReportRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::RoleText</name>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SignInDialog</name>
    <message>
        <source>Workstation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Ci siAMO! · CCV-MI operations room&lt;/b&gt;&lt;br/&gt;Sign in with your user name and password. Everything you do is recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Shift change&lt;/b&gt;&lt;br/&gt;The new operator signs in; the program stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The workstation is locked.&lt;/b&gt;&lt;br/&gt;Sign in again to go on, or sign in as another operator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::SyncErrorText</name>
    <message>
        <source>No sync folder is set: choose one in Settings, Synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder %1 cannot be reached (network share down, USB key removed?). Work goes on here and the changes leave as soon as it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync file %1 could not be written (%2). Nothing was lost: the changes stay here and leave with the next export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is incomplete (cut short while it was being copied?): refused, nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or was altered (its checksum does not match): refused, nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer version of the program, or is not a sync file: refused. Update the program on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s name does not match its contents (renamed or altered): refused, nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not that of a sync file written by the program (renamed or copied by hand?): ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file comes from a newer version of the program (database version %1, this one has %2): refused. Update the program on this workstation; the file will be applied then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a copy of this very database on another computer (workstation %1). A copied database must get its own workstation number before it is used: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file comes from another workstation that also uses number %1, like this one. Two workstations must never share a number: change it on one of them (Settings, Workstation). Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file comes from another workstation («%2») that also uses number %1, like this one. Two workstations must never share a number: change it on one of them (Settings, Workstation). Refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two different databases (%2 and %3) both use workstation number %1: the files of the second are refused until one of them changes number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must wait: the changes %2 to %3 of workstation %1 have not arrived yet (a file still being copied, or missing from the folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict %1 does not exist or was already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discarded values of this conflict cannot be restored (record %2 of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discarded values could not be restored on record %2 of %1: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2): it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no intact automatic backup in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a valid sync file: refused, nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: nothing was exported (is the USB key or the network share connected?). The changes stay here and leave with the next export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::AllocationFiles</name>
    <message>
        <source>Equitable allocation (trial, nothing recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available %1 kg, asked %2 kg, given %3 kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact share (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::AllocationModel</name>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by hand from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (remainder %1, %2° largest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::AllocationPage</name>
    <message>
        <source>Day of the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the goods are not enough: shares in proportion to what each comune asked, or to its residents (never more than asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over: what a request does not get becomes a new request that waits for the next allocation. Close: it is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calculate the shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares the quantity written on the left among the requests (changes by hand are dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange this share...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the allocation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm the allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given / asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the allocation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan its &amp;deliveries...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmet demand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate the shares: the requests waiting on the day are grouped by kind of goods and shared out with what the warehouse holds. Nothing is recorded until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2 of %3 asked (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 kind(s) of goods: %2 short, shared as chosen; the others are given in full.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the warehouse can issue %2 on the day; %3 already promised (planned deliveries, allocations not yet planned). Asked: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not enough for everyone: each request gets %1, never more than it asked; the units left after the whole parts go to the largest remainders (%n request(s) got one more).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a share per resident of its comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same share of what it asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough for everyone: every request gets what it asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing available in the allocation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation recorded. The requests that received something are now allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation recorded. Plan the deliveries now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request of this allocation has its delivery already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DayPlan</name>
    <message>
        <source>Trip sheet of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance of all rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: vehicle not assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure and return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magazzino Idroscalo, Peschiera Borromeo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km, return to the Idroscalo included (%2 km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km from previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered at (time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Idroscalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure: time and km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return: time and km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops are ordered by the shortest round found (nearest neighbour improved by 2-opt). Distances are straight lines between the recipients: the road is longer. Arrivals are estimated at 30 km/h as the crow flies with 15 minutes at each stop, leaving so as to reach the first stop at its agreed time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DayPlanPage</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;trip sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day&apos;s &amp;DDTs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every delivery note of the day in one print job, one per page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Idroscalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) in %1 round(s), %2 km in all (straight lines from the Idroscalo and back).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>kg of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesErrorText</name>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown comune (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown recipient (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in use as a recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every comune has its COC already: a COC cannot be created, nor a recipient turned into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinates are not valid: latitude between -90 and 90, longitude between -180 and 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery cannot be needed before the request was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no goods: add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be greater than zero (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packages cannot be negative (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is asked in whole kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown goods category (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown warehouse location (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice: write it on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking %1 has already been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is %2: it can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has deliveries planned or on the road: cancel or return them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request is waiting for an allocation on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is no longer waiting for an allocation (someone else allocated or cancelled it): calculate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 asked for %2: it cannot get more than it asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity given cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 would be given but only %3 are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown allocation (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is available cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 asks for a negative quantity (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no residents to weigh the share by (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is negative: quantities are zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is said to be available for «%1»: add it to the file of what is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delivery (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery has left the warehouse: it cannot be changed any more. A delivered delivery can only be reversed by a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only planned deliveries can be edited. A delivered one can only be reversed by a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is %2, not planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only a delivery on the road can be signed as delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is %2: only goods that left the warehouse can come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 was recorded from past records and took nothing from the stock: record the goods that came back as a receipt in the Warehouse tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of who received and signed the goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods cannot come back on %1, before they left (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery note number %1 is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column «%1» (or «%2») is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a date: write it as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1»: quantities are asked in whole kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a unit: use kg or pz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be counted in «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» could be more than one comune: %2. Write the full name or the province, e.g. «Name (MI)».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown comune «%1»: no comune has a similar name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown comune «%1». Closest names: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the 133 comuni of the metropolitan city: it has no COC to deliver to. Name the recipient instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown recipient «%1»: register it in the Recipients page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown recipient «%1». Closest names: %2. Or register it in the Recipients page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category «%1». Closest names: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item «%1». Closest names: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not belong to «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the booking %1 was imported before: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delivery note %1 was recorded before: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the booking %1 appears with another date or recipient on an earlier line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delivery note %1 appears with another date or recipient on an earlier line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food needs its weight in kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no lines of goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 error(s): nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 exceeds the published figure by %2 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is too large: a quantity can be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this line the quantities add up to %1: a total can be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests add up to %1, more than can be counted (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The residents weighing the shares add up to %1, more than can be counted (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the delivery of %1 to %2 with the same goods was recorded before (note %3): skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesModule</name>
    <message>
        <source>Deliveries today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered, %2 on the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for an allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share them in the Deliveries tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food delivered in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesPage</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search DDT number, recipient, vehicle or driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods of the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story of the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods leave the warehouse: they are issued from stock, first-expired-first-out, and the lots are recorded on the delivery note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivered and signed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods come back: they return to stock into the lots they left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the DDT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New delivery...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a delivery to see its goods, the lots issued and its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;DDT %1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport on %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (any item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 lot %3%4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↩ back into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept with the delivery):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesSyncTexts</name>
    <message>
        <source>Lots of delivered goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveriesTab</name>
    <message>
        <source>New &amp;request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import requests...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;delivery...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;past deliveries...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s &amp;DDTs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryDefaultsDialog</name>
    <message>
        <source>Plan the deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n planned delivery(ies) will be created, one per request that received something. Each can then be given its own vehicle and time in the Deliveries page.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for transport:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryDialog</name>
    <message>
        <source>Edit the planned delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day of transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for &amp;transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the planned delivery %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryLabels</name>
    <message>
        <source>COC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATS hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing home (RSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP (MMG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paediatrician (PLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC of the comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATS hubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing homes (RSA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPs (MMG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paediatricians (PLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded from past records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In proportion to residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In proportion to the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close what is not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry over what is not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded: goods issued from stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered and signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: goods back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough for everyone: what was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportional share, rounded down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportional share, plus one unit for one of the largest remainders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share per resident above the request: the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share below one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryNotes</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 asked (any item, first to expire first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lot %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (weight of the goods whose weight is known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITTÀ METROPOLITANA DI MILANO · PROTEZIONE CIVILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCV-MI · Comitato di Coordinamento dei Volontari di Protezione Civile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse and operations room: Parco Idroscalo, via circonvallazione Idroscalo, Peschiera Borromeo (MI) · tel. 335 79.09.412</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIVERY NOTE (DDT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCV-MI · Comitato di Coordinamento dei Volontari di Protezione Civile della Città metropolitana di Milano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magazzino Idroscalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parco Idroscalo, via circonvallazione Idroscalo, Peschiera Borromeo (MI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, time: ________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>________ (write them by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance of the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes and packs, sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on %1 at %2, received and signed by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s signature (CCV-MI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s signature (name in block letters, date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods handed over free of charge for civil-protection assistance to the population; no invoice follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery notes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries on this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryReports</name>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions by goods category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food distributions by comune, with the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions by type of recipient (DPI and kits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement for the mayor of a comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery notes (DDT) of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trip sheet of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg (known weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food distributed by category (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total DPI, kits and other goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods delivered in the period (deliveries signed by the recipient; returned and cancelled deliveries are not counted). A distribution is one delivery: one that carried several categories counts once in each of them and once in the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPI, kits and other goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food distributions by comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n comuni served</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Food delivered to the recipients located in each comune (its COC above all), by the day of transport. The 133 comuni of the metropolitan city are all listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg of food delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food delivered per comune in the period: the darker, the more kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions by type of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPI (pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food goes to the COC of the comuni; DPI and kits (swab kits, flu-vaccine kits) to the ATS hubs, nursing homes, GPs, paediatricians and hospitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPI and kits by recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of the deliveries to the Comune di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the Mayor of the Comune di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the period the CCV-MI made no deliveries to recipients in the comune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the period the CCV-MI, with the volunteer organisations of the territory, made %n delivery(ies) to the recipients in the comune, for %1 of food (%2 kg per 1,000 residents). The details follow.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Comune di %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind of goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery notes signed on receipt are kept at the CCV-MI operations room, Parco Idroscalo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the CCV-MI operations room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delivered: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Allocation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the goods are not enough for every request, each request gets a share in proportion to its weight (the request, or the residents of the comune), never more than it asked, in whole units: the whole part of each share first, then one unit each to the largest remainders (ties: larger weight, then request number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of what was asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact share (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by hand from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DeliveryService</name>
    <message>
        <source>Delivery note %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::DistributionMapPage</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPI and kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>01/12/2020 - 19/03/2021: the 1,474 food distributions of the published figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint the report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food distributions by comune for the period, with the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a comune to see what it received; click it to list its deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of the comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in the Deliveries page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg delivered (known weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;: %3 in %n delivery(ies) to %4 comuni.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 residents)&lt;br/&gt;%3 in %n delivery(ies)&lt;br/&gt;%4 kg per 1,000 residents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::GoodsLinesEditor</name>
    <message>
        <source>%1 (any item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories are asked in whole kg; items by the piece in pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category line takes any of its items, first the ones expiring first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages (colli); «auto» counts them from the packaging of what is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::ImportDialog</name>
    <message>
        <source>Import requests from the booking platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import past deliveries from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (Italian or English names, any order): data, comune or destinatario, categoria or articolo, quantità (kg, whole); optional: unità, consegna entro, prenotazione, note. Lines with the same booking become one request; a booking imported before is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (Italian or English names, any order): data, comune or destinatario, categoria or articolo, kg (or quantità for goods by the piece); optional: numero, colli, mezzo, autista, organizzazione, firmato da, note. They are recorded as delivered and do not touch the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file: it is checked first, and nothing is written until you import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 line(s) in %3 request(s), %4; %5 booking(s) already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 line(s) in %3 delivery(ies), %4; %5 note(s) already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again; nothing will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors: it can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 request(s) with %2 line(s), %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 past delivery(ies) with %2 line(s), %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::OverrideDialog</name>
    <message>
        <source>Change a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept with the allocation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · request %3
Asked %4, the method gives %5. Still to share in %6: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::RecipientDialog</name>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the comune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own position (otherwise the centre of the comune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address and contacts of a COC are those of its comune: change them in the Comuni tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the comune.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::RecipientsPage</name>
    <message>
        <source>Every recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show those no longer in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New recipient...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COC of each comune is already here: its address and contacts are edited in the Comuni tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliveries::RequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking id on the platform (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::RequestsPage</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, recipient or comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from the platform...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to see its goods and its story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · asked on %3 · %4&lt;br/&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking on the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What request %1 could not receive, carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept with the request):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::ReturnDialog</name>
    <message>
        <source>Return: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient absent: goods brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods refused by the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods damaged during transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery entered by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods go back into the lots they came from, as return movements in the warehouse ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deliveries::SignDialog</name>
    <message>
        <source>Delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and surname, as written on the delivery note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods are issued from stock now if the delivery was not loaded yet. Once delivered, the delivery can no longer be edited: only reversed by a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivered at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::ArchivePage</name>
    <message>
        <source>Every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closed request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>listening::AttemptDialog</name>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large;&quot;&gt;%1&lt;/b&gt; · %2 · request %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 failed attempts, or a wrong number, the request goes to the coordinator: it stays in the queue until someone reaches the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::CallbackQueueModel</name>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached: record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h: in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h: in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received %1 · call back by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours: %1 · 48 hours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only coordinators and psychologists signed in can read callers&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::EscalationDialog</name>
    <message>
        <source>Call to 118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the call made to emergency services (118) for request %1: when, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>118 called &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::GroupsPage</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a participant...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant &amp;left...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, %3 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants of «%1»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only coordinators and psychologists signed in can read participants&apos; names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New support group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekly remote session for volunteers, led by two psychologists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link of the video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First psychologist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second psychologist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is stored encrypted, like callers&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Gruppo comunale di protezione civile di Rho</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant stays in the group&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session of «%1» that took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants present:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::IntakeDialog</name>
    <message>
        <source>New listening request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the message left on the answering machine (02 7740 5555). &lt;b&gt;If it suggests an immediate danger, call 118 now&lt;/b&gt;, then record it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as said in the message; may be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: e.g. 333 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal: call back within 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent: call back within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a few words, without details that are not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message left &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is calling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone and reason are stored encrypted: only coordinators and psychologists can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune «%1» read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::ListeningErrorText</name>
    <message>
        <source>A request without a way to call back cannot be recorded: write the phone number left in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a phone number that can be called: 6 to 15 digits, spaces allowed, + for abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future: check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than 60 days ago: check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the psychologist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That psychologist is not on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That psychologist is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is already assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This outcome cannot be recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call to 118 at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview at %3 would come before the message of request %1 (%2): check the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such call attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That attempt was already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why 118 was called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller of %1 has not been reached yet: log the call that reached them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown need «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the service the caller was referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has no call to 118 recorded: record it first (time and reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 can be closed as unreachable only after %3 failed attempts or a wrong number (now: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the psychologist&apos;s name and surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The psychologist is already placed in that COC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement cannot end before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such support group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the weekday, the time and a duration between 15 minutes and 4 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support group is led by two different psychologists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s end date comes before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a group called «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the participant&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is outside the group&apos;s period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session can be recorded only once it has taken place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group meets on %1: choose a date on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of participants is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::ListeningModule</name>
    <message>
        <source>Requests to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting for the outcome</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past their 24/48-hour deadline: call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: every deadline is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n beyond 24 hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Called back within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n request(s) in the last 30 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AscoltiAMO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::ListeningReports</name>
    <message>
        <source>AscoltiAMO: callback queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AscoltiAMO: service figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% within 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours to callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations to 118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and callbacks within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening line 02 7740 5555: callbacks by the SPE psychologists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back within 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals to services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate figures only: no caller can be identified from this report. Times are measured from the message on the answering machine to the first call that reached the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs assessed in the interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached, outcome to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests by deadline: 24 hours for urgent ones, 48 hours for the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains callers&apos; personal data: keep it confidential and destroy it after use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers&apos; names and phone numbers are shown only to coordinators and psychologists signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::ListeningSyncTexts</name>
    <message>
        <source>Callback assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support group sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support group participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologists in the COC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::ListeningTab</name>
    <message>
        <source>Queue summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a message left on the answering machine (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the queue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;figures...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: request, name, phone, comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: request, comune, psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the requests assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer support groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologists and COC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n request(s)&lt;/b&gt; to call back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for the outcome</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n OVERDUE&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n beyond 24 hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 4 hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n with the coordinator&lt;/b&gt; after failed calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>AscoltiAMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active psychologist on the roster: add them in «Psychologists and COC».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologist who calls back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised to the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 could not be reached and is now with the coordinator. It stays in the queue, highlighted, until someone reaches the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the call of %1 (%2) as entered by mistake? It stays in the history, crossed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close request %1 as unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed. Write what was tried (a message left, another number...): the request leaves the queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>listening::ListeningText</name>
    <message>
        <source>citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal (48 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred to a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated to 118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caller unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being listened to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxiety, fear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loneliness, isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bereavement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>illness (own or of a relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>economic hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work or study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress from volunteer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psycho-social centre (CPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family counselling centre (consultorio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social services of the comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addiction services (SerD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-violence centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATS psychological support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::OutcomeDialog</name>
    <message>
        <source>Interview outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the interview of request %1 went. Recording it closes the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service the caller was referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short notes: what is needed to follow the case, nothing more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Psychologist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs assessed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::PsychologistCombo</name>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not said)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::RequestPanel</name>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a call...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel last &amp;entry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to &amp;118...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview &amp;outcome...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as &amp;unreachable...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved: only coordinators and psychologists signed in can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>with the coordinator: %n failed attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reason, in brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message left on the answering machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier entry was cancelled as a mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to 118</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a request to see it here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>listening::StaffPage</name>
    <message>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychologists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ended placements too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New psychologist...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place in a COC...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End placement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SPE team&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Psychologists in the COCs&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volunteer psychologist of the SPE team. Link the account they sign in with, if they have one: the queue then shows them their own requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dott.ssa Anna Bianchi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active: can be assigned requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a psychologist in a COC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A psychologist who works at a comune&apos;s COC from a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Psychologist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;COC of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at the COC of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::AssemblyDialog</name>
    <message>
        <source>Assemble kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: KIT-&lt;date&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of kits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot of the kits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kit has a recipe yet: set one in Master data, Items, Kit recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The components in stock are enough for %n kit(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kit(s) assembled from %1 component lot(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::CatalogPage</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of a piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit &amp;recipe...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit item...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New item...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit donor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New donor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit location...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New location...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit recipe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::CountDialog</name>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason of the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the &amp;count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records every difference as an adjustment; the count can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted = &amp;book for empty lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · count of %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): «%3» is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The count is closed: %n adjustment(s) recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::CountService</name>
    <message>
        <source>Stock count of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::CountsPage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New count...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter counted quantities...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before counting: the sheet to fill in. Once closed: the differences recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count lists every lot with stock in a location on the count date. Print the sheet, count the shelves, enter what you found and close the count: each difference becomes an adjustment with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this stock count? Nothing is adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::DonorDialog</name>
    <message>
        <source>Donor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codice fiscale or partita IVA, for the donation receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still donating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::ImportDialog</name>
    <message>
        <source>Import receipts from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods already expired on arrival: receive them and write them off at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (Italian or English names, any order): data, donatore, articolo or codice, quantità; optional: unità (kg, g, pz, colli), categoria, lotto, scadenza, ubicazione, documento, note. Lines with the same date, donor and document become one receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file: it is checked first, and nothing is written until you import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 line(s) in %3 receipt(s), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): correct the file and choose it again; nothing will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No errors: it can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New donors: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 receipt(s) with %2 line(s), %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::ItemDialog</name>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PAS-PASTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg, e.g. 1,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not packaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots have an expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight of one piece:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pieces per package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::KitRecipeDialog</name>
    <message>
        <source>Recipe of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity per kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one kit contains (pieces for items by the piece, grams for items by weight):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::LedgerPage</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kit assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct this movement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the whole operation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct the movement...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a reversing movement that cancels the selected one: the ledger is never rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the whole operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversing movement will cancel it; the original stays in the ledger.
Reason of the correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::LocationDialog</name>
    <message>
        <source>Location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default location (receipts and issues go here unless said otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::LotsPage</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search item or lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;expired and expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by item and lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write off...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to another location...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) in stock</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::OverviewPage</name>
    <message>
        <source>Stock position at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which expired (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food in stock by category (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of warning before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items under their minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write off the selected lot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired goods can only leave the warehouse as a write-off, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn before expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired and expiring lots&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Items under their minimum level&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food in stock on %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: write it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired lot(s) to write off</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) expiring within the warning days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) under their minimum</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) issued beyond what they held on two workstations while apart: count them (negative in Lots)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::ReceiptDialog</name>
    <message>
        <source>New receipt of donated goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New donor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDT or letter of the donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Donor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor&apos;s &amp;document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantities: kg (decimal comma) for goods by weight, pieces for the rest. Expiry as dd/mm/yyyy. Enter moves on; the row marked * adds a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>total weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the donor (or create it with «New donor...»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (expired on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods already expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These goods are already past their expiry date: %1.

Receive them and write them off at once? They will never be issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::ReceiptImporter</name>
    <message>
        <source>Created by the import of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::ReceiptLinesModel</name>
    <message>
        <source>change line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg, e.g. 12,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pieces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::ReceiptService</name>
    <message>
        <source>Expired on arrival (expiry %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::ReceiptsPage</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or donor&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Donation receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ricevuta di donazione for the donor: print preview, PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All donors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::StockErrorText</name>
    <message>
        <source>%1 pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough %1 on %2: %3 requested, %4 available, %5 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock of %1 would become negative: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lot %2) has already left the warehouse: the correction would leave %3 missing. Correct the later movements first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be greater than zero (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown item (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown goods category (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown location (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown donor (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lot (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown receipt (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stock count (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown movement (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location %1 is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This movement has already been corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This movement is itself a correction: record a new movement instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of %1 was issued to this document: nothing can come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 of %2 can come back to the warehouse for this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods are already in that location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expires: write the expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2, before the receipt date %3: confirm to receive it and write it off at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code «%1» is already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is food counted by the piece: write the weight of one piece, so that reports can give kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight per piece and pieces per package are only for items counted by the piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum level cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has movements: its category and unit can no longer change. Create a new item instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a kit counted by the piece: recipes are for items of a kit category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kit cannot contain itself (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no recipe: set its components first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There must be exactly one default location, and it must be in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning days must be between 0 and 365 (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stock count is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lot(s) still have no counted quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot is already in this count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column «%1» (or «%2») is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a date: write it as dd/mm/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown donor «%1»: did you mean «%2»? Correct the name, or register the donor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is a new donor: it will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item «%1». Did you mean: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category «%1». Did you mean: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to «%2», not to «%3».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown location «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown location «%1». Did you mean: %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a unit: use kg, g, pz or colli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be counted in «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2, before the receipt date %3: it will be received and written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no lines of goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 error(s): nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::StockLabels</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection (spesa sospesa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonna Mobile pole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in use)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::StockModule</name>
    <message>
        <source>Food in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPI: %1 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>none within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired lot(s) to write off</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lots expiring within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Items under their minimum level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the Warehouse tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots issued beyond what they held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued on two workstations while apart: count them (Stock count)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::StockReports</name>
    <message>
        <source>Stock by category (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by item and lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring and expired lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movements in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donations by donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg (known weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food in stock by category (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total other goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods in every location at the end of the day, food in kilograms (items counted by the piece are converted with their weight per piece).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the food, %1 is past its expiry date and waiting to be written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPI, kits and other goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n lot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n movement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weight in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donated kg by donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n donor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Goods received in the period, net of corrections; weights of items counted by the piece from their weight per piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation receipt no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor&apos;s document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCV-MI warehouse, Parco Idroscalo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Comitato di Coordinamento dei Volontari di Protezione Civile della Città metropolitana di Milano (CCV-MI) acknowledges with thanks having received free of charge the following goods, which will be distributed to the comuni of the metropolitan city for people in need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This receipt was cancelled: no goods remain recorded on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peschiera Borromeo, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the CCV-MI (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the quantity found on the shelves for each lot (kg for goods by weight, pieces for the rest), and the reason of any difference. Lots found that are not listed go at the bottom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lot(s) with a difference, recorded as count adjustments.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Past their expiry date (negative days left, to be written off): %n lot(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring within the period: %n lot(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stock::StockSyncTexts</name>
    <message>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::StockTab</name>
    <message>
        <source>receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled with Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import receipts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assemble &amp;kits...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock by lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donation receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line will be reversed (the receipt stays in the ledger).
Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::TransferDialog</name>
    <message>
        <source>Move to another location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock::WriteOffDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lot %2, %3&lt;br/&gt;%4: %5 in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg; empty: all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pieces; empty: all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoiled (cold chain broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled by the producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::AssistantDialog</name>
    <message>
        <source>Study assistant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New study assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4th year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5th year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (can be booked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune of &amp;residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCTO hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 lesson hours given + %3 course hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects they can teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (middle school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comune «%1» is not recognised: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::AssistantsPage</name>
    <message>
        <source>Search by family name, given name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search study assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any course state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety course: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCTO hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New assistant...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PCTO statement of the school...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n study assistant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete study assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::BesAssignDialog</name>
    <message>
        <source>Assign a stable assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BES pupils need a stable reference person: the assistant is chosen by hand, outside the calendar, among those who did the safety course.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BES &amp;pupil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable &amp;assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::BesHoursDialog</name>
    <message>
        <source>Book BES hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; with the stable assistant &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On (when more than one day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the weekdays between the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) to book, from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2:00 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::BesPage</name>
    <message>
        <source>Search by the family name of the pupil or the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search BES assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BES assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign a stable assistant...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book hours...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the assignment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s). BES hours are counted in the same totals as the calendar&apos;s, marked as BES.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>End the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day with this assistant:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::BookingDialog</name>
    <message>
        <source>Book a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. the topic agreed with the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book this slot &amp;instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pupil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study assistant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no assistant free at this hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assistant can take this slot: choose another slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::CalendarPage</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pupil to see which slots they can take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;upil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants free / lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book this slot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next free slots for the pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard:&lt;/b&gt; arrows move between days and slots, Page Up/Down change month, Enter books the slot. Green: free slots (number of assistants free); grey: full or past; orange: the pupil cannot take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any pupil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service period «%1»: %2 to %3, %4; slots %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service period is set up: use «Period and slots...» to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pupil first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot left in the service period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::ComuneField</name>
    <message>
        <source>Any Italian comune, e.g. Cisliano or Limbiate (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 (former name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 (corrected from «%2»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one comune: %1. Add the province, e.g. «Name (MI)».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown comune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown comune. Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings (with their outcome, if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck (writes nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: code, family_name (cognome), given_name (nome), birth_year, school_order (media/superiore), class_year, school, comune, parent_name, parent_phone, parent_email, bes (sì/no), consent_on (date or sì), notes. Pupils with a code already on record are updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: code, family_name, given_name, school (one of the 16), class_year (4/5), comune, email, phone, subjects (separated by ;), safety_course (svolto/iscritto/no), safety_course_on, availability (e.g. «lun 15-18; mer 16»), tutor (code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: pupil_code, subject, assistant_code, date, hour, outcome (svolta/assente/annullata, optional), tutor_code (who stood in), note. Every booking rule is checked; BES pupils&apos; hours go on their assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; in %1 record(s): nothing was written. Correct the file and check it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No problems&lt;/b&gt; in %1 record(s): %2 to create, %3 to update. Nothing was written yet: press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt;: %1 record(s), %2 created, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comune name(s) read as another, listed below: check them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::Labels</name>
    <message>
        <source>High school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 of high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 of middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BES assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::LessonsModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-in tutor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::LessonsPage</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the outcome (past)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked, no outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar and BES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BES only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name or code of pupil or assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;outcome...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the booking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected lesson (every entry is kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the &amp;outcome...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stand-in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::OutcomeDialog</name>
    <message>
        <source>Correct the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;&lt;br/&gt;%3 with %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome in force: &lt;b&gt;%1&lt;/b&gt;. The correction is recorded as a new entry; the previous one stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given by the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by a &amp;tutor standing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil &amp;absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;utor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson has not taken place yet: it can only be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::PeriodDialog</name>
    <message>
        <source>Service period and slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons last one hour. The published service ran Monday to Saturday from 15:00 to 18:30: slots at 15, 16 and 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots starting at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::PupilDialog</name>
    <message>
        <source>Pupil %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school the pupil attends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special educational needs (BES): a stable assistant is assigned by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (uses the service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;order and class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune of &amp;residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent (who booked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data of a minor: it is shown only here and in the booking screens, and leaves the program only in aggregate reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comune «%1» is not recognised: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::PupilsPage</name>
    <message>
        <source>Search by family name, given name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle and high school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BES pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone, also inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pupil...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book on the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pupil(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::ReportsPage</name>
    <message>
        <source>Only lessons &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service in figures (from the records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which for BES pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which by a tutor standing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuni of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety course done / enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours booked and given by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (aggregate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School of the PCTO statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCTO statement of this &amp;school...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCTO statement for one school:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files carry aggregate figures only: pupils&apos; data never leaves the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 BES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCTO statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::SlotCalendarWidget</name>
    <message>
        <source>Booking calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupil busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour taken today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n booked)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1:00 selected. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::TutorDialog</name>
    <message>
        <source>Tutor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringErrorText</name>
    <message>
        <source>Service period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One hour of the same subject a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No double booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject and school order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health-and-safety course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant&apos;s subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant&apos;s availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BES pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parental consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active people only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comune of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside every service period: no period is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the service period (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no service on %1; the service runs on: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a slot; lessons start at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson of %1 at %2 has already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an hour of %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a lesson on %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a subject for %2; %3 attends %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not done the health-and-safety course yet (%2) and cannot give lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did the health-and-safety course on %2, after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not teach %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available on %2 at %3 (weekly availability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a BES pupil: book the hours on the stable assistant&apos;s assignment (BES page), not on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not marked as a BES pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %3 %1 has no BES assignment with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent&apos;s consent for %1 has not been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil was not found (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject was not found (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study assistant was not found (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the service period a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are missing or reversed: the first day must come before the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one slot start hour between 0 and 23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates overlap the service period «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) booked would fall outside the new days or hours: cancel or move them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistants attend the 4th or 5th year (not %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible year of birth for a pupil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date on which the health-and-safety course was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course cannot be done on %1, a day still to come: mark it as enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent cannot be dated %1, a day still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the 16 schools of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has lessons or assignments on record and cannot be deleted: mark them as no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found (it may have been deleted on another workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 hours cannot be booked: nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson of %1 at %2 already has an outcome: correct it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson has no outcome to correct yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson of %1 at %2 has not taken place yet: only a cancellation can be recorded now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction says the same as the outcome in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tutor who stood in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot of %1 at %2 was given to another lesson after the cancellation: the lesson cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened: given, pupil absent or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pupil already has a stable assistant from %1: end that assignment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) are booked on the assignment after that day: cancel them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the file lacks the column(s): %1 (see the README for the header names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no records under its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 already appears on line %2 of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1»: write sì or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a school order: write media or superiore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not one of the schools of the project: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a subject; the subjects are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not an availability: write for example «lun 15-18; mer 16».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a course state: write svolto, iscritto or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not an hour: write for example 15 or 15:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not an outcome: write svolta, assente or annullata (or leave it empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pupil has the code %1: import the pupils first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no study assistant has the code %1: import the assistants first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tutor has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tutor (%1) can only be given for a lesson that was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a BES pupil with no stable assistant assigned on %2: assign one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not place every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot left in the service period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next free slots: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is for the 2nd and 3rd year of middle school and the 1st and 2nd of high school: the %1 is not served.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringModule</name>
    <message>
        <source>Hours of study support booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which %1 for BES pupils; %2 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>from %n comuni</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the safety course, %2 enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past lessons without an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record them in ConosciAMO › Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringReports</name>
    <message>
        <source>ConosciAMO: pupils and hours by comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO: summary figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO: hours booked and given by subject and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO: PCTO hours statement of the study assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO: tutors&apos; stand-in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO: study assistants and the safety course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO · study support for pupils aged 12 to 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every lesson on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISTAT code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle school pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High school pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours booked on the calendar by comune of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n comuni</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pupils and hours booked by comune of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils who booked study support on the calendar, by comune of residence and school order, and the hours they booked (cancelled hours excluded). Pupils with special educational needs (BES) are served by a stable assistant assigned by hand, outside the calendar: they are counted in the second table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked on the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BES pupils (stable assistant assigned by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours booked for BES pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comuni of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of which %2 for BES pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which BES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the safety course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConosciAMO in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  on the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  for BES pupils (assigned by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  of which by a tutor standing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked, outcome not yet recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (not counted as booked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of which %2 BES) from %3 comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 comuni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  safety course done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  enrolled in the next course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours booked and given by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours booked and given by subject and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: hours in force (not cancelled), on the calendar and for BES pupils. Given: lessons whose outcome is «given», by the assistant or by a tutor standing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson hours given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety course hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCTO hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCTO hours statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of study support given by each study assistant within the ConosciAMO project of the Città metropolitana di Milano and the CCV-MI, for the school&apos;s PCTO records (Percorsi per le Competenze Trasversali e per l&apos;Orientamento). Lesson hours are those recorded as given by the assistant; hours in which the pupil was absent are shown but not counted; the %1-hour course on health and safety at work counts once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCTO hours of the school&apos;s students who are study assistants in ConosciAMO (lessons: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil absent (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n assistants</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>For the CCV-MI: the ConosciAMO coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the school: the PCTO tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors&apos; stand-in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons that a tutor (a teacher or retired teacher) gave in place of the study assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stand-in lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistants and the health-and-safety course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistants may give lessons only after the %1-hour course on health and safety at work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistants by course state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled in the next course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet enrolled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringSyncTexts</name>
    <message>
        <source>Study support bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants&apos; subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants&apos; availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BES assignments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringTab</name>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study assistants...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;period and slots...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;upils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in service (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), not in service today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service period set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past lesson(s) without an outcome</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tutoring::TutoringWidgets</name>
    <message>
        <source>%1 (middle school)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tutoring::TutorsPage</name>
    <message>
        <source>Search by family name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistants followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New tutor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tutor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::ActivationDialog</name>
    <message>
        <source>Record days of activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. COC, drive-in, hospital entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person-days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event runs from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event runs from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::ActivationsPage</name>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;event...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change e&amp;vent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer: surname or codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show reversed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal: this day does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed: this day does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certified by an attestato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record days...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oster...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many volunteers on the same day, service and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse day...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in the ledger · %2 person-days (volunteers counted once a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event to see its type, act and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · limits %2 consecutive days and %3 a year · authorised by: %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1, still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the day %1 of %2 (%3)? The ledger keeps the day and this reversal.
Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is certified by an attestato already issued. Reverse it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::AttestatiPage</name>
    <message>
        <source>&amp;Batch production...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue all the attestati of a month, an organisation or an event, with their PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for the &amp;regional system...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement deadline within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer&apos;s two years to ask for reimbursement are over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer&apos;s deadline to ask for reimbursement is close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some days are beyond the art. 39 limits (marked on the attestato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of attestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same attestato as issued: same number, same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attestati in the register match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 attestati to issue&lt;/b&gt; for %2 volunteers (%3 person-days not yet certified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#a15c00&quot;&gt;%n of them have no employer on record.&lt;/span&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for the regional system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::BatchDialog</name>
    <message>
        <source>Batch production of attestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue also for volunteers over the art. 39 limits (the days over are marked on the attestato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue the attestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending attestati could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 attestati to issue&lt;/b&gt; for %2 volunteers, %3 person-days between %4 and %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers are over the art. 39 limits: their attestati stay pending unless you tick the box below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers have no employer on record: their attestati stay pending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Over the limits: %1 (%2), %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employer on record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the PDF files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the attestato in progress...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued up to number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch stopped: %1 The attestati issued before the problem are in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 attestati were issued and are in the register; the others are still to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 attestati issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left pending: %1 over the limits, %2 without employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index for the regional system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is running. Cancel it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::EventDialog</name>
    <message>
        <source>Change event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (limits: %2 consecutive days, %3 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Delibera del Consiglio dei Ministri del 31/01/2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorising &amp;act:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::ImportDialog</name>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file saved from the spreadsheet (comma or semicolon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (first row): &lt;b&gt;cognome, nome, codice_fiscale, organizzazione, comune_residenza&lt;/b&gt;; optional: indirizzo, telefono, email, condizione (dipendente, autonomo, non occupato), datore_lavoro, datore_cf_piva, datore_indirizzo, datore_pec. A codice fiscale already on record updates that volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (first row): &lt;b&gt;codice_fiscale, evento, data&lt;/b&gt; (or &lt;b&gt;dal&lt;/b&gt; and &lt;b&gt;al&lt;/b&gt;), &lt;b&gt;servizio&lt;/b&gt;; optional: comune, luogo, organizzazione. A volunteer already recorded on a day is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines: %2 volunteers to add, %3 to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines: %2 person-days to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems: nothing can be imported until they are corrected in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is correct. %1 Press Import to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines: %2 volunteers added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines: %2 person-days added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::IssueDialog</name>
    <message>
        <source>Issue attestato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 39</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have looked at the days over the limits: issue the attestato with those days marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days left to certify for this event in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days will be certified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Over the art. 39 limits on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employer on record: add it to the volunteer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volunteer does not work: no attestato is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Attestato %1 issued&lt;/b&gt; for %n days; the employer can ask for reimbursement until %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::LimitsPage</name>
    <message>
        <source>Art. 39 D.Lgs 1/2018: a volunteer may be away from work at most &lt;b&gt;30 consecutive days and 90 a year&lt;/b&gt; for ordinary activity; &lt;b&gt;60 and 180&lt;/b&gt; in a declared national emergency; &lt;b&gt;180 consecutive days and 180 a year&lt;/b&gt; for the COVID-19 emergency (DL 34/2020 art. 35-bis); &lt;b&gt;10 and 30&lt;/b&gt; for training, exercises and planning, which count on their own. Days beyond a limit are flagged here and before any attestato is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only days over a limit from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers over the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers over a limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with days not yet certified: look at them before issuing attestati</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 consecutive days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 of the year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::OrganisationDialog</name>
    <message>
        <source>Change organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number in the regional register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;EC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::OrganisationsPage</name>
    <message>
        <source>Search by name, comune or registry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations and municipal groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational status renewed this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational status not renewed this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of this year still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New organisation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of operational status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available 24 hours a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough operational volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All volunteers insured, no pending charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity report delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of equipment and vehicles delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of the legal representative (for municipal groups: the mayor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an organisation in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal group of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association based in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No longer active&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every item of the checklist first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::PersonDaysPage</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb–Oct 2020</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the published table by month (56,200 person-days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct 2020 – 16/03/2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of the published table by service (20,459 person-days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;DF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 person-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the 30 largest)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::QualificationDialog</name>
    <message>
        <source>Change course or qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New course or qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Obtained on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::RosterDialog</name>
    <message>
        <source>Roster: many volunteers on the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the organisation&apos;s comune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers of the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers ticked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the organisation</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::ServicesDialog</name>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In use / not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerDetailsPanel</name>
    <message>
        <source>Art. 39 limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All volunteers over the limits...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;verse day...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a day recorded by mistake: the ledger keeps it, with a reversal and the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses and qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;ange...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a volunteer in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no longer active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice fiscale &lt;b&gt;%1&lt;/b&gt; · born on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lives in %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working: no attestato for an employer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed, &lt;span style=&quot;color:#a15c00&quot;&gt;business not on record&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer: %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, PEC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#a15c00&quot;&gt;No employer on record: attestati cannot be issued&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&quot;color:#b71c1c&quot;&gt;Over the limits on %n days&lt;/b&gt;, from %1: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Within the limits.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest run of consecutive days: %1 (training: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond an art. 39 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the day %1 (%2)? The ledger keeps the day and this reversal.
Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is certified by attestato %1, which the employer may already have. Reverse it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove «%1» from this volunteer?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerDialog</name>
    <message>
        <source>Change volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 characters, e.g. RSSMRA80A01F205X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any Italian comune, e.g. Limbiate (MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not working (retired, student...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partita IVA or codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the attestati are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codice fiscale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and attestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer &amp;tax code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer P&amp;EC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attestato of each activation is addressed to the employer (for the self-employed, to their own business), who may ask for reimbursement within two years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters of 16</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Valid: a woman born on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: a man born on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(it does not match the surname and name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codice fiscale does not match the surname and name as written. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerErrors</name>
    <message>
        <source>The codice fiscale is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codice fiscale «%1» has %2 characters instead of 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codice fiscale «%1» is not well formed: character %2 is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codice fiscale «%1» has no valid month letter (character 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codice fiscale «%1» has an impossible birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codice fiscale «%1» is not valid: its last character should be %2. Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codice fiscale %1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codice fiscale %1 does not match the surname and name «%2»: check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname and name are both needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volunteer does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation called «%1» already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry number %1 already belongs to «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal cannot be marked as done: checklist items %1 are still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is neither a valid partita IVA (11 digits) nor a valid codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax code %1 already belongs to the employer «%2».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the course or qualification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date comes before the date obtained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the act that authorised the activation (e.g. the decree or the request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event called «%1» already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these dates %1 recorded days (the first on %2) would fall outside the event: reverse them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service called «%1» already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is one of the services of the published figures: it cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 – %2 is not valid: the last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period can be at most %1 days long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», which starts on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the event «%2», which runs from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service «%1» is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more days in conflict)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already recorded on %2 (%3): a volunteer counts once a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on «%3» on %2 and cannot also be on «%4» the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activation day does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal cannot itself be reversed: record the day again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day has already been reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the day is being reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This day is certified by attestato %1, already issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no employer on record: add it to the volunteer before issuing the attestato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not work (retired, student...): no attestato for an employer is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no days left to certify between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over the art. 39 limits on %2: look at those days before issuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attestato is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column «%1» is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no organisation «%1» (write its name or its registry number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» is not a working condition: write dipendente, autonomo or non occupato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employer «%1» needs its partita IVA or codice fiscale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the codice fiscale %1 was already on line %2 of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no volunteer has the codice fiscale %1: import the volunteer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no event «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no service «%1».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>«%1» read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown import «%1»: volunteers or activations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data does not reproduce the published figures (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerPicker</name>
    <message>
        <source>Type surname, name or codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteerReports</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared national emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COVID-19 emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training, exercise, planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 in a row (limit %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1 of the year (limit %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer person-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers over the art. 39 limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestati issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestati to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer organisations and renewal of operational status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer person-days by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person-day (giornata/persona) is one volunteer active on one day: a volunteer counts once a day, whatever the services. Counted from the activation records: %1 person-days by %2 volunteers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(place not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits of art. 39 D.Lgs 1/2018 per volunteer: ordinary activity 30 consecutive days and 90 a year; declared national emergency 60 and 180; COVID-19 emergency 180 consecutive days (DL 34/2020 art. 35-bis) and 180 a year; training, exercises and planning 10 and 30. These days must be looked at before any attestato is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days over a limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n volunteers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Issued in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer tax code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reimbursement by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n attestati</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Activation days in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One attestato per volunteer, event, organisation and month, for the days not yet certified of volunteers who work (employees and self-employed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer organisations: renewal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %n organisations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 renewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersModule</name>
    <message>
        <source>Person-days this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 last month · %2 active volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers over an art. 39 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look at their days before issuing attestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody over the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestati to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers without employer on record</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>batch production in the Volunteers tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations renewed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersPage</name>
    <message>
        <source>Search by surname, name or codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employer on record: attestati cannot be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New volunteer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record days...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this volunteer&apos;s days of activation, one day or a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue attestato...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersSyncTexts</name>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the attestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches of attestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteers::VolunteersTab</name>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 39 &amp;limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttestati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person-days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
